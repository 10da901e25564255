/// A JSON value with object keys kept in the order given, so that reports read in the
/// contract's order and golden files are stable.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number written exactly as given (decimal strings from extraction).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    public static func optional(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

    /// Compact (one line) or indented by two spaces.
    /// `indent`: the nesting depth the value sits at, for pieces of a larger document.
    public func serialized(pretty: Bool = false, indent: Int = 0) -> String {
        // Written as UTF-8 bytes and decoded once: appending small Strings piece by piece
        // was 4% of a corpus run (callgrind, JSON report of 200 articles).
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(to: &out, pretty: pretty, indent: indent)
        return String(decoding: out, as: UTF8.self)
    }

    private static func newline(_ out: inout [UInt8], indent: Int) {
        out.append(0x0A)
        // (A loop: appending a repeatElement went through the generic sequence path.)
        for _ in 0..<(2 * indent) { out.append(0x20) }
    }

    /// Appends the value's text to `out` (for reporters that write many values into one piece).
    func write(to out: inout [UInt8], pretty: Bool, indent: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .number(let n): out.append(contentsOf: n.utf8)
        case .string(let s): JSONValue.escape(s, into: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                if pretty { Self.newline(&out, indent: indent + 1) }
                item.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(&out, indent: indent) }
            out.append(0x5D)
        case .object(let fields):
            if fields.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(0x7B)
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out.append(0x2C) }
                if pretty { Self.newline(&out, indent: indent + 1) }
                JSONValue.escape(key, into: &out)
                out.append(0x3A)
                if pretty { out.append(0x20) }
                value.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(&out, indent: indent) }
            out.append(0x7D)
        }
    }

    static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied whole.
            var runStart = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                // Most bytes need no escape: letters and digits pass without the switch.
                if b > 0x5C ? b != 0xE2 : (b >= 0x20 && b != 0x22 && b != 0x5C) {
                    i += 1
                    continue
                }
                var width = 1
                let escaped: String
                switch b {
                case 0x22: escaped = "\\\""
                case 0x5C: escaped = "\\\\"
                case 0x0A: escaped = "\\n"
                case 0x0D: escaped = "\\r"
                case 0x09: escaped = "\\t"
                case 0x00..<0x20:
                    let hex = String(b, radix: 16)
                    escaped = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    // U+2028 and U+2029 end lines in JavaScript.
                    escaped = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    width = 3
                default:
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                out.append(contentsOf: escaped.utf8)
                i += width
                runStart = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(0x22)
    }
}
