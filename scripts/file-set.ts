/**
 * Writes a set of files into one directory all or nothing, each atomically:
 *
 * - each file goes first to its own temporary name beside it, created exclusively (O_EXCL, so a
 *   file or a symbolic link already at that name is never opened or followed) with mode 0600,
 *   written and flushed to disk;
 * - only when every file of the set is written are they renamed into place. A rename replaces a
 *   symbolic link planted at the target name by the file itself, never writes through it;
 * - a failure at any step removes the temporary files, and a failure while renaming puts back
 *   the files the set had already replaced: the directory is left as it was, never half-updated.
 *
 *   const set = new FileSetWriter(dir)
 *   set.add('a.pdf', bytes)   // throws (and cleans up) on failure
 *   const paths = set.commit()
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { basename, join } from 'node:path'

/** The file-system calls the writer makes; tests inject failures through them. */
export type FileSetOps = {
  openExclusive: (path: string) => number
  write: (fd: number, bytes: Uint8Array) => void
  fsync: (fd: number) => void
  close: (fd: number) => void
  rename: (from: string, to: string) => void
  unlink: (path: string) => void
  /** Whether something (a file, a directory, a link) is at path, without following a link. */
  exists: (path: string) => boolean
}

export const nodeFileSetOps: FileSetOps = {
  openExclusive: (path) =>
    fs.openSync(
      path,
      fs.constants.O_WRONLY |
        fs.constants.O_CREAT |
        fs.constants.O_EXCL |
        (fs.constants.O_NOFOLLOW ?? 0),
      0o600
    ),
  write: (fd, bytes) => {
    let done = 0
    while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done)
  },
  fsync: (fd) => fs.fsyncSync(fd),
  close: (fd) => fs.closeSync(fd),
  rename: (from, to) => fs.renameSync(from, to),
  unlink: (path) => fs.rmSync(path, { force: true }),
  exists: (path) => {
    try {
      fs.lstatSync(path)
      return true
    } catch {
      return false
    }
  }
}

/** `.<name>.<12 hex>.tmp`: FILE_NAME_MAX_BYTES + this stays within 255 bytes. */
const sideName = (name: string, kind: 'tmp' | 'old'): string =>
  `.${name}.${randomBytes(6).toString('hex')}.${kind}`

export class FileSetWriter {
  private readonly pending: { name: string; temporary: string }[] = []
  private settled = false

  constructor(
    private readonly dir: string,
    private readonly ops: FileSetOps = nodeFileSetOps
  ) {}

  /** Writes one file of the set to its temporary name. On failure, the whole set is dropped. */
  add(name: string, bytes: Uint8Array): void {
    if (this.settled) throw new Error('file set already committed or aborted')
    if (name !== basename(name) || name === '' || name === '.' || name === '..')
      throw new Error(`not a file name: ${name}`)
    if (this.pending.some((file) => file.name === name))
      throw new Error(`the same file twice in one set: ${name}`)
    const temporary = join(this.dir, sideName(name, 'tmp'))
    let fd: number | undefined
    try {
      fd = this.ops.openExclusive(temporary)
      this.pending.push({ name, temporary })
      this.ops.write(fd, bytes)
      this.ops.fsync(fd)
    } catch (error) {
      if (fd !== undefined) this.closeQuietly(fd)
      this.abort()
      throw error
    }
    this.ops.close(fd)
  }

  /** Renames every file into place, or none: returns the final paths. */
  commit(): string[] {
    if (this.settled) throw new Error('file set already committed or aborted')
    const done: { target: string; temporary: string; previous?: string }[] = []
    try {
      for (const { name, temporary } of this.pending) {
        const target = join(this.dir, name)
        let previous: string | undefined
        if (this.ops.exists(target)) {
          // Kept aside (a planted link is moved as a link) until the whole set is in place.
          previous = join(this.dir, sideName(name, 'old'))
          this.ops.rename(target, previous)
        }
        done.push({ target, temporary, ...(previous !== undefined ? { previous } : {}) })
        this.ops.rename(temporary, target)
      }
    } catch (error) {
      this.rollBack(done)
      this.abort()
      throw error
    }
    this.settled = true
    for (const { previous } of done) if (previous !== undefined) this.unlinkQuietly(previous)
    return done.map(({ target }) => target)
  }

  /** Removes every temporary file written so far. */
  abort(): void {
    this.settled = true
    for (const { temporary } of this.pending) this.unlinkQuietly(temporary)
  }

  private rollBack(done: { target: string; temporary: string; previous?: string }[]): void {
    for (const { target, temporary, previous } of done.reverse()) {
      try {
        // The new file back to its temporary name (removed by abort), the old one into place.
        if (!this.ops.exists(temporary) && this.ops.exists(target))
          this.ops.rename(target, temporary)
        if (previous !== undefined) this.ops.rename(previous, target)
      } catch {
        // Best effort: the old file stays under its .old name rather than being lost.
      }
    }
  }

  private closeQuietly(fd: number): void {
    try {
      this.ops.close(fd)
    } catch {
      // Already failing: the first error is the one reported.
    }
  }

  private unlinkQuietly(path: string): void {
    try {
      this.ops.unlink(path)
    } catch {
      // A leftover temporary file is hidden (dot name) and harmless.
    }
  }
}
