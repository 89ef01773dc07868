/**
 * UI strings, one catalogue per language: ./messages/fr/<feature>.ts (the reference, loaded at
 * start: French is the default) and ./messages/en/<feature>.ts (./messages-en.ts, loaded when
 * English is chosen). One file per feature so that features do not edit the same file.
 * Domain texts (verdicts, reasons, checklist items) come from shared/ already translated.
 */
import { assessment } from './messages/fr/assessment'
import { backup } from './messages/fr/backup'
import { common } from './messages/fr/common'
import { conflict } from './messages/fr/conflict'
import { crisis } from './messages/fr/crisis'
import { documents } from './messages/fr/documents'
import { firstRun } from './messages/fr/first-run'
import { incident } from './messages/fr/incident'
import { insuranceFacts } from './messages/fr/insurance-facts'
import { intake } from './messages/fr/intake'
import { policies } from './messages/fr/policies'
import { register } from './messages/fr/register'
import { security } from './messages/fr/security'
import { shell } from './messages/fr/shell'

const features = [
  common,
  shell,
  intake,
  assessment,
  policies,
  register,
  incident,
  firstRun,
  documents,
  insuranceFacts,
  security,
  crisis,
  conflict,
  backup
] as const

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I
) => void
  ? I
  : never

export type MessageKey = keyof UnionToIntersection<(typeof features)[number]> & string
export type Messages = Record<MessageKey, string>

export const fr = Object.assign({}, ...features) as Messages
