/**
 * The checks that need zod and the shared schemas: a chunk of its own, fetched by the first write
 * (repository.ts `loadValidation`), not at start. Every write still goes through these before
 * anything is stored; a write that reaches them unloaded throws instead of skipping them.
 */
import { IncidentSchema, PolicySchema, formatPath, issueMessage } from '@shared/model'
import type { Incident, Policy, ValidationError } from '@shared/model'

import { SentinelleDbError } from './errors'
import { SETTING_SCHEMAS } from './settings'
import type { SettingKey, Settings } from './types'

function validationErrors(error: {
  issues: Parameters<typeof issueMessage>[0][]
}): ValidationError[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issueMessage(issue)
  }))
}

export function validateIncident(value: unknown): Incident {
  const result = IncidentSchema.safeParse(value)
  if (!result.success) {
    throw new SentinelleDbError({ kind: 'invalid', errors: validationErrors(result.error) })
  }
  return result.data
}

export function validatePolicy(value: unknown): Policy {
  const result = PolicySchema.safeParse(value)
  if (!result.success) {
    throw new SentinelleDbError({ kind: 'invalid', errors: validationErrors(result.error) })
  }
  return result.data
}

/** A setting about to be written; its errors are prefixed with the key. */
export function validateSetting<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  const parsed = SETTING_SCHEMAS[key].safeParse(value)
  if (!parsed.success) {
    throw new SentinelleDbError({
      kind: 'invalid',
      errors: validationErrors(parsed.error).map((e) => ({
        ...e,
        path: e.path ? `${key}.${e.path}` : key
      }))
    })
  }
  return parsed.data as Settings[K]
}

/** A stored setting; undefined when it does not pass (a later version wrote it differently). */
export function readSetting<K extends SettingKey>(key: K, value: unknown): Settings[K] | undefined {
  const parsed = SETTING_SCHEMAS[key].safeParse(value)
  return parsed.success ? (parsed.data as Settings[K]) : undefined
}
