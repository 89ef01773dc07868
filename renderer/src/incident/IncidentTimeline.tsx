import { Stack, Text, Timeline, Title } from '@mantine/core'

import { TIMELINE_EVENT_LABELS } from '@shared/model'
import type { TimelineEvent } from '@shared/model'

import { useI18n } from '../i18n/I18nProvider'
import { formatDayTime } from '../register/format'

/** The incident's dated events, oldest first, drawn as a timeline in the user's time zone. */
export function IncidentTimeline(props: {
  events: readonly TimelineEvent[]
  timeZone: string
  nowMs: number
}) {
  const { events, timeZone, nowMs } = props
  const { t, language } = useI18n()
  const sorted = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
  // Events still in the future (a planned notification) are drawn as not reached yet.
  const lastPast = sorted.reduce(
    (last, event, index) => (Date.parse(event.at) <= nowMs ? index : last),
    -1
  )
  return (
    <Stack component="section" aria-labelledby="incident-timeline-title" gap="sm">
      <Title order={3} id="incident-timeline-title">
        {t('incident.section.timeline')}
      </Title>
      <Text size="xs" c="gray.7">
        {t('incident.timeZone', { zone: timeZone })}
      </Text>
      {sorted.length === 0 ? (
        <Text size="sm">{t('incident.timeline.empty')}</Text>
      ) : (
        <Timeline
          active={lastPast}
          bulletSize={14}
          lineWidth={2}
          color="indigo.8"
          component="ol"
          style={{ listStyle: 'none', paddingLeft: 0 }}
          data-testid="incident-timeline"
        >
          {sorted.map((event) => (
            <Timeline.Item
              key={event.id}
              component="li"
              title={
                <Text fw={600} size="sm" component="span">
                  {TIMELINE_EVENT_LABELS[event.kind][language]}
                </Text>
              }
            >
              <Text size="sm">
                <time dateTime={event.at}>{formatDayTime(event.at, language, timeZone)}</time>
              </Text>
              {event.note ? (
                <Text size="sm" c="gray.8" mt={2}>
                  {event.note}
                </Text>
              ) : null}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  )
}
