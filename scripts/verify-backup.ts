/**
 * Command line: checks a Sentinelle backup or case file without the app.
 *
 *   npm run -s verify-backup -- <file> [--passphrase-file <file>] [--lang fr|en]
 *
 * The passphrase (or the register's recovery key) is read from a file, never from the command
 * line (it would stay in the shell history and the process list); one trailing newline is
 * dropped. Prints a report on stdout (format, versions, counts, encryption, result).
 * Exit codes: 0 = the file is sound; 2 = anything is wrong with it (format, checksums, schemas,
 * wrong passphrase); 1 = usage error or a file that cannot be read. Never a stack trace.
 *
 * All the checking is shared/backup verifyBackup(); this file only reads the files and prints.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs'

import { cut, formatReport, verifyBackup, verifyMessages } from '../shared/backup'

type Lang = 'fr' | 'en'
type Args = { file: string; passphraseFile?: string; lang: Lang }

/** Largest file read: a backup of a big register with attachments is large, but bounded. */
const MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024 - 1

class InputError extends Error {}

/* ---- I/O: the only lines that touch the file system (to be replaced by scripts/cli-io.ts) ---- */

/** Reads a regular file only: a FIFO or a device is refused, not waited on. */
function readRegularFile(path: string, maxBytes: number): Uint8Array {
  // O_NONBLOCK: opening a FIFO must not wait for a writer.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new InputError(`${cut(path)}: not a regular file`)
    if (stat.size > maxBytes) throw new InputError(`${cut(path)}: file too large`)
    return new Uint8Array(readFileSync(fd))
  } finally {
    closeSync(fd)
  }
}

const readBackupFile = (path: string) => readRegularFile(path, MAX_FILE_BYTES)

const readPassphraseFile = (path: string): string =>
  new TextDecoder()
    .decode(readRegularFile(path, 64 * 1024))
    .replace(/^\uFEFF/, '')
    .replace(/\r?\n$/, '')

/* --------------------------------------------------------------------------------------------- */

function parseArgs(
  argv: string[]
): { ok: true; args: Args } | { ok: false; error: string; lang: Lang } {
  let file: string | undefined
  let passphraseFile: string | undefined
  let lang: Lang = 'fr'
  let error: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const value = (name: string): string | undefined => {
      if (a.startsWith(`${name}=`)) return a.slice(name.length + 1)
      i += 1
      return argv[i]
    }
    if (a === '--lang' || a.startsWith('--lang=')) {
      const v = value('--lang')
      if (v === 'fr' || v === 'en') lang = v
      else error = `--lang: fr | en (${cut(v ?? '', 20)})`
    } else if (a === '--passphrase-file' || a.startsWith('--passphrase-file=')) {
      passphraseFile = value('--passphrase-file')
      if (!passphraseFile) error = '--passphrase-file: <file>'
    } else if (a === '-h' || a === '--help') {
      error = ''
    } else if (a.startsWith('-')) {
      error = `unknown option ${cut(a, 40)}`
    } else if (file === undefined) {
      file = a
    } else {
      error = `unexpected argument ${cut(a, 40)}`
    }
  }
  if (error === undefined && file === undefined) error = 'missing <file>'
  if (error !== undefined) return { ok: false, error, lang }
  return { ok: true, args: { file: file!, passphraseFile, lang } }
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2))
  if (!parsed.ok) {
    if (parsed.error) process.stderr.write(`${parsed.error}\n`)
    process.stderr.write(`${verifyMessages.usage[parsed.lang]}\n`)
    return parsed.error ? 1 : 0
  }
  const { file, passphraseFile, lang } = parsed.args
  let bytes: Uint8Array
  let secret: string | undefined
  try {
    bytes = readBackupFile(file)
    if (passphraseFile !== undefined) secret = readPassphraseFile(passphraseFile)
  } catch (e) {
    const reason =
      e instanceof InputError
        ? e.message
        : cut(String((e as { code?: string }).code ?? (e instanceof Error ? e.message : e)))
    process.stderr.write(
      lang === 'fr' ? `Lecture impossible : ${reason}\n` : `Cannot read: ${reason}\n`
    )
    return 1
  }
  const report = await verifyBackup(bytes, secret)
  const lines = formatReport(report, lang, cut(file))
  ;(report.ok ? process.stdout : process.stderr).write(`${lines.join('\n')}\n`)
  return report.ok ? 0 : 2
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // A bug, not bad input: still one line, no stack trace.
    process.stderr.write(
      `verify-backup: ${cut(error instanceof Error ? error.message : String(error))}\n`
    )
    process.exitCode = 1
  }
)
