/**
 * Reminds the user to back up when the last backup is older than the chosen number of days
 * (7 by default); never on an empty register. Checked when the app opens, on every page change
 * and when the dialog closes (a backup may just have been made).
 */
import { Alert, Button, Group, Text } from '@mantine/core'
import { useEffect, useState } from 'react'

import { useI18n } from '../i18n/I18nProvider'
import { useRoute } from '../navigation'
import { backupReminderDue, getBackupSettings } from './api'
import { setBackupDialogOpen, useBackupDialogOpen } from './dialog-state'

export function BackupReminder() {
  const { t, language } = useI18n()
  const dialogOpen = useBackupDialogOpen()
  const route = routeKey(useRoute())
  const [due, setDue] = useState<{ last?: string } | undefined>()
  useEffect(() => {
    if (dialogOpen) return
    let live = true
    void Promise.all([backupReminderDue(), getBackupSettings()])
      .then(([isDue, settings]) => {
        if (live) setDue(isDue ? { last: settings.lastBackupAt } : undefined)
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [dialogOpen, route])
  if (!due) return null
  return (
    <Alert
      color="yellow"
      title={t('backup.reminder.title')}
      mb="md"
      maw={900}
      data-testid="backup-reminder"
    >
      <Group justify="space-between">
        <Text size="sm">
          {due.last
            ? t('backup.reminder.last', {
                date: new Date(due.last).toLocaleDateString(language === 'fr' ? 'fr-FR' : 'en-GB')
              })
            : t('backup.reminder.never')}
        </Text>
        <Button size="xs" onClick={() => setBackupDialogOpen(true)}>
          {t('backup.create.start')}
        </Button>
      </Group>
    </Alert>
  )
}

function routeKey(route: ReturnType<typeof useRoute>): string {
  return 'id' in route ? `${route.name}/${route.id}` : route.name
}
