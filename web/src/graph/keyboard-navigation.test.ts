import { describe, expect, it } from 'vitest';
import { nearestInDirection } from './keyboard-navigation';

const hub = { id: 'hub', x: 0, y: 0 };
const spots = [hub, { id: 'east', x: 100, y: 10 }, { id: 'far-east', x: 300, y: 0 }, { id: 'north', x: 5, y: -80 }, { id: 'south-east', x: 60, y: 90 }];

describe('arrow keys on the canvas', () => {
  it('move to the closest node in the direction of the arrow', () => {
    expect(nearestInDirection(hub, spots, 'right')).toBe('east');
    expect(nearestInDirection(hub, spots, 'up')).toBe('north');
    expect(nearestInDirection(hub, spots, 'down')).toBe('south-east');
  });

  it('stay put when nothing lies that way', () => {
    expect(nearestInDirection(hub, spots, 'left')).toBeUndefined();
  });
});
