/**
 * Helpers for the "usable in a crisis" specs (issue 11): both languages, a click counter, the
 * shortest path to a deadline and a first declaration, long names that must wrap.
 */
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

import { HOUR, wallTime } from './time'

export type Lang = 'fr' | 'en'

export const LANGS: readonly { lang: Lang; locale: string }[] = [
  { lang: 'fr', locale: 'fr-FR' },
  { lang: 'en', locale: 'en-GB' }
]

export const SIZES = [
  { width: 1024, height: 640 },
  { width: 1280, height: 800 }
] as const

/** Long enough to overflow any button or card that does not wrap. */
export const LONG_INSURER =
  'Mutuelle d’Assurances des Professions Libérales, Médicales et Paramédicales du Grand Est et de Bourgogne-Franche-Comté'
export const LONG_TITLE =
  'Ordinateur portable volé dans le TGV Paris-Lyon avec les dossiers patients du cabinet, les comptes rendus et les ordonnances'

export const TEXT = {
  fr: {
    title: 'Titre court',
    insurer: 'Assureur',
    number: 'Numéro de contrat',
    save: 'Enregistrer le contrat',
    newPolicy: 'Nouvelle assurance',
    declare: (insurer: string) => `Déclarer à ${insurer}`,
    why: 'Pourquoi ?'
  },
  en: {
    title: 'Short title',
    insurer: 'Insurer',
    number: 'Policy number',
    save: 'Save the policy',
    newPolicy: 'New insurance policy',
    declare: (insurer: string) => `Declare to ${insurer}`,
    why: 'Why?'
  }
} as const

/** Counts what a user does with the mouse: each click, and each field clicked into to type. */
export class ClickCounter {
  count = 0
  readonly log: string[] = []
  async click(target: Locator, what: string): Promise<void> {
    await target.click()
    this.count++
    this.log.push(what)
  }
  async type(target: Locator, text: string, what: string): Promise<void> {
    await target.click()
    this.count++
    this.log.push(what)
    await target.fill(text)
  }
  async select(target: Locator, value: string, what: string): Promise<void> {
    // Open the list, pick the option: two clicks.
    await target.selectOption(value)
    this.count += 2
    this.log.push(`${what} (2)`)
  }
}

/** Goes to a step of the intake: the stepper at 1280 px and wider, the step menu below. */
export async function goToStep(page: Page, step: string, clicks?: ClickCounter): Promise<void> {
  const direct = page.getByTestId(`step-${step}`)
  if (await direct.isVisible().catch(() => false)) {
    if (clicks) await clicks.click(direct, `step ${step}`)
    else await direct.click()
  } else {
    const menu = page.getByTestId('step-menu')
    const item = page.getByTestId(`step-menu-${step}`)
    if (clicks) {
      await clicks.click(menu, 'step menu')
      await clicks.click(item, `step ${step}`)
    } else {
      await menu.click()
      await item.click()
    }
  }
  await expect(page).toHaveURL(new RegExp(`/edit/${step}$`))
}

/**
 * The shortest path of issue 11: a new incident, its title, the awareness time, one policy.
 * Returns the incident id. `awareHoursAgo` sets how far the CNIL deadline is (72 h after).
 */
export async function shortestPath(
  page: Page,
  options: { lang: Lang; insurer: string; title: string; awareHoursAgo: number; now?: number },
  clicks = new ClickCounter()
): Promise<string> {
  const text = TEXT[options.lang]
  await page.goto('/')
  await clicks.click(page.getByTestId('new-incident'), 'new incident')
  await expect(page).toHaveURL(/#\/incident\/[^/]+\/edit\/incident$/)
  const id = /#\/incident\/([^/]+)\/edit/.exec(page.url())![1]!
  await clicks.type(page.getByLabel(text.title), options.title, 'title')
  await goToStep(page, 'timeline', clicks)
  const now = options.now ?? Date.now()
  await clicks.type(
    page.getByTestId('date-aware'),
    wallTime(now - options.awareHoursAgo * HOUR),
    'awareness time'
  )
  await expect(page.getByTestId('deadline-gdpr.authority')).toBeVisible()
  await goToStep(page, 'policies', clicks)
  await clicks.click(page.getByTestId('add-policy'), 'add policy')
  const dialog = page.getByRole('dialog', { name: text.newPolicy })
  const kind = dialog.getByTestId('policy-kind')
  if ((await kind.inputValue()) === '') await clicks.select(kind, 'rc_pro', 'policy kind')
  await clicks.type(dialog.getByLabel(text.insurer), options.insurer, 'insurer')
  // The contract number "can come later" once the intake issue lands; until then it is typed.
  const number = dialog.getByRole('textbox', { name: text.number })
  if ((await number.getAttribute('required')) !== null) {
    await clicks.type(number, 'RCP-2026-001', 'policy number')
  }
  await clicks.click(dialog.getByRole('button', { name: text.save }), 'save policy')
  await expect(dialog).toBeHidden()
  return id
}

/** No horizontal scrolling: the page is no wider than the window. */
export async function expectNoHorizontalScroll(page: Page, screen: string): Promise<void> {
  const measure = () =>
    page.evaluate(() => {
      // The deepest elements that stick out, to say what to fix.
      const out = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        .filter(
          (el) =>
            ![...el.children].some((c) => c.getBoundingClientRect().right > window.innerWidth + 1)
        )
        .slice(0, 3)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 40)} "${(el.textContent ?? '').slice(0, 30)}"`
        )
      return {
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        culprits: out
      }
    })
  // After a viewport change the app re-lays out on the resize event (media queries, the
  // stepper's compact form): wait for the page to settle within the window, then report.
  await expect
    .poll(async () => {
      const m = await measure()
      return m.scrollWidth <= m.innerWidth
    })
    .toBe(true)
    .catch(() => undefined)
  const { scrollWidth, innerWidth, culprits } = await measure()
  expect(
    scrollWidth,
    `${screen}: page ${scrollWidth} px wide in a ${innerWidth} px window (${culprits.join('; ')})`
  ).toBeLessThanOrEqual(innerWidth)
}
