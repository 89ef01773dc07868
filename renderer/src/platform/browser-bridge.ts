import type {
  AppInfo,
  SaveFileRequest,
  SaveFileResult,
  SentinelleBridge
} from '@shared/ipc-contract'

/**
 * The bridge used when the renderer runs in a plain browser (end-to-end tests, `vite` in a
 * browser): files are downloaded through a Blob link instead of a native save dialog.
 */
export function createBrowserBridge(): SentinelleBridge {
  return {
    async saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
      const blob = new Blob([request.bytes as BlobPart], { type: request.mimeType })
      const url = URL.createObjectURL(blob)
      try {
        const link = document.createElement('a')
        link.href = url
        link.download = request.suggestedName
        link.rel = 'noopener'
        document.body.append(link)
        link.click()
        link.remove()
      } finally {
        // Revoke later: the download starts asynchronously after click().
        setTimeout(() => URL.revokeObjectURL(url), 60_000)
      }
      return { status: 'saved', path: request.suggestedName }
    },
    async appInfo(): Promise<AppInfo> {
      return {
        name: 'Sentinelle',
        version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
        locale: navigator.language,
        platform: 'browser'
      }
    }
  }
}
