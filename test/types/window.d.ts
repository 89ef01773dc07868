import type { SentinelleBridge } from '../../shared/ipc-contract'

declare global {
  interface Window {
    sentinelle?: SentinelleBridge
  }
}
