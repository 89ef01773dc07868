/**
 * The register page while the search is answered from a register still being read: a partial
 * answer that has found nothing yet keeps the list mounted (the same element), so that the next
 * key's matches are drawn in its answer, and the blocks below do not jump. A final "no match"
 * still removes the list.
 */
import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, beforeAll, expect, it, vi } from 'vitest'

import {
  polyfillMatchMedia,
  polyfillResizeObserver,
  renderWithProviders
} from '../components/render-with-providers'
import type { WindowedResult } from '../db/register-store'
import { listItem } from './list-item-fixture'

const state: { result: WindowedResult | undefined; listeners: Set<() => void> } = {
  result: undefined,
  listeners: new Set()
}

vi.mock('../db/start', async () => {
  const { useSyncExternalStore } = await import('react')
  const counts = { draft: 0, open: 100_000, closed: 0, deleted: 0, atRev: 1 }
  return {
    liveCount: () => 100_000,
    useRegisterCounts: () => counts,
    usePrefetchIncidentList: () => undefined,
    useSetting: () => undefined,
    useRegisterList: () =>
      useSyncExternalStore(
        (listener: () => void) => {
          state.listeners.add(listener)
          return () => state.listeners.delete(listener)
        },
        () => state.result
      )
  }
})

const { RegisterPage } = await import('./RegisterPage')

beforeAll(() => {
  polyfillMatchMedia()
  polyfillResizeObserver()
})

afterEach(cleanup)

function answer(result: WindowedResult): void {
  act(() => {
    state.result = result
    for (const listener of state.listeners) listener()
  })
}

const list = () => screen.queryByTestId('register-scroll')

it('keeps the list mounted while a partial answer has found nothing yet, removes it for a final no match', () => {
  state.result = { items: [listItem(1), listItem(2)], total: 2 }
  renderWithProviders(<RegisterPage />)
  const mounted = list()
  expect(mounted).not.toBeNull()

  answer({ items: [], total: 0, partial: { loaded: 860, expected: 100_000 } })
  expect(list()).toBe(mounted)
  expect(screen.queryAllByRole('listitem')).toHaveLength(0)

  answer({ items: [listItem(3)], total: 1, partial: { loaded: 2_000, expected: 100_000 } })
  expect(list()).toBe(mounted)
  expect(screen.getAllByRole('listitem')).toHaveLength(1)

  answer({ items: [], total: 0 })
  expect(list()).toBeNull()
})
