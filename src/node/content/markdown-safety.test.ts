import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createSatteriMarkdownProcessor } from "@astrojs/markdown-satteri";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { isExternalUrl, isSafeUrl, markdownProcessorOptions } from "./markdown-safety.ts";

const FIXTURE = join(import.meta.dirname, "../../../tests/fixtures/security/malicious.md");

/** Renders Markdown exactly as the build does: Astro's Sätteri processor with our options. */
async function render(markdown: string): Promise<string> {
  const processor = await createSatteriMarkdownProcessor({ ...markdownProcessorOptions, syntaxHighlight: false });
  return (await processor.render(markdown)).code;
}

describe("isSafeUrl", () => {
  it.each(["/san-pham/", "#muc", "anh.webp", "https://ocop.gov.vn/", "http://a.vn", "mailto:a@b.vn", "tel:+84912345678"])(
    "accepts %s",
    (url) => expect(isSafeUrl(url)).toBe(true),
  );
  it.each([
    "javascript:alert(1)",
    "JavaScript:x",
    " javascript:x",
    "java\tscript:x",
    "data:text/html,x",
    "vbscript:x",
    "//evil.example/",
  ])("rejects %s", (url) => expect(isSafeUrl(url)).toBe(false));
  it("tells external links from internal ones", () => {
    expect(isExternalUrl("https://ocop.gov.vn/")).toBe(true);
    expect(isExternalUrl("/san-pham/")).toBe(false);
  });
});

describe("the Markdown pipeline on a malicious body", () => {
  it("drops raw HTML, dangerous URLs and event handlers, and keeps the safe content", async () => {
    const markdown = readFileSync(FIXTURE, "utf8").replace(/^---[\s\S]*?---\n/, "");
    const html = await render(markdown);
    const doc = parse(html);

    for (const tag of ["script", "iframe", "style", "object", "svg", "embed", "b", "span"])
      expect(doc.querySelectorAll(tag), tag).toHaveLength(0);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:|vbscript:|data:/i);
    expect(html).not.toContain("evil.example");
    expect(html).not.toMatch(/style=/i);

    // The editor's words survive; only the markup goes.
    expect(doc.text).toContain("chữ đậm giả");
    expect(doc.text).toContain("liên kết javascript");

    const hrefs = doc.querySelectorAll("a[href]").map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual(["https://ocop.gov.vn/", "/san-pham/", "mailto:a@example.com", "tel:+84912345678", "#muc"]);
    expect(doc.querySelector('a[href="https://ocop.gov.vn/"]')?.getAttribute("rel")).toBe("noopener noreferrer");
    expect(doc.querySelector('a[href="/san-pham/"]')?.getAttribute("rel")).toBeUndefined();
    expect(doc.querySelectorAll("img").map((i) => i.getAttribute("src"))).toEqual(["/illustrations/toi.svg"]);
  });
});
