// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { IncidentFile } from '@shared/model'
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

describe('an export with bad records', () => {
  it('reports each bad record (which one, why), skips it and exports all the others', async () => {
    const good = sampleIncidents.map((sample) => structuredClone(sample.file))
    const outOfRange = structuredClone(sampleIncidents[0]!.file)
    outOfRange.incident.id = 'bad-date'
    outOfRange.incident.reference = 'INC-BAD-DATE'
    // A year typed as 0026 (or stored before dates were bounded).
    outOfRange.incident.timeline[0]!.at = '0026-05-01T10:00:00Z'
    const files = [good[0], outOfRange, ...good.slice(1), null] as unknown as IncidentFile[]
    const messages: ExportResponse[] = []
    await exportRegister(
      {
        type: 'start',
        files,
        lang: 'fr',
        createdAt: '2026-11-25T10:00:00Z',
        timeZone: 'Europe/Paris',
        fonts
      },
      (message) => messages.push(message)
    )
    const done = messages.at(-1)
    expect(done?.type).toBe('done')
    if (done?.type !== 'done') return
    expect(done.count).toBe(good.length)
    expect(done.skipped).toHaveLength(2)
    const [date, nothing] = done.skipped
    expect(date).toMatchObject({
      index: 1,
      id: 'bad-date',
      reference: 'INC-BAD-DATE',
      stage: 'validate'
    })
    expect(date?.reason.fr).toContain('incident.timeline[0].at')
    expect(date?.reason.en).toContain('between 1970 and 2100')
    expect(nothing).toMatchObject({ index: files.length - 1, stage: 'validate' })
    const csv = new TextDecoder().decode(done.files[1]!.bytes)
    expect(csv).not.toContain('INC-BAD-DATE')
    for (const file of good) expect(csv).toContain(file.incident.reference)
    const json = JSON.parse(new TextDecoder().decode(done.files[2]!.bytes))
    expect(json.incidents).toHaveLength(good.length)
  })
})
