import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveAdapterOptions } from "./adapter-options.js";
import { bundledConceptMaps } from "./concept-map/bundled-concept-maps.js";
import { conceptMap } from "./concept-map/parse-concept-map.js";
import { AdapterKitError, describeIssue } from "./issue.js";

const defaults = bundledConceptMaps(
  { flags: "marker-kind", signs: "indicator" },
  {
    flags: {
      id: "reference-flags",
      version: "1.0.0",
      source: "reference/flags",
      target: "marker-kind",
      entries: [{ code: "CSE", target: "CSE", relationship: "equivalent" }],
    },
    signs: {
      id: "reference-signs",
      version: "1.0.0",
      source: "reference/signs",
      target: "indicator",
      entries: [{ code: "MISS", target: "missing-from-home-or-care", relationship: "equivalent" }],
    },
  },
);

const spec = { adapter: "example", defaults };

/** The issues the options are refused with, described; `[]` when they are accepted. */
const problems = (options: unknown): string[] => {
  try {
    resolveAdapterOptions(options, spec);
    return [];
  } catch (error) {
    if (!(error instanceof AdapterKitError)) throw error;
    return error.issues.map(describeIssue);
  }
};

const forceSigns = conceptMap(
  {
    id: "force-x-signs",
    version: "1.0.0",
    source: "force-x/signs",
    target: "indicator",
    entries: [{ code: "M1", target: "missing-from-home-or-care", relationship: "equivalent" }],
  },
  { target: "indicator" },
);

describe("resolveAdapterOptions", () => {
  it("gives the force and the defaults, or a checked copy of each replacement map", () => {
    expect(resolveAdapterOptions({ force: "force-x" }, spec)).toEqual({
      force: "force-x",
      conceptMaps: defaults,
    });
    const resolved = resolveAdapterOptions({ force: "force-x", conceptMaps: { signs: forceSigns } }, spec);
    expect(resolved.conceptMaps.signs).toEqual(forceSigns);
    expect(resolved.conceptMaps.signs).not.toBe(forceSigns);
    expect(resolved.conceptMaps.flags).toBe(defaults.flags);
    expect(
      resolveAdapterOptions({ force: "force-x", conceptMaps: { signs: undefined } }, spec).conceptMaps,
    ).toEqual(defaults);
  });

  it("refuses options that are not an object and a force that is not a reference", () => {
    for (const options of [undefined, null, "force-x", []])
      expect(problems(options)).toEqual([
        '/ invalid_options: Expected options such as { force: "example-force" }',
      ]);
    expect(problems({ force: "Force X" })).toEqual([
      "/force invalid_options: Expected the force as a reference of letters, digits and . _ : / -, such as example-force",
    ]);
    expect(problems({})).toHaveLength(1);
  });

  it("refuses a map for another code set, an invalid map and an unknown name, naming each by path", () => {
    expect(problems({ force: "force-x", conceptMaps: { signs: defaults.flags } })).toEqual([
      "/conceptMaps/signs/target invalid_value: Expected a concept map to the code set indicator",
    ]);
    expect(
      problems({ force: "force-x", conceptMaps: { flags: { ...defaults.flags, entries: [{ code: "X" }] } } }),
    ).not.toEqual([]);
    expect(problems({ force: "force-x", conceptMaps: { roles: forceSigns } })).toEqual([
      "/conceptMaps/roles invalid_options: Not a concept map of this adapter: expected flags, signs",
    ]);
    for (const conceptMaps of [null, [], "signs"])
      expect(problems({ force: "force-x", conceptMaps })).toEqual([
        "/conceptMaps invalid_options: Expected concept maps by name",
      ]);
    // Every problem at once, so a force fixes them in one go.
    expect(problems({ force: "Force X", conceptMaps: { roles: forceSigns } })).toHaveLength(2);
  });

  it("answers options it cannot read (a getter that throws) with AdapterKitError, and no value", () => {
    const throwing = (on: object, key: string) =>
      Object.defineProperty(on, key, {
        enumerable: true,
        get() {
          throw new Error("Synthetic failure holding CHILD-A");
        },
      });
    for (const options of [
      throwing({ force: "force-x" }, "force"),
      throwing({ force: "force-x" }, "conceptMaps"),
      { force: "force-x", conceptMaps: throwing({}, "signs") },
    ])
      expect(problems(options)).toEqual([
        "/ invalid_options: The options could not be read: pass plain data",
      ]);
  });

  it("never throws anything but AdapterKitError, and never quotes the options given", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.string({ minLength: 4 }), (force, conceptMaps, text) => {
        for (const options of [
          { force, conceptMaps },
          force,
          { force: `${text} `, conceptMaps: { [text]: 1 } },
        ]) {
          try {
            resolveAdapterOptions(options, spec);
          } catch (error) {
            expect(error).toBeInstanceOf(AdapterKitError);
          }
        }
        try {
          resolveAdapterOptions({ force: `${text} !` }, spec);
        } catch (error) {
          expect(String(error)).not.toContain(`${text} !`);
        }
      }),
    );
  });
});
