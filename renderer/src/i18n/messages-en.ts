/**
 * The English catalogue (./messages/en/<feature>.ts): a chunk of its own, fetched when English
 * is chosen (i18n/catalogues.ts), never at a French start. Each feature file has the French
 * file's keys exactly (SameKeysAs), so `en` covers every MessageKey.
 */
import type { Messages } from './messages'
import { assessment } from './messages/en/assessment'
import { backup } from './messages/en/backup'
import { common } from './messages/en/common'
import { conflict } from './messages/en/conflict'
import { crisis } from './messages/en/crisis'
import { documents } from './messages/en/documents'
import { firstRun } from './messages/en/first-run'
import { incident } from './messages/en/incident'
import { insuranceFacts } from './messages/en/insurance-facts'
import { intake } from './messages/en/intake'
import { policies } from './messages/en/policies'
import { register } from './messages/en/register'
import { security } from './messages/en/security'
import { shell } from './messages/en/shell'

export const en = {
  ...common,
  ...shell,
  ...intake,
  ...assessment,
  ...policies,
  ...register,
  ...incident,
  ...firstRun,
  ...documents,
  ...insuranceFacts,
  ...security,
  ...crisis,
  ...conflict,
  ...backup
} satisfies Messages
