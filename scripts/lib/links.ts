/**
 * The one link checker for a built site (dist/, or dist-base/ built under a base path): every
 * reference a page makes (links, forms, redirects, images, srcset, scripts, styles, CSS url(),
 * Open Graph) that stays on the site must carry the base path and name a built file, and every
 * #anchor an id on the target page.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { HTMLElement } from "node-html-parser";
import { builtFiles, fileOf, htmlFiles, page } from "./dist.ts";

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

export function refsOf(doc: HTMLElement): Ref[] {
  const refs: Ref[] = [];
  const attr = (selector: string, name: string, resource: boolean) => {
    for (const el of doc.querySelectorAll(selector)) {
      const value = el.getAttribute(name);
      if (value !== undefined) refs.push({ what: `<${el.tagName.toLowerCase()} ${name}>`, url: value, resource });
    }
  };
  attr("a[href]", "href", false);
  attr("area[href]", "href", false);
  attr("form[action]", "action", false);
  const refresh = doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content");
  if (refresh) refs.push({ what: "meta refresh", url: refresh.replace(/^\d+;\s*url=/i, ""), resource: false });
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

/** The site's origin and base path, read from the home page's canonical URL. */
export function siteOf(dir: string): { origin: string; base: string } {
  const canonical = new URL(page("index.html", dir).querySelector('link[rel="canonical"]')!.getAttribute("href")!);
  return { origin: canonical.origin, base: canonical.pathname };
}

/** Every broken reference of a built site, as "file: what url → why". */
export function brokenReferences(dir: string): { broken: string[]; checked: number } {
  const { origin, base } = siteOf(dir);
  const anchors = new Map<string, Set<string>>();
  const anchorsOf = (file: string) => {
    let set = anchors.get(file);
    if (!set) {
      set = new Set(
        page(file, dir)
          .querySelectorAll("[id], a[name]")
          .map((el) => el.getAttribute("id") ?? el.getAttribute("name")!),
      );
      anchors.set(file, set);
    }
    return set;
  };
  const broken: string[] = [];
  let checked = 0;
  const check = (file: string, from: URL, what: string, raw: string) => {
    if (/^(mailto|tel|sms):/i.test(raw) || (raw.startsWith("#") && !file.endsWith(".html"))) return;
    let url: URL;
    try {
      url = new URL(raw, from);
    } catch {
      broken.push(`${file}: ${what} "${raw}" is not a URL`);
      return;
    }
    if (url.origin !== origin) return; // other origins: only outgoing links may go there (tests/build/quality.test.ts)
    checked++;
    if (!url.pathname.startsWith(base)) {
      broken.push(`${file}: ${what} ${raw} is outside the base path ${base}`);
      return;
    }
    const target = fileOf("/" + url.pathname.slice(base.length));
    if (!existsSync(join(dir, target)) || statSync(join(dir, target)).isDirectory()) {
      broken.push(`${file}: ${what} ${raw} → ${target} does not exist`);
      return;
    }
    if (url.hash.length > 1 && target.endsWith(".html")) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!anchorsOf(target).has(id)) broken.push(`${file}: ${what} ${raw} → no id="${id}" in ${target}`);
    }
  };
  for (const file of htmlFiles(dir)) {
    const doc = page(file, dir);
    const from = new URL(base + file.replace(/(^|\/)index\.html$/, "$1"), origin);
    const noindex = doc.querySelector('meta[name="robots"]')?.getAttribute("content")?.includes("noindex");
    for (const ref of refsOf(doc)) {
      // A noindex page (the 404) is served at whatever unknown address was asked for: its own
      // canonical/og:url name no real file and are never followed.
      if (noindex && /canonical|og:url/.test(ref.what)) continue;
      check(file, from, ref.what, ref.url);
    }
  }
  for (const file of builtFiles(".css", dir)) {
    const from = new URL(base + file, origin);
    for (const m of readFileSync(join(dir, file), "utf8").matchAll(/url\(\s*["']?([^"')]+)/g))
      if (!m[1]!.startsWith("data:")) check(file, from, "CSS url()", m[1]!);
  }
  return { broken, checked };
}
