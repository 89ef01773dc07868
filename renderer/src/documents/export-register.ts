/**
 * The register export, pure of any DOM or worker API so it can be tested in Node and run in the
 * worker: assess every incident, then build the CSV, the JSON and the Art. 33(5) PDF.
 */
import { RULE_SET_VERSION, assess } from '@shared/assessment'
import type { RegisterEntry } from '@shared/documents'
import { buildRegisterCsv, buildRegisterJson, buildRegisterPdf } from '@shared/documents'

import type { ExportRequest, ExportResponse } from './export-protocol'

export async function exportRegister(
  request: ExportRequest,
  post: (message: ExportResponse) => void
): Promise<void> {
  const { files, lang, createdAt, timeZone, fonts } = request
  const entries: RegisterEntry[] = []
  files.forEach((file, index) => {
    entries.push({
      file,
      assessment: assess({ incident: file.incident, policies: file.policies }, { now: createdAt })
    })
    if (index % 100 === 0)
      post({ type: 'progress', stage: 'assess', done: index, total: files.length })
  })
  const options = { lang, createdAt, timeZone }
  const csv = buildRegisterCsv(entries, options)
  const json = buildRegisterJson(entries, options)
  const pdf = await buildRegisterPdf(entries, {
    ...options,
    fonts,
    ruleSetVersion: RULE_SET_VERSION,
    onProgress: (progress) => post({ type: 'progress', ...progress })
  })
  post({
    type: 'done',
    files: [pdf, csv, json].map(({ fileName, mimeType, bytes }) => ({ fileName, mimeType, bytes })),
    pageCount: pdf.pageCount ?? 0,
    count: entries.length
  })
}
