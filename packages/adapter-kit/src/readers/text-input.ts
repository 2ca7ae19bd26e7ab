import { type KitIssue, kitIssue } from "../issue.js";
import { firstInvalidUtf8, unfinishedTail } from "./utf8.js";

const concatBytes = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
};

/** A piece of source text: a string, or bytes in UTF-8. */
export type TextChunk = string | Uint8Array;

/**
 * Source text in any of the shapes it usually arrives in: a whole string or buffer, or a
 * stream of chunks (a Node `Readable`, a web `ReadableStream` turned async-iterable, any
 * async or sync generator of strings and bytes).
 */
export type TextInput = string | Uint8Array | Iterable<TextChunk> | AsyncIterable<TextChunk>;

/** Thrown inside the readers when the text itself cannot be read on; turned into a `stopped` item. */
export class StopReading extends Error {
  constructor(readonly issue: KitIssue) {
    super(issue.message);
  }
}

const isAsyncIterable = (value: object): value is AsyncIterable<unknown> =>
  typeof (value as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === "function";

const isIterable = (value: object): value is Iterable<unknown> =>
  typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] === "function";

/** Whether a value is a `TextInput` (checked at run time, for callers without types). */
export function isTextInput(value: unknown): value is TextInput {
  if (typeof value === "string" || value instanceof Uint8Array) return true;
  return typeof value === "object" && value !== null && (isAsyncIterable(value) || isIterable(value));
}

async function* rawChunks(input: TextInput): AsyncGenerator<unknown> {
  if (typeof input === "string" || input instanceof Uint8Array) {
    yield input;
    return;
  }
  if (isAsyncIterable(input)) {
    yield* input;
    return;
  }
  yield* input;
}

/**
 * The input as text, chunk by chunk: bytes are decoded as UTF-8 (invalid bytes stop the
 * read rather than being silently replaced) and one leading byte-order mark is removed.
 * Throws `StopReading` when a chunk is neither text nor bytes, the bytes are not UTF-8 (after
 * giving the text before the first bad byte), or the input stream itself fails; never holds
 * more than one chunk.
 */
export async function* textChunks(input: TextInput): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  // The bytes of a character the last chunk began but did not finish (the decoder holds them too).
  let carried: Uint8Array = new Uint8Array(0);
  /**
   * Decodes the next bytes (or flushes, without them). On invalid UTF-8 it still gives the
   * text before the first bad byte, so the records before it are read; then `invalid` is set.
   */
  const decode = (bytes?: Uint8Array): { text: string; invalid: boolean } => {
    const joined = bytes === undefined ? carried : concatBytes(carried, bytes);
    try {
      const text = bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
      carried = joined.subarray(joined.length - unfinishedTail(joined));
      return { text, invalid: false };
    } catch {
      const good = joined.subarray(0, firstInvalidUtf8(joined));
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(
        good.subarray(0, good.length - unfinishedTail(good)),
      );
      return { text, invalid: true };
    }
  };
  const invalidUtf8 = (): StopReading =>
    new StopReading(kitIssue([], "invalid_utf8", "The input is not valid UTF-8"));
  let first = true;
  const withoutBom = (text: string): string => {
    if (!first || text.length === 0) return text;
    first = false;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };
  const iterator = rawChunks(input);
  try {
    while (true) {
      let step: IteratorResult<unknown>;
      try {
        step = await iterator.next();
      } catch {
        throw new StopReading(kitIssue([], "input_failed", "The input stream failed while being read"));
      }
      if (step.done) break;
      const chunk = step.value;
      let decoded: { text: string; invalid: boolean };
      if (typeof chunk === "string") {
        const flushed = decode();
        decoded = flushed.invalid ? flushed : { text: flushed.text + chunk, invalid: false };
      } else if (chunk instanceof Uint8Array) decoded = decode(chunk);
      else {
        throw new StopReading(
          kitIssue([], "invalid_chunk", "The input yielded a chunk that is neither text nor bytes"),
        );
      }
      const text = withoutBom(decoded.text);
      if (text.length > 0) yield text;
      if (decoded.invalid) throw invalidUtf8();
    }
    const rest = decode();
    const text = withoutBom(rest.text);
    if (text.length > 0) yield text;
    if (rest.invalid) throw invalidUtf8();
  } finally {
    // Stopped early (an error, or the consumer broke off): let the source release itself.
    await iterator.return(undefined).catch(() => undefined);
  }
}
