import CICUShim

/// A Unicode normalization form (ICU's `UNormalizer2` singletons, safe to share).
public struct Normalizer: @unchecked Sendable {
    public enum Form: Int32, Sendable {
        case nfc = 0, nfd = 1, nfkc = 2, nfkd = 3, nfkcCasefold = 4
    }

    let handle: OpaquePointer

    public static let nfc = try! Normalizer(.nfc)
    public static let nfd = try! Normalizer(.nfd)
    public static let nfkc = try! Normalizer(.nfkc)
    public static let nfkd = try! Normalizer(.nfkd)
    public static let nfkcCasefold = try! Normalizer(.nfkcCasefold)

    public init(_ form: Form) throws {
        var status: Int32 = 0
        let h = cicu_norm_get(form.rawValue, &status)
        try ICUError.check(status)
        handle = h!
    }

    public func normalize(_ units: [UInt16]) throws -> [UInt16] {
        if units.isEmpty { return [] }
        return try units.withUnsafeBufferPointer { src in
            try withGrowingBuffer(initialCapacity: src.count + src.count / 4) { dst, cap, status in
                cicu_norm_normalize(handle, src.baseAddress, Int32(src.count), dst, cap, &status)
            }
        }
    }

    public func normalize(_ text: String) throws -> String {
        String(utf16Units: try normalize(text.utf16Units))
    }

    public func isNormalized(_ units: [UInt16]) throws -> Bool {
        var status: Int32 = 0
        let r = units.withUnsafeBufferPointer {
            cicu_norm_is_normalized(handle, $0.baseAddress, Int32($0.count), &status)
        }
        try ICUError.check(status)
        return r != 0
    }

    /// Normalized text with, for each output unit, the range of input units it came from.
    public struct Mapped: Sendable {
        public var units: [UInt16]
        public var sourceStart: [Int32]
        public var sourceEnd: [Int32]

        public init(units: [UInt16], sourceStart: [Int32], sourceEnd: [Int32]) {
            self.units = units
            self.sourceStart = sourceStart
            self.sourceEnd = sourceEnd
        }
    }

    public func normalizeMapped(_ units: [UInt16]) throws -> Mapped {
        if units.isEmpty { return Mapped(units: [], sourceStart: [], sourceEnd: []) }
        // NFKC expands a code unit to at most 18 (U+FDFA); start small and retry once if needed.
        for capacity in [units.count + units.count / 2 + 16, units.count * 18 + 16] {
            var status: Int32 = 0
            var length: Int32 = 0
            var starts = [Int32](repeating: 0, count: capacity)
            var ends = [Int32](repeating: 0, count: capacity)
            var out = [UInt16](repeating: 0, count: capacity)
            units.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in
                    starts.withUnsafeMutableBufferPointer { s in
                        ends.withUnsafeMutableBufferPointer { e in
                            length = cicu_norm_normalize_mapped(
                                handle, src.baseAddress, Int32(src.count), dst.baseAddress,
                                s.baseAddress, e.baseAddress, Int32(capacity), &status)
                        }
                    }
                }
            }
            if status == Int32(CICU_BUFFER_OVERFLOW) { continue }
            try ICUError.check(status)
            let n = Int(length)
            out.removeSubrange(n...)
            starts.removeSubrange(n...)
            ends.removeSubrange(n...)
            return Mapped(units: out, sourceStart: starts, sourceEnd: ends)
        }
        throw ICUError(Int32(CICU_BUFFER_OVERFLOW))
    }
}
