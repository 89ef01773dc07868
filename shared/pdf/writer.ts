/**
 * Draws a laid-out document with pdf-lib: DejaVu Sans embedded as a subset (Inter subsets render
 * blank in poppler, see docs/tech-notes §4), metadata set, and the same input with the same
 * creation date giving the same bytes (`updateMetadata: false`, fixed dates, fixed producer).
 */
import fontkit from '@pdf-lib/fontkit'
import type { PDFFont } from 'pdf-lib'
import { PDFDocument, degrees, rgb } from 'pdf-lib'

import type { DrawOp, FontName, LaidOutDocument, LayoutOptions, Block } from './layout'
import { layoutDocument } from './layout'
import type { FontMetrics, FontkitFontLike } from './metrics'
import { createFontMetrics } from './metrics'

export type FontBytes = { regular: Uint8Array; bold: Uint8Array }

export type PdfMetadata = {
  title: string
  subject: string
  author: string
  /** BCP 47, e.g. `fr-FR`. */
  language: string
  keywords?: string[]
  /** ISO instant; also the modification date, so the output never depends on the clock. */
  createdAt: string
}

type PreparedFont = { font: FontkitFontLike; metrics: FontMetrics }

// Parsing a 740 KB TTF costs a few ms; done once per font file per process, not per document.
const prepared = new WeakMap<Uint8Array, PreparedFont>()

function prepare(bytes: Uint8Array): PreparedFont {
  let entry = prepared.get(bytes)
  if (entry === undefined) {
    const font = (fontkit as unknown as { create(bytes: Uint8Array): FontkitFontLike }).create(
      bytes
    )
    const metrics = createFontMetrics(font)
    // pdf-lib's embedder encodes every drawn string with `font.layout()` (full shaping). Give it
    // the cached per-code-point glyphs instead: the same glyphs we measured, and no ligatures,
    // so the text extracted from the PDF is the text typed.
    font.layout = (text: string) => ({ glyphs: metrics.glyphsOf(text) })
    entry = { font, metrics }
    prepared.set(bytes, entry)
  }
  return entry
}

/** Metrics of the two faces, for laying out before any PDF exists. */
export function fontMetrics(fonts: FontBytes): Record<FontName, FontMetrics> {
  return { regular: prepare(fonts.regular).metrics, bold: prepare(fonts.bold).metrics }
}

/** A fontkit whose `create` returns the already parsed (and cached) font for our byte arrays. */
const cachingFontkit = {
  create: (bytes: Uint8Array) => prepare(bytes).font
} as unknown as Parameters<PDFDocument['registerFontkit']>[0]

function toRgb(color: readonly [number, number, number]) {
  return rgb(color[0], color[1], color[2])
}

function drawOp(
  page: ReturnType<PDFDocument['addPage']>,
  op: DrawOp,
  fonts: Record<FontName, PDFFont>
): void {
  switch (op.kind) {
    case 'text':
      page.drawText(op.text, {
        x: op.x,
        y: op.y,
        size: op.size,
        font: fonts[op.font],
        color: toRgb(op.color),
        ...(op.rotate !== undefined ? { rotate: degrees(op.rotate) } : {})
      })
      break
    case 'line':
      page.drawLine({
        start: { x: op.x1, y: op.y1 },
        end: { x: op.x2, y: op.y2 },
        thickness: op.width,
        color: toRgb(op.color)
      })
      break
    case 'rect':
      page.drawRectangle({
        x: op.x,
        y: op.y,
        width: op.width,
        height: op.height,
        ...(op.fill !== undefined ? { color: toRgb(op.fill) } : {}),
        ...(op.stroke !== undefined ? { borderColor: toRgb(op.stroke), borderWidth: 0.8 } : {})
      })
      break
  }
}

/** Sets the document information; dates from `metadata.createdAt`, never from the clock. */
export function setMetadata(doc: PDFDocument, metadata: PdfMetadata): void {
  const created = new Date(metadata.createdAt)
  if (Number.isNaN(created.getTime()))
    throw new Error(`Invalid creation date: ${metadata.createdAt}`)
  doc.setTitle(metadata.title, { showInWindowTitleBar: true })
  doc.setSubject(metadata.subject)
  doc.setAuthor(metadata.author)
  doc.setLanguage(metadata.language)
  doc.setKeywords(metadata.keywords ?? [])
  doc.setCreator('Sentinelle')
  doc.setProducer('Sentinelle (pdf-lib)')
  doc.setCreationDate(created)
  doc.setModificationDate(created)
}

/** Adds one page per laid-out page and draws its operations. */
export function drawPages(
  doc: PDFDocument,
  laidOut: LaidOutDocument,
  fonts: Record<FontName, PDFFont>
): void {
  for (const ops of laidOut.pages) {
    const page = doc.addPage([laidOut.page.width, laidOut.page.height])
    for (const op of ops) drawOp(page, op, fonts)
  }
}

export async function writePdf(
  laidOut: LaidOutDocument,
  fontBytes: FontBytes,
  metadata: PdfMetadata
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.registerFontkit(cachingFontkit)
  const fonts: Record<FontName, PDFFont> = {
    regular: await doc.embedFont(fontBytes.regular, { subset: true }),
    bold: await doc.embedFont(fontBytes.bold, { subset: true })
  }
  setMetadata(doc, metadata)
  drawPages(doc, laidOut, fonts)
  return doc.save()
}

/** Layout + PDF in one call. */
export async function renderPdf(
  blocks: Block[],
  options: Omit<LayoutOptions, 'fonts'> & { fonts: FontBytes; metadata: PdfMetadata }
): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const { fonts, metadata, ...layoutOptions } = options
  const laidOut = layoutDocument(blocks, { ...layoutOptions, fonts: fontMetrics(fonts) })
  return { bytes: await writePdf(laidOut, fonts, metadata), pageCount: laidOut.pages.length }
}
