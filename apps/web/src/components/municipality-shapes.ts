import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// The 342 municipalities of 2026 (CBS/PDOK, simplified by cartomap/nl; seed/data/README.md has the source and checks).
import topology from '../../../../seed/data/municipalities-2026.topojson?raw';

/** One municipality drawn on the national map. */
export interface MunicipalityShape {
  /** CBS code, e.g. GM0363 (the TopoJSON's `statcode`). */
  readonly code: string;
  /** CBS's name of 2026 (the TopoJSON's `statnaam`), e.g. `'s-Gravenhage`. */
  readonly name: string;
  /** SVG path data in the map's coordinates (see MAP_WIDTH), one decimal. */
  readonly d: string;
}

/** Width of the map's drawing in SVG user units; its height follows from the country's shape (MunicipalityMap.height). */
export const MAP_WIDTH = 480;

/** Space around the country in the drawing, in user units. */
const MARGIN = 8;

interface Properties {
  readonly statcode: string;
  readonly statnaam: string;
}

/** The national map: every municipality's outline and the drawing's height, in user units. */
export interface MunicipalityMapData {
  readonly shapes: readonly MunicipalityShape[];
  readonly height: number;
}

let drawn: MunicipalityMapData | undefined;

/**
 * The 342 municipal outlines projected once (Web Mercator, fitted to MAP_WIDTH with a margin; the country spans about
 * 2.8° of latitude, so the distortion across it is small) and kept. Order as in the TopoJSON (by CBS code).
 */
export function municipalityMap(): MunicipalityMapData {
  if (drawn) return drawn;
  const topo = JSON.parse(topology) as Topology<{ gemeente_2026: GeometryCollection<Properties> }>;
  const collection = feature(topo, topo.objects.gemeente_2026);
  const projection = geoMercator().fitWidth(MAP_WIDTH - 2 * MARGIN, collection);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
  projection.translate([projection.translate()[0] + MARGIN, projection.translate()[1] - y0 + MARGIN]);
  const path = geoPath(projection).digits(1);
  const shapes = collection.features.map((f) => ({ code: f.properties.statcode, name: f.properties.statnaam, d: path(f) ?? '' }));
  drawn = { shapes, height: Math.ceil(y1 - y0 + 2 * MARGIN) };
  return drawn;
}
