/**
 * Makes data/geo/quang-ngai-2025.topo.json, the commune boundaries the site draws its maps from,
 * out of the 20 m GeoJSON of the research notes (its source, licence and caveats are in
 * data/geo/README.md). Run it again only when the boundaries themselves change:
 *
 *   node scripts/make-geo-data.ts <quang-ngai-communes-2025.geojson> <quang-ngai-communes-2025-points.geojson>
 *
 * What it does: keeps each unit's official code (as the geometry's id), its name (for people
 * reading the file; the site matches shapes to localities by code only) and its label point (a
 * point inside the shape, where the map writes its name), winds every ring
 * clockwise as d3-geo expects (RFC 7946 winds outer rings the other way, which d3 reads as "the
 * whole globe but this commune"), and stores the lot as one TopoJSON topology, quantised to a
 * 10,000-step grid (about 20 m, the source's own simplification), so shared borders are stored once.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { geoArea } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from "geojson";
import { topology } from "topojson-server";

const [input, pointsInput] = process.argv.slice(2);
if (!input || !pointsInput) {
  console.error(
    "usage: node scripts/make-geo-data.ts <quang-ngai-communes-2025.geojson> <quang-ngai-communes-2025-points.geojson>",
  );
  process.exit(2);
}
const source = JSON.parse(readFileSync(input, "utf8")) as FeatureCollection<
  Polygon | MultiPolygon,
  { code: string; name: string }
>;
const points = JSON.parse(readFileSync(pointsInput, "utf8")) as FeatureCollection<Point, { code: string }>;
const labels = new Map(
  points.features.map((p) => [p.properties.code, p.geometry.coordinates.map((c) => Math.round(c * 1e5) / 1e5)]),
);

const clockwise = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());
type Unit = Feature<Polygon | MultiPolygon, { name: string; label: Position }>;
const features: Unit[] = source.features.map((f) => {
  const geometry: Polygon | MultiPolygon =
    f.geometry.type === "Polygon"
      ? { type: "Polygon", coordinates: clockwise(f.geometry.coordinates) }
      : { type: "MultiPolygon", coordinates: f.geometry.coordinates.map(clockwise) };
  const label = labels.get(f.properties.code);
  if (!label) throw new Error(`${f.properties.code}: no label point in ${pointsInput}`);
  const out: Unit = {
    type: "Feature",
    id: f.properties.code,
    properties: { name: f.properties.name, label },
    geometry,
  };
  // A commune covers far less than half the globe once wound the way d3-geo reads it.
  if (geoArea(out) > Math.PI) throw new Error(`${f.properties.code}: rings still wound the RFC 7946 way`);
  return out;
});
features.sort((a, b) => String(a.id).localeCompare(String(b.id)));

const collection: FeatureCollection = { type: "FeatureCollection", features };
const topo = topology({ communes: collection }, 1e4);
const file = join(import.meta.dirname, "../data/geo/quang-ngai-2025.topo.json");
writeFileSync(file, JSON.stringify(topo) + "\n");
console.log(`${features.length} units, ${topo.arcs.length} arcs → ${file} (${JSON.stringify(topo).length} bytes)`);
