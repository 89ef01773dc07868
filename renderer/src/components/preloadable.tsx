import { lazy, useState } from 'react'
import type { ComponentType } from 'react'

/**
 * A lazy component that can be fetched ahead (`preload`), and that, once fetched, is rendered
 * directly: React reveals a suspended boundary's content up to 300 ms late (it groups reveals),
 * so a block fetched ahead but still rendered through lazy() landed under the register's list
 * while the first search was typed (issue 12, measured in the unlock case). Which of the two
 * is rendered is chosen once per mount, so a block is never remounted (an export under way).
 */
export function preloadable<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K
): { Component: ComponentType<P>; preload: () => void } {
  let loaded: ComponentType<P> | undefined
  let loading: Promise<ComponentType<P>> | undefined
  const fetchOnce = () =>
    (loading ??= load().then(
      (module) => (loaded = module[name]),
      (error: unknown) => {
        loading = undefined // a failed fetch may be tried again
        throw error
      }
    ))
  const Lazy = lazy(async () => ({ default: await fetchOnce() }))
  function Preloadable(props: P) {
    const [Chosen] = useState<ComponentType<P>>(() => loaded ?? Lazy)
    return <Chosen {...props} />
  }
  return { Component: Preloadable, preload: () => void fetchOnce().catch(() => undefined) }
}
