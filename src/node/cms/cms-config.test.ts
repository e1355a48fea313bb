import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { CMS_COLLECTIONS, cmsConfig, REFERENCES } from "./cms-config.ts";
import { BODY_ONLY_TRANSLATIONS, translationSchema } from "../../schemas/translation.ts";
import { NAME_MAX_LENGTH } from "../../schemas/shared.ts";
import { PRODUCT_KIND_IDS } from "../../schemas/lists.ts";

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

/**
 * Field paths of a schema as zod's own JSON Schema export sees them (an independent reader of
 * the schemas), with whether each is required: "ocop.stars" → true.
 */
function schemaFields(schema: z.ZodType): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const walk = (s: JsonSchema | undefined, prefix: string) => {
    if (!s) return;
    for (const option of s.anyOf ?? []) walk(option, prefix);
    if (s.type === "array") walk(s.items, prefix);
    for (const [key, value] of Object.entries(s.properties ?? {})) {
      out.set(prefix + key, (s.required ?? []).includes(key));
      walk(value, `${prefix}${key}.`);
    }
  };
  walk(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema, "");
  return out;
}

interface CmsField {
  name: string;
  label: string;
  hint?: string;
  required: boolean;
  fields?: CmsField[];
  widget: string;
  collection?: string;
  maxlength?: number;
}

function configFields(fields: CmsField[], prefix = ""): Map<string, CmsField> {
  const out = new Map<string, CmsField>();
  for (const f of fields) {
    if (prefix === "" && f.name === "body") continue;
    out.set(prefix + f.name, f);
    for (const [k, v] of configFields(f.fields ?? [], `${prefix}${f.name}.`)) out.set(k, v);
  }
  return out;
}

const config = cmsConfig({ repo: "owner/repo", branch: "main", siteUrl: "https://vi-du.vn/" });
const collections = config["collections"] as { name: string; folder: string; fields: CmsField[] }[];

describe("CMS configuration", () => {
  const cases = [
    ...CMS_COLLECTIONS.map((c) => ({ name: c.name, schema: c.schema })),
    ...CMS_COLLECTIONS.map(({ name }) => ({
      name: `en-${name}`,
      schema: (BODY_ONLY_TRANSLATIONS.has(name) ? z.strictObject({}) : translationSchema) as z.ZodType,
    })),
  ];
  for (const { name, schema } of cases) {
    it(`${name}: has exactly the schema's fields, required where the schema requires them`, () => {
      const collection = collections.find((c) => c.name === name);
      expect(collection, name).toBeDefined();
      const inConfig = configFields(collection?.fields ?? []);
      const inSchema = schemaFields(schema);
      expect([...inConfig.keys()].sort(), "fields in the CMS but not in the schema, or the reverse").toEqual(
        [...inSchema.keys()].sort(),
      );
      for (const [path, required] of inSchema) expect(inConfig.get(path)?.required, `${name}.${path}`).toBe(required);
    });
  }

  it("edits a place's English description as a body only, listed by file name, in the folder the build reads", () => {
    const places = collections.find((c) => c.name === "en-localities") as
      { folder: string; fields: CmsField[]; summary?: string } | undefined;
    expect(places?.folder).toBe("content/translations/en/localities");
    expect(places?.fields.map((f) => f.name)).toEqual(["body"]);
    expect(places?.summary).toBe("{{filename}}");
  });

  it("labels every field in Vietnamese and gives the schema's description as help", () => {
    for (const c of CMS_COLLECTIONS) {
      const collection = collections.find((x) => x.name === c.name);
      for (const [path, field] of configFields(collection?.fields ?? [])) {
        expect(field.label, `${c.name}.${path}`).not.toBe(field.name);
        expect(field.hint, `${c.name}.${path} has no .describe()`).toBeTruthy();
      }
    }
  });

  it("limits a product's and a producer's name to the schema's length, as the content check and the import do", () => {
    expect(NAME_MAX_LENGTH).toBeGreaterThan(0);
    for (const name of ["products", "producers"]) {
      const field = configFields(collections.find((c) => c.name === name)?.fields ?? []).get("name");
      expect(field?.maxlength, name).toBe(NAME_MAX_LENGTH);
      expect(field?.hint, name).toContain(`tối đa ${NAME_MAX_LENGTH} ký tự`);
    }
  });

  it("offers existing entries for every reference the content check verifies", () => {
    for (const [path, target] of Object.entries(REFERENCES)) {
      const [collection, ...rest] = path.split(".");
      const field = configFields(collections.find((c) => c.name === collection)?.fields ?? []).get(rest.join("."));
      expect(field?.widget, path).toBe("relation");
      expect(field?.collection, path).toBe(target);
    }
  });

  it("offers every kind of product by its Vietnamese name, stored as the id the schema accepts", () => {
    for (const [collection, path] of [
      ["products", "kind"],
      ["groups", "kind"],
      ["groups", "subgroups.kind"],
    ] as const) {
      const field = configFields(collections.find((c) => c.name === collection)?.fields ?? []).get(path) as
        (CmsField & { options?: { label: string; value: string }[] }) | undefined;
      expect(field?.widget, `${collection}.${path}`).toBe("select");
      expect(field?.options?.map((o) => o.value)).toEqual(PRODUCT_KIND_IDS);
      expect(field?.options?.find((o) => o.value === "toi-den")?.label).toBe("Tỏi đen");
    }
  });

  it("edits the files the build reads, photos beside the entry", () => {
    for (const c of CMS_COLLECTIONS) expect(collections.find((x) => x.name === c.name)?.folder).toBe(`content/${c.name}`);
    expect(config["backend"]).toEqual({ name: "github", repo: "owner/repo", branch: "main" });
    expect(collections.every((c) => (c as unknown as { public_folder: string }).public_folder === ".")).toBe(true);
  });
});
