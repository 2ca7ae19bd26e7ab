import { type KitIssue, kitIssue } from "../issue.js";

/** One element of the top-level array, as text, or the reason it was not kept. */
export interface JsonElement {
  readonly text: string;
  /** 1-based line the element starts on. */
  readonly line: number;
  readonly error?: KitIssue;
}

export interface JsonSplit {
  readonly elements: JsonElement[];
  /** Set when the text cannot be read any further; the last thing reported. */
  readonly stop?: KitIssue;
}

type Phase = "start" | "first" | "next" | "element" | "after" | "done" | "stopped";

const isSpace = (c: string): boolean => c === " " || c === "\t" || c === "\n" || c === "\r";

/**
 * Splits a streamed JSON array into the texts of its elements without parsing them, so
 * only one element is ever held (each is then parsed on its own). It tracks strings and
 * bracket depth only; an element whose inside is not valid JSON is caught when it is
 * parsed, and reading goes on with the next one. Elements longer than `maxLength` or
 * nested deeper than `maxDepth` are reported and dropped while their end is found.
 */
export class JsonArraySplitter {
  private phase: Phase = "start";
  private buffer = "";
  private length = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private error: KitIssue | undefined;
  private line = 1;
  private elementLine = 1;

  constructor(
    private readonly maxLength: number,
    private readonly maxDepth: number,
  ) {}

  push(text: string): JsonSplit {
    const elements: JsonElement[] = [];
    let segmentStart = this.phase === "element" ? 0 : -1;
    const complete = (to: number): void => {
      this.keep(text, segmentStart, to);
      elements.push(this.finish());
      segmentStart = -1;
    };
    for (let i = 0; i < text.length; i += 1) {
      const c = text[i] as string;
      if (c === "\n") this.line += 1;
      if (this.phase === "element") {
        const ends = this.step(c);
        if (ends === undefined) continue;
        complete(ends === "inclusive" ? i + 1 : i);
        // The character that ended a bare value (`,`, `]` or a space) belongs to the array.
        if (ends === "inclusive") continue;
      }
      const stop = this.structural(c);
      if (stop) return { elements, stop };
      if (this.phase === "element") {
        segmentStart = i;
        if (this.step(c) === "inclusive") complete(i + 1);
      }
    }
    if (this.phase === "element") this.keep(text, segmentStart, text.length);
    return { elements };
  }

  /** Ends the input: an unfinished array is reported. */
  end(): JsonSplit {
    switch (this.phase) {
      case "done":
      case "stopped":
        return { elements: [] };
      case "element": {
        // A value at the very end: complete only if it is a bare value and the array closed; it did not.
        const line = this.elementLine;
        this.phase = "stopped";
        return {
          elements: [
            { text: "", line, error: kitIssue([], "unexpected_end", "The input ends inside a record", line) },
          ],
          stop: kitIssue([], "unexpected_end", "The input ends before the array is closed", this.line),
        };
      }
      case "start":
        this.phase = "stopped";
        return { elements: [], stop: kitIssue([], "not_json_array", "Expected a JSON array", this.line) };
      default:
        this.phase = "stopped";
        return {
          elements: [],
          stop: kitIssue([], "unexpected_end", "The input ends before the array is closed", this.line),
        };
    }
  }

  /** Handles a character between elements. Returns an issue when reading must stop. */
  private structural(c: string): KitIssue | undefined {
    if (isSpace(c)) return undefined;
    switch (this.phase) {
      case "start":
        if (c === "[") {
          this.phase = "first";
          return undefined;
        }
        return this.stopWith(kitIssue([], "not_json_array", "Expected a JSON array", this.line));
      case "first":
      case "next":
        if (c === "]" && this.phase === "first") {
          this.phase = "done";
          return undefined;
        }
        if (c === "]" || c === ",") {
          return this.stopWith(kitIssue([], "invalid_json", "Expected a value in the array", this.line));
        }
        this.begin();
        return undefined;
      case "after":
        if (c === ",") {
          this.phase = "next";
          return undefined;
        }
        if (c === "]") {
          this.phase = "done";
          return undefined;
        }
        return this.stopWith(
          kitIssue([], "invalid_json", "Expected a comma or the end of the array", this.line),
        );
      case "done":
        return this.stopWith(
          kitIssue([], "trailing_content", "Text follows the end of the array", this.line),
        );
      default:
        return undefined;
    }
  }

  private stopWith(issue: KitIssue): KitIssue {
    this.phase = "stopped";
    return issue;
  }

  private begin(): void {
    this.phase = "element";
    this.buffer = "";
    this.length = 0;
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    this.error = undefined;
    this.elementLine = this.line;
  }

  /**
   * Advances through one character of an element. Returns `inclusive` when the character
   * ends the element, `exclusive` when the element ended just before it.
   */
  private step(c: string): "inclusive" | "exclusive" | undefined {
    if (this.inString) {
      this.count();
      if (this.escaped) this.escaped = false;
      else if (c === "\\") this.escaped = true;
      else if (c === '"') {
        this.inString = false;
        if (this.depth === 0) return "inclusive";
      }
      return undefined;
    }
    if (this.depth === 0 && this.length > 0 && (c === "," || c === "]" || isSpace(c))) return "exclusive";
    this.count();
    if (c === '"') this.inString = true;
    else if (c === "[" || c === "{") {
      this.depth += 1;
      if (this.depth > this.maxDepth) {
        this.error ??= kitIssue(
          [],
          "too_deep",
          `Record is nested deeper than ${this.maxDepth} levels`,
          this.elementLine,
        );
      }
    } else if (c === "]" || c === "}") {
      this.depth -= 1;
      if (this.depth <= 0) return "inclusive";
    }
    return undefined;
  }

  private count(): void {
    this.length += 1;
    if (this.length > this.maxLength && this.error?.code !== "record_too_long") {
      this.error = kitIssue(
        [],
        "record_too_long",
        `Record is longer than ${this.maxLength} characters`,
        this.elementLine,
      );
      this.buffer = "";
    }
  }

  private keep(text: string, from: number, to: number): void {
    if (this.error === undefined && from >= 0 && to > from) this.buffer += text.slice(from, to);
  }

  private finish(): JsonElement {
    const element: JsonElement = this.error
      ? { text: "", line: this.elementLine, error: this.error }
      : { text: this.buffer, line: this.elementLine };
    this.phase = "after";
    this.buffer = "";
    return element;
  }
}
