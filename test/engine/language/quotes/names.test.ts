import { describe, expect, it } from 'vitest';
import { NameBook, capitalizedRuns, nameOfRun } from '../../../../src/engine/language/quotes/names';

// The regular expressions the hand-written scan replaces (u flag).
const RUN =
  /(?<![\p{L}\p{M}\p{N}'’\-.])\p{Lu}[\p{L}\p{M}'’\-]{0,40}\.?(?:[ \u00a0]{1,3}(?:(?:de|da|di|del|van|von|der|den|du|la|le|bin|ibn|al|el)[ \u00a0]{1,3})?\p{Lu}[\p{L}\p{M}'’\-]{0,40}\.?){1,9}/gu;
const SINGLE = /(?<![\p{L}\p{M}\p{N}'’\-.])\p{Lu}[\p{L}\p{M}'’\-]{1,40}/gu;

function byRegex(re: RegExp, p: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p))) out.push(m.index, m.index + m[0].length);
  return out;
}

function byScan(p: string): { runs: number[]; singles: number[] } {
  const runs: number[] = [];
  const raw: number[] = [];
  capitalizedRuns(p, runs, raw);
  const singles: number[] = [];
  for (let q = 0; q < raw.length; q += 3) singles.push(raw[q + 1]!, raw[q + 2]!);
  return { runs, singles };
}

const SAMPLES = [
  'Governor Ana de la Vega met Piet van  der Berg and Karim bin Talal in Port Orvel.',
  'U.S. Rep. Jo Marsh’s aide, Ellis O’Hara-Quinn, said Gov.Tam Lee was away.',
  'A B C D E F G H I J K L M N and then some more words.',
  'Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft Bork spoke.',
  'Dé Ünal and Émile Zola;\u00a0Nour El\u00a0Din, 3M Corp and 𝐀lpha 𝐁eta were there.',
  'X    Y waited (Marta Kos) — “Ivo Penn” said — de Souza and Del Piero: Ana del Rio.',
  'Ms. K. T. Rowe, Jr., and Fr. Alois Grün-Weiss visited St. Helier.',
  // capitals after an astral letter, a lone surrogate and an astral capital ending the text
  'x𝐀bc \ud835Ana Obi \udc00Ivo Ek and 𝐚Bo Li met 𝐁',
  '',
  'no capitals at all in this one',
  // text beyond ASCII, read by the class table: Cyrillic, Greek, marks and digits among it
  'Мэр Иван Петров-Водкин сказал: «Завтра — Ольга Ли». Затем Σοφία Παππά, 3Д и ёЖ ушли.',
  '“Über” Ärzte’ Öl—Ídolo Ñandú…Zoë çA ÇB 𝐀𝐁 a𝐂d éF',
  'ЖЖЖ\ud835 Ян Ко\udc00Ли Бо 𝐀',
  // particles: one word of small letters between names, followed by one to three spaces
  'Omar ibn Said, Lea dee Kay, Jo van\u00a0Dyke, Al  la   Mer, Ed vanx Lo, Bo el    Ek, Ty de.',
];

describe('capitalized runs for speaker names', () => {
  it('finds what the regular expressions find', () => {
    for (const p of SAMPLES) {
      const scan = byScan(p);
      expect(scan.runs).toEqual(byRegex(RUN, p));
      expect(scan.singles).toEqual(byRegex(SINGLE, p));
    }
  });

  it('finds the same runs, and the same single words, when asked for one of them', () => {
    for (const p of SAMPLES) {
      const runs: number[] = [];
      capitalizedRuns(p, runs, null);
      expect(runs).toEqual(byRegex(RUN, p));
      const singles: number[] = [];
      capitalizedRuns(p, null, singles);
      expect(singles.filter((_, i) => i % 3)).toEqual(byRegex(SINGLE, p));
    }
  });

  it('reads one particle between names, not two', () => {
    const p = SAMPLES[0]!;
    const runs = byScan(p).runs;
    const texts: string[] = [];
    for (let i = 0; i < runs.length; i += 2) texts.push(p.slice(runs[i], runs[i + 1]));
    expect(texts).toEqual(['Governor Ana', 'Karim bin Talal', 'Port Orvel.']);
  });
});

describe('the name in a run of words', () => {
  it('strips openers, titles, a final possessive and a dangling particle; keeps the words', () => {
    const cases: Array<[string[], string | null, string[]]> = [
      [['But', 'Gov.', 'Ana', 'Vela’s'], 'Ana Vela', ['gov']],
      [['Ross', "Jones'"], 'Ross Jones', []],
      [["Ross's"], 'Ross', []],
      [['Vice', 'President'], 'Vice President', []],
      [['The', 'He'], null, []],
      [['Minister', 'May'], null, ['minister']],
      [['Piet', 'van'], 'Piet', []],
      [['Ana', 'de', 'Souza'], 'Ana de Souza', []],
    ];
    for (const [words, name, titles] of cases) {
      const parts = nameOfRun(words);
      expect(parts.name).toBe(name);
      expect(parts.titles).toEqual(titles);
      expect(parts.words.join(' ')).toBe(name ?? '');
    }
  });
});

describe('the name book', () => {
  const TEXT = [
    'Minister Dara Okonkwo-Bell arrived. Later Okonkwo-Bell met Ilse Brandtner in Lyon. Émile Roux came.',
    "Brandtner's aide said Okonkwo-Bell's plan and Brandtner’s answer differ; BRANDTNER, Roux and Ilse agreed.",
  ];

  it('reads the full names of a text without people, at the first question', () => {
    const book = new NameBook([], TEXT);
    expect(book.resolve('Okonkwo-Bell')).toBe('Dara Okonkwo-Bell');
    expect(book.resolve('Brandtner')).toBe('Ilse Brandtner');
    expect(book.lookup('Ilse')).toBe('Ilse Brandtner');
  });

  it('reads a name asked about with any white space between its words', () => {
    const book = new NameBook([], TEXT);
    // the last word finds the person, the first must agree; resolve keeps a name it cannot place
    for (const name of ['Ilse Brandtner', 'Ilse  Brandtner', 'Ilse\tBrandtner', 'Ilse \u00a0Brandtner']) {
      expect(book.lookup(name)).toBe('Ilse Brandtner');
    }
    expect(book.resolve('Ilse\tBrandtner')).toBe('Ilse\tBrandtner');
    expect(book.lookup('Dara\tOkonkwo-Bell')).toBe('Dara Okonkwo-Bell');
    expect(book.lookup(' Ilse')).toBe(null);
    expect(book.lookup('Okonkwo-Bell ')).toBe(null);
  });

  it('finds single words that name a known person: possessive, typographic, all capitals', () => {
    const names = (people: ConstructorParameters<typeof NameBook>[0]) =>
      new NameBook(people, TEXT).mentions.map((m) => `${m.p}:${TEXT[m.p]!.slice(m.at, m.at + 12)}=${m.name}`);
    const ilse = ['0:Ilse Brandtn=Ilse Brandtner', '0:Ilse Brandtn=Ilse Brandtner', '0:Brandtner in=Ilse Brandtner'];
    const singles = ["1:Brandtner's =Ilse Brandtner", '1:Brandtner’s =Ilse Brandtner', '1:BRANDTNER, R=Ilse Brandtner', '1:Ilse agreed.=Ilse Brandtner'];
    expect(names([])).toEqual([
      '0:Minister Dar=Dara Okonkwo-Bell',
      '0:Dara Okonkwo=Dara Okonkwo-Bell',
      '0:Okonkwo-Bell=Dara Okonkwo-Bell',
      '0:Later Okonkw=Dara Okonkwo-Bell',
      '0:Okonkwo-Bell=Dara Okonkwo-Bell',
      ...ilse,
      singles[0],
      '1:Okonkwo-Bell=Dara Okonkwo-Bell',
      ...singles.slice(1),
    ]);
    expect(names([{ name: 'Ilse Brandtner', mentions: 3, aliases: [], roles: [] }])).toEqual([...ilse, ...singles]);
  });

  it('reads the mentions of a paragraph alike in a short text and a long one, with people or without', () => {
    const people = [{ name: 'Ilse Brandtner', mentions: 3, aliases: [], roles: [] }];
    // a long paragraph without capitals: long texts were once read whole, short ones by paragraph
    const long = [...TEXT, 'x '.repeat(6000)];
    for (const given of [people, []]) {
      const inLong = new NameBook(given, long);
      const inShort = new NameBook(given, TEXT);
      for (const [p, at] of [[0, 0], [0, 60], [1, 0], [1, 40], [1, 200], [2, 0]] as const) {
        expect(inShort.mentionsBefore(p, at)).toEqual(inLong.mentionsBefore(p, at));
        expect(inShort.focus(p, at, [])).toBe(inLong.focus(p, at, []));
      }
      expect(inLong.mentions.filter((m) => m.p < TEXT.length)).toEqual(inShort.mentions);
    }
  });

  /** The paragraphs, with a record of those whose text was read. */
  function watched(paragraphs: string[]): { paragraphs: string[]; read: Set<number> } {
    const read = new Set<number>();
    const proxy = new Proxy(paragraphs, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read.add(Number(key));
        return Reflect.get(target, key, receiver);
      },
    });
    return { paragraphs: proxy, read };
  }

  it('reads only the paragraphs a question looks at, however long the text, when the names are the people', () => {
    const people = [{ name: 'Ilse Brandtner', mentions: 3, aliases: [], roles: [] }];
    const filler = 'The committee met again on Tuesday and the talks went on late into the night. '.repeat(12);
    const text = Array.from({ length: 40 }, (_, i) => (i === 20 ? 'Ilse Brandtner arrived. ' : '') + filler);
    const { paragraphs, read } = watched(text);
    const book = new NameBook(people, paragraphs);
    read.clear(); // (the book measures the paragraphs when it is made)
    expect(book.focus(22, 0, [])).toBe('Ilse Brandtner');
    expect([...read].sort((a, b) => a - b)).toEqual([20, 21, 22]); // back to the name, not the whole text
  });

  it('reads mentions in the first 400,000 characters of a text only', () => {
    const people = [{ name: 'Ilse Brandtner', mentions: 3, aliases: [], roles: [] }];
    const filler = 'x '.repeat(50_000); // 100,000 characters
    const early = [filler, filler, filler, 'Ilse Brandtner arrived.'];
    const late = [filler, filler, filler, filler, 'Ilse Brandtner arrived.'];
    expect(new Set(new NameBook(people, early).mentions.map((m) => m.p))).toEqual(new Set([3]));
    expect(new NameBook(people, late).mentions).toEqual([]);
    expect(new NameBook(people, late).focus(4, 30, [])).toBeNull();
    // a paragraph that crosses the bound is read as far as it goes
    const crossing = [filler, filler, filler, `${'x '.repeat(49_990)}Ilse Brandtner met Ilse Brandtner.`];
    const at = new NameBook(people, crossing).mentions.map((m) => m.at);
    expect(at).toContain(99_980); // the first name, before the bound
    expect(Math.max(...at)).toBeLessThan(99_999); // the second starts on the bound's last character
  });

  it('focuses on the last speaker before a place, at most three paragraphs back', () => {
    const book = new NameBook([], ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    const speakers = [
      { p: 0, at: 5, name: 'First Speaker' },
      { p: 2, at: 1, name: 'Second Speaker' },
      { p: 2, at: 9, name: 'Third Speaker' },
      { p: 2, at: 9, name: 'Tied Speaker' },
      { p: 3, at: 4, name: 'Fourth Speaker' },
    ];
    expect(book.focus(3, 4, speakers)).toBe('Third Speaker'); // a tie: the first one given
    expect(book.focus(3, 5, speakers)).toBe('Fourth Speaker');
    expect(book.focus(2, 5, speakers)).toBe('Second Speaker');
    expect(book.focus(6, 0, speakers)).toBe('Fourth Speaker');
    expect(book.focus(7, 0, speakers)).toBeNull(); // four paragraphs back
    expect(book.focus(0, 5, speakers)).toBeNull();
  });
});
