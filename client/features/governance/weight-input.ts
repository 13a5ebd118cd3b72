/**
 * The weight editor's rules. Dubbo weights are integers 0–10000 (the contract's range); the default
 * is 100. The slider is not linear — most real weights sit between 0 and a few hundred — so its travel
 * is split into four segments, each snapping to a round step, and it snaps onto landmarks (0, 100, the
 * registered and the current weight) when released close to them. Typed numbers are never snapped.
 */
import { i18n } from '../../i18n/i18n.ts';
import { formatCount } from '../../lib/display-format.ts';

export const MIN_WEIGHT = 0;
export const MAX_WEIGHT = 10_000;
export const DEFAULT_WEIGHT = 100;
/** Slider positions run 0..SLIDER_MAX. */
export const SLIDER_MAX = 1000;

type Segment = { from: number; to: number; weightFrom: number; weightTo: number; step: number };

const SEGMENTS: readonly Segment[] = [
  { from: 0, to: 250, weightFrom: 0, weightTo: 100, step: 5 },
  { from: 250, to: 500, weightFrom: 100, weightTo: 500, step: 10 },
  { from: 500, to: 750, weightFrom: 500, weightTo: 2000, step: 50 },
  { from: 750, to: 1000, weightFrom: 2000, weightTo: 10_000, step: 100 },
];

export type WeightCheck =
  | { ok: true; weight: number; note?: string }
  | { ok: false; message: string };

/** Validates what was typed: an integer from 0 to 10,000 (thousands separators allowed). */
export function parseWeightInput(text: string): WeightCheck {
  const trimmed = text.trim().replace(/[,_\s]/g, '');
  const range = { min: formatCount(MIN_WEIGHT), max: formatCount(MAX_WEIGHT) };
  if (trimmed === '') return { ok: false, message: i18n.t('governance:weight.empty', range) };
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return { ok: false, message: i18n.t('governance:weight.notNumber') };
  const value = Number(trimmed);
  if (!Number.isInteger(value)) return { ok: false, message: i18n.t('governance:weight.fraction') };
  if (value < MIN_WEIGHT || value > MAX_WEIGHT) return { ok: false, message: i18n.t('governance:weight.range', range) };
  if (value === 0) return { ok: true, weight: 0, note: i18n.t('governance:weight.zeroNote') };
  return { ok: true, weight: value };
}

function segmentOfPosition(position: number): Segment {
  return SEGMENTS.find((segment) => position <= segment.to) ?? SEGMENTS[SEGMENTS.length - 1]!;
}

function segmentOfWeight(weight: number): Segment {
  return SEGMENTS.find((segment) => weight <= segment.weightTo) ?? SEGMENTS[SEGMENTS.length - 1]!;
}

/** Slider position → weight, rounded to the segment's step. */
export function sliderToWeight(position: number): number {
  const clamped = Math.min(Math.max(position, 0), SLIDER_MAX);
  const segment = segmentOfPosition(clamped);
  const fraction = (clamped - segment.from) / (segment.to - segment.from);
  const raw = segment.weightFrom + fraction * (segment.weightTo - segment.weightFrom);
  return Math.min(MAX_WEIGHT, Math.round(raw / segment.step) * segment.step);
}

/** Weight → slider position (exact weights between steps land between positions). */
export function weightToSlider(weight: number): number {
  const clamped = Math.min(Math.max(weight, MIN_WEIGHT), MAX_WEIGHT);
  const segment = segmentOfWeight(clamped);
  const fraction = (clamped - segment.weightFrom) / (segment.weightTo - segment.weightFrom);
  return Math.round(segment.from + fraction * (segment.to - segment.from));
}

/** Snaps a slider-chosen weight onto a landmark within 2 % of the slider's travel. */
export function snapToLandmark(weight: number, landmarks: readonly number[]): number {
  const position = weightToSlider(weight);
  let best = weight;
  let bestDistance = SLIDER_MAX * 0.02;
  for (const landmark of landmarks) {
    const distance = Math.abs(weightToSlider(landmark) - position);
    if (distance <= bestDistance) {
      best = landmark;
      bestDistance = distance;
    }
  }
  return best;
}
