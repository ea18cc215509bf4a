/**
 * The `parallax` command line. The only place that calls `process.exit`
 * (through `process.exitCode`): commands throw `ParallaxError` or return an
 * exit status, and this file maps both to exit codes.
 */
import { type CommandDef, defineCommand, runCommand, showUsage } from 'citty'
import { ParallaxError } from '../model/index.js'
import { commands } from './commands/index.js'
import { EXIT } from './exit.js'

const main = defineCommand({
  meta: {
    name: 'parallax',
    version: '0.1.0',
    description: 'News corroboration engine: many reports in, one verified account out.',
  },
  subCommands: commands,
})

/** Run the CLI with `rawArgs` (default: `process.argv.slice(2)`) and return the exit code. */
export async function run(rawArgs: string[] = process.argv.slice(2)): Promise<number> {
  if (rawArgs.length === 0 || rawArgs[0] === '--help' || rawArgs[0] === '-h') {
    await showUsage(main as CommandDef)
    return rawArgs.length === 0 ? EXIT.usage : EXIT.ok
  }
  if (rawArgs[0] === '--version' || rawArgs[0] === '-v') {
    process.stdout.write('0.1.0\n')
    return EXIT.ok
  }
  try {
    // Resolve the sub-command here rather than through citty's nesting, which
    // drops the sub-command's return value (our exit status).
    const [name = '', ...rest] = rawArgs
    const load = commands[name]
    if (!load) throw new ParallaxError('E_USAGE', `unknown command \`${name}\` (try \`parallax --help\`)`)
    const { result } = await runCommand(await load(), { rawArgs: rest })
    return typeof result === 'number' ? result : EXIT.ok
  } catch (error) {
    return report(error)
  }
}

function report(error: unknown): number {
  if (error instanceof ParallaxError) {
    process.stderr.write(`parallax: ${error.message}\n`)
    switch (error.code) {
      case 'E_USAGE':
        return EXIT.usage
      case 'E_INPUT':
        return EXIT.input
      case 'E_NOT_FOUND':
        return EXIT.notFound
      case 'E_STORE':
        return EXIT.store
    }
  }
  // citty reports unknown commands and bad arguments as plain errors with a `code`.
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && code.startsWith('E_')) {
    process.stderr.write(`parallax: ${(error as Error).message}\n`)
    return EXIT.usage
  }
  process.stderr.write(
    `parallax: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  )
  return EXIT.internal
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/bin/parallax.js')) {
  run().then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`parallax: internal error: ${String(error)}\n`)
      process.exitCode = EXIT.internal
    },
  )
}
