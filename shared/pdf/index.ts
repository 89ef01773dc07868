export type {
  Block,
  DrawOp,
  FontName,
  LaidOutDocument,
  LayoutOptions,
  LineOp,
  RectOp,
  TextOp,
  PageSetup,
  Rgb,
  TableColumn
} from './layout'
export { A4, layoutDocument } from './layout'
export type { FontMetrics, FontkitFontLike, GlyphLike } from './metrics'
export { createFontMetrics } from './metrics'
export type { Measure } from './text'
export { hardBreak, normalizeText, tokenize, wrapText } from './text'
export type { FontBytes, PdfMetadata, PlatformDeflate, WriteHooks } from './writer'
export { fontMetrics, renderPdf, setMetadata, usePlatformDeflate, writePdf } from './writer'
