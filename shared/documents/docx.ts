/**
 * A letter as an editable Word document (DOCX), with the `docx` library: the practitioner edits
 * every letter before sending it. Same content and French typography as the PDF. Deterministic:
 * the document properties carry the generation instant, and the ZIP entries' modification times
 * are set to it too (docx and its zip library would stamp the clock otherwise).
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'

import type { Letter } from './letters'
import type { BuiltDocument } from './spec'
import { frenchTypography } from './typography'

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function coreXml(letter: Letter, title: string): string {
  const instant = new Date(letter.metadata.createdAt).toISOString().replace(/\.\d{3}Z$/, 'Z')
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title>` +
    `<dc:creator>${escapeXml(letter.metadata.author)}</dc:creator>` +
    `<dc:language>${escapeXml(letter.metadata.language)}</dc:language>` +
    `<cp:keywords>${escapeXml(letter.metadata.keywords.join(', '))}</cp:keywords>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${instant}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${instant}</dcterms:modified>` +
    '</cp:coreProperties>'
  )
}

/**
 * Sets the DOS time and date of every local header and central directory entry of a ZIP file
 * (APPNOTE 4.3.7 and 4.3.12); the CRCs cover the data only, so they stay valid.
 */
export function stampZip(bytes: Uint8Array, iso: string): Uint8Array {
  const date = new Date(iso)
  const time =
    (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2)
  const day =
    ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate()
  const out = new Uint8Array(bytes)
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength)
  for (let i = 0; i + 30 <= out.length; i++) {
    const signature = view.getUint32(i, true)
    if (signature === 0x04034b50) {
      view.setUint16(i + 10, time, true)
      view.setUint16(i + 12, day, true)
      // Skip this entry's data: header, name, extra and compressed size.
      i +=
        29 +
        view.getUint16(i + 26, true) +
        view.getUint16(i + 28, true) +
        view.getUint32(i + 18, true)
    } else if (signature === 0x02014b50) {
      view.setUint16(i + 12, time, true)
      view.setUint16(i + 14, day, true)
      i +=
        45 +
        view.getUint16(i + 28, true) +
        view.getUint16(i + 30, true) +
        view.getUint16(i + 32, true)
    }
  }
  return out
}

function paragraphs(text: string, options: { bold?: boolean; size?: number } = {}): Paragraph[] {
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        children: [
          new TextRun({
            text: line,
            ...(options.bold ? { bold: true } : {}),
            ...(options.size !== undefined ? { size: options.size } : {})
          })
        ],
        spacing: { after: 80 }
      })
  )
}

export async function buildLetterDocx(letter: Letter): Promise<BuiltDocument> {
  const f = letter.lang === 'fr' ? frenchTypography : (text: string) => text
  const object = letter.lang === 'fr' ? 'Objet' : 'Subject'
  const children: Paragraph[] = [
    ...paragraphs(f(letter.sender.join('\n')), { size: 18 }),
    new Paragraph({ text: '' }),
    ...letter.recipient.map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: [new TextRun({ text: f(line), bold: true })]
        })
    ),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(f(letter.placeDate))] }),
    new Paragraph({ text: '' }),
    ...paragraphs(f(`${object} : ${letter.subject}`), { bold: true }),
    ...(letter.opening !== undefined ? paragraphs(f(letter.opening)) : [])
  ]
  for (const section of letter.sections) {
    if (section.heading !== undefined)
      children.push(new Paragraph({ text: f(section.heading), heading: HeadingLevel.HEADING_2 }))
    for (const paragraph of section.paragraphs) children.push(...paragraphs(f(paragraph)))
  }
  children.push(...paragraphs(f(letter.closing)), new Paragraph({ text: '' }))
  for (const line of letter.signature)
    children.push(
      new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(f(line))] })
    )

  const title = f(`${letter.title} — ${letter.subject}`)
  const document = new Document({
    creator: letter.metadata.author,
    title,
    styles: { default: { document: { run: { font: 'DejaVu Sans', size: 21 } } } },
    sections: [{ children }]
  })
  const buffer = await Packer.toArrayBuffer(document, false, [
    { path: 'docProps/core.xml', data: coreXml(letter, title) }
  ])
  return {
    fileName: letter.fileName('docx'),
    mimeType: DOCX_MIME,
    bytes: stampZip(new Uint8Array(buffer), letter.metadata.createdAt)
  }
}
