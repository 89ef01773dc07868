import type { SentinelleBridge } from '@shared/ipc-contract'

import { createBrowserBridge } from './browser-bridge'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    sentinelle?: SentinelleBridge
  }
}

let bridge: SentinelleBridge | undefined

/** The one place that chooses between the Electron bridge and the browser implementation. */
export function getBridge(): SentinelleBridge {
  bridge ??= window.sentinelle ?? createBrowserBridge()
  return bridge
}
