/**
 * Issue 12: the start's deferred Intl warm-up (main.tsx warmIntl) must not run in front of the
 * first screen's paint. It waits for the first screen's commit and the frame after it, not the
 * page's first animation frame (which can come before React's render: a kept register's render
 * then outlasted the idle callback's timeout, and the warm-up ran before the rows' paint).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import type * as StartModule from './start'

type Start = typeof StartModule

let frames: FrameRequestCallback[] = []
let idle: { work: IdleRequestCallback; timeout?: number }[] = []

/** Runs the animation frame callbacks asked for so far (a frame of the page). */
function frame(): void {
  const due = frames
  frames = []
  for (const callback of due) callback(0)
}

async function freshStart(): Promise<Start> {
  vi.resetModules()
  return import('./start')
}

beforeEach(() => {
  vi.useFakeTimers()
  frames = []
  idle = []
  vi.stubGlobal('document', { visibilityState: 'visible' })
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.push(callback)
    return frames.length
  })
  vi.stubGlobal(
    'requestIdleCallback',
    (work: IdleRequestCallback, options?: IdleRequestOptions) => {
      idle.push({ work, timeout: options?.timeout })
      return idle.length
    }
  )
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('whenIdleAfterFirstFrame', () => {
  it('asks for the idle callback only after the first screen is committed and drawn', async () => {
    const { whenIdleAfterFirstFrame, firstScreenCommitted } = await freshStart()
    const work = vi.fn()
    whenIdleAfterFirstFrame(work)
    // The page's first frames, before React has committed the first screen.
    frame()
    await vi.advanceTimersByTimeAsync(0)
    frame()
    await vi.advanceTimersByTimeAsync(0)
    expect(idle).toHaveLength(0)

    firstScreenCommitted()
    await vi.advanceTimersByTimeAsync(0)
    expect(idle).toHaveLength(0) // not before the frame that shows it
    frame()
    await vi.advanceTimersByTimeAsync(0)
    expect(idle).toHaveLength(1)
    expect(idle[0]!.timeout).toBe(500)
    expect(work).not.toHaveBeenCalled()
    idle[0]!.work({ didTimeout: false, timeRemaining: () => 50 })
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('asks once, even when the frame never comes (the one-second fallback)', async () => {
    const { whenIdleAfterFirstFrame, firstScreenCommitted } = await freshStart()
    const work = vi.fn()
    whenIdleAfterFirstFrame(work)
    firstScreenCommitted()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(idle).toHaveLength(1)
    frame()
    await vi.advanceTimersByTimeAsync(0)
    expect(idle).toHaveLength(1)
  })
})
