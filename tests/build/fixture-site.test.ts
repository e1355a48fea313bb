/**
 * A real build (Astro's own build()) of a fixture catalogue with hostile and incomplete entries:
 * a product whose name tries to close the JSON-LD script and whose body is the malicious Markdown
 * fixture, and a product with no English translation. The built HTML is what is checked.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { build } from "astro";
import { parse, type HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentCopy, projectCopy } from "../../scripts/lib/project-copy.ts";
import { ROOT } from "../../scripts/lib/dist.ts";

const FIXTURES = join(ROOT, "tests/fixtures");
const HOSTILE_NAME = "</script><script>alert(1)</script><!-- \u2028";
const made: string[] = [];
let dist = "";
const html = (path: string): HTMLElement => parse(readFileSync(join(dist, path, "index.html"), "utf8"));
const raw = (path: string): string => readFileSync(join(dist, path, "index.html"), "utf8");

beforeAll(async () => {
  const content = contentCopy();
  made.push(dirname(content));
  const sample = readFileSync(join(content, "products/san-pham-mau.md"), "utf8");
  const frontmatter = sample.slice(0, sample.indexOf("\n---\n") + 5);
  // The content check stops a build whose story has an image from another origin or a
  // root-relative link (tests/fixtures/bad/body-*), so those lines are left out or made relative
  // here; markdown-safety.test.ts renders every line of the fixture through the same processor.
  const maliciousBody = readFileSync(join(FIXTURES, "security/malicious.md"), "utf8")
    .replace(/^---[\s\S]*?---\n/, "")
    .split("\n")
    .filter((line) => !/^!\[[^\]]*\]\((?!\.\/)/.test(line))
    .join("\n")
    .replaceAll("](/san-pham/)", "](../)");
  writeFileSync(
    join(content, "products/san-pham-doc-hai.md"),
    frontmatter.replace("name: Sản phẩm mẫu", `name: ${JSON.stringify(HOSTILE_NAME)}`) + maliciousBody,
  );
  // No file in translations/en/: the English page must fall back to the Vietnamese text, saying so.
  writeFileSync(
    join(content, "products/san-pham-chua-dich.md"),
    `${frontmatter.replace("name: Sản phẩm mẫu", "name: Sản phẩm chưa dịch")}\nCâu chuyện chỉ có bằng tiếng Việt.\n`,
  );
  const dir = projectCopy({ content });
  made.push(dir);
  const site = process.env["SITE_URL"];
  process.env["SITE_URL"] = "https://vi-du.vn";
  try {
    await build({ root: dir, logLevel: "error" });
  } finally {
    if (site === undefined) delete process.env["SITE_URL"];
    else process.env["SITE_URL"] = site;
  }
  dist = join(dir, "dist");
}, 180_000);
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("a hostile product name in a real build", () => {
  for (const path of ["san-pham/san-pham-doc-hai", "en/products/san-pham-doc-hai"]) {
    it(`${path}: every JSON-LD block is one script whose text parses back to the name`, () => {
      const doc = html(path);
      const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
      expect(blocks.length).toBeGreaterThan(0);
      const names = blocks.flatMap((b) => {
        const data = JSON.parse(b.text) as { name?: string; "@graph"?: { name?: string }[] };
        return [data.name, ...(data["@graph"] ?? []).map((g) => g.name)];
      });
      expect(names).toContain(HOSTILE_NAME);
      // Scripts on the page: JSON data blocks and same-site module files only; none injected.
      for (const s of doc.querySelectorAll("script")) {
        expect(s.getAttribute("src") ?? s.getAttribute("type"), s.toString().slice(0, 80)).toMatch(/^(\/|application\/)/);
      }
      // No element carries an event handler (the name may appear inside quoted attribute values, as text).
      for (const el of doc.querySelectorAll("*"))
        expect(
          Object.keys(el.attributes).filter((a) => /^on/i.test(a)),
          el.toString().slice(0, 80),
        ).toEqual([]);
      // The visible heading shows the name as text.
      expect(doc.querySelector("h1")?.text.trim()).toBe(HOSTILE_NAME.trim());
    });
  }
});

describe("the malicious Markdown fixture in a real build", () => {
  it("leaves no script, handler, embed, style or dangerous URL in the product's story, and keeps its text", () => {
    const doc = html("san-pham/san-pham-doc-hai");
    const story = doc.querySelector("article .prose");
    expect(story, "the story is rendered").not.toBeNull();
    expect(story!.text).toContain("Đoạn văn có");
    expect(story!.querySelectorAll("script, iframe, object, embed, style, svg")).toHaveLength(0);
    for (const el of story!.querySelectorAll("*")) {
      for (const [name, value] of Object.entries(el.attributes)) {
        expect(name, el.toString().slice(0, 80)).not.toMatch(/^on/i);
        expect(name, el.toString().slice(0, 80)).not.toBe("style");
        if (name === "href" || name === "src")
          expect(value.replace(/[\u0000-\u0020]/g, ""), el.toString().slice(0, 80)).not.toMatch(
            /^(javascript|vbscript|data):|^\/\//i,
          );
      }
    }
    expect(raw("san-pham/san-pham-doc-hai")).not.toContain("evil.example");
  });
});

describe("an entry without an English translation", () => {
  it("shows the Vietnamese name and story on the English page, marked lang=vi, with a note", () => {
    const doc = html("en/products/san-pham-chua-dich");
    expect(doc.querySelector("h1")?.text.trim()).toBe("Sản phẩm chưa dịch");
    const prose = doc.querySelector("article .prose");
    expect(prose?.getAttribute("lang")).toBe("vi");
    expect(prose?.text).toContain("Câu chuyện chỉ có bằng tiếng Việt.");
    expect(doc.querySelector("article")!.text).toContain("has not been translated yet");
  });
  it("while the translated sample keeps its English text", () => {
    const prose = html("en/products/san-pham-mau").querySelector("article .prose");
    expect(prose?.getAttribute("lang")).not.toBe("vi");
  });
});
