import CICUShim

/// ICU's confusable skeletons (UTS #39): two strings that look alike have the same skeleton,
/// e.g. "Hegseth" and "Hegsеth" with a Cyrillic е. Read-only use is shareable.
public final class ConfusableSkeleton: @unchecked Sendable {
    let handle: OpaquePointer

    public static let shared = try! ConfusableSkeleton()

    public init() throws {
        var status: Int32 = 0
        let h = cicu_spoof_open(&status)
        if status > 0 || h == nil { throw ICUError(status > 0 ? status : 1) }
        handle = h!
    }

    deinit { cicu_spoof_close(handle) }

    public func skeleton(_ units: [UInt16]) throws -> [UInt16] {
        if units.isEmpty { return [] }
        return try units.withUnsafeBufferPointer { src in
            try withGrowingBuffer(initialCapacity: src.count * 2) { dst, cap, status in
                cicu_spoof_skeleton(handle, src.baseAddress, Int32(src.count), dst, cap, &status)
            }
        }
    }

    public func skeleton(_ text: String) throws -> String {
        String(utf16Units: try skeleton(text.utf16Units))
    }

    public func areConfusable(_ a: String, _ b: String) throws -> Bool {
        try skeleton(a) == skeleton(b)
    }
}
