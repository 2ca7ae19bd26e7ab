import { Writable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { noProgress, type ProgressState, progressLine, terminalProgress } from "./progress.js";

const state = (over: Partial<ProgressState> = {}): ProgressState => ({
  file: "exports/crime.csv",
  fileNumber: 1,
  files: 1,
  records: 0,
  bytes: 0,
  ...over,
});

/** A terminal-like stream that keeps each write. */
function terminal(columns?: number): { stream: Writable & { columns?: number }; writes: string[] } {
  const writes: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      writes.push(chunk.toString());
      done();
    },
  });
  return { stream: columns === undefined ? stream : Object.assign(stream, { columns }), writes };
}

const clearLine = "\r\u001b[2K";

describe("progressLine", () => {
  it("shows a bar and a percentage when the size is known", () => {
    expect(progressLine(state({ bytes: 500, totalBytes: 1000, records: 1234 }))).toBe(
      `[${"#".repeat(12)}${"-".repeat(12)}]  50% exports/crime.csv: 1,234 records`,
    );
    expect(progressLine(state({ bytes: 0, totalBytes: 1000 }))).toBe(
      `[${"-".repeat(24)}]   0% exports/crime.csv: 0 records`,
    );
  });

  it("caps the bar at 100% when more bytes were read than the size said", () => {
    expect(progressLine(state({ bytes: 5000, totalBytes: 1000 }))).toBe(
      `[${"#".repeat(24)}] 100% exports/crime.csv: 0 records`,
    );
  });

  it("shows only the count for stdin, or a file of no bytes", () => {
    expect(progressLine(state({ file: "<stdin>", records: 7, bytes: 900 }))).toBe("<stdin>: 7 records");
    expect(progressLine(state({ totalBytes: 0 }))).toBe("exports/crime.csv: 0 records");
  });

  it("says which file of several it is on", () => {
    expect(progressLine(state({ fileNumber: 2, files: 3, records: 1 }))).toBe(
      "exports/crime.csv (file 2 of 3): 1 record",
    );
  });

  it("cuts the line to fit the terminal, ending in an ellipsis", () => {
    const line = progressLine(state({ file: "x".repeat(100) }), 40);
    expect(line).toHaveLength(39);
    expect(line.endsWith("…")).toBe(true);
    expect(progressLine(state({ file: "ab" }), 40)).toBe("ab: 0 records");
  });

  it("never fills the last column, so the terminal does not wrap", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.nat(),
        fc.nat(),
        fc.option(fc.nat(), { nil: undefined }),
        fc.integer({ min: 2, max: 300 }),
        (file, records, bytes, totalBytes, columns) => {
          const line = progressLine(
            {
              file,
              fileNumber: 1,
              files: 2,
              records,
              bytes,
              ...(totalBytes === undefined ? {} : { totalBytes }),
            },
            columns,
          );
          expect(line.length).toBeLessThan(columns);
        },
      ),
    );
  });
});

describe("terminalProgress", () => {
  it("draws at once, then at most once per interval", () => {
    const { stream, writes } = terminal(80);
    let now = 1000;
    const progress = terminalProgress(stream, 100, () => now);
    progress.update(state({ records: 1 }));
    now = 1050;
    progress.update(state({ records: 2 }));
    now = 1099;
    progress.update(state({ records: 3 }));
    now = 1100;
    progress.update(state({ records: 4 }));
    expect(writes).toEqual([
      `${clearLine}exports/crime.csv: 1 record`,
      `${clearLine}exports/crime.csv: 4 records`,
    ]);
  });

  it("fits the line to the stream's columns, or 80 when it has none", () => {
    const narrow = terminal(20);
    terminalProgress(narrow.stream, 100, () => 0).update(state({ records: 123456 }));
    expect(narrow.writes[0]).toBe(`${clearLine}${progressLine(state({ records: 123456 }), 20)}`);
    const unknown = terminal();
    const long = state({ file: "y".repeat(120) });
    terminalProgress(unknown.stream, 100, () => 0).update(long);
    expect(unknown.writes[0]).toBe(`${clearLine}${progressLine(long, 80)}`);
  });

  it("clears only after drawing, and only once", () => {
    const { stream, writes } = terminal(80);
    let now = 0;
    const progress = terminalProgress(stream, 100, () => now);
    progress.clear();
    expect(writes).toEqual([]);
    progress.update(state());
    progress.clear();
    progress.clear();
    expect(writes).toEqual([`${clearLine}exports/crime.csv: 0 records`, clearLine]);
    now = 200;
    progress.update(state());
    progress.clear();
    expect(writes).toHaveLength(4);
  });

  it("does nothing when off", () => {
    expect(() => {
      noProgress.update(state());
      noProgress.clear();
    }).not.toThrow();
  });
});
