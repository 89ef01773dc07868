/** Every document for one incident: one declaration per policy concerned, the checklist, the draft. */
import type { Assessment } from '../assessment'
import type { IncidentFile } from '../model'
import { buildChecklist } from './checklist'
import { buildDeclaration, policiesConcerned } from './declaration'
import { buildNotificationDraft } from './notification'
import type { BuiltDocument, RenderContext } from './spec'

export type DocumentKind = 'declaration' | 'checklist' | 'notification'

/** What the UI lists as buttons, in the order a stressed user needs them. */
export function documentsFor(file: IncidentFile): { kind: DocumentKind; policyId?: string }[] {
  return [
    ...policiesConcerned(file).map((policy) => ({
      kind: 'declaration' as const,
      policyId: policy.id
    })),
    { kind: 'checklist' },
    { kind: 'notification' }
  ]
}

export function buildDocument(
  request: { kind: DocumentKind; policyId?: string },
  input: { file: IncidentFile; assessment: Assessment },
  context: RenderContext
): Promise<BuiltDocument> {
  switch (request.kind) {
    case 'declaration':
      if (request.policyId === undefined) throw new Error('A declaration needs a policy')
      return buildDeclaration({ ...input, policyId: request.policyId }, context)
    case 'checklist':
      return buildChecklist(input, context)
    case 'notification':
      return buildNotificationDraft(input, context)
  }
}

/** Yields documents one at a time, so a caller can write each as soon as it exists. */
export async function* buildIncidentDocuments(
  input: { file: IncidentFile; assessment: Assessment },
  context: RenderContext
): AsyncGenerator<BuiltDocument> {
  for (const request of documentsFor(input.file)) yield await buildDocument(request, input, context)
}
