import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'

import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/csp'

/** Console errors and uncaught exceptions collected for the whole page life. */
function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

test('the app loads with no console error', async ({ page }) => {
  const errors = collectErrors(page)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Sentinelle' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(errors).toEqual([])
})

test('the built page carries the strict CSP, and an injected inline script does not run', async ({
  page
}) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  const response = await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Sentinelle' })).toBeVisible()
  // The page comes through the production app:// handler, which also sends the policy as a header.
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY_HEADER)

  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe-eval')

  // An attacker who can write HTML (e.g. through a pasted narrative) cannot run a script.
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.body.append(script)
    const img = document.createElement('img')
    img.setAttribute('src', 'x:')
    img.setAttribute('onerror', 'window.__injectedHandler = true')
    document.body.append(img)
  })
  await expect.poll(() => violations.length).toBeGreaterThan(0)
  const ran = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>
    return { inline: w['__injected'] === true, handler: w['__injectedHandler'] === true }
  })
  expect(ran).toEqual({ inline: false, handler: false })
})

test('the language follows the system locale and the switch changes it', async ({ browser }) => {
  const english = await browser.newContext({ locale: 'en-GB' })
  const englishPage = await english.newPage()
  await englishPage.goto('/')
  await expect(englishPage.locator('html')).toHaveAttribute('lang', 'en')
  await english.close()

  const french = await browser.newContext({ locale: 'fr-FR' })
  const page = await french.newPage()
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  const switcher = page.getByRole('radiogroup', { name: 'Langue' })
  await switcher.getByText('English').click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('radiogroup', { name: 'Language' })).toBeVisible()

  // The choice persists across a reload.
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await french.close()
})

test('the start screen has no serious or critical accessibility violation', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Sentinelle' })).toBeVisible()
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical'
  )
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([])
})
