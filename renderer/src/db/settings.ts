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
  binRetentionDays: z.number().int().min(1).max(3650)
} as const satisfies { [K in SettingKey]: z.ZodType<Settings[K]> }
