import { readJsonArray, type SourceItem } from "@cse-flags/adapter-kit";

/** Largest single JSON document (a policy, a concept map) read whole, in bytes. */
export const maxDocumentBytes = 16 * 1024 * 1024;

const isSpace = (byte: number): boolean => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** The bytes already looked at, then the rest; stopping early releases the source (closes the file). */
async function* replay(
  first: readonly Uint8Array[],
  rest: AsyncIterator<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  try {
    yield* first;
    while (true) {
      const step = await rest.next();
      if (step.done) return;
      yield step.value;
    }
  } finally {
    await rest.return?.();
  }
}

/**
 * Reads a `.json` file of canonical documents: a JSON array is read element by element,
 * streaming (each element is one item); anything else is one document, read whole up to
 * `maxDocumentBytes`. Problems come back as items, as the adapter kit's readers give them.
 */
export async function* readJsonDocuments(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<SourceItem> {
  const iterator = bytes[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let total = 0;
  let first: number | undefined;
  let line = 1;
  try {
    // Find the first byte that is not white space (or the byte-order mark) to tell an array from a document.
    while (first === undefined) {
      const step = await iterator.next();
      if (step.done) break;
      seen.push(step.value);
      for (let i = 0; i < step.value.length; i += 1) {
        const byte = step.value[i] as number;
        const atStart = total + i < 3 && (byte === 0xef || byte === 0xbb || byte === 0xbf);
        if (byte === 0x0a) line += 1;
        if (!isSpace(byte) && !atStart) {
          first = byte;
          break;
        }
      }
      total += step.value.length;
    }
  } catch {
    yield {
      kind: "stopped",
      issue: { path: [], code: "input_failed", message: "The input stream failed while being read" },
    };
    return;
  }
  if (first === undefined) return;
  if (first === 0x5b /* [ */) {
    yield* readJsonArray(replay(seen, iterator));
    return;
  }
  const chunks = replay(seen, iterator);
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of chunks) {
      size += chunk.length;
      if (size > maxDocumentBytes) {
        yield {
          kind: "unreadable",
          position: { index: 0, line },
          issues: [
            {
              path: [],
              code: "record_too_long",
              message: `The document is longer than ${maxDocumentBytes} bytes`,
              line,
            },
          ],
        };
        return;
      }
      parts.push(chunk);
    }
  } catch {
    yield {
      kind: "stopped",
      issue: { path: [], code: "input_failed", message: "The input stream failed while being read" },
    };
    return;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(parts));
  } catch {
    yield {
      kind: "stopped",
      issue: { path: [], code: "invalid_utf8", message: "The input is not valid UTF-8" },
    };
    return;
  }
  try {
    yield { kind: "record", position: { index: 0, line }, value: JSON.parse(text) as unknown };
  } catch {
    yield {
      kind: "unreadable",
      position: { index: 0, line },
      issues: [{ path: [], code: "invalid_json", message: "The document is not valid JSON", line }],
    };
  }
}
