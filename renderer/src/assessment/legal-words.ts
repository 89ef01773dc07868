/**
 * Legal references as a reader of the UI's language expects them. The rules cite French
 * sources in French ("RGPD art. 33(1)", "C. assur. art. L113-2"); an English reader gets the
 * English names of the same texts. "seed : « … »" (the guidance article the rules were written
 * from) reads "Source" in both languages: "seed" is a word of the project, not of the user.
 */
import type { Lang } from '@shared/model'

const ENGLISH: readonly (readonly [RegExp, string])[] = [
  [/\bRGPD\b/g, 'GDPR'],
  [/\bC\. assur\./g, 'Insurance Code'],
  [/\bC\. pén\./g, 'Criminal Code'],
  [/\bCSP art\./g, 'Public Health Code art.'],
  [/\bCPP art\./g, 'Code of Criminal Procedure art.'],
  [/\bconsidérant\b/g, 'recital'],
  [/\blignes directrices\b/g, 'guidelines'],
  [/\brév\./g, 'rev.'],
  [/\bdomaine §/g, 'domain notes §'],
  [/«\s*/g, '“'],
  [/\s*»/g, '”']
]

export function legalText(text: string, lang: Lang): string {
  const sourced = text.replace(/\bseed\s*:\s*/g, lang === 'fr' ? 'source : ' : 'source: ')
  if (lang === 'fr') return sourced
  return ENGLISH.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), sourced)
}
