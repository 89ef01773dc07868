/**
 * Every document for one incident: per policy concerned the declaration (sent to the insurer)
 * and the assessment report (kept), then the checklist and the CNIL draft.
 */
import type { Assessment } from '../assessment'
import type { IncidentFile } from '../model'
import { assessmentReportSpec } from './assessment-report'
import { checklistSpec } from './checklist'
import { declarationSpec, policiesConcerned } from './declaration'
import { buildLetterDocx } from './docx'
import type { LetterKind } from './letters'
import { buildLetter, letterSpec, lettersFor } from './letters'
import { notificationSpec } from './notification'
import type { BuiltDocument, DocumentSpec, RenderContext } from './spec'
import { renderSpec } from './spec'

export type DocumentKind =
  'declaration' | 'assessment_report' | 'checklist' | 'notification' | 'letter'

/** What the UI lists as buttons, in the order a stressed user needs them. */
export function documentsFor(file: IncidentFile): DocumentRequest[] {
  return [
    ...policiesConcerned(file).flatMap((policy) => [
      { kind: 'declaration' as const, policyId: policy.id },
      { kind: 'assessment_report' as const, policyId: policy.id }
    ]),
    { kind: 'checklist' },
    { kind: 'notification' },
    ...lettersFor(file).flatMap((letter) => [
      { kind: 'letter' as const, letter, format: 'pdf' as const },
      { kind: 'letter' as const, letter, format: 'docx' as const }
    ])
  ]
}

export type DocumentRequest = {
  kind: DocumentKind
  policyId?: string
  /** For kind 'letter'. */
  letter?: LetterKind
  /** Letters come as PDF (default) or DOCX, to edit before sending. */
  format?: 'pdf' | 'docx'
}

/** What a document will draw, before drawing (tests read its text here). */
export function documentSpec(
  request: DocumentRequest,
  input: { file: IncidentFile; assessment: Assessment },
  context: RenderContext
): DocumentSpec {
  switch (request.kind) {
    case 'declaration':
      if (request.policyId === undefined) throw new Error('A declaration needs a policy')
      return declarationSpec({ file: input.file, policyId: request.policyId }, context)
    case 'assessment_report':
      if (request.policyId === undefined) throw new Error('A report needs a policy')
      return assessmentReportSpec({ ...input, policyId: request.policyId }, context)
    case 'checklist':
      return checklistSpec(input, context)
    case 'notification':
      return notificationSpec(input, context)
    case 'letter':
      if (request.letter === undefined) throw new Error('Which letter?')
      return letterSpec(buildLetter(request.letter, input.file, context))
  }
}

export function buildDocument(
  request: DocumentRequest,
  input: { file: IncidentFile; assessment: Assessment },
  context: RenderContext
): Promise<BuiltDocument> {
  if (request.kind === 'letter' && request.format === 'docx') {
    if (request.letter === undefined) throw new Error('Which letter?')
    return buildLetterDocx(buildLetter(request.letter, input.file, context))
  }
  return renderSpec(documentSpec(request, input, context), context.fonts)
}

/** Yields documents one at a time, so a caller can write each as soon as it exists. */
export async function* buildIncidentDocuments(
  input: { file: IncidentFile; assessment: Assessment },
  context: RenderContext
): AsyncGenerator<BuiltDocument> {
  for (const request of documentsFor(input.file)) yield await buildDocument(request, input, context)
}
