/** One feature's UI strings: French is the reference, English must carry the same keys. */
export type Translations = {
  fr: Record<string, string>
  en: Record<string, string>
}
