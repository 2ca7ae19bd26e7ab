import { describe, expect, it } from "vitest";
import { testAdapter, testFixtures } from "../../test/support.js";
import { AdapterKitError } from "../issue.js";
import { conformanceTestNames } from "./names.js";
import { describeAdapterConformance } from "./suite.js";

// The kit's own test adapter runs the suite, from text in both its formats and from records.
describeAdapterConformance(testAdapter, {
  fixtures: testFixtures,
  numRuns: 50,
  skip: { "mapping is deterministic": "only to show how a skip reads; checks.test.ts runs it" },
});

describe("describeAdapterConformance", () => {
  it("has stable test names", () => {
    expect(conformanceTestNames).toHaveLength(11);
  });

  it("refuses options without fixtures with a typed error", () => {
    expect(() => describeAdapterConformance(testAdapter, null as never)).toThrow(AdapterKitError);
    expect(() => describeAdapterConformance(testAdapter, {} as never)).toThrow(AdapterKitError);
  });

  it("refuses a skip without a reason, or for a test that does not exist", () => {
    expect(() =>
      describeAdapterConformance(testAdapter, { fixtures: [], skip: { "mapping is deterministic": " " } }),
    ).toThrow(AdapterKitError);
    expect(() =>
      describeAdapterConformance(testAdapter, { fixtures: [], skip: { "no such test": "because" } as never }),
    ).toThrow(/Not a conformance test name/);
  });
});
