/**
 * The conflict screen: a save was refused because the incident changed elsewhere (another tab
 * or window) meanwhile. Both versions side by side, only the fields that differ, in words (the
 * labels of the history), and the user's choice: keep mine, take the other, or pick field by
 * field. Nothing is written until a button is pressed.
 */
import {
  Alert,
  Button,
  Group,
  Radio,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useMemo, useRef, useState } from 'react'

import type { Incident, Policy } from '@shared/model'

import { describeDbError, diffValues, resolveConflict } from '../db'
import type { FieldChange, IncidentConflict, StoredIncident } from '../db'
import { useI18n } from '../i18n/I18nProvider'
import { formatDayTime } from '../register/format'
import { historyLabel, historyValue } from './history-text'
import type { HistoryContext } from './history-text'

/** Fields a save never writes (kept as stored), hence never a difference to choose. */
const NOT_SAVED = new Set(['status', 'createdAt', 'updatedAt'])

type Group = { field: keyof Incident; changes: FieldChange[] }

/** The differences between the other version and mine, grouped by top-level field. */
export function conflictGroups(theirs: Incident, mine: Incident): Group[] {
  const groups = new Map<string, FieldChange[]>()
  for (const change of diffValues(theirs, mine)) {
    const field = /^[^.[]+/.exec(change.path)?.[0] ?? change.path
    if (NOT_SAVED.has(field)) continue
    groups.set(field, [...(groups.get(field) ?? []), change])
  }
  return [...groups].map(([field, changes]) => ({ field: field as keyof Incident, changes }))
}

/** The other version with the fields the user picked from theirs replaced by mine. */
export function mergeVersions(
  theirs: Incident,
  mine: Incident,
  fromMine: ReadonlySet<string>
): Incident {
  const merged: Record<string, unknown> = { ...theirs }
  for (const field of fromMine) merged[field] = (mine as Record<string, unknown>)[field]
  return merged as Incident
}

export type ConflictChoice = 'mine' | 'theirs' | 'merge'

export function ConflictPanel(props: {
  conflict: IncidentConflict
  /** The version the user would keep: the form as it is now (intake) or the refused one. */
  mine: Incident
  policies: readonly Policy[]
  timeZone: string
  onResolved: (stored: StoredIncident, choice: ConflictChoice) => void
}) {
  const { conflict, mine, policies, timeZone, onResolved } = props
  const { t, language } = useI18n()
  const ctx: HistoryContext = { t, language, timeZone, policies }
  const theirs = conflict.theirs
  const groups = useMemo(() => conflictGroups(theirs, mine), [theirs, mine])
  const [picks, setPicks] = useState<Record<string, 'mine' | 'theirs'>>({})
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const heading = useRef<HTMLHeadingElement>(null)
  // Keyboard and screen-reader users land on the choice at once.
  useEffect(() => heading.current?.focus(), [conflict.id])

  const choose = async (choice: ConflictChoice) => {
    setBusy(true)
    setError(undefined)
    try {
      const fromMine = new Set(
        groups.filter((g) => (picks[g.field] ?? 'mine') === 'mine').map((g) => g.field)
      )
      const stored =
        choice === 'theirs'
          ? await resolveConflict(conflict.id, { keep: 'theirs' })
          : await resolveConflict(conflict.id, {
              keep: 'mine',
              incident: choice === 'mine' ? mine : mergeVersions(theirs, mine, fromMine)
            })
      notifications.show({ color: 'teal', message: t(`conflict.resolved.${choice}`) })
      onResolved(stored, choice)
    } catch (caught) {
      setError(t('conflict.error', { message: describeDbError(caught, language) }))
    } finally {
      setBusy(false)
    }
  }

  const shown = (path: string, value: string | undefined) =>
    historyValue(path, value, ctx) ?? t('conflict.empty')

  return (
    <Alert
      color="orange"
      variant="outline"
      component="section"
      aria-labelledby="conflict-title"
      data-testid="conflict-panel"
    >
      <Stack gap="sm">
        <Title order={3} id="conflict-title" ref={heading} tabIndex={-1} size="h4">
          {t('conflict.title')}
        </Title>
        <Text size="sm" c="dark.8">
          {t('conflict.intro')}
        </Text>
        {groups.length === 0 ? (
          <Text size="sm" c="dark.8">
            {t('conflict.none')}
          </Text>
        ) : (
          <Table withTableBorder verticalSpacing="xs" data-testid="conflict-table">
            <Table.Caption>{t('conflict.table.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('conflict.table.field')}</Table.Th>
                <Table.Th scope="col">
                  {t('conflict.table.theirs', {
                    date: formatDayTime(theirs.updatedAt, language, timeZone)
                  })}
                </Table.Th>
                <Table.Th scope="col">{t('conflict.table.mine')}</Table.Th>
                {groups.length > 1 ? (
                  <Table.Th scope="col">{t('conflict.table.keep')}</Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((group) => {
                const label = historyLabel(group.field, ctx)
                return (
                  <Table.Tr key={group.field} data-field={group.field}>
                    <Table.Th scope="row">{label}</Table.Th>
                    <Table.Td data-testid={`conflict-theirs-${group.field}`}>
                      <ChangeValues
                        group={group}
                        side="before"
                        whole={theirs[group.field]}
                        shown={shown}
                        ctx={ctx}
                      />
                    </Table.Td>
                    <Table.Td data-testid={`conflict-mine-${group.field}`}>
                      <ChangeValues
                        group={group}
                        side="after"
                        whole={mine[group.field]}
                        shown={shown}
                        ctx={ctx}
                      />
                    </Table.Td>
                    {groups.length > 1 ? (
                      <Table.Td>
                        <Radio.Group
                          value={picks[group.field] ?? 'mine'}
                          onChange={(value) =>
                            setPicks((current) => ({
                              ...current,
                              [group.field]: value === 'theirs' ? 'theirs' : 'mine'
                            }))
                          }
                          label={
                            <VisuallyHidden>
                              {t('conflict.pick.label', { field: label })}
                            </VisuallyHidden>
                          }
                        >
                          <Group gap="xs" wrap="nowrap">
                            <Radio value="mine" label={t('conflict.pick.mine')} />
                            <Radio value="theirs" label={t('conflict.pick.theirs')} />
                          </Group>
                        </Radio.Group>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        )}
        {error ? (
          <Text size="sm" c="red.9" role="alert">
            {error}
          </Text>
        ) : null}
        <Group gap="sm" wrap="wrap">
          <Button onClick={() => void choose('mine')} disabled={busy} data-testid="conflict-mine">
            {t('conflict.keepMine')}
          </Button>
          <Button
            variant="default"
            onClick={() => void choose('theirs')}
            disabled={busy}
            data-testid="conflict-theirs"
          >
            {t('conflict.takeTheirs')}
          </Button>
          {groups.length > 1 ? (
            <Button
              variant="default"
              onClick={() => void choose('merge')}
              disabled={busy}
              data-testid="conflict-merge"
            >
              {t('conflict.merge')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Alert>
  )
}

/**
 * One side of a field's differences: a text in full (title, narrative: the history's summaries
 * are cut at 120 characters), the value alone, or "sub-field: value" lines.
 */
function ChangeValues(props: {
  group: Group
  side: 'before' | 'after'
  whole: unknown
  shown: (path: string, value: string | undefined) => string
  ctx: HistoryContext
}) {
  const { group, side, whole, shown, ctx } = props
  if (typeof whole === 'string') {
    return (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {whole.trim() === '' ? ctx.t('conflict.empty') : whole}
      </Text>
    )
  }
  if (group.changes.length === 1 && group.changes[0]!.path === group.field) {
    const change = group.changes[0]!
    return (
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {shown(change.path, change[side])}
      </Text>
    )
  }
  return (
    <Stack gap={2}>
      {group.changes.map((change) => (
        <Text size="sm" key={change.path}>
          {historyLabel(change.path, ctx)}
          {ctx.language === 'fr' ? ' : ' : ': '}
          {shown(change.path, change[side])}
        </Text>
      ))}
    </Stack>
  )
}
