/**
 * A Chromium trace of one page, for the start tools (start-trace.ts, start-timeline.ts): events
 * collected over CDP between `startTrace` and the returned `stop`.
 */
import type { CDPSession } from '@playwright/test'

export type TraceEvent = {
  name: string
  ph: string
  ts: number
  dur?: number
  /** Thread (CPU) time of a complete event, in µs. */
  tdur?: number
  tid: number
  pid: number
  args?: { data?: Record<string, unknown>; [k: string]: unknown }
}

/** Starts tracing `categories`; `stop()` ends it and resolves to every event collected. */
export async function startTrace(
  cdp: CDPSession,
  categories: string
): Promise<{ stop: () => Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])))
  const complete = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()))
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' })
  return {
    stop: async () => {
      await cdp.send('Tracing.end')
      await complete
      return events
    }
  }
}
