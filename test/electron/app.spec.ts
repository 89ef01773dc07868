import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { _electron as electron, expect, test } from '@playwright/test'

import { findElectronBinary } from './support/electron-binary'

const projectRoot = join(import.meta.dirname, '..', '..')
const binary = findElectronBinary(projectRoot)
// On Linux, Electron needs a display: on a headless machine run the tests under `xvfb-run`.
const noDisplay =
  process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']
const skipReason = !binary.found
  ? `no Electron binary: ${binary.reason}. Run \`npx install-electron\` to download it (Electron 42 and later fetch it on demand)`
  : noDisplay
    ? 'no display (DISPLAY and WAYLAND_DISPLAY are unset): run the tests under `xvfb-run`'
    : undefined

if (skipReason !== undefined) console.log(`[electron e2e] skipped: ${skipReason}.`)

/** The app's page URL is app://sentinelle/…; Node's URL gives such a non-special scheme the origin "null". */
function isAppPage(url: string): boolean {
  const parsed = new URL(url)
  return parsed.protocol === 'app:' && parsed.host === 'sentinelle'
}

test.describe('the real Electron app', () => {
  test.skip(skipReason !== undefined, skipReason ?? '')

  // Playwright drives Electron through --inspect and --remote-debugging-port, which a packaged
  // Sentinelle refuses (electron/main/launch-config.ts) and its fuses disable: this test runs
  // the unpackaged app, from the build in out/.
  test('opens one secure window on app://sentinelle with the typed bridge only', async () => {
    if (!binary.found) return
    expect(
      existsSync(join(projectRoot, 'out', 'main', 'index.js')),
      'out/main/index.js is missing: run `npm run build` first'
    ).toBe(true)

    // No dev server: the app must load its own app:// origin, not an URL left in the environment.
    const env = { ...process.env }
    delete env['ELECTRON_RENDERER_URL']
    delete env['ELECTRON_RUN_AS_NODE']
    // A throw-away profile: the test never touches the user's register.
    const profile = mkdtempSync(join(tmpdir(), 'sentinelle-electron-'))
    env['SENTINELLE_USER_DATA_DIR'] = profile

    try {
      const app = await electron.launch({
        executablePath: binary.path,
        // As root on Linux, Chromium refuses to start without --no-sandbox.
        args: [projectRoot, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
        env: env as Record<string, string>
      })
      try {
        const page = await app.firstWindow()
        await expect(page.getByRole('heading', { level: 1, name: 'Sentinelle' })).toBeVisible()
        expect(isAppPage(page.url()), page.url()).toBe(true)
        // The profile of the test, not the user's.
        expect(await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).toBe(
          profile
        )

        const exposed = await page.evaluate(() => ({
          bridge: Object.keys(window.sentinelle ?? {}).sort(),
          deviceKey: Object.keys(window.sentinelle?.deviceKey ?? {}).sort(),
          hasRequire: 'require' in window,
          hasProcess: 'process' in window
        }))
        expect(exposed).toEqual({
          bridge: ['appInfo', 'deviceKey', 'saveFile'],
          deviceKey: ['forget', 'recall', 'remember', 'status'],
          hasRequire: false,
          hasProcess: false
        })

        const info = await page.evaluate(() => window.sentinelle?.appInfo())
        expect(info?.platform).toBe('electron')

        // The register's storage is persistent: the one permission main grants, to the app only.
        expect(await page.evaluate(() => navigator.storage.persist())).toBe(true)
        expect(
          await page.evaluate(() =>
            Notification.requestPermission().catch(() => 'denied' as NotificationPermission)
          )
        ).toBe('denied')

        // A bad payload is refused by main with a clear error, and nothing is written.
        const refused = await page.evaluate(() =>
          window.sentinelle?.saveFile({ suggestedName: '', mimeType: 'x', bytes: [] as never })
        )
        expect(refused).toMatchObject({ status: 'error' })
        // So is a device key of the wrong size; and the option is off in a new profile.
        expect(
          await page.evaluate(() => window.sentinelle?.deviceKey?.remember(new Uint8Array(3)))
        ).toMatchObject({ ok: false })
        expect(await page.evaluate(() => window.sentinelle?.deviceKey?.status())).toMatchObject({
          remembered: false
        })

        // New windows are denied: window.open returns null.
        expect(await page.evaluate(() => window.open('https://example.com') === null)).toBe(true)

        // Navigation away is refused. Wait for main to see the attempt (never on time), then
        // check the page stayed.
        await app.evaluate(({ BrowserWindow }) => {
          const contents = BrowserWindow.getAllWindows()[0]?.webContents
          ;(globalThis as { navigationSeen?: Promise<string> }).navigationSeen = new Promise(
            (resolve) => contents?.once('will-navigate', (event) => resolve(event.url))
          )
        })
        await page.evaluate(() => {
          window.location.href = 'https://example.com/'
        })
        expect(
          await app.evaluate(
            () => (globalThis as { navigationSeen?: Promise<string> }).navigationSeen
          )
        ).toBe('https://example.com/')
        await expect(page.getByRole('heading', { level: 1, name: 'Sentinelle' })).toBeVisible()
        expect(isAppPage(page.url()), page.url()).toBe(true)
        expect(app.windows()).toHaveLength(1)
      } finally {
        await app.close()
      }
    } finally {
      rmSync(profile, { recursive: true, force: true })
    }
  })
})
