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

import { useState } from 'react'

import { TimelineEventKindSchema } from '@shared/model'
import type { Policy, TimelineEvent, TimelineEventKind } from '@shared/model'

import { DateTimeField } from '../components/DateTimeField'
import { useI18n } from '../i18n/I18nProvider'
import type { MessageKey } from '../i18n/messages'
import { policyTitle } from '../policies/policy-title'
import { AwarenessDelayQuestion } from './AwarenessDelayQuestion'
import { problemAt } from './field-errors'
import {
  KEY_EVENTS,
  addEvent,
  firstEvent,
  optionalText,
  removeEvent,
  setKeyEvent,
  updateEvent
} from './incident-updates'
import type { StepProps } from './step-props'

const FOLLOW_UP_KINDS = TimelineEventKindSchema.options

/**
 * The record the other side gave, on the event itself (the police complaint is one entry: its
 * unit and record number, C. assur. L12-10-1; the CNIL or insurer number).
 */
const REFERENCE_LABEL: Partial<Record<TimelineEventKind, MessageKey>> = {
  complaint_filed: 'facts.timeline.reference.complaint',
  pre_complaint_filed: 'facts.timeline.reference.pre_complaint',
  authority_notified: 'facts.timeline.reference.authority',
  insurer_notified: 'facts.timeline.reference.insurer'
}
const SERVICE_LABEL: Partial<Record<TimelineEventKind, MessageKey>> = {
  complaint_filed: 'facts.timeline.service.complaint'
}

/** Reference and service fields of one event, only for the kinds that have them. */
function EventRecordFields({
  event,
  onChange,
  problems
}: {
  event: TimelineEvent
  onChange: StepProps['onChange']
  problems: StepProps['problems']
}) {
  const { t } = useI18n()
  const serviceLabel = SERVICE_LABEL[event.kind]
  const referenceLabel = REFERENCE_LABEL[event.kind]
  if (!serviceLabel && !referenceLabel) return null
  return (
    <Group align="flex-start" grow wrap="wrap" gap="sm" mt="xs">
      {serviceLabel && (
        <TextInput
          label={`${t(serviceLabel)} (${t('intake.optional')})`}
          value={event.service ?? ''}
          onChange={(change) =>
            onChange(updateEvent(event.id, { service: optionalText(change.currentTarget.value) }))
          }
          error={problemAt(problems, `timeline.${event.id}.service`)}
          maxLength={300}
        />
      )}
      {referenceLabel && (
        <TextInput
          label={`${t(referenceLabel)} (${t('intake.optional')})`}
          value={event.reference ?? ''}
          onChange={(change) =>
            onChange(updateEvent(event.id, { reference: optionalText(change.currentTarget.value) }))
          }
          error={problemAt(problems, `timeline.${event.id}.reference`)}
          maxLength={300}
        />
      )}
    </Group>
  )
}

/**
 * "Add a step" opens an empty form: no kind, no time pre-selected (a guessed default would be
 * saved as a fact). The step reaches the incident only once both are given.
 */
function NewEventForm({
  timeZone,
  onAdd,
  onCancel
}: {
  timeZone: string
  onAdd: (kind: TimelineEventKind, at: string) => void
  onCancel: () => void
}) {
  const { t } = useI18n()
  const [kind, setKind] = useState<TimelineEventKind | ''>('')
  const [at, setAt] = useState<string | undefined>(undefined)
  const [errors, setErrors] = useState<{ kind?: string; at?: string }>({})
  const submit = () => {
    const found = {
      ...(kind === '' ? { kind: t('facts.timeline.new.kindRequired') } : {}),
      ...(at === undefined ? { at: t('facts.timeline.new.atRequired') } : {})
    }
    setErrors(found)
    if (kind === '' || at === undefined) return
    onAdd(kind, at)
  }
  return (
    <Paper withBorder p="sm" data-testid="new-event" aria-label={t('facts.timeline.new.heading')}>
      <Group align="flex-start" grow wrap="wrap" gap="sm">
        <NativeSelect
          label={t('intake.timeline.event.kind')}
          value={kind}
          data={[
            { value: '', label: t('facts.timeline.new.kind.placeholder'), disabled: true },
            ...FOLLOW_UP_KINDS.map((k) => ({ value: k, label: t(`intake.timeline.kind.${k}`) }))
          ]}
          onChange={(change) => {
            const parsed = TimelineEventKindSchema.safeParse(change.currentTarget.value)
            if (parsed.success) setKind(parsed.data)
          }}
          description={
            kind === 'pre_complaint_filed' ? t('facts.timeline.pre_complaint.help') : undefined
          }
          error={errors.kind}
          data-testid="new-event-kind"
        />
        <DateTimeField
          label={t('intake.timeline.event.at')}
          value={at}
          timeZone={timeZone}
          onChange={setAt}
          error={errors.at}
          data-testid="new-event-at"
        />
      </Group>
      <Group justify="flex-end" gap="sm" mt="xs">
        <Button variant="default" onClick={onCancel}>
          {t('facts.timeline.new.cancel')}
        </Button>
        <Button onClick={submit} data-testid="new-event-save">
          {t('facts.timeline.new.save')}
        </Button>
      </Group>
    </Paper>
  )
}

export function TimelineStep({
  incident,
  onChange,
  problems,
  policies = []
}: StepProps & { policies?: readonly Policy[] }) {
  const { t } = useI18n()
  const [adding, setAdding] = useState(false)
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
                    : event.kind === 'pre_complaint_filed'
                      ? t('facts.timeline.pre_complaint.help')
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
            <EventRecordFields event={event} onChange={onChange} problems={problems} />
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
      {adding ? (
        <NewEventForm
          timeZone={incident.timeZone}
          onAdd={(kind, at) => {
            onChange(addEvent(kind, at))
            setAdding(false)
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <Group>
          <Button variant="light" onClick={() => setAdding(true)} data-testid="add-event">
            {t('intake.timeline.add')}
          </Button>
        </Group>
      )}
    </Stack>
  )
}
