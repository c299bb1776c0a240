import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/engine/html/index';
import { page } from '../../helpers/pages';

// Bylines inside an <aside>, which the visible-text scan skips: only the byline elements read them.
const withBylines = (spans: string) =>
  parseHtml(page('<title>Ferries stay in port</title>', `<h1>Ferries stay in port</h1><p>The gates stayed shut.</p><aside>${spans}</aside>`), null);

describe('authors from elements with a byline class', () => {
  it('name the author when nothing else does', () => {
    expect(withBylines('<span class="byline">Jane Doe</span>').authors).toEqual(['Jane Doe']);
  });
  it('pass over empty byline elements, which do not count', () => {
    expect(withBylines('<span class="byline"></span>'.repeat(8) + '<span class="byline">Jane Doe</span>').authors).toEqual(['Jane Doe']);
  });
  it('read the first six byline texts only', () => {
    expect(withBylines('<span class="byline">2021</span>'.repeat(5) + '<span class="byline">Jane Doe</span>').authors).toEqual(['Jane Doe']);
    expect(withBylines('<span class="byline">2021</span>'.repeat(6) + '<span class="byline">Jane Doe</span>').authors).toEqual([]);
  });
});
