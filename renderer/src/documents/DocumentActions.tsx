/**
 * Buttons that generate each document of an incident (one claim declaration per policy
 * concerned, the response checklist, the CNIL notification draft) and save it through the
 * bridge (native dialog in Electron, a download in a browser).
 *
 *   <DocumentActions file={{ format, formatVersion, incident, policies }} assessment={assessment} />
 *
 * `file.policies` must contain the policies of `incident.policyIds` (others are ignored).
 */
import { Alert, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'

import type { Assessment } from '@shared/assessment'
import { letterTitle, lettersFor } from '@shared/documents/letters'
import type { Lang } from '@shared/model'
import { POLICY_KIND_LABELS } from '@shared/model'
import type { IncidentFile } from '@shared/model'

import { useI18n } from '../i18n/I18nProvider'
import { WRAPPING_BUTTON, prefetchDocuments, useDocumentExport } from './use-document-export'
import type { DocumentRequest } from './use-document-export'

export type DocumentActionsProps = {
  file: IncidentFile
  assessment: Assessment
  headingLevel?: 2 | 3
}

export function DocumentActions(props: DocumentActionsProps) {
  const { file, assessment, headingLevel = 2 } = props
  const { t, language } = useI18n()
  const [docLang, setDocLang] = useState<Lang>(language)
  const { status, generate } = useDocumentExport(file, assessment)

  const policies = file.incident.policyIds.flatMap(
    (id) => file.policies.find((policy) => policy.id === id) ?? []
  )
  const buttons: { request: DocumentRequest; label: string; hint?: string }[] = [
    ...policies.flatMap((policy) => {
      const names = { insurer: policy.insurer, policy: POLICY_KIND_LABELS[policy.kind][language] }
      return [
        {
          request: { kind: 'declaration' as const, policyId: policy.id },
          label: t('documents.declaration', names),
          hint: t('documents.declaration.hint', { number: policy.policyNumber })
        },
        {
          request: { kind: 'assessment_report' as const, policyId: policy.id },
          label: t('documents.report', names),
          hint: t('documents.report.hint')
        }
      ]
    }),
    { request: { kind: 'checklist' }, label: t('documents.checklist') },
    { request: { kind: 'notification' }, label: t('documents.notification') }
  ]
  // Letters are edited before sending: each comes as PDF and as DOCX (Word, LibreOffice).
  const letters = lettersFor(file).map((letter) => ({
    letter,
    label: letterTitle(letter, docLang)
  }))

  const busy = status.kind === 'busy'
  return (
    <Stack gap="sm" component="section" aria-labelledby="documents-title">
      <Title order={headingLevel} size="h3" id="documents-title">
        {t('documents.title')}
      </Title>
      <Text size="sm">{t('documents.intro')}</Text>
      <Group gap="xs" align="center">
        <Text size="sm" id="documents-language">
          {t('documents.language')}
        </Text>
        <SegmentedControl
          aria-labelledby="documents-language"
          size="xs"
          value={docLang}
          onChange={(value) => setDocLang(value === 'en' ? 'en' : 'fr')}
          data={[
            { value: 'fr', label: 'Français' },
            { value: 'en', label: 'English' }
          ]}
        />
      </Group>
      {policies.length === 0 && (
        <Alert color="yellow" variant="light">
          {t('documents.noPolicy')}
        </Alert>
      )}
      <Stack gap="xs" align="flex-start">
        {buttons.map(({ request, label, hint }) => (
          <Group key={`${request.kind}-${request.policyId ?? ''}`} gap="xs" maw="100%">
            <Button
              variant={request.kind === 'declaration' ? 'filled' : 'light'}
              disabled={busy}
              loading={busy && status.name === label}
              onClick={() => void generate(request, label, docLang)}
              onPointerEnter={prefetchDocuments}
              onFocus={prefetchDocuments}
              // Long insurer names wrap instead of widening the page.
              styles={WRAPPING_BUTTON}
            >
              {label}
            </Button>
            {hint !== undefined && (
              <Text size="xs" c="dimmed">
                {hint}
              </Text>
            )}
          </Group>
        ))}
      </Stack>
      {letters.length > 0 && (
        <Stack gap="xs" align="flex-start">
          <Title order={headingLevel === 2 ? 3 : 4} size="h5">
            {t('documents.letters')}
          </Title>
          <Text size="sm">{t('documents.letters.intro')}</Text>
          {letters.map(({ letter, label }) => (
            <Group key={letter} gap="xs" maw="100%">
              <Text size="sm" miw={0} style={{ flex: '1 1 16rem' }}>
                {label}
              </Text>
              {(['pdf', 'docx'] as const).map((format) => {
                const name = `${label} (${format.toUpperCase()})`
                return (
                  <Button
                    key={format}
                    size="xs"
                    variant="light"
                    disabled={busy}
                    loading={busy && status.name === name}
                    aria-label={name}
                    onClick={() => void generate({ kind: 'letter', letter, format }, name, docLang)}
                    onPointerEnter={prefetchDocuments}
                    onFocus={prefetchDocuments}
                  >
                    {format.toUpperCase()}
                  </Button>
                )
              })}
            </Group>
          ))}
        </Stack>
      )}
      <div role="status" aria-live="polite">
        {status.kind === 'busy' && (
          <Text size="sm">{t('documents.generating', { name: status.name })}</Text>
        )}
        {status.kind === 'saved' && (
          <Text size="sm" c="#2b6b3f">
            {t('documents.saved', { path: status.path })}
          </Text>
        )}
        {status.kind === 'cancelled' && <Text size="sm">{t('documents.cancelled')}</Text>}
      </div>
      {status.kind === 'error' && (
        <Alert color="red" role="alert">
          {t('documents.error', { message: status.message })}
        </Alert>
      )}
    </Stack>
  )
}
