/**
 * @cse-flags/cli: the `cse-flags` command. Most users run the binary; `run` is the same
 * command line for programs and tests that want it in process.
 */

export { run } from "./cli.js";
export { type ExitCode, exitCodes } from "./exit-codes.js";
export type { CliIo, OutputStream } from "./io.js";
