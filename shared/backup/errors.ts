/**
 * The one error every backup and case-file reader throws for bad input: which part of the file
 * and why, in French and English. Anything else escaping a reader is a bug (the fuzz tests
 * check that).
 */
import { loc, type Localized } from '../model/localized'

export type BackupErrorKind =
  | 'not-a-backup'
  | 'too-large'
  | 'truncated'
  | 'newer-format'
  | 'invalid'
  | 'checksum'
  | 'needs-secret'
  | 'wrong-secret'
  | 'damaged'

export class BackupError extends Error {
  constructor(
    readonly kind: BackupErrorKind,
    /** The part of the file: an entry name, then a path inside it (e.g. `tables/contents.json: [3].id`). */
    readonly part: string,
    readonly detail: Localized
  ) {
    super(`${part ? `${part}: ` : ''}${detail.en}`)
    this.name = 'BackupError'
  }

  /** One line for the user (part and reason), in their language. */
  describe(lang: 'fr' | 'en'): string {
    return this.part ? `${cut(this.part)} : ${this.detail[lang]}` : this.detail[lang]
  }
}

export const isBackupError = (error: unknown): error is BackupError => error instanceof BackupError

/** Control and escape characters never reach a message; long values are cut. */
export function cut(text: string, max = 120): string {
  const clean = text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g,
    '?'
  )
  return clean.length > max ? `${clean.slice(0, max)}…` : clean
}

export const fail = (kind: BackupErrorKind, part: string, fr: string, en: string): never => {
  throw new BackupError(kind, part, loc(fr, en))
}
