/**
 * What a new answer re-renders in the list (issue 12, keystroke p95): each answer of the register
 * engine (a Worker) comes as new objects for a new query, and a row must be drawn again only when
 * its incident changed. The rows are counted through their status badge (one per row).
 */
import { act, cleanup } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { polyfillResizeObserver, renderWithProviders } from '../components/render-with-providers'
import type { IncidentListItem } from '../db/types'
import { IncidentList } from './IncidentList'
import { listItem as item } from './list-item-fixture'

const badge = vi.hoisted(() => ({ renders: 0 }))
vi.mock('./IncidentStatusBadge', () => ({
  IncidentStatusBadge: (props: { status: string }) => {
    badge.renders++
    return <span data-status={props.status} />
  }
}))

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.dataset.testid === 'register-scroll' ? 600 : 0
    }
  })
  polyfillResizeObserver()
})

afterEach(cleanup)

const NOW = Date.parse('2026-11-25T12:00:00Z')

type Answer = { items: IncidentListItem[]; resetKey: string }
let show: (answer: Answer) => void = () => undefined

function Harness(props: { first: Answer }) {
  const [answer, setAnswer] = useState(props.first)
  show = setAnswer
  return (
    <IncidentList
      items={answer.items}
      resetKey={answer.resetKey}
      timeZone="Europe/Paris"
      nowMs={NOW}
      height={600}
    />
  )
}

const answer = (
  resetKey: string,
  titles: (n: number) => string = (n) => `Incident number ${n}`
) => ({
  resetKey,
  items: Array.from({ length: 30 }, (_, i) => item(i + 1, { title: titles(i + 1) }))
})

describe('IncidentList, the answer to a new query', () => {
  it('draws again only the rows whose incident changed, not every row in sight', () => {
    renderWithProviders(<Harness first={answer('{"text":"o"}')} />, 'en')
    const drawn = badge.renders
    expect(drawn).toBeGreaterThan(5)
    // The next key's answer: the same incidents (new objects), under a new query.
    badge.renders = 0
    act(() => show(answer('{"text":"or"}')))
    expect(badge.renders).toBe(0)
    // One incident renamed: only its row is drawn again.
    act(() => show(answer('{"text":"ord"}', (n) => (n === 2 ? 'Renamed' : `Incident number ${n}`))))
    expect(badge.renders).toBe(1)
  })
})
