import { useSyncExternalStore } from 'react'

import { vault, type VaultStatus } from '../db'

const subscribe = (onChange: () => void) => vault.subscribe(onChange)

/** 'clear' (no passphrase), 'locked' or 'unlocked'; re-renders on set-up, unlock and lock. */
export function useVaultStatus(): VaultStatus {
  return useSyncExternalStore(subscribe, () => vault.status())
}
