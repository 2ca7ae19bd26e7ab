import { describe, expect, it } from "vitest";
import { proceed, rejectAt } from "./step.js";

describe("proceed and rejectAt", () => {
  it("carry a value, or a reason code and the field at fault", () => {
    expect(proceed(["CHILD-A"])).toEqual({ ok: true, value: ["CHILD-A"] });
    expect(rejectAt("incomplete-person", "person_2_ref")).toEqual({
      ok: false,
      reason: "incomplete-person",
      field: "person_2_ref",
    });
  });
});
