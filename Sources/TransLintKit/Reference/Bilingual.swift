import Foundation
import ICUKit

/// One segment of a bilingual file: a source and its translation, with where each text
/// stands in the file (so that findings point at the file as it is on disk).
struct BilingualSegment {
    var id: String
    var line: Int
    var source: String
    var target: String
    var sourceLanguage: String?
    var targetLanguage: String?
    var date: String?
    /// For each UTF-16 unit of the decoded text (and one past the end), its offset in the
    /// file's UTF-16 text.
    var sourceOffsets: OffsetMap
    var targetOffsets: OffsetMap
}

/// Reading the bilingual line formats of the contract: JSONL (one object a line with `source`
/// and `target`, optional `id`, `source_lang`, `target_lang`, `date`) and TSV
/// (`source<TAB>target`, optional header `source	target` or `id	source	target`).
public enum BilingualReader {
    struct LineError: Error { let line: Int; let message: String }

    static let extensions = [".jsonl", ".tsv", ".po", ".pot", ".xlf", ".xliff", ".tmx"]

    static func isBilingual(_ path: String) -> Bool {
        let lower = path.lowercased()
        return extensions.contains { lower.hasSuffix($0) }
    }

    /// How many segments a bilingual file's bytes hold and how many parts could not be read
    /// (the parser alone, for fuzzing and tooling; `path`'s extension picks the format).
    public static func count(bytes: [UInt8], path: String) throws -> (segments: Int, errors: Int) {
        let units = try TextDecoding.decode(bytes, path: path).units
        let (segments, errors) = segments(units: units, path: path, sourceLanguage: nil)
        // Every segment's offsets must point into the file: relocation relies on it.
        let size = units.count
        for s in segments {
            precondition(s.sourceOffsets.isWithin(0...size) && s.targetOffsets.isWithin(0...size),
                         "segment \(s.id) has an offset outside the file")
        }
        return (segments.count, errors.count)
    }

    /// The segments of a file, and the errors of the parts that could not be read.
    static func segments(units: [UInt16], path: String, sourceLanguage: String?) -> ([BilingualSegment], [LineError]) {
        var read: [BilingualSegment] = []
        let errors = segments(units: units, path: path, sourceLanguage: sourceLanguage) { read.append($0) }
        return (read, errors)
    }

    /// The segments of a file handed to `each` in file order as they are read (line formats and
    /// PO; XML files are parsed whole first), and the errors of the parts that could not be read.
    static func segments(units: [UInt16], path: String, sourceLanguage: String?, each: (BilingualSegment) -> Void) -> [LineError] {
        let lower = path.lowercased()
        if lower.hasSuffix(".po") || lower.hasSuffix(".pot") { return POReader.segments(units, each: each) }
        if lower.hasSuffix(".xlf") || lower.hasSuffix(".xliff") || lower.hasSuffix(".tmx") {
            let (segments, errors) = lower.hasSuffix(".tmx") ? XMLBilingualReader.tmx(units, sourceLanguage: sourceLanguage) : XMLBilingualReader.xliff(units)
            segments.forEach(each)
            return errors
        }
        // Line formats: offsets within each line, moved to the file. Lines are copied out one
        // at a time, as they are read.
        var lineRanges: [Range<Int>] = []
        var start = 0
        for (i, u) in units.enumerated() where u == 0x0A {
            lineRanges.append(start..<i)
            start = i + 1
        }
        lineRanges.append(start..<units.count)
        let lines = lineRanges.lazy.map { Array(units[$0]) }
        let moved = { (segment: BilingualSegment) in
            var segment = segment
            let base = lineRanges[segment.line - 1].lowerBound
            segment.sourceOffsets.shift(by: base)
            segment.targetOffsets.shift(by: base)
            each(segment)
        }
        return lower.hasSuffix(".tsv") ? tsv(lines, each: moved) : jsonl(lines, each: moved)
    }

    static func jsonl(_ lines: some Sequence<[UInt16]>, each: (BilingualSegment) -> Void) -> [LineError] {
        var errors: [LineError] = []
        for (i, line) in lines.enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let fields = JSONLine.stringFields(line)
            guard let fields, let source = fields["source"], let target = fields["target"] else {
                errors.append(LineError(line: i + 1, message: fields == nil ? "not a JSON object of strings" : "needs \"source\" and \"target\""))
                continue
            }
            each(BilingualSegment(
                id: fields["id"]?.text ?? String(i + 1), line: i + 1, source: source.text, target: target.text,
                sourceLanguage: fields["source_lang"]?.text, targetLanguage: fields["target_lang"]?.text,
                date: fields["date"]?.text, sourceOffsets: source.offsets, targetOffsets: target.offsets))
        }
        return errors
    }

    static func tsv(_ lines: some Sequence<[UInt16]>, each: (BilingualSegment) -> Void) -> [LineError] {
        var errors: [LineError] = []
        var hasID = false
        for (i, rawLine) in lines.enumerated() {
            var line = rawLine
            if line.last == 0x0D { line.removeLast() }
            if line.isEmpty { continue }
            let cells = line.split(separator: 0x09, omittingEmptySubsequences: false).map(Array.init)
            if i == 0 {
                let header = cells.map { String(utf16Units: $0).lowercased() }
                if header == ["source", "target"] { continue }
                if header == ["id", "source", "target"] { hasID = true; continue }
            }
            let expected = hasID ? 3 : 2
            guard cells.count == expected else {
                errors.append(LineError(line: i + 1, message: "expected \(expected) tab-separated fields, found \(cells.count)"))
                continue
            }
            var offset = 0
            var starts: [Int] = []
            for c in cells { starts.append(offset); offset += c.count + 1 }
            let s = hasID ? 1 : 0
            each(BilingualSegment(
                id: hasID ? String(utf16Units: cells[0]) : String(i + 1), line: i + 1,
                source: String(utf16Units: cells[s]), target: String(utf16Units: cells[s + 1]),
                sourceOffsets: OffsetMap(Array(starts[s]...(starts[s] + cells[s].count))),
                targetOffsets: OffsetMap(Array(starts[s + 1]...(starts[s + 1] + cells[s + 1].count)))))
        }
        return errors
    }
}

/// The string fields of a one-line JSON object, with the raw offset of every decoded unit.
///
/// A line in the plain shape bilingual files have (an object of strings, numbers, literals,
/// lists and objects, nothing unusual) is read in one pass by `CommonShapeReader`. Anything
/// else, errors included, is left to Foundation, which decides whether it is JSON and how
/// (it accepts trailing commas and a byte order mark, rejects lone surrogate escapes and
/// numbers out of range); the scanner below then only locates its strings. The shortcut can
/// only accept what Foundation accepts, with the same strings: Foundation's validation cost
/// 33,000 instructions a line, a quarter of checking a short sentence pair.
enum JSONLine {
    struct Field { var text: String; var offsets: OffsetMap }

    static func stringFields(_ line: [UInt16]) -> [String: Field]? {
        if let fields = CommonShapeReader.fields(line) { return fields }
        return foundationStringFields(line)
    }

    /// Foundation's verdict and strings, with their offsets located by a scan of the line.
    static func foundationStringFields(_ line: [UInt16]) -> [String: Field]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(String(utf16Units: line).utf8)) as? [String: Any] else { return nil }
        var fields: [String: Field] = [:]
        var i = 0
        var depth = 0
        var expectingKey = true
        var currentKey: String?
        while i < line.count {
            let u = line[i]
            switch u {
            case 0x7B, 0x5B: depth += 1; expectingKey = u == 0x7B; i += 1
            case 0x7D, 0x5D: depth -= 1; i += 1
            case 0x2C: if depth == 1 { expectingKey = true }; i += 1
            case 0x3A: expectingKey = false; i += 1
            case 0x22:
                let (decoded, offsets, end) = readString(line, from: i)
                if depth == 1 && expectingKey {
                    currentKey = String(utf16Units: decoded)
                } else if depth == 1, let key = currentKey {
                    fields[key] = Field(text: String(utf16Units: decoded), offsets: offsets)
                    currentKey = nil
                }
                i = end
            default: i += 1
            }
        }
        // Keep only the fields Foundation read as strings.
        return fields.filter { object[$0.key] is String }
    }

    /// A strict reader of the common shape: an object, members separated by single commas,
    /// strings of units from U+0020 with the standard escapes (no surrogate escapes), numbers
    /// of at most 15 digits without exponent, true, false, null, and lists and objects of
    /// these up to 64 deep; spaces, tabs, CR and LF between. Nil for anything else.
    enum CommonShapeReader {
        static let maxDepth = 64

        static func fields(_ line: [UInt16]) -> [String: Field]? {
            var reader = State(line: line)
            return reader.readLine()
        }

        struct State {
            let line: [UInt16]
            var i = 0
            /// (Sized for a line's usual fields: grown from empty, it was rehashed three times.)
            var fields = [String: Field](minimumCapacity: 8)

            init(line: [UInt16]) { self.line = line }

            mutating func skipSpace() {
                while i < line.count, line[i] == 0x20 || line[i] == 0x09 || line[i] == 0x0A || line[i] == 0x0D { i += 1 }
            }

            mutating func readLine() -> [String: Field]? {
                skipSpace()
                guard i < line.count, line[i] == 0x7B, readObject(depth: 1) else { return nil }
                skipSpace()
                return i == line.count ? fields : nil
            }

            /// An object at `i`; at depth 1 its string members are kept.
            mutating func readObject(depth: Int) -> Bool {
                readSequence(depth: depth, closing: 0x7D) { $0.readMember(depth: depth) }
            }

            mutating func readList(depth: Int) -> Bool {
                readSequence(depth: depth, closing: 0x5D) { $0.readValue(depth: depth) }
            }

            /// The items of the object or list opening at `i`, up to `closing`, separated by
            /// single commas.
            mutating func readSequence(depth: Int, closing: UInt16, item: (inout State) -> Bool) -> Bool {
                guard depth <= maxDepth else { return false }
                i += 1
                skipSpace()
                if i < line.count, line[i] == closing { i += 1; return true }
                while true {
                    guard item(&self) else { return false }
                    skipSpace()
                    guard i < line.count else { return false }
                    if line[i] == closing { i += 1; return true }
                    guard line[i] == 0x2C else { return false }
                    i += 1
                    skipSpace()
                }
            }

            /// A key, its colon and its value; an object at depth 1 keeps its string values.
            mutating func readMember(depth: Int) -> Bool {
                let keyStart = i
                guard i < line.count, line[i] == 0x22, readString() else { return false }
                let key = depth == 1 ? key(at: keyStart) : ""
                skipSpace()
                guard i < line.count, line[i] == 0x3A else { return false }
                i += 1
                skipSpace()
                guard i < line.count else { return false }
                if line[i] == 0x22 {
                    let start = i
                    guard readString() else { return false }
                    if depth == 1 {
                        let (units, offsets, _) = JSONLine.readString(line, from: start)
                        fields[key] = Field(text: String(utf16Units: units), offsets: offsets)
                    }
                } else {
                    guard readValue(depth: depth) else { return false }
                    // The last value of a key is its value: a later non-string one removes
                    // an earlier string.
                    if depth == 1 { fields[key] = nil }
                }
                return true
            }

            mutating func readValue(depth: Int) -> Bool {
                guard i < line.count else { return false }
                switch line[i] {
                case 0x22: return readString()
                case 0x7B: return readObject(depth: depth + 1)
                case 0x5B: return readList(depth: depth + 1)
                case 0x74: return readLiteral("true")
                case 0x66: return readLiteral("false")
                case 0x6E: return readLiteral("null")
                default: return readNumber()
                }
            }

            mutating func readLiteral(_ word: StaticString) -> Bool {
                let count = word.utf8CodeUnitCount
                guard i + count <= line.count else { return false }
                let bytes = UnsafeBufferPointer(start: word.utf8Start, count: count)
                for k in 0..<count where line[i + k] != UInt16(bytes[k]) { return false }
                i += count
                return true
            }

            /// -?(0|[1-9][0-9]*)(.[0-9]+)?, at most 15 digits in all.
            mutating func readNumber() -> Bool {
                if i < line.count, line[i] == 0x2D { i += 1 }
                var digits = 0
                func isDigit(_ k: Int) -> Bool { k < line.count && line[k] >= 0x30 && line[k] <= 0x39 }
                guard isDigit(i) else { return false }
                if line[i] == 0x30 {
                    i += 1
                    digits = 1
                    if isDigit(i) { return false }
                } else {
                    while isDigit(i) { i += 1; digits += 1 }
                }
                if i < line.count, line[i] == 0x2E {
                    i += 1
                    guard isDigit(i) else { return false }
                    while isDigit(i) { i += 1; digits += 1 }
                }
                return digits <= 15 && (i == line.count || (line[i] != 0x65 && line[i] != 0x45))
            }

            /// The decoded text of the (valid) string at `start`.
            func decoded(at start: Int) -> String {
                String(utf16Units: JSONLine.readString(line, from: start).0)
            }

            /// The key string at `start`, which ends at `i`: a key with no escape ("source",
            /// "target_lang") is its units as they stand (decoding each key into arrays of
            /// units and offsets was a fifth of reading a line).
            func key(at start: Int) -> String {
                let units = line[(start + 1)..<(i - 1)]
                return units.contains(0x5C) ? decoded(at: start) : String(utf16Units: units)
            }

            /// Steps over the string at `i` (its opening quote); false when it is not one of
            /// the common shape.
            mutating func readString() -> Bool {
                i += 1
                while i < line.count {
                    let u = line[i]
                    if u == 0x22 { i += 1; return true }
                    if u < 0x20 { return false }
                    if u == 0x5C {
                        guard i + 1 < line.count else { return false }
                        let e = line[i + 1]
                        if JSONLine.simpleEscapes[e] != nil { i += 2; continue }
                        guard e == 0x75, i + 5 < line.count else { return false }
                        var v: UInt16 = 0
                        for k in (i + 2)..<(i + 6) {
                            let h = line[k]
                            let d: UInt16
                            switch h {
                            case 0x30...0x39: d = h - 0x30
                            case 0x41...0x46: d = h - 0x41 + 10
                            case 0x61...0x66: d = h - 0x61 + 10
                            default: return false
                            }
                            v = v << 4 | d
                        }
                        // Surrogate escapes are Foundation's to judge (it rejects lone ones).
                        if v >= 0xD800 && v <= 0xDFFF { return false }
                        i += 6
                        continue
                    }
                    i += 1
                }
                return false
            }
        }
    }

    static let simpleEscapes: [UInt16: UInt16] = [0x22: 0x22, 0x5C: 0x5C, 0x2F: 0x2F, 0x62: 0x08, 0x66: 0x0C, 0x6E: 0x0A, 0x72: 0x0D, 0x74: 0x09]

    /// Decodes the string starting at the quote at `start`; returns its units, the raw offset
    /// of each (plus the closing quote's) and the offset after the closing quote.
    static func readString(_ line: [UInt16], from start: Int) -> ([UInt16], OffsetMap, Int) {
        // The string ends at the first unescaped quote: sized from there.
        var close = start + 1
        var escaped = false
        while close < line.count && line[close] != 0x22 {
            if line[close] == 0x5C { escaped = true; close += 2 } else { close += 1 }
        }
        // Most strings hold no escape: their units and offsets are then copied whole (one
        // unit at a time, this was 1.5% of a 20,000-pair run).
        if !escaped {
            return (Array(line[(start + 1)..<close]), OffsetMap(run: start + 1, count: close - start), close + 1)
        }
        var units: [UInt16] = []
        var offsets: [Int] = []
        units.reserveCapacity(close - start)
        offsets.reserveCapacity(close - start + 1)
        var i = start + 1
        while i < line.count && line[i] != 0x22 {
            if line[i] == 0x5C, i + 1 < line.count {
                let e = line[i + 1]
                if let v = Self.simpleEscapes[e] {
                    units.append(v); offsets.append(i); i += 2
                } else if e == 0x75, i + 5 < line.count, let v = UInt16(String(utf16Units: line[(i + 2)..<(i + 6)]), radix: 16) {
                    units.append(v); offsets.append(i); i += 6
                } else {
                    units.append(e); offsets.append(i); i += 2
                }
            } else {
                units.append(line[i]); offsets.append(i); i += 1
            }
        }
        offsets.append(i)
        return (units, OffsetMap(offsets), i + 1)
    }
}
