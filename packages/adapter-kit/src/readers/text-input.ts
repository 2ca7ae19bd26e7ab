import { type KitIssue, kitIssue } from "../issue.js";

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
 * Throws `StopReading` when a chunk is neither text nor bytes, the bytes are not UTF-8, or
 * the input stream itself fails; never holds more than one chunk.
 */
export async function* textChunks(input: TextInput): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const decode = (bytes?: Uint8Array): string => {
    try {
      return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
    } catch {
      throw new StopReading(kitIssue([], "invalid_utf8", "The input is not valid UTF-8"));
    }
  };
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
      let text: string;
      if (typeof chunk === "string") text = decode() + chunk;
      else if (chunk instanceof Uint8Array) text = decode(chunk);
      else {
        throw new StopReading(
          kitIssue([], "invalid_chunk", "The input yielded a chunk that is neither text nor bytes"),
        );
      }
      text = withoutBom(text);
      if (text.length > 0) yield text;
    }
    const rest = withoutBom(decode());
    if (rest.length > 0) yield rest;
  } finally {
    // Stopped early (an error, or the consumer broke off): let the source release itself.
    await iterator.return(undefined).catch(() => undefined);
  }
}
