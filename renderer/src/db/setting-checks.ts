/**
 * Settings without zod: which ones are sealed, and the stored values the app reads at start
 * (language, time zone, storage, the lock and bin settings) checked by hand, the same refusals as their
 * schemas in ./settings.ts (setting-checks.node.test.ts compares both). The insured's details
 * are read through the schemas, loaded on demand.
 */
import { isValidTimeZone } from '@shared/time/time-zone'

import type { SettingKey, Settings } from './types'

/**
 * Settings that hold what a person typed (the insured's name, address, profession): sealed like
 * the incidents once the register is encrypted. Their row is `{ key, value: Envelope }`; the
 * others stay clear because the app reads them before unlock (language, idle time, bin delay).
 */
export const SEALED_SETTING_KEYS: readonly SettingKey[] = ['defaultInsured']

export function isSealedSetting(key: string): boolean {
  return (SEALED_SETTING_KEYS as readonly string[]).includes(key)
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean'
const isNumberIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max

export const PLAIN_SETTING_CHECKS = {
  language: (value: unknown): value is Settings['language'] => value === 'fr' || value === 'en',
  firstRunDone: isBoolean,
  timeZone: (value: unknown): value is string =>
    typeof value === 'string' && value.length >= 1 && isValidTimeZone(value),
  persistentStorage: (value: unknown): value is Settings['persistentStorage'] =>
    value === 'granted' || value === 'denied' || value === 'unsupported',
  idleLockMinutes: (value: unknown): value is number => isNumberIn(value, 0.05, 480),
  binRetentionDays: (value: unknown): value is number =>
    Number.isInteger(value) && isNumberIn(value, 1, 3650),
  binKeepsArt33Entry: isBoolean
} as const satisfies { [K in SettingKey]?: (value: unknown) => value is Settings[K] }

/** A setting read without the schemas. */
export type PlainSettingKey = keyof typeof PLAIN_SETTING_CHECKS

export function isPlainSetting(key: SettingKey): key is PlainSettingKey {
  return key in PLAIN_SETTING_CHECKS
}

/** A stored plain setting, or undefined when it does not pass its check. */
export function readPlainSetting<K extends PlainSettingKey>(
  key: K,
  value: unknown
): Settings[K] | undefined {
  const check = PLAIN_SETTING_CHECKS[key] as (value: unknown) => value is Settings[K]
  return check(value) ? value : undefined
}
