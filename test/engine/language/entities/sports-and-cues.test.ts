import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../src/engine/language/entities/index';

// Invented clubs, players and towns throughout; real names only where a rule is about a
// gazetteer entry (a country, a well-known club).
const en = (paras: string[], title?: string) => findEntities(paras, { language: 'en', title: title ?? null });
const names = (xs: { name: string }[]) => xs.map((x) => x.name);
const SOCCER = 'SOCCER - RURITANIAN LEAGUE RESULTS';

describe('findEntities: sports results and tables', () => {
  it('reads names before scores in results lines as teams', () => {
    const r = en(['Results of matches on Saturday:', 'Wexbury 2 Dornholt 1', 'Fenmoor Athletic 0 Kellmark Vale 3'], SOCCER);
    expect(names(r.organizations).sort()).toEqual(['Dornholt', 'Fenmoor Athletic', 'Kellmark Vale', 'Wexbury']);
    expect(r.people).toHaveLength(0);
  });

  it('reads standings rows, with a country or league position in parentheses, as teams', () => {
    const r = en(
      ['Standings (played, won, lost, points):', 'Brackwell Ostra (Spain) 9 6 3 15', 'Velmont Sud (Italy) 9 5 4 14', 'Ostvala (4) v Kellmark (13) 1330'],
      'BASKETBALL - EUROPEAN STANDINGS',
    );
    const o = names(r.organizations);
    expect(o).toEqual(expect.arrayContaining(['Brackwell Ostra', 'Velmont Sud', 'Ostvala', 'Kellmark']));
    expect(names(r.places)).toEqual(expect.arrayContaining(['Spain', 'Italy']));
    expect(r.people).toHaveLength(0);
  });

  it('keeps scorers in parentheses as people and clubs in squad lists as teams', () => {
    const r = en(
      ['Wexbury 2 (Tomas Varek 24, Ilja Morn 48) Dornholt 0.', 'Defenders - Pavo Strand (Kellmark), Oskar Lind (Brindlemoor, Spain).'],
      SOCCER,
    );
    expect(names(r.people)).toEqual(expect.arrayContaining(['Tomas Varek', 'Ilja Morn', 'Pavo Strand', 'Oskar Lind']));
    expect(names(r.organizations)).toEqual(expect.arrayContaining(['Wexbury', 'Dornholt', 'Kellmark', 'Brindlemoor']));
    expect(names(r.places)).toContain('Spain');
  });

  it('does not read a line-up number or an individual sport time as a team score', () => {
    const r = en(['Ruritania: 1 - Tomas Varek, 2 - Ilja Morn, 3 - Pavo Strand.'], SOCCER);
    expect(r.organizations).toHaveLength(0);
    const s = en(['1. Tomas Varek (Norway) 37.23 seconds; 2. Ilja Morn (Sweden) 37.46'], 'SPEED SKATING - WORLD CUP RESULTS');
    expect(names(s.people).sort()).toEqual(['Ilja Morn', 'Tomas Varek']);
    expect(s.organizations).toHaveLength(0);
  });

  it('treats a team-named mention elsewhere in the story as the team', () => {
    const r = en(['Vantor Ostby 3 Kellmark 1', 'Vantor Ostby will now face a hard trip.'], SOCCER);
    expect(names(r.organizations)).toContain('Vantor Ostby');
    expect(names(r.people)).not.toContain('Vantor Ostby');
  });

  it('keeps a capitalized town before a score that is not a date out of the dateline rule', () => {
    const r = en(['DENVER 3 Kellmark 2'], 'NHL ICE HOCKEY - RESULTS');
    expect(names(r.organizations)).toContain('DENVER');
    expect(names(r.places)).not.toContain('Denver');
  });

  it('reads towns with a team nickname as teams, and the nickname alone after', () => {
    const r = en(['The Orvane Falcons beat the Kettle Bay Rams 24-10 on Sunday.', 'The Falcons are now 8-6.'], 'NFL AMERICAN FOOTBALL - FALCONS WIN');
    const falcons = r.organizations.find((o) => [o.name, ...o.aliases].includes('Orvane Falcons'))!;
    expect(falcons).toBeDefined();
    expect([falcons.name, ...falcons.aliases]).toContain('Falcons');
    expect(names(r.organizations)).toContain('Kettle Bay Rams');
    expect(r.people).toHaveLength(0);
  });

  it('knows well-known clubs that look like people or places', () => {
    const r = en(['Crystal Palace and Aston Villa drew, and Sheffield Wednesday lost at home.'], SOCCER);
    expect(names(r.organizations).sort()).toEqual(['Aston Villa', 'Crystal Palace', 'Sheffield Wednesday']);
    expect(r.people).toHaveLength(0);
    expect(r.places).toHaveLength(0);
  });

  it('does not take the sport ahead of a dash in a headline for a team', () => {
    const r = en(['West Indies were all out for 172.'], 'CRICKET - WEST INDIES 172 ALL OUT');
    expect(names(r.organizations)).toHaveLength(0);
    expect(names(r.places)).toContain('West Indies');
  });

  it('leaves towns in the numeric tables of non-sports stories as places', () => {
    const r = en(['Receipts in bushels:', 'Minneapolis 120 45 60', 'Toledo 80 12 5'], 'Grain receipts and shipments');
    expect(names(r.places).sort()).toEqual(['Minneapolis', 'Toledo']);
    expect(r.organizations).toHaveLength(0);
  });
});

describe('findEntities: general cues', () => {
  it('drops plural nouns that start a sentence', () => {
    const r = en(['Officials said the road was closed. Critics said it was too late. Witnesses saw it.']);
    expect(r.people).toHaveLength(0);
  });

  it('does not make a person of a bare title or a plural after a demonym', () => {
    const r = en(['Tomas Varek was named Secretary of State.', 'It followed a European Champions\' League game.']);
    expect(names(r.people)).toEqual(['Tomas Varek']);
  });

  it('keeps a common word that is a given name ahead of a family name', () => {
    const r = en(['The panel heard Mark Tolvey and Will Asher on Friday.']);
    expect(names(r.people).sort()).toEqual(['Mark Tolvey', 'Will Asher']);
  });

  it('keeps capitalized words ahead of an organization head', () => {
    const r = en(['Shares of South Orvane Breweries Ltd rose, as did those of General Kettle Corp.']);
    expect(names(r.organizations)).toEqual(expect.arrayContaining(['South Orvane Breweries Ltd', 'General Kettle Corp.']));
  });

  it('reads a demonym ahead of a name as an adjective, not a place', () => {
    const r = en(['The side was led by Argentine Tomas Veldano in attack.']);
    expect(names(r.people)).toEqual(['Tomas Veldano']);
    expect(r.places).toHaveLength(0);
  });

  it('does not make an organization of a word set in capitals that the text writes in lower case', () => {
    const r = en(['Iron ore prices rose on Monday.', 'The ORE index fell.']);
    expect(r.organizations).toHaveLength(0);
  });

  it('takes a town from a headline only when the body names it', () => {
    const r = en(['The vote was close.'], 'PARLIAMENT IN SURPRISE VOTE');
    expect(r.places).toHaveLength(0);
  });

  it('reads a name after a word for a kind of organization as an organization', () => {
    const r = en(['The daily Vecerni Glas said brewer Okavo would cut jobs, the Kellmark Courier newspaper reported.']);
    expect(names(r.organizations)).toEqual(expect.arrayContaining(['Vecerni Glas', 'Okavo', 'Kellmark Courier']));
    expect(r.people).toHaveLength(0);
  });
});
