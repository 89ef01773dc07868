import {
  Button,
  Group,
  NumberInput,
  Radio,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput,
  Title
} from '@mantine/core'
import { useId, useState } from 'react'

import { PolicyExclusionSchema, PolicyKindSchema, PolicySchema, issueMessage } from '@shared/model'
import type { Policy, PolicyExclusion, PolicyKind, YesNoUnknown } from '@shared/model'

import {
  eurosToCents as toCents,
  numberInputValue,
  numberSeparators
} from '../components/number-format'
import { YesNoUnknownField } from '../components/YesNoUnknownField'
import { useI18n } from '../i18n/I18nProvider'
import type { MessageKey } from '../i18n/messages'

/** What the form hands back: a policy without id for a new one, with its id for an edit. */
export type PolicyDraft = Omit<Policy, 'id'> & { id?: string }

type FormState = {
  kind: PolicyKind
  insurer: string
  policyNumber: string
  label: string
  confidentialityClause: YesNoUnknown
  declarationDays: number | ''
  deductibleEuros: number | ''
  limitEuros: number | ''
  /** Three states per exclusion (model v2): in the contract, not in it, not checked yet. */
  exclusions: Partial<Record<PolicyExclusion, ExclusionState>>
  claimsMade: YesNoUnknown | ''
  ownLossCover: YesNoUnknown | ''
  entrustedDocumentsCover: YesNoUnknown | ''
  defenceCostsCover: YesNoUnknown | ''
  periodStart: string
  periodEnd: string
  broker: string
  assistancePhone: string
}

type ExclusionState = 'in' | 'absent' | 'unchecked'
type Answer = 'claimsMade' | 'ownLossCover' | 'entrustedDocumentsCover' | 'defenceCostsCover'

/** Which contract questions matter for which kind of policy (asked only when relevant). */
const ASKED: Record<Answer, readonly PolicyKind[]> = {
  // C. assur. L124-1-1: liability cover only.
  claimsMade: ['rc_pro', 'rc_pro_confidentiality', 'cyber'],
  // C. assur. L12-10-1: any clause paying own losses from an attack.
  ownLossCover: ['rc_pro', 'rc_pro_confidentiality', 'cyber', 'property'],
  entrustedDocumentsCover: ['rc_pro', 'rc_pro_confidentiality'],
  defenceCostsCover: ['rc_pro', 'rc_pro_confidentiality', 'legal_protection']
}
const ANSWER_LABEL: Record<Answer, MessageKey> = {
  claimsMade: 'facts.policy.claimsMade.label',
  ownLossCover: 'facts.policy.ownLossCover.label',
  entrustedDocumentsCover: 'facts.policy.entrusted.label',
  defenceCostsCover: 'facts.policy.defence.label'
}
const ANSWER_HELP: Partial<Record<Answer, MessageKey>> = {
  claimsMade: 'facts.policy.claimsMade.help',
  ownLossCover: 'facts.policy.ownLossCover.help'
}
const ANSWERS = Object.keys(ASKED) as Answer[]
const trimmed = (v: string) => (v.trim() ? v.trim() : undefined)

function toForm(policy?: Policy): FormState {
  return {
    kind: policy?.kind ?? 'rc_pro',
    insurer: policy?.insurer ?? '',
    policyNumber: policy?.policyNumber ?? '',
    label: policy?.label ?? '',
    confidentialityClause: policy?.confidentialityClause ?? 'unknown',
    declarationDays: policy?.declarationDeadlineWorkingDays ?? '',
    deductibleEuros: policy?.deductibleCents === undefined ? '' : policy.deductibleCents / 100,
    limitEuros: policy?.limitCents === undefined ? '' : policy.limitCents / 100,
    exclusions: Object.fromEntries(
      PolicyExclusionSchema.options.map((e) => [
        e,
        policy?.exclusions.includes(e)
          ? 'in'
          : policy?.exclusionsAbsent?.includes(e)
            ? 'absent'
            : 'unchecked'
      ])
    ),
    claimsMade: policy?.claimsMade ?? '',
    ownLossCover: policy?.ownLossCover ?? '',
    entrustedDocumentsCover: policy?.entrustedDocumentsCover ?? '',
    defenceCostsCover: policy?.defenceCostsCover ?? '',
    periodStart: policy?.periodStart ?? '',
    periodEnd: policy?.periodEnd ?? '',
    broker: policy?.broker ?? '',
    assistancePhone: policy?.assistancePhone ?? ''
  }
}

/**
 * Add or edit one insurance policy. Used by the policies page and inline in the intake
 * ("add a policy" without leaving the incident). Validation: required fields here, the rest by
 * the shared PolicySchema before `onSubmit`.
 */
export function PolicyForm(props: {
  policy?: Policy
  onSubmit: (draft: PolicyDraft) => Promise<void> | void
  onCancel: () => void
  idPrefix?: string
}) {
  const { t, language } = useI18n()
  const exclusionsId = useId()
  const separators = numberSeparators(language)
  const [form, setForm] = useState<FormState>(() => toForm(props.policy))
  const [errors, setErrors] = useState<Partial<Record<keyof FormState, string>>>({})
  const [busy, setBusy] = useState(false)
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((current) => ({ ...current, [key]: value }))

  const submit = async () => {
    const found: Partial<Record<keyof FormState, string>> = {}
    if (form.insurer.trim() === '') found.insurer = t('policies.field.required')
    // The contract number can come later: the insurer and the kind are enough to start.
    if (form.periodStart && form.periodEnd && form.periodEnd < form.periodStart)
      found.periodEnd = t('facts.policy.periodOrder')
    for (const key of ['declarationDays', 'deductibleEuros', 'limitEuros'] as const) {
      const value = form[key]
      if (value !== '' && (!Number.isFinite(value) || value < 0)) {
        found[key] = t('policies.field.positive')
      }
    }
    setErrors(found)
    if (Object.keys(found).length > 0) return
    const draft: PolicyDraft = {
      ...(props.policy ? { id: props.policy.id } : {}),
      kind: form.kind,
      insurer: form.insurer.trim(),
      policyNumber: form.policyNumber.trim(),
      ...(form.label.trim() ? { label: form.label.trim() } : {}),
      confidentialityClause: form.confidentialityClause,
      ...(form.declarationDays === ''
        ? {}
        : { declarationDeadlineWorkingDays: Math.round(form.declarationDays) }),
      ...(toCents(form.deductibleEuros) === undefined
        ? {}
        : { deductibleCents: toCents(form.deductibleEuros) }),
      ...(toCents(form.limitEuros) === undefined ? {} : { limitCents: toCents(form.limitEuros) }),
      exclusions: PolicyExclusionSchema.options.filter((e) => form.exclusions[e] === 'in'),
      ...(PolicyExclusionSchema.options.some((e) => form.exclusions[e] === 'absent')
        ? {
            exclusionsAbsent: PolicyExclusionSchema.options.filter(
              (e) => form.exclusions[e] === 'absent'
            )
          }
        : {}),
      ...Object.fromEntries(
        ANSWERS.filter((a) => form[a] !== '').map((a) => [a, form[a]] as const)
      ),
      ...(form.periodStart ? { periodStart: form.periodStart } : {}),
      ...(form.periodEnd ? { periodEnd: form.periodEnd } : {}),
      ...(trimmed(form.broker) ? { broker: trimmed(form.broker) } : {}),
      ...(trimmed(form.assistancePhone) ? { assistancePhone: trimmed(form.assistancePhone) } : {})
    }
    const check = PolicySchema.safeParse({ id: props.policy?.id ?? 'new', ...draft })
    if (!check.success) {
      // zod's own text is English only: the shared model words it in the user's language.
      const issue = check.error.issues[0]
      // A date out of range (years 1970–2100) is shown under its own field.
      const field =
        issue?.path[0] === 'periodStart' || issue?.path[0] === 'periodEnd'
          ? issue.path[0]
          : 'insurer'
      setErrors({ [field]: issue ? issueMessage(issue)[language] : 'invalid' })
      return
    }
    setBusy(true)
    try {
      await props.onSubmit(draft)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
      noValidate
    >
      <Stack gap="sm">
        <NativeSelect
          label={t('policies.kind.label')}
          description={t('policies.kind.help')}
          data={PolicyKindSchema.options.map((kind) => ({
            value: kind,
            label: t(`policies.kind.${kind}`)
          }))}
          value={form.kind}
          onChange={(event) => {
            const parsed = PolicyKindSchema.safeParse(event.currentTarget.value)
            if (parsed.success) set('kind', parsed.data)
          }}
          data-testid="policy-kind"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('policies.insurer.label')}
            value={form.insurer}
            onChange={(event) => set('insurer', event.currentTarget.value)}
            error={errors.insurer}
            withAsterisk
            required
            maxLength={300}
          />
          <TextInput
            label={t('policies.policyNumber.label')}
            value={form.policyNumber}
            onChange={(event) => set('policyNumber', event.currentTarget.value)}
            description={t('facts.policy.numberLater')}
            error={errors.policyNumber}
            maxLength={300}
          />
        </SimpleGrid>
        <TextInput
          label={t('policies.label.label')}
          value={form.label}
          onChange={(event) => set('label', event.currentTarget.value)}
          maxLength={300}
        />
        <YesNoUnknownField
          label={t('policies.confidentiality.label')}
          description={t('policies.confidentiality.help')}
          value={form.confidentialityClause}
          onChange={(value) => set('confidentialityClause', value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={t('policies.declaration.label')}
            description={t('policies.declaration.help')}
            value={form.declarationDays}
            onChange={(value) => set('declarationDays', numberInputValue(value))}
            error={errors.declarationDays}
            min={0}
            max={365}
            allowDecimal={false}
          />
          <NumberInput
            label={t('policies.deductible.label')}
            value={form.deductibleEuros}
            onChange={(value) => set('deductibleEuros', numberInputValue(value))}
            error={errors.deductibleEuros}
            min={0}
            decimalScale={2}
            {...separators}
          />
          <NumberInput
            label={t('policies.limit.label')}
            value={form.limitEuros}
            onChange={(value) => set('limitEuros', numberInputValue(value))}
            error={errors.limitEuros}
            min={0}
            decimalScale={2}
            {...separators}
          />
        </SimpleGrid>
        <Title order={4} size="h5">
          {t('facts.policy.more.heading')}
        </Title>
        <Stack gap="xs" role="group" aria-labelledby={exclusionsId}>
          <div>
            <div id={exclusionsId} style={{ fontWeight: 500, fontSize: 14 }}>
              {t('facts.policy.exclusions.label')}
            </div>
            <div style={{ fontSize: 12, opacity: 0.8 }}>{t('facts.policy.exclusions.help')}</div>
          </div>
          {PolicyExclusionSchema.options.map((exclusion) => (
            <Radio.Group
              key={exclusion}
              label={t(`policies.exclusion.${exclusion}`)}
              value={form.exclusions[exclusion] ?? 'unchecked'}
              onChange={(value) => {
                if (value === 'in' || value === 'absent' || value === 'unchecked')
                  set('exclusions', { ...form.exclusions, [exclusion]: value })
              }}
              data-testid={`policy-exclusion-${exclusion}`}
            >
              <Group mt={4} gap="md">
                <Radio value="in" label={t('facts.policy.exclusion.in')} />
                <Radio value="absent" label={t('facts.policy.exclusion.absent')} />
                <Radio value="unchecked" label={t('facts.policy.exclusion.unchecked')} />
              </Group>
            </Radio.Group>
          ))}
        </Stack>
        {ANSWERS.filter((answer) => ASKED[answer].includes(form.kind)).map((answer) => (
          <YesNoUnknownField
            key={answer}
            label={t(ANSWER_LABEL[answer])}
            {...(ANSWER_HELP[answer] ? { description: t(ANSWER_HELP[answer]) } : {})}
            value={form[answer] || undefined}
            onChange={(value) => set(answer, value)}
            data-testid={`policy-${answer}`}
          />
        ))}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('facts.policy.periodStart.label')}
            value={form.periodStart}
            onChange={(event) => set('periodStart', event.currentTarget.value)}
            error={errors.periodStart}
          />
          <TextInput
            type="date"
            label={t('facts.policy.periodEnd.label')}
            value={form.periodEnd}
            onChange={(event) => set('periodEnd', event.currentTarget.value)}
            error={errors.periodEnd}
          />
          <TextInput
            label={t('facts.policy.broker.label')}
            value={form.broker}
            onChange={(event) => set('broker', event.currentTarget.value)}
            error={errors.broker}
            maxLength={300}
          />
          <TextInput
            type="tel"
            label={t('facts.policy.assistancePhone.label')}
            description={t('facts.policy.assistancePhone.help')}
            value={form.assistancePhone}
            onChange={(event) => set('assistancePhone', event.currentTarget.value)}
            error={errors.assistancePhone}
            maxLength={300}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('policies.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('policies.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
