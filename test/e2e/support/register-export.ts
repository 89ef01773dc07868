/** Starts the register export from the register page and collects its downloads. */
import { expect } from '@playwright/test'
import type { Download, Locator, Page } from '@playwright/test'

export async function startRegisterExport(
  page: Page
): Promise<{ section: Locator; downloads: Download[] }> {
  const section = page.getByRole('region', { name: 'Exporter le registre' })
  const start = section.getByRole('button', { name: 'Exporter le registre (PDF, CSV, JSON)' })
  await expect(start).toBeVisible()
  const downloads: Download[] = []
  page.on('download', (download) => downloads.push(download))
  await start.click()
  return { section, downloads }
}
