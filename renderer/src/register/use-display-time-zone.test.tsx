/**
 * useDisplayTimeZone at a start showing the kept first screen: the zone its rows' dates were
 * made in stands for the computer's until the first frame, so that no Intl call (the zone's
 * lookup) comes before the first rows; then the computer's zone is looked up.
 */
import { act, render, screen } from '@testing-library/react'
import { afterEach, expect, it, vi } from 'vitest'

import { systemTimeZone } from '../components/zoned-time'
import { readFirstScreen, setFirstScreenStorage } from '../db/first-screen'
import type { FirstScreen } from '../db/first-screen'
import { useDisplayTimeZone } from './use-display-time-zone'

afterEach(() => {
  setFirstScreenStorage(undefined)
  vi.restoreAllMocks()
})

function Zone() {
  return <p data-testid="zone">{useDisplayTimeZone()}</p>
}

it('shows the kept zone until the first frame is painted, then the computer’s, with no Intl call before', async () => {
  const kept: FirstScreen = {
    format: 1,
    queryKey: '{}',
    counts: { draft: 0, open: 1, closed: 0, deleted: 0, atRev: 1 },
    page: { items: [], total: 1 },
    display: { language: 'fr', timeZone: 'Pacific/Chatham', strings: {} }
  }
  const text = JSON.stringify(kept)
  setFirstScreenStorage({ getItem: () => text, setItem: () => {}, removeItem: () => {} })
  readFirstScreen('zone-test')
  const lookUps = vi.spyOn(Intl, 'DateTimeFormat')

  render(<Zone />)
  expect(screen.getByTestId('zone').textContent).toBe('Pacific/Chatham')
  expect(lookUps).not.toHaveBeenCalled()

  // The frame is painted (requestAnimationFrame), then a task: the real zone is looked up.
  await act(() => new Promise((resolve) => setTimeout(resolve, 100)))
  lookUps.mockRestore()
  expect(screen.getByTestId('zone').textContent).toBe(systemTimeZone())
})
