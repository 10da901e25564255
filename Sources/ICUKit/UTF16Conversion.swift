import CICUShim

// String <-> UTF-16 through ICU: the standard library's UTF-16 decoding is several times
// slower (measured in docs/icu.md).

extension String {
    /// This string's UTF-16 code units, converted by ICU.
    public var utf16Units: [UInt16] {
        var copy = self
        return copy.withUTF8 { utf8 -> [UInt16] in
            if utf8.isEmpty { return [] }
            return [UInt16](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                var status: Int32 = 0
                let n = cicu_utf8_to_utf16(
                    utf8.baseAddress, Int32(utf8.count), buffer.baseAddress, Int32(buffer.count),
                    &status)
                count = status > 0 ? 0 : Int(n)
            }
        }
    }

    /// Decodes UTF-16 code units; unpaired surrogates become U+FFFD.
    public init(utf16Units units: UnsafeBufferPointer<UInt16>) {
        if units.isEmpty {
            self = ""
            return
        }
        // ASCII (most words and numbers) is its own UTF-8: no ICU round trip.
        if units.allSatisfy({ $0 < 0x80 }) {
            self = String(unsafeUninitializedCapacity: units.count) { out in
                for (i, u) in units.enumerated() { out[i] = UInt8(truncatingIfNeeded: u) }
                return units.count
            }
            return
        }
        var status: Int32 = 0
        let needed = cicu_utf16_to_utf8(units.baseAddress, Int32(units.count), nil, 0, &status)
        self = String(unsafeUninitializedCapacity: Int(needed)) { out in
            var st: Int32 = 0
            let n = cicu_utf16_to_utf8(
                units.baseAddress, Int32(units.count), out.baseAddress, Int32(out.count), &st)
            return st > 0 ? 0 : Int(n)
        }
    }

    /// A slice of a UTF-16 buffer, the common case (a word of a document): without this
    /// overload the generic one below reaches the storage through protocol witnesses, which
    /// cost more than the conversion (callgrind: 5% of a corpus run).
    public init(utf16Units units: ArraySlice<UInt16>) {
        self = units.withUnsafeBufferPointer { String(utf16Units: $0) }
    }

    public init(utf16Units units: [UInt16]) {
        self = units.withUnsafeBufferPointer { String(utf16Units: $0) }
    }

    public init<C: Collection>(utf16Units units: C) where C.Element == UInt16 {
        if let s = units.withContiguousStorageIfAvailable({ String(utf16Units: $0) }) {
            self = s
        } else {
            self = Array(units).withUnsafeBufferPointer { String(utf16Units: $0) }
        }
    }
}

/// Byte decoding through ICU converters, stopping at the first malformed sequence.
public enum ByteDecoder {
    public struct Malformed: Error, Equatable, Sendable {
        /// Byte offset of the first malformed sequence in the input.
        public let byteOffset: Int
        public let code: Int32
    }

    /// Decodes `bytes` in `charset` ("UTF-8", "UTF-16LE", "UTF-32BE", ...).
    public static func decode(_ bytes: UnsafeRawBufferPointer, charset: String) throws -> [UInt16] {
        if bytes.isEmpty { return [] }
        var malformed: Malformed?
        var failure: Int32 = 0
        let capacity = bytes.count + 1
        let units = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
            var status: Int32 = 0
            var errorOffset: Int32 = -1
            let n = cicu_decode(
                charset, bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), Int32(bytes.count),
                buffer.baseAddress, Int32(capacity), &errorOffset, &status)
            if status > 0 {
                if errorOffset >= 0 {
                    malformed = Malformed(byteOffset: Int(errorOffset), code: status)
                } else {
                    failure = status
                }
                count = 0
            } else {
                count = Int(n)
            }
        }
        if let malformed { throw malformed }
        try ICUError.check(failure)
        return units
    }
}
