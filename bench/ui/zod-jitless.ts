/**
 * Imported first by restore-entry.ts. The app's CSP forbids eval, so the app's zod parses
 * without compiled fast paths; this bundle, evaluated from outside the page, would otherwise
 * build its schemas with them and then fail on `new Function`. Set before zod's modules run.
 */
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } }
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true }
