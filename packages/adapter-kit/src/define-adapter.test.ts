import type { IndicatorCode } from "@cse-flags/core";
import { describe, expect, expectTypeOf, it } from "vitest";
import { flagMap, testAdapter } from "../test/support.js";
import { defineAdapter } from "./define-adapter.js";

// The type assertions here are checked by `tsc -p tsconfig.test.json` (pnpm typecheck).
describe("defineAdapter", () => {
  it("returns its argument unchanged", () => {
    const definition = { ...testAdapter };
    expect(defineAdapter(definition)).toBe(definition);
  });

  it("types the source record from the schema and lookups from the concept-map names", () => {
    defineAdapter({
      ...testAdapter,
      conceptMaps: { flags: flagMap },
      map(record, ctx) {
        expectTypeOf(record.ref).toEqualTypeOf<string>();
        expectTypeOf(record.note).toEqualTypeOf<string | undefined>();
        expectTypeOf(ctx.target("flags", "MISS", "flags")).toEqualTypeOf<IndicatorCode | undefined>();
        // @ts-expect-error: no concept map has this name
        ctx.lookup("offences", "X", "flags");
        // @ts-expect-error: the schema has no such field
        void record.victim;
        return ctx.reject("not-used");
      },
    });
  });
});
