import {
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Title
} from '@mantine/core'

import {
  BreachTypeSchema,
  DataCategorySchema,
  EncryptionSchema,
  IdentifiabilitySchema,
  RecipientsSchema,
  YesNoUnknownSchema
} from '@shared/model'
import type { AffectedData } from '@shared/model'

import { numberSeparators } from '../components/number-format'
import { useI18n } from '../i18n/I18nProvider'
import { problemAt } from './field-errors'
import { RiskFactorQuestions } from './RiskFactorQuestions'
import { withOptional } from './incident-updates'
import type { StepProps } from './step-props'

export function DataStep({ incident, onChange, problems }: StepProps) {
  const { t, language } = useI18n()
  const separators = numberSeparators(language)
  const data = incident.data
  const setData = (patch: (data: AffectedData) => AffectedData) =>
    onChange((current) => ({ ...current, data: patch(current.data) }))
  const count = (key: 'personsCount' | 'recordsCount') => (value: number | string) => {
    const n = typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : undefined
    setData((current) => withOptional(current, key, n))
  }

  return (
    <Stack gap="md">
      <Title order={3} size="h3">
        {t('intake.data.heading')}
      </Title>
      <Radio.Group
        label={t('intake.data.personalData.label')}
        description={t('intake.data.personalData.help')}
        value={data.personalData}
        onChange={(value) => {
          const parsed = YesNoUnknownSchema.safeParse(value)
          if (parsed.success) setData((current) => ({ ...current, personalData: parsed.data }))
        }}
        error={problemAt(problems, 'data.personalData')}
      >
        <Group mt="xs">
          <Radio value="yes" label={t('intake.yes')} />
          <Radio value="no" label={t('intake.no')} />
          <Radio value="unknown" label={t('intake.unknown')} />
        </Group>
      </Radio.Group>

      <Checkbox.Group
        label={t('intake.data.categories.label')}
        description={t('intake.data.categories.help')}
        value={data.categories}
        onChange={(values) => {
          const categories = DataCategorySchema.options.filter((c) => values.includes(c))
          setData((current) => ({ ...current, categories }))
        }}
        error={problemAt(problems, 'data.categories')}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
          {DataCategorySchema.options.map((category) => (
            <Checkbox key={category} value={category} label={t(`intake.category.${category}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('intake.data.personsCount.label')}
          description={t('intake.data.count.help')}
          value={data.personsCount ?? ''}
          onChange={count('personsCount')}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          {...separators}
          error={problemAt(problems, 'data.personsCount')}
          data-testid="field-persons"
        />
        <NumberInput
          label={t('intake.data.recordsCount.label')}
          description={t('intake.data.count.help')}
          value={data.recordsCount ?? ''}
          onChange={count('recordsCount')}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          {...separators}
          error={problemAt(problems, 'data.recordsCount')}
        />
      </SimpleGrid>
      <Checkbox
        label={t('intake.data.vulnerable.label')}
        checked={data.vulnerablePersons}
        onChange={(event) => {
          const vulnerablePersons = event.currentTarget.checked
          setData((current) => ({ ...current, vulnerablePersons }))
        }}
      />

      <Checkbox.Group
        label={t('intake.data.breachTypes.label')}
        description={t('intake.data.breachTypes.help')}
        value={incident.breachTypes}
        onChange={(values) => {
          const breachTypes = BreachTypeSchema.options.filter((b) => values.includes(b))
          onChange((current) => ({ ...current, breachTypes }))
        }}
        error={problemAt(problems, 'breachTypes')}
      >
        <Stack mt="xs" gap="xs">
          {BreachTypeSchema.options.map((type) => (
            <Checkbox key={type} value={type} label={t(`intake.breach.${type}`)} />
          ))}
        </Stack>
      </Checkbox.Group>

      <Radio.Group
        label={t('intake.data.encryption.label')}
        description={t('intake.data.encryption.help')}
        value={data.encryption}
        onChange={(value) => {
          const parsed = EncryptionSchema.safeParse(value)
          if (parsed.success) setData((current) => ({ ...current, encryption: parsed.data }))
        }}
      >
        <Stack mt="xs" gap="xs">
          {EncryptionSchema.options.map((option) => (
            <Radio key={option} value={option} label={t(`intake.encryption.${option}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {data.encryption !== 'none' && (
        <Checkbox
          label={t('intake.data.keyCompromised.label')}
          checked={data.keyCompromised}
          onChange={(event) => {
            const keyCompromised = event.currentTarget.checked
            setData((current) => ({ ...current, keyCompromised }))
          }}
        />
      )}
      <Checkbox
        label={t('intake.data.backup.label')}
        checked={data.backupAvailable}
        onChange={(event) => {
          const backupAvailable = event.currentTarget.checked
          setData((current) => ({ ...current, backupAvailable }))
        }}
      />

      <Radio.Group
        label={t('intake.data.left.label')}
        description={t('intake.data.left.help')}
        value={data.leftOrganisation}
        onChange={(value) => {
          const parsed = YesNoUnknownSchema.safeParse(value)
          if (parsed.success) setData((current) => ({ ...current, leftOrganisation: parsed.data }))
        }}
      >
        <Group mt="xs">
          <Radio value="yes" label={t('intake.yes')} />
          <Radio value="no" label={t('intake.no')} />
          <Radio value="unknown" label={t('intake.unknown')} />
        </Group>
      </Radio.Group>

      <Radio.Group
        label={t('intake.data.recipients.label')}
        description={t('intake.data.recipients.help')}
        value={data.recipients}
        onChange={(value) => {
          const parsed = RecipientsSchema.safeParse(value)
          if (parsed.success) setData((current) => ({ ...current, recipients: parsed.data }))
        }}
      >
        <Stack mt="xs" gap="xs">
          {RecipientsSchema.options.map((option) => (
            <Radio key={option} value={option} label={t(`intake.recipients.${option}`)} />
          ))}
        </Stack>
      </Radio.Group>

      <NativeSelect
        label={t('intake.data.identifiability.label')}
        description={t('intake.data.identifiability.help')}
        value={data.identifiability}
        data={IdentifiabilitySchema.options.map((option) => ({
          value: option,
          label: t(`intake.identifiability.${option}`)
        }))}
        onChange={(event) => {
          const parsed = IdentifiabilitySchema.safeParse(event.currentTarget.value)
          if (parsed.success) setData((current) => ({ ...current, identifiability: parsed.data }))
        }}
      />

      <RiskFactorQuestions {...{ incident, onChange, problems }} />

      <Title order={4} size="h4">
        {t('intake.data.mitigation.heading')}
      </Title>
      <Checkbox
        label={t('intake.data.mitigation.removeHighRisk.label')}
        description={t('intake.data.mitigation.removeHighRisk.help')}
        checked={incident.gdprMitigation.measuresRemoveHighRisk}
        onChange={(event) => {
          const measuresRemoveHighRisk = event.currentTarget.checked
          onChange((current) => ({
            ...current,
            gdprMitigation: { ...current.gdprMitigation, measuresRemoveHighRisk }
          }))
        }}
      />
      <Checkbox
        label={t('intake.data.mitigation.disproportionate.label')}
        description={t('intake.data.mitigation.disproportionate.help')}
        checked={incident.gdprMitigation.disproportionateEffort}
        onChange={(event) => {
          const disproportionateEffort = event.currentTarget.checked
          onChange((current) => ({
            ...current,
            gdprMitigation: { ...current.gdprMitigation, disproportionateEffort }
          }))
        }}
      />
    </Stack>
  )
}
