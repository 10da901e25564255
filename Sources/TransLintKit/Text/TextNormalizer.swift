import ICUKit

/// The normalized view that every check reads: NFKC (which also folds full- and half-width
/// forms), then one form for each kind of quote, dash and space, soft hyphens and zero-width
/// characters removed, and CRLF or CR turned into LF. Every normalized unit remembers the
/// range of original units it came from.
enum TextNormalizer {
    /// What a character becomes after NFKC; `nil` deletes it.
    static func fold(_ u: UInt16) -> UInt16?? {
        switch u {
        // Double quotes: “ ” „ ‟ ″ 〝 〞 〟 « » stay « » (they are real quotes in fr/de/ru but
        // carry no number or name), the rest become ".
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x301D, 0x301E, 0x301F: return .some(0x22)
        // Single quotes and apostrophes: ‘ ’ ‚ ‛ ′ ʼ
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC: return .some(0x27)
        // Hyphens and minus signs: ‐ ‑ ‒ − ﹣ (NFKC already maps － and ﹣)
        case 0x2010, 0x2011, 0x2012, 0x2212: return .some(0x2D)
        // Dashes: – — ― ⸺ ⸻ ﹘ become the en dash, kept apart from the hyphen.
        case 0x2014, 0x2015, 0x2E3A, 0x2E3B, 0xFE58: return .some(0x2013)
        // Spaces that NFKC leaves alone.
        case 0x2028, 0x2029: return .some(0x0A)
        // Soft hyphen, zero-width space and joiners, word joiner, BOM: invisible, so dropped.
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return .some(nil)
        default: return nil
        }
    }

    static func normalize(_ original: [UInt16]) throws -> Normalizer.Mapped {
        var nfkc = try Normalizer.nfkc.normalizeMapped(original)
        // Most texts have characters replaced one for one (curly quotes, dashes), and no CR or
        // invisible character: their mapping stays as ICU made it, and their units are
        // replaced in place (rebuilding three arrays unit by unit cost some 50 instructions a
        // unit). The loop below takes the rest; a unit replaced here is left as it is there
        // (what `fold` gives, it leaves alone).
        var onlyReplaced = true
        nfkc.units.withUnsafeMutableBufferPointer { units in
            for i in units.indices {
                let u = units[i]
                if u == 0x0D { onlyReplaced = false; return }
                if u >= 0x00AD, let folded = fold(u) {
                    guard let replacement = folded else { onlyReplaced = false; return }
                    units[i] = replacement
                }
            }
        }
        return onlyReplaced ? nfkc : foldedUnitByUnit(nfkc)
    }

    /// The folding of an NFKC text, unit by unit: quotes, dashes and spaces folded,
    /// invisible characters removed, CRLF and CR made LF.
    static func foldedUnitByUnit(_ nfkc: Normalizer.Mapped) -> Normalizer.Mapped {
        var units: [UInt16] = []
        var starts: [Int32] = []
        var ends: [Int32] = []
        units.reserveCapacity(nfkc.units.count)
        starts.reserveCapacity(nfkc.units.count)
        ends.reserveCapacity(nfkc.units.count)
        var i = 0
        let n = nfkc.units.count
        while i < n {
            var u = nfkc.units[i]
            let start = nfkc.sourceStart[i]
            let end = nfkc.sourceEnd[i]
            if u == 0x0D {
                // CRLF and lone CR both become one LF covering the original line break.
                if i + 1 < n && nfkc.units[i + 1] == 0x0A {
                    units.append(0x0A)
                    starts.append(start)
                    ends.append(nfkc.sourceEnd[i + 1])
                    i += 2
                    continue
                }
                u = 0x0A
            }
            if u >= 0x00AD, let folded = fold(u) {
                guard let replacement = folded else { i += 1; continue }
                u = replacement
            }
            units.append(u)
            starts.append(start)
            ends.append(end)
            i += 1
        }
        return Normalizer.Mapped(units: units, sourceStart: starts, sourceEnd: ends)
    }
}
