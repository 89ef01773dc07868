/** The English strings no first screen shows (see ./messages-rest.ts). */
import type { RestMessages } from './messages'
import { assessment } from './messages/en/assessment'
import { conflict } from './messages/en/conflict'
import { documents } from './messages/en/documents'
import { incident } from './messages/en/incident'
import { insuranceFacts } from './messages/en/insurance-facts'
import { intake } from './messages/en/intake'
import { policies } from './messages/en/policies'

export const enRest = {
  ...intake,
  ...assessment,
  ...policies,
  ...incident,
  ...documents,
  ...insuranceFacts,
  ...conflict
} satisfies RestMessages
