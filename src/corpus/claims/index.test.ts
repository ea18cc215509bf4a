import { describe, expect, it } from 'vitest'
import { mini } from '../../../test/corpus/mini.js'
import { extractClaims } from './index.js'

const doc = mini({
  id: 'x',
  blocks: [
    {
      kind: 'caption',
      text: 'Minister Ana Ruiz (L) greets farmers at the Verde cooperative in Lanza on May 3, 2030.',
    },
    { kind: 'heading', text: 'Water rights at stake' },
    'The government of Verdania approved a water-sharing plan on Friday, which gives farmers in the dry south a fixed share of river water.',
    'Will it work?',
    'Ruiz said the plan would not raise prices; critics warned that food prices would climb within months.',
    'The plan, which was drafted in 2029, replaces quotas set by the old water board.',
    'Thanks.',
  ],
  mentions: [
    { text: 'Ana Ruiz', id: 'person:ana-ruiz', title: 'Minister' },
    { text: 'Lanza', id: 'place:lanza', kind: 'place' },
    { text: 'Verdania', id: 'country:verdania', kind: 'country' },
    { text: 'Ruiz', id: 'person:ana-ruiz' },
  ],
  times: [
    { text: 'May 3, 2030', value: '2030-05-03' },
    { text: 'Friday', value: '2030-05-03' },
    { text: '2029', value: '2029' },
  ],
})

describe('extractClaims', () => {
  const claims = extractClaims(doc)
  const texts = claims.map((c) => c.text)

  it('keeps captions as marked evidence and drops headings, questions and fragments', () => {
    expect(claims[0]?.caption).toBe(true)
    expect(claims[0]?.rule).toBe('sentence:caption')
    expect(texts).not.toContain('Water rights at stake')
    expect(texts).not.toContain('Will it work?')
    expect(texts).not.toContain('Thanks.')
  })

  it('splits a trailing relative clause and a semicolon into separate claims, not a parenthetical one', () => {
    expect(texts).toContain('The government of Verdania approved a water-sharing plan on Friday')
    expect(texts).toContain('which gives farmers in the dry south a fixed share of river water.')
    expect(texts).toContain('Ruiz said the plan would not raise prices')
    expect(texts).toContain(
      'The plan, which was drafted in 2029, replaces quotas set by the old water board.',
    )
  })

  it('carries offsets, actors, places, times and negation', () => {
    for (const c of claims) expect(doc.article.text.slice(c.start, c.end)).toBe(c.text)
    const approved = claims.find((c) => c.text.startsWith('The government'))
    expect(approved?.places).toEqual(['country:verdania'])
    expect(approved?.times.map((t) => t.value)).toEqual(['2030-05-03'])
    expect(claims.find((c) => c.text.startsWith('Ruiz said'))?.negated).toBe(true)
    expect(approved?.negated).toBe(false)
    expect(claims[0]?.actors).toEqual(['person:ana-ruiz', 'place:lanza'])
  })

  it('can keep sentences whole', () => {
    const whole = extractClaims(doc, { splitClauses: false }).map((c) => c.text)
    expect(whole).toContain(
      'The government of Verdania approved a water-sharing plan on Friday, which gives farmers in the dry south a fixed share of river water.',
    )
  })
})

describe('clause splitting', () => {
  const split = (...blocks: string[]) => extractClaims(mini({ id: 'c', blocks })).map((c) => c.text)

  it('splits two statements joined by a conjunction, each with its own subject and verb', () => {
    expect(
      split(
        'The river authority will inspect the dams every six months, and a public register will list every inspection.',
      ),
    ).toEqual([
      'The river authority will inspect the dams every six months',
      'a public register will list every inspection.',
    ])
    expect(
      split('The lira was little changed after the decision, while the main bond index rose 0.4%.'),
    ).toEqual(['The lira was little changed after the decision', 'the main bond index rose 0.4%.'])
  })

  it('splits before a subject opened by a content word', () => {
    expect(
      split('The flood destroyed the old bridge at Tarn in March, and entire farms were washed away.'),
    ).toEqual(['The flood destroyed the old bridge at Tarn in March', 'entire farms were washed away.'])
  })

  it('splits a second predicate of the same subject', () => {
    expect(
      split('The ferry left Port Avery at dawn with 40 passengers, and reached the island four hours later.'),
    ).toEqual([
      'The ferry left Port Avery at dawn with 40 passengers',
      'reached the island four hours later.',
    ])
  })

  it('keeps lists of subjects and objects whole', () => {
    const list = 'Farmers from the valley, fishermen from the coast, and the two mayors attended the hearing.'
    expect(split(list)).toEqual([list])
    const objects = 'The council bought new buses, repaired old bridges, and built a ferry terminal.'
    expect(split(objects)).toEqual([objects])
  })

  it('splits a list of participle clauses and a relative clause before a trailing attribution', () => {
    expect(
      split(
        'A storm hit the northern coast on Tuesday, flooding 200 homes in three villages, cutting power to 9,000 households and closing two ports, officials said.',
      ),
    ).toEqual([
      'A storm hit the northern coast on Tuesday',
      'flooding 200 homes in three villages',
      'cutting power to 9,000 households and closing two ports, officials said.',
    ])
    expect(
      split(
        "The council approved the budget on Monday after a long debate, in which opposition members demanded cuts to road spending, the mayor's office said.",
      ),
    ).toEqual([
      'The council approved the budget on Monday after a long debate',
      "in which opposition members demanded cuts to road spending, the mayor's office said.",
    ])
  })

  it('keeps a short statement whose figure is one digit', () => {
    expect(split('She takes office on October 6.')).toEqual(['She takes office on October 6.'])
    expect(split('See page 6.')).toEqual([])
  })

  it('does not split a participle clause followed by more of the main sentence', () => {
    const aside = 'The company, citing weak demand for its trucks, cut 300 jobs at the Lanza plant on Friday.'
    expect(split(aside)).toEqual([aside])
  })
})

describe('one sentence, several facts', () => {
  const split = (...blocks: string[]) => extractClaims(mini({ id: 'f', blocks })).map((c) => c.text)

  it('splits a second predicate of the same subject joined by "and" without a comma', () => {
    expect(
      split('The port authority has opened an inquiry and expects to publish its findings within six weeks.'),
    ).toEqual([
      'The port authority has opened an inquiry',
      'expects to publish its findings within six weeks.',
    ])
    expect(
      split('Grain exports averaged 3.1% a month in spring and slowed to 2.4% in June after the floods.'),
    ).toEqual(['Grain exports averaged 3.1% a month in spring', 'slowed to 2.4% in June after the floods.'])
    expect(
      split('The ministry will hire 400 nurses for next year and open clinics in every coastal district.'),
    ).toEqual(['The ministry will hire 400 nurses for next year', 'open clinics in every coastal district.'])
    expect(
      split(
        'The board asked the builder to repair the seawall by March and to report any new cracks within ten days.',
      ),
    ).toEqual([
      'The board asked the builder to repair the seawall by March',
      'to report any new cracks within ten days.',
    ])
  })

  it('keeps compounds and noun lists after "and" whole', () => {
    const compound = 'Volunteers will coordinate search and rescue operations along the lower river.'
    expect(split(compound)).toEqual([compound])
    const nouns = 'The storm flooded farms and roads across the whole of the southern valley.'
    expect(split(nouns)).toEqual([nouns])
  })

  it('splits reported speech in a trailing relative clause', () => {
    expect(
      split(
        "The strike was called by the dockworkers' union leader, Tomas Brill, who told reporters that pickets would stay until Friday.",
      ),
    ).toEqual([
      "The strike was called by the dockworkers' union leader, Tomas Brill",
      'who told reporters that pickets would stay until Friday.',
    ])
  })

  it('splits a participle clause opened by a preposition, past a list of places', () => {
    expect(
      split(
        'The agency cleared the new ferry for service, after inspecting its hull in dry docks at Oss, Tarn and Wend.',
      ),
    ).toEqual([
      'The agency cleared the new ferry for service',
      'after inspecting its hull in dry docks at Oss, Tarn and Wend.',
    ])
  })

  it('splits a subordinate clause with its own subject and verb, not a phrase', () => {
    expect(
      split('The council approved the new bus fares after 12 of its 30 members walked out of the hall.'),
    ).toEqual(['The council approved the new bus fares', '12 of its 30 members walked out of the hall.'])
    const phrase =
      'The mayor spoke to the press after the meeting that the council had called at short notice.'
    expect(split(phrase)).toEqual([phrase])
    const gerund =
      'The harbour master will inspect the pier before deciding whether the ferries can dock there.'
    expect(split(gerund)).toEqual([gerund])
    const future = 'The plan will be reviewed by the regional board before it is sent to the ministry.'
    expect(split(future)).toEqual([future])
    expect(
      split(
        'The chair called the vote shortly after midnight, when only 12 councillors remained in the hall.',
      ),
    ).toEqual([
      'The chair called the vote shortly after midnight',
      'only 12 councillors remained in the hall.',
    ])
    const when = 'The ferry was sailing home with 300 passengers when it struck a reef off Kell Island.'
    expect(split(when)).toEqual([when])
    const destinations = 'The new money will go to street cleaning and to dredging the harbour channel.'
    expect(split(destinations)).toEqual([destinations])
  })

  it('reads a subject holding a prepositional phrase after ", when"', () => {
    expect(
      split(
        'The regional outage began shortly after dawn, when a fault on a 90-kilovolt cable near Tarn tripped both pumping stations, the utility said.',
      ),
    ).toEqual([
      'The regional outage began shortly after dawn',
      'a fault on a 90-kilovolt cable near Tarn tripped both pumping stations, the utility said.',
    ])
  })

  it('splits a second reported clause after ", and that"', () => {
    expect(
      split(
        'The foreman said the crew had been given food and water through a narrow pipe, and that the air in the flooded lower shaft was still clean.',
      ),
    ).toEqual([
      'The foreman said the crew had been given food and water through a narrow pipe',
      'the air in the flooded lower shaft was still clean.',
    ])
    const noComma = 'The foreman said the pumps had failed and that the crew had been moved.'
    expect(split(noComma)).toEqual([noComma])
  })

  it('splits a relative clause hanging on an appositive noun', () => {
    expect(
      split(
        'The permit covers fishing boats up to 12 metres long, a class for which inspectors have demanded stricter rules since a hull cracked last spring.',
      ),
    ).toEqual([
      'The permit covers fishing boats up to 12 metres long',
      'a class for which inspectors have demanded stricter rules since a hull cracked last spring.',
    ])
  })

  it('splits figures stated in parallel, not a range', () => {
    const drug = mini({
      id: 'd',
      blocks: [
        'The trial drug was 62 percent effective against relapse over a year of treatment and 88 percent effective against admission to hospital.',
        'The permit covers people aged between 16 and 70 in the three northern districts.',
      ],
      quantities: [
        { text: '62 percent', value: 62, unit: 'percent' },
        { text: '88 percent', value: 88, unit: 'percent' },
        { text: '16', value: 16 },
        { text: '70', value: 70 },
      ],
    })
    expect(extractClaims(drug).map((c) => c.text)).toEqual([
      'The trial drug was 62 percent effective against relapse over a year of treatment',
      '88 percent effective against admission to hospital.',
      'The permit covers people aged between 16 and 70 in the three northern districts.',
    ])
  })
})

describe('clauses with subjects of their own', () => {
  const split = (...blocks: string[]) => extractClaims(mini({ id: 'g', blocks })).map((c) => c.text)

  it('splits before a hedged number opening a subject, and a subject with a name in apposition', () => {
    expect(
      split(
        'The Harlan ring road stays closed between Ossey and Tarn, and about 1,400 households in the basin have no water.',
      ),
    ).toEqual([
      'The Harlan ring road stays closed between Ossey and Tarn',
      'about 1,400 households in the basin have no water.',
    ])
    expect(
      split(
        'A colder westerly front is expected overnight, and the region’s transport minister, Ilsa Varga, said lighter winds from Friday would let ferries sail again.',
      ),
    ).toEqual([
      'A colder westerly front is expected overnight',
      'the region’s transport minister, Ilsa Varga, said lighter winds from Friday would let ferries sail again.',
    ])
  })

  it('splits "and" before a modal, not an auxiliary, or before a subject after a clause ending on its verb', () => {
    expect(
      split(
        'The slick was drifting east at about 3km an hour and would be broken up by the swell near the headland.',
      ),
    ).toEqual([
      'The slick was drifting east at about 3km an hour',
      'would be broken up by the swell near the headland.',
    ])
    expect(
      split(
        'Inspectors said a seal on one of the depot’s fuel lines had failed and the diesel had seeped into a storm drain overnight.',
      ),
    ).toEqual([
      'Inspectors said a seal on one of the depot’s fuel lines had failed',
      'the diesel had seeped into a storm drain overnight.',
    ])
    const monitoring =
      'The carrier said it had not withdrawn the older jets from service and was watching the inquiry closely.'
    expect(split(monitoring)).toEqual([monitoring])
    const reported =
      'The agency said 14 evening sailings had been cancelled and that crews had moved the cargo onto other ships.'
    expect(split(reported)).toEqual([reported])
    // A subject after a noun is part of a list of subjects: "the ferry and the barge had collided".
    const pair = 'Harbour officials said the old river ferry and the grain barge had collided near the lock.'
    expect(split(pair)).toEqual([pair])
  })

  it('splits "and" before a bare noun with a tense of its own, not in a reported clause or a list', () => {
    expect(
      split(
        'The coastguard sent two rescue boats to Kelvane Point on Friday evening and police have opened an inquiry into the sinking.',
      ),
    ).toEqual([
      'The coastguard sent two rescue boats to Kelvane Point on Friday evening',
      'police have opened an inquiry into the sinking.',
    ])
    // A reported clause: "farmers and herders" is one subject of "had lost".
    const reported =
      'Officials in Marrow County said local farmers and herders had lost most of their winter feed.'
    expect(split(reported)).toEqual([reported])
    const heard = 'The tribunal heard that growers and packers were paid late for three seasons.'
    expect(split(heard)).toEqual([heard])
    // No tense of its own after the noun: a list of objects.
    const objects = 'The storm flattened barns and fences across the Dellow valley on Sunday.'
    expect(split(objects)).toEqual([objects])
  })

  it('splits an absolute clause with a participle of its own, not a prepositional phrase', () => {
    expect(
      split(
        'The Northern Investment Fund will lend $400 million, with the remainder shared equally between the three partners.',
      ),
    ).toEqual([
      'The Northern Investment Fund will lend $400 million',
      'with the remainder shared equally between the three partners.',
    ])
    expect(
      split(
        'Stranded passengers waited at the ferry terminal for up to two days, some sleeping on benches and running short of water.',
      ),
    ).toEqual([
      'Stranded passengers waited at the ferry terminal for up to two days',
      'some sleeping on benches and running short of water.',
    ])
    const help =
      'Crews rebuilt the footbridge over the creek in four days, with the help of local volunteers.'
    expect(split(help)).toEqual([help])
  })

  it('keeps a short quoted statement, marked as kept for its quote', () => {
    const claims = extractClaims(
      mini({
        id: 'q',
        blocks: ['"It must not happen again," she said.', 'It must not happen again, she said.'],
        quotes: [{ text: 'It must not happen again' }],
      }),
    )
    expect(claims.map((c) => [c.text, c.rule])).toEqual([
      ['"It must not happen again," she said.', 'sentence:quote'],
    ])
  })
})
