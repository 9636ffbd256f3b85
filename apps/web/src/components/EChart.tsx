import { useEffect, useRef } from 'react';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ShareChartOption } from './share-chart';

// Only what the site's charts use (bars, grid, legend, aria) and the SVG renderer: a smaller download than all of ECharts.
use([BarChart, GridComponent, LegendComponent, AriaComponent, SVGRenderer]);

/**
 * One ECharts chart (ECharts 6, SVG renderer, aria on: the container gets the option's `aria.label.description` as
 * its label), drawn into a block of `height` CSS pixels that takes the width it is given and follows it when it
 * changes, in the site's theme (`chartTheme`). The chart is a picture of figures the page also gives as text or a table.
 */
export function EChart({ option, height }: { readonly option: ShareChartOption; readonly height: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = init(element, null, { renderer: 'svg' });
    chart.setOption({ ...chartTheme(getComputedStyle(element)), ...option });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option]);
  return <div ref={ref} className="matching-chart" style={{ blockSize: `${height}px` }} />;
}

/** Series colours and text style of a chart (ECharts' global `color` and `textStyle`). */
export interface ChartTheme {
  readonly color?: string[];
  readonly textStyle: { readonly fontSize: number; readonly fontFamily?: string; readonly color: string };
}

/**
 * The site's theme for a chart, from the design tokens in effect where it is drawn (theme.css, on `.matching-theme`):
 * the series colours `--matching-chart-1` … `-3` (dark blue, dark orange, dark green: the first two apart for
 * colour-blind readers; each at least 3:1 on white), the site's font at 14 px in its text colour. ECharts' own palette and 12 px
 * grey text when a token is missing.
 */
export function chartTheme(style: Pick<CSSStyleDeclaration, 'getPropertyValue'>): ChartTheme {
  const token = (name: string) => style.getPropertyValue(name).trim();
  const colours = ['--matching-chart-1', '--matching-chart-2', '--matching-chart-3'].map(token).filter((c) => c !== '');
  const font = token('--utrecht-typography-sans-serif-font-family');
  return {
    ...(colours.length > 0 ? { color: colours } : {}),
    textStyle: { fontSize: 14, ...(font ? { fontFamily: font } : {}), color: token('--utrecht-document-color') || '#000' },
  };
}
