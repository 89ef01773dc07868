/**
 * `npm run render -- <incident.json> --out <dir> [--lang fr|en] [--now <ISO instant>]`
 *
 * Writes every document for the incident (per policy concerned the declaration and the assessment
 * report, the checklist, the CNIL notification draft, every letter that applies as PDF and DOCX)
 * and prints their paths. Invalid input: exit code 2, the errors on
 * stderr, nothing written. Bundled into out/cli/render.mjs (`npm run build:cli`) and run by plain
 * node, so a fresh process reaches its first PDF quickly.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { assess } from '../shared/assessment'
import { buildIncidentDocuments } from '../shared/documents'
import type { Lang } from '../shared/model'
import { InstantSchema, parseIncidentFile } from '../shared/model'

const EXIT_INVALID = 2

const USAGE =
  'usage: npm run render -- <incident.json> --out <dir> [--lang fr|en] [--now <ISO instant>]'

type Args = { input: string; out: string; lang: Lang; now: string }

function parseArgs(argv: string[]): Args | { errors: string[] } {
  const errors: string[] = []
  const positional: string[] = []
  const options: Record<string, string> = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined]
      if (!['out', 'lang', 'now'].includes(name)) {
        errors.push(`unknown option --${name}`)
        continue
      }
      const value = inline ?? argv[++i]
      if (value === undefined || value.startsWith('--')) errors.push(`--${name} needs a value`)
      else options[name] = value
    } else positional.push(arg)
  }
  if (positional.length !== 1) errors.push('give exactly one incident file')
  if (options.out === undefined) errors.push('--out <dir> is required')
  const lang = options.lang ?? 'fr'
  if (lang !== 'fr' && lang !== 'en') errors.push(`--lang must be fr or en, not "${lang}"`)
  const now = options.now ?? new Date().toISOString()
  if (!InstantSchema.safeParse(now).success)
    errors.push(
      `--now must be an ISO 8601 instant with an offset or Z, e.g. 2026-11-25T10:00:00Z, not "${now}"`
    )
  if (errors.length > 0) return { errors }
  return { input: positional[0] as string, out: options.out as string, lang: lang as Lang, now }
}

/** resources/fonts next to the sources (tsx) or two levels above out/cli (bundle). */
function fontsDir(): string {
  const here = dirname(fileURLToPath(import.meta.url))
  for (const candidate of [join(here, '../resources/fonts'), join(here, '../../resources/fonts')])
    if (existsSync(join(candidate, 'DejaVuSans.ttf'))) return candidate
  throw new Error('resources/fonts/DejaVuSans.ttf not found')
}

function fail(lines: string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`)
  process.exit(EXIT_INVALID)
}

// SENTINELLE_TIMING=1 prints where a fresh process spends its time (ms since process start).
const timing = process.env.SENTINELLE_TIMING === '1'
const mark = (label: string): void => {
  if (timing) process.stderr.write(`${label}: ${performance.now().toFixed(0)} ms\n`)
}

async function main(): Promise<void> {
  mark('modules loaded')
  const args = parseArgs(process.argv.slice(2))
  if ('errors' in args) fail([...args.errors.map((error) => `error: ${error}`), USAGE])

  let json: unknown
  try {
    json = JSON.parse(readFileSync(resolve(args.input), 'utf8'))
  } catch (error) {
    fail([`error: cannot read ${args.input} as JSON: ${(error as Error).message}`])
  }
  const parsed = parseIncidentFile(json)
  if (!parsed.ok)
    fail([
      `error: ${args.input} is not a valid incident file (${parsed.errors.length} error(s)):`,
      ...parsed.errors.map((error) => `  ${error.path || '(root)'}: ${error.message[args.lang]}`)
    ])

  mark('input validated')
  const fonts = fontsDir()
  const context = {
    lang: args.lang,
    createdAt: args.now,
    fonts: {
      regular: new Uint8Array(readFileSync(join(fonts, 'DejaVuSans.ttf'))),
      bold: new Uint8Array(readFileSync(join(fonts, 'DejaVuSans-Bold.ttf')))
    }
  }
  const file = parsed.value
  const assessment = assess({ incident: file.incident, policies: file.policies }, { now: args.now })
  mark('assessed')
  mkdirSync(resolve(args.out), { recursive: true })
  for await (const document of buildIncidentDocuments({ file, assessment }, context)) {
    const path = join(resolve(args.out), document.fileName)
    writeFileSync(path, document.bytes)
    process.stdout.write(`${path}\n`)
    mark(document.fileName)
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  )
  process.exit(1)
})
