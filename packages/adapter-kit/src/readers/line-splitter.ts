/** One line of text without its line break; `text` is empty when the line was too long. */
export interface Line {
  readonly text: string;
  /** 1-based. */
  readonly line: number;
  readonly tooLong: boolean;
}

/**
 * Splits streamed text into lines (LF or CRLF), keeping at most `maxLineLength`
 * characters of the current line: a longer line is flagged and dropped, never buffered.
 */
export class LineSplitter {
  private current = "";
  private tooLong = false;
  private line = 1;

  constructor(private readonly maxLineLength: number) {}

  push(text: string): Line[] {
    const out: Line[] = [];
    let start = 0;
    while (start <= text.length) {
      const end = text.indexOf("\n", start);
      const piece = end === -1 ? text.slice(start) : text.slice(start, end);
      this.add(piece);
      if (end === -1) break;
      out.push(this.take());
      start = end + 1;
    }
    return out;
  }

  /** The last line, when the text does not end with a line break. */
  end(): Line[] {
    return this.current === "" && !this.tooLong ? [] : [this.take()];
  }

  private add(piece: string): void {
    if (this.tooLong) return;
    // One extra character allows for the CR of a CRLF.
    if (this.current.length + piece.length > this.maxLineLength + 1) {
      this.tooLong = true;
      this.current = "";
    } else {
      this.current += piece;
    }
  }

  private take(): Line {
    let text = this.current;
    if (text.endsWith("\r")) text = text.slice(0, -1);
    const tooLong = this.tooLong || text.length > this.maxLineLength;
    const line: Line = { text: tooLong ? "" : text, line: this.line, tooLong };
    this.current = "";
    this.tooLong = false;
    this.line += 1;
    return line;
  }
}
