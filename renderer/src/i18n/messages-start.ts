/**
 * The French strings of the first screen (header, register, first-run screen, encryption
 * banner, backup buttons, deadline reminders): the part of the catalogue in the start bundle.
 * The rest (./messages-rest.ts) is a chunk of its own, fetched once the first frame is drawn and
 * awaited before any screen that needs it renders (./catalogues.ts, main.tsx): issue 12.
 */
import type { StartMessages } from './messages'
import { backup } from './messages/fr/backup'
import { common } from './messages/fr/common'
import { crisis } from './messages/fr/crisis'
import { firstRun } from './messages/fr/first-run'
import { register } from './messages/fr/register'
import { security } from './messages/fr/security'
import { shell } from './messages/fr/shell'

export const frStart: StartMessages = {
  ...common,
  ...shell,
  ...register,
  ...firstRun,
  ...security,
  ...crisis,
  ...backup
}
