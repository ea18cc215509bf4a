import { describe, expect, it } from 'vitest'
import type { Quantity } from '../../model/index.js'
import { valueRange, valuesAgree } from './numbers.js'
import { compareTitles, parseTitle } from './titles.js'

describe('compareTitles', () => {
  it.each([
    ['Defense Minister', 'Foreign Minister'],
    ['Finance Minister', 'Minister for Industry and Trade'],
    ['Labour Minister', 'Home Minister'],
    ['Prime Minister', 'Foreign Minister'],
    ['President', 'Prime Minister'],
    ['Vice President', 'President'],
    ['Deputy Foreign Minister', 'Foreign Minister'],
    ['general secretary', 'president'],
    ['Governor', 'Trade Minister'],
    ['Chief District Officer', 'Superintendent of Police'],
    ['District Commissioner', 'Mayor'],
    ['president-director general', 'director general'],
  ])('"%s" and "%s" cannot both be true', (a, b) => {
    const verdict = compareTitles(a, b)
    expect(verdict.compatible).toBe(false)
    expect(verdict.why.length).toBeGreaterThan(0)
  })

  it.each([
    ['EU foreign policy chief', 'High Representative'],
    ['Minister', 'Foreign Minister'],
    ['Japanese counterpart', 'Defense Minister'],
    ['Industry and Trade Minister', 'Minister for Industry and Trade'],
    ['Trade Minister', 'Trade, Investment and Industry Cabinet Secretary'],
    ['trade chief', 'Cabinet Secretary for Trade, Investment and Industry'],
    ['Defence Secretary', 'Defense Minister'],
    ['Secretary of State', 'top diplomat'],
    ['Chairman', 'chief'],
    ['Chairman', 'chief executive'],
    ['former Prime Minister', 'Foreign Minister'],
    ['governor-elect', 'candidate'],
    ['president-director general of Norvel', 'Norvel chief executive'],
    ['PDG', 'CEO'],
    ['Président-directeur général', 'chief executive officer'],
    ['Chief District Officer', 'district officer'],
    ['Senior Superintendent', 'police superintendent'],
  ])('"%s" and "%s" are compatible', (a, b) => {
    expect(compareTitles(a, b).compatible).toBe(true)
  })

  it('reads portfolios, ranks and past offices', () => {
    const t = parseTitle('Deputy Defence Minister')
    expect(t.family).toBe('cabinet')
    expect([...t.portfolios]).toEqual(['defense'])
    expect(t.rank).toBe('deputy')
    expect(parseTitle('former mayor').notCurrent).toBe(true)
    expect(parseTitle('counterpart').family).toBe('generic')
  })
})

const q = (text: string, value: number, hedge: Quantity['hedge'] = null, unit = 'USD'): Quantity => ({
  start: 0,
  end: text.length,
  text,
  value,
  unit,
  hedge,
  rule: 'test',
})

describe('valuesAgree', () => {
  it('allows rounding and hedges', () => {
    expect(valuesAgree(q('nearly $60 billion', 60e9, 'nearly'), q('$58.5 billion', 58.5e9))).toBe(true)
    expect(valuesAgree(q('$1.5 billion', 1.5e9), q('$1.46 billion', 1.46e9))).toBe(true)
    expect(valuesAgree(q('more than 300', 300, 'more-than', 'truck'), q('318', 318, null, 'truck'))).toBe(
      true,
    )
    expect(
      valuesAgree(
        q('about 48,000 tonnes', 48000, 'approximately', 't'),
        q('47,600 tonnes', 47600, null, 't'),
      ),
    ).toBe(true)
    expect(valuesAgree(q('48,000 tonnes', 48000, null, 't'), q('47,600 tonnes', 47600, null, 't'))).toBe(true)
  })
  it('flags values beyond rounding and hedges', () => {
    expect(valuesAgree(q('$3 billion', 3e9), q('$5 billion', 5e9))).toBe(false)
    expect(valuesAgree(q('19', 19, null, ''), q('29', 29, null, ''))).toBe(false)
    expect(valuesAgree(q('60 people', 60, null, 'people'), q('58 people', 58, null, 'people'))).toBe(false)
    expect(valuesAgree(q('at least 200', 200, 'at-least', 'worker'), q('150', 150, null, 'worker'))).toBe(
      false,
    )
  })
  it('gives the range a hedge allows', () => {
    expect(valueRange(q('up to 90 days', 90, 'up-to', 'day'))).toEqual({
      lo: Number.NEGATIVE_INFINITY,
      hi: 90,
    })
    const nearly = valueRange(q('nearly $60 billion', 60e9, 'nearly'))
    expect(nearly.hi).toBe(60e9)
    expect(nearly.lo).toBeCloseTo(54e9)
  })
})
