import ICUKit

/// Lexical data that ICU and CLDR do not carry. Everything else comes from ICU (see
/// `Lexicon`). Keys are lowercase.
enum LexicalData {
    /// Words that join the parts of a spelled-out number.
    static let numberConnectors: [String: [String]] = [
        "en": ["and"], "de": ["und"], "fr": ["et"], "es": ["y"], "it": ["e"], "ru": ["и"], "pl": ["i"], "cs": ["a"],
    ]

    /// Scale words in common use that CLDR's compact forms lack.
    static let extraScales: [String: [String: Int]] = [
        "en": ["hundred": 2, "thousand": 3, "thousands": 3, "million": 6, "millions": 6, "billion": 9, "billions": 9,
               "trillion": 12, "bn": 9, "mn": 6, "mln": 6, "m": 6, "k": 3, "b": 9, "tn": 12,
               "lakh": 5, "lakhs": 5, "crore": 7, "crores": 7],
        "de": ["hundert": 2, "tausend": 3, "mio": 6, "mrd": 9, "million": 6, "millionen": 6, "milliarde": 9, "milliarden": 9],
        "fr": ["cent": 2, "mille": 3, "millier": 3, "milliers": 3, "million": 6, "millions": 6, "milliard": 9, "milliards": 9],
        "es": ["cien": 2, "mil": 3, "millón": 6, "millones": 6, "millardo": 9, "millardos": 9],
        "it": ["mila": 3, "mille": 3, "milione": 6, "milioni": 6, "miliardo": 9, "miliardi": 9],
        "ru": ["сто": 2, "тысяча": 3, "тысячи": 3, "тысяч": 3, "тыс": 3, "миллион": 6, "миллиона": 6, "миллионов": 6,
               "млн": 6, "миллиард": 9, "миллиарда": 9, "миллиардов": 9, "млрд": 9],
        "zh": ["百": 2, "千": 3, "万": 4, "萬": 4, "亿": 8, "億": 8, "兆": 12],
        "ja": ["百": 2, "千": 3, "万": 4, "億": 8, "兆": 12],
    ]

    /// Shared currency symbols read as the local currency.
    static let localSymbols: [String: [String: String]] = [
        "zh": ["¥": "CNY", "￥": "CNY"], "ja": ["¥": "JPY", "￥": "JPY", "円": "JPY"],
        "en": ["$": "USD", "US$": "USD", "¥": "JPY", "£": "GBP", "€": "EUR", "₽": "RUB", "₹": "INR"],
        "ru": ["₽": "RUB", "$": "USD"], "de": ["$": "USD"], "fr": ["$": "USD"], "es": ["$": "USD"],
    ]

    /// Short and colloquial currency names CLDR does not list.
    static let extraCurrencyNames: [String: [String: String]] = [
        "en": ["dollar": "USD", "dollars": "USD", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "yen": "JPY",
               "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "rouble": "RUB", "roubles": "RUB",
               "ruble": "RUB", "rubles": "RUB", "rupee": "INR", "rupees": "INR", "pesos": "MXN"],
        "zh": ["元": "CNY", "块": "CNY", "美金": "USD", "卢布": "RUB", "英镑": "GBP", "日元": "JPY", "欧元": "EUR", "美元": "USD"],
        "ja": ["円": "JPY", "ドル": "USD"],
        "de": ["dollar": "USD", "euro": "EUR"], "fr": ["dollars": "USD", "euros": "EUR", "euro": "EUR"],
        "es": ["dólares": "USD", "euros": "EUR"], "ru": ["долларов": "USD", "доллара": "USD", "рублей": "RUB", "рубля": "RUB", "евро": "EUR"],
    ]

    /// ICU measure units read after numbers, with the id translint reports.
    static let measureUnits: [(String, String)] = [
        ("length-kilometer", "km"), ("length-meter", "m"), ("length-centimeter", "cm"), ("length-millimeter", "mm"),
        ("length-mile", "mi"), ("length-foot", "ft"), ("length-inch", "in"), ("length-yard", "yd"),
        ("length-nautical-mile", "nmi"),
        ("mass-kilogram", "kg"), ("mass-gram", "g"), ("mass-tonne", "t"), ("mass-ton", "ton"), ("mass-pound", "lb"),
        ("mass-ounce", "oz"),
        ("temperature-celsius", "°C"), ("temperature-fahrenheit", "°F"), ("temperature-generic", "°"),
        ("area-square-kilometer", "km²"), ("area-square-meter", "m²"), ("area-hectare", "ha"), ("area-acre", "ac"),
        ("area-square-mile", "mi²"),
        ("volume-liter", "l"), ("volume-cubic-meter", "m³"), ("volume-gallon", "gal"),
        ("speed-kilometer-per-hour", "km/h"), ("speed-mile-per-hour", "mph"),
        ("duration-year", "year"), ("duration-month", "month"), ("duration-week", "week"), ("duration-day", "day"),
        ("duration-hour", "hour"), ("duration-minute", "minute"), ("duration-second", "second"),
        ("energy-kilowatt-hour", "kWh"), ("power-megawatt", "MW"), ("power-kilowatt", "kW"), ("power-gigawatt", "GW"),
    ]

    /// Unit words ICU lacks or spells differently.
    static let extraUnits: [String: [String: String]] = [
        "en": ["kilometre": "km", "kilometres": "km", "metre": "m", "metres": "m", "tonne": "t", "tonnes": "t",
               "tons": "ton", "ton": "ton", "degree": "°", "degrees": "°", "sq km": "km²", "square kilometres": "km²"],
        "zh": ["吨": "t", "公斤": "kg", "千克": "kg", "米": "m", "公里": "km", "千米": "km", "英里": "mi", "度": "°",
               "摄氏度": "°C", "平方公里": "km²", "公顷": "ha", "岁": "year of age", "周岁": "year of age"],
        "de": ["grad": "°", "tonnen": "t"], "ru": ["градусов": "°", "градуса": "°", "градус": "°", "тонн": "t"],
        "fr": ["degrés": "°", "tonnes": "t"], "es": ["grados": "°", "toneladas": "t"],
    ]

    /// Words before a number that qualify it.
    static let qualifiersBefore: [String: [String: Qualifier]] = [
        "en": ["about": .about, "around": .about, "approximately": .about, "roughly": .about, "some": .about,
               "nearly": .nearly, "almost": .nearly, "close to": .nearly, "at least": .atLeast,
               "more than": .moreThan, "over": .moreThan, "above": .moreThan, "in excess of": .moreThan,
               "less than": .lessThan, "fewer than": .lessThan, "under": .lessThan, "below": .lessThan,
               "at most": .atMost, "up to": .upTo, "as many as": .upTo, "nearly all": .nearly],
        "de": ["rund": .about, "etwa": .about, "ungefähr": .about, "circa": .about, "ca": .about, "fast": .nearly,
               "knapp": .nearly, "beinahe": .nearly, "mindestens": .atLeast, "mehr als": .moreThan, "über": .moreThan,
               "weniger als": .lessThan, "unter": .lessThan, "höchstens": .atMost, "bis zu": .upTo],
        "fr": ["environ": .about, "près de": .nearly, "presque": .nearly, "quelque": .about, "quelques": .about,
               "au moins": .atLeast, "plus de": .moreThan, "moins de": .lessThan, "jusqu'à": .upTo, "au plus": .atMost],
        "es": ["unos": .about, "unas": .about, "alrededor de": .about, "aproximadamente": .about, "cerca de": .nearly,
               "casi": .nearly, "al menos": .atLeast, "por lo menos": .atLeast, "más de": .moreThan,
               "menos de": .lessThan, "hasta": .upTo],
        "ru": ["около": .about, "примерно": .about, "порядка": .about, "почти": .nearly, "не менее": .atLeast,
               "по меньшей мере": .atLeast, "более": .moreThan, "больше": .moreThan, "свыше": .moreThan,
               "менее": .lessThan, "меньше": .lessThan, "до": .upTo],
        "zh": ["约": .about, "大约": .about, "大概": .about, "近": .nearly, "将近": .nearly, "接近": .nearly,
               "至少": .atLeast, "超过": .moreThan, "逾": .moreThan, "超": .moreThan, "多达": .upTo, "达": .upTo,
               "不到": .lessThan, "不足": .lessThan, "最多": .atMost],
    ]

    /// Words after a number that qualify it: 20%左右, 10多, 100余.
    static let qualifiersAfter: [String: PhraseTable<Qualifier>] = [
        "zh": ["左右": .about, "上下": .about, "多": .moreThan, "余": .moreThan, "以上": .moreThan, "来": .about],
        "ja": ["前後": .about, "以上": .moreThan, "余り": .moreThan],
        "en": ["or more": .atLeast, "plus": .moreThan, "odd": .about],
    ]

    /// Percent words; percentage points (CLDR has no unit for them).
    static let percentWords: [String: [String]] = [
        "en": ["%", "percent", "per cent", "pct"], "de": ["%", "prozent"], "fr": ["%", "pour cent", "pourcent"],
        "es": ["%", "por ciento"], "it": ["%", "per cento"], "ru": ["%", "процент", "процента", "процентов"],
        "zh": ["%"], "ja": ["%", "パーセント"], "pl": ["%", "procent"], "cs": ["%", "procent", "procenta"],
    ]
    static let percentagePointWords: [String: [String]] = [
        "en": ["percentage points", "percentage point", "points", "pp", "ppt"],
        "de": ["prozentpunkte", "prozentpunkten", "prozentpunkt"], "fr": ["points de pourcentage", "point de pourcentage", "points"],
        "es": ["puntos porcentuales", "punto porcentual"], "ru": ["процентных пункта", "процентных пунктов", "процентный пункт", "п.п"],
        "zh": ["个百分点", "百分点"],
    ]

    /// Chinese measure words (classifiers): 一 before one of them may be an article ("一颗卫星"
    /// = "a satellite").
    static let classifiers: Set<Character> = Set("个颗项种位名次段只件条张本家座辆架艘批场所部台头匹封篇份首句层道片起例股支门枚把根块间套组对双群届轮")

    /// Units and measures that form one word with a numeral (三天, 两年, 五岁): the numeral still
    /// counts.
    static let countedUnits: Set<Character> = Set("天年月周日岁倍人小时分钟秒里米克吨度元")

    /// Relative day words: offset from the article date in days.
    static let relativeDays: [String: PhraseTable<Int>] = [
        "en": ["yesterday": -1, "today": 0, "tomorrow": 1],
        "zh": ["昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "明天": 1, "明日": 1, "前天": -2, "后天": 2],
        "de": ["gestern": -1, "heute": 0, "vorgestern": -2, "übermorgen": 2],
        "fr": ["hier": -1, "aujourd'hui": 0, "demain": 1, "avant-hier": -2],
        "es": ["ayer": -1, "hoy": 0, "mañana": 1, "anteayer": -2],
        "ru": ["вчера": -1, "сегодня": 0, "завтра": 1, "позавчера": -2],
    ]

    /// Relative months and years: (months offset, years offset) from the article date.
    static let relativePeriods: [String: PhraseTable<(months: Int, years: Int)>] = [
        "en": ["last month": (-1, 0), "this month": (0, 0), "next month": (1, 0), "last year": (0, -1), "this year": (0, 0), "next year": (0, 1)],
        "zh": ["上个月": (-1, 0), "上月": (-1, 0), "本月": (0, 0), "这个月": (0, 0), "下个月": (1, 0), "下月": (1, 0),
               "去年": (0, -1), "今年": (0, 0), "明年": (0, 1), "前年": (0, -2)],
        "de": ["letzten monat": (-1, 0), "vergangenen monat": (-1, 0), "nächsten monat": (1, 0), "letztes jahr": (0, -1), "vergangenes jahr": (0, -1), "nächstes jahr": (0, 1)],
        "fr": ["le mois dernier": (-1, 0), "le mois prochain": (1, 0), "l'année dernière": (0, -1), "l'an dernier": (0, -1), "l'année prochaine": (0, 1)],
        "es": ["el mes pasado": (-1, 0), "el próximo mes": (1, 0), "el año pasado": (0, -1), "el próximo año": (0, 1)],
        "ru": ["в прошлом месяце": (-1, 0), "в следующем месяце": (1, 0), "в прошлом году": (0, -1), "в следующем году": (0, 1)],
    ]

    /// Titles in scripts without capital letters, after which a name follows (الرئيس بوتين).
    static let caselessTitles: [String: WordSet] = [
        "ar": ["الرئيس", "رئيس", "الوزير", "وزير", "الملك", "الأمير", "السيد", "السيدة", "الشيخ", "الجنرال", "المتحدث"],
        "hi": ["राष्ट्रपति", "प्रधानमंत्री", "मंत्री", "श्री", "श्रीमती", "डॉ", "जनरल", "राजा"],
        "fa": ["رئیس", "وزیر", "آقای", "خانم"],
        "he": ["הנשיא", "השר", "ראש", "מר", "גברת"],
    ]

    /// "last" / "next" before a weekday or "month".
    static let relativeMarkers: [String: [String: Int]] = [
        "en": ["last": -1, "next": 1, "this": 0], "de": ["letzten": -1, "vergangenen": -1, "nächsten": 1],
        "fr": ["dernier": -1, "prochain": 1], "es": ["pasado": -1, "próximo": 1], "ru": ["прошлой": -1, "следующей": 1],
    ]

    /// Weekday names CLDR lacks ("礼拜二", "星期二" are in CLDR; 周 forms too).
    static let extraWeekdays: [String: [String: Weekday]] = [
        "zh": ["礼拜一": .monday, "礼拜二": .tuesday, "礼拜三": .wednesday, "礼拜四": .thursday, "礼拜五": .friday,
               "礼拜六": .saturday, "礼拜天": .sunday, "礼拜日": .sunday, "星期天": .sunday, "周末": .saturday],
    ]

    /// Month or weekday abbreviations that are ordinary words.
    static let ambiguousDateWords: [String: [String]] = [
        "en": ["may", "march", "sun", "sat", "wed", "jan", "jun", "dec", "sept", "aug", "mar", "thu", "fri", "tue", "mon"],
        "fr": ["mars", "sept"], "es": ["mar"], "de": ["mai"],
    ]

    /// Words for "both": a pair the other language may state as two.
    static let pairWords: [String: [String]] = [
        "en": ["both"], "de": ["beide", "beiden", "beider", "beides", "beidem"],
        "fr": ["tous les deux", "toutes les deux", "l'un et l'autre"], "es": ["ambos", "ambas"],
        "it": ["entrambi", "entrambe", "ambedue"], "pt": ["ambos", "ambas"],
        "ru": ["оба", "обе", "обоих", "обеих", "обоим", "обеим", "обоими", "обеими"], "zh": ["双方"],
    ]

    /// Words for "century", which Roman numerals go with ("XVe siècle", "siglo XV", "XX века").
    static let centuryWords: Set<String> = [
        "century", "centuries", "siècle", "siècles", "siglo", "siglos", "secolo", "secoli", "jahrhundert",
        "jahrhunderts", "jahrhunderte", "век", "века", "веке", "веков", "wiek", "wieku", "století",
    ]

    /// Unit abbreviations that are ordinary words of the language.
    static let ambiguousUnitWords: [String: [String]] = [
        "en": ["in", "min", "mi", "yd", "g", "l", "ac", "m", "s", "d", "w", "wk", "mo", "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes", "second", "seconds"],
        "de": ["in", "j", "m", "s", "t", "tag", "tage", "woche", "wochen", "monat", "monate", "jahr", "jahre", "stunde", "stunden"],
        "fr": ["an", "ans", "m", "s", "j", "jour", "jours", "mois", "semaine", "semaines", "heure", "heures", "année", "années"],
        "es": ["a", "m", "s", "d", "día", "días", "mes", "meses", "año", "años", "hora", "horas", "semana", "semanas"],
        "ru": ["м", "с", "д", "г", "год", "года", "лет", "день", "дня", "дней", "месяц", "месяца", "месяцев", "час", "часа", "часов", "неделя", "недели", "недель"],
        "zh": ["天", "月", "周", "时", "分", "秒", "小时", "年", "个月", "分钟"],
    ]

    /// Words that start sentences and are not names ("After the UK ...").
    static let sentenceStarters: WordSet = [
        "after", "when", "while", "since", "last", "this", "that", "these", "those", "the", "in", "on", "at", "for",
        "but", "and", "however", "meanwhile", "according", "although", "if", "as", "following", "during", "before",
        "under", "with", "without", "from", "by", "to", "of", "an", "a", "it", "its", "his", "her", "their", "our",
        "we", "they", "he", "she", "i", "you", "there", "here", "what", "who", "why", "how", "where", "today",
        "yesterday", "also", "so", "then", "thus", "now", "once", "some", "many", "most", "all", "both", "each",
        "statement", "original", "similar", "like", "unlike", "despite", "through", "over", "about", "among",
        "later", "earlier", "then", "next", "first", "finally", "instead", "still", "yet", "even", "only", "just",
        "every", "several", "few", "such", "other", "another", "one", "two", "three", "no", "not", "nor", "or",
        "because", "though", "whether", "until", "unless", "upon", "against", "between", "within", "across",
        "after", "mr", "mrs", "ms", "dear", "hello", "yes", "please", "thanks",
        "der", "die", "das", "im", "am", "nach", "bei", "mit", "le", "la", "les", "en", "dans", "el", "los", "las",
        // Conjunctions and prepositions of the source languages that open a sentence before a
        // name ("Si la FOM a choisi", "Con la ONU").
        "si", "se", "et", "ou", "mais", "pour", "avec", "sans", "sur", "par", "quand", "lorsque",
        "y", "o", "pero", "para", "por", "con", "sin", "cuando", "según", "desde", "tras",
        "und", "oder", "aber", "wenn", "als", "für", "von", "vor", "seit", "laut", "auch",
    ]

    /// Words that make a capitalised run an organisation or a thing, not a titled person
    /// ("Overall Defense Command Law", "US Southern Command").
    static let organisationWords: WordSet = [
        "command", "law", "group", "times", "guard", "agency", "ministry", "department", "council", "committee",
        "party", "bank", "university", "plan", "operation", "office", "house", "court", "army", "navy", "force",
        "forces", "news", "post", "journal", "service", "union", "organization", "organisation", "company",
        "corporation", "institute", "association", "federation", "fund", "program", "programme", "act", "treaty",
        "police", "bureau", "commission", "assembly", "parliament", "senate", "congress", "staff", "chiefs",
    ]

    /// English words that end a counted noun phrase ("8 warships in the region").
    static let englishStopwords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is",
        "are", "was", "were", "be", "been", "had", "has", "have", "that", "which", "who", "this", "these", "those",
        "it", "its", "their", "his", "her", "per", "than", "more", "less", "each", "percent", "times", "years",
        "year", "days", "day", "months", "month", "weeks", "week", "hours", "hour", "minutes", "ago", "old", "later",
        "earlier", "since", "after", "before", "during", "into", "over", "under", "about", "around", "out", "up",
        "down", "off", "other", "new", "first", "last", "next", "people", "million", "billion", "thousand",
        "hundred", "while", "when", "where", "not", "no", "so", "such", "then", "there", "also", "only", "all",
    ]

    /// Words that make a percentage a share of a whole.
    static let shareCues: [String] = [
        "account for", "accounts for", "accounted for", "accounting for", "share of", "made up", "make up",
        "makes up", "proportion", "of all ", "of the total", "of the population", "of the vote", "of votes",
        "represent", "占", "比重", "份额", "anteil", "part de", "proporción", "доля",
    ]

    /// Words that names of organisations, places and publications share, translated word for
    /// word rather than transliterated ("Financial Times", "International Crisis Group"):
    /// they need no counterpart in the source.
    static let genericNameWords: Set<String> = Set(organisationWords).union(titles["en"] ?? []).union([
        "prefecture", "provincial", "province", "municipal", "finance", "community", "festival", "expo", "culture",
        "cultural", "tourism", "industry", "industrial", "public", "bureau", "investigation", "aircraft",
        "accident", "reform", "demonstration", "zone", "base", "innovation", "development", "administration",
        "autonomous", "consulate", "embassy", "supreme", "court", "ministry", "economy", "agriculture",
        "agricultural", "science", "technology", "research", "education", "environment", "environmental",
        "energy", "transport", "railway", "airlines", "airways", "bank", "forum", "summit", "conference",
        "council", "assembly", "corps", "engineers", "navy", "fleet", "armed", "forces", "guard", "internet",
        "earth", "moon", "sun", "milky", "way", "advisor", "adviser", "police", "fire", "medical", "hospital",
        "law", "laws", "act", "treaty", "agreement", "convention", "charter", "protocol", "declaration", "plan",
        "programme", "program", "strategy", "initiative", "defense", "defence", "command",
        "market", "stock", "exchange", "index", "award", "awards", "best", "picture", "film", "music",
        "republican", "democrat", "democrats", "republicans", "communist", "socialist", "green", "greens",
        "hurricane", "typhoon", "storm", "tropical", "nations", "union", "european", "american", "african",
        "asian", "arab", "western", "eastern", "county", "town", "village", "port", "harbour", "harbor",
        "national", "international", "united", "royal", "new", "north", "south", "east", "west", "northern",
        "southern", "eastern", "western", "central", "great", "upper", "lower", "hospital", "college", "school",
        "museum", "park", "river", "lake", "mountain", "mount", "island", "islands", "bay", "sea", "ocean", "gulf",
        "street", "road", "square", "bridge", "airport", "station", "stadium", "city", "county", "state", "states",
        "province", "district", "region", "republic", "kingdom", "empire", "federal", "general", "financial",
        "economic", "daily", "herald", "tribune", "crisis", "world", "global", "foreign", "affairs", "security",
        "health", "human", "rights", "people's", "democratic", "liberal", "labour", "labor", "conservative",
        "christian", "islamic", "catholic", "church", "cup", "league", "championship", "olympic", "games",
        "day", "war", "women's", "children's", "institute", "centre", "center", "hall", "tower", "palace",
        "street", "avenue", "valley", "desert", "coast", "peninsula", "strait", "canal", "county", "prize",
        "award", "festival", "show", "series", "season", "team", "club", "fc", "inc", "ltd", "co",
    ])

    /// Titles and roles before a name ("President Petro"), per language. Lowercase.
    static let titles: [String: WordSet] = [
        "en": ["president", "vice", "prime", "minister", "secretary", "general", "commander", "chairman", "chairwoman",
               "chair", "chief", "director", "governor", "gov", "senator", "sen", "representative", "rep", "mayor",
               "ambassador", "king", "queen", "prince", "princess", "pope", "judge", "justice", "admiral", "colonel",
               "captain", "lieutenant", "sergeant", "major", "dr", "mr", "mrs", "ms", "miss", "sir", "dame", "lord",
               "lady", "professor", "prof", "sheikh", "emir", "chancellor", "premier", "speaker", "spokesman",
               "spokeswoman", "spokesperson", "ceo", "head", "leader", "foreign", "defense", "defence", "deputy",
               "high", "commissioner", "saint", "st", "rev", "father", "psychologist", "analyst", "coach", "officer"],
        "de": ["präsident", "präsidentin", "kanzler", "kanzlerin", "minister", "ministerin", "herr", "frau", "dr",
               "bundeskanzler", "bundeskanzlerin", "ministerpräsident", "ministerpräsidentin", "bürgermeister",
               "bürgermeisterin", "trainer", "professor", "papst", "könig", "königin"],
        "fr": ["président", "présidente", "ministre", "premier", "m", "mme", "monsieur", "madame", "dr", "général",
               "roi", "reine", "pape", "maire", "secrétaire"],
        "es": ["presidente", "presidenta", "ministro", "ministra", "señor", "señora", "sr", "sra", "dr", "rey", "reina",
               "papa", "alcalde", "alcaldesa", "general", "secretario", "secretaria"],
        "ru": ["президент", "министр", "премьер", "премьер-министр", "господин", "госпожа", "генерал", "мэр", "губернатор",
               "глава", "психолог", "посол", "патриарх", "король", "королева", "папа", "адмирал", "контр-адмирал",
               "вице-адмирал", "начальник", "главком", "госсекретарь", "секретарь", "директор", "председатель", "сенатор"],
    ]

    /// Characters Chinese uses to write foreign names by sound (the common ones of the
    /// transliteration tables: 阿, 巴, 德, 尔, 斯, 特, 罗...). A run made mostly of them is a
    /// transliterated name; a run of ordinary words is not.
    static let transliterationCharacters: Set<Character> = Set(
        "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯勃博布查达戴丹道德登迪蒂丁东杜顿多厄恩尔法凡范菲费芬丰冯佛夫弗伏福富盖甘冈高戈哥格根贡古圭哈海汉豪赫亨洪胡华霍基吉加贾杰金卡凯坎康考柯科可克肯库夸奎拉莱赖兰朗劳勒雷蕾里丽利莉连林琳琉卢鲁路伦罗洛吕马玛迈麦曼芒梅美门蒙米敏明莫姆穆娜纳奈南瑙内妮尼涅宁纽努诺欧帕潘庞佩彭皮珀普奇齐恰乔切钦琼丘萨塞赛桑瑟森沙莎尚舍什施史斯松苏索塔泰坦汤唐特滕梯提廷通图托瓦万旺威韦维魏温文翁沃乌伍西希锡席谢辛休雅亚延扬耶伊因英尤于约扎泽詹兹卓祖佐琪娅娃丝黛白堡边采察代当邓敦瓜怀惠黑居昆黎留柳毛孟密摩默琴屈让热瑞若山绍申舒欣叶歇翰易刘茨"
    )

    /// Common Chinese surnames that are seldom a word on their own (not 王, 黄, 高, 马, 金,
    /// 白, 石, 方, 江, 万, 文, 龙: king, yellow, tall, horse, gold...). One that ICU's dictionary
    /// leaves standing alone, before a given name of one or two characters, starts a person's
    /// name written with ordinary characters (陈光明, 许正宇, 郭梅).
    static let chineseSurnames: Set<Character> = Set(
        "李张刘陈杨赵吴徐孙胡朱郭罗梁宋郑谢韩唐冯董萧程曹袁邓许傅沈彭吕苏卢蒋蔡贾魏薛叶阎潘杜戴钟汪姜范姚谭廖邹熊陆郝崔邱秦顾侯邵孟段雷汤尹黎贺赖龚柳习"
    )

    /// Chinese titles written before a name (总统佩特罗 = President Petro).
    static let cjkTitles: [String] = [
        "总统", "副总统", "总理", "首相", "部长", "外长", "防长", "国务卿", "主席", "秘书长", "大使", "议员", "参议员",
        "众议员", "州长", "市长", "国王", "女王", "王子", "公主", "将军", "上将", "司令", "教授", "博士", "先生", "女士",
        "记者", "站长", "局长", "院长", "校长", "主任", "发言人", "分析师", "总裁", "董事长", "首席执行官", "教练", "法官",
    ]

    /// Small words that may stand inside a name ("Gerald R. Ford", "Ludwig van Beethoven").
    /// Names of countries that CLDR does not give and that are not its name plus an ending
    /// or a language's name (which are matched already): American for the United States,
    /// British for the United Kingdom. By language, then region code.
    static let extraPlaceNames: [String: [String: [String]]] = [
        "en": [
            "US": ["America", "American", "Americans", "U.S.", "U.S.A."],
            "GB": ["Britain", "Great Britain", "British", "Briton", "Britons", "U.K."],
            "NL": ["Holland", "Dutch"], "CH": ["Swiss"], "PH": ["Filipino", "Filipinos", "Philippine"],
            "AF": ["Afghan", "Afghans"], "SA": ["Saudi", "Saudis"], "AE": ["Emirati", "Emirates"],
            "NZ": ["New Zealander", "New Zealanders"], "KP": ["North Korean"], "KR": ["South Korean"],
            // Names CLDR has replaced that the press still writes.
            "CZ": ["Czech Republic"], "MK": ["Macedonia"], "SZ": ["Swaziland"], "CI": ["Ivory Coast"],
        ],
        // The adjectives themselves are matched by their stem (américain, americano, amerikanisch).
        "fr": ["US": ["Amérique"], "GB": ["Grande-Bretagne", "britannique", "britanniques"], "CZ": ["République tchèque"], "MK": ["Macédoine"]],
        "es": ["US": ["América", "estadounidense", "estadounidenses", "norteamericano", "norteamericana"], "GB": ["Gran Bretaña", "británico", "británica"],
               "CZ": ["República Checa"], "MK": ["Macedonia"], "CI": ["Costa de Marfil"]],
        "de": ["US": ["Amerika", "USA"], "GB": ["Großbritannien", "britisch", "britische", "britischen", "Briten"],
               "CZ": ["Tschechische Republik"], "MK": ["Mazedonien"], "CI": ["Elfenbeinküste"]],
        "it": ["US": ["America"], "GB": ["Gran Bretagna", "britannico", "britannica"]],
        "ru": ["US": ["Америка", "американский", "американского", "американские"], "GB": ["британский", "британского", "британские"],
               "CZ": ["Чешская Республика"], "MK": ["Македония"]],
    ]

    /// Articles and determiners: a capitalised word after one is a noun (German "einer Roten
    /// Karte", French "ma Ville", Spanish "La Unidad"), not a person's name.
    static let determiners: [String: Set<String>] = [
        "de": ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine",
               "im", "am", "zum", "zur", "vom", "beim", "ins", "ans",
               "viele", "alle", "einige", "beide", "jede", "diese", "jene", "manche", "mehrere", "wenige", "andere", "solche",
               "welche", "meine", "deine", "seine", "ihre", "unsere", "eure"],
        "fr": ["le", "la", "les", "l", "un", "une", "des", "du", "au", "aux", "ma", "mon", "mes", "ta", "ton", "tes", "sa", "son", "ses",
               "notre", "nos", "votre", "vos", "leur", "leurs", "ce", "cet", "cette", "ces"],
        "es": ["el", "la", "los", "las", "un", "una", "unos", "unas", "al", "del", "mi", "mis", "tu", "tus", "su", "sus",
               "nuestro", "nuestra", "este", "esta", "ese", "esa"],
        "it": ["il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una", "del", "della", "dei", "al", "alla", "nel", "nella"],
        "pt": ["o", "a", "os", "as", "um", "uma", "do", "da", "dos", "das", "no", "na", "ao", "à"],
    ]

    /// Endings of Russian adjectives: a capitalised word with one begins a place's or a
    /// thing's name (Восточной Азии, Млечный Путь), not a person's.
    static let cyrillicAdjectiveEndings: [String] = [
        "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ого", "его", "ому", "ему", "ую", "юю", "ым", "им",
    ]

    /// Letter groups that Russian writes in foreign names and hardly in its own words (Джордан,
    /// Брайант, Хьюн, Пфанненштиль, Уэльс): a capitalised word with one is a transliterated
    /// name, which translations transliterate, never translate.
    static let cyrillicTransliterationMarks: [String] = [
        "дж", "йа", "йе", "йу", "ью", "уэ", "уо", "оу", "аэ", "пф",
    ]

    /// Lowercase words inside names (Vasco da Gama, Ludwig van Beethoven). Not Spanish "y":
    /// "Hershey y Chase" is two names far more often than one "Ortega y Gasset".
    static let nameParticles: WordSet = [
        "de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "ten", "ter", "bin", "ibn",
        "al", "el", "la", "le", "du", "des", "of", "the",
    ]
}
