/**
 * The French strings no first screen shows (intake, assessment, incident, policies, documents,
 * conflicts): a chunk of its own, fetched after the first frame (./catalogues.ts).
 */
import type { RestMessages } from './messages'
import { assessment } from './messages/fr/assessment'
import { conflict } from './messages/fr/conflict'
import { documents } from './messages/fr/documents'
import { incident } from './messages/fr/incident'
import { insuranceFacts } from './messages/fr/insurance-facts'
import { intake } from './messages/fr/intake'
import { policies } from './messages/fr/policies'

export const frRest: RestMessages = {
  ...intake,
  ...assessment,
  ...policies,
  ...incident,
  ...documents,
  ...insuranceFacts,
  ...conflict
}
