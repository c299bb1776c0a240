import { describe, expect, it } from 'vitest';
import { MAYBE_RE, UNLIKELY_RE } from '../../../src/engine/html/hints';

describe('class hints', () => {
  it('count an author box among the unlikely candidates, not a byline name', () => {
    for (const ci of ['author-bio', 'post-author-box', 'authorbox', 'about-author', 'about-the-author widget']) expect(UNLIKELY_RE.test(ci), ci).toBe(true);
    for (const ci of ['author', 'author-name', 'byline author vcard']) expect(UNLIKELY_RE.test(ci), ci).toBe(false);
    // an author box is no story wrapper: none of these names the story
    expect(MAYBE_RE.test('author-bio')).toBe(false);
  });

  it('count a copyright block among the unlikely candidates', () => {
    for (const ci of ['copyright', 'region-copyright', 'block-site-copyright', 'license copyright', 'copyright-wrp']) expect(UNLIKELY_RE.test(ci), ci).toBe(true);
    expect(MAYBE_RE.test('region-copyright')).toBe(false);
  });
});
