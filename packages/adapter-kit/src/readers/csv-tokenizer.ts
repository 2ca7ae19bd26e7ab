import { type KitIssue, kitIssue } from "../issue.js";

/** One CSV record as a list of fields, with the line it starts on and its first problem. */
export interface CsvRawRecord {
  readonly fields: readonly string[];
  readonly line: number;
  readonly error?: KitIssue;
}

/**
 * A small streaming RFC 4180 tokenizer: fields separated by a one-character delimiter,
 * records by CRLF, LF or CR; a field in double quotes may hold delimiters, quotes (doubled)
 * and line breaks. Push text in chunks of any size; each call returns the records it
 * completed. A record longer than `maxRecordLength` is reported (`record_too_long`) rather
 * than kept, so memory stays bounded. Lines that are completely empty are skipped.
 */
export class CsvTokenizer {
  private fields: string[] = [];
  private field = "";
  private fieldLength = 0;
  private inQuotes = false;
  private afterQuote = false;
  private skipLineFeed = false;
  private quotedCr = false;
  private recordLength = 0;
  private tooLong = false;
  private error: KitIssue | undefined;
  private line = 1;
  private recordLine = 1;

  constructor(
    private readonly delimiter: string,
    private readonly maxRecordLength: number,
  ) {}

  push(text: string): CsvRawRecord[] {
    const out: CsvRawRecord[] = [];
    for (let i = 0; i < text.length; i += 1) {
      const c = text[i] as string;
      if (this.skipLineFeed) {
        this.skipLineFeed = false;
        if (c === "\n") continue;
      }
      if (this.inQuotes) {
        // A line break inside quotes is CRLF, LF or CR: count each once.
        const afterCr = this.quotedCr;
        this.quotedCr = c === "\r";
        if (c === '"') {
          this.inQuotes = false;
          this.afterQuote = true;
        } else {
          if (c === "\r" || (c === "\n" && !afterCr)) this.line += 1;
          this.append(c);
        }
        continue;
      }
      if (this.afterQuote) {
        this.afterQuote = false;
        if (c === '"') {
          // A doubled quote inside a quoted field.
          this.append('"');
          this.inQuotes = true;
          continue;
        }
        if (c !== this.delimiter && c !== "\n" && c !== "\r") {
          this.fail("invalid_quote", "Text follows the closing quote of a field");
          this.append(c);
          continue;
        }
      }
      if (c === this.delimiter) {
        this.endField();
        this.countChar();
      } else if (c === "\n" || c === "\r") {
        this.line += 1;
        if (c === "\r") this.skipLineFeed = true;
        this.endRecord(out);
      } else if (c === '"') {
        if (this.fieldLength === 0) {
          this.inQuotes = true;
          this.countChar();
          // Mark the field as started, so `""` is an empty field rather than a blank line.
          this.fieldLength = -1;
        } else {
          this.fail("invalid_quote", "A quote appears inside an unquoted field");
          this.append(c);
        }
      } else {
        this.append(c);
      }
    }
    return out;
  }

  /** Ends the input; returns the last record, if it had no line break after it. */
  end(): CsvRawRecord[] {
    const out: CsvRawRecord[] = [];
    if (this.inQuotes) {
      this.fail("unterminated_quote", "A quoted field is not closed before the end of the input");
      this.inQuotes = false;
    }
    this.endRecord(out);
    return out;
  }

  private countChar(): void {
    this.recordLength += 1;
    if (this.recordLength > this.maxRecordLength && !this.tooLong) {
      this.tooLong = true;
      this.fields = [];
      this.field = "";
    }
  }

  private append(c: string): void {
    this.countChar();
    if (this.fieldLength < 0) this.fieldLength = 0;
    this.fieldLength += 1;
    if (!this.tooLong) this.field += c;
  }

  private fail(code: KitIssue["code"], message: string): void {
    this.error ??= kitIssue([this.fields.length], code, message, this.line);
  }

  private endField(): void {
    if (!this.tooLong) this.fields.push(this.field);
    this.field = "";
    this.fieldLength = 0;
  }

  private endRecord(out: CsvRawRecord[]): void {
    const blank = this.recordLength === 0;
    if (!blank) {
      this.endField();
      const line = this.recordLine;
      if (this.tooLong) {
        out.push({
          fields: [],
          line,
          error: kitIssue(
            [],
            "record_too_long",
            `Record is longer than ${this.maxRecordLength} characters`,
            line,
          ),
        });
      } else {
        out.push(
          this.error ? { fields: this.fields, line, error: this.error } : { fields: this.fields, line },
        );
      }
    }
    this.fields = [];
    this.field = "";
    this.fieldLength = 0;
    this.recordLength = 0;
    this.tooLong = false;
    this.afterQuote = false;
    this.error = undefined;
    this.recordLine = this.line;
  }
}
