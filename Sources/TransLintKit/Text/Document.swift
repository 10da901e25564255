import ICUKit

/// A position in a file as it is on disk: 1-based line and column, columns counting Unicode
/// code points. `endColumn` is exclusive (the column just after the last character).
public struct FileSpan: Equatable, Hashable, Sendable, Codable {
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int

    public init(line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }
}

/// One checked text: the original as decoded from disk, and the normalized view the checks
/// read, with a map from every normalized position back to the original.
///
/// Offsets are UTF-16 code-unit indices. "Normalized offsets" index `normalized`; "original
/// offsets" index `original`. Findings are reported in original offsets and turned into
/// line/column only for output.
public final class Document: Sendable {
    public let path: String
    /// BCP 47 language of the text ("en", "zh"); decides sentence rules and which script counts
    /// as foreign.
    public let language: String
    public let original: [UInt16]
    /// The original with markup (HTML tags and comments in .html and .md files) blanked out,
    /// same offsets: what checks that read the original text look at.
    public let visible: [UInt16]
    public let normalized: [UInt16]
    /// For each normalized unit, the original range it came from.
    let sourceStart: [Int32]
    let sourceEnd: [Int32]
    /// Lines of the original, for file positions.
    public let lines: LineIndex
    /// Paragraphs: runs of non-blank lines, in normalized offsets.
    public let paragraphs: [Range<Int>]
    /// Sentences in normalized offsets, inside paragraphs, never crossing a line break, with
    /// surrounding white space trimmed.
    public let sentences: [Range<Int>]
    /// `UnitClass` bits of each normalized unit, for `TextScanner`.
    let unitClasses: [UInt8]
    /// The letter runs of the normalized text and their words, for `TextScanner`.
    let letterRuns: LetterRuns

    /// Reads a file from disk.
    public convenience init(contentsOf path: String, language: String = "en") throws {
        let bytes = try FileReading.read(path)
        try self.init(bytes: bytes, path: path, language: language)
    }

    public convenience init(bytes: [UInt8], path: String, language: String = "en") throws {
        let (units, _) = try TextDecoding.decode(bytes, path: path)
        try self.init(units: units, path: path, language: language)
    }

    /// A document from text in memory (tests, bilingual segments).
    public convenience init(text: String, path: String = "<text>", language: String = "en") throws {
        try self.init(units: text.utf16Units, path: path, language: language)
    }

    init(units: [UInt16], path: String, language: String) throws {
        self.path = path
        self.language = language
        original = units
        // HTML tags and comments (in .html and .md files) are blanked, offsets unchanged.
        visible = Markup.isMarkup(path) ? Markup.mask(units) : units
        let mapped = try TextNormalizer.normalize(visible)
        normalized = mapped.units
        sourceStart = mapped.sourceStart
        sourceEnd = mapped.sourceEnd
        lines = LineIndex(units)
        paragraphs = Segmentation.paragraphs(in: mapped.units)
        sentences = try Segmentation.sentences(in: mapped.units, paragraphs: paragraphs, language: language)
        let classes = UnitClass.table(mapped.units)
        unitClasses = classes
        letterRuns = LetterRuns(mapped.units, classes: classes)
    }

    public var normalizedText: String { String(utf16Units: normalized) }
    public var originalText: String { String(utf16Units: original) }

    // MARK: Offset map

    /// The original range that a normalized range came from. An empty range maps to the
    /// original position of what follows it.
    public func originalRange(ofNormalized range: Range<Int>) -> Range<Int> {
        if normalized.isEmpty { return 0..<0 }
        if range.isEmpty {
            let p = range.lowerBound < normalized.count ? Int(sourceStart[range.lowerBound]) : original.count
            return p..<p
        }
        let lower = Int(sourceStart[range.lowerBound])
        let upper = Int(sourceEnd[range.upperBound - 1])
        return lower..<max(lower, upper)
    }

    /// The normalized range covering an original range (used by checks that read the original,
    /// and by tests).
    public func normalizedRange(ofOriginal range: Range<Int>) -> Range<Int> {
        // Binary search on the monotone end map.
        var a = 0, b = normalized.count
        while a < b {
            let m = (a + b) / 2
            if Int(sourceEnd[m]) <= range.lowerBound { a = m + 1 } else { b = m }
        }
        let lo = a
        var hi = lo
        while hi < normalized.count && Int(sourceStart[hi]) < range.upperBound { hi += 1 }
        return lo..<max(lo, hi)
    }

    // MARK: Lines and columns

    public func lineAndColumn(ofOriginal offset: Int) -> (line: Int, column: Int) { lines.lineAndColumn(ofOriginal: offset) }
    public func offset(line: Int, column: Int) -> Int { lines.offset(line: line, column: column) }
    public func location(ofOriginal range: Range<Int>) -> FileSpan { lines.location(ofOriginal: range) }

    public func originalString(_ range: Range<Int>) -> String {
        String(utf16Units: original[range.clamped(to: 0..<original.count)])
    }

    public func normalizedString(_ range: Range<Int>) -> String {
        String(utf16Units: normalized[range.clamped(to: 0..<normalized.count)])
    }

    public func lineText(_ line: Int) -> String { lines.lineText(line) }

    public var lineCount: Int { lines.count }

    // MARK: Structure

}

/// The lines of a text in UTF-16 units: positions to line and column (code points) and back,
/// and the text of a line. Cheap to build (one pass), for files whose text is not checked
/// whole (a bilingual file: only its segments are).
public struct LineIndex: Sendable {
    public let units: [UInt16]
    /// Offsets where each line starts (after LF, CRLF or CR).
    let starts: [Int]
    /// Offsets of the surrogate pairs (one code point, two units), so that a column is found
    /// by a binary search, not a walk along the line: a 40 MB line has many findings.
    let pairs: [Int]

    /// Lines longer than this (in UTF-16 units) are shown to findings as a window around them.
    public static let longLine = 1_000

    public init(_ units: [UInt16]) {
        self.units = units
        var starts = [0]
        var pairs: [Int] = []
        var i = 0
        while i < units.count {
            let u = units[i]
            // Most units are neither a line end nor a lead surrogate: one range test passes
            // them (the index of a 20,000-pair file was 0.8% of its run).
            if u > 0x0D && u < 0xD800 {
                i += 1
                continue
            }
            if u == 0x0A || (u == 0x0D && !(i + 1 < units.count && units[i + 1] == 0x0A)) {
                starts.append(i + 1)
            } else if UTF16.isLeadSurrogate(u) && i + 1 < units.count && UTF16.isTrailSurrogate(units[i + 1]) {
                pairs.append(i)
                i += 2
                continue
            }
            i += 1
        }
        self.starts = starts
        self.pairs = pairs
    }

    /// How many surrogate pairs start in `range`.
    func pairCount(_ range: Range<Int>) -> Int {
        func firstAtOrAfter(_ x: Int) -> Int {
            var a = 0, b = pairs.count
            while a < b {
                let m = (a + b) / 2
                if pairs[m] < x { a = m + 1 } else { b = m }
            }
            return a
        }
        return firstAtOrAfter(range.upperBound) - firstAtOrAfter(range.lowerBound)
    }

    public var count: Int { starts.count }

    /// 1-based line and column (code points) of an offset.
    public func lineAndColumn(ofOriginal offset: Int) -> (line: Int, column: Int) {
        var a = 0, b = starts.count
        while a + 1 < b {
            let m = (a + b) / 2
            if starts[m] <= offset { a = m } else { b = m }
        }
        let start = starts[a]
        let end = max(start, min(offset, units.count))
        // Code points: units, less one for each pair wholly before the offset.
        let wholePairs = pairCount(start..<max(start, end - 1))
        return (a + 1, end - start - wholePairs + 1)
    }

    /// The offset of a 1-based line and column (code points).
    public func offset(line: Int, column: Int) -> Int {
        guard line >= 1 && line <= starts.count else { return units.count }
        var i = starts[line - 1]
        var c = 1
        while c < column && i < units.count {
            i += UTF16.isLeadSurrogate(units[i]) ? 2 : 1
            c += 1
        }
        return i
    }

    public func location(ofOriginal range: Range<Int>) -> FileSpan {
        let s = lineAndColumn(ofOriginal: range.lowerBound)
        let e = lineAndColumn(ofOriginal: range.upperBound)
        return FileSpan(line: s.line, column: s.column, endLine: e.line, endColumn: e.column)
    }

    /// The text of a line (1-based), without its line break.
    public func lineText(_ line: Int) -> String {
        let r = lineRange(line)
        return String(utf16Units: units[r])
    }

    func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 1 && line <= starts.count else { return 0..<0 }
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] : units.count
        while end > start && (units[end - 1] == 0x0A || units[end - 1] == 0x0D) { end -= 1 }
        return start..<end
    }

    /// The line a finding at `range` starts on, for showing it: the whole line, or for a line
    /// longer than `longLine` a window of it around the finding. Returns the text and the
    /// column (code points, 1-based) at which it starts.
    public func lineExcerpt(around range: Range<Int>, line: Int) -> (text: String, column: Int) {
        let r = lineRange(line)
        guard r.count > Self.longLine else { return (String(utf16Units: units[r]), 1) }
        var lo = max(r.lowerBound, min(range.lowerBound, r.upperBound) - Self.longLine / 2)
        var hi = min(r.upperBound, max(range.upperBound, lo) + Self.longLine / 2)
        // Never split a surrogate pair.
        if lo > r.lowerBound && UTF16.isTrailSurrogate(units[lo]) { lo -= 1 }
        if hi < r.upperBound && UTF16.isTrailSurrogate(units[hi]) { hi += 1 }
        return (String(utf16Units: units[lo..<hi]), lineAndColumn(ofOriginal: lo).column)
    }
}
