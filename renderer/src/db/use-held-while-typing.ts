/**
 * What appears under the register's list while the user types waits for a pause in the typing
 * (./typing-pause.ts holds the why). Apart from the typing state so that the register store, which
 * notes the typed answers, imports no React.
 */
import { useState, useSyncExternalStore } from 'react'

import { isTyping, subscribeTyping } from './typing-pause'

const notTyping = (): boolean => false

/**
 * `value` as it was when the user last paused: a change made while the user types is shown at
 * the pause. The value at mount is shown at once.
 */
export function useHeldWhileTyping<T>(value: T): T {
  const held = useSyncExternalStore(subscribeTyping, isTyping, notTyping)
  // The value shown at the last render without typing: React's state from an earlier render,
  // set during render (https://react.dev/reference/react/useState#storing-information-from-previous-renders).
  const [shown, setShown] = useState(value)
  if (held) return shown
  if (!Object.is(shown, value)) setShown(value)
  return value
}
