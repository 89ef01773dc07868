/**
 * Validation of every IPC payload that reaches main. The renderer is not trusted: a compromised
 * or buggy page could send anything, so each payload is parsed before anything is done with it
 * and a refusal says clearly what was wrong.
 */
import { z } from 'zod'

import type { SaveFileRequest } from '../../shared/ipc-contract'
import { DEVICE_KEY_BYTES, MAX_SAVE_BYTES } from '../../shared/ipc-contract'

import { sanitizeFileName } from '../../shared/documents/file-name'

/**
 * A MIME type as the renderer knows it: the documents' own (`application/pdf`,
 * `text/csv;charset=utf-8`…) or an attachment's, which can be anything the user attached, or empty
 * when the system did not know it. Main only passes it through, so only its shape is checked.
 */
const MIME_TYPE = /^(?:[\w.+-]+\/[\w.+-]+(?:\s*;\s*[\w.+-]+=[\w.+"-]+)*)?$/

const saveFileRequestSchema = z.strictObject({
  suggestedName: z.string().min(1, 'suggestedName is empty').max(255, 'suggestedName is too long'),
  mimeType: z.string().max(255).regex(MIME_TYPE, 'mimeType is not a MIME type'),
  bytes: z
    .instanceof(Uint8Array, { message: 'bytes must be a Uint8Array' })
    .refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES, 'bytes exceed the size limit')
})

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; error: string }

export function parseSaveFileRequest(payload: unknown): ValidationResult<SaveFileRequest> {
  const parsed = saveFileRequestSchema.safeParse(payload)
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`)
      .join('; ')
    return { ok: false, error: `Invalid save request (${details})` }
  }
  const suggestedName = sanitizeFileName(parsed.data.suggestedName)
  if (suggestedName === null) {
    return { ok: false, error: 'Invalid save request (suggestedName: not a usable file name)' }
  }
  return { ok: true, value: { ...parsed.data, suggestedName } }
}

/** appInfo takes no argument; anything else is refused rather than ignored. */
export function parseNoArguments(args: readonly unknown[]): ValidationResult<void> {
  return args.length === 0
    ? { ok: true, value: undefined }
    : { ok: false, error: 'This request takes no arguments' }
}

/** device-key:remember takes exactly one argument: the 32-byte device key as a Uint8Array. */
export function parseDeviceKeyArguments(args: readonly unknown[]): ValidationResult<Uint8Array> {
  if (args.length !== 1) return { ok: false, error: 'Invalid device key (one argument expected)' }
  const [key] = args
  if (!(key instanceof Uint8Array)) {
    return { ok: false, error: 'Invalid device key (not a Uint8Array)' }
  }
  if (key.byteLength !== DEVICE_KEY_BYTES) {
    return { ok: false, error: `Invalid device key (${DEVICE_KEY_BYTES} bytes expected)` }
  }
  // A copy: the handler must not keep a view on a buffer the sender may reuse.
  return { ok: true, value: new Uint8Array(key) }
}
