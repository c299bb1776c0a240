/**
 * Words that never start or end a key phrase and never stand alone as a keyword
 * (src/engine/language/keywords/). Plain data: no logic here. English, lower case, written
 * from general knowledge: function words, auxiliaries, reporting verbs, and nouns and
 * adjectives too general to say what a story is about.
 */
export const KEYWORD_STOPWORDS: string = `
a about above across after afterwards again against ago all almost alone along already also
although always am among amongst an and another any anybody anyone anything anyway anywhere
are around as at back be became because become becomes been before beforehand behind being
below beside besides between beyond both but by can cannot could did do does doing done down
during each either else elsewhere enough even ever every everyone everything everywhere except
few for former formerly from further near nearly amid despite against beyond had has have having he her here hers herself him himself
his how however i if in indeed into is it its itself just least less many may me meanwhile
might mine more moreover most mostly much must my myself namely neither never nevertheless
next no nobody none noone nor not nothing now nowhere of off often on once one only onto or
other others otherwise our ours ourselves out over own per perhaps please quite rather
really same several she should since so some somehow someone something sometime sometimes
somewhere still such than that the their theirs them themselves then there thereafter thereby
therefore therein these they this those though through throughout thus to together too toward
towards under until up upon us very via was we well were what whatever when whenever where
whereas wherever whether which while who whoever whole whom whose why will with within without
would yet you your yours yourself yourselves
said says say saying told tell tells added adds asked stated declared wrote noted argued
insisted warned explained recalled acknowledged replied according reported reports claimed
get gets got make makes made take takes took go goes went going come comes came see seen
know known think thought want wanted need needs needed use used including include includes
like likely unlike new old many much first last second third next early late latest recent
recently year years month months week weeks day days time times today yesterday tomorrow
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december
people thing things way ways lot part percent number numbers group groups end kind sort
mr mrs ms dr per cent et al etc among amid inc corp ltd co news story report statement
told also s t don doesn didn isn wasn aren weren can't won't it's he's she's they're
`;
