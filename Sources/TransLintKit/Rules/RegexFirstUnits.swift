/// The UTF-16 units a match of a regular expression can begin with, read from the pattern's
/// text, when that is simple to know: after any opening look-behinds and `\b`, a literal, an
/// escaped punctuation mark, a class of literals and ranges, `\d`, or a group whose every
/// alternative begins so. ICU finds no first character behind a look-behind and otherwise
/// tries such a pattern at every position of the text; knowing the first units, a rule tries
/// it only where one stands. Anything else (case-insensitive patterns, `.`, `\w`, `\p{..}`,
/// negated classes, an optional first item) gives nil: the pattern is searched as it is.
struct RegexFirstUnits: Equatable {
    /// The units, and whether any unit outside ASCII may begin a match (`\d` reads every
    /// decimal digit).
    private(set) var units = UnitSet()
    var anyNonASCII = false
    /// Whether a unit outside ASCII is among `units`.
    private var hasNonASCIIUnit = false

    mutating func insert(_ u: UInt16) {
        units.insert(u)
        if u >= 0x80 { hasNonASCIIUnit = true }
    }

    func contains(_ u: UInt16) -> Bool { units.contains(u) || (anyNonASCII && u >= 0x80) }

    /// Whether every unit a match can begin with is ASCII.
    var isASCII: Bool { !anyNonASCII && !hasNonASCIIUnit }

    /// Where a match may begin in `t`.
    func starts(in t: [UInt16]) -> [Int] {
        // (The unit set's own pass reads through buffers: a third cheaper.)
        guard anyNonASCII else { return units.positions(in: t) }
        var found: [Int] = []
        for (k, u) in t.enumerated() where contains(u) { found.append(k) }
        return found
    }

    /// The first units of what follows white space in `pattern`: white space (`\s*`, `\s+`,
    /// `\s`, a space) is skipped before the item and before each alternative of a group in
    /// first place, so that these are the units that can stand first once spaces are passed.
    /// (Used after a pattern's opening words: `\s*[,;.]`, `\s+(?:of|in)`.)
    static func afterWhiteSpace(in pattern: String) -> RegexFirstUnits? {
        let p = Array(pattern.unicodeScalars)
        if setsFlags(p) { return nil }
        var result = RegexFirstUnits()
        guard let end = firstItem(p, at: skippingWhiteSpace(p, 0), into: &result, skippingWhiteSpace: true),
              !isOptional(p, after: end) else { return nil }
        return result
    }

    /// The index after any white-space tokens at `k`.
    private static func skippingWhiteSpace(_ p: [Unicode.Scalar], _ k: Int) -> Int {
        var k = k
        while k < p.count {
            if matches(p, k, "\\s") {
                k += 2
            } else if p[k] == " " {
                k += 1
            } else {
                break
            }
            if k < p.count, p[k] == "*" || p[k] == "+" { k += 1 }
        }
        return k
    }

    /// With `caseInsensitive`, a letter stands for its other case and for any unit outside
    /// ASCII (the Kelvin sign is a k, ſ an s); a first unit outside ASCII gives nil.
    static func of(_ pattern: String, caseInsensitive: Bool = false) -> RegexFirstUnits? {
        guard var result = of(pattern) else { return nil }
        guard caseInsensitive else { return result }
        for u in UInt16(0)..<0x80 where result.units.contains(u) && ASCIIUnit.isLetter(u) {
            result.insert(u ^ 0x20)
            result.anyNonASCII = true
        }
        // Digits and marks have no other case; a unit outside ASCII may fold to ASCII.
        return result.hasNonASCIIUnit ? nil : result
    }

    private static func of(_ pattern: String) -> RegexFirstUnits? {
        let p = Array(pattern.unicodeScalars)
        if setsFlags(p) { return nil }
        // A pattern of alternatives ("a|b") may begin as any of them.
        guard let bars = topLevelBars(p) else { return nil }
        var result = RegexFirstUnits()
        for start in [0] + bars.map({ $0 + 1 }) {
            guard let end = firstItem(p, at: skippingZeroWidth(p, start), into: &result), !isOptional(p, after: end) else { return nil }
        }
        return result
    }

    /// The bars that separate the alternatives of a whole pattern; nil when it is not read.
    private static func topLevelBars(_ p: [Unicode.Scalar]) -> [Int]? {
        group(["("] + p + [")"], from: 0).map { $0.bars.map { $0 - 1 } }
    }

    /// Whether a pattern is alternatives at its top level ("\bthe\s|x"): what it opens
    /// with is then not all it can begin with.
    static func hasTopLevelAlternation(_ pattern: String) -> Bool {
        topLevelBars(Array(pattern.unicodeScalars)) != []
    }

    /// The index after zero-width openings at `k`, which constrain what stands before, not
    /// what the match begins with: look-behinds, `\b`, `^`, and groups of these alone
    /// (`(?:^|(?<=\s))`).
    private static func skippingZeroWidth(_ p: [Unicode.Scalar], _ k: Int) -> Int {
        var k = k
        while k < p.count {
            if matches(p, k, "(?<!") || matches(p, k, "(?<=") {
                guard let close = group(p, from: k)?.close else { return k }
                k = close + 1
            } else if matches(p, k, "\\b") || p[k] == "^" {
                k += matches(p, k, "\\b") ? 2 : 1
            } else if matches(p, k, "(?:"), let (close, bars) = group(p, from: k),
                      zip([k + 3] + bars.map { $0 + 1 }, bars + [close]).allSatisfy({ skippingZeroWidth(p, $0) == $1 }) {
                k = close + 1
            } else {
                break
            }
        }
        return k
    }

    private static func matches(_ p: [Unicode.Scalar], _ k: Int, _ s: String) -> Bool {
        var i = k
        for c in s.unicodeScalars {
            guard i < p.count, p[i] == c else { return false }
            i += 1
        }
        return true
    }

    /// Whether the pattern sets case-insensitive or free-spacing mode inline: "(?i", "(?x".
    /// (Scalars compared: Foundation's `contains` cost more than the rest of the reading.)
    static func setsFlags(_ p: [Unicode.Scalar]) -> Bool {
        p.indices.dropLast(2).contains { p[$0] == "(" && p[$0 + 1] == "?" && (p[$0 + 2] == "i" || p[$0 + 2] == "x") }
    }

    /// The parenthesis that closes the group opening at `k`, and the bars that separate the
    /// group's own alternatives (escapes and classes skipped).
    private static func group(_ p: [Unicode.Scalar], from k: Int) -> (close: Int, bars: [Int])? {
        var depth = 0, i = k, inClass = false
        var bars: [Int] = []
        while i < p.count {
            switch p[i] {
            case "\\": i += 1
            // (A class inside a class is not followed: nil.)
            case "[":
                if inClass { return nil }
                inClass = true
            case "]": inClass = false
            case "(" where !inClass: depth += 1
            case ")" where !inClass:
                depth -= 1
                if depth == 0 { return (i, bars) }
            case "|" where !inClass && depth == 1: bars.append(i)
            default: break
            }
            i += 1
        }
        return nil
    }

    /// Whether `\` and `e` stand for `e` itself: an ASCII mark (letters and digits escape
    /// classes, back-references and code points).
    private static func isEscapedMark(_ e: Unicode.Scalar) -> Bool {
        e.isASCII && !e.properties.isAlphabetic && !("0"..."9").contains(e)
    }

    /// A quantifier after an item that lets it match nothing.
    private static func isOptional(_ p: [Unicode.Scalar], after end: Int) -> Bool {
        guard end < p.count else { return false }
        return p[end] == "?" || p[end] == "*" || (p[end] == "{" && end + 1 < p.count && p[end + 1] == "0")
    }

    /// Adds the first units of the item at `k` to `result`; returns the index after the item,
    /// or nil when the item is not one read here.
    private static func firstItem(_ p: [Unicode.Scalar], at k: Int, into result: inout RegexFirstUnits,
                                  skippingWhiteSpace skipping: Bool = false) -> Int? {
        guard k < p.count else { return nil }
        let c = p[k]
        switch c {
        case "(":
            // A capturing or (?: group; no other construct.
            var start = k + 1
            if matches(p, k, "(?:") { start = k + 3 } else if matches(p, k, "(?") { return nil }
            guard let (close, bars) = group(p, from: k) else { return nil }
            // Each alternative at the group's own depth must begin with a readable item.
            let alternatives = [start] + bars.map { $0 + 1 }
            for a in alternatives {
                let first = skipping ? skippingWhiteSpace(p, a) : a
                guard let end = firstItem(p, at: first, into: &result, skippingWhiteSpace: skipping), end <= close,
                      !isOptional(p, after: end) else { return nil }
            }
            return close + 1
        case "[":
            return characterClass(p, at: k, into: &result)
        case "\\":
            guard k + 1 < p.count else { return nil }
            let e = p[k + 1]
            if e == "d" {
                for d in 0x30...0x39 { result.insert(UInt16(d)) }
                result.anyNonASCII = true
                return k + 2
            }
            guard isEscapedMark(e) else { return nil }
            result.insert(UInt16(e.value))
            return k + 2
        case ".", "|", ")", "?", "*", "+", "{", "$", "^":
            return nil
        default:
            guard c.value < 0x10000, !c.properties.isWhitespace else { return nil }
            result.insert(UInt16(c.value))
            return k + 1
        }
    }

    /// A class of literal characters, escaped punctuation, ranges and `\d`; not negated.
    private static func characterClass(_ p: [Unicode.Scalar], at k: Int, into result: inout RegexFirstUnits) -> Int? {
        var i = k + 1
        guard i < p.count, p[i] != "^", p[i] != "]", p[i] != "[" else { return nil }
        var members: [UInt32] = []
        while i < p.count, p[i] != "]" {
            var c = p[i]
            if c == "[" || c == "&" || c == "-" && i + 1 < p.count && p[i + 1] == "-" { return nil }
            if c == "\\" {
                guard i + 1 < p.count else { return nil }
                let e = p[i + 1]
                if e == "d" {
                    members += Array(0x30...0x39)
                    result.anyNonASCII = true
                    i += 2
                    continue
                }
                guard isEscapedMark(e) else { return nil }
                c = e
                i += 1
            }
            // A range: c-d.
            if i + 2 < p.count, p[i + 1] == "-", p[i + 2] != "]" {
                let d = p[i + 2]
                guard d != "\\", d != "[", c.value <= d.value, d.value < 0x10000, d.value - c.value < 0x3000 else { return nil }
                members += Array(c.value...d.value)
                i += 3
                continue
            }
            guard c.value < 0x10000 else { return nil }
            members.append(c.value)
            i += 1
        }
        guard i < p.count else { return nil }
        for m in members { result.insert(UInt16(m)) }
        return i + 1
    }
}
