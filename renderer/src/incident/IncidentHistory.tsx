import { List, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core'

import type { Policy } from '@shared/model'

import type { HistoryEntry } from '../db'
import type { MessageKey } from '../i18n/messages'
import { useI18n } from '../i18n/I18nProvider'
import { formatDayTime } from '../register/format'
import { describeChange } from './history-text'
import type { ChangeText, HistoryContext } from './history-text'

/** Entries whose kind already says what the status change was ("Filed", "Closed"…). */
const STATUS_KINDS = new Set(['filed', 'closed', 'reopened'])

/** What changed and when, newest first (the append-only log of the database). */
export function IncidentHistory(props: {
  entries: readonly HistoryEntry[]
  timeZone: string
  /** To name the policies ticked or unticked instead of showing their ids. */
  policies?: readonly Policy[]
}) {
  const { entries, timeZone, policies = [] } = props
  const { t, language } = useI18n()
  const ctx: HistoryContext = { t, language, timeZone, policies }
  const newestFirst = [...entries].reverse()
  return (
    <Stack component="section" aria-labelledby="incident-history-title" gap="sm">
      <Title order={3} id="incident-history-title">
        {t('incident.section.history')}
      </Title>
      {newestFirst.length === 0 ? (
        <Text size="sm">{t('incident.history.empty')}</Text>
      ) : (
        <Stack
          component="ol"
          gap="xs"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          data-testid="incident-history"
        >
          {newestFirst.map((entry, index) => (
            <Paper component="li" key={entry.id ?? index} withBorder p="xs" data-kind={entry.kind}>
              <Text size="sm" fw={600}>
                {t(`incident.history.kind.${entry.kind}` as MessageKey, {
                  note: entry.note ?? ''
                })}
              </Text>
              <Text size="xs" c="gray.7">
                <time dateTime={entry.at}>{formatDayTime(entry.at, language, timeZone)}</time>
                {entry.lastAt !== entry.at
                  ? ` – ${t('incident.history.until', {
                      date: formatDayTime(entry.lastAt, language, timeZone)
                    })}`
                  : ''}
              </Text>
              {entry.kind.startsWith('attachment') && entry.note ? (
                <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {entry.note}
                </Text>
              ) : null}
              <ChangeList
                changes={entry.changes
                  .filter((change) => !(STATUS_KINDS.has(entry.kind) && change.path === 'status'))
                  .map((change) => describeChange(change, ctx))}
              />
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  )
}

function ChangeList(props: { changes: ChangeText[] }) {
  if (props.changes.length === 0) return null
  return (
    <List size="xs" mt={4} spacing={2}>
      {props.changes.map((change, index) => (
        <List.Item key={index}>
          {change.kind === 'sentence' ? (
            <Text size="xs" component="span">
              {change.text}
            </Text>
          ) : (
            <ChangeLine change={change} />
          )}
        </List.Item>
      ))}
    </List>
  )
}

function ChangeLine(props: { change: Extract<ChangeText, { kind: 'change' }> }) {
  const { change } = props
  const { t, language } = useI18n()
  const empty = t('incident.history.empty_value')
  return (
    <Text size="xs" component="span" style={{ wordBreak: 'break-word' }}>
      <Text span fw={600} size="xs">
        {change.label}
      </Text>
      {language === 'fr' ? '\u00a0: ' : ': '}
      <VisuallyHidden>{t('incident.history.before')} </VisuallyHidden>
      <Text span size="xs" td="line-through" c="gray.7">
        {change.before ?? empty}
      </Text>
      <span aria-hidden> → </span>
      <VisuallyHidden> {t('incident.history.after')} </VisuallyHidden>
      <Text span size="xs">
        {change.after ?? empty}
      </Text>
    </Text>
  )
}
