import { systemTimeZone } from '../components/zoned-time'
import { useSetting } from '../db'

/**
 * The zone dates are shown in: the user's chosen zone, else the computer's. Never the zone an
 * incident was typed in: a register read in Montréal shows Montréal times.
 */
export function displayTimeZone(chosen: string | undefined): string {
  return chosen ?? systemTimeZone()
}

/** displayTimeZone of the user's setting (the computer's zone is looked up at each render). */
export function useDisplayTimeZone(): string {
  return displayTimeZone(useSetting('timeZone'))
}
