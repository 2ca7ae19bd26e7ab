import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Text kept in a temporary file instead of memory, for reports whose header needs counts
 * known only at the end (JUnit). Writes are buffered; `drain` streams the text out once.
 */
export class Spool {
  private readonly dir = mkdtempSync(join(tmpdir(), "cse-flags-"));
  private readonly path = join(this.dir, "spool");
  private readonly fd = openSync(this.path, "w");
  private open = true;
  private buffer: string[] = [];
  private buffered = 0;

  write(text: string): void {
    this.buffer.push(text);
    this.buffered += text.length;
    if (this.buffered >= 65_536) this.flush();
  }

  private flush(): void {
    if (this.buffered === 0) return;
    writeSync(this.fd, this.buffer.join(""));
    this.buffer = [];
    this.buffered = 0;
  }

  /** The spooled text, chunk by chunk; the spool is removed afterwards. */
  async *drain(): AsyncGenerator<string> {
    this.flush();
    this.close();
    try {
      for await (const chunk of createReadStream(this.path, { encoding: "utf8" })) yield chunk as string;
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
