/// Helpers the rule kinds share: turning normalized mention ranges into original ranges,
/// lines and notes.
extension Document {
    /// The original range of a normalized range.
    func original(_ normalizedRange: Range<Int>) -> Range<Int> { originalRange(ofNormalized: normalizedRange) }

    /// The 1-based line of a normalized range's start in the file on disk.
    func line(ofNormalized range: Range<Int>) -> Int {
        lineAndColumn(ofOriginal: original(range).lowerBound).line
    }

    /// A note pointing at another place of the same file.
    func note(_ message: String, at normalizedRange: Range<Int>) -> Note {
        let r = original(normalizedRange)
        return Note(message: message, path: path, location: location(ofOriginal: r), excerpt: originalString(r))
    }

    /// The index of the sentence containing a normalized offset, if any.
    func sentenceIndex(of offset: Int) -> Int? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].upperBound <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].contains(offset) ? lo : nil
    }
}

extension RuleOptions {
    /// A required choice among fixed values (`check: weekday`).
    func choice(_ key: String, among values: [String], default value: String? = nil) throws -> String {
        guard let v = try string(key) ?? value else {
            throw error(key, "missing option '\(key)' (one of \(values.joined(separator: ", ")))")
        }
        guard values.contains(v) else { throw error(key, "'\(v)' is not one of \(values.joined(separator: ", "))") }
        return v
    }
}
