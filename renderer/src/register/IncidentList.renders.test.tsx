/**
 * What a new answer re-renders in the list (issue 12, keystroke p95): each answer of the register
 * engine (a Worker) comes as new objects for a new query, and a row must be drawn again only when
 * its incident changed. The rows are counted through their status badge (one per row).
 */
import { act, cleanup, fireEvent } from '@testing-library/react'
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

describe('IncidentList, rows kept by position', () => {
  it('puts the incidents of a new answer in the rows already drawn, in the order shown', () => {
    const { container } = renderWithProviders(<Harness first={answer('{"text":"o"}')} />, 'en')
    const rowsNow = () => [...container.querySelectorAll<HTMLElement>('[role="listitem"]')]
    const before = rowsNow()
    expect(before.length).toBeGreaterThan(5)
    // Other incidents entirely (other ids), as a search that changes what is shown gives.
    act(() =>
      show({
        resetKey: '{"text":"x"}',
        items: Array.from({ length: 30 }, (_, i) => item(i + 101, { title: `Other ${i + 1}` }))
      })
    )
    const after = rowsNow()
    expect(after).toHaveLength(before.length)
    after.forEach((row, position) => {
      // The same element, updated, not a new one built (cheaper: issue 12, first key)...
      expect(row).toBe(before[position])
      // ...showing the new incident, still in the order of the result.
      expect(row.dataset.index).toBe(String(position))
      expect(row.getAttribute('aria-posinset')).toBe(String(position + 1))
      expect(row.textContent).toContain(`Other ${position + 1}`)
      expect(row.querySelector('a')?.getAttribute('href')).toContain(String(position + 101))
    })
  })
})

describe('IncidentList, the focused row when a write moves its incident', () => {
  it('keeps the focus on the incident the user chose, not on the position', () => {
    const { container } = renderWithProviders(<Harness first={answer('{"text":""}')} />, 'en')
    const link = (id: string) =>
      container.querySelector<HTMLAnchorElement>(`a[href$="/incident/${id}"]`)
    act(() => link('id-3')?.focus())
    expect(document.activeElement).toBe(link('id-3'))
    // A write puts a new incident at the top, same query: every incident moves one row down.
    act(() =>
      show({
        resetKey: '{"text":""}',
        items: [item(99, { title: 'New' }), ...answer('').items]
      })
    )
    expect(document.activeElement).toBe(link('id-3'))
    expect(link('id-3')?.closest('[role="listitem"]')?.getAttribute('aria-posinset')).toBe('4')
    // The roving tab stop went with it.
    expect(link('id-3')?.tabIndex).toBe(0)
  })

  it('stays on the row when its incident is gone, and then follows the incident shown there', () => {
    const { container } = renderWithProviders(<Harness first={answer('{"text":""}')} />, 'en')
    const link = (id: string) =>
      container.querySelector<HTMLAnchorElement>(`a[href$="/incident/${id}"]`)
    act(() => link('id-3')?.focus())
    const without3 = answer('').items.filter((i) => i.id !== 'id-3')
    // Incident 3 deleted elsewhere: the focus stays on the third row, now incident 4.
    act(() => show({ resetKey: '{"text":""}', items: without3 }))
    expect(document.activeElement).toBe(link('id-4'))
    // Incident 3 back (an undo), at the top: the focus stays with incident 4, not pulled to 3.
    act(() => show({ resetKey: '{"text":""}', items: [item(3), ...without3] }))
    expect(document.activeElement).toBe(link('id-4'))
    expect(link('id-4')?.closest('[role="listitem"]')?.getAttribute('aria-posinset')).toBe('4')
  })
})

describe('IncidentList, back to the top for a new answer', () => {
  it('scrolls a scrolled list back to its first row when the answer to a new query comes', () => {
    const scrollTo = vi.fn(function (this: HTMLElement, options?: ScrollToOptions | number) {
      if (typeof options === 'object' && options.top !== undefined) this.scrollTop = options.top
    })
    const original = Element.prototype.scrollTo
    Element.prototype.scrollTo = scrollTo as typeof Element.prototype.scrollTo
    try {
      const { getByTestId } = renderWithProviders(<Harness first={answer('{"text":""}')} />, 'en')
      const scroller = getByTestId('register-scroll')
      scroller.scrollTop = 760
      fireEvent.scroll(scroller)
      // The same query answered again (a write elsewhere): the list stays where it is.
      act(() => show(answer('{"text":""}')))
      expect(scrollTo).not.toHaveBeenCalled()
      act(() => show(answer('{"text":"or"}')))
      expect(scrollTo).toHaveBeenCalledWith({ top: 0 })
      expect(scroller.scrollTop).toBe(0)
    } finally {
      Element.prototype.scrollTo = original
    }
  })
})
