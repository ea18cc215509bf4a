/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal so
 * that logs and pipes stay clean.
 */

/** Options for {@link createProgress}. */
export interface ProgressOptions {
  /** Stream to draw on (default: `process.stderr`). */
  stream?: NodeJS.WriteStream
  /** Draw only for runs of at least this many items (default: `20`). */
  minItems?: number
  /** Minimum milliseconds between redraws (default: `100`). */
  interval?: number
}

/** A progress reporter: call `update(done, total)`; `done()` clears the line. */
export interface Progress {
  update(done: number, total: number): void
  done(): void
}

/** Create a progress bar, or a no-op when the stream is not a TTY. */
export function createProgress(label: string, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr
  const minItems = options.minItems ?? 20
  const interval = options.interval ?? 100
  if (!stream.isTTY) return { update() {}, done() {} }
  let last = 0
  let drawn = false
  const started = Date.now()
  return {
    update(done, total) {
      const now = Date.now()
      if (total < minItems || (now - last < interval && done < total)) return
      last = now
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 50))
      const filled = Math.round((done / total) * width)
      const rate = done / Math.max(0.001, (now - started) / 1000)
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${rate.toFixed(0)}/s `,
      )
      drawn = true
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K')
    },
  }
}
