import { useCallback, useEffect, useRef, useState } from 'react'

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'saved'; at: number }
  | { state: 'error'; error: unknown }

/** Well under the one second the user may wait before closing the window. */
export const AUTOSAVE_DELAY_MS = 600

/**
 * Saves `value` `delayMs` after the last change, and at once when the page is hidden or
 * unloaded, or when `flush()` is called (leaving a step). Changes made while a save runs are
 * saved right after it. A failed save keeps the value dirty: the next change or `flush()`
 * retries, and nothing in the form is reset.
 *
 * `value` must change identity on every edit (immutable updates); the first value seen is
 * taken as already saved unless `initiallyDirty` says otherwise.
 *
 * `paused` (a conflict waiting for the user's choice) stops every save, the retries included;
 * the value stays dirty and is saved once unpaused. `markSaved(v)` records that `v` is what the
 * database holds (a version adopted from another tab, a conflict settled). `flush()` resolves
 * to true when the latest value is saved.
 */
export function useAutosave<T>(
  value: T | undefined,
  save: (value: T) => Promise<void>,
  options: { delayMs?: number; initiallyDirty?: boolean; paused?: boolean } = {}
): {
  status: SaveStatus
  flush: () => Promise<boolean>
  markSaved: (value: T) => void
  isDirty: () => boolean
} {
  const delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS
  const paused = useRef(options.paused ?? false)
  paused.current = options.paused ?? false
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' })
  const latest = useRef<T | undefined>(value)
  const savedValue = useRef<T | undefined>(undefined)
  const initialised = useRef(false)
  const timer = useRef<number | undefined>(undefined)
  const inFlight = useRef<Promise<void> | undefined>(undefined)
  const saveRef = useRef(save)
  saveRef.current = save

  const run = useCallback(async (): Promise<boolean> => {
    if (timer.current !== undefined) {
      window.clearTimeout(timer.current)
      timer.current = undefined
    }
    // One save at a time, in order; the loop picks up what changed meanwhile.
    while (inFlight.current) await inFlight.current
    const target = latest.current
    if (target === undefined || target === savedValue.current) return true
    if (paused.current) return false
    setStatus({ state: 'saving' })
    const attempt = (async () => {
      try {
        await saveRef.current(target)
        savedValue.current = target
        setStatus(
          latest.current === target ? { state: 'saved', at: Date.now() } : { state: 'pending' }
        )
      } catch (error) {
        setStatus({ state: 'error', error })
      }
    })()
    inFlight.current = attempt
    await attempt
    inFlight.current = undefined
    if (latest.current !== target && latest.current !== savedValue.current && !paused.current) {
      timer.current = window.setTimeout(() => void run(), delayMs)
    }
    return savedValue.current === latest.current
  }, [delayMs])

  useEffect(() => {
    latest.current = value
    if (value === undefined) return
    if (!initialised.current) {
      initialised.current = true
      if (!options.initiallyDirty) {
        savedValue.current = value
        return
      }
    }
    if (value === savedValue.current || paused.current) return
    // Same object while already pending: React then skips a second render of the whole form
    // (and of the live assessment beside it) on every keystroke.
    setStatus((current) =>
      current.state === 'error' || current.state === 'pending' ? current : { state: 'pending' }
    )
    if (timer.current !== undefined) window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => void run(), delayMs)
    // options.initiallyDirty is read once, on the first value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, delayMs, run])

  useEffect(() => {
    const flushNow = () => void run()
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushNow()
    }
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('pagehide', flushNow)
    window.addEventListener('beforeunload', flushNow)
    return () => {
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('pagehide', flushNow)
      window.removeEventListener('beforeunload', flushNow)
      // Leaving the page within the app (navigation) saves what is pending.
      flushNow()
    }
  }, [run])

  // Unpaused with changes made meanwhile: save them now.
  useEffect(() => {
    if (!options.paused && latest.current !== savedValue.current) void run()
  }, [options.paused, run])

  const markSaved = useCallback((saved: T) => {
    savedValue.current = saved
    latest.current = saved
    setStatus({ state: 'saved', at: Date.now() })
  }, [])
  const isDirty = useCallback(() => latest.current !== savedValue.current, [])

  return { status, flush: run, markSaved, isDirty }
}
