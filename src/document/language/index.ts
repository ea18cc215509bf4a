/**
 * Language identification (franc, trigram-based). Short texts are unreliable,
 * so a declared language from the page wins when the text is too short to
 * contradict it, and anything shorter still is `und`.
 */
import { franc } from 'franc'

/** Options for {@link detectLanguage}. */
export interface LanguageOptions {
  /** Characters read from the start of the text (default: `2048`, all franc looks at). */
  window?: number
  /** Below this many letters the text is too short to identify: `und` unless declared (default: `60`). */
  minLetters?: number
  /** Below this many letters a declared language is trusted over the detector (default: `400`). */
  trustDeclaredBelow?: number
}

/** Result of {@link detectLanguage}. */
export interface DetectedLanguage {
  /** ISO 639-1 code where one exists, else ISO 639-3; `und` when unknown. */
  lang: string
  /** `detected`, `declared`, `too-short`. */
  reason: 'detected' | 'declared' | 'too-short'
}

/** ISO 639-3 → 639-1 for the languages news arrives in most. */
export const ISO639_3_TO_1: Readonly<Record<string, string>> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  rus: 'ru',
  ukr: 'uk',
  pol: 'pl',
  ces: 'cs',
  slk: 'sk',
  hun: 'hu',
  ron: 'ro',
  bul: 'bg',
  hrv: 'hr',
  srp: 'sr',
  slv: 'sl',
  ell: 'el',
  tur: 'tr',
  arb: 'ar',
  ara: 'ar',
  pes: 'fa',
  fas: 'fa',
  heb: 'he',
  hin: 'hi',
  ben: 'bn',
  urd: 'ur',
  cmn: 'zh',
  zho: 'zh',
  jpn: 'ja',
  kor: 'ko',
  vie: 'vi',
  tha: 'th',
  ind: 'id',
  zsm: 'ms',
  msa: 'ms',
  swe: 'sv',
  nob: 'no',
  nno: 'no',
  dan: 'da',
  fin: 'fi',
  est: 'et',
  lav: 'lv',
  lit: 'lt',
  swh: 'sw',
  swa: 'sw',
  cat: 'ca',
  glg: 'gl',
  eus: 'eu',
  tgl: 'tl',
  afr: 'af',
  hau: 'ha',
  yor: 'yo',
  amh: 'am',
  som: 'so',
  kat: 'ka',
  hye: 'hy',
  aze: 'az',
  kaz: 'kk',
  uzn: 'uz',
  tam: 'ta',
  tel: 'te',
  mar: 'mr',
  guj: 'gu',
  pan: 'pa',
  mal: 'ml',
  kan: 'kn',
  sin: 'si',
  nep: 'ne',
}

const LETTER = /\p{L}/gu

/**
 * Identify the language of `text`.
 *
 * @param text Clean article text.
 * @param declared Language declared by the page (`<html lang>`, `og:locale`) (optional).
 */
export function detectLanguage(
  text: string,
  declared?: string | null,
  options: LanguageOptions = {},
): DetectedLanguage {
  const sample = text.slice(0, options.window ?? 2048)
  const letters = sample.match(LETTER)?.length ?? 0
  const declaredCode = declared ? normaliseLanguageTag(declared) : null
  if (letters < (options.minLetters ?? 60)) {
    return declaredCode ? { lang: declaredCode, reason: 'declared' } : { lang: 'und', reason: 'too-short' }
  }
  if (declaredCode && letters < (options.trustDeclaredBelow ?? 400))
    return { lang: declaredCode, reason: 'declared' }
  const code = franc(sample)
  if (code === 'und')
    return declaredCode ? { lang: declaredCode, reason: 'declared' } : { lang: 'und', reason: 'too-short' }
  return { lang: ISO639_3_TO_1[code] ?? code, reason: 'detected' }
}

/** `en-US`, `en_GB`, `EN` → `en`. */
export function normaliseLanguageTag(tag: string): string | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? ''
  if (/^[a-z]{2}$/.test(primary)) return primary
  if (/^[a-z]{3}$/.test(primary)) return ISO639_3_TO_1[primary] ?? primary
  return null
}
