import { describe, expect, it } from 'vitest';
import { hasMojibake, repairMojibake } from '../../../src/engine/input/mojibake';
import { extract } from '../../../src/engine/index';

/** UTF-8 bytes of `s` read as Windows-1252, the way mojibake is made. */
const garble = (s: string) => new TextDecoder('windows-1252').decode(new TextEncoder().encode(s));

describe('repairMojibake', () => {
  it('reads Latin-1 letters and signs, punctuation and Latin Extended-A again as UTF-8', () => {
    for (const s of ['Peña Nieto', 'café crème', '£5 and 20°C', 'NPC´s', 'don’t', '“Hello,” she said – twice — …', 'Price: 5 € ™', 'Gdańsk, Łódź, Kraków', 'Škoda, Şişli, Ćevapi', 'Über Ärger', '→ next', 'à la carte']) {
      expect(garble(s)).not.toBe(s);
      expect(repairMojibake(garble(s))).toBe(s);
    }
  });

  it('repairs text garbled twice and mojibake mixed with correct text', () => {
    expect(repairMojibake(garble(garble('Chávez')))).toBe('Chávez');
    expect(repairMojibake('ChÃƒÂ¡vez')).toBe('Chávez');
    expect(repairMojibake(`Señor ${garble('Peña')} and São Paulo`)).toBe('Señor Peña and São Paulo');
  });

  it('leaves legitimate text alone', () => {
    for (const s of [
      'São Paulo, SÃO PAULO, IRMÃ',
      'L’ÉTÉ\u00a0» et «\u00a0pavé\u00a0»',
      '«ESPAÑA» y «AÑO»',
      'Straße\u00ad und Groß\u00adstadt, Ä\u00adrger',
      'château, naïve, Ångström, Ørsted, æble',
      'ASCII only',
      'Â€', // a C1 control, not text
      '日本語のテキスト',
    ]) expect(repairMojibake(s)).toBe(s);
  });

});

describe('extract', () => {
  it('names people and reads titles from mojibake text and pages', async () => {
    const text = garble('WASHINGTON (AP) — Mexican President Enrique Peña Nieto met Sen. Tomás Regalado on Tuesday. “We agree,” Peña Nieto said.');
    const a = await extract({ kind: 'text', text, url: null });
    expect(a.text).toContain('Enrique Peña Nieto');
    expect(a.entities.people.map((p) => p.name)).toContain('Enrique Peña Nieto');
    expect(a.quotes[0]).toMatchObject({ text: 'We agree', speaker: expect.stringMatching(/Peña Nieto$/) });
    const html = `<html><head><meta charset="utf-8"><title>${garble('Quests und NPC´s – a guide')}</title></head><body><article><h1>Quests und NPC’s</h1><p>${garble('The guide’s first paragraph, about quests and the people who give them, long enough.')}</p></article></body></html>`;
    const b = await extract({ kind: 'html', html, url: null });
    expect(b.text).toContain('guide’s first');
    expect(b.title).not.toContain('Â');
  });

  it('leaves the links of a page as the page wrote them, and repairs its text and its text attributes', async () => {
    const html = `<html><head><meta name="description" content="${garble('Römer’s seats, tested')}"></head><body><article>
      <p>${garble('Römer’s child seats were tested this spring, all of them, in the lab and on the road, with care.')}</p>
      <p><a href="https://shop.example/p?info=${garble('Römer')}">${garble('Römer')}</a> <img src="https://img.example/${garble('é')}.jpg" alt="${garble('Römer seat')}"></p></article></body></html>`;
    const a = await extract({ kind: 'html', html, url: null });
    expect(a.description).toBe('Römer’s seats, tested');
    expect(a.text).toContain('Römer’s child seats');
    expect(a.markdown).toContain(`(https://shop.example/p?info=${encodeURI(garble('Römer'))})`);
    expect(a.markdown).toContain('![Römer seat]');
  });
});

describe('hasMojibake', () => {
  it('says yes exactly where SEQUENCE_RE would match', () => {
    for (const s of ['PeÃ±a', 'donâ€™t', 'GdaÅ„sk', 'Å\u00a0koda', 'ChÃƒÂ¡vez', 'x Â€ y']) expect(hasMojibake(s), s).toBe(true);
    for (const s of ['São Paulo', 'château â', 'Ä\u00adrger', 'Åse', 'â€', 'Ã', 'plain', 'Ä']) expect(hasMojibake(s), s).toBe(false);
  });
});
