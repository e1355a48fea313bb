import { describe, expect, it, vi } from "vitest";
import { certificateSchema } from "../../schemas/product.ts";
import { certificateView } from "./certificate.ts";
import { buildDate } from "../values/dates.ts";

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
  it("reported by the press without a date or a year: unverified, whether or not the stars are known", () => {
    expect(certificateView(cert({}), today)).toEqual({ status: "unverified", stars: null, expiry: null, expiryYear: null });
    const starless = cert({ stars: undefined, level: undefined });
    expect(starless.stars).toBeUndefined();
    expect(certificateView(starless, today).status).toBe("unverified");
  });
  it("a signed decision (A) needs its date or year; the press (B1) may report one without", () => {
    const signed = certificateSchema.safeParse({ stars: 4, level: "tinh", evidence: "A", source: "https://example.vn/a" });
    expect(signed.success).toBe(false);
    expect(signed.error?.issues[0]).toMatchObject({ path: ["decisionDate"] });
    expect(signed.error?.issues[0]?.message).toContain('evidence "B1"');
    expect(certificateSchema.safeParse({ evidence: "B1", source: "https://example.vn/a" }).success).toBe(true);
  });
  it("is none without a certificate", () => {
    expect(certificateView(undefined, today).status).toBe("none");
  });
  it("takes the build date from BUILD_DATE when set", () => {
    expect(buildDate({ BUILD_DATE: "2030-01-02" }).toISOString()).toBe("2030-01-02T00:00:00.000Z");
  });
});

describe("certificate dates against the build date", () => {
  const check = (input: Record<string, unknown>) =>
    certificateSchema.safeParse({ stars: 4, level: "tinh", evidence: "A", source: "https://example.vn/a", ...input });
  const fields = (input: Record<string, unknown>) => check(input).error?.issues.map((i) => i.path.join(".")) ?? [];

  it("refuses a decision after the build date and accepts one on it", () => {
    vi.stubEnv("BUILD_DATE", "2026-03-10");
    try {
      expect(fields({ decisionDate: "2026-03-11" })).toEqual(["decisionDate"]);
      expect(check({ decisionDate: "2026-03-11" }).error?.issues[0]?.message).toMatch(/2026-03-11 ở sau hôm nay \(2026-03-10\)/);
      expect(fields({ decisionDate: "2026-03-10" })).toEqual([]);
      expect(fields({ year: 2027 })).toEqual(["year"]);
      expect(fields({ year: 2026 })).toEqual([]);
    } finally {
      vi.unstubAllEnvs();
    }
  });
  it("refuses an expiry on or before its decision", () => {
    expect(fields({ decisionDate: "2025-10-15", expiryDate: "2025-10-15" })).toEqual(["expiryDate"]);
    expect(fields({ decisionDate: "2025-10-15", expiryDate: "2024-01-01" })).toEqual(["expiryDate"]);
  });
});
