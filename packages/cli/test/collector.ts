import { Writable } from "node:stream";

/** A writable stream that keeps what is written to it, as text: an output for tests to read. */
export function collector(): { out: Writable; text: () => string } {
  const chunks: string[] = [];
  const out = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { out, text: () => chunks.join("") };
}
