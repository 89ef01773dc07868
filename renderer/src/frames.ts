/**
 * Work timed on the page's frames and idle time. No dependency (not even React): the register
 * store times its typing pause from a painted answer (db/register-store.ts).
 */

/** Runs `work` once the next frame is painted (without frames, a test: in a task); cancellable. */
export function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(work, 0)
    return () => clearTimeout(timer)
  }
  const frame = requestAnimationFrame(() => (timer = setTimeout(work, 0)))
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

/**
 * Runs `work` when the page is next idle, within `timeout` ms (requestIdleCallback); where there
 * is no idle callback, after `fallbackMs` (a task), or at once when none is given. Cancellable.
 */
export function whenIdle(
  work: () => void,
  { timeout, fallbackMs }: { timeout: number; fallbackMs?: number }
): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => work(), { timeout })
    return () => cancelIdleCallback(handle)
  }
  if (fallbackMs === undefined) {
    work()
    return () => {}
  }
  const timer = setTimeout(work, fallbackMs)
  return () => clearTimeout(timer)
}
