/**
 * Word lists for quote attribution (src/engine/language/quotes/). Plain data: no logic here.
 * Hand-written from general knowledge of English news style ("…," she said / said Jane Doe /
 * Jane Doe told reporters: "…"), with a few common reporting verbs of other languages.
 * Words are lower case; inflected forms are listed as written.
 */

/** Verbs of speech, every inflection that introduces or follows a quotation. */
export const SPEECH_VERBS: readonly string[] = [
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added', 'adding',
  'ask', 'asks', 'asked', 'asking',
  'state', 'states', 'stated', 'stating',
  'declare', 'declares', 'declared', 'declaring',
  'write', 'writes', 'wrote', 'written', 'writing',
  'note', 'notes', 'noted', 'noting',
  'argue', 'argues', 'argued', 'arguing',
  'insist', 'insists', 'insisted', 'insisting',
  'warn', 'warns', 'warned', 'warning',
  'explain', 'explains', 'explained', 'explaining',
  'recall', 'recalls', 'recalled', 'recalling',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging',
  'reply', 'replies', 'replied', 'replying',
  'respond', 'responds', 'responded', 'responding',
  'continue', 'continues', 'continued', 'continuing',
  'claim', 'claims', 'claimed', 'claiming',
  'comment', 'comments', 'commented', 'commenting',
  'announce', 'announces', 'announced', 'announcing',
  'admit', 'admits', 'admitted', 'admitting',
  'complain', 'complains', 'complained', 'complaining',
  'concede', 'concedes', 'conceded', 'conceding',
  'contend', 'contends', 'contended', 'contending',
  'suggest', 'suggests', 'suggested', 'suggesting',
  'stress', 'stresses', 'stressed', 'stressing',
  'emphasize', 'emphasizes', 'emphasized', 'emphasizing',
  'emphasise', 'emphasises', 'emphasised', 'emphasising',
  'maintain', 'maintains', 'maintained', 'maintaining',
  'observe', 'observes', 'observed', 'observing',
  'remark', 'remarks', 'remarked', 'remarking',
  'report', 'reports', 'reported', 'reporting',
  'predict', 'predicts', 'predicted', 'predicting',
  'promise', 'promises', 'promised', 'promising',
  'vow', 'vows', 'vowed', 'vowing',
  'pledge', 'pledges', 'pledged', 'pledging',
  'tweet', 'tweets', 'tweeted', 'tweeting',
  'post', 'posts', 'posted', 'posting',
  'quip', 'quips', 'quipped', 'quipping',
  'joke', 'jokes', 'joked', 'joking',
  'boast', 'boasts', 'boasted', 'boasting',
  'brag', 'brags', 'bragged', 'bragging',
  'urge', 'urges', 'urged', 'urging',
  'caution', 'cautions', 'cautioned', 'cautioning',
  'testify', 'testifies', 'testified', 'testifying',
  'confirm', 'confirms', 'confirmed', 'confirming',
  'deny', 'denies', 'denied', 'denying',
  'assert', 'asserts', 'asserted', 'asserting',
  'allege', 'alleges', 'alleged', 'alleging',
  'conclude', 'concludes', 'concluded', 'concluding',
  'recount', 'recounts', 'recounted', 'recounting',
  'shout', 'shouts', 'shouted', 'shouting',
  'yell', 'yells', 'yelled', 'yelling',
  'whisper', 'whispers', 'whispered', 'whispering',
  'lament', 'laments', 'lamented', 'lamenting',
  'muse', 'muses', 'mused', 'musing',
  'wonder', 'wonders', 'wondered', 'wondering',
  'counter', 'counters', 'countered', 'countering',
  'retort', 'retorts', 'retorted', 'retorting',
  'charge', 'charges', 'charged', 'charging',
  'proclaim', 'proclaims', 'proclaimed', 'proclaiming',
  'assure', 'assures', 'assured', 'assuring',
  'answer', 'answers', 'answered', 'answering',
  'mention', 'mentions', 'mentioned', 'mentioning',
  'reiterate', 'reiterates', 'reiterated', 'reiterating',
  'repeat', 'repeats', 'repeated', 'repeating',
  'announce', 'exclaim', 'exclaims', 'exclaimed', 'exclaiming',
  'scoff', 'scoffs', 'scoffed', 'scoffing',
  'snap', 'snaps', 'snapped',
  'sigh', 'sighs', 'sighed',
  'plead', 'pleads', 'pleaded', 'pled', 'pleading',
  'demand', 'demands', 'demanded', 'demanding',
  'conclude', 'predict',
  'agree', 'agrees', 'agreed',
  'complain', 'grumble', 'grumbles', 'grumbled',
  'tout', 'touts', 'touted', 'touting',
  'blast', 'blasts', 'blasted',
  'chide', 'chides', 'chided',
  'rail', 'rails', 'railed',
  'opine', 'opines', 'opined',
  'cry', 'cries', 'cried',
  'begin', 'begins', 'began',
  // other languages (the verbs that carry most attributions)
  'sagte', 'sagt', 'erklärte', 'betonte', 'fügte', 'meinte', 'so',
  'dit', 'déclaré', 'affirmé', 'ajouté', 'souligné', 'expliqué', 'estimé', 'selon',
  'dijo', 'afirmó', 'declaró', 'explicó', 'señaló', 'aseguró', 'añadió', 'según',
  'disse', 'afirmou', 'declarou', 'explicou', 'segundo',
  'detto', 'dichiarato', 'affermato', 'spiegato', 'secondo',
  'zei', 'verklaarde', 'aldus',
];

/**
 * Verbs that introduce quoted words only before the quotation ("X called the plan “a
 * disaster”"): attributions for a quote that follows them in the same sentence.
 */
export const PRE_QUOTE_VERBS: readonly string[] = [
  'call', 'calls', 'called', 'calling',
  'describe', 'describes', 'described', 'describing',
  'dub', 'dubs', 'dubbed', 'dubbing',
  'label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling',
  'characterize', 'characterizes', 'characterized', 'characterizing',
  'term', 'termed', 'terming',
  'put', 'puts', 'putting',
  'promise', 'pledge',
];

/** Speech verbs after which a that-clause without quotation marks is reported speech. */
export const REPORTING_VERBS: readonly string[] = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'declared', 'wrote',
  'writes', 'noted', 'notes', 'argued', 'argues', 'insisted', 'insists', 'warned', 'warns',
  'explained', 'explains', 'acknowledged', 'acknowledges', 'claimed', 'claims', 'announced',
  'announces', 'admitted', 'admits', 'conceded', 'contended', 'contends', 'stressed',
  'stresses', 'emphasized', 'emphasised', 'maintained', 'maintains', 'predicted', 'promised',
  'vowed', 'confirmed', 'confirms', 'denied', 'asserted', 'asserts', 'alleged', 'concluded',
  'reported', 'reports', 'recalled', 'recalls', 'replied', 'responded', 'suggested',
  'suggests', 'assured', 'reiterated', 'testified', 'pledged', 'tweeted', 'believes',
];

/** Words that may stand between a speaker and the speech verb ("Smith also said"). */
export const SPEECH_ADVERBS: readonly string[] = [
  'also', 'later', 'then', 'again', 'previously', 'recently', 'earlier', 'once', 'often',
  'has', 'had', 'have', 'had', 'was', 'is', 'would', 'will', 'did', 'does', 'had', 'just',
  'repeatedly', 'reportedly', 'publicly', 'privately', 'frequently', 'famously', 'simply',
  'further', 'quickly', 'flatly', 'bluntly', 'angrily', 'firmly', 'openly', 'told', 'has',
  'subsequently', 'ultimately', 'finally', 'first', 'last', 'never', 'always', 'still',
  'even', 'only', 'already', 'allegedly', 'had', 'once', 'emphatically', 'jokingly',
];

/** Pronouns that stand for a speaker named earlier. */
export const SPEAKER_PRONOUNS: readonly string[] = ['he', 'she', 'they', 'i', 'we'];

/**
 * Titles, ranks and role words that stand before a name in English news ("Russian President
 * Vladimir Putin", "Sen. Ted Cruz"), written without a final period, lower case. They are not
 * part of the person's name.
 */
export const NAME_TITLES: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice', 'prime', 'minister', 'ministers', 'secretary', 'deputy', 'assistant',
  'foreign', 'defense', 'defence', 'interior', 'finance', 'state', 'general', 'attorney',
  'chancellor', 'premier', 'chairman', 'chairwoman', 'chair', 'chief', 'executive', 'ceo',
  'cfo', 'director', 'governor', 'gov', 'senator', 'sen', 'sens', 'representative', 'rep',
  'reps', 'congressman', 'congresswoman', 'speaker', 'leader', 'mayor', 'judge', 'justice',
  'ambassador', 'amb', 'spokesman', 'spokeswoman', 'spokesperson', 'king', 'queen',
  'prince', 'princess', 'pope', 'cardinal', 'archbishop', 'bishop', 'rev', 'reverend',
  'father', 'sheikh', 'emir', 'sultan', 'gen', 'general', 'lt', 'col', 'colonel', 'maj',
  'major', 'capt', 'captain', 'cmdr', 'commander', 'adm', 'admiral', 'sgt', 'sergeant',
  'officer', 'detective', 'det', 'inspector', 'coach', 'candidate', 'nominee', 'host',
  'anchor', 'correspondent', 'editor', 'author', 'founder', 'co-founder', 'owner',
  'commissioner', 'councilman', 'councilwoman', 'councillor', 'councilor', 'sheriff',
  'chief', 'white', 'house', 'press', 'national', 'security', 'adviser', 'advisor',
  'democratic', 'republican', 'gop', 'democrat', 'rep.', 'former', 'acting', 'interim',
  'u.s', 'us', 'senior', 'junior', 'presidential', 'hopeful', 'frontrunner', 'front-runner',
  'majority', 'minority', 'whip', 'house', 'senate', 'prosecutor', 'lawyer', 'attorney',
  'economist', 'analyst', 'professor', 'manager', 'campaign', 'strategist', 'pollster',
  'aide', 'official', 'officials', 'activist', 'billionaire', 'businessman', 'businesswoman',
  'evangelist', 'pastor', 'rabbi', 'imam', 'chancellor', 'dean', 'provost', 'superintendent',
  'trustee', 'mp', 'mep', 'lawmaker', 'legislator', 'delegate', 'envoy', 'diplomat',
  'commerce', 'treasury', 'homeland', 'health', 'energy', 'education', 'labor', 'justice',
  'agriculture', 'transportation', 'veterans', 'affairs', 'defense', 'trade', 'economic',
  'of', 'the', 'and', 'for',
];

/** Name suffixes that end a person's name ("Martin Luther King Jr."). */
export const NAME_SUFFIXES: readonly string[] = ['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq'];

/** Lower-case particles inside a personal name ("Ludwig van Beethoven", "Charles de Gaulle"). */
export const NAME_PARTICLES: readonly string[] = [
  'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'bin',
  'ibn', 'al', 'el', 'dos', 'das', 'ter', 'y',
];

/**
 * Capitalized words that are not names when they stand alone as a subject: sentence openers,
 * days, months and the like ("Monday", "But").
 */
export const NOT_NAMES: readonly string[] = [
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'then', 'when', 'while', 'if', 'as',
  'in', 'on', 'at', 'for', 'after', 'before', 'since', 'because', 'although', 'though',
  'this', 'that', 'these', 'those', 'it', 'its', 'there', 'here', 'what', 'who', 'which',
  'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'today', 'yesterday', 'tomorrow', 'still', 'now', 'also',
  'meanwhile', 'however', 'instead', 'asked', 'according', 'some', 'many', 'most', 'all',
  'both', 'one', 'two', 'three', 'several', 'other', 'others', 'another', 'each', 'every',
  'no', 'not', 'yes', 'later', 'earlier', 'last', 'next', 'first', 'second', 'finally',
  'mr', 'mrs', 'ms', 'dr',
];

/** Common nouns that head a descriptive speaker ("the Russian leader", "a spokesman"). */
export const SPEAKER_NOUNS: readonly string[] = [
  'leader', 'president', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'official',
  'officials', 'secretary', 'senator', 'governor', 'mayor', 'chief', 'chairman', 'chairwoman',
  'candidate', 'adviser', 'advisor', 'aide', 'diplomat', 'envoy', 'ambassador', 'lawmaker',
  'congressman', 'congresswoman', 'premier', 'chancellor', 'king', 'queen', 'general',
  'commander', 'executive', 'director', 'founder', 'statement', 'report', 'source',
  'sources', 'billionaire', 'businessman', 'mogul', 'frontrunner', 'front-runner', 'nominee',
];

/**
 * Role words that a description of a leader points to: "the Russian leader" is the person
 * introduced as "Russian President …" or "… Prime Minister …".
 */
export const LEADER_ROLES: readonly string[] = [
  'leader', 'president', 'premier', 'prime', 'chancellor', 'king', 'queen', 'emir', 'sultan',
  'chairman', 'chairwoman', 'head', 'ruler', 'monarch', 'dictator', 'strongman', 'ayatollah',
];

/** Speech verbs that introduce reported speech without "that" ("Xi said China …"). */
export const BARE_REPORTING_VERBS: readonly string[] = [
  'said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'argued', 'argues',
  'insisted', 'insists', 'warned', 'warns', 'noted', 'notes', 'explained', 'claimed', 'claims',
  'stressed', 'contended', 'contends', 'predicted', 'believes', 'thinks', 'tweeted', 'stated',
];
