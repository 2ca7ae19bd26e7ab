import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AuditReport, Count, FindingCode } from "../src/audit/audit-model.js";
import { repoRoot } from "./run-cli.js";

/** The audit example's exports (examples/audit), by adapter id: four systems, 70 records. */
export const auditExports = {
  crime: join(repoRoot, "examples/audit/exports/crime.csv"),
  intelligence: join(repoRoot, "examples/audit/exports/intelligence.csv"),
  custody: join(repoRoot, "examples/audit/exports/custody.csv"),
  "missing-person": join(repoRoot, "examples/audit/exports/missing-person.csv"),
} as const;

export type AuditAdapterId = keyof typeof auditExports;
export const auditAdapterIds = Object.keys(auditExports) as AuditAdapterId[];

/** `source.system` as each adapter writes it (the report's system names, and what `--links` may name). */
export const systemOf: Readonly<Record<AuditAdapterId, string>> = {
  crime: "crime-reference-export",
  intelligence: "intelligence-reference-export",
  custody: "custody-reference-export",
  "missing-person": "missing-person-reference-export",
};

/** `--force` and one `--adapter <id>=<file>` per system; the example's files unless others are given. */
export function auditArgs(files: Partial<Readonly<Record<AuditAdapterId, string>>> = {}): string[] {
  return [
    "--force",
    "example-force",
    ...auditAdapterIds.flatMap((id) => ["--adapter", `${id}=${files[id] ?? auditExports[id]}`]),
  ];
}

/** The audit's JSON report, parsed (the type is the model's: the JSON is its plain rendering). */
export const auditJson = (stdout: string): AuditReport => JSON.parse(stdout) as AuditReport;

/** The finding counts by code. */
export function countsByCode(report: AuditReport): Record<FindingCode, Count> {
  return Object.fromEntries(report.findingCounts.map(({ code, count }) => [code, count])) as Record<
    FindingCode,
    Count
  >;
}

/** Finding codes a record earns on its own, whatever else is audited with it. */
export const perRecordCodes: readonly FindingCode[] = [
  "missing-marker",
  "unsupported-marker",
  "cse-cce-confusion",
  "cse-csa-confusion",
  "age-unknown",
  "policy-fact-missing",
  "unmapped-code",
];

/** The `audit:` summary line on stderr, parsed; undefined when there is none. */
export function auditLineOf(
  stderr: string,
): { readonly findings: string; readonly people: number; readonly systems: number } | undefined {
  const match = /^ {2}audit: (.+), (\d+) linked people, (\d+) system\(s\)$/m.exec(stderr);
  if (match === null) return undefined;
  const [, findings = "", people = "", systems = ""] = match;
  return { findings, people: Number(people), systems: Number(systems) };
}

export class CsvSyntaxError extends Error {
  override readonly name = "CsvSyntaxError";
}

/**
 * A strict RFC 4180 reader, written for the tests so the product's own CSV code is not
 * checked against itself. `lineEnd: "crlf"` refuses a bare LF, as the RFC does; the
 * examples' exports end lines with LF. A quote inside an unquoted cell, text after a
 * closing quote and an unterminated quote are errors.
 */
export function parseCsv(text: string, lineEnd: "crlf" | "lf"): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let inQuotes = false;
  let cellStarted = false;
  const endCell = (): void => {
    row.push(cell);
    cell = "";
    cellStarted = false;
  };
  const endRow = (): void => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inQuotes) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else {
        inQuotes = false;
        const next = text[i + 1];
        if (next !== undefined && next !== "," && next !== "\r" && next !== "\n")
          throw new CsvSyntaxError(`text after a closing quote at offset ${i + 1}`);
      }
    } else if (char === '"') {
      if (cellStarted) throw new CsvSyntaxError(`a quote inside an unquoted cell at offset ${i}`);
      inQuotes = true;
      cellStarted = true;
    } else if (char === ",") endCell();
    else if (char === "\r") {
      if (text[i + 1] !== "\n") throw new CsvSyntaxError(`a bare CR at offset ${i}`);
      i += 1;
      endRow();
    } else if (char === "\n") {
      if (lineEnd === "crlf") throw new CsvSyntaxError(`a bare LF at offset ${i}`);
      endRow();
    } else {
      cell += char;
      cellStarted = true;
    }
  }
  if (inQuotes) throw new CsvSyntaxError("an unterminated quoted cell");
  if (cellStarted || row.length > 0) endRow();
  return rows;
}

/** An export's header and rows, parsed. */
export function readExport(path: string): { header: string[]; rows: string[][] } {
  const [header, ...rows] = parseCsv(readFileSync(path, "utf8"), "lf");
  if (header === undefined) throw new Error(`${path} is empty`);
  return { header, rows };
}

const ukDate = /^(\d{2})\/(\d{2})\/(\d{4})/;
const looksLikeValue = [
  /^[A-Z]+-\d+$/, // references: CHILD-001, ADULT-001, CR-3001, PC-9001
  ukDate, // dates and times
  /Synthetic/, // free text
  /^P[CS] \d+$/, // officers
];

/**
 * Every distinct value of the example exports that must never reach a report made without
 * `--with-references`: references, dates (also as the ISO dates the canonical records
 * hold), free text, officers and operation names. Cells holding lists are split on `;`.
 */
export function exportValues(): Set<string> {
  const values = new Set<string>();
  for (const path of Object.values(auditExports)) {
    const { header, rows } = readExport(path);
    for (const row of rows)
      row.forEach((cell, column) => {
        const name = header[column] ?? "";
        for (const part of cell.split(";")) {
          if (part === "") continue;
          if (/^operation_\d+$/.test(name) || looksLikeValue.some((re) => re.test(part))) values.add(part);
          const date = ukDate.exec(part);
          if (date !== null) {
            values.add(date[0]);
            values.add(`${date[3]}-${date[2]}-${date[1]}`);
          }
        }
      });
  }
  return values;
}

/** Every reference in the first column of the example exports (the records' own references). */
export function recordRefs(): Set<string> {
  return new Set(
    Object.values(auditExports).flatMap((path) => readExport(path).rows.map((row) => row[0] ?? "")),
  );
}

export interface RepeatOptions {
  /** Every n-th row gets a reference the adapter rejects, so rejections are spread through the file. */
  readonly rejectEvery?: number;
}

/**
 * One of the audit example's exports with its rows repeated `times` times, each with a new
 * reference (the example's prefix and six digits): a big input for tests of threads. The
 * example has no multi-line cells, so rows are lines.
 */
export function repeatAuditExport(
  adapter: AuditAdapterId,
  times: number,
  options: RepeatOptions = {},
): string {
  const [header = "", ...lines] = readFileSync(auditExports[adapter], "utf8").split("\n");
  const rows = lines.filter((line) => line !== "");
  const out = [header];
  let n = 0;
  for (let i = 0; i < times; i += 1)
    for (const row of rows) {
      n += 1;
      const comma = row.indexOf(",");
      const prefix = row.slice(0, comma).split("-")[0] ?? "X";
      const ref =
        options.rejectEvery !== undefined && n % options.rejectEvery === 0
          ? "not a ref"
          : `${prefix}-${String(n).padStart(6, "0")}`;
      out.push(`${ref}${row.slice(comma)}`);
    }
  return `${out.join("\n")}\n`;
}
