/**
 * Whether the user is typing in the register's search (or changing its filters): from a change
 * until TYPING_PAUSE_MS without another. What appears under the register's list while the user
 * types (the export and backup blocks when the database goes live, the backup reminder's line)
 * waits for the pause (./use-held-while-typing.ts), like the engine's re-answers
 * (./register-store.ts): the list region does not change under the user's eyes between a key's
 * answer and the next key (issue 12: those blocks landed 60 to 300 ms after a key's answer at
 * 100k, typed while the register was read).
 *
 * No dependency, not even React: the register store imports it, and the start chunk has it (the
 * search can be typed on the kept first screen).
 */

/** The pause after which the user counts as no longer typing. */
export const TYPING_PAUSE_MS = 500

let typing = false
let timer: ReturnType<typeof setTimeout> | undefined
const listeners = new Set<() => void>()

function notify(): void {
  for (const listener of [...listeners]) listener()
}

function restartPause(): void {
  clearTimeout(timer)
  timer = setTimeout(() => {
    timer = undefined
    typing = false
    notify()
  }, TYPING_PAUSE_MS)
}

/** A key typed in the search (or a filter changed): typing until TYPING_PAUSE_MS of quiet. */
export function noteTyping(): void {
  restartPause()
  if (typing) return
  typing = true
  notify()
}

/**
 * The answer to the key just typed is shown: the pause runs from it, if it came later than the
 * key, like the engine's held re-answers (./register-store.ts). From the key alone, an answer
 * slower than the pause (a loaded machine) was followed at once by what was held, which the user
 * saw as the answer changing again.
 */
export function noteTypedAnswer(): void {
  if (typing) restartPause()
}

const searchIntentListeners = new Set<() => void>()

/**
 * The search box is focused, or a key is pressed in it: the user is about to type, before any
 * query exists. The register store holds the engine's full read from here (./register-store.ts),
 * so that the first key's query does not wait behind a read chunk requested between the focus
 * and the key (issue 12, keys-trace at 100k: the first key waited for a chunk of 2,000 rows).
 * Nothing that is shown waits on it (unlike noteTyping).
 */
export function noteSearchIntent(): void {
  for (const listener of [...searchIntentListeners]) listener()
}

/** Called on each noteSearchIntent. */
export function subscribeSearchIntent(listener: () => void): () => void {
  searchIntentListeners.add(listener)
  return () => searchIntentListeners.delete(listener)
}

/** Called when typing starts and when the pause comes. */
export function subscribeTyping(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const isTyping = (): boolean => typing
