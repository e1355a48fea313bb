/**
 * Quality gates over the built site (issue 3): valid HTML, no broken internal reference, Open
 * Graph on every page, nothing loaded from another origin, no script smuggled in by content.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { FileSystemConfigLoader, HtmlValidate, type Message } from "html-validate";
import type { HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, DIST, fileOf, htmlFiles, page } from "./dist.ts";

beforeAll(assertBuilt);

/** The site origin every absolute URL of the site starts with (canonical of the home page). */
const origin = () => new URL(page("index.html").querySelector('link[rel="canonical"]')!.getAttribute("href")!).origin;
/** Base path the site is built under ("/" unless BASE_PATH is set). */
const base = () => new URL(page("index.html").querySelector('link[rel="canonical"]')!.getAttribute("href")!).pathname;

describe("HTML validity (html-validate, .htmlvalidaterc.json)", () => {
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

/** A reference from a page: what it is (for the message), the URL, and whether it is a resource the page loads. */
interface Ref {
  what: string;
  url: string;
  resource: boolean;
}

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(",")
    .map((part) => part.trim().split(/\s+/)[0]!)
    .filter(Boolean);
}

function refsOf(doc: HTMLElement): Ref[] {
  const refs: Ref[] = [];
  const attr = (selector: string, name: string, resource: boolean) => {
    for (const el of doc.querySelectorAll(selector)) {
      const value = el.getAttribute(name);
      if (value !== undefined) refs.push({ what: `<${el.tagName.toLowerCase()} ${name}>`, url: value, resource });
    }
  };
  attr("a[href]", "href", false);
  attr("area[href]", "href", false);
  // <link> tags the browser fetches (stylesheet, icon, manifest, preload…) are resources; the
  // rest (canonical, alternate, sitemap) are addresses and must exist too.
  for (const el of doc.querySelectorAll("link[href]")) {
    const rel = el.getAttribute("rel") ?? "";
    refs.push({ what: `<link rel=${rel}>`, url: el.getAttribute("href")!, resource: !/canonical|alternate|sitemap/.test(rel) });
  }
  for (const sel of [
    "img[src]",
    "script[src]",
    "source[src]",
    "video[src]",
    "audio[src]",
    "iframe[src]",
    "embed[src]",
    "track[src]",
    "input[src]",
  ])
    attr(sel, "src", true);
  attr("video[poster]", "poster", true);
  attr("object[data]", "data", true);
  for (const el of doc.querySelectorAll("img[srcset], source[srcset]"))
    for (const url of srcsetUrls(el.getAttribute("srcset")!))
      refs.push({ what: `<${el.tagName.toLowerCase()} srcset>`, url, resource: true });
  for (const el of doc.querySelectorAll("[style]"))
    for (const m of el.getAttribute("style")!.matchAll(/url\(\s*['"]?([^'")]+)/g))
      refs.push({ what: "style url()", url: m[1]!, resource: true });
  for (const el of doc.querySelectorAll("style"))
    for (const m of el.text.matchAll(/url\(\s*['"]?([^'")]+)/g)) refs.push({ what: "<style> url()", url: m[1]!, resource: true });
  for (const prop of ["og:image", "og:url"]) {
    const content = doc.querySelector(`meta[property="${prop}"]`)?.getAttribute("content");
    if (content) refs.push({ what: prop, url: content, resource: false });
  }
  return refs;
}

/** ids (and legacy names) a page offers as fragment targets. */
const anchorsCache = new Map<string, Set<string>>();
function anchorsOf(file: string): Set<string> {
  let set = anchorsCache.get(file);
  if (!set) {
    set = new Set(
      page(file)
        .querySelectorAll("[id], a[name]")
        .map((el) => el.getAttribute("id") ?? el.getAttribute("name")!),
    );
    anchorsCache.set(file, set);
  }
  return set;
}

function pageUrl(file: string): URL {
  const path = file === "index.html" ? "" : file.replace(/index\.html$/, "");
  return new URL(base() + path, origin());
}

describe("internal links, anchors, images and assets", () => {
  it("every reference from every page resolves to a file of dist/ (and every #anchor to an id)", () => {
    const broken: string[] = [];
    const root = origin();
    const basePath = base();
    for (const file of htmlFiles()) {
      const doc = page(file);
      const noindex = doc.querySelector('meta[name="robots"]')?.getAttribute("content")?.includes("noindex");
      for (const ref of refsOf(doc)) {
        // A noindex page (the 404) is served at whatever unknown address was asked for: its own
        // canonical/og:url name no real file and are never followed.
        if (noindex && /canonical|og:url/.test(ref.what)) continue;
        if (/^(mailto|tel|sms):/i.test(ref.url)) continue;
        let url: URL;
        try {
          url = new URL(ref.url, pageUrl(file));
        } catch {
          broken.push(`${file}: ${ref.what} "${ref.url}" is not a URL`);
          continue;
        }
        if (url.origin !== root) continue; // other origins: only outgoing links may go there (checked below)
        if (!url.pathname.startsWith(basePath)) {
          broken.push(`${file}: ${ref.what} ${ref.url} is outside the base path ${basePath}`);
          continue;
        }
        const target = fileOf("/" + url.pathname.slice(basePath.length));
        if (!existsSync(join(DIST, target)) || statSync(join(DIST, target)).isDirectory()) {
          broken.push(`${file}: ${ref.what} ${ref.url} → dist/${target} does not exist`);
          continue;
        }
        if (url.hash.length > 1 && target.endsWith(".html")) {
          const id = decodeURIComponent(url.hash.slice(1));
          if (!anchorsOf(target).has(id)) broken.push(`${file}: ${ref.what} ${ref.url} → no id="${id}" in dist/${target}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("Open Graph", () => {
  it("every page has og:title, og:description, og:url and an og:image that exists", () => {
    const problems: string[] = [];
    const root = origin();
    for (const file of htmlFiles()) {
      const doc = page(file);
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

function cssFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return cssFiles(full);
    return name.endsWith(".css") ? [relative(DIST, full)] : [];
  });
}

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
    const files = cssFiles();
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

  it("a JSON-LD block cannot be closed early by content", () => {
    for (const file of htmlFiles()) {
      for (const block of page(file).querySelectorAll('script[type="application/ld+json"]')) {
        expect(block.text.toLowerCase(), file).not.toContain("</script");
        expect(() => JSON.parse(block.text), file).not.toThrow();
      }
    }
  });
});
