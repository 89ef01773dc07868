import { isBackupError } from '@shared/backup'

import { describeDbError, isSentinelleDbError } from '../db'
import type { Language } from '../i18n/language'

/** One line for the user, in their language, whatever failed. */
export function errorText(error: unknown, language: Language): string {
  if (isBackupError(error)) return error.describe(language)
  if (isSentinelleDbError(error)) return describeDbError(error, language)
  return error instanceof Error ? error.message : String(error)
}
