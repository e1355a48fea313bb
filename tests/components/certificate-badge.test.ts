/**
 * The certificate badge says what the sources say: a recognition reported without its date reads
 * "validity not verified", with the stars the source names (or none when it names none), never
 * "no OCOP certificate".
 */
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import CertificateBadge from "../../src/components/ui/CertificateBadge.astro";
import { certificateSchema } from "../../src/schemas/product.ts";
import { certificateView } from "../../src/lib/catalogue/certificate.ts";

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const today = new Date(Date.UTC(2026, 11, 7));
const badge = async (ocopInput: Record<string, unknown> | undefined, locale: "vi" | "en", compact = false) => {
  const ocop = ocopInput && certificateSchema.parse({ evidence: "B1", source: "https://example.vn/a", ...ocopInput });
  const product = { ocop, cert: certificateView(ocop, today) };
  return parse(await container.renderToString(CertificateBadge, { props: { locale, product, compact } })).text.trim();
};

describe("CertificateBadge", () => {
  it("a recognition the press reports with its stars but no date: not verified, about 3 stars", async () => {
    expect(await badge({ stars: 3, level: "tinh" }, "vi")).toBe("Chưa xác minh hiệu lực (3 sao OCOP)");
    expect(await badge({ stars: 3, level: "tinh" }, "en")).toBe("Validity not verified (3-star OCOP)");
  });
  it("one reported without its stars: not verified, and no number of stars is made up", async () => {
    expect(await badge({}, "vi")).toBe("Chưa xác minh hiệu lực");
    expect(await badge({}, "en", true)).toBe("Not verified");
  });
  it("no certificate at all reads so", async () => {
    expect(await badge(undefined, "vi")).toBe("Chưa có chứng nhận OCOP");
  });
});
