/**
 * What `npm run bench` compares, bundled by scripts/bench.mjs into out/bench/bench-lib.mjs so the
 * bench runs under plain node. Three engines draw the SAME blocks with the same DejaVu Sans TTF:
 * ours (glyph-advance cache, raw content streams, native deflate), pdf-lib + fontkit as it comes
 * (measuring through fontkit layout and drawing with drawText: what our layout cost before the
 * optimisations), and pdfmake (the same blocks converted to a pdfmake document definition).
 */
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, degrees, rgb } from 'pdf-lib'
import type { PDFFont } from 'pdf-lib'

import { assess } from '../shared/assessment'
import type { DocumentSpec } from '../shared/documents'
import { declarationSpec } from '../shared/documents'
import type { IncidentFile } from '../shared/model'
import { sampleIncidents } from '../shared/model'
import type { FontBytes, FontMetrics, FontName, LayoutOptions } from '../shared/pdf'
import { layoutDocument, renderPdf, setMetadata } from '../shared/pdf'

/** What every engine draws: a document's spec, without the file name it would be saved under. */
export type DocSpec = Omit<DocumentSpec, 'fileName'>

export async function renderOurs(spec: DocSpec, fonts: FontBytes) {
  return renderPdf(spec.blocks, { ...spec, fonts })
}

/** pdf-lib + @pdf-lib/fontkit used the documented way: every measure goes through fontkit. */
export async function renderAsItComes(spec: DocSpec, fonts: FontBytes) {
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.registerFontkit(fontkit)
  const pdfFonts: Record<FontName, PDFFont> = {
    regular: await doc.embedFont(fonts.regular, { subset: true }),
    bold: await doc.embedFont(fonts.bold, { subset: true })
  }
  const metrics = (font: PDFFont): FontMetrics => {
    const height = font.heightAtSize(1, { descender: true })
    const ascent = font.heightAtSize(1, { descender: false })
    return {
      widthOf: (text) => font.widthOfTextAtSize(text, 1),
      ascent,
      descent: height - ascent,
      glyphsOf: () => [],
      hasGlyph: () => true
    }
  }
  const options: LayoutOptions = {
    fonts: { regular: metrics(pdfFonts.regular), bold: metrics(pdfFonts.bold) },
    header: spec.header,
    footer: spec.footer,
    ...(spec.watermark !== undefined ? { watermark: spec.watermark } : {})
  }
  const laidOut = layoutDocument(spec.blocks, options)
  setMetadata(doc, spec.metadata)
  // Drawn the documented way too: drawText / drawLine / drawRectangle per operation.
  for (const ops of laidOut.pages) {
    const page = doc.addPage([laidOut.page.width, laidOut.page.height])
    for (const op of ops) {
      if (op.kind === 'text')
        page.drawText(op.text, {
          x: op.x,
          y: op.y,
          size: op.size,
          font: pdfFonts[op.font],
          color: rgb(...op.color),
          ...(op.rotate !== undefined ? { rotate: degrees(op.rotate) } : {})
        })
      else if (op.kind === 'line')
        page.drawLine({
          start: { x: op.x1, y: op.y1 },
          end: { x: op.x2, y: op.y2 },
          thickness: op.width,
          color: rgb(...op.color)
        })
      else
        page.drawRectangle({
          x: op.x,
          y: op.y,
          width: op.width,
          height: op.height,
          ...(op.fill !== undefined ? { color: rgb(...op.fill) } : {}),
          ...(op.stroke !== undefined ? { borderColor: rgb(...op.stroke), borderWidth: 0.8 } : {})
        })
    }
  }
  const bytes = await doc.save()
  return { bytes, pageCount: laidOut.pages.length }
}

/** The same blocks as a pdfmake document definition. */
export function toPdfmake(spec: DocSpec): Record<string, unknown> {
  const content: unknown[] = []
  for (const block of spec.blocks) {
    switch (block.kind) {
      case 'title':
        content.push({ text: block.text, bold: true, fontSize: 18 })
        if (block.subtitle !== undefined) content.push({ text: block.subtitle, color: '#555' })
        break
      case 'heading':
        content.push({ text: block.text, bold: true, fontSize: 12.4, margin: [0, 6, 0, 3] })
        break
      case 'paragraph':
        content.push({ text: block.text, bold: block.font === 'bold', margin: [0, 0, 0, 4] })
        break
      case 'notice':
        content.push({
          table: { widths: ['*'], body: [[{ text: block.text, bold: true }]] },
          margin: [0, 0, 0, 6]
        })
        break
      case 'table': {
        const total = block.columns.reduce((sum, column) => sum + column.width, 0)
        const body: unknown[][] = []
        if (block.header !== false)
          body.push(block.columns.map((column) => ({ text: column.header, bold: true })))
        for (const row of block.rows)
          body.push(
            block.columns.map((column, i) => ({ text: row[i] ?? '', bold: column.font === 'bold' }))
          )
        content.push({
          table: {
            headerRows: block.header !== false ? 1 : 0,
            widths: block.columns.map((column) => `${((column.width / total) * 100).toFixed(2)}%`),
            body
          },
          layout: 'lightHorizontalLines',
          margin: [0, 0, 0, 6]
        })
        break
      }
      case 'signature':
        content.push({
          table: {
            widths: block.labels.map(() => '*'),
            heights: [80],
            body: [block.labels.map((label) => ({ text: label, bold: true }))]
          }
        })
        break
      case 'spacer':
        content.push({ text: ' ', margin: [0, block.height, 0, 0] })
        break
    }
  }
  return {
    pageSize: 'A4',
    pageMargins: [48, 64, 48, 56],
    info: {
      title: spec.metadata.title,
      author: spec.metadata.author,
      subject: spec.metadata.subject,
      creationDate: new Date(spec.metadata.createdAt)
    },
    defaultStyle: { font: 'DejaVu', fontSize: 9.5 },
    header: () => ({
      columns: [spec.header.left, { text: spec.header.right, alignment: 'right', bold: true }],
      margin: [48, 30, 48, 0],
      fontSize: 8
    }),
    footer: (n: number, total: number) => ({
      text: spec.footer(n, total),
      alignment: 'right',
      margin: [48, 20, 48, 0],
      fontSize: 8
    }),
    content
  }
}

const words = (count: number, seed: number): string => {
  const pool = [
    'ordinateur',
    'portable',
    'dossiers',
    'clients',
    'chiffrement',
    'sauvegarde',
    'cabinet',
    'données',
    'patients',
    'courriel',
    'destinataire',
    'incident',
    'mesures',
    'prises',
    'Łukasz',
    'Żółć-Øster',
    'Ærøskøbing',
    'Παπαδόπουλος',
    'Иванова',
    '«',
    '»',
    '—',
    'l’assureur',
    'œuvre',
    '€'
  ]
  const out: string[] = []
  for (let i = 0; i < count; i++) out.push(pool[(i * 7 + seed * 13) % pool.length] as string)
  return out.join(' ')
}

const NOW = '2026-11-25T10:00:00Z'

/** The consultant's lost laptop, from the samples: what most users will declare. */
export function sampleFile(): IncidentFile {
  const sample = sampleIncidents[0]
  if (sample === undefined) throw new Error('no sample incident')
  return structuredClone(sample.file)
}

/** A typical declaration (~3 pages): the sample with a fuller narrative, claims and evidence. */
export function typicalFile(): IncidentFile {
  const file = sampleFile()
  const { incident } = file
  incident.narrative = `${incident.narrative}\n\n${words(260, 3)}`
  incident.evidence = Array.from({ length: 5 }, (_, i) => ({
    id: `e${i}`,
    label: `Pièce ${i + 1} — ${words(5, i)}`,
    sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
  }))
  incident.thirdPartyClaims = [
    {
      id: 'c1',
      claimant: 'Société Alpha Industries',
      amountCents: 1_200_000,
      description: words(30, 2)
    }
  ]
  return file
}

export function withEvents(file: IncidentFile, count: number): IncidentFile {
  const copy = structuredClone(file)
  const start = Date.parse('2026-02-10T08:00:00Z')
  const extra = count - copy.incident.timeline.length
  copy.incident.timeline.push(
    ...Array.from({ length: Math.max(0, extra) }, (_, i) => ({
      id: `bulk-${i}`,
      kind: 'other' as const,
      at: new Date(start + i * 3_600_000).toISOString(),
      note: words(6 + (i % 25), i)
    }))
  )
  return copy
}

function declaration(file: IncidentFile): DocSpec {
  const assessment = assess({ incident: file.incident, policies: file.policies }, { now: NOW })
  const policyId = file.incident.policyIds[0]
  if (policyId === undefined) throw new Error('no policy')
  const noFonts = { regular: new Uint8Array(), bold: new Uint8Array() }
  return declarationSpec(
    { file, assessment, policyId },
    { lang: 'fr', createdAt: NOW, fonts: noFonts }
  )
}

export function benchScenarios() {
  const typical = typicalFile()
  return [
    { name: 'typical declaration', spec: declaration(typical), runs: 15 },
    { name: '300-event declaration', spec: declaration(withEvents(typical, 300)), runs: 7 },
    { name: '600-event declaration', spec: declaration(withEvents(typical, 600)), runs: 5 }
  ]
}
