// From the zod-free modules, not the '@shared/model' index: the filter bar is on the first
// screen, and the schemas load with the first write (issue 12).
import { BREACH_TYPES, CAUSE_KINDS, INCIDENT_STATUSES } from '@shared/model/constants'
import { BREACH_TYPE_LABELS, CAUSE_KIND_LABELS } from '@shared/model/labels'
import type { BreachType, CauseKind } from '@shared/model'

import {
  Suspense,
  lazy,
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState
} from 'react'

import { SegmentedRadios } from '../components/SegmentedRadios'
import { noteSearchIntent } from '../db/typing-pause'
import { useFirstFramePainted } from './after-paint'
import { useI18n } from '../i18n/I18nProvider'
import type { Language } from '../i18n/language'
import { plural } from '../i18n/plural'
import {
  Button,
  Checkbox,
  Chip,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  rem
} from '../components/plain'
import { EMPTY_FILTERS, REGISTER_SORTS, countActiveFilters } from './register-filters'
import type { RegisterFilters, RegisterSort } from './register-filters'

const SORT_KEYS = {
  updated: 'register.sort.updated',
  occurred: 'register.sort.occurred',
  reference: 'register.sort.reference',
  deadline: 'register.sort.deadline'
} as const

/** The statuses' labels (message keys); the folded bar's chips name them too. */
export const STATUS_KEYS = {
  draft: 'register.status.draft',
  open: 'register.status.open',
  closed: 'register.status.closed'
} as const

function isCause(value: string): value is CauseKind {
  return (CAUSE_KINDS as readonly string[]).includes(value)
}
function isBreachType(value: string): value is BreachType {
  return (BREACH_TYPES as readonly string[]).includes(value)
}
function isSort(value: string): value is RegisterSort {
  return (REGISTER_SORTS as readonly string[]).includes(value)
}

/**
 * Memoised (its callbacks are stable): an answer from the register engine re-renders the count
 * and the list, not the filters.
 */
export const RegisterFilterBar = memo(function RegisterFilterBar(props: {
  filters: RegisterFilters
  onFiltersChange: (next: RegisterFilters) => void
  sort: RegisterSort
  onSortChange: (next: RegisterSort) => void
  /** One row (search, sort, a Filters button) and the active filters as chips. */
  compact?: boolean
}) {
  const { filters, onFiltersChange, sort, onSortChange, compact = false } = props
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  const panelId = useId()
  // The filters as last rendered, for the panel's stable callbacks (events come after commit).
  const latest = useRef(filters)
  useLayoutEffect(() => {
    latest.current = filters
  })
  const set = useCallback(
    <K extends keyof RegisterFilters>(key: K, value: RegisterFilters[K]) =>
      onFiltersChange({ ...latest.current, [key]: value }),
    [onFiltersChange]
  )
  const active = countActiveFilters(filters)
  const reset = useCallback(
    () => onFiltersChange({ ...EMPTY_FILTERS, text: latest.current.text }),
    [onFiltersChange]
  )

  // The folded bar's chips of the filters in force (Mantine's CloseButton): only once a filter
  // is set, never on the first screen, so their code is fetched then (asked for once the bar
  // is painted, so that the first filter set shows them at once).
  useEffect(() => {
    if (compact) void loadActiveFilterChips()
  }, [compact])

  const expanded = !compact || open
  return (
    <Stack gap="sm" component="section" aria-labelledby="register-filters-heading">
      <Group align="flex-end" gap={compact ? 'sm' : 'md'} wrap={compact ? 'nowrap' : 'wrap'}>
        <TextInput
          type="search"
          label={compact ? undefined : t('register.search.label')}
          aria-label={compact ? t('register.search.label') : undefined}
          placeholder={t('register.search.placeholder')}
          value={filters.text}
          onChange={(event) => set('text', event.currentTarget.value)}
          onFocus={noteSearchIntent}
          onKeyDown={noteSearchIntent}
          style={{ flex: '1 1 280px' }}
          data-testid="register-search"
        />
        <NativeSelect
          label={compact ? undefined : t('register.sort.label')}
          aria-label={compact ? t('register.sort.label') : undefined}
          value={sort}
          onChange={(event) => {
            const value = event.currentTarget.value
            if (isSort(value)) onSortChange(value)
          }}
          data={REGISTER_SORTS.map((value) => ({ value, label: t(SORT_KEYS[value]) }))}
          data-testid="register-sort"
        />
        {compact ? (
          <Button
            variant={open ? 'light' : 'default'}
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen((value) => !value)}
            data-testid="register-filters-toggle"
            style={{ flexShrink: 0 }}
          >
            {t('register.filters.heading')}
            {active > 0 ? ` (${active})` : ''}
          </Button>
        ) : null}
      </Group>
      {compact && active > 0 ? (
        <Suspense fallback={null}>
          <ActiveFilterChips filters={filters} onFiltersChange={onFiltersChange} />
        </Suspense>
      ) : null}
      {/* Mantine's Collapse, as it renders open or closed (it animates the height; this does not). */}
      <div
        id={panelId}
        style={
          expanded
            ? { boxSizing: 'border-box', opacity: 1, transition: 'opacity 200ms ease' }
            : { display: 'none' }
        }
        aria-hidden={!expanded}
        inert={!expanded}
      >
        <FilterPanel
          statuses={filters.statuses}
          cause={filters.cause}
          breachType={filters.breachType}
          from={filters.from}
          to={filters.to}
          notified={filters.notified}
          overdueOnly={filters.overdueOnly}
          active={active}
          set={set}
          reset={reset}
        />
      </div>
    </Stack>
  )
})

const loadActiveFilterChips = () => import('./ActiveFilterChips')
const ActiveFilterChips = lazy(async () => ({
  default: (await loadActiveFilterChips()).ActiveFilterChips
}))

type FilterSetter = <K extends keyof RegisterFilters>(key: K, value: RegisterFilters[K]) => void

/** A select's options: "any" first, then each value with its label in `language`. */
function selectData<V extends string>(
  anyLabel: string,
  values: readonly V[],
  labels: Record<V, Record<Language, string>>,
  language: Language
): { value: string; label: string }[] {
  return [
    { value: '', label: anyLabel },
    ...values.map((value) => ({ value, label: labels[value][language] }))
  ]
}

/**
 * The filters under the search box, memoised apart from it: a key typed in the search
 * re-renders the search box, not these dozen controls (the keystroke's render, issue 12).
 */
const FilterPanel = memo(function FilterPanel(
  props: Omit<RegisterFilters, 'text'> & {
    active: number
    set: FilterSetter
    reset: () => void
  }
) {
  const { statuses, cause, breachType, from, to, notified, overdueOnly, active, set, reset } = props
  const { t, language } = useI18n()
  // A date field is built with the locale's date format: the page's first use of the locale
  // data (like a first Intl call: 10-17 ms of main-thread CPU profiled at start, issue 12). In the
  // register's first frame an empty one is drawn as a plain text box (the kit's TextInput takes
  // 'search': empty, it looks like a text box), a date field from the next frame on (same box
  // and height: the rows do not move); a date already set is a date field at once.
  const dateType = useFirstFramePainted() || from !== '' || to !== '' ? 'date' : 'search'
  return (
    <Stack gap="sm">
      <Group gap="xs" justify="space-between">
        <Text component="h3" fw={600} size="sm" id="register-filters-heading" m={0}>
          {t('register.filters.heading')}
          {active > 0
            ? ` · ${t(plural('register.filters.active', active, language), { count: active })}`
            : ''}
        </Text>
        {active > 0 ? (
          <Button variant="subtle" size="compact-sm" onClick={reset}>
            {t('register.filters.reset')}
          </Button>
        ) : null}
      </Group>
      <Group align="flex-end" gap="md" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="filter-status-label">
            {t('register.filter.status')}
          </Text>
          <Group
            gap={6}
            role="group"
            aria-labelledby="filter-status-label"
            style={{ minHeight: rem(36) }}
          >
            {INCIDENT_STATUSES.map((status) => (
              <Chip
                key={status}
                value={status}
                checked={statuses.includes(status)}
                onChange={(checked) =>
                  set(
                    'statuses',
                    checked ? [...statuses, status] : statuses.filter((s) => s !== status)
                  )
                }
                data-testid={`filter-status-${status}`}
              >
                {t(STATUS_KEYS[status])}
              </Chip>
            ))}
          </Group>
        </Stack>
        <NativeSelect
          label={t('register.filter.cause')}
          value={cause}
          onChange={(event) => {
            const value = event.currentTarget.value
            set('cause', isCause(value) ? value : '')
          }}
          data={selectData(t('register.filter.any'), CAUSE_KINDS, CAUSE_KIND_LABELS, language)}
          data-testid="filter-cause"
        />
        <NativeSelect
          label={t('register.filter.breachType')}
          value={breachType}
          onChange={(event) => {
            const value = event.currentTarget.value
            set('breachType', isBreachType(value) ? value : '')
          }}
          data={selectData(t('register.filter.any'), BREACH_TYPES, BREACH_TYPE_LABELS, language)}
          data-testid="filter-breach"
        />
        <TextInput
          type={dateType}
          label={t('register.filter.from')}
          value={from}
          max={to || undefined}
          onChange={(event) => set('from', event.currentTarget.value)}
          data-testid="filter-from"
        />
        <TextInput
          type={dateType}
          label={t('register.filter.to')}
          value={to}
          min={from || undefined}
          onChange={(event) => set('to', event.currentTarget.value)}
          data-testid="filter-to"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="filter-notified-label">
            {t('register.filter.notified')}
          </Text>
          <SegmentedRadios
            aria-labelledby="filter-notified-label"
            value={notified}
            onChange={(value) => set('notified', value)}
            data={[
              { value: 'any', label: t('register.filter.notified.any') },
              { value: 'yes', label: t('register.filter.notified.yes') },
              { value: 'no', label: t('register.filter.notified.no') }
            ]}
            data-testid="filter-notified"
          />
        </Stack>
        <Checkbox
          label={t('register.filter.overdue')}
          checked={overdueOnly}
          onChange={(event) => set('overdueOnly', event.currentTarget.checked)}
          style={{ marginBottom: rem(8) }}
          data-testid="filter-overdue"
        />
      </Group>
    </Stack>
  )
})
