import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CSP_HEADER, CSP_META, SECURITY_HEADERS } from "./security-headers.ts";

const DEPLOY = readFileSync(join(import.meta.dirname, "../../../docs/deploy.md"), "utf8");
const block = (lang: string) => DEPLOY.match(new RegExp("```" + lang + "\\n([\\s\\S]*?)```"))?.[1] ?? "";

describe("Content-Security-Policy", () => {
  it("allows nothing inline and nothing from another origin", () => {
    expect(CSP_META).not.toContain("unsafe-inline");
    expect(CSP_META).not.toMatch(/https?:|data:|\*/);
    expect(CSP_META).toContain("'wasm-unsafe-eval'"); // Pagefind's WebAssembly
    expect(CSP_META).not.toContain("frame-ancestors"); // ignored in a <meta> tag
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
  });

  it("the nginx example of docs/deploy.md carries every header exactly", () => {
    const nginx = block("nginx");
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
    expect(nginx).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
  });
});
