/**
 * The preload: one narrow, typed API on `window.sentinelle`. Each method wraps exactly one
 * `ipcRenderer.invoke` channel; `ipcRenderer` itself and its events never cross the bridge.
 * Built as CommonJS because the window is sandboxed.
 */
import { contextBridge, ipcRenderer } from 'electron'

import type {
  AppInfo,
  SaveFileRequest,
  SaveFileResult,
  SentinelleBridge
} from '../../shared/ipc-contract'
import { IPC_CHANNELS } from '../../shared/ipc-contract'

const bridge = {
  saveFile: (request: SaveFileRequest): Promise<SaveFileResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.saveFile, {
      suggestedName: request.suggestedName,
      mimeType: request.mimeType,
      bytes: request.bytes
    }),
  appInfo: (): Promise<AppInfo> => ipcRenderer.invoke(IPC_CHANNELS.appInfo)
} satisfies SentinelleBridge

contextBridge.exposeInMainWorld('sentinelle', bridge)
