import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MunicipalityMap, type MapArea } from './MunicipalityMap';
import { municipalityMap } from './municipality-shapes';

afterEach(cleanup);

const areas = new Map<string, MapArea>([
  ['GM0363', { label: 'Amsterdam: 85 % used', step: 4 }],
  ['GM0344', { label: 'Utrecht: no person places', step: null }],
]);

function setup(rtl = false) {
  render(
    <MunicipalityMap
      title="Fill per municipality"
      hint="Use the arrow keys"
      areas={areas}
      outside={(name) => `${name}: not in this round`}
      legend={[{ key: 0, label: '0 % to 20 % used' }, { key: 'outside', label: 'Not in the round' }]}
      locale="nl"
      rtl={rtl}
    />,
  );
}

describe('municipalityMap', () => {
  it('draws the 342 municipalities of 2026 with their CBS code, name and an outline', () => {
    const { shapes, height } = municipalityMap();
    expect(shapes).toHaveLength(342);
    expect(new Set(shapes.map((s) => s.code)).size).toBe(342);
    expect(shapes.find((s) => s.code === 'GM0363')?.name).toBe('Amsterdam');
    expect(shapes.every((s) => s.d.startsWith('M'))).toBe(true);
    expect(height).toBeGreaterThan(400); // the country is taller than wide in Mercator
  });
});

describe('MunicipalityMap', () => {
  it('labels every municipality: its figure, or that it has none here', () => {
    setup();
    expect(screen.getAllByRole('img')).toHaveLength(342);
    expect(screen.getByRole('img', { name: 'Amsterdam: 85 % used' }).getAttribute('class')).toContain('--s4');
    expect(screen.getByRole('img', { name: 'Utrecht: no person places' }).getAttribute('class')).toContain('--none');
    expect(screen.getByRole('img', { name: 'Urk: not in this round' }).getAttribute('class')).toContain('--outside');
    expect(screen.getByRole('group', { name: 'Fill per municipality' })).toBeTruthy();
  });

  it('has one tab stop, at the first municipality by name with a figure', () => {
    setup();
    const stops = screen.getAllByRole('img').filter((el) => el.getAttribute('tabindex') === '0');
    expect(stops.map((el) => el.getAttribute('aria-label'))).toEqual(['Amsterdam: 85 % used']);
  });

  it('moves by name with the arrow keys and shows the focused label under the map', () => {
    setup();
    const amsterdam = screen.getByRole('img', { name: 'Amsterdam: 85 % used' });
    amsterdam.focus();
    fireEvent.keyDown(amsterdam, { key: 'ArrowRight' });
    // in Dutch name order Apeldoorn follows Amsterdam, and 's-Gravenhage comes first
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Apeldoorn: not in this round');
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0');
    expect(amsterdam.getAttribute('tabindex')).toBe('-1');
    expect(screen.getByText('Apeldoorn: not in this round', { selector: 'p' })).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe("'s-Gravenhage: not in this round");
  });

  it('shows the pointed-at label, and the focused one again once the keys move', () => {
    setup();
    const amsterdam = screen.getByRole('img', { name: 'Amsterdam: 85 % used' });
    amsterdam.focus();
    fireEvent.pointerEnter(screen.getByRole('img', { name: 'Urk: not in this round' }));
    expect(screen.getByText('Urk: not in this round', { selector: 'p' })).toBeTruthy();
    fireEvent.keyDown(amsterdam, { key: 'ArrowRight' });
    expect(screen.getByText('Apeldoorn: not in this round', { selector: 'p' })).toBeTruthy();
  });
});
