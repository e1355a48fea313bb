/** schema.org data for products, producers and the site. */
import type { Locale } from "../../i18n/locales.ts";
import type { Producer, Product } from "../catalogue/model.ts";

const KIND_TYPE: Record<Producer["kind"], string> = {
  "hop-tac-xa": "Organization",
  "doanh-nghiep": "Organization",
  "ho-kinh-doanh": "LocalBusiness",
  "ca-nhan": "Person",
  // No source says what it is: an Organization or a Person would state what the page does not know.
  "chua-ro": "Thing",
};

export function producerJsonLd(producer: Producer, url: string): Record<string, unknown> {
  const type = KIND_TYPE[producer.kind];
  const data: Record<string, unknown> = { "@context": "https://schema.org", "@type": type, name: producer.name, url };
  if (type === "Organization" || type === "LocalBusiness") {
    const address = producer.address ?? producer.locality?.name;
    if (address)
      data["address"] = { "@type": "PostalAddress", streetAddress: address, addressRegion: "Quảng Ngãi", addressCountry: "VN" };
    if (producer.founded) data["foundingDate"] = String(producer.founded);
    if (producer.contacts.email) data["email"] = producer.contacts.email;
  }
  const phone = producer.contacts.phones[0];
  if (phone && type !== "Thing") data["telephone"] = phone.e164;
  const sameAs = [producer.contacts.website, producer.contacts.facebook].filter(Boolean);
  if (sameAs.length) data["sameAs"] = sameAs;
  return data;
}

export function productJsonLd(product: Product, url: string, image: string, locale: Locale): Record<string, unknown> {
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name,
    description: product.summary,
    url,
    image,
    category: product.group.name,
    inLanguage: locale,
  };
  if (product.cert.stars !== null) data["award"] = `OCOP ${product.cert.stars}★`;
  if (product.producer) {
    data["manufacturer"] = { "@type": KIND_TYPE[product.producer.kind], name: product.producer.name };
  }
  if (product.price) {
    data["offers"] = {
      "@type": "AggregateOffer",
      priceCurrency: "VND",
      lowPrice: product.price.from,
      highPrice: product.price.to ?? product.price.from,
    };
  }
  return data;
}

export function websiteJsonLd(name: string, url: string, searchUrl: string, locale: Locale): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name,
    url,
    inLanguage: locale,
    potentialAction: { "@type": "SearchAction", target: `${searchUrl}?q={query}`, "query-input": "required name=query" },
  };
}
