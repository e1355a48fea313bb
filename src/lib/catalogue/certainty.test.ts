import { describe, expect, it } from "vitest";
import { useTranslations } from "../../i18n/index.ts";
import { shelfLifeFact, storageFact } from "./certainty.ts";

const vi = useTranslations("vi");
const en = useTranslations("en");

describe("shelfLifeFact", () => {
  it("shows a shelf life read from the label as it is", () => {
    expect(shelfLifeFact({ shelfLifeDays: 365, shelfLifeVerified: true }, vi)).toEqual({ certainty: "label", text: "365 ngày" });
  });
  it("hedges a typical shelf life that no label confirmed, in both languages", () => {
    const fact = shelfLifeFact({ shelfLifeDays: 365, shelfLifeVerified: false }, vi);
    expect(fact.certainty).toBe("typical");
    expect(fact.text).toMatch(/^khoảng 365 ngày \(thông thường/);
    expect(shelfLifeFact({ shelfLifeDays: 365, shelfLifeVerified: false }, en).text).toMatch(/^about 365 days \(typical/);
  });
  it("says a missing shelf life is not verified", () => {
    expect(shelfLifeFact({ shelfLifeDays: undefined, shelfLifeVerified: true }, vi)).toEqual({
      certainty: "unknown",
      text: "chưa xác minh",
    });
  });
});

describe("storageFact", () => {
  it("names the storage or says it is not verified", () => {
    expect(storageFact({ storage: "mat" }, en)).toEqual({ certainty: "label", text: "Cool, dry place" });
    expect(storageFact({ storage: undefined }, en).certainty).toBe("unknown");
  });
});
