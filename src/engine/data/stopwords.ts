/**
 * Frequent function words of Latin-script languages, for language detection
 * (src/engine/language/detect.ts). Keys are BCP 47 primary tags. Words are lower case, as
 * split on anything that is not a letter ("l'homme" → "l", "homme"). Written by hand from
 * general knowledge of each language: the most common articles, pronouns, prepositions,
 * conjunctions and auxiliaries, with the words that tell close languages apart (da/no/sv,
 * cs/sk, hr/sl, nl/af, es/ca/pt). Plain data: no logic here.
 */
export const STOPWORDS: Readonly<Record<string, string>> = {
  en: `the of and to a in is that for it on was with as by at from he she his her they be are
    were been have has had not but or an this which would will said its their who we you i
    there also after more than about into up out one two new last over can could them when
    what if all no do so year years these those been while because should other our may`,
  de: `der die das und in den von zu mit ist im für auf nicht ein eine einer eines einem einen
    dem des sich es sie er auch als an aus bei nach wie wird werden wurde hat haben sind war
    noch nur oder aber um über vor so dass daß zum zur durch mehr am bis man kann schon sein
    seine ihre ich wir ihr uns diese dieser wenn weil gegen unter jahr jahren sagte sei vom`,
  fr: `le la les de des du et à en un une est que qui dans pour pas sur au aux par plus ne se
    ce cette il elle ils elles on avec son sa ses leur leurs nous vous été être a ont sont
    mais ou comme tout tous d l qu n s c y après aussi fait entre depuis sans sous lors dont
    était année ans selon déjà encore très`,
  es: `el la los las de del y en que a un una es por con para no se su sus al lo como más pero
    fue ha han este esta estos estas sobre entre también cuando desde hasta muy sin ya son
    está están era sido porque le les me mi nos ni todo todos otro otra años año dijo según
    hay ese esa`,
  it: `il lo la i gli le di del della dei delle degli e è che in un una per non con da dal
    dalla su sul sulla al alla ai alle anche come più ma se sono stato stata essere ha hanno
    questo questa quello quella suo sua loro ci si ne nel nella nei dopo ancora tra fra anni
    anno perché quando solo già molto ed l d dell`,
  pt: `o a os as de do da dos das e em no na nos nas um uma que é para com por não se ao aos à
    às mais como mas foi são ser está estão tem têm seu sua seus suas ele ela eles elas pelo
    pela pelos pelas também já entre quando muito sobre até depois isso este esta esse essa
    anos ano disse ainda há`,
  nl: `de het een en van in is dat op te voor met zijn niet die aan er om ook als bij door maar
    dan nog wordt werd worden naar uit over tot hij zij ze wij we ik je u haar hun was waren
    heeft hebben had kan kunnen zou moet meer al geen deze dit wel jaar onder tegen na zei`,
  af: `die en van in is dat het nie vir met op te om as aan was sy hy ons ek jy hulle word wat
    ook maar deur na kan sal by uit oor jaar gesê toe nog baie ander`,
  sv: `och i att det som en på är av för med till den har de inte om ett han hon var men jag vi
    från man sig eller ska skulle kan när efter också så vid under år hade blev blir mot
    detta denna sina sin sitt deras över nu bara mycket alla andra dem kommer sade säger`,
  da: `og i at det som en på er af for med til den har de ikke om et han hun var men jeg vi fra
    man sig eller skal skulle kan når efter også så ved under år havde blev bliver mod dette
    denne sine sin sit deres over nu kun meget alle andre dem kommer sagde siger hvad hvor
    nogle mig`,
  no: `og i at det som en på er av for med til den har de ikke om et han hun var men jeg vi fra
    man seg eller skal skulle kan når etter også så ved under år hadde ble blir mot dette
    denne sine sin sitt deres over nå bare mye alle andre dem kommer sa sier hva hvor noen
    meg`,
  is: `og að í á er sem til það ekki við með um en hann hún var þeir eru fyrir af frá hafa hefur
    verið eftir einnig sagði þessi þetta þegar`,
  fi: `ja on ei se että oli hän ovat olla mutta tai kun myös niin kuin joka jotka sen siitä
    sitä tämä tämän nämä ole ollut olivat mukaan vuoden vuonna jo vain voi kanssa sekä
    jälkeen mikä mitä hänen heidän me te he minä sinä kaikki yli ennen`,
  et: `ja on ei see et oli ta nad ka kui mis aga või ning mida seda selle need kes oma ole
    olnud olid pärast veel juba ainult üle kõik aasta aastal ütles`,
  pl: `i w z na się nie do to że jest o a od po przez dla jak ale co tak jego jej ich już być
    był była było były są tym tego tej także oraz lub czy który która które którzy przy pod
    za ze we może jednak roku lat tylko jeszcze bardzo gdy też mu`,
  cs: `a v se na je že to s z do o i k ve jako by byl byla bylo byly jsou není pro ale jeho
    její jejich podle který která které také tak už jen když při po od za před mezi nebo
    roku let však bude mají má řekl`,
  sk: `a v sa na je že to s z do o i k vo ako by bol bola bolo boli sú nie pre ale jeho jej
    ich podľa ktorý ktorá ktoré tiež tak už len keď pri po od za pred medzi alebo roku
    rokov však bude majú má povedal`,
  hr: `i u je da se na za su od s sa ne o kao koji koja koje što ali ili bi bio bila bilo biti
    smo će ga mu ih iz do po prema nakon još samo već godine godina kako tako također rekao
    više oko sve nije ima ovaj ova ovo jer kada gdje tijekom između prije zbog te li oni ona
    on trebao mogu može`,
  sl: `in je da se na za so od s z ne o kot ki ali bi bil bila bilo biti smo bo ga mu jih iz do
    po še samo že leta let kako tako tudi dejal ter pa več okoli vse ni ima ta to tega zato
    kjer ko med pred lahko mora zelo`,
  hu: `a az és hogy nem is egy meg de ez azt van volt már csak mint még el ki be fel le által
    után között szerint pedig vagy ha amely amelyek akkor most lesz lett nagyon minden
    évben év mondta`,
  ro: `și în de la a cu pe nu să se care ce un o este sunt din pentru mai au fost ca dar sau
    iar fi al ale lui ei el ea după despre între până prin acest această acum când doar
    foarte anul ani spus`,
  ca: `el la els les de del i a en que un una és per amb no es se al als com més però va ha han
    aquest aquesta aquests sobre entre també quan des fins molt sense ja són està era seu
    seva seus seves dels pel pels any anys segons`,
  tr: `ve bir bu da de için ile olarak gibi daha çok en ne o şu ama ya değil var yok sonra kadar
    ancak her ise mi mı mu mü olan olduğu olduğunu bunu buna onun ona diye göre yıl
    yılında tarafından ayrıca dedi`,
  id: `yang dan di ke dari ini itu dengan untuk pada adalah tidak akan dalam juga ada oleh
    sebagai atau saya kami kita mereka dia telah sudah bisa karena tersebut lebih seperti
    hanya namun tahun kata menurut para bagi antara setelah masih harus`,
  vi: `và của là có được trong các những cho với không này người một đã để khi từ theo về năm
    ông bà sẽ cũng như đến tại ra vào nhiều nhưng thì đó hơn sau trên`,
  lv: `un ir ka ar no uz par kā arī bet vai tas tā to šo šī viņš viņa viņi bija būs tiek tika
    var pēc līdz jau vēl tikai gadā gada teica kas`,
  lt: `ir yra kad su iš į apie kaip taip pat bet ar tai tas ta šis ši jis ji jie buvo bus gali
    po iki jau dar tik metų metais sakė kuris kuri`,
  sq: `të e në dhe një për me që nga është janë u ka kanë si por ose edhe do mund pas deri më
    tha kjo ky ai ajo ata`,
  sw: `na ya wa kwa katika ni la za kuwa hiyo hii huo pia lakini au kama cha vya ambao ambayo
    baada kutoka hadi sana wake yake wao yeye sisi mimi zaidi alisema`,
  tl: `ang ng mga sa na at ay si ni kay para hindi ito iyon siya sila kami tayo ako ikaw may
    mayroon pa rin din lamang lang ngunit pero kung dahil noong nang sinabi`,
};

/**
 * Letters that occur in few Latin-script languages; each occurrence adds a little weight to
 * the languages listed (a tie-breaker beside the function words).
 */
export const LETTER_HINTS: Readonly<Record<string, readonly string[]>> = {
  ß: ['de'],
  ñ: ['es'],
  ã: ['pt'],
  õ: ['pt', 'et'],
  ğ: ['tr'],
  ı: ['tr'],
  ş: ['tr'],
  ș: ['ro'],
  ț: ['ro'],
  ă: ['ro', 'vi'],
  ł: ['pl'],
  ą: ['pl', 'lt'],
  ę: ['pl', 'lt'],
  ź: ['pl'],
  ż: ['pl'],
  ř: ['cs'],
  ě: ['cs'],
  ů: ['cs'],
  ľ: ['sk'],
  ĺ: ['sk'],
  ŕ: ['sk'],
  ő: ['hu'],
  ű: ['hu'],
  ø: ['da', 'no'],
  æ: ['da', 'no', 'is'],
  å: ['sv', 'da', 'no'],
  þ: ['is'],
  ð: ['is'],
  ơ: ['vi'],
  ư: ['vi'],
  đ: ['vi', 'hr'],
  ē: ['lv'],
  ī: ['lv'],
  ā: ['lv'],
  ņ: ['lv'],
  ļ: ['lv'],
  ė: ['lt'],
  ų: ['lt'],
  į: ['lt'],
  ë: ['sq', 'nl', 'af'],
  ê: ['af', 'pt', 'vi'],
};

/**
 * Word endings typical of languages whose function words are few (case endings of Finnish,
 * Estonian, Hungarian, Turkish): each word of five letters or more with one of these endings adds a
 * little weight to the language.
 */
export const SUFFIX_HINTS: Readonly<Record<string, readonly string[]>> = {
  fi: [
    'ssa', 'ssä', 'sta', 'stä', 'lla', 'llä', 'lta', 'ltä', 'lle', 'ksi', 'nsa', 'nsä', 'aan',
    'ään', 'iin', 'ivat', 'ivät', 'inen', 'isen', 'ttää', 'taan', 'tään', 'lähde', 'kaan', 'kään',
  ],
  et: [
    'tud', 'mine', 'mise', 'miseks', 'likud', 'lik', 'tele', 'dele', 'sse', 'akse', 'ile', 'ele',
    'mas', 'vad', 'tavad', 'nud', 'gale', 'gele',
  ],
  hu: [
    'ban', 'ben', 'nak', 'nek', 'ból', 'ből', 'ról', 'ről', 'tól', 'től', 'hoz', 'hez', 'höz',
    'val', 'vel', 'ság', 'ség', 'ának', 'ének', 'ött', 'ett', 'ünk', 'unk',
  ],
  tr: [
    'lar', 'ler', 'dır', 'dir', 'dur', 'dür', 'lık', 'lik', 'luk', 'lük', 'ında', 'inde', 'ından',
    'inden', 'acak', 'ecek', 'yor', 'mış', 'miş', 'ması', 'mesi',
  ],
};
