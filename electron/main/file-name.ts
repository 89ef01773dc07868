/**
 * File names proposed in the save dialog: the pure logic lives in shared/ so the documents, the
 * CLI and the renderer propose the same names (`2026-11-25_INC-0042_declaration_AXA.pdf`).
 */
export { buildDocumentFileName, sanitizeFileName } from '../../shared/documents/file-name'
