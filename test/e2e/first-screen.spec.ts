/**
 * The first screen of a clear register kept outside IndexedDB (renderer/src/db/first-screen.ts):
 * a start shows it while the database is still opening, then the live register replaces it; a
 * write through the app removes it before it starts. The database open is HELD by the test
 * (indexedDB.databases(), the first call of the app's guarded open, waits for a release), so
 * "shown before the database is open" is a state, not a race.
 */
import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'

import { seedRegister } from './support/seed-register'

const KEPT = 'sentinelle.first-screen.sentinelle'
const NOW = new Date().toISOString()

const count = (page: Page) => page.getByTestId('register-count')
const rows = (page: Page) => page.locator('[data-testid="register-scroll"] [role="listitem"] a')
const kept = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEPT)

/**
 * The register is live (the shell's actions are shown once the database is open). A copy read
 * before that may be the one an earlier page kept, which the open can still remove: the seeder
 * stamps the register with its own app version, so this app's open writes its stamp, and that
 * write removes the kept copy until the live register keeps it again. A held start right then
 * found no copy and showed no register (flaky in CI).
 */
const live = (page: Page) =>
  expect(page.getByRole('button', { name: /nouvel incident/i })).toBeVisible()

/** The next starts' database open waits until releaseDatabase(page). */
async function holdDatabaseOpen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const factory = IDBFactory.prototype
    const databases = factory.databases
    let release: () => void = () => {}
    const held = new Promise<void>((done) => (release = done))
    const w = window as unknown as { __releaseDb: () => void; __dbReleased: boolean }
    w.__dbReleased = false
    w.__releaseDb = () => {
      w.__dbReleased = true
      release()
    }
    factory.databases = function (this: IDBFactory) {
      return held.then(() => databases.call(this))
    }
  })
}
const releaseDatabase = (page: Page) =>
  page.evaluate(() => (window as unknown as { __releaseDb: () => void }).__releaseDb())
const databaseReleased = (page: Page) =>
  page.evaluate(() => (window as { __dbReleased?: boolean }).__dbReleased)

/** Opens the app on its empty register; the page errors seen from then on. */
async function openEmptyRegister(page: Page): Promise<string[]> {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto('/')
  await expect(page.getByTestId('first-run')).toBeVisible()
  return errors
}

test('an empty register shows its first-run screen while the database opens; its button waits for the open', async ({
  page
}) => {
  const errors = await openEmptyRegister(page)
  // The first start may have written (the register's creation); the next one keeps the zeros.
  await page.reload()
  await expect(page.getByTestId('first-run')).toBeVisible()
  const keptCounts = async () =>
    (JSON.parse((await kept(page)) ?? '{}') as { counts?: { draft: number } }).counts?.draft
  await expect.poll(keptCounts).toBe(0)

  await holdDatabaseOpen(page)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Sentinelle' })).toBeVisible()
  // With the offer to encrypt above it, as once live (it does not move the screen down later).
  await expect(page.getByTestId('unencrypted-banner')).toBeVisible()
  expect(await databaseReleased(page)).toBe(false)
  // Clicked before the open: the write waits for it, then the intake opens.
  await page.getByRole('button', { name: 'Déclarer un incident' }).click()
  await releaseDatabase(page)
  await expect(page.getByRole('heading', { name: 'Déclarer un incident' })).toBeVisible()
  // That write removed the kept zeros (the guard): the next start does not show "empty".
  await expect.poll(() => kept(page)).toBeNull()
  expect(errors).toEqual([])
})

test('a language chosen while the database opens is kept once it is open, and stored in the register', async ({
  page
}) => {
  const errors = await openEmptyRegister(page)
  // French stored in the register (a switch there and back once it is live).
  const switcher = () => page.getByTestId('language-switch')
  await expect(page.getByRole('button', { name: /nouvel incident/i })).toBeVisible()
  await switcher().getByText('English').click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await switcher().getByText('Français').click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await page.reload()
  await expect(page.getByTestId('first-run')).toBeVisible()
  await expect.poll(() => kept(page)).not.toBeNull()

  // Next start: English chosen on the first screen, before the open.
  await holdDatabaseOpen(page)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Sentinelle' })).toBeVisible()
  await switcher().getByText('English').click()
  await expect(page.getByRole('heading', { name: 'Welcome to Sentinelle' })).toBeVisible()
  expect(await databaseReleased(page)).toBe(false)
  await releaseDatabase(page)
  // Live, and still English: the French stored before does not undo the choice.
  await expect(page.getByRole('button', { name: /new incident/i })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Welcome to Sentinelle' })).toBeVisible()
  // Stored in the register: a start without the page's own copy reads it from there.
  await page.evaluate(() => localStorage.removeItem('sentinelle.language'))
  await page.reload()
  await releaseDatabase(page)
  await expect(page.getByRole('button', { name: /new incident/i })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  expect(errors).toEqual([])
})

test('a clear register shows its kept first screen while the database opens, then goes live', async ({
  page
}) => {
  const errors = await openEmptyRegister(page)
  // An empty register keeps at most its zero counts (no row): see the test below.
  expect(
    (JSON.parse((await kept(page)) ?? '{}') as { page?: { total: number } }).page?.total ?? 0
  ).toBe(0)
  await seedRegister(page, { count: 120, seed: 5, now: NOW })
  await page.reload()
  await expect(count(page)).toHaveText('120 incidents')
  await live(page)
  await expect.poll(() => kept(page)).not.toBeNull()
  const firstRow = (await rows(page).first().getAttribute('href')) ?? ''
  expect(firstRow).toMatch(/^#\/incident\//)

  // Next start with the database open held back.
  await holdDatabaseOpen(page)
  await page.reload()
  await expect(count(page)).toHaveText('120 incidents')
  await expect(rows(page).first()).toHaveAttribute('href', firstRow)
  // Shown from the kept copy: the database is not open yet, so the pages that need it are not.
  expect(await databaseReleased(page)).toBe(false)
  await expect(page.getByRole('button', { name: /nouvel incident/i })).toHaveCount(0)

  // The user starts typing a search before the database is open.
  const search = page.getByRole('searchbox', { name: 'Rechercher' })
  await search.click()
  await search.pressSequentially('zz')

  await releaseDatabase(page)
  // Live: the shell's actions appear; the register page was not mounted again, so the search
  // field keeps its text and the focus (the keys typed next still go there).
  await expect(page.getByRole('button', { name: /nouvel incident/i })).toBeVisible()
  await expect(search).toBeFocused()
  await page.keyboard.type('q')
  await expect(search).toHaveValue('zzq')
  await search.fill('')
  await expect(count(page)).toHaveText('120 incidents')
  await expect(rows(page).first()).toHaveAttribute('href', firstRow)

  // A write through the app (a new incident): the copy is removed before it starts (unit
  // tested inside the transaction) and the register read after it is kept (121).
  await page.getByRole('button', { name: /nouvel incident/i }).click()
  await expect(page.getByRole('heading', { name: 'Déclarer un incident' })).toBeVisible()
  await page.getByRole('link', { name: 'Registre' }).click()
  await expect(count(page)).toHaveText('121 incidents')
  const keptTotal = async () =>
    (JSON.parse((await kept(page)) ?? '{}') as { page?: { total: number } }).page?.total
  await expect.poll(keptTotal).toBe(121)
  expect(errors).toEqual([])
})

test('a kept first screen draws its rows with the dates kept with it: no Intl call before the first rows', async ({
  page
}) => {
  const errors = await openEmptyRegister(page)
  await seedRegister(page, { count: 40, seed: 7, now: NOW })
  await page.reload()
  await expect(count(page)).toHaveText('40 incidents')
  await live(page)
  // The first row's dates: when it occurred, its next deadline.
  const dateOfFirstRow = async () => {
    const row = rows(page).first()
    return `${await row.locator('.sentinelle-row-fixed').innerText()} | ${await row.locator('.sentinelle-row-due').innerText()}`
  }
  const liveDate = await dateOfFirstRow()
  expect(liveDate).toMatch(/^Survenu le \d+ \S+ \d{4} \| /)
  // Kept with the strings the page showed (the language and zone they were made for).
  const keptDisplay = async () =>
    (JSON.parse((await kept(page)) ?? '{}') as { display?: { language: string } }).display?.language
  await expect.poll(keptDisplay).toBe('fr')

  // Next start: every Intl call (the page's first loads its locale and zone data) made before
  // the first rows are in the page is recorded.
  await page.addInitScript(() => {
    const calls: string[] = []
    ;(window as unknown as { __intlBeforeRows: string[] }).__intlBeforeRows = calls
    // Rows seen in a frame (before it is painted): the first rows are on screen.
    let rowsSeen = false
    const row = '[data-testid="register-scroll"] [role="listitem"] a'
    const look = () => {
      rowsSeen = document.querySelector(row) !== null
      if (!rowsSeen) requestAnimationFrame(look)
    }
    requestAnimationFrame(look)
    const note = (name: string) => {
      if (!rowsSeen && document.querySelector(row) === null) calls.push(name)
    }
    for (const name of ['DateTimeFormat', 'NumberFormat', 'PluralRules'] as const) {
      const original = Intl[name] as unknown as (...args: unknown[]) => unknown
      ;(Intl as unknown as Record<string, unknown>)[name] = new Proxy(original, {
        apply(target, self, args) {
          note(name)
          return Reflect.apply(target, self, args)
        },
        construct(target, args, newTarget) {
          note(name)
          return Reflect.construct(target, args, newTarget) as object
        }
      })
    }
    const toLocaleString = Number.prototype.toLocaleString
    Number.prototype.toLocaleString = function (this: number, ...args: []) {
      note('toLocaleString')
      return toLocaleString.apply(this, args)
    }
  })
  await page.reload()
  await expect(rows(page).first()).toBeVisible()
  expect(await dateOfFirstRow()).toBe(liveDate)
  expect(
    await page.evaluate(
      () => (window as unknown as { __intlBeforeRows: string[] }).__intlBeforeRows
    )
  ).toEqual([])
  // Live afterwards, the same dates.
  await expect(page.getByRole('button', { name: /nouvel incident/i })).toBeVisible()
  expect(await dateOfFirstRow()).toBe(liveDate)
  expect(errors).toEqual([])
})
