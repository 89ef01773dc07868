import { describe, expect, it } from 'vitest'

import { PLAIN_SETTING_CHECKS, readPlainSetting } from './setting-checks'
import type { PlainSettingKey } from './setting-checks'
import { readSetting } from './validation'

/** Values a stored setting could hold: right ones, edge ones, and what a bad write might leave. */
const CANDIDATES: unknown[] = [
  'fr',
  'en',
  'FR',
  'de',
  '',
  'Europe/Paris',
  'America/Montreal',
  'UTC',
  'Mars/Olympus',
  'granted',
  'denied',
  'unsupported',
  'prompt',
  true,
  false,
  0,
  0.04,
  0.05,
  1,
  1.5,
  15,
  480,
  480.01,
  3650,
  3651,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '15',
  null,
  undefined,
  {},
  [],
  ['fr']
]

describe('settings read without zod', () => {
  const keys = Object.keys(PLAIN_SETTING_CHECKS) as PlainSettingKey[]

  it.each(keys)('%s: the hand check keeps and refuses what its schema does', (key) => {
    for (const value of CANDIDATES)
      expect([key, value, readPlainSetting(key, value)]).toEqual([
        key,
        value,
        readSetting(key, value)
      ])
  })

  it('each plain setting keeps at least one candidate and refuses another', () => {
    for (const key of keys) {
      const kept = CANDIDATES.filter((value) => readPlainSetting(key, value) !== undefined)
      expect(kept.length, key).toBeGreaterThan(0)
      expect(kept.length, key).toBeLessThan(CANDIDATES.length)
    }
  })
})
