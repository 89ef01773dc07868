import { useEffect, useReducer } from 'react'

import { systemTimeZone } from '../components/zoned-time'
import { useSetting } from '../db/start'
import { keptFirstScreenDisplay } from '../db/first-screen'

/**
 * The zone dates are shown in: the user's chosen zone, else the computer's. Never the zone an
 * incident was typed in: a register read in Montréal shows Montréal times.
 */
export function displayTimeZone(chosen: string | undefined): string {
  return chosen ?? systemTimeZone()
}

/** The computer's zone was looked up once since the start (the page's first Intl call). */
let systemZoneLookedUp = false
const waitingForZone = new Set<() => void>()

/** Looks the computer's zone up once the current frame is painted, then re-renders the waiting. */
function lookUpAfterPaint(): void {
  const lookUp = () => {
    systemZoneLookedUp = true
    for (const rerender of [...waitingForZone]) rerender()
  }
  if (typeof requestAnimationFrame === 'function')
    requestAnimationFrame(() => setTimeout(lookUp, 0))
  else setTimeout(lookUp, 0)
}

/**
 * displayTimeZone of the user's setting (the computer's zone is looked up at each render).
 *
 * At a start that shows the kept first screen (db/first-screen.ts) with its rows' dates, the
 * zone those dates were made in stands for the computer's until the first frame is painted: the
 * zone's lookup is the page's first Intl call (35 ms to 300 ms measured in Chromium), kept off
 * the way to the first rows. Then the real zone is looked up; a different one re-renders.
 */
export function useDisplayTimeZone(): string {
  const chosen = useSetting('timeZone')
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  const provisional =
    chosen === undefined && !systemZoneLookedUp ? keptFirstScreenDisplay()?.timeZone : undefined
  useEffect(() => {
    if (provisional === undefined) return
    if (waitingForZone.size === 0) lookUpAfterPaint()
    waitingForZone.add(rerender)
    return () => {
      waitingForZone.delete(rerender)
    }
  }, [provisional])
  return provisional ?? displayTimeZone(chosen)
}
