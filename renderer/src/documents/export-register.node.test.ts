// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { sampleIncidents } from '@shared/model'

import type { ExportResponse } from './export-protocol'
import { exportRegister } from './export-register'

const fontDir = join(import.meta.dirname, '../../../resources/fonts')
const fonts = {
  regular: new Uint8Array(readFileSync(join(fontDir, 'DejaVuSans.ttf'))),
  bold: new Uint8Array(readFileSync(join(fontDir, 'DejaVuSans-Bold.ttf')))
}

describe('exportRegister (the worker body)', () => {
  it('reports progress stage by stage, then posts the PDF, the CSV and the JSON', async () => {
    const messages: ExportResponse[] = []
    await exportRegister(
      {
        type: 'start',
        files: sampleIncidents.map((sample) => sample.file),
        lang: 'en',
        createdAt: '2026-11-25T10:00:00Z',
        timeZone: 'Europe/Paris',
        fonts
      },
      (message) => messages.push(message)
    )
    const stages = [
      ...new Set(
        messages.flatMap((message) => (message.type === 'progress' ? [message.stage] : []))
      )
    ]
    expect(stages).toEqual(['assess', 'prepare', 'layout', 'draw', 'save'])
    const done = messages.at(-1)
    expect(done?.type).toBe('done')
    if (done?.type !== 'done') return
    expect(done.count).toBe(sampleIncidents.length)
    expect(done.pageCount).toBeGreaterThan(0)
    expect(done.files.map((file) => file.fileName)).toEqual([
      '2026-11-25_register_breaches.pdf',
      '2026-11-25_register_breaches.csv',
      '2026-11-25_register_breaches.json'
    ])
    expect(new TextDecoder().decode(done.files[0]?.bytes.subarray(0, 5))).toBe('%PDF-')
    expect(messages.some((message) => message.type === 'error')).toBe(false)
  })
})
