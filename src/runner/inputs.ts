/**
 * Input expansion: paths, directories (recursively, in a stable order) and
 * stdin. The only place the pipeline touches the filesystem for reading.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** One input to read. */
export type InputRef =
  | { kind: 'file'; path: string; size: number }
  | { kind: 'stdin' }
  | { kind: 'missing'; path: string; reason: string }

/** Names skipped while walking directories: hidden files and editor/OS clutter. */
export const SKIPPED_NAMES = /^(?:\..*|Thumbs\.db|desktop\.ini|.*~)$/

/**
 * Expand `paths` into inputs: `-` is stdin, a directory is walked recursively
 * (sorted, hidden entries skipped), anything unreadable is reported as missing.
 */
export async function expandInputs(paths: readonly string[]): Promise<InputRef[]> {
  const out: InputRef[] = []
  for (const path of paths) {
    if (path === '-') {
      out.push({ kind: 'stdin' })
      continue
    }
    await walk(path, out, true)
  }
  return out
}

async function walk(path: string, out: InputRef[], explicit: boolean): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(path)
  } catch (error) {
    out.push({ kind: 'missing', path, reason: describe(error) })
    return
  }
  if (info.isDirectory()) {
    let names: string[]
    try {
      names = await readdir(path)
    } catch (error) {
      out.push({ kind: 'missing', path, reason: describe(error) })
      return
    }
    for (const name of names.sort()) {
      if (SKIPPED_NAMES.test(name)) continue
      await walk(join(path, name), out, false)
    }
    return
  }
  if (info.isFile() || explicit) out.push({ kind: 'file', path, size: Number(info.size) })
}

/** Read an input's bytes. */
export async function readInput(ref: Exclude<InputRef, { kind: 'missing' }>): Promise<Uint8Array> {
  if (ref.kind === 'file') return readFile(ref.path)
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code
  if (code === 'ENOENT') return 'no such file or directory'
  if (code === 'EACCES') return 'permission denied'
  return (error as Error).message
}
