import { closestName, parseCommandArgs } from "./args/parse-command-args.js";
import { type CommandEntry, commands } from "./commands/registry.js";
import { InputOutputError, InternalError, UsageError } from "./errors.js";
import { type ExitCode, exitCodes } from "./exit-codes.js";
import { columns, commandHelp } from "./help.js";
import { type CliIo, writeText } from "./io.js";
import { cliVersion } from "./version.js";

/** `cse-flags --help`. */
export function mainHelp(): string {
  return [
    "Usage: cse-flags <command> [options]",
    "",
    "One shared language and one shared decision for flagging child sexual exploitation on police records.",
    "Output names files, lines, JSON Pointers, codes and messages: never a value from a record.",
    "",
    "Commands:",
    ...columns(commands.map((c) => [c.name, c.summary])),
    "",
    "Exit codes:",
    ...columns([
      ["0", "everything read was valid"],
      ["1", "findings: a record, document or file was invalid or rejected, or the audit found something"],
      [
        "2",
        "the command could not do its job: a usage mistake, a file that cannot be read or written, an internal error",
      ],
    ]),
    "",
    "Options:",
    ...columns([
      ["-h, --help", "Show help; cse-flags <command> --help shows a command's options and examples"],
      ["    --version", "Show the version"],
    ]),
    "",
    "Examples:",
    "  Validate a crime export through the reference adapter, as JUnit for CI",
    "    $ cse-flags validate --adapter crime --force example-force --output junit --report junit.xml crime.csv",
    "  Flag canonical records with the national policy",
    "    $ cse-flags flag records.ndjson",
    "  Map a custody export to canonical records",
    "    $ cse-flags map --adapter custody --force example-force custody.csv > custody.ndjson",
    "  What a code means",
    "    $ cse-flags taxonomy show CSE",
    "",
  ].join("\n");
}

/** `cse-flags taxonomy --help`: the subcommands of a group. */
function groupHelp(group: string): string {
  const members = commands.filter((c) => c.name.startsWith(`${group} `));
  return [
    `Usage: cse-flags ${group} <subcommand> [options]`,
    "",
    "Subcommands:",
    ...columns(members.map((c) => [c.name, c.summary])),
    "",
    `Run cse-flags ${group} <subcommand> --help for its options and examples.`,
    "",
  ].join("\n");
}

/** The command the arguments name, and the arguments left for it. */
function findCommand(argv: readonly string[]): { entry: CommandEntry; rest: readonly string[] } | undefined {
  const [first, second] = argv;
  const two = commands.find((c) => c.name === `${first} ${second}`);
  if (two !== undefined) return { entry: two, rest: argv.slice(2) };
  const one = commands.find((c) => c.name === first);
  return one === undefined ? undefined : { entry: one, rest: argv.slice(1) };
}

function unknownCommand(argv: readonly string[]): UsageError {
  const [first = "", second] = argv;
  if (first === "taxonomy")
    return new UsageError(
      second === undefined ? "taxonomy needs a subcommand" : `unknown taxonomy subcommand ${second}`,
      "Use cse-flags taxonomy list, taxonomy show <code> or taxonomy diff <old.json> <new.json>.",
    );
  const names = [...new Set(commands.map((c) => c.name.split(" ")[0] as string))];
  const guess = closestName(first, names);
  return new UsageError(
    `unknown command ${first}`,
    `${guess === undefined ? "" : `Did you mean ${guess}? `}Commands: ${names.join(", ")}. Run cse-flags --help.`,
  );
}

/** Prints what went wrong; never throws, even when stderr itself cannot be written. */
async function report(io: CliIo, command: string, error: unknown): Promise<ExitCode> {
  try {
    await describeError(io, command, error);
  } catch {
    // Nowhere left to say it: the exit code still tells.
  }
  return exitCodes.error;
}

async function describeError(io: CliIo, command: string, error: unknown): Promise<void> {
  const prefix = `cse-flags${command === "" ? "" : ` ${command}`}`;
  if (error instanceof UsageError || error instanceof InputOutputError) {
    await writeText(
      io.stderr,
      `${prefix}: error: ${error.message}\n${error.hint === undefined ? "" : `  ${error.hint}\n`}`,
    );
  } else if (error instanceof InternalError) {
    await writeText(io.stderr, `${prefix}: internal error: ${error.message}\n`);
  } else {
    // Another library's message may quote input (JSON.parse does), so only its type is printed.
    const name = error instanceof Error ? error.name : typeof error;
    await writeText(io.stderr, `${prefix}: internal error (${name}): this is a bug; please report it\n`);
    if (io.env.CSE_FLAGS_DEBUG === "1" && error instanceof Error && error.stack !== undefined)
      await writeText(io.stderr, `${error.stack}\n`);
  }
}

/**
 * Runs the `cse-flags` command line with the given arguments (without `node` and the
 * script) and returns the exit code. Never throws: every failure is reported on stderr
 * and turned into exit code 2.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let command = "";
  try {
    if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
      if (argv[0] === "help" && argv[1] === "taxonomy" && argv.length === 2) {
        await writeText(io.stdout, groupHelp("taxonomy"));
        return exitCodes.ok;
      }
      const topic = argv[0] === "help" && argv.length > 1 ? findCommand(argv.slice(1)) : undefined;
      if (argv[0] === "help" && argv.length > 1 && topic === undefined) throw unknownCommand(argv.slice(1));
      if (topic !== undefined) {
        await writeText(io.stdout, commandHelp((await topic.entry.load()).spec));
        return exitCodes.ok;
      }
      await writeText(argv.length === 0 ? io.stderr : io.stdout, mainHelp());
      return argv.length === 0 ? exitCodes.error : exitCodes.ok;
    }
    if (argv[0] === "--version" || argv[0] === "-v") {
      await writeText(io.stdout, `${cliVersion}\n`);
      return exitCodes.ok;
    }
    if (argv[0] === "taxonomy" && (argv[1] === "--help" || argv[1] === "-h")) {
      await writeText(io.stdout, groupHelp("taxonomy"));
      return exitCodes.ok;
    }
    const found = findCommand(argv);
    if (found === undefined) throw unknownCommand(argv);
    command = found.entry.name;
    const loaded = await found.entry.load();
    const args = parseCommandArgs(loaded.spec, found.rest);
    if (args.values.help === true) {
      await writeText(io.stdout, commandHelp(loaded.spec));
      return exitCodes.ok;
    }
    return await loaded.run(args, io);
  } catch (error) {
    return report(io, command, error);
  }
}
