/**
 * The English catalogue (./messages/en/<feature>.ts), in two chunks like the French one: the
 * first screen's strings (./messages-en-start.ts) and the rest (./messages-en-rest.ts), fetched
 * when English is chosen (i18n/catalogues.ts), never at a French start. Each feature file has the
 * French file's keys exactly (SameKeysAs), so `en` covers every MessageKey.
 */
import type { Messages } from './messages'
import { enRest } from './messages-en-rest'
import { enStart } from './messages-en-start'

export const en = { ...enStart, ...enRest } satisfies Messages
