import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADMIN_CSP_HEADER, ADMIN_CSP_META } from "./admin-csp.ts";
import { CSP_META } from "./security-headers.ts";

const README = readFileSync(join(import.meta.dirname, "../../../README.md"), "utf8");
const deployment = README.slice(README.indexOf("## Deployment"));

describe("the CMS's own Content-Security-Policy", () => {
  it("is wider than the site's only where Sveltia CMS needs it", () => {
    expect(ADMIN_CSP_META).toContain("connect-src 'self' blob: data: https://api.github.com");
    expect(ADMIN_CSP_META).toMatch(/script-src 'self'(;|$)/); // no inline or foreign script
    expect(ADMIN_CSP_META).not.toMatch(/cdn|unpkg|jsdelivr/);
    expect(CSP_META).not.toContain("api.github.com");
  });

  it("the README's Cloudflare and nginx examples carry it exactly, replacing the site's for /admin/", () => {
    expect(deployment).toContain(`/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${ADMIN_CSP_HEADER}\n`);
    expect(deployment).toContain(`location /admin/ {\n  add_header Content-Security-Policy "${ADMIN_CSP_HEADER}" always;`);
  });
});
