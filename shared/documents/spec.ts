/** What every document builder produces before drawing, and the one place that draws it. */
import type { Lang } from '../model'
import type { Block, FontBytes, PdfMetadata } from '../pdf'
import { renderPdf } from '../pdf'

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

export async function renderSpec(spec: DocumentSpec, fonts: FontBytes): Promise<BuiltDocument> {
  const { bytes, pageCount } = await renderPdf(spec.blocks, {
    header: spec.header,
    footer: spec.footer,
    ...(spec.watermark !== undefined ? { watermark: spec.watermark } : {}),
    metadata: spec.metadata,
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
