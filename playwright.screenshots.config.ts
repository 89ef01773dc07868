import { defineConfig } from '@playwright/test'

import base from './playwright.config'

/**
 * `npm run screenshots`: refreshes the README's screenshots in docs/screenshots from the built
 * renderer (`npm run build` first). Its own config and folder, so `npm test` never writes them.
 */
export default defineConfig({
  ...base,
  testDir: 'test/screenshots',
  testMatch: ['**/*.shots.ts'],
  outputDir: 'test-results/screenshots-run'
})
