/**
 * The settings the app keeps, each validated with its own schema before it is stored (loaded with
 * the first write: ./validation.ts; the start reads use ./setting-checks.ts).
 */
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

// Without zod, for the start path (./setting-checks.ts).
export { SEALED_SETTING_KEYS, isSealedSetting } from './setting-checks'
