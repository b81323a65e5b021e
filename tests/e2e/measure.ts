/** Measures of what is drawn, shared by the browser tests: colour contrast and box overlap. */

/** An `rgb(…)`/`rgba(…)` CSS colour as [r, g, b, alpha]. */
export function parseRgb(css: string): [number, number, number, number] {
  const parts = css.match(/[\d.]+/g)?.map(Number) ?? [];
  const [r = 0, g = 0, b = 0, a = 1] = parts;
  return [r, g, b, a];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two opaque CSS colours (1 to 21). */
export function contrastRatio(foreground: string, background: string): number {
  const [a, b] = [luminance(parseRgb(foreground)), luminance(parseRgb(background))];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Pairs of boxes that overlap by more than `tolerance` pixels on both axes. */
export function overlappingPairs<T extends Box>(boxes: T[], tolerance = 1): [T, T][] {
  const pairs: [T, T][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (dx > tolerance && dy > tolerance) pairs.push([a, b]);
    }
  }
  return pairs;
}
