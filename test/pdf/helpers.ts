/** Test helpers: fonts from resources/, PDF text through pdfjs-dist, qpdf and pdftoppm checks. */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

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
