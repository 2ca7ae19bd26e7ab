/**
 * The script's arguments. `pnpm bench -- --size 200` passes the `--` on to the script, where
 * `parseArgs` would read every option after it as a positional: a leading `--` is dropped.
 */
export const scriptArgs = (argv: readonly string[] = process.argv.slice(2)): string[] =>
  argv[0] === "--" ? argv.slice(1) : [...argv];
