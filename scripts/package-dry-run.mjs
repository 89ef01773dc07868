/**
 * What can be checked of `npm run dist` on a machine without Electron's binary (CI, here):
 * electron-builder packs the BUILT app (`npm run build` first) for Linux as an unpacked
 * directory, with electron-builder.yml, but around a stand-in for the Electron executable that
 * carries Electron's fuse wire (sentinel, version, length, one byte per fuse). Then it checks
 *  - that the configuration loads and passes electron-builder's schema (it would stop otherwise),
 *  - what app.asar holds: the built app and package.json, nothing else,
 *  - that electron-builder flipped each fuse of `electronFuses` on the executable.
 * It does NOT build an installer (AppImage, deb, NSIS, dmg): that needs the real binary and the
 * packaging tools electron-builder downloads. Prints what it checked; exit 1 on any mismatch.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { listPackage } from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { getConfig } from 'app-builder-lib/out/util/config/config.js'
import { build, Platform } from 'electron-builder'

const projectRoot = join(import.meta.dirname, '..')
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
// Electron's defaults for the 8 fuses @electron/fuses 1.8 knows, in wire order: RunAsNode on,
// CookieEncryption off, NodeOptions on, NodeCliInspect on, AsarIntegrity off, OnlyLoadFromAsar
// off, BrowserV8Snapshot off, GrantFileProtocolExtraPrivileges on. Each fuse the config sets
// is the opposite of its default, so a fuse electron-builder did not flip fails the check.
const DEFAULT_WIRE = '10110001'
const FUSE_NAMES = {
  runAsNode: 'RunAsNode',
  enableCookieEncryption: 'EnableCookieEncryption',
  enableNodeOptionsEnvironmentVariable: 'EnableNodeOptionsEnvironmentVariable',
  enableNodeCliInspectArguments: 'EnableNodeCliInspectArguments',
  enableEmbeddedAsarIntegrityValidation: 'EnableEmbeddedAsarIntegrityValidation',
  onlyLoadAppFromAsar: 'OnlyLoadAppFromAsar',
  loadBrowserProcessSpecificV8Snapshot: 'LoadBrowserProcessSpecificV8Snapshot',
  grantFileProtocolExtraPrivileges: 'GrantFileProtocolExtraPrivileges'
}

if (!existsSync(join(projectRoot, 'out', 'main', 'index.js'))) {
  console.error('out/ is missing: run `npm run build` first')
  process.exit(1)
}

const work = mkdtempSync(join(tmpdir(), 'sentinelle-package-'))
const failures = []
try {
  const fakeElectron = join(work, 'electron-dist')
  const output = join(work, 'dist')
  mkdirSync(join(fakeElectron, 'resources'), { recursive: true })
  writeFileSync(
    join(fakeElectron, 'electron'),
    Buffer.concat([
      Buffer.from('#!/bin/sh\n# stand-in for Electron: carries its fuse wire only\n'),
      Buffer.from(SENTINEL, 'ascii'),
      Buffer.from([1, DEFAULT_WIRE.length]),
      Buffer.from(DEFAULT_WIRE, 'ascii')
    ]),
    { mode: 0o755 }
  )

  await build({
    projectDir: projectRoot,
    targets: Platform.LINUX.createTarget('dir'),
    publish: 'never',
    config: { electronDist: fakeElectron, directories: { output } }
  })

  const appDir = join(output, 'linux-unpacked')
  const files = listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false })
  const outside = files.filter((file) => !/^[/\\](out([/\\]|$)|package\.json$)/.test(file))
  console.log(`app.asar: ${files.length} entries\n  ${files.join('\n  ')}`)
  for (const required of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs']) {
    if (!files.includes(required)) failures.push(`app.asar lacks ${required}`)
  }
  if (!files.includes('/out/renderer/index.html')) failures.push('app.asar lacks the renderer')
  if (outside.length > 0) failures.push(`app.asar holds files outside out/: ${outside.join(', ')}`)

  const { electronFuses } = await getConfig(projectRoot, null, null)
  const wire = await getCurrentFuseWire(join(appDir, 'sentinelle'))
  console.log('fuses on the packaged executable:')
  for (const [key, expected] of Object.entries(electronFuses ?? {})) {
    const name = FUSE_NAMES[key]
    if (name === undefined) continue
    const state = String.fromCharCode(wire[FuseV1Options[name]])
    const actual = state === '1' ? true : state === '0' ? false : `unknown (${state})`
    console.log(`  ${name}: ${actual}${actual === expected ? '' : `  (expected ${expected})`}`)
    if (actual !== expected) failures.push(`fuse ${name} is ${actual}, expected ${expected}`)
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}

if (failures.length > 0) {
  console.error(`\npackaging dry run FAILED:\n- ${failures.join('\n- ')}`)
  process.exit(1)
}
console.log('\npackaging dry run passed (no installer built: that needs Electron’s binary)')
