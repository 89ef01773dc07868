/**
 * The folded filter bar's chips (RegisterFilterBar, compact): the filters in force, each one a
 * chip that removes it. In a chunk of its own: they are shown only once a filter is set, never
 * on the first screen, and Mantine's CloseButton comes with them.
 */
import { CloseButton, Group, Text } from '@mantine/core'

import { BREACH_TYPE_LABELS, CAUSE_KIND_LABELS } from '@shared/model/labels'

import { useI18n } from '../i18n/I18nProvider'
import { STATUS_KEYS } from './RegisterFilterBar'
import type { RegisterFilters } from './register-filters'

/** The filters in force, each a chip that removes it: the folded bar still says what is on. */
export function ActiveFilterChips(props: {
  filters: RegisterFilters
  onFiltersChange: (next: RegisterFilters) => void
}) {
  const { filters, onFiltersChange } = props
  const { t, language } = useI18n()
  const chips: { key: string; label: string; clear: () => RegisterFilters }[] = [
    ...filters.statuses.map((status) => ({
      key: `status-${status}`,
      label: `${t('register.filter.status')} : ${t(STATUS_KEYS[status])}`,
      clear: () => ({ ...filters, statuses: filters.statuses.filter((s) => s !== status) })
    })),
    ...(filters.cause
      ? [
          {
            key: 'cause',
            label: `${t('register.filter.cause')} : ${CAUSE_KIND_LABELS[filters.cause][language]}`,
            clear: () => ({ ...filters, cause: '' as const })
          }
        ]
      : []),
    ...(filters.breachType
      ? [
          {
            key: 'breach',
            label: `${t('register.filter.breachType')} : ${BREACH_TYPE_LABELS[filters.breachType][language]}`,
            clear: () => ({ ...filters, breachType: '' as const })
          }
        ]
      : []),
    ...(filters.from
      ? [
          {
            key: 'from',
            label: `${t('register.filter.from')} ${filters.from}`,
            clear: () => ({ ...filters, from: '' })
          }
        ]
      : []),
    ...(filters.to
      ? [
          {
            key: 'to',
            label: `${t('register.filter.to')} ${filters.to}`,
            clear: () => ({ ...filters, to: '' })
          }
        ]
      : []),
    ...(filters.notified !== 'any'
      ? [
          {
            key: 'notified',
            label: t(`register.filter.notified.${filters.notified}`),
            clear: () => ({ ...filters, notified: 'any' as const })
          }
        ]
      : []),
    ...(filters.overdueOnly
      ? [
          {
            key: 'overdue',
            label: t('register.filter.overdue'),
            clear: () => ({ ...filters, overdueOnly: false })
          }
        ]
      : [])
  ]
  const colon = (label: string) => (language === 'fr' ? label : label.replace(' : ', ': '))
  return (
    <Group gap={6} data-testid="register-filter-chips">
      {chips.map((chip) => (
        <Group
          key={chip.key}
          gap={2}
          wrap="nowrap"
          pl="xs"
          style={{
            border: '1px solid var(--mantine-color-blue-9)',
            borderRadius: 16,
            maxWidth: '100%'
          }}
        >
          <Text size="sm" c="blue.9" style={{ overflowWrap: 'anywhere' }}>
            {colon(chip.label)}
          </Text>
          <CloseButton
            size="sm"
            aria-label={t('register.filters.remove', { filter: colon(chip.label) })}
            onClick={() => onFiltersChange(chip.clear())}
          />
        </Group>
      ))}
    </Group>
  )
}
