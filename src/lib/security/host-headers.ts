/**
 * The `_headers` file of Netlify and Cloudflare Pages, written into dist/ by every build
 * (src/node/integrations/host-headers.ts) from the policies in code: the site's
 * (security-headers.ts) and the CMS's (admin-csp.ts).
 *
 * Both hosts apply every rule whose path matches a request, and join the values of a header that
 * several matching rules set; a browser then enforces each policy. A `/*` rule carrying the site's
 * CSP would so reach /admin/ too, where it forbids what Sveltia CMS needs (inline styles, the
 * GitHub API). So no rule that sets the site's CSP matches /admin/: the shared headers stay on
 * `/*`, the site's CSP gets one rule per top-level entry of dist/ except admin/, and `/admin/*`
 * gets the CMS's policy alone. This needs no host-specific syntax (Cloudflare's `! Header`
 * detach, Netlify's rule order) and holds whichever way a host merges.
 */
import { ADMIN_CSP_HEADER } from "./admin-csp.ts";
import { CSP_HEADER, SECURITY_HEADERS } from "./security-headers.ts";
import { escapeRegExp } from "../values/regexp.ts";

/** Cloudflare Pages reads at most 100 rules from a `_headers` file (its documented limit). */
export const MAX_HOST_RULES = 100;

/** The CMS's folder at dist/'s top level (src/pages/admin/). */
const ADMIN = "admin";
const CSP = "Content-Security-Policy";

/**
 * Caching by top-level folder: Astro's bundles carry a content hash in their names; Pagefind's index
 * changes with the content; the communes' locator maps (routes.locator) only with the boundary data.
 */
const CACHE: Record<string, string> = {
  _astro: "public, max-age=31536000, immutable",
  pagefind: "public, max-age=3600",
  map: "public, max-age=86400",
};

type Rule = [path: string, headers: Record<string, string>];

/**
 * The file for a built site whose top level holds `entries`: names as listed in dist/, folders
 * ending in "/" ("san-pham/", "index.html", "sw.js").
 */
export function hostHeadersFile(entries: readonly string[]): string {
  const shared = Object.fromEntries(Object.entries(SECURITY_HEADERS).filter(([name]) => name !== CSP));
  const rules: Rule[] = [["/*", shared]];
  for (const entry of [...entries].sort()) {
    const folder = entry.endsWith("/") ? entry.slice(0, -1) : null;
    if (folder === ADMIN || entry === "_headers") continue;
    if (entry === "index.html") rules.push(["/", { [CSP]: CSP_HEADER }]);
    const cache = folder === null ? undefined : CACHE[folder];
    rules.push([
      folder === null ? `/${entry}` : `/${folder}/*`,
      { [CSP]: CSP_HEADER, ...(cache ? { "Cache-Control": cache } : {}) },
    ]);
  }
  rules.push([`/${ADMIN}/*`, { [CSP]: ADMIN_CSP_HEADER }]);
  if (rules.length > MAX_HOST_RULES)
    throw new Error(
      `_headers would need ${rules.length} rules (one per top-level entry of dist/), more than the ${MAX_HOST_RULES} ` +
        `Cloudflare Pages reads: keep new routes under an existing top-level folder.`,
    );
  return (
    rules.map(([path, headers]) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join("\n")).join("\n") +
    "\n"
  );
}

/**
 * What a host that merges like Netlify and Cloudflare Pages sends for `path`, per header name: the
 * values of every matching rule of a `_headers` file, in file order (`*` matches anything, even
 * "/"). For the tests; a list with more than one value reaches the browser joined.
 */
export function headersFor(file: string, path: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let matches = false;
  for (const line of file.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      matches = new RegExp(`^${line.trim().split("*").map(escapeRegExp).join(".*")}$`).test(path);
    } else if (matches) {
      const colon = line.indexOf(":");
      if (colon < 0) continue;
      const name = line.slice(0, colon).trim();
      (out[name] ??= []).push(line.slice(colon + 1).trim());
    }
  }
  return out;
}
