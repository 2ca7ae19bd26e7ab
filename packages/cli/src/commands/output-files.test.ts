import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputOutputError } from "../errors.js";
import { writeText } from "../io.js";
import { closeOutput, closeOutputs, openOutputs } from "./output-files.js";

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "output-files-test-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Linux shows a process's open descriptors here; it is how a leaked file handle is seen.
const descriptors = "/proc/self/fd";
const openDescriptors = (): number => readdirSync(descriptors).length;

describe("openOutputs and closeOutputs", () => {
  it("opens each requested output, skips the ones not asked for, and writes what was written on close", async () => {
    const [report, none, rejects] = await openOutputs(
      [
        { path: "report.txt", what: "report" },
        undefined,
        { path: join(dir, "rejects.ndjson"), what: "rejects" },
      ],
      dir,
    );
    expect(none).toBeUndefined();
    if (report === undefined || rejects === undefined) throw new Error("expected two outputs");
    await writeText(report, "one\n");
    await writeText(rejects, "two\n");
    await closeOutputs([report, rejects]);
    expect(report.closed && rejects.closed).toBe(true);
    expect(readFileSync(join(dir, "report.txt"), "utf8")).toBe("one\n");
    expect(readFileSync(join(dir, "rejects.ndjson"), "utf8")).toBe("two\n");
  });

  it.runIf(existsSync(descriptors))(
    "closes the outputs already open when a later one cannot be opened",
    async () => {
      const before = openDescriptors();
      const failure = await openOutputs(
        [
          { path: "first.txt", what: "report" },
          { path: "second.txt", what: "decisions" },
          { path: join("no-such-folder", "rejects.ndjson"), what: "rejects" },
        ],
        dir,
      ).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(InputOutputError);
      expect(failure).toMatchObject({
        message: `cannot write the rejects to ${join("no-such-folder", "rejects.ndjson")}`,
      });
      expect(openDescriptors()).toBe(before);
    },
  );

  // /dev/full takes the open and refuses every write, as a full disk does.
  it.runIf(existsSync("/dev/full"))(
    "fails the close, naming the output, when the disk refused a write",
    async () => {
      const [full] = await openOutputs([{ path: "/dev/full", what: "report" }], dir);
      if (full === undefined) throw new Error("expected an output");
      // Accepted into the buffer; the refusal comes later, and must not crash the process.
      await writeText(full, "text that will not fit\n");
      const failure = await closeOutput(full).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(InputOutputError);
      expect(failure).toMatchObject({ message: "cannot write the report to /dev/full", code: "ENOSPC" });
      // Closing again says the same, and never hangs.
      await expect(closeOutput(full)).rejects.toBeInstanceOf(InputOutputError);
    },
  );

  it.runIf(existsSync("/dev/full"))("closes every output even when one of them fails", async () => {
    const [full, good] = await openOutputs(
      [
        { path: "/dev/full", what: "report" },
        { path: "good.txt", what: "rejects" },
      ],
      dir,
    );
    if (full === undefined || good === undefined) throw new Error("expected two outputs");
    await writeText(full, "x\n");
    await writeText(good, "y\n");
    await expect(closeOutputs([full, good])).rejects.toMatchObject({ code: "ENOSPC" });
    expect(good.closed).toBe(true);
    expect(readFileSync(join(dir, "good.txt"), "utf8")).toBe("y\n");
  });
});
