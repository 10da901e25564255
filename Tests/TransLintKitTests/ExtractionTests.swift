import Foundation
import ICUKit
import Testing
import TransLintKit
import TransLintTestSupport

func extract(_ text: String, _ lang: String = "en", date: String? = nil) throws -> Extraction {
    Extraction(try Document(text: text, language: lang), articleDate: date.flatMap(CalendarDate.init(iso:)))
}

/// The quantities of a text as "value[-max][ unit][ ~qualifier]" strings.
func quantities(_ text: String, _ lang: String = "en") throws -> [String] {
    try extract(text, lang).numbers.filter { $0.isQuantity && !$0.isWeak }.map { n in
        var s = n.value.plainString
        if let m = n.max { s += "-" + m.plainString }
        if let u = n.unit { s += " " + u }
        if let q = n.qualifier { s += " ~" + q.rawValue }
        return s
    }
}

func dates(_ text: String, _ lang: String = "en", date: String? = nil) throws -> [String] {
    try extract(text, lang, date: date).dates.map { d in
        (d.isoValue ?? "?") + (d.weekday.map { " " + $0.englishName } ?? "")
    }
}

@Suite struct DigitNotationTests {
    @Test func groupingAndDecimalMarksOfEachLocale() throws {
        #expect(try quantities("It cost 1,000.5 dollars.") == ["1000.5 USD"])
        #expect(try quantities("Es kostete 1.000,5 Euro.", "de") == ["1000.5 EUR"])
        #expect(try quantities("Il y a 10\u{A0}000,5 personnes.", "fr") == ["10000.5"])
        #expect(try quantities("Il y a 10\u{202F}000,5 personnes.", "fr") == ["10000.5"])
        #expect(try quantities("Es waren 10'000 Leute.", "de") == ["10000"])
        #expect(try quantities("About 1,00,000 people came.") == ["100000 ~about"])
    }

    @Test func fullWidthAndNativeDigits() throws {
        #expect(try quantities("共有１０，０００名士兵", "zh") == ["10000"])
        #expect(try quantities("عدد ٣٥ شخصا", "ar") == ["35"])
        #expect(try quantities("कुल १२३ लोग", "hi") == ["123"])
    }

    @Test func decimalCommaInEnglishIsReadAndMarked() throws {
        let n = try #require(try extract("Growth was 3,5 percent.").numbers.first)
        #expect(n.value == Decimal(string: "3.5"))
        #expect(n.usesForeignNotation)
        #expect(try !extract("Growth was 3.5 percent.").numbers.first!.usesForeignNotation)
    }

    @Test func precisionIsHalfTheLastDigitWritten() throws {
        let n = try #require(try extract("about $1.4 billion in aid").numbers.first)
        #expect(n.value == Decimal(1_400_000_000))
        #expect(n.precision == Decimal(50_000_000))
        #expect(n.unit == "USD")
        #expect(n.qualifier == .about)
        let w = try #require(try extract("392.69万", "zh").numbers.first)
        #expect(w.value == Decimal(3_926_900))
        #expect(w.precision == Decimal(50))
    }
}

@Suite struct ScaleWordTests {
    @Test func englishScales() throws {
        #expect(try quantities("14 billion dollars") == ["14000000000 USD"])
        #expect(try quantities("$5m and $2bn and 10k people") == ["5000000 USD", "2000000000 USD", "10000"])
        #expect(try quantities("3 trillion, 2.5 million") == ["3000000000000", "2500000"])
        #expect(try quantities("5 lakh rupees and 2 crore") == ["500000 INR", "20000000"])
    }

    @Test func chineseAndJapaneseScales() throws {
        #expect(try quantities("3.5万", "zh") == ["35000"])
        #expect(try quantities("1.2亿", "zh") == ["120000000"])
        #expect(try quantities("392.69万", "zh") == ["3926900"])
        #expect(try quantities("两千", "zh") == ["2000"])
        #expect(try quantities("约140亿美元", "zh") == ["14000000000 USD ~about"])
        #expect(try quantities("3億5千万円", "ja") == ["350000000 JPY"])
    }

    @Test func approximateChineseRange() throws {
        #expect(try quantities("一万六七千元", "zh") == ["16000-17000 CNY"])
    }

    @Test func sourceLanguageScaleWords() throws {
        #expect(try quantities("5 Millionen Euro", "de") == ["5000000 EUR"])
        #expect(try quantities("3 Milliarden", "de") == ["3000000000"])
        #expect(try quantities("2 milliards d'euros", "fr") == ["2000000000"])
        #expect(try quantities("4 миллиона человек", "ru") == ["4000000"])
        #expect(try quantities("10 тысяч человек", "ru") == ["10000"])
    }
}

@Suite struct SpelledOutNumberTests {
    @Test func englishWords() throws {
        #expect(try quantities("eight warships") == ["8"])
        #expect(try quantities("one hundred and twenty-five strikes") == ["125"])
        #expect(try quantities("two decades and twenty-five years") == ["2", "25"])
        #expect(try quantities("a four-month-old mouse") == ["4"])
        #expect(try quantities("two million people") == ["2000000"])
    }

    @Test func otherLanguagesThroughICURules() throws {
        #expect(try quantities("zehntausend Soldaten", "de") == ["10000"])
        #expect(try quantities("dix mille soldats", "fr") == ["10000"])
        #expect(try quantities("десять тысяч солдат", "ru") == ["10000"])
        #expect(try quantities("十九次", "zh") == ["19"])
        #expect(try quantities("一亿四千万", "zh") == ["140000000"])
        #expect(try quantities("dos temporadas", "es") == ["2"])
    }

    @Test func oneAsAnArticleIsWeak() throws {
        let article = try extract("一个多月以来", "zh").numbers
        #expect(article.count == 1)
        #expect(article.first?.isWeak == true)
        #expect(article.first?.qualifier == .moreThan)
        #expect(try extract("one of the strikes").numbers.first?.isWeak == true)
        #expect(try extract("ein Boot", "de").numbers.first?.isWeak == true)
        // A numeral inside a word is no count: 三聚氰胺 (melamine), 统一 (unify).
        #expect(try quantities("发现了三聚氰胺，统一了", "zh").isEmpty)
    }
}

@Suite struct OrdinalPercentRangeTests {
    @Test func ordinals() throws {
        let en = try #require(try extract("the 19th strike").numbers.first)
        #expect(en.isOrdinal && en.value == 19)
        let zh = try #require(try extract("第十九次", "zh").numbers.first)
        #expect(zh.isOrdinal && zh.value == 19)
        let de = try #require(try extract("der 19. Angriff", "de").numbers.first)
        #expect(de.isOrdinal && de.value == 19)
        #expect(try extract("the tenth time").numbers.first?.isOrdinal == true)
        #expect(try quantities("au XVe siècle", "fr") == ["15"])
        #expect(try quantities("en el siglo XX", "es") == ["20"])
    }

    @Test func percentagesAndPoints() throws {
        #expect(try quantities("80% and 30 per cent and 5 percent") == ["80 %", "30 %", "5 %"])
        #expect(try quantities("百分之八十", "zh") == ["80 %"])
        #expect(try quantities("上涨2个百分点", "zh") == ["2 pp"])
        #expect(try quantities("rose four percentage points") == ["4 pp"])
        #expect(try quantities("vier Prozentpunkte", "de") == ["4 pp"])
        #expect(try quantities("50 Prozent", "de") == ["50 %"])
    }

    @Test func ranges() throws {
        #expect(try quantities("19–20 ships") == ["19-20"])
        #expect(try quantities("19至20艘", "zh") == ["19-20"])
        #expect(try quantities("1.2-1.5 billion") == ["1200000000-1500000000"])
    }

    @Test func qualifiers() throws {
        #expect(try quantities("about 10,000, nearly 8, at least 19, more than 76, over 5") ==
                ["10000 ~about", "8 ~nearly", "19 ~at least", "76 ~more than", "5 ~more than"])
        #expect(try quantities("约1万，近8艘，至少19次，超过76人，逾14万例，10多人", "zh") ==
                ["10000 ~about", "8 ~nearly", "19 ~at least", "76 ~more than", "140000 ~more than", "10 ~more than"])
        #expect(try quantities("20%左右", "zh") == ["20 % ~about"])
        #expect(try quantities("rund 400 Frühchen", "de") == ["400 ~about"])
    }

    @Test func fractions() throws {
        #expect(try quantities("三分之一", "zh") == [(Decimal(1) / Decimal(3)).plainString])
        let third = try #require(try extract("one-third of it").numbers.first)
        #expect(third.value == Decimal(1) / Decimal(3) && third.isFraction && third.isWeak)
        #expect(try quantities("two thirds of it") == [(Decimal(2) / Decimal(3)).plainString])
    }
}

@Suite struct CurrencyAndUnitTests {
    @Test func currencies() throws {
        #expect(try quantities("$1.4 billion") == ["1400000000 USD"])
        #expect(try quantities("€20 and £5 and 300 yen and USD 40") == ["20 EUR", "5 GBP", "300 JPY", "40 USD"])
        #expect(try quantities("100美元，200元，300欧元，400卢布，500日元", "zh") == ["100 USD", "200 CNY", "300 EUR", "400 RUB", "500 JPY"])
        #expect(try quantities("5 US dollars and 3 euros") == ["5 USD", "3 EUR"])
    }

    @Test func units() throws {
        #expect(try quantities("a 50-kilometre stretch, 31 miles, 100 kg, 3 tons, 30°C") == ["50 km", "31 mi", "100 kg", "3 ton", "30 °C"])
        #expect(try quantities("500公里，20吨，30英里", "zh") == ["500 km", "20 t", "30 mi"])
        #expect(try quantities("до 25 градусов", "ru") == ["25 ° ~up to"])
    }
}

@Suite struct NotAQuantityTests {
    func reasons(_ text: String, _ lang: String = "en") throws -> [String] {
        try extract(text, lang).numbers.map { $0.notAQuantity?.rawValue ?? "quantity" }
    }

    @Test func idsVersionsPhonesUrlsAndListMarkers() throws {
        #expect(try reasons("the iPhone6 and COVID-19 and 5G") == ["identifier", "identifier", "identifier"])
        #expect(try reasons("version 1.2.3") == ["version"])
        #expect(try reasons("call 555-123-4567") == ["phone number"])
        #expect(try extract("see https://example.com/2025/11/report-19").numbers.isEmpty)
        #expect(try reasons("1. First point").first == "list marker")
    }

    @Test func yearsAndTimesAreDates() throws {
        let e = try extract("Since 2000, at 3 p.m. and 15:50")
        #expect(e.numbers.isEmpty)
        #expect(e.dates.map(\.precision) == [.year, .time, .time])
        #expect(e.dates.map(\.minutes) == [nil, 900, 950])
    }
}

@Suite struct DateExtractionTests {
    @Test func englishForms() throws {
        #expect(try dates("on November 11") == ["--11-11"])
        #expect(try dates("on November 11", date: "2025-11-12") == ["2025-11-11"])
        #expect(try dates("on 11 November 2025") == ["2025-11-11"])
        #expect(try dates("Tuesday, November 11, 2025") == ["2025-11-11 Tuesday"])
        #expect(try dates("in late August") == ["--08"])
        #expect(try dates("by May 2020, on May 25") == ["2020-05", "--05-25"])
        #expect(try dates("He may go.").isEmpty)
    }

    @Test func numericDates() throws {
        let e = try extract("on 11/12/2025 and 2025-11-11")
        #expect(e.dates.map { $0.isoValue } == ["2025-11-12", "2025-11-11"])
        #expect(e.dates.first?.isAmbiguous == true)
        #expect(try dates("am 11.11.2025", "de") == ["2025-11-11"])
    }

    @Test func chineseForms() throws {
        #expect(try dates("2025年11月11日", "zh") == ["2025-11-11"])
        #expect(try dates("11月11日（星期二）", "zh", date: "2025-11-01") == ["2025-11-11 Tuesday"])
        #expect(try dates("1985年", "zh") == ["1985"])
        #expect(try dates("1990年代的90后", "zh") == ["1990s", "1990s"])
        #expect(try dates("二月初", "zh") == ["--02"])
    }

    @Test func europeanForms() throws {
        #expect(try dates("11. November 2025", "de") == ["2025-11-11"])
        #expect(try dates("le mardi 11 novembre 2025", "fr") == ["2025-11-11 Tuesday"])
        #expect(try dates("el 11 de noviembre de 2025", "es") == ["2025-11-11"])
        #expect(try dates("11 ноября 2025 года", "ru") == ["2025-11-11"])
        #expect(try dates("в октябре 2016 года", "ru") == ["2016-10"])
        #expect(try dates("l'11 novembre 2025", "it") == ["2025-11-11"])
        #expect(try dates("11 listopada 2025", "pl") == ["2025-11-11"])
        #expect(try dates("11. listopadu 2025", "cs") == ["2025-11-11"])
    }

    @Test func yearsDecadesAndWeekdays() throws {
        #expect(try dates("in the 1990s and the '80s") == ["1990s", "1980s"])
        #expect(try dates("dans les années 70", "fr") == ["1970s"])
        #expect(try dates("on Tuesday") == ["? Tuesday"])
        #expect(try dates("周二", "zh") == ["? Tuesday"])
    }

    @Test func clockTimes() throws {
        let minutes = { (t: String, l: String) in try extract(t, l).dates.compactMap(\.minutes) }
        #expect(try minutes("at 3 p.m.", "en") == [900])
        #expect(try minutes("下午3点半", "zh") == [930])
        #expect(try minutes("15点", "zh") == [900])
        #expect(try minutes("15时50分", "zh") == [950])
        #expect(try minutes("um 15 Uhr", "de") == [900])
        // "11.30" is a time before a time zone, else a decimal number.
        #expect(try minutes("at 11.30 GMT", "en") == [690] && minutes("at 11.30  CEST.", "en") == [690])
        #expect(try minutes("rose 11.30 points", "en").isEmpty && minutes("at 11.30 GM", "en").isEmpty)
    }

    @Test func relativeDatesResolveAgainstTheArticleDate() throws {
        let d = "2025-11-11"  // a Tuesday
        #expect(try dates("yesterday", date: d) == ["2025-11-10"])
        #expect(try dates("last Tuesday", date: d) == ["2025-11-04 Tuesday"])
        #expect(try dates("last Friday", date: d) == ["2025-11-07 Friday"])
        #expect(try dates("昨天", "zh", date: d) == ["2025-11-10"])
        #expect(try dates("上周三", "zh", date: d) == ["2025-11-05 Wednesday"])
        #expect(try dates("last month", date: d) == ["2025-10"])
        #expect(try dates("去年", "zh", date: d) == ["2024"])
        #expect(try extract("yesterday").dates.first?.isRelative == true)
    }
}

@Suite struct NameExtractionTests {
    func names(_ text: String, _ lang: String = "en") throws -> [String] { try extract(text, lang).names.map(\.text) }

    @Test func capitalisedRunsWithParticlesAndInitials() throws {
        #expect(try names("They met Ludwig van Beethoven and Gerald R. Ford.") == ["Ludwig van Beethoven", "Gerald R. Ford"])
        #expect(try names("She praised Osama bin Laden's rival and Ali al-Sistani.") == ["Osama bin Laden", "Ali al-Sistani"])
        #expect(try names("After the UK refused, Canada agreed.") == ["UK", "Canada"])
        // Elided articles are words of their own; "y" joins two names, not one.
        #expect(try names("L'eau vient de l'Amazone et qu'Emin dessine, dit O'Brien.", "fr") == ["Amazone", "Emin", "O'Brien"])
        #expect(try names("fue el experimento de Hershey y Chase.", "es") == ["Hershey", "Chase"])
        // A conjunction opening a sentence is not a name's first word; a name keeps to one script.
        #expect(try names("Si la FOM a choisi de ne pas montrer ces images.", "fr") == ["FOM"])
        #expect(try names("Сайт KP.ru сообщил ранее о перемирии.", "ru").contains("KP"))
    }

    @Test func titlesAreRoles() throws {
        let e = try extract("Colombian President Petro met the Secretary of Defense Hegseth.")
        #expect(e.names.map(\.text) == ["Petro", "Hegseth"])
        #expect(e.names.map(\.role) == ["Colombian President", "Secretary of Defense"])
        // "of" after a title and one name starts no longer name: the country is its own.
        #expect(try names("President Napoli of Venezuela signed the law.") == ["Napoli", "Venezuela"])
        #expect(try names("The US Southern Command and the International Crisis Group") == ["US Southern Command", "International Crisis Group"])
        // Courtesy titles, with or without a full stop, are roles too.
        let courtesy = try extract("They met Ms Randle and Mr. Jones.")
        #expect(courtesy.names.map(\.text) == ["Randle", "Jones"])
        #expect(courtesy.names.map(\.role) == ["Ms", "Mr"])
    }

    @Test func shortFormsLinkToTheFullForm() throws {
        let e = try extract("Gustavo Petro spoke. Later Petro left.")
        #expect(e.names.last?.fullForm == "Gustavo Petro")
    }

    @Test func namesInOtherScripts() throws {
        #expect(try names("总统佩特罗会见了马杜罗和赫格塞斯。", "zh") == ["佩特罗", "马杜罗", "赫格塞斯"])
        // A word of ordinary characters next to a transliterated name is not part of it.
        #expect(try names("据越通社报道，格里沃里认为，越南贡献巨大。", "zh").contains("格里沃里"))
        // A surname and a given name (陈|光明); a longer run is a transliteration (罗马尼亚).
        #expect(try names("7月17日下午，陈光明得知村民家中墙壁开裂的消息。", "zh").contains("陈光明"))
        #expect(try names("展望未来，许正宇对香港的金融稳定表示乐观。", "zh").contains("许正宇"))
        #expect(try names("Президент Путин встретился с Петро.", "ru") == ["Путин", "Петро"])
        #expect(try names("الرئيس بوتين", "ar") == ["بوتين"])
        #expect(try names("राष्ट्रपति पुतिन ने कहा", "hi") == ["पुतिन"])
    }

    @Test func keysMatchAcrossScripts() {
        #expect(NameKeys.soundAlike("佩特罗", "Petro"))
        #expect(NameKeys.soundAlike("马杜罗", "Maduro"))
        #expect(NameKeys.soundAlike("赫格塞斯", "Hegseth"))
        #expect(NameKeys.soundAlike("Путин", "Putin"))
        #expect(NameKeys.soundAlike("بوتين", "Putin"))
        #expect(NameKeys.soundAlike("Volker Türk", "Volker Turk"))
        #expect(!NameKeys.soundAlike("马杜罗", "Petro"))
        #expect(!NameKeys.soundAlike("Hegseth", "Holsey"))
        #expect(NameKeys.key("Volker Türk") == "volkerturk")
    }
}

@Suite struct SeedExtractionTests {
    @Test func seedFiguresAreReadAsValues() throws {
        let document = try Document(contentsOf: Repository.seed, language: "en")
        let e = Extraction(document, articleDate: CalendarDate(year: 2025, month: 11, day: 11))
        let values = e.numbers.filter(\.isQuantity).map { ($0.value.plainString, $0.unit, $0.qualifier) }
        #expect(values.contains { $0.0 == "10000" && $0.2 == .about })
        #expect(values.contains { $0.0 == "1400000000" && $0.1 == "USD" && $0.2 == .about })
        #expect(values.contains { $0.0 == "80" && $0.1 == "%" })
        #expect(values.contains { $0.0 == "76" && $0.2 == .atLeast })
        #expect(e.dates.filter { $0.isoValue == "2025-11-11" }.count == 5)
        #expect(e.dates.contains { $0.precision == .year && $0.year == 2000 })
        let names = Set(e.names.map(\.text))
        for n in ["Petro", "Hegseth", "Alvin Holsey", "Dan Caine", "Volker Türk", "Maduro", "Elizabeth Dickinson", "Gerald R. Ford"] {
            #expect(names.contains(n), "\(n)")
        }
    }
}
