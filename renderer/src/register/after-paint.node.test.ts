/** whenIdle: the one idle-callback-with-fallback the start's deferred work goes through. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { whenIdle } from './after-paint'

describe('whenIdle', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  /** A requestIdleCallback whose callbacks run when `idle()` is called. */
  function stubIdleCallbacks() {
    const pending = new Map<number, () => void>()
    let next = 1
    const request = vi.fn((callback: () => void, options: { timeout: number }) => {
      void options
      pending.set(next, callback)
      return next++
    })
    vi.stubGlobal('requestIdleCallback', request)
    vi.stubGlobal('cancelIdleCallback', (handle: number) => pending.delete(handle))
    const idle = () => {
      for (const [handle, callback] of [...pending]) {
        pending.delete(handle)
        callback()
      }
    }
    return { request, idle }
  }

  it('runs the work at the next idle callback, with its timeout, not before', () => {
    const { request, idle } = stubIdleCallbacks()
    const work = vi.fn()
    whenIdle(work, { timeout: 500, fallbackMs: 0 })
    expect(request).toHaveBeenCalledWith(expect.any(Function), { timeout: 500 })
    vi.runAllTimers()
    expect(work).not.toHaveBeenCalled()
    idle()
    expect(work).toHaveBeenCalledTimes(1)
    expect(work).toHaveBeenCalledWith()
  })

  it('cancelled, never runs the work', () => {
    const { idle } = stubIdleCallbacks()
    const work = vi.fn()
    whenIdle(work, { timeout: 1000 })()
    idle()
    expect(work).not.toHaveBeenCalled()
  })

  it('without idle callbacks, runs after fallbackMs, unless cancelled', () => {
    vi.stubGlobal('requestIdleCallback', undefined)
    const work = vi.fn()
    const cancelled = vi.fn()
    whenIdle(work, { timeout: 1000, fallbackMs: 200 })
    whenIdle(cancelled, { timeout: 1000, fallbackMs: 200 })()
    vi.advanceTimersByTime(199)
    expect(work).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(work).toHaveBeenCalledTimes(1)
    vi.runAllTimers()
    expect(cancelled).not.toHaveBeenCalled()
  })

  it('without idle callbacks nor fallbackMs, runs the work at once', () => {
    vi.stubGlobal('requestIdleCallback', undefined)
    const work = vi.fn()
    whenIdle(work, { timeout: 1000 })
    expect(work).toHaveBeenCalledTimes(1)
  })
})
