/**
 * Renders the app icon (resources/icons/sentinelle.svg) into what the installers need:
 * - sentinelle.png, 512x512 (Linux AppImage/deb, and electron-builder's fallback),
 * - sentinelle.ico with 16-256 px PNG entries (Windows, NSIS),
 * - sentinelle.icns with 16-1024 px PNG entries (macOS, dmg).
 * ICO and ICNS are written by hand: both are a small directory of PNG images. The outputs are
 * committed; run `node scripts/make-icons.mjs` again after changing the SVG.
 *
 * @napi-rs/canvas is not a direct dependency: it comes with pdfjs-dist, which the tests use.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { createCanvas, loadImage } from '@napi-rs/canvas'

const iconsDir = join(import.meta.dirname, '..', 'resources', 'icons')
const svg = readFileSync(join(iconsDir, 'sentinelle.svg'), 'utf8')

async function renderPng(size) {
  // Without a width and height the SVG is rasterised at its default size, then scaled (blurred).
  const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `)
  const image = await loadImage(Buffer.from(sized))
  const canvas = createCanvas(size, size)
  canvas.getContext('2d').drawImage(image, 0, 0, size, size)
  return canvas.toBuffer('image/png')
}

/** ICO: ICONDIR, one 16-byte ICONDIRENTRY per image, then the PNGs (Windows Vista and later). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index
    header.writeUInt8(size >= 256 ? 0 : size, entry) // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1)
    header.writeUInt16LE(1, entry + 4) // colour planes
    header.writeUInt16LE(32, entry + 6) // bits per pixel
    header.writeUInt32LE(png.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += png.length
  })
  return Buffer.concat([header, ...images.map(({ png }) => png)])
}

/** ICNS: 'icns' + total length, then (OSType, length with its 8-byte header, PNG) per image. */
function icns(images) {
  const chunks = images.map(({ type, png }) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(8 + chunks.reduce((total, chunk) => total + chunk.length, 0), 4)
  return Buffer.concat([head, ...chunks])
}

const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
const png = Object.fromEntries(await Promise.all(sizes.map(async (s) => [s, await renderPng(s)])))

writeFileSync(join(iconsDir, 'sentinelle.png'), png[512])
writeFileSync(
  join(iconsDir, 'sentinelle.ico'),
  ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: png[size] })))
)
// Apple's OSTypes for PNG icons: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512,
// and the @2x ones ic11 (16@2x), ic12 (32@2x), ic13 (128@2x), ic14 (256@2x), ic10 (512@2x).
writeFileSync(
  join(iconsDir, 'sentinelle.icns'),
  icns([
    { type: 'icp4', png: png[16] },
    { type: 'icp5', png: png[32] },
    { type: 'icp6', png: png[64] },
    { type: 'ic07', png: png[128] },
    { type: 'ic08', png: png[256] },
    { type: 'ic09', png: png[512] },
    { type: 'ic11', png: png[32] },
    { type: 'ic12', png: png[64] },
    { type: 'ic13', png: png[256] },
    { type: 'ic14', png: png[512] },
    { type: 'ic10', png: png[1024] }
  ])
)
console.log(`icons written to ${iconsDir}`)
