/**
 * A table of a backup as a JSON array written and read a batch at a time, so that no string or
 * byte array of a whole table is ever made (a table of a 100k-incident encrypted register is a
 * few hundred MiB: its rows, their JSON, one string of it and its UTF-8 bytes held together
 * crashed the renderer). The bytes are exactly those of `JSON.stringify(rows)` in UTF-8: files
 * written before read the same, and the writer's output is the same file as before.
 */
import { utf8 } from './bytes'
import { Sha256 } from './sha256'

/** A table entry ready for the container: its bytes (Blob parts) and their SHA-256. */
export type PreparedEntry = { data: Blob; sha256: string; rows: number }

/**
 * `JSON.stringify(rows)` of rows given batch by batch: each batch is stringified, encoded,
 * hashed and kept as a small Blob, so only one batch is in memory as text at a time.
 */
export class JsonArrayWriter {
  private readonly hash = new Sha256()
  private readonly parts: Blob[] = []
  private rows = 0

  add(batch: readonly unknown[]): void {
    if (batch.length === 0) return
    // JSON.stringify writes an array element that has no JSON form as null.
    const items = batch.map((row) => JSON.stringify(row) ?? 'null')
    this.push(`${this.rows === 0 ? '[' : ','}${items.join(',')}`)
    this.rows += batch.length
  }

  finish(): PreparedEntry {
    this.push(this.rows === 0 ? '[]' : ']')
    return { data: new Blob(this.parts), sha256: this.hash.hex(), rows: this.rows }
  }

  private push(text: string): void {
    const bytes = utf8(text)
    this.hash.update(bytes)
    this.parts.push(new Blob([bytes]))
  }
}

/** JSON's own whitespace (RFC 8259 §2): what JSON.parse accepts around a value. */
const isJsonSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d

const STRING_STOP = /["\\]/g

/** Thrown for text that is not JSON, as JSON.parse's own SyntaxError. */
export class JsonSyntaxError extends SyntaxError {}

/**
 * Splits a JSON text given piece by piece into the elements of its top-level array, and parses
 * each with `parseElement` (JSON.parse, or the backup's guarded parse). It only finds where an
 * element ends (a comma or the closing bracket at depth one, outside strings); each element is
 * then checked by `parseElement` itself, so the text is accepted exactly when JSON.parse accepts
 * it, with the same value. A text that is not an array is kept whole and parsed at the end.
 */
export class JsonArraySplitter {
  private readonly values: unknown[] = []
  /** The current element's text from earlier pieces. */
  private pieces: string[] = []
  /** 0: before '['; 1: inside the array; 2: after its ']'; 3: not an array (kept whole). */
  private state = 0
  private depth = 0
  private inString = false
  private escaped = false

  constructor(private readonly parseElement: (text: string) => unknown) {}

  push(text: string): void {
    let start = 0
    let i = 0
    if (this.state === 0) {
      while (i < text.length && isJsonSpace(text.charCodeAt(i))) i++
      if (i === text.length) return
      if (text.charCodeAt(i) !== 0x5b) {
        this.state = 3
      } else {
        this.state = 1
        this.depth = 1
        i++
      }
      start = i
    }
    if (this.state === 3) {
      this.pieces.push(text.slice(start))
      return
    }
    if (this.state === 2) return this.trailing(text, i)
    for (; i < text.length; i++) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false
          continue
        }
        // Inside a string only a quote or a backslash matters: jump to the next one (the
        // base64 of sealed records is most of a table: scanning it char by char doubled a read).
        STRING_STOP.lastIndex = i
        const stop = STRING_STOP.exec(text)
        if (!stop) break
        i = stop.index
        if (text.charCodeAt(i) === 0x5c) this.escaped = true
        else this.inString = false
        continue
      }
      const c = text.charCodeAt(i)
      if (c === 0x22) this.inString = true
      else if (c === 0x5b || c === 0x7b) this.depth++
      else if (c === 0x5d || c === 0x7d) {
        this.depth--
        if (this.depth === 0) {
          if (c !== 0x5d) throw new JsonSyntaxError('Unexpected }')
          this.element(text.slice(start, i), true)
          this.state = 2
          return this.trailing(text, i + 1)
        }
      } else if (c === 0x2c && this.depth === 1) {
        this.element(text.slice(start, i), false)
        start = i + 1
      }
    }
    this.pieces.push(text.slice(start))
  }

  /** The array's elements, once the whole text was pushed. */
  end(): unknown {
    if (this.state === 3) return this.parseElement(this.pieces.join(''))
    if (this.state !== 2) throw new JsonSyntaxError('Unexpected end of JSON input')
    return this.values
  }

  private element(last: string, closing: boolean): void {
    const text = this.pieces.length === 0 ? last : this.pieces.join('') + last
    this.pieces = []
    let blank = true
    for (let i = 0; i < text.length && blank; i++) blank = isJsonSpace(text.charCodeAt(i))
    if (blank) {
      // Only `[]` (with spaces) has no element: `[,`, `[1,]` and `[1,,2]` are not JSON.
      if (closing && this.values.length === 0) return
      throw new JsonSyntaxError('Missing array element')
    }
    this.values.push(this.parseElement(text))
  }

  private trailing(text: string, from: number): void {
    for (let i = from; i < text.length; i++) {
      if (!isJsonSpace(text.charCodeAt(i))) throw new JsonSyntaxError('Unexpected text after JSON')
    }
  }
}
