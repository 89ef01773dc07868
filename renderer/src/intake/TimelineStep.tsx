import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title
} from '@mantine/core'

import { TimelineEventKindSchema } from '@shared/model'
import type { Policy } from '@shared/model'

import { DateTimeField } from '../components/DateTimeField'
import { useI18n } from '../i18n/I18nProvider'
import { policyTitle } from '../policies/policy-title'
import { AwarenessDelayQuestion } from './AwarenessDelayQuestion'
import { problemAt } from './field-errors'
import {
  KEY_EVENTS,
  addEvent,
  firstEvent,
  removeEvent,
  setKeyEvent,
  updateEvent
} from './incident-updates'
import type { StepProps } from './step-props'

const FOLLOW_UP_KINDS = TimelineEventKindSchema.options

export function TimelineStep({
  incident,
  onChange,
  problems,
  policies = []
}: StepProps & { policies?: readonly Policy[] }) {
  const { t } = useI18n()
  const keyIds = new Set(
    KEY_EVENTS.map((kind) => firstEvent(incident, kind)?.id).filter((id) => id !== undefined)
  )
  const others = incident.timeline.filter((event) => !keyIds.has(event.id))

  return (
    <Stack gap="md">
      <Title order={3} size="h3">
        {t('intake.timeline.heading')}
      </Title>
      <Text size="sm">{t('intake.timeline.zone', { zone: incident.timeZone })}</Text>
      {KEY_EVENTS.map((kind) => {
        const event = firstEvent(incident, kind)
        return (
          <DateTimeField
            key={kind}
            label={t(`intake.timeline.${kind}.label`)}
            description={t(`intake.timeline.${kind}.help`)}
            value={event?.at}
            timeZone={incident.timeZone}
            onChange={(at) => onChange(setKeyEvent(kind, at))}
            error={event ? problemAt(problems, `timeline.${event.id}.at`) : undefined}
            data-testid={`date-${kind}`}
          />
        )
      })}
      <AwarenessDelayQuestion {...{ incident, onChange, problems }} />

      <Title order={4} size="h4">
        {t('intake.timeline.others.heading')}
      </Title>
      <Text size="sm">{t('intake.timeline.others.help')}</Text>
      {others.length === 0 && <Text size="sm">{t('intake.timeline.none')}</Text>}
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {others.map((event, index) => (
          <Paper
            key={event.id}
            component="li"
            withBorder
            p="sm"
            aria-label={t('intake.timeline.event.title', { n: index + 1 })}
            data-testid="timeline-event"
          >
            <Group align="flex-start" grow wrap="wrap" gap="sm">
              <NativeSelect
                label={t('intake.timeline.event.kind')}
                value={event.kind}
                data={FOLLOW_UP_KINDS.map((kind) => ({
                  value: kind,
                  label: t(`intake.timeline.kind.${kind}`)
                }))}
                onChange={(change) => {
                  const parsed = TimelineEventKindSchema.safeParse(change.currentTarget.value)
                  if (!parsed.success) return
                  // Which insurer was told only means something for an insurer notification.
                  onChange(
                    updateEvent(event.id, {
                      kind: parsed.data,
                      ...(parsed.data === 'insurer_notified' ? {} : { policyId: undefined })
                    })
                  )
                }}
                description={
                  event.kind === 'processor_notice'
                    ? t('intake.timeline.kind.processor_notice.help')
                    : undefined
                }
              />
              <DateTimeField
                label={t('intake.timeline.event.at')}
                value={event.at}
                timeZone={incident.timeZone}
                onChange={(at) => {
                  // A follow-up step always has a date: clearing it keeps the previous one.
                  if (at !== undefined) onChange(updateEvent(event.id, { at }))
                }}
                error={problemAt(problems, `timeline.${event.id}.at`)}
              />
            </Group>
            {event.kind === 'insurer_notified' && policies.length > 0 && (
              <NativeSelect
                mt="xs"
                label={t('intake.timeline.event.policy')}
                description={t('intake.timeline.event.policy.help')}
                value={event.policyId ?? ''}
                data={[
                  { value: '', label: t('intake.timeline.event.policy.all') },
                  ...policies.map((policy) => ({ value: policy.id, label: policyTitle(policy, t) }))
                ]}
                onChange={(change) => {
                  const policyId = change.currentTarget.value || undefined
                  onChange(updateEvent(event.id, { policyId }))
                }}
                error={problemAt(problems, `timeline.${event.id}.policyId`)}
              />
            )}
            <Group align="flex-end" gap="sm" mt="xs" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={`${t('intake.timeline.event.note')} (${t('intake.optional')})`}
                value={event.note ?? ''}
                onChange={(change) =>
                  onChange(updateEvent(event.id, { note: change.currentTarget.value }))
                }
                error={problemAt(problems, `timeline.${event.id}.note`)}
              />
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={`${t('intake.timeline.remove')} (${t(`intake.timeline.kind.${event.kind}`)})`}
                onClick={() => onChange(removeEvent(event.id))}
              >
                <span aria-hidden>×</span>
              </ActionIcon>
            </Group>
          </Paper>
        ))}
      </Stack>
      <Group>
        <Button
          variant="light"
          onClick={() => onChange(addEvent('contained', new Date().toISOString()))}
          data-testid="add-event"
        >
          {t('intake.timeline.add')}
        </Button>
      </Group>
    </Stack>
  )
}
