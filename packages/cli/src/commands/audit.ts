import { isAbsolute, join, resolve } from "node:path";
import { taxonomyVersion } from "@cse-flags/core";
import type { CommandSpec, ParsedArgs } from "../args/command-spec.js";
import { flagValue, listValue, stringValue } from "../args/parse-command-args.js";
import {
  type AuditCollector,
  type AuditFormat,
  auditCollector,
  auditFormats,
  outDirFiles,
} from "../audit/audit-collector.js";
import type { LinkConfig } from "../audit/audit-model.js";
import { defaultLinkConfig, parseLinkConfig } from "../audit/link-config.js";
import { UsageError } from "../errors.js";
import { type ExitCode, exitCodes } from "../exit-codes.js";
import { readJsonFile } from "../inputs/read-json-file.js";
import { type CliIo, writeText } from "../io.js";
import { compileWithOverlays } from "../jobs/processor.js";
import { policyOption, readOverlays } from "./read-overlays.js";
import { reportOptions, sourceOptions } from "./record-options.js";
import { runRecordCommand } from "./run-record-command.js";

export const auditSpec: CommandSpec = {
  name: "audit",
  summary:
    "Check the markers records carry against the policy and across systems, and build the CSE problem profile.",
  usage: "[options] <file...>",
  description: [
    "Reads source exports from several systems (one --adapter <id>=<file> each) or canonical records, with the " +
      "markers they already carry, and evaluates each with the national policy. Findings: a marker the policy " +
      "proposes that the record lacks (missing-marker); one it carries that the policy does not propose " +
      "(unsupported-marker: for a person to review, never removed); CSE recorded as CCE or CSA or the other way " +
      "round; a child with a CSE marker in one system and not in another that holds supporting facts; and data " +
      "quality (unknown ages, unmapped codes, records that link to no other system, rejected records).",
    "Records are linked by exact values of the link keys (--links; by default a person's reference, and the " +
      "record's own reference or its offences' references). People are never matched by name or likeness.",
    "The report names records by file and line, and people by a number within the report: no value from a " +
      "record, unless --with-references. --suppress-small-counts shows counts of 1 to 5 as c, for reports " +
      "that leave the force. Exit code 1 means findings, or records that could not be read.",
  ],
  options: {
    policy: policyOption,
    links: {
      type: "string",
      value: "<file>",
      description: "Link keys (JSON) saying which values name the same person or occurrence across systems",
    },
    output: {
      type: "string",
      short: "o",
      value: "<format>",
      choices: auditFormats,
      description:
        "Report format: markdown (default), json, csv (the findings) or html (one self-contained file)",
    },
    report: reportOptions.report as NonNullable<(typeof reportOptions)["report"]>,
    "out-dir": {
      type: "string",
      value: "<dir>",
      description: `Also write every format to this folder: ${outDirFiles.map((f) => f.name).join(", ")}`,
    },
    "suppress-small-counts": {
      type: "boolean",
      description: "Show counts of 1 to 5 as c and list no findings, for reports that leave the force",
    },
    "with-references": {
      type: "boolean",
      description:
        "Name records and people by their references in the findings, for the force's own reviewers: handle the report like the records",
    },
    ...sourceOptions,
    jobs: reportOptions.jobs as NonNullable<(typeof reportOptions)["jobs"]>,
    "no-progress": reportOptions["no-progress"] as NonNullable<(typeof reportOptions)["no-progress"]>,
  },
  positionals: { min: 0, name: "<file...>" },
  examples: [
    {
      explains: "Audit the bundled example exports of four systems",
      command:
        "cse-flags audit --force example-force --adapter crime=exports/crime.csv --adapter intelligence=exports/intelligence.csv " +
        "--adapter custody=exports/custody.csv --adapter missing-person=exports/missing-person.csv",
    },
    {
      explains: "Every format into one folder, small counts suppressed for a partner agency",
      command: "cse-flags audit --suppress-small-counts --out-dir audit-report records.ndjson",
    },
    {
      explains: "Findings with record references for the force's reviewers, as CSV",
      command: "cse-flags audit --with-references --output csv --report findings.csv records.ndjson",
    },
  ],
};

async function readLinks(path: string | undefined, cwd: string): Promise<LinkConfig> {
  if (path === undefined) return defaultLinkConfig;
  const read = await readJsonFile(path, cwd, {
    what: "the link keys",
    hint: "Check the path given to --links.",
  });
  if (read === undefined) throw new UsageError(`the link keys ${path} are not valid JSON`, "Check the file.");
  const parsed = parseLinkConfig(read.value);
  if (!parsed.ok)
    throw new UsageError(
      `the link keys ${path} are not valid: ${parsed.issues
        .map((issue) => `${issue.path || "/"} ${issue.code}: ${issue.message}`)
        .join("; ")}`,
      "See docs/audit.md for the link keys' format.",
    );
  return parsed.value;
}

export async function audit(args: ParsedArgs, io: CliIo): Promise<ExitCode> {
  const suppressSmallCounts = flagValue(args, "suppress-small-counts");
  const withReferences = flagValue(args, "with-references");
  if (suppressSmallCounts && withReferences)
    throw new UsageError(
      "--suppress-small-counts and --with-references do not go together",
      "A report that leaves the force carries no references: run the audit twice, once for each audience.",
    );
  const policyPaths = listValue(args, "policy");
  const linksPath = stringValue(args, "links");
  const overlays = await readOverlays(policyPaths, io.cwd);
  const links = await readLinks(linksPath, io.cwd);
  const policy = compileWithOverlays(overlays);
  const format = (stringValue(args, "output") ?? "markdown") as AuditFormat;
  const outDirName = stringValue(args, "out-dir");
  const outDir =
    outDirName === undefined
      ? undefined
      : { path: isAbsolute(outDirName) ? outDirName : resolve(io.cwd, outDirName), name: outDirName };
  let collector: AuditCollector | undefined;
  const code = await runRecordCommand(args, io, {
    command: "audit",
    kind: "record",
    overlays,
    configFiles: [...policyPaths, ...(linksPath === undefined ? [] : [linksPath])],
    dataToStdout: false,
    links,
    otherOutputs:
      outDirName === undefined
        ? []
        : outDirFiles.map((file) => ({ path: join(outDirName, file.name), option: "--out-dir" })),
    report: (out) => {
      collector = auditCollector(out, {
        format,
        ...(outDir === undefined ? {} : { outDir }),
        suppressSmallCounts,
        withReferences,
        context: {
          taxonomyVersion,
          policy: {
            id: policy.id,
            version: policy.version,
            layers: policy.layers.map((l) => `${l.id} ${l.version}`),
          },
          links,
        },
      });
      return collector;
    },
  });
  const report = collector?.result();
  if (report === undefined) return code;
  const findings = report.findingCounts.reduce((sum, { count }) => sum + (count === "c" ? 1 : count), 0);
  await writeText(
    io.stderr,
    `  audit: ${findings === 0 ? "no findings" : `${report.suppressed ? "findings (counts suppressed)" : `${findings} finding(s)`}`}` +
      `, ${report.summary.linkedPeople} linked people, ${report.summary.systems.length} system(s)\n`,
  );
  return code === exitCodes.ok && findings > 0 ? exitCodes.findings : code;
}
