/**
 * A small JSON Schema (2020-12) validator for the keywords Parallax's schemas
 * use: type (with arrays of types), const, enum, required, properties, items,
 * minItems, minimum, oneOf, allOf and local `$ref`s into `$defs`. Unknown
 * keywords are rejected, so a schema cannot silently rely on one this
 * validator does not check.
 */

type Schema = Record<string, unknown>

const KNOWN = new Set([
  '$schema',
  '$id',
  '$defs',
  '$ref',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'required',
  'properties',
  'items',
  'minItems',
  'minimum',
  'oneOf',
  'allOf',
])

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

function typeMatches(value: unknown, type: string): boolean {
  const actual = typeOf(value)
  return actual === type || (type === 'number' && actual === 'integer')
}

/**
 * Validate `value` against `schema`.
 *
 * @returns Error messages with JSON paths; empty when valid.
 */
export function validate(schema: Schema, value: unknown): string[] {
  const root = schema
  const errors: string[] = []
  const resolve = (ref: string): Schema => {
    const m = /^#\/\$defs\/(.+)$/.exec(ref)
    const defs = root.$defs as Record<string, Schema> | undefined
    const target = m && defs?.[m[1] as string]
    if (!target) throw new Error(`unresolvable $ref ${ref}`)
    return target
  }
  const check = (s: Schema, v: unknown, path: string, errors: string[]): void => {
    for (const key of Object.keys(s))
      if (!KNOWN.has(key)) throw new Error(`unsupported keyword "${key}" at ${path}`)
    if (typeof s.$ref === 'string') check(resolve(s.$ref), v, path, errors)
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string]
      if (!types.some((t) => typeMatches(v, t))) {
        errors.push(`${path}: expected ${types.join(' or ')}, got ${typeOf(v)}`)
        return
      }
    }
    if ('const' in s && v !== s.const) errors.push(`${path}: expected ${JSON.stringify(s.const)}`)
    if (Array.isArray(s.enum) && !s.enum.includes(v as never)) {
      errors.push(`${path}: ${JSON.stringify(v)} is not one of ${JSON.stringify(s.enum)}`)
    }
    if (typeof s.minimum === 'number' && typeof v === 'number' && v < s.minimum) {
      errors.push(`${path}: ${v} < ${s.minimum}`)
    }
    if (Array.isArray(s.allOf)) for (const sub of s.allOf as Schema[]) check(sub, v, path, errors)
    if (Array.isArray(s.oneOf)) {
      const passing = (s.oneOf as Schema[]).filter((sub) => {
        const inner: string[] = []
        check(sub, v, path, inner)
        return inner.length === 0
      }).length
      if (passing !== 1) errors.push(`${path}: matches ${passing} of the oneOf alternatives, not exactly one`)
    }
    if (typeOf(v) === 'object') {
      const obj = v as Record<string, unknown>
      for (const key of (s.required as string[] | undefined) ?? []) {
        if (!(key in obj)) errors.push(`${path}: missing required "${key}"`)
      }
      const props = s.properties as Record<string, Schema> | undefined
      if (props)
        for (const [key, sub] of Object.entries(props))
          if (key in obj) check(sub, obj[key], `${path}.${key}`, errors)
    }
    if (Array.isArray(v)) {
      if (typeof s.minItems === 'number' && v.length < s.minItems)
        errors.push(`${path}: fewer than ${s.minItems} items`)
      if (s.items) {
        v.forEach((item, i) => {
          check(s.items as Schema, item, `${path}[${i}]`, errors)
        })
      }
    }
  }
  check(schema, value, '$', errors)
  return errors
}
