/** Whether the backup dialog is open: the header, the register page and the reminder open it. */
import { useSyncExternalStore } from 'react'

let open = false
const listeners = new Set<() => void>()

export function setBackupDialogOpen(value: boolean): void {
  open = value
  for (const listener of [...listeners]) listener()
}

export function useBackupDialogOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => open
  )
}
