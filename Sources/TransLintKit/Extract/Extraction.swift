import Foundation
import ICUKit

/// Everything extraction read in one document: the public entry point of the Extract layer.
public struct Extraction: Sendable {
    public var numbers: [NumberMention]
    public var dates: [DateMention]
    public var names: [NameMention]

    /// All mentions in text order.
    public var mentions: [Mention] {
        (numbers.map(Mention.number) + dates.map(Mention.date) + names.map(Mention.name))
            .sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    }

    /// Reads the numbers, dates and names of a document. `articleDate` resolves partial and
    /// relative dates.
    public init(_ document: Document, articleDate: CalendarDate? = nil) {
        let scanner = TextScanner(document)
        let lexicon = Lexicon.forLanguage(document.language)
        var claimed = [Bool](repeating: false, count: scanner.n + 1)
        Self.claimURLs(scanner, &claimed)
        var dates = DateExtractor(s: scanner, lex: lexicon, articleDate: articleDate).extract(claimed: &claimed)
        var numbers = NumberExtractor(s: scanner, lex: lexicon, claimed: claimed).extract()
        // Bare years read as numbers are dates of year precision.
        for (i, n) in numbers.enumerated().reversed() where n.notAQuantity == .year {
            let year = NSDecimalNumber(decimal: n.value).intValue
            dates.append(DateMention(range: n.range, text: n.text, year: year, precision: .year))
            numbers.remove(at: i)
        }
        dates.sort { $0.range.lowerBound < $1.range.lowerBound }
        for d in dates { for k in d.range where k < claimed.count { claimed[k] = true } }
        for n in numbers { for k in n.range where k < claimed.count { claimed[k] = true } }
        let names = NameExtractor(s: scanner, lex: lexicon, sentences: document.sentences, claimed: claimed).extract()
        self.numbers = numbers
        self.dates = dates
        self.names = names
    }

    // Case-insensitive only where letters are literal (a flag on the whole pattern makes ICU
    // close \w over case at start-up).
    static let urlPattern = RegexPrototype(try! ICURegex(#"(?i:https?://|www\.)[^\s<>"]+|[\w.+-]+@[\w-]+\.[\w.]+"#))

    static func claimURLs(_ s: TextScanner, _ claimed: inout [Bool]) {
        // Every address has "@", "://" or "www.": without them the regex (which tries the
        // e-mail branch at every word) need not run.
        let starts = addressStarts(s)
        guard !starts.isEmpty, let matches = try? urlPattern.matches(in: s.t, startingAt: starts) else { return }
        for m in matches { for k in m.range { claimed[k] = true } }
    }

    /// Where an address can begin: the "http" before "://", "www.", and the start of the run
    /// of word characters, dots, plus and minus signs before an "@". The pattern is tried only
    /// there (its e-mail branch, tried at every word, made it the slowest of all).
    static func addressStarts(_ s: TextScanner) -> [Int] {
        func inLocalPart(_ k: Int) -> Bool {
            let u = s.t[k]
            return s.isAlphabeticLetter(k) || s.isDigit(k) || s.isMark(k) || u == 0x5F || u == 0x2E || u == 0x2B || u == 0x2D
        }
        var starts: [Int] = []
        let t = s.t
        for i in t.indices {
            switch t[i] {
            case 0x40:
                var k = i
                while k > 0 && inLocalPart(k - 1) { k -= 1 }
                starts.append(k)
            case 0x3A where i + 2 < t.count && t[i + 1] == 0x2F && t[i + 2] == 0x2F:
                var k = i
                while k > 0 && (t[k - 1] | 0x20) >= 0x61 && (t[k - 1] | 0x20) <= 0x7A { k -= 1 }
                // "https" or "http" ends where the letters do: try each place it could begin.
                starts += Array(k..<i)
            case 0x2E where i >= 3 && t[(i - 3)..<i].allSatisfy({ $0 | 0x20 == 0x77 }):
                starts.append(i - 3)
            default: break
            }
        }
        return Array(Set(starts)).sorted()
    }
}
