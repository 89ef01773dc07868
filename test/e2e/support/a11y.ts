import AxeBuilder from '@axe-core/playwright'
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

let scopes = 0

/**
 * Runs axe-core and fails on any serious or critical violation, naming them.
 *
 * A full scan of a long page costs seconds on a loaded 2-core machine, so scan the whole page
 * once per screen and, after a step changes one part of it, pass that part as `scope`: axe then
 * checks only that element and what is inside it.
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  context: string,
  scope?: Locator
): Promise<void> {
  const builder = new AxeBuilder({ page })
  if (scope !== undefined) {
    // AxeBuilder takes CSS selectors, not locators: mark the element for this one scan.
    const mark = `e2e-axe-${++scopes}`
    await scope.evaluate((element, value) => element.setAttribute('data-axe-scope', value), mark)
    builder.include(`[data-axe-scope="${mark}"]`)
  }
  const results = await builder.analyze()
  if (scope !== undefined) {
    await scope.evaluate((element) => element.removeAttribute('data-axe-scope')).catch(() => {})
  }
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${context} — ${violation.id}: ${violation.help} [${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}]`
    )
  expect(serious).toEqual([])
}

/**
 * Closes the shell's "durable storage refused" notice (App.tsx) if it is shown: its close button
 * has no name, so a scan that should judge a feature's screen dismisses it first.
 */
export async function dismissStorageNotice(page: Page): Promise<void> {
  const notice = page
    .getByRole('alert')
    .filter({ hasText: /stockage durable|Durable storage was not granted/ })
  // Decided when the pages go live, in the same frame; its code is fetched then: wait for it.
  await expect(page.locator('[data-storage-notice="loading"]')).toHaveCount(0)
  // The notice closes itself after 15 s: it may go between being found and being clicked, and a
  // click on a gone notice would wait for ever. Either way, what counts is that it is gone.
  for (const alert of await notice.all()) {
    await Promise.race([
      alert
        .getByRole('button')
        .click()
        .catch(() => undefined),
      expect(alert).toHaveCount(0)
    ])
  }
  await expect(notice).toHaveCount(0)
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard-only user would.
 * Fails if it is not reached within `max` presses, i.e. if it is not in the tab order.
 */
export async function tabTo(page: Page, target: Locator, max = 80, backwards = false) {
  // The target must be on the page before the first press: tabbing through a screen that is
  // still rendering would go past where the target is about to appear.
  await expect(target).toBeAttached()
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
  }
  await expect(target).toBeFocused()
}
