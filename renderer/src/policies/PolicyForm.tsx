import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Radio,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput
} from '@mantine/core'
import { useState } from 'react'

import { PolicyExclusionSchema, PolicyKindSchema, PolicySchema, issueMessage } from '@shared/model'
import type { Policy, PolicyExclusion, PolicyKind, YesNoUnknown } from '@shared/model'

import {
  eurosToCents as toCents,
  numberInputValue,
  numberSeparators
} from '../components/number-format'
import { useI18n } from '../i18n/I18nProvider'

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
  exclusions: PolicyExclusion[]
}

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
    exclusions: policy?.exclusions ?? []
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
  const separators = numberSeparators(language)
  const [form, setForm] = useState<FormState>(() => toForm(props.policy))
  const [errors, setErrors] = useState<Partial<Record<keyof FormState, string>>>({})
  const [busy, setBusy] = useState(false)
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((current) => ({ ...current, [key]: value }))

  const submit = async () => {
    const found: Partial<Record<keyof FormState, string>> = {}
    if (form.insurer.trim() === '') found.insurer = t('policies.field.required')
    if (form.policyNumber.trim() === '') found.policyNumber = t('policies.field.required')
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
      exclusions: form.exclusions
    }
    const check = PolicySchema.safeParse({ id: props.policy?.id ?? 'new', ...draft })
    if (!check.success) {
      // zod's own text is English only: the shared model words it in the user's language.
      const issue = check.error.issues[0]
      setErrors({ insurer: issue ? issueMessage(issue)[language] : 'invalid' })
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
            error={errors.policyNumber}
            withAsterisk
            required
            maxLength={300}
          />
        </SimpleGrid>
        <TextInput
          label={t('policies.label.label')}
          value={form.label}
          onChange={(event) => set('label', event.currentTarget.value)}
          maxLength={300}
        />
        <Radio.Group
          label={t('policies.confidentiality.label')}
          description={t('policies.confidentiality.help')}
          value={form.confidentialityClause}
          onChange={(value) => {
            if (value === 'yes' || value === 'no' || value === 'unknown') {
              set('confidentialityClause', value)
            }
          }}
        >
          <Group mt="xs">
            <Radio value="yes" label={t('intake.yes')} />
            <Radio value="no" label={t('intake.no')} />
            <Radio value="unknown" label={t('intake.unknown')} />
          </Group>
        </Radio.Group>
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
        <Checkbox.Group
          label={t('policies.exclusions.label')}
          description={t('policies.exclusions.help')}
          value={form.exclusions}
          onChange={(values) =>
            set(
              'exclusions',
              values.filter((v): v is PolicyExclusion => PolicyExclusionSchema.safeParse(v).success)
            )
          }
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
            {PolicyExclusionSchema.options.map((exclusion) => (
              <Checkbox
                key={exclusion}
                value={exclusion}
                label={t(`policies.exclusion.${exclusion}`)}
              />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
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
