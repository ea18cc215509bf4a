import { describe, expect, it } from 'vitest'
import { chooseSource, domainOf, fileStem, normaliseGivenDate, outletFromStem } from './source.js'

describe('chooseSource', () => {
  it('prefers the record, then --source, then page metadata, then the domain, then the file name', () => {
    const all = {
      record: 'Rec',
      option: 'Opt',
      siteName: 'Site',
      url: 'https://www.x.example/a',
      input: 'd/f.txt',
    }
    expect(chooseSource(all)).toEqual({ source: 'Rec', origin: 'metadata' })
    expect(chooseSource({ ...all, record: undefined })).toEqual({ source: 'Opt', origin: 'option' })
    expect(chooseSource({ ...all, record: undefined, option: undefined })).toEqual({
      source: 'Site',
      origin: 'metadata',
    })
    expect(chooseSource({ input: 'd/f.txt', url: 'https://www.x.example/a' })).toEqual({
      source: 'x.example',
      origin: 'url',
    })
    expect(chooseSource({ input: 'd/coastal-herald.txt' })).toEqual({
      source: 'Coastal Herald',
      origin: 'filename',
    })
  })

  it('reads domains and file stems', () => {
    expect(domainOf('https://m.news.example.co.uk/x')).toBe('news.example.co.uk')
    expect(domainOf('not a url')).toBeNull()
    expect(fileStem('a/b/feed.jsonl#L3')).toBe('feed')
    expect(fileStem('-')).toBe('stdin')
    expect(outletFromStem('000_2f5da3')).toBe('000_2f5da3')
  })
})

describe('normaliseGivenDate', () => {
  const now = new Date('2025-06-01T00:00:00Z')
  it('keeps ISO values with their offset and converts RFC 2822', () => {
    expect(normaliseGivenDate('2024-11-01', now)).toEqual({ value: '2024-11-01' })
    expect(normaliseGivenDate('2024-11-01T09:30:00+09:00', now)).toEqual({
      value: '2024-11-01T09:30:00+09:00',
    })
    expect(normaliseGivenDate('Fri, 01 Nov 2024 10:00:00 GMT', now)).toEqual({
      value: '2024-11-01T10:00:00Z',
    })
  })
  it('rejects future, pre-1990 and unreadable dates', () => {
    expect(normaliseGivenDate('2030-01-01', now)).toHaveProperty('rejected')
    expect(normaliseGivenDate('1985-01-01', now)).toHaveProperty('rejected')
    expect(normaliseGivenDate('soon', now)).toHaveProperty('rejected')
  })
})
