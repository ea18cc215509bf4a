/**
 * Number compatibility: the range of values a written number allows once its
 * rounding and its hedge are taken into account. "nearly $60 billion" allows
 * 54–60 billion, so "$58.5 billion" agrees with it; "more than 300" allows
 * anything above 300, so "318" agrees too.
 */
import type { Hedge, Quantity } from '../../model/index.js'

/** Options of {@link valueRange}. */
export interface NumberOptions {
  /**
   * Relative margin of "about", "roughly", "around" (default 0.1): a hedged
   * number stands for anything within 10% of it.
   */
  approximateMargin?: number
  /** How far below its value "nearly" or "almost" may fall, relative (default 0.1). */
  nearlyMargin?: number
  /**
   * Values from which a number ending in zeros counts as rounded (default
   * 1000): "48,000 tonnes" stands for 47,500–48,500, but "60 people" is a
   * count, not a round figure.
   */
  roundFrom?: number
}

/** Defaults of {@link NumberOptions}. */
export const NUMBER_DEFAULTS: Required<NumberOptions> = {
  approximateMargin: 0.1,
  nearlyMargin: 0.1,
  roundFrom: 1000,
}

/** Closed interval of values. */
export interface Range {
  lo: number
  hi: number
}

const SCALE_WORD = /\d\s*(?:thousand|million|billion|trillion|bn|mn|m|k|tn)\b/i

/**
 * Half the unit of the last written digit, when the number is written rounded:
 * with a scale word ("1.5 billion" → 0.05 billion), or ending in zeros from
 * {@link NumberOptions.roundFrom} up ("48,000" → 500). Zero for exact counts.
 */
export function roundingMargin(q: Quantity, o: Required<NumberOptions> = NUMBER_DEFAULTS): number {
  const literal = /\d[\d,]*(?:\.\d+)?/.exec(q.text)?.[0]
  if (!literal) return 0
  const digits = literal.replace(/,/g, '')
  const written = Number(digits)
  if (!Number.isFinite(written) || written === 0) return 0
  const scale = q.value / written
  const decimals = digits.includes('.') ? (digits.split('.')[1]?.length ?? 0) : 0
  if (SCALE_WORD.test(q.text) || scale >= 1000) {
    return 0.5 * 10 ** -decimals * scale
  }
  if (decimals === 0 && Math.abs(q.value) >= o.roundFrom) {
    const zeros = /0+$/.exec(digits)?.[0].length ?? 0
    return zeros > 0 ? 0.5 * 10 ** zeros : 0
  }
  return 0
}

/** The values a quantity allows, rounding and hedge included. */
export function valueRange(q: Quantity, options: Readonly<NumberOptions> = {}): Range {
  const o = { ...NUMBER_DEFAULTS, ...options }
  const v = q.value
  const r = roundingMargin(q, o)
  const hedge: Hedge | null = q.hedge
  switch (hedge) {
    case 'approximately':
      return {
        lo: v - Math.max(r, Math.abs(v) * o.approximateMargin),
        hi: v + Math.max(r, Math.abs(v) * o.approximateMargin),
      }
    case 'nearly':
      return { lo: v - Math.max(r, Math.abs(v) * o.nearlyMargin), hi: v }
    case 'at-least':
    case 'more-than':
      return { lo: v - r, hi: Number.POSITIVE_INFINITY }
    case 'at-most':
    case 'less-than':
    case 'up-to':
      return { lo: Number.NEGATIVE_INFINITY, hi: v + r }
    default:
      return { lo: v - r, hi: v + r }
  }
}

/** Whether two quantities of one thing can both be right. */
export function valuesAgree(a: Quantity, b: Quantity, options: Readonly<NumberOptions> = {}): boolean {
  const x = valueRange(a, options)
  const y = valueRange(b, options)
  // A small relative epsilon absorbs floating-point noise (1.46e9 vs 1.455e9).
  const eps = 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value), 1)
  return x.lo <= y.hi + eps && y.lo <= x.hi + eps
}
