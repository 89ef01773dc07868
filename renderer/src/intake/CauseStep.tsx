import { NativeSelect, Radio, Stack, TextInput, Textarea, Title } from '@mantine/core'

import {
  ACTOR_ROLE_LABELS,
  ActorRoleSchema,
  CauseDetailSchema,
  CauseKindSchema,
  EMPLOYEE_SCOPE_LABELS,
  EmployeeScopeSchema
} from '@shared/model'
import type { Cause, CauseDetail, CauseKind } from '@shared/model'

import { YesNoUnknownField } from '../components/YesNoUnknownField'
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

/**
 * The insurance questions, asked only when they change a verdict: who acted for a deliberate act
 * (C. assur. L113-1, L121-2), whether the employee acted within his duties, whether the author
 * meant the damage, and where and how a device was lost or stolen.
 */
const deliberate = (cause: Cause) =>
  cause.kind === 'malicious_employee' || cause.kind === 'intentional_insured'
const asksEmployeeScope = (cause: Cause) =>
  deliberate(cause) &&
  (cause.actorRole === 'employee' ||
    (cause.kind === 'malicious_employee' && cause.actorRole === undefined))
const asksIntent = (cause: Cause) =>
  cause.kind === 'intentional_insured' ||
  (cause.kind === 'malicious_employee' && cause.actorRole === 'insured_or_director')
const asksTheft = (cause: Cause) =>
  cause.kind === 'loss_theft' &&
  (cause.detail === 'stolen_device' || cause.detail === 'lost_device')

export function CauseStep({ incident, onChange, problems }: StepProps) {
  const { t, language } = useI18n()
  const cause = incident.cause
  const details = DETAILS[cause.kind]
  const setCause = <K extends keyof Cause>(key: K, value: Cause[K] | undefined) =>
    onChange((current) => ({ ...current, cause: withOptional(current.cause, key, value) }))
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
      {deliberate(cause) && (
        <NativeSelect
          label={t('facts.cause.actorRole.label')}
          description={t('facts.cause.actorRole.help')}
          value={cause.actorRole ?? ''}
          data={[
            { value: '', label: '—' },
            ...ActorRoleSchema.options.map((role) => ({
              value: role,
              label: ACTOR_ROLE_LABELS[role][language]
            }))
          ]}
          onChange={(event) => {
            const parsed = ActorRoleSchema.safeParse(event.currentTarget.value)
            setCause('actorRole', parsed.success ? parsed.data : undefined)
          }}
          error={problemAt(problems, 'cause.actorRole')}
          data-testid="field-cause-actor-role"
        />
      )}
      {asksEmployeeScope(cause) && (
        <Radio.Group
          label={t('facts.cause.employeeScope.label')}
          description={t('facts.cause.employeeScope.help')}
          value={cause.employeeScope ?? ''}
          onChange={(value) => {
            const parsed = EmployeeScopeSchema.safeParse(value)
            if (parsed.success) setCause('employeeScope', parsed.data)
          }}
          error={problemAt(problems, 'cause.employeeScope')}
          data-testid="field-cause-employee-scope"
        >
          <Stack mt="xs" gap="xs">
            {EmployeeScopeSchema.options.map((scope) => (
              <Radio key={scope} value={scope} label={EMPLOYEE_SCOPE_LABELS[scope][language]} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {asksIntent(cause) && (
        <YesNoUnknownField
          label={t('facts.cause.intentToHarm.label')}
          description={t('facts.cause.intentToHarm.help')}
          value={cause.intentToHarm}
          onChange={(value) => setCause('intentToHarm', value)}
          error={problemAt(problems, 'cause.intentToHarm')}
          data-testid="field-cause-intent"
        />
      )}
      {asksTheft(cause) && (
        <>
          <TextInput
            label={`${t('facts.cause.theftPlace.label')} (${t('intake.optional')})`}
            description={t('facts.cause.theftPlace.help')}
            value={cause.theftPlace ?? ''}
            onChange={(event) => setCause('theftPlace', optionalText(event.currentTarget.value))}
            error={problemAt(problems, 'cause.theftPlace')}
            maxLength={300}
          />
          <Textarea
            label={`${t('facts.cause.theftCircumstances.label')} (${t('intake.optional')})`}
            description={t('facts.cause.theftCircumstances.help')}
            value={cause.theftCircumstances ?? ''}
            onChange={(event) =>
              setCause('theftCircumstances', optionalText(event.currentTarget.value))
            }
            error={problemAt(problems, 'cause.theftCircumstances')}
            autosize
            minRows={2}
            maxLength={2000}
          />
        </>
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
