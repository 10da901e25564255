/// Gettext PO files: each translated entry (`msgid` / `msgstr`, or `msgstr[0]` of a plural) is
/// a segment; its id is the `msgctxt`, else the line of its `msgstr`. The header and
/// untranslated entries are skipped.
enum POReader {
    struct Entry {
        var context: [UInt16] = []
        var id: [UInt16] = []
        var idOffsets: [Int] = []
        var str: [UInt16] = []
        var strOffsets: [Int] = []
        var strLine = 0
        var hasStr = false
    }

    /// The C escapes of PO strings, by the unit after the backslash.
    static let escapes: [UInt16: UInt16] = [0x6E: 0x0A, 0x74: 0x09, 0x72: 0x0D, 0x22: 0x22, 0x5C: 0x5C, 0x61: 0x07, 0x62: 0x08, 0x66: 0x0C, 0x76: 0x0B]

    static func segments(_ units: [UInt16]) -> ([BilingualSegment], [BilingualReader.LineError]) {
        var read: [BilingualSegment] = []
        let errors = segments(units) { read.append($0) }
        return (read, errors)
    }

    /// Reads the entries in file order, handing each segment to `each` as soon as it is read.
    static func segments(_ units: [UInt16], each: (BilingualSegment) -> Void) -> [BilingualReader.LineError] {
        var errors: [BilingualReader.LineError] = []
        var entry = Entry()
        var field = ""  // which keyword the following quoted lines continue
        var lineNumber = 0
        var start = 0

        func finish() {
            defer { entry = Entry(); field = "" }
            guard entry.hasStr, !entry.id.isEmpty, !entry.str.isEmpty else { return }
            let id = entry.context.isEmpty ? String(entry.strLine) : String(utf16Units: entry.context)
            each(BilingualSegment(
                id: id, line: entry.strLine, source: String(utf16Units: entry.id), target: String(utf16Units: entry.str),
                sourceOffsets: OffsetMap(entry.idOffsets + [entry.idOffsets.last.map { $0 + 1 } ?? 0]),
                targetOffsets: OffsetMap(entry.strOffsets + [entry.strOffsets.last.map { $0 + 1 } ?? 0])))
        }

        func appendString(_ lineStart: Int, _ line: ArraySlice<UInt16>, at quote: Int) -> Bool {
            // A quoted C string: "...", with \n \t \" \\ escapes.
            var i = quote + 1
            var decoded: [UInt16] = []
            var offsets: [Int] = []
            decoded.reserveCapacity(line.endIndex - i)
            offsets.reserveCapacity(line.endIndex - i)
            while i < line.endIndex && line[i] != 0x22 {
                if line[i] == 0x5C, i + 1 < line.endIndex {
                    let e = line[i + 1]
                    decoded.append(Self.escapes[e] ?? e)
                    offsets.append(i)
                    i += 2
                } else {
                    // A run with no escape is copied whole (a unit at a time into growing
                    // arrays, reading a string cost 11,000 instructions).
                    var end = i + 1
                    while end < line.endIndex, line[end] != 0x22, line[end] != 0x5C { end += 1 }
                    decoded += line[i..<end]
                    offsets += i..<end
                    i = end
                }
            }
            guard i < line.endIndex else { return false }
            switch field {
            case "msgctxt": entry.context += decoded
            case "msgid": entry.id += decoded; entry.idOffsets += offsets
            case "msgstr":
                entry.str += decoded
                entry.strOffsets += offsets
            default: break
            }
            return true
        }

        var i = 0
        while i <= units.count {
            if i == units.count || units[i] == 0x0A {
                lineNumber += 1
                var line = units[start..<i]
                if line.last == 0x0D { line = line.dropLast() }
                let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 }
                if trimmed.isEmpty {
                    finish()
                } else if trimmed.first == 0x23 {
                    // A comment; after a msgstr it starts the next entry.
                    if entry.hasStr { finish() }
                } else if trimmed.first == 0x22 {
                    if !appendString(start, line, at: trimmed.startIndex) { errors.append(.init(line: lineNumber, message: "unterminated string")) }
                } else {
                    // (Only the keyword is made a string: a string of every line was a fifth of
                    // reading a PO file.)
                    let keyword = String(utf16Units: trimmed.prefix { $0 != 0x20 && $0 != 0x09 })
                    let known = ["msgctxt", "msgid", "msgid_plural", "msgstr", "msgstr[0]"]
                    if keyword.hasPrefix("msgstr[") && keyword != "msgstr[0]" {
                        field = "ignore"
                    } else if known.contains(keyword) {
                        if (keyword == "msgctxt" || keyword == "msgid") && entry.hasStr { finish() }
                        field = keyword == "msgstr[0]" ? "msgstr" : (keyword == "msgid_plural" ? "ignore" : keyword)
                        if field == "msgstr" { entry.hasStr = true; entry.strLine = lineNumber }
                    } else {
                        errors.append(.init(line: lineNumber, message: "unknown keyword '\(keyword)'"))
                        field = "ignore"
                    }
                    if let q = trimmed.firstIndex(of: 0x22) {
                        if !appendString(start, line, at: q) { errors.append(.init(line: lineNumber, message: "unterminated string")) }
                    }
                }
                start = i + 1
            }
            i += 1
        }
        finish()
        return errors
    }
}
