import { List, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core'

import type { FieldChange, HistoryEntry } from '../db'
import type { MessageKey } from '../i18n/messages'
import { useI18n } from '../i18n/I18nProvider'
import { formatDayTime } from '../register/format'

const FIELDS = new Set([
  'title',
  'narrative',
  'status',
  'insured',
  'timeZone',
  'timeline',
  'data',
  'breachTypes',
  'cause',
  'parties',
  'evidence',
  'thirdPartyClaims',
  'estimatedLosses',
  'measures',
  'gdprMitigation',
  'policyIds'
])

/** `timeline[2].at` -> "Chronologie · timeline[2].at": the section in words, the detail as is. */
function fieldLabel(path: string, t: (key: MessageKey) => string): string {
  const top = /^[A-Za-z]+/.exec(path)?.[0] ?? path
  if (!FIELDS.has(top)) return path
  const label = t(`incident.history.field.${top}` as MessageKey)
  return path === top ? label : `${label} · ${path}`
}

/** What changed and when, newest first (the append-only log of the database). */
export function IncidentHistory(props: { entries: readonly HistoryEntry[]; timeZone: string }) {
  const { entries, timeZone } = props
  const { t, language } = useI18n()
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
              {entry.changes.length > 0 ? (
                <List size="xs" mt={4} spacing={2}>
                  {entry.changes.map((change, changeIndex) => (
                    <List.Item key={`${change.path}-${changeIndex}`}>
                      <ChangeLine change={change} label={fieldLabel(change.path, t)} />
                    </List.Item>
                  ))}
                </List>
              ) : null}
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  )
}

function ChangeLine(props: { change: FieldChange; label: string }) {
  const { change, label } = props
  const { t, language } = useI18n()
  const empty = t('incident.history.empty_value')
  return (
    <Text size="xs" component="span" style={{ wordBreak: 'break-word' }}>
      <Text span fw={600} size="xs">
        {label}
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
