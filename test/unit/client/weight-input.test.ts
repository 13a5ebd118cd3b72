import { describe, expect, it } from 'vitest';
import { parseWeightInput, sliderToWeight, snapToLandmark, weightToSlider } from '../../../client/features/governance/weight-input.ts';

describe('weight input', () => {
  it.each<[string, ReturnType<typeof parseWeightInput>]>([
    ['500', { ok: true, weight: 500 }],
    [' 1,500 ', { ok: true, weight: 1500 }],
    ['10000', { ok: true, weight: 10000 }],
    ['0', { ok: true, weight: 0, note: 'Weight 0 sends this provider no calls while others have weight, yet it stays enabled.' }],
    ['', { ok: false, message: 'Enter a weight from 0 to 10,000.' }],
    ['abc', { ok: false, message: 'The weight must be a whole number.' }],
    ['12.5', { ok: false, message: 'The weight must be a whole number (Dubbo ignores fractions).' }],
    ['10001', { ok: false, message: 'The weight must be between 0 and 10,000.' }],
    ['-1', { ok: false, message: 'The weight must be between 0 and 10,000.' }],
  ])('%j', (text, expected) => {
    expect(parseWeightInput(text)).toEqual(expected);
  });

  it.each([
    [0, 0],
    [125, 50],
    [250, 100],
    [375, 300],
    [500, 500],
    [750, 2000],
    [1000, 10000],
    [-5, 0],
    [2000, 10000],
  ])('slider position %i is weight %i (snapped to the segment step)', (position, weight) => {
    expect(sliderToWeight(position)).toBe(weight);
  });

  it('round-trips weights to slider positions', () => {
    for (const weight of [0, 100, 500, 2000, 10000]) expect(sliderToWeight(weightToSlider(weight))).toBe(weight);
    expect(weightToSlider(300)).toBe(375);
  });

  it('snaps onto a nearby landmark, not a distant one', () => {
    expect(snapToLandmark(95, [0, 100, 300])).toBe(100);
    expect(snapToLandmark(290, [0, 100, 300])).toBe(300);
    expect(snapToLandmark(200, [0, 100, 300])).toBe(200);
  });
});
