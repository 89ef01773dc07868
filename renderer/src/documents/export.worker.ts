/**
 * Runs the register export off the main thread, so the UI stays responsive at 10,000
 * incidents. Cancelling = the UI terminates this worker.
 */
import type { ExportRequest, ExportResponse } from './export-protocol'
import { exportRegister } from './export-register'

// The web tsconfig has the DOM lib, not the WebWorker one: type only what is used.
type WorkerScope = {
  postMessage(message: unknown, options?: { transfer?: Transferable[] }): void
  onmessage: ((event: MessageEvent<ExportRequest>) => void) | null
}
const scope = self as unknown as WorkerScope

function post(message: ExportResponse): void {
  const transfer =
    message.type === 'done' ? message.files.map((file) => file.bytes.buffer as ArrayBuffer) : []
  scope.postMessage(message, { transfer })
}

scope.onmessage = (event) => {
  exportRegister(event.data, post).catch((error: unknown) =>
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) })
  )
}
