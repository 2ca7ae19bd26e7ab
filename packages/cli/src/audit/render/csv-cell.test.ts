import { readCsv } from "@cse-flags/adapter-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv-cell.js";

const dangerousStart = /^ *[=+\-@\t\r]/;

/** Any text, often starting with a formula character, a quote or a comma: uniform code points rarely do. */
const cellText = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme-ascii" }),
  fc
    .tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", '"', ","), fc.string({ unit: "binary" }))
    .map(([first, rest]) => first + rest),
);

/** The cells of one-row CSV text, read back by the project's own CSV reader. */
async function readRow(text: string, columns: number): Promise<string[]> {
  const headers = Array.from({ length: columns }, (_, i) => `c${i}`);
  const rows: string[][] = [];
  for await (const item of readCsv(text, { headers })) {
    if (item.kind !== "record") throw new Error(`CSV read back as ${item.kind}`);
    const record = item.value as Record<string, string>;
    rows.push(headers.map((name) => record[name] ?? ""));
  }
  expect(rows).toHaveLength(1);
  return rows[0] ?? [];
}

describe("csvCell", () => {
  it("leaves plain cells as they are", () => {
    expect(csvCell("crime.csv")).toBe("crime.csv");
    expect(csvCell("")).toBe("");
    expect(csvCell("c")).toBe("c");
    expect(csvCell("12")).toBe("12");
  });

  it("quotes separators, quotes and line breaks, doubling quotes (RFC 4180)", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\rhere")).toBe('"cr\rhere"');
  });

  it("neutralises every formula start OWASP lists with a quote mark, and quotes the cell", () => {
    expect(csvCell("=1+1")).toBe(`"'=1+1"`);
    expect(csvCell("+44")).toBe(`"'+44"`);
    expect(csvCell("-2")).toBe(`"'-2"`);
    expect(csvCell("@SUM(A1)")).toBe(`"'@SUM(A1)"`);
    expect(csvCell("\tx")).toBe(`"'\tx"`);
    expect(csvCell("\rx")).toBe(`"'\rx"`);
    expect(csvCell(`=cmd|' /C calc'!A0.csv`)).toBe(`"'=cmd|' /C calc'!A0.csv"`);
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
  });

  it("neutralises a formula start after leading spaces, which some spreadsheets trim", () => {
    expect(csvCell(" =1+1")).toBe(`"' =1+1"`);
    expect(csvCell("   @SUM(A1)")).toBe(`"'   @SUM(A1)"`);
    expect(csvCell(" plain")).toBe(" plain");
  });

  it("leaves a dangerous character that is not first alone", () => {
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("CR-0001")).toBe("CR-0001");
  });
});

describe("csvRow", () => {
  it("joins cells with commas and ends with CRLF", () => {
    expect(csvRow(["a", "b,c", "=d"])).toBe(`a,"b,c","'=d"\r\n`);
  });

  it("reads back as the same cells, but for the quote mark before a formula start", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(cellText, {
          minLength: 1,
          maxLength: 5,
        }),
        async (cells) => {
          // A last column that is never empty keeps a row of empty cells from reading as a blank line.
          const row = [...cells, "end"];
          const back = await readRow(csvRow(row), row.length);
          row.forEach((cell, i) => {
            const read = back[i] ?? "";
            expect(read).toBe(dangerousStart.test(cell) ? `'${cell}` : cell);
            expect(read).not.toMatch(dangerousStart);
          });
        },
      ),
    );
  });

  it("never writes a cell whose raw text starts with a formula character", () => {
    fc.assert(
      fc.property(cellText, (cell) => {
        const written = csvCell(cell);
        expect(written).not.toMatch(dangerousStart);
        // Quoted or not, what a spreadsheet sees first is never a formula start.
        const seen = written.startsWith('"') ? written.slice(1) : written;
        expect(seen).not.toMatch(dangerousStart);
      }),
    );
  });
});
