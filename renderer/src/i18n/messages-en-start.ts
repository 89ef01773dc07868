/** The English strings of the first screen (see ./messages-start.ts): fetched before an English start. */
import type { StartMessages } from './messages'
import { backup } from './messages/en/backup'
import { common } from './messages/en/common'
import { crisis } from './messages/en/crisis'
import { firstRun } from './messages/en/first-run'
import { register } from './messages/en/register'
import { security } from './messages/en/security'
import { shell } from './messages/en/shell'

export const enStart = {
  ...common,
  ...shell,
  ...register,
  ...firstRun,
  ...security,
  ...crisis,
  ...backup
} satisfies StartMessages
