/**
 * Word lists and tag lists used by the HTML stage (src/engine/html). Data only: the logic that
 * reads them lives in src/engine/html. Hand-kept, generic (no site-specific rules).
 */

/** Class/id words that suggest the element holds the article body. */
export const POSITIVE_HINTS = [
  'article', 'body', 'content', 'entry', 'hentry', 'h-entry', 'main', 'page', 'post', 'story',
  'text', 'blog', 'prose', 'richtext', 'rich-text', 'paragraph',
];

/** Class/id words that suggest boilerplate (weighted negatively while scoring). */
export const NEGATIVE_HINTS = [
  'comment', 'footer', 'footnote', 'sidebar', 'ad', 'navbar', 'navigation', 'share', 'sharing', 'related', 'promo', 'ad-', 'ads',
  'advert', 'newsletter', 'cookie', 'consent', 'gdpr', 'subscribe', 'subscription', 'paywall', 'nav',
  'menu', 'social', 'breadcrumb', 'masthead', 'meta', 'outbrain', 'taboola', 'sponsor', 'shopping',
  'tags', 'tool', 'widget', 'popup', 'modal', 'banner', 'combx', 'contact', 'hidden', 'pagination',
  'pager', 'recommend', 'trending', 'most-popular', 'mostpopular', 'signup', 'sign-up', 'byline',
  'author-bio', 'caption', 'credit', 'skip', 'print', 'toolbar', 'disclaimer', 'disclosure',
];

/**
 * Class/id words of elements that are removed outright before scoring (unless the same
 * class/id also has a MAYBE_CANDIDATE word); the retry passes keep them.
 */
export const UNLIKELY_CANDIDATES = [
  '-ad-', 'ai2html', 'banner', 'breadcrumb', 'combx', 'comment', 'community', 'cover-wrap',
  'disqus', 'extra', 'footer', 'gdpr', 'header', 'legends', 'menu', 'related', 'remark', 'replies',
  'rss', 'shoutbox', 'sidebar', 'skyscraper', 'social', 'sponsor', 'supplemental', 'ad-break',
  'agegate', 'pagination', 'pager', 'popup', 'yom-remote', 'newsletter', 'cookie', 'consent',
  'subscribe', 'share', 'sharing', 'promo', 'outbrain', 'taboola', 'recommend', 'trending',
  'most-popular', 'mostpopular', 'signup', 'paywall', 'modal', 'nav', 'navbar', 'navigation',
  'author-bio', 'author-box', 'authorbox', 'about-author', 'about-the-author', 'copyright',
];

/**
 * Class/id words of a skip link: an in-page link ("#content") for keyboard and screen-reader
 * users, "Skip to content". Dropped wherever it is.
 */
export const SKIP_LINK_HINTS = ['skip', 'skiplink', 'jump-to', 'jumplink'];

/** Words that rescue an element from UNLIKELY_CANDIDATES. */
export const MAYBE_CANDIDATE = ['and', 'article', 'body', 'column', 'content', 'main', 'shadow', 'story', 'entry', 'post-body'];

/** Class/id words of small share/social/newsletter blocks removed from inside the chosen body. */
export const SHARE_HINTS = [
  'share', 'sharing', 'social', 'newsletter', 'subscribe', 'signup', 'sign-up', 'related', 'promo',
  'recirc', 'read-more', 'readmore', 'more-stories', 'most-read', 'also-read', 'see-also', 'ad-',
  'advert', 'sponsor', 'cookie', 'consent', 'inline-ad', 'affiliate', 'tags', 'author-bio', 'bio',
  'byline', 'dateline-meta', 'print', 'toolbar', 'caption', 'credit', 'comment',
];

/**
 * Class/id words of short blocks removed from inside the chosen body even when the class also
 * names the story ("story-meta__credit", "article-caption"): captions, credits, bylines, dates.
 */
export const STRONG_SHARE_HINTS = [
  'caption', 'credit', 'byline', 'dateline', 'timestamp', 'published-date', 'post-date', 'entry-date',
  'share', 'sharing', 'social', 'author-info', 'author-bio', 'read-more', 'readmore', 'related',
];

/** Lines that only label an advertisement or a sponsor slot, removed from the body. */
export const AD_LABELS = [
  'advertisement', 'advertisements', 'advertising', 'advert', 'adverts', 'ad', 'ads', 'sponsored', 'sponsored content',
  'paid content', 'paid post', 'promoted', 'anzeige', 'werbung', 'publicité', 'publicidad', 'pubblicità',
  'reklame', 'advertentie', 'annons', 'mainos', 'reklama', 'реклама', '广告', '広告', 'story continues below advertisement',
  'article continues below advertisement', 'continue reading below', 'scroll to continue with content',
  'advertisement - scroll to continue', 'skip advertisement',
];

/**
 * Labels of the boxes around a story that are not the story: related reading ("Read also",
 * "Mehr zum Thema"), recommendations, most-read lists, the author box, share bars and the comment
 * form. A short block that
 * is only such a label is removed, and so is a line that starts with one and is mostly a link
 * ("Read also: <a>Another story</a>"); see also SEE_ALSO_LABELS. Lower case, without final
 * punctuation; common labels of news and blog pages in English, German, French, Spanish, Italian,
 * Portuguese, Dutch and Polish.
 */
export const RELATED_LABELS = [
  // English
  'related', 'related articles', 'related stories', 'related posts', 'related content', 'related coverage',
  'related news', 'related links', 'related reading', 'related topics', 'read also', 'also read', 'read next',
  'more on this', 'more on this topic', 'more on this story', 'more stories', 'more news',
  'you might also like', 'you may also like', 'you might be interested in', 'you may be interested in',
  'we recommend', 'recommended', 'recommended for you', 'recommended stories', 'recommended reading',
  'don\'t miss', 'don’t miss', 'editor\'s picks', 'editor’s picks', 'most read', 'most popular',
  'trending now', 'up next', 'what to read next', 'leave a comment', 'leave a reply', 'no comments',
  'no comments yet', 'comments are closed', 'about the author', 'about the authors', 'share this',
  'share this article', 'share this story', 'share this post', 'share on social media',
  // German
  'lesen sie auch', 'lesen sie mehr', 'auch interessant', 'das könnte sie auch interessieren',
  'das könnte dich auch interessieren', 'mehr zum thema', 'mehr zu diesem thema', 'zum weiterlesen',
  'weiterführende links', 'weitere artikel', 'weitere beiträge', 'weitere nachrichten', 'ähnliche artikel',
  'ähnliche beiträge', 'verwandte artikel', 'verwandte themen', 'empfehlungen der redaktion',
  'empfehlungen aus der redaktion', 'unsere empfehlungen', 'mehr dazu', 'meistgelesen',
  'meistgelesene artikel', 'passend zum thema', 'lesetipp', 'lesetipps', 'keine kommentare',
  'kommentare geschlossen', 'schreibe einen kommentar', 'kommentar schreiben', 'über den autor',
  'über die autorin', 'über die autoren', 'artikel teilen', 'diesen artikel teilen', 'beitrag teilen',
  'schon gelesen', 'lesen sie hier', 'weiterführender link', 'weitere informationen',
  'diese artikel könnten dich ebenfalls interessieren', 'diese artikel könnten sie ebenfalls interessieren',
  // French
  'lire aussi', 'à lire aussi', 'a lire aussi', 'lire également', 'à lire également', 'à voir aussi', 'sur le même sujet', 'articles similaires', 'articles liés', 'vous aimerez aussi',
  'vous aimerez peut-être aussi', 'les plus lus', 'laisser un commentaire', "à propos de l'auteur",
  'partager cet article',
  // Spanish
  'lee también', 'lea también', 'mira también', 'puedes ver', 'puede ver', 'te puede interesar', 'le puede interesar', 'también te puede interesar', 'también le puede interesar',
  'noticias relacionadas', 'artículos relacionados', 'contenido relacionado', 'lo más leído', 'más noticias',
  'deja un comentario', 'sobre el autor', 'compartir este artículo',
  // Italian
  'leggi anche', 'potrebbe interessarti', 'ti potrebbe interessare', 'articoli correlati',
  'notizie correlate', 'i più letti', 'lascia un commento', "sull'autore", 'condividi questo articolo',
  // Portuguese
  'leia também', 'veja também', 'notícias relacionadas', 'você também pode gostar', 'mais lidas',
  'deixe um comentário', 'sobre o autor', 'compartilhe este artigo',
  // Dutch
  'lees ook', 'gerelateerde artikelen', 'meer over dit onderwerp', 'meest gelezen',
  'laat een reactie achter', 'over de auteur', 'deel dit artikel',
  // Polish
  'czytaj też', 'czytaj także', 'czytaj również', 'przeczytaj też', 'przeczytaj także', 'polecamy',
  'najczęściej czytane',
];

/**
 * "See also" and the like: alone, they head a page's own section of references (an encyclopedia
 * article, a README), which stays; as the start of a line that is mostly a link ("See also:
 * <a>Another story</a>", "READ MORE: <a>…</a>"), they are a related-reading line, removed as
 * RELATED_LABELS are. ("Read more" alone is a link to the rest of a text, and a sentence that
 * opens with it, "Read more about …", is prose.)
 */
export const SEE_ALSO_LABELS = [
  'see also', 'further reading', 'read more', 'see more', 'watch more', 'siehe auch', 'voir aussi', 'ver también', 'vea también', 'véase también',
  'vedi anche', 'zie ook', 'zobacz też', 'zobacz także',
];

/**
 * Labels of a photo credit line ("Photo: Jane Roe / Agency", "Bildnachweis: …"): a short block
 * that is such a label, a colon and a name or two is removed (a sentence after the label stays).
 * Lower case; then the same for the labels that take "by" ("Photograph by Jane Roe").
 */
export const CREDIT_LABELS = [
  'photo', 'photos', 'photograph', 'photography', 'picture', 'pictures', 'image', 'images', 'image credit',
  'image credits', 'photo credit', 'photo credits', 'credit', 'credits', 'illustration', 'cover photo',
  'foto', 'fotos', 'bild', 'bilder', 'bildquelle', 'bildquellen', 'fotoquelle', 'titelbild', 'titelfoto',
  'beitragsbild', 'headerbild', 'vorschaubild', 'bildnachweis', 'bildnachweise', 'fotonachweis', 'fotocredit',
  'crédit photo', 'crédits photo', 'crédits photos', 'crédit', 'crédits', 'fotografía', 'imagen', 'crédito',
  'créditos', 'fotografia', 'immagine', 'imagem', 'beeld', 'fot', 'zdjęcie',
];
/** The copyright sign as a credit label, with no colon after it ("© Jane Roe", "©Example Stock"). */
export const CREDIT_SIGN = '©';
export const CREDIT_BY_LABELS = [
  'photo by', 'photos by', 'photograph by', 'photographs by', 'photography by', 'picture by', 'image by',
  'illustration by', 'foto von', 'fotos von', 'bild von', 'photo de', 'foto de', 'foto di', 'foto door',
];

/**
 * Words a line of dates before a story may hold besides the dates and times ("Updated", "12:44
 * PM UTC", "Veröffentlicht am", "Stand:"): lower case; months and weekdays come from text/dates.
 */
export const DATE_LINE_WORDS = [
  'updated', 'published', 'posted', 'modified', 'last', 'am', 'pm', 'a.m.', 'p.m.', 'utc', 'gmt', 'et', 'est', 'edt',
  'ct', 'cst', 'cdt', 'pt', 'pst', 'pdt', 'cet', 'cest', 'bst', 'ist', 'at', 'on', 'aktualisiert', 'veröffentlicht',
  'stand', 'uhr', 'um', 'publié', 'mis', 'à', 'jour', 'le', 'actualizado', 'publicado', 'el', 'de', 'del', 'pubblicato',
  'aggiornato', 'ore', 'il', 'alle',
];

/**
 * Credits for work other than the writing ("Photographed by …", "Makeup by …"), lower case: a
 * person a byline credits only so is no author, though a meta author list may name everyone.
 */
export const NON_WRITING_CREDITS = [
  'photographed by', 'photography by', 'photo by', 'photos by', 'photographs by', 'pictures by', 'images by',
  'illustrated by', 'illustration by', 'illustrations by', 'styled by', 'styling by', 'modeled by', 'modelled by',
  'hair by', 'makeup by', 'make-up by', 'nails by', 'produced by', 'video by', 'graphics by', 'designed by',
  'design by', 'animation by', 'fotos von', 'foto von', 'fotografiert von', 'illustration von', 'bilder von',
  'photos de', 'photo de', 'fotos de', 'foto de',
];

/**
 * Calls to action that close a page's story (lower case, matched at word starts): subscribe,
 * sign up, get the app, follow, support or donate. Read with CALL_TO_ACTION_OBJECTS: the call must
 * speak to the reader ("Subscribe now to our …", "Sign up here", "Get … on your phone").
 */
export const CALL_TO_ACTION_VERBS = [
  'subscribe', 'sign up', 'sign-up', 'download', 'get the', 'follow', 'support', 'donate', 'join', 'become a member',
  'abonnieren', 'abonniere', 'unterstütze', 'unterstützen', 'folge', 'folgen sie', 'melde dich', 'spende',
  'abonnez-vous', 'inscrivez-vous', 'soutenez', 'suscríbete', 'suscribite', 'hazte', 'síguenos', 'apóyanos',
  'iscriviti', 'abbonati', 'sostienici', 'assine', 'inscreva-se', 'zapisz się', 'wesprzyj',
];
export const CALL_TO_ACTION_OBJECTS = [
  'our', 'us', 'now', 'today', 'here', 'your', 'unser', 'unseren', 'unsere', 'jetzt', 'hier', 'uns', 'dein', 'deine',
  'notre', 'nos', 'ici', 'maintenant', 'nuestro', 'nuestra', 'nuestros', 'aquí', 'ahora', 'tu', 'nostro', 'nostra',
  'qui', 'ora', 'nosso', 'nossa', 'agora', 'nasz', 'nasze', 'teraz',
];

/**
 * Headings of a comments section, lower case ("Comments", "12 Comments", "Kommentare (3)", "Tell us
 * what you think…"): one closing the story cuts it there, with everything after it.
 */
export const COMMENTS_HEADINGS = [
  'comment', 'comments', 'leave a comment', 'leave a reply', 'add a comment', 'post a comment', 'reader comments',
  'your comments', 'tell us what you think', 'what do you think', 'have your say', 'join the conversation',
  'join the discussion', 'kommentar', 'kommentare', 'kommentieren', 'leserkommentare', 'diskutieren sie mit',
  'ihre meinung', 'deine meinung', 'commentaires', 'commentaire', 'laisser un commentaire', 'votre avis',
  'comentarios', 'comentario', 'deja un comentario', 'tu opinión', 'commenti', 'lascia un commento', 'reacties',
  'reactie', 'comentários', 'komentarze', 'komentarz',
];

/** Words that head a section about a person ("About Jane Roe", "Über Jane Roe"), lower case. */
export const ABOUT_PERSON_LABELS = ['about', 'über', 'à propos de', 'acerca de', 'sobre', 'over'];

/** Words of DATE_LINE_WORDS that stamp a time alone as a date line ("Updated at 1:23 p.m."). */
export const DATE_STAMP_WORDS = [
  'updated', 'published', 'posted', 'modified', 'aktualisiert', 'veröffentlicht', 'publié', 'actualizado',
  'publicado', 'pubblicato', 'aggiornato',
];

/** Labels of a key-points box that sums up the story apart from it ("Highlights" + a list). */
export const SUMMARY_BOX_LABELS = [
  'highlights', 'key highlights', 'story highlights', 'key points', 'key takeaways', 'takeaways',
  'at a glance', 'in brief', 'in short', 'quick read', 'the gist', 'summary', 'tl;dr', 'tldr',
  'das wichtigste in kürze', 'auf einen blick', 'en bref', 'l\'essentiel', 'en resumen', 'in sintesi',
];

/** Elements dropped with everything inside, whatever the pass. */
export const DROP_TAGS = [
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'form', 'button', 'input', 'select', 'textarea', 'option', 'label', 'nav', 'footer', 'aside',
  'figcaption', 'dialog', 'menu', 'head', 'link', 'meta', 'audio', 'video', 'source', 'track',
  'map', 'area', 'fieldset', 'legend', 'datalist', 'output', 'picture-source',
];

/** Elements dropped before scoring on the strict pass only (a page may wrap its story in one). */
export const STRICT_DROP_TAGS = ['header'];

/** ARIA roles of boilerplate landmarks and widgets. */
export const BOILERPLATE_ROLES = [
  'navigation', 'complementary', 'banner', 'contentinfo', 'dialog', 'alertdialog', 'alert',
  'menu', 'menubar', 'toolbar', 'search', 'form', 'tooltip', 'status',
];

/** Block-level elements (a new paragraph starts at each). */
export const BLOCK_TAGS = [
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption',
  'picture', 'frameset', 'noframes', 'listing', 'xmp', 'plaintext',
];

/** Job titles and roles stripped from author names ("Jane Doe, Staff Writer"). */
export const AUTHOR_ROLE_WORDS = [
  'staff writer', 'staff reporter', 'senior writer', 'contributing writer', 'contributing editor',
  'contributor', 'correspondent', 'reporter', 'editor', 'editors', 'columnist', 'writer',
  'senior editor', 'managing editor', 'editor-in-chief', 'editor at large', 'associate editor',
  'news editor', 'deputy editor', 'photographer', 'staff', 'special to', 'guest author',
  'guest writer', 'guest contributor', 'freelance writer', 'analyst', 'producer', 'opinion writer',
  'political reporter', 'political correspondent', 'foreign correspondent', 'chief correspondent',
  'senior correspondent', 'white house correspondent', 'science writer', 'technology reporter',
  'tech reporter', 'business reporter', 'health reporter', 'sports writer', 'author', 'admin',
  'administrator', 'webmaster', 'posted', 'updated', 'published', 'and', 'the',
];

/**
 * Job nouns written before a name, alone or as the last part of a hyphenated compound
 * ("Gastautorin Jane Doe", "Example-Online-Experte Jane Doe"): dropped from the name.
 */
export const AUTHOR_ROLE_NOUNS = [
  'experte', 'expertin', 'redakteur', 'redakteurin', 'chefredakteur', 'chefredakteurin', 'korrespondent',
  'korrespondentin', 'kolumnist', 'kolumnistin', 'gastautor', 'gastautorin', 'reporterin', 'volontär',
  'volontärin', 'autor', 'autorin', 'journalist', 'journalistin',
];

/** Leading phrases dropped from a byline. */
export const BYLINE_PREFIXES = [
  'more by', 'more from', 'stories by', 'articles by', 'written by', 'posted by', 'published by', 'reported by', 'words by', 'story by', 'text by',
  'article by', 'veröffentlicht von', 'eingestellt von', 'erstellt von', 'geschrieben von', 'verfasst von',
  'artikel von', 'beitrag von', 'ein beitrag von', 'gastbeitrag von', 'ein gastbeitrag von', 'pressemitteilung von',
  'eine pressemitteilung von', 'kommentar von', 'ein kommentar von', 'press release by', 'guest post by', 'a guest post by',
  'commentary by', 'publié par', 'écrit par', 'rédigé par', 'publicado por',
  'escrito por', 'scritto da', 'pubblicato da', 'geplaatst door', 'geschreven door', 'interview', 'text',
  'texte', 'redaktion', 'autorin', 'autoren', 'auteur(s)', 'auteurs', 'auteur', 'autore', 'by', 'from', 'von',
  'vom', 'par', 'por', 'door', 'di', 'av', 'autor', 'author', 'authors',
];

/**
 * Words that mark an organization's name (legal forms, associations, publishers): an author
 * string holding one is not a person ("Example Verlag GmbH", "Friends of the River e.V.").
 */
export const ORGANIZATION_MARKERS = [
  'e.v.', 'e.v', 'e. v.', 'e. v', 'gmbh', 'ggmbh', 'mbh', 'ag', 'kg', 'ohg', 'gbr', 'ug', 'inc.', 'inc', 'ltd.', 'ltd', 'llc', 'plc',
  'corp.', 'corp', 'co.', 's.a.', 's.l.', 's.r.l.', 'sarl', 'b.v.', 'n.v.', 'ab', 'oy', 'a/s', 'stiftung', 'verlag',
  'verein', 'verband', 'foundation', 'association', 'institute', 'institut', 'university', 'universität',
  'ministerium', 'ministry', 'department', 'gesellschaft', 'genossenschaft', 'kommune', 'gemeinde',
  'enterprises', 'holdings', 'publishing', 'publications', 'productions', 'communications', 'newspapers', 'broadcasting',
];

/** Link labels that follow an author's name in a byline box ("Jane Doe All articles"). */
export const AUTHOR_TAIL_PHRASES = [
  'all articles', 'all posts', 'view all posts', 'more articles', 'more posts', 'alle artikel', 'alle beiträge',
  'mehr artikel', 'weitere artikel', 'tous les articles', 'todos los artículos', 'follow', 'folgen',
];

/** Strings never taken as a person's name. */
export const NOT_A_NAME = [
  'admin', 'administrator', 'staff', 'editor', 'editors', 'editorial', 'editorial staff',
  'editorial board', 'webmaster', 'guest', 'anonymous', 'unknown', 'null', 'undefined', 'none',
  'team', 'newsroom', 'news desk', 'web desk', 'news staff', 'associated press', 'the associated press',
  'reuters', 'afp', 'agence france-presse', 'bloomberg', 'press association', 'upi', 'dpa',
  'ap', 'apa', 'sid', 'kna', 'epd', 'ansa', 'efe', 'pti', 'ians', 'ani', 'redaktion', 'redaction',
  'rédaction', 'redacción', 'redazione', 'redactie', 'name', 'user', 'post', 'posts', 'guest author',
];

/** JSON-LD types that describe an article. */
export const ARTICLE_TYPES = [
  'article', 'newsarticle', 'reportagenewsarticle', 'blogposting', 'analysisnewsarticle',
  'opinionnewsarticle', 'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle',
  'satiricalarticle', 'scholarlyarticle', 'techarticle', 'socialmediaposting', 'liveblogposting',
  'report', 'posting', 'review', 'medicalscholarlyarticle', 'advertisercontentarticle',
];

/** Title separators ("Headline | Site"). */
export const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' / ', ' » ', ' « ', ' · ', ' • ', ' ~ ', ' › ', ' ‹ ', ' ‒ ', ' ― ', ' │ '];

/**
 * Section and archive words that stand as a title segment of their own ("Site » Blog Archive »
 * Headline", "Headline - News - Site"): dropped at either end of a title, never a headline alone.
 * Also host labels that name no site ("blog.example.org").
 */
export const GENERIC_TITLE_SEGMENTS = [
  'blog archive', 'blog archiv', 'archive', 'archiv', 'archives', 'home', 'homepage', 'startseite', 'start',
  'news', 'blog', 'blogs', 'aktuelles', 'neuigkeiten', 'nachrichten', 'index', 'article', 'articles',
  'artikel', 'beitrag', 'post', 'posts', 'actualités', 'noticias', 'notizie', 'nieuws', 'online',
  'wordpress', 'blogspot', 'medium', 'substack', 'tumblr', 'github', 'gitlab',
];

/**
 * How Chinese site and channel names end (新华网, 人民日报, 国内新闻, 财经频道): a title segment
 * glued to the headline by "-", "_" or "|" without spaces ("标题-新华网", "标题_国内新闻_新浪网")
 * that ends so is the site's name or a section, not the story.
 */
export const CJK_SITE_NAME_ENDINGS = ['网', '網', '报', '報', '新闻', '新聞', '频道', '頻道', '在线', '在線'];

/**
 * Descriptions a CMS writes when the author gave none (WordPress/Jetpack's "Visit the post for
 * more.", template defaults): they describe nothing, so the next source is read. Compared
 * without case and punctuation.
 */
export const PLACEHOLDER_DESCRIPTION_TEXTS = [
  'Visit the post for more.', 'No description', 'No description available', 'Description', 'Default description',
  'undefined', 'null',
];
