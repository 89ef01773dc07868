/** Test helpers: fonts from resources/, PDF text through pdfjs-dist, qpdf and pdftoppm checks. */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { inflateRawSync } from 'node:zlib'

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

import type { FontBytes } from '../../shared/pdf'

export const ROOT = join(import.meta.dirname, '../..')

export const FONTS: FontBytes = {
  regular: new Uint8Array(readFileSync(join(ROOT, 'resources/fonts/DejaVuSans.ttf'))),
  bold: new Uint8Array(readFileSync(join(ROOT, 'resources/fonts/DejaVuSans-Bold.ttf')))
}

export type PdfText = {
  pages: string[]
  /** Each page's text items as drawn, one per line, with no whitespace normalised. */
  rawPages: string[]
  /** All pages, items joined by spaces, whitespace collapsed. */
  text: string
  /** All pages with every whitespace removed: wrapping-proof containment checks. */
  compact: string
  /** Like `compact` without the running header, footer and watermark (text flows across pages). */
  body: string
  info: Record<string, unknown>
}

export const compact = (value: string): string => value.replace(/\s+/g, '')

export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false
  }).promise
  try {
    const pages: string[] = []
    const rawPages: string[] = []
    let body = ''
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent()
      for (const item of content.items) {
        if (!('str' in item)) continue
        const [, skew, , , , y] = item.transform as number[]
        // Page body of shared/pdf A4: between the bottom and top margins, not rotated.
        if (skew === 0 && (y as number) > 50 && (y as number) < 780) body += item.str
      }
      rawPages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'))
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str : ''))
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim()
      )
    }
    const { info } = await pdf.getMetadata()
    const text = pages.join(' ')
    return {
      pages,
      rawPages,
      text,
      compact: compact(text),
      body: compact(body),
      info: info as Record<string, unknown>
    }
  } finally {
    await pdf.destroy()
  }
}

const QPDF = '/usr/bin/qpdf'
const PDFTOPPM = '/usr/bin/pdftoppm'
export const hasQpdf = existsSync(QPDF)
export const hasPdftoppm = existsSync(PDFTOPPM)

function tempFile(bytes: Uint8Array, name: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'sentinelle-pdf-')), name)
  writeFileSync(path, bytes)
  return path
}

/** `qpdf --check`: exit code 0 means no error and no warning. */
export function qpdfCheck(bytes: Uint8Array): { status: number | null; output: string } {
  const result = spawnSync(QPDF, ['--check', tempFile(bytes, 'check.pdf')], { encoding: 'utf8' })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

/**
 * Renders page 1 in grey levels and returns the share of near-black pixels (0..1). Only text is
 * drawn that dark: rules and boxes are grey (>= 0.35), fills are light.
 */
export function darkPixelShare(bytes: Uint8Array): number {
  const result = spawnSync(
    PDFTOPPM,
    ['-gray', '-r', '72', '-f', '1', '-l', '1', tempFile(bytes, 'r.pdf')],
    {
      maxBuffer: 64 * 1024 * 1024
    }
  )
  if (result.status !== 0) throw new Error(`pdftoppm failed: ${String(result.stderr)}`)
  const pgm = result.stdout
  // P5 header: magic, width, height, maxval, each separated by whitespace.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'))
  if (header === null) throw new Error('not a PGM')
  const width = Number(header[1])
  const height = Number(header[2])
  const pixels = pgm.subarray(header[0].length)
  expectLength(pixels.length, width * height)
  let dark = 0
  for (const value of pixels) if (value < 64) dark++
  return dark / (width * height)
}

function expectLength(actual: number, expected: number): void {
  if (actual !== expected) throw new Error(`PGM has ${actual} pixels, expected ${expected}`)
}

/** The text of one entry of a ZIP file (a DOCX part), read with node:zlib. */
export function zipEntry(bytes: Uint8Array, name: string): string {
  const buffer = Buffer.from(bytes)
  for (let i = 0; i + 30 <= buffer.length; i++) {
    if (buffer.readUInt32LE(i) !== 0x04034b50) continue
    const method = buffer.readUInt16LE(i + 8)
    const size = buffer.readUInt32LE(i + 18)
    const nameLength = buffer.readUInt16LE(i + 26)
    const extraLength = buffer.readUInt16LE(i + 28)
    const entry = buffer.subarray(i + 30, i + 30 + nameLength).toString('utf8')
    const start = i + 30 + nameLength + extraLength
    if (entry === name) {
      const data = buffer.subarray(start, start + size)
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8')
    }
    i = start + size - 1
  }
  throw new Error(`${name} not found in the ZIP`)
}

/** The visible text of a DOCX: its w:t runs, one paragraph per line. */
export function docxText(bytes: Uint8Array): string {
  const xml = zipEntry(bytes, 'word/document.xml')
  return xml
    .split('</w:p>')
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((match) => match[1] ?? '')
        .join('')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&')
    )
    .join('\n')
}

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path))
export const hasSoffice = SOFFICE !== undefined

/** LibreOffice's conversion of a DOCX to PDF (headless), or the failure output. */
export function sofficeToPdf(bytes: Uint8Array): { pdf?: Uint8Array; output: string } {
  const input = tempFile(bytes, 'letter.docx')
  const dir = dirname(input)
  const result = spawnSync(
    SOFFICE ?? 'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      input
    ],
    { encoding: 'utf8', timeout: 120_000 }
  )
  const output = join(dir, 'letter.pdf')
  return existsSync(output)
    ? { pdf: new Uint8Array(readFileSync(output)), output: result.stdout }
    : { output: `${result.stdout}${result.stderr}` }
}

/**
 * The text of a PDF by poppler's pdftotext, whitespace removed. For the letters: pdfjs, reading
 * many documents in one process, sometimes maps a later document's glyphs through an earlier
 * subset (seen as "•;su" for "• Usurpation"); poppler reads each file on its own.
 */
export function popplerCompact(bytes: Uint8Array): string {
  const result = spawnSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', tempFile(bytes, 'p.pdf'), '-'], {
    encoding: 'utf8'
  })
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`)
  return compact(result.stdout)
}
