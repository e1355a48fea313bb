import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { setAsideOutput } from "./old-output.ts";

describe("setAsideOutput", () => {
  it("empties the output folder at once and deletes the old files in the background", async () => {
    const root = mkdtempSync(join(tmpdir(), "ocop-old-output-"));
    const dist = join(root, "dist");
    const aside = join(root, "aside");
    mkdirSync(join(dist, "san-pham", "a"), { recursive: true });
    writeFileSync(join(dist, "san-pham", "a", "index.html"), "<!doctype html>");
    // Left by an interrupted build: deleted too.
    mkdirSync(join(aside, "1-1"), { recursive: true });
    const deleting = setAsideOutput(dist, aside);
    expect(deleting).not.toBeNull();
    expect(existsSync(dist)).toBe(false);
    await deleting;
    expect(existsSync(aside)).toBe(false);
  });

  it("does nothing when there is no output yet", () => {
    const root = mkdtempSync(join(tmpdir(), "ocop-old-output-"));
    expect(setAsideOutput(join(root, "dist"), join(root, "aside"))).toBeNull();
    mkdirSync(join(root, "dist"));
    expect(setAsideOutput(join(root, "dist"), join(root, "aside"))).toBeNull();
    expect(existsSync(join(root, "dist"))).toBe(true);
  });
});
