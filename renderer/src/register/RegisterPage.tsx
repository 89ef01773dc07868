import { useMediaQuery } from '@mantine/hooks'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'

import { useNow } from '../assessment/use-now'
import {
  liveCount,
  usePrefetchIncidentList,
  useRegisterCounts,
  useRegisterList,
  useSetting
} from '../db/start'
import type { ListWindow } from '../db'
import { setFirstScreenDisplay } from '../db/first-screen'
import { noteTyping } from '../db/typing-pause'
import { useHeldWhileTyping } from '../db/use-held-while-typing'
import { FirstRunScreen } from '../first-run/FirstRunScreen'
import { useI18n } from '../i18n/I18nProvider'
import { IncidentList, rowsInSightOnMount } from './IncidentList'
import { RegisterFilterBar } from './RegisterFilterBar'
import { countPlural, displayOfRows, formatCount } from './format'
import { Group, Loader, Stack, Text, Title, VisuallyHidden } from '../components/plain'
import { EMPTY_FILTERS, countActiveFilters, toIncidentQuery } from './register-filters'
import type { RegisterFilters, RegisterSort } from './register-filters'
import { displayTimeZone, useDisplayTimeZone } from './use-display-time-zone'

type RememberedView = { filters: RegisterFilters; sort: RegisterSort; scrollTop: number }
const INITIAL_VIEW: RememberedView = {
  filters: EMPTY_FILTERS,
  // What is due first: in a crisis the register is a to-do list.
  sort: 'deadline',
  scrollTop: 0
}

/** Kept across visits, so that coming back from an incident finds the same search. */
let remembered: RememberedView = INITIAL_VIEW

/** On lock: the typed search is decrypted content, it must not outlive the unlock. */
export function forgetRememberedSearch(): void {
  remembered = INITIAL_VIEW
}

/** The query of a register view; the overdue filter compares with the minute we are in. */
function viewQuery(filters: RegisterFilters, sort: RegisterSort, nowMs: number, timeZone: string) {
  const minute = Math.floor(nowMs / 60_000) * 60_000
  return toIncidentQuery(filters, sort, { now: new Date(minute).toISOString(), timeZone })
}

/**
 * The zone a view's query needs: only a date filter uses it (the day's bounds). Without one, no
 * zone is looked up: the page's first Intl call (its locale and zone data, tens of ms) stays off
 * the way to the first screen (the first-run screen needs no date; the list's rows ask for it).
 */
function useZoneForQuery(filters: RegisterFilters): string {
  const chosen = useSetting('timeZone')
  if (filters.from === '' && filters.to === '') return 'UTC'
  return displayTimeZone(chosen)
}

/**
 * The register route (`#/`): the first-run screen while the register is empty, else the list
 * with search as you type, filters and sort.
 *
 * `exportButton`: the documents feature's register export, placed after the list.
 */
export function RegisterPage(props: { exportButton?: ReactNode } = {}) {
  // The counts come from the counters row: no count of the table before the first paint.
  const counts = useRegisterCounts()
  const { t } = useI18n()
  // The rows the list will show first are read with the counts, not after them.
  const timeZone = useZoneForQuery(remembered.filters)
  const now = useNow(60_000)
  usePrefetchIncidentList(viewQuery(remembered.filters, remembered.sort, now, timeZone))
  if (counts === undefined) {
    return (
      <Group gap="sm" role="status">
        <Loader />
        <Text>{t('register.loading')}</Text>
      </Group>
    )
  }
  const totalLive = liveCount(counts)
  if (totalLive === 0) return <FirstRunScreen />
  return <Register totalLive={totalLive} exportButton={props.exportButton} />
}

function Register(props: { totalLive: number; exportButton?: ReactNode }) {
  const { t, language } = useI18n()
  const timeZone = useDisplayTimeZone()
  const now = useNow(60_000)
  // The first screen kept from now on carries its rows' dates as this page shows them (kept
  // when the page is left: a first screen saved meanwhile is still shown that way).
  useEffect(() => {
    setFirstScreenDisplay((items) => displayOfRows(items, language, timeZone))
  }, [language, timeZone])
  const [filters, setFiltersState] = useState(remembered.filters)
  const [sort, setSortState] = useState<RegisterSort>(remembered.sort)
  // Stable: the memoised filter bar is not re-rendered by an answer of the register engine.
  const setFilters = useCallback((next: RegisterFilters) => {
    noteTyping()
    remembered = { ...remembered, filters: next, scrollTop: 0 }
    setFiltersState(next)
  }, [])
  const setSort = useCallback((next: RegisterSort) => {
    remembered = { ...remembered, sort: next, scrollTop: 0 }
    setSortState(next)
  }, [])

  // Not deferred: the search runs in the register engine (a Worker), so the keystroke's render
  // asks for it at once and keeps showing the previous answer, marked stale, until it comes.
  // The overdue filter compares with the minute we are in, not the millisecond we render.
  const minute = Math.floor(now / 60_000) * 60_000
  const query = useMemo(
    () => viewQuery(filters, sort, minute, timeZone),
    [filters, sort, minute, timeZone]
  )
  // Only the rows in sight (and a margin) come from the register engine, not the whole result.
  const [inSight, setInSight] = useState<ListWindow>(() => rowsInSightOnMount(remembered.scrollTop))
  const onRowsInSight = useCallback(
    (first: number, last: number) =>
      setInSight((current) =>
        current.first === first && current.last === last ? current : { first, last }
      ),
    []
  )
  const shown = useRegisterList(query, inSight)
  // Stable, so that the memoised list is not re-rendered by a keystroke that changes no result.
  const rememberScrollTop = useCallback((top: number) => {
    remembered = { ...remembered, scrollTop: top }
  }, [])
  const queryKey = useMemo(() => JSON.stringify({ ...query, now: undefined }), [query])
  // The list goes back to its top when it shows the answer to a new query, not at the keystroke:
  // meanwhile it keeps the previous answer where it was, and is not even re-rendered.
  const shownKey = useRef(queryKey)
  if (shown !== undefined && shown.stale !== true) shownKey.current = queryKey
  const resetKey = shownKey.current
  // Under 800 px of height (a 1024×640 laptop), the filters fold into one row and chips.
  const compact = !useMediaQuery('(min-height: 800px)', true, { getInitialValueInEffect: false })

  // The blocks under the list appear when the database goes live: not while the user types, when
  // they changed the list region after a key's answer (issue 12), but at the pause.
  const belowShown = useHeldWhileTyping(props.exportButton !== undefined)

  // Until the answer to what was typed is shown (assistive technologies wait for it too).
  const busy = shown === undefined || shown.stale === true
  const narrowed = filters.text.trim() !== '' || countActiveFilters(filters) > 0
  const count = shown?.total ?? 0
  // Typed while the register is still being read: what is found so far, and how far it got.
  const partial = shown?.partial
  // Counts and plurals without Intl: the count is on the first screen (./format.ts).
  const partialText = partial
    ? ` (${t('register.count.partial', {
        loaded: formatCount(partial.loaded, language),
        expected: formatCount(partial.expected, language)
      })})`
    : ''
  const countText =
    (count === 0 && !partial
      ? t('register.count.none')
      : narrowed
        ? // The noun agrees with the number next to it: "1 incident sur 3", "1 of 1 incident".
          t(
            countPlural('register.count.of', language === 'fr' ? count : props.totalLive, language),
            { shown: formatCount(count, language), total: formatCount(props.totalLive, language) }
          )
        : t(countPlural('register.count.all', count, language), {
            count: formatCount(count, language)
          })) + partialText

  return (
    <Stack component="section" aria-labelledby="register-title" aria-busy={busy} gap="md">
      {compact ? (
        // A laptop screen: title and count on one line, the intro after the list.
        <Group justify="space-between" align="baseline" gap="sm">
          <Title order={2} id="register-title">
            {t('register.heading')}
          </Title>
          <Text fw={600} role="status" aria-live="polite" aria-atomic data-testid="register-count">
            {countText}
          </Text>
        </Group>
      ) : (
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={4}>
            <Title order={2} id="register-title">
              {t('register.heading')}
            </Title>
            <Text size="sm" c="gray.7" maw={720}>
              {t('register.intro')}
            </Text>
          </Stack>
        </Group>
      )}

      <RegisterFilterBar
        filters={filters}
        onFiltersChange={setFilters}
        sort={sort}
        onSortChange={setSort}
        compact={compact}
      />

      {compact ? (
        <VisuallyHidden id="register-keyboard-help">{t('register.keyboardHelp')}</VisuallyHidden>
      ) : (
        <Group justify="space-between" gap="sm">
          <Text fw={600} role="status" aria-live="polite" aria-atomic data-testid="register-count">
            {countText}
          </Text>
          <Text size="xs" c="gray.7" id="register-keyboard-help">
            {t('register.keyboardHelp')}
          </Text>
        </Group>
      )}

      {shown === undefined ? (
        <Loader />
      ) : shown.total === 0 && !partial ? null : (
        // Kept mounted while nothing is found YET (the register still read: "0 found, 860 of
        // 100,000 read"): unmounted, the list came back with the next key's matches as a new
        // list, its rows beyond sight drawn a frame after the answer, and the blocks below it
        // jumped up then down (issue 12, encrypted 100k typed after the unlock).
        <IncidentList
          items={shown.items}
          offset={shown.offset}
          onRowsInSight={onRowsInSight}
          count={shown.total}
          timeZone={timeZone}
          nowMs={now}
          resetKey={resetKey}
          height={compact ? 'calc(100vh - 200px)' : undefined}
          initialScrollTop={remembered.scrollTop}
          onScrollTopChange={rememberScrollTop}
        />
      )}

      {compact ? (
        <Text size="sm" c="gray.7" maw={720}>
          {t('register.intro')}
        </Text>
      ) : null}
      {/* After the list: finding an incident comes first, exporting them all is occasional. */}
      {belowShown && props.exportButton ? <div>{props.exportButton}</div> : null}
    </Stack>
  )
}
