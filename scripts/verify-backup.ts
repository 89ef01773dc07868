/**
 * Command line: checks a Sentinelle backup or case file without the app.
 *
 *   npm run -s verify-backup -- <file> [--passphrase-file <file>] [--lang fr|en]
 *
 * The passphrase (or the register's recovery key) is read from a file, never from the command
 * line (it would stay in the shell history and the process list); one trailing newline is
 * dropped. Prints a report on stdout (format, versions, counts, encryption, result).
 * Exit codes: 0 = the file is sound; 2 = anything is wrong with it (format, checksums, schemas,
 * wrong passphrase); 1 = usage error or a file that cannot be read. Never a stack trace.
 *
 * All the checking is shared/backup verifyBackup(); this file only reads the files and prints.
 */
import { cut, formatReport, verifyBackup, verifyMessages } from '../shared/backup'
import { CliError, EXIT_IO, langFromArgv, readInputFile, runCli } from './cli-io'

type Lang = 'fr' | 'en'
type Args = { file: string; passphraseFile?: string; lang: Lang }

/** Largest file read: a backup of a big register with attachments is large, but bounded. */
const MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024 - 1
const MAX_PASSPHRASE_FILE_BYTES = 64 * 1024

/**
 * Reads an input with the CLIs' shared reader (regular files only, FIFO refused without
 * waiting, size limit). Here every file that cannot be read ends with 1, as documented above:
 * 2 is kept for a file that was read and is wrong.
 */
function readInput(path: string, maxBytes: number, lang: Lang): Uint8Array {
  try {
    return readInputFile(path, { maxBytes, lang })
  } catch (error) {
    if (error instanceof CliError) throw new CliError(error.lines, EXIT_IO)
    throw error
  }
}

const readPassphraseFile = (path: string, lang: Lang): string =>
  new TextDecoder()
    .decode(readInput(path, MAX_PASSPHRASE_FILE_BYTES, lang))
    .replace(/^\uFEFF/, '')
    .replace(/\r?\n$/, '')

/* --------------------------------------------------------------------------------------------- */

function parseArgs(
  argv: string[]
): { ok: true; args: Args } | { ok: false; error: string; lang: Lang } {
  let file: string | undefined
  let passphraseFile: string | undefined
  let lang: Lang = 'fr'
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
      else error = `--lang: fr | en (${cut(v ?? '', 20)})`
    } else if (a === '--passphrase-file' || a.startsWith('--passphrase-file=')) {
      passphraseFile = value('--passphrase-file')
      if (!passphraseFile) error = '--passphrase-file: <file>'
    } else if (a === '-h' || a === '--help') {
      error = ''
    } else if (a.startsWith('-')) {
      error = `unknown option ${cut(a, 40)}`
    } else if (file === undefined) {
      file = a
    } else {
      error = `unexpected argument ${cut(a, 40)}`
    }
  }
  if (error === undefined && file === undefined) error = 'missing <file>'
  if (error !== undefined) return { ok: false, error, lang }
  return { ok: true, args: { file: file!, passphraseFile, lang } }
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2))
  if (!parsed.ok) {
    if (parsed.error) process.stderr.write(`${parsed.error}\n`)
    process.stderr.write(`${verifyMessages.usage[parsed.lang]}\n`)
    return parsed.error ? 1 : 0
  }
  const { file, passphraseFile, lang } = parsed.args
  const bytes = readInput(file, MAX_FILE_BYTES, lang)
  const secret = passphraseFile === undefined ? undefined : readPassphraseFile(passphraseFile, lang)
  const report = await verifyBackup(bytes, secret)
  const lines = formatReport(report, lang, cut(file))
  ;(report.ok ? process.stdout : process.stderr).write(`${lines.join('\n')}\n`)
  return report.ok ? 0 : 2
}

runCli(main, () => langFromArgv(process.argv.slice(2), 'fr'))
