/**
 * What the main process takes from its environment and command line, decided in one place.
 *
 * The development switches (a Vite dev server URL, a throw-away profile for tests) are honoured
 * only when the app runs unpackaged (`npm run dev`, the Electron e2e test). In an installed app
 * they would let anyone who can set an environment variable load another origin with the bridge,
 * IPC trust and persistent storage, or point the app at another register. Debugging switches are
 * refused outright in an installed app: with the register's key in memory, an attached debugger
 * reads everything. The fuses (electron-builder.yml) already make Electron ignore `--inspect` and
 * `NODE_OPTIONS`; Chromium's `--remote-debugging-*` switches have no fuse, so main refuses them.
 */
import { isAbsolute } from 'node:path'

export interface LaunchInput {
  isPackaged: boolean
  env: Readonly<Record<string, string | undefined>>
  argv: readonly string[]
}

export interface LaunchConfig {
  /** The dev server to load instead of `app://sentinelle` (unpackaged only). */
  rendererUrl: string | undefined
  /** Where to keep the profile instead of the OS default (unpackaged only). */
  userDataDir: string | undefined
  /** When set, the app must not start: the message (French, then English) says why. */
  refusal: string | undefined
  /** Switches that were set but ignored, printed on stderr. */
  warnings: string[]
}

/** Environment variables honoured in development only. */
export const DEV_ONLY_ENV = ['ELECTRON_RENDERER_URL', 'SENTINELLE_USER_DATA_DIR'] as const

/**
 * Switch names (without their dashes) that open a debugger on the main process or the renderer.
 * Chromium accepts `--name`, `-name` (and `/name` on Windows), names are case-insensitive on
 * Windows, and Node takes `--inspect`, `--inspect-brk`, `--inspect-port`, `--debug-port`...
 */
const DEBUG_SWITCH =
  /^(?:remote-debugging-[a-z-]+|inspect(?:-[a-z-]+)?|debug(?:-[a-z-]+)?)(?:=.*)?$/

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** The debugging switches in a command line, as written. Stops at `--`, like Chromium. */
export function debugSwitches(argv: readonly string[]): string[] {
  const found: string[] = []
  for (const argument of argv) {
    if (argument === '--') break
    const name = argument.replace(/^(?:--|-|\/)/, '').toLowerCase()
    if (name !== argument.toLowerCase() && DEBUG_SWITCH.test(name)) found.push(argument)
  }
  return found
}

function devServerUrl(value: string | undefined, warnings: string[]): string | undefined {
  if (value === undefined || value === '') return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    warnings.push(`ELECTRON_RENDERER_URL ignored: not a URL (${value})`)
    return undefined
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    !LOOPBACK_HOSTS.has(url.hostname)
  ) {
    warnings.push(`ELECTRON_RENDERER_URL ignored: only a dev server on this computer (${value})`)
    return undefined
  }
  return value
}

function userDataDir(value: string | undefined, warnings: string[]): string | undefined {
  if (value === undefined || value === '') return undefined
  if (!isAbsolute(value)) {
    warnings.push(`SENTINELLE_USER_DATA_DIR ignored: not an absolute path (${value})`)
    return undefined
  }
  return value
}

export function launchConfig({ isPackaged, env, argv }: LaunchInput): LaunchConfig {
  const warnings: string[] = []
  if (isPackaged) {
    for (const name of DEV_ONLY_ENV) {
      if (env[name] !== undefined && env[name] !== '') {
        warnings.push(`${name} ignored: development only`)
      }
    }
    const debugging = debugSwitches(argv.slice(1))
    const refusal =
      debugging.length === 0
        ? undefined
        : `Sentinelle refuse de démarrer avec une option de débogage (${debugging.join(', ')}) : ` +
          'elle donnerait accès au registre. Relancez Sentinelle sans cette option.\n\n' +
          `Sentinelle will not start with a debugging option (${debugging.join(', ')}): ` +
          'it would give access to the register. Start Sentinelle again without it.'
    return { rendererUrl: undefined, userDataDir: undefined, refusal, warnings }
  }
  return {
    rendererUrl: devServerUrl(env['ELECTRON_RENDERER_URL'], warnings),
    userDataDir: userDataDir(env['SENTINELLE_USER_DATA_DIR'], warnings),
    refusal: undefined,
    warnings
  }
}
