// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { Block, DrawOp, TextOp } from '../../shared/pdf'
import { A4, layoutDocument } from '../../shared/pdf'
import { fontMetrics } from '../../shared/pdf'

const fontDir = join(import.meta.dirname, '../../resources/fonts')
const fonts = fontMetrics({
  regular: new Uint8Array(readFileSync(join(fontDir, 'DejaVuSans.ttf'))),
  bold: new Uint8Array(readFileSync(join(fontDir, 'DejaVuSans-Bold.ttf')))
})

const texts = (ops: DrawOp[]): TextOp[] => ops.filter((op): op is TextOp => op.kind === 'text')
const left = A4.margin.left
const right = A4.width - A4.margin.right
const top = A4.height - A4.margin.top
const bottom = A4.margin.bottom

function layout(blocks: Block[]) {
  return layoutDocument(blocks, {
    fonts,
    header: { left: 'Déclaration de sinistre', right: 'INC-0042' },
    footer: (n, total) => `page ${n} / ${total}`
  })
}

const narrative = Array.from(
  { length: 1700 },
  (_, i) => ['Łukasz', 'Żółć-Øster', 'data', 'sent'][i % 4]
)
  .join(' ')
  .slice(0, 10_000)
const longDoc: Block[] = [
  { kind: 'title', text: 'Déclaration' },
  { kind: 'paragraph', text: narrative + ' ' + 'X'.repeat(900) },
  {
    kind: 'table',
    columns: [
      { header: 'Date', width: 1 },
      { header: 'Événement', width: 1 },
      { header: 'Note', width: 3 }
    ],
    rows: Array.from({ length: 300 }, (_, i) => [
      `2026-11-${i}`,
      'occurred',
      `note ${i} `.repeat(i % 20)
    ])
  },
  { kind: 'table', columns: [{ header: 'Huge cell', width: 1 }], rows: [[narrative]] },
  { kind: 'signature', labels: ['Fait à', 'Le', 'Signature'] }
]

describe('layoutDocument', () => {
  const { pages } = layout(longDoc)

  it('numbers every page page N / M', () => {
    expect(pages.length).toBeGreaterThan(10)
    pages.forEach((ops, i) => {
      expect(texts(ops).some((op) => op.text === `page ${i + 1} / ${pages.length}`)).toBe(true)
      expect(texts(ops).some((op) => op.text === 'INC-0042')).toBe(true)
    })
  })

  it('keeps all content inside the page body (nothing clipped)', () => {
    for (const ops of pages) {
      for (const op of texts(ops)) {
        const width = fonts[op.font].widthOf(op.text) * op.size
        expect(op.x).toBeGreaterThanOrEqual(left - 0.01)
        expect(op.x + width).toBeLessThanOrEqual(right + 0.01)
        const isChrome = op.y > top || op.y < bottom
        if (!isChrome) {
          expect(op.y - fonts[op.font].descent * op.size).toBeGreaterThanOrEqual(bottom - 0.01)
          expect(op.y + fonts[op.font].ascent * op.size).toBeLessThanOrEqual(top + 0.01)
        }
      }
    }
  })

  it('never draws two lines on top of each other in one column', () => {
    for (const ops of pages) {
      const byX = new Map<number, TextOp[]>()
      for (const op of texts(ops))
        byX.set(Math.round(op.x), [...(byX.get(Math.round(op.x)) ?? []), op])
      for (const column of byX.values()) {
        const ys = column.map((op) => op.y).sort((a, b) => b - a)
        for (let i = 1; i < ys.length; i++)
          expect((ys[i - 1] as number) - (ys[i] as number)).toBeGreaterThanOrEqual(9.5 * 1.2)
      }
    }
  })

  it('repeats the table header on every page the table spans', () => {
    const withRows = pages.filter((ops) => texts(ops).some((op) => /^note \d+/.test(op.text)))
    expect(withRows.length).toBeGreaterThan(3)
    for (const ops of withRows) expect(texts(ops).some((op) => op.text === 'Événement')).toBe(true)
  })

  it('loses no character of the narrative', () => {
    const drawn = pages
      .flatMap((ops) => texts(ops))
      .filter((op) => op.font === 'regular' && op.size === 9.5)
      .map((op) => op.text)
      .join(' ')
      .replace(/\s+/g, '')
    expect(drawn).toContain((narrative + 'X'.repeat(900)).replace(/\s+/g, ''))
  })
})
