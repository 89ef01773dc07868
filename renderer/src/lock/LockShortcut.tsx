/**
 * Ctrl/Cmd+Shift+L locks an unlocked register. Its own chunk, mounted by the shell once the
 * database is open (before any unlock can happen): Mantine's hotkey code is not needed before
 * the first screen is painted (issue 12).
 */
import { useHotkeys } from '@mantine/hooks'

import type { VaultStatus } from '../db/start'
import { lockNow } from './LockControls'

export function LockShortcut({ status }: { status: VaultStatus }) {
  useHotkeys([['mod+shift+L', () => status === 'unlocked' && lockNow()]], [])
  return null
}
