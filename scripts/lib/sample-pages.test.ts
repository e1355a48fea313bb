import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isOptionalKind, kindLanguages, PAGE_KIND_NAMES, type PageKind } from "../../src/lib/routing/page-kinds.ts";
import { MISSING_PATH, samplePages } from "./sample-pages.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A built site with a page of each kind given, at `<kind>/index.html` (and `en/<kind>/` when English). */
function site(kinds: readonly PageKind[], english: readonly PageKind[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), "ocop-samples-"));
  dirs.push(dir);
  const write = (file: string, kind: PageKind) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `<!doctype html><html lang="vi" data-page-kind="${kind}"><title>x</title></html>`);
  };
  write("index.html", "home");
  for (const kind of kinds) write(kind === "notFound" ? "404.html" : `${kind}/index.html`, kind);
  for (const kind of english) write(`en/${kind}/index.html`, kind);
  return dir;
}

describe("samplePages", () => {
  const required = PAGE_KIND_NAMES.filter((k) => !isOptionalKind(k));
  const english = required.filter((k) => kindLanguages(k).includes("en"));

  it("opens one page of every kind in each language it is built in, the 404 at a missing address", () => {
    const samples = samplePages(["vi", "en"], site(required, english));
    expect(samples.filter((s) => s.lang === "vi").map((s) => s.kind)).toEqual(required);
    expect(samples.filter((s) => s.lang === "en").map((s) => s.kind)).toEqual(english);
    expect(samples.find((s) => s.kind === "product" && s.lang === "en")).toMatchObject({ name: "product (en)" });
    expect(samples.find((s) => s.kind === "notFound")).toMatchObject({ path: MISSING_PATH, status: 404, file: "404.html" });
    expect(samples.find((s) => s.kind === "product")).toMatchObject({ path: "/product/", status: 200 });
  });

  it("samples every kind in both languages but the 404, which its record builds in Vietnamese only", () => {
    expect(required.filter((k) => !english.includes(k))).toEqual(["notFound"]);
  });

  it("fails on a kind the site does not build in a language, unless its record says a site may have none", () => {
    expect(() => samplePages(["vi"], site(required.filter((k) => k !== "offline")))).toThrow(/no page of kind offline \(vi\)/);
    const noEnglishOffline = site(
      required,
      english.filter((k) => k !== "offline"),
    );
    expect(() => samplePages(["vi", "en"], noEnglishOffline)).toThrow(/no page of kind offline \(en\)/);
    expect(() => samplePages(["vi"], noEnglishOffline)).not.toThrow();
    expect(() => samplePages(["vi", "en"], site(required, english))).not.toThrow();
  });
});
