import { describe, expect, it } from 'vitest';
import { contentId, extract, normalizeInput, NoArticleError } from '../../src/engine/index';
import { articleErrors } from '../helpers/validate';
import { REUTERS_STYLE, STORY_PAGE, WIRE_STORY } from '../fixtures/stories';

describe('extract (the engine composition)', () => {
  it('reads a wire story: header date, dateline, agency, no invented title, lead summary', async () => {
    const a = await extract({ kind: 'text', text: WIRE_STORY });
    expect(articleErrors(a)).toEqual([]);
    expect(a).toMatchObject({
      title: null,
      published: '2023-04-12',
      dateline: { place: 'Lisbon', raw: 'LISBON (AP)' },
      agency: { code: 'AP', name: 'Associated Press' },
      language: 'en',
    });
    expect(a.summary.length).toBeGreaterThan(0);
    expect(a.summary.length).toBeLessThanOrEqual(3);
    for (const s of a.summary) expect(a.text).toContain(s);
    expect(a.text.split('\n\n').length).toBe(5);
    expect(a.markdown.split('\n\n').length).toBe(5);
    expect(a.readingTimeMinutes).toBeGreaterThanOrEqual(1);
  });

  it('reads old wire copy: headline, byline, dateline with month and day, Reuter credit', async () => {
    const a = await extract({ kind: 'text', text: REUTERS_STYLE });
    expect(a.title).toBe('HARBOUR AUTHORITY PLANS NEW PIER');
    expect(a.authors).toEqual(['Ana Quintero']);
    expect(a.agency?.code).toBe('Reuters');
    expect(a.dateline).toMatchObject({ place: 'Valparaiso', date: '--03-03' });
    expect(a.text).not.toMatch(/Reuter\s*$/);
    expect(a.text).toContain('The authority said the cost would be shared with the city.');
  });

  it('gives the same id to the same content with other line endings, BOM or trailing spaces', async () => {
    const a = await extract({ kind: 'text', text: WIRE_STORY });
    const b = await extract({ kind: 'text', text: '\uFEFF' + WIRE_STORY.replace(/\n/g, '  \r\n') + '\n\n' });
    expect(b.id).toBe(a.id);
    const asHtml = await extract({ kind: 'html', html: `<p>${WIRE_STORY}</p>` });
    expect(asHtml.id).not.toBe(a.id);
  });

  it('gives the id of the normalized content, first in the record, and rejects an empty input cleanly', async () => {
    const a = await extract({ kind: 'text', text: WIRE_STORY });
    expect(a.id).toBe(await contentId(normalizeInput({ kind: 'text', text: WIRE_STORY })));
    expect(Object.keys(a)[0]).toBe('id');
    await expect(extract({ kind: 'text', text: '  \n ' })).rejects.toBeInstanceOf(NoArticleError);
  });

  it('reads an HTML page: title, site, canonical URL, dates, authors, body', async () => {
    const a = await extract({ kind: 'html', html: STORY_PAGE, url: 'https://gazette.example/?p=7' });
    expect(articleErrors(a)).toEqual([]);
    expect(a).toMatchObject({
      title: 'Library reopens after flood repairs',
      siteName: 'Riverside Gazette',
      url: 'https://gazette.example/news/library-reopens',
      published: '2024-06-02T09:15:00+02:00',
      authors: ['Tomasz Wierzbicki'],
      language: 'en',
    });
    expect(a.text).not.toContain('Home');
    expect(a.text).not.toContain('©');
  });

  it('keeps the metadata of a page whose body cannot be found, when it has a headline', async () => {
    const a = await extract({ kind: 'html', html: '<html><head><title>Ferry timetable changes</title></head><body><nav><a href="/">Home</a></nav></body></html>' });
    expect(a.title).toBe('Ferry timetable changes');
    expect(a.text).toBe('');
    expect(a.wordCount).toBe(0);
    expect(a.readingTimeMinutes).toBe(0);
  });

  it('keeps a page with no headline and no body when the page gives other metadata', async () => {
    const dated = await extract({
      kind: 'html',
      html: '<html lang="en"><head><meta property="article:published_time" content="2022-03-04T10:00:00Z"></head><body><div id="app"></div></body></html>',
    });
    expect(dated.title).toBeNull();
    expect(dated.published).toBe('2022-03-04T10:00:00Z');
    expect(dated.text).toBe('');
    const described = await extract({
      kind: 'html',
      html: '<html><head><meta name="description" content="Timetables for the harbour ferries."><meta property="og:site_name" content="Harbour Lines"></head><body></body></html>',
    });
    expect(described).toMatchObject({ title: null, description: 'Timetables for the harbour ferries.', siteName: 'Harbour Lines', text: '' });
    expect(articleErrors(described)).toEqual([]);
  });

  it('a page with nothing but its address (a bot check, a script shell) is an empty Article; without the address, NoArticleError', async () => {
    const shell = '<html lang="en"><head><meta name="robots" content="noindex"><script>var x=1;</script></head><body></body></html>';
    const a = await extract({ kind: 'html', html: shell, url: 'https://example.com/story' });
    expect(a).toMatchObject({ url: 'https://example.com/story', title: null, text: '', wordCount: 0, authors: [], quotes: [] });
    expect(articleErrors(a)).toEqual([]);
    await expect(extract({ kind: 'html', html: shell })).rejects.toBeInstanceOf(NoArticleError);
  });

  it('throws NoArticleError for input with no article', async () => {
    await expect(extract({ kind: 'text', text: '' })).rejects.toBeInstanceOf(NoArticleError);
    await expect(extract({ kind: 'text', text: ' \n -- ... !!' })).rejects.toBeInstanceOf(NoArticleError);
    await expect(extract({ kind: 'html', html: '<html><body><nav>Home</nav></body></html>' })).rejects.toBeInstanceOf(NoArticleError);
  });
});

describe('markdown of plain text', () => {
  it('escapes paragraphs that would start a Markdown block, a list number after its digits', async () => {
    const a = await extract({ kind: 'text', text: 'The harbour board met on Monday, and it agreed on three points.\n\n1. The pier opens on Monday.\n\n# of boats: twelve\n\n---\n\n> forwarded note' });
    expect(a.markdown.split('\n\n')).toEqual(['The harbour board met on Monday, and it agreed on three points.', '1\\. The pier opens on Monday.', '\\# of boats: twelve', '\\---', '\\> forwarded note']);
  });
});
