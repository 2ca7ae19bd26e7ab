import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import {
  type CanonicalRecord,
  type CompiledPolicy,
  type Condition,
  compilePolicy,
  type Decision,
  getConcept,
  type IndicatorCode,
  type Issue,
  type Marker,
  type MarkerKindCode,
  type MarkerStatusCode,
  nextStatus,
  type PersonRoleCode,
  type Policy,
  type PolicyOverlay,
  type Proposal,
  parseMarker,
  parseRecord,
  parseTaxonomy,
  type Result,
  type TaxonomyDocument,
  transition,
} from "./index.js";

// True only for `any`: no public type may be `any`, at the top or inside.
type IsAny<T> = 0 extends 1 & T ? true : false;

describe("public types", () => {
  it("parse functions return typed results, not any", () => {
    expectTypeOf(parseRecord).returns.toEqualTypeOf<Result<CanonicalRecord>>();
    expectTypeOf(parseMarker).returns.toEqualTypeOf<Result<Marker>>();
    expectTypeOf(parseTaxonomy).returns.toEqualTypeOf<Result<TaxonomyDocument>>();
    expectTypeOf<IsAny<CanonicalRecord>>().toEqualTypeOf<false>();
    expectTypeOf<IsAny<CanonicalRecord["persons"][number]>>().toEqualTypeOf<false>();
    expectTypeOf<IsAny<Marker["history"][number]>>().toEqualTypeOf<false>();
    expectTypeOf<IsAny<Issue["path"][number]>>().toEqualTypeOf<false>();
  });

  it("codes are literal unions from the taxonomy", () => {
    expectTypeOf<CanonicalRecord["persons"][number]["roles"][number]>().toEqualTypeOf<PersonRoleCode>();
    expectTypeOf<CanonicalRecord["indicators"][number]["code"]>().toEqualTypeOf<IndicatorCode>();
    expectTypeOf<Marker["kind"]>().toEqualTypeOf<MarkerKindCode>();
    expectTypeOf<"CSE">().toExtend<MarkerKindCode>();
    expectTypeOf<"XYZ">().not.toExtend<MarkerKindCode>();
  });

  it("the schema's output type is the exported record type", () => {
    expectTypeOf<z.output<typeof CanonicalRecord>>().toEqualTypeOf<CanonicalRecord>();
  });

  it("taxonomy lookups are typed by code set", () => {
    expectTypeOf(getConcept("indicator", "exchange-money")).toExtend<{ class: string } | undefined>();
    expectTypeOf(nextStatus).returns.toEqualTypeOf<MarkerStatusCode | undefined>();
  });

  it("the policy engine's types are precise", () => {
    expectTypeOf(compilePolicy).returns.toEqualTypeOf<Result<CompiledPolicy>>();
    expectTypeOf<CompiledPolicy["evaluate"]>().returns.toEqualTypeOf<Decision>();
    expectTypeOf<Proposal["status"]>().toEqualTypeOf<"suspected">();
    expectTypeOf<Policy["rules"][number]["propose"][number]["status"]>().toEqualTypeOf<"suspected">();
    expectTypeOf<Proposal["kind"]>().toEqualTypeOf<MarkerKindCode>();
    expectTypeOf(transition).returns.toEqualTypeOf<Result<Marker>>();
    expectTypeOf<IsAny<Condition>>().toEqualTypeOf<false>();
    expectTypeOf<IsAny<PolicyOverlay["parameters"]>>().toEqualTypeOf<false>();
    expectTypeOf<IsAny<Decision["proposals"][number]["subject"]>>().toEqualTypeOf<false>();
    expectTypeOf<z.output<typeof Decision>>().toEqualTypeOf<Decision>();
  });
});
