/**
 * Reads the shape of a zod schema: which fields it has, what kind each is and its .describe()
 * text. The content check uses it to add the field's own description to an error, and the CMS
 * configuration is generated from it, so neither can drift from the schemas.
 */
import type { z } from "astro/zod";

/** What an editor fills in, once wrappers (optional, default, transforms) are peeled off. */
export type FieldKind =
  | { kind: "string"; maxLength?: number }
  | { kind: "number"; int: boolean }
  | { kind: "boolean" }
  | { kind: "date" }
  | { kind: "image" }
  | { kind: "select"; options: (string | number)[] }
  | { kind: "object"; fields: Field[] }
  | { kind: "list"; of: FieldKind }
  | { kind: "keyvalue" };

export interface Field {
  name: string;
  required: boolean;
  description: string | undefined;
  type: FieldKind;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: (string | number)[];
  checks?: { _zod: { def: { check?: string; format?: string; maximum?: number } } }[];
}

const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Peels optional/default/pipe wrappers; keeps the first description met and whether it may be left out. */
function peel(schema: z.ZodType): { core: z.ZodType; optional: boolean; description: string | undefined } {
  let core = schema;
  let optional = false;
  let description = schema.description;
  for (;;) {
    const def = defOf(core);
    if ((def.type === "optional" || def.type === "default" || def.type === "prefault") && def.innerType) {
      optional = true;
      core = def.innerType;
    } else if (def.type === "nullable" && def.innerType) core = def.innerType;
    else if (def.type === "pipe" && def.in) core = defOf(def.in).type === "transform" && def.out ? def.out : def.in;
    else break;
    description ??= core.description;
  }
  return { core, optional, description };
}

function kindOf(core: z.ZodType): FieldKind {
  const def = defOf(core);
  switch (def.type) {
    case "string": {
      const max = (def.checks ?? []).find((c) => c._zod.def.check === "max_length")?._zod.def.maximum;
      return max === undefined ? { kind: "string" } : { kind: "string", maxLength: max };
    }
    case "number":
      return { kind: "number", int: (def.checks ?? []).some((c) => c._zod.def.format === "safeint") };
    case "boolean":
      return { kind: "boolean" };
    case "date":
      return { kind: "date" };
    case "custom":
      return { kind: "image" };
    case "enum":
      return { kind: "select", options: Object.values(def.entries ?? {}) };
    case "literal":
      return { kind: "select", options: def.values ?? [] };
    case "union": {
      const options = (def.options ?? []).map((o) => peel(o).core);
      // A date written as text or read by YAML as a date.
      if (options.some((o) => defOf(o).type === "date")) return { kind: "date" };
      const kinds = options.map(kindOf);
      if (kinds.every((k) => k.kind === "select"))
        return { kind: "select", options: kinds.flatMap((k) => (k.kind === "select" ? k.options : [])) };
      return kinds[0] ?? { kind: "string" };
    }
    case "object":
      return { kind: "object", fields: fieldsOf(core) };
    case "array":
      return { kind: "list", of: def.element ? kindOf(peel(def.element).core) : { kind: "string" } };
    case "record":
      return { kind: "keyvalue" };
    default:
      return { kind: "string" };
  }
}

/** The fields of an object schema (or of the object inside its wrappers), in schema order. */
export function fieldsOf(schema: z.ZodType): Field[] {
  const { core } = peel(schema);
  const shape = defOf(core).shape ?? {};
  return Object.entries(shape).map(([name, s]) => {
    const { core: inner, optional, description } = peel(s);
    return { name, required: !optional, description, type: kindOf(inner) };
  });
}

/** The field at a path like ["ocop", "stars"] or ["images", 0, "src"] (list indexes are skipped). */
export function fieldAt(schema: z.ZodType, path: readonly PropertyKey[]): Field | undefined {
  let fields = fieldsOf(schema);
  let found: Field | undefined;
  for (const key of path) {
    if (typeof key === "number") continue;
    found = fields.find((f) => f.name === key);
    if (!found) return undefined;
    let t: FieldKind = found.type;
    while (t.kind === "list") t = t.of;
    fields = t.kind === "object" ? t.fields : [];
  }
  return found;
}

/** Every field path of a schema, lists and objects flattened: "ocop.stars", "images.src". */
export function fieldPaths(fields: Field[], prefix = ""): string[] {
  return fields.flatMap((f) => {
    const path = prefix + f.name;
    let t: FieldKind = f.type;
    while (t.kind === "list") t = t.of;
    return t.kind === "object" ? [path, ...fieldPaths(t.fields, `${path}.`)] : [path];
  });
}
