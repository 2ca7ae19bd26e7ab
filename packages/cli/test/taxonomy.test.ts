import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectUsageError } from "./reconciliation.js";
import { setAt } from "./records.js";
import { repoRoot, runCli } from "./run-cli.js";
import { useTempDir } from "./temp-dir.js";

const temp = useTempDir();
const released = join(repoRoot, "packages/core/taxonomy.json");

interface Concept {
  readonly code: string;
}
interface TaxonomyFile {
  version: string;
  codeSets: Record<string, { concepts: Concept[] }>;
}
const readTaxonomy = (): TaxonomyFile => JSON.parse(readFileSync(released, "utf8")) as TaxonomyFile;
const bundledVersion = readTaxonomy().version;

const bump = (version: string, part: "major" | "minor"): string => {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return part === "major" ? `${major + 1}.0.0` : `${major}.${minor + 1}.0`;
};

describe("taxonomy list", () => {
  it("lists every code set with its codes", async () => {
    const run = await runCli(["taxonomy", "list"]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith(`Taxonomy ${bundledVersion}\n`)).toBe(true);
    for (const [id, set] of Object.entries(readTaxonomy().codeSets))
      expect(run.stdout).toMatch(new RegExp(`\\n${id}: .* \\(${set.concepts.length} codes\\)\\n`));
    expect(run.stdout).toMatch(/^ {2}CSE {2,}Child sexual exploitation$/m);
  });

  it("--set and --output json give one code set as JSON", async () => {
    const run = await runCli(["taxonomy", "list", "--set", "marker-kind", "--output", "json"]);
    expect(run.code).toBe(0);
    const list = JSON.parse(run.stdout) as {
      version: string;
      codeSets: { codeSet: string; codes: Concept[] }[];
    };
    expect(list.version).toBe(bundledVersion);
    expect(list.codeSets.map((s) => s.codeSet)).toEqual(["marker-kind"]);
    expect(list.codeSets[0]?.codes.map((c) => c.code)).toEqual(["CSE", "CSA", "CCE", "CE"]);
  });
});

describe("taxonomy show", () => {
  it("shows the CSE marker: label, definition, status and sources", async () => {
    const run = await runCli(["taxonomy", "show", "CSE"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^marker-kind/CSE \\(taxonomy ${bundledVersion.replace(/\./g, "\\.")}\\)$`, "m"),
    );
    for (const row of ["label", "definition", "status", "sources"])
      expect(run.stdout).toMatch(new RegExp(`^ {2}${row} {2,}\\S`, "m"));
  });

  it("runs the examples its --help gives (`taxonomy show cse` among them)", async () => {
    const help = await runCli(["taxonomy", "show", "--help"]);
    const examples = [...help.stdout.matchAll(/^ {4}\$ cse-flags (.+)$/gm)].map((m) =>
      (m[1] ?? "").split(" "),
    );
    expect(examples.length).toBeGreaterThan(0);
    for (const args of examples) {
      const run = await runCli(args);
      expect(run.code, `cse-flags ${args.join(" ")}: ${run.stderr}`).toBe(0);
    }
  });

  it("an unknown code exits 1 with a did-you-mean", async () => {
    const run = await runCli(["taxonomy", "show", "exchange-gift"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/no code "exchange-gift" in any code set/);
    expect(run.stderr).toMatch(/^ {2}Did you mean exchange-gifts\?$/m);
  });

  it("a code that differs only in case is suggested", async () => {
    const run = await runCli(["taxonomy", "show", "cce"]);
    expect(run.code === 0 || /Did you mean CCE\?/.test(run.stderr), run.stderr).toBe(true);
  });

  it("needs exactly one code", async () => {
    expectUsageError(await runCli(["taxonomy", "show"]), /missing <code>/);
  });
});

describe("taxonomy diff", () => {
  const concept = {
    code: "example-new-sign",
    label: "Example new sign",
    definition: "A synthetic sign added for a test.",
    class: "general-vulnerability",
    sources: ["barnardos-seraf"],
    status: "active",
  };

  it("an added code with a minor version step may be released: exit 0, naming the code", async () => {
    const next = readTaxonomy();
    next.version = bump(next.version, "minor");
    next.codeSets.indicator?.concepts.push({ ...concept, since: next.version } as Concept);
    const file = temp.write("added.json", JSON.stringify(next, null, 2));
    const run = await runCli(["taxonomy", "diff", released, file]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Added \(minor\):\n {2}indicator\/example-new-sign$/m);
    expect(run.stdout).toMatch(/it may be released as it is\./);
  });

  it("the same change without a version step may not: exit 1", async () => {
    const next = readTaxonomy();
    next.codeSets.indicator?.concepts.push({ ...concept, since: next.version } as Concept);
    const run = await runCli([
      "taxonomy",
      "diff",
      released,
      temp.write("no-bump.json", JSON.stringify(next)),
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/it may not be released as it is\./);
  });

  it("a removed code is never allowed, even with a major step: exit 1, naming the code", async () => {
    const next = readTaxonomy();
    next.version = bump(next.version, "major");
    const removed = next.codeSets.indicator?.concepts.shift();
    const run = await runCli([
      "taxonomy",
      "diff",
      "--output",
      "json",
      released,
      temp.write("removed.json", JSON.stringify(next)),
    ]);
    expect(run.code).toBe(1);
    const diff = JSON.parse(run.stdout) as {
      changes: { kind: string; code?: string }[];
      compatible: boolean;
    };
    expect(diff.compatible).toBe(false);
    expect(diff.changes).toContainEqual(expect.objectContaining({ kind: "removed", code: removed?.code }));
  });

  it("a file that is not a taxonomy exits 1; one that cannot be read exits 2", async () => {
    const notTaxonomy = await runCli([
      "taxonomy",
      "diff",
      released,
      temp.write("nope.json", JSON.stringify(setAt({ a: 1 }, "/a", 2))),
    ]);
    expect(notTaxonomy.code).toBe(1);
    expect(notTaxonomy.stderr).toMatch(/^cse-flags taxonomy diff: not a valid taxonomy\n {2}.*nope\.json: /);
    const missing = await runCli(["taxonomy", "diff", released, "no-such.json"], { cwd: temp.path() });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read no-such\.json: no such file/);
  });
});
