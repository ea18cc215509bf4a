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
      'Read more: Fearing Peru?\n\nThough not naming Chile, it was over. Analysts said so.',
    )
    expect(mentions.map((m) => m.text)).toEqual(['Peru', 'Chile'])
  })
})

describe('recognizeActors: people not in any dictionary', () => {
  it('finds a person after a capital title and keeps the title as a role', () => {
    const { mentions } = run("Kenya's Interior Minister Wanjiru Njoroge met Prime Minister Haruto Nishikawa.")
    const njoroge = find(mentions, 'Wanjiru Njoroge')
    expect(njoroge?.actor).toEqual({ id: 'person:wanjiru-njoroge', name: 'Wanjiru Njoroge', kind: 'person' })
    expect(njoroge?.rule).toBe('person:title')
    expect(njoroge?.role).toMatchObject({
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
        'Adaeze Eze, 54, a former general, agreed.\n\n' +
        "Nigeria's foreign minister, Tunde Bakare, said the talks went well.",
    )
    expect(find(mentions, 'Mariana Souza')?.role).toMatchObject({
      title: 'finance minister',
      of: 'country:BRA',
      rule: 'apposition',
    })
    expect(find(mentions, 'Adaeze Eze')?.role).toMatchObject({
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
    const text = 'The report was written by K. R. Thandaveswar, Hamid bin Rashad and Tomas Greve.'
    const strict = recognizeActors(text, segment(text, blocksOf(text)), { nameShapeFallback: false })
    expect(people(strict)).toEqual([
      ['K. R. Thandaveswar', 'person:name-shape'],
      ['Hamid bin Rashad', 'person:name-shape'],
    ])
    expect(people(run(text)).map(([t]) => t)).toContain('Tomas Greve')
  })

  it('keeps a Faroese particle and a one-letter surname after it in the name (`við Ó`, `á Lakjuni`)', () => {
    const a = run('Its chairman, Sámal við Ó, said the fleet was ready.')
    expect(people(a)).toEqual([['Sámal við Ó', 'person:apposition']])
    expect(find(a.mentions, 'Sámal við Ó')?.role?.title).toBe('chairman')
    const b = run('HOU chairman Brandur á Lakjuni said the boats would sail.')
    expect(find(b.mentions, 'Brandur á Lakjuni')?.role?.title).toBe('HOU chairman')
    expect(people(run('Eydna í Gerðinum said the harbour was full.'))).toEqual([
      ['Eydna í Gerðinum', 'person:speech-verb'],
    ])
  })

  it('links a capitalised particle opening a sentence before a surname to the full name (`Við Ó`, `Van Dijk`)', () => {
    const a = run('Sámal við Ó, a skipper, said the ruling mattered. Við Ó thanked the lawyers.')
    expect(a.mentions.map((m) => [m.text, m.actor.id, m.rule])).toEqual([
      ['Sámal við Ó', 'person:samal-vid-o', 'person:apposition'],
      ['Við Ó', 'person:samal-vid-o', 'coref:partial-name'],
    ])
    // Mid-sentence, the one-letter surname after its particle links too; a lone letter stays no name.
    const c = run('Sámal við Ó, a skipper, said it. Later, við Ó said the boats were ready.')
    expect(c.mentions.map((m) => [m.text, m.actor.id, m.rule])).toEqual([
      ['Sámal við Ó', 'person:samal-vid-o', 'person:apposition'],
      ['Ó', 'person:samal-vid-o', 'coref:surname'],
    ])
    expect(people(run('Sámal við Ó, a skipper, said it. Later, Ó said more.'))).toEqual([
      ['Sámal við Ó', 'person:apposition'],
    ])
    const b = run('Eva van Dijk, a nurse, said it. Van Dijk left early.')
    expect(find(b.mentions, 'Van Dijk')?.actor.id).toBe(find(b.mentions, 'Eva van Dijk')?.actor.id)
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
    const linked = run('Ngozi Adeyemi spoke to us.\n\nADEYEMI: We will win.')
    expect(linked.mentions.map((m) => [m.text, m.actor.id])).toEqual([
      ['Ngozi Adeyemi', 'person:ngozi-adeyemi'],
      ['ADEYEMI', 'person:ngozi-adeyemi'],
    ])
    expect(people(run('ADEYEMI: We will win.\n\nMBEKI: No, you will not.'))).toEqual([
      ['ADEYEMI', 'person:transcript-label'],
      ['MBEKI', 'person:transcript-label'],
    ])
    // A label is linked by surname only, never by a given name.
    expect(run('Ngozi Adeyemi spoke.\n\nNGOZI: We will win.').mentions.map((m) => m.text)).toEqual([
      'Ngozi Adeyemi',
    ])
    expect(people(run('ADEYEMI: We will win.'))).toEqual([])
    expect(people(run('UPDATE: The vote was delayed.\n\nHOST: Really?'))).toEqual([])
  })

  it('finds a full name inside a longer headline run', () => {
    const { mentions } = run(
      'Ngozi Adeyemi Vows To Fight On\n\nNgozi Adeyemi, the trade minister, said she would appeal.',
    )
    expect(mentions.map((m) => [m.text, m.actor.id, m.rule])).toEqual([
      ['Ngozi Adeyemi', 'person:ngozi-adeyemi', 'coref:name-in-run'],
      ['Ngozi Adeyemi', 'person:ngozi-adeyemi', 'person:apposition'],
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
    const a = run('Finance Minister Lindiwe Zondo spoke.')
    const b = run('"We will pay," Lindiwe Zondo told reporters.')
    expect(a.mentions[0]?.actor.id).toBe('person:lindiwe-zondo')
    expect(b.mentions.find((m) => m.actor.kind === 'person')?.actor.id).toBe('person:lindiwe-zondo')
  })
})

describe('roles as the text states them: qualifiers', () => {
  it('keeps an acronym, an organisation, a place or an adjective before the title, and names the owner', () => {
    const a = run(
      'The Reserve Bank of Lusitania (RBL) held rates. RBL Governor Tomasz Wendt said inflation was easing.',
    )
    const bank = find(a.mentions, 'Reserve Bank of Lusitania')?.actor.id
    expect(bank).toBe('org:reserve-bank-of-lusitania')
    expect(find(a.mentions, 'Tomasz Wendt')?.role).toMatchObject({
      title: 'RBL Governor',
      key: 'governor',
      of: bank,
    })
    const b = run('Dockside Workers Guild president Emeka Obi spoke first.')
    expect(find(b.mentions, 'Emeka Obi')?.role).toMatchObject({
      title: 'Dockside Workers Guild president',
      key: 'president',
      of: 'org:dockside-workers-guild',
    })
    const c = run('Northern Highlands Governor Rui Takeda declared an emergency.')
    expect(find(c.mentions, 'Rui Takeda')?.role).toMatchObject({
      title: 'Northern Highlands Governor',
      key: 'governor',
    })
    const d = run('Reform candidate Mara Velasco won. Opposition spokesperson Luka Farkas conceded.')
    expect(find(d.mentions, 'Mara Velasco')?.role?.title).toBe('Reform candidate')
    expect(find(d.mentions, 'Luka Farkas')?.role?.title).toBe('Opposition spokesperson')
  })

  it('reads a middle initial as part of the name and a capitalised occupation as a surname', () => {
    expect(
      find(run('said Senate Minority Leader Ines M. Varga on Monday.').mentions, 'Ines M. Varga')?.role
        ?.title,
    ).toBe('Senate Minority Leader')
    const list = run('The donors: Morgan Ellery, Scott Farmer, Tony Dunmore and Ruth Baker.')
    expect(list.mentions.map((m) => m.text)).toEqual([
      'Morgan Ellery',
      'Scott Farmer',
      'Tony Dunmore',
      'Ruth Baker',
    ])
    expect(list.mentions.filter((m) => m.role)).toEqual([])
  })

  it('takes no name in a list for the title of the next name, nor a quoted name for a person', () => {
    const list = run('The signers: Ada Brill, Tomas Bishop, Vera Lund and Ivo Marek.')
    expect(list.mentions.filter((m) => m.role)).toEqual([])
    const shows = run(
      'He said so on the “Morning Ledger” show and later on ‘Silver Tides’. Then Ramona Fuchs said so.',
    )
    expect(shows.mentions.map((m) => m.text)).toEqual(['Ramona Fuchs'])
    expect(run('The firm Cosmo Pharmaceuticals ended a merger.').mentions[0]?.actor.kind).toBe('organization')
  })

  it('keeps a party word as a qualifier, and never takes a contraction for a name', () => {
    const { mentions } = run(
      'Some Republican congressman I’ve never met spoke against presumptive Labour nominee Dan Fowler.',
    )
    expect(mentions.map((m) => m.text)).toEqual(['Dan Fowler'])
    expect(mentions[0]?.role?.title).toBe('Labour nominee')
    expect(
      find(run('said Alderman Rosa Quint, whose ward is flooded.').mentions, 'Rosa Quint')?.role?.title,
    ).toBe('Alderman')
  })

  it('keeps coordinated portfolios, leaves the possessive owner out, and gives one key to the word orders', () => {
    const { mentions } = run(
      "Ghana's Fisheries and Ports Minister Ama Owusu met Energy, Mines and Petroleum Cabinet Secretary " +
        'Joy Atieno and Minister for Ports and Fisheries Kofi Boateng.',
    )
    const owusu = find(mentions, 'Ama Owusu')?.role
    const atieno = find(mentions, 'Joy Atieno')?.role
    const boateng = find(mentions, 'Kofi Boateng')?.role
    expect(owusu).toMatchObject({ title: 'Fisheries and Ports Minister', of: 'country:GHA' })
    expect(atieno?.title).toBe('Energy, Mines and Petroleum Cabinet Secretary')
    expect(boateng?.title).toBe('Minister for Ports and Fisheries')
    expect(boateng?.key).toBe(owusu?.key)
    expect(atieno?.key).toBe(roleKey('Cabinet Secretary for Energy, Mines and Petroleum'))
  })

  it('keeps a hyphenated title, and a role written before a rank wins over the rank', () => {
    expect(find(run('Mayor-elect Ines Marwick thanked voters.').mentions, 'Ines Marwick')?.role?.title).toBe(
      'Mayor-elect',
    )
    const rank = run('Disaster agency head Lt. Gen. Arif Rahman said roads were cut.')
    expect(find(rank.mentions, 'Arif Rahman')?.role?.title).toBe('Disaster agency head')
    const former = run(
      'It was signed by former Oregon Gov. Ada Pell and former U.S. Representative Tomas Vey.',
    )
    expect(find(former.mentions, 'Ada Pell')?.role).toMatchObject({
      title: 'former Oregon Gov.',
      key: 'former governor',
    })
    expect(find(former.mentions, 'Tomas Vey')?.role).toMatchObject({
      title: 'former U.S. Representative',
      key: 'former representative',
      of: 'country:USA',
    })
    const gov = run('Former Nevada Gov. Rhea Lind endorsed him.')
    expect(find(gov.mentions, 'Rhea Lind')?.role).toMatchObject({
      title: 'Former Nevada Gov.',
      key: 'former governor',
      of: 'place:nevada',
    })
  })
})

describe('roles as the text states them: complements, appositions, occupations', () => {
  const roleOf = (text: string, name: string) => find(run(text).mentions, name)?.role

  it('keeps the `at`/`of`/`for` complement in the title and its organisation as the owner', () => {
    expect(
      roleOf('said Greta Vogt, chief strategist at Orion Freight Partners.', 'Greta Vogt'),
    ).toMatchObject({
      title: 'chief strategist at Orion Freight Partners',
      key: 'chief strategist',
      of: 'org:orion-freight-partners',
    })
    expect(
      roleOf(
        'Ravi Menon, president of the Association of Inland Fish Processors, said prices fell.',
        'Ravi Menon',
      ),
    ).toMatchObject({
      title: 'president of the Association of Inland Fish Processors',
      of: 'org:association-of-inland-fish-processors',
    })
    expect(
      roleOf(
        'Boats were lost, said Joana Pires, a spokeswoman for the Flood Relief Agency (FRA).',
        'Joana Pires',
      )?.title,
    ).toBe('spokeswoman for the Flood Relief Agency (FRA)')
    expect(
      roleOf('Dario Russo, a former mayor of the hill town of Castelmonte, was elected.', 'Dario Russo')
        ?.title,
    ).toBe('former mayor of the hill town of Castelmonte')
  })

  it('takes `in` an organisation but not `in` a place', () => {
    expect(
      roleOf(
        'Ms. Auma, who is also Deputy Director in the Ministry of Water, said more rigs were coming.',
        'Auma',
      ),
    ).toMatchObject({ title: 'Deputy Director in the Ministry of Water', rule: 'predicative' })
    expect(
      roleOf('Help is slow, said Ana Lima, a nurse in Recife who works nights.', 'Ana Lima')?.title,
    ).toBe('nurse')
  })

  it('reads an apposition before the name that opens after a preposition or holds a list of portfolios', () => {
    const { mentions } = run(
      'The head of the Mbale water office, Grace Auma, said wells were dry. The pact was signed by the Minister ' +
        "for Ports and Fisheries, Kofi Boateng, and Kenya's Cabinet Secretary for Energy, Mines and Petroleum, Joy Atieno.",
    )
    expect(find(mentions, 'Grace Auma')?.role?.title).toBe('head of the Mbale water office')
    expect(find(mentions, 'Kofi Boateng')?.role).toMatchObject({
      title: 'Minister for Ports and Fisheries',
      key: roleKey('Ports and Fisheries Minister'),
    })
    expect(find(mentions, 'Joy Atieno')?.role).toMatchObject({
      title: 'Cabinet Secretary for Energy, Mines and Petroleum',
      of: 'country:KEN',
    })
  })

  it('reads occupations: a table before the name, any agent noun after `a`, never kin or things', () => {
    expect(roleOf('said Tuan Le, 52, a rice farmer in the delta.', 'Tuan Le')?.title).toBe('rice farmer')
    expect(
      roleOf('said Meera Das, a glaciologist at the Himalayan Research Institute.', 'Meera Das'),
    ).toMatchObject({
      title: 'glaciologist at the Himalayan Research Institute',
      key: 'glaciologist',
    })
    // The age is no part of the role.
    expect(
      roleOf('Karim Haddad, a 29-year-old crane operator, said the cranes stopped.', 'Karim Haddad')?.title,
    ).toBe('crane operator')
    expect(roleOf('The yard was empty, said welder Omar Qasim.', 'Omar Qasim')?.title).toBe('welder')
    expect(roleOf('said Nadia Kern, a mother of three.', 'Nadia Kern')).toBeUndefined()
    expect(roleOf('Police found a letter Maria Costa wrote.', 'Maria Costa')).toBeUndefined()
  })
})

describe('roles as the text states them: several per person, descriptions', () => {
  it('links a qualified description to the one person just named, and lists every role on the actor', () => {
    const { mentions, actors } = run(
      'PFA Chairman Daniel Osei opened the meeting. Osei said catches had fallen.\n\n' +
        'The fisheries agency chief said quotas would be cut.',
    )
    const described = mentions.find((m) => m.rule === 'coref:description')
    expect(described).toMatchObject({ text: 'fisheries agency chief', actor: { id: 'person:daniel-osei' } })
    expect(actors.find((a) => a.id === 'person:daniel-osei')?.roles?.map((r) => r.title)).toEqual([
      'PFA Chairman',
      'fisheries agency chief',
    ])
  })

  it('leaves a description alone when two people were just named, or when the offices disagree', () => {
    const two = run(
      'PFA Chairman Daniel Osei met Finance Minister Abena Mensah. Mensah said budgets were tight.\n\n' +
        'The fisheries agency chief said quotas would be cut.',
    )
    expect(two.mentions.filter((m) => m.rule === 'coref:description')).toEqual([])
    const other = run(
      'Senator Lucia Ferro spoke. Ferro said funds were short.\n\nThe federal judge said nothing.',
    )
    expect(other.mentions.filter((m) => m.rule === 'coref:description')).toEqual([])
  })
})

describe('recognizeActors: names joined by `and`/`of`, owners without a suffix, surnames', () => {
  it('keeps two names joined by `and` apart, and one name holding `and` whole', () => {
    const { mentions } = run(
      'Flights linked Fort Albany and West Cove Beach. The Lagos Port Authority and Kenya Ports Authority met ' +
        'at the Sand and Sea Research Institute.',
    )
    expect(mentions.map((m) => [m.text, m.actor.kind])).toEqual([
      ['Fort Albany', 'place'],
      ['West Cove Beach', 'place'],
      ['Lagos Port Authority', 'organization'],
      ['Kenya Ports Authority', 'organization'],
      ['Sand and Sea Research Institute', 'organization'],
    ])
  })

  it('ends a known organisation at `and`, and keeps capitalised nouns after a suffix word in the name', () => {
    expect(run('A survey for Reuters and Lantern Networks found it.').mentions.map((m) => m.text)).toEqual([
      'Reuters',
      'Lantern Networks',
    ])
    expect(
      run('Dedication ceremonies for the Elm Valley Veterans Memorial were held.').mentions,
    ).toMatchObject([{ text: 'Elm Valley Veterans Memorial', actor: { kind: 'place' } }])
  })

  it('does not carry a name past its suffix word into a day or a group', () => {
    const { mentions } = run(
      'The bill, opposed by House Republicans, failed. A debate at the Elm Hill College Saturday drew crowds.',
    )
    expect(mentions.map((m) => m.text)).toEqual(['Elm Hill College'])
  })

  it('keeps a plural possessive inside a name, and never makes a person of an acronym beside name words', () => {
    const a = run("said Rosa Vidal, president of the National Dock Workers' Alliance, on Monday.")
    expect(a.mentions.map((m) => [m.text, m.actor.kind])).toEqual([
      ['Rosa Vidal', 'person'],
      ["National Dock Workers' Alliance", 'organization'],
    ])
    expect(find(a.mentions, 'Rosa Vidal')?.role?.of).toBe('org:national-dock-workers-alliance')
    const b = run('Engineers at KRO Telemetry tracked it. KRO said the orbit was fine.')
    expect(b.mentions.filter((m) => m.actor.kind === 'person')).toEqual([])
  })

  it('knows galleries and museums as organisations and a time zone as no actor', () => {
    const { mentions } = run(
      'Brenner Gallery moved beside the Osei Museum. The vote closes at nine, Eastern Standard Time.',
    )
    expect(mentions.map((m) => [m.text, m.actor.kind])).toEqual([
      ['Brenner Gallery', 'organization'],
      ['Osei Museum', 'organization'],
    ])
  })

  it('starts an organisation after `of` when a person comes before it', () => {
    const { mentions } = run('said Irene Walsh of Kildare University.')
    expect(mentions.map((m) => [m.text, m.actor.kind])).toEqual([
      ['Irene Walsh', 'person'],
      ['Kildare University', 'organization'],
    ])
  })

  it('makes an unknown name or acronym that owns a role an organisation, not a person', () => {
    const { mentions } = run(
      'Orwell Bulk Terminals spokesperson Ada Nwosu said the cranes were idle. KCT spokesperson Ben Oduya agreed.',
    )
    expect(mentions.map((m) => [m.text, m.actor.kind])).toEqual([
      ['Orwell Bulk Terminals', 'organization'],
      ['Ada Nwosu', 'person'],
      ['KCT', 'organization'],
      ['Ben Oduya', 'person'],
    ])
    expect(find(mentions, 'Ben Oduya')?.role?.of).toBe('org:kct')
  })

  it('makes the object of `at` an organisation at once, but never the object of `for`, nor a person named elsewhere', () => {
    const at = run('said Lena Marsh, an economist at Larkspur Holt.')
    expect(find(at.mentions, 'Larkspur Holt')?.actor.kind).toBe('organization')
    expect(find(at.mentions, 'Lena Marsh')?.role).toMatchObject({ key: 'economist', of: 'org:larkspur-holt' })
    const forPerson = run('"We know who they are," said Rick Tyler, a spokesman for Dario Fenn.')
    expect(forPerson.mentions.filter((m) => m.actor.kind === 'organization')).toEqual([])
    const named = run('Ngozi Adeyemi spoke on Monday.\n\nNgozi Adeyemi spokesman Ben Oduya said more.')
    expect(named.mentions.map((m) => m.actor.kind)).toEqual(['person', 'person', 'person'])
  })

  it('links a surname that is the middle word of a longer name, and its possessive', () => {
    const { mentions } = run(
      "Marta Reyna Vidal won the run-off.\n\nReyna said she would govern for all. Reyna's team celebrated.",
    )
    expect(mentions.map((m) => [m.text, m.actor.id])).toEqual([
      ['Marta Reyna Vidal', 'person:marta-reyna-vidal'],
      ['Reyna', 'person:marta-reyna-vidal'],
      ['Reyna', 'person:marta-reyna-vidal'],
    ])
  })

  it('tries a place as a surname when the context makes the whole a person', () => {
    expect(find(run('said Ana Lima, a nurse.').mentions, 'Ana Lima')?.actor.kind).toBe('person')
    expect(run('Ships from Lagos Lima arrived.').mentions.map((m) => m.actor.kind)).toEqual([
      'place',
      'place',
    ])
  })
})

describe('roleKey', () => {
  it('folds spelling and portfolio phrases', () => {
    expect(roleKey('Defence Minister')).toBe('defense minister')
    expect(roleKey('Minister of Foreign Affairs')).toBe('foreign minister')
    expect(roleKey('Secretary of State')).toBe('secretary of state')
    expect(roleKey('former Prime Minister')).toBe('former prime minister')
  })

  it('gives one key to a portfolio before or after the office, its conjuncts in any order', () => {
    const key = roleKey('Minister for Water and Sanitation')
    expect(roleKey('Minister of Water and Sanitation')).toBe(key)
    expect(roleKey('Water and Sanitation Minister')).toBe(key)
    expect(roleKey('Sanitation and Water Minister')).toBe(key)
    expect(roleKey('Water Minister')).not.toBe(key)
    expect(roleKey('Finance Minister')).toBe('finance minister')
    expect(roleKey('Cabinet Secretary for Lands, Housing and Urban Development')).toBe(
      roleKey('Lands, Housing and Urban Development Cabinet Secretary'),
    )
    expect(roleKey('Deputy Minister for Water')).toBe('deputy water minister')
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

describe('recognizeActors: vessels, long organisation names, outlets, ranks', () => {
  const actorOf = (text: string, name: string) => find(run(text).mentions, name)?.actor

  it('takes a name after a vessel word or prefix for a vessel, in every use, and a definite bare name for a thing', () => {
    const ferry = run(
      'The ferry Nordic Lark ran aground on Monday. The Nordic Lark, operated by Baltline Ferries, carried 200 passengers.',
    )
    const lark = ferry.mentions.filter((m) => m.text === 'Nordic Lark')
    expect(lark.map((m) => [m.actor.id, m.actor.kind, m.rule])).toEqual([
      ['org:nordic-lark', 'organization', 'vessel'],
      ['org:nordic-lark', 'organization', 'coref:vessel'],
    ])
    expect(actorOf('The MV Coral Dawn sank near the port.', 'Coral Dawn')?.kind).toBe('organization')
    expect(actorOf('Workers met at the Vironia Star, operated by a local firm.', 'Vironia Star')?.kind).toBe(
      'organization',
    )
    // Without `the`, the same shape is a person.
    expect(actorOf('Vironia Star, a local trader, said prices rose.', 'Vironia Star')?.kind).toBe('person')
  })

  it('reads a long organisation name back from its bracketed acronym and gives both one id', () => {
    const { mentions } = run(
      'The inspection was led by the Federal Commission for the Protection against Sanitary Risks (COFEPRIS). COFEPRIS recalled the batch.',
    )
    const ids = new Set(mentions.filter((m) => /COFEPRIS|Commission/.test(m.text)).map((m) => m.actor.id))
    expect([...ids]).toEqual(['org:cofepris'])
    expect(find(mentions, 'Federal Commission for the Protection against Sanitary Risks')?.rule).toBe(
      'org:acronym-name',
    )
    expect(mentions.some((m) => m.actor.kind === 'person')).toBe(false)
  })

  it('knows outlets and head-first organisation names, but not a quoted show title', () => {
    expect(actorOf('He told Coastline FM that the bridge was safe.', 'Coastline FM')?.kind).toBe(
      'organization',
    )
    expect(
      actorOf('Speaking to Lakeside Online, she said repairs would take weeks.', 'Lakeside Online')?.kind,
    ).toBe('organization')
    expect(run('She appeared on the “Morning Ledger” show.').mentions).toEqual([])
    expect(actorOf('Laboratorios Quetzal said it would appeal.', 'Laboratorios Quetzal')?.kind).toBe(
      'organization',
    )
  })

  it('keeps both the office of an apposition and the rank after it, and reads `Member of Parliament`', () => {
    // The title written before the name is the mention's role; the apposition is its second role (`alsoRole`).
    const captain = run("The tanker's master, Captain Ivo Brandt, said the hull held.")
    expect(find(captain.mentions, 'Ivo Brandt')?.role?.title).toBe('Captain')
    expect(find(captain.mentions, 'Ivo Brandt')?.alsoRole).toMatchObject({
      title: 'master',
      rule: 'apposition',
    })
    expect(captain.actors.find((a) => a.id === 'person:ivo-brandt')?.roles?.map((r) => r.title)).toEqual([
      'Captain',
      'master',
    ])
    const brigadier = run(
      'The commander of Coastal Task Force 12, Brigadier Ross Tolley, said troops would stay.',
    )
    expect(find(brigadier.mentions, 'Ross Tolley')?.role?.title).toBe('Brigadier')
    expect(find(brigadier.mentions, 'Ross Tolley')?.alsoRole?.title).toBe(
      'commander of Coastal Task Force 12',
    )
    expect(brigadier.actors.find((a) => a.id === 'person:ross-tolley')?.roles?.map((r) => r.title)).toEqual([
      'Brigadier',
      'commander of Coastal Task Force 12',
    ])
    const mce = run('The Municipal Chief Executive (MuCE), Kwame Asante, said the roads would reopen.')
    expect(find(mce.mentions, 'Kwame Asante')?.role?.title).toBe('Municipal Chief Executive')
    const mp = run('Member of Parliament Efua Sey and Presiding Member Ama Boateng agreed.')
    expect(find(mp.mentions, 'Efua Sey')?.role?.title).toBe('Member of Parliament')
    expect(find(mp.mentions, 'Ama Boateng')?.role?.title).toBe('Presiding Member')
  })

  it('states a second role at a mention only beside a first, and at that mention only', () => {
    const { mentions, actors } = run(
      'The pumps failed overnight. Its commander, Captain Tomas Vell, said the gallery was unstable. Vell said the shift would wait. Captain Rena Ostrow agreed.',
    )
    const vell = mentions.filter((m) => m.actor.id === 'person:tomas-vell')
    expect(vell.map((m) => [m.text, m.role?.title, m.alsoRole?.title])).toEqual([
      ['Tomas Vell', 'Captain', 'commander'],
      ['Vell', undefined, undefined],
    ])
    expect(actors.find((a) => a.id === 'person:tomas-vell')?.roles?.map((r) => r.title)).toEqual([
      'Captain',
      'commander',
    ])
    // A later description may name the person by the second role.
    const later = run(
      'The commander of Coastal Task Force 12, Brigadier Ross Tolley, inspected the levee. The task force commander said troops would stay.',
    )
    expect(find(later.mentions, 'task force commander')?.actor.id).toBe('person:ross-tolley')
    // One role stated: no second one.
    expect(find(mentions, 'Rena Ostrow')?.role?.title).toBe('Captain')
    expect(find(mentions, 'Rena Ostrow')).not.toHaveProperty('alsoRole')
    // A form of address gives way to the office; the role it implies is the second.
    const cr = find(
      run('The Mayor of Wattle Creek Shire, Cr Ben Aldous, opened the centre.').mentions,
      'Ben Aldous',
    )
    expect(cr?.role?.title).toBe('Mayor of Wattle Creek Shire')
    expect(cr?.alsoRole?.key).toBe('councillor')
  })

  it('states no role for a family or audience member, nor for a count of members', () => {
    const { mentions } = run(
      'A family member of the victim, John Carter, said the water rose fast. An audience member, Mary Tode, left early. The 1.6 million member union backed Ruth Gale.',
    )
    expect(find(mentions, 'John Carter')?.role).toBeUndefined()
    expect(find(mentions, 'Mary Tode')?.role).toBeUndefined()
    expect(find(mentions, 'Ruth Gale')?.role).toBeUndefined()
  })
})

describe('recognizeActors: local titles, forms of address, complements and glosses', () => {
  const roleOf = (text: string, name: string) => find(run(text).mentions, name)?.role

  it('knows conductors, attendants and stewards as occupations, before a name and after it, with a complement', () => {
    expect(
      roleOf('The conductor of the bus, Anil Dorje, was thrown clear when it rolled.', 'Anil Dorje')?.title,
    ).toBe('conductor of the bus')
    expect(
      roleOf('Anil Dorje, the conductor of the night coach, said the driver had stopped.', 'Anil Dorje')
        ?.title,
    ).toBe('conductor of the night coach')
    expect(roleOf('Bus conductor Anil Dorje said the road was shut.', 'Anil Dorje')?.title).toBe(
      'Bus conductor',
    )
    expect(roleOf('Mira Solte, a cabin attendant, helped passengers out.', 'Mira Solte')?.title).toBe(
      'cabin attendant',
    )
    expect(roleOf('The chief steward, Oren Pask, counted the passengers.', 'Oren Pask')?.title).toBe(
      'chief steward',
    )
    // Capitalised, an occupation word may be a surname.
    expect(roleOf('Lena Conductor said the road was shut.', 'Lena Conductor')).toBeUndefined()
  })

  it('knows forecasters, controllers, fitters and local-government titles as role heads', () => {
    expect(
      roleOf('The office expects rain, but senior forecaster Dr Mira Tolland warned of wind.', 'Mira Tolland')
        ?.title,
    ).toBe('senior forecaster')
    expect(
      roleOf('Smoke rose as incident controller Rosa Varga told residents to go.', 'Rosa Varga')?.title,
    ).toBe('incident controller')
    expect(
      roleOf('Rosa Varga, the incident controller for the Pine Ridge fire, said it had grown.', 'Rosa Varga')
        ?.title,
    ).toBe('incident controller for the Pine Ridge fire')
    expect(
      roleOf('The prefect of Arden County, Mr Vasile Orban, called the committee.', 'Vasile Orban'),
    ).toMatchObject({ title: 'prefect of Arden County', of: 'place:arden-county' })
    expect(
      roleOf('Tomas Lerin, a retired fitter from the valley, said the fish died.', 'Tomas Lerin')?.title,
    ).toBe('retired fitter')
  })

  it('reads `Cr`/`Cllr` as a councillor’s form of address outside the name, giving way to an apposition', () => {
    const { mentions, actors } = run(
      '"We have lost homes," the Mayor of Wattle Creek Shire, Cr Ned Harrow, said at the hall. Cllr Ada Lum agreed.',
    )
    expect(find(mentions, 'Ned Harrow')?.role).toMatchObject({
      title: 'Mayor of Wattle Creek Shire',
      of: 'place:wattle-creek-shire',
    })
    expect(actors.find((a) => a.id === 'person:ned-harrow')?.roles?.map((r) => r.key)).toEqual([
      'mayor',
      'councillor',
    ])
    expect(find(mentions, 'Ada Lum')?.role).toMatchObject({ title: 'Cllr', key: 'councillor' })
    expect(mentions.some((m) => /^Cr |^Cllr /.test(m.text))).toBe(false)
  })

  it('keeps an `of` complement of a lower-case title before the name, with its qualifier', () => {
    const { mentions } = run(
      'Oltan Steel chairman of the management board Dana Kuzova said the firm would bid. The bank’s head of research Ola Berg said rates would fall. A member of the public Jane Roe called.',
    )
    expect(find(mentions, 'Dana Kuzova')?.role).toMatchObject({
      title: 'Oltan Steel chairman of the management board',
      key: 'chair of management board',
      of: 'org:oltan-steel',
    })
    expect(find(mentions, 'Ola Berg')?.role?.title).toBe('head of research')
    expect(find(mentions, 'Jane Roe')?.role).toBeUndefined()
    // A name after a noun it is apposed to is that body's; `for` needs an office that takes a portfolio.
    const group = run(
      'Tara Venn, president of the advocacy group Fair Rivers Now, spoke. She is a leader for rural Voters.',
    )
    expect(group.mentions.some((m) => m.role && /Fair Rivers|Voters/.test(m.text))).toBe(false)
  })

  it('keeps a bracketed gloss inside a local title, out of its key', () => {
    const before = roleOf(
      'The hokim (governor) of Zarbel district, Sardor Rakhmonov, said jobs would come.',
      'Sardor Rakhmonov',
    )
    expect(before).toMatchObject({
      title: 'hokim (governor) of Zarbel district',
      key: 'hokim of zarbel district',
    })
    const after = roleOf(
      'Ewa Marczak, the voivode (provincial governor) of Dolnia Province, said so.',
      'Ewa Marczak',
    )
    expect(after?.title).toBe('voivode (provincial governor) of Dolnia Province')
    // With nothing after it, the gloss stays outside the title.
    expect(
      roleOf('Sardor Rakhmonov, the hokim (governor), said jobs would come.', 'Sardor Rakhmonov')?.title,
    ).toBe('hokim')
  })

  it('reads a nationality adjective after a given name as a surname, not before a noun', () => {
    const { mentions } = run(
      "'I have never seen it,' said Dorin Albanian, a retired fitter from the valley. Albanian police came later.",
    )
    expect(find(mentions, 'Dorin Albanian')?.role?.title).toBe('retired fitter')
    expect(mentions.filter((m) => m.actor.kind === 'person').map((m) => m.text)).toEqual(['Dorin Albanian'])
    // A people or faith before the adjective, or an article before the pair, makes no name.
    const people = run('He was a Muslim American who served. Her friend, a fellow Asian Indian, agreed.')
    expect(people.mentions.filter((m) => m.actor.kind === 'person')).toEqual([])
  })

  it('takes no abbreviation alone for a person', () => {
    const { mentions } = run('Jon Salk, a Hollywood, Fla., rabbi, agreed.')
    expect(mentions.some((m) => m.text === 'Fla.' && m.actor.kind === 'person')).toBe(false)
  })

  it('links a bare given name to the one person of that given name, and keeps two such people apart', () => {
    const one = run(
      "'I fished here,' said Petra Jolan, a retired fitter. Later, Petra said the fish were gone.",
    )
    expect(one.mentions.filter((m) => m.text === 'Petra').map((m) => m.actor.id)).toEqual([
      'person:petra-jolan',
    ])
    const two = run('Petra Jolan and Petra Ivas fished here. Petra said the fish were gone.')
    const petra = find(two.mentions, 'Petra')?.actor.id
    expect(petra).not.toBe('person:petra-jolan')
    expect(petra).not.toBe('person:petra-ivas')
  })
})

describe('roles as the text states them: described appositions, compound occupations, two roles, plural owners', () => {
  const roleOf = (text: string, name: string) => {
    const m = find(run(text).mentions, name)
    return [m?.role?.title ?? null, m?.alsoRole?.title ?? null]
  }

  it('reads an indefinite role before the name past where the person is or comes from', () => {
    expect(
      roleOf('A trucker stranded at Millford, Tarvin Dhillon, said he waited.', 'Tarvin Dhillon'),
    ).toEqual(['trucker', null])
    expect(roleOf('A paramedic from Kerrow, Petr Kolář, said crews were ready.', 'Petr Kolář')).toEqual([
      'paramedic',
      null,
    ])
    expect(roleOf('A ward sister in Dunmere, Ilka Novotná, said charts took long.', 'Ilka Novotná')).toEqual([
      'ward sister',
      null,
    ])
    // No role head, a relative clause with a verb, kin alone: no role.
    expect(roleOf('A man in Dunmere, Ilka Novotná, said it.', 'Ilka Novotná')).toEqual([null, null])
    expect(roleOf('A nurse who worked in Dunmere, Ilka Novotná, said it.', 'Ilka Novotná')).toEqual([
      null,
      null,
    ])
    expect(roleOf('His sister, Ilka Novotná, said it.', 'Ilka Novotná')).toEqual([null, null])
  })

  it('reads investigator as a title and a participle inside a lower-case title', () => {
    expect(
      roleOf('Its lead investigator, Jean-Luc Brassard, said it was early.', 'Jean-Luc Brassard'),
    ).toEqual(['lead investigator', null])
    expect(
      roleOf(
        'Brightwater Freight chief operating officer Lena Morrow said the cars were empty.',
        'Lena Morrow',
      ),
    ).toEqual(['Brightwater Freight chief operating officer', null])
  })

  it('keeps a role before the name and an apposition after it as the two roles of the mention', () => {
    expect(
      roleOf(
        'The network’s chief executive, Ilona Dvořáková, a former surgeon, has ruled out paying.',
        'Ilona Dvořáková',
      ),
    ).toEqual(['chief executive', 'former surgeon'])
    expect(
      roleOf('HOU chairman Brandur á Lakjuni, a skipper from Nordvík, said it.', 'Brandur á Lakjuni'),
    ).toEqual(['HOU chairman', 'skipper'])
  })

  it('reads a title owned by an unknown name in the plural possessive', () => {
    expect(
      roleOf(
        "Bluewater Trawlers' chief executive, Eirik Joensen, said the fleet had plans.",
        'Eirik Joensen',
      ),
    ).toEqual(['chief executive', null])
    expect(
      roleOf("On Monday, Bluewater Trawlers' chief executive, Eirik Joensen, said it.", 'Eirik Joensen'),
    ).toEqual(['chief executive', null])
  })
})
