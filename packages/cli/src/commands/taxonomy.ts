import {
  type CodeSetId,
  codeSetIds,
  conceptsOf,
  diffTaxonomy,
  parseTaxonomy,
  type TaxonomyChange,
  type TaxonomyChangeKind,
  taxonomy,
} from "@cse-flags/core";
import type { CommandSpec, ParsedArgs } from "../args/command-spec.js";
import { closestName, stringValue } from "../args/parse-command-args.js";
import { describeCliIssue, toCliIssues } from "../cli-issue.js";
import { type ExitCode, exitCodes } from "../exit-codes.js";
import { columns } from "../help.js";
import { readJsonFile } from "../inputs/read-json-file.js";
import { type CliIo, writeText } from "../io.js";

const outputOption = {
  type: "string",
  short: "o",
  value: "<format>",
  choices: ["text", "json"],
  description: "text for people, json for programs",
} as const;

const setOption = {
  type: "string",
  value: "<code-set>",
  choices: codeSetIds,
  description: "Only this code set",
} as const;

export const taxonomyListSpec: CommandSpec = {
  name: "taxonomy list",
  summary: `List the codes of the bundled taxonomy (version ${taxonomy.version}), by code set.`,
  usage: "[--set <code-set>] [--output text|json]",
  description: [],
  options: { set: setOption, output: outputOption },
  positionals: { min: 0, max: 0, name: "no arguments" },
  examples: [
    { explains: "Every code set and code", command: "cse-flags taxonomy list" },
    { explains: "The indicators, as JSON", command: "cse-flags taxonomy list --set indicator --output json" },
  ],
};

export const taxonomyShowSpec: CommandSpec = {
  name: "taxonomy show",
  summary: "Show one code: its label, definition, status, sources and any successors.",
  usage: "<code> [--set <code-set>] [--output text|json]",
  description: [
    "A code used in more than one code set is shown for each, unless --set picks one. Exits 1 if there is no such code.",
  ],
  options: { set: setOption, output: outputOption },
  positionals: { min: 1, max: 1, name: "<code>" },
  examples: [
    { explains: "What the CSE marker means", command: "cse-flags taxonomy show cse" },
    {
      explains: "An indicator, as JSON",
      command: "cse-flags taxonomy show exchange-gifts --set indicator --output json",
    },
  ],
};

export const taxonomyDiffSpec: CommandSpec = {
  name: "taxonomy diff",
  summary:
    "Compare two taxonomy versions: added, deprecated and changed codes, and the version step they need.",
  usage: "<old.json> <new.json> [--output text|json]",
  description: [
    "Removing a code is never allowed; changing a code's meaning needs a major version; adding or deprecating codes a " +
      "minor one; descriptive edits a patch. Exits 0 when the new version may be released as it is, 1 when not " +
      "(or when a file is not a valid taxonomy), 2 when a file cannot be read.",
  ],
  options: { output: outputOption },
  positionals: { min: 2, max: 2, name: "<old.json> <new.json>" },
  examples: [
    {
      explains: "Check a proposed taxonomy against the released one",
      command: "cse-flags taxonomy diff node_modules/@cse-flags/core/taxonomy.json proposed-taxonomy.json",
    },
  ],
};

export const taxonomySpecs: readonly CommandSpec[] = [taxonomyListSpec, taxonomyShowSpec, taxonomyDiffSpec];

const asJson = (args: ParsedArgs): boolean => stringValue(args, "output") === "json";

export async function taxonomyList(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
  const only = stringValue(args, "set") as CodeSetId | undefined;
  const sets = only === undefined ? codeSetIds : [only];
  if (asJson(args)) {
    const list = sets.map((id) => ({
      codeSet: id,
      label: taxonomy.codeSets[id].label,
      codes: conceptsOf(id).map(({ code, label, status }) => ({ code, label, status })),
    }));
    await writeText(io.stdout, `${JSON.stringify({ version: taxonomy.version, codeSets: list }, null, 2)}\n`);
    return exitCodes.ok;
  }
  const lines = [`Taxonomy ${taxonomy.version}`];
  for (const id of sets) {
    const concepts = conceptsOf(id);
    lines.push("", `${id}: ${taxonomy.codeSets[id].label} (${concepts.length} codes)`);
    lines.push(
      ...columns(
        concepts.map(({ code, label, status }) => [
          code,
          `${label}${status === "deprecated" ? " [deprecated]" : ""}`,
        ]),
      ),
    );
  }
  await writeText(io.stdout, `${lines.join("\n")}\n`);
  return exitCodes.ok;
}

const sourceTitle = (id: string): string => {
  const source = taxonomy.sources.find((s) => s.id === id) as { title?: string } | undefined;
  return source?.title === undefined ? id : `${id}: ${source.title}`;
};

export async function taxonomyShow(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
  const code = args.positionals[0] as string;
  const only = stringValue(args, "set") as CodeSetId | undefined;
  const sets = only === undefined ? codeSetIds : [only];
  const matches = (same: (a: string, b: string) => boolean) =>
    sets.flatMap((id) => {
      const concept = conceptsOf(id).find((c) => same(c.code, code));
      return concept === undefined
        ? []
        : [{ codeSet: id, concept: concept as unknown as Record<string, unknown> }];
    });
  // Exact first; `cse` still finds `CSE`, since nobody should have to know a code's case.
  const exact = matches((a, b) => a === b);
  const found = exact.length > 0 ? exact : matches((a, b) => a.toLowerCase() === b.toLowerCase());
  if (found.length === 0) {
    const all = [...new Set(sets.flatMap((id) => conceptsOf(id).map((c) => c.code)))];
    const guess = closestName(code, all);
    await writeText(
      io.stderr,
      `cse-flags taxonomy show: no code ${JSON.stringify(code)} in ${only ?? "any code set"} of taxonomy ${taxonomy.version}\n` +
        (guess === undefined
          ? "  List the codes with: cse-flags taxonomy list\n"
          : `  Did you mean ${guess}?\n`),
    );
    return exitCodes.findings;
  }
  if (asJson(args)) {
    await writeText(io.stdout, `${JSON.stringify({ version: taxonomy.version, found }, null, 2)}\n`);
    return exitCodes.ok;
  }
  const blocks = found.map(({ codeSet, concept }) => {
    const {
      code: c,
      label,
      definition,
      note,
      sources,
      since,
      status,
      deprecation,
      ...specific
    } = concept as {
      code: string;
      label: string;
      definition: string;
      note?: string;
      sources: string[];
      since: string;
      status: string;
      deprecation?: { since: string; reason: string; successors: { relation: string; code: string }[] };
    } & Record<string, unknown>;
    const rows: [string, string][] = [
      ["label", label],
      ["definition", definition],
      ...(note === undefined ? [] : [["note", note] as [string, string]]),
      ["status", `${status}, since ${since}`],
      ...Object.entries(specific).map(
        ([key, value]) =>
          [key, typeof value === "string" ? value : JSON.stringify(value)] as [string, string],
      ),
      ["sources", sources.map(sourceTitle).join("; ")],
    ];
    if (deprecation !== undefined) {
      rows.push(["deprecated", `in ${deprecation.since}: ${deprecation.reason}`]);
      for (const s of deprecation.successors) rows.push([s.relation, s.code]);
    }
    return [`${codeSet}/${c} (taxonomy ${taxonomy.version})`, ...columns(rows)].join("\n");
  });
  await writeText(io.stdout, `${blocks.join("\n\n")}\n`);
  return exitCodes.ok;
}

const headings: readonly [TaxonomyChangeKind, string][] = [
  ["added", "Added (minor)"],
  ["deprecated", "Deprecated (minor)"],
  ["reactivated", "Reactivated (minor)"],
  ["meaning-changed", "Meaning changed (major)"],
  ["described", "Described differently (patch)"],
  ["removed", "Removed (never allowed: deprecate instead)"],
];

const changeName = (change: TaxonomyChange): string =>
  `${change.codeSet}${change.code === undefined ? " (the whole code set)" : `/${change.code}`}${change.fields === undefined ? "" : `: ${change.fields.join(", ")}`}`;

export async function taxonomyDiff(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
  const documents = [];
  const problems: string[] = [];
  for (const path of args.positionals) {
    const read = await readJsonFile(path, io.cwd);
    if (read === undefined) {
      problems.push(`${path}: invalid_json: The file is not valid JSON`);
      continue;
    }
    const parsed = parseTaxonomy(read.value);
    if (!parsed.ok)
      problems.push(...toCliIssues(parsed.issues).map((i) => `${path}: ${describeCliIssue(i)}`));
    else documents.push(parsed.value);
  }
  if (problems.length > 0 || documents.length !== 2) {
    await writeText(
      io.stderr,
      `cse-flags taxonomy diff: not a valid taxonomy\n${problems.map((p) => `  ${p}\n`).join("")}`,
    );
    return exitCodes.findings;
  }
  const [released, next] = documents as [(typeof documents)[0], (typeof documents)[0]];
  const diff = diffTaxonomy(released, next);
  if (asJson(args)) {
    await writeText(io.stdout, `${JSON.stringify(diff, null, 2)}\n`);
  } else {
    const lines = [`Taxonomy ${diff.fromVersion} -> ${diff.toVersion}: ${diff.changes.length} change(s)`];
    for (const [kind, heading] of headings) {
      const changes = diff.changes.filter((c) => c.kind === kind);
      if (changes.length > 0) lines.push("", `${heading}:`, ...changes.map((c) => `  ${changeName(c)}`));
    }
    lines.push(
      "",
      `The changes need a ${diff.requiredBump === "none" ? "no version step" : `${diff.requiredBump} version step`}; ` +
        `the version ${diff.actualBump === undefined ? "went down" : diff.actualBump === "none" ? "did not change" : `took a ${diff.actualBump} step`}: ` +
        (diff.compatible ? "it may be released as it is." : "it may not be released as it is."),
      ...diff.problems.map((p) => `  ${p}`),
    );
    await writeText(io.stdout, `${lines.join("\n")}\n`);
  }
  return diff.compatible ? exitCodes.ok : exitCodes.findings;
}
