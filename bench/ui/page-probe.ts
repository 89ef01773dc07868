/**
 * What `npm run bench:ui` installs in every page before the app's own scripts run (an init
 * script: the function is serialised, so it must not refer to anything outside itself).
 *
 * "Painted" = the first task after the animation frame that follows the DOM change (the frame
 * that shows the change has been produced by then). All times are `performance.now()`, i.e.
 * milliseconds since the navigation started.
 */
export type ProbeMarks = Record<string, { seen: number; painted: number }>

export type ProbeApi = {
  marks: ProbeMarks
  /** Resolves with the painted time once `selector` matches (at once if it already does). */
  watch: (selector: string) => Promise<number>
  /** watch(), kept in `later` (to await after an action started from outside the page). */
  watchLater: (selector: string) => void
  later?: Promise<number>
  /** When the last keydown happened (event.timeStamp, same clock as performance.now()). */
  lastKeyAt?: number
  /** Starts watching `root` for DOM changes; `settled()` then waits for quiet. */
  armSettle: (rootSelector: string) => void
  /** Milliseconds from the next keydown to the frame after the last DOM change it caused. */
  settled: (quietMs: number) => Promise<number>
  /**
   * Milliseconds from the next keydown to the frame showing the answer to it: the list region
   * (armSettle's root) marked `aria-busy="true"` by the keystroke and back to "false", or a
   * change of the list or count while never busy (builds that mark it), else the first DOM change with no loader left in the region (older builds:
   * a loader replaced the list until the whole register was in memory).
   */
  answered: () => Promise<number>
}

declare global {
  interface Window {
    __bench?: ProbeApi
  }
}

export function installProbe(marks: Record<string, string>): void {
  const afterPaint = (callback: (at: number) => void): void => {
    requestAnimationFrame(() => setTimeout(() => callback(performance.now())))
  }
  const recorded: ProbeMarks = {}
  const pending = new Map(Object.entries(marks))
  const check = (): void => {
    for (const [name, selector] of pending) {
      if (document.querySelector(selector) === null) continue
      pending.delete(name)
      const seen = performance.now()
      afterPaint((painted) => (recorded[name] = { seen, painted }))
    }
    if (pending.size === 0) observer.disconnect()
  }
  const observer = new MutationObserver(check)
  observer.observe(document, { childList: true, subtree: true })

  type SettleState = {
    keyAt?: number
    lastPainted?: number
    lastChange: number
    /** The root marks aria-busy (builds that do), and was seen busy since the key. */
    marksBusy: boolean
    sawBusy: boolean
    answeredPainted?: number
  }
  let settle: SettleState | undefined
  let settleObserver: MutationObserver | undefined

  const api: ProbeApi = {
    marks: recorded,
    watchLater: (selector) => {
      api.later = api.watch(selector)
    },
    watch: (selector) =>
      new Promise((resolve) => {
        const test = (): boolean => {
          if (document.querySelector(selector) === null) return false
          afterPaint(resolve)
          return true
        }
        if (test()) return
        const watcher = new MutationObserver(() => {
          if (test()) watcher.disconnect()
        })
        watcher.observe(document, { childList: true, subtree: true })
      }),
    armSettle: (rootSelector) => {
      const root = document.querySelector(rootSelector)
      if (root === null) throw new Error(`bench: no ${rootSelector}`)
      settleObserver?.disconnect()
      const state: SettleState = {
        lastChange: performance.now(),
        marksBusy: root.hasAttribute('aria-busy'),
        sawBusy: false
      }
      // The answer to the key is shown: aria-busy went "true" then "false" (builds that mark it),
      // else a change in the list or its count with no loader left in the region (older builds;
      // a change elsewhere, such as the search box's own clear button, is not the answer).
      const ANSWER = '[data-testid="register-scroll"], [data-testid="register-count"]'
      const inAnswer = (node: Node): boolean => {
        const element = node instanceof Element ? node : node.parentElement
        if (element === null) return false
        return element.closest(ANSWER) !== null || element.querySelector(ANSWER) !== null
      }
      const answered = (records: MutationRecord[]): boolean => {
        const changed = records.some(
          (r) =>
            (r.target !== root && inAnswer(r.target)) || [...r.addedNodes].some((n) => inAnswer(n))
        )
        if (state.marksBusy) {
          if (root.getAttribute('aria-busy') === 'true') state.sawBusy = true
          // A query answered before (held in memory) is shown by the keystroke's own render:
          // the list or count changes and the region is never busy.
          return (state.sawBusy || changed) && root.getAttribute('aria-busy') === 'false'
        }
        return changed && root.querySelector('.mantine-Loader-root') === null
      }
      settle = state
      document.addEventListener(
        'keydown',
        (event) => {
          state.keyAt = event.timeStamp
          // Answered from memory by the keystroke's own render: the first frame after the key
          // shows it, and the region was never busy (the observer has run by then).
          afterPaint((at) => {
            if (!state.marksBusy || state.sawBusy || state.answeredPainted !== undefined) return
            if (root.getAttribute('aria-busy') === 'false') state.answeredPainted = at
          })
        },
        { capture: true, once: true }
      )
      settleObserver = new MutationObserver((records) => {
        if (state.keyAt === undefined) return
        state.lastChange = performance.now()
        afterPaint((at) => (state.lastPainted = at))
        if (state.answeredPainted === undefined && answered(records)) {
          state.answeredPainted = Number.NaN
          afterPaint((at) => (state.answeredPainted = at))
        }
      })
      settleObserver.observe(root, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true
      })
    },
    answered: () =>
      new Promise((resolve, reject) => {
        const state = settle
        if (state === undefined) return reject(new Error('bench: armSettle first'))
        const poll = (): void => {
          const at = state.answeredPainted
          if (state.keyAt !== undefined && at !== undefined && !Number.isNaN(at))
            resolve(at - state.keyAt)
          // No answer within 60 s: reported as such (the elapsed time), never dropped.
          else if (state.keyAt !== undefined && performance.now() - state.keyAt > 60_000)
            resolve(performance.now() - state.keyAt)
          else setTimeout(poll, 5)
        }
        poll()
      }),
    settled: (quietMs) =>
      new Promise((resolve, reject) => {
        const state = settle
        if (state === undefined) return reject(new Error('bench: armSettle first'))
        const poll = (): void => {
          const now = performance.now()
          const quiet = now - state.lastChange >= quietMs && state.keyAt !== undefined
          if (quiet && (state.lastPainted !== undefined || now - state.keyAt! > 5 * quietMs)) {
            settleObserver?.disconnect()
            resolve((state.lastPainted ?? state.keyAt!) - state.keyAt!)
          } else setTimeout(poll, 20)
        }
        poll()
      })
  }
  window.__bench = api
  document.addEventListener('keydown', (event) => (api.lastKeyAt = event.timeStamp), true)
  check()
}
