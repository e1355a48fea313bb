/**
 * The editors' safety nets, each proven on a throw-away copy of the project: a broken entry
 * stops `astro build` with the check's own messages and no dist/; a retired product keeps its
 * page but leaves listings, search and the sitemap; a renamed product leaves a redirect page;
 * a photo of any size becomes responsive AVIF and WebP.
 */
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROKEN_ENTRY_ERRORS, brokenCopy } from "../fixtures/broken-entry.ts";
import { astroBuild } from "./astro-build.ts";
import { contentCopy, projectCopy } from "../../scripts/lib/project-copy.ts";
import { ROOT } from "../../scripts/lib/dist.ts";

const FIXTURES = join(ROOT, "tests/fixtures");
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("a broken content file", () => {
  it("stops astro build with every file:line — field message of check:content and writes no dist/", () => {
    const content = brokenCopy();
    const dir = projectCopy({ content });
    made.push(dirname(content), dir);
    const { status, output } = astroBuild(dir);
    expect(status).not.toBe(0);
    for (const error of BROKEN_ENTRY_ERRORS) expect(output).toContain(`${error} — `);
    expect(output).toContain(`Nội dung có ${BROKEN_ENTRY_ERRORS.length} lỗi trong 1 tệp`);
    expect(existsSync(join(dir, "dist"))).toBe(false);
  });
});

describe("a locality whose shape cannot be found", () => {
  it("stops astro build, naming the file, the line and the fix, when a code is missing or unknown", () => {
    const content = contentCopy();
    made.push(dirname(content));
    const lySon = join(content, "localities/ly-son.md");
    const text = readFileSync(lySon, "utf8");
    writeFileSync(lySon, text.replace(/^code: .*\n/m, ""));
    writeFileSync(
      join(content, "localities/xa-moi.md"),
      text.replace("name: Lý Sơn", "name: Xã Mới").replace(/^code: .*$/m, 'code: "99999"'),
    );
    const dir = projectCopy({ content });
    made.push(dir);
    const { status, output } = astroBuild(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/localities\/ly-son\.md:\d+ — code — thiếu trường bắt buộc — thêm "code:"/);
    expect(output).toContain('content/localities/xa-moi.md:3 — code — mã "99999" không có trong dữ liệu ranh giới');
    expect(existsSync(join(dir, "dist"))).toBe(false);
  });
});

describe("retired, renamed and photographed products", () => {
  let dist = "";
  const html = (path: string): HTMLElement => parse(readFileSync(join(dist, path, "index.html"), "utf8"));

  beforeAll(() => {
    const content = contentCopy();
    made.push(dirname(content));
    const live = join(content, "products/san-pham-mau.md");
    const text = readFileSync(live, "utf8");
    // The live product was renamed from "ten-cu" and has a large photo.
    copyFileSync(join(FIXTURES, "images/anh-du-lon.jpg"), join(content, "products/anh-du-lon.jpg"));
    writeFileSync(
      live,
      text.replace("sources:", "redirectFrom:\n  - ten-cu\nimages:\n  - src: ./anh-du-lon.jpg\n    alt: Ảnh mẫu\nsources:"),
    );
    writeFileSync(
      join(content, "products/san-pham-ngung.md"),
      text
        .replace("name: Sản phẩm mẫu", "name: Sản phẩm đã ngừng")
        .replace(
          "sources:",
          "retired:\n  date: 2026-03-01\n  reason: mat-chung-nhan\n  note: Chứng nhận hết hạn, chưa đánh giá lại.\nsources:",
        ),
    );
    const dir = projectCopy({ content });
    made.push(dir);
    const { status, output } = astroBuild(dir, { SITE_URL: "https://vi-du.vn" });
    expect(status, output).toBe(0);
    dist = join(dir, "dist");
  }, 120_000);

  it("keeps the retired product's page at its URL, saying why and pointing to similar live products", () => {
    const doc = html("san-pham/san-pham-ngung");
    const notice = doc.querySelector("[data-retired]");
    expect(notice?.text).toContain("không còn chứng nhận OCOP");
    expect(notice?.text).toContain("Chứng nhận hết hạn, chưa đánh giá lại.");
    expect(doc.querySelector("#h-related")?.text).toContain("tương tự");
    expect(doc.querySelectorAll("#h-related ~ * a").map((a) => a.getAttribute("href"))).toContain("/san-pham/san-pham-mau/");
    expect(html("en/products/san-pham-ngung").querySelector("[data-retired]")?.text).toContain("no longer holds");
  });

  it("leaves the retired product out of search, listings and the sitemap", () => {
    expect(html("san-pham/san-pham-ngung").querySelector("[data-pagefind-body]")).toBeNull();
    expect(html("san-pham/san-pham-mau").querySelector("[data-pagefind-body]")).not.toBeNull();
    for (const list of [
      "san-pham",
      "nhom-san-pham/thuc-pham",
      "dia-phuong/ly-son",
      "qua-tang/qua-tet",
      "nha-san-xuat/nha-san-xuat-mau",
    ]) {
      const hrefs = html(list)
        .querySelectorAll("a")
        .map((a) => a.getAttribute("href"));
      expect(hrefs, list).toContain("/san-pham/san-pham-mau/");
      expect(hrefs, list).not.toContain("/san-pham/san-pham-ngung/");
    }
    const sitemap = readFileSync(join(dist, "sitemap-0.xml"), "utf8");
    expect(sitemap).toContain("https://vi-du.vn/san-pham/san-pham-mau/");
    expect(sitemap).not.toContain("san-pham-ngung");
    expect(sitemap).not.toContain("ten-cu");
  });

  it("leaves a redirect page at the old slug in both languages", () => {
    for (const [from, to] of [
      ["san-pham/ten-cu", "/san-pham/san-pham-mau/"],
      ["en/products/ten-cu", "/en/products/san-pham-mau/"],
    ] as const) {
      const doc = html(from);
      expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content")).toBe(`0; url=${to}`);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(`https://vi-du.vn${to}`);
      expect(doc.querySelector("h1 + p a")?.getAttribute("href")).toBe(to);
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex");
    }
  });

  it("turns the editor's JPEG into responsive AVIF and WebP", () => {
    const picture = html("san-pham/san-pham-mau").querySelector("picture");
    const types = picture?.querySelectorAll("source").map((s) => s.getAttribute("type"));
    expect(types).toEqual(["image/avif", "image/webp"]);
    const srcset = picture?.querySelector('source[type="image/avif"]')?.getAttribute("srcset") ?? "";
    const files = srcset.split(",").map((c) => c.trim().split(" "));
    expect(files.map(([, w]) => w)).toEqual(["360w", "720w", "1080w"]);
    for (const [src] of files) expect(existsSync(join(dist, src ?? "")), src).toBe(true);
  });
});
