// @vitest-environment node
/**
 * The all-or-nothing writer of `render` (scripts/file-set.ts), with failures injected into its
 * file-system calls: CI runs as root, so permissions cannot make a write fail.
 */
import {
  lstatSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { FileSetOps } from '../../scripts/file-set'
import { FileSetWriter, nodeFileSetOps } from '../../scripts/file-set'

const bytes = (text: string) => new TextEncoder().encode(text)
const NAMES = ['a.pdf', 'b.pdf', 'c.pdf', 'd.docx']

/** A directory holding an old set: a.pdf … d.docx with "old a" … */
const oldSet = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'sentinelle-set-'))
  for (const name of NAMES) writeFileSync(join(dir, name), `old ${name}`)
  return dir
}
const contents = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]))

/** Node's calls, except that the `n`-th call of `which` throws like a full disk. */
const failing = (which: keyof FileSetOps, n: number): FileSetOps => {
  let count = 0
  const original = nodeFileSetOps[which] as (...args: unknown[]) => unknown
  return {
    ...nodeFileSetOps,
    [which]: (...args: unknown[]) => {
      count += 1
      if (count === n) throw Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' })
      return original(...args)
    }
  }
}

describe('FileSetWriter', () => {
  it('writes every file of the set, mode 0600, replacing the old ones', () => {
    const dir = oldSet()
    const set = new FileSetWriter(dir)
    for (const name of NAMES) set.add(name, bytes(`new ${name}`))
    expect(set.commit()).toEqual(NAMES.map((name) => join(dir, name)))
    expect(contents(dir)).toEqual(Object.fromEntries(NAMES.map((n) => [n, `new ${n}`])))
    for (const name of NAMES) expect(lstatSync(join(dir, name)).mode & 0o777).toBe(0o600)
  })

  it.each([
    ['the 3rd write', 'write', 3],
    ['the 3rd flush', 'fsync', 3],
    ['the 2nd exclusive open', 'openExclusive', 2]
  ] as const)('%s failing leaves the old files intact and no temporary file', (_, which, n) => {
    const dir = oldSet()
    const before = contents(dir)
    const set = new FileSetWriter(dir, failing(which, n))
    expect(() => {
      for (const name of NAMES) set.add(name, bytes(`new ${name}`))
    }).toThrow('ENOSPC')
    expect(contents(dir)).toEqual(before)
  })

  it.each([1, 2, 3, 5, 7])(
    'rename number %i failing puts back every file already replaced',
    (n) => {
      const dir = oldSet()
      const before = contents(dir)
      const set = new FileSetWriter(dir, failing('rename', n))
      for (const name of NAMES) set.add(name, bytes(`new ${name}`))
      expect(() => set.commit()).toThrow('ENOSPC')
      expect(contents(dir)).toEqual(before)
    }
  )

  it('replaces a symbolic link planted at a target name, never writes through it', () => {
    const dir = oldSet()
    const outside = join(mkdtempSync(join(tmpdir(), 'sentinelle-victim-')), 'victim')
    writeFileSync(outside, 'keep')
    rmSync(join(dir, 'a.pdf'))
    symlinkSync(outside, join(dir, 'a.pdf'))
    expect(readlinkSync(join(dir, 'a.pdf'))).toBe(outside)
    const set = new FileSetWriter(dir)
    set.add('a.pdf', bytes('new'))
    set.commit()
    expect(readFileSync(outside, 'utf8')).toBe('keep')
    expect(lstatSync(join(dir, 'a.pdf')).isSymbolicLink()).toBe(false)
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('new')
  })

  it('refuses a name that is not a single segment, and the same name twice', () => {
    const set = new FileSetWriter(oldSet())
    for (const name of ['../x.pdf', 'sub/x.pdf', '..', '.', ''])
      expect(() => set.add(name, bytes('x'))).toThrow()
    const again = new FileSetWriter(oldSet())
    again.add('x.pdf', bytes('x'))
    expect(() => again.add('x.pdf', bytes('y'))).toThrow('twice')
  })
})
