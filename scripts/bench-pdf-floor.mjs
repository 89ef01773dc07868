// The floor for the CLI row of `npm run bench`: a fresh `node` process that writes a one-page
// PDF with pdf-lib and the same font as the CLI (DejaVu Sans, subset), then prints its path,
// as the CLI prints the path of each PDF it writes. Nothing of Sentinelle is loaded.
//   node scripts/bench-pdf-floor.mjs <out dir>
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import fontkit from '@pdf-lib/fontkit'
import { PDFDocument } from 'pdf-lib'

const root = fileURLToPath(new URL('..', import.meta.url))
const outDir = process.argv[2] ?? '.'

const pdf = await PDFDocument.create()
pdf.registerFontkit(fontkit)
const font = await pdf.embedFont(readFileSync(join(root, 'resources/fonts/DejaVuSans.ttf')), {
  subset: true
})
const page = pdf.addPage([595.28, 841.89])
page.drawText('Déclaration de sinistre : une page, la même police.', {
  x: 56,
  y: 780,
  size: 12,
  font
})
const path = join(outDir, 'floor.pdf')
writeFileSync(path, await pdf.save())
console.log(path)
