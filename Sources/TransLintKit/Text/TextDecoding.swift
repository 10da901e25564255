import ICUKit

/// A file that cannot be read as text. The message names the file and, where there is one,
/// the byte offset or line.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String
    public let byteOffset: Int?
    public let line: Int?
    public let column: Int?

    public init(path: String, message: String, byteOffset: Int? = nil, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.message = message
        self.byteOffset = byteOffset
        self.line = line
        self.column = column
    }

    public var description: String {
        var place = path
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        if let byteOffset { return "\(place): \(message) at byte \(byteOffset)" }
        return "\(place): \(message)"
    }
}

/// Bytes on disk to UTF-16 text: UTF-8 (an optional BOM is dropped), or UTF-16/UTF-32 when the
/// file starts with their BOM. Anything else, and any NUL, is an input error.
public enum TextDecoding {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE", utf32LE = "UTF-32LE", utf32BE = "UTF-32BE"
    }

    /// Detects a byte-order mark; returns the encoding and the BOM's length.
    static func sniff(_ bytes: UnsafeRawBufferPointer) -> (Encoding, Int) {
        let b = Array(bytes.prefix(4))
        if b.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (.utf32LE, 4) }
        if b.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (.utf32BE, 4) }
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if b.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if b.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return (.utf8, 0)
    }

    public static func decode(_ bytes: [UInt8], path: String) throws -> (units: [UInt16], encoding: Encoding) {
        try bytes.withUnsafeBytes { raw in
            let (encoding, bomLength) = sniff(raw)
            let body = UnsafeRawBufferPointer(rebasing: raw[bomLength...])
            let units: [UInt16]
            do {
                units = try ByteDecoder.decode(body, charset: encoding.rawValue)
            } catch let malformed as ByteDecoder.Malformed {
                throw InputError(
                    path: path, message: "invalid \(encoding.rawValue) (not a text file in a supported encoding)",
                    byteOffset: malformed.byteOffset + bomLength)
            }
            if let nul = units.firstIndex(of: 0) {
                throw InputError(
                    path: path, message: "binary content (NUL character)",
                    byteOffset: byteOffset(ofUnit: nul, in: units, encoding: encoding) + bomLength)
            }
            return (units, encoding)
        }
    }

    /// The byte offset of a UTF-16 unit, in the file's own encoding.
    static func byteOffset(ofUnit index: Int, in units: [UInt16], encoding: Encoding) -> Int {
        switch encoding {
        case .utf16LE, .utf16BE: return index * 2
        case .utf32LE, .utf32BE:
            var scalars = 0
            var i = 0
            while i < index {
                i += UTF16.isLeadSurrogate(units[i]) ? 2 : 1
                scalars += 1
            }
            return scalars * 4
        case .utf8:
            var bytes = 0
            var i = 0
            while i < index {
                let u = units[i]
                if UTF16.isLeadSurrogate(u) { bytes += 4; i += 2; continue }
                bytes += u < 0x80 ? 1 : (u < 0x800 ? 2 : 3)
                i += 1
            }
            return bytes
        }
    }
}
