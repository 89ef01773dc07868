/** The storage notice's alert (./StorageNotice.tsx), in its own chunk: fetched when shown. */
import { Alert, Text } from '@mantine/core'

import { useI18n } from '../i18n/I18nProvider'

export function StorageNoticeAlert(props: { onClose: () => void }) {
  const { t } = useI18n()
  return (
    <Alert
      color="yellow"
      variant="outline"
      mb="md"
      withCloseButton
      closeButtonLabel={t('shell.storage.dismiss')}
      onClose={props.onClose}
      data-testid="storage-notice"
    >
      <Text size="sm" c="dark.8">
        {t('shell.storage.notice')}
      </Text>
    </Alert>
  )
}
