/**
 * Every screen fits a laptop (issue 11 §3), in both languages, at 1024×640 and 1280×800, with
 * a long insurer name and a long title: no horizontal scrolling, axe clean on each screen
 * (scoped to the page's main region), the register shows at least five incidents at 1024×640
 * with its filters folded into one row, sorts by next deadline by default and keeps its
 * scroll position and filters when the user comes back from an incident; the intake's stepper
 * is one row at 1280 and "Step n of 7 — name" with a menu below.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'

import {
  LANGS,
  LONG_INSURER,
  LONG_TITLE,
  SIZES,
  expectNoHorizontalScroll,
  shortestPath
} from './support/crisis'
import { LONG_STORY_TIMEOUT } from './support/budgets'
import { seedRegister } from './support/seed-register'

const STEPS = ['incident', 'timeline', 'data', 'cause', 'consequences', 'policies', 'review']

async function expectAxeClean(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include('main').analyze()
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)
  expect(serious).toEqual([])
}

for (const { lang, locale } of LANGS) {
  test.describe(`in ${lang}`, () => {
    test.use({ locale, viewport: SIZES[1] })

    test(`every screen fits at 1024×640 and 1280×800 with long names, axe clean (${lang})`, async ({
      page
    }) => {
      test.setTimeout(LONG_STORY_TIMEOUT)
      const id = await shortestPath(page, {
        lang,
        insurer: LONG_INSURER,
        title: LONG_TITLE,
        awareHoursAgo: 30
      })
      const screens: { name: string; hash: string; ready: () => Promise<void> }[] = [
        ...STEPS.map((step) => ({
          name: `intake ${step}`,
          hash: `#/incident/${id}/edit/${step}`,
          ready: () => expect(page.getByTestId('assessment-panel')).toBeVisible()
        })),
        {
          name: 'incident page',
          hash: `#/incident/${id}`,
          ready: () => expect(page.getByTestId('incident-detail')).toBeVisible()
        },
        {
          name: 'policies',
          hash: '#/policies',
          ready: () => expect(page.getByText(LONG_INSURER).first()).toBeVisible()
        },
        {
          name: 'register',
          hash: '#/',
          ready: () => expect(page.getByTestId('register-count')).toBeVisible()
        }
      ]
      for (const screen of screens) {
        await page.goto(`/${screen.hash}`)
        for (const size of SIZES) {
          await page.setViewportSize(size)
          await screen.ready()
          await expectNoHorizontalScroll(page, `${screen.name} ${size.width}×${size.height}`)
        }
        // Contrast and the rest, once per screen and language (both sizes share the colours).
        await expectAxeClean(page, `${screen.name} ${lang}`)
      }
      // The long name wraps inside its button instead of widening the card.
      await page.goto(`/#/incident/${id}`)
      const declare = page.getByTestId(/^action-declaration-/)
      await expect(declare).toBeVisible()
      const box = await declare.boundingBox()
      expect(box!.x + box!.width).toBeLessThanOrEqual(SIZES[1].width)
    })

    test(`the register at 1024×640: five incidents in view, filters folded with chips, next deadline first, scroll and filters kept (${lang})`, async ({
      page
    }) => {
      await page.setViewportSize(SIZES[0])
      await page.goto('/')
      await seedRegister(page, { count: 60, seed: 11 })
      await page.reload()
      const list = page.getByRole('list', { name: /Incidents du registre|Register incidents/ })
      await expect(list).toBeVisible()
      await expect(page.getByTestId('register-sort')).toHaveValue('deadline')
      const inView = await list.evaluate((el) => {
        const rows = [...el.querySelectorAll('[role="listitem"]')]
        return rows.filter((row) => row.getBoundingClientRect().bottom <= window.innerHeight).length
      })
      expect(inView, 'rows fully in view at 1024×640').toBeGreaterThanOrEqual(5)
      await expectNoHorizontalScroll(page, 'register 1024×640')

      // The folded filters: a button that opens them, the active ones as chips.
      const toggle = page.getByTestId('register-filters-toggle')
      await expect(toggle).toHaveAttribute('aria-expanded', 'false')
      await toggle.click()
      await expect(toggle).toHaveAttribute('aria-expanded', 'true')
      await page
        .getByRole('group', { name: lang === 'fr' ? 'Statut' : 'Status' })
        .getByText(lang === 'fr' ? 'En cours' : 'Open', { exact: true })
        .click()
      await toggle.click()
      const chips = page.getByTestId('register-filter-chips')
      await expect(chips).toContainText(lang === 'fr' ? 'Statut : En cours' : 'Status: Open')
      await expectAxeClean(page, `register compact ${lang}`)

      // Scrolled down, into an incident, back: same filters, same place.
      const scroller = page.getByTestId('register-scroll')
      await scroller.evaluate((el) => el.scrollTo({ top: 300 }))
      await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(300)
      const row = list.getByRole('link').nth(5)
      await row.click()
      await expect(page.getByTestId('incident-detail')).toBeVisible()
      await page.goBack()
      await expect(list).toBeVisible()
      await expect(chips).toBeVisible()
      await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(300)
      await chips.getByRole('button').first().click()
      await expect(chips).toHaveCount(0)
    })

    test(`the intake stepper: one row at 1280, “Step n of 7 — name” with a menu at 1024 (${lang})`, async ({
      page
    }) => {
      await page.goto('/')
      await page.getByTestId('new-incident').click()
      await expect(page).toHaveURL(/\/edit\/incident$/)
      const tops = await Promise.all(
        STEPS.map((step) =>
          page
            .getByTestId(`step-${step}`)
            .evaluate((el) => Math.round(el.getBoundingClientRect().top))
        )
      )
      // One row: the steps' tops differ by less than a line (icons and labels alternate a few px).
      expect(Math.max(...tops) - Math.min(...tops), `step tops ${tops.join(', ')}`).toBeLessThan(20)
      await expectNoHorizontalScroll(page, 'intake 1280')

      await page.setViewportSize(SIZES[0])
      await expect(page.getByTestId('step-compact-label')).toHaveText(
        lang === 'fr' ? 'Étape 1 sur 7 — L’incident' : 'Step 1 of 7 — The incident'
      )
      await page.getByTestId('step-menu').click()
      await page.getByTestId('step-menu-data').click()
      await expect(page).toHaveURL(/\/edit\/data$/)
      await expect(page.getByTestId('step-compact-label')).toHaveText(
        lang === 'fr' ? 'Étape 3 sur 7 — Données' : 'Step 3 of 7 — Data'
      )
      await expectNoHorizontalScroll(page, 'intake 1024')
      await expectAxeClean(page, `intake compact ${lang}`)
    })
  })
}
