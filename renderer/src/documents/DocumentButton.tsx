/**
 * One document as the action of a card of the assessment ("Prepare the CNIL notification",
 * "Declare to <insurer>"), in the UI's language, with its own status line. Same generation and
 * saving as the documents section (use-document-export.ts).
 *
 *   <DocumentButton file={file} assessment={assessment} request={{ kind: 'notification' }}
 *                   label="Prepare the CNIL notification" />
 */
import { Alert, Button, Stack, Text } from '@mantine/core'

import type { Assessment } from '@shared/assessment'
import type { IncidentFile } from '@shared/model'

import { useI18n } from '../i18n/I18nProvider'
import { WRAPPING_BUTTON, prefetchDocuments, useDocumentExport } from './use-document-export'
import type { DocumentRequest } from './use-document-export'

export function DocumentButton(props: {
  file: IncidentFile
  assessment: Assessment
  request: DocumentRequest
  label: string
}) {
  const { file, assessment, request, label } = props
  const { t, language } = useI18n()
  const { status, generate } = useDocumentExport(file, assessment)
  const busy = status.kind === 'busy'
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size="compact-sm"
        variant="filled"
        loading={busy}
        disabled={busy}
        onClick={() => void generate(request, label, language)}
        onPointerEnter={prefetchDocuments}
        onFocus={prefetchDocuments}
        data-testid={`action-${request.kind}${request.policyId ? `-${request.policyId}` : ''}`}
        styles={WRAPPING_BUTTON}
      >
        {label}
      </Button>
      <div role="status" aria-live="polite">
        {status.kind === 'saved' && (
          <Text size="sm" c="#2b6b3f" style={{ overflowWrap: 'anywhere' }}>
            {t('documents.saved', { path: status.path })}
          </Text>
        )}
        {status.kind === 'cancelled' && <Text size="sm">{t('documents.cancelled')}</Text>}
      </div>
      {status.kind === 'error' && (
        <Alert color="red" role="alert" p="xs">
          {t('documents.error', { message: status.message })}
        </Alert>
      )}
    </Stack>
  )
}
