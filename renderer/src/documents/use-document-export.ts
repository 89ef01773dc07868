/**
 * Generates one document of an incident and saves it through the bridge (native dialog in
 * Electron, a download in a browser), with the status to show. Shared by the documents section
 * and the action buttons on the assessment's duty and policy cards, so both do the same thing.
 */
import { useState } from 'react'

import type { Assessment } from '@shared/assessment'
import type { DocumentRequest } from '@shared/documents'
import type { IncidentFile, Lang } from '@shared/model'

import { getBridge } from '../platform/bridge'
import { loadDocumentFonts } from './fonts'

export type { DocumentRequest }

export type DocumentExportStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; name: string }
  | { kind: 'saved'; path: string }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string }

/** Mantine buttons do not wrap; a long insurer name must, instead of widening the page. */
export const WRAPPING_BUTTON = {
  root: { height: 'auto', minHeight: 30, maxWidth: '100%' },
  label: { whiteSpace: 'normal', textAlign: 'left', overflowWrap: 'anywhere' }
} as const

/** Pointing at or tabbing to a button starts loading pdf-lib and the fonts: the click is faster. */
export function prefetchDocuments(): void {
  void import('@shared/documents')
  void loadDocumentFonts().catch(() => undefined)
}

export function useDocumentExport(file: IncidentFile, assessment: Assessment) {
  const [status, setStatus] = useState<DocumentExportStatus>({ kind: 'idle' })

  async function generate(request: DocumentRequest, label: string, lang: Lang): Promise<void> {
    setStatus({ kind: 'busy', name: label })
    try {
      // pdf-lib, fontkit and docx load only when a document is asked for.
      const [{ buildDocument }, fonts] = await Promise.all([
        import('@shared/documents'),
        loadDocumentFonts()
      ])
      const built = await buildDocument(
        request,
        { file, assessment },
        { lang, createdAt: new Date().toISOString(), fonts }
      )
      const result = await getBridge().saveFile({
        suggestedName: built.fileName,
        mimeType: built.mimeType,
        bytes: built.bytes
      })
      if (result.status === 'saved') setStatus({ kind: 'saved', path: result.path })
      else if (result.status === 'cancelled') setStatus({ kind: 'cancelled' })
      else setStatus({ kind: 'error', message: result.message })
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) })
    }
  }

  return { status, generate }
}
