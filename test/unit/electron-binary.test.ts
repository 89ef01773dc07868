import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { findElectronBinary } from '../electron/support/electron-binary'

let root: string | undefined

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true })
})

function project(): string {
  root = mkdtempSync(join(tmpdir(), 'sentinelle-bin-'))
  return root
}

describe('findElectronBinary', () => {
  it('says the package is missing', () => {
    expect(findElectronBinary(project())).toEqual({
      found: false,
      reason: 'the electron package is not installed'
    })
  })

  it('says the binary was never downloaded when path.txt is absent', () => {
    const dir = project()
    mkdirSync(join(dir, 'node_modules', 'electron'), { recursive: true })
    const result = findElectronBinary(dir)
    expect(result.found).toBe(false)
    if (!result.found) expect(result.reason).toContain('path.txt is missing')
  })

  it('says the named binary is missing', () => {
    const dir = project()
    mkdirSync(join(dir, 'node_modules', 'electron'), { recursive: true })
    writeFileSync(join(dir, 'node_modules', 'electron', 'path.txt'), 'electron')
    const result = findElectronBinary(dir)
    expect(result.found).toBe(false)
    if (!result.found) expect(result.reason).toContain('binary named in path.txt is missing')
  })

  it('finds the binary that path.txt names', () => {
    const dir = project()
    mkdirSync(join(dir, 'node_modules', 'electron', 'dist'), { recursive: true })
    writeFileSync(join(dir, 'node_modules', 'electron', 'path.txt'), 'electron\n')
    writeFileSync(join(dir, 'node_modules', 'electron', 'dist', 'electron'), '')
    expect(findElectronBinary(dir)).toEqual({
      found: true,
      path: join(dir, 'node_modules', 'electron', 'dist', 'electron')
    })
  })
})
