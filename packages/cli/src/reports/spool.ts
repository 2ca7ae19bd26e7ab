import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputOutputError } from "../errors.js";

/** A temporary file that cannot be made or written is the system's problem, not a bug: say where. */
const spoolFailed = (): InputOutputError =>
  new InputOutputError(
    `cannot write a temporary file for the report in ${tmpdir()}`,
    "Check the disk has space, or set TMPDIR to a folder that can be written.",
  );

/**
 * Text kept in a temporary file instead of memory, for reports whose header needs counts
 * known only at the end (JUnit). Writes are buffered; `drain` streams the text out once.
 * Fails with `InputOutputError` when the temporary file cannot be made, written or read.
 */
export class Spool {
  private readonly dir: string;
  private readonly path: string;
  private readonly fd: number;
  private open = true;
  private buffer: string[] = [];
  private buffered = 0;

  constructor() {
    let dir: string | undefined;
    try {
      dir = mkdtempSync(join(tmpdir(), "cse-flags-"));
      this.path = join(dir, "spool");
      this.fd = openSync(this.path, "w");
      this.dir = dir;
    } catch {
      if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
      throw spoolFailed();
    }
  }

  write(text: string): void {
    this.buffer.push(text);
    this.buffered += text.length;
    if (this.buffered >= 65_536) this.flush();
  }

  private flush(): void {
    if (this.buffered === 0) return;
    try {
      writeSync(this.fd, this.buffer.join(""));
    } catch {
      throw spoolFailed();
    }
    this.buffer = [];
    this.buffered = 0;
  }

  /** The spooled text, chunk by chunk; the spool is removed afterwards. */
  async *drain(): AsyncGenerator<string> {
    try {
      this.flush();
      this.close();
      try {
        for await (const chunk of createReadStream(this.path, { encoding: "utf8" })) yield chunk as string;
      } catch {
        throw spoolFailed();
      }
    } finally {
      this.discard();
    }
  }

  private close(): void {
    if (!this.open) return;
    this.open = false;
    closeSync(this.fd);
  }

  /** Removes the spool without reading it (or after); safe to call more than once. */
  discard(): void {
    this.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
