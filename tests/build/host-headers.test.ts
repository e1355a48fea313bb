/**
 * dist/_headers (Netlify, Cloudflare Pages) as those hosts apply it, to every file of the built
 * site: the CMS gets its own policy and only it, every other file the site's, exactly once.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, builtFiles, DIST } from "../../scripts/lib/dist.ts";
import { ADMIN_CSP_HEADER } from "../../src/lib/security/admin-csp.ts";
import { headersFor } from "../../src/lib/security/host-headers.ts";
import { CSP_HEADER } from "../../src/lib/security/security-headers.ts";

beforeAll(assertBuilt);

describe("dist/_headers", () => {
  let rules: string | undefined;
  const csp = (path: string) =>
    headersFor((rules ??= readFileSync(join(DIST, "_headers"), "utf8")), path)["Content-Security-Policy"];

  it("gives /admin/ the CMS's policy alone, so Sveltia CMS starts on Netlify and Cloudflare Pages as shipped", () => {
    const admin = builtFiles("", DIST, true).filter((f) => f.startsWith("admin/"));
    expect(admin).toContain("admin/index.html");
    for (const path of ["/admin/", ...admin.map((f) => `/${f}`)]) expect(csp(path), path).toEqual([ADMIN_CSP_HEADER]);
  });

  it("gives every other file and page the site's policy, once", () => {
    const files = builtFiles("", DIST).filter((f) => f !== "_headers");
    expect(files.length).toBeGreaterThan(100);
    const wrong = [
      "/",
      ...files.map((f) => `/${f}`),
      ...files.filter((f) => f.endsWith("/index.html")).map((f) => `/${f.slice(0, -"index.html".length)}`),
    ].filter((path) => JSON.stringify(csp(path)) !== JSON.stringify([CSP_HEADER]));
    expect(wrong).toEqual([]);
  });

  it("covers every top-level entry of dist/, Pagefind's index included", () => {
    for (const entry of readdirSync(DIST, { withFileTypes: true })) {
      if (entry.name === "_headers" || entry.name === "admin") continue;
      const probe = entry.isDirectory() ? `/${entry.name}/any/file` : `/${entry.name}`;
      expect(csp(probe), probe).toEqual([CSP_HEADER]);
    }
  });
});
