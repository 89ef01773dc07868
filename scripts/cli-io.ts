/**
 * What every Sentinelle command line (assess, render, verify-backup) shares, so they all behave
 * alike with a hostile or broken input:
 *
 * - exit codes: 0 success; 2 bad input (arguments, a file that is not what it should be: not a
 *   regular file, too large, not UTF-8, not JSON, invalid); 1 an I/O failure (cannot read or
 *   write, disk full) or an internal error;
 * - never a stack trace: one line per message, control and escape characters shown escaped, long
 *   values cut (`terminalLine`);
 * - input files: only regular files are read (a FIFO or a device is refused after an fstat on a
 *   non-blocking open, never waited on), with a size limit, a UTF-8 BOM accepted.
 *
 * Wiring a new CLI:
 *
 *   import { CliError, EXIT_INPUT, readInputFile, runCli } from './cli-io'
 *   runCli(async () => {
 *     const bytes = readInputFile(path, { maxBytes, lang })      // throws CliError (1 or 2)
 *     if (bad) throw new CliError(['error: …'], EXIT_INPUT)
 *     return 0
 *   })
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'

import type { Lang, ValidationError } from '../shared/model'
import {
  INPUT_LIMITS,
  displayValue,
  fileTooLargeMessage,
  parseIncidentFileText
} from '../shared/model'
import type { IncidentFile } from '../shared/model'

export const EXIT_OK = 0
/** An I/O failure (cannot read or write a file) or an internal error. */
export const EXIT_IO = 1
/** Bad input: arguments, or a file that is not a valid input. */
export const EXIT_INPUT = 2
export type ExitCode = typeof EXIT_OK | typeof EXIT_IO | typeof EXIT_INPUT

/** An expected failure: its lines go to stderr as they are (after terminalLine), then exit. */
export class CliError extends Error {
  constructor(
    readonly lines: readonly string[],
    readonly exitCode: typeof EXIT_IO | typeof EXIT_INPUT
  ) {
    super(lines[0] ?? '')
    this.name = 'CliError'
  }
}

/** Longest line written to stderr; longer ones are cut. */
const MAX_LINE = 400
/** Most validation errors listed; the rest are counted. */
export const MAX_LISTED_ERRORS = 30

/** One line safe for a terminal: no control, escape or bidi character, no line break, cut. */
export const terminalLine = (text: string): string => displayValue(text, MAX_LINE)

export const writeLines = (lines: readonly string[]): void => {
  for (const line of lines) process.stderr.write(`${terminalLine(line)}\n`)
}

/** Writes the lines to stderr and ends the process with `code`. */
export function fail(lines: readonly string[], code: typeof EXIT_IO | typeof EXIT_INPUT): never {
  writeLines(lines)
  process.exit(code)
}

/** The system's reason for an I/O error, without the path (printed once, escaped, by us). */
const ioReason = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code
  const text =
    typeof code === 'string' ? code : error instanceof Error ? error.message : String(error)
  return displayValue(text, 80)
}

const T = {
  fr: {
    cannotRead: (file: string, why: string) => `erreur : impossible de lire ${file} (${why})`,
    notRegular: (file: string, kind: string) =>
      `erreur : ${file} n’est pas un fichier ordinaire (${kind}) : refusé`,
    tooLarge: (file: string, why: string) => `erreur : ${file} : ${why}`,
    internal: (why: string) => `erreur interne : ${why}`
  },
  en: {
    cannotRead: (file: string, why: string) => `error: cannot read ${file} (${why})`,
    notRegular: (file: string, kind: string) =>
      `error: ${file} is not a regular file (${kind}): refused`,
    tooLarge: (file: string, why: string) => `error: ${file}: ${why}`,
    internal: (why: string) => `internal error: ${why}`
  }
} as const

/** A path as shown in a message: escaped and cut. */
export const shownPath = (path: string): string => displayValue(path, 120)

/**
 * Reads a whole input file as bytes. Opens it non-blocking (a FIFO without a writer does not
 * block the open), checks with fstat on that same descriptor that it is a regular file and not too
 * large, then reads at most `maxBytes + 1` bytes (a file that grows while read is refused too).
 * Throws CliError: EXIT_IO when it cannot be opened or read, EXIT_INPUT when it is not a regular
 * file or too large.
 */
export function readInputFile(
  path: string,
  options: { maxBytes?: number; lang?: Lang } = {}
): Uint8Array {
  const maxBytes = options.maxBytes ?? INPUT_LIMITS.maxFileBytes
  const t = T[options.lang ?? 'en']
  const shown = shownPath(path)
  let fd: number
  try {
    // O_NONBLOCK is absent on Windows, where a FIFO cannot be named on the command line anyway.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    throw new CliError([t.cannotRead(shown, ioReason(error))], EXIT_IO)
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) {
      const kind = stat.isDirectory()
        ? 'directory'
        : stat.isFIFO()
          ? 'FIFO'
          : stat.isCharacterDevice() || stat.isBlockDevice()
            ? 'device'
            : stat.isSocket()
              ? 'socket'
              : 'special file'
      throw new CliError([t.notRegular(shown, kind)], EXIT_INPUT)
    }
    if (stat.size > maxBytes)
      throw new CliError(
        [t.tooLarge(shown, fileTooLargeMessage(stat.size, maxBytes)[options.lang ?? 'en'])],
        EXIT_INPUT
      )
    const buffer = new Uint8Array(Math.min(stat.size, maxBytes) + 1)
    let length = 0
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
      if (length > maxBytes)
        throw new CliError(
          [t.tooLarge(shown, fileTooLargeMessage(length, maxBytes)[options.lang ?? 'en'])],
          EXIT_INPUT
        )
      if (length === buffer.length) break
    }
    return buffer.subarray(0, length)
  } catch (error) {
    if (error instanceof CliError) throw error
    throw new CliError([t.cannotRead(shown, ioReason(error))], EXIT_IO)
  } finally {
    closeSync(fd)
  }
}

/** Validation errors as lines: at most MAX_LISTED_ERRORS, then how many more. */
export function errorLines(errors: readonly ValidationError[], lang: Lang, indent = ''): string[] {
  const root = lang === 'fr' ? '(fichier)' : '(file)'
  const lines = errors
    .slice(0, MAX_LISTED_ERRORS)
    .map((error) => `${indent}${error.path || root}: ${error.message[lang]}`)
  const more = errors.length - MAX_LISTED_ERRORS
  if (more > 0)
    lines.push(
      lang === 'fr'
        ? `${indent}… et ${more} autre(s) erreur(s)`
        : `${indent}… and ${more} more error(s)`
    )
  return lines
}

/**
 * Reads and validates an incident file (size, regular file, UTF-8, BOM, JSON, limits, schema).
 * Throws CliError: EXIT_IO when unreadable, EXIT_INPUT with every error (path: message) when
 * invalid; `header` words the first line.
 */
export function readIncidentFile(
  path: string,
  lang: Lang,
  header: (count: number) => string
): IncidentFile {
  const bytes = readInputFile(path, { lang })
  const result = parseIncidentFileText(bytes)
  if (result.ok) return result.value
  throw new CliError([header(result.errors.length), ...errorLines(result.errors, lang)], EXIT_INPUT)
}

/**
 * Runs a CLI's main function: its exit code on return; a CliError's lines and code; anything
 * else one line "internal error: …" and exit 1, never a stack trace (SENTINELLE_DEBUG=1 adds it).
 */
export function runCli(main: () => number | Promise<number>, lang: () => Lang = () => 'en'): void {
  const onError = (error: unknown): void => {
    if (error instanceof CliError) {
      writeLines(error.lines)
      process.exitCode = error.exitCode
      return
    }
    const message = error instanceof Error ? error.message : String(error)
    writeLines([T[lang()].internal(message)])
    if (process.env.SENTINELLE_DEBUG === '1' && error instanceof Error && error.stack)
      process.stderr.write(`${error.stack}\n`)
    process.exitCode = EXIT_IO
  }
  // A stray rejection or exception anywhere ends the same way.
  process.on('uncaughtException', (error) => {
    onError(error)
    process.exit()
  })
  process.on('unhandledRejection', (error) => {
    onError(error)
    process.exit()
  })
  try {
    const result = main()
    if (typeof result === 'number') process.exitCode = result
    else
      result.then(
        (code) => {
          process.exitCode = code
        },
        (error: unknown) => onError(error)
      )
  } catch (error) {
    onError(error)
  }
}

/** The --lang value that is on the command line, to word even the earliest errors. */
export const langFromArgv = (argv: readonly string[], fallback: Lang): Lang => {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const value =
      arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined
    if (value === 'fr' || value === 'en') return value
  }
  return fallback
}
