import { Alert, Anchor, Button, List, Paper, Stack, Text, Title } from '@mantine/core'

import type { Incident, Policy } from '@shared/model'

import { formatDateTime } from '../components/zoned-time'
import { useI18n } from '../i18n/I18nProvider'
import { policyTitle } from '../policies/policy-title'
import type { FieldProblem } from './field-errors'
import { consequenceGroups } from './consequence-groups'
import { ConsequenceGroups } from './ConsequenceGroups'
import type { StepKey } from './steps'

export function ReviewStep(props: {
  incident: Incident
  problems: readonly FieldProblem[]
  policies: readonly Policy[]
  filing: boolean
  onFile: () => void
  onGoTo: (step: StepKey) => void
}) {
  const { incident, problems, policies, filing, onFile, onGoTo } = props
  const { t, language } = useI18n()
  const events = [...incident.timeline].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
  const chosen = policies.filter((policy) => incident.policyIds.includes(policy.id))
  const isDraft = incident.status === 'draft'
  const { address, email, phone } = incident.insured
  const contact = [address, email, phone].filter((value): value is string => Boolean(value))
  const consequences = consequenceGroups(incident, t, language)

  const section = (step: StepKey, heading: string, body: React.ReactNode) => (
    <Paper withBorder p="sm" component="section" aria-label={heading}>
      <Title order={4} size="h5">
        {heading}
      </Title>
      {body}
      <Anchor component="button" type="button" size="sm" onClick={() => onGoTo(step)}>
        {t('intake.review.edit')} — {heading}
      </Anchor>
    </Paper>
  )

  return (
    <Stack gap="md">
      <Title order={3} size="h3">
        {t('intake.review.heading')}
      </Title>
      <Text size="sm">{t('intake.review.help')}</Text>

      {section(
        'incident',
        t('intake.step.incident'),
        <>
          <Text fw={600}>{incident.title.trim() || t('intake.review.untitled')}</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lineClamp={6}>
            {incident.narrative}
          </Text>
          <Text size="sm">
            {[incident.insured.name, t(`intake.profession.${incident.insured.profession}`)]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {contact.length === 0 && !incident.insured.dpoContact ? (
            <Text size="sm">{t('intake.review.noContact')}</Text>
          ) : (
            <>
              {contact.length > 0 && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {contact.join(' · ')}
                </Text>
              )}
              {incident.insured.dpoContact && (
                <Text size="sm">
                  {t('intake.review.dpo', { contact: incident.insured.dpoContact })}
                </Text>
              )}
            </>
          )}
        </>
      )}
      {section(
        'timeline',
        t('intake.review.events'),
        events.length === 0 ? (
          <Text size="sm">{t('intake.review.noEvents')}</Text>
        ) : (
          <List size="sm">
            {events.map((event) => (
              <List.Item key={event.id}>
                {formatDateTime(event.at, language, incident.timeZone)} —{' '}
                {t(`intake.timeline.kind.${event.kind}`)}
                {event.note ? ` (${event.note})` : ''}
              </List.Item>
            ))}
          </List>
        )
      )}
      {section(
        'data',
        t('intake.review.data'),
        <Text size="sm">
          {[
            incident.data.categories.map((c) => t(`intake.category.${c}`)).join(', '),
            incident.data.personsCount !== undefined
              ? t('intake.review.persons', { count: incident.data.personsCount })
              : '',
            incident.data.recordsCount !== undefined
              ? t('intake.review.records', { count: incident.data.recordsCount })
              : '',
            t(`intake.encryption.${incident.data.encryption}`)
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      )}
      {section(
        'cause',
        t('intake.review.cause'),
        <Text size="sm">
          {t(`intake.causeKind.${incident.cause.kind}`)}
          {incident.cause.detail ? ` — ${t(`intake.causeDetail.${incident.cause.detail}`)}` : ''}
        </Text>
      )}
      {section(
        'consequences',
        t('intake.review.consequences'),
        consequences.length === 0 ? (
          <Text size="sm">{t('intake.review.noConsequences')}</Text>
        ) : (
          <Stack gap={4} data-testid="review-consequences">
            <ConsequenceGroups groups={consequences} />
          </Stack>
        )
      )}
      {section(
        'policies',
        t('intake.review.policies'),
        chosen.length === 0 ? (
          <Text size="sm">{t('intake.review.noPolicies')}</Text>
        ) : (
          <List size="sm">
            {chosen.map((policy) => (
              <List.Item key={policy.id}>{policyTitle(policy, t)}</List.Item>
            ))}
          </List>
        )
      )}

      {problems.length > 0 && (
        <Alert color="red" title={t('intake.review.problems')} data-testid="review-problems">
          <List size="sm">
            {problems.map((problem, index) => (
              <List.Item key={`${problem.key}-${index}`}>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => onGoTo(problem.step)}
                >
                  {t(`intake.step.${problem.step}`)}
                </Anchor>
                {' : '}
                {problem.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      {isDraft ? (
        <Button
          size="md"
          onClick={onFile}
          loading={filing}
          disabled={problems.length > 0}
          data-testid="file-incident"
        >
          {t('intake.review.file')}
        </Button>
      ) : (
        <Alert color="green">{t('intake.review.alreadyFiled')}</Alert>
      )}
    </Stack>
  )
}
