import { describe, expect, it } from 'vitest'
import type { Block, Mention } from '../../../model/index.js'
import { segment } from '../../segment/index.js'
import { countryOf, recognizeActors, roleKey } from './index.js'

/** Paragraph blocks of a text whose paragraphs are separated by blank lines. */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = []
  let start = 0
  for (const part of text.split('\n\n')) {
    blocks.push({ kind: 'paragraph', start, end: start + part.length })
    start += part.length + 2
  }
  return blocks
}

function run(text: string) {
  return recognizeActors(text, segment(text, blocksOf(text)))
}

function find(mentions: Mention[], text: string): Mention | undefined {
  return mentions.find((m) => m.text === text)
}

describe('recognizeActors: gazetteer', () => {
  it('links aliases of one country to one id across documents', () => {
    const a = run('The DPRK fired a missile. Officials in the UK and the U.S. condemned it.')
    const b = run('North Korea fired a missile. Britain and the United States condemned it.')
    const ids = (r: ReturnType<typeof run>) => r.mentions.map((m) => m.actor.id)
    expect(ids(a)).toEqual(['country:PRK', 'country:GBR', 'country:USA'])
    expect(ids(b)).toEqual(ids(a))
    expect(find(a.mentions, 'DPRK')?.rule).toBe('gazetteer:country')
  })

  it('knows organisations, regions and capitals, and their country', () => {
    const { mentions } = run('The European Union and NATO met in Pyongyang and Tokyo near the Taiwan Strait.')
    expect(mentions.map((m) => [m.text, m.actor.id, m.actor.kind])).toEqual([
      ['European Union', 'org:eu', 'organization'],
      ['NATO', 'org:nato', 'organization'],
      ['Pyongyang', 'place:pyongyang', 'place'],
      ['Tokyo', 'place:tokyo', 'place'],
      ['Taiwan Strait', 'place:taiwan-strait', 'place'],
    ])
    expect(countryOf('place:pyongyang')).toBe('country:PRK')
    expect(countryOf('country:JPN')).toBe('country:JPN')
  })

  it('matches acronyms only in capitals (`US` yes, `us` no)', () => {
    const { mentions } = run('Let us hope the US and the EU agree.')
    expect(mentions.map((m) => m.text)).toEqual(['US', 'EU'])
  })

  it('excludes the possessive from the span and splits hyphenated pairs', () => {
    const text = "Japan's envoy praised the EU-Japan accord and Nato’s plan."
    const { mentions } = run(text)
    expect(mentions.map((m) => m.text)).toEqual(['Japan', 'EU', 'Japan', 'Nato'])
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
  })

  it('rejects a sentence-initial common word and junk lines', () => {
    const { mentions } = run(
      'Read more: Targeting Peru?\n\nThough not naming Chile, it was over. Analysts said so.',
    )
    expect(mentions.map((m) => m.text)).toEqual(['Peru', 'Chile'])
  })
})

describe('recognizeActors: people not in any dictionary', () => {
  it('finds a person after a capital title and keeps the title as a role', () => {
    const { mentions } = run("Kenya's Interior Minister Wanjiru Kamau met Prime Minister Haruto Nishikawa.")
    const kamau = find(mentions, 'Wanjiru Kamau')
    expect(kamau?.actor).toEqual({ id: 'person:wanjiru-kamau', name: 'Wanjiru Kamau', kind: 'person' })
    expect(kamau?.rule).toBe('person:title')
    expect(kamau?.role).toMatchObject({
      title: 'Interior Minister',
      key: 'interior minister',
      of: 'country:KEN',
    })
    expect(find(mentions, 'Haruto Nishikawa')?.role).toMatchObject({
      title: 'Prime Minister',
      key: 'prime minister',
    })
  })

  it('keeps an attributive qualifier in the title and uses it as the owner', () => {
    const { mentions } = run('EU trade chief Ilse Vandermeer and Indonesian President Bayu Santoso spoke.')
    expect(find(mentions, 'Ilse Vandermeer')?.role).toMatchObject({
      title: 'EU trade chief',
      key: 'trade chief',
      of: 'org:eu',
      rule: 'premodifier',
    })
    expect(find(mentions, 'Bayu Santoso')?.role).toMatchObject({
      title: 'Indonesian President',
      of: 'country:IDN',
    })
  })

  it('reads a counterpart role from a possessive pronoun and a nationality adjective', () => {
    const { mentions } = run('Santoso met his Malaysian counterpart Farid Rahman in Jakarta.')
    expect(find(mentions, 'Farid Rahman')?.role).toMatchObject({
      title: 'Malaysian counterpart',
      key: 'counterpart',
      of: 'country:MYS',
      rule: 'counterpart',
    })
    // Adjectives of nationality are not mentions themselves.
    expect(find(mentions, 'Malaysian')).toBeUndefined()
  })

  it('reads appositions after and before the name, with an age and an anaphoric country', () => {
    const { mentions } = run(
      'Brazil cut spending. Mariana Souza, the country’s finance minister, said so.\n\n' +
        'Adaeze Okafor, 54, a former general, agreed.\n\n' +
        "Nigeria's foreign minister, Tunde Bakare, said the talks went well.",
    )
    expect(find(mentions, 'Mariana Souza')?.role).toMatchObject({
      title: 'finance minister',
      of: 'country:BRA',
      rule: 'apposition',
    })
    expect(find(mentions, 'Adaeze Okafor')?.role).toMatchObject({
      title: 'former general',
      key: 'former general',
    })
    expect(find(mentions, 'Tunde Bakare')?.role).toMatchObject({ key: 'foreign minister', of: 'country:NGA' })
  })

  it('reads a predicative role', () => {
    const { mentions } = run('Kwame Mensah was named foreign minister in 2021.')
    expect(find(mentions, 'Kwame Mensah')?.role).toMatchObject({
      title: 'foreign minister',
      rule: 'predicative',
    })
  })

  it('finds people by honorific and by speech verb', () => {
    const { mentions } = run('Dr. Aiko Tanabe agreed. "It works," said Leilani Kahale.')
    expect(find(mentions, 'Aiko Tanabe')?.rule).toBe('person:honorific')
    expect(find(mentions, 'Leilani Kahale')?.actor.kind).toBe('person')
  })

  it('never makes a person of a bare title, a month or a single letter', () => {
    const { mentions } = run('The Foreign Minister said in May that Defense Minister (R) would resign.')
    expect(mentions.filter((m) => m.actor.kind === 'person')).toEqual([])
  })

  it('does not make an agreement an actor, nor its acronym', () => {
    const { mentions } = run(
      'Chile and Peru signed the Andean Water Sharing Agreement (AWSA) on Friday. The AWSA takes effect in March.',
    )
    expect(mentions.map((m) => m.actor.id)).toEqual(['country:CHL', 'country:PER'])
  })
})

describe('recognizeActors: people from name shapes and context, with no list of people', () => {
  const people = (r: ReturnType<typeof run>) =>
    r.mentions.filter((m) => m.actor.kind === 'person').map((m) => [m.text, m.rule])

  it('finds initials and particles even without the plain name-shape fallback', () => {
    const text = 'The report was written by K. R. Thandaveswar, Ahmad bin Yusuf and Tomas Greve.'
    const strict = recognizeActors(text, segment(text, blocksOf(text)), { nameShapeFallback: false })
    expect(people(strict)).toEqual([
      ['K. R. Thandaveswar', 'person:name-shape'],
      ['Ahmad bin Yusuf', 'person:name-shape'],
    ])
    expect(people(run(text)).map(([t]) => t)).toContain('Tomas Greve')
  })

  it('takes a speech verb after an adverb, a demonym before a speech verb and a place after `Mr.` as surnames', () => {
    expect(people(run('"It is unfair," Adebayo later complained.'))).toEqual([
      ['Adebayo', 'person:speech-verb'],
    ])
    expect(people(run('“We are ready,” Irish said at the rally.'))).toEqual([['Irish', 'person:speech-verb']])
    expect(people(run('Mr. Montana said the vote was fair.'))).toEqual([['Montana', 'person:honorific']])
    // Elsewhere the demonym stays an adjective and the place a place.
    const plain = run('Irish voters went to Montana.')
    expect(people(plain)).toEqual([])
    expect(find(plain.mentions, 'Montana')?.actor.kind).toBe('place')
  })

  it('tries a country as a given name, and keeps it a country without context', () => {
    expect(people(run('Speaking in Lagos, Chad Okoro said the plan would work.'))).toEqual([
      ['Chad Okoro', 'person:speech-verb'],
    ])
    const { mentions } = run('Flights to Jordan Hamdan resumed on Monday.')
    expect(mentions.map((m) => [m.text, m.actor.id])).toEqual([['Jordan', 'country:JOR']])
  })

  it('does not take a present-tense verb after a name for a noun the name modifies', () => {
    expect(people(run('Amara Osei kicks off her campaign on Monday.'))).toEqual([
      ['Amara Osei', 'person:name-shape'],
    ])
    expect(people(run('Gold Star parents met on Monday.'))).toEqual([])
  })

  it('reads transcript speaker labels, linked to a full name or taken as people when there are turns', () => {
    const linked = run('Ngozi Okafor spoke to us.\n\nOKAFOR: We will win.')
    expect(linked.mentions.map((m) => [m.text, m.actor.id])).toEqual([
      ['Ngozi Okafor', 'person:ngozi-okafor'],
      ['OKAFOR', 'person:ngozi-okafor'],
    ])
    expect(people(run('OKAFOR: We will win.\n\nMBEKI: No, you will not.'))).toEqual([
      ['OKAFOR', 'person:transcript-label'],
      ['MBEKI', 'person:transcript-label'],
    ])
    expect(people(run('OKAFOR: We will win.'))).toEqual([])
    expect(people(run('UPDATE: The vote was delayed.\n\nHOST: Really?'))).toEqual([])
  })

  it('finds a full name inside a longer headline run', () => {
    const { mentions } = run(
      'Ngozi Okafor Vows To Fight On\n\nNgozi Okafor, the trade minister, said she would appeal.',
    )
    expect(mentions.map((m) => [m.text, m.actor.id, m.rule])).toEqual([
      ['Ngozi Okafor', 'person:ngozi-okafor', 'coref:name-in-run'],
      ['Ngozi Okafor', 'person:ngozi-okafor', 'person:apposition'],
    ])
  })
})

describe('recognizeActors: organisations and places by their form', () => {
  it('recognises suffixed names and `X of Y` names', () => {
    const { mentions } = run(
      'The Kyoto Institute of Robotics and the Lagos Port Authority met at the Osei Guest House.',
    )
    expect(mentions.map((m) => [m.text, m.actor.kind, m.rule])).toEqual([
      ['Kyoto Institute of Robotics', 'organization', 'org-of'],
      ['Lagos Port Authority', 'organization', 'org-suffix'],
      ['Osei Guest House', 'place', 'place-suffix'],
    ])
  })

  it('qualifies a generic state body with its country, however it is written', () => {
    const a = run("Japan's Foreign Ministry declined to comment.")
    const b = run('The Ministry of Foreign Affairs of Japan declined to comment.')
    const c = run('The Japanese Foreign Ministry declined to comment.')
    const id = (r: ReturnType<typeof run>) =>
      r.mentions.find((m) => m.actor.kind === 'organization')?.actor.id
    expect(id(a)).toBe('org:jpn-foreign-ministry')
    expect(id(b)).toBe('org:jpn-foreign-ministry')
    expect(id(c)).toBe('org:jpn-foreign-ministry')
  })

  it('links an acronym defined in parentheses to its organisation', () => {
    const { mentions } = run('The Pacific Fisheries Council (PFC) met. The PFC set new quotas.')
    const ids = mentions.map((m) => [m.text, m.actor.id, m.rule])
    expect(ids).toEqual([
      ['Pacific Fisheries Council', 'org:pacific-fisheries-council', 'org-suffix'],
      ['PFC', 'org:pacific-fisheries-council', 'acronym-definition'],
      ['PFC', 'org:pacific-fisheries-council', 'coref:acronym'],
    ])
  })

  it('takes an unknown proper noun after `in` as a place', () => {
    const { mentions } = run('Heavy rain hit a village in Qalandiya on Tuesday.')
    expect(find(mentions, 'Qalandiya')).toMatchObject({ actor: { kind: 'place' }, rule: 'place:locative' })
  })
})

describe('recognizeActors: in-document coreference', () => {
  it('links a later bare surname, a possessive and `Mr.` to the full name', () => {
    const text =
      'Foreign Minister Haruto Nishikawa arrived.\n\nNishikawa said talks went well. Mr. Nishikawa’s aide agreed.'
    const { mentions, actors } = run(text)
    const people = mentions.filter((m) => m.actor.kind === 'person')
    expect(people.map((m) => [m.text, m.actor.id, m.rule])).toEqual([
      ['Haruto Nishikawa', 'person:haruto-nishikawa', 'person:title'],
      ['Nishikawa', 'person:haruto-nishikawa', 'coref:surname'],
      ['Nishikawa', 'person:haruto-nishikawa', 'coref:surname'],
    ])
    // The role stated once belongs to the person's actor for the whole article.
    expect(actors.find((a) => a.id === 'person:haruto-nishikawa')?.roles?.map((r) => r.key)).toEqual([
      'foreign minister',
    ])
  })

  it('links a surname that comes before the full name, and a sentence-initial one', () => {
    const { mentions } = run('Okonkwo wins\n\nVoters backed Chinedu Okonkwo on Sunday. Okonkwo thanked them.')
    expect(mentions.map((m) => [m.text, m.actor.id])).toEqual([
      ['Okonkwo', 'person:chinedu-okonkwo'],
      ['Chinedu Okonkwo', 'person:chinedu-okonkwo'],
      ['Okonkwo', 'person:chinedu-okonkwo'],
    ])
  })

  it('keeps two people with different surnames apart and folds diacritics in ids', () => {
    const { actors, mentions } = run(
      'Foreign Minister Ayşe Yılmazer met Senator Joaquín Ruiz-Aldana. Ruiz-Aldana smiled; Yılmazer left.',
    )
    const people = actors.filter((a) => a.kind === 'person').map((a) => a.id)
    expect(people).toEqual(['person:ayse-yilmazer', 'person:joaquin-ruiz-aldana'])
    expect(mentions.filter((m) => m.rule === 'coref:surname').map((m) => m.actor.id)).toEqual([
      'person:joaquin-ruiz-aldana',
      'person:ayse-yilmazer',
    ])
  })

  it('gives the same person the same id in two documents', () => {
    const a = run('Finance Minister Lindiwe Dlamini spoke.')
    const b = run('"We will pay," Lindiwe Dlamini told reporters.')
    expect(a.mentions[0]?.actor.id).toBe('person:lindiwe-dlamini')
    expect(b.mentions.find((m) => m.actor.kind === 'person')?.actor.id).toBe('person:lindiwe-dlamini')
  })
})

describe('roleKey', () => {
  it('folds spelling and portfolio phrases', () => {
    expect(roleKey('Defence Minister')).toBe('defense minister')
    expect(roleKey('Minister of Foreign Affairs')).toBe('foreign minister')
    expect(roleKey('Secretary of State')).toBe('secretary of state')
    expect(roleKey('former Prime Minister')).toBe('former prime minister')
  })
})

describe('recognizeActors: offsets', () => {
  it('gives every mention and role offsets into the text', () => {
    const text = 'Vice President Amara Diallo of Senegal met UN envoy Kofi Mensah in Dakar.'
    const { mentions } = run(text)
    expect(mentions.length).toBeGreaterThan(3)
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text)
      if (m.role) expect(text.slice(m.role.start, m.role.end)).toBe(m.role.title)
    }
  })
})
