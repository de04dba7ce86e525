// Scales, ticks and line paths shared by the site's SVG charts (simulator and history).

export type Scale = (value: number) => number;

/** Maps [d0, d1] onto [r0, r1]; an empty domain maps everything to the middle of the range. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/** The smallest 1, 2, 2.5 or 5 times a power of ten at or above `value`; 1 for nothing to show. */
export function niceCeil(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value * (1 - 1e-12)) ?? 10;
  return step * power;
}

/** `count` equal steps from `min` to `max`, both included. */
export function ticks(min: number, max: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, i) => min + ((max - min) * i) / count);
}

export function linePath(points: readonly (readonly [number, number])[], x: Scale, y: Scale): string {
  return points.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${x(px).toFixed(1)},${y(py).toFixed(1)}`).join('');
}
