/**
 * The packaging configuration (electron-builder.yml), read through electron-builder's own loader
 * and validated against its schema, as `npm run dist` would. Fails when a fuse is missing or
 * wrong, when a target, the file association or the icons go, or when auto-update creeps in.
 * Building an installer needs Electron's binary, so no test builds one.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import type { Configuration } from 'app-builder-lib'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { beforeAll, describe, expect, it } from 'vitest'

const projectRoot = join(import.meta.dirname, '..', '..')

/** The fuses the issue asks for (Electron security checklist #19). */
const REQUIRED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  enableCookieEncryption: true,
  grantFileProtocolExtraPrivileges: false
} as const

let config: Configuration

beforeAll(async () => {
  config = await getConfig(projectRoot, null, null)
}, 60_000)

function targetsOf(platform: Configuration['linux'] | Configuration['win'] | Configuration['mac']) {
  const target = platform?.target
  const list = Array.isArray(target) ? target : [target]
  return list.map((entry) => (typeof entry === 'string' ? entry : entry?.target))
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe('electron-builder.yml', () => {
  it('is what electron-builder loads, and passes its schema', async () => {
    expect(config.appId).toBe('fr.sentinelle.app')
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
    // Compiling electron-builder's schema takes seconds on a busy machine.
  }, 60_000)

  it('flips every required fuse, each to the required value', () => {
    const fuses = config.electronFuses
    expect(fuses, 'electronFuses is missing').toBeTruthy()
    for (const [fuse, value] of Object.entries(REQUIRED_FUSES)) {
      expect(fuses?.[fuse as keyof typeof REQUIRED_FUSES], fuse).toBe(value)
    }
  })

  it('builds AppImage and deb, NSIS, and dmg, as Sentinelle', () => {
    expect(config.productName).toBe('Sentinelle')
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb'])
    expect(targetsOf(config.win)).toEqual(['nsis'])
    expect(targetsOf(config.mac)).toEqual(['dmg'])
  })

  it('never publishes nor updates itself: the app is offline', () => {
    expect(config.publish).toBeNull()
    const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>
      devDependencies?: Record<string, string>
    }
    const names = Object.keys({ ...packageJson.dependencies, ...packageJson.devDependencies })
    expect(names).not.toContain('electron-updater')
  })

  it('ships the built app only, from app.asar', () => {
    expect(config.asar).toBe(true)
    // electron-builder's loader turns the list into one file set.
    expect(config.files).toEqual([{ filter: ['out/**/*', 'package.json'] }])
  })

  it('registers .sentinelle case files', () => {
    const associations = Array.isArray(config.fileAssociations)
      ? config.fileAssociations
      : [config.fileAssociations]
    expect(associations).toContainEqual(
      expect.objectContaining({ ext: 'sentinelle', mimeType: 'application/x-sentinelle' })
    )
  })

  it('has an icon per platform, in the format each one needs', () => {
    const linuxIcon = readFileSync(join(projectRoot, config.linux?.icon ?? 'missing'))
    expect(pngSize(linuxIcon)).toEqual({ width: 512, height: 512 })

    const ico = readFileSync(join(projectRoot, config.win?.icon ?? 'missing'))
    expect(ico.readUInt16LE(2)).toBe(1) // an icon, not a cursor
    const entries = ico.readUInt16LE(4)
    const widths = Array.from({ length: entries }, (_, i) => ico.readUInt8(6 + 16 * i) || 256)
    expect(widths).toContain(256) // NSIS and Windows want a 256 px image

    const icns = readFileSync(join(projectRoot, config.mac?.icon ?? 'missing'))
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    expect(icns.includes(Buffer.from('ic10'))).toBe(true) // 1024 px (512@2x)
  })
})
