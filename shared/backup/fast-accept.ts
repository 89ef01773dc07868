/**
 * A fast yes/no check of a value against a zod schema, for the rows a restore reads by the
 * hundred thousand (issue 12: restore of 100k ≤ 1.1× a raw IndexedDB write).
 *
 * The app's CSP forbids eval, so zod runs without its compiled parsers: per value it allocates
 * issue lists and payloads and builds a copy of the input. Here the schema's tree is walked ONCE
 * into plain closures that only answer "accepted?", calling each zod check's own `_zod.check`
 * (lengths, patterns, formats, refinements: zod's code, not a rewrite of it).
 *
 * Refusals and messages stay zod's: `acceptOrParse` returns the value itself when the closure
 * accepts it, and otherwise hands it to zod, whose answer (value or first issue) is final. So the
 * closure must never accept what zod refuses; it may refuse what zod accepts (zod then decides).
 * For that it only knows node types whose zod output equals the input (no transform, default,
 * coercion, pipe, catch; an object with unknown keys is left to zod, which strips or refuses
 * them); a schema holding any other type gets no closure and always goes through zod.
 * fast-accept.test.ts compares both on valid rows and on every mutation of them.
 */
import type { z } from 'zod'

import { parseWith } from './validate'

export type Acceptor = (value: unknown) => boolean

/** What the walk reads of zod's internals (zod 4 `_zod`); anything unexpected → no closure. */
type Internals = {
  def: {
    type: string
    checks?: CheckLike[]
    coerce?: boolean
    shape?: Record<string, ZodLike>
    catchall?: ZodLike
    element?: ZodLike
    options?: ZodLike[]
    innerType?: ZodLike
  }
  traits: Set<string>
  values?: Set<unknown>
  optin?: string
  optout?: string
}
type ZodLike = { _zod: Internals }
type Payload = { value: unknown; issues: unknown[] }
type CheckLike = {
  _zod: { def: { when?: (payload: Payload) => boolean }; check: (payload: Payload) => unknown }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

class Unsupported extends Error {}

/** The checks zod runs on a node: the node itself first when it is a check (string formats). */
function checksOf(schema: ZodLike): Acceptor | undefined {
  const zod = schema._zod
  const list: CheckLike[] = [
    ...(zod.traits.has('$ZodCheck') ? [schema as unknown as CheckLike] : []),
    ...(zod.def.checks ?? [])
  ]
  if (list.length === 0) return undefined
  return (value) => {
    // A fresh payload per check: a check may keep a reference to its issue list.
    for (const check of list) {
      const payload: Payload = { value, issues: [] }
      const when = check._zod.def.when
      if (when && !when(payload)) continue
      if (check._zod.check(payload) instanceof Promise) return false
      if (payload.issues.length > 0) return false
    }
    return true
  }
}

function compile(schema: ZodLike, seen: Map<ZodLike, Acceptor>): Acceptor {
  const known = seen.get(schema)
  if (known) return known
  const zod = schema._zod
  const def = zod.def
  if (def.coerce) throw new Unsupported(def.type)
  let base: Acceptor
  switch (def.type) {
    case 'string':
      base = (v) => typeof v === 'string'
      break
    case 'number':
      base = (v) => typeof v === 'number' && Number.isFinite(v)
      break
    case 'boolean':
      base = (v) => typeof v === 'boolean'
      break
    case 'unknown':
    case 'any':
      base = () => true
      break
    case 'enum':
    case 'literal': {
      const values = zod.values
      if (!values) throw new Unsupported(def.type)
      base = (v) => values.has(v)
      break
    }
    case 'optional': {
      if (zod.traits.has('$ZodExactOptional') || zod.optin !== 'optional')
        throw new Unsupported('optional')
      const inner = compile(def.innerType!, seen)
      base = (v) => v === undefined || inner(v)
      break
    }
    case 'nullable': {
      const inner = compile(def.innerType!, seen)
      base = (v) => v === null || inner(v)
      break
    }
    case 'array': {
      const element = compile(def.element!, seen)
      base = (v) => Array.isArray(v) && v.every((item) => element(item))
      break
    }
    case 'union': {
      const options = def.options!.map((option) => compile(option, seen))
      base = (v) => options.some((option) => option(v))
      break
    }
    case 'object': {
      // Strict (catchall never) or strip (no catchall): either way an unknown key is zod's call.
      if (def.catchall && def.catchall._zod.def.type !== 'never') throw new Unsupported('catchall')
      const entries = Object.entries(def.shape!).map(([key, field]) => ({
        key,
        accept: compile(field, seen),
        // handlePropertyResult: an absent key is fine only for an optional-in/out field.
        absentOk: field._zod.optin === 'optional' && field._zod.optout === 'optional'
      }))
      const keys = new Set(entries.map((e) => e.key))
      base = (v) => {
        if (!isObject(v)) return false
        for (const key in v) if (!keys.has(key)) return false
        for (const { key, accept, absentOk } of entries) {
          if (!(key in v)) {
            if (absentOk) continue
            return false
          }
          if (!accept(v[key])) return false
        }
        return true
      }
      break
    }
    default:
      throw new Unsupported(def.type)
  }
  const checks = checksOf(schema)
  const accept: Acceptor = checks ? (v) => base(v) && checks(v) : base
  seen.set(schema, accept)
  return accept
}

const compiled = new WeakMap<object, Acceptor | null>()
let enabled = true

/** Tests only: with `false`, every value goes through zod (the reference the closures must match). */
export function setFastAccept(on: boolean): void {
  enabled = on
}

/** The closure for a schema (built once), or undefined when it holds a type this file leaves to zod. */
export function acceptorOf(schema: z.ZodType): Acceptor | undefined {
  if (!enabled) return undefined
  let accept = compiled.get(schema)
  if (accept === undefined) {
    try {
      accept = compile(schema as unknown as ZodLike, new Map())
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error
      accept = null
    }
    compiled.set(schema, accept)
  }
  return accept ?? undefined
}

/** The value as zod would return it: itself when the closure accepts it, else zod's own parse. */
export function acceptOrParse<T>(schema: z.ZodType<T>, value: unknown, part: string): T {
  const accept = acceptorOf(schema)
  if (accept && accept(value)) return value as T
  return parseWith(schema, value, part)
}
