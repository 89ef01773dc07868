/**
 * The register engine off the main thread (./register-engine.ts): opens the same IndexedDB,
 * reads every index row and summary in chunks, opens the summaries with the data key posted to
 * it, builds the word index and answers the register's queries with the rows a view shows.
 * Terminated on lock.
 */
import { LocalRegisterEngine, type EngineRequest, type EngineResponse } from './register-engine'
import { createSentinelleDb } from './schema'
import { createSummaryKeys } from './summary-keys'

// The web tsconfig has the DOM lib, not the WebWorker one: type only what is used.
type WorkerScope = {
  postMessage(message: EngineResponse): void
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null
}
const scope = self as unknown as WorkerScope

let engine: Promise<LocalRegisterEngine> | undefined

async function start(dbName: string, dataKey: CryptoKey | undefined) {
  const db = createSentinelleDb({ name: dbName })
  await db.open()
  const local = new LocalRegisterEngine(db, createSummaryKeys(db, dataKey))
  local.onProgress((status) => scope.postMessage({ type: 'progress', status }))
  return local
}

scope.onmessage = (event) => {
  const request = event.data
  if (request.type === 'init') {
    engine = start(request.dbName, request.dataKey)
    return
  }
  if (request.type === 'hold') {
    // A failed start is reported to the refresh or query that waits for it, not here.
    engine?.then(
      (local) => local.holdRead(),
      () => undefined
    )
    return
  }
  const id = request.id
  const answer = async () => {
    if (!engine) throw new Error('register worker: not initialised')
    const local = await engine
    return request.type === 'refresh' ? local.refresh() : local.query(request.query)
  }
  answer().then(
    (value) => scope.postMessage({ type: 'reply', id, value }),
    (error: unknown) =>
      scope.postMessage({
        type: 'failed',
        id,
        message: error instanceof Error ? error.message : String(error)
      })
  )
}
