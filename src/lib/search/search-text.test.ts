import { describe, expect, it } from "vitest";
import { dWords, foldD, foldedRegion, separatedText } from "./search-text.ts";
import { indexedHtml, preparePage } from "../../node/search-index/search-index.ts";

describe("đ folding", () => {
  it("folds only đ and Đ", () => {
    expect(foldD("Đường phèn đặc sản")).toBe("Dường phèn dặc sản");
  });
  it("collects the distinct words with đ, lower-cased", () => {
    expect(dWords("Đường phèn, đường cát; Đông trùng hạ thảo")).toEqual(["đường", "đông"]);
  });
  it("puts the folded words in a hidden indexed region, or nothing", () => {
    expect(foldedRegion(["đường", "Đường"])).toBe("<div data-pagefind-body hidden data-search-folded>dường Dường</div>");
    expect(foldedRegion([])).toBe("");
  });
});

describe("word boundaries between elements", () => {
  const html = "<dl><dt>Giá</dt><dd>250.000</dd><dt>Nhóm</dt><dd>Thực phẩm</dd></dl>";
  it("keeps the texts of neighbouring elements apart (Astro's HTML has no space between them)", () => {
    expect(separatedText(html).split(/\s+/).filter(Boolean)).toEqual(["Giá", "250.000", "Nhóm", "Thực", "phẩm"]);
  });
  it("never splits a word inside inline markup", () => {
    expect(separatedText("<p>Tỏ<b>i</b> Lý Sơn</p>")).toBe("Tỏi Lý Sơn");
  });
});

describe("preparing a page for the index", () => {
  it("adds folded đ words of the indexed regions only, not of navigation or ignored parts", () => {
    const html =
      '<html lang="vi"><body><nav>Điều hướng</nav><article data-pagefind-body><h1>Đường phèn</h1>' +
      "<aside data-pagefind-ignore>Đặc biệt</aside><p>Đặc sản</p></article></body></html>";
    const page = preparePage(html)!;
    expect(page.dWords).toEqual(["đường", "đặc"]);
    const sent = indexedHtml(html, page.parts, page.dWords);
    expect(sent).toContain("<div data-pagefind-body hidden data-search-folded>dường dặc</div></body>");
    expect(sent).toContain("</h1> <aside");
  });
  it("hands Pagefind only what it reads: the language, the title, the regions, filters, metadata, the first h1; no image outside the regions (its alt would be searched)", () => {
    const html =
      '<!DOCTYPE html><html lang="vi" dir="ltr"><head><title>Tỏi | OCOP</title><link rel="stylesheet" href="/a.css"></head>' +
      "<body><header><nav>Sản phẩm Nhà sản xuất</nav></header><main><article data-pagefind-body><h1>Tỏi Lý Sơn</h1><p>Tỏi cô đơn</p></article>" +
      '<section><h2>Nguồn</h2><img src="/qr/x.svg" alt="QR"></section><div hidden><span data-pagefind-filter="group">Thực phẩm</span>' +
      '<span data-pagefind-meta="title">Tỏi Lý Sơn</span><span data-pagefind-sort="stars">5</span></div></main><footer>Liên hệ</footer></body></html>';
    const page = preparePage(html)!;
    const sent = indexedHtml(html, page.parts, page.dWords);
    expect(sent).toMatch(
      /^<!DOCTYPE html> <html lang="vi" dir="ltr"> <head> <title>Tỏi \| OCOP<\/title> <\/head> <body> <article data-pagefind-body>/,
    );
    for (const kept of [
      '<span data-pagefind-filter="group">Thực phẩm</span>',
      '<span data-pagefind-meta="title">',
      '<span data-pagefind-sort="stars">5</span>',
    ])
      expect(sent).toContain(kept);
    for (const dropped of ["Nhà sản xuất", "Nguồn", "Liên hệ", "a.css", "/qr/x.svg"]) expect(sent).not.toContain(dropped);
  });
  it("leaves pages without an indexed region out", () => {
    expect(preparePage("<html><body><p>Đường</p></body></html>")).toBeNull();
  });
});
