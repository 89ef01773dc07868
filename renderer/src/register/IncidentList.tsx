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
import { Box, Group, Text } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useCallback, useEffect, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'

import type { IncidentListItem } from '../db/types'
import { useI18n } from '../i18n/I18nProvider'
import { routeToHash } from '../navigation'
import { IncidentStatusBadge } from './IncidentStatusBadge'
import { deadlineTone } from './register-filters'
import { DeadlineText, TONE_TEXT_COLOR } from './DeadlineText'
import { formatDay } from './format'

export const ROW_HEIGHT = 76
const PAGE_ROWS = 8

export type IncidentListProps = {
  items: readonly IncidentListItem[]
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
  const { initialScrollTop = 0, onScrollTopChange } = props
  const { t } = useI18n()
  const scrollRef = useRef<HTMLDivElement>(null)
  const listRef = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState(0)
  const pendingFocus = useRef<number | null>(null)

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    initialOffset: initialScrollTop,
    getItemKey: (index) => items[index]?.id ?? index
  })

  const activeIndex = Math.min(active, Math.max(items.length - 1, 0))

  const focusRow = useCallback(
    (index: number) => {
      const next = Math.max(0, Math.min(items.length - 1, index))
      setActive(next)
      pendingFocus.current = next
      virtualizer.scrollToIndex(next, { align: 'auto' })
    },
    [items.length, virtualizer]
  )

  // A new result set starts at its first row, not at the scroll position of the previous one.
  const [seenResetKey, setSeenResetKey] = useState(resetKey)
  if (seenResetKey !== resetKey) {
    setSeenResetKey(resetKey)
    setActive(0)
  }
  // Not on the first render: then the list comes back where the user left it.
  const firstRender = useRef(true)
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      if (initialScrollTop > 0) scrollRef.current?.scrollTo?.({ top: initialScrollTop })
      return
    }
    scrollRef.current?.scrollTo?.({ top: 0 })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resetKey])

  const virtualItems = virtualizer.getVirtualItems()
  // The tab stop must exist in the DOM: when the active row has scrolled away, the first
  // rendered row takes it, so Tab still enters the list where the user is looking.
  const tabStop = virtualItems.some((v) => v.index === activeIndex)
    ? activeIndex
    : (virtualItems[0]?.index ?? 0)

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
      End: items.length - 1
    }
    const target = moves[event.key]
    if (target === undefined || items.length === 0) return
    event.preventDefault()
    focusRow(target)
  }

  return (
    <Box
      ref={scrollRef}
      h={height}
      mih={240}
      style={{
        overflowY: 'auto',
        contain: 'strict',
        borderTop: '1px solid var(--mantine-color-gray-3)'
      }}
      data-testid="register-scroll"
      onScroll={(event) => onScrollTopChange?.(event.currentTarget.scrollTop)}
    >
      <div
        ref={listRef}
        role="list"
        aria-label={t('register.list.label')}
        aria-describedby="register-keyboard-help"
        onKeyDown={onKeyDown}
        style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}
      >
        {virtualItems.map((virtualItem) => {
          const item = items[virtualItem.index]
          if (item === undefined) return null
          return (
            <div
              key={virtualItem.key}
              role="listitem"
              aria-setsize={items.length}
              aria-posinset={virtualItem.index + 1}
              data-index={virtualItem.index}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                height: ROW_HEIGHT,
                transform: `translateY(${virtualItem.start}px)`
              }}
            >
              <IncidentRow
                item={item}
                index={virtualItem.index}
                tabIndex={virtualItem.index === tabStop ? 0 : -1}
                onFocusRow={setActive}
                timeZone={timeZone}
                nowMs={nowMs}
              />
            </div>
          )
        })}
      </div>
    </Box>
  )
})

type IncidentRowProps = {
  item: IncidentListItem
  index: number
  tabIndex: number
  /** Stable (a state setter), so that memo spares the rows that did not change while scrolling. */
  onFocusRow: (index: number) => void
  timeZone: string
  nowMs: number
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
  return (
    <Box
      component="a"
      href={routeToHash({ name: 'incident', id: item.id })}
      tabIndex={tabIndex}
      onFocus={() => onFocusRow(index)}
      className="sentinelle-register-row"
      data-tone={tone}
      data-status={item.status}
      px="md"
      py={8}
      h="100%"
      style={{
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        gap: 4,
        color: 'inherit',
        textDecoration: 'none',
        borderBottom: '1px solid var(--mantine-color-gray-2)',
        borderLeft: `4px solid ${tone === 'overdue' || tone === 'near' ? TONE_TEXT_COLOR[tone] : 'transparent'}`
      }}
    >
      <Group gap="sm" wrap="nowrap">
        <Text ff="monospace" fw={600} size="sm" style={{ flexShrink: 0 }}>
          {item.reference}
        </Text>
        <Text fw={500} truncate="end" style={{ flex: 1, minWidth: 0 }}>
          {title}
        </Text>
        <IncidentStatusBadge status={item.status} />
      </Group>
      <Group gap="lg" wrap="nowrap">
        <Text size="sm" c="gray.7" style={{ flexShrink: 0 }}>
          {item.occurredAt
            ? t('register.row.occurred', { date: formatDay(item.occurredAt, language, timeZone) })
            : t('register.row.occurredUnknown')}
        </Text>
        {item.client.trim() !== '' ? (
          <Text size="sm" c="gray.7" truncate="end" style={{ minWidth: 0 }}>
            {item.client}
          </Text>
        ) : null}
        <Box style={{ marginLeft: 'auto', flexShrink: 0 }}>
          {item.status === 'closed' ? null : (
            <DeadlineText
              dueAt={nextDue}
              label={item.assessment?.nextDueLabel}
              tone={tone}
              timeZone={timeZone}
            />
          )}
        </Box>
      </Group>
    </Box>
  )
})
