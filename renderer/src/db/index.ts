/**
 * The local register: the public API of renderer/src/db (the only folder that may import Dexie).
 * It reaches Dexie: the start path (main.tsx, App.tsx and the first screen) imports ./start.ts
 * instead, which loads the live register after the first frame (issue 12).
 *
 * Start-up: `const result = await openDatabase()`; if `!result.ok`, show
 * `describeDbError(new SentinelleDbError(result.error), lang)` (or switch on `result.error.kind`)
 * and render nothing that reads the register. Then call `requestPersistentStorage()` and tell
 * the user when it is 'denied'.
 *
 * Writes throw `SentinelleDbError` (`.detail.kind`: invalid, not-found, invalid-transition,
 * attachment-too-large, quota-exceeded, …); `describeDbError(error, lang)` gives the message.
 */
import { repository } from './app-db'

export { db, openDatabase, repository, vault } from './app-db'
export { hasAppFirstScreen, keptFirstScreenHasRows } from './start'
export {
  SEALED_TABLES,
  Vault,
  vaultOf,
  type MigrationResult,
  type UnlockResult,
  type VaultStatus
} from './vault'
export { forgetRegisterCache } from './search'
export { liveCount, type RegisterCounts } from './counts'

export const {
  createDraftIncident,
  saveIncident,
  listConflicts,
  resolveConflict,
  getIncident,
  fileIncident,
  closeIncident,
  reopenIncident,
  duplicateIncident,
  importIncidentFile,
  deleteIncident,
  undoDelete,
  purgeIncident,
  purgeDeleted,
  eraseExpired,
  listKeptArt33Entries,
  listTombstones,
  listIncidents,
  listIncidentIdsByReference,
  getHistory,
  listPolicies,
  getPolicy,
  savePolicy,
  deletePolicy,
  restorePolicy,
  addAttachment,
  getAttachmentBlob,
  listAttachments,
  removeAttachment,
  stageAttachmentRemoval,
  undoAttachmentRemoval,
  commitAttachmentRemovals,
  getSetting,
  setSetting
} = repository

export {
  DEFAULT_BIN_DAYS,
  MAX_ATTACHMENT_BYTES,
  createRepository,
  formatReference,
  type ConflictResolution,
  type Repository,
  type RepositoryOptions
} from './repository'
export {
  CURRENT_SCHEMA_VERSION,
  DEFAULT_DB_NAME,
  createSentinelleDb,
  openSentinelleDb,
  type OpenOptions,
  type SentinelleDb
} from './schema'
export {
  SentinelleDbError,
  describeDbError,
  describeStorageError,
  isQuotaError,
  isSentinelleDbError
} from './errors'
export {
  estimateStorage,
  requestPersistentStorage,
  type PersistResult,
  type StorageEstimateInfo
} from './storage'
export { ART33_KEPT_FIELDS, art33EntryOf, type Art33Entry } from './art33-entry'
export { SEALED_SETTING_KEYS } from './setting-checks'
export { summarizeAssessment, type AssessmentLike } from './assessment-summary'
export { HISTORY_COALESCE_MS, diffValues } from './diff'
export { normalizeText } from './search'
export {
  useAttachments,
  useConflicts,
  useHistory,
  useIncident,
  useIncidentList,
  usePolicies,
  usePrefetchIncidentList,
  useRegisterCounts,
  useSetting
} from './hooks'
export type * from './types'
export type { ListWindow, WindowedResult } from './register-store'
export { useRegisterList } from './register-hooks'
