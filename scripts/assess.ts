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

const parseArgs = (
  argv: string[]
): { ok: true; args: Args } | { ok: false; error: string; lang: Lang } => {
  let file: string | undefined
  let lang: Lang = 'fr'
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
      else error = `--lang: fr | en (${v ?? ''})`
    } else if (a === '--now' || a.startsWith('--now=')) {
      now = value('--now')
      // The same instants as an incident file accepts (and `npm run render`): no 30 February.
      if (!now || !InstantSchema.safeParse(now).success)
        error = `--now: ISO 8601 instant with offset or Z, e.g. 2026-03-12T09:30:00+01:00 (${now ?? ''})`
    } else if (a === '-h' || a === '--help') {
      error = ''
    } else if (a.startsWith('-')) {
      error = `unknown option ${a}`
    } else if (file === undefined) {
      file = a
    } else {
      error = `unexpected argument ${a}`
    }
  }
  if (error === undefined && file === undefined) error = 'missing <incident.json>'
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
