import ICUKit

/// `kind: script-residue` — characters of a script the target language is not written in,
/// left in the translation: Han characters, kana, Cyrillic in English text, and punctuation
/// used only with such scripts (【】、。「」). A shared character counts as foreign when its
/// Unicode Script_Extensions list only foreign scripts. The check reads the original text, not
/// the normalized view, because normalization folds full-width punctuation (，) into ASCII.
///
/// Options:
/// - `allowed-scripts`: scripts that are never foreign (default: the target language's own
///   scripts as ICU knows them, plus Latin).
/// - `also-foreign`: an ICU UnicodeSet of further characters to report (full-width forms).
/// - `max-gap`: foreign runs separated by at most this many characters of neutral text
///   (spaces, digits, ASCII punctuation) are reported as one finding (default 3).
public struct ScriptResidueRule: RuleKind {
    public static let name = "script-residue"
    public static let optionKeys: Set<String> = ["allowed-scripts", "also-foreign", "max-gap"]
    public static let messageFields: Set<String> = ["text", "script", "language"]

    let allowedScripts: [Script]?
    let alsoForeign: UnicodeSet?
    /// The also-foreign characters among the first Latin blocks (below U+0250), for the fast
    /// path over Latin text.
    let alsoForeignLatin: UnitSet
    let maxGap: Int

    public init(options: RuleOptions) throws {
        if let names = try options.strings("allowed-scripts") {
            allowedScripts = try names.map { name in
                guard let s = Script(name: name) else { throw options.error("allowed-scripts", "unknown script '\(name)'") }
                return s
            }
        } else {
            allowedScripts = nil
        }
        if let pattern = try options.string("also-foreign") {
            do {
                alsoForeign = try UnicodeSet(pattern: pattern)
            } catch {
                throw options.error("also-foreign", "not a valid ICU UnicodeSet: \(pattern)")
            }
        } else {
            alsoForeign = nil
        }
        var latin = UnitSet()
        if let alsoForeign { for u in UInt16(0)..<0x250 where alsoForeign.contains(Unicode.Scalar(u)!) { latin.insert(u) } }
        alsoForeignLatin = latin
        maxGap = try options.int("max-gap") ?? 3
    }

    static let cjk: Set<Script> = Set(["Han", "Hiragana", "Katakana", "Hangul", "Bopomofo", "Yi"].compactMap { Script(name: $0) })

    /// The allowed scripts of each target language, asked of ICU once (15,000 instructions,
    /// as much as the rest of the check on a sentence).
    let allowedByLanguage = LockedCache<String, Set<Script>>()

    func allowed(for language: String) -> Set<Script> {
        if let allowedScripts { return Set(allowedScripts) }
        return allowedByLanguage.value(for: language) {
            let base = String(language.split(separator: "-").first ?? "en")
            return Set(Script.scripts(ofLocale: base) + [.latin])
        }
    }

    /// The foreign scripts of a character, or nil when it is at home in the target language.
    func foreignScripts(_ s: Unicode.Scalar, allowed: Set<Script>) -> [Script]? {
        if s.value < 0x250 && allowed.contains(.latin) { return nil }
        if let alsoForeign, alsoForeign.contains(s) { return [Script.of(s)] }
        let script = Script.of(s)
        if script == .common || script == .inherited {
            let extensions = Script.extensions(of: s)
            if extensions.allSatisfy({ $0 == .common || $0 == .inherited }) { return nil }
            return extensions.contains(where: allowed.contains) ? nil : extensions
        }
        return allowed.contains(script) ? nil : [script]
    }

    static func isNeutral(_ s: Unicode.Scalar) -> Bool {
        // ASCII: everything but the letters.
        s.value < 0x80 && !((0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)) || s == "\u{A0}"
    }

    /// Foreign runs: [start, end) in original UTF-16 offsets, with their scripts; runs with at
    /// most max-gap neutral units between them joined. `steppingOverLatin: false` visits
    /// every unit (the tests compare the two).
    func foreignRuns(in text: [UInt16], allowed: Set<Script>, steppingOverLatin: Bool = true) -> [(range: Range<Int>, scripts: [Script])] {
        var runs: [(range: Range<Int>, scripts: [Script])] = []
        var gap = 0
        var i = 0
        let latinAllowed = allowed.contains(.latin)
        while i < text.count {
            // With no run to join (none yet, or the gap past max-gap), a stretch of Latin text
            // changes nothing: it is stepped over in one tight loop.
            if steppingOverLatin && latinAllowed && (runs.isEmpty || gap > maxGap) {
                let stop = text.withUnsafeBufferPointer { units in
                    var j = i
                    while j < units.count, units[j] < 0x250, !alsoForeignLatin.contains(units[j]) { j += 1 }
                    return j
                }
                if stop > i {
                    gap = Int.max / 2
                    i = stop
                    continue
                }
            }
            let u = text[i]
            // Latin text in a language written in Latin: nothing foreign, no ICU look-up.
            if latinAllowed && u < 0x250 && !alsoForeignLatin.contains(u) {
                if let s = Unicode.Scalar(u), Self.isNeutral(s), !runs.isEmpty, runs[runs.count - 1].range.upperBound + gap == i, s != "\n", s != "\r" {
                    gap += 1
                } else {
                    gap = Int.max / 2
                }
                i += 1
                continue
            }
            var width = 1
            var scalar = Unicode.Scalar(u)
            if UTF16.isLeadSurrogate(u), i + 1 < text.count, UTF16.isTrailSurrogate(text[i + 1]) {
                scalar = Unicode.Scalar(UTF16.decode(UTF16.EncodedScalar([u, text[i + 1]])))
                width = 2
            }
            guard let s = scalar else { i += 1; continue }
            if let scripts = foreignScripts(s, allowed: allowed) {
                if let last = runs.last, gap <= maxGap, last.range.upperBound + gap == i {
                    runs[runs.count - 1] = (last.range.lowerBound..<(i + width), last.scripts + scripts)
                } else {
                    runs.append((i..<(i + width), scripts))
                }
                gap = 0
            } else if Self.isNeutral(s), !runs.isEmpty, runs[runs.count - 1].range.upperBound + gap == i, s != "\n", s != "\r" {
                gap += width
            } else {
                gap = Int.max / 2
            }
            i += width
        }
        return runs
    }

    public func check(_ document: Document, context: CheckContext) throws -> [RuleMatch] {
        let allowed = allowed(for: context.language)
        let text = document.visible
        var runs = foreignRuns(in: text, allowed: allowed)
        // Lookalike letters inside a word of the target script ("Hegsеth" with a Cyrillic е) are
        // the confusables rule's finding, not residue.
        runs.removeAll { run in
            let before = run.range.lowerBound > 0 ? Unicode.Scalar(text[run.range.lowerBound - 1]) : nil
            let after = run.range.upperBound < text.count ? Unicode.Scalar(text[run.range.upperBound]) : nil
            let inWord = [before, after].contains { $0.map { $0.properties.isAlphabetic && allowed.contains(Script.of($0)) } ?? false }
            let runText = document.originalString(run.range)
            guard inWord, runText.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
                  let skeleton = try? ConfusableSkeleton.shared.skeleton(runText) else { return false }
            return skeleton.unicodeScalars.allSatisfy { allowed.contains(Script.of($0)) || Script.of($0) == .common }
        }
        guard !runs.isEmpty else { return [] }
        let languageName = DisplayNames.language(context.language, in: "en") ?? context.language
        var matches: [RuleMatch] = []
        var k = 0
        while k < runs.count {
            let run = runs[k]
            let text = document.originalString(run.range)
            // A foreign bracket pair around target-language text (the 【byline】 of a Chinese
            // article) is one piece of residue, not two.
            if k + 1 < runs.count, Self.isLoneOpening(text) {
                let next = runs[k + 1]
                let closing = document.originalString(next.range)
                let between = run.range.upperBound..<next.range.lowerBound
                if closing.unicodeScalars.first?.properties.generalCategory == .closePunctuation,
                   between.count <= 200, !document.original[between].contains(0x0A), !document.original[between].contains(0x0D) {
                    matches.append(RuleMatch(
                        originalRange: run.range.lowerBound..<next.range.upperBound,
                        fields: ["text": text + "…" + closing, "script": Self.describe(run.scripts + next.scripts), "language": languageName]))
                    k += 2
                    continue
                }
            }
            matches.append(RuleMatch(
                originalRange: run.range,
                fields: ["text": text, "script": Self.describe(run.scripts), "language": languageName]))
            k += 1
        }
        return matches
    }

    static func isLoneOpening(_ text: String) -> Bool {
        text.unicodeScalars.count == 1 && text.unicodeScalars.first!.properties.generalCategory == .openPunctuation
    }

    /// "Han", "CJK" for CJK punctuation and mixed CJK scripts, or a list.
    static func describe(_ scripts: [Script]) -> String {
        let unique = Array(Set(scripts))
        if unique.count == 1 { return unique[0].name }
        if unique.allSatisfy(cjk.contains) { return "CJK" }
        let names = Set(unique.map { cjk.contains($0) ? "CJK" : $0.name })
        return names.sorted().joined(separator: "/")
    }
}
