import { appendFileSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectUsageError } from "./reconciliation.js";
import { runCli } from "./run-cli.js";
import { useTempDir } from "./temp-dir.js";

const temp = useTempDir();

describe("schema --out", () => {
  it("writes JSON Schema files, each valid JSON with an $id, and lists them on stdout", async () => {
    const run = await runCli(["schema", "--out", "schemas"], { cwd: temp.path() });
    expect(run.code, run.stderr).toBe(0);
    const dir = join(temp.path(), "schemas");
    const names = readdirSync(dir).sort();
    expect(names).toContain("canonical-record.schema.json");
    expect(names).toContain("decision.schema.json");
    expect(names).toContain("concept-map.schema.json");
    expect(run.stdout.trim().split("\n")).toEqual(names.map((n) => join("schemas", n)));
    expect(run.stderr).toBe(`cse-flags schema: wrote ${names.length} schemas to schemas\n`);
    const ids = names.map((name) => {
      const schema = JSON.parse(readFileSync(join(dir, name), "utf8")) as {
        $id?: unknown;
        $schema?: unknown;
      };
      expect(typeof schema.$id, name).toBe("string");
      expect(schema.$schema, name).toBe("https://json-schema.org/draft/2020-12/schema");
      return schema.$id;
    });
    expect(new Set(ids).size).toBe(names.length);
  });

  it("--check passes on a fresh copy, fails on an edited or missing file and names it", async () => {
    const written = await runCli(["schema", "--out", "check"], { cwd: temp.path() });
    expect(written.code).toBe(0);
    const fresh = await runCli(["schema", "--out", "check", "--check"], { cwd: temp.path() });
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(fresh.stdout).toBe("");
    expect(fresh.stderr).toMatch(/schemas in check are up to date/);

    appendFileSync(join(temp.path(), "check/decision.schema.json"), " ");
    const edited = await runCli(["schema", "--out", "check", "--check"], { cwd: temp.path() });
    expect(edited.code).toBe(1);
    expect(edited.stdout).toBe(`${join("check", "decision.schema.json")}: missing or out of date\n`);
    expect(edited.stderr).toMatch(
      /1 of \d+ schemas in check are missing or out of date; run cse-flags schema --out check/,
    );

    rmSync(join(temp.path(), "check/marker.schema.json"));
    const missing = await runCli(["schema", "--out", "check", "--check"], { cwd: temp.path() });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/marker\.schema\.json: missing or out of date/);
  });

  it("--check on a folder that does not exist finds every file missing", async () => {
    const run = await runCli(["schema", "--out", "nowhere", "--check"], { cwd: temp.path() });
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split("\n").length).toBeGreaterThan(5);
  });

  it("needs --out, and takes no arguments", async () => {
    expectUsageError(await runCli(["schema"]), /schema needs --out <dir>/, /--out schemas\//);
    expectUsageError(await runCli(["schema", "--out", "x", "extra"]), /schema takes no arguments/);
  });

  it("cannot write into a file: exit code 2", async () => {
    const file = join(temp.path(), "a-file");
    appendFileSync(file, "x");
    expectUsageError(await runCli(["schema", "--out", join(file, "sub")]), /cannot write the schemas to /);
  });
});
