/** Messages between the register export UI and its worker (export.worker.ts). */
import type { SkippedRecord } from '@shared/documents'
import type { Lang, IncidentFile } from '@shared/model'
import type { FontBytes } from '@shared/pdf'

export type ExportRequest = {
  type: 'start'
  files: IncidentFile[]
  lang: Lang
  /** ISO instant: the assessment's `now` and the PDF creation date. */
  createdAt: string
  timeZone: string
  fonts: FontBytes
}

export type ExportStage = 'assess' | 'prepare' | 'layout' | 'draw' | 'save'

export type ExportFile = { fileName: string; mimeType: string; bytes: Uint8Array }

export type ExportResponse =
  | { type: 'progress'; stage: ExportStage; done: number; total: number }
  | {
      type: 'done'
      files: ExportFile[]
      pageCount: number
      /** Incidents exported. */
      count: number
      /** Incidents left out, each with why (never blocking the others). */
      skipped: SkippedRecord[]
    }
  | { type: 'error'; message: string }
