/** What every document builder produces before drawing, and the one place that draws it. */
import type { Lang } from '../model'
import type { Block, FontBytes, PdfMetadata } from '../pdf'
import { renderPdf } from '../pdf'
import { frenchBlocks, frenchTypography } from './typography'

export type DocumentSpec = {
  blocks: Block[]
  header: { left: string; right: string }
  footer: (n: number, total: number) => string
  watermark?: string
  metadata: PdfMetadata
  fileName: string
}

export type BuiltDocument = {
  fileName: string
  mimeType: string
  bytes: Uint8Array
  /** PDF only. */
  pageCount?: number
}

/** The caller supplies fonts (Node: resources/fonts; renderer: fetched `?url` assets) and the clock. */
export type RenderContext = {
  lang: Lang
  /** ISO instant of generation; also the PDF creation date, so output is reproducible. */
  createdAt: string
  fonts: FontBytes
}

/** `page N / M` in both languages: the acceptance criteria read it literally. */
export const pageFooter = (n: number, total: number): string => `page ${n} / ${total}`

/**
 * The spec as it is drawn: a French document gets French typography in every string, user text
 * included (see ./typography). Tests read the drawn text here: PDF readers fold U+202F to a space.
 */
export function preparedSpec(spec: DocumentSpec): DocumentSpec {
  if (!spec.metadata.language.startsWith('fr')) return spec
  const f = frenchTypography
  return {
    ...spec,
    blocks: frenchBlocks(spec.blocks),
    header: { left: f(spec.header.left), right: f(spec.header.right) },
    footer: (n, total) => f(spec.footer(n, total))
  }
}

/** Every string a reader sees in the spec (page 1 of 1 for the footer). */
export function specStrings(spec: DocumentSpec): string[] {
  const strings = [spec.header.left, spec.header.right, spec.footer(1, 1)]
  for (const block of spec.blocks) {
    if ('text' in block) strings.push(block.text)
    if (block.kind === 'title' && block.subtitle !== undefined) strings.push(block.subtitle)
    if (block.kind === 'table')
      strings.push(...block.columns.map((column) => column.header), ...block.rows.flat())
    if (block.kind === 'signature') strings.push(...block.labels)
  }
  return strings
}

export async function renderSpec(spec: DocumentSpec, fonts: FontBytes): Promise<BuiltDocument> {
  const drawn = preparedSpec(spec)
  const { bytes, pageCount } = await renderPdf(drawn.blocks, {
    header: drawn.header,
    footer: drawn.footer,
    ...(drawn.watermark !== undefined ? { watermark: drawn.watermark } : {}),
    metadata: drawn.metadata,
    fonts
  })
  return { fileName: spec.fileName, mimeType: 'application/pdf', bytes, pageCount }
}

/** A label/value table without a header row. */
export function fieldsTable(rows: [string, string][]): Block {
  return {
    kind: 'table',
    header: false,
    columns: [
      { header: '', width: 1.15, font: 'bold' },
      { header: '', width: 2.85 }
    ],
    rows
  }
}
