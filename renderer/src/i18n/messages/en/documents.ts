import type { SameKeysAs } from '../../translations'
import type { documents as french } from '../fr/documents'

export const documents = {
  'documents.title': 'Documents',
  'documents.intro':
    'Generate the documents to send or keep. They are made on this computer; nothing is sent.',
  'documents.language': 'Document language',
  'documents.declaration': 'Claim declaration — {insurer} ({policy})',
  'documents.declaration.hint': 'Policy no. {number} — to send to the insurer',
  'documents.report': 'Assessment report — {insurer} ({policy})',
  'documents.report.hint': 'Internal document, to keep',
  'documents.checklist': 'Response plan (checklist)',
  'documents.letters': 'Letters',
  'documents.letters.intro':
    'Drafts to read and complete before sending: PDF, or DOCX to edit in a word processor.',
  'documents.notification': 'Draft notification to the CNIL',
  'documents.noPolicy':
    'No insurance policy is linked to this incident: add one to prepare a claim declaration.',
  'documents.generating': 'Preparing “{name}”…',
  'documents.saved': 'Saved: {path}',
  'documents.cancelled': 'Saving cancelled.',
  'documents.error': 'The document could not be created: {message}',
  'documents.register.title': 'Export the register',
  'documents.register.intro':
    'The breach register (GDPR art. 33(5)) as PDF, and every incident as CSV and JSON.',
  'documents.register.start': 'Export the register (PDF, CSV, JSON)',
  'documents.register.cancel': 'Cancel the export',
  'documents.register.loading': 'Reading the register: {done} / {total}',
  'documents.register.assess': 'Assessing incidents: {done} / {total}',
  'documents.register.prepare': 'Preparing the PDF: {done} / {total}',
  'documents.register.layout': 'Laying out: {done} / {total}',
  'documents.register.draw': 'Drawing pages: {done} / {total}',
  'documents.register.save': 'Assembling the PDF…',
  'documents.register.progress': 'Export progress',
  'documents.register.done': 'Register exported: {count} incident(s), {pages} page(s).',
  'documents.register.cancelled': 'Export cancelled. No file was saved.',
  'documents.register.error': 'The export failed: {message}',
  'documents.register.skipped':
    '{count} incident(s) left out of the export; the others were exported. Correct them, then export again.',
  'documents.register.skippedItem': '{record}: {reason}'
} as const satisfies SameKeysAs<typeof french>
