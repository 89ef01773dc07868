/**
 * `npx tsx bench/ui/leveldb-stats.ts <dir>.indexeddb.leveldb [every-nth-file]`: what a Chromium
 * IndexedDB LevelDB holds, read straight from its .ldb tables (no Chromium, no LevelDB
 * library): entries and bytes per key space (IndexedDB's key prefix: database, object store,
 * index; 0/0/0 is the global metadata, where LevelDB scopes keep their undo logs), live values
 * against deletion markers (tombstones), and key against value bytes. A diagnosis tool for the
 * open cost of a large register (see README, Performance); figures are printed, never asserted.
 *
 * Table format: https://github.com/google/leveldb/blob/main/doc/table_format.md; Snappy
 * blocks are decoded here (format_description.txt of google/snappy). Key prefix encoding:
 * Chromium content/browser/indexed_db/indexed_db_leveldb_coding.cc (KeyPrefix::Decode).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'

function varint(buf: Uint8Array, at: number): [value: number, next: number] {
  let value = 0
  let shift = 0
  for (;;) {
    const byte = buf[at++]!
    value += (byte & 0x7f) * 2 ** shift
    if (byte < 0x80) return [value, at]
    shift += 7
  }
}

function snappy(input: Uint8Array): Uint8Array {
  let [length, at] = varint(input, 0)
  const out = new Uint8Array(length)
  let o = 0
  while (at < input.length) {
    const tag = input[at++]!
    const kind = tag & 3
    if (kind === 0) {
      let len = tag >> 2
      if (len >= 60) {
        const bytes = len - 59
        len = 0
        for (let i = 0; i < bytes; i++) len |= input[at++]! << (8 * i)
      }
      len += 1
      out.set(input.subarray(at, at + len), o)
      at += len
      o += len
      continue
    }
    let len: number
    let offset: number
    if (kind === 1) {
      len = ((tag >> 2) & 7) + 4
      offset = ((tag >> 5) << 8) | input[at++]!
    } else if (kind === 2) {
      len = (tag >> 2) + 1
      offset = input[at]! | (input[at + 1]! << 8)
      at += 2
    } else {
      len = (tag >> 2) + 1
      offset = input[at]! | (input[at + 1]! << 8) | (input[at + 2]! << 16) | (input[at + 3]! << 24)
      at += 4
    }
    for (let i = 0; i < len; i++, o++) out[o] = out[o - offset]!
  }
  length = o
  return out.subarray(0, length)
}

function readBlock(file: Uint8Array, offset: number, size: number): Uint8Array {
  const raw = file.subarray(offset, offset + size)
  return file[offset + size] === 1 ? snappy(raw) : raw
}

function* entries(block: Uint8Array): Generator<[key: Uint8Array, value: Uint8Array]> {
  const restarts = new DataView(block.buffer, block.byteOffset).getUint32(block.length - 4, true)
  const end = block.length - 4 - 4 * restarts
  let at = 0
  let key = new Uint8Array(0)
  while (at < end) {
    let shared, unshared, valueLength
    ;[shared, at] = varint(block, at)
    ;[unshared, at] = varint(block, at)
    ;[valueLength, at] = varint(block, at)
    const next = new Uint8Array(shared + unshared)
    next.set(key.subarray(0, shared))
    next.set(block.subarray(at, at + unshared), shared)
    key = next
    at += unshared
    yield [key, block.subarray(at, at + valueLength)]
    at += valueLength
  }
}

type Tally = { live: number; deleted: number; keyBytes: number; valueBytes: number }

/** IndexedDB's key prefix: "db/objectStore/index" (index 1 = records, 2 = exists, ≥30 = user index). */
function prefixOf(key: Uint8Array): string {
  const first = key[0]!
  const dbLen = (first >> 5) + 1
  const storeLen = ((first >> 2) & 7) + 1
  const indexLen = (first & 3) + 1
  const int = (from: number, len: number) => {
    let v = 0
    for (let i = len - 1; i >= 0; i--) v = v * 256 + key[from + i]!
    return v
  }
  const db = int(1, dbLen)
  const store = int(1 + dbLen, storeLen)
  const index = int(1 + dbLen + storeLen, indexLen)
  const rest = key[1 + dbLen + storeLen + indexLen]
  // Global and database metadata: the byte after the prefix names the kind of row.
  return db === 0 || store === 0
    ? `${db}/${store}/${index} type ${rest}`
    : `${db}/${store}/${index}`
}

const dir = resolve(process.argv[2] ?? '.')
const every = Number(process.argv[3] ?? 1)
const tables = readdirSync(dir)
  .filter((name) => name.endsWith('.ldb'))
  .sort()
  .filter((_, i) => i % every === 0)
const tally = new Map<string, Tally>()
let total = 0
for (const name of tables) {
  const file = new Uint8Array(readFileSync(resolve(dir, name)))
  const footer = file.subarray(file.length - 48)
  // Footer: the metaindex handle (skipped), then the index handle (two varints each).
  const [, afterMetaOffset] = varint(footer, 0)
  const [, at] = varint(footer, afterMetaOffset)
  const [indexOffset, afterOffset] = varint(footer, at)
  const [indexSize] = varint(footer, afterOffset)
  for (const [, handle] of entries(readBlock(file, indexOffset, indexSize))) {
    const [offset, next] = varint(handle, 0)
    const [size] = varint(handle, next)
    for (const [internalKey, value] of entries(readBlock(file, offset, size))) {
      const userKey = internalKey.subarray(0, internalKey.length - 8)
      const type = internalKey[internalKey.length - 8]! // low byte of the tag: 0 deletion, 1 value
      const key = prefixOf(userKey)
      const t = tally.get(key) ?? { live: 0, deleted: 0, keyBytes: 0, valueBytes: 0 }
      if (type === 0) t.deleted++
      else t.live++
      t.keyBytes += internalKey.length
      t.valueBytes += value.length
      tally.set(key, t)
      total++
    }
  }
}
console.log(
  `${tables.length} tables read (every ${every}th), ${total.toLocaleString('en')} entries (uncompressed sizes; scale by ${every} for the whole store)`
)
console.log('| key space | values | deletions | key bytes | value bytes | mean key | mean value |')
console.log('|---|---:|---:|---:|---:|---:|---:|')
const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`
for (const [key, t] of [...tally].sort(
  (a, b) => b[1].keyBytes + b[1].valueBytes - (a[1].keyBytes + a[1].valueBytes)
)) {
  const count = t.live + t.deleted
  console.log(
    `| ${key} | ${t.live.toLocaleString('en')} | ${t.deleted.toLocaleString('en')} | ${mb(t.keyBytes)} | ${mb(t.valueBytes)} | ${Math.round(t.keyBytes / count)} | ${Math.round(t.valueBytes / count)} |`
  )
}
