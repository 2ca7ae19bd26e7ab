import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collect, goodRecord, testAdapter } from "../test/support.js";
import * as kit from "./index.js";
import { AdapterKitError } from "./issue.js";

// Every public entry point answers bad input with a result, or throws AdapterKitError:
// never a TypeError from deep inside, and never an unhandled rejection.

const csvMap = "code,target,relationship,comment\nMISS,missing-from-home-or-care,equivalent,\n";
const meta = { id: "force-x-flags", version: "1.0.0", source: "force-x/flags", target: "indicator" };
const csvFile = fileURLToPath(new URL("../test/flags.csv", import.meta.url));

/** Runs `call`, draining what it returns (promise or async iterator, a few items at most). */
async function settle(call: () => unknown): Promise<unknown> {
  try {
    const result = call();
    if (typeof result === "object" && result !== null && Symbol.asyncIterator in result) {
      const items: unknown[] = [];
      for await (const item of result as AsyncIterable<unknown>) {
        items.push(item);
        if (items.length > 20) break;
      }
      return items;
    }
    return await result;
  } catch (error) {
    return error;
  }
}

const expectKitErrorOrResult = (outcome: unknown) => {
  if (outcome instanceof Error) expect(outcome).toBeInstanceOf(AdapterKitError);
};

const entryPoints: Record<string, (a: unknown, b: unknown, c: unknown) => unknown> = {
  checkAdapter: (a) => kit.checkAdapter(a),
  assertAdapter: (a) => kit.assertAdapter(a as never),
  mapSourceRecord: (a, b, c) => kit.mapSourceRecord(a as never, b, c as never),
  "mapSourceRecord (test adapter)": (a, b) => kit.mapSourceRecord(testAdapter, a, b as never),
  parseConceptMap: (a, b) => kit.parseConceptMap(a, b as never),
  parseConceptMapJson: (a, b) => kit.parseConceptMapJson(a as never, b as never),
  parseConceptMapCsv: (a, b) => kit.parseConceptMapCsv(a as never, b as never),
  "parseConceptMapCsv (csv)": (a) => kit.parseConceptMapCsv(csvMap, a as never),
  conceptMap: (a, b) => kit.conceptMap(a, b as never),
  conceptMapFromCsv: (a, b) => kit.conceptMapFromCsv(a as never, b as never),
  loadConceptMapFile: (a, b) => kit.loadConceptMapFile(a as never, b as never),
  "loadConceptMapFile (csv file)": (a) => kit.loadConceptMapFile(csvFile, a as never),
  "loadConceptMapFile (csv meta)": (a) => kit.loadConceptMapFile(csvFile, { csv: a as never }),
  lookupCode: (a, b) => kit.lookupCode(a as never, b as never),
  "lookupCode (map)": (a) => kit.lookupCode(testAdapter.conceptMaps.flags, a as never),
  readCsv: (a, b) => kit.readCsv(a as never, b as never),
  "readCsv (text)": (a) => kit.readCsv("a,b\n1,2\n", a as never),
  readNdjson: (a, b) => kit.readNdjson(a as never, b as never),
  "readNdjson (text)": (a) => kit.readNdjson("{}\n", a as never),
  readJsonArray: (a, b) => kit.readJsonArray(a as never, b as never),
  "readJsonArray (text)": (a) => kit.readJsonArray("[{}]", a as never),
  readSource: (a, b, c) => kit.readSource(a as never, b as never, c as never),
  runAdapter: (a, b, c) => kit.runAdapter(a as never, b as never, c as never),
  "runAdapter (test adapter)": (a, b) => kit.runAdapter(testAdapter, a as never, b as never),
  "runAdapter (options)": (a) => kit.runAdapter(testAdapter, JSON.stringify(goodRecord()), a as never),
  reconcile: (a, b, c) => kit.reconcile(a as never, b as never, c as never),
  unaccountedFields: (a) => kit.unaccountedFields(a as never),
  describeIssue: (a) => kit.describeIssue(a as never),
  splitCell: (a, b) => kit.splitCell(a as never, b as never),
  dateOfBirthProblem: (a, b) => kit.dateOfBirthProblem(a as never, b as never),
  "dateOfBirthProblem (dates)": (a) => kit.dateOfBirthProblem(a as never, "2026-03-20"),
  readColumnGroup: (a, b, c) => kit.readColumnGroup(a as never, b as never, c as never),
  "readColumnGroup (row)": (a) => kit.readColumnGroup(a as never, ["ref"], (cell) => `person_1_${cell}`),
  firstBlankCell: (a, b) => kit.firstBlankCell(a as never, b as never),
  bundledConceptMaps: (a, b) => kit.bundledConceptMaps(a as never, b as never),
  "bundledConceptMaps (targets)": (a) => kit.bundledConceptMaps({ flags: "indicator" }, a as never),
  resolveAdapterOptions: (a, b) => kit.resolveAdapterOptions(a, b as never),
  "resolveAdapterOptions (defaults)": (a) =>
    kit.resolveAdapterOptions(a, { adapter: "test", defaults: testAdapter.conceptMaps }),
  proceed: (a) => kit.proceed(a),
  rejectAt: (a, b) => kit.rejectAt(a as never, b as never),
};

describe("public entry points", () => {
  for (const [name, call] of Object.entries(entryPoints)) {
    it(`${name} never throws anything but AdapterKitError`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.anything(), fc.anything(), fc.anything(), async (a, b, c) => {
          expectKitErrorOrResult(await settle(() => call(a, b, c)));
        }),
        { numRuns: 150 },
      );
    });
  }

  it("answers the shapes found in review with AdapterKitError or issues", async () => {
    expect(kit.parseConceptMapCsv(csvMap, null as never)).toMatchObject({
      ok: false,
      issues: [{ code: "invalid_options" }],
    });
    expect(kit.parseConceptMapCsv(5 as never, meta as never)).toMatchObject({
      ok: false,
      issues: [{ code: "invalid_type" }],
    });
    expect(await kit.loadConceptMapFile(csvFile, { csv: null as never })).toMatchObject({
      ok: false,
      issues: [{ code: "invalid_options" }],
    });
    await expect(collect(kit.readCsv("a\n1", null as never))).rejects.toBeInstanceOf(AdapterKitError);
    await expect(collect(kit.readCsv("a\n1", { renameHeaders: "a" as never }))).rejects.toBeInstanceOf(
      AdapterKitError,
    );
    await expect(collect(kit.readCsv("a\n1", { headers: ["a", 1 as never] }))).rejects.toBeInstanceOf(
      AdapterKitError,
    );
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error("trap");
        },
      },
    );
    expect(kit.checkAdapter(trap).map((i) => i.code)).toEqual(["invalid_adapter"]);
  });
});
