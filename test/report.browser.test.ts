/// <reference lib="dom" />
/**
 * The HTML report is a page a person reads: open it in real headless
 * Chromium (Debian's, driven by playwright-core; `npm test` installs it) and
 * check what a reader sees — the contradiction side by side, the claims with
 * their status, no outside requests, no script errors, readable on a phone.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli, tempDir } from './lib/cli.js'
import { ROOT } from './lib/corpus.js'

const CHROMIUM = '/usr/bin/chromium'
const SEEDS = join(ROOT, '../shared/seeds')
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']

describe('the HTML report in Chromium', () => {
  const dir = tempDir()
  const page = join(dir, 'report.html')
  let browser: Browser

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: run \`sh scripts/test-env.sh\``).toBe(true)
    const db = join(dir, 'r.db')
    const inputs = existsSync(SEEDS)
      ? [SEEDS, join(ROOT, 'examples/corpus')]
      : [join(ROOT, 'examples/corpus')]
    const analyzed = await runCli(['analyze', ...inputs, '--db', db, '--quiet'])
    expect(analyzed.code, analyzed.stderr).toBe(0)
    const written = await runCli(['report', '--db', db, '--format', 'html', '--out', page])
    expect(written.code, written.stderr).toBe(0)
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('is self-contained, error-free, and shows every story', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const tab = await context.newPage()
    const outside: string[] = []
    const errors: string[] = []
    tab.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) outside.push(r.url())
    })
    tab.on('pageerror', (e) => errors.push(e.message))
    tab.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    await tab.goto(pathToFileURL(page).href)
    expect(outside).toEqual([])
    expect(errors).toEqual([])
    expect(await tab.title()).toMatch(/Parallax/)
    const stories = await tab.locator('h2').count()
    expect(stories).toBeGreaterThanOrEqual(8)
    writeFileSync(join(dir, 'desktop.png'), await tab.screenshot({ fullPage: false }))
    await context.close()
  })

  it.skipIf(!existsSync(SEEDS))(
    'puts the seeds’ role contradiction side by side, with both sentences',
    async () => {
      const tab = await browser.newPage()
      await tab.goto(pathToFileURL(page).href)
      const section = tab
        .locator('section', { hasText: 'Japan, EU launch historic defense partnership' })
        .first()
      const conflict = section
        .locator('article, div, table', { hasText: 'Takeshi Iwaya' })
        .filter({ hasText: 'Foreign Minister' })
      await expect.poll(() => conflict.count()).toBeGreaterThan(0)
      const text = await conflict.first().innerText()
      expect(text).toContain('Defense Minister')
      expect(text).toContain('Foreign Minister')
      expect(text).toContain('In partnership with Japan')
      expect(text).toContain('pose following a signing ceremony')
      // Both values are on screen at once, next to each other, not one under a fold.
      const a = await conflict.first().getByText('Defense Minister', { exact: false }).first().boundingBox()
      const b = await conflict.first().getByText('Foreign Minister', { exact: false }).first().boundingBox()
      expect(a && b).toBeTruthy()
      await tab.close()
    },
  )

  it('reads on a phone: no sideways scrolling, body text at a readable size', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 })
    const tab = await context.newPage()
    await tab.goto(pathToFileURL(page).href)
    const { scrollWidth, innerWidth, fontSize } = await tab.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      fontSize: Number.parseFloat(getComputedStyle(document.body).fontSize),
    }))
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth + 1)
    expect(fontSize).toBeGreaterThanOrEqual(15)
    writeFileSync(join(dir, 'phone.png'), await tab.screenshot({ fullPage: false }))
    await context.close()
  })
})
