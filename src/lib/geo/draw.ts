/**
 * The province's maps, drawn at build time with d3-geo: the province map of the locality list
 * (every commune a shape, two insets for the dense wards of the former cities, a ring around
 * the islands) and the small locator of each commune. Everything here is geometry: which shape is
 * which commune, its colour and its link are the views' business. Pure, and cached per process:
 * the geometry does not change within a build.
 *
 * How a drawing is made: the topology's arcs are projected (Mercator, fitted to the province),
 * simplified in the plane of the drawing (simplify.ts: a border shared by two communes stays
 * shared) and rounded to whole units; topojson-client stitches the arcs back into each commune's
 * rings and d3-geo's path generator writes them, as short relative SVG path data.
 */
import { geoBounds, geoMercator, geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";
import type { Feature, Geometry, MultiPoint } from "geojson";
import { feature, merge, mesh, transform } from "topojson-client";
import { neighbourCodes } from "./neighbours.ts";
import { PROVINCE, UNITS, type ProvinceTopology, type UnitGeometry } from "./province.ts";
import { simplifyArc, type Point } from "./simplify.ts";

/** Width of the province map's drawing, in its own units (the SVG's viewBox). */
export const MAP_WIDTH = 1000;
/** Margins of the main map inside the drawing: room on the right and top for the islands' ring. */
const MAP_MARGIN = { top: 50, right: 60, bottom: 16, left: 12 };
/** Simplification tolerance, in drawing units: under a pixel where the map is shown widest (~600 px). */
const MAP_TOLERANCE = 1.2;
/** Radius of the ring drawn around an island: 44 px across where the map is 600 px wide. */
const ISLAND_RING = 38;

/**
 * The insets: each magnifies the wards of a former city, too small to see or tap on the province
 * map. `codes` are the wards it centres on (their shapes' bounding box, with a margin, is what the
 * inset shows: the communes around them are drawn too, clipped to its frame); `frame` is where it
 * sits on the drawing, in the empty corner south-east of the mainland.
 */
export const INSETS = [
  {
    id: "quang-ngai",
    codes: ["21025", "21028", "21172"],
    zoom: 4,
    frame: { x: 598, y: 540, width: 200, height: 240 },
  },
  {
    id: "kon-tum",
    codes: ["23293", "23302"],
    zoom: 4,
    frame: { x: 812, y: 540, width: 180, height: 240 },
  },
] as const;
export type InsetId = (typeof INSETS)[number]["id"];

/** Size of a locator's drawing; the image is shown at this size in CSS pixels (width × height). */
export const LOCATOR_WIDTH = 160;
const LOCATOR_TOLERANCE = 0.6;

// ---------------------------------------------------------------------------------------------
// Geometry helpers

type Box = [x0: number, y0: number, x1: number, y1: number];

/** The topology's arcs in longitude/latitude, decoded once. */
let lonLat: Point[][] | undefined;
function lonLatArcs(): Point[][] {
  lonLat ??= PROVINCE.arcs.map((arc) => {
    const decode = transform(PROVINCE.transform ?? null);
    return arc.map((p, i) => decode([...p], i as unknown as boolean) as Point);
  });
  return lonLat;
}

/**
 * The province's extent in longitude/latitude, as the two corners of its bounding box. On a
 * Mercator map a box of meridians and parallels stays a box, so fitting a projection to these two
 * points fits it to the province, without streaming every vertex through d3's resampling.
 */
let extent: MultiPoint | undefined;
function provinceExtent(): MultiPoint {
  if (!extent) {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const arc of lonLatArcs())
      for (const [x, y] of arc) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    extent = {
      type: "MultiPoint",
      coordinates: [
        [x0, y0],
        [x1, y1],
      ],
    };
  }
  return extent;
}

type Margin = { top: number; right: number; bottom: number; left: number };

/** A Mercator projection fitted to the province's width less the margins; with the drawing's height. */
function fitted(width: number, margin: Margin): { projection: GeoProjection; height: number } {
  const corners = provinceExtent();
  const projection = geoMercator().fitWidth(width - margin.left - margin.right, corners);
  const [tx, ty] = projection.translate();
  projection.translate([tx + margin.left, ty + margin.top]);
  const [south] = corners.coordinates as [Point, Point];
  return { projection, height: Math.ceil(projection(south)![1] + margin.bottom) };
}

/**
 * The topology in a drawing's plane: arcs projected, simplified and rounded to whole units. Only
 * the arcs of `only` (when given) are drawn; the others are left empty.
 */
function planar(projection: GeoProjection, tolerance: number, only?: readonly UnitGeometry[]): ProvinceTopology {
  const wanted = only && new Set(only.flatMap((u) => arcIndexes(u)));
  const arcs = lonLatArcs().map((arc, index) => {
    if (wanted && !wanted.has(index)) return [];
    const simple = simplifyArc(
      arc.map((p) => projection(p) as Point),
      tolerance,
    );
    const rounded: Point[] = [];
    for (const [x, y] of simple) {
      const p: Point = [Math.round(x), Math.round(y)];
      const last = rounded.at(-1);
      if (!last || last[0] !== p[0] || last[1] !== p[1]) rounded.push(p);
    }
    // An arc keeps both its ends, even when rounding brought them together.
    if (rounded.length === 1) rounded.push(rounded[0]!);
    return rounded;
  });
  // Already in the drawing's units: no quantisation transform.
  return { type: "Topology", objects: PROVINCE.objects, arcs };
}

/** The indexes of a unit's arcs in the topology (a negative index ~i is arc i reversed). */
function arcIndexes(unit: UnitGeometry): number[] {
  const rings = unit.type === "Polygon" ? unit.arcs : unit.arcs.flat();
  return rings.flat().map((i) => (i < 0 ? ~i : i));
}

/**
 * d3-geo's path generator writes into this context: SVG path data with relative moves between
 * whole-unit points, the shortest form a browser reads ("M12 30l4-3 5 0z").
 */
class PathData implements GeoContext {
  text = "";
  private x = 0;
  private y = 0;
  private start: Point = [0, 0];
  private inLine = false;
  moveTo(x: number, y: number): void {
    this.text += `M${x} ${y}`;
    [this.x, this.y] = this.start = [x, y];
    this.inLine = false;
  }
  lineTo(x: number, y: number): void {
    const dx = x - this.x;
    const dy = y - this.y;
    if (dx === 0 && dy === 0) return;
    this.text += `${this.inLine ? (dx < 0 ? "" : " ") : "l"}${dx}${dy < 0 ? "" : " "}${dy}`;
    [this.x, this.y] = [x, y];
    this.inLine = true;
  }
  closePath(): void {
    this.text += "z";
    [this.x, this.y] = this.start;
    this.inLine = false;
  }
  beginPath(): void {}
  arc(): void {}
}

/** SVG path data of planar GeoJSON (already in drawing units). */
function pathData(object: GeoPermissibleObjects): string {
  const context = new PathData();
  geoPath(null, context)(object);
  return context.text;
}

function boxOf(object: GeoPermissibleObjects): Box {
  const [[x0, y0], [x1, y1]] = geoPath(null).bounds(object);
  return [x0, y0, x1, y1];
}

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** A drawn unit: its code, SVG path data and bounding box in drawing units. */
export interface DrawnUnit {
  code: string;
  d: string;
  box: Box;
}

function drawUnits(topo: ProvinceTopology, units: readonly UnitGeometry[]): DrawnUnit[] {
  return units.map((u) => {
    const shape = feature(topo, u) as Feature;
    return { code: u.id, d: pathData(shape), box: boxOf(shape) };
  });
}

// ---------------------------------------------------------------------------------------------
// The province map

export interface InsetDrawing {
  id: InsetId;
  frame: { x: number; y: number; width: number; height: number };
  /** The area the inset magnifies, outlined on the main map. */
  area: Box;
  /** The units it shows (clipped to its frame). */
  units: DrawnUnit[];
}

/** A name written on the map, centred on (x, y): the baseline sits a third of the size below y. */
export interface MapLabel {
  text: string;
  x: number;
  y: number;
  /** Written in capitals, spaced (a region's name). */
  caps?: boolean;
}

/**
 * A name to place: a unit's (at its label point, left out where it does not fit) or, with `at`, one
 * placed there whatever it covers (a region's name), before the units' names, which then avoid it.
 */
export type LabelRequest = { code: string; text: string } | { text: string; at: [number, number]; caps?: boolean };

export interface ProvinceDrawing {
  width: number;
  height: number;
  units: DrawnUnit[];
  /** The province's outline (its coast and its borders with other provinces). */
  outline: string;
  /** Islands (units with no land border): the centre and radius of the ring drawn around each. */
  islands: { code: string; cx: number; cy: number; r: number }[];
  insets: InsetDrawing[];
  /** Paths of the borders between units of different regions, given each unit's region. */
  regionBorder(regionOf: (code: string) => string | undefined): string;
  /**
   * Names that fit, in the order given (the most important first), each at its unit's label point
   * (a point inside the shape): a name is left out where it would cross a name already placed, an
   * island's ring, an inset or the drawing's edge. `size` is the font size in drawing units.
   */
  labels(names: readonly LabelRequest[], size: number): MapLabel[];
}

/** Width of a name in the map's sans-serif, generously (Vietnamese letters with their marks; capitals spaced wider). */
const textWidth = (text: string, size: number, caps = false) => text.length * (caps ? 0.82 : 0.6) * size;

function drawInset(inset: (typeof INSETS)[number], main: GeoProjection, mainBoxes: ReadonlyMap<string, Box>): InsetDrawing {
  const { frame } = inset;
  // Centred on the wards' bounding box, magnified `zoom` times.
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const code of inset.codes) {
    const ward = UNITS.find((u) => u.id === code)!;
    const [[a, b], [c, d]] = geoBounds(feature(PROVINCE, ward) as Feature);
    [x0, y0, x1, y1] = [Math.min(x0, a), Math.min(y0, b), Math.max(x1, c), Math.max(y1, d)];
  }
  const projection = geoMercator()
    .scale(main.scale() * inset.zoom)
    .translate([0, 0]);
  const [cx, cy] = projection([(x0 + x1) / 2, (y0 + y1) / 2])!;
  projection.translate([frame.x + frame.width / 2 - cx, frame.y + frame.height / 2 - cy]);
  const frameBox: Box = [frame.x, frame.y, frame.x + frame.width, frame.y + frame.height];
  // What the frame shows, on the main map: its corners taken back to longitude/latitude.
  const corner = (x: number, y: number) => main(projection.invert!([x, y])!)!;
  const [ax, ay] = corner(frame.x, frame.y);
  const [bx, by] = corner(frame.x + frame.width, frame.y + frame.height);
  const area: Box = [Math.round(ax), Math.round(ay), Math.round(bx), Math.round(by)];
  // Only the units seen through the frame are drawn again.
  const seen = UNITS.filter((u) => overlaps(mainBoxes.get(u.id)!, area));
  const units = drawUnits(planar(projection, MAP_TOLERANCE, seen), seen).filter((u) => overlaps(u.box, frameBox));
  return { id: inset.id, frame, area, units };
}

let province: ProvinceDrawing | undefined;

/** The province map's geometry (computed once per process). */
export function provinceDrawing(): ProvinceDrawing {
  if (province) return province;
  const { projection, height } = fitted(MAP_WIDTH, MAP_MARGIN);
  const topo = planar(projection, MAP_TOLERANCE);
  const units = drawUnits(topo, UNITS);
  const islands = islandRings(units);
  const insets = INSETS.map((inset) => drawInset(inset, projection, new Map(units.map((u) => [u.code, u.box]))));
  const anchors = new Map(UNITS.map((u) => [u.id, projection(u.properties!.label)!]));
  const obstacles: Box[] = [
    ...islands.map((i): Box => [i.cx - i.r, i.cy - i.r, i.cx + i.r, i.cy + i.r]),
    ...insets.map(({ frame }): Box => [frame.x, frame.y - 60, frame.x + frame.width, frame.y + frame.height + 60]),
  ];
  province = {
    width: MAP_WIDTH,
    height,
    units,
    outline: pathData(mesh(topo, topo.objects.communes, (a, b) => a === b)),
    islands,
    insets,
    regionBorder: regionBorders(topo),
    labels: (names, size) => placeLabels(names, size, { anchors, obstacles, height }),
  };
  return province;
}

/** The islands (units with no land border), each with the ring drawn around it: at least ISLAND_RING, and around its whole shape. */
function islandRings(units: readonly DrawnUnit[]): ProvinceDrawing["islands"] {
  return [...neighbourCodes()]
    .filter(([, around]) => around.length === 0)
    .map(([code]) => {
      const box = units.find((u) => u.code === code)!.box;
      return {
        code,
        cx: Math.round((box[0] + box[2]) / 2),
        cy: Math.round((box[1] + box[3]) / 2),
        r: Math.max(ISLAND_RING, Math.ceil(Math.hypot(box[2] - box[0], box[3] - box[1]) / 2) + 4),
      };
    });
}

/** The map's `regionBorder`: the borders between regions, drawn once for each way of assigning the regions. */
function regionBorders(topo: ProvinceTopology): ProvinceDrawing["regionBorder"] {
  const drawn = new Map<string, string>();
  return (regionOf) => {
    const key = UNITS.map((u) => regionOf(u.id) ?? "").join(",");
    let d = drawn.get(key);
    if (d === undefined) {
      d = pathData(
        mesh(topo, topo.objects.communes, (a, b) => {
          const [ra, rb] = [regionOf(String(a.id)), regionOf(String(b.id))];
          return ra !== undefined && rb !== undefined && ra !== rb;
        }),
      );
      drawn.set(key, d);
    }
    return d;
  };
}

// ---------------------------------------------------------------------------------------------
// The names on the province map

/** Where the names go on the province map: each unit's label point, what no name may cover, the drawing's height. */
interface LabelGround {
  anchors: ReadonlyMap<string, [number, number]>;
  obstacles: readonly Box[];
  height: number;
}

/** A name placed: where it may go (its first spot for a fixed name), and where it is. */
interface Placed {
  label: MapLabel;
  spots: Box[];
  at: number;
  fixed: boolean;
}

/** The map's `labels`: the names placed in the order given, fixed ones first, each unit's name in the first of its spots still free. */
function placeLabels(names: readonly LabelRequest[], size: number, ground: LabelGround): MapLabel[] {
  const placed: Placed[] = [];
  const { anchors, obstacles, height } = ground;
  const blocked = (box: Box) =>
    !(box[0] >= 0 && box[2] <= MAP_WIDTH && box[1] >= 0 && box[3] <= height) || obstacles.some((b) => overlaps(b, box));
  const free = (box: Box, except?: Placed) => !blocked(box) && !placed.some((p) => p !== except && overlaps(p.spots[p.at]!, box));
  const fixed = names.filter((n) => "at" in n);
  for (const name of [...fixed, ...names.filter((n) => !("at" in n))]) {
    const at = "at" in name ? name.at : anchors.get(name.code);
    if (!at) continue;
    const caps = "caps" in name && name.caps === true;
    const { points, spots } = labelSpots(name, at, size, caps);
    const entry = (i: number): Placed => ({
      label: { text: name.text, x: points[i]![0], y: points[i]![1], ...(caps && { caps }) },
      spots,
      at: i,
      fixed: "at" in name,
    });
    if ("at" in name) {
      placed.push(entry(0));
      continue;
    }
    let i = spots.findIndex((box) => free(box));
    if (i < 0) i = makeRoom(spots, placed, blocked, free);
    if (i >= 0) placed.push(entry(i));
  }
  return placed.map((p) => p.label);
}

/**
 * Where a name may be written, best first: a fixed name where it is put; a unit's name centred on
 * its label point `at`, else just above or below it, else a little to one side. `points` are the
 * centres, `spots` the boxes the name covers there.
 */
function labelSpots(name: LabelRequest, at: [number, number], size: number, caps: boolean): { points: Point[]; spots: Box[] } {
  // A space's width apart from the next name; room for the marks above and below Vietnamese letters, and the halo.
  const half = textWidth(name.text, size, caps) / 2 + 0.15 * size;
  const shifts: Point[] =
    "at" in name
      ? [[0, 0]]
      : [
          [0, 0],
          [0, -1.1 * size],
          [0, 1.1 * size],
          [-0.5 * half, 0],
          [0.5 * half, 0],
        ];
  const points = shifts.map(([dx, dy]): Point => [Math.round(at[0] + dx), Math.round(at[1] + dy)]);
  const spots = points.map(([x, y]): Box => [x - half, y - size * 0.75, x + half, y + size * 0.75]);
  return { points, spots };
}

/**
 * Makes room for a name whose spots are all taken: a name already placed that alone stands in the
 * way of one of them moves to another of its own spots. Returns the spot freed, or -1.
 */
function makeRoom(
  spots: readonly Box[],
  placed: readonly Placed[],
  blocked: (box: Box) => boolean,
  free: (box: Box, except?: Placed) => boolean,
): number {
  for (const [j, box] of spots.entries()) {
    if (blocked(box)) continue;
    const blocking = placed.filter((p) => overlaps(p.spots[p.at]!, box));
    const other = blocking[0];
    if (blocking.length !== 1 || !other || other.fixed) continue;
    const move = other.spots.findIndex((b, k) => k !== other.at && !overlaps(b, box) && free(b, other));
    if (move < 0) continue;
    other.at = move;
    const [x, y] = [(other.spots[move]![0] + other.spots[move]![2]) / 2, (other.spots[move]![1] + other.spots[move]![3]) / 2];
    other.label = { ...other.label, x: Math.round(x), y: Math.round(y) };
    return j;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Locators

interface LocatorBase {
  width: number;
  height: number;
  topo: ProvinceTopology;
  /** The province's outline and the borders between its units, each drawn once. */
  outline: string;
  borders: string;
  boxes: Map<string, Box>;
}

let locatorFrame: { projection: GeoProjection; height: number } | undefined;
// Room at the top and right for the ring around the islands, off the north-east coast.
const locatorFitted = () => (locatorFrame ??= fitted(LOCATOR_WIDTH, { top: 14, right: 14, bottom: 3, left: 3 }));

let locatorBase: LocatorBase | undefined;

function locatorGeometry(): LocatorBase {
  if (locatorBase) return locatorBase;
  const { projection, height } = locatorFitted();
  const topo = planar(projection, LOCATOR_TOLERANCE);
  locatorBase = {
    width: LOCATOR_WIDTH,
    height,
    topo,
    outline: pathData(merge(topo, UNITS as never) as Geometry),
    borders: pathData(mesh(topo, topo.objects.communes, (a, b) => a !== b)),
    boxes: new Map(drawUnits(topo, UNITS).map((u) => [u.code, u.box])),
  };
  return locatorBase;
}

/** Width and height of every locator image, in CSS pixels. */
export function locatorSize(): { width: number; height: number } {
  return { width: LOCATOR_WIDTH, height: locatorFitted().height };
}

/**
 * A commune's locator, as a standalone SVG file: the province's outline, its communes faint, this
 * one filled dark, and ringed when it is small (an island, a city ward), so it is found at a glance. Drawn in
 * black, greys and one dark blue, so it prints legibly in black and white. Undefined for a code
 * without a shape.
 */
export function locatorSvg(code: string): string | undefined {
  const base = locatorGeometry();
  const unit = UNITS.find((u) => u.id === code);
  const box = base.boxes.get(code);
  if (!unit || !box) return undefined;
  const shape = pathData(feature(base.topo, unit) as Feature<Geometry>);
  // A ring around a commune too small to see at a glance (an island, a city ward), kept inside the image.
  const diagonal = Math.hypot(box[2] - box[0], box[3] - box[1]);
  const r = Math.ceil(Math.max(11, diagonal / 2 + 3));
  const clamp = (v: number, max: number) => Math.min(Math.max(Math.round(v), r + 1), max - r - 1);
  const ring =
    diagonal < 24
      ? `<circle cx="${clamp((box[0] + box[2]) / 2, base.width)}" cy="${clamp((box[1] + box[3]) / 2, base.height)}" r="${r}" fill="none" stroke="#1c1917" stroke-width="1.6"/>`
      : "";
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${base.width} ${base.height}" width="${base.width}" height="${base.height}">` +
    `<path d="${base.outline}" fill="#f5f5f4"/>` +
    `<path d="${base.borders}" fill="none" stroke="#a8a29e" stroke-width=".5"/>` +
    `<path d="${shape}" fill="#0b5a80"/>` +
    `<path d="${base.outline}" fill="none" stroke="#1c1917" stroke-width=".9"/>` +
    ring +
    `</svg>`
  );
}
