import type { Locator, Page } from '@playwright/test'

/**
 * The section of the intake step whose (level 3) heading is shown: what a step change redraws,
 * hence the scope of that step's accessibility scan.
 */
export function stepSection(page: Page, heading: string | RegExp): Locator {
  return page
    .getByRole('heading', { level: 3, name: heading })
    .locator('xpath=ancestor::section[1]')
}
