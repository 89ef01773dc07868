/**
 * "Durable storage was not granted": said once, in the page's flow (it pushes the content down,
 * never covers it), and not again on the next loads. The flag lives in localStorage, which the
 * refusal does not concern (it is about eviction of the whole origin under storage pressure).
 */
import { Suspense, lazy, useState } from 'react'

import type { PersistResult } from '../db'

// Shown once per profile at most: its code (Mantine's Alert) is fetched only then, not with the
// first screen (issue 12).
const StorageNoticeAlert = lazy(async () => ({
  default: (await import('./StorageNoticeAlert')).StorageNoticeAlert
}))

const SHOWN_KEY = 'sentinelle.storageNotice.shown'

function alreadyShown(): boolean {
  try {
    return localStorage.getItem(SHOWN_KEY) !== null
  } catch {
    return false
  }
}

export function StorageNotice(props: { persistence?: PersistResult }) {
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
  // The marker says "shown, its code still coming" (e2e support/a11y.ts waits for it to go).
  return (
    <Suspense fallback={<span hidden data-storage-notice="loading" />}>
      <StorageNoticeAlert onClose={() => setVisible(false)} />
    </Suspense>
  )
}
