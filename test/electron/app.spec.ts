import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { _electron as electron, expect, test } from '@playwright/test'

import { findElectronBinary } from './support/electron-binary'

const projectRoot = join(import.meta.dirname, '..', '..')
const binary = findElectronBinary(projectRoot)

if (!binary.found) {
  console.log(`[electron e2e] skipped: ${binary.reason}. Run a plain \`npm install\` to get it.`)
}

test.describe('the real Electron app', () => {
  test.skip(!binary.found, binary.found ? '' : `no Electron binary: ${binary.reason}`)

  test('opens one secure window on app://sentinelle with the typed bridge only', async () => {
    if (!binary.found) return
    // A throw-away profile: the test never touches the user's register.
    const profile = mkdtempSync(join(tmpdir(), 'sentinelle-electron-'))
    const app = await electron.launch({
      executablePath: binary.path,
      args: [projectRoot, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      env: { ...process.env, SENTINELLE_USER_DATA_DIR: profile, ELECTRON_RENDERER_URL: '' }
    })
    try {
      const page = await app.firstWindow()
      await expect(page.getByRole('heading', { level: 1, name: 'Sentinelle' })).toBeVisible()
      expect(new URL(page.url()).origin).toBe('app://sentinelle')

      const exposed = await page.evaluate(() => ({
        bridge: Object.keys(window.sentinelle ?? {}).sort(),
        hasRequire: 'require' in window,
        hasProcess: 'process' in window
      }))
      expect(exposed).toEqual({
        bridge: ['appInfo', 'saveFile'],
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

      // Navigation away and new windows are blocked.
      await page.evaluate(() => window.open('https://example.com'))
      await page.evaluate(() => {
        window.location.href = 'https://example.com'
      })
      await page.waitForTimeout(500)
      expect(app.windows()).toHaveLength(1)
      expect(new URL(page.url()).origin).toBe('app://sentinelle')
    } finally {
      await app.close()
      rmSync(profile, { recursive: true, force: true })
    }
  })
})
