/**
 * UI strings, one catalogue per language: ./messages/fr/<feature>.ts (the reference: French is
 * the default) and ./messages/en/<feature>.ts (./messages-en.ts). One file per feature so that
 * features do not edit the same file. Each language comes in two parts (./catalogues.ts): the
 * first screen's features, in the start bundle for French (./messages-start.ts), and the rest,
 * a chunk fetched after the first frame (./messages-rest.ts).
 * Domain texts (verdicts, reasons, checklist items) come from shared/ already translated.
 */
import type { backup } from './messages/fr/backup'
import type { common } from './messages/fr/common'
import type { crisis } from './messages/fr/crisis'
import type { firstRun } from './messages/fr/first-run'
import type { register } from './messages/fr/register'
import type { security } from './messages/fr/security'
import type { shell } from './messages/fr/shell'
import type { assessment } from './messages/fr/assessment'
import type { conflict } from './messages/fr/conflict'
import type { documents } from './messages/fr/documents'
import type { incident } from './messages/fr/incident'
import type { insuranceFacts } from './messages/fr/insurance-facts'
import type { intake } from './messages/fr/intake'
import type { policies } from './messages/fr/policies'
import { frRest } from './messages-rest'
import { frStart } from './messages-start'

/** The first screen's features (./messages-start.ts), then the others (./messages-rest.ts). */
type StartFeatures =
  | typeof common
  | typeof shell
  | typeof register
  | typeof firstRun
  | typeof security
  | typeof crisis
  | typeof backup
type RestFeatures =
  | typeof intake
  | typeof assessment
  | typeof policies
  | typeof incident
  | typeof documents
  | typeof insuranceFacts
  | typeof conflict

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I
) => void
  ? I
  : never

export type StartKey = keyof UnionToIntersection<StartFeatures> & string
export type RestKey = keyof UnionToIntersection<RestFeatures> & string
export type MessageKey = StartKey | RestKey
export type StartMessages = Record<StartKey, string>
export type RestMessages = Record<RestKey, string>
export type Messages = Record<MessageKey, string>

/** The whole French catalogue (tests; the app loads it in two parts, ./catalogues.ts). */
export const fr: Messages = { ...frStart, ...frRest }
