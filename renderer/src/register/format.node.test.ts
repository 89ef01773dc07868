// @vitest-environment node
/**
 * The first screen's strings made without Intl (./format.ts): the same text as Intl's, and the
 * kept rows' dates used only for the language and zone they were made for.
 */
import { afterEach, describe, expect, it } from 'vitest'

import { readFirstScreen, setFirstScreenStorage } from '../db/first-screen'
import type { FirstScreen } from '../db/first-screen'
import { pluralForm } from '../i18n/plural'
import { countPlural, displayOfRows, formatCount, formatDay, formatDayTime } from './format'

const COUNTS = [
  0, 1, 2, 9, 10, 99, 100, 999, 1_000, 1_001, 9_999, 10_000, 12_345, 99_999, 100_000, 123_456,
  999_999, 1_000_000, 1_234_567, 98_765_432, -1, -1_234
]

describe('counts and plurals without Intl', () => {
  it('formatCount writes what toLocaleString writes, in French and English', () => {
    for (const count of COUNTS) {
      expect(formatCount(count, 'fr')).toBe(count.toLocaleString('fr-FR'))
      expect(formatCount(count, 'en')).toBe(count.toLocaleString('en-GB'))
    }
  })

  it('countPlural picks the form Intl.PluralRules picks for a count', () => {
    for (const count of COUNTS.filter((c) => c >= 0))
      for (const language of ['fr', 'en'] as const)
        expect(countPlural('register.count.all', count, language)).toBe(
          `register.count.all.${pluralForm(language, count)}`
        )
  })
})

describe("the kept rows' dates", () => {
  afterEach(() => setFirstScreenStorage(undefined))

  /** Reads a kept first screen carrying `strings` made for French in Paris. */
  function keep(strings: Record<string, string>) {
    const screen: FirstScreen = {
      format: 1,
      queryKey: '{}',
      counts: { draft: 0, open: 1, closed: 0, deleted: 0, atRev: 1 },
      page: { items: [], total: 1 },
      display: { language: 'fr', timeZone: 'Europe/Paris', strings }
    }
    const text = JSON.stringify(screen)
    setFirstScreenStorage({ getItem: () => text, setItem: () => {}, removeItem: () => {} })
    readFirstScreen('kept')
  }

  it('are the strings formatDay and formatDayTime make', () => {
    const items = [
      { occurredAt: '2026-11-20T23:30:00.000Z', nextDueAt: '2026-11-23T09:30:00.000Z' },
      { occurredAt: '2026-02-01T12:00:00.000Z', assessment: { nextDueAt: '2026-02-04T12:00:00Z' } },
      { occurredAt: 'not a date' }
    ]
    const display = displayOfRows(items, 'fr', 'Europe/Paris')
    expect(display.strings).toEqual({
      'day|2026-11-20T23:30:00.000Z': formatDay('2026-11-20T23:30:00.000Z', 'fr', 'Europe/Paris'),
      'dayTime|2026-11-23T09:30:00.000Z': formatDayTime(
        '2026-11-23T09:30:00.000Z',
        'fr',
        'Europe/Paris'
      ),
      'day|2026-02-01T12:00:00.000Z': formatDay('2026-02-01T12:00:00.000Z', 'fr', 'Europe/Paris'),
      'dayTime|2026-02-04T12:00:00Z': formatDayTime('2026-02-04T12:00:00Z', 'fr', 'Europe/Paris')
    })
    expect(display.strings['day|2026-11-20T23:30:00.000Z']).toBe('21 nov. 2026')
  })

  it('are shown for their language and zone only', () => {
    const iso = '2026-11-20T23:30:00.000Z'
    keep({ [`day|${iso}`]: 'KEPT', [`dayTime|${iso}`]: 'KEPT TIME' })
    expect(formatDay(iso, 'fr', 'Europe/Paris')).toBe('KEPT')
    expect(formatDayTime(iso, 'fr', 'Europe/Paris')).toBe('KEPT TIME')
    expect(formatDay(iso, 'en', 'Europe/Paris')).toBe('21 Nov 2026')
    expect(formatDay(iso, 'fr', 'UTC')).toBe('20 nov. 2026')
    expect(formatDay('2026-01-01T12:00:00.000Z', 'fr', 'Europe/Paris')).toBe('1 janv. 2026')
  })
})
