import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunked } from "../../test/support.js";
import { CsvTokenizer } from "./csv-tokenizer.js";

const tokenize = (chunks: readonly string[], delimiter = ",", max = 1_000_000) => {
  const tokenizer = new CsvTokenizer(delimiter, max);
  return [...chunks.flatMap((chunk) => tokenizer.push(chunk)), ...tokenizer.end()];
};

/** Writes fields as RFC 4180 CSV, quoting every field that needs it. */
const encodeField = (field: string, delimiter: string) =>
  field === "" || /["\r\n]/.test(field) || field.includes(delimiter) || field.startsWith('"')
    ? `"${field.replace(/"/g, '""')}"`
    : field;

describe("CsvTokenizer", () => {
  it("splits fields and records, with CRLF, LF or CR line breaks", () => {
    expect(tokenize(["a,b\r\nc,d\ne,f\rg,h"]).map((r) => r.fields)).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
      ["g", "h"],
    ]);
  });

  it("keeps delimiters, doubled quotes and line breaks inside quoted fields, and counts lines", () => {
    const records = tokenize(['"a,1","say ""hi""","two\nlines"\nnext,x,y\n']);
    expect(records.map((r) => r.fields)).toEqual([
      ["a,1", 'say "hi"', "two\nlines"],
      ["next", "x", "y"],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 3]);
  });

  it("counts a CR-only or CRLF line break inside quotes as one line", () => {
    expect(tokenize(['a,b\r"x\ry",2\r3,4\r5']).map((r) => r.line)).toEqual([1, 2, 4, 5]);
    expect(tokenize(['a,b\r\n"x\r\ny",2\r\n3,4']).map((r) => r.line)).toEqual([1, 2, 4]);
    expect(tokenize(["a,b\r", '"x\r', '\ny",2\r', "3,4"]).map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it("skips blank lines but keeps a line of empty fields", () => {
    expect(tokenize(["a\n\n,\n\n"]).map((r) => r.fields)).toEqual([["a"], ["", ""]]);
    expect(tokenize(['""\n']).map((r) => r.fields)).toEqual([[""]]);
  });

  it("reports stray quotes at the field, without the value", () => {
    const [record] = tokenize(['ab"c,d\n']);
    expect(record?.error).toEqual({ path: [0], code: "invalid_quote", message: expect.any(String), line: 1 });
    const [after] = tokenize(['x,"ab"c\n']);
    expect(after?.error?.code).toBe("invalid_quote");
    expect(after?.error?.path).toEqual([1]);
  });

  it("reports an unterminated quote at the end", () => {
    const records = tokenize(['a,b\n"never closed,\nmore']);
    expect(records.at(-1)?.error?.code).toBe("unterminated_quote");
    expect(records.at(-1)?.line).toBe(2);
  });

  it("reports a record over the length limit and keeps none of it", () => {
    const records = tokenize(["short\n", "x".repeat(50), "\nok\n"], ",", 20);
    expect(records.map((r) => r.error?.code ?? r.fields.join())).toEqual(["short", "record_too_long", "ok"]);
    expect(records[1]?.fields).toEqual([]);
  });

  it("reads any table written as CSV back, however the text is cut into chunks", () => {
    const field = fc.string({
      unit: fc.constantFrom("a", "b", ",", ";", '"', "\n", "\r", " ", "é", "😀"),
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        fc.constantFrom(",", ";", "\t", "|"),
        fc
          .integer({ min: 1, max: 4 })
          .chain((width) =>
            fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }),
          ),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.constantFrom("\n", "\r\n", "\r"),
        (delimiter, rows, cuts, newline) => {
          // A row of one empty field is a blank line in CSV; quoting keeps it.
          const lines = rows.map((row) => row.map((f) => encodeField(f, delimiter)).join(delimiter));
          const text = lines.join(newline);
          const records = tokenize(chunked(text, cuts), delimiter);
          expect(records.map((r) => r.fields)).toEqual(rows);
          // Each record starts on the line after every break before it: CRLF, LF or CR counts once.
          let line = 1;
          const starts = lines.map((written) => {
            const start = line;
            line += (written.match(/\r\n|\r|\n/g) ?? []).length + 1;
            return start;
          });
          expect(records.map((r) => r.line)).toEqual(starts);
          expect(records.every((r) => r.error === undefined)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary text and reports every problem with a code and a line", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r", "x"), maxLength: 60 }),
        fc.array(fc.nat()),
        (text, cuts) => {
          for (const record of tokenize(chunked(text, cuts))) {
            if (record.error) expect(record.error.line).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
