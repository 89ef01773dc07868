import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { useAutosave } from './use-autosave'

type Value = { text: string }

describe('useAutosave', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  function setup(save: (value: Value) => Promise<void>) {
    return renderHook(({ value }: { value: Value }) => useAutosave(value, save, { delayMs: 600 }), {
      initialProps: { value: { text: '' } }
    })
  }

  it('does not save the loaded value, then saves the last of a burst once, 600 ms after it', async () => {
    const save = vi.fn(async (_value: Value) => {})
    const hook = setup(save)
    expect(hook.result.current.status.state).toBe('idle')
    hook.rerender({ value: { text: 'a' } })
    await act(async () => vi.advanceTimersByTimeAsync(300))
    hook.rerender({ value: { text: 'ab' } })
    await act(async () => vi.advanceTimersByTimeAsync(300))
    expect(save).not.toHaveBeenCalled()
    expect(hook.result.current.status.state).toBe('pending')
    await act(async () => vi.advanceTimersByTimeAsync(300))
    expect(save).toHaveBeenCalledTimes(1)
    expect(save).toHaveBeenLastCalledWith({ text: 'ab' })
    expect(hook.result.current.status.state).toBe('saved')
  })

  it('renders once per keystroke while pending, not twice', async () => {
    const save = vi.fn(async (_value: Value) => {})
    let renders = 0
    const hook = renderHook(
      ({ value }: { value: Value }) => {
        renders += 1
        return useAutosave(value, save, { delayMs: 600 })
      },
      { initialProps: { value: { text: '' } } }
    )
    hook.rerender({ value: { text: 'a' } })
    expect(hook.result.current.status.state).toBe('pending')
    renders = 0
    hook.rerender({ value: { text: 'ab' } })
    hook.rerender({ value: { text: 'abc' } })
    expect(renders).toBe(2)
    await act(async () => vi.advanceTimersByTimeAsync(600))
    expect(save).toHaveBeenCalledTimes(1)
    expect(save).toHaveBeenLastCalledWith({ text: 'abc' })
  })

  it('saves at once when the page is hidden', async () => {
    const save = vi.fn(async (_value: Value) => {})
    const hook = setup(save)
    hook.rerender({ value: { text: 'typed' } })
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'))
      await vi.advanceTimersByTimeAsync(0)
    })
    expect(save).toHaveBeenCalledWith({ text: 'typed' })
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true })
  })

  it('flush() saves immediately and keeps the error, and the value, when saving fails', async () => {
    const save = vi.fn<(value: Value) => Promise<void>>(async () => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    const hook = setup(save)
    hook.rerender({ value: { text: 'important' } })
    await act(async () => hook.result.current.flush())
    expect(save).toHaveBeenCalledTimes(1)
    const status = hook.result.current.status
    expect(status.state).toBe('error')
    // Still dirty: a retry saves the same value again.
    save.mockImplementation(async () => {})
    await act(async () => hook.result.current.flush())
    expect(save).toHaveBeenCalledTimes(2)
    expect(save).toHaveBeenLastCalledWith({ text: 'important' })
    expect(hook.result.current.status.state).toBe('saved')
  })

  it('saves changes made during a slow save right after it', async () => {
    let release: () => void = () => {}
    const save = vi.fn(
      (_value: Value) =>
        new Promise<void>((resolve) => {
          release = resolve
        })
    )
    const hook = setup(save)
    hook.rerender({ value: { text: 'one' } })
    await act(async () => vi.advanceTimersByTimeAsync(600))
    expect(save).toHaveBeenCalledTimes(1)
    hook.rerender({ value: { text: 'one two' } })
    await act(async () => {
      release()
      await vi.advanceTimersByTimeAsync(600)
    })
    expect(save).toHaveBeenCalledTimes(2)
    expect(save).toHaveBeenLastCalledWith({ text: 'one two' })
  })

  it('flush() tells whether the latest value reached the database', async () => {
    const save = vi.fn<(value: Value) => Promise<void>>(async () => {
      throw new Error('disk')
    })
    const hook = setup(save)
    hook.rerender({ value: { text: 'x' } })
    let saved: boolean | undefined
    await act(async () => {
      saved = await hook.result.current.flush()
    })
    expect(saved).toBe(false)
    save.mockImplementation(async () => {})
    await act(async () => {
      saved = await hook.result.current.flush()
    })
    expect(saved).toBe(true)
  })

  it('while paused (a conflict to settle) saves nothing, not even on flush, then saves the latest once unpaused', async () => {
    const save = vi.fn(async (_value: Value) => {})
    const hook = renderHook(
      ({ value, paused }: { value: Value; paused: boolean }) =>
        useAutosave(value, save, { delayMs: 600, paused }),
      { initialProps: { value: { text: '' }, paused: false } }
    )
    hook.rerender({ value: { text: 'typed during the conflict' }, paused: true })
    await act(async () => vi.advanceTimersByTimeAsync(2_000))
    let saved: boolean | undefined
    await act(async () => {
      saved = await hook.result.current.flush()
    })
    expect(saved).toBe(false)
    expect(save).not.toHaveBeenCalled()
    expect(hook.result.current.isDirty()).toBe(true)
    hook.rerender({ value: { text: 'typed during the conflict, and more' }, paused: false })
    await act(async () => vi.advanceTimersByTimeAsync(600))
    expect(save).toHaveBeenCalledTimes(1)
    expect(save).toHaveBeenLastCalledWith({ text: 'typed during the conflict, and more' })
  })

  it('markSaved() takes a value as what the database holds (adopted from another tab)', async () => {
    const save = vi.fn(async (_value: Value) => {})
    const hook = setup(save)
    const adopted = { text: 'saved elsewhere' }
    act(() => hook.result.current.markSaved(adopted))
    hook.rerender({ value: adopted })
    await act(async () => vi.advanceTimersByTimeAsync(600))
    expect(save).not.toHaveBeenCalled()
    expect(hook.result.current.isDirty()).toBe(false)
    expect(hook.result.current.status.state).toBe('saved')
  })
})
