import { describe, expect, it } from 'vitest';
import { personsShare, pointsBetween } from './figures';

describe('personsShare', () => {
  it('is placed persons over person places, null without places, above 1 when overfull', () => {
    expect(personsShare(170, 200)).toBe(0.85);
    expect(personsShare(0, 0)).toBeNull();
    expect(personsShare(12, 10)).toBe(1.2);
  });
});

describe('pointsBetween', () => {
  it('rounds the exact difference, not the rounded shares', () => {
    expect(pointsBetween(0.853, 0.697)).toBe(16);
    expect(pointsBetween(0.5, 0.75)).toBe(-25);
  });
  it('has no difference when a share is missing and never says -0', () => {
    expect(pointsBetween(null, 0.5)).toBeNull();
    expect(pointsBetween(0.5, null)).toBeNull();
    expect(Object.is(pointsBetween(0.5, 0.504), 0)).toBe(true);
  });
});
