/**
 * `npm run render -- <incident.json> --out <dir> [--lang fr|en] [--now <ISO instant>]`
 *
 * Writes every document for the incident (per policy concerned the declaration and the assessment
 * report, the checklist, the CNIL notification draft, every letter that applies as PDF and DOCX)
 * and prints their paths. Bundled into out/cli/render.mjs (`npm run build:cli`) and run by plain
 * node, so a fresh process reaches its first PDF quickly.
 *
 * Exit codes (scripts/cli-io.ts): 2 bad input (arguments, an invalid or hostile incident file,
 * an --out that is empty, a file, a symbolic link or not writable), nothing written; 1 an I/O
 * failure while writing, the directory left as it was. The documents are written as one set
 * (scripts/file-set.ts): each atomically (exclusive temporary file, mode 0600, rename), all or
 * none, never through a symbolic link planted in --out.
 */
import { accessSync, constants, existsSync, lstatSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

import { assess } from '../shared/assessment'
import { buildIncidentDocuments } from '../shared/documents'
import type { Lang } from '../shared/model'
import { InstantSchema } from '../shared/model'
import { usePlatformDeflate } from '../shared/pdf'
import {
  CliError,
  EXIT_INPUT,
  EXIT_IO,
  EXIT_OK,
  langFromArgv,
  readIncidentFile,
  runCli,
  shownPath
} from './cli-io'
import { FileSetWriter } from './file-set'

/** Every message of this CLI in both languages: a French user gets French even for a typo. */
const M = {
  fr: {
    usage:
      'Usage : npm run render -- <incident.json> --out <dossier> [--lang fr|en] [--now <instant ISO 8601>]',
    unknownOption: (name: string) => `option inconnue --${name}`,
    needsValue: (name: string) => `--${name} demande une valeur`,
    empty: (name: string) => `--${name} est vide`,
    oneFile: 'indiquez exactement un fichier d’incident',
    outRequired: '--out <dossier> est obligatoire',
    badLang: (lang: string) => `--lang vaut fr ou en, pas « ${lang} »`,
    badNow: (now: string) =>
      `--now doit être un instant ISO 8601 avec un décalage ou Z, par ex. 2026-11-25T10:00:00Z, pas « ${now} »`,
    cannotCreate: (out: string, code: string) => `impossible de créer --out ${out} (${code})`,
    symlink: (out: string) => `--out ${out} est un lien symbolique : indiquez le dossier lui-même`,
    notDirectory: (out: string) => `--out ${out} n’est pas un dossier`,
    notWritable: (out: string) => `--out ${out} n’est pas accessible en écriture`,
    invalidFile: (file: string, count: number) =>
      `${file} n’est pas un fichier d’incident valide (${count} erreur(s)) :`,
    writeFailed: (code: string) =>
      `impossible d’écrire les documents (${code}) ; rien n’a été écrit, --out est inchangé`,
    error: 'erreur\u00a0: '
  },
  en: {
    usage:
      'Usage: npm run render -- <incident.json> --out <dir> [--lang fr|en] [--now <ISO 8601 instant>]',
    unknownOption: (name: string) => `unknown option --${name}`,
    needsValue: (name: string) => `--${name} needs a value`,
    empty: (name: string) => `--${name} is empty`,
    oneFile: 'give exactly one incident file',
    outRequired: '--out <dir> is required',
    badLang: (lang: string) => `--lang must be fr or en, not "${lang}"`,
    badNow: (now: string) =>
      `--now must be an ISO 8601 instant with an offset or Z, e.g. 2026-11-25T10:00:00Z, not "${now}"`,
    cannotCreate: (out: string, code: string) => `cannot create --out ${out} (${code})`,
    symlink: (out: string) => `--out ${out} is a symbolic link: give the directory itself`,
    notDirectory: (out: string) => `--out ${out} is not a directory`,
    notWritable: (out: string) => `--out ${out} is not writable`,
    invalidFile: (file: string, count: number) =>
      `${file} is not a valid incident file (${count} error(s)):`,
    writeFailed: (code: string) =>
      `cannot write the documents (${code}); nothing was written, --out is as it was`,
    error: 'error: '
  }
} satisfies Record<Lang, unknown>

/** The language of the messages: --lang when it is valid, French otherwise (as the documents). */
const messageLang = (): Lang => langFromArgv(process.argv.slice(2), 'fr')
const m = () => M[messageLang()]
const fail = (line: string) => `${m().error}${line}`

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
        errors.push(m().unknownOption(name))
        continue
      }
      const value = inline ?? argv[++i]
      if (value === undefined || value.startsWith('--')) errors.push(m().needsValue(name))
      else if (value === '') errors.push(m().empty(name))
      else options[name] = value
    } else positional.push(arg)
  }
  if (positional.length !== 1) errors.push(m().oneFile)
  if (options.out === undefined) errors.push(m().outRequired)
  const lang = options.lang ?? 'fr'
  if (lang !== 'fr' && lang !== 'en') errors.push(m().badLang(lang))
  const now = options.now ?? new Date().toISOString()
  if (!InstantSchema.safeParse(now).success) errors.push(m().badNow(now))
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

/**
 * The output directory: created when absent; refused when it is a file, a symbolic link or not
 * writable (bad input, exit 2); an error creating it is an I/O failure (exit 1).
 */
function outputDirectory(out: string): string {
  const dir = resolve(out)
  let stat
  try {
    stat = lstatSync(dir)
  } catch {
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 })
    } catch (error) {
      throw new CliError(
        [fail(m().cannotCreate(shownPath(out), (error as { code?: string }).code ?? 'error'))],
        EXIT_IO
      )
    }
    return dir
  }
  if (stat.isSymbolicLink()) throw new CliError([fail(m().symlink(shownPath(out)))], EXIT_INPUT)
  if (!stat.isDirectory()) throw new CliError([fail(m().notDirectory(shownPath(out)))], EXIT_INPUT)
  try {
    accessSync(dir, constants.W_OK | constants.X_OK)
  } catch {
    throw new CliError([fail(m().notWritable(shownPath(out)))], EXIT_INPUT)
  }
  return dir
}

// SENTINELLE_TIMING=1 prints where a fresh process spends its time (ms since process start).
const timing = process.env.SENTINELLE_TIMING === '1'
const mark = (label: string): void => {
  if (timing) process.stderr.write(`${label}: ${performance.now().toFixed(0)} ms\n`)
}

async function main(): Promise<number> {
  mark('modules loaded')
  const args = parseArgs(process.argv.slice(2))
  if ('errors' in args) throw new CliError([...args.errors.map(fail), m().usage], EXIT_INPUT)

  const file = readIncidentFile(args.input, args.lang, (count) =>
    fail(m().invalidFile(shownPath(args.input), count))
  )
  const out = outputDirectory(args.out)

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
  const assessment = assess({ incident: file.incident, policies: file.policies }, { now: args.now })
  mark('assessed')
  // Node's zlib straight, not through CompressionStream's web streams (shared/pdf/writer.ts).
  usePlatformDeflate((bytes) => deflateSync(bytes))
  const set = new FileSetWriter(out)
  try {
    for await (const document of buildIncidentDocuments({ file, assessment }, context)) {
      set.add(document.fileName, document.bytes)
      mark(document.fileName)
    }
  } catch (error) {
    set.abort()
    throw writeFailure(error)
  }
  let paths: string[]
  try {
    paths = set.commit()
  } catch (error) {
    throw writeFailure(error)
  }
  for (const path of paths) process.stdout.write(`${path}\n`)
  return EXIT_OK
}

/** A file-system error while writing the set: exit 1, nothing left behind (FileSetWriter). */
function writeFailure(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return error
  return new CliError([fail(m().writeFailed(code))], EXIT_IO)
}

runCli(main, messageLang)
