/**
 * Hash-based navigation (the app is served from `app://sentinelle/index.html`, where a history
 * router would ask the protocol handler for paths that do not exist).
 *
 * Routes:
 *   #/                      the register (or the first-run screen when it is empty)
 *   #/incident/<id>         an incident's detail
 *   #/incident/<id>/edit    the intake flow for that incident (drafts and edits)
 *   #/policies              the user's insurance policies
 *   #/bin                   deleted incidents (restore, erase)
 *   #/settings              passphrase, idle lock, bin delay, remember the key (Electron)
 */
import { useSyncExternalStore } from 'react'

export type Route =
  | { name: 'register' }
  | { name: 'incident'; id: string }
  | { name: 'edit'; id: string; step?: string }
  | { name: 'policies' }
  | { name: 'bin' }
  | { name: 'settings' }

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '')
  const parts = path.split('/').filter((part) => part !== '')
  if (parts[0] === 'incident' && parts[1]) {
    const id = decodeURIComponent(parts[1])
    if (parts[2] === 'edit') {
      return parts[3]
        ? { name: 'edit', id, step: decodeURIComponent(parts[3]) }
        : { name: 'edit', id }
    }
    return { name: 'incident', id }
  }
  if (parts[0] === 'policies') return { name: 'policies' }
  if (parts[0] === 'bin') return { name: 'bin' }
  if (parts[0] === 'settings') return { name: 'settings' }
  return { name: 'register' }
}

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'register':
      return '#/'
    case 'incident':
      return `#/incident/${encodeURIComponent(route.id)}`
    case 'edit':
      return `#/incident/${encodeURIComponent(route.id)}/edit${route.step ? `/${encodeURIComponent(route.step)}` : ''}`
    case 'policies':
      return '#/policies'
    case 'bin':
      return '#/bin'
    case 'settings':
      return '#/settings'
  }
}

export function navigate(route: Route): void {
  const hash = routeToHash(route)
  if (window.location.hash !== hash) window.location.hash = hash
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  return parseRoute(hash)
}
