/**
 * Words that mark organizations in languages other than English (the English ones live in the
 * gazetteer's organization head words): legal forms after a firm's name, head words of
 * organizations' names, German federal bodies, and capitals in parentheses that name none.
 * Plain data, read by src/engine/language/entities/organizations-other-languages.ts. Written from
 * general knowledge for this project.
 */
/**
 * Legal forms of companies and associations, as written after the name ("Siemens AG", "Banco
 * Santander S.A.", "Naturfreunde e.V."): the run of capitalised words before one is an
 * organization in any language. Case-sensitive.
 */
export const LEGAL_FORMS: readonly string[] = [
  'AG', 'GmbH', 'gGmbH', 'SE', 'KG', 'KGaA', 'eG', 'e.V.', 'OHG', 'GbR', 'mbH', 'S.A.', 'SA', 'S.p.A.', 'SpA',
  'Srl', 'S.r.l.', 'S.L.', 'SL', 'SARL', 'SAS', 'B.V.', 'BV', 'N.V.', 'NV', 'Ltd', 'Ltd.', 'Inc', 'Inc.', 'AB',
  'ASA', 'Oy', 'Oyj', 'plc', 'PLC', 'LLC', 'A/S', 'S.A.S.', 'Sp.', 'a.s.', 's.r.o.',
];

/**
 * German federal and state bodies, one compound word: "Bundes-" or "Landes-" and one of these
 * endings ("Bundeskriminalamt", "Bundesverfassungsgericht", "Landesregierung").
 */
export const GERMAN_BODY_ENDINGS: readonly string[] = [
  'amt', 'ministerium', 'gericht', 'gerichtshof', 'bank', 'agentur', 'anstalt', 'rat', 'regierung',
  'wehr', 'polizei', 'verwaltung', 'institut', 'behörde', 'verband', 'kammer', 'liga', 'kanzleramt',
  'netzagentur', 'kartellamt', 'kriminalamt', 'parlament', 'zentrale', 'anwaltschaft',
];

/** Capitals in parentheses that name no organization: currencies, units, file types. */
export const NOT_ORG_ACRONYMS: readonly string[] = [
  'EUR', 'USD', 'CHF', 'GBP', 'JPY', 'CNY', 'RUB', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'BRL', 'MXN',
  'PDF', 'MB', 'KB', 'GB', 'TB', 'PS', 'KW', 'MW', 'GW', 'HD', 'TV', 'PC', 'CD', 'DVD', 'MP', 'OK', 'ID',
  'CEO', 'CFO', 'CTO', 'FAQ', 'PIN', 'TAN', 'SMS', 'USB', 'GPS', 'LED', 'DNA', 'RNA', 'DNS', 'URL', 'HTML',
  'AM', 'PM', 'UTC', 'MEZ', 'MESZ', 'CET', 'CEST', 'GMT', 'Nr', 'Tel', 'Fax', 'Hrsg', 'Abb', 'Bd', 'Kap',
];

/**
 * Head words of organizations' names, matched on the whole word or (German) the end of a compound:
 * an acronym in parentheses after a name with one of them stands for an organization ("Robert
 * Koch-Institut (RKI)", "Internationaler Währungsfonds (IWF)", "Confederación Nacional (CNTC)"),
 * after other words for a thing ("Bruttosozialprodukt (BSP)"). Lower case.
 */
export const ORG_HEAD_ENDINGS: readonly string[] = [
  // German (endings of compounds)
  'institut', 'bund', 'gesellschaft', 'verband', 'verein', 'agentur', 'universität', 'hochschule', 'anstalt',
  'fonds', 'amt', 'ministerium', 'partei', 'kommission', 'organisation', 'rat', 'stiftung', 'zentrum',
  'akademie', 'behörde', 'gericht', 'gerichtshof', 'bank', 'kasse', 'konzern', 'gruppe', 'netzwerk',
  'bündnis', 'union', 'liga', 'komitee', 'kammer', 'versicherung', 'dienst', 'forum', 'initiative',
  'vereinigung', 'föderation', 'allianz', 'rundfunk', 'fernsehen', 'klinikum', 'klinik', 'polizei',
  'regierung', 'parlament', 'senat', 'gewerkschaft', 'genossenschaft', 'werke', 'betriebe', 'museum',
  // English, French, Spanish, Italian, Portuguese, Dutch (whole words)
  'association', 'agency', 'organization', 'organisation', 'institute', 'council', 'fund', 'party',
  'programme', 'program', 'commission', 'committee', 'federation', 'foundation', 'university', 'ministry',
  'department', 'authority', 'bureau', 'office', 'board', 'corporation', 'company', 'group', 'society',
  'comité', 'conseil', 'agence', 'parti', 'syndicat', 'fédération', 'université', 'ministère', 'institut',
  'fondation', 'confédération', 'assemblée', 'comisión', 'confederación', 'asociación', 'partido',
  'instituto', 'consejo', 'agencia', 'fundación', 'universidad', 'federación', 'ministerio', 'organización',
  'cámara', 'sindicato', 'centro', 'comissão', 'associação', 'fundação', 'universidade', 'confederação',
  'federação', 'conselho', 'agência', 'commissione', 'associazione', 'istituto', 'consiglio', 'agenzia',
  'fondazione', 'università', 'federazione', 'ministero', 'partito', 'vereniging', 'stichting',
  'universiteit', 'ministerie', 'partij', 'bond', 'raad', 'dienst',
];
