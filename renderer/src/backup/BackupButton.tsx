import { Button } from '@mantine/core'

import { useI18n } from '../i18n/I18nProvider'
import { setBackupDialogOpen } from './dialog-state'

/** Opens the backup dialog (header and register page). */
export function BackupButton(props: { variant?: 'default' | 'subtle' | 'light'; testId?: string }) {
  const { t } = useI18n()
  return (
    <Button
      variant={props.variant ?? 'default'}
      onClick={() => setBackupDialogOpen(true)}
      data-testid={props.testId ?? 'backup-open'}
    >
      {t('backup.open')}
    </Button>
  )
}
