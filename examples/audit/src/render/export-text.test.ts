import { describe, expect, it } from "vitest";
import { csvCell, csvText, nextMorning, ukDate, ukDateTime } from "./export-text.js";

describe("export text", () => {
  it("writes UK dates and the morning after, across a month and a year end", () => {
    expect(ukDate("2026-03-05")).toBe("05/03/2026");
    expect(ukDateTime("2026-10-20 17:15")).toBe("20/10/2026 17:15");
    expect(nextMorning("2026-01-31 23:50")).toBe("2026-02-01 09:00");
    expect(nextMorning("2026-12-31 10:00")).toBe("2027-01-01 09:00");
  });

  it("quotes a cell only when it must, doubling quotes", () => {
    expect(csvCell("CR-3001")).toBe("CR-3001");
    expect(csvCell('Synthetic: "a", b')).toBe('"Synthetic: ""a"", b"');
    expect(csvCell("Synthetic: two\nlines")).toBe('"Synthetic: two\nlines"');
  });

  it("writes a header and a line per row, blank where a row is silent", () => {
    expect(csvText(["a", "b"], [{ a: "1" }, { a: "2", b: "x,y" }])).toBe('a,b\n1,\n2,"x,y"\n');
  });

  it("refuses a row naming a column the export lacks, without quoting the row", () => {
    expect(() => csvText(["a"], [{ a: "1", typo: "CHILD-001" }])).toThrow(
      "A rendered row names a column the export does not have",
    );
    try {
      csvText(["a"], [{ a: "1", typo: "CHILD-001" }]);
    } catch (error) {
      expect(String(error)).not.toContain("CHILD-001");
      expect(String(error)).not.toContain("typo");
    }
  });
});
