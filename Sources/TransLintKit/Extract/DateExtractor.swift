import Foundation
import ICUKit

/// Reads dates, clock times, weekdays, decades and relative dates. Month and weekday names come
/// from ICU's date symbols of the language; numeric patterns are ICU regular expressions.
struct DateExtractor {
    let s: TextScanner
    let lex: Lexicon
    let articleDate: CalendarDate?

    /// ICU regular expressions per language, compiled once and cloned for each use (a regex
    /// holds match state and must not be shared).
    final class Patterns: @unchecked Sendable {
        /// Clock times; `atDigit`: the pattern can only begin at a digit not preceded by one.
        let times: [(regex: RegexPrototype, atDigit: Bool)]
        /// Begins at a digit not preceded by one.
        let numericDates: RegexPrototype
        let cjkDates: RegexPrototype?
        let decades: RegexPrototype
        /// A second day after a conjunction: "July 17 and 22".
        let secondDay: RegexPrototype
        /// A second decade after a conjunction: "années 70 et 80", "the 1970s and 80s".
        let secondDecade: RegexPrototype

        init(base: String) {
            // ICU reads "[:" as the start of a POSIX class: write "[.:]", never "[:.]".
            var times: [String] = [#"(?<![\d.:])([01]?\d|2[0-4])[.:]?([0-5]\d)(?=\s*(?:GMT|UTC|CET|CEST|EST|EDT|PST|MSK|BST)\b)()"#,
                                   #"(?<![\d.:])([01]?\d|2[0-4])[.:]([0-5]\d)(?![\d:])(?:\s*([ap])\.?m\.?(?![a-z]))?"#,
                                   #"(?<![\d.:])(1[0-2]|0?\d)(?:[.:]([0-5]\d))?\s*([ap])\.?m\.?(?![a-z])"#]
            switch base {
            case "de": times.append(#"(?<![\d.:])([01]?\d|2[0-4])(?:[.:]([0-5]\d))?\s*Uhr"#)
            case "fr": times.append(#"(?<![\d.:])([01]?\d|2[0-4])\s*h\s*([0-5]\d)?(?![a-z])"#)
            case "zh", "ja":
                times.append(#"(上午|下午|晚上|凌晨|中午|早上|傍晚|夜里)?([01]?\d|2[0-4]|[一二三四五六七八九十两]{1,3})[点時时](?:([0-5]?\d|[一二三四五六七八九十]{1,3})分|(半)|(一刻))?"#)
            default: break
            }
            // All but the Chinese/Japanese pattern open with (?<![\d.:]) and a digit.
            self.times = times.compactMap { pattern in
                (try? ICURegex(pattern, options: [.caseInsensitive])).map { (RegexPrototype($0), pattern.hasPrefix(#"(?<![\d.:])("#)) }
            }
            numericDates = RegexPrototype(try! ICURegex(#"(?<![\d./-])(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})([./])(\d{1,2})\5(\d{4}))(?![\d])"#))
            cjkDates = ["zh", "ja"].contains(base)
                ? (try? ICURegex(#"(?:(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*)?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:\s*(\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*(?:[日号]|(?=[和、至到–-])))?(?:\s*[(（]?(?:星期|周|礼拜|曜日)?([一二三四五六日天月火水木金土])(?:曜日)?[)）]?)?|(\d{4})\s*年代|(\d{4})\s*年|(?<!\d)(\d{2})\s*后"#)).map(RegexPrototype.init)
                : nil
            // the 1990s, '90s, 1990er, années 70, años 80, 70-х годов, in den 50ern
            // Case-insensitive only around the words: a flag on the whole pattern makes ICU close
            // \w over case at start-up.
            decades = RegexPrototype(try! ICURegex(#"(?<![\d'])(?:(?i:the)\s+)?(\d{3}0)(?i:'?s|er(?:n|jahre)?)(?![a-zA-Z])|(?<![\w])'(\d0)(?i:s)|(?<![\d'])(\d0)'?(?i:s)(?![\w'])|(?i:années|años|anni)\s+(\d{3}0|\d0)(?!\d)|(?<!\d)(\d0)-(?i:х|e)(?:\s+(?i:год)\w*)?|(?<!\d)(\d0)(?:(?i:er|ern)|(?i:er\s+jahre)\w*)(?![a-zA-Z])"#))
            secondDay = RegexPrototype(try! ICURegex(#"\s*(?:and|or|to|-|–|&)\s*(\d{1,2})(?!\d|:)"#))
            secondDecade = RegexPrototype(try! ICURegex(#"\s+(?:et|and|und|y|e|и)\s+(?:the\s+)?'?(\d0)(?:'?s)?(?![\d\w])"#))
        }

        private static let cache = LockedCache<String, Patterns>()

        static func forBase(_ base: String) -> Patterns {
            cache.value(for: base) { Patterns(base: base) }
        }
    }

    func matches(_ regex: RegexPrototype) -> [ICURegex.Match] {
        (try? regex.matches(in: s.t)) ?? []
    }

    /// The matches of a pattern that can only begin at a digit not preceded by one, tried
    /// only there: ICU finds no first character behind a look-behind and otherwise runs the
    /// pattern at every position (3 date patterns were 3% of a corpus run).
    func matches(_ regex: RegexPrototype, atDigitRunStarts starts: [Int]) -> [ICURegex.Match] {
        starts.isEmpty ? [] : (try? regex.matches(in: s.t, startingAt: starts)) ?? []
    }

    /// The run of digits starting at `start`, and the unit after it.
    private func digitRun(at start: Int) -> (length: Int, next: UInt16?) {
        var end = start
        while s.isDigit(end) { end += 1 }
        return (end - start, end < s.n ? s.t[end] : nil)
    }

    /// A unit of a scalar outside the BMP, which `isDigit` does not class: ICU's \d may read
    /// on into one, so a run that ends in one is always tried.
    private static func isSurrogate(_ u: UInt16?) -> Bool { u.map { $0 & 0xF800 == 0xD800 } ?? false }

    /// Where `numericDates` can match, from what its pattern requires first: four digits and
    /// "-" (2025-11-11), or one or two digits and "." or "/" (11.11.2025). Each pattern tried
    /// at a digit cost some 2,000 instructions; most digits begin no date or time.
    func mayBeginNumericDate(at start: Int) -> Bool {
        let (length, next) = digitRun(at: start)
        if Self.isSurrogate(next) { return true }
        return (length == 4 && next == 0x2D) || (length <= 2 && (next == 0x2E || next == 0x2F))
    }

    /// Where a clock-time pattern that begins at a digit can match: its hours and minutes are
    /// at most four digits, followed by "." or ":" (12:30) or, after white space, by a letter
    /// (a zone, a.m./p.m., Uhr, h; the patterns ignore case).
    func mayBeginTime(at start: Int) -> Bool {
        let (length, next) = digitRun(at: start)
        guard length <= 4 else { return false }
        if Self.isSurrogate(next) || next == 0x2E || next == 0x3A { return true }
        var k = start + length
        while k < s.n, RegexWhiteSpace.mayBe(s.t[k]) { k += 1 }
        return k < s.n && (s.isAlphabeticLetter(k) || Self.isSurrogate(s.t[k]))
    }

    /// The decades pattern tried only where a decade can begin: at a run of digits ending in
    /// 0, the apostrophe before it ('90s), or the word before it (the 1990s, années 70). Tried
    /// at every position, this one pattern cost more than all the other date patterns.
    func decadeMatches(_ patterns: Patterns) -> [ICURegex.Match] {
        var starts: [Int] = []
        var i = 0
        while i < s.n {
            guard s.isDigit(i) else { i += 1; continue }
            var end = i
            while s.isDigit(end) { end += 1 }
            if s.t[end - 1] == 0x30 && end - i >= 2 {
                let before = s.skipSpacesBack(i)
                if before < i && before > 0 { starts.append(s.wordStart(before)) }
                starts += [i - 1, i]
            }
            i = end
        }
        guard !starts.isEmpty else { return [] }
        return (try? patterns.decades.matches(in: s.t, startingAt: Array(Set(starts)).sorted())) ?? []
    }

    func extract(claimed: inout [Bool]) -> [DateMention] {
        var result: [DateMention] = []
        func claim(_ m: DateMention) {
            for k in m.range where k < claimed.count { claimed[k] = true }
            result.append(m)
        }
        func free(_ r: Range<Int>) -> Bool { !r.contains { claimed[$0] } }
        let patterns = Patterns.forBase(lex.base)

        // CJK dates: 2025年11月11日（星期二）, 11月, 1990年代, 2017年, 90后
        if let cjk = patterns.cjkDates {
            for m in matches(cjk) where free(m.range) {
                var d = DateMention(range: m.range, text: s.string(m.range), precision: .day)
                if let g = m.groups[5] {
                    d.year = cjkInt(g)
                    d.precision = .decade
                } else if let g = m.groups[6] {
                    d.year = cjkInt(g)
                    d.precision = .year
                } else if let g = m.groups[7] {
                    // 90后: people born in the 1990s; 00后 the 2000s.
                    guard let yy = cjkInt(g), yy % 10 == 0 else { continue }
                    d.year = yy >= 30 ? 1900 + yy : 2000 + yy
                    d.precision = .decade
                } else {
                    d.year = m.groups[1].flatMap(cjkInt)
                    d.month = m.groups[2].flatMap(cjkInt)
                    d.day = m.groups[3].flatMap(cjkInt)
                    d.precision = d.day != nil ? .day : .month
                    if let g = m.groups[4] { d.weekday = cjkWeekday(s.string(g)) }
                    guard let month = d.month, (1...12).contains(month) else { continue }
                    if let day = d.day, !(1...31).contains(day) { continue }
                    if d.year == nil, let a = articleDate, d.day != nil { d.year = a.year }
                }
                claim(d)
            }
        }
        let digitRunStarts = (0..<s.n).filter { s.isDigit($0) && !s.isDigit($0 - 1) }
        // Numeric dates: 2025-11-11, 11.11.2025, 11/12/2025.
        for m in matches(patterns.numericDates, atDigitRunStarts: digitRunStarts.filter(mayBeginNumericDate)) where free(m.range) {
            var d = DateMention(range: m.range, text: s.string(m.range), precision: .day)
            if let y = m.groups[1], let mo = m.groups[2], let da = m.groups[3] {
                d.year = Int(s.string(y)); d.month = Int(s.string(mo)); d.day = Int(s.string(da))
            } else if let a = m.groups[4], let sep = m.groups[5], let b = m.groups[6], let y = m.groups[7] {
                let first = Int(s.string(a)) ?? 0, second = Int(s.string(b)) ?? 0
                d.year = Int(s.string(y))
                let monthFirst = lex.base == "en" && s.string(sep) == "/"
                if first <= 12 && second <= 12 && first != second && s.string(sep) == "/" { d.isAmbiguous = true }
                (d.month, d.day) = monthFirst ? (first, second) : (second, first)
                if !monthFirst && second > 12 && first <= 12 { (d.month, d.day) = (first, second) }
            }
            guard let mo = d.month, (1...12).contains(mo), let da = d.day, (1...31).contains(da) else { continue }
            claim(d)
        }
        // Clock times.
        let timeStarts = digitRunStarts.filter(mayBeginTime)
        for (regex, atDigit) in patterns.times {
            for m in atDigit ? matches(regex, atDigitRunStarts: timeStarts) : matches(regex) where free(m.range) {
                guard let d = time(from: m) else { continue }
                claim(d)
            }
        }
        // Decades: the 1990s, '90s, 1990er.
        for m in decadeMatches(patterns) where free(m.range) {
            var d = DateMention(range: m.range, text: s.string(m.range), precision: .decade)
            if let g = m.groups[1] {
                d.year = Int(s.string(g))
            } else if let g = m.groups[2...].compactMap({ $0 }).first, let yy = Int(s.string(g)) {
                d.year = yy >= 100 ? yy : 1900 + yy
                d.isTwoDigitDecade = yy < 100
            }
            claim(d)
        }
        // Relative months and years: "last month", 去年.
        if let periods = LexicalData.relativePeriods[lex.base] {
            let longest = Self.longestRelativePeriod[lex.base] ?? 0
            var i = 0
            var k = 0
            while i < s.n {
                if !lex.usesCJKNumerals {
                    // Alphabetic periods begin at letter runs only.
                    guard let start = s.runs.nextStart(atOrAfter: i, cursor: &k) else { break }
                    i = start
                }
                if !claimed[i],
                   let hit = s.longestMatch(at: i, in: periods, maxLength: longest, wordBoundary: !lex.usesCJKNumerals), free(i..<hit.end) {
                    var d = DateMention(range: i..<hit.end, text: s.string(i..<hit.end), precision: hit.value.months == 0 && hit.key.contains(where: { "年year".contains($0) }) ? .year : .month)
                    d.isRelative = true
                    if let a = articleDate {
                        var y = a.year + hit.value.years
                        var m = a.month + hit.value.months
                        if m < 1 { m += 12; y -= 1 } else if m > 12 { m -= 12; y += 1 }
                        d.year = y
                        if d.precision == .month { d.month = m }
                    }
                    claim(d)
                    i = hit.end
                    continue
                }
                i += 1
            }
        }
        // "années 70 et 80", "the 1970s and 80s": a second decade after a conjunction.
        for d in result where d.precision == .decade {
            // Read in the next 12 units alone, as a window: the decade must end inside it.
            let window = Array(s.t[d.range.upperBound..<min(s.n, d.range.upperBound + 12)])
            if let m = (try? patterns.secondDecade.matches(in: window, startingAt: [0]))?.first, let g = m.groups[1] {
                let start = d.range.upperBound + g.lowerBound
                let end = d.range.upperBound + m.range.upperBound
                if let yy = Int(s.string(start..<d.range.upperBound + g.upperBound)), free(start..<end) {
                    var e = DateMention(range: start..<end, text: s.string(start..<end), precision: .decade)
                    e.year = (d.year.map { $0 / 100 * 100 } ?? 1900) + yy
                    e.isTwoDigitDecade = true
                    claim(e)
                }
            }
        }
        // Month names first (so that "Tuesday, November 11" takes its weekday), then weekdays
        // and relative words.
        // (Words are visited through the document's letter runs: a run that starts at or after
        // where the loop stands, in order, is what a walk over every unit would stop at.)
        if !lex.usesCJKNumerals {
            var i = 0
            var k = 0
            while let start = s.runs.nextStart(atOrAfter: i, cursor: &k) {
                i = start
                let end = s.runs.end(k)
                guard !claimed[i] else { i += 1; continue }
                // Only a word whose first two letters begin a month name or stem is built.
                guard lex.months.mayStart(at: i, in: s) || lex.ambiguousMonths.mayStart(at: i, in: s)
                        || lex.monthStems.mayStart(at: i, in: s) else { i = end; continue }
                let word = s.folded(i..<end)
                var month = lex.month(word)
                // "May 2020", "May 25": an ambiguous month word next to a number.
                if month == nil, let m = lex.ambiguousMonths[word], s.char(i)?.isUppercase == true,
                   s.isDigit(s.skipSpaces(end)) || s.isDigit(s.skipSpacesBack(i) - 1) {
                    month = m
                }
                if let month, let d = monthDate(month: month, wordRange: i..<end, claimed: claimed), free(d.range) {
                    claim(d)
                    i = d.range.upperBound
                    // "July 17 and 22": a second day of the same month.
                    if d.day != nil, d.year == nil || lex.base == "en" {
                        // Read in the next 10 units alone, as a window.
                        let window = Array(s.t[i..<min(s.n, i + 10)])
                        if let m = (try? patterns.secondDay.matches(in: window, startingAt: [0]))?.first, let g = m.groups[1] {
                            let (dStart, dEnd) = (i + g.lowerBound, i + g.upperBound)
                            let digits = s.string(dStart..<dEnd)
                            if let day = Int(digits), (1...31).contains(day), !s.isAlphabeticLetter(dEnd), free(dStart..<dEnd) {
                                claim(DateMention(range: dStart..<dEnd, text: digits, year: d.year, month: month, day: day, precision: .day))
                                i = dEnd
                            }
                        }
                    }
                    continue
                }
                i = end
            }
        }
        // An empty table for a language without relative days: an optional table was copied
        // out (every field retained and released) at each word the loop asked it about.
        let relativeDays = LexicalData.relativeDays[lex.base] ?? PhraseTable()
        var i = 0
        var k = 0
        while i < s.n {
            if !lex.usesCJKNumerals {
                // Only letter runs can begin a weekday or a relative day here.
                guard let start = s.runs.nextStart(atOrAfter: i, cursor: &k) else { break }
                i = start
            }
            if claimed[i] { i += 1; continue }
            if lex.usesCJKNumerals {
                if let hit = s.longestMatch(at: i, in: lex.weekdays, maxLength: 3, wordBoundary: false) {
                    var d = DateMention(range: i..<hit.end, text: s.string(i..<hit.end), weekday: hit.value, precision: .weekday)
                    if i >= 1 && (s.matches("上", at: i - 1) || s.matches("下", at: i - 1)) {
                        d.range = (i - 1)..<hit.end
                        d.text = s.string(d.range)
                        d.isRelative = true
                        resolveRelativeWeekday(&d, weeks: s.matches("上", at: i - 1) ? -1 : 1)
                    }
                    if free(d.range) { claim(d) }
                    i = hit.end
                    continue
                }
                if !relativeDays.isEmpty, let hit = s.longestMatch(at: i, in: relativeDays, maxLength: 2, wordBoundary: false) {
                    claim(relativeDay(i..<hit.end, offset: hit.value))
                    i = hit.end
                    continue
                }
                i += 1
                continue
            }
            let end = s.runs.end(k)
            // Only words that can begin a weekday or a relative day are built and looked up.
            guard lex.weekdays.mayStart(at: i, in: s) || relativeDays.mayStart(at: i, in: s) else { i = end; continue }
            let word = s.folded(i..<end)
            if let weekday = lex.weekdays[word] {
                var d = DateMention(range: i..<end, text: s.string(i..<end), weekday: weekday, precision: .weekday)
                // "last Tuesday", "next Friday".
                if let markers = LexicalData.relativeMarkers[lex.base] {
                    let b = s.skipSpacesBack(i)
                    let ws = s.wordStart(b)
                    if ws < b, !claimed[ws], let offset = markers[s.folded(ws..<b)] {
                        d.range = ws..<end
                        d.text = s.string(d.range)
                        d.isRelative = true
                        resolveRelativeWeekday(&d, weeks: offset, lastMeansMostRecent: true)
                    }
                }
                claim(d)
            } else if let offset = relativeDays[word] {
                claim(relativeDay(i..<end, offset: offset))
            }
            i = end
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The length of each language's longest relative period, in Characters (counted once, not
    /// for every document).
    static let longestRelativePeriod = LexicalData.relativePeriods.mapValues { $0.keys.map(\.count).max() ?? 0 }

    func cjkInt(_ r: Range<Int>) -> Int? { cjkInt(s.string(r)) }

    func cjkInt(_ text: String) -> Int? {
        if let v = Int(text) { return v }
        // 二〇二五 is read digit by digit; 十一 by the spell-out rules.
        let digits = "〇一二三四五六七八九"
        if text.count == 4, text.allSatisfy({ digits.contains($0) || $0 == "零" }) {
            return Int(String(text.map { c in Character(String(digits.firstIndex(of: c).map { digits.distance(from: digits.startIndex, to: $0) } ?? 0)) }))
        }
        return SpellOutCache.parse(text, with: lex).flatMap { Int($0) }
    }

    func cjkWeekday(_ text: String) -> Weekday? {
        let zh: [Character: Weekday] = ["一": .monday, "二": .tuesday, "三": .wednesday, "四": .thursday, "五": .friday, "六": .saturday, "日": .sunday, "天": .sunday,
                                        "月": .monday, "火": .tuesday, "水": .wednesday, "木": .thursday, "金": .friday, "土": .saturday]
        return text.last.flatMap { zh[$0] }
    }

    static let timeZoneCodes = ["GMT", "UTC", "CET", "CEST", "EST", "EDT", "PST", "MSK", "BST"].map { Array($0.utf16) }

    func time(from m: ICURegex.Match) -> DateMention? {
        let text = s.string(m.range)
        var hour: Int?
        var minute = 0
        var meridiem: String?
        var cjkPrefix: String?
        let isCJKTime = lex.usesCJKNumerals && m.groups.count > 5 && m.groups[2] != nil && text.contains(where: { "点時时".contains($0) })
        if isCJKTime {
            cjkPrefix = m.groups[1].map { s.string($0) }
            hour = m.groups[2].flatMap(cjkInt)
            if let g = m.groups[3] { minute = cjkInt(g) ?? 0 }
            if m.groups[4] != nil { minute = 30 }
            if m.groups[5] != nil { minute = 15 }
        } else {
            hour = m.groups[1].flatMap { Int(s.string($0)) }
            if m.groups.count > 2, let g = m.groups[2] { minute = Int(s.string(g)) ?? 0 }
            if m.groups.count > 3, let g = m.groups[3] { meridiem = s.string(g).lowercased() }
        }
        guard var h = hour, h <= 24 else { return nil }
        // "11.30" without a.m./p.m. or "Uhr" is more likely a decimal number in English.
        // (Compared unit by unit, as a regex would: compiling one here cost 50,000 instructions
        // a time.)
        let followedByZone = m.range.upperBound < s.n && {
            let after = Array(s.string(m.range.upperBound..<min(s.n, m.range.upperBound + 5)).trimmingCharacters(in: .whitespaces).utf16)
            return Self.timeZoneCodes.contains { after.starts(with: $0) }
        }()
        if !isCJKTime && meridiem == nil && !followedByZone && !text.contains(":") && !text.lowercased().contains("uhr") && !text.contains("h") { return nil }
        if let mer = meridiem { if mer == "p" && h < 12 { h += 12 } else if mer == "a" && h == 12 { h = 0 } }
        if let p = cjkPrefix, ["下午", "晚上", "傍晚", "夜里"].contains(p), h < 12 { h += 12 }
        var d = DateMention(range: m.range, text: text, precision: .time)
        d.minutes = h * 60 + minute
        return d
    }

    /// A month name with the day and year around it, in the orders the languages use.
    func monthDate(month: Int, wordRange: Range<Int>, claimed: [Bool]) -> DateMention? {
        var start = wordRange.lowerBound
        var end = wordRange.upperBound
        if end < s.n && s.t[end] == 0x2E && wordRange.count <= 4 { end += 1 }  // "Nov."
        var day: Int?
        var year: Int?
        var weekday: Weekday?
        // Day after: "November 11", "November 11th".
        var k = s.skipSpaces(end)
        if let (d, e) = dayNumber(at: k) {
            day = d
            end = e
        } else {
            // Day before: "11 November", "11. November", "11th of November", "11 de noviembre".
            var b = s.skipSpacesBack(start)
            let articleWord = s.string(s.wordStart(b)..<b).lowercased()
            if ["de", "of"].contains(articleWord) { b = s.skipSpacesBack(s.wordStart(b)) }
            if let (d, st) = dayNumberEnding(at: b) {
                day = d
                start = st
            }
        }
        // Year after: ", 2025", " 2025", " de 2025", then "года", "г.", "r.".
        k = s.skipSpaces(end)
        if k < s.n && s.t[k] == 0x2C { k = s.skipSpaces(k + 1) }
        if s.isAlphabeticLetter(k) {
            let w = s.string(k..<s.wordEnd(k)).lowercased()
            if ["de", "of", "del"].contains(w) { k = s.skipSpaces(s.wordEnd(k)) }
        }
        if s.isDigit(k), s.isDigit(k + 3), !s.isDigit(k + 4), !s.isDigit(k - 1), let y = Int(s.string(k..<(k + 4))), (1000...2200).contains(y) {
            year = y
            end = k + 4
            let after = s.skipSpaces(end)
            for suffix in ["года", "году", "г.", "r.", "roku", "г"] where s.matches(suffix, at: after) {
                end = after + suffix.utf16.count
                break
            }
        }
        // Weekday before: "Tuesday, November 11", "mardi 11 novembre", "am Dienstag, 11. November".
        var b = s.skipSpacesBack(start)
        if b > 0 && s.t[b - 1] == 0x2C { b = s.skipSpacesBack(b - 1) }
        let ws = s.wordStart(b)
        if ws < b, !claimed[ws], let w = lex.weekdays[s.folded(ws..<b)] {
            weekday = w
            start = ws
        }
        // A lone month with neither day nor year ("in March") is a month of an unknown year.
        let precision: DateMention.Precision = day != nil ? .day : .month
        var d = DateMention(range: start..<end, text: s.string(start..<end), year: year, month: month, day: day, weekday: weekday, precision: precision)
        if d.year == nil, day != nil, let a = articleDate { d.year = a.year }
        return d
    }

    func dayNumber(at k: Int) -> (Int, Int)? {
        guard s.isDigit(k), !s.isDigit(k - 1) else { return nil }
        var e = k + 1
        if s.isDigit(e) { e += 1 }
        if s.isDigit(e) { return nil }
        guard let d = Int(s.string(k..<e)), (1...31).contains(d) else { return nil }
        if e < s.n && s.t[e] == 0x3A { return nil }  // a clock time
        for suffix in ["st", "nd", "rd", "th"] where s.matches(suffix, at: e) && !s.isAlphabeticLetter(e + 2) { e += 2; break }
        if s.isAlphabeticLetter(e) { return nil }
        // "November 2025": four digits are a year, handled by the caller.
        return (d, e)
    }

    func dayNumberEnding(at b: Int) -> (Int, Int)? {
        var e = b
        if e > 0 && s.t[e - 1] == 0x2E { e -= 1 }  // German "11."
        for suffix in ["st", "nd", "rd", "th", "er", "º"] where e >= suffix.utf16.count && s.matches(suffix, at: e - suffix.utf16.count) {
            e -= suffix.utf16.count
            break
        }
        var st = e
        while st > 0 && s.isDigit(st - 1) { st -= 1 }
        guard st < e, e - st <= 2, !s.isAlphabeticLetter(st - 1), let d = Int(s.string(st..<e)), (1...31).contains(d) else { return nil }
        return (d, st)
    }

    func relativeDay(_ r: Range<Int>, offset: Int) -> DateMention {
        var d = DateMention(range: r, text: s.string(r), precision: .day)
        d.isRelative = true
        if let a = articleDate, let date = CalendarArithmetic.adding(days: offset, to: a) {
            d.year = date.year; d.month = date.month; d.day = date.day
        }
        return d
    }

    /// "last Tuesday": the most recent Tuesday before the article date; 上周三: Wednesday of
    /// the previous calendar week (weeks start on Monday).
    func resolveRelativeWeekday(_ d: inout DateMention, weeks: Int, lastMeansMostRecent: Bool = false) {
        guard let a = articleDate, let target = d.weekday, let articleWeekday = a.weekday else { return }
        let offset: Int
        if lastMeansMostRecent {
            // "last Tuesday" is the most recent Tuesday before the article date, "next Tuesday"
            // the first one after it.
            if weeks < 0 {
                let delta = (articleWeekday.rawValue - target.rawValue + 7) % 7
                offset = -(delta == 0 ? 7 : delta)
            } else if weeks > 0 {
                let delta = (target.rawValue - articleWeekday.rawValue + 7) % 7
                offset = delta == 0 ? 7 : delta
            } else {
                offset = target.rawValue - articleWeekday.rawValue
            }
        } else {
            let mondayBased = { (w: Weekday) in (w.rawValue + 5) % 7 }  // Monday 0 ... Sunday 6
            offset = weeks * 7 + mondayBased(target) - mondayBased(articleWeekday)
        }
        if let date = CalendarArithmetic.adding(days: offset, to: a) {
            d.year = date.year; d.month = date.month; d.day = date.day
            d.precision = .day
        }
    }
}

/// Day arithmetic on Gregorian dates (through Foundation's calendar, which is ICU's).
enum CalendarArithmetic {
    static func adding(days: Int, to date: CalendarDate) -> CalendarDate? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let start = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)),
              let moved = calendar.date(byAdding: .day, value: days, to: start) else { return nil }
        let c = calendar.dateComponents([.year, .month, .day], from: moved)
        guard let y = c.year, let m = c.month, let d = c.day else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }
}
