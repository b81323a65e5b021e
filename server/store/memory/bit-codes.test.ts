import { describe, expect, it } from 'vitest';
import { TOPIC_IDS, topicNodeId } from '../../contract/topics';
import { topicMaskOf } from './attendance';
import { bitCodes, MASK_WIDTH } from './bit-codes';

describe('the bit masks of topics and node types', () => {
  it('give every topic of the vocabulary a bit of its own', () => {
    const masks = TOPIC_IDS.map((topic) => topicMaskOf([topicNodeId(topic)]));
    expect(masks.every((mask) => mask > 0)).toBe(true);
    expect(new Set(masks).size).toBe(TOPIC_IDS.length);
  });

  it('refuse, when the module loads, a vocabulary wider than the mask', () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`);
    expect(bitCodes(names(MASK_WIDTH), 'topics').get(`t${MASK_WIDTH - 1}`)).toBe(2 ** (MASK_WIDTH - 1));
    expect(() => bitCodes(names(MASK_WIDTH + 1), 'topics')).toThrow(/32 topics do not fit a 31-bit mask/);
  });
});
