import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADMIN_CSP_HEADER } from "./admin-csp.ts";
import { headersFor, hostHeadersFile, MAX_HOST_RULES } from "./host-headers.ts";
import { CSP_HEADER, SECURITY_HEADERS } from "./security-headers.ts";

const DEPLOY = readFileSync(join(import.meta.dirname, "../../../docs/deploy.md"), "utf8");

/** A small dist/ top level: pages, a bundle folder, the CMS, a file. */
const ENTRIES = ["san-pham/", "_astro/", "admin/", "index.html", "sw.js", "pagefind/", "map/", "en/"];

describe("_headers for Netlify and Cloudflare Pages", () => {
  const file = hostHeadersFile(ENTRIES);
  const csp = (path: string) => headersFor(file, path)["Content-Security-Policy"];

  it("gives /admin/ the CMS's policy alone: no rule that sets the site's CSP matches it", () => {
    for (const path of ["/admin/", "/admin/index.html", "/admin/config.yml", "/admin/fonts/x.woff2"])
      expect(csp(path), path).toEqual([ADMIN_CSP_HEADER]);
  });

  it("gives every other page and file the site's policy, once", () => {
    for (const path of ["/", "/index.html", "/san-pham/", "/san-pham/toi-ly-son/", "/en/products/", "/sw.js", "/_astro/a.js"])
      expect(csp(path), path).toEqual([CSP_HEADER]);
    // A folder that only starts like the CMS's is the site's.
    expect(csp("/administration/")).toBeUndefined();
  });

  it("sends the other security headers everywhere, /admin/ included, and caches the bundles", () => {
    for (const path of ["/", "/admin/", "/san-pham/x/"])
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        if (name !== "Content-Security-Policy") expect(headersFor(file, path)[name], `${path} ${name}`).toEqual([value]);
    expect(headersFor(file, "/_astro/a.js")["Cache-Control"]).toEqual(["public, max-age=31536000, immutable"]);
    expect(headersFor(file, "/pagefind/pagefind.js")["Cache-Control"]).toEqual(["public, max-age=3600"]);
    expect(headersFor(file, "/map/ly-son.svg")["Cache-Control"]).toEqual(["public, max-age=86400"]);
    expect(headersFor(file, "/san-pham/x/")["Cache-Control"]).toBeUndefined();
  });

  it("stays within Cloudflare's limits: 100 rules, 2,000 characters a header", () => {
    for (const line of file.split("\n")) expect(line.length).toBeLessThanOrEqual(2000);
    const many = Array.from({ length: MAX_HOST_RULES }, (_, i) => `route-${i}/`);
    expect(() => hostHeadersFile(many)).toThrow(/more than the 100 Cloudflare Pages reads/);
  });

  it("reads a file as the hosts merge it: every matching rule, values of a header set twice both kept", () => {
    const merged = "/*\n  Content-Security-Policy: a\n/admin/*\n  Content-Security-Policy: b\n";
    expect(headersFor(merged, "/admin/")["Content-Security-Policy"]).toEqual(["a", "b"]);
    expect(headersFor(merged, "/x/")["Content-Security-Policy"]).toEqual(["a"]);
  });

  it("is what docs/deploy.md shows, for its sample top level", () => {
    const block = /`dist\/` holding `([^`]+)`[\s\S]*?```text\n([\s\S]*?)```/.exec(DEPLOY);
    expect(block, "docs/deploy.md: a ```text block after “`dist/` holding `…`”").not.toBeNull();
    expect(hostHeadersFile(block![1]!.split(" "))).toBe(block![2]);
  });
});
