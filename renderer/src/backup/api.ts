/** The backup functions bound to the app's database (the UI never sees Dexie). */
import { db } from '../db'
import * as store from '../db/backup-store'

export type {
  ConflictChoice,
  Progress,
  RestoreConflict,
  RestorePlan,
  RestoreResult
} from '../db/backup-store'

export const createBackup = (options?: Parameters<typeof store.createBackup>[1]) =>
  store.createBackup(db, options)
export const planRestore = (file: Blob, options?: Parameters<typeof store.planRestore>[2]) =>
  store.planRestore(db, file, options)
export const applyRestore = (
  plan: store.RestorePlan,
  options?: Parameters<typeof store.applyRestore>[2]
) => store.applyRestore(db, plan, options)
export const exportCaseFile = (id: string, options?: Parameters<typeof store.exportCaseFile>[2]) =>
  store.exportCaseFile(db, id, options)
export const importCaseFile = (file: Blob, options?: Parameters<typeof store.importCaseFile>[2]) =>
  store.importCaseFile(db, file, options)
export const exportIncidentFile = (id: string) => store.exportIncidentFile(db, id)
export const getBackupSettings = () => store.getBackupSettings(db)
export const saveBackupSettings = (settings: store.BackupSettings) =>
  store.saveBackupSettings(db, settings)
export const recordBackupDone = () => store.recordBackupDone(db)
export const backupReminderDue = () => store.backupReminderDue(db)
export const { parseIncidentJson, DEFAULT_REMINDER_DAYS } = store
