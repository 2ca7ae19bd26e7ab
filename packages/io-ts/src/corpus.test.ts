import { ConceptMapDocument as ZodConceptMap } from "@cse-flags/adapter-kit";
import * as core from "@cse-flags/core";
import type * as t from "io-ts";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  type CorpusCase,
  conceptMapCases,
  decisionCases,
  markerCases,
  overlayCases,
  policyCases,
  recordCases,
  transitionCases,
} from "../test/corpus/cases.js";
import { compareOn, issueLines } from "../test/lockstep.js";
import * as io from "./index.js";

const suites: readonly [string, z.ZodType, t.Decoder<unknown, unknown>, readonly CorpusCase[]][] = [
  ["canonical record", core.CanonicalRecord, io.CanonicalRecord, recordCases],
  ["marker", core.Marker, io.Marker, markerCases],
  ["marker transition", core.MarkerTransition, io.MarkerTransition, transitionCases],
  ["decision", core.Decision, io.Decision, decisionCases],
  ["policy", core.Policy, io.Policy, policyCases],
  ["policy overlay", core.PolicyOverlay, io.PolicyOverlay, overlayCases],
  ["concept map", ZodConceptMap, io.ConceptMapDocument, conceptMapCases],
];

describe.each(suites)("the %s corpus", (_name, zod, codec, cases) => {
  it.each(cases)("$name: zod gives the expected verdict", ({ input, accept }) => {
    expect(core.parseWith(zod, input).ok).toBe(accept);
  });

  it.each(cases)("$name: io-ts agrees with zod", ({ input }) => {
    expect(compareOn(zod, codec, input)).toBeUndefined();
  });

  it.each(cases.filter((c) => !c.accept))("$name: both report the same paths and codes", ({ input }) => {
    const { zod: fromZod, io: fromIo } = issueLines(zod, codec, input);
    expect(fromIo).toEqual(fromZod);
  });
});
