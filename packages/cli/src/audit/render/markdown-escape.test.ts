import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "./markdown-escape.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const breaksAndControls = /\r\n|[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029]/g;

/** Reads escaped text back: character references for leading spaces, then backslash escapes. */
function unescapeMarkdown(text: string): string {
  const lead = /^(?:&#32;|&#9;)+/.exec(text)?.[0] ?? "";
  const spaces = lead.replace(/&#32;/g, " ").replace(/&#9;/g, "\t");
  return spaces + text.slice(lead.length).replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

/** Any text, often starting with block syntax or holding inline syntax: uniform code points rarely do. */
const markdownText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 100 }),
  fc.string({ unit: "grapheme-ascii", maxLength: 100 }),
  fc
    .tuple(
      fc.constantFrom("#", "> ", "- ", "+ ", "=", "1. ", "2) ", "    ", "\t", "|", "\\", "\n"),
      fc.string({ unit: "grapheme-ascii", maxLength: 40 }),
    )
    .map(([first, rest]) => first + rest),
);

describe("escapeMarkdown", () => {
  it("leaves codes, counts and plain file names readable", () => {
    expect(escapeMarkdown("missing-marker")).toBe("missing-marker");
    expect(escapeMarkdown("crime.csv")).toBe("crime.csv");
    expect(escapeMarkdown("/persons/0")).toBe("/persons/0");
    expect(escapeMarkdown("12")).toBe("12");
  });

  it("escapes table pipes, backslashes and inline syntax", () => {
    expect(escapeMarkdown("a|b")).toBe("a\\|b");
    expect(escapeMarkdown("C:\\exports\\crime.csv")).toBe("C:\\\\exports\\\\crime.csv");
    expect(escapeMarkdown("*bold* _it_ `code` [link](x) ~~s~~")).toBe(
      "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\~\\~s\\~\\~",
    );
    expect(escapeMarkdown("<script>alert(1)</script>")).toBe("\\<script\\>alert(1)\\</script\\>");
    expect(escapeMarkdown("&lt;")).toBe("\\&lt;");
  });

  it("puts a hostile spreadsheet file name in a table cell as text", () => {
    expect(escapeMarkdown(`=cmd|' /C calc'!A0.csv`)).toBe(`\\=cmd\\|' /C calc'!A0.csv`);
  });

  it("turns line breaks and control characters into spaces", () => {
    expect(escapeMarkdown("a\nb\r\nc\rd\u2028e\u0000f")).toBe("a b c d e f");
  });

  it("escapes syntax that only matters at the start of a line", () => {
    expect(escapeMarkdown("# heading")).toBe("\\# heading");
    expect(escapeMarkdown("> quote")).toBe("\\> quote");
    expect(escapeMarkdown("- item")).toBe("\\- item");
    expect(escapeMarkdown("+ item")).toBe("\\+ item");
    expect(escapeMarkdown("===")).toBe("\\===");
    expect(escapeMarkdown("12. item")).toBe("12\\. item");
    expect(escapeMarkdown("3) item")).toBe("3\\) item");
    expect(escapeMarkdown("    code")).toBe("&#32;&#32;&#32;&#32;code");
    expect(escapeMarkdown("a # b")).toBe("a # b");
    expect(escapeMarkdown("1.0.0")).toBe("1.0.0");
    expect(escapeMarkdown("7.")).toBe("7\\.");
  });

  it("never leaves a line break, an unescaped pipe or leading syntax", () => {
    fc.assert(
      fc.property(markdownText, (text) => {
        const escaped = escapeMarkdown(text);
        expect(escaped).not.toMatch(/[\r\n\u2028\u2029]/);
        // Every pipe follows an odd run of backslashes: the last one escapes it.
        expect(escaped).not.toMatch(/(^|[^\\])(\\\\)*\|/);
        expect(escaped).not.toMatch(/^([#>+=\- \t]|\d{1,9}[.)]([ \t]|$))/);
      }),
    );
  });

  it("reads back as the text, line breaks and control characters aside", () => {
    fc.assert(
      fc.property(markdownText, (text) => {
        expect(unescapeMarkdown(escapeMarkdown(text))).toBe(text.replace(breaksAndControls, " "));
      }),
    );
  });
});
