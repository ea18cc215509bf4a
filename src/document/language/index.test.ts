import { describe, expect, it } from 'vitest'
import { detectLanguage, normaliseLanguageTag } from './index.js'

const samples: Record<string, string> = {
  en: 'The finance ministry said on Tuesday that the budget deficit had narrowed for a third year, helped by higher tax receipts and lower spending on fuel subsidies, which were cut last spring.',
  de: 'Das Finanzministerium teilte am Dienstag mit, dass sich das Haushaltsdefizit zum dritten Mal in Folge verringert habe, unterstützt durch höhere Steuereinnahmen und geringere Ausgaben.',
  fr: "Le ministère des Finances a indiqué mardi que le déficit budgétaire s'était réduit pour la troisième année consécutive, grâce à des recettes fiscales plus élevées et à des dépenses moindres.",
  es: 'El Ministerio de Hacienda informó el martes de que el déficit presupuestario se redujo por tercer año consecutivo, gracias a una mayor recaudación fiscal y a un menor gasto en subsidios.',
  pt: 'O Ministério das Finanças informou na terça-feira que o déficit orçamentário diminuiu pelo terceiro ano consecutivo, ajudado por receitas fiscais mais altas e menores gastos com subsídios.',
  ja: '財務省は火曜日、税収の増加と燃料補助金の削減により、財政赤字が3年連続で縮小したと発表した。政府は来年度も歳出の見直しを続ける方針で、国債の発行額も減らす見通しだ。',
}

describe('detectLanguage', () => {
  for (const [lang, text] of Object.entries(samples)) {
    it(`identifies ${lang}`, () => {
      expect(detectLanguage(text).lang).toBe(lang)
    })
  }

  it('says `und` for text too short to tell, unless the page declares a language', () => {
    expect(detectLanguage('Hello world')).toEqual({ lang: 'und', reason: 'too-short' })
    expect(detectLanguage('Hallo Welt', 'de-DE')).toEqual({ lang: 'de', reason: 'declared' })
  })

  it('lets a long text overrule a wrong declaration', () => {
    expect(detectLanguage(samples.de!.repeat(3), 'en')).toMatchObject({ lang: 'de', reason: 'detected' })
  })

  it('normalises language tags', () => {
    expect(normaliseLanguageTag('en_GB')).toBe('en')
    expect(normaliseLanguageTag('DEU')).toBe('de')
    expect(normaliseLanguageTag('x')).toBeNull()
  })
})
