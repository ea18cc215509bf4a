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

  it('lowers confidence when day and month could be swapped', () => {
    expect(datesFromMetaLines(['Published: 03/04/2025'], now).published?.confidence).toBeLessThan(0.8)
  })
})
