/**
 * "Durable storage was not granted": said once, in the page's flow (it pushes the content down,
 * never covers it), and not again on the next loads. The flag lives in localStorage, which the
 * refusal does not concern (it is about eviction of the whole origin under storage pressure).
 */
import { Alert, Text } from '@mantine/core'
import { useState } from 'react'

import type { PersistResult } from '../db'
import { useI18n } from '../i18n/I18nProvider'

const SHOWN_KEY = 'sentinelle.storageNotice.shown'

function alreadyShown(): boolean {
  try {
    return localStorage.getItem(SHOWN_KEY) !== null
  } catch {
    return false
  }
}

export function StorageNotice(props: { persistence?: PersistResult }) {
  const { t } = useI18n()
  // Decided once per start: marking it shown does not hide it on this load.
  const [visible, setVisible] = useState(() => {
    if (props.persistence !== 'denied' || alreadyShown()) return false
    try {
      localStorage.setItem(SHOWN_KEY, new Date().toISOString())
    } catch {
      // Without localStorage it may show again next time; better than never.
    }
    return true
  })
  if (!visible) return null
  return (
    <Alert
      color="yellow"
      variant="outline"
      mb="md"
      withCloseButton
      closeButtonLabel={t('shell.storage.dismiss')}
      onClose={() => setVisible(false)}
      data-testid="storage-notice"
    >
      <Text size="sm" c="dark.8">
        {t('shell.storage.notice')}
      </Text>
    </Alert>
  )
}
