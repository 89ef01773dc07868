/**
 * Deterministic fake incidents for e2e tests and benchmarks: the same (n, seed) always gives
 * the same register, every incident valid against shared/model. Pure: no DOM, no database.
 */
import { INSTANT_MAX_MS, INSTANT_MIN_MS, createEmptyIncident } from '../../../shared/model'
import type {
  BreachType,
  CauseKind,
  DataCategory,
  Incident,
  TimelineEvent
} from '../../../shared/model'

/** Mulberry32: tiny, fast, good enough to vary test data. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const CAUSES: readonly CauseKind[] = [
  'human_error',
  'loss_theft',
  'inadequate_protection',
  'malicious_employee',
  'cyberattack',
  'other'
]
const BREACHES: readonly BreachType[] = ['confidentiality', 'integrity', 'availability']
const CATEGORIES: readonly DataCategory[] = [
  'identity',
  'contact',
  'financial',
  'health',
  'credentials'
]
const WHAT = [
  'Ordinateur portable volé',
  'Courriel envoyé au mauvais destinataire',
  'Rançongiciel sur le serveur',
  'Clé USB perdue',
  'Hameçonnage de la messagerie',
  'Dossiers papier égarés',
  'Partage de fichiers public par erreur',
  'Téléphone professionnel perdu'
]
const WHERE = ['au cabinet', 'dans le train', 'chez le client', 'en télétravail', 'à l’agence']
const CLIENTS = [
  'Dupont SA',
  'Martin & Fils',
  'Clinique du Parc',
  'Boulangerie Leroy',
  'Atelier Nord'
]

const pick = <T>(rng: () => number, list: readonly T[]): T =>
  list[Math.floor(rng() * list.length)] as T

export type GeneratedIncidentOptions = {
  /** Number of incidents. */
  count: number
  /** First reference number (INC-0001 by default). */
  firstNumber?: number
  seed?: number
  /** The instant the register is "now": occurrences spread over the two years before it. */
  now?: string
}

export function generateIncidents(options: GeneratedIncidentOptions): Incident[] {
  const rng = random(options.seed ?? 42)
  const nowMs = Date.parse(options.now ?? '2026-11-25T12:00:00.000Z')
  const first = options.firstNumber ?? 1
  const incidents: Incident[] = []
  for (let i = 0; i < options.count; i++) {
    const n = first + i
    const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
    // Within the years the schema accepts (1970–2100) whatever `now`, leaving room for the
    // awareness (up to 47 h) and the notification (60 h) that follow.
    const occurredMs = Math.min(
      Math.max(nowMs - Math.floor(rng() * 730 * 86_400_000) - 3_600_000, INSTANT_MIN_MS),
      INSTANT_MAX_MS - 61 * 3_600_000
    )
    const iso = (ms: number) => new Date(ms).toISOString()
    const base = createEmptyIncident({
      id,
      reference: `INC-${String(n).padStart(4, '0')}`,
      now: iso(occurredMs + 86_400_000),
      timeZone: 'Europe/Paris'
    })
    const cause = pick(rng, CAUSES)
    const client = pick(rng, CLIENTS)
    const what = pick(rng, WHAT)
    const timeline: TimelineEvent[] = [
      { id: `${id}-occ`, kind: 'occurred', at: iso(occurredMs) },
      { id: `${id}-aw`, kind: 'aware', at: iso(occurredMs + Math.floor(rng() * 48) * 3_600_000) }
    ]
    const notified = rng() < 0.4
    if (notified) {
      timeline.push({
        id: `${id}-cnil`,
        kind: 'authority_notified',
        at: iso(occurredMs + 60 * 3_600_000)
      })
    }
    const roll = rng()
    const status: Incident['status'] = roll < 0.1 ? 'draft' : roll < 0.75 ? 'open' : 'closed'
    incidents.push({
      ...base,
      title: `${what} ${pick(rng, WHERE)} (${n})`,
      narrative: `Incident numéro ${n} chez ${client} : ${what.toLowerCase()}. Constaté par l’équipe, les personnes concernées sont des clients.`,
      status,
      insured: { ...base.insured, name: 'Cabinet Exemple', profession: 'consultant' },
      timeline,
      data: {
        ...base.data,
        personalData: 'yes',
        categories: [pick(rng, CATEGORIES)],
        personsCount: 1 + Math.floor(rng() * 500)
      },
      breachTypes: [pick(rng, BREACHES)],
      cause: { kind: cause },
      parties: [{ id: `${id}-client`, role: 'client', name: client }]
    })
  }
  return incidents
}
