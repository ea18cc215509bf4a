/**
 * Tables for numbers and amounts: number words, scale words, currency
 * symbols and words, units, hedges, and what makes a number a label.
 */
import type { Hedge } from '../../../model/index.js'

/** Number words and their values. Tens combine with units ("forty-two"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  'a dozen': 12,
  a: 1,
  an: 1,
}

/**
 * Fractions written as words before a scale or a unit ("half a million",
 * "half a percentage point", "three quarters of a mile", "two and a half
 * hours"), keyed by their words with `of`/`a`/`an` removed. Never before a
 * counted noun ("a third of a century", "half a loaf" are no measures).
 */
export const FRACTIONS: Readonly<Record<string, number>> = {
  half: 0.5,
  'a half': 0.5,
  'one half': 0.5,
  quarter: 0.25,
  'a quarter': 0.25,
  'one quarter': 0.25,
  'three quarters': 0.75,
  third: 1 / 3,
  'a third': 1 / 3,
  'one third': 1 / 3,
  'two thirds': 2 / 3,
}

/** Scale words and abbreviations, lower case ("Bln", "bn", "mln", "k"). */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
  tln: 1e12,
  // South Asian scales: "Tk 3 lakh" is 200,000 taka, "Rs 3 crore" 30 million rupees.
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
}

/** One-letter scales that are only scales after a currency ("$5m"; "40 m" is metres). */
export const CURRENCY_ONLY_SCALES: ReadonlySet<string> = new Set(['m', 'b'])

/** Currency symbols and codes written before the amount, with their ISO 4217 code. */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  US$: 'USD',
  $: 'USD',
  C$: 'CAD',
  A$: 'AUD',
  HK$: 'HKD',
  NZ$: 'NZD',
  S$: 'SGD',
  R$: 'BRL',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  USD: 'USD',
  EUR: 'EUR',
  GBP: 'GBP',
  JPY: 'JPY',
  CNY: 'CNY',
  RMB: 'CNY',
  CHF: 'CHF',
  INR: 'INR',
  // Symbols and abbreviations of the currencies news outside the G7 reports in.
  Rp: 'IDR',
  IDR: 'IDR',
  Tk: 'BDT',
  '৳': 'BDT',
  BDT: 'BDT',
  Rs: 'INR',
  'Rs.': 'INR',
  PKR: 'PKR',
  LKR: 'LKR',
  NPR: 'NPR',
  '₱': 'PHP',
  PHP: 'PHP',
  KSh: 'KES',
  KES: 'KES',
  TSh: 'TZS',
  TZS: 'TZS',
  USh: 'UGX',
  UGX: 'UGX',
  ZAR: 'ZAR',
  '₦': 'NGN',
  NGN: 'NGN',
  '₫': 'VND',
  VND: 'VND',
  '฿': 'THB',
  THB: 'THB',
  RM: 'MYR',
  MYR: 'MYR',
  AED: 'AED',
  SAR: 'SAR',
  'E£': 'EGP',
  EGP: 'EGP',
  NT$: 'TWD',
  MX$: 'MXN',
  MXN: 'MXN',
  BRL: 'BRL',
  '₴': 'UAH',
  UAH: 'UAH',
  '₪': 'ILS',
  ILS: 'ILS',
  '₺': 'TRY',
  // A country prefix glued to a sign ("GH¢", "N$", "TT$") and the signs of
  // currencies of their own. Any other prefix + sign still reads as money,
  // with the symbol as written for its unit (see `currencyCode`).
  'GH¢': 'GHS',
  'GH₵': 'GHS',
  '₵': 'GHS',
  GHS: 'GHS',
  GHC: 'GHS',
  UK$: 'GBP',
  'UK£': 'GBP',
  N$: 'NAD',
  NAD: 'NAD',
  J$: 'JMD',
  JMD: 'JMD',
  TT$: 'TTD',
  TTD: 'TTD',
  EC$: 'XCD',
  XCD: 'XCD',
  BZ$: 'BZD',
  FJ$: 'FJD',
  L$: 'LRD',
  LRD: 'LRD',
  Z$: 'ZWL',
  RD$: 'DOP',
  DOP: 'DOP',
  Bds$: 'BBD',
  'L£': 'LBP',
  LBP: 'LBP',
  'S£': 'SYP',
  '₡': 'CRC',
  '₲': 'PYG',
  '₸': 'KZT',
  '₾': 'GEL',
  '₼': 'AZN',
  '₭': 'LAK',
  '₮': 'MNT',
  '៛': 'KHR',
  R: 'ZAR', // only before a figure with a scale ("R2.5 billion"): see `LETTER_SIGNS`
  // ISO codes, written before the figure; none that is also a common word
  // ("PEN", "MAD", "COP"): codes are matched in any case.
  ZMW: 'ZMW',
  MWK: 'MWK',
  ETB: 'ETB',
  RWF: 'RWF',
  XOF: 'XOF',
  XAF: 'XAF',
  QAR: 'QAR',
  KWD: 'KWD',
  PLN: 'PLN',
  CZK: 'CZK',
  HUF: 'HUF',
  SEK: 'SEK',
  NOK: 'NOK',
  DKK: 'DKK',
  CLP: 'CLP',
  KRW: 'KRW',
  TWD: 'TWD',
  HKD: 'HKD',
  SGD: 'SGD',
  AUD: 'AUD',
  NZD: 'NZD',
  CAD: 'CAD',
}

/**
 * One-letter currency signs ("R2.5 billion" rand): read only before a figure
 * with a scale, as a lone capital before a figure is a label too often
 * ("R2", "K9"). Signs naming several currencies (the kwacha's and kina's
 * "K") are left out: their unit could not be named.
 */
export const LETTER_SIGNS: readonly string[] = ['R']

/**
 * Words before digit groups that make them a phone number ("call 0800 123
 * 456", "WhatsApp us on 055 000 1234"), looked for in the few words before.
 */
export const PHONE_WORDS: ReadonlySet<string> = new Set([
  'call',
  'calls',
  'calling',
  'phone',
  'phones',
  'telephone',
  'tel',
  'tel.',
  'mobile',
  'cell',
  'whatsapp',
  'sms',
  'text',
  'dial',
  'hotline',
  'helpline',
  'fax',
  'contact',
  'number',
  'on',
])

/** Units written after the amount (lower case) and their canonical name. Longest first when matched. */
export const UNITS: Readonly<Record<string, string>> = {
  '%': 'percent',
  percent: 'percent',
  'per cent': 'percent',
  pct: 'percent',
  'percentage points': 'percentage-point',
  'percentage point': 'percentage-point',
  'basis points': 'basis-point',
  'basis point': 'basis-point',
  bps: 'basis-point',
  bp: 'basis-point',
  dollars: 'USD',
  'us dollars': 'USD',
  dollar: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  yen: 'JPY',
  pounds: 'GBP',
  'pounds sterling': 'GBP',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupees: 'INR',
  won: 'KRW',
  roubles: 'RUB',
  rubles: 'RUB',
  francs: 'CHF',
  rupiah: 'IDR',
  taka: 'BDT',
  naira: 'NGN',
  rand: 'ZAR',
  ringgit: 'MYR',
  baht: 'THB',
  dong: 'VND',
  lira: 'TRY',
  riyals: 'SAR',
  dirhams: 'AED',
  hryvnias: 'UAH',
  shekels: 'ILS',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  jpy: 'JPY',
  cny: 'CNY',
  km: 'km',
  kilometres: 'km',
  kilometers: 'km',
  kilometre: 'km',
  kilometer: 'km',
  'sq km': 'km2',
  'square kilometres': 'km2',
  'square kilometers': 'km2',
  'square miles': 'mi2',
  miles: 'mi',
  mile: 'mi',
  metres: 'm',
  meters: 'm',
  metre: 'm',
  meter: 'm',
  feet: 'ft',
  foot: 'ft',
  ft: 'ft',
  centimetres: 'cm',
  centimeters: 'cm',
  cm: 'cm',
  millimetres: 'mm',
  millimeters: 'mm',
  mm: 'mm',
  kg: 'kg',
  kilograms: 'kg',
  kilogram: 'kg',
  lb: 'lb',
  lbs: 'lb',
  tonnes: 't',
  tonne: 't',
  tons: 't',
  ton: 't',
  'metric tons': 't',
  hectares: 'ha',
  hectare: 'ha',
  acres: 'acre',
  acre: 'acre',
  barrels: 'barrel',
  barrel: 'barrel',
  bpd: 'barrel-per-day',
  mph: 'mph',
  'km/h': 'km/h',
  kph: 'km/h',
  knots: 'knot',
  degrees: 'degree',
  '°c': 'celsius',
  '°f': 'fahrenheit',
  litres: 'l',
  liters: 'l',
  gallons: 'gal',
  mw: 'MW',
  gw: 'GW',
  kw: 'kW',
  twh: 'TWh',
  gwh: 'GWh',
  mwh: 'MWh',
  years: 'year',
  year: 'year',
  months: 'month',
  month: 'month',
  weeks: 'week',
  week: 'week',
  days: 'day',
  day: 'day',
  hours: 'hour',
  hour: 'hour',
  minutes: 'minute',
  minute: 'minute',
  seconds: 'second',
  second: 'second',
  decades: 'decade',
  decade: 'decade',
  magnitude: 'magnitude', // "a 6.1 magnitude quake"
  fold: 'times', // "three-fold", "tenfold"
}

/** Units written before the number ("a magnitude 5.8 tremor", "magnitude-5.1"). */
export const PREFIX_UNITS: Readonly<Record<string, string>> = {
  magnitude: 'magnitude',
}

/**
 * Words after a bare number and before a currency word that make it an
 * exchange rate ("84 per dollar", "32.4 to the dollar"): the unit is
 * `per-<code>`.
 */
export const RATE_JOINERS: readonly string[] = ['per', 'to the', 'against the', 'a']

/**
 * Units with a comparable base unit: `normalized = value × factor (+ offset)`
 * in `base`, so that "2,470 kg" and "nearly 2.5 tonnes", "50 basis points"
 * and "half a percentage point", "90 days" and "three months" can
 * be compared. SI bases where there is one; rate differences in basis
 * points; a month is a mean Gregorian month (30.436875 days), a year 365.2425
 * days. Currencies are not converted (no rates here); counted nouns have no
 * base.
 */
export const UNIT_BASES: Readonly<Record<string, { base: string; factor: number; offset?: number }>> = {
  m: { base: 'm', factor: 1 },
  km: { base: 'm', factor: 1000 },
  cm: { base: 'm', factor: 0.01 },
  mm: { base: 'm', factor: 0.001 },
  mi: { base: 'm', factor: 1609.344 },
  ft: { base: 'm', factor: 0.3048 },
  km2: { base: 'm2', factor: 1e6 },
  mi2: { base: 'm2', factor: 2_589_988.110336 },
  ha: { base: 'm2', factor: 1e4 },
  acre: { base: 'm2', factor: 4046.8564224 },
  kg: { base: 'kg', factor: 1 },
  t: { base: 'kg', factor: 1000 },
  lb: { base: 'kg', factor: 0.45359237 },
  l: { base: 'l', factor: 1 },
  gal: { base: 'l', factor: 3.785411784 },
  'km/h': { base: 'km/h', factor: 1 },
  mph: { base: 'km/h', factor: 1.609344 },
  knot: { base: 'km/h', factor: 1.852 },
  kW: { base: 'W', factor: 1e3 },
  MW: { base: 'W', factor: 1e6 },
  GW: { base: 'W', factor: 1e9 },
  MWh: { base: 'Wh', factor: 1e6 },
  GWh: { base: 'Wh', factor: 1e9 },
  TWh: { base: 'Wh', factor: 1e12 },
  celsius: { base: 'celsius', factor: 1 },
  fahrenheit: { base: 'celsius', factor: 5 / 9, offset: -32 * (5 / 9) },
  'percentage-point': { base: 'basis-point', factor: 100 },
  'basis-point': { base: 'basis-point', factor: 1 },
  second: { base: 'second', factor: 1 },
  minute: { base: 'second', factor: 60 },
  hour: { base: 'second', factor: 3600 },
  day: { base: 'second', factor: 86_400 },
  week: { base: 'second', factor: 604_800 },
  month: { base: 'second', factor: 2_629_746 },
  year: { base: 'second', factor: 31_556_952 },
  decade: { base: 'second', factor: 315_569_520 },
}

/**
 * Units that are durations: after them, `ago` makes the phrase a date ("three
 * days ago" is the time annotator's). Before `before`/`after`/`later` they
 * stay quantities: "about 12 minutes after takeoff" states an interval two
 * reports can disagree on.
 */
export const DURATION_UNITS: ReadonlySet<string> = new Set([
  'year',
  'month',
  'week',
  'day',
  'hour',
  'minute',
  'second',
  'decade',
])

/** Hedge phrases (lower case) written before a quantity, and what they mean. */
export const HEDGES: Readonly<Record<string, Hedge>> = {
  nearly: 'nearly',
  almost: 'nearly',
  'close to': 'nearly',
  'just under': 'nearly',
  'just shy of': 'nearly',
  'not quite': 'nearly',
  about: 'approximately',
  around: 'approximately',
  roughly: 'approximately',
  approximately: 'approximately',
  'approx.': 'approximately',
  some: 'approximately',
  'an estimated': 'approximately',
  estimated: 'approximately',
  circa: 'approximately',
  'ca.': 'approximately',
  '~': 'approximately',
  'at least': 'at-least',
  'no fewer than': 'at-least',
  'no less than': 'at-least',
  'a minimum of': 'at-least',
  'at most': 'at-most',
  'no more than': 'at-most',
  'a maximum of': 'at-most',
  'more than': 'more-than',
  over: 'more-than',
  above: 'more-than',
  'in excess of': 'more-than',
  'upwards of': 'more-than',
  'just over': 'more-than',
  near: 'approximately', // "trading near 84 per dollar"
  'in the region of': 'approximately',
  'less than': 'less-than',
  'fewer than': 'less-than',
  under: 'less-than',
  below: 'less-than',
  'up to': 'up-to',
  'as many as': 'up-to',
  'as much as': 'up-to',
}

/** Words before a number that make it a label, not a quantity ("No. 10", "Article 5", "Flight 17"). */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'no',
  'no.',
  'nos.',
  'number',
  'article',
  'articles',
  'section',
  'chapter',
  'resolution',
  'flight',
  'route',
  'page',
  'pages',
  'room',
  'highway',
  'bill',
  'amendment',
  'item',
  'line',
  'gate',
  'terminal',
  'platform',
  'level',
  'phase',
  'grade',
  'stage',
  'category',
  'version',
  'model',
  'season',
  'episode',
  'part',
  'vol.',
  'volume',
  'act',
  'rule',
  'paragraph',
  'game',
  'round',
  'district',
  'unit',
  'channel',
  'squad',
  'group',
  'top',
  'covid',
  'g',
])

/** Month names and abbreviations: a number next to one is a date. */
export const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i

/** Counted nouns that stay plural as units (news counts "people" and "troops", not "person" and "troop"). */
export const PLURAL_UNITS: ReadonlySet<string> = new Set([
  'people',
  'troops',
  'police',
  'personnel',
  'staff',
  'cattle',
  'livestock',
  'media',
  'data',
  'news',
  'arms',
  'series',
  'species',
  'headquarters',
])

/** Irregular plurals. */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  children: 'child',
  men: 'man',
  women: 'woman',
  mice: 'mouse',
  geese: 'goose',
  teeth: 'tooth',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  leaves: 'leaf',
  thieves: 'thief',
  halves: 'half',
}

/**
 * Words right before a number word standing alone that make it a count of
 * people or things named before: "the other eight", "the last five", "the
 * remaining four", "another two".
 */
export const COUNT_AFTER: ReadonlySet<string> = new Set([
  'other',
  'last',
  'first',
  'remaining',
  'final',
  'another',
  'additional',
  'further',
  'latest',
])

/**
 * Words of change before "from" or "to" that make the number word after them
 * a count's earlier or later level: "up from six", "down from nine", "rose
 * to nine".
 */
export const CHANGE_BEFORE: ReadonlySet<string> = new Set([
  'up',
  'down',
  'rose',
  'risen',
  'rising',
  'rises',
  'climbed',
  'climbing',
  'fell',
  'fallen',
  'falling',
  'dropped',
  'increased',
  'decreased',
  'jumped',
  'grew',
  'grown',
  'declined',
])

/**
 * Words after "of" that make a number word before it a partitive count
 * ("two of the dead", "nine of them", "three of its crew"). A figure after
 * "of" does too ("nine of 14").
 */
export const PARTITIVE_AFTER_OF: ReadonlySet<string> = new Set([
  'the',
  'them',
  'those',
  'these',
  'us',
  'whom',
  'which',
  'its',
  'their',
  'his',
  'her',
  'our',
])

/**
 * Words right before a number word that heads its own subject ("all five
 * were", "and two are", "the three said"): with a verb after it, the number
 * word is a count. The sentence's first word needs no such word ("Five are
 * still missing").
 */
export const SUBJECT_AFTER: ReadonlySet<string> = new Set([
  'the',
  'all',
  'and',
  'but',
  'while',
  'whereas',
  'only',
  'just',
  'these',
  'those',
  ',',
  ';',
  ':',
  '—',
  '–',
  '(',
])

/** Words after a number that make it something else: a time ("5 p.m."), an age ("aged 5"). */
export const NOT_AFTER: ReadonlySet<string> = new Set([
  'a.m.',
  'p.m.',
  'am',
  'pm',
  'a.m',
  'p.m',
  'gmt',
  'utc',
  'bst',
  'est',
  'edt',
  'cet',
  'jst',
])
