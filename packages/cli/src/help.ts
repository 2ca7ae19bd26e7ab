import type { CommandSpec } from "./args/command-spec.js";
import { helpOption } from "./args/parse-command-args.js";

const optionLabel = (name: string, short: string | undefined, value: string | undefined): string =>
  `${short === undefined ? "    " : `-${short}, `}--${name}${value === undefined ? "" : ` ${value}`}`;

/** Lines of `label  description`, with the descriptions lined up. */
export function columns(rows: readonly (readonly [string, string])[], indent = "  "): string[] {
  const width = Math.max(0, ...rows.map(([label]) => label.length)) + 2;
  return rows.map(([label, text]) => `${indent}${label.padEnd(width)}${text}`.trimEnd());
}

/** A command's `--help`, built from its spec. */
export function commandHelp(spec: CommandSpec): string {
  const rows: [string, string][] = Object.entries({ ...spec.options, help: helpOption }).map(
    ([name, option]) => [
      optionLabel(name, option.short, option.value),
      option.description +
        (option.choices === undefined ? "" : ` (${option.choices.join(", ")})`) +
        (option.multiple ? "; may be repeated" : ""),
    ],
  );
  const examples = spec.examples.flatMap((example) => [`  ${example.explains}`, `    $ ${example.command}`]);
  return [
    `Usage: cse-flags ${spec.name} ${spec.usage}`,
    "",
    spec.summary,
    ...spec.description.flatMap((paragraph) => ["", paragraph]),
    "",
    "Options:",
    ...columns(rows),
    ...(examples.length === 0 ? [] : ["", "Examples:", ...examples]),
    "",
  ].join("\n");
}
