/**
 * Quality gates over the built site: valid HTML, no broken internal reference, Open
 * Graph on every page, nothing loaded from another origin, no script smuggled in by content.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FileSystemConfigLoader, HtmlValidate, type Message } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, builtFiles, DIST, fileOf, htmlFiles, page } from "../../scripts/lib/dist.ts";
import { brokenReferences, refsOf, siteOf } from "../../scripts/lib/links.ts";

beforeAll(assertBuilt);

/** The site origin every absolute URL of the site starts with (canonical of the home page). */
const origin = () => siteOf(DIST).origin;
/** Base path the site is built under ("/" unless BASE_PATH is set). */
const base = () => siteOf(DIST).base;

describe("HTML validity (html-validate, .htmlvalidate.json)", () => {
  // html-validate reads only `.htmlvalidate.{json,mjs,cjs,js}`: under any other name it finds no
  // configuration and runs no rules at all, so every page would pass.
  it("validates dist/ with the standard preset, which refuses an <img> without src", async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const probe = '<!DOCTYPE html><html lang="vi"><head><title>x</title></head><body><img alt=""></body></html>';
    const report = await validator.validateString(probe, join(DIST, "probe.html"));
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain("element-required-attributes");
  });

  it("every page has zero errors", async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      const report = await validator.validateFile(join(DIST, file));
      for (const result of report.results)
        for (const m of result.messages as Message[])
          if (m.severity === 2) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} — ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});

describe("internal links, anchors, images and assets", () => {
  it("every reference from every page and stylesheet resolves to a file of dist/ (and every #anchor to an id)", () => {
    const { broken, checked } = brokenReferences(DIST);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});

describe("Open Graph", () => {
  it("every page has og:title, og:description, og:url and an og:image that exists", () => {
    const problems: string[] = [];
    const root = origin();
    for (const file of htmlFiles()) {
      const doc = page(file);
      // A redirect page left by a renamed product is a stub that sends the visitor on at once.
      if (doc.querySelector('meta[http-equiv="refresh"]')) continue;
      const og = (p: string) => doc.querySelector(`meta[property="og:${p}"]`)?.getAttribute("content")?.trim() ?? "";
      for (const p of ["title", "description", "url", "image"]) if (!og(p)) problems.push(`${file}: no og:${p}`);
      const image = og("image");
      if (!image) continue;
      const url = new URL(image);
      if (url.origin !== root) problems.push(`${file}: og:image ${image} is not on ${root}`);
      else if (!existsSync(join(DIST, fileOf("/" + url.pathname.slice(base().length)))))
        problems.push(`${file}: og:image ${image} is missing`);
      if (og("url") && !/^https?:\/\//.test(og("url"))) problems.push(`${file}: og:url is not absolute`);
    }
    expect(problems).toEqual([]);
  });
});

describe("works on a closed network", () => {
  it("no page loads anything from another origin (outgoing <a> links are fine)", () => {
    const foreign: string[] = [];
    for (const file of htmlFiles()) {
      for (const ref of refsOf(page(file))) {
        if (!ref.resource) continue;
        if (/^(https?:)?\/\//i.test(ref.url) && new URL(ref.url, origin()).origin !== origin())
          foreign.push(`${file}: ${ref.what} ${ref.url}`);
        if (/^data:/i.test(ref.url) && ref.what !== "style url()") foreign.push(`${file}: ${ref.what} is a data: URL`);
      }
    }
    expect(foreign).toEqual([]);
  });

  it("no stylesheet imports or points at another origin", () => {
    const files = builtFiles(".css");
    expect(files.length).toBeGreaterThan(0);
    const foreign: string[] = [];
    for (const file of files) {
      const css = readFileSync(join(DIST, file), "utf8");
      for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)/g)) {
        const url = (m[1] ?? m[2])!;
        if (/^(https?:)?\/\//i.test(url)) foreign.push(`${file}: ${url}`);
      }
    }
    expect(foreign).toEqual([]);
  });
});

describe("no script smuggled in by content", () => {
  it("no page has an inline event handler, a javascript: URL or an <iframe>", () => {
    const found: string[] = [];
    for (const file of htmlFiles()) {
      const doc = page(file);
      for (const el of doc.querySelectorAll("*")) {
        for (const [name, value] of Object.entries(el.attributes)) {
          if (/^on/i.test(name)) found.push(`${file}: <${el.tagName.toLowerCase()} ${name}>`);
          if (/^\s*(javascript|vbscript):/i.test(value.replace(/[\u0000-\u0020]/g, "")))
            found.push(`${file}: ${name}="${value}"`);
        }
      }
      if (doc.querySelectorAll("iframe, object, embed").length) found.push(`${file}: embeds another document`);
    }
    expect(found).toEqual([]);
  });

  it("every link and source with a scheme uses https, http, tel or mailto (schemas refuse the rest)", () => {
    const other: string[] = [];
    let external = 0;
    for (const file of htmlFiles()) {
      for (const el of page(file).querySelectorAll("[href], [src], [action]")) {
        for (const name of ["href", "src", "action"]) {
          const value = (el.getAttribute(name) ?? "").replace(/[\u0000-\u0020]/g, "");
          const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
          if (scheme === undefined) continue;
          external++;
          if (!["https", "http", "tel", "mailto"].includes(scheme)) other.push(`${file}: ${name}="${value.slice(0, 60)}"`);
        }
      }
    }
    expect(external).toBeGreaterThan(100);
    expect(other).toEqual([]);
  });

  it("a JSON-LD block cannot be closed early by content", () => {
    for (const file of htmlFiles()) {
      for (const block of page(file).querySelectorAll('script[type="application/ld+json"]')) {
        expect(block.text.toLowerCase(), file).not.toContain("</script");
        expect(() => JSON.parse(block.text), file).not.toThrow();
      }
    }
  });
});
