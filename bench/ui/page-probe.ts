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
  /**
   * watch(), for an element that must also be SHOWN: a page kept hidden (display: none, the
   * app's register kept while an incident is open) holds its rows, which watch() would count.
   */
  watchShown: (selector: string) => Promise<number>
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
  /**
   * What changed in the region after the answer to the last key was shown (ms after the key,
   * and what): the mutations that made "settled" later than "answered" (keys-trace prints them).
   */
  lateChanges: () => string[]
  /**
   * With `countRenders` (keys-trace): per React commit since the last call, ms since the last
   * keydown and the components that rendered in it (minified names, and the first element each
   * draws). Read through a stand-in for React DevTools' global hook, which React calls on every
   * commit; off by default, since the walk of the tree costs time in the page measured.
   */
  takeRenders: () => { at: number; components: string[] }[]
}

declare global {
  interface Window {
    __bench?: ProbeApi
  }
}

export function installProbe(
  marks: Record<string, string>,
  options: { countRenders?: boolean } = {}
): void {
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
    late: string[]
  }
  let settle: SettleState | undefined
  let settleObserver: MutationObserver | undefined

  // A mutation batch in a few words: the kind and the element (test id, id or class).
  const nameOf = (node: Node): string => {
    const element = node instanceof Element ? node : node.parentElement
    if (element === null) return '?'
    const id = element.getAttribute('data-testid') ?? element.id
    const cls = typeof element.className === 'string' ? element.className.split(' ')[0] : ''
    const role = element.getAttribute('role')
    return `${element.tagName.toLowerCase()}${id ? `#${id}` : cls ? `.${cls}` : role ? `[role=${role}]` : ''}`
  }
  // What a childList record added or removed first (a row, a block), after the parent.
  const changedChild = (r: MutationRecord): string => {
    const node = r.addedNodes[0] ?? r.removedNodes[0]
    return node instanceof Element ? ` > ${nameOf(node)}` : ''
  }
  const describe = (records: MutationRecord[]): string =>
    [
      ...new Set(
        records.map((r) =>
          r.type === 'attributes'
            ? `@${r.attributeName ?? ''} ${nameOf(r.target)}`
            : r.type === 'characterData'
              ? `text ${nameOf(r.target)}`
              : `+${r.addedNodes.length}/-${r.removedNodes.length} ${nameOf(r.target)}${changedChild(r)}`
        )
      )
    ]
      .slice(0, 6)
      .join(', ')

  type Fiber = {
    tag: number
    flags: number
    type: unknown
    elementType: unknown
    child: Fiber | null
    sibling: Fiber | null
    alternate: Fiber | null
    stateNode: unknown
  }
  const renders: { at: number; components: string[] }[] = []
  if (options.countRenders) {
    // Function, class, forwardRef and simple memo components (React's work tags 0, 1, 11, 15).
    const COMPONENT = new Set([0, 1, 11, 15])
    const PERFORMED_WORK = 1
    const firstElement = (fiber: Fiber): string => {
      let f: Fiber | null = fiber
      while (f !== null && !(f.stateNode instanceof Element)) f = f.child
      return f === null ? '' : nameOf(f.stateNode as Element)
    }
    const fnName = (type: unknown): string => {
      const t = (type as { type?: unknown } | null)?.type ?? type
      return typeof t === 'function' ? t.name || 'anonymous' : '?'
    }
    // What React DevTools counts as rendered: a component fiber that performed work, in the
    // part of the tree this commit reconciled (a subtree whose children are the same as before
    // was not visited). A fiber with no alternate there was mounted by this commit.
    const visit = (fiber: Fiber, out: string[]): void => {
      const before = fiber.alternate
      if (COMPONENT.has(fiber.tag) && (before === null || (fiber.flags & PERFORMED_WORK) !== 0))
        out.push(`${fnName(fiber.elementType)}<${firstElement(fiber)}>`)
      if (before !== null && fiber.child === before.child) return
      for (let child = fiber.child; child !== null; child = child.sibling) visit(child, out)
    }
    const hook = {
      supportsFiber: true,
      isDisabled: false,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => undefined,
      onScheduleFiberRoot: () => undefined,
      onCommitFiberUnmount: () => undefined,
      onPostCommitFiberRoot: () => undefined,
      onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
        const out: string[] = []
        visit(root.current, out)
        renders.push({ at: performance.now() - (api.lastKeyAt ?? 0), components: out })
      }
    }
    ;(window as unknown as Record<string, unknown>)['__REACT_DEVTOOLS_GLOBAL_HOOK__'] = hook
  }

  const api: ProbeApi = {
    marks: recorded,
    lateChanges: () => settle?.late ?? [],
    takeRenders: () => renders.splice(0),
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
    watchShown: (selector) =>
      new Promise((resolve) => {
        const test = (): boolean => {
          const shown = [...document.querySelectorAll(selector)].some((element) =>
            element.checkVisibility()
          )
          if (shown) afterPaint(resolve)
          return shown
        }
        if (test()) return
        // Attributes too: a hidden page is shown again by a change of its style alone.
        const watcher = new MutationObserver(() => {
          if (test()) watcher.disconnect()
        })
        watcher.observe(document, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ['style', 'class', 'hidden']
        })
      }),
    armSettle: (rootSelector) => {
      const root = document.querySelector(rootSelector)
      if (root === null) throw new Error(`bench: no ${rootSelector}`)
      settleObserver?.disconnect()
      const state: SettleState = {
        lastChange: performance.now(),
        marksBusy: root.hasAttribute('aria-busy'),
        sawBusy: false,
        late: []
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
        if (state.answeredPainted !== undefined && state.late.length < 40)
          state.late.push(`${(state.lastChange - state.keyAt).toFixed(0)} ms: ${describe(records)}`)
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
