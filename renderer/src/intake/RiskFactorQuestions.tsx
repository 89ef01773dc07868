import { Checkbox, Group, NumberInput, Radio, SimpleGrid, Stack, Title } from '@mantine/core'

import {
  HEALTH_LEVEL_LABELS,
  HealthLevelSchema,
  PERSON_CATEGORY_LABELS,
  PersonCategorySchema,
  YesNoUnknownSchema
} from '@shared/model'
import type { AffectedData, YesNoUnknown } from '@shared/model'

import { numberSeparators } from '../components/number-format'
import { useI18n } from '../i18n/I18nProvider'
import { withOptional } from './incident-updates'
import type { StepProps } from './step-props'

type TriState = 'recipientTrusted' | 'deletionConfirmed' | 'fraudEnabling' | 'otherEuStates'
type Hours = 'recipientsCount' | 'exposureHours' | 'unavailabilityHours'

/**
 * The EDPB 9/2022 risk factors the ENISA formula alone misses, each asked only when it can weigh:
 * recipients and deletion for a disclosure, exposure for readable data, duration for an outage,
 * the health level when health data are involved. Unanswered = not known yet, never "no".
 */
export function RiskFactorQuestions({ incident, onChange }: StepProps) {
  const { t, language } = useI18n()
  const separators = numberSeparators(language)
  const data = incident.data
  const setData = (patch: (data: AffectedData) => AffectedData) =>
    onChange((current) => ({ ...current, data: patch(current.data) }))
  const confidentiality = incident.breachTypes.includes('confidentiality')
  const readable =
    confidentiality && !(data.encryption === 'state_of_the_art' && !data.keyCompromised)
  const disclosed = readable && data.recipients !== 'none'

  const triState = (key: TriState) => (
    <Radio.Group
      label={t(`intake.risk.${key}.label`)}
      value={data[key] ?? ''}
      onChange={(value) => {
        const parsed = YesNoUnknownSchema.safeParse(value)
        if (parsed.success)
          setData((current) => withOptional<AffectedData, TriState>(current, key, parsed.data))
      }}
    >
      <Group mt="xs">
        {(['yes', 'no', 'unknown'] as YesNoUnknown[]).map((v) => (
          <Radio key={v} value={v} label={t(`intake.${v}`)} />
        ))}
      </Group>
    </Radio.Group>
  )
  const number = (key: Hours, integer = false) => (
    <NumberInput
      label={`${t(`intake.risk.${key}.label`)} (${t('intake.optional')})`}
      value={data[key] ?? ''}
      onChange={(value) => {
        const n =
          typeof value === 'number' && Number.isFinite(value)
            ? integer
              ? Math.round(value)
              : value
            : undefined
        setData((current) => withOptional<AffectedData, Hours>(current, key, n))
      }}
      min={0}
      allowDecimal={!integer}
      allowNegative={false}
      {...separators}
    />
  )

  return (
    <Stack gap="sm">
      <Title order={4} size="h4">
        {t('intake.risk.heading')}
      </Title>
      <Checkbox.Group
        label={t('intake.risk.personCategories.label')}
        value={data.personCategories ?? []}
        onChange={(values) => {
          const personCategories = PersonCategorySchema.options.filter((c) => values.includes(c))
          setData((current) =>
            withOptional(
              current,
              'personCategories',
              personCategories.length ? personCategories : undefined
            )
          )
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
          {PersonCategorySchema.options.map((c) => (
            <Checkbox key={c} value={c} label={PERSON_CATEGORY_LABELS[c][language]} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      {data.categories.includes('health') && (
        <Radio.Group
          label={t('intake.risk.healthLevel.label')}
          value={data.healthLevel ?? ''}
          onChange={(value) => {
            const parsed = HealthLevelSchema.safeParse(value)
            if (parsed.success) setData((current) => ({ ...current, healthLevel: parsed.data }))
          }}
        >
          <Stack mt="xs" gap="xs">
            {HealthLevelSchema.options.map((level) => (
              <Radio key={level} value={level} label={HEALTH_LEVEL_LABELS[level][language]} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {disclosed && (
        <>
          {number('recipientsCount', true)}
          {triState('recipientTrusted')}
          {triState('deletionConfirmed')}
        </>
      )}
      {readable && (
        <>
          {triState('fraudEnabling')}
          {number('exposureHours')}
          <Checkbox
            label={t('intake.risk.partiallyProtected.label')}
            checked={data.partiallyProtected ?? false}
            onChange={(event) => {
              const v = event.currentTarget.checked
              setData((current) => withOptional(current, 'partiallyProtected', v || undefined))
            }}
          />
        </>
      )}
      {incident.breachTypes.includes('availability') && number('unavailabilityHours')}
      <Checkbox
        label={t('intake.risk.otherCategoriesPossible.label')}
        checked={data.otherCategoriesPossible ?? false}
        onChange={(event) => {
          const v = event.currentTarget.checked
          setData((current) => withOptional(current, 'otherCategoriesPossible', v || undefined))
        }}
      />
      {triState('otherEuStates')}
    </Stack>
  )
}
