/**
 * What `npm run bench` compares, bundled by scripts/bench.mjs into out/bench/bench-lib.mjs so the
 * bench runs under plain node. Three engines draw the SAME blocks with the same DejaVu Sans TTF:
 * ours (glyph-advance cache), pdf-lib + fontkit as it comes (measuring through fontkit layout,
 * which is what the layout would cost without the cache), and pdfmake (converted blocks).
 */
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument } from 'pdf-lib'
import type { PDFFont } from 'pdf-lib'

import type {
  Block,
  FontBytes,
  FontMetrics,
  FontName,
  LayoutOptions,
  PdfMetadata
} from '../shared/pdf'
import { drawPages, layoutDocument, renderPdf, setMetadata } from '../shared/pdf'

export type DocSpec = {
  blocks: Block[]
  header: { left: string; right: string }
  footer: (n: number, total: number) => string
  watermark?: string
  metadata: PdfMetadata
}

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
  drawPages(doc, laidOut, pdfFonts)
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

/** A declaration-like document: ~3 pages with `events` = 8, ~15 with 300. */
export function sampleSpec(events: number): DocSpec {
  const fields = (rows: [string, string][]): Block => ({
    kind: 'table',
    header: false,
    columns: [
      { header: '', width: 1, font: 'bold' },
      { header: '', width: 2.4 }
    ],
    rows
  })
  const blocks: Block[] = [
    {
      kind: 'title',
      text: 'Déclaration de sinistre',
      subtitle: 'Incident INC-0042 — police RC Pro AXA n° 123456'
    },
    {
      kind: 'notice',
      tone: 'info',
      text: 'Évaluation indicative : l’assureur seul décide de la garantie.'
    },
    { kind: 'heading', text: '1. L’assuré' },
    fields([
      ['Nom', 'Łukasz Żółć-Øster'],
      ['Profession', 'Consultant'],
      ['Adresse', '12 rue de la Paix, 75002 Paris'],
      ['Courriel', 'lukasz@example.fr'],
      ['Téléphone', '+33 6 12 34 56 78']
    ]),
    { kind: 'heading', text: '2. Assureur et contrat' },
    fields([
      ['Assureur', 'AXA'],
      ['N° de police', 'RCP-2026-000123'],
      ['Délai de déclaration', '5 jours ouvrés — au plus tard le 2 décembre 2026 à 23:59']
    ]),
    { kind: 'heading', text: '3. Circonstances' },
    { kind: 'paragraph', text: words(380, 1) },
    { kind: 'heading', text: '4. Chronologie' },
    {
      kind: 'table',
      columns: [
        { header: 'Date et heure', width: 1.3 },
        { header: 'Événement', width: 1.3 },
        { header: 'Note', width: 3 }
      ],
      rows: Array.from({ length: events }, (_, i) => [
        `${String((i % 28) + 1).padStart(2, '0')}/11/2026 ${String(i % 24).padStart(2, '0')}:15`,
        ['Survenance', 'Détection', 'Prise de connaissance', 'Confinement'][i % 4] as string,
        words(6 + (i % 25), i)
      ])
    },
    { kind: 'heading', text: '5. Données concernées' },
    fields([
      ['Catégories', 'Identité, coordonnées, santé'],
      ['Personnes', '1 250'],
      ['Enregistrements', '3 400'],
      ['Chiffrement', 'Aucun']
    ]),
    { kind: 'heading', text: '6. Pièces jointes' },
    {
      kind: 'table',
      columns: [
        { header: 'Pièce', width: 2 },
        { header: 'SHA-256', width: 3 }
      ],
      rows: Array.from({ length: 6 }, (_, i) => [
        `Pièce ${i + 1} — ${words(4, i)}`,
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
      ])
    },
    { kind: 'heading', text: '7. Évaluation indicative' },
    ...Array.from({ length: 8 }, (_, i): Block => ({
      kind: 'paragraph',
      text: `Règle R-${i} : ${words(40, i)}`
    })),
    { kind: 'signature', labels: ['Fait à', 'Le', 'Signature'] }
  ]
  return {
    blocks,
    header: { left: 'Déclaration de sinistre', right: 'INC-0042' },
    footer: (n, total) => `page ${n} / ${total}`,
    metadata: {
      title: 'Déclaration de sinistre INC-0042',
      subject: 'Déclaration',
      author: 'Łukasz Żółć-Øster',
      language: 'fr-FR',
      createdAt: '2026-11-25T10:00:00Z'
    }
  }
}
