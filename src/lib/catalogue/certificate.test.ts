import { describe, expect, it } from "vitest";
import { certificateSchema } from "../../schemas/product.ts";
import { buildDate, certificateView } from "./certificate.ts";

const today = new Date(Date.UTC(2026, 10, 29));
const cert = (input: Record<string, unknown>) =>
  certificateSchema.parse({ stars: 4, level: "tinh", evidence: "B1", source: "https://example.vn/a", ...input });

describe("certificateView", () => {
  it("is valid within 36 months of the decision, with the computed expiry", () => {
    const view = certificateView(cert({ decisionDate: "2025-10-15" }), today);
    expect(view.status).toBe("valid");
    expect(view.stars).toBe(4);
    expect(view.expiry?.toISOString().slice(0, 10)).toBe("2028-10-15");
  });
  it("is expired 36 months after the decision", () => {
    const view = certificateView(cert({ decisionDate: "2023-11-28" }), today);
    expect(view.status).toBe("expired");
    expect(view.stars).toBeNull();
  });
  it("honours an explicit expiry date", () => {
    expect(certificateView(cert({ decisionDate: "2025-01-01", expiryDate: "2026-01-01" }), today).status).toBe("expired");
  });
  it("with only a year: valid before year + 3, expired after, unverified during", () => {
    expect(certificateView(cert({ year: 2024 }), today).status).toBe("valid");
    expect(certificateView(cert({ year: 2022 }), today).status).toBe("expired");
    expect(certificateView(cert({ year: 2023 }), today)).toMatchObject({ status: "unverified", expiryYear: 2026, stars: null });
  });
  it("never shows a proposal (B2) or the producer's own claim (C) as certified", () => {
    expect(certificateView(cert({ stars: 5, year: 2025, evidence: "B2" }), today)).toMatchObject({
      status: "proposal",
      stars: null,
    });
    expect(certificateView(cert({ decisionDate: "2025-10-15", evidence: "C" }), today)).toMatchObject({
      status: "unverified",
      stars: null,
    });
  });
  it("is none without a certificate", () => {
    expect(certificateView(undefined, today).status).toBe("none");
  });
  it("takes the build date from BUILD_DATE when set", () => {
    expect(buildDate({ BUILD_DATE: "2030-01-02" }).toISOString()).toBe("2030-01-02T00:00:00.000Z");
  });
});
