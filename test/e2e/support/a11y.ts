import AxeBuilder from '@axe-core/playwright'
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/** Runs axe-core on the page and fails on any serious or critical violation, naming them. */
export async function expectNoSeriousA11yViolations(page: Page, context: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
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
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard-only user would.
 * Fails if it is not reached within `max` presses, i.e. if it is not in the tab order.
 */
export async function tabTo(page: Page, target: Locator, max = 80, backwards = false) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
  }
  await expect(target).toBeFocused()
}
