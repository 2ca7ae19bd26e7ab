import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Decision, parseWith } from "@cse-flags/core";
import { describe, expect, it } from "vitest";
import { expectUsageError, reconciliationOf } from "./reconciliation.js";
import { exampleRecord, exampleRecordPaths, jsonLines, ndjson, setAt } from "./records.js";
import { exampleExports, repoRoot, runCli } from "./run-cli.js";
import { useTempDir } from "./temp-dir.js";

const temp = useTempDir();
const overlay = join(repoRoot, "examples/policy-overlays/example-force.json");

/** A decision as the json report prints it: core's Decision without the record's values. */
interface ReportDecision {
  readonly record: Readonly<Record<string, string>>;
  readonly policy: Decision["policy"];
  readonly proposals: readonly (Omit<Decision["proposals"][number], "subject"> & {
    readonly subject: { readonly type: string; readonly at?: string; readonly role?: string };
  })[];
}

interface DecisionLine {
  readonly type: string;
  readonly file: string;
  readonly index: number;
  readonly line: number;
  readonly decision: ReportDecision;
}

const decisionsOf = (stdout: string): DecisionLine[] =>
  (jsonLines(stdout) as DecisionLine[]).filter((l) => l.type === "decision");

/** The `--decisions` file: one full Decision per line, each checked against core's schema. */
function fullDecisions(path: string): Decision[] {
  return jsonLines(readFileSync(path, "utf8")).map((value) => {
    const parsed = parseWith(Decision, value);
    if (!parsed.ok) throw new Error(`not a Decision: ${JSON.stringify(parsed.issues)}`);
    return parsed.value;
  });
}

const recordId = (record: Record<string, unknown>): string =>
  (record.source as { recordId: string }).recordId;

/** A record with no sign of anything, an overlay heading on an intelligence record, and a gang-associated child. */
function overlayRecords(): string {
  const plain = exampleRecord("crime");
  const heading = setAt(exampleRecord("intelligence"), "/indicators", []);
  setAt(heading, "/intelligence/operations", ["EXAMPLE HEADING"]);
  setAt(heading, "/source/recordId", "INT-HEADING-1");
  const gang = setAt(exampleRecord("crime"), "/source/recordId", "CR-GANG-1");
  setAt(gang, "/offences", [{ ref: "OFF-1", homeOffice: { code: "105A" } }]);
  setAt(gang, "/markers", []);
  setAt(gang, "/indicators", [
    { code: "gang-association", personRef: "P-CHILD-A", sourcePath: "synthetic/gang" },
  ]);
  return ndjson([plain, heading, gang]);
}

describe("flag: one decision per record", () => {
  it("explains each record's decision in text, by marker, rule and evidence path", async () => {
    const files = Object.values(exampleRecordPaths);
    const run = await runCli(["flag", ...files]);
    expect(run.code, run.stderr).toBe(0);
    const headers = run.stdout.split("\n").filter((line) => /^\S/.test(line));
    expect(headers).toEqual(
      files.map((f) => expect.stringMatching(new RegExp(`^${f}:1:( no marker proposed)?$`))),
    );
    expect(run.stdout).toMatch(
      /^ {2}propose CSE \[group-based\] on the record: rules national:cse-defining-offence/m,
    );
    expect(reconciliationOf(run.stderr)).toMatchObject({
      command: "flag",
      read: 4,
      ok: 4,
      rejected: 0,
      files: 4,
    });
  });

  const fiveRecords = () => [
    exampleRecord("crime"),
    setAt(exampleRecord("custody"), "/kind", "not-a-kind"),
    exampleRecord("intelligence"),
    exampleRecord("missing-person"),
    exampleRecord("custody"),
  ];

  it("--output json gives a decision line per valid record, in order, then a summary, with no record values", async () => {
    const file = temp.write("five.ndjson", ndjson(fiveRecords()));
    const run = await runCli(["flag", "--output", "json", file]);
    expect(run.code).toBe(1);
    const lines = jsonLines(run.stdout) as { type: string }[];
    expect(lines.map((l) => l.type)).toEqual([
      "decision",
      "rejected",
      "decision",
      "decision",
      "decision",
      "summary",
    ]);
    const decisions = decisionsOf(run.stdout);
    expect(decisions.map((d) => [d.index, d.line, d.decision.record.kind])).toEqual([
      [0, 1, "crime"],
      [2, 3, "intelligence"],
      [3, 4, "missing-person"],
      [4, 5, "custody"],
    ]);
    expect(lines.at(-1)).toMatchObject({ type: "summary", read: 5, ok: 4, rejected: 1 });
    // People are named by where they are in the record, never by their reference.
    const people = decisions
      .flatMap((d) => d.decision.proposals.map((p) => p.subject))
      .filter((s) => s.type === "person");
    expect(people.length).toBeGreaterThan(0);
    for (const subject of people) expect(subject.at).toMatch(/^\/persons\/\d+$/);
    for (const record of fiveRecords()) expect(run.stdout).not.toContain(recordId(record));
    expect(run.stdout).not.toContain("P-CHILD-A");
  });

  it("--decisions writes each decision in full, a valid core Decision, in input order", async () => {
    const file = temp.write("five-full.ndjson", ndjson(fiveRecords()));
    const run = await runCli(["flag", "--decisions", "decisions.ndjson", file], { cwd: temp.path() });
    expect(run.code).toBe(1);
    const decisions = fullDecisions(join(temp.path(), "decisions.ndjson"));
    const records = fiveRecords();
    expect(decisions.map((d) => d.record.recordId)).toEqual(
      [0, 2, 3, 4].map((i) => recordId(records[i] ?? {})),
    );
    const child = decisions[0]?.proposals.find(
      (p) => p.subject.type === "person" && p.subject.role === "victim",
    );
    expect(child?.subject).toMatchObject({ ref: "P-CHILD-A" });
  });
});

describe("flag --policy: a force's overlay", () => {
  it("changes the decisions the overlay reaches, keeps the others, and names the overlay layer", async () => {
    const file = temp.write("overlay-records.ndjson", overlayRecords());
    const [national, local] = await Promise.all([
      runCli(["flag", "--output", "json", file]),
      runCli(["flag", "--output", "json", "--policy", overlay, file]),
    ]);
    expect(national.code).toBe(0);
    expect(local.code).toBe(0);
    const before = decisionsOf(national.stdout).map((l) => l.decision);
    const after = decisionsOf(local.stdout).map((l) => l.decision);
    expect(after.map((d) => d.policy.layers.map((l) => l.id))).toEqual(
      [0, 1, 2].map(() => ["national", "example-force"]),
    );
    expect(before.map((d) => d.policy.layers.map((l) => l.id))).toEqual([0, 1, 2].map(() => ["national"]));
    // Record 1: nothing in the overlay applies.
    expect(after[0]?.proposals).toEqual(before[0]?.proposals);
    // Record 2: the overlay adds its own operation heading, which makes the intelligence CSE-related.
    expect(before[1]?.proposals).toEqual([]);
    expect(after[1]?.proposals.map((p) => [p.kind, p.subject.type])).toEqual([["CSE", "record"]]);
    // Record 3: the overlay's own rule joins the national one, named by its layer.
    expect(after[2]?.proposals[0]?.rules.map((r) => `${r.layer}:${r.id}`)).toContain(
      "example-force:example-force-gang-association",
    );
    expect(before[2]?.proposals[0]?.rules.map((r) => r.layer)).not.toContain("example-force");
  });

  it("names the overlay's rule in the text explanation", async () => {
    const file = temp.write("overlay-text.ndjson", overlayRecords());
    const run = await runCli(["flag", "--policy", overlay, file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /overlay-text\.ndjson:3:\n {2}propose CE .*example-force:example-force-gang-association/,
    );
    expect(reconciliationOf(run.stderr)).toMatchObject({ read: 3, ok: 3, flagged: 3 });
  });

  it("refuses an overlay that does not compile, with exit code 2", async () => {
    const file = temp.write("bad-overlay.json", JSON.stringify({ id: "example-force", extends: "national" }));
    const run = await runCli(["flag", "--policy", file, exampleRecordPaths.crime]);
    expectUsageError(
      run,
      /the policy overlays do not compile: \/overlays\/0\/version invalid_type/,
      /validate --kind overlay/,
    );
  });

  it("refuses an overlay that is not JSON, or is missing, with exit code 2", async () => {
    const file = temp.write("not-json-overlay.json", "{ id: example-force");
    expectUsageError(await runCli(["flag", "--policy", file, exampleRecordPaths.crime]), /is not valid JSON/);
    expectUsageError(
      await runCli(["flag", "--policy", "no-such-overlay.json", exampleRecordPaths.crime], {
        cwd: temp.path(),
      }),
      /cannot read the policy overlay no-such-overlay\.json/,
    );
  });
});

describe("flag over the bundled exports of all four systems", () => {
  interface Expected {
    readonly children: Record<
      string,
      { readonly markers: readonly string[]; readonly notes: readonly string[] }
    >;
  }
  const expected = JSON.parse(
    readFileSync(join(repoRoot, "examples/consistent-flagging/expected-markers.json"), "utf8"),
  ) as Expected;
  const adapters = [
    "--force",
    "example-force",
    ...Object.entries(exampleExports).flatMap(([id, f]) => ["--adapter", `${id}=${f}`]),
  ];

  it("reads each export with its own adapter and explains every record", async () => {
    const run = await runCli(["flag", ...adapters]);
    expect(run.code, run.stderr).toBe(0);
    expect(reconciliationOf(run.stderr)).toEqual({
      command: "flag",
      read: 20,
      ok: 20,
      rejected: 0,
      files: 4,
      flagged: 16,
    });
    const headers = run.stdout.split("\n").filter((line) => /^\S/.test(line));
    const want = Object.values(exampleExports).flatMap((f) => [2, 3, 4, 5, 6].map((n) => `${f}:${n}:`));
    expect(headers).toEqual(want);
  });

  it("gives each golden child the same markers in every system", async () => {
    const run = await runCli(["flag", "--output", "json", "--decisions", "golden.ndjson", ...adapters], {
      cwd: temp.path(),
    });
    expect(run.code).toBe(0);
    const files = decisionsOf(run.stdout).map((line) => line.file);
    const decisions = fullDecisions(join(temp.path(), "golden.ndjson"));
    expect(decisions).toHaveLength(files.length);
    const seen = new Map<string, Map<string, string[]>>();
    for (const [i, decision] of decisions.entries()) {
      const file = files[i] ?? "";
      for (const p of decision.proposals) {
        if (p.subject.type !== "person") continue;
        const marker = `${p.kind}${p.qualifiers.map((q) => `+${q}`).join("")}${p.minimumRiskLevel === undefined ? "" : ` (at least ${p.minimumRiskLevel})`}`;
        const bySystem = seen.get(p.subject.ref) ?? new Map<string, string[]>();
        bySystem.set(file, [...(bySystem.get(file) ?? []), marker]);
        seen.set(p.subject.ref, bySystem);
      }
    }
    for (const [child, { markers }] of Object.entries(expected.children)) {
      const bySystem = seen.get(child) ?? new Map<string, string[]>();
      const systems = markers.length === 0 ? [] : Object.values(exampleExports);
      expect([...bySystem.keys()], child).toEqual(systems);
      for (const [system, got] of bySystem) expect(got, `${child} in ${system}`).toEqual(markers);
    }
  });
});
