/**
 * The backup reminder: due when the last backup is older than the chosen number of days (7 by
 * default), never on an empty register. Checked when the app opens, on every page change and when
 * the dialog closes (a backup may just have been made). It marks the header's Backup button (a
 * dot, and the reason in its accessible name) and adds one line beside the register page's button:
 * nothing is inserted above the register, so its first rows stay where they are.
 */
import { useEffect, useState } from 'react'

import { Button, Text } from '../components/plain'
import { useI18n } from '../i18n/I18nProvider'
import { useRoute } from '../navigation'
import { whenIdle } from '../register/after-paint'
import { useHeldWhileTyping } from '../db/use-held-while-typing'
import type * as BackupApi from './api'
import { setBackupDialogOpen, useBackupDialogOpen } from './dialog-state'

export type BackupDue = { last?: string } | undefined

let backupApi: Promise<typeof BackupApi> | undefined

/**
 * The backup code, fetched a second after the first render and then when the page is idle: it
 * brings zod and the backup schemas, whose loading would otherwise compete with the first
 * screen (issue 12). A reminder shown a second later costs the user nothing.
 */
function loadBackupApi(): Promise<typeof BackupApi> {
  backupApi ??= new Promise<void>((idle) =>
    setTimeout(() => whenIdle(idle, { timeout: 2000 }), 1000)
  ).then(() => import('./api'))
  return backupApi
}

/** At once, without the wait: for a moment when nothing else competes (the unlock screen). */
export function preloadBackupApi(): void {
  backupApi ??= import('./api')
  backupApi.catch(() => (backupApi = undefined))
}

export function useBackupDue(): BackupDue {
  const dialogOpen = useBackupDialogOpen()
  const route = useRoute()
  const routeKey = 'id' in route ? `${route.name}/${route.id}` : route.name
  const [due, setDue] = useState<BackupDue>()
  useEffect(() => {
    if (dialogOpen) return
    let live = true
    // The backup code is fetched here, after the first screen, not with the start bundle.
    void loadBackupApi()
      .then((api) => Promise.all([api.backupReminderDue(), api.getBackupSettings()]))
      .then(([isDue, settings]) => {
        if (live) setDue(isDue ? { last: settings.lastBackupAt } : undefined)
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [dialogOpen, routeKey])
  return due
}

function useReminderText(due: BackupDue): string | undefined {
  const { t, language } = useI18n()
  if (!due) return undefined
  return due.last
    ? t('backup.reminder.last', {
        date: new Date(due.last).toLocaleDateString(language === 'fr' ? 'fr-FR' : 'en-GB')
      })
    : t('backup.reminder.never')
}

/**
 * The header's button: a dot when a backup is due. Plain elements with Mantine's Button markup
 * (components/plain.tsx) and a dot drawn like its Indicator (shell.css): the header is on the
 * first screen.
 */
export function HeaderBackupButton() {
  const { t } = useI18n()
  const due = useBackupDue()
  const reason = useReminderText(due)
  return (
    <div className="backup-indicator">
      {due && <span className="backup-indicator-dot" />}
      <Button
        variant="subtle"
        onClick={() => setBackupDialogOpen(true)}
        data-testid="backup-open"
        data-due={due ? 'true' : undefined}
        aria-label={
          reason ? `${t('backup.open')} — ${t('backup.reminder.title')}. ${reason}` : undefined
        }
      >
        {t('backup.open')}
      </Button>
    </div>
  )
}

/**
 * The register page's button, with the reminder's line when a backup is due. Under the list:
 * the line (its check loaded a second after the start) waits for a pause in the search typing.
 */
export function RegisterBackupButton() {
  const { t } = useI18n()
  const due = useBackupDue()
  const reason = useHeldWhileTyping(useReminderText(due))
  return (
    <div className="register-backup">
      <Button
        variant="default"
        onClick={() => setBackupDialogOpen(true)}
        data-testid="backup-open-register"
      >
        {t('backup.open')}
      </Button>
      {reason && (
        <Text size="sm" data-testid="backup-reminder">
          <strong>{t('backup.reminder.title')}</strong> · {reason}
        </Text>
      )}
    </div>
  )
}
