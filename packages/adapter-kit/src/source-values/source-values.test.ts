import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryFromSchema } from "../conformance/zod-arbitrary.js";
import { ukDateCell, ukDateTimeCell, yesNoCell } from "./cells.js";
import { fromUkDate, fromUkDateTime } from "./uk-dates.js";
import { fromYesNo } from "./yes-no.js";

const pad = (n: number): string => String(n).padStart(2, "0");

describe("fromUkDate", () => {
  it("reads DD/MM/YYYY as the same calendar day", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [y, m, d] = iso.split("-");
          expect(fromUkDate(`${d}/${m}/${y}`)).toBe(iso);
        },
      ),
    );
  });

  it("refuses dates that do not exist and other layouts", () => {
    for (const text of ["31/02/2026", "29/02/2025", "00/01/2026", "2026-01-01", "1/1/2026", "01/13/2026", ""])
      expect(fromUkDate(text), text).toBeUndefined();
    expect(fromUkDate("29/02/2024")).toBe("2024-02-29");
  });

  it("never throws, whatever the text", () => {
    fc.assert(fc.property(fc.string(), (text) => void fromUkDate(text)));
  });

  it("accepts exactly the days JavaScript's calendar has, in any year and any day or month number", () => {
    // The reading it replaced, kept as the oracle: a round trip through Date.
    const byDate = (iso: string): string | undefined => {
      const ms = Date.parse(`${iso}T00:00:00Z`);
      return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(iso) ? iso : undefined;
    };
    fc.assert(
      fc.property(fc.nat(99), fc.nat(99), fc.nat(9999), (d, m, y) => {
        const [day, month, year] = [pad(d), pad(m), String(y).padStart(4, "0")];
        expect(fromUkDate(`${day}/${month}/${year}`)).toBe(byDate(`${year}-${month}-${day}`));
      }),
      { numRuns: 2_000 },
    );
    for (const [text, iso] of [
      ["29/02/2000", "2000-02-29"],
      ["29/02/1900", undefined],
      ["29/02/0000", "0000-02-29"],
      ["31/12/9999", "9999-12-31"],
    ] as const)
      expect(fromUkDate(text), text).toBe(iso);
  });
});

describe("fromUkDateTime", () => {
  it("keeps a date without a time as a date, and gives a time its UK offset", () => {
    expect(fromUkDateTime("14/03/2026")).toBe("2026-03-14");
    expect(fromUkDateTime("14/03/2026 19:05")).toBe("2026-03-14T19:05:00+00:00");
    expect(fromUkDateTime("02/04/2026 01:40:09")).toBe("2026-04-02T01:40:09+01:00");
    expect(fromUkDateTime("29/03/2026 01:30")).toBeUndefined();
    expect(fromUkDateTime("31/04/2026 10:00")).toBeUndefined();
    expect(fromUkDateTime("14/03/2026 25:00")).toBeUndefined();
  });

  it("accepts every cell the date-time cell schema accepts, bar impossible dates and skipped hours", () => {
    fc.assert(
      fc.property(arbitraryFromSchema(ukDateTimeCell()), (generated) => {
        const cell = String(generated);
        expect(ukDateTimeCell().safeParse(cell).success).toBe(true);
        const value = fromUkDateTime(cell);
        if (value !== undefined) expect(value.slice(0, 10)).toBe(fromUkDate(cell.slice(0, 10)));
      }),
    );
  });

  it("never throws, whatever the text", () => {
    fc.assert(fc.property(fc.string(), (text) => void fromUkDateTime(text)));
  });
});

describe("fromYesNo", () => {
  it("tells yes, no, not answered and a bad answer apart", () => {
    expect([fromYesNo("Y"), fromYesNo("N")]).toEqual([true, false]);
    expect(fromYesNo("")).toBeUndefined();
    for (const bad of ["y", "yes", "No", " N ", "  ", "maybe"]) expect(fromYesNo(bad), bad).toBeNull();
  });

  it("reads exactly the answers yesNoCell accepts", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom("Y", "N", "", "y", "Yes"), fc.string({ maxLength: 3 })),
        (text) => {
          expect(fromYesNo(text) !== null).toBe(yesNoCell({ blank: true }).safeParse(text).success);
        },
      ),
    );
  });
});

describe("cell schemas", () => {
  it("accept the shapes they name and, only when asked, a blank cell", () => {
    expect(ukDateCell().safeParse("14/03/2026").success).toBe(true);
    expect(ukDateCell().safeParse("").success).toBe(false);
    expect(ukDateCell({ blank: true }).safeParse("").success).toBe(true);
    expect(ukDateCell().safeParse("2026-03-14").success).toBe(false);
    expect(ukDateTimeCell().safeParse("14/03/2026 23:59").success).toBe(true);
    expect(ukDateTimeCell().safeParse("14/03/2026 24:00").success).toBe(false);
    expect(yesNoCell().safeParse("").success).toBe(false);
    expect(yesNoCell({ blank: true }).safeParse("").success).toBe(true);
    expect(yesNoCell().safeParse("y").success).toBe(false);
  });

  it("accept every well-formed date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), (d, m) => {
        expect(ukDateCell().safeParse(`${pad(d)}/${pad(m)}/2026`).success).toBe(true);
      }),
    );
  });
});

describe("cell schema messages", () => {
  it("say what was expected, for a blank-accepting cell too, and never quote the value", () => {
    const wrongType = ukDateCell({ blank: true }).safeParse(20260314);
    expect(wrongType.error?.issues.map((i) => i.code)).toEqual(["invalid_type"]);
    const wrongShape = ukDateCell({ blank: true }).safeParse("2026-03-14");
    expect(wrongShape.error?.issues.map((i) => i.message)).toEqual([
      "Expected a date as DD/MM/YYYY, or a blank cell",
    ]);
    expect(ukDateTimeCell({ blank: true }).safeParse("14/03/2026 19:05").success).toBe(true);
  });
});
