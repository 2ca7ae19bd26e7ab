import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.js";
import type { CommandSpec } from "./command-spec.js";
import { closestName, flagValue, listValue, parseCommandArgs, stringValue } from "./parse-command-args.js";

const spec: CommandSpec = {
  name: "check",
  summary: "A made-up command for the tests.",
  usage: "[options] <file...>",
  description: [],
  options: {
    format: { type: "string", value: "<format>", choices: ["csv", "ndjson", "json"], description: "Format" },
    output: {
      type: "string",
      short: "o",
      value: "<format>",
      choices: ["text", "json"],
      description: "Output",
    },
    adapter: { type: "string", multiple: true, value: "<id>", description: "Adapter" },
    "no-progress": { type: "boolean", description: "No bar" },
  },
  positionals: { min: 1, max: 2, name: "<file...>" },
  examples: [],
};

/** The UsageError a call throws, so its message and hint can be checked. */
function usageErrorOf(argv: readonly string[], of: CommandSpec = spec): UsageError {
  try {
    parseCommandArgs(of, argv);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error("expected a UsageError");
}

describe("parseCommandArgs", () => {
  it("reads options and positionals", () => {
    const args = parseCommandArgs(spec, ["--format", "csv", "-o", "json", "--no-progress", "a.csv"]);
    expect(stringValue(args, "format")).toBe("csv");
    expect(stringValue(args, "output")).toBe("json");
    expect(flagValue(args, "no-progress")).toBe(true);
    expect(args.positionals).toEqual(["a.csv"]);
  });

  it("keeps a repeated option's values in order", () => {
    const args = parseCommandArgs(spec, ["--adapter", "crime", "a.csv", "--adapter", "custody=b.csv"]);
    expect(listValue(args, "adapter")).toEqual(["crime", "custody=b.csv"]);
    expect(listValue(args, "format")).toEqual([]);
  });

  it("names an unknown option and guesses the one meant", () => {
    const error = usageErrorOf(["--formt", "csv", "a.csv"]);
    expect(error.message).toBe("unknown option --formt");
    expect(error.hint).toContain("Did you mean --format?");
    expect(error.hint).toContain("cse-flags check --help");
  });

  it("leaves the value out of an unknown option given with =", () => {
    const error = usageErrorOf(["--outptu=SENTINEL-VALUE-7", "a.csv"]);
    expect(error.message).toBe("unknown option --outptu");
    expect(error.hint).toContain("Did you mean --output?");
    expect(`${error.message} ${error.hint}`).not.toContain("SENTINEL-VALUE-7");
  });

  it("makes no guess when nothing is close", () => {
    const error = usageErrorOf(["--zzzzzzzz", "a.csv"]);
    expect(error.message).toBe("unknown option --zzzzzzzz");
    expect(error.hint).not.toContain("Did you mean");
  });

  it("says which option needs a value, with its placeholder", () => {
    const error = usageErrorOf(["a.csv", "--format"]);
    expect(error.message).toBe("--format needs a value <format>");
  });

  it("says a value that looks like an option is missing its value", () => {
    expect(usageErrorOf(["--format", "--no-progress", "a.csv"]).message).toBe(
      "--format needs a value <format>",
    );
  });

  it("says a boolean option takes no value", () => {
    expect(usageErrorOf(["--no-progress=yes", "a.csv"]).message).toBe("--no-progress takes no value");
  });

  it("names a missing value of an option that has a short name by its long name", () => {
    expect(usageErrorOf(["a.csv", "--output"]).message).toBe("--output needs a value <format>");
  });

  it("says --help takes no value", () => {
    expect(usageErrorOf(["--help=1"]).message).toBe("--help takes no value");
  });

  it("rejects a value outside an option's choices and lists them", () => {
    const error = usageErrorOf(["--format", "xml", "a.csv"]);
    expect(error.message).toBe("--format must be one of: csv, ndjson, json");
    expect(error.message).not.toContain("xml");
  });

  it("checks every value of a repeatable option with choices", () => {
    const repeated: CommandSpec = {
      ...spec,
      options: { kind: { type: "string", multiple: true, choices: ["a", "b"], description: "Kind" } },
    };
    expect(parseCommandArgs(repeated, ["--kind", "a", "--kind", "b", "f"]).values.kind).toEqual(["a", "b"]);
    expect(usageErrorOf(["--kind", "a", "--kind", "c", "f"], repeated).message).toBe(
      "--kind must be one of: a, b",
    );
  });

  it("counts positionals against the spec", () => {
    expect(usageErrorOf([]).message).toBe("missing <file...>");
    expect(usageErrorOf([]).hint).toContain("Usage: cse-flags check [options] <file...>");
    expect(usageErrorOf(["a", "b", "c"]).message).toBe("too many arguments: check takes <file...>");
    expect(parseCommandArgs(spec, ["a", "b"]).positionals).toEqual(["a", "b"]);
  });

  it("says a command takes no arguments when its maximum is 0", () => {
    const none: CommandSpec = { ...spec, name: "list", positionals: { min: 0, max: 0, name: "" } };
    expect(usageErrorOf(["extra"], none).message).toBe("list takes no arguments");
  });

  it("treats arguments after -- as positionals", () => {
    expect(parseCommandArgs(spec, ["--", "--format"]).positionals).toEqual(["--format"]);
  });

  it("short-circuits on --help: no positional or choice checks", () => {
    expect(parseCommandArgs(spec, ["--help"]).values.help).toBe(true);
    expect(parseCommandArgs(spec, ["-h", "--format", "xml", "a", "b", "c"]).values.help).toBe(true);
  });

  it("turns any argv into parsed arguments or a UsageError, never another error", () => {
    const token = fc.oneof(
      fc.string(),
      fc.constantFrom(
        "--format",
        "-o",
        "--output",
        "--adapter",
        "--no-progress",
        "--help",
        "-h",
        "--",
        "-",
        "=",
      ),
      fc.string().map((s) => `--${s}`),
      fc.string().map((s) => `-${s}`),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), (argv) => {
        try {
          const args = parseCommandArgs(spec, argv);
          expect(Array.isArray(args.positionals)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(UsageError);
        }
      }),
    );
  });
});

describe("closestName", () => {
  const names = ["format", "output", "adapter", "concept-map"];

  it("finds a name one typo away", () => {
    expect(closestName("fromat", names)).toBe("format");
    expect(closestName("adaptor", names)).toBe("adapter");
    expect(closestName("concept-maps", names)).toBe("concept-map");
  });

  it("gives nothing when the closest is too far to be a typo", () => {
    expect(closestName("xyz", names)).toBeUndefined();
    expect(closestName("policy", names)).toBeUndefined();
    expect(closestName("x", [])).toBeUndefined();
  });

  it("allows more typos in longer names (one per three characters)", () => {
    expect(closestName("concpt-mpa", names)).toBe("concept-map");
    expect(closestName("ab", ["xy"])).toBeUndefined();
  });

  it("finds a short name with two letters swapped", () => {
    expect(closestName("froce", ["force", "format", "kind", "jobs"])).toBe("force");
    expect(closestName("kidn", ["force", "format", "kind", "jobs"])).toBe("kind");
  });

  it("returns an exact match, and only ever a name from the list", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), fc.string(), (list, given) => {
        const guess = closestName(given, list);
        if (guess !== undefined) expect(list).toContain(guess);
        if (list.includes(given)) expect(guess).toBe(given);
      }),
    );
  });
});
