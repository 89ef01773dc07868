import { NativeSelect, Radio, Stack, TextInput, Textarea, Title } from '@mantine/core'

import { CauseDetailSchema, CauseKindSchema } from '@shared/model'
import type { CauseDetail, CauseKind } from '@shared/model'

import { useI18n } from '../i18n/I18nProvider'
import { problemAt } from './field-errors'
import { optionalText, withOptional } from './incident-updates'
import type { StepProps } from './step-props'

/** The details that make sense for each cause (the same pairs shared/model accepts). */
const DETAILS: Partial<Record<CauseKind, readonly CauseDetail[]>> = {
  human_error: ['misdirected_email', 'accidental_publication', 'other'],
  loss_theft: ['lost_device', 'stolen_device', 'other'],
  cyberattack: ['phishing', 'ransomware', 'hacking', 'other']
}

export function CauseStep({ incident, onChange, problems }: StepProps) {
  const { t } = useI18n()
  const cause = incident.cause
  const details = DETAILS[cause.kind]
  return (
    <Stack gap="md">
      <Title order={3} size="h3">
        {t('intake.cause.heading')}
      </Title>
      <Radio.Group
        label={t('intake.cause.kind.label')}
        description={t('intake.cause.kind.help')}
        value={cause.kind}
        onChange={(value) => {
          const parsed = CauseKindSchema.safeParse(value)
          if (!parsed.success) return
          const kind = parsed.data
          onChange((current) => {
            // A detail that does not fit the new cause is dropped rather than kept invalid.
            const keep = current.cause.detail && DETAILS[kind]?.includes(current.cause.detail)
            return {
              ...current,
              cause: withOptional(
                { ...current.cause, kind },
                'detail',
                keep ? current.cause.detail : undefined
              )
            }
          })
        }}
        error={problemAt(problems, 'cause.kind')}
      >
        <Stack mt="xs" gap="xs">
          {CauseKindSchema.options.map((kind) => (
            <Radio key={kind} value={kind} label={t(`intake.causeKind.${kind}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {details && (
        <NativeSelect
          label={t('intake.cause.detail.label')}
          value={cause.detail ?? ''}
          data={[
            { value: '', label: '—' },
            ...details.map((detail) => ({
              value: detail,
              label: t(`intake.causeDetail.${detail}`)
            }))
          ]}
          onChange={(event) => {
            const parsed = CauseDetailSchema.safeParse(event.currentTarget.value)
            const detail = parsed.success ? parsed.data : undefined
            onChange((current) => ({
              ...current,
              cause: withOptional(current.cause, 'detail', detail)
            }))
          }}
          error={problemAt(problems, 'cause.detail')}
          data-testid="field-cause-detail"
        />
      )}
      <TextInput
        label={`${t('intake.cause.actor.label')} (${t('intake.optional')})`}
        value={cause.actor ?? ''}
        onChange={(event) => {
          const actor = optionalText(event.currentTarget.value)
          onChange((current) => ({
            ...current,
            cause: withOptional(current.cause, 'actor', actor)
          }))
        }}
        error={problemAt(problems, 'cause.actor')}
      />
      <Textarea
        label={`${t('intake.cause.description.label')} (${t('intake.optional')})`}
        value={cause.description ?? ''}
        onChange={(event) => {
          const description = optionalText(event.currentTarget.value)
          onChange((current) => ({
            ...current,
            cause: withOptional(current.cause, 'description', description)
          }))
        }}
        error={problemAt(problems, 'cause.description')}
        autosize
        minRows={3}
      />
    </Stack>
  )
}
