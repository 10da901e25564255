import CICUShim

/// An ICU transliterator opened by id ("Any-Latin; Latin-ASCII", "Han-Latin",
/// "Russian-Latin/BGN"). Transforming is a const operation in ICU, so one instance may be
/// shared between tasks; opening is slow (the first Han use compiles rules), so open once.
public final class Transliterator: @unchecked Sendable {
    let handle: OpaquePointer
    public let id: String

    public init(id: String) throws {
        var status: Int32 = 0
        let idUnits = id.utf16Units
        let h = idUnits.withUnsafeBufferPointer {
            cicu_trans_open($0.baseAddress, Int32($0.count), &status)
        }
        if status > 0 || h == nil {
            if let h { cicu_trans_close(h) }
            throw ICUError(status > 0 ? status : Int32(CICU_ILLEGAL_ARGUMENT))
        }
        handle = h!
        self.id = id
    }

    deinit { cicu_trans_close(handle) }

    public func transform(_ units: [UInt16]) throws -> [UInt16] {
        if units.isEmpty { return [] }
        var capacity = units.count * 4 + 16
        while true {
            var status: Int32 = 0
            var buffer = units
            buffer.append(contentsOf: repeatElement(0, count: capacity - units.count))
            let n = buffer.withUnsafeMutableBufferPointer {
                cicu_trans_transform(handle, $0.baseAddress, Int32(units.count), Int32(capacity), &status)
            }
            if status == Int32(CICU_BUFFER_OVERFLOW) || Int(n) > capacity {
                capacity = max(Int(n) + 16, capacity * 2)
                continue
            }
            try ICUError.check(status)
            buffer.removeSubrange(Int(n)...)
            return buffer
        }
    }

    public func transform(_ text: String) throws -> String {
        String(utf16Units: try transform(text.utf16Units))
    }
}
