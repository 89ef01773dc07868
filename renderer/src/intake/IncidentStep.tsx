import {
  Button,
  Checkbox,
  Collapse,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title
} from '@mantine/core'

import { useId, useState } from 'react'

import { ProfessionSchema } from '@shared/model'
import type { Insured } from '@shared/model'

import { useI18n } from '../i18n/I18nProvider'
import { problemAt } from './field-errors'
import { RoleQuestion } from './RoleQuestion'
import type { StepProps } from './step-props'
import { optionalText, withOptional } from './incident-updates'
import type { IncidentUpdate } from './incident-updates'

const CONTACT_FIELDS = ['address', 'email', 'phone', 'dpoContact'] as const
type ContactField = (typeof CONTACT_FIELDS)[number]

function setContact(field: ContactField, value: string): IncidentUpdate {
  return (current) => ({
    ...current,
    insured: withOptional<Insured, ContactField>(current.insured, field, optionalText(value))
  })
}

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
      <RoleQuestion {...{ incident, onChange, problems }} />
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
      <ContactDetails {...{ incident, onChange, problems }} />
    </Stack>
  )
}

/**
 * The insured's contact details, folded by default so the first screen stays short; opened
 * whenever one of them has a problem so the error is never hidden.
 */
function ContactDetails({ incident, onChange, problems }: StepProps) {
  const { t } = useI18n()
  const insured = incident.insured
  const regionId = useId()
  const hasProblem = CONTACT_FIELDS.some((field) => problemAt(problems, `insured.${field}`))
  const [open, setOpen] = useState(false)
  const expanded = open || hasProblem
  const filled = CONTACT_FIELDS.filter((field) => insured[field] !== undefined).length

  return (
    <Stack gap="xs">
      <Button
        variant="subtle"
        justify="flex-start"
        px={0}
        aria-expanded={expanded}
        aria-controls={regionId}
        onClick={() => setOpen(!expanded)}
        data-testid="toggle-contact"
        leftSection={<span aria-hidden>{expanded ? '▾' : '▸'}</span>}
      >
        {t('intake.incident.contact.toggle')} ({filled}/{CONTACT_FIELDS.length})
      </Button>
      <Collapse expanded={expanded} id={regionId} keepMounted={false}>
        <Stack gap="sm" pb="xs">
          <Text size="sm">{t('intake.incident.contact.help')}</Text>
          <Textarea
            label={t('intake.incident.insured.address.label')}
            value={insured.address ?? ''}
            onChange={(event) => onChange(setContact('address', event.currentTarget.value))}
            error={problemAt(problems, 'insured.address')}
            autoComplete="street-address"
            autosize
            minRows={2}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="email"
              label={t('intake.incident.insured.email.label')}
              value={insured.email ?? ''}
              onChange={(event) => onChange(setContact('email', event.currentTarget.value))}
              error={problemAt(problems, 'insured.email')}
              autoComplete="email"
            />
            <TextInput
              type="tel"
              label={t('intake.incident.insured.phone.label')}
              value={insured.phone ?? ''}
              onChange={(event) => onChange(setContact('phone', event.currentTarget.value))}
              error={problemAt(problems, 'insured.phone')}
              autoComplete="tel"
            />
          </SimpleGrid>
          <TextInput
            label={t('intake.incident.insured.dpo.label')}
            description={t('intake.incident.insured.dpo.help')}
            value={insured.dpoContact ?? ''}
            onChange={(event) => onChange(setContact('dpoContact', event.currentTarget.value))}
            error={problemAt(problems, 'insured.dpoContact')}
          />
        </Stack>
      </Collapse>
    </Stack>
  )
}
