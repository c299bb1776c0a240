import { describe, expect, it } from 'vitest';
import { scanText, TextScanner } from '../../../src/engine/html/meta';
import { buildTree } from '../../../src/engine/html/tree';

/** Pages with bylines and dates above and under the headline, in the places the scan reads. */
const PAGES = [
  '<body><div class="top">Von Kraut und Rüben</div><h1>Ferries stay in port</h1><p class="byline">By Jane Doe | 3 March 2021</p><p>The harbour master kept the gates shut on 4 March 2021.</p></body>',
  '<body><p>12.02.2020</p><h1>Council meets</h1><div>By <a>Jane Doe</a> and <a>John Roe</a><br>Updated</div><p>05.03.2021 - Ann Poe</p><p>2019-04-01</p><p>By Max Mustermann</p></body>',
  '<body><h1>No names here</h1><p>Nothing to read but words.</p><aside>By Side Bar 2020-01-01</aside></body>',
  '<body><div>By</div><div>Jane Doe</div><p>2021-01-02</p><h1>Headline</h1><div class="comments">By Commenter 2022-02-02</div></body>',
  '<body><p>Call 1234</p><p>2020-05-06</p><h1>Headline</h1><p>Room 4711</p><p>Seit 1999</p><p>2021-01-01</p><p>2021-01-02</p><p>2021-01-03</p><p>2021-01-04</p></body>',
  '<body><h1>Headline</h1><p>Jane Doe - 12.03.2021</p><p>Von Erika Muster</p><p>Von Hans Meier</p><p>By Ann Poe</p><p>2020-01-01</p><p>2020-01-02</p><p>2020-01-03</p></body>',
];

describe('the text scan read as far as a question needs', () => {
  it('gives the first byline and date that the whole scan gives, asked in any order', () => {
    for (const html of PAGES) {
      const whole = scanText(buildTree(html).root);
      const a = new TextScanner(buildTree(html).root, false);
      expect(a.firstByline()).toBe(whole.bylines[0]);
      expect(a.firstDate()).toBe(whole.dates[0]);
      expect(a.allBylines()).toEqual(whole.bylines);
      expect(a.allDates()).toEqual(whole.dates);
      const b = new TextScanner(buildTree(html).root, false);
      expect(b.firstDate()).toBe(whole.dates[0]);
      expect(b.allBylines()).toEqual(whole.bylines);
      expect(b.firstByline()).toBe(whole.bylines[0]);
    }
  });
  it('keeps three dates a side, those under the headline first, skipping numbers that are no dates', () => {
    const whole = scanText(buildTree(PAGES[4]).root);
    expect(whole.dates).toEqual(['2021-01-01', '2021-01-02', '2021-01-03', '2020-05-06']);
    expect(new TextScanner(buildTree(PAGES[4]).root, false).firstDate()).toBe('2021-01-01');
  });
  it('finds bylines and dates on both sides of the headline', () => {
    const whole = scanText(buildTree(PAGES[1]).root);
    expect(whole.bylines[0]).toBe('Jane Doe and John Roe');
    expect(whole.bylines.length).toBeGreaterThan(1);
    expect(whole.dates.length).toBeGreaterThan(1);
  });
  it('reads every byline label, in either case and after leading punctuation', () => {
    const labelled = ['By', 'by', '| Von', '— By', 'Written by', 'Posted by', 'Par', 'Por', 'Door', 'Autorin:', 'Author:', 'Auteur :', 'Text:', 'Text und Fotos:', 'Interview:', 'Redaktion:', 'Verfasst von', 'Geschrieben von', 'Erstellt von', 'Veröffentlicht von', 'Eine Kolumne von', 'Ein Gastbeitrag von', 'A guest post by'];
    for (const label of labelled) {
      expect(scanText(buildTree(`<body><h1>Headline</h1><p>${label} Jane Doe</p></body>`).root).bylines, label).toEqual(['Jane Doe']);
    }
    for (const label of ['By', 'von', 'Written by', 'Autor:', 'Redaktion', 'door', 'Interview:', 'erstellt von', '| By', 'Text']) {
      expect(scanText(buildTree(`<body><h1>Headline</h1><p>${label}</p><p>Jane Doe</p></body>`).root).bylines, label).toEqual(['Jane Doe']);
    }
    expect(scanText(buildTree('<body><h1>Headline</h1><p>Jane Doe wrote this</p></body>').root).bylines).toEqual([]);
  });
});
