/** Exit codes of the `parallax` command; documented in the README. */
export const EXIT = {
  /** Everything requested was done (re-ingesting a known input counts: it is a no-op that says so). */
  ok: 0,
  /** A bug: please report it. */
  internal: 1,
  /** Bad command-line usage. */
  usage: 2,
  /** At least one input was rejected (empty, binary, too big, …); the others were processed. */
  rejected: 3,
  /** An input path could not be read at all. */
  input: 4,
  /** The database failed. */
  store: 5,
  /** A requested id does not exist. */
  notFound: 6,
} as const
