import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { crimeRow, csvFor } from "./exports.js";
import { reconciliationOf } from "./reconciliation.js";
import { deleteAt, exampleRecord, ndjson, setAt } from "./records.js";
import { runCli } from "./run-cli.js";
import { useTempDir } from "./temp-dir.js";

// Output names files, lines, pointers, codes and messages, never a value from a record. Every
// free value below carries "SNTL" (upper or lower case): finding it anywhere in the output is a leak.
const sentinel = /sntl/i;
const temp = useTempDir();

/** Valid canonical records whose every free value is a sentinel: flag must explain them by path only. */
function validSentinelRecords(): Record<string, unknown>[] {
  const crime = exampleRecord("crime");
  setAt(crime, "/source/force", "SNTL-FORCE-1");
  setAt(crime, "/source/system", "SNTL-SYSTEM-2");
  setAt(crime, "/source/recordId", "SNTL-RECORD-3");
  setAt(crime, "/source/adapter", { id: "SNTL-ADAPTER-4", version: "1.0.0" });
  for (const [i, ref] of ["SNTL-PERSON-5", "SNTL-PERSON-6", "SNTL-PERSON-7"].entries())
    setAt(crime, `/persons/${i}/ref`, ref);
  setAt(crime, "/indicators/0/personRef", "SNTL-PERSON-7");
  setAt(crime, "/indicators/1/personRef", "SNTL-PERSON-7");
  setAt(crime, "/indicators/0/sourcePath", "SNTL/source/path-8");
  setAt(crime, "/offences/0/ref", "SNTL-OFFENCE-9");
  setAt(crime, "/locations/0/ref", "SNTL-LOCATION-10");
  setAt(crime, "/vehicles/0/ref", "SNTL-VEHICLE-11");
  setAt(crime, "/markers/0/sourceCode", { system: "sntl-flags-12", code: "SNTLFLAG13" });
  setAt(crime, "/unmappedCodes", [{ system: "sntl-codes-14", code: "SNTLCODE15", path: "SNTL/path-16" }]);
  const intelligence = exampleRecord("intelligence");
  setAt(intelligence, "/intelligence/operations", ["SNTL OPERATION 17"]);
  setAt(intelligence, "/source/recordId", "sntl-record-18");
  return [crime, intelligence];
}

/** Invalid canonical records, each wrong in a way that tempts a message to quote the value. */
function invalidSentinelRecords(): unknown[] {
  const base = () => exampleRecord("crime");
  return [
    setAt(base(), "/source/recordId", "SNTL bad ref 20 !"),
    setAt(setAt(base(), "/event/start", "SNTL-DATE-21"), "/recordedAt", "31/02/SNTL22"),
    setAt(base(), "/persons/2/dateOfBirth", "2011-02-30SNTL23"),
    setAt(setAt(base(), "/unknownKey", "SNTL-UNKNOWN-VALUE-24"), "/persons/0/nickname", "SNTL-NICKNAME-25"),
    setAt(base(), "/indicators/0/code", "sntl-not-an-indicator-26"),
    setAt(base(), "/offences/0/homeOffice/code", "SNTL27"),
    setAt(setAt(base(), "/classification", "SNTL-CLASSIFICATION-28"), "/kind", "SNTL-KIND-29"),
    setAt(setAt(base(), "/persons/0/roles", ["sntl-role-30"]), "/persons/1/attributes", [
      "SNTL-ATTRIBUTE-31",
    ]),
    setAt(setAt(base(), "/persons", "SNTL-PERSONS-32"), "/vehicles", [{ ref: 33, colour: "SNTL-COLOUR-34" }]),
    setAt(base(), "/markers/0/kind", "SNTL-MARKER-35"),
    deleteAt(setAt(base(), "/persons/1/ageAtEvent", "SNTL-AGE-36"), "/persons/1/roles"),
    "SNTL-A-BARE-STRING-37",
    ["SNTL-IN-AN-ARRAY-38"],
  ];
}

/** Lines no JSON parser accepts, with sentinels inside, and a `__proto__` key the input guard refuses. */
const unreadableLines = [
  '{"source": {"recordId": "SNTL-BROKEN-40"',
  "SNTL-NOT-JSON-41",
  '{"kind": "crime", "note": "SNTL-TRAILING-42",}',
  '{"__proto__": {"polluted": "SNTL-PROTO-43"}, "constructor": "SNTL-CONSTRUCTOR-44"}',
];

function canonicalFile(): string {
  const valid = validSentinelRecords();
  const invalid = invalidSentinelRecords();
  return temp.write(
    "sentinels.ndjson",
    ndjson(valid) + ndjson(invalid) + unreadableLines.map((l) => `${l}\n`).join(""),
  );
}
const canonicalCounts = { read: 2 + 13 + 4, ok: 2, rejected: 17 };

const row = crimeRow("CR-0301");

/** One row that maps, with sentinels in every free column, and rows the adapter rejects for a sentinel value. */
function exportFile(): string {
  return temp.write(
    "sentinels.csv",
    csvFor("crime", [
      {
        ...row,
        crime_ref: "SNTL-REF-50",
        location_ref: "SNTL-LOC-51",
        person_1_ref: "SNTL-PERSON-52",
        person_1_circumstances: "XGIFT;SNTLCODE53",
        crime_flags: "SNTLFLAG54",
        offence_1_cjs_code: "SNTLCJS55",
        officer_in_case: "SNTL officer 56",
        mo_summary: "SNTL free text, with a comma 57",
        officer_notes: 'SNTL notes\nover two lines "58"',
        person_2_ref: "SNTL-ADULT-59",
        person_2_role: "SUS",
        person_2_dob: "01/01/1980",
      },
      { ...row, crime_ref: "sntl lower case 60" },
      { ...row, recorded_date: "SNTL-DATE-61" },
      { ...row, committed_from: "31/02/2026 SNTL62" },
      { ...row, protective_marking: "SNTL-MARKING-63" },
      { ...row, person_1_looked_after: "SNTL64" },
      { ...row, person_1_role: "SNTLROLE65" },
      { ...row, person_1_dob: "02/09/1011" },
      { ...row, offence_1_ho_class: "SNTL66" },
      { ...row, offence_1_soa_section: "SNTL67" },
      { ...row, person_2_ref: "SNTL-HALF-GROUP-68" },
      {
        ...row,
        person_1_ref: "SNTL-SAME-69",
        person_2_ref: "SNTL-SAME-69",
        person_2_role: "VIC",
        person_2_dob: "03/09/2011",
      },
    ]),
  );
}
const exportCounts = { read: 12, ok: 1, rejected: 11 };

const adapter = ["--adapter", "crime", "--force", "example-force"];

function expectNoSentinel(run: { stdout: string; stderr: string }): void {
  expect(run.stdout).not.toMatch(sentinel);
  expect(run.stderr).not.toMatch(sentinel);
}

describe("no record values in the output", () => {
  it.each(["text", "json", "junit", "github"])(
    "validate --output %s of canonical records",
    async (output) => {
      const run = await runCli(["validate", "--output", output, canonicalFile()]);
      expect(run.code).toBe(1);
      expect(reconciliationOf(run.stderr)).toMatchObject(canonicalCounts);
      expect(run.stdout).toMatch(/\/source\/recordId/);
      expectNoSentinel(run);
    },
  );

  it.each(["text", "json", "junit", "github"])("validate --output %s of a source export", async (output) => {
    const run = await runCli(["validate", ...adapter, "--output", output, exportFile()]);
    expect(run.code).toBe(1);
    expect(reconciliationOf(run.stderr)).toMatchObject(exportCounts);
    expect(run.stdout).toMatch(/\/crime_ref/);
    expectNoSentinel(run);
  });

  it.each(["text", "junit", "github"])("flag --output %s of canonical records", async (output) => {
    const run = await runCli(["flag", "--output", output, canonicalFile()]);
    expect(run.code).toBe(1);
    expect(reconciliationOf(run.stderr)).toMatchObject({ ...canonicalCounts, flagged: 2 });
    expect(run.stdout).toMatch(/propose CSE/);
    expectNoSentinel(run);
  });

  it.each(["text", "junit", "github"])("flag --output %s of a source export", async (output) => {
    const run = await runCli(["flag", ...adapter, "--output", output, exportFile()]);
    expect(run.code).toBe(1);
    expect(reconciliationOf(run.stderr)).toMatchObject(exportCounts);
    expect(run.stdout).toMatch(/propose CSE/);
    expectNoSentinel(run);
  });

  it.each(["canonical records", "a source export"])(
    "flag --output json of %s names no reference",
    async (what) => {
      const input = what === "canonical records" ? [canonicalFile()] : [...adapter, exportFile()];
      const run = await runCli(["flag", "--output", "json", ...input]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/"type":"decision"/);
      // The report keeps the record's kind, force and system (which say where a decision came from), and nothing else from it.
      const found = new Set(`${run.stdout}${run.stderr}`.match(/sntl[^"]*/gi) ?? []);
      expect([...found].filter((s) => s !== "SNTL-FORCE-1" && s !== "SNTL-SYSTEM-2")).toEqual([]);
    },
  );

  it("the check has teeth: the --decisions file, which is for the records system, does carry the values", async () => {
    const run = await runCli(["flag", "--decisions", "full.ndjson", canonicalFile()], { cwd: temp.path() });
    expectNoSentinel(run);
    const full = readFileSync(join(temp.path(), "full.ndjson"), "utf8");
    expect(full).toContain("SNTL-RECORD-3");
    expect(full).toContain("SNTL-PERSON-7");
  });

  it("map --rejects and the text report on stderr; only the mapped row's values reach stdout", async () => {
    const run = await runCli(["map", ...adapter, "--rejects", "rejects.ndjson", exportFile()], {
      cwd: temp.path(),
    });
    expect(run.code).toBe(1);
    expect(reconciliationOf(run.stderr)).toMatchObject(exportCounts);
    expect(run.stderr).not.toMatch(sentinel);
    const rejects = readFileSync(join(temp.path(), "rejects.ndjson"), "utf8");
    expect(rejects.trim().split("\n")).toHaveLength(exportCounts.rejected);
    expect(rejects).not.toMatch(sentinel);
    // The mapped record carries its own values (that is its job), and nothing from the rejected rows.
    expect(run.stdout).toContain("SNTL-REF-50");
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
    expect(
      run.stdout
        .match(/sntl[\w -]*?(\d+)/gi)
        ?.map((m) => Number(/(\d+)$/.exec(m)?.[1]))
        .every((n) => n >= 50 && n <= 59),
    ).toBe(true);
  });
});
