/**
 * useHeldWhileTyping: what appears under the register's list while the user types (the blocks
 * shown when the database goes live, the backup reminder's line) waits for a pause in the typing.
 */
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'

import { noteTypedAnswer, noteTyping, TYPING_PAUSE_MS } from './typing-pause'
import { useHeldWhileTyping } from './use-held-while-typing'

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  // Ends any typing left by a test (its pause fires).
  act(() => vi.runAllTimers())
  cleanup()
  vi.useRealTimers()
})

function Below(props: { value: string }) {
  return <p data-testid="below">{useHeldWhileTyping(props.value)}</p>
}

const shown = () => screen.getByTestId('below').textContent

/** Mounted with "none"; then a key is typed and the value changes to `changed`. */
function changedWhileTyping(changed: string) {
  const view = render(<Below value="none" />)
  act(() => noteTyping())
  view.rerender(<Below value={changed} />)
  return view
}

it('shows a change at once while the user is not typing', () => {
  const { rerender } = render(<Below value="none" />)
  rerender(<Below value="export" />)
  expect(shown()).toBe('export')
})

it('holds a change made while the user types until the pause, then shows the latest', () => {
  const { rerender } = changedWhileTyping('export')
  expect(shown()).toBe('none')

  // Another key before the pause: still held, and the pause runs from that key.
  act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS - 100))
  act(() => noteTyping())
  rerender(<Below value="export and reminder" />)
  act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS - 100))
  expect(shown()).toBe('none')

  // The pause: the component renders again by itself, with the latest value.
  act(() => vi.advanceTimersByTime(100))
  expect(shown()).toBe('export and reminder')
})

it('shows the value a component mounts with, even while the user types', () => {
  act(() => noteTyping())
  render(<Below value="export" />)
  expect(shown()).toBe('export')
})

it('runs the pause from the answer to the key when it comes later than the key', () => {
  changedWhileTyping('export')
  // A slow answer, 400 ms after the key: the pause ends 500 ms after it, not after the key.
  act(() => vi.advanceTimersByTime(400))
  act(() => noteTypedAnswer())
  act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS - 1))
  expect(shown()).toBe('none')
  act(() => vi.advanceTimersByTime(1))
  expect(shown()).toBe('export')
})

it('holds the value shown at the last pause, not the value at mount', () => {
  const { rerender } = render(<Below value="none" />)
  rerender(<Below value="export" />)
  act(() => noteTyping())
  rerender(<Below value="export and reminder" />)
  expect(shown()).toBe('export')
})
