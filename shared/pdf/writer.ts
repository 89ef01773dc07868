/**
 * Draws a laid-out document with pdf-lib: DejaVu Sans embedded as a subset (Inter subsets render
 * blank in poppler, see docs/tech-notes §4), metadata set, and the same input with the same
 * creation date giving the same bytes (`updateMetadata: false`, fixed dates, fixed producer).
 */
import fontkit from '@pdf-lib/fontkit'
import type { PDFFont } from 'pdf-lib'
import { PDFDocument } from 'pdf-lib'

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

type PreparedFont = { font: FontkitFontLike; metrics: FontMetrics; postscriptName?: string }

/**
 * The font file as fontkit takes it without a copy: given a Uint8Array, fontkit's bundled Buffer
 * copies it one byte at a time (740 KB per face, per document: about 2.5 ms each); given an
 * ArrayBuffer, it wraps it.
 */
function fontData(bytes: Uint8Array): Uint8Array | ArrayBufferLike {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? bytes.buffer
    : bytes
}

function parse(bytes: Uint8Array): PreparedFont {
  const font = (
    fontkit as unknown as { create(data: Uint8Array | ArrayBufferLike): FontkitFontLike }
  ).create(fontData(bytes))
  const metrics = createFontMetrics(font)
  // pdf-lib's embedder encodes every drawn string with `font.layout()` (full shaping). Give it
  // the cached per-code-point glyphs instead: the same glyphs we measured, and no ligatures,
  // so the text extracted from the PDF is the text typed.
  font.layout = (text: string) => ({ glyphs: metrics.glyphsOf(text) })
  return { font, metrics }
}

// Parsing a 740 KB TTF costs a few ms: the metrics for layout are parsed once per font file per
// process. The font object a PDF embeds is not shared: embedded into one document after another,
// a shared fontkit font lost glyphs in later subsets (a letter's "• Usurpation" came out as
// "• surpation", in pdfjs and poppler alike, after some forty documents in one process).
const prepared = new WeakMap<Uint8Array, PreparedFont>()

function prepare(bytes: Uint8Array): PreparedFont {
  let entry = prepared.get(bytes)
  if (entry === undefined) {
    entry = parse(bytes)
    keepPostHeaderOnly(entry.font, bytes)
    const postscriptName = postscriptNameOf(entry.font, bytes)
    if (postscriptName !== undefined) entry.postscriptName = postscriptName
    prepared.set(bytes, entry)
  }
  return entry
}

/** Metrics of the two faces, for laying out before any PDF exists. */
export function fontMetrics(fonts: FontBytes): Record<FontName, FontMetrics> {
  return { regular: prepare(fonts.regular).metrics, bold: prepare(fonts.bold).metrics }
}

/** fontkit's cache of decoded tables, by tag: a table is decoded the first time it is read. */
type DecodedTables = { _tables?: Record<string, unknown> } & Record<string, unknown>
type TableDirectory = {
  directory?: { tables?: Record<string, { offset: number; length: number }> }
}

/** Fields of the `post` table after its header, by version: glyph names and their indexes. */
const POST_GLYPH_NAME_FIELDS = ['numberOfGlyphs', 'glyphNameIndex', 'names', 'offsets', 'map']

/**
 * The `post` table's 32-byte header (OpenType spec, "post"), read straight from the file, in
 * fontkit's cache in place of the whole table. pdf-lib's embedder reads only `italicAngle` and
 * `isFixedPitch`; decoding the whole table for them also decoded DejaVu's 6,000 glyph names
 * (about 50 ms per face in a fresh process). The names are still there if anything asks: the
 * fields after the header decode the whole table, once, from a font of their own.
 */
function keepPostHeaderOnly(font: FontkitFontLike, bytes: Uint8Array): void {
  const cache = (font as unknown as DecodedTables)._tables
  const entry = (font as unknown as TableDirectory).directory?.tables?.['post']
  if (cache === undefined || entry === undefined || entry.length < 32 || 'post' in cache) return
  const view = new DataView(bytes.buffer, bytes.byteOffset + entry.offset, 32)
  const fixed = (at: number) => view.getInt32(at) / 65536
  const header: Record<string, unknown> = {
    version: fixed(0),
    italicAngle: fixed(4),
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28)
  }
  let whole: Record<string, unknown> | undefined
  const wholeTable = () =>
    (whole ??= (parse(bytes).font as unknown as DecodedTables)['post'] as never)
  for (const field of POST_GLYPH_NAME_FIELDS)
    Object.defineProperty(header, field, { enumerable: true, get: () => wholeTable()[field] })
  cache['post'] = header
}

/**
 * The PostScript name (name ID 6, OpenType spec "name"), read from the name records: pdf-lib
 * reads it as `font.postscriptName`, for which fontkit decodes the whole `name` table (DejaVu's
 * copyright and licence texts: 20 to 100 ms per face in a fresh process). By the spec it is
 * printable ASCII, the same in every record; undefined when the table has none or looks wrong,
 * and fontkit then reads it as it comes.
 */
function postscriptNameOf(font: FontkitFontLike, bytes: Uint8Array): string | undefined {
  const entry = (font as unknown as TableDirectory).directory?.tables?.['name']
  if (entry === undefined || entry.length < 6) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset + entry.offset, entry.length)
  const count = view.getUint16(2)
  const storage = view.getUint16(4)
  let found: string | undefined
  for (let i = 0; i < count && 6 + i * 12 + 12 <= entry.length; i++) {
    const at = 6 + i * 12
    const platform = view.getUint16(at)
    if (view.getUint16(at + 6) !== 6 || (platform !== 1 && platform !== 3)) continue
    const length = view.getUint16(at + 8)
    const start = storage + view.getUint16(at + 10)
    if (start + length > entry.length) continue
    // Windows records are UTF-16BE, Macintosh ones one byte per character.
    const step = platform === 3 ? 2 : 1
    let name = ''
    for (let j = 0; j + step <= length; j += step)
      name += String.fromCharCode(step === 2 ? view.getUint16(start + j) : view.getUint8(start + j))
    if (platform === 3) return name
    found ??= name
  }
  return found
}

/**
 * Tables a document's font only reads, decoded once per font file and handed to each new font:
 * pdf-lib's embedder reads `italicAngle` and `post.isFixedPitch` (the header, see
 * `keepPostHeaderOnly`) and `OS/2` heights; the subset reads `loca` offsets and copies the
 * hinting tables `cvt `, `prep` and `fpgm` as they are. Each is read, never written (the subset
 * clones `head`, `hhea` and `maxp` before changing them), so glyph and subset state, whose
 * sharing lost glyphs (above), stays per document.
 */
const READ_ONLY_TABLES = ['post', 'loca', 'OS/2', 'cvt ', 'prep', 'fpgm'] as const

/** A new font for one document, with the read-only tables already decoded (exported for tests). */
export function documentFont(bytes: Uint8Array): FontkitFontLike {
  const font = parse(bytes).font
  const cache = (font as unknown as DecodedTables)._tables
  if (cache === undefined) return font // a fontkit without the cache: decode as it comes
  const entry = prepare(bytes)
  const decoded = entry.font as unknown as DecodedTables
  for (const tag of READ_ONLY_TABLES) {
    const table = decoded[tag]
    if (table !== undefined) cache[tag] = table
  }
  if (entry.postscriptName !== undefined)
    Object.defineProperty(font, 'postscriptName', { value: entry.postscriptName })
  return font
}

/** A fontkit whose `create` gives each document its own font (see `prepared`). */
const documentFontkit = {
  create: documentFont
} as unknown as Parameters<PDFDocument['registerFontkit']>[0]

// Two decimals are plenty for PDF units (1/7200 inch); String() of a rounded value never uses an exponent here.
const num = (value: number): string => String(Math.round(value * 100) / 100)
const color = (rgb: readonly [number, number, number]): string => rgb.map(num).join(' ')

/**
 * Hex glyph codes of a text, one code point at a time through pdf-lib's embedder (which adds
 * the glyph to this document's subset) and cached: our glyphs are per code point, unshaped.
 */
function createEncoder(font: PDFFont): (text: string) => string {
  const codes = new Map<number, string>()
  return (text) => {
    let hex = '<'
    for (let i = 0; i < text.length; i++) {
      const codePoint = text.codePointAt(i) as number
      if (codePoint > 0xffff) i++
      let code = codes.get(codePoint)
      if (code === undefined) {
        code = font.encodeText(String.fromCodePoint(codePoint)).toString().slice(1, -1)
        codes.set(codePoint, code)
      }
      hex += code
    }
    return `${hex}>`
  }
}

type Encoders = Record<FontName, (text: string) => string>

/**
 * One content stream per page, written as PDF operators directly. pdf-lib's `drawText` adds a
 * new /Font resource entry and ten operator objects per call; a 300-event declaration made
 * thousands of them. Text is still encoded by pdf-lib's embedder, so the subset and the
 * ToUnicode map (text extraction) stay pdf-lib's.
 */
function pageContent(ops: DrawOp[], encoders: Encoders, keys: Record<FontName, string>): string {
  const out: string[] = []
  for (const op of ops) {
    switch (op.kind) {
      case 'text': {
        const hex = encoders[op.font](op.text)
        let matrix = `1 0 0 1 ${num(op.x)} ${num(op.y)}`
        if (op.rotate !== undefined) {
          const rad = (op.rotate * Math.PI) / 180
          const cos = num(Math.cos(rad))
          const sin = num(Math.sin(rad))
          matrix = `${cos} ${sin} ${num(-Math.sin(rad))} ${cos} ${num(op.x)} ${num(op.y)}`
        }
        out.push(
          `BT ${keys[op.font]} ${num(op.size)} Tf ${color(op.color)} rg ${matrix} Tm ${hex} Tj ET`
        )
        break
      }
      case 'line':
        out.push(
          `q ${num(op.width)} w ${color(op.color)} RG ${num(op.x1)} ${num(op.y1)} m ${num(op.x2)} ${num(op.y2)} l S Q`
        )
        break
      case 'rect': {
        const paint = op.fill !== undefined ? (op.stroke !== undefined ? 'B' : 'f') : 'S'
        out.push(
          `q${op.fill !== undefined ? ` ${color(op.fill)} rg` : ''}${op.stroke !== undefined ? ` 0.8 w ${color(op.stroke)} RG` : ''} ${num(op.x)} ${num(op.y)} ${num(op.width)} ${num(op.height)} re ${paint} Q`
        )
        break
      }
    }
  }
  return out.join('\n')
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

/** zlib-format deflate (FlateDecode) of the platform, default level. */
export type PlatformDeflate = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>

let platformDeflate: PlatformDeflate | undefined

/**
 * Gives the writer the platform's own deflate instead of CompressionStream: the CLI gives Node's
 * `zlib.deflateSync` (scripts/render.ts). In Node each CompressionStream runs web streams on top
 * of zlib: 60 small page streams in a fresh process took 200-585 ms that way against 30-120 ms
 * with deflateSync (load average 15). Same zlib with default options, so the same bytes.
 */
export function usePlatformDeflate(deflate: PlatformDeflate | undefined): void {
  platformDeflate = deflate
}

const canDeflate = (): boolean =>
  platformDeflate !== undefined || typeof CompressionStream !== 'undefined'

/**
 * zlib (FlateDecode) through the platform's deflate (`usePlatformDeflate`) or its native
 * CompressionStream when there is one. Written and read by hand: going through Blob and Response
 * made Node load its fetch implementation, a visible part of a fresh CLI process.
 */
async function deflate(data: string | Uint8Array): Promise<Uint8Array | undefined> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  if (platformDeflate !== undefined) return platformDeflate(bytes)
  if (typeof CompressionStream === 'undefined') return undefined
  const stream = new CompressionStream('deflate')
  const writer = stream.writable.getWriter()
  void writer.write(bytes as unknown as Parameters<typeof writer.write>[0])
  void writer.close()
  const reader = stream.readable.getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    const chunk = value as Uint8Array
    chunks.push(chunk)
    length += chunk.length
  }
  const out = new Uint8Array(length)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

/** Adds one page per laid-out page and draws its operations. */
async function drawPages(
  doc: PDFDocument,
  laidOut: LaidOutDocument,
  fonts: Record<FontName, PDFFont>,
  onPage: ((done: number, total: number) => void) | undefined,
  /** pdf-lib's own (pako) flate, kept before `deferFlate` replaces it. */
  flate: (content: string) => ReturnType<PDFDocument['context']['flateStream']>
): Promise<void> {
  const total = laidOut.pages.length
  const encoders: Encoders = {
    regular: createEncoder(fonts.regular),
    bold: createEncoder(fonts.bold)
  }
  const pages = laidOut.pages.map((ops, index) => {
    const page = doc.addPage([laidOut.page.width, laidOut.page.height])
    const keys: Record<FontName, string> = {
      regular: page.node.newFontDictionary(fonts.regular.name, fonts.regular.ref).toString(),
      bold: page.node.newFontDictionary(fonts.bold.name, fonts.bold.ref).toString()
    }
    if (onPage !== undefined && index % 20 === 0) onPage(index, total)
    return { page, content: pageContent(ops, encoders, keys) }
  })
  // One at a time: concurrent CompressionStreams were 2-3 times slower than sequential ones
  // (and pako) on 500 pages.
  const compressed: (Uint8Array | undefined)[] = []
  for (const { content } of pages) compressed.push(await deflate(content))
  // Registered in page order once all are compressed, so object numbers never depend on timing.
  pages.forEach(({ page, content }, index) => {
    const bytes = compressed[index]
    const stream =
      bytes !== undefined ? doc.context.stream(bytes, { Filter: 'FlateDecode' }) : flate(content)
    page.node.addContentStream(doc.context.register(stream))
  })
}

export type WriteHooks = {
  onPage?: (done: number, total: number) => void
  onSave?: () => void
}

type DeferredFlate = { stream: unknown; contents: Uint8Array; dict: Record<string, unknown> }

/**
 * pdf-lib compresses the embedded font subsets and ToUnicode maps with pako, synchronously,
 * inside `save()`: in a fresh process that cold JavaScript deflate was the largest cost of the
 * first PDF. Record those streams uncompressed instead; `compressDeferred` deflates them with the
 * platform's native zlib once pdf-lib has embedded them.
 */
function deferFlate(doc: PDFDocument): DeferredFlate[] | undefined {
  if (!canDeflate()) return undefined
  const deferred: DeferredFlate[] = []
  const context = doc.context
  context.flateStream = (contents, dict = {}) => {
    const bytes = typeof contents === 'string' ? new TextEncoder().encode(contents) : contents
    const stream = context.stream(bytes, dict)
    deferred.push({ stream, contents: bytes, dict })
    return stream
  }
  return deferred
}

async function compressDeferred(doc: PDFDocument, deferred: DeferredFlate[]): Promise<void> {
  if (deferred.length === 0) return
  const refs = new Map<unknown, Parameters<PDFDocument['context']['assign']>[0]>()
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) refs.set(object, ref)
  const compressed: (Uint8Array | undefined)[] = []
  for (const { contents } of deferred) compressed.push(await deflate(contents))
  deferred.forEach(({ stream, dict }, index) => {
    const ref = refs.get(stream)
    const bytes = compressed[index]
    if (ref === undefined || bytes === undefined) return
    doc.context.assign(ref, doc.context.stream(bytes, { ...dict, Filter: 'FlateDecode' }))
  })
}

export async function writePdf(
  laidOut: LaidOutDocument,
  fontBytes: FontBytes,
  metadata: PdfMetadata,
  hooks: WriteHooks = {}
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.registerFontkit(documentFontkit)
  const context = doc.context
  const pakoFlate = context.flateStream.bind(context)
  const deferred = deferFlate(doc)
  const fonts: Record<FontName, PDFFont> = {
    regular: await doc.embedFont(fontBytes.regular, { subset: true }),
    bold: await doc.embedFont(fontBytes.bold, { subset: true })
  }
  setMetadata(doc, metadata)
  await drawPages(doc, laidOut, fonts, hooks.onPage, (content) => pakoFlate(content))
  hooks.onSave?.()
  if (deferred !== undefined) {
    await doc.flush()
    await compressDeferred(doc, deferred)
  }
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
