import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { polyfillResizeObserver, renderWithProviders } from '../components/render-with-providers'
import type { IncidentListItem } from '../db/types'
import { IncidentList } from './IncidentList'
import { listItem as item } from './list-item-fixture'

/** How often the scrolling area's size was read (each read forces a layout in a browser). */
let sizeReads = 0

beforeAll(() => {
  // jsdom has no layout: give the scrolling area the size of a window.
  for (const [name, size] of [
    ['clientHeight', 600],
    ['clientWidth', 800]
  ] as const) {
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        if (this.dataset.testid !== 'register-scroll') return 0
        sizeReads++
        return size
      }
    })
  }
  polyfillResizeObserver()
})

afterEach(cleanup)

const NOW = Date.parse('2026-11-25T12:00:00Z')

function renderList(items: IncidentListItem[], language: 'fr' | 'en' = 'en') {
  return renderWithProviders(
    <IncidentList items={items} timeZone="Europe/Paris" nowMs={NOW} height={600} />,
    language
  )
}

describe('IncidentList', () => {
  it('puts only a window of 10,000 rows in the DOM, each telling its position in the whole', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => item(i + 1))
    renderList(items)
    const list = screen.getByRole('list', { name: 'Register incidents' })
    const rows = within(list).getAllByRole('listitem')
    expect(rows.length).toBeGreaterThan(5)
    expect(rows.length).toBeLessThan(40)
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('10000')
    expect(rows[0]?.getAttribute('aria-posinset')).toBe('1')
    expect(list.style.height).toBe(`${10_000 * 76}px`)
  })

  it('draws its first frame without reading the layout: the rows in sight, then the overscan', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => item(i + 1))
    sizeReads = 0
    renderList(items)
    // Committed (effects run) but not painted: the height is the one the CSS gives the list
    // in this window (jsdom: 768 px high, so 768 - 200), not read from the page.
    expect(sizeReads).toBe(0)
    const positions = () =>
      screen.getAllByRole('listitem').map((row) => Number(row.getAttribute('aria-posinset')))
    // The rows that reach into the list's height (568 px: 8 rows of 76 px), none beyond it.
    const inSight = Math.ceil((window.innerHeight - 200) / 76)
    expect(positions()).toEqual(Array.from({ length: inSight }, (_, i) => i + 1))
    // After the first paint: six more rows below, to scroll into without a blank.
    await waitFor(() => expect(positions().length).toBe(inSight + 6))
    expect(positions()[0]).toBe(1)
  })

  it('links each row to its incident, with one tab stop for the whole list', () => {
    renderList([item(1), item(2), item(3)])
    const links = screen.getAllByRole('link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#/incident/id-1',
      '#/incident/id-2',
      '#/incident/id-3'
    ])
    expect(links.map((link) => link.tabIndex)).toEqual([0, -1, -1])
    links[0]?.focus()
    fireEvent.keyDown(links[0]!, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(links[1])
    expect(links.map((link) => link.tabIndex)).toEqual([-1, 0, -1])
    fireEvent.keyDown(links[1]!, { key: 'End' })
    expect(document.activeElement).toBe(links[2])
    fireEvent.keyDown(links[2]!, { key: 'Home' })
    expect(document.activeElement).toBe(links[0])
  })

  it('shows drafts as drafts and colours the next deadline by how near it is', () => {
    const summary = {
      ruleSetVersion: 'x',
      computedAt: '2026-11-25T12:00:00.000Z',
      overdueCount: 0,
      pendingCount: 1,
      gdprApplies: true,
      duties: [],
      coverage: [],
      nextDueLabel: { fr: 'Notification CNIL', en: 'Authority notification' }
    }
    renderList(
      [
        item(1, { status: 'draft', title: '' }),
        item(2, { assessment: { ...summary, nextDueAt: '2026-11-25T20:00:00.000Z' } }),
        item(3, { assessment: { ...summary, nextDueAt: '2026-11-24T20:00:00.000Z' } }),
        item(4, { assessment: { ...summary, nextDueAt: '2026-12-24T20:00:00.000Z' } })
      ],
      'fr'
    )
    const rows = screen.getAllByRole('listitem')
    expect(within(rows[0]!).getByText('Brouillon')).toBeTruthy()
    expect(within(rows[0]!).getByText('Sans titre')).toBeTruthy()
    expect(rows[0]!.querySelector('a')?.dataset.status).toBe('draft')
    expect(rows[1]!.querySelector('a')?.dataset.tone).toBe('near')
    expect(rows[2]!.querySelector('a')?.dataset.tone).toBe('overdue')
    expect(rows[3]!.querySelector('a')?.dataset.tone).toBe('ok')
    // Times in the user's zone: 20:00 UTC is 21:00 in Paris.
    expect(
      within(rows[1]!).getByText(/Notification CNIL : avant le 25 nov\. 2026, 21:00/)
    ).toBeTruthy()
    expect(within(rows[2]!).getByText(/dépassé depuis le 24 nov\. 2026, 21:00/)).toBeTruthy()
  })

  it('draws a row in 11 elements: the deadline is its own cell, not a cell around a span', () => {
    renderList([item(1), item(2, { status: 'closed' })], 'fr')
    const [open, closed] = screen.getAllByRole('listitem')
    // Item, link, two lines, reference, title, badge and its label, date, client, deadline.
    expect(open!.querySelectorAll('*').length + 1).toBeLessThanOrEqual(11)
    const due = open!.querySelector('.sentinelle-row-due')!
    expect(due.children.length).toBe(0)
    expect(due.textContent).not.toBe('')
    expect(closed!.querySelector('.sentinelle-row-due')?.textContent).toBe('')
  })
})
