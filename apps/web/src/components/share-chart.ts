import type { BarSeriesOption, ComposeOption, GridComponentOption, LegendComponentOption, AriaComponentOption } from 'echarts';

/** The options of the charts this site draws: horizontal bars with a legend and ECharts' aria description. */
export type ShareChartOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | AriaComponentOption>;

/** One series of shares: a name for the legend and one share (0–1, or null when there is none) per category. */
export interface ShareSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

export interface ShareChartInput {
  /** The bars' categories, top to bottom, in the reader's words. */
  readonly categories: readonly string[];
  /** One or more series, drawn side by side in each category. */
  readonly series: readonly ShareSeries[];
  /**
   * The chart in a sentence for assistive technology (ECharts' `aria.label.description`, the container's aria-label):
   * what it compares; the figures themselves are in the table beside each chart.
   */
  readonly description: string;
  /** A share as the reader writes it, e.g. 0.853 → "85 %" (the page's number format). */
  readonly percent: (share: number) => string;
  /** Right-to-left: the bars grow from the right and the category names stand on the right. */
  readonly rtl?: boolean;
}

/** Size of every text in a chart, CSS pixels (ECharts' 12 px default is small for a B1 reader at a desk). */
const TEXT_SIZE = 14;

/** The height in CSS pixels a share chart needs for its categories and series (bars of about 18 px, legend on top). */
export function shareChartHeight(categories: number, series: number): number {
  return 56 + categories * Math.max(36, series * 20 + 12);
}

/**
 * A horizontal bar chart of shares (0–100 % on the value axis, fixed so that charts side by side compare), each bar
 * labelled with its share; a missing share (null) draws no bar and no label. The categories read top to bottom in
 * the given order. Mirrored for right-to-left (ECharts does not do this itself: the value axis is inverted and the
 * category axis moves right). No animation: the figure is there at once, and reduced-motion readers see no movement.
 */
export function shareChartOption(input: ShareChartInput): ShareChartOption {
  const rtl = input.rtl ?? false;
  return {
    animation: false,
    aria: { enabled: true, label: { description: input.description } },
    legend: { top: 0, [rtl ? 'right' : 'left']: 0, data: input.series.map((s) => s.name), textStyle: { fontSize: TEXT_SIZE } },
    // room at the bars' end for the label of a full (100 %) bar
    grid: { top: 40, bottom: 24, left: rtl ? 56 : 8, right: rtl ? 8 : 56, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, inverse: rtl, axisLabel: { fontSize: TEXT_SIZE, formatter: (v: number) => input.percent(v / 100) } },
    yAxis: { type: 'category', inverse: true, position: rtl ? 'right' : 'left', data: [...input.categories], axisLabel: { fontSize: TEXT_SIZE } },
    series: input.series.map(
      (s): BarSeriesOption => ({
        type: 'bar',
        name: s.name,
        barMaxWidth: 20,
        data: s.values.map((v) => (v === null ? null : Math.round(v * 1000) / 10)),
        label: { show: true, fontSize: TEXT_SIZE, position: rtl ? 'left' : 'right', formatter: (p) => input.percent(Number(p.value) / 100) },
      }),
    ),
  };
}
