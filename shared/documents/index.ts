export type { ChecklistInput } from './checklist'
export { BOX_DONE, BOX_EMPTY, buildChecklist, checklistSpec } from './checklist'
export type { DeclarationInput } from './declaration'
export { buildDeclaration, declarationSpec, policiesConcerned } from './declaration'
export { buildDocumentFileName, sanitizeFileName } from './file-name'
export { formatAmount, formatCount, formatDay, formatInstant } from './format'
export type { NotificationInput } from './notification'
export { buildNotificationDraft, notificationSpec } from './notification'
export type { RegisterEntry, RegisterExportOptions, RegisterProgress } from './register'
export {
  REGISTER_FILE_FORMAT,
  REGISTER_FILE_VERSION,
  buildRegisterCsv,
  buildRegisterJson,
  buildRegisterPdf,
  csvCell,
  registerFileName
} from './register'
export type { BuiltDocument, DocumentSpec, RenderContext } from './spec'
export { pageFooter, renderSpec } from './spec'
export type { DocumentKind } from './incident-documents'
export { buildDocument, buildIncidentDocuments, documentsFor } from './incident-documents'
