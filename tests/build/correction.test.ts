/**
 * "Suggest a correction": every product and producer page, in both languages, links by
 * e-mail to the address in content/settings/lien-he.md, with a subject naming the page and a body
 * giving its canonical URL and the content file to edit; the about page shows that address.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readData } from "../../src/node/content/files.ts";
import { assertBuilt, htmlFiles, page, pageKind, ROOT } from "../../scripts/lib/dist.ts";

const EMAIL = String(readData(join(ROOT, "content/settings/lien-he.md"))["email"]);

beforeAll(assertBuilt);

describe("suggest a correction", () => {
  it("every product and producer page mails the team its name, canonical URL and content file", () => {
    const pages = htmlFiles().filter((f) => {
      const kind = pageKind(f);
      return (kind === "product" || kind === "producer") && !page(f).querySelector('meta[http-equiv="refresh"]');
    });
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const doc = page(file);
      const links = doc.querySelectorAll("a[data-correction]");
      expect(links.length, file).toBe(1);
      const href = links[0]!.getAttribute("href")!;
      const m = /^mailto:([^?]+)\?subject=([^&]+)&body=([^&]+)$/.exec(href);
      expect(m, `${file}: ${href}`).not.toBeNull();
      const [, to, subject, body] = m!;
      expect(to).toBe(EMAIL);
      const name = doc.querySelector("h1")!.text.trim();
      const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute("href")!;
      const slug = canonical.replace(/\/$/, "").split("/").at(-1)!;
      const collection = pageKind(file) === "product" ? "products" : "producers";
      expect(decodeURIComponent(subject!), file).toContain(name);
      const text = decodeURIComponent(body!);
      expect(text, file).toContain(canonical);
      expect(text, file).toContain(`content/${collection}/${slug}.md`);
      expect(links[0]!.text.trim(), file).toBe(file.startsWith("en/") ? "Suggest a correction" : "Báo thông tin sai / bổ sung");
    }
  });

  it("the about page shows the address, in both languages", () => {
    for (const file of ["ocop/gioi-thieu/index.html", "en/ocop/gioi-thieu/index.html"]) {
      const link = page(file).querySelector("a[data-contact-email]");
      expect(link?.getAttribute("href"), file).toBe(`mailto:${EMAIL}`);
      expect(link?.text.trim(), file).toBe(EMAIL);
    }
  });
});
