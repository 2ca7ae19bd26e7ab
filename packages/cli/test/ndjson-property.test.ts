import { forbiddenKeys } from "@cse-flags/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reconciliationOf } from "./reconciliation.js";
import { exampleRecord, type RecordKindName, setAt } from "./records.js";
import { runCli } from "./run-cli.js";
import { useTempDir } from "./temp-dir.js";

// Whatever NDJSON arrives, the command reads every non-blank line as one record, accounts for
// it, exits 0 or 1, and never prints a value it read. Each run is one spawned process, so the
// run count stays small; each file mixes many kinds of line to make every run count.

const temp = useTempDir();

const alnum = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"];
const refChars = [...alnum, ..."-_./:"];

/** A string long enough to look for in the output afterwards. */
const trackedString = fc.string({ unit: fc.constantFrom(...refChars), minLength: 8, maxLength: 24 });
const anyString = fc.oneof(fc.string({ maxLength: 16 }), fc.string({ unit: "grapheme", maxLength: 10 }));
const stringValue = fc.oneof(trackedString, anyString);
/** A valid canonical reference (letters, digits, `. _ : / -`), long enough to track. */
const ref = fc
  .tuple(
    fc.constantFrom(...alnum),
    fc.string({ unit: fc.constantFrom(...refChars), minLength: 7, maxLength: 30 }),
  )
  .map(([first, rest]) => first + rest);
// Keys stay short, so a value of 8 or more characters found in the output cannot be a key in a path.
const shortKey = fc.string({ unit: fc.constantFrom(..."abcdefghij"), minLength: 1, maxLength: 6 });

const { json } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: "small" },
    stringValue,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("json"), { maxLength: 3 }),
    fc.dictionary(shortKey, tie("json"), { maxKeys: 4 }),
  ),
}));

const kinds: RecordKindName[] = ["crime", "intelligence", "custody", "missing-person"];
const wrongPlaces = [
  "/source/recordId",
  "/classification",
  "/event/start",
  "/recordedAt",
  "/persons/0/dateOfBirth",
  "/persons",
  "/indicators",
  "/kind",
  "/markers",
  "/extra",
  "/persons/0/extra",
  "/source/extra",
];

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};
const oneLine = (text: string): string => text.replace(/[\r\n]/g, " ");

/** One generated line, and the string values it carries. */
interface Line {
  readonly text: string;
  readonly values: unknown;
}

const line: fc.Arbitrary<Line> = fc.oneof(
  // A valid record under a generated reference.
  fc.tuple(fc.constantFrom(...kinds), ref).map(([kind, id]) => ({
    text: JSON.stringify(setAt(exampleRecord(kind), "/source/recordId", id)),
    values: id,
  })),
  // A record with one member replaced by anything.
  fc.tuple(fc.constantFrom(...kinds), fc.constantFrom(...wrongPlaces), json).map(([kind, place, value]) => ({
    text: JSON.stringify(setAt(exampleRecord(kind), place, value)),
    values: value,
  })),
  // Any JSON value at all: not a record's shape.
  json.map((value) => ({ text: JSON.stringify(value) ?? "null", values: value })),
  // JSON cut short, or text that never was JSON.
  fc
    .tuple(json, fc.nat())
    .map(([value, cut]) => {
      const text = JSON.stringify({ v: value });
      return { text: text.slice(0, 1 + (cut % (text.length - 1))), values: value };
    })
    .filter((l) => !parses(l.text)),
  anyString
    .map((text) => ({ text: oneLine(text), values: text }))
    .filter((l) => l.text.trim() !== "" && !parses(l.text)),
  // Keys the input guard refuses, and nesting deeper than it allows.
  json.map((value) => ({ text: `{"__proto__": ${JSON.stringify({ v: value })}}`, values: value })),
  fc
    .integer({ min: 40, max: 2000 })
    .map((depth) => ({ text: `${"[".repeat(depth)}${"]".repeat(depth)}`, values: [] })),
  // Blank lines: skipped, not records.
  fc.constantFrom("", " ", "\t", " \t  ").map((text) => ({ text, values: [] })),
);

// fast-check slips the names `__proto__`, `constructor` and `prototype` into strings on
// purpose, and the input guard's message names those keys: a value that is part of one of
// them shows the project's own words, not a leak.
const isForbiddenKeyName = (value: string): boolean => [...forbiddenKeys].some((key) => key.includes(value));

/** Every string in a value (not its keys) long enough and particular enough to look for. */
function trackedStrings(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (typeof value === "string") {
    if (value.trim().length >= 8 && /[A-Za-z0-9]/.test(value) && !isForbiddenKeyName(value)) found.add(value);
  } else if (Array.isArray(value)) for (const item of value) trackedStrings(item, found);
  else if (typeof value === "object" && value !== null)
    for (const item of Object.values(value)) trackedStrings(item, found);
  return found;
}

/** The ways a leaked string could be printed: as is, inside JSON, inside XML, as a GitHub command. */
const printedForms = (text: string): string[] => [
  text,
  JSON.stringify(text).slice(1, -1),
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;"),
  text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"),
];

const commands = [
  ["validate", "text"],
  ["validate", "json"],
  ["validate", "junit"],
  ["validate", "github"],
  ["flag", "text"],
  ["flag", "json"],
  ["flag", "junit"],
  ["flag", "github"],
] as const;

describe("any NDJSON input", () => {
  it("is read line by line, counted, answered with 0 or 1, and never echoed", async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 1, maxLength: 40 }),
        fc.constantFrom(...commands),
        async (lines, [command, output]) => {
          runs += 1;
          const file = temp.write(`generated-${runs}.ndjson`, lines.map((l) => `${l.text}\n`).join(""));
          const run = await runCli([command, "--output", output, file]);
          expect(run.signal).toBeNull();
          expect([0, 1], run.stderr).toContain(run.code);
          const counts = reconciliationOf(run.stderr);
          expect(counts.read).toBe(lines.filter((l) => !/^[ \t]*$/.test(l.text)).length);
          expect(counts.ok + counts.rejected).toBe(counts.read);
          expect(run.code).toBe(counts.rejected > 0 ? 1 : 0);
          const printed = run.stdout + run.stderr;
          for (const value of trackedStrings(lines.map((l) => l.values)))
            for (const form of printedForms(value))
              expect(printed.includes(form), `${JSON.stringify(value)} was printed`).toBe(false);
        },
      ),
      { numRuns: 10 },
    );
  });
});
