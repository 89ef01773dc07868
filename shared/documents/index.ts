export type { ChecklistInput } from './checklist'
export { BOX_DONE, BOX_EMPTY, buildChecklist, checklistSpec, whoActs } from './checklist'
export type { AssessmentReportInput } from './assessment-report'
export { assessmentReportSpec, buildAssessmentReport } from './assessment-report'
export type { DeclarationInput } from './declaration'
export { buildDeclaration, declarationSpec, policiesConcerned } from './declaration'
export { buildDocumentFileName, sanitizeFileName } from './file-name'
export { formatAmount, formatCount, formatDay, formatInstant } from './format'
export type { NotificationInput } from './notification'
export { buildNotificationDraft, notificationSpec } from './notification'
export type {
  RegisterEntry,
  RegisterExportOptions,
  RegisterProgress,
  SkippedRecord
} from './register'
export {
  REGISTER_FILE_FORMAT,
  REGISTER_FILE_VERSION,
  CSV_SEPARATORS,
  assessRegisterFiles,
  buildRegisterCsv,
  buildRegisterJson,
  buildRegisterPdf,
  csvCell,
  registerFileName
} from './register'
export type { BuiltDocument, DocumentSpec, RenderContext } from './spec'
export { pageFooter, preparedSpec, renderSpec, specStrings } from './spec'
export type { DocumentKind, DocumentRequest } from './incident-documents'
export {
  buildDocument,
  buildIncidentDocuments,
  documentSpec,
  documentsFor
} from './incident-documents'
export { NBSP, NNBSP, ORDINARY_SPACE_BEFORE_PUNCTUATION, frenchTypography } from './typography'
export { likelyConsequences } from './consequences'
export { DOCX_MIME, buildLetterDocx, stampZip } from './docx'
export type { Letter, LetterKind } from './letters'
export { LETTER_KINDS, buildLetter, letterSpec, letterTitle, lettersFor } from './letters'
export type { EmergencySheetInput } from './emergency-sheet'
export { buildEmergencySheet, emergencySheetSpec, groupRecoveryKey } from './emergency-sheet'
