/**
 * The live assessment: what shared/assessment computed, shown deadlines first.
 *
 * Used beside the intake form and in the incident detail page:
 *
 *   <AssessmentPanel assessment={assess(...)} now={useNow()} timeZone={incident.timeZone}
 *                    policies={policies} />
 *
 * - `assessment`: the result of shared `assess()`; this component computes nothing of its own.
 * - `now`: epoch ms for the countdowns (pass `useNow()` so they move every 30 s); the colours
 *   follow the due instant against `now`, so an assessment computed a minute ago stays right.
 * - `timeZone`: IANA zone to show dates in (the incident's).
 * - `policies`: the user's policies, to name each verdict (`insurer · number`); optional.
 * - `headingLevel`: level of the panel's title (2 by default; sections are one level below).
 * - `renderAction`: the button that acts on a duty or a policy ("Prepare the CNIL
 *   notification", "Declare to <insurer>"); optional, the intake shows none.
 *
 * Plain words first: each duty and each policy gets one sentence of the UI's messages, keyed on
 * the duty's state or the verdict; the rule texts, rule ids, legal references and the ENISA
 * arithmetic are behind a "Why?" disclosure per item.
 */
import {
  Alert,
  Badge,
  Box,
  Group,
  List,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
  type TitleOrder
} from '@mantine/core'

import type { ReactNode } from 'react'

import type { Assessment } from '@shared/assessment'
import type { Lang, Localized, Policy } from '@shared/model'

import { formatDateTime } from '../components/zoned-time'
import { useI18n } from '../i18n/I18nProvider'
import type { MessageKey } from '../i18n/messages'
import { URGENCY_COLORS, splitDuration, urgencyOf } from './countdown'
import type { Urgency } from './countdown'
import { legalText } from './legal-words'
import { WhyDisclosure } from './WhyDisclosure'

/** What a card's action button does: the documents feature draws it (see IncidentPage). */
/** The document that carries out a required duty: the CNIL draft, the letter to the persons. */
function dutyAction(
  duty: { id: string; required: boolean },
  renderAction: ((action: AssessmentAction) => ReactNode) | undefined
): ReactNode {
  if (!duty.required || !renderAction) return null
  if (duty.id === 'notify_authority') return renderAction({ kind: 'notification' })
  if (duty.id === 'inform_persons') return renderAction({ kind: 'persons_letter' })
  return null
}

export type AssessmentAction =
  { kind: 'notification' } | { kind: 'persons_letter' } | { kind: 'declaration'; policyId: string }

export type AssessmentPanelProps = {
  assessment: Assessment
  now: number
  timeZone: string
  policies?: readonly Policy[]
  headingLevel?: 2 | 3
  renderAction?: (action: AssessmentAction) => ReactNode
}

const VERDICT_COLORS = {
  covered: '#2b6b3f',
  excluded: '#b02525',
  uncertain: '#a63c00',
  not_applicable: '#495057'
} as const

/** A rule's text in the UI's language, with the legal abbreviations of that language. */
const l = (value: Localized, lang: Lang): string => legalText(value[lang], lang)

export function AssessmentPanel(props: AssessmentPanelProps) {
  const { assessment, now, timeZone, policies = [], headingLevel = 2, renderAction } = props
  const { t, language } = useI18n()
  const sub = (headingLevel + 1) as TitleOrder
  const deadlines = [...assessment.deadlines].sort(
    (a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt)
  )
  const nextSteps = assessment.checklist
    .flatMap((phase) => phase.items)
    .filter((item) => !item.done)
    .slice(0, 6)

  return (
    <Stack gap="md" aria-labelledby="assessment-title" component="section">
      <Title order={headingLevel} id="assessment-title" size="h3">
        {t('assessment.title')}
      </Title>

      <Stack gap="xs" component="section" aria-labelledby="assessment-deadlines">
        <Title order={sub} size="h4" id="assessment-deadlines">
          {t('assessment.deadlines.heading')}
        </Title>
        {assessment.healthReporting.required && (
          <Alert color="red" variant="light" p="xs" data-testid="health-reporting">
            <Text size="sm" fw={600}>
              {t('assessment.plain.health')}
            </Text>
            <WhyDisclosure about={t('assessment.plain.health')}>
              <Text size="sm">{l(assessment.healthReporting.explanation, language)}</Text>
              <Reasons reasons={assessment.healthReporting.reasons} language={language} />
            </WhyDisclosure>
          </Alert>
        )}
        {deadlines.length === 0 ? (
          <Text size="sm">{t('assessment.deadlines.none')}</Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {deadlines.map((deadline) => (
              <DeadlineItem
                key={deadline.id}
                deadline={deadline}
                now={now}
                timeZone={timeZone}
                language={language}
                policyName={policyName(policies, deadline.policyId)}
              />
            ))}
          </Stack>
        )}
      </Stack>

      {nextSteps.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="assessment-next">
          <Title order={sub} size="h4" id="assessment-next">
            {t('assessment.nextSteps.heading')}
          </Title>
          <List size="sm" spacing={4} data-testid="next-steps">
            {nextSteps.map((item) => (
              <List.Item key={item.id}>
                {l(item.text, language)}
                {item.dueAt && (
                  <Text span size="sm" fw={600}>
                    {' · '}
                    {formatDateTime(item.dueAt, language, timeZone)}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}

      <Stack gap="xs" component="section" aria-labelledby="assessment-gdpr">
        <Title order={sub} size="h4" id="assessment-gdpr">
          {t('assessment.gdpr.heading')}
        </Title>
        {!assessment.gdpr.applies && (
          <Text size="sm">{l(assessment.gdpr.explanation, language)}</Text>
        )}
        {assessment.awareness.at && (
          <Text size="sm" data-testid="awareness">
            {t('assessment.plain.awareness', {
              date: formatDateTime(assessment.awareness.at, language, timeZone)
            })}
          </Text>
        )}
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {assessment.gdpr.duties.map((duty) => (
            <DutyCard
              key={duty.id}
              duty={duty}
              assessment={assessment}
              timeZone={timeZone}
              action={dutyAction(duty, renderAction)}
            />
          ))}
        </Stack>
        {assessment.gdpr.missingForComplementary.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t('assessment.missing.heading')}
            </Text>
            <List size="sm">
              {assessment.gdpr.missingForComplementary.map((item, index) => (
                <List.Item key={index}>{l(item, language)}</List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="assessment-coverage">
        <Title order={sub} size="h4" id="assessment-coverage">
          {t('assessment.coverage.heading')}
        </Title>
        {assessment.coverage.length === 0 ? (
          <Text size="sm">{t('assessment.coverage.none')}</Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {assessment.coverage.map((verdict) => (
              <VerdictCard
                key={verdict.policyId}
                verdict={verdict}
                policy={policies.find((p) => p.id === verdict.policyId)}
                deadline={assessment.deadlines.find((d) => d.id === `insurer.${verdict.policyId}`)}
                timeZone={timeZone}
                action={
                  renderAction
                    ? renderAction({ kind: 'declaration', policyId: verdict.policyId })
                    : null
                }
              />
            ))}
          </Stack>
        )}
      </Stack>

      {assessment.advice.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="assessment-advice">
          <Title order={sub} size="h4" id="assessment-advice">
            {t('assessment.advice.heading')}
          </Title>
          <List size="sm" spacing={4}>
            {assessment.advice.map((advice) => (
              <List.Item key={advice.ruleId}>{l(advice.text, language)}</List.Item>
            ))}
          </List>
          <WhyDisclosure about={t('assessment.advice.heading')} testId="why-advice">
            <List size="xs" spacing={2}>
              {assessment.advice.map((advice) => (
                <List.Item key={advice.ruleId}>
                  {legalText(advice.reference, language)}
                  <RuleId id={advice.ruleId} />
                </List.Item>
              ))}
            </List>
          </WhyDisclosure>
        </Stack>
      )}

      <Alert color="gray" variant="light" p="xs">
        <Text size="sm">{l(assessment.coverageNotice, language)}</Text>
        <Text size="sm" mt={4}>
          {t('assessment.disclaimer')}
        </Text>
        <Text size="xs" mt={4} data-testid="rule-set-version">
          {t('assessment.ruleSet', {
            version: assessment.ruleSetVersion,
            date: formatDateTime(assessment.computedAt, language, timeZone)
          })}
        </Text>
      </Alert>
    </Stack>
  )
}

function policyName(policies: readonly Policy[], policyId: string | undefined): string | undefined {
  if (policyId === undefined) return undefined
  const policy = policies.find((p) => p.id === policyId)
  if (policy === undefined) return undefined
  return policy.label?.trim() || `${policy.insurer} · ${policy.policyNumber}`
}

type Deadline = Assessment['deadlines'][number]

function DeadlineItem(props: {
  deadline: Deadline
  now: number
  timeZone: string
  language: Lang
  policyName?: string
}) {
  const { deadline, now, timeZone, language, policyName } = props
  const { t } = useI18n()
  const urgency = urgencyOf(deadline, now)
  const color = URGENCY_COLORS[urgency]
  return (
    <Paper
      component="li"
      withBorder
      p="xs"
      data-testid={`deadline-${deadline.id}`}
      data-urgency={urgency}
      style={{ borderLeft: `6px solid ${color}` }}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
          {withPolicy(l(deadline.label, language), policyName)}
        </Text>
        <Badge color={color} variant="filled" style={{ flexShrink: 0 }}>
          {t(`assessment.deadline.status.${urgency}`)}
        </Badge>
      </Group>
      <Group gap="xs" mt={2}>
        <UrgencyIcon urgency={urgency} />
        <Text size="lg" fw={700} c={color} data-testid="countdown">
          {countdownText(deadline, now, urgency, t)}
        </Text>
      </Group>
      <Text size="sm">
        {t('assessment.deadline.due', { date: formatDateTime(deadline.dueAt, language, timeZone) })}
      </Text>
      <WhyDisclosure about={l(deadline.label, language)}>
        <Text size="sm">{l(deadline.basis, language)}</Text>
        <Text size="xs">
          {legalText(deadline.reference, language)}
          <RuleId id={deadline.ruleId} />
        </Text>
      </WhyDisclosure>
    </Paper>
  )
}

/** Names the policy after the label unless the rules already did (they usually name the insurer). */
function withPolicy(label: string, policyName: string | undefined): string {
  if (!policyName) return label
  const parts = policyName.split(' · ')
  return parts.some((part) => label.includes(part)) ? label : `${label} — ${policyName}`
}

type T = ReturnType<typeof useI18n>['t']

function durationText(ms: number, t: T): string {
  const parts = splitDuration(ms)
  switch (parts.unit) {
    case 'days':
      return t('assessment.duration.days', { d: parts.d, h: parts.h })
    case 'hours':
      return t('assessment.duration.hours', { h: parts.h, m: parts.m })
    case 'minutes':
      return t('assessment.duration.minutes', { m: parts.m })
  }
}

function countdownText(deadline: Deadline, now: number, urgency: Urgency, t: T): string {
  if (urgency === 'done') return t('assessment.deadline.done')
  const left = Date.parse(deadline.dueAt) - now
  return left < 0
    ? t('assessment.deadline.overdue', { duration: durationText(left, t) })
    : t('assessment.deadline.left', { duration: durationText(left, t) })
}

/** Shape as well as colour, for users who do not see the difference between orange and red. */
function UrgencyIcon({ urgency }: { urgency: Urgency }) {
  const symbol = { done: '✓', ok: '○', near: '!', overdue: '!!' }[urgency]
  return (
    <ThemeIcon color={URGENCY_COLORS[urgency]} size="sm" radius="xl" aria-hidden>
      <span style={{ fontSize: 11, fontWeight: 700 }}>{symbol}</span>
    </ThemeIcon>
  )
}

type Duty = Assessment['gdpr']['duties'][number]

/** One plain sentence per duty, keyed on its id and state; the rules' own words under "Why?". */
function DutyCard(props: {
  duty: Duty
  assessment: Assessment
  timeZone: string
  action: ReactNode
}) {
  const { duty, assessment, timeZone, action } = props
  const { t, language } = useI18n()
  const title = t(`assessment.duty.${duty.id}`)
  const state = duty.required ? duty.status : 'not_required'
  const dated = state === 'pending' && duty.dueAt !== undefined
  const plain = t(`assessment.plain.${duty.id}.${state}${dated ? '' : '.nodate'}` as MessageKey, {
    date: duty.dueAt ? formatDateTime(duty.dueAt, language, timeZone) : ''
  })
  const severity = duty.id === 'notify_authority' ? assessment.gdpr.severity : undefined
  return (
    <Paper component="li" withBorder p="xs" data-testid={`duty-${duty.id}`}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Text>
        <Badge
          color={duty.required ? '#364fc7' : '#495057'}
          variant="filled"
          style={{ flexShrink: 0 }}
        >
          {duty.required
            ? `${t('assessment.duty.required')} · ${t(`assessment.duty.status.${duty.status}`)}`
            : t('assessment.duty.notRequired')}
        </Badge>
      </Group>
      <Text size="sm" mt={4} data-testid="plain">
        {plain}
      </Text>
      {action ? <Box mt="xs">{action}</Box> : null}
      <WhyDisclosure about={title}>
        <Text size="sm">{l(duty.decision, language)}</Text>
        {severity && (
          <Box mt={4} data-testid="severity">
            <Text size="sm">
              {t('assessment.severity', {
                level: t(`assessment.severity.${severity.level}`),
                score: severity.score
              })}
            </Text>
            <List size="xs" spacing={2}>
              {severity.factors.map((factor) => (
                <List.Item key={factor.id}>
                  {t(`assessment.severity.factor.${factor.id}`)} = {factor.value} —{' '}
                  {l(factor.why, language)}
                </List.Item>
              ))}
            </List>
          </Box>
        )}
        <Reasons reasons={duty.reasons} language={language} />
      </WhyDisclosure>
    </Paper>
  )
}

type Verdict = Assessment['coverage'][number]

/** The verdict in one plain sentence with the declaration deadline, and the way to act on it. */
function VerdictCard(props: {
  verdict: Verdict
  policy: Policy | undefined
  deadline: Deadline | undefined
  timeZone: string
  action: ReactNode
}) {
  const { verdict, policy, deadline, timeZone, action } = props
  const { t, language } = useI18n()
  const name = policy
    ? policy.label?.trim() || [policy.insurer, policy.policyNumber].filter(Boolean).join(' · ')
    : t('assessment.unknownPolicy')
  const insurer = policy?.insurer || name
  const dated = deadline !== undefined && deadline.status !== 'done'
  const plain = t(
    `assessment.plain.verdict.${verdict.verdict}${dated ? '' : '.nodate'}` as MessageKey,
    {
      insurer,
      date: deadline ? formatDateTime(deadline.dueAt, language, timeZone) : ''
    }
  )
  return (
    <Paper
      component="li"
      withBorder
      p="xs"
      data-testid={`verdict-${verdict.policyId}`}
      style={{ borderLeft: `4px solid ${VERDICT_COLORS[verdict.verdict]}` }}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
          {name}
        </Text>
        <Badge color={VERDICT_COLORS[verdict.verdict]} variant="filled" style={{ flexShrink: 0 }}>
          {t(`assessment.verdict.${verdict.verdict}`)}
        </Badge>
      </Group>
      <Text size="sm" mt={4} data-testid="plain">
        {plain}
      </Text>
      {action ? <Box mt="xs">{action}</Box> : null}
      <WhyDisclosure about={name}>
        <Text size="sm">{l(verdict.summary, language)}</Text>
        <Reasons reasons={verdict.reasons} language={language} />
      </WhyDisclosure>
    </Paper>
  )
}

/** A rule id, for whoever checks the rules (docs/rules.md): only under "Why?". */
function RuleId({ id }: { id: string }) {
  const { t } = useI18n()
  return (
    <Text span size="xs" ff="monospace" c="gray.8">
      {' '}
      [{t('assessment.rule', { id })}]
    </Text>
  )
}

function Reasons(props: { reasons: Assessment['coverage'][number]['reasons']; language: Lang }) {
  const { reasons, language } = props
  const { t } = useI18n()
  if (reasons.length === 0) return null
  return (
    <List size="sm" spacing={4} mt={4}>
      {reasons.map((reason, index) => (
        <List.Item key={`${reason.ruleId}-${index}`}>
          {l(reason.text, language)}{' '}
          <Text span size="xs">
            ({legalText(reason.reference, language)})
          </Text>
          <RuleId id={reason.ruleId} />
          {reason.toCheck && (
            <Text size="sm" fs="italic" mt={2}>
              {t('assessment.toCheck', { text: l(reason.toCheck, language) })}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  )
}
