import { useSyncExternalStore } from 'react'

import { subscribeVault, vaultStatus, type VaultStatus } from '../db/start'

/**
 * 'clear' (no passphrase), 'locked' or 'unlocked'; re-renders on set-up, unlock and lock. Clear
 * until the live register is loaded (../db/start.ts), as the vault says before its first read.
 */
export function useVaultStatus(): VaultStatus {
  return useSyncExternalStore(subscribeVault, vaultStatus)
}
