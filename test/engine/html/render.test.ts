import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/engine/html/index';
import { render } from '../../../src/engine/html/render';
import { buildTree, type El } from '../../../src/engine/html/tree';

// Invented fixtures: tables of our own writing, rendered straight from the tree.
const bodyOf = (html: string): El => {
  const stack: El[] = [buildTree(html).root];
  while (stack.length) {
    const el = stack.pop() as El;
    if (el.tag === 'body') return el;
    for (const c of el.children) if (typeof c !== 'string') stack.push(c);
  }
  throw new Error('no body');
};
const md = (html: string, base: string | null = null) => render([bodyOf(`<html><body>${html}</body></html>`)], new Set(), base);

describe('markdown tables', () => {
  it('writes a data table as a GFM pipe table: header row, separator, inline text, escaped pipes', () => {
    const r = md(`<p>Before the table.</p>
      <table><thead><tr><th>Harbour</th><th>Depth (m)</th><th>Note</th></tr></thead>
      <tbody><tr><td>North  quay</td><td>12</td><td>Dredged in <em>spring</em></td></tr>
      <tr><td><a href="/quays/south">South quay</a></td><td>9</td><td>Gate A | Gate B</td></tr></tbody></table>
      <p>After the table.</p>`, 'https://port.example/guide');
    expect(r.markdown).toBe(
      'Before the table.\n\n' +
        '| Harbour | Depth (m) | Note |\n| --- | --- | --- |\n' +
        '| North quay | 12 | Dredged in *spring* |\n' +
        '| [South quay](https://port.example/quays/south) | 9 | Gate A \\| Gate B |\n\n' +
        'After the table.',
    );
    // The plain text keeps one paragraph per cell, as before.
    expect(r.paragraphs).toEqual(['Before the table.', 'Harbour', 'Depth (m)', 'Note', 'North quay', '12', 'Dredged in spring', 'South quay', '9', 'Gate A | Gate B', 'After the table.']);
  });

  it('takes the first row as the header when there is no <th>, and fills colspan and rowspan', () => {
    const r = md(`<table>
      <tr><td>Day</td><td>Ferry</td><td>Bus</td></tr>
      <tr><td rowspan="2">Monday</td><td colspan="2">no service</td></tr>
      <tr><td>08:10</td><td>08:40</td></tr></table>`);
    expect(r.markdown).toBe('| Day | Ferry | Bus |\n| --- | --- | --- |\n| Monday | no service |  |\n|  | 08:10 | 08:40 |');
  });

  it('puts a caption before the table and keeps a cell with one paragraph or a line break inline', () => {
    const r = md(`<table><caption>Tide times</caption>
      <tr><th>Place</th><th>High water</th></tr>
      <tr><td><p>Low Bay</p></td><td>06:12<br>18:40</td></tr></table>`);
    expect(r.markdown).toBe('Tide times\n\n| Place | High water |\n| --- | --- |\n| Low Bay | 06:12 18:40 |');
    expect(r.paragraphs).toEqual(['Tide times', 'Place', 'High water', 'Low Bay', '06:12', '18:40']);
  });

  it('leaves layout tables as paragraphs: one column, nested tables, block content, long prose cells', () => {
    const oneColumn = md('<table><tr><td>First line of text</td></tr><tr><td>Second line of text</td></tr></table>');
    expect(oneColumn.markdown).toBe('First line of text\n\nSecond line of text');

    const nested = md('<table><tr><td>Menu</td><td><table><tr><td>A</td><td>B</td></tr><tr><td>C</td><td>D</td></tr></table></td></tr><tr><td>x</td><td>y</td></tr></table>');
    expect(nested.markdown).not.toContain('|');
    expect(nested.markdown).toContain('Menu\n\nA\n\nB');

    const blocks = md('<table><tr><td><h2>Heading</h2></td><td><ul><li>One</li><li>Two</li></ul></td></tr><tr><td>a</td><td>b</td></tr></table>');
    expect(blocks.markdown).not.toContain('|');
    expect(blocks.markdown).toContain('## Heading');
    expect(blocks.markdown).toContain('- One');

    const prose = 'A long paragraph of the story that a page has put in a table cell for layout, with commas, clauses and more. '.repeat(5);
    const layout = md(`<table><tr><td><a href="/">Home</a></td><td>${prose}</td></tr><tr><td>Side</td><td>Footer</td></tr></table>`);
    expect(layout.markdown).not.toContain('|');
    expect(layout.paragraphs).toContain(prose.trim());

    const presentation = md('<table role="presentation"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>');
    expect(presentation.markdown).toBe('a\n\nb\n\nc\n\nd');
  });

  it('drops rows and columns with no text at all', () => {
    const r = md('<table><tr><th>Year</th><th></th><th>Visitors</th></tr><tr><td></td><td></td><td></td></tr><tr><td>2023</td><td> </td><td>1,200</td></tr></table>');
    expect(r.markdown).toBe('| Year | Visitors |\n| --- | --- |\n| 2023 | 1,200 |');
  });

  it('renders a data table inside the chosen article', () => {
    const prose = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} about the regatta, long enough, with commas, clauses, and a full stop.</p>`).join('');
    const html = `<html><head><title>Regatta</title></head><body><nav><a href="/">Home</a></nav><article>${prose(3)}
      <table><tr><th>Boat</th><th>Time</th></tr><tr><td>Swift</td><td>1:02:03</td></tr><tr><td>Heron</td><td>1:04:10</td></tr></table>${prose(2)}</article></body></html>`;
    const d = parseHtml(html, 'https://sail.example/regatta');
    expect(d.markdown).toContain('| Boat | Time |\n| --- | --- |\n| Swift | 1:02:03 |\n| Heron | 1:04:10 |');
    expect(d.paragraphs).toContain('Heron');
  });
});

describe('links', () => {
  it('resolves plain and unusual links the same way as the URL parser', () => {
    const r = md(
      '<p><a href="/a/b?x=1">root</a> <a href="https://other.example/p/q">abs</a> <a href="../up">up</a> <a href="https://Other.Example/./p">odd</a> <a href="//cdn.example/x">proto</a> <a href="javascript:alert(1)">js</a> <a href="#top">hash</a> <a href="https://xn--bcher-kva.example/">idn</a></p>',
      'https://news.example:8443/section/story',
    );
    expect(r.markdown).toBe(
      '[root](https://news.example:8443/a/b?x=1) [abs](https://other.example/p/q) [up](https://news.example:8443/up) [odd](https://other.example/p) [proto](https://cdn.example/x) js hash [idn](https://xn--bcher-kva.example/)',
    );
  });

  it('keeps only absolute links when the page has no address', () => {
    const r = md('<p><a href="/a">root</a> <a href="rel/x">rel</a> <a href="//cdn.example/x">proto</a> <a href="https://other.example/p">abs</a> <a href="mailto:desk@news.example">mail</a> <img src="/i.jpg" alt="i"></p>');
    expect(r.markdown).toBe('root rel proto [abs](https://other.example/p) [mail](mailto:desk@news.example)');
  });
});

describe('images', () => {
  it('drops tracking pixels sized by attributes or by an inline style, and keeps real images', () => {
    const r = md(`<p>The quay at dawn.</p>
      <img alt="" src="/img/beacon.gif" width="1" height="1">
      <div><img alt="" src="/img/timing.png" style="width: 1px; height: 1px;"></div>
      <img alt="" src="/img/count.png" style="height:0;width:0">
      <img alt="North quay" src="/img/quay.jpg" style="width: 100%; height: auto">`, 'https://port.example/guide');
    expect(r.markdown).toBe('The quay at dawn.\n\n![North quay](https://port.example/img/quay.jpg)');
  });
});

describe('paragraphs that look like Markdown blocks', () => {
  it('escapes a leading list number after its digits, and other block markers before them', () => {
    const r = md(`<p>1.</p><p>2) Then the tide turned.</p><p>+</p><p>- a dash first</p><p>---</p>
      <p># not a heading</p><p>&gt; not a quote</p><p>~~~ not a fence</p><p>2024. A year began.</p>`);
    expect(r.markdown.split('\n\n')).toEqual([
      '1\\.', '2\\) Then the tide turned.', '\\+', '\\- a dash first', '\\---',
      '\\# not a heading', '\\> not a quote', '\\~~~ not a fence', '2024\\. A year began.',
    ]);
    expect(r.paragraphs).toEqual(['1.', '2) Then the tide turned.', '+', '- a dash first', '---',
      '# not a heading', '> not a quote', '~~~ not a fence', '2024. A year began.']);
  });
});
