/**
 * A small flow layout: blocks (headings, paragraphs, tables, banners, signature boxes) are laid
 * out top to bottom on A4 pages and turned into a display list of positioned text, lines and
 * rectangles. Pure and synchronous: the PDF writer only draws what this module placed, so tests
 * can check that nothing leaves the page body.
 */
import type { FontMetrics } from './metrics'
import { normalizeText, wrapText } from './text'

export type FontName = 'regular' | 'bold'
export type Rgb = readonly [number, number, number]

export type TextOp = {
  kind: 'text'
  x: number
  /** Baseline. */
  y: number
  text: string
  font: FontName
  size: number
  color: Rgb
  rotate?: number
}
export type LineOp = {
  kind: 'line'
  x1: number
  y1: number
  x2: number
  y2: number
  width: number
  color: Rgb
}
export type RectOp = {
  kind: 'rect'
  x: number
  y: number
  width: number
  height: number
  fill?: Rgb
  stroke?: Rgb
}
export type DrawOp = TextOp | LineOp | RectOp

export type TableColumn = { header: string; width: number; font?: FontName }

export type Block =
  | { kind: 'title'; text: string; subtitle?: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; font?: FontName; size?: number; color?: Rgb }
  /** A bordered, tinted box, e.g. "DRAFT" or "indicative only". */
  | { kind: 'notice'; text: string; tone: 'info' | 'warning' }
  /** `columns[].width` are relative weights; `header: false` for label/value lists. */
  | { kind: 'table'; columns: TableColumn[]; rows: string[][]; header?: boolean }
  | { kind: 'signature'; labels: string[] }
  | { kind: 'spacer'; height: number }

export type PageSetup = {
  width: number
  height: number
  margin: { top: number; right: number; bottom: number; left: number }
}

export const A4: PageSetup = {
  width: 595.28,
  height: 841.89,
  margin: { top: 64, right: 48, bottom: 56, left: 48 }
}

export type LayoutOptions = {
  fonts: Record<FontName, FontMetrics>
  page?: PageSetup
  /** Left and right parts of the running header, e.g. the title and the incident reference. */
  header: { left: string; right: string }
  /** Footer text for page `n` of `total`, e.g. `page 2 / 5`. */
  footer: (n: number, total: number) => string
  /** Big light diagonal word on every page (e.g. DRAFT). */
  watermark?: string
  baseSize?: number
  /** Called every 50 blocks; the register export shows it as progress. */
  onProgress?: (done: number, total: number) => void
}

export type LaidOutDocument = { pages: DrawOp[][]; page: PageSetup }

const BLACK: Rgb = [0, 0, 0]
const GREY: Rgb = [0.35, 0.35, 0.35]
const RULE: Rgb = [0.75, 0.75, 0.75]
const HEADER_FILL: Rgb = [0.92, 0.93, 0.95]
const TONES = {
  info: { fill: [0.93, 0.96, 1] as Rgb, stroke: [0.35, 0.5, 0.8] as Rgb },
  warning: { fill: [1, 0.95, 0.88] as Rgb, stroke: [0.85, 0.45, 0.1] as Rgb }
}
const LEADING = 1.3
const CELL_PAD_X = 4
const CELL_PAD_Y = 3

export function layoutDocument(blocks: Block[], options: LayoutOptions): LaidOutDocument {
  const page = options.page ?? A4
  const base = options.baseSize ?? 9.5
  const { fonts } = options
  const left = page.margin.left
  const right = page.width - page.margin.right
  const contentWidth = right - left
  const top = page.height - page.margin.top
  const bottom = page.margin.bottom

  const pages: DrawOp[][] = []
  let ops: DrawOp[] = []
  let y = top

  const newPage = (): void => {
    ops = []
    pages.push(ops)
    y = top
  }
  newPage()

  const lineHeight = (size: number): number => size * LEADING
  const measureFor = (font: FontName) => fonts[font].widthOf
  const wrap = (text: string, font: FontName, size: number, width: number): string[] =>
    wrapText(text, width / size, measureFor(font))
  /** Baseline of a line whose box starts at `boxTop`, centring the glyphs in the leading. */
  const baseline = (boxTop: number, font: FontName, size: number): number => {
    const m = fonts[font]
    const extra = lineHeight(size) - (m.ascent + m.descent) * size
    return boxTop - extra / 2 - m.ascent * size
  }
  const ensure = (height: number): void => {
    if (y - height < bottom && y !== top) newPage()
  }
  const text = (
    x: number,
    boxTop: number,
    value: string,
    font: FontName,
    size: number,
    color: Rgb = BLACK
  ): void => {
    if (value !== '')
      ops.push({ kind: 'text', x, y: baseline(boxTop, font, size), text: value, font, size, color })
  }

  /** Lines flowing over pages; `keepLines` lines at least stay together with what precedes. */
  const flowLines = (
    lines: string[],
    x: number,
    font: FontName,
    size: number,
    color: Rgb
  ): void => {
    const lh = lineHeight(size)
    for (const line of lines) {
      ensure(lh)
      text(x, y, line, font, size, color)
      y -= lh
    }
  }

  const table = (block: Extract<Block, { kind: 'table' }>): void => {
    const size = base
    const lh = lineHeight(size)
    const totalWeight = block.columns.reduce((sum, column) => sum + column.width, 0)
    const widths = block.columns.map((column) => (column.width / totalWeight) * contentWidth)
    const xs: number[] = []
    widths.reduce((x, width) => (xs.push(x), x + width), left)
    const showHeader = block.header !== false
    const headerLines = block.columns.map((column, i) =>
      wrap(column.header, 'bold', size, (widths[i] as number) - 2 * CELL_PAD_X)
    )
    const headerHeight = showHeader
      ? Math.max(1, ...headerLines.map((lines) => lines.length)) * lh + 2 * CELL_PAD_Y
      : 0

    const drawHeader = (): void => {
      if (!showHeader) return
      ops.push({
        kind: 'rect',
        x: left,
        y: y - headerHeight,
        width: contentWidth,
        height: headerHeight,
        fill: HEADER_FILL
      })
      headerLines.forEach((lines, i) =>
        lines.forEach((line, j) =>
          text((xs[i] as number) + CELL_PAD_X, y - CELL_PAD_Y - j * lh, line, 'bold', size)
        )
      )
      y -= headerHeight
    }
    const rule = (): void => {
      ops.push({ kind: 'line', x1: left, y1: y, x2: right, y2: y, width: 0.5, color: RULE })
    }

    // The header must come with at least one row line.
    ensure(headerHeight + lh + 2 * CELL_PAD_Y)
    drawHeader()
    for (const row of block.rows) {
      const cells = block.columns.map((column, i) =>
        wrap(row[i] ?? '', column.font ?? 'regular', size, (widths[i] as number) - 2 * CELL_PAD_X)
      )
      const rowLines = Math.max(1, ...cells.map((lines) => lines.length))
      let done = 0
      while (done < rowLines) {
        const room = Math.floor((y - bottom - 2 * CELL_PAD_Y) / lh)
        const remaining = rowLines - done
        // Move a row that would fit whole on a fresh page rather than split it.
        const fitsFresh = remaining * lh + 2 * CELL_PAD_Y <= top - bottom - headerHeight
        if (room < 1 || (room < remaining && fitsFresh && done === 0)) {
          newPage()
          drawHeader()
          continue
        }
        const take = Math.min(room, remaining)
        cells.forEach((lines, i) => {
          const font = block.columns[i]?.font ?? 'regular'
          for (let j = 0; j < take; j++) {
            const line = lines[done + j]
            if (line !== undefined)
              text((xs[i] as number) + CELL_PAD_X, y - CELL_PAD_Y - j * lh, line, font, size)
          }
        })
        y -= take * lh + 2 * CELL_PAD_Y
        rule()
        done += take
      }
    }
    y -= lh * 0.6
  }

  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as Block
    if (options.onProgress !== undefined && index % 50 === 0)
      options.onProgress(index, blocks.length)
    switch (block.kind) {
      case 'title': {
        const size = base * 1.9
        const lines = wrap(block.text, 'bold', size, contentWidth)
        flowLines(lines, left, 'bold', size, BLACK)
        if (block.subtitle !== undefined)
          flowLines(
            wrap(block.subtitle, 'regular', base * 1.1, contentWidth),
            left,
            'regular',
            base * 1.1,
            GREY
          )
        y -= base * 0.8
        break
      }
      case 'heading': {
        const size = base * 1.3
        const lines = wrap(block.text, 'bold', size, contentWidth)
        // Keep a heading with what follows: two lines of text, or a table header and its first row.
        ensure(lines.length * lineHeight(size) + base * 1.2 + 2 * lineHeight(base) + 4 * CELL_PAD_Y)
        y -= base * 0.6
        flowLines(lines, left, 'bold', size, BLACK)
        ops.push({
          kind: 'line',
          x1: left,
          y1: y + 1,
          x2: right,
          y2: y + 1,
          width: 0.8,
          color: GREY
        })
        y -= base * 0.4
        break
      }
      case 'paragraph': {
        const size = block.size ?? base
        const font = block.font ?? 'regular'
        flowLines(
          wrap(block.text, font, size, contentWidth),
          left,
          font,
          size,
          block.color ?? BLACK
        )
        y -= lineHeight(size) * 0.4
        break
      }
      case 'notice': {
        const size = base
        const lh = lineHeight(size)
        const pad = 6
        const lines = wrap(block.text, 'bold', size, contentWidth - 2 * pad)
        const tone = TONES[block.tone]
        // A notice taller than a page is flowed as plain lines.
        if (lines.length * lh + 2 * pad > top - bottom) {
          flowLines(lines, left, 'bold', size, BLACK)
        } else {
          const height = lines.length * lh + 2 * pad
          ensure(height)
          ops.push({
            kind: 'rect',
            x: left,
            y: y - height,
            width: contentWidth,
            height,
            fill: tone.fill,
            stroke: tone.stroke
          })
          lines.forEach((line, i) => text(left + pad, y - pad - i * lh, line, 'bold', size))
          y -= height
        }
        y -= lh * 0.6
        break
      }
      case 'table':
        table(block)
        break
      case 'signature': {
        const size = base
        const lh = lineHeight(size)
        const gap = 12
        const count = Math.max(1, block.labels.length)
        const width = (contentWidth - gap * (count - 1)) / count
        const labelLines = block.labels.map((label) => wrap(label, 'bold', size, width - 8))
        const labelHeight = Math.max(1, ...labelLines.map((lines) => lines.length)) * lh
        const height = labelHeight + 70
        ensure(height)
        labelLines.forEach((lines, i) => {
          const x = left + i * (width + gap)
          ops.push({ kind: 'rect', x, y: y - height, width, height, stroke: GREY })
          lines.forEach((line, j) => text(x + 4, y - 4 - j * lh, line, 'bold', size))
        })
        y -= height + lh
        break
      }
      case 'spacer':
        y -= block.height
        if (y < bottom) newPage()
        break
    }
  }

  const total = pages.length
  const small = base * 0.85
  const headerY = page.height - page.margin.top + 28
  // The same on every page: measured and wrapped once, not once per page of a 500-page register.
  const watermark =
    options.watermark !== undefined && options.watermark !== ''
      ? watermarkOp(options.watermark, fonts.bold.widthOf(options.watermark), page)
      : undefined
  const headerRight = normalizeText(options.header.right)
  const rightWidth = fonts.bold.widthOf(headerRight) * small
  const leftLines = wrapText(
    options.header.left,
    (contentWidth - rightWidth - 24) / small,
    measureFor('regular')
  )
  // The running header is a reminder of the title, shown in full on page 1.
  const headerLeft = leftLines.length > 1 ? `${leftLines[0] ?? ''} …` : (leftLines[0] ?? '')
  pages.forEach((pageOps, index) => {
    const chrome: DrawOp[] = watermark !== undefined ? [watermark] : []
    chrome.push(
      {
        kind: 'text',
        x: left,
        y: headerY,
        text: headerLeft,
        font: 'regular',
        size: small,
        color: GREY
      },
      {
        kind: 'text',
        x: right - rightWidth,
        y: headerY,
        text: headerRight,
        font: 'bold',
        size: small,
        color: BLACK
      },
      {
        kind: 'line',
        x1: left,
        y1: headerY - 6,
        x2: right,
        y2: headerY - 6,
        width: 0.5,
        color: RULE
      }
    )
    const footer = normalizeText(options.footer(index + 1, total))
    const footerWidth = fonts.regular.widthOf(footer) * small
    chrome.push({
      kind: 'text',
      x: right - footerWidth,
      y: page.margin.bottom - 30,
      text: footer,
      font: 'regular',
      size: small,
      color: GREY
    })
    // Chrome first so the watermark sits under the content.
    pageOps.unshift(...chrome)
  })
  return { pages, page }
}

/** Big light diagonal word centred on the page; `widthAtOne` is its width at size 1. */
function watermarkOp(text: string, widthAtOne: number, page: PageSetup): TextOp {
  const size = 96
  const width = widthAtOne * size
  const angle = 45
  const rad = (angle * Math.PI) / 180
  return {
    kind: 'text',
    x: page.width / 2 - (Math.cos(rad) * width) / 2 + Math.sin(rad) * size * 0.35,
    y: page.height / 2 - (Math.sin(rad) * width) / 2 - Math.cos(rad) * size * 0.35,
    text,
    font: 'bold',
    size,
    color: [0.9, 0.9, 0.9],
    rotate: angle
  }
}
