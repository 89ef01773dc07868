/**
 * One feature's UI strings in one language: messages/fr/<feature>.ts is the reference, and
 * messages/en/<feature>.ts must carry exactly its keys (a missing or extra key is a compile
 * error). One file per language so that the start loads only the user's catalogue.
 */
export type Catalogue = Record<string, string>

/** The same keys as the French catalogue `F`, no more, no fewer. */
export type SameKeysAs<F extends Catalogue> = Record<keyof F, string>
