/**
 * UI strings in French and English, one file per feature under ./messages (so features do not
 * edit the same file). The type makes a missing English key a compile error, not a blank label.
 * Domain texts (verdicts, reasons, checklist items) come from shared/ already translated.
 */
import { assessment } from './messages/assessment'
import { backup } from './messages/backup'
import { common } from './messages/common'
import { conflict } from './messages/conflict'
import { crisis } from './messages/crisis'
import { documents } from './messages/documents'
import { firstRun } from './messages/first-run'
import { incident } from './messages/incident'
import { insuranceFacts } from './messages/insurance-facts'
import { intake } from './messages/intake'
import { policies } from './messages/policies'
import { register } from './messages/register'
import { security } from './messages/security'
import { shell } from './messages/shell'

type SameKeys<T extends { fr: Record<string, string>; en: Record<string, string> }> =
  keyof T['fr'] extends keyof T['en'] ? (keyof T['en'] extends keyof T['fr'] ? T : never) : never

function feature<T extends { fr: Record<string, string>; en: Record<string, string> }>(
  translations: SameKeys<T>
): T {
  return translations
}

const features = [
  feature(common),
  feature(shell),
  feature(intake),
  feature(assessment),
  feature(policies),
  feature(register),
  feature(incident),
  feature(firstRun),
  feature(documents),
  feature(insuranceFacts),
  feature(security),
  feature(crisis),
  feature(conflict),
  feature(backup)
] as const

type FrenchOf<F> = F extends { fr: infer M } ? M : never
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I
) => void
  ? I
  : never

export type MessageKey = keyof UnionToIntersection<FrenchOf<(typeof features)[number]>> & string
export type Messages = Record<MessageKey, string>

export const fr = Object.assign({}, ...features.map((f) => f.fr)) as Messages
export const en = Object.assign({}, ...features.map((f) => f.en)) as Messages
