import Holidays from 'date-holidays'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  addDays,
  addWorkingDays,
  countWorkingDays,
  dayOfWeek,
  easterSunday,
  frenchPublicHolidays,
  isWorkingDay,
  makeDateKey,
  skippedDays
} from './business-days'
import {
  endOfLocalDayMs,
  instantToDateKey,
  msToIso,
  startOfLocalDayMs,
  zonedTimeToMs
} from './time-zone'

const oracleDates = (year: number, region?: string): string[] => {
  const hd = region ? new Holidays('FR', region) : new Holidays('FR')
  return hd
    .getHolidays(year)
    .filter((h) => h.type === 'public')
    .map((h) => h.date.slice(0, 10))
    .sort()
}

describe('French public holidays', () => {
  it('computes Easter Sunday (known dates)', () => {
    expect(easterSunday(2024)).toBe('2024-03-31')
    expect(easterSunday(2025)).toBe('2025-04-20')
    expect(easterSunday(2026)).toBe('2026-04-05')
    expect(easterSunday(2038)).toBe('2038-04-25')
    expect(easterSunday(2285)).toBe('2285-03-22')
  })

  it('agrees with date-holidays (public days only) from 2000 to 2100, national and Alsace-Moselle', () => {
    for (let year = 2000; year <= 2100; year++) {
      expect(frenchPublicHolidays(year).map((h) => h.date)).toEqual(oracleDates(year))
      expect(frenchPublicHolidays(year, { alsaceMoselle: true }).map((h) => h.date)).toEqual(
        oracleDates(year, '57')
      )
    }
  })

  it('can treat Whit Monday as worked (journée de solidarité)', () => {
    expect(isWorkingDay('2026-05-25')).toBe(false)
    expect(isWorkingDay('2026-05-25', { whitMondayWorked: true })).toBe(true)
  })
})

describe('addWorkingDays (jours ouvrés, L113-2)', () => {
  const cases: [string, string, number, { alsaceMoselle?: boolean }, string][] = [
    ['plain week, from a Monday', '2026-03-09', 5, {}, '2026-03-16'],
    ['from a Friday skips the weekend', '2026-03-13', 2, {}, '2026-03-17'],
    ['from a Saturday', '2026-03-14', 1, {}, '2026-03-16'],
    ['Thursday before the 8 May holiday (Friday) and Ascension', '2026-05-07', 5, {}, '2026-05-18'],
    ['Thursday before 8 May, theft: 2 working days', '2026-05-07', 2, {}, '2026-05-12'],
    ['Thursday 13 July 2023 before Bastille Day (Friday)', '2023-07-13', 2, {}, '2023-07-18'],
    ['Christmas Eve 2026 (Thursday)', '2026-12-24', 5, {}, '2027-01-04'],
    [
      'Christmas Eve 2026 in Alsace-Moselle (26 Dec is a Saturday)',
      '2026-12-24',
      5,
      { alsaceMoselle: true },
      '2027-01-04'
    ],
    ['Christmas Eve 2025 (Wednesday)', '2025-12-24', 5, {}, '2026-01-02'],
    [
      'Christmas Eve 2025 in Alsace-Moselle: 26 Dec is a holiday too',
      '2025-12-24',
      5,
      { alsaceMoselle: true },
      '2026-01-05'
    ],
    ['New Year: 31 Dec 2025 (Wednesday), theft', '2025-12-31', 2, {}, '2026-01-05'],
    ['Good Friday 2026 only in Alsace-Moselle', '2026-04-02', 2, {}, '2026-04-07'],
    ['Good Friday 2026 in Alsace-Moselle', '2026-04-02', 2, { alsaceMoselle: true }, '2026-04-08'],
    ['zero days is the start day', '2026-03-11', 0, {}, '2026-03-11']
  ]
  it.each(cases)('%s', (_label, start, n, opts, expected) => {
    expect(addWorkingDays(start, n, opts)).toBe(expected)
    if (n > 0) expect(countWorkingDays(start, expected, opts)).toBe(n)
  })

  it('explains the skipped days', () => {
    const skipped = skippedDays('2026-05-07', '2026-05-18')
    expect(skipped.filter((s) => s.reason === 'holiday').map((s) => s.holiday?.id)).toEqual([
      'victory_1945',
      'ascension'
    ])
    expect(skipped.filter((s) => s.reason === 'weekend')).toHaveLength(4)
  })

  it('rejects negative counts and invalid keys', () => {
    expect(() => addWorkingDays('2026-01-01', -1)).toThrow(RangeError)
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError)
  })
})

// Day-by-day reference independent of the implementation: the oracle's holidays and Date.getUTCDay.
const referenceAdd = (start: string, n: number, holidays: Set<string>): string => {
  const d = new Date(`${start}T00:00:00Z`)
  let left = n
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1)
    const key = d.toISOString().slice(0, 10)
    const wd = d.getUTCDay()
    if (wd !== 0 && wd !== 6 && !holidays.has(key)) left--
  }
  return d.toISOString().slice(0, 10)
}

describe('working days against a day-by-day reference', () => {
  const national = new Set([2025, 2026, 2027].flatMap((y) => oracleDates(y)))
  const alsace = new Set([2025, 2026, 2027].flatMap((y) => oracleDates(y, '57')))

  it('agrees for every start date of 2025 and 2026 and n in 0..10', () => {
    for (let day = '2025-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
      for (let n = 0; n <= 10; n++) {
        expect(addWorkingDays(day, n)).toBe(referenceAdd(day, n, national))
        expect(addWorkingDays(day, n, { alsaceMoselle: true })).toBe(referenceAdd(day, n, alsace))
      }
    }
  })

  it('property: random start in 2025–2026, random n, both calendars', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 729 }),
        fc.integer({ min: 0, max: 30 }),
        fc.boolean(),
        (offset, n, am) => {
          const start = addDays('2025-01-01', offset)
          const got = addWorkingDays(start, n, { alsaceMoselle: am })
          expect(got).toBe(referenceAdd(start, n, am ? alsace : national))
          expect(got >= start).toBe(true)
          if (n > 0) expect(isWorkingDay(got, { alsaceMoselle: am })).toBe(true)
          expect(countWorkingDays(start, got, { alsaceMoselle: am })).toBe(n)
        }
      ),
      { numRuns: 500 }
    )
  })

  it('property: weekday arithmetic agrees with Date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          const key = makeDateKey(y, m, d)
          expect(dayOfWeek(key)).toBe(new Date(Date.UTC(y, m - 1, d)).getUTCDay())
        }
      )
    )
  })
})

describe('time zones', () => {
  it('maps instants to the local day, across midnight and DST', () => {
    expect(instantToDateKey('2026-03-12T23:30:00Z', 'Europe/Paris')).toBe('2026-03-13')
    expect(instantToDateKey('2026-03-12T23:30:00Z', 'UTC')).toBe('2026-03-12')
    expect(instantToDateKey('2026-07-01T22:30:00Z', 'Europe/Paris')).toBe('2026-07-02')
    expect(instantToDateKey('2026-07-02T03:00:00Z', 'America/Guadeloupe')).toBe('2026-07-01')
    expect(instantToDateKey('2026-07-01T21:00:00Z', 'Indian/Reunion')).toBe('2026-07-02')
  })

  it('finds local midnights and ends of day, summer and winter', () => {
    expect(msToIso(startOfLocalDayMs('2026-01-15', 'Europe/Paris'))).toBe(
      '2026-01-14T23:00:00.000Z'
    )
    expect(msToIso(startOfLocalDayMs('2026-07-15', 'Europe/Paris'))).toBe(
      '2026-07-14T22:00:00.000Z'
    )
    // 29 March 2026: the clocks go forward; the day lasts 23 hours.
    expect(msToIso(endOfLocalDayMs('2026-03-29', 'Europe/Paris'))).toBe('2026-03-29T21:59:59.999Z')
    expect(msToIso(endOfLocalDayMs('2026-10-25', 'Europe/Paris'))).toBe('2026-10-25T22:59:59.999Z')
    // A wall time inside the spring gap moves after it.
    expect(msToIso(zonedTimeToMs('2026-03-29', 'Europe/Paris', 2, 30))).toBe(
      '2026-03-29T01:30:00.000Z'
    )
    // A wall time repeated when the clocks go back is its first occurrence (still CEST).
    expect(msToIso(zonedTimeToMs('2026-10-25', 'Europe/Paris', 2, 30))).toBe(
      '2026-10-25T00:30:00.000Z'
    )
    // Chile sets its clocks back at midnight (to 23:00): 23:30 on 4 April happens twice.
    expect(msToIso(zonedTimeToMs('2026-04-04', 'America/Santiago', 23, 30))).toBe(
      '2026-04-05T02:30:00.000Z'
    )
  })

  it('property: the local day of the start and end of a local day is that day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.constantFrom(
          'Europe/Paris',
          'America/Cayenne',
          'Indian/Reunion',
          'Pacific/Noumea',
          'UTC',
          // Zones whose clocks change at midnight.
          'America/Santiago',
          'America/Havana',
          'Asia/Beirut'
        ),
        (offset, tz) => {
          const key = addDays('2024-01-01', offset)
          expect(instantToDateKey(startOfLocalDayMs(key, tz), tz)).toBe(key)
          expect(instantToDateKey(endOfLocalDayMs(key, tz), tz)).toBe(key)
          expect(instantToDateKey(endOfLocalDayMs(key, tz) + 1, tz)).toBe(addDays(key, 1))
        }
      )
    )
  })
})

describe('local days in zones whose clocks change at midnight', () => {
  it.each(['America/Santiago', 'America/Havana', 'Asia/Beirut', 'Europe/Paris'])(
    '%s: every day of 2024–2027 starts and ends on itself',
    (tz) => {
      for (let key = '2024-01-01'; key <= '2027-12-31'; key = addDays(key, 1)) {
        const start = startOfLocalDayMs(key, tz)
        const end = endOfLocalDayMs(key, tz)
        expect(instantToDateKey(start, tz)).toBe(key)
        expect(instantToDateKey(start - 1, tz)).toBe(addDays(key, -1))
        expect(instantToDateKey(end, tz)).toBe(key)
        expect(instantToDateKey(end + 1, tz)).toBe(addDays(key, 1))
      }
    }
  )
})

describe('years below 100 are taken literally, never as 19xx', () => {
  it('keys, day arithmetic and working days stay in the year written', () => {
    expect(makeDateKey(26, 5, 1)).toBe('0026-05-01')
    expect(addDays('0026-02-28', 1)).toBe('0026-03-01')
    expect(addDays('0024-02-28', 1)).toBe('0024-02-29')
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01')
    expect(dayOfWeek('0026-05-01')).toBe(new Date('0026-05-01T00:00:00Z').getUTCDay())
    // 24 December 0050 is a Saturday (proleptic Gregorian): Sunday 25 is skipped.
    expect(dayOfWeek('0050-12-24')).toBe(6)
    expect(addWorkingDays('0050-12-24', 3)).toBe('0050-12-28')
  })

  it('local days and wall times in a zone keep the year', () => {
    expect(instantToDateKey('0026-05-01T10:00:00Z', 'Europe/Paris')).toBe('0026-05-01')
    expect(msToIso(startOfLocalDayMs('0026-05-01', 'UTC'))).toBe('0026-05-01T00:00:00.000Z')
    expect(msToIso(endOfLocalDayMs('0099-12-31', 'UTC'))).toBe('0099-12-31T23:59:59.999Z')
  })

  it('agrees with ISO parsing for any day from year 1 to 2100', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (year, month, day) => {
          const key = makeDateKey(year, month, day)
          expect(key).toBe(
            `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
          )
          expect(msToIso(startOfLocalDayMs(key, 'UTC')).slice(0, 10)).toBe(key)
        }
      ),
      { numRuns: 500 }
    )
  })
})
