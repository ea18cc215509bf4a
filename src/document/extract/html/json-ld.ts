/**
 * Read schema.org JSON-LD: parse every `<script type="application/ld+json">`
 * leniently, flatten arrays and `@graph`s, and pick the article item.
 */

/** A JSON-LD node (an object with string keys). */
export type LdNode = Record<string, unknown>

/** Article-like schema.org types, most specific first in spirit. */
const ARTICLE_TYPES =
  /^(?:schema:)?(?:Article|NewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle|Review|Recipe|HowTo|MedicalWebPage|Blog|DiscussionForumPosting)$/

/** Listing types: a page whose main item is one of these is not an article. */
const LISTING_TYPES =
  /^(?:schema:)?(?:CollectionPage|ItemList|SearchResultsPage|WebSite|ProfilePage|SiteNavigationElement|BreadcrumbList)$/

/** Parse all JSON-LD script texts into a flat list of nodes. Bad JSON is skipped. */
export function readJsonLd(scripts: readonly string[]): LdNode[] {
  const nodes: LdNode[] = []
  for (const script of scripts) {
    const value = parseLenient(script)
    if (value === undefined) continue
    // Iterative flattening: arrays, `@graph`, and `mainEntity`/`mainEntityOfPage` objects.
    const stack: unknown[] = [value]
    let guard = 0
    while (stack.length > 0 && guard++ < 10_000) {
      const item = stack.pop()
      if (Array.isArray(item)) {
        for (let index = item.length - 1; index >= 0; index--) stack.push(item[index])
      } else if (item !== null && typeof item === 'object') {
        const node = item as LdNode
        nodes.push(node)
        if (node['@graph'] !== undefined) stack.push(node['@graph'])
        const main = node.mainEntity
        if (main !== null && typeof main === 'object') stack.push(main)
      }
    }
  }
  return nodes
}

function parseLenient(text: string): unknown {
  const trimmed = text
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '')
    .trim()
  if (trimmed === '') return undefined
  try {
    return JSON.parse(trimmed)
  } catch {
    // Common breakage: raw control characters (newlines in strings) and trailing commas.
    try {
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'))
    } catch {
      return undefined
    }
  }
}

/** The `@type`s of a node, as strings. */
export function typesOf(node: LdNode): string[] {
  const type = node['@type']
  if (typeof type === 'string') return [type]
  if (Array.isArray(type)) return type.filter((entry): entry is string => typeof entry === 'string')
  return []
}

/** Whether `node` is an article-like item. */
export function isArticleNode(node: LdNode): boolean {
  return typesOf(node).some((type) => ARTICLE_TYPES.test(type))
}

/** Whether `node` is a listing (collection, item list, search page). */
export function isListingNode(node: LdNode): boolean {
  return typesOf(node).some(
    (type) =>
      LISTING_TYPES.test(type) &&
      !/^(?:schema:)?(?:WebSite|BreadcrumbList|SiteNavigationElement)$/.test(type),
  )
}

/**
 * The article node: the first article-typed node, preferring one with a
 * headline or body.
 */
export function articleNode(nodes: readonly LdNode[]): LdNode | null {
  let first: LdNode | null = null
  for (const node of nodes) {
    if (!isArticleNode(node)) continue
    if (typeof node.articleBody === 'string' || typeof node.headline === 'string') return node
    first ??= node
  }
  return first
}

/** A string value of `key` (first of an array; `@value`/`name` of an object), or `null`. */
export function ldString(node: LdNode | null, key: string): string | null {
  if (node === null) return null
  return stringOf(node[key])
}

function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim()
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) {
    for (const entry of value) {
      const text = stringOf(entry)
      if (text !== null) return text
    }
    return null
  }
  if (value !== null && typeof value === 'object') {
    const object = value as LdNode
    return stringOf(object['@value'] ?? object.name)
  }
  return null
}
