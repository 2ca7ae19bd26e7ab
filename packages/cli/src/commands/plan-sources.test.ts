import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { ParsedArgs } from "../args/command-spec.js";
import { UsageError } from "../errors.js";
import { planSources } from "./plan-sources.js";

const cwd = resolve("/tmp/cse-flags-plan-cwd");

const args = (
  positionals: readonly string[],
  values: { adapter?: string[]; force?: string; "concept-map"?: string[] } = {},
): ParsedArgs => ({ positionals, values });

function usageErrorOf(parsed: ParsedArgs): UsageError {
  try {
    planSources(parsed, cwd, "record");
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error("expected a UsageError");
}

describe("planSources", () => {
  it("reads positionals as canonical documents of the kind when there is no adapter", () => {
    expect(planSources(args(["a.ndjson", "b.json"]), cwd, "marker")).toEqual({
      sources: [{ type: "document", kind: "marker" }],
      files: [
        { name: "a.ndjson", source: 0 },
        { name: "b.json", source: 0 },
      ],
    });
  });

  it("reads every positional with a plain --adapter", () => {
    const plan = planSources(
      args(["a.csv", "b.csv"], { adapter: ["crime"], force: "example-force" }),
      cwd,
      "record",
    );
    expect(plan.sources).toEqual([
      { type: "adapter", adapter: "crime", module: false, force: "example-force", conceptMaps: {} },
    ]);
    expect(plan.files).toEqual([
      { name: "a.csv", source: 0 },
      { name: "b.csv", source: 0 },
    ]);
  });

  it("gives each assigned file its adapter, sharing a source per adapter, after the positionals", () => {
    const plan = planSources(
      args(["records.ndjson"], {
        adapter: ["crime=c1.csv", "custody=k.csv", "crime=c2.csv"],
        force: "example-force",
      }),
      cwd,
      "record",
    );
    expect(plan.sources.map((s) => (s.type === "adapter" ? s.adapter : s.type))).toEqual([
      "document",
      "crime",
      "custody",
    ]);
    expect(plan.files).toEqual([
      { name: "records.ndjson", source: 0 },
      { name: "c1.csv", source: 1 },
      { name: "k.csv", source: 2 },
      { name: "c2.csv", source: 1 },
    ]);
  });

  it("keeps everything after the first = as the file name", () => {
    const plan = planSources(args([], { adapter: ["crime=a=b.csv"], force: "example-force" }), cwd, "record");
    expect(plan.files).toEqual([{ name: "a=b.csv", source: 0 }]);
  });

  it("refuses a plain --adapter given twice", () => {
    const error = usageErrorOf(args(["a.csv"], { adapter: ["crime", "custody"], force: "example-force" }));
    expect(error.message).toContain("--adapter <id> can be given once");
    expect(error.hint).toContain("--adapter <id>=<file>");
  });

  it("lists the known adapters for an unknown id", () => {
    const error = usageErrorOf(args(["a.csv"], { adapter: ["crim"], force: "example-force" }));
    expect(error.message).toBe("unknown adapter crim");
    expect(error.hint).toContain("Known adapters: crime, intelligence, custody, missing-person");
  });

  it("refuses an empty adapter id and an assignment without a file", () => {
    expect(usageErrorOf(args(["a.csv"], { adapter: [""], force: "f" })).message).toBe(
      "--adapter needs an adapter id",
    );
    expect(usageErrorOf(args([], { adapter: ["=a.csv"], force: "f" })).message).toBe(
      "--adapter needs an adapter id",
    );
    expect(usageErrorOf(args([], { adapter: ["crime="], force: "f" })).message).toBe(
      "--adapter <id>=<file> needs a file after =",
    );
  });

  it("needs --force with an adapter, and refuses it without one", () => {
    expect(usageErrorOf(args(["a.csv"], { adapter: ["crime"] })).message).toContain(
      "--adapter needs --force <ref>",
    );
    expect(usageErrorOf(args(["a.ndjson"], { force: "example-force" })).message).toBe(
      "--force is only for source exports read with --adapter",
    );
  });

  it("needs at least one file", () => {
    expect(usageErrorOf(args([])).message).toBe("no files to read");
    expect(usageErrorOf(args([], { adapter: ["crime"], force: "example-force" })).message).toBe(
      "no files to read",
    );
  });

  it("resolves a module adapter against the working directory", () => {
    const plan = planSources(
      args(["a.csv"], { adapter: ["./adapters/my-adapter.js"], force: "example-force" }),
      cwd,
      "record",
    );
    expect(plan.sources).toEqual([
      {
        type: "adapter",
        adapter: resolve(cwd, "adapters/my-adapter.js"),
        module: true,
        force: "example-force",
        conceptMaps: {},
      },
    ]);
  });

  it("reads a module path with an = in it as a module, not as <id>=<file>", () => {
    const plan = planSources(
      args(["a.csv"], { adapter: ["./build=2/my-adapter.mjs"], force: "example-force" }),
      cwd,
      "record",
    );
    expect(plan.sources[0]).toMatchObject({ adapter: resolve(cwd, "build=2/my-adapter.mjs"), module: true });
    expect(plan.files).toEqual([{ name: "a.csv", source: 0 }]);
  });

  it("keeps an absolute module path as given", () => {
    const absolute = resolve("/opt/adapters/force-adapter.mjs");
    const plan = planSources(args(["a.csv"], { adapter: [absolute], force: "f" }), cwd, "record");
    expect(plan.sources[0]).toMatchObject({ adapter: absolute, module: true });
  });

  it("gives an unqualified --concept-map to the only adapter, resolved against cwd", () => {
    const plan = planSources(
      args(["a.csv"], { adapter: ["crime"], force: "f", "concept-map": ["circumstances=maps/c.json"] }),
      cwd,
      "record",
    );
    expect(plan.sources[0]).toMatchObject({ conceptMaps: { circumstances: resolve(cwd, "maps/c.json") } });
  });

  it("needs --concept-map qualified when several adapters are in use", () => {
    const error = usageErrorOf(
      args([], {
        adapter: ["crime=a.csv", "custody=b.csv"],
        force: "f",
        "concept-map": ["circumstances=c.json"],
      }),
    );
    expect(error.message).toBe("--concept-map must say which adapter it is for when several are in use");
  });

  it("gives a qualified --concept-map to the adapter it names", () => {
    const absolute = resolve("/srv/maps/offences.json");
    const plan = planSources(
      args([], {
        adapter: ["crime=a.csv", "custody=b.csv"],
        force: "f",
        "concept-map": ["custody.circumstances=c.json", `crime.offences=${absolute}`],
      }),
      cwd,
      "record",
    );
    expect(plan.sources[0]).toMatchObject({ adapter: "crime", conceptMaps: { offences: absolute } });
    expect(plan.sources[1]).toMatchObject({
      adapter: "custody",
      conceptMaps: { circumstances: resolve(cwd, "c.json") },
    });
  });

  it("matches a --concept-map qualified by a module path", () => {
    const plan = planSources(
      args(["a.csv"], {
        adapter: ["./my-adapter.js"],
        force: "f",
        "concept-map": ["./my-adapter.js.codes=m.json"],
      }),
      cwd,
      "record",
    );
    expect(plan.sources[0]).toMatchObject({ conceptMaps: { codes: resolve(cwd, "m.json") } });
  });

  it("refuses a --concept-map for an adapter not in use, without an adapter, or without a file", () => {
    expect(
      usageErrorOf(args(["a.csv"], { adapter: ["crime"], force: "f", "concept-map": ["custody.x=c.json"] }))
        .message,
    ).toBe("--concept-map names an adapter that is not in use: custody");
    expect(usageErrorOf(args(["a.ndjson"], { "concept-map": ["x=c.json"] })).message).toBe(
      "--concept-map is only for source exports read with --adapter",
    );
    for (const value of ["x", "x=", "=c.json"])
      expect(
        usageErrorOf(args(["a.csv"], { adapter: ["crime"], force: "f", "concept-map": [value] })).message,
      ).toBe("--concept-map needs <name>=<file>");
  });
});
