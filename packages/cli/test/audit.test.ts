import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AuditReport, Count, Finding, FindingCode } from "../src/audit/audit-model.js";
import {
  type AuditAdapterId,
  auditAdapterIds,
  auditArgs,
  auditExports,
  auditJson,
  auditLineOf,
  countsByCode,
  exportValues,
  parseCsv,
  perRecordCodes,
  readExport,
  recordRefs,
  repeatAuditExport,
  systemOf,
} from "./audit-helpers.js";
import { csvCell } from "./exports.js";
import { expectUsageError } from "./reconciliation.js";
import { type CliRun, repoRoot, runCli } from "./run-cli.js";
import { useTempDir } from "./temp-dir.js";

const temp = useTempDir();
const readme = readFileSync(join(repoRoot, "examples/audit/README.md"), "utf8");

/** Runs once, on first use: several tests read the same report of the example. */
function once<T>(run: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => {
    result ??= run();
    return result;
  };
}

function expectFindings(run: CliRun): void {
  expect(run.signal).toBeNull();
  expect(run.code, run.stderr).toBe(1);
}

const exampleJsonRun = once(() => runCli(["audit", "--output", "json", ...auditArgs()]));
const exampleJson = async (): Promise<AuditReport> => auditJson((await exampleJsonRun()).stdout);
const exampleWithReferences = once(async () =>
  auditJson((await runCli(["audit", "--output", "json", "--with-references", ...auditArgs()])).stdout),
);

const totalOf = (counts: readonly { readonly count: Count }[]): number =>
  counts.reduce((sum, { count }) => sum + (count === "c" ? 0 : count), 0);

/** The export each adapter read, by the file name the report shows (the absolute paths given). */
const adapterOfFile = new Map(auditAdapterIds.map((id) => [auditExports[id], id]));
const exportLineCount = new Map(
  auditAdapterIds.map((id) => [
    auditExports[id],
    readFileSync(auditExports[id], "utf8").trimEnd().split("\n").length,
  ]),
);

/**
 * Finding counts of the example, from the stories' tables in examples/audit/README.md:
 * - missing-marker: 014 crime (1); 015 crime record, adult and child (3) and its custody record and
 *   adult (2); 016 record, adult and child (3); 017 the child (1); 008 custody (1); 018 custody (1);
 *   020 adult and child, CSA (2); 024 missing episode (1); 025 custody (1); 012 first and third episodes (2).
 * - unsupported-marker: 023. cse-cce-confusion: 018, 019. cse-csa-confusion: 020, 022.
 * - cross-system-disagreement: 024, 025. age-unknown: 026, and 027's missing episode and custody record.
 * - unmapped-code: 028. unlinked-record: 029. Every row maps: no record-rejected.
 */
const storyCounts: Readonly<Record<FindingCode, number>> = {
  "missing-marker": 18,
  "unsupported-marker": 1,
  "cse-cce-confusion": 2,
  "cse-csa-confusion": 2,
  "cross-system-disagreement": 2,
  "age-unknown": 3,
  "policy-fact-missing": 0,
  "unmapped-code": 1,
  "unlinked-record": 1,
  "record-rejected": 0,
};

/** The codes in the README's "finding codes" columns. */
function readmeFindingCodes(): Set<string> {
  const codes = new Set<string>();
  let column = -1;
  for (const line of readme.split("\n")) {
    if (!line.startsWith("|")) {
      column = -1;
      continue;
    }
    const cells = line.split("|").map((cell) => cell.trim());
    if (cells.includes("finding codes")) column = cells.indexOf("finding codes");
    else if (column >= 0 && !/^-+$/.test(cells[column] ?? ""))
      for (const code of (cells[column] ?? "").split(",")) codes.add(code.trim());
  }
  return codes;
}

describe("audit of the bundled example (examples/audit)", () => {
  it("prints the Markdown report, the reconciliation and audit lines, and exits 1 for findings", async () => {
    const [run, report] = await Promise.all([runCli(["audit", ...auditArgs()]), exampleJson()]);
    expectFindings(run);
    const stderr = run.stderr.split("\n");
    expect(stderr[0]).toBe("cse-flags audit: read 70, ok 70, rejected 0 (4 files)");
    expect(auditLineOf(run.stderr)).toEqual({
      findings: `${totalOf(report.findingCounts)} finding(s)`,
      people: report.summary.linkedPeople,
      systems: 4,
    });
    const headings = run.stdout.split("\n").filter((line) => /^#{1,3} /.test(line));
    expect(headings[0]).toBe("# CSE flagging audit");
    const at = (heading: string): number => headings.indexOf(heading);
    expect(at("## Figures")).toBeGreaterThan(0);
    expect(at("## Findings")).toBeGreaterThan(at("## Figures"));
    expect(at("## Profile")).toBeGreaterThan(at("## Findings"));
    // Between Findings and Profile: one section per kind of finding the example has.
    expect(headings.slice(at("## Findings") + 1, at("## Profile"))).toEqual([
      "### Missing and unsupported markers",
      "### Confused marker kinds",
      "### Disagreements across systems",
      "### Data quality",
    ]);
    expect(headings.slice(at("## Profile") + 1)).toEqual(report.profile.tables.map((t) => `### ${t.title}`));
    for (const { code, count } of report.findingCounts)
      if (count !== 0) expect(run.stdout, code).toContain(`#### ${code} (`);
    for (const file of Object.values(auditExports)) expect(run.stdout).toContain(file);
  });

  it("--output json: the finding counts the README's stories produce, every code but two", async () => {
    const report = await exampleJson();
    expectFindings(await exampleJsonRun());
    expect(report.format).toBe("cse-flags-audit/1");
    expect(countsByCode(report)).toEqual(storyCounts);
    // The constants above and the README agree on which codes appear.
    const appearing = Object.entries(storyCounts).flatMap(([code, n]) => (n > 0 ? [code] : []));
    expect(appearing.sort()).toEqual([...readmeFindingCodes()].sort());
    expect(appearing).toHaveLength(8);
    for (const { code, count } of report.findingCounts)
      expect(
        report.findings.filter((f) => f.code === code),
        code,
      ).toHaveLength(count as number);
    expect(report.summary).toMatchObject({ read: 70, audited: 70, rejected: 0 });
    expect(report.summary.systems).toEqual([
      { system: systemOf.crime, records: 20 },
      { system: systemOf.custody, records: 13 },
      { system: systemOf.intelligence, records: 18 },
      { system: systemOf["missing-person"], records: 19 },
    ]);
  });

  it("names records by file and a line that exists in it, of the file's own system", async () => {
    const report = await exampleJson();
    const places = report.findings.flatMap((f) => f.records);
    expect(places.length).toBeGreaterThanOrEqual(report.findings.length);
    for (const place of places) {
      const adapter = adapterOfFile.get(place.file) as AuditAdapterId;
      expect(adapter, place.file).toBeDefined();
      expect(place.system).toBe(systemOf[adapter]);
      expect(place.kind).toBe(adapter);
      expect(place.line).toBe(place.index + 2);
      expect(place.line).toBeGreaterThanOrEqual(2);
      expect(place.line).toBeLessThanOrEqual(exportLineCount.get(place.file) ?? 0);
    }
  });

  it("gives the README's figures, and figures that agree with the profile", async () => {
    const { figures, tables } = (await exampleJson()).profile;
    // "The figures" in the README: 88A or s.15A three times, HO 72 once, group-based for children
    // 001, 003 and 017, repeat missing with CSE indicators 012 and 013; January to October 2026.
    expect(figures).toMatchObject({
      groomingCases: 3,
      traffickingCases: 1,
      groupBasedCases: 3,
      repeatMissingWithIndicators: 2,
      period: { from: "2026-01", to: "2026-10" },
    });
    // Children: the age-band table's people, but for known adults; at most the 34 of the example.
    const bands = tables.find((t) => t.id === "age-band");
    const children = (bands?.rows ?? [])
      .filter((row) => row.key !== "18-or-over")
      .reduce((sum, row) => sum + (row.counts[0] as number), 0);
    expect(figures.children).toBe(children);
    expect(children).toBeGreaterThan(20);
    expect(children).toBeLessThanOrEqual(34);
    // At least the fourteen crimes the policy proposes CSE on, at most the CSE-related records.
    const related = tables
      .find((t) => t.id === "system")
      ?.rows.reduce((sum, row) => sum + (row.counts[1] as number), 0);
    expect(figures.cseCases).toBeGreaterThanOrEqual(14);
    expect(figures.cseCases).toBeLessThanOrEqual(related ?? 0);
  });
});

/** Every value of the exports that `text` holds. */
const leaked = (text: string, values: ReadonlySet<string>): string[] =>
  [...values].filter((v) => text.includes(v));

describe("nothing leaks", () => {
  it("no reference, date, free text or operation of the exports in stdout, stderr or any --out-dir file", async () => {
    const values = exportValues();
    // The check has something to find: references, dates (both forms), free text and the operation.
    expect(values.size).toBeGreaterThan(200);
    for (const v of [
      "CHILD-001",
      "ADULT-001",
      "CR-3001",
      "IR-3001",
      "CU-3008",
      "MP-3001",
      "2010-05-14",
      "STRIVER",
    ])
      expect(values).toContain(v);
    const dirs = ["leak-full", "leak-suppressed"].map((d) => join(temp.path(), d));
    const runs = await Promise.all([
      runCli(["audit", "--out-dir", dirs[0] ?? "", ...auditArgs()]),
      runCli(["audit", "--suppress-small-counts", "--out-dir", dirs[1] ?? "", ...auditArgs()]),
      ...["json", "csv", "html"].map((output) => runCli(["audit", "--output", output, ...auditArgs()])),
    ]);
    const texts: [string, string][] = runs.flatMap((run, i) => [
      [`stdout ${i}`, run.stdout],
      [`stderr ${i}`, run.stderr],
    ]);
    for (const dir of dirs)
      for (const name of readdirSync(dir)) texts.push([name, readFileSync(join(dir, name), "utf8")]);
    expect(texts).toHaveLength(runs.length * 2 + 10);
    for (const run of runs) expectFindings(run);
    for (const [name, text] of texts) expect(leaked(text, values), name).toEqual([]);
    // Not even the unmapped keyword (README: `BUSTRIPS`): the report names its code system only.
    for (const [name, text] of texts) expect(text, name).not.toContain("BUSTRIPS");
  });

  it("--with-references: the JSON findings name each record by its own reference, the check has teeth", async () => {
    const report = await exampleWithReferences();
    expect(report.withReferences).toBe(true);
    const refs = recordRefs();
    const places = report.findings.flatMap((f) => f.records);
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) {
      expect(refs).toContain(place.recordId);
      // The reference is the first cell of the very line the finding points at.
      const row = readExport(place.file).rows[(place.line ?? 0) - 2];
      expect(row?.[0], `${place.file}:${place.line}`).toBe(place.recordId);
    }
    expect(leaked(JSON.stringify(report), exportValues()).length).toBeGreaterThan(0);
  });
});

/** Every count in the report's finding counts, figures and profile tables, with where it is. */
function countsOf(report: AuditReport): [string, Count][] {
  const { figures, tables } = report.profile;
  return [
    ...report.findingCounts.map(({ code, count }): [string, Count] => [`findingCounts/${code}`, count]),
    ...Object.entries(figures).flatMap(([name, value]): [string, Count][] =>
      typeof value === "number" || value === "c" ? [[`figures/${name}`, value]] : [],
    ),
    ...tables.flatMap((table) =>
      table.rows.flatMap((row) =>
        row.counts.map((count, i): [string, Count] => [`${table.id}/${row.key}/${table.columns[i]}`, count]),
      ),
    ),
  ];
}

describe("--suppress-small-counts", () => {
  it("shows no count of 1 to 5 and lists no finding", async () => {
    const [run, full] = await Promise.all([
      runCli(["audit", "--output", "json", "--suppress-small-counts", ...auditArgs()]),
      exampleJson(),
    ]);
    expectFindings(run);
    expect(auditLineOf(run.stderr)?.findings).toBe("findings (counts suppressed)");
    const report = auditJson(run.stdout);
    expect(report.suppressed).toBe(true);
    expect(report.findings).toEqual([]);
    const counts = countsOf(report);
    const unsuppressed = new Map(countsOf(full));
    expect(counts.map(([where]) => where)).toEqual([...unsuppressed.keys()]);
    for (const [where, count] of counts) {
      expect(count === "c" || count === 0 || count > 5, `${where}: ${count}`).toBe(true);
      const before = unsuppressed.get(where) as Count;
      // A small count is hidden; a larger one is kept, or hidden too so a total cannot give a small one away.
      if (typeof before === "number" && before >= 1 && before <= 5) expect(count, where).toBe("c");
      else if (count !== "c") expect(count, where).toBe(before);
    }
    expect(counts.filter(([, count]) => count === "c").length).toBeGreaterThan(10);
    // Secondary suppression: no table column has a single hidden cell.
    for (const table of report.profile.tables)
      table.columns.forEach((column, i) => {
        const hidden = table.rows.filter((row) => row.counts[i] === "c").length;
        expect(hidden, `${table.id}/${column}`).not.toBe(1);
      });
  });

  it("does not go with --with-references: exit 2", async () => {
    const run = await runCli(["audit", "--suppress-small-counts", "--with-references", ...auditArgs()]);
    expectUsageError(run, /--suppress-small-counts and --with-references do not go together/);
  });
});

const outDirNames = ["audit.html", "audit.json", "audit.md", "findings.csv", "profile.csv"];
const fileOfOutput = { markdown: "audit.md", json: "audit.json", csv: "findings.csv", html: "audit.html" };

/** A CSV cell a spreadsheet could run as a formula (OWASP): it must not start so. */
const formulaStart = /^[=+\-@\t\r]/;

function expectSafeCsv(text: string, name: string): string[][] {
  const rows = parseCsv(text, "crlf");
  const [header = []] = rows;
  for (const [i, row] of rows.entries()) {
    expect(row, `${name} row ${i}`).toHaveLength(header.length);
    for (const cell of row) expect(cell, `${name} row ${i}`).not.toMatch(formulaStart);
  }
  return rows;
}

describe("--out-dir", () => {
  it("writes every format; stdout is the file of the chosen --output; CSVs parse and are inert; HTML has a CSP and no script", async () => {
    const outputs = Object.keys(fileOfOutput) as (keyof typeof fileOfOutput)[];
    const runs = await Promise.all(
      outputs.map((output) =>
        runCli(["audit", "--output", output, "--out-dir", `out-${output}`, ...auditArgs()], {
          cwd: temp.path(),
        }),
      ),
    );
    const files = outputs.map((output) => {
      const dir = join(temp.path(), `out-${output}`);
      expect(readdirSync(dir).sort()).toEqual(outDirNames);
      return new Map(outDirNames.map((name) => [name, readFileSync(join(dir, name), "utf8")]));
    });
    const [first] = files;
    for (const [i, output] of outputs.entries()) {
      expectFindings(runs[i] as CliRun);
      expect(runs[i]?.stdout === files[i]?.get(fileOfOutput[output]), `stdout of --output ${output}`).toBe(
        true,
      );
      // What --out-dir writes does not depend on --output.
      expect(files[i]).toEqual(first);
    }
    const report = auditJson(first?.get("audit.json") ?? "");
    const findingRows = expectSafeCsv(first?.get("findings.csv") ?? "", "findings.csv");
    expect(findingRows[0]?.slice(0, 3)).toEqual(["code", "category", "severity"]);
    expect(findingRows).toHaveLength(
      1 + report.findings.reduce((n, f) => n + Math.max(1, f.records.length), 0),
    );
    expect(findingRows.slice(1).map((row) => row[0])).toEqual(
      report.findings.flatMap((f) => Array.from({ length: Math.max(1, f.records.length) }, () => f.code)),
    );
    const profileRows = expectSafeCsv(first?.get("profile.csv") ?? "", "profile.csv");
    expect(profileRows).toContainEqual(["figures", "groomingCases", "count", "3"]);
    const html = first?.get("audit.html") ?? "";
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;[^"]*">/,
    );
    expect(html).not.toMatch(/<script/i);
  });

  it("keeps a hostile file name inert in the CSV and escaped in the HTML", async () => {
    const name = `=HYPERLINK("x")<img src=x onerror=alert(1)>.csv`;
    copyFileSync(auditExports.crime, join(temp.path(), name));
    const run = await runCli(
      ["audit", "--force", "example-force", "--adapter", "crime", "--out-dir", "hostile", name],
      { cwd: temp.path() },
    );
    expectFindings(run);
    const dir = join(temp.path(), "hostile");
    const rows = expectSafeCsv(readFileSync(join(dir, "findings.csv"), "utf8"), "findings.csv");
    const fileColumn = rows[0]?.indexOf("file") ?? -1;
    expect(new Set(rows.slice(1).map((row) => row[fileColumn]))).toEqual(new Set([`'${name}`]));
    const html = readFileSync(join(dir, "audit.html"), "utf8");
    expect(html).not.toContain("<img");
    expect(html).not.toMatch(/<script/i);
  });

  it("refuses, with exit 2 and before writing anything, an --out-dir file that is an input", async () => {
    const dir = join(temp.path(), "refused");
    mkdirSync(dir);
    const input = join(dir, "findings.csv");
    copyFileSync(auditExports.crime, input);
    const run = await runCli([
      "audit",
      "--force",
      "example-force",
      "--adapter",
      `crime=${input}`,
      "--out-dir",
      dir,
    ]);
    expectUsageError(run, /--out-dir .*findings\.csv is also an input file/);
    expect(readdirSync(dir)).toEqual(["findings.csv"]);
    expect(readFileSync(input, "utf8")).toBe(readFileSync(auditExports.crime, "utf8"));
  });

  it("refuses a --report that is also an --out-dir file, before creating the folder", async () => {
    const dir = join(temp.path(), "clash");
    const run = await runCli(["audit", "--report", join(dir, "audit.md"), "--out-dir", dir, ...auditArgs()]);
    expectUsageError(run, /name the same file/);
    expect(existsSync(dir)).toBe(false);
  });
});

describe("--jobs", () => {
  it("gives byte-identical JSON with 2 threads as with 1 on the example", async () => {
    const [one, two] = await Promise.all(
      ["1", "2"].map((jobs) => runCli(["audit", "--output", "json", "--jobs", jobs, ...auditArgs()])),
    );
    expectFindings(one as CliRun);
    expect(two?.code).toBe(1);
    expect(one?.stdout === two?.stdout, "stdout is byte-identical").toBe(true);
    expect(two?.stderr).toBe(one?.stderr);
  });

  it("and on 1,400 rows, some rejected, read in many batches", async () => {
    const files = Object.fromEntries(
      auditAdapterIds.map((id) => [
        id,
        temp.write(`big-${id}.csv`, repeatAuditExport(id, 20, { rejectEvery: 97 })),
      ]),
    );
    const [one, two] = await Promise.all(
      ["1", "2"].map((jobs) => runCli(["audit", "--output", "json", "--jobs", jobs, ...auditArgs(files)])),
    );
    expectFindings(one as CliRun);
    const reconciled = /^cse-flags audit: read 1,400, ok ([\d,]+), rejected (\d+) \(4 files\)$/m.exec(
      one?.stderr ?? "",
    );
    expect(reconciled, one?.stderr).not.toBeNull();
    const rejected = Number(reconciled?.[2]);
    expect(rejected).toBeGreaterThan(4);
    expect(one?.stdout === two?.stdout, "stdout is byte-identical").toBe(true);
    const report = auditJson(one?.stdout ?? "");
    expect(countsByCode(report)["record-rejected"]).toBe(rejected);
    // Twenty copies of every story: twenty times each per-record finding, less the rows rejected.
    expect(countsByCode(report)["missing-marker"]).toBeGreaterThan(18 * 18);
  });
});

/** A finding without where it was read: what must not change when the same records come another way. */
const placeless = (finding: Finding): unknown => ({
  ...finding,
  records: finding.records.map(({ file: _file, line: _line, ...rest }) => rest),
});

describe("canonical NDJSON", () => {
  it("auditing the mapped records gives the same findings and profile as auditing the exports", async () => {
    const mapped = await Promise.all(
      auditAdapterIds.map((id) =>
        runCli(["map", "--force", "example-force", "--adapter", id, auditExports[id]]).then((run) => {
          expect(run.code, run.stderr).toBe(0);
          return temp.write(`mapped-${id}.ndjson`, run.stdout);
        }),
      ),
    );
    const [run, fromCsv] = await Promise.all([
      runCli(["audit", "--output", "json", ...mapped]),
      exampleJson(),
    ]);
    expectFindings(run);
    expect(run.stderr.split("\n")[0]).toBe("cse-flags audit: read 70, ok 70, rejected 0 (4 files)");
    const report = auditJson(run.stdout);
    expect(report.findingCounts).toEqual(fromCsv.findingCounts);
    expect(report.profile).toEqual(fromCsv.profile);
    expect(report.summary.systems).toEqual(fromCsv.summary.systems);
    expect(report.findings.map(placeless)).toEqual(fromCsv.findings.map(placeless));
    // NDJSON has no header line: the same record is one line higher.
    expect(report.findings.flatMap((f) => f.records.map((r) => r.line))).toEqual(
      fromCsv.findings.flatMap((f) => f.records.map((r) => (r.line ?? 0) - 1)),
    );
  });
});

describe("--links", () => {
  /** Link keys for crime and missing-person records only: intelligence and custody link to nothing. */
  const crimeAndMissingOnly = {
    linkKeys: [
      {
        name: "child-ref",
        entity: "person",
        paths: ["/persons/*/ref"],
        systems: [systemOf.crime, systemOf["missing-person"]],
      },
      {
        name: "crime-ref",
        entity: "occurrence",
        paths: ["/source/recordId", "/offences/*/ref"],
        systems: [systemOf.crime, systemOf["missing-person"]],
      },
    ],
  };

  it("a custom file changes the cross-system findings and no per-record one", async () => {
    const links = temp.write("crime-and-missing.json", JSON.stringify(crimeAndMissingOnly));
    const [run, before, withRefs] = await Promise.all([
      runCli(["audit", "--output", "json", "--with-references", "--links", links, ...auditArgs()]),
      exampleJson(),
      exampleWithReferences(),
    ]);
    expectFindings(run);
    const after = auditJson(run.stdout);
    expect(after.summary.linkKeys).toEqual(["child-ref", "crime-ref"]);
    const was = countsByCode(before);
    const is = countsByCode(after);
    for (const code of perRecordCodes) expect(is[code], code).toBe(was[code]);
    // Both disagreements the README tells (024, 025) set intelligence against another system.
    expect(was["cross-system-disagreement"]).toBe(2);
    expect(is["cross-system-disagreement"]).toBe(0);
    // Every CSE-related intelligence and custody record is now unlinked.
    const unlinked = after.findings.filter((f) => f.code === "unlinked-record").flatMap((f) => f.records);
    const relatedOf = (system: string): Count | undefined =>
      before.profile.tables.find((t) => t.id === "system")?.rows.find((r) => r.key === system)?.counts[1];
    for (const id of ["intelligence", "custody"] as const)
      expect(
        unlinked.filter((r) => r.system === systemOf[id]),
        id,
      ).toHaveLength(relatedOf(systemOf[id]) as number);
    // A crime whose child has a missing episode stays linked (001); the unlinked story's crime (029) does not.
    const unlinkedRefs = unlinked.map((r) => r.recordId);
    expect(unlinkedRefs).not.toContain("CR-3001");
    expect(unlinkedRefs).toContain("CR-3031");
    const defaultUnlinked = withRefs.findings.filter((f) => f.code === "unlinked-record");
    expect(defaultUnlinked.flatMap((f) => f.records.map((r) => r.recordId))).toEqual(["CR-3031"]);
  });

  const secret = "SECRET-VALUE-123";
  const validKey = { name: "person", entity: "person", paths: ["/persons/*/ref"] };
  const badFiles: readonly [string, string, RegExp][] = [
    [
      "person-path.json",
      JSON.stringify({ linkKeys: [{ ...validKey, paths: [`/${secret}/ref`] }] }),
      /are not valid: \/linkKeys\/0\/paths\/0 .*\/persons\/\*\//,
    ],
    [
      "unknown-field.json",
      JSON.stringify({ linkKeys: [validKey], comment: secret }),
      /are not valid: \/comment unrecognized_key/,
    ],
    [
      "bad-entity.json",
      JSON.stringify({ linkKeys: [{ ...validKey, entity: secret }] }),
      /are not valid: \/linkKeys\/0\/entity invalid_value/,
    ],
    [
      "same-system-twice.json",
      JSON.stringify({ linkKeys: [{ ...validKey, systems: [secret, secret] }] }),
      /are not valid: \/linkKeys\/0\/systems\/1 custom/,
    ],
    ["not-json.json", `{"linkKeys": [${secret}]}`, /are not valid JSON/],
  ];

  it.each(badFiles)(
    "refuses %s with exit 2, naming the file and the problem, not its values",
    async (name, text, problem) => {
      const file = temp.write(join("links", name), text);
      const run = await runCli(["audit", "--links", file, ...auditArgs()]);
      expectUsageError(run, new RegExp(`the link keys ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} `));
      expect(run.stderr).toMatch(problem);
      expect(run.stderr).not.toContain(secret);
    },
  );

  it("refuses a missing file with exit 2", async () => {
    const run = await runCli(["audit", "--links", "no-such-links.json", ...auditArgs()], {
      cwd: temp.path(),
    });
    expectUsageError(run, /cannot read the link keys no-such-links\.json/);
  });
});

describe("usage errors", () => {
  it("an unknown --output lists the formats", async () => {
    const run = await runCli(["audit", "--output", "pdf", ...auditArgs()]);
    expectUsageError(run, /--output must be one of: markdown, json, csv, html|did you mean/);
  });

  it("no files: the same error as validate and flag", async () => {
    const runs = await Promise.all(
      ["validate", "flag", "audit"].map((command) => runCli([command, "--force", "example-force"])),
    );
    for (const run of runs) expectUsageError(run, /no files to read/);
    const [validate, flag, audit] = runs.map((run) =>
      run.stderr.replace(/^cse-flags \w+/, "cse-flags COMMAND"),
    );
    expect(audit).toBe(validate);
    expect(audit).toBe(flag);
  });
});

describe("property: any subset of the crime rows, in any order", () => {
  it("audits to valid JSON, exits 0 or 1 as findings say, and finds for each record what the full set finds", async () => {
    const { header, rows } = readExport(auditExports.crime);
    // Every run audits one crime export, as JSON with references, so findings can be matched by record.
    const auditCrime = (file: string) =>
      runCli([
        "audit",
        "--output",
        "json",
        "--with-references",
        "--force",
        "example-force",
        "--adapter",
        "crime",
        file,
      ]);
    const fullRun = await auditCrime(auditExports.crime);
    expectFindings(fullRun);
    // A per-record finding is decided by its record alone, so a subset finds exactly the full set's for its records.
    const key = (f: Finding): string =>
      JSON.stringify([
        f.code,
        f.records[0]?.recordId,
        f.records[0]?.subject,
        f.records[0]?.role,
        f.rules,
        f.evidence,
      ]);
    const perRecord = (report: AuditReport): Finding[] =>
      report.findings.filter((f) => perRecordCodes.includes(f.code));
    const full = perRecord(auditJson(fullRun.stdout));
    expect(full.length).toBeGreaterThan(5);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(rows), async (subset) => {
        n += 1;
        const text = [header, ...subset].map((row) => `${row.map(csvCell).join(",")}\n`).join("");
        const file = temp.write(join("subsets", `crime-${n}.csv`), text);
        const run = await auditCrime(file);
        const report = auditJson(run.stdout);
        const total = totalOf(report.findingCounts);
        expect(run.code, run.stderr).toBe(total > 0 ? 1 : 0);
        expect(report.summary).toMatchObject({ read: subset.length, audited: subset.length, rejected: 0 });
        expect(report.findings).toHaveLength(total);
        const refs = new Set(subset.map((row) => row[0]));
        const expected = full.filter((f) => refs.has(f.records[0]?.recordId ?? "")).map(key);
        expect(perRecord(report).map(key).sort()).toEqual(expected.sort());
        // One system: nothing to disagree with or link to.
        expect(countsByCode(report)["cross-system-disagreement"]).toBe(0);
        expect(countsByCode(report)["unlinked-record"]).toBe(0);
      }),
      { numRuns: 15 },
    );
  });
});
