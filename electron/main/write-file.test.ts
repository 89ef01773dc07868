import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { describeWriteError, writeFileAtomically } from './write-file'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sentinelle-write-'))
})

afterEach(async () => {
  await chmod(dir, 0o700).catch(() => undefined)
  await rm(dir, { recursive: true, force: true })
})

describe('writeFileAtomically', () => {
  it('writes the bytes and leaves no temporary file behind', async () => {
    const target = join(dir, 'declaration.pdf')
    await writeFileAtomically(target, new Uint8Array([1, 2, 3]))
    expect([...(await readFile(target))]).toEqual([1, 2, 3])
    expect(await readdir(dir)).toEqual(['declaration.pdf'])
  })

  it('replaces an existing file as a whole', async () => {
    const target = join(dir, 'register.csv')
    await writeFile(target, 'old content that is longer')
    await writeFileAtomically(target, new TextEncoder().encode('new'))
    expect(await readFile(target, 'utf8')).toBe('new')
  })

  it('fails without touching the old file when the folder is not writable', async () => {
    const target = join(dir, 'kept.txt')
    await writeFile(target, 'kept')
    await chmod(dir, 0o500)
    const isRoot = process.getuid?.() === 0
    if (isRoot) {
      // root ignores directory permissions; a missing folder exercises the same failure path.
      await expect(
        writeFileAtomically(join(dir, 'missing', 'x.txt'), new Uint8Array([1]))
      ).rejects.toThrow()
    } else {
      await expect(writeFileAtomically(target, new Uint8Array([1]))).rejects.toThrow()
    }
    await chmod(dir, 0o700)
    expect(await readFile(target, 'utf8')).toBe('kept')
    expect(await readdir(dir)).toEqual(['kept.txt'])
  })
})

describe('describeWriteError', () => {
  it('tells the user what to do, in their language', () => {
    const full = Object.assign(new Error('no space'), { code: 'ENOSPC' })
    expect(describeWriteError(full, 'fr')).toMatch(/disque est plein/)
    expect(describeWriteError(full, 'en')).toMatch(/disk is full/)
    const denied = Object.assign(new Error('denied'), { code: 'EPERM' })
    expect(describeWriteError(denied, 'en')).toMatch(/not allowed/)
    expect(describeWriteError(new Error('?'), 'fr')).toBe('Le fichier n’a pas pu être enregistré.')
    expect(describeWriteError('weird', 'en')).toBe('The file could not be saved.')
  })
})
