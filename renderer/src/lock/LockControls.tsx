/**
 * Locking an encrypted register: lockNow (the header button is ./LockButton.tsx, the
 * Ctrl/Cmd+Shift+L shortcut ./LockShortcut.tsx), the idle timer (setting `idleLockMinutes`, 15 by
 * default) and, at each unlock or start, the automatic erasure of incidents kept in the bin
 * longer than `binRetentionDays` (30 by default).
 */
import { useEffect } from 'react'

import {
  commitAttachmentRemovals,
  eraseExpired,
  lockVault,
  useSetting,
  type VaultStatus
} from '../db/start'
import { forgetRememberedSearch } from '../register/RegisterPage'
import { ACTIVITY_EVENTS, DEFAULT_IDLE_MINUTES, startIdleLock } from './idle-lock'

// The draft journal follows the vault from the live register's load on (main.tsx, journal-cipher).

export function lockNow(): void {
  // The typed search is decrypted content too.
  forgetRememberedSearch()
  lockVault()
}

/** Mounted once in the shell. */
export function useLockControls(status: VaultStatus): void {
  const minutes = useSetting('idleLockMinutes') ?? DEFAULT_IDLE_MINUTES
  const retentionDays = useSetting('binRetentionDays')
  const keepArt33Entry = useSetting('binKeepsArt33Entry') ?? true
  useEffect(() => {
    if (status !== 'unlocked') return
    const idle = startIdleLock(minutes * 60_000, lockNow)
    const onActivity = () => idle.activity()
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, true)
    return () => {
      idle.stop()
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, true)
    }
  }, [status, minutes])

  useEffect(() => {
    if (status === 'locked') return
    eraseExpired(retentionDays, { keepArt33Entry })
      .then(async (erased) => {
        if (erased.length === 0) return
        // Not on the start path: the journal's module is loaded, with its cipher, before any
        // page shows (main.tsx openAndRead), so this import is already settled.
        const { clearJournal } = await import('../intake/draft-journal')
        erased.forEach((id) => clearJournal(id))
      })
      .catch(() => {
        // Retried at the next start or unlock; the bin keeps the incidents meanwhile.
      })
  }, [status, retentionDays, keepArt33Entry])
  useEffect(() => {
    if (status === 'locked') return
    // Attachment removals left staged (the app closed or locked on the incident's page): the
    // undo is gone with that page, so they are carried out now.
    commitAttachmentRemovals().catch(() => {
      // Retried at the next start or unlock; the files stay meanwhile.
    })
  }, [status])
}
