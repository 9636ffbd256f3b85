import { describe, expect, it } from 'vitest';
import { shareChartHeight, shareChartOption } from './share-chart';

const percent = (share: number) => `${Math.round(share * 100)} %`;
const input = {
  categories: ['Placed', 'Average fit'],
  series: [
    { name: 'This outcome', values: [0.853, null] },
    { name: "Today's practice", values: [0.5, 0.42] },
  ],
  description: 'Bar chart of this outcome and today’s practice.',
  percent,
};

describe('shareChartOption', () => {
  it('draws each share in percent with one decimal, no bar for a missing share, and labels as the page writes them', () => {
    const option = shareChartOption(input);
    const series = option.series as { name: string; data: (number | null)[]; label: { formatter: (p: { value: unknown }) => string } }[];
    expect(series.map((s) => s.name)).toEqual(['This outcome', "Today's practice"]);
    expect(series[0].data).toEqual([85.3, null]);
    expect(series[1].data).toEqual([50, 42]);
    expect(series[0].label.formatter({ value: 85.3 })).toBe('85 %');
  });
  it('describes itself for assistive technology and fixes the scale at 0–100 %', () => {
    const option = shareChartOption(input);
    expect(option.aria).toEqual({ enabled: true, label: { description: input.description } });
    expect(option.xAxis).toMatchObject({ min: 0, max: 100, inverse: false });
    expect(option.animation).toBe(false);
  });
  it('mirrors right-to-left: bars grow from the right, names stand on the right', () => {
    const option = shareChartOption({ ...input, rtl: true });
    expect(option.xAxis).toMatchObject({ inverse: true });
    expect(option.yAxis).toMatchObject({ position: 'right', inverse: true });
    expect(option.legend).toMatchObject({ right: 0 });
  });
  it('grows with its categories and series', () => {
    expect(shareChartHeight(4, 2)).toBeGreaterThan(shareChartHeight(2, 2));
    expect(shareChartHeight(4, 3)).toBeGreaterThan(shareChartHeight(4, 2));
  });
});
