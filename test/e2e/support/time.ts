/**
 * Wall-clock values for datetime-local inputs in a given zone (the e2e browser runs in
 * Europe/Paris, see playwright.config.ts), relative to the real current time so that the
 * deadlines the app computes are pending, near or overdue as the test expects.
 */
export function wallTime(epochMs: number, timeZone = 'Europe/Paris'): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit'
    })
      .formatToParts(new Date(epochMs))
      .map((part) => [part.type, part.value])
  )
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`
}

export const HOUR = 3_600_000
