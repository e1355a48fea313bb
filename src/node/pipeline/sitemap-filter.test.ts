import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sitemapFilter } from "./sitemap-filter.ts";

describe("sitemapFilter", () => {
  const out = mkdtempSync(join(tmpdir(), "ocop-sitemap-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const write = (path: string, html: string) => {
    mkdirSync(join(out, path), { recursive: true });
    writeFileSync(join(out, path, "index.html"), html);
  };
  write("", '<!doctype html><html lang="vi" data-page-kind="home"><head></head></html>');
  write("san-pham/song", '<!doctype html><html lang="vi" dir="ltr" data-page-kind="product"><head></head></html>');
  write("san-pham/ngung", '<!doctype html><html lang="vi" dir="ltr" data-page-kind="product" data-unlisted><head></head></html>');
  write("tim-kiem", '<!doctype html><html lang="vi" data-page-kind="search" data-unlisted=""><head></head></html>');
  const keep = sitemapFilter(out, "/ocop-quang-ngai/");
  const site = "https://vi-du.vn/ocop-quang-ngai/";

  it("drops the pages their layout marked unlisted, read under the base path", () => {
    expect(keep(site + "san-pham/ngung/")).toBe(false);
    expect(keep(site + "tim-kiem/")).toBe(false);
  });
  it("keeps every other page, the home page included", () => {
    for (const path of ["", "san-pham/song/"]) expect(keep(site + path), path).toBe(true);
  });
});
