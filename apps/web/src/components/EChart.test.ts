import { describe, expect, it } from 'vitest';
import { chartTheme } from './EChart';

const style = (tokens: Record<string, string>) => ({ getPropertyValue: (name: string) => tokens[name] ?? '' });

describe('chartTheme', () => {
  it('takes the series colours, font and text colour from the design tokens', () => {
    const theme = chartTheme(
      style({ '--matching-chart-1': ' hsl(205 70% 28%)', '--matching-chart-2': 'hsl(28 90% 36%)', '--utrecht-typography-sans-serif-font-family': 'system-ui', '--utrecht-document-color': 'hsl(0 0% 0%)' }),
    );
    expect(theme).toEqual({ color: ['hsl(205 70% 28%)', 'hsl(28 90% 36%)'], textStyle: { fontSize: 14, fontFamily: 'system-ui', color: 'hsl(0 0% 0%)' } });
  });
  it("keeps ECharts' palette and black text where the tokens are missing", () => {
    expect(chartTheme(style({}))).toEqual({ textStyle: { fontSize: 14, color: '#000' } });
  });
});
