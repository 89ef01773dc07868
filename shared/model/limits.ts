/**
 * Limits on what an incident file may hold, checked before the schema so that a hostile or broken
 * file (a gigabyte of text, a million events, JSON nested ten thousand deep) is refused quickly
 * with a clear message, never parsed for minutes or allowed to exhaust memory. Shared by the CLIs
 * and the app's importers: `parseIncidentFileText()` is the one entry point for a file's text.
 *
 * The schema (./schema.ts) adds the per-field limits: string lengths and each array's size
 * (ARRAY_LIMITS).
 */
import { loc } from './localized'
import type { Localized } from './localized'
import { displayValue } from './display'
import { parseIncidentFile } from './parse'
import type { ParseResult, ValidationError } from './parse'

export const INPUT_LIMITS = {
  /** An incident file: the longest legitimate one (every text at its maximum) is about 6 MB. */
  maxFileBytes: 10 * 1024 * 1024,
  /** Objects and arrays inside one another; an incident file needs 5. */
  maxDepth: 16,
  /** Items in any one array; the schema then applies each array's own limit. */
  maxArrayItems: 10_000,
  /** Characters in any one string; the schema then applies each field's own limit. */
  maxStringLength: 100_000,
  /** Keys in any one object. */
  maxObjectKeys: 200
} as const

const MB = 1024 * 1024
const megabytes = (bytes: number): string => (bytes / MB).toFixed(bytes % MB === 0 ? 0 : 1)

export const fileTooLargeMessage = (bytes: number, max = INPUT_LIMITS.maxFileBytes): Localized =>
  loc(
    `Fichier trop volumineux : ${megabytes(bytes)} Mo pour ${megabytes(max)} Mo au plus.`,
    `File too large: ${megabytes(bytes)} MB, at most ${megabytes(max)} MB.`
  )

/**
 * Walks parsed JSON without recursion (a deep file cannot overflow the stack) and returns the
 * first limit it breaks, with the path where it breaks it.
 */
export function checkJsonLimits(root: unknown): ValidationError | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: root, path: '', depth: 0 }
  ]
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!
    if (typeof value === 'string') {
      if (value.length > INPUT_LIMITS.maxStringLength)
        return {
          path,
          message: loc(
            `Texte trop long : ${value.length} caractères pour ${INPUT_LIMITS.maxStringLength} au plus.`,
            `Text too long: ${value.length} characters, at most ${INPUT_LIMITS.maxStringLength}.`
          )
        }
      continue
    }
    if (value === null || typeof value !== 'object') continue
    if (depth >= INPUT_LIMITS.maxDepth)
      return {
        path,
        message: loc(
          `Imbrication trop profonde : ${INPUT_LIMITS.maxDepth} niveaux au plus.`,
          `Nested too deep: at most ${INPUT_LIMITS.maxDepth} levels.`
        )
      }
    if (Array.isArray(value)) {
      if (value.length > INPUT_LIMITS.maxArrayItems)
        return {
          path,
          message: loc(
            `Liste trop longue : ${value.length} éléments pour ${INPUT_LIMITS.maxArrayItems} au plus.`,
            `List too long: ${value.length} items, at most ${INPUT_LIMITS.maxArrayItems}.`
          )
        }
      value.forEach((item, i) =>
        stack.push({ value: item, path: `${path}[${i}]`, depth: depth + 1 })
      )
      continue
    }
    const keys = Object.keys(value)
    if (keys.length > INPUT_LIMITS.maxObjectKeys)
      return {
        path,
        message: loc(
          `Trop de champs : ${keys.length} pour ${INPUT_LIMITS.maxObjectKeys} au plus.`,
          `Too many fields: ${keys.length}, at most ${INPUT_LIMITS.maxObjectKeys}.`
        )
      }
    for (const key of keys)
      stack.push({
        value: (value as Record<string, unknown>)[key],
        // Keys are user text: shown cut and escaped (see displayValue).
        path: path === '' ? displayValue(key, 40) : `${path}.${displayValue(key, 40)}`,
        depth: depth + 1
      })
  }
  return undefined
}

/**
 * An incident file's text (or bytes) to a validated file: size, UTF-8, BOM, JSON, limits, then the
 * schema. Never throws; every failure is a ValidationError in French and English.
 */
export function parseIncidentFileText(input: string | Uint8Array): ParseResult {
  const size = typeof input === 'string' ? input.length : input.byteLength
  if (size > INPUT_LIMITS.maxFileBytes)
    return { ok: false, errors: [{ path: '', message: fileTooLargeMessage(size) }] }
  let text: string
  if (typeof input === 'string') text = input
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input)
    } catch {
      return {
        ok: false,
        errors: [
          {
            path: '',
            message: loc('Ce fichier n’est pas du texte UTF-8.', 'This file is not UTF-8 text.')
          }
        ]
      }
    }
  }
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    // V8's message quotes the text around the error: shown escaped and cut.
    const detail = displayValue(error instanceof Error ? error.message : String(error), 120)
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: loc(`Ce n’est pas du JSON valide (${detail}).`, `Not valid JSON (${detail}).`)
        }
      ]
    }
  }
  const tooBig = checkJsonLimits(json)
  if (tooBig !== undefined) return { ok: false, errors: [tooBig] }
  return parseIncidentFile(json)
}
