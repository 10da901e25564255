import CICUShim

/// A failure reported by ICU, with its status code and ICU's name for it.
public struct ICUError: Error, Equatable, Sendable, CustomStringConvertible {
    public let code: Int32
    public let name: String

    public init(_ code: Int32) {
        self.code = code
        self.name = String(cString: cicu_error_name(code))
    }

    public var isTimeOut: Bool { code == Int32(CICU_REGEX_TIME_OUT) }
    public var description: String { "ICU error \(name) (\(code))" }

    /// Throws when `status` is a failure; warnings (negative codes) pass.
    @inline(__always)
    static func check(_ status: Int32) throws {
        if status > 0 { throw ICUError(status) }
    }
}

public enum ICU {
    /// The version of the ICU the shim was built against.
    public static var version: String { String(cString: cicu_version()) }
}

/// Calls an ICU function that writes UTF-16 into a caller buffer, growing the buffer when ICU
/// reports overflow ("preflighting").
@inline(__always)
func withGrowingBuffer(
    initialCapacity: Int,
    _ body: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
) throws -> [UInt16] {
    var capacity = max(initialCapacity, 16)
    while true {
        var status: Int32 = 0
        var needed: Int32 = 0
        let out = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
            needed = body(buffer.baseAddress!, Int32(capacity), &status)
            count = (status == 0 || status < 0) ? min(Int(needed), capacity) : 0
        }
        if status == Int32(CICU_BUFFER_OVERFLOW) || Int(needed) > capacity {
            capacity = max(Int(needed) + 1, capacity * 2)
            continue
        }
        try ICUError.check(status)
        return out
    }
}
