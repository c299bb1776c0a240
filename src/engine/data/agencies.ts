/**
 * Wire services (news agencies) the text stage recognizes in datelines ("MOSCOW (AP) —"),
 * bylines ("by Jane Doe, Reuters"), sign-offs ("Reuter") and credit lines.
 *
 * `code` is what the Article reports as `agency.code`; `name` the full name. `aliases` are
 * other spellings seen in copy (matched case-insensitively, after dropping dots and folding
 * dashes/spaces: "A.P." = "AP", "Agence France Presse" = "Agence France-Presse").
 * Plain data: no logic here. Hand-kept from general knowledge of the news business.
 */
export interface AgencyEntry {
  code: string;
  name: string;
  aliases: string[];
  /**
   * Codes that are also ordinary words or common abbreviations ("PA", "AA", "CP") are only
   * trusted inside a dateline's parentheses, never on a line of their own.
   */
  ambiguous?: boolean;
}

export const AGENCIES: readonly AgencyEntry[] = [
  { code: 'AP', name: 'Associated Press', aliases: ['The Associated Press', 'Associated Press', 'AP News'] },
  { code: 'Reuters', name: 'Reuters', aliases: ['Reuter', 'Thomson Reuters', 'Reuters News', 'RTRS'] },
  { code: 'AFP', name: 'Agence France-Presse', aliases: ['Agence France Presse', 'France-Presse', 'Agence France-Press'] },
  { code: 'UPI', name: 'United Press International', aliases: [] },
  { code: 'dpa', name: 'Deutsche Presse-Agentur', aliases: ['Deutsche Presse Agentur'] },
  { code: 'Xinhua', name: 'Xinhua News Agency', aliases: ['Xinhua News', 'New China News Agency', 'NCNA'] },
  { code: 'Kyodo', name: 'Kyodo News', aliases: ['Kyodo News Agency'] },
  { code: 'Jiji', name: 'Jiji Press', aliases: ['Jiji Press'] },
  { code: 'ANSA', name: 'Agenzia Nazionale Stampa Associata', aliases: [] },
  { code: 'AGI', name: 'Agenzia Giornalistica Italia', aliases: [], ambiguous: true },
  { code: 'EFE', name: 'Agencia EFE', aliases: ['Agencia EFE'] },
  { code: 'Europa Press', name: 'Europa Press', aliases: [] },
  { code: 'PTI', name: 'Press Trust of India', aliases: [] },
  { code: 'IANS', name: 'Indo-Asian News Service', aliases: ['Indo Asian News Service'] },
  { code: 'ANI', name: 'Asian News International', aliases: [], ambiguous: true },
  { code: 'UNI', name: 'United News of India', aliases: [], ambiguous: true },
  { code: 'Yonhap', name: 'Yonhap News Agency', aliases: ['Yonhap News'] },
  { code: 'KCNA', name: 'Korean Central News Agency', aliases: [] },
  { code: 'TASS', name: 'TASS', aliases: ['ITAR-TASS', 'ITAR TASS', 'Tass'] },
  { code: 'RIA Novosti', name: 'RIA Novosti', aliases: ['RIA'] },
  { code: 'Interfax', name: 'Interfax', aliases: [] },
  { code: 'Ukrinform', name: 'Ukrinform', aliases: [] },
  { code: 'Bloomberg', name: 'Bloomberg News', aliases: ['Bloomberg News'] },
  { code: 'CNA', name: 'Central News Agency', aliases: [], ambiguous: true },
  { code: 'AAP', name: 'Australian Associated Press', aliases: [] },
  { code: 'CP', name: 'The Canadian Press', aliases: ['Canadian Press', 'The Canadian Press'], ambiguous: true },
  { code: 'PA', name: 'PA Media', aliases: ['Press Association', 'PA Media'], ambiguous: true },
  { code: 'APA', name: 'Austria Presse Agentur', aliases: ['Austria Presse Agentur'], ambiguous: true },
  { code: 'Keystone-SDA', name: 'Keystone-SDA', aliases: ['SDA', 'ATS'], ambiguous: true },
  { code: 'ANP', name: 'Algemeen Nederlands Persbureau', aliases: [], ambiguous: true },
  { code: 'Belga', name: 'Belga', aliases: [] },
  { code: 'NTB', name: 'Norsk Telegrambyrå', aliases: [], ambiguous: true },
  { code: 'TT', name: 'Tidningarnas Telegrambyrå', aliases: [], ambiguous: true },
  { code: 'Ritzau', name: 'Ritzau', aliases: [] },
  { code: 'STT', name: 'Suomen Tietotoimisto', aliases: [], ambiguous: true },
  { code: 'PAP', name: 'Polish Press Agency', aliases: ['Polska Agencja Prasowa'], ambiguous: true },
  { code: 'CTK', name: 'Czech News Agency', aliases: ['ČTK'], ambiguous: true },
  { code: 'MTI', name: 'Hungarian News Agency', aliases: [], ambiguous: true },
  { code: 'Lusa', name: 'Lusa', aliases: [] },
  { code: 'ANA-MPA', name: 'Athens-Macedonian News Agency', aliases: ['ANA'], ambiguous: true },
  { code: 'Anadolu', name: 'Anadolu Agency', aliases: ['Anadolu Agency', 'AA'], ambiguous: true },
  { code: 'IRNA', name: 'Islamic Republic News Agency', aliases: [] },
  { code: 'MENA', name: 'Middle East News Agency', aliases: [], ambiguous: true },
  { code: 'WAFA', name: 'WAFA', aliases: [] },
  { code: 'KUNA', name: 'Kuwait News Agency', aliases: [] },
  { code: 'SPA', name: 'Saudi Press Agency', aliases: [], ambiguous: true },
  { code: 'WAM', name: 'Emirates News Agency', aliases: [], ambiguous: true },
  { code: 'QNA', name: 'Qatar News Agency', aliases: [] },
  { code: 'SANA', name: 'Syrian Arab News Agency', aliases: [], ambiguous: true },
  { code: 'Antara', name: 'Antara', aliases: [] },
  { code: 'Bernama', name: 'Bernama', aliases: [] },
  { code: 'PNA', name: 'Philippine News Agency', aliases: [], ambiguous: true },
  { code: 'VNA', name: 'Vietnam News Agency', aliases: [], ambiguous: true },
  { code: 'Prensa Latina', name: 'Prensa Latina', aliases: [] },
  { code: 'Notimex', name: 'Notimex', aliases: [] },
  { code: 'Agência Brasil', name: 'Agência Brasil', aliases: ['Agencia Brasil'] },
  { code: 'NZPA', name: 'New Zealand Press Association', aliases: [] },
  { code: 'SAPA', name: 'South African Press Association', aliases: [] },
  { code: 'CNS', name: 'China News Service', aliases: [], ambiguous: true },
];

/**
 * ALL-CAPS words that open wire copy as slugs or labels ("UPDATE 2 -", "EXCLUSIVE -",
 * "EDITOR'S NOTE —"), never as the place of a dateline.
 */
export const WIRE_SLUGS: readonly string[] = [
  'ADVISORY', 'ALERT', 'ANALYSIS', 'BREAKING', 'BRIEF', 'BRIEFS', 'BULLETIN', 'CLARIFICATION',
  'COLUMN', 'COMMENT', 'CORRECTED', 'CORRECTION', 'EDITORIAL', "EDITOR'S NOTE", 'EDITORS',
  'EDITOR', 'EXCLUSIVE', 'EXPLAINER', 'FACTBOX', 'FEATURE', 'FLASH', 'FOCUS', 'GRAPHIC',
  'HIGHLIGHTS', 'INSIGHT', 'INTERVIEW', 'KILL', 'LEAD', 'LISTEN', 'MORE', 'NEWS', 'NOTE',
  'OBITUARY', 'OPINION', 'PHOTO', 'PHOTOS', 'POLL', 'PREVIEW', 'Q&A', 'QUOTE', 'REFILE',
  'RECAP', 'REPEAT', 'REVIEW', 'RPT', 'SCENARIOS', 'SPECIAL', 'SPORTS', 'SUMMARY', 'TIMELINE',
  'TOP', 'UPDATE', 'UPDATED', 'URGENT', 'VIDEO', 'WATCH', 'WARNING', 'WEATHER', 'WRAPUP', 'WRAP',
];
