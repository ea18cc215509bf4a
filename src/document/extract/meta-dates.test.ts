import { describe, expect, it } from 'vitest'
import { datesFromMetaLines } from './meta-dates.js'

const now = new Date('2025-08-01T00:00:00Z')

describe('datesFromMetaLines', () => {
  it('reads a full date, keeping a stated time and offset', () => {
    expect(datesFromMetaLines(['Published 5 March 2025'], now).published?.value).toBe('2025-03-05')
    expect(datesFromMetaLines(['March 4, 2025 3:47 PM GMT+3'], now).published?.value).toBe(
      '2025-03-04T15:47:00+03:00',
    )
  })

  it('keeps published and modified apart', () => {
    const dates = datesFromMetaLines(['Published 5 March 2025', 'Updated: 6 March 2025 10:00 GMT'], now)
    expect(dates.published?.value).toBe('2025-03-05')
    expect(dates.modified?.value).toBe('2025-03-06T10:00:00+00:00')
  })

  it('ignores partial, future and implausibly old dates', () => {
    expect(datesFromMetaLines(['Posted on Friday', 'Published 5 March'], now).published).toBeNull()
    expect(datesFromMetaLines(['Published 5 March 2031'], now).published).toBeNull()
    expect(datesFromMetaLines(['Published 5 March 1971'], now).published).toBeNull()
  })

  it('reads a dotted numeric date day first, with its time', () => {
    const line = '17.03.2025, 09:40 | Politics | Views: 1,204'
    expect(datesFromMetaLines([line], now).published).toEqual({
      value: '2025-03-17T09:40:00',
      signal: 'text:meta-line',
      confidence: 0.8,
      raw: line,
    })
    // By the dotted convention, 03.04.2025 is 3 April (chrono alone reads March 4), with less confidence.
    const dotted = datesFromMetaLines(['03.04.2025'], now).published
    expect(dotted?.value).toBe('2025-04-03')
    expect(dotted?.confidence).toBeLessThan(0.8)
    expect(dotted?.confidence).toBeGreaterThan(0.6)
    expect(datesFromMetaLines(['4.3.2025 18:05'], now).published?.value).toBe('2025-03-04T18:05:00')
  })

  it('refuses an impossible dotted date and reads a month-first one by its day', () => {
    expect(datesFromMetaLines(['31.02.2025'], now).published).toBeNull()
    expect(datesFromMetaLines(['03.17.2025'], now).published?.value).toBe('2025-03-17')
    expect(datesFromMetaLines(['17.03.2031'], now).published).toBeNull()
  })

  it('reads a slashed date with a 24-hour time day first', () => {
    // Unambiguous: the first number is above 12.
    expect(datesFromMetaLines(['22/06/2025 - 07:45'], now).published).toMatchObject({
      value: '2025-06-22T07:45:00',
      confidence: 0.8,
    })
    // Both 12 or less: the 24-hour clock marks the day-first (European) form, with less confidence.
    const both = datesFromMetaLines(['03/04/2025 - 18:05 | By Jane Doe'], now).published
    expect(both?.value).toBe('2025-04-03T18:05:00')
    expect(both?.confidence).toBeLessThan(0.7)
    expect(both?.confidence).toBeGreaterThan(0.6)
    expect(datesFromMetaLines(['03/04/2025, 09:40'], now).published?.value).toBe('2025-04-03T09:40:00')
  })

  it('leaves a slashed date with a 12-hour time, or a month-first one, to the month-first reading', () => {
    expect(datesFromMetaLines(['03/04/2025 08:12 PM'], now).published?.value).toBe('2025-03-04T20:12:00')
    expect(datesFromMetaLines(['03/17/2025 - 09:40'], now).published?.value).toBe('2025-03-17T09:40:00')
    expect(datesFromMetaLines(['31/02/2025 - 09:40'], now).published?.value).not.toBe('2025-02-31T09:40:00')
  })

  it('reads the publication date and its update stamp from one line', () => {
    const dates = datesFromMetaLines(['2025-06-20 21:14 UTC | Updated 2025-06-21 06:02 UTC'], now)
    expect(dates.published?.value).toBe('2025-06-20T21:14:00+00:00')
    expect(dates.modified?.value).toBe('2025-06-21T06:02:00+00:00')
    const dashed = datesFromMetaLines(['Friday, 20 June 2025 - Updated 21 June 2025'], now)
    expect([dashed.published?.value, dashed.modified?.value]).toEqual(['2025-06-20', '2025-06-21'])
    // An update stamp alone is the modification date only.
    expect(datesFromMetaLines(['Updated 21 June 2025'], now).published).toBeNull()
  })

  it('takes no date from a relative stamp', () => {
    const dates = datesFromMetaLines(['Written by Staff | Updated 2 hours ago', 'Posted yesterday'], now)
    expect(dates).toEqual({ published: null, modified: null })
  })

  it('lowers confidence when day and month could be swapped', () => {
    expect(datesFromMetaLines(['Published: 03/04/2025'], now).published?.confidence).toBeLessThan(0.8)
  })
})
