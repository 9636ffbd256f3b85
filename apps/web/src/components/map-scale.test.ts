import { describe, expect, it } from 'vitest';
import { countRanges, countStep, keyTarget, MAP_STEPS, shareStep, stepBounds } from './map-scale';

describe('shareStep', () => {
  it('puts shares in five steps of 20 %, with the upper bound in the next step', () => {
    expect([0, 0.19, 0.2, 0.39, 0.4, 0.6, 0.79, 0.8, 1].map(shareStep)).toEqual([0, 0, 1, 1, 2, 3, 3, 4, 4]);
  });
  it('keeps more than full in the top step and has no step without a figure', () => {
    expect(shareStep(1.4)).toBe(MAP_STEPS - 1);
    expect(shareStep(-0.1)).toBe(0);
    expect(shareStep(null)).toBeNull();
    expect(shareStep(Number.NaN)).toBeNull();
  });
  it('gives each step the bounds its legend names', () => {
    expect(stepBounds(0)).toEqual([0, 0.2]);
    expect(stepBounds(4)).toEqual([0.8, 1]);
    for (let s = 0; s < MAP_STEPS; s++) expect(shareStep(stepBounds(s)[0])).toBe(s);
  });
});

describe('keyTarget', () => {
  const order = ['a', 'b', 'c'];
  it('goes forward and back by name and stops at the ends', () => {
    expect(keyTarget(order, 'a', 'ArrowRight')).toBe('b');
    expect(keyTarget(order, 'a', 'ArrowDown')).toBe('b');
    expect(keyTarget(order, 'b', 'ArrowLeft')).toBe('a');
    expect(keyTarget(order, 'b', 'ArrowUp')).toBe('a');
    expect(keyTarget(order, 'c', 'ArrowRight')).toBe('c');
    expect(keyTarget(order, 'a', 'ArrowLeft')).toBe('a');
    expect(keyTarget(order, 'b', 'Home')).toBe('a');
    expect(keyTarget(order, 'a', 'End')).toBe('c');
  });
  it('swaps the horizontal arrows right-to-left', () => {
    expect(keyTarget(order, 'b', 'ArrowLeft', true)).toBe('c');
    expect(keyTarget(order, 'b', 'ArrowRight', true)).toBe('a');
  });
  it('leaves other keys and unknown places to the browser', () => {
    expect(keyTarget(order, 'a', 'Tab')).toBeUndefined();
    expect(keyTarget(order, 'x', 'ArrowRight')).toBeUndefined();
  });
});

describe('countRanges and countStep', () => {
  it('keeps 0 apart and splits the rest into equal ranges ending at the largest count', () => {
    expect(countRanges(20)).toEqual([[0, 0], [1, 5], [6, 10], [11, 15], [16, 20]]);
    expect(countRanges(7)).toEqual([[0, 0], [1, 2], [3, 4], [5, 6], [7, 7]]);
    expect(countRanges(2)).toEqual([[0, 0], [1, 1], [2, 2]]);
    expect(countRanges(0)).toEqual([[0, 0]]);
  });
  it('puts each count in the range that holds it', () => {
    expect([0, 1, 5, 6, 20].map((c) => countStep(c, 20))).toEqual([0, 1, 1, 2, 4]);
    expect(countStep(2, 2)).toBe(2);
  });
});
