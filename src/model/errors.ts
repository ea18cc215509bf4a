/**
 * The few error classes Parallax throws. Problems with a document's content are
 * messages on its envelope, not errors; these are for the caller's mistakes
 * and for failures of the machinery (store, I/O).
 */

/** Error codes; each maps to a CLI exit code in `src/cli/main.ts`. */
export type ErrorCode =
  | 'E_USAGE' // bad arguments or options
  | 'E_INPUT' // an input could not be read at all (missing file, permission)
  | 'E_STORE' // the database failed
  | 'E_NOT_FOUND' // a requested id does not exist

/** An error with a stable code and, optionally, its cause. */
export class ParallaxError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ParallaxError'
    this.code = code
  }
}
