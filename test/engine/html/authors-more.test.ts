import { describe, expect, it } from 'vitest';
import { parseHtml, cleanAuthors } from '../../../src/engine/html/index';
import { page } from '../../helpers/pages';

describe('authors: labels, roles and remnants', () => {
  it('drops a job noun before the name, alone or closing a hyphenated compound', () => {
    expect(cleanAuthors(['Gartenwelt-Online-Experte Malte Birkholz'])).toEqual(['Malte Birkholz']);
    expect(cleanAuthors(['Gastautorin Wiebke Sandmann'])).toEqual(['Wiebke Sandmann']);
  });
  it('drops a compound label ("Text und Interview:")', () => {
    expect(cleanAuthors(['Text und Interview: Oskar Lindqvist'])).toEqual(['Oskar Lindqvist']);
  });
  it('reads a byline <meta>, and a name given with an e-mail address', () => {
    const d = parseHtml(page('<meta name="byline" content="Jane Roe | jroe@harbour.example.com"><title>Ferries stay in port</title>'), 'https://harbour.example.com/a');
    expect(d.authors).toEqual(['Jane Roe']);
    const e = parseHtml(page('<meta name="author" content="Jane Roe (jroe@harbour.example.com)"><title>Ferries stay in port</title>'), null);
    expect(e.authors).toEqual(['Jane Roe']);
    // an address alone is no author
    expect(parseHtml(page('<meta name="author" content="www.harbour.example.com">'), null).authors).toEqual([]);
  });

  it('takes no author that is the host\'s name written with spaces, and keeps a person whose site bears their name', () => {
    const d = parseHtml(page('<meta name="author" content="Harbour Finanzmagazin"><title>Ferries stay in port</title>'), 'https://harbour-finanzmagazin.example/a');
    expect(d.authors).toEqual([]);
    const e = parseHtml(page('<meta name="author" content="Jane Roe"><title>Ferries stay in port</title>'), 'https://janeroe.example/a');
    expect(e.authors).toEqual(['Jane Roe']);
  });

  it('drops a web address left after the name', () => {
    expect(cleanAuthors(['Tilda Brenner - http'])).toEqual(['Tilda Brenner']);
    expect(cleanAuthors(['Tilda Brenner www.brenner-kocht.example'])).toEqual(['Tilda Brenner']);
  });
  it('drops a job title given as a second part', () => {
    expect(cleanAuthors(['Ines Vogelsang, Projektleiterin der Heimatstiftung'])).toEqual(['Ines Vogelsang']);
    expect(cleanAuthors(['Ravi Moreland, Director of Research'])).toEqual(['Ravi Moreland']);
    // a particle before "der" belongs to the surname
    expect(cleanAuthors(['Jana von der Aue'])).toEqual(['Jana von der Aue']);
  });
  it('splits an interview credit into both names', () => {
    expect(cleanAuthors(['Henrike Solms im Gespräch mit Arvid Kessel'])).toEqual(['Henrike Solms', 'Arvid Kessel']);
  });
  it('reads a "Redaktion:" label after a date in the page text', () => {
    const d = parseHtml(
      page('<title>Neue Regeln</title>', '<h1>Neue Regeln für Lieferketten</h1><div class="news-item"><div class="news-time">05.02.2020 <span>- Redaktion: Lorenz Haberkamp (Pressesprecher des Vereins)</span></div><p>Der Verein hat die neuen Regeln geprüft und erklärt, was sich ändert.</p></div>'),
      null,
    );
    expect(d.authors).toEqual(['Lorenz Haberkamp']);
  });
  it('takes a meta author list naming the JSON-LD author and a co-author', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Winter swims', author: { '@type': 'Person', name: 'Maeve Ronan' } })}</script>`;
    const d = parseHtml(page(`<title>Winter swims</title><meta property="author" content="Maeve Ronan,Tobias Lindgren">${ld}`, '<h1>Winter swims</h1><p>The lake stays open all winter for hardy swimmers.</p>'), null);
    expect(d.authors).toEqual(['Maeve Ronan', 'Tobias Lindgren']);
  });
  it('leaves out of a meta author list the people a byline credits for pictures, styling or make-up', () => {
    const head = '<title>Party knits</title><meta name="author" content="Jane Roe,Ana Lima,Max Stone at Example Models,Lea Kim using Example Cosmetics">';
    const body = `<h1>Party knits</h1><div class="byline"><span>written by Jane Roe</span></div><p>Knits for the holidays, worn three ways by three people, with notes on where to find them.</p>
      <div class="byline other-contributors"><span>Photographed by <span>Ana Lima</span></span>; <span>Modeled by <span>Max Stone at Example Models</span></span>; <span>Makeup by <span>Lea Kim using Example Cosmetics</span></span></div>`;
    expect(parseHtml(page(head, body), null).authors).toEqual(['Jane Roe']);
    // a co-author credited for writing stays
    const both = page('<title>Party knits</title><meta name="author" content="Jane Roe,Ana Lima">', '<h1>Party knits</h1><div class="byline">By Jane Roe and Ana Lima</div><p>Knits for the holidays, worn three ways by three people.</p>');
    expect(parseHtml(both, null).authors).toEqual(['Jane Roe', 'Ana Lima']);
  });
  it('reads every name of a microdata author scope, but not the name of a nested property', () => {
    const scope = (names: string) => page('<title>Rates rise</title>', `<h1>Rates rise</h1><p>The central bank raised rates again, the fourth time this year.</p><div class="hidden" itemprop="author" itemscope>${names}</div>`);
    expect(parseHtml(scope('<span itemprop="name">Paul Roe</span><span itemprop="name">Fatima Lind, Reuters</span>'), null).authors).toEqual(['Paul Roe', 'Fatima Lind']);
    expect(parseHtml(scope('<span itemprop="name">Paul Roe</span><span itemprop="worksFor" itemscope><span itemprop="name">Harbour Bank Weekly</span></span>'), null).authors).toEqual(['Paul Roe']);
  });
  it('reads a name under a lone "Interview" credit label', () => {
    const d = parseHtml(
      page('<title>Ein Gespräch</title>', '<h1>Ein Gespräch über das Älterwerden</h1><p>Sie spricht offen über ihre Jahre in der Stadt und über das, was bleibt.</p><div class="credits"><div class="label">Interview</div><div class="value">KORBINIAN WALDECK</div></div>'),
      null,
    );
    expect(d.authors.map((n) => n.toLowerCase())).toEqual(['korbinian waldeck']);
  });
  it('completes a first-name author from an author biography that opens with the full name', () => {
    const d = parseHtml(
      page('<title>Reifen flicken</title><meta name="author" content="Ottilie">', '<h1>Reifen flicken</h1><p>So flickst du einen Schlauch unterwegs in wenigen Minuten.</p><div class="post-author-box"><div class="author-box__bio">Ottilie Marschner - Tüftlerin und Radreisende seit zwanzig Jahren.</div></div>'),
      null,
    );
    expect(d.authors).toEqual(['Ottilie Marschner']);
  });
  it('drops soft hyphens inside a name', () => {
    expect(cleanAuthors(['Von Kon\u00adstan\u00adtin Ebeling'])).toEqual(['Konstantin Ebeling']);
  });

  it('takes no partner widget\'s attribution for a byline ("By Brand", linked nofollow to the brand\'s site)', () => {
    const widget =
      '<h1>Ferries stay in port</h1><p>The harbour stayed closed all week after the storm, and the ferry company kept its boats in port until the wind dropped.</p>' +
      '<div class="partner-links"><a href="https://partner.example/x">Ten harbours to see</a>' +
      '<a class="attribution" rel="nofollow" target="_blank" href="https://welcome.linkmixer.example/home">By LinkMixer</a></div>';
    expect(parseHtml(page('<title>Ferries stay in port</title>', widget), 'https://harbour.example.com/a').authors).toEqual([]);
    // a person's byline linked to the person's own site stays
    const own = '<h1>Ferries stay in port</h1><p>By <a rel="nofollow" href="https://janeroe.example/">Jane Roe</a></p><p>The harbour stayed closed all week after the storm.</p>';
    expect(parseHtml(page('<title>Ferries stay in port</title>', own), 'https://harbour.example.com/a').authors).toEqual(['Jane Roe']);
  });
});
