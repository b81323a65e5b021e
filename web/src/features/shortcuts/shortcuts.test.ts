import { describe, expect, it } from 'vitest';
import { shortcutFor } from './useShortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('keyboard shortcuts', () => {
  it('maps the explorer’s keys, Ctrl+Z or ⌘Z to undo, and leaves other modified keys alone', () => {
    expect(shortcutFor(key('e'))).toBe('expand');
    expect(shortcutFor(key('Backspace'))).toBe('remove');
    expect(shortcutFor(key('z', { ctrlKey: true }))).toBe('undo');
    expect(shortcutFor(key('Z', { metaKey: true }))).toBe('undo');
    expect(shortcutFor(key('z', { ctrlKey: true, shiftKey: true }))).toBeUndefined();
    expect(shortcutFor(key('e', { altKey: true }))).toBeUndefined();
    expect(shortcutFor(key('x'))).toBeUndefined();
  });
});
