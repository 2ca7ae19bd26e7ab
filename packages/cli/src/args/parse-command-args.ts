import { parseArgs } from "node:util";
import { UsageError } from "../errors.js";
import type { CommandSpec, OptionSpec, ParsedArgs } from "./command-spec.js";

/** Every command takes `--help`. */
export const helpOption: OptionSpec = { type: "boolean", short: "h", description: "Show this help" };

/** Edit distance counting a swap of neighbouring letters as one edit, for "did you mean" on a typo. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => (d[i] as number[])[j] as number;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The closest option name to a mistyped one, when it is close enough to be a typo. */
export function closestName(given: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of names) {
    const d = distance(given, name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(given.length / 3)) ? best : undefined;
}

const errorCodeOf = (error: unknown): string =>
  typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";

/** The option as the user typed it, from Node's parse error message. */
// Node writes an option with a short name as '-o, --output <value>': take the long form.
const optionIn = (message: string): string | undefined =>
  /'(?:-[^-\s'], )?(-{1,2}[^'\s,]+)/.exec(message)?.[1];

function describeParseError(spec: CommandSpec, error: unknown): UsageError {
  const message = error instanceof Error ? error.message : "";
  const code = errorCodeOf(error);
  const option = optionIn(message);
  const run = `Run cse-flags ${spec.name} --help for its options.`;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option !== undefined) {
    const guess = closestName(option.replace(/^-+/, "").split("=")[0] ?? "", Object.keys(spec.options));
    return new UsageError(
      `unknown option ${option.split("=")[0]}`,
      guess === undefined ? run : `Did you mean --${guess}? ${run}`,
    );
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option !== undefined) {
    const name = option.replace(/^-+/, "");
    const entry = Object.entries({ ...spec.options, help: helpOption }).find(
      ([long, o]) => long === name || o.short === name,
    );
    if (entry?.[1].type === "boolean") return new UsageError(`${option} takes no value`, run);
    return new UsageError(`${option} needs a value${entry?.[1].value ? ` ${entry[1].value}` : ""}`, run);
  }
  return new UsageError("the arguments could not be read", run);
}

/**
 * Parses a command's arguments against its spec with Node's own `util.parseArgs`: unknown
 * options, missing values, bad choices and the wrong number of positionals are each a
 * `UsageError` that says what to do instead.
 */
export function parseCommandArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const options: Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> = {};
  for (const [name, option] of Object.entries({ ...spec.options, help: helpOption })) {
    options[name] = {
      type: option.type,
      ...(option.short === undefined ? {} : { short: option.short }),
      ...(option.multiple === undefined ? {} : { multiple: option.multiple }),
    };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw describeParseError(spec, error);
  }
  const values = parsed.values as ParsedArgs["values"];
  if (values.help === true) return { values, positionals: parsed.positionals };
  for (const [name, option] of Object.entries(spec.options)) {
    if (option.choices === undefined) continue;
    const given = values[name];
    const list = typeof given === "string" ? [given] : Array.isArray(given) ? given : [];
    for (const value of list) {
      if (!option.choices.includes(value)) {
        throw new UsageError(
          `--${name} must be one of: ${option.choices.join(", ")}`,
          `Run cse-flags ${spec.name} --help for what each means.`,
        );
      }
    }
  }
  const { min, max, name } = spec.positionals;
  if (parsed.positionals.length < min) {
    throw new UsageError(
      `missing ${name}`,
      `Usage: cse-flags ${spec.name} ${spec.usage}. Run cse-flags ${spec.name} --help for examples.`,
    );
  }
  if (max !== undefined && parsed.positionals.length > max) {
    throw new UsageError(
      max === 0 ? `${spec.name} takes no arguments` : `too many arguments: ${spec.name} takes ${name}`,
      `Usage: cse-flags ${spec.name} ${spec.usage}.`,
    );
  }
  return { values, positionals: parsed.positionals };
}

/** A string option's value, or `undefined`. */
export const stringValue = (args: ParsedArgs, name: string): string | undefined => {
  const value = args.values[name];
  return typeof value === "string" ? value : undefined;
};

/** A repeatable string option's values, in order. */
export const listValue = (args: ParsedArgs, name: string): readonly string[] => {
  const value = args.values[name];
  return Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
};

/** Whether a boolean option was given. */
export const flagValue = (args: ParsedArgs, name: string): boolean => args.values[name] === true;
