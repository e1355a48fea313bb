import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADMIN_CSP_HEADER, ADMIN_CSP_META } from "./admin-csp.ts";
import { CSP_HEADER, CSP_META, SECURITY_HEADERS } from "./security-headers.ts";

const DEPLOY = readFileSync(join(import.meta.dirname, "../../../docs/deploy.md"), "utf8");

/**
 * The headers nginx sends for `path` from a `server { … }` block of prefix locations: those of the
 * longest matching location if it has any `add_header` of its own, else the server's (nginx inherits
 * add_header into a block only when the block has none).
 */
function nginxHeaders(server: string, path: string): Record<string, string[]> {
  const blocks = [...server.matchAll(/location (\S+) \{([^{}]*)\}/g)];
  const own = (text: string) => [...text.matchAll(/^\s*add_header (\S+) "([^"]*)" always;/gm)];
  const level = blocks.reduce((text, b) => text.replace(b[0], ""), server);
  const location = blocks.filter((b) => path.startsWith(b[1]!)).sort((a, b) => b[1]!.length - a[1]!.length)[0];
  const lines = location && own(location[2]!).length > 0 ? own(location[2]!) : own(level);
  const out: Record<string, string[]> = {};
  for (const [, name, value] of lines) (out[name!] ??= []).push(value!);
  return out;
}

describe("the CMS's own Content-Security-Policy", () => {
  it("is wider than the site's only where Sveltia CMS needs it", () => {
    expect(ADMIN_CSP_META).toContain("connect-src 'self' blob: data: https://api.github.com");
    expect(ADMIN_CSP_META).toMatch(/script-src 'self'(;|$)/); // no inline or foreign script
    expect(ADMIN_CSP_META).not.toMatch(/cdn|unpkg|jsdelivr/);
    expect(CSP_META).not.toContain("api.github.com");
  });

  it("the nginx example of docs/deploy.md gives /admin/ the CMS's policy instead of the site's, the other headers kept", () => {
    const nginx = DEPLOY.match(/```nginx\n([\s\S]*?)```/)?.[1] ?? "";
    const headers = (path: string) => nginxHeaders(nginx, path);
    expect(headers("/admin/")["Content-Security-Policy"]).toEqual([ADMIN_CSP_HEADER]);
    expect(headers("/admin/config.yml")["Content-Security-Policy"]).toEqual([ADMIN_CSP_HEADER]);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      if (name !== "Content-Security-Policy") expect(headers("/admin/")[name], name).toEqual([value]);
    for (const path of ["/", "/san-pham/toi-ly-son/", "/_astro/a.js", "/administration/"])
      expect(headers(path)["Content-Security-Policy"], path).toEqual([CSP_HEADER]);
  });
});
