import { describe, expect, it } from "vitest";
import { encode } from "uqr";
import { qrSvg } from "./qr.ts";

describe("qrSvg", () => {
  const url = "https://ocop-quangngai.example/san-pham/toi-ly-son-phu-sinh/";
  const svg = qrSvg(url);

  it("is an SVG that names the URL it encodes", () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
    expect(svg).toContain(`<title>${url}</title>`);
  });
  it("draws exactly the dark modules of the code", () => {
    const dark = encode(url, { ecc: "M", border: 4 }).data.flat().filter(Boolean).length;
    const drawn = [...svg.matchAll(/h(\d+)v1/g)].reduce((s, m) => s + Number(m[1]), 0);
    expect(drawn).toBe(dark);
  });
});
