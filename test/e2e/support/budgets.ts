/**
 * Time budget of the few long stories (several screens, many keystrokes), set with
 * `test.setTimeout(LONG_STORY_TIMEOUT)`. Sized from runs measured on the 2-core CI machine:
 * at load average 15 (one suite plus other jobs) the slowest took 98 s; at load average 27 (two
 * copies of the suite plus other jobs) they went past 180 s. A budget only bounds how long a
 * failing test hangs: a passing one is not slowed by it.
 */
export const LONG_STORY_TIMEOUT = 480_000
