/**
 * Run the CLI in-process (from source) and capture what it prints, so tests
 * exercise the real commands without a build step.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../../src/cli/main.js'

/** Output of one CLI run. */
export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Run `parallax <args>` and capture stdout, stderr and the exit code. */
export async function runCli(args: string[]): Promise<CliResult> {
  const out: string[] = []
  const err: string[] = []
  const write = { out: process.stdout.write, err: process.stderr.write }
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out.push(String(chunk))
    return true
  }) as typeof process.stdout.write
  process.stderr.write = ((chunk: string | Uint8Array) => {
    err.push(String(chunk))
    return true
  }) as typeof process.stderr.write
  try {
    const code = await run(args)
    return { code, stdout: out.join(''), stderr: err.join('') }
  } finally {
    process.stdout.write = write.out
    process.stderr.write = write.err
  }
}

/** A fresh temporary directory. */
export function tempDir(prefix = 'parallax-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}
