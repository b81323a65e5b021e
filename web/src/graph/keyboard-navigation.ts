/** Moving between nodes with the arrow keys: the nearest node in that direction. Pure. */

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Spot {
  id: string;
  x: number;
  y: number;
}

export const ARROW_DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The node an arrow key moves to from `from`: among those within 45° either
 * side of the direction (on screen, y down), the closest, counting sideways
 * distance double so that "right" prefers what is level over what is far off.
 */
export function nearestInDirection(from: Spot, spots: readonly Spot[], direction: Direction): string | undefined {
  let best: { id: string; cost: number } | undefined;
  for (const spot of spots) {
    if (spot.id === from.id) continue;
    const dx = spot.x - from.x;
    const dy = spot.y - from.y;
    const [ahead, aside] = direction === 'left' ? [-dx, dy] : direction === 'right' ? [dx, dy] : direction === 'up' ? [-dy, dx] : [dy, dx];
    if (ahead <= 0 || Math.abs(aside) > ahead) continue;
    const cost = ahead + 2 * Math.abs(aside);
    if (!best || cost < best.cost) best = { id: spot.id, cost };
  }
  return best?.id;
}
