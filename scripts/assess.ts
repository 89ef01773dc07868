/**
 * Command line: prints the whole assessment of one incident file as JSON.
 *
 *   npm run -s assess -- <incident.json> [--lang fr|en] [--now <ISO instant>]
 *
 * Exit codes (scripts/cli-io.ts, the same for every CLI): 0 = assessment printed on stdout;
 * 2 = bad input (arguments, or a file that is not a valid Sentinelle incident: too large, not a
 * regular file, not UTF-8, not JSON, invalid): every error is on stderr with its path, nothing on
 * stdout; 1 = the file cannot be read, or an internal error. Never a stack trace.
 *
 * Runs the TypeScript sources through tsx (a devDependency), so the CLI executes exactly the
 * code the app uses, with no build step and nothing written to out/.
 */
import { assess } from '../shared/assessment'
import { deriveFacts } from '../shared/rules/facts'
import { gdprRiskFacts } from '../shared/rules/gdpr'
import { InstantSchema, localizeDeep } from '../shared/model'
import type { Lang } from '../shared/model'
import {
  CliError,
  EXIT_INPUT,
  EXIT_OK,
  langFromArgv,
  readIncidentFile,
  runCli,
  terminalLine
} from './cli-io'

type Args = { file: string; lang: Lang; now: string }

const USAGE = {
  fr: 'Usage : npm run -s assess -- <incident.json> [--lang fr|en] [--now <instant ISO 8601>]',
  en: 'Usage: npm run -s assess -- <incident.json> [--lang fr|en] [--now <ISO 8601 instant>]'
}

/** Argument errors in both languages (the language is read first, so a typo is in French too). */
const ARG_ERRORS = {
  fr: {
    lang: (v: string) => `--lang : fr | en (${v})`,
    now: (v: string) =>
      `--now : instant ISO 8601 avec décalage ou Z, par ex. 2026-03-12T09:30:00+01:00 (${v})`,
    unknown: (a: string) => `option inconnue ${a}`,
    unexpected: (a: string) => `argument en trop ${a}`,
    missing: '<incident.json> manquant'
  },
  en: {
    lang: (v: string) => `--lang: fr | en (${v})`,
    now: (v: string) =>
      `--now: ISO 8601 instant with offset or Z, e.g. 2026-03-12T09:30:00+01:00 (${v})`,
    unknown: (a: string) => `unknown option ${a}`,
    unexpected: (a: string) => `unexpected argument ${a}`,
    missing: 'missing <incident.json>'
  }
} satisfies Record<Lang, unknown>

const parseArgs = (
  argv: string[]
): { ok: true; args: Args } | { ok: false; error: string; lang: Lang } => {
  let file: string | undefined
  let lang: Lang = langFromArgv(argv, 'fr')
  const say = ARG_ERRORS[lang]
  let now: string | undefined
  let error: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    const value = (name: string): string | undefined => {
      if (a.startsWith(`${name}=`)) return a.slice(name.length + 1)
      i += 1
      return argv[i]
    }
    if (a === '--lang' || a.startsWith('--lang=')) {
      const v = value('--lang')
      if (v === 'fr' || v === 'en') lang = v
      else error = say.lang(v ?? '')
    } else if (a === '--now' || a.startsWith('--now=')) {
      now = value('--now')
      // The same instants as an incident file accepts (and `npm run render`): no 30 February.
      if (!now || !InstantSchema.safeParse(now).success) error = say.now(now ?? '')
    } else if (a === '-h' || a === '--help') {
      error = ''
    } else if (a.startsWith('-')) {
      error = say.unknown(a)
    } else if (file === undefined) {
      file = a
    } else {
      error = say.unexpected(a)
    }
  }
  if (error === undefined && file === undefined) error = say.missing
  if (error !== undefined) return { ok: false, error, lang }
  // The CLI is the one place allowed to read the clock: the engine itself only receives `now`.
  return { ok: true, args: { file: file!, lang, now: now ?? new Date().toISOString() } }
}

const main = (): number => {
  const parsed = parseArgs(process.argv.slice(2))
  if (!parsed.ok) {
    const lines = [...(parsed.error ? [parsed.error] : []), USAGE[parsed.lang]]
    // --help is not an error; anything else on the command line is bad input.
    if (!parsed.error) {
      for (const line of lines) process.stderr.write(`${terminalLine(line)}\n`)
      return EXIT_OK
    }
    throw new CliError(lines, EXIT_INPUT)
  }
  const { file, lang, now } = parsed.args
  const { incident, policies } = readIncidentFile(file, lang, (n) =>
    lang === 'fr'
      ? `Fichier d’incident invalide : ${n} erreur${n > 1 ? 's' : ''}.`
      : `Invalid incident file: ${n} error${n > 1 ? 's' : ''}.`
  )
  const assessment = assess({ incident, policies }, { now })
  // The GDPR facts the decision read (role, EDPB 9/2022 risk factors), before the assessment.
  const facts = gdprRiskFacts(deriveFacts(incident, policies, Date.parse(now)))
  const out = { gdprFacts: facts, ...localizeDeep(assessment, lang) }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
  return EXIT_OK
}

runCli(main, () => langFromArgv(process.argv.slice(2), 'fr'))
