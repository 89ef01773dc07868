/**
 * The main process's wiring, run under Node against a fake `electron` module: what an installed
 * app (`app.isPackaged`) does with the development switches and the debugging flags, checked on
 * the calls main makes to Electron, not only on the launchConfig helper.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { IPC_CHANNELS } from '../../shared/ipc-contract'

import { APP_ENTRY_URL } from './app-protocol'

type Handler = (...args: unknown[]) => unknown

const fake = vi.hoisted(() => {
  const state = {
    isPackaged: false,
    setPath: [] as Array<[string, string]>,
    schemesRegistered: 0,
    lockRequested: 0,
    exitCode: undefined as number | undefined,
    errorBoxes: [] as string[],
    loadedUrls: [] as string[],
    ipcHandlers: new Map<string, (...args: unknown[]) => unknown>(),
    permissionCheck: undefined as ((...args: unknown[]) => boolean) | undefined,
    safeStorageCalls: 0
  }
  class BrowserWindow {
    static getAllWindows = () => []
    static fromWebContents = () => null
    constructor(readonly options: unknown) {}
    once() {}
    on() {}
    show() {}
    loadURL(url: string) {
      state.loadedUrls.push(url)
      return Promise.resolve()
    }
  }
  const electron = {
    app: {
      get isPackaged() {
        return state.isPackaged
      },
      setPath: (name: string, value: string) => state.setPath.push([name, value]),
      requestSingleInstanceLock: () => {
        state.lockRequested += 1
        return true
      },
      quit: () => undefined,
      exit: (code: number) => {
        state.exitCode = code
      },
      on: () => undefined,
      whenReady: () => Promise.resolve(),
      getLocale: () => 'fr-FR',
      getName: () => 'Sentinelle',
      getVersion: () => '0.0.0-test',
      getPath: () => '/tmp'
    },
    BrowserWindow,
    safeStorage: {
      isAsyncEncryptionAvailable: () => {
        state.safeStorageCalls += 1
        return Promise.resolve(false)
      },
      getSelectedStorageBackend: () => 'basic_text'
    },
    dialog: {
      showErrorBox: (_title: string, message: string) => state.errorBoxes.push(message),
      showMessageBox: () => Promise.resolve({ response: 0 }),
      showSaveDialog: () => Promise.resolve({ canceled: true })
    },
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => unknown) =>
        state.ipcHandlers.set(channel, handler)
    },
    Menu: { setApplicationMenu: () => undefined, buildFromTemplate: () => ({}) },
    protocol: {
      registerSchemesAsPrivileged: () => {
        state.schemesRegistered += 1
      },
      handle: () => undefined
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => {
          state.permissionCheck = handler
        }
      }
    }
  }
  return { state, electron }
})

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }))

const DEV_URL = 'http://localhost:5173'
const originalArgv = process.argv

async function startMain(options: { isPackaged: boolean; argv?: string[] }): Promise<void> {
  fake.state.isPackaged = options.isPackaged
  process.argv = ['/opt/Sentinelle/sentinelle', ...(options.argv ?? [])]
  vi.resetModules()
  await import('./index')
  // Let `app.whenReady().then(...)` run.
  await new Promise((resolve) => setImmediate(resolve))
}

function appInfoFrom(url: string): unknown {
  const handler = fake.state.ipcHandlers.get(IPC_CHANNELS.appInfo) as Handler | undefined
  if (handler === undefined) throw new Error('appInfo handler not registered')
  return handler({ senderFrame: { url, parent: null } })
}

beforeEach(() => {
  Object.assign(fake.state, {
    setPath: [],
    schemesRegistered: 0,
    lockRequested: 0,
    exitCode: undefined,
    errorBoxes: [],
    loadedUrls: [],
    permissionCheck: undefined
  })
  fake.state.ipcHandlers.clear()
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  vi.stubEnv('ELECTRON_RENDERER_URL', DEV_URL)
  vi.stubEnv('SENTINELLE_USER_DATA_DIR', '/tmp/sentinelle-test-profile')
})

afterEach(() => {
  process.argv = originalArgv
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

describe('the main process, unpackaged (npm run dev, the Electron e2e test)', () => {
  it('loads the dev server, trusts its origin and uses the test profile', async () => {
    await startMain({ isPackaged: false })
    expect(fake.state.setPath).toEqual([['userData', '/tmp/sentinelle-test-profile']])
    expect(fake.state.loadedUrls).toEqual([DEV_URL])
    expect(appInfoFrom(`${DEV_URL}/index.html`)).toMatchObject({ platform: 'electron' })
    expect(fake.state.permissionCheck?.({}, 'persistent-storage', DEV_URL)).toBe(true)
  })

  it('loads app://sentinelle when ELECTRON_RENDERER_URL is empty, as the e2e test sets it', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', '')
    await startMain({ isPackaged: false })
    expect(fake.state.loadedUrls).toEqual([APP_ENTRY_URL])
  })

  it('lets a developer attach a debugger', async () => {
    await startMain({ isPackaged: false, argv: ['--inspect=9229', '--remote-debugging-port=9222'] })
    expect(fake.state.errorBoxes).toEqual([])
    expect(fake.state.exitCode).toBeUndefined()
    expect(fake.state.loadedUrls).toHaveLength(1)
  })
})

describe('the main process, packaged (an installed app)', () => {
  it('ignores the development switches: app origin, default profile, no trust for the dev URL', async () => {
    await startMain({ isPackaged: true })
    expect(fake.state.setPath).toEqual([])
    expect(fake.state.loadedUrls).toEqual([APP_ENTRY_URL])
    expect(() => appInfoFrom(`${DEV_URL}/index.html`)).toThrow(/IPC refused/)
    expect(appInfoFrom(APP_ENTRY_URL)).toMatchObject({ platform: 'electron' })
    expect(fake.state.permissionCheck?.({}, 'persistent-storage', DEV_URL)).toBe(false)
    expect(console.warn).toHaveBeenCalledWith(
      '[sentinelle] ELECTRON_RENDERER_URL ignored: development only'
    )
  })

  for (const flag of [
    '--remote-debugging-port=9222',
    '--remote-debugging-pipe',
    '--inspect',
    '--inspect-brk=9229',
    '-remote-debugging-port=9222'
  ]) {
    it(`refuses to start with ${flag}: a message, exit code 1, no window`, async () => {
      await startMain({ isPackaged: true, argv: [flag] })
      expect(fake.state.errorBoxes).toHaveLength(1)
      expect(fake.state.errorBoxes[0]).toContain(flag)
      expect(fake.state.errorBoxes[0]).toContain('débogage')
      expect(fake.state.exitCode).toBe(1)
      expect(fake.state.lockRequested).toBe(0)
      expect(fake.state.schemesRegistered).toBe(0)
      expect(fake.state.setPath).toEqual([])
      expect(fake.state.loadedUrls).toEqual([])
      expect(fake.state.ipcHandlers.size).toBe(0)
    })
  }

  it('starts normally when a case file is opened (no debugging flag)', async () => {
    await startMain({ isPackaged: true, argv: ['/home/me/debug-inspect.sentinelle'] })
    expect(fake.state.errorBoxes).toEqual([])
    expect(fake.state.loadedUrls).toEqual([APP_ENTRY_URL])
  })
})

describe('the device-key IPC (remember the key on this device)', () => {
  it('checks the sender and validates every payload before the key store is touched', async () => {
    await startMain({ isPackaged: true })
    const handler = (channel: string) => {
      const found = fake.state.ipcHandlers.get(channel) as Handler | undefined
      if (found === undefined) throw new Error(`${channel} not registered`)
      return found
    }
    const trusted = { senderFrame: { url: APP_ENTRY_URL, parent: null } }
    const foreign = { senderFrame: { url: `${DEV_URL}/index.html`, parent: null } }
    for (const channel of [
      IPC_CHANNELS.deviceKeyStatus,
      IPC_CHANNELS.deviceKeyRemember,
      IPC_CHANNELS.deviceKeyRecall,
      IPC_CHANNELS.deviceKeyForget
    ]) {
      await expect(handler(channel)(foreign, new Uint8Array(32))).rejects.toThrow(/IPC refused/)
    }
    expect(await handler(IPC_CHANNELS.deviceKeyRemember)(trusted, new Uint8Array(3))).toEqual({
      ok: false,
      message: 'Invalid device key (32 bytes expected)'
    })
    expect(await handler(IPC_CHANNELS.deviceKeyRemember)(trusted, 'key')).toMatchObject({
      ok: false
    })
    await expect(handler(IPC_CHANNELS.deviceKeyRecall)(trusted, 'extra')).rejects.toThrow(
      /no arguments/
    )
    expect(fake.state.safeStorageCalls).toBe(0)
    // Well-formed: the key store answers (here Linux basic_text: unavailable).
    expect(
      await handler(IPC_CHANNELS.deviceKeyRemember)(trusted, new Uint8Array(32))
    ).toMatchObject({ ok: false, message: 'The key store of this computer is not available' })
  })
})
