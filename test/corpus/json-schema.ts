/**
 * JSON Schema validation for tests, through Ajv (draft 2020-12): the same
 * validator a consumer of the published schemas would use.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'

const ajv = new Ajv2020({ allErrors: true, strict: false })
const compiled = new WeakMap<object, ReturnType<typeof ajv.compile>>()

/**
 * Validate `value` against `schema`.
 *
 * @returns One line per error (`/stories/0/date: must be string`); empty when valid.
 */
export function validate(schema: object, value: unknown): string[] {
  let check = compiled.get(schema)
  if (!check) {
    check = ajv.compile(schema)
    compiled.set(schema, check)
  }
  if (check(value)) return []
  return (check.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`)
}
