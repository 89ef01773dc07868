/**
 * The Electron main process: a thin shell. It creates the one window, serves the renderer from
 * `app://sentinelle/`, and answers its IPC calls (save a file, app info, the remembered device
 * key). Everything it decides
 * is in plain modules beside this file, tested under Node without Electron.
 */
import { join } from 'node:path'

import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session } from 'electron'
import type { IpcMainInvokeEvent } from 'electron'

import type {
  AppInfo,
  DeviceKeyResult,
  DeviceKeyStatus,
  SaveFileResult
} from '../../shared/ipc-contract'
import { IPC_CHANNELS } from '../../shared/ipc-contract'

import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES } from './app-protocol'
import { createDeviceKeyStore, type DeviceKeyStore } from './device-key'
import { parseDeviceKeyArguments, parseNoArguments, parseSaveFileRequest } from './ipc-validation'
import { launchConfig } from './launch-config'
import { buildMenuTemplate, menuLanguageFor } from './menu'
import {
  hardenWebContents,
  isTrustedSender,
  restrictPermissions,
  secureWebPreferences
} from './security'
import { serveAppRequest } from './serve-app'
import { describeWriteError, writeFileAtomically } from './write-file'

// Development switches count only in an unpackaged app; debugging switches stop a packaged one.
const launch = launchConfig({ isPackaged: app.isPackaged, env: process.env, argv: process.argv })
for (const warning of launch.warnings) console.warn(`[sentinelle] ${warning}`)
const devServerUrl = launch.rendererUrl

if (launch.refusal === undefined) {
  // Tests point the profile (and so the register) at a throw-away directory, before the
  // single-instance lock, which lives in the profile.
  if (launch.userDataDir !== undefined) app.setPath('userData', launch.userDataDir)
  // Must happen before `ready`: IndexedDB is disabled for non-standard schemes.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])
}

const rendererRoot = join(import.meta.dirname, '../renderer')
const preloadPath = join(import.meta.dirname, '../preload/index.cjs')

let mainWindow: BrowserWindow | null = null

function uiLanguage() {
  return menuLanguageFor(app.getLocale())
}

function registerAppProtocol(): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request))
}

function assertTrustedSender(event: IpcMainInvokeEvent): void {
  if (!isTrustedSender(event.senderFrame, devServerUrl)) {
    throw new Error('IPC refused: the sender is not the Sentinelle window')
  }
}

let deviceKeys: DeviceKeyStore | undefined

/** Created on first use, after `ready` (safeStorage and the profile path need it). */
function deviceKeyStore(): DeviceKeyStore {
  deviceKeys ??= createDeviceKeyStore({
    safeStorage,
    platform: process.platform,
    file: join(app.getPath('userData'), 'device-key.bin')
  })
  return deviceKeys
}

/** A handler that takes no argument: sender checked, arguments refused. */
function noArguments<T>(run: () => Promise<T>) {
  return async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<T> => {
    assertTrustedSender(event)
    const parsed = parseNoArguments(args)
    if (!parsed.ok) throw new Error(parsed.error)
    return run()
  }
}

function registerDeviceKeyHandlers(): void {
  ipcMain.handle(
    IPC_CHANNELS.deviceKeyStatus,
    noArguments((): Promise<DeviceKeyStatus> => deviceKeyStore().status())
  )
  ipcMain.handle(
    IPC_CHANNELS.deviceKeyRemember,
    async (event, ...args: unknown[]): Promise<DeviceKeyResult> => {
      assertTrustedSender(event)
      const key = parseDeviceKeyArguments(args)
      if (!key.ok) return { ok: false, message: key.error }
      return deviceKeyStore().remember(key.value)
    }
  )
  ipcMain.handle(
    IPC_CHANNELS.deviceKeyRecall,
    noArguments(() => deviceKeyStore().recall())
  )
  ipcMain.handle(
    IPC_CHANNELS.deviceKeyForget,
    noArguments(() => deviceKeyStore().forget())
  )
}

function registerIpcHandlers(): void {
  registerDeviceKeyHandlers()
  ipcMain.handle(
    IPC_CHANNELS.saveFile,
    async (event, ...args: unknown[]): Promise<SaveFileResult> => {
      assertTrustedSender(event)
      const request = parseSaveFileRequest(args.length === 1 ? args[0] : args)
      if (!request.ok) return { status: 'error', message: request.error }
      const owner = BrowserWindow.fromWebContents(event.sender) ?? mainWindow
      const options = {
        defaultPath: join(app.getPath('documents'), request.value.suggestedName),
        properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<
          'createDirectory' | 'showOverwriteConfirmation'
        >
      }
      const choice = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options)
      if (choice.canceled || !choice.filePath) return { status: 'cancelled' }
      try {
        await writeFileAtomically(choice.filePath, request.value.bytes)
        return { status: 'saved', path: choice.filePath }
      } catch (error) {
        return { status: 'error', message: describeWriteError(error, uiLanguage()) }
      }
    }
  )

  ipcMain.handle(IPC_CHANNELS.appInfo, (event, ...args: unknown[]): AppInfo => {
    assertTrustedSender(event)
    const parsed = parseNoArguments(args)
    if (!parsed.ok) throw new Error(parsed.error)
    return {
      name: app.getName(),
      version: app.getVersion(),
      locale: app.getLocale(),
      platform: 'electron',
      electronVersion: process.versions.electron
    }
  })
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Sentinelle',
    webPreferences: secureWebPreferences(preloadPath)
  })
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  mainWindow.on('closed', () => {
    mainWindow = null
  })
  void mainWindow.loadURL(devServerUrl ?? APP_ENTRY_URL)
}

if (launch.refusal !== undefined) {
  // Before `ready` on Linux this prints to stderr instead of opening a dialog (Electron docs).
  dialog.showErrorBox('Sentinelle', launch.refusal)
  app.exit(1)
} else if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.focus()
    }
  })

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))

  void app.whenReady().then(() => {
    restrictPermissions(session.defaultSession, devServerUrl)
    registerAppProtocol()
    registerIpcHandlers()
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(uiLanguage(), process.platform, () => {
          void dialog.showMessageBox({
            type: 'info',
            title: 'Sentinelle',
            message: `Sentinelle ${app.getVersion()}`,
            detail:
              uiLanguage() === 'fr'
                ? 'Application hors ligne : vos données restent sur cet ordinateur.'
                : 'Offline application: your data stays on this computer.'
          })
        })
      )
    )
    createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
