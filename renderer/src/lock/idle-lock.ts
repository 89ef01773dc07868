/**
 * Locks the register after a period without user input (default 15 minutes, a setting).
 * Pure timer logic: the app shell feeds it the DOM's input events; tests use fake timers.
 */
export const DEFAULT_IDLE_MINUTES = 15

export const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const

export type IdleLock = {
  /** Any user input: the countdown starts again. */
  activity(): void
  stop(): void
}

export function startIdleLock(idleMs: number, onIdle: () => void): IdleLock {
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  const arm = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = undefined
      if (!stopped) onIdle()
    }, idleMs)
  }
  arm()
  return {
    activity() {
      if (!stopped) arm()
    },
    stop() {
      stopped = true
      if (timer !== undefined) clearTimeout(timer)
    }
  }
}
