import {
  Checkbox,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
  Title
} from '@mantine/core'

import { ProfessionSchema } from '@shared/model'

import { useI18n } from '../i18n/I18nProvider'
import { problemAt } from './field-errors'
import type { StepProps } from './step-props'
import { optionalText, withOptional } from './incident-updates'

export function IncidentStep({ incident, onChange, problems }: StepProps) {
  const { t } = useI18n()
  const insured = incident.insured
  return (
    <Stack gap="md">
      <Title order={3} size="h3">
        {t('intake.incident.heading')}
      </Title>
      <TextInput
        label={t('intake.incident.title.label')}
        description={t('intake.incident.title.help')}
        value={incident.title}
        onChange={(event) => {
          const title = event.currentTarget.value
          onChange((current) => ({ ...current, title }))
        }}
        error={problemAt(problems, 'title')}
        data-testid="field-title"
      />
      <Textarea
        label={t('intake.incident.narrative.label')}
        description={t('intake.incident.narrative.help')}
        value={incident.narrative}
        onChange={(event) => {
          const narrative = event.currentTarget.value
          onChange((current) => ({ ...current, narrative }))
        }}
        error={problemAt(problems, 'narrative')}
        autosize
        minRows={6}
        maxRows={20}
        data-testid="field-narrative"
      />
      <Title order={4} size="h4">
        {t('intake.incident.insured.heading')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('intake.incident.insured.name.label')}
          description={t('intake.incident.insured.name.help')}
          value={insured.name}
          onChange={(event) => {
            const name = event.currentTarget.value
            onChange((current) => ({ ...current, insured: { ...current.insured, name } }))
          }}
          error={problemAt(problems, 'insured.name')}
        />
        <NativeSelect
          label={t('intake.incident.insured.profession.label')}
          value={insured.profession}
          data={ProfessionSchema.options.map((profession) => ({
            value: profession,
            label: t(`intake.profession.${profession}`)
          }))}
          onChange={(event) => {
            const parsed = ProfessionSchema.safeParse(event.currentTarget.value)
            if (parsed.success) {
              onChange((current) => ({
                ...current,
                insured: { ...current.insured, profession: parsed.data }
              }))
            }
          }}
          error={problemAt(problems, 'insured.profession')}
        />
      </SimpleGrid>
      <TextInput
        label={`${t('intake.incident.insured.organisation.label')} (${t('intake.optional')})`}
        value={insured.organisation ?? ''}
        onChange={(event) => {
          const organisation = optionalText(event.currentTarget.value)
          onChange((current) => ({
            ...current,
            insured: withOptional(current.insured, 'organisation', organisation)
          }))
        }}
        error={problemAt(problems, 'insured.organisation')}
      />
      <Checkbox
        label={t('intake.incident.insured.healthEstablishment.label')}
        description={t('intake.incident.insured.healthEstablishment.help')}
        checked={insured.healthEstablishment}
        onChange={(event) => {
          const healthEstablishment = event.currentTarget.checked
          onChange((current) => ({
            ...current,
            insured: { ...current.insured, healthEstablishment }
          }))
        }}
      />
      <Checkbox
        label={t('intake.incident.insured.alsaceMoselle.label')}
        description={t('intake.incident.insured.alsaceMoselle.help')}
        checked={insured.alsaceMoselle}
        onChange={(event) => {
          const alsaceMoselle = event.currentTarget.checked
          onChange((current) => ({ ...current, insured: { ...current.insured, alsaceMoselle } }))
        }}
      />
    </Stack>
  )
}
