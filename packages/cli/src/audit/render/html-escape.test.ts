import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "./html-escape.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what the escape replaces.
const unwanted = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/g;

const decode = (html: string): string =>
  html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) =>
    name === "lt" ? "<" : name === "gt" ? ">" : name === "quot" ? '"' : name === "#39" ? "'" : "&",
  );

describe("escapeHtml", () => {
  it("escapes the five markup characters", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
    );
  });

  it("escapes an ampersand that already looks like a reference", () => {
    expect(escapeHtml("&lt;")).toBe("&amp;lt;");
  });

  it("replaces control characters and noncharacters, keeping tab and line breaks", () => {
    expect(escapeHtml("a\u0000b\u001bc\u007fd\uFFFFe")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
    expect(escapeHtml("\t\n\r")).toBe("\t\n\r");
  });

  it("never leaves markup, and reads back as the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(escaped).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
        expect(decode(escaped)).toBe(text.replace(unwanted, "\uFFFD"));
      }),
    );
  });
});
