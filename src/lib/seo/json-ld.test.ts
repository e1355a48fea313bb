import { describe, expect, it } from "vitest";
import type { Producer } from "../catalogue/model.ts";
import { parsePhone } from "../values/phone.ts";
import { producerJsonLd } from "./json-ld.ts";

function producer(kind: Producer["kind"]): Producer {
  return {
    id: "co-so",
    name: "Cơ sở Hồng Tiến",
    kind,
    locality: {
      id: "tinh-khe",
      name: "Tịnh Khê",
      code: "21211",
      kind: "xa",
      region: "dong",
      formerNames: [],
      html: "",
      lang: "vi",
    },
    formerAddress: undefined,
    address: "thôn Kỳ Xuyên",
    contacts: { phones: [parsePhone("0905 123 456")!], email: "a@vi-du.vn" },
    founded: 2015,
    exemplar: [],
    images: [],
    sources: [],
    html: "",
    lang: "vi",
  };
}

describe("producerJsonLd", () => {
  it("describes a producer of known kind as what it is, with its address and phone", () => {
    const data = producerJsonLd(producer("hop-tac-xa"), "https://vi-du.vn/chu-the/co-so/");
    expect(data["@type"]).toBe("Organization");
    expect(data["address"]).toMatchObject({ streetAddress: "thôn Kỳ Xuyên" });
    expect(data["telephone"]).toBe("+84905123456");
    expect(producerJsonLd(producer("ca-nhan"), "https://vi-du.vn/")["@type"]).toBe("Person");
  });

  it("claims neither an organisation nor a person when no source gives the kind: a Thing with its name and page", () => {
    expect(producerJsonLd(producer("chua-ro"), "https://vi-du.vn/chu-the/co-so/")).toEqual({
      "@context": "https://schema.org",
      "@type": "Thing",
      name: "Cơ sở Hồng Tiến",
      url: "https://vi-du.vn/chu-the/co-so/",
    });
  });
});
