import { describe, expect, it } from 'vitest';
import { escapeBlockStart } from '../../src/engine/markdown';

describe('escapeBlockStart', () => {
  it('escapes list numbers after the digits and other block markers before them', () => {
    expect(escapeBlockStart('3. Third')).toBe('3\\. Third');
    expect(escapeBlockStart('12)')).toBe('12\\)');
    expect(escapeBlockStart('- item')).toBe('\\- item');
    expect(escapeBlockStart('* item')).toBe('\\* item');
    expect(escapeBlockStart('###')).toBe('\\###');
    expect(escapeBlockStart('>quoted')).toBe('\\>quoted');
    expect(escapeBlockStart('* * *')).toBe('\\* * *');
    expect(escapeBlockStart('___')).toBe('\\___');
    expect(escapeBlockStart('~~~js')).toBe('\\~~~js');
  });

  it('leaves text that no block starts with as it is', () => {
    for (const p of ['#hashtag of the day', '-5 degrees at dawn', '1.5 million boats', '2024 was calm', '1234567890. Too long a number', '--', '####### seven', 'Plain words.'])
      expect(escapeBlockStart(p)).toBe(p);
  });
});
