import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { keyTarget } from './map-scale';
import { MAP_WIDTH, municipalityMap } from './municipality-shapes';

/** What the map shows about one municipality. */
export interface MapArea {
  /** Its accessible name and caption: the municipality's name and its figure, e.g. "Utrecht: 85 % full (170 of 200 places)". */
  readonly label: string;
  /** Colour step 0 … MAP_STEPS − 1 (map-scale.ts `shareStep`), or null for "no figure" (e.g. no capacity). */
  readonly step: number | null;
  /** Drawn with a thick dark edge (e.g. a household's outcome among its options); the label must say why. */
  readonly marked?: boolean;
}

/** One entry of the legend: a colour step, "no figure", or the municipalities outside the figure. */
export interface MapLegendEntry {
  readonly key: number | 'none' | 'outside' | 'marked';
  readonly label: string;
}

export interface MunicipalityMapProps {
  /** What the map shows, e.g. "Fill per municipality"; names the map's group for assistive technology. */
  readonly title: string;
  /** How to move over the map with the keyboard (shown under it). */
  readonly hint: string;
  /** The municipalities with a figure, by CBS code. */
  readonly areas: ReadonlyMap<string, MapArea>;
  /** The label of a municipality that has no figure here (e.g. not in the round), from its name. */
  readonly outside: (name: string) => string;
  /** The legend, in the order shown. */
  readonly legend: readonly MapLegendEntry[];
  /** The reader's language (BCP 47), for the order of names. */
  readonly locale: string;
  /** Right-to-left layout: the horizontal arrow keys swap. */
  readonly rtl?: boolean;
}

function areaClass(area: MapArea | undefined): string {
  if (!area) return 'matching-map__area matching-map__area--outside';
  return `matching-map__area matching-map__area--${area.step === null ? 'none' : `s${area.step}`}`;
}

/**
 * The Netherlands by municipality (issue 13): an SVG map of the 342 municipalities of 2026 (d3-geo, no tiles), each
 * coloured by its figure and each a labelled, focusable shape. One tab stop: Tab enters the map at the first
 * municipality with a figure (or the last one visited), the arrow keys go to the next or previous municipality by
 * name, Home and End to the first and last. The focused municipality is outlined on the map (thick), the one under the
 * pointer too (thin); the label of the pointed-at one, else the focused one, is shown beside the map. Colour is never
 * the only carrier: each label says the figure, and the pages put the same figures in a table.
 */
export function MunicipalityMap({ title, hint, areas, outside, legend, locale, rtl = false }: MunicipalityMapProps) {
  const { shapes, height } = municipalityMap();
  const titleId = useId();
  const hintId = useId();
  const order = useMemo(() => {
    const collator = new Intl.Collator(locale);
    return [...shapes].sort((a, b) => collator.compare(a.name, b.name)).map((s) => s.code);
  }, [shapes, locale]);
  const byCode = useMemo(() => new Map(shapes.map((s) => [s.code, s])), [shapes]);
  const [active, setActive] = useState<string>(() => order.find((code) => areas.has(code)) ?? order[0]);
  // the municipality with the keyboard focus, and the one under the pointer: the caption shows the latter while there is one
  const [focused, setFocused] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const shown = hovered ?? focused;
  const refs = useRef(new Map<string, SVGPathElement>());

  const labelOf = (code: string) => areas.get(code)?.label ?? outside(byCode.get(code)?.name ?? code);
  const go = (code: string) => {
    setActive(code);
    setHovered(null); // who moves with the keys reads the focused one, wherever the pointer rests
    refs.current.get(code)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<SVGPathElement>, code: string) => {
    const target = keyTarget(order, code, event.key, rtl);
    if (target === undefined) return;
    event.preventDefault();
    go(target);
  };
  const outline = (code: string | null, className: string) => {
    const shape = code === null ? undefined : byCode.get(code);
    return shape && <path key={`${className}-${shape.code}`} d={shape.d} className={className} aria-hidden="true" />;
  };

  return (
    <figure className="matching-map">
      <svg
        className="matching-map__drawing"
        viewBox={`0 0 ${MAP_WIDTH} ${height}`}
        role="group"
        aria-labelledby={titleId}
        aria-describedby={hintId}
      >
        {shapes.map((s) => (
          <path
            key={s.code}
            ref={(el) => {
              if (el) refs.current.set(s.code, el);
              else refs.current.delete(s.code);
            }}
            d={s.d}
            className={areaClass(areas.get(s.code))}
            role="img"
            aria-label={labelOf(s.code)}
            tabIndex={s.code === active ? 0 : -1}
            onFocus={() => {
              setActive(s.code);
              setFocused(s.code);
            }}
            onBlur={() => setFocused((c) => (c === s.code ? null : c))}
            onPointerEnter={() => setHovered(s.code)}
            onPointerLeave={() => setHovered((c) => (c === s.code ? null : c))}
            onClick={() => go(s.code)}
            onKeyDown={(e) => onKeyDown(e, s.code)}
          />
        ))}
        {shapes.filter((s) => areas.get(s.code)?.marked).map((s) => outline(s.code, 'matching-map__marked'))}
        {hovered !== focused && outline(hovered, 'matching-map__hover')}
        {outline(focused, 'matching-map__highlight')}
      </svg>
      <figcaption>
        <p id={titleId} className="matching-map__title">
          {title}
        </p>
        <p className="matching-map__caption" aria-hidden="true">
          {shown === null ? '\u00a0' : labelOf(shown)}
        </p>
        <ul className="matching-map__legend">
          {legend.map((entry) => (
            <li key={entry.key}>
              <span className={`matching-map__swatch matching-map__swatch--${typeof entry.key === 'number' ? `s${entry.key}` : entry.key}`} aria-hidden="true" />
              {entry.label}
            </li>
          ))}
        </ul>
        <p id={hintId} className="matching-map__hint">
          {hint}
        </p>
      </figcaption>
    </figure>
  );
}
