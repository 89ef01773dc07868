/**
 * The register's list, virtualised: only the rows in view (plus a few) are in the DOM, so 10,000
 * incidents scroll as smoothly as ten.
 *
 * Accessibility with virtualisation:
 * - role=list / listitem with aria-setsize and aria-posinset, so a screen reader announces
 *   "incident 512 of 10,000" although only ~15 rows exist in the DOM;
 * - one roving tab stop: Tab enters the list on the current row, arrows / Page Up / Page Down /
 *   Home / End move through all rows (scrolling them into view), Enter opens the incident.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { KeyboardEvent, RefObject } from 'react'

import type { IncidentListItem } from '../db/types'
import { useI18n } from '../i18n/I18nProvider'
import { routeToHash } from '../navigation'
import { afterPaint } from './after-paint'
import { IncidentStatusBadge } from './IncidentStatusBadge'
import { deadlineTone } from './register-filters'
import { DeadlineText, TONE_TEXT_COLOR } from './DeadlineText'
import { formatDay } from './format'
import { rem } from '../components/plain'
import './incident-row.css'

export const ROW_HEIGHT = 76
const PAGE_ROWS = 8

export type IncidentListProps = {
  /** The rows known, from `offset` on: the window in sight and a margin, not the whole result. */
  items: readonly IncidentListItem[]
  /** Index of `items[0]` in the whole result (default 0). */
  offset?: number
  /** Told which rows are in sight (with the overscan), so the parent fetches them. */
  onRowsInSight?: (first: number, last: number) => void
  /**
   * Rows in the whole result (defaults to items.length). Larger while only the first page is
   * known (read from the index at start): the rows not known yet are drawn empty.
   */
  count?: number
  timeZone: string
  /** The instant deadline colours are computed against (ticks once a minute). */
  nowMs: number
  /** Height of the scrolling area; the rest of the page stays in place. */
  height?: number | string
  /** Changes when the search, filters or sort change: the list goes back to its top. */
  resetKey?: string
  /** Where the list was scrolled when the user left it (coming back from an incident). */
  initialScrollTop?: number
  onScrollTopChange?: (top: number) => void
}

/**
 * Memoised: a keystroke in the search box re-renders the page at once with the previous results
 * (the list is deferred), and this list has nothing new to draw until they change.
 */
export const IncidentList = memo(function IncidentList(props: IncidentListProps) {
  const { items, timeZone, nowMs, height = 'calc(100vh - 330px)', resetKey } = props
  const { initialScrollTop = 0, onScrollTopChange, offset = 0, onRowsInSight } = props
  const count = Math.max(props.count ?? offset + items.length, offset + items.length)
  const { t } = useI18n()
  const scrollRef = useRef<HTMLDivElement>(null)
  const listRef = useRef<HTMLDivElement>(null)
  // The active row belongs to one result set: a new one starts at its first row. Kept with the
  // key it belongs to, so that no state is set during render.
  const [activeState, setActiveState] = useState({ resetKey, index: 0 })
  const active = activeState.resetKey === resetKey ? activeState.index : 0
  // Stable (the key read when called, after the commit): a row's onFocusRow, so the rows' memo
  // spares the rows whose incident is unchanged when the answer to a new query comes.
  const currentResetKey = useRef(resetKey)
  useLayoutEffect(() => {
    currentResetKey.current = resetKey
  })
  const setActive = useCallback(
    (index: number) => setActiveState({ resetKey: currentResetKey.current, index }),
    []
  )
  // The incident whose row has the focus. Rows are kept by position (below): when a write moves
  // that incident to another row while the user is on it, the focus follows the incident, so
  // Enter never opens another one than the row the user chose.
  const focusedHref = useRef<string | null>(null)
  const onFocusRow = useCallback(
    (index: number, href: string) => {
      focusedHref.current = href
      setActive(index)
    },
    [setActive]
  )
  useLayoutEffect(() => {
    const list = listRef.current
    const focused = document.activeElement
    const href = focusedHref.current
    if (!list || href === null || !(focused instanceof HTMLElement) || !list.contains(focused))
      return
    if (focused.getAttribute('href') === href) return
    const links = list.querySelectorAll<HTMLAnchorElement>('[role="listitem"] > a')
    const moved = [...links].find((link) => link.getAttribute('href') === href)
    if (moved) moved.focus({ preventScroll: true })
    // Gone from the rows drawn (deleted, or out of the result): the focus stays where it is,
    // on the incident now shown there, which the focus follows from now on.
    else focusedHref.current = focused.getAttribute('href')
  })
  const pendingFocus = useRef<number | null>(null)
  const rows = useFixedRows(scrollRef, count, initialScrollTop)

  const activeIndex = Math.min(active, Math.max(count - 1, 0))

  const focusRow = useCallback(
    (index: number) => {
      const next = Math.max(0, Math.min(count - 1, index))
      setActive(next)
      pendingFocus.current = next
      rows.scrollToIndex(next)
    },
    [count, rows, setActive]
  )

  // Not on the first render: then the list comes back where the user left it. Nor when the list
  // is shown again with the same result set (kept hidden while an incident was open, App.tsx
  // KeptRegister: its effects run again then).
  const firstRender = useRef(true)
  const scrolledFor = useRef(resetKey)
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      if (initialScrollTop > 0) scrollRef.current?.scrollTo?.({ top: initialScrollTop })
      return
    }
    if (scrolledFor.current === resetKey) return
    scrolledFor.current = resetKey
    scrollRef.current?.scrollTo?.({ top: 0 })
    rows.scrolledTo(0)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resetKey])

  const virtualItems = rows.indexes
  const firstInSight = rows.inSight.first
  const lastInSight = rows.inSight.last
  useEffect(
    () => onRowsInSight?.(firstInSight, lastInSight),
    [onRowsInSight, firstInSight, lastInSight]
  )
  // The tab stop must exist in the DOM: when the active row has scrolled away, the first
  // rendered row takes it, so Tab still enters the list where the user is looking.
  const tabStop = virtualItems.includes(activeIndex) ? activeIndex : (virtualItems[0] ?? 0)

  // After a keyboard move, focus the row once the virtualiser has rendered it.
  useEffect(() => {
    const index = pendingFocus.current
    if (index === null) return
    const link = listRef.current?.querySelector<HTMLAnchorElement>(`[data-index="${index}"] a`)
    if (link) {
      pendingFocus.current = null
      link.focus({ preventScroll: true })
    }
  })

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + PAGE_ROWS,
      PageUp: activeIndex - PAGE_ROWS,
      Home: 0,
      End: count - 1
    }
    const target = moves[event.key]
    if (target === undefined || count === 0) return
    event.preventDefault()
    focusRow(target)
  }

  return (
    <div
      ref={scrollRef}
      style={{
        overflowY: 'auto',
        contain: 'strict',
        borderTop: '1px solid var(--mantine-color-gray-3)',
        height: typeof height === 'number' ? rem(height) : height,
        minHeight: rem(240)
      }}
      data-testid="register-scroll"
      onScroll={(event) => {
        rows.scrolledTo(event.currentTarget.scrollTop)
        onScrollTopChange?.(event.currentTarget.scrollTop)
      }}
    >
      <div
        ref={listRef}
        role="list"
        aria-label={t('register.list.label')}
        aria-describedby="register-keyboard-help"
        onKeyDown={onKeyDown}
        style={{ height: count * ROW_HEIGHT, position: 'relative', width: '100%' }}
      >
        {virtualItems.map((index) => {
          const item = items[index - offset]
          if (item === undefined) return null
          // Keyed by position, not by incident: the answer to a new search puts other
          // incidents in the same rows, and updating their text costs less than building 14
          // new rows (issue 12: keys that change the rows, median 25 -> 22 ms and main thread
          // 31 -> 27 ms, bench/ui/row-change-probe.ts). The DOM order stays the order shown
          // (no recycled slots), for screen readers.
          return (
            <div
              key={index}
              role="listitem"
              aria-setsize={count}
              aria-posinset={index + 1}
              data-index={index}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                height: ROW_HEIGHT,
                transform: `translateY(${index * ROW_HEIGHT}px)`
              }}
            >
              <IncidentRow
                item={item}
                index={index}
                tabIndex={index === tabStop ? 0 : -1}
                onFocusRow={onFocusRow}
                timeZone={timeZone}
                nowMs={nowMs}
              />
            </div>
          )
        })}
      </div>
    </div>
  )
})

/** Rows drawn beyond the visible ones, above and below. */
const OVERSCAN = 6

/**
 * The list's height when it was last measured: coming back to the register, the first render
 * draws the rows in sight at once, instead of a few, then the rest once measured (a second
 * render of every row before the first paint).
 */
let lastHeight = 0

/**
 * The rows drawn at a scroll position (visible plus `overscan`), before clamping to the count.
 * Visible: the rows that reach into [top, top + height), at least the first one. The last is
 * the row under the bottom edge, not the one after it (before, a start drew a row out of sight
 * in its first frame: 9 rows for the 8 a 900 px window shows).
 */
function rowsDrawn(
  top: number,
  height: number,
  overscan = OVERSCAN
): { first: number; last: number } {
  const firstVisible = Math.floor(top / ROW_HEIGHT)
  const lastVisible = Math.max(firstVisible, Math.ceil((top + height) / ROW_HEIGHT) - 1)
  return {
    first: Math.max(0, firstVisible - overscan),
    last: lastVisible + overscan
  }
}

/**
 * The rows the list will report in sight when it mounts scrolled to `top` (its last measured
 * height): a parent that asks for them first is not rendered again by the report.
 */
export function rowsInSightOnMount(top: number): { first: number; last: number } {
  return rowsDrawn(top, expectedHeight())
}

/**
 * Before the list was ever measured (a start), the height its CSS gives it in this window: the
 * default `calc(100vh - 330px)`, or `calc(100vh - 200px)` in RegisterPage's compact layout (under
 * 800 px of height). The first render then draws the rows in sight, and the measure that follows
 * the frame's own layout finds the same height: no second render of the rows before the first
 * paint (the kept first screen at start; a wrong guess only costs a render after the paint).
 */
function expectedHeight(): number {
  if (lastHeight > 0 || typeof window === 'undefined') return lastHeight
  const viewport = window.innerHeight
  return Math.max(0, viewport - (viewport < 800 ? 200 : 330))
}

type FixedRows = {
  /** Indexes of the rows to draw (visible, plus the overscan once the list was painted). */
  indexes: number[]
  /** The rows in sight with the overscan (what the parent should have), drawn or not yet. */
  inSight: { first: number; last: number }
  scrolledTo: (top: number) => void
  scrollToIndex: (index: number) => void
}

/**
 * Windowing for rows of one fixed height: what to draw is arithmetic on the scroll position, so
 * a new result set costs the rows in view, whatever its length (a general virtualiser keeps a
 * measurement per row, rebuilt for every result: 100,000 objects a keystroke).
 *
 * The first paint is cheap (issue 12: the kept first screen at start, going back): the height is
 * the one the CSS gives (expectedHeight), measured only once the browser has laid the page out
 * (a ResizeObserver: no forced synchronous layout in a layout effect, which made the page's
 * first style and layout run twice); the overscan rows come after the first paint.
 */
function useFixedRows(
  scrollRef: RefObject<HTMLDivElement | null>,
  count: number,
  initialTop: number
): FixedRows {
  const [view, setView] = useState(() => ({ top: initialTop, height: expectedHeight() }))
  // Per mount: going back to the register draws its first frame as cheaply as a start.
  const [painted, setPainted] = useState(false)
  useEffect(() => afterPaint(() => setPainted(true)), [])
  // The exact position; the state only follows it from row to row.
  const topRef = useRef(initialTop)
  // `view.top` as last set: a scroll within the same row sets no state at all (a functional
  // update that returns the same state still runs this component again).
  const viewTop = useRef(initialTop)
  useEffect(() => {
    const element = scrollRef.current
    if (!element) return
    // Read when the layout is already done (an observer's callback, or after the paint).
    const measure = () => {
      const height = element.clientHeight
      lastHeight = height
      setView((v) => (v.height === height ? v : { ...v, height }))
    }
    if (typeof ResizeObserver === 'undefined') return afterPaint(measure)
    // Its first callback comes after the layout of the frame that shows the list.
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [scrollRef])
  const scrolledTo = useCallback((top: number) => {
    topRef.current = top
    // Only a move to another row re-renders the list.
    if (Math.floor(viewTop.current / ROW_HEIGHT) === Math.floor(top / ROW_HEIGHT)) return
    viewTop.current = top
    setView((v) => ({ ...v, top }))
  }, [])
  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scrollRef.current
      const rowTop = index * ROW_HEIGHT
      const height = element?.clientHeight ?? 0
      const current = topRef.current
      let top = current
      if (rowTop < top) top = rowTop
      else if (rowTop + ROW_HEIGHT > top + height) top = rowTop + ROW_HEIGHT - height
      if (top === current) return
      element?.scrollTo?.({ top })
      topRef.current = top
      viewTop.current = top
      setView((v) => ({ ...v, top }))
    },
    [scrollRef]
  )
  const inSight = rowsDrawn(view.top, view.height)
  const drawn = painted ? inSight : rowsDrawn(view.top, view.height, 0)
  const first = drawn.first
  const last = Math.min(count - 1, drawn.last)
  const indexes: number[] = []
  for (let i = first; i <= last; i++) indexes.push(i)
  return {
    indexes,
    inSight: {
      first: inSight.first,
      last: Math.max(inSight.first, Math.min(count - 1, inSight.last))
    },
    scrolledTo,
    scrollToIndex
  }
}

type IncidentRowProps = {
  item: IncidentListItem
  index: number
  tabIndex: number
  /** Stable (made once), so that memo spares the rows that did not change while scrolling. */
  onFocusRow: (index: number, href: string) => void
  timeZone: string
  nowMs: number
}

/**
 * The same incident at the same revision draws the same row. Every answer of the register engine
 * (a Worker) arrives as new objects, so identity alone would redraw every row at each keystroke.
 */
function sameRow(a: IncidentRowProps, b: IncidentRowProps): boolean {
  const x = a.item
  const y = b.item
  const sameItem =
    x === y ||
    (x.id === y.id &&
      x.rev === y.rev &&
      x.title === y.title &&
      x.client === y.client &&
      x.damaged === y.damaged)
  return (
    sameItem &&
    a.index === b.index &&
    a.tabIndex === b.tabIndex &&
    a.onFocusRow === b.onFocusRow &&
    a.timeZone === b.timeZone &&
    a.nowMs === b.nowMs
  )
}

const IncidentRow = memo(function IncidentRow(props: IncidentRowProps) {
  const { item, index, tabIndex, onFocusRow, timeZone, nowMs } = props
  const { t, language } = useI18n()
  // A summary that failed authentication is flagged, never shown as an untitled incident.
  const title = item.damaged
    ? t('security.damaged')
    : item.title.trim() === ''
      ? t('register.row.untitled')
      : item.title
  const nextDue = item.assessment?.nextDueAt ?? item.nextDueAt
  // A closed incident has nothing left to do: no colour, whatever its old deadlines were.
  const tone = item.status === 'closed' ? 'none' : deadlineTone(nextDue, nowMs)
  // Plain elements and one stylesheet (./incident-row.css), not Mantine's Box/Group/Text: a
  // start with the first screen kept renders its rows in the very first frame, and going back
  // renders them again; ten components per row cost more there than the row itself.
  const edge = tone === 'overdue' || tone === 'near' ? TONE_TEXT_COLOR[tone] : 'transparent'
  const href = routeToHash({ name: 'incident', id: item.id })
  return (
    <a
      href={href}
      tabIndex={tabIndex}
      onFocus={() => onFocusRow(index, href)}
      className="sentinelle-register-row"
      data-tone={tone}
      data-status={item.status}
      style={{ borderLeftColor: edge }}
    >
      <span className="sentinelle-row-line">
        <span className="sentinelle-row-reference">{item.reference}</span>
        <span className="sentinelle-row-title">{title}</span>
        <IncidentStatusBadge status={item.status} />
      </span>
      <span className="sentinelle-row-line sentinelle-row-facts">
        <span className="sentinelle-row-fixed">
          {item.occurredAt
            ? t('register.row.occurred', { date: formatDay(item.occurredAt, language, timeZone) })
            : t('register.row.occurredUnknown')}
        </span>
        {item.client.trim() !== '' ? (
          <span className="sentinelle-row-client">{item.client}</span>
        ) : null}
        {item.status === 'closed' ? (
          <span className="sentinelle-row-due" />
        ) : (
          <DeadlineText
            className="sentinelle-row-due"
            dueAt={nextDue}
            label={item.assessment?.nextDueLabel}
            tone={tone}
            timeZone={timeZone}
          />
        )}
      </span>
    </a>
  )
}, sameRow)
