import { useEffect, useState } from 'react'

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

/** A frame of this page was painted with the register on it: later mounts need not wait. */
let registerPainted = false

/**
 * False in the register's first frame of the page (the kept first screen at start), true from
 * the next one on: what is not needed to show the rows (the overscan rows, the date fields'
 * locale data) is drawn after the first paint, not in front of it (issue 12).
 */
export function useFirstFramePainted(): boolean {
  const [painted, setPainted] = useState(registerPainted)
  useEffect(() => {
    if (painted) return
    return afterPaint(() => {
      registerPainted = true
      setPainted(true)
    })
  }, [painted])
  return painted
}
