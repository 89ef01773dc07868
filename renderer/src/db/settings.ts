/** The settings the app keeps, each validated with its own schema before it is stored. */
import { z } from 'zod'

import { InsuredSchema, LangSchema, TimeZoneSchema } from '@shared/model'

import type { SettingKey, Settings } from './types'

export const SETTING_SCHEMAS = {
  language: LangSchema,
  firstRunDone: z.boolean(),
  timeZone: TimeZoneSchema,
  defaultInsured: InsuredSchema,
  persistentStorage: z.enum(['granted', 'denied', 'unsupported']),
  // Fractions allowed (down to 3 s) so that an end-to-end test can watch the idle lock.
  idleLockMinutes: z.number().min(0.05).max(480),
  binRetentionDays: z.number().int().min(1).max(3650),
  binKeepsArt33Entry: z.boolean()
} as const satisfies { [K in SettingKey]: z.ZodType<Settings[K]> }

/**
 * Settings that hold what a person typed (the insured's name, address, profession): sealed like
 * the incidents once the register is encrypted. Their row is `{ key, value: Envelope }`; the
 * others stay clear because the app reads them before unlock (language, idle time, bin delay).
 */
export const SEALED_SETTING_KEYS: readonly SettingKey[] = ['defaultInsured']

export function isSealedSetting(key: string): boolean {
  return (SEALED_SETTING_KEYS as readonly string[]).includes(key)
}
