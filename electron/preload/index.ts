/**
 * The preload: one narrow, typed API on `window.sentinelle`. Each method wraps exactly one
 * `ipcRenderer.invoke` channel; `ipcRenderer` itself and its events never cross the bridge.
 * Built as CommonJS because the window is sandboxed.
 */
import { contextBridge, ipcRenderer } from 'electron'

import type {
  AppInfo,
  DeviceKeyResult,
  DeviceKeyStatus,
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
  appInfo: (): Promise<AppInfo> => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
  deviceKey: {
    status: (): Promise<DeviceKeyStatus> => ipcRenderer.invoke(IPC_CHANNELS.deviceKeyStatus),
    remember: (key: Uint8Array): Promise<DeviceKeyResult> =>
      ipcRenderer.invoke(IPC_CHANNELS.deviceKeyRemember, key),
    recall: (): Promise<Uint8Array | null> => ipcRenderer.invoke(IPC_CHANNELS.deviceKeyRecall),
    forget: (): Promise<void> => ipcRenderer.invoke(IPC_CHANNELS.deviceKeyForget)
  }
} satisfies SentinelleBridge

contextBridge.exposeInMainWorld('sentinelle', bridge)
