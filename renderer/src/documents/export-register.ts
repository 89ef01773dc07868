/**
 * The register export, pure of any DOM or worker API so it can be tested in Node and run in the
 * worker: assess every incident, then build the CSV, the JSON and the Art. 33(5) PDF.
 *
 * Each incident is validated and assessed inside its own guard (and laid out and written inside
 * its own guard again): a bad record is reported in `skipped`, with which one and why, and left
 * out; it never blocks the export of the others.
 */
import { RULE_SET_VERSION } from '@shared/assessment'
import type { SkippedRecord } from '@shared/documents'
import {
  assessRegisterFiles,
  buildRegisterCsv,
  buildRegisterJson,
  buildRegisterPdf
} from '@shared/documents'

import type { ExportRequest, ExportResponse } from './export-protocol'

export async function exportRegister(
  request: ExportRequest,
  post: (message: ExportResponse) => void
): Promise<void> {
  const { files, lang, createdAt, timeZone, fonts } = request
  const { entries, skipped } = assessRegisterFiles(files, {
    now: createdAt,
    onProgress: (done, total) => post({ type: 'progress', stage: 'assess', done, total })
  })
  // A record the PDF or the CSV alone could not take is reported with its stage ('pdf', 'csv').
  const onSkip = (record: SkippedRecord) => skipped.push(record)
  const options = { lang, createdAt, timeZone }
  const csv = buildRegisterCsv(entries, { ...options, onSkip })
  const json = buildRegisterJson(entries, options)
  const pdf = await buildRegisterPdf(entries, {
    ...options,
    fonts,
    ruleSetVersion: RULE_SET_VERSION,
    onSkip,
    onProgress: (progress) => post({ type: 'progress', ...progress })
  })
  skipped.sort((a, b) => a.index - b.index)
  post({
    type: 'done',
    files: [pdf, csv, json].map(({ fileName, mimeType, bytes }) => ({ fileName, mimeType, bytes })),
    pageCount: pdf.pageCount ?? 0,
    count: entries.length,
    skipped
  })
}
