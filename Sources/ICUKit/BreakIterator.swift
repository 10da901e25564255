import CICUShim

/// ICU text segmentation. Stateful: never share one between tasks; `clone()` per task.
public final class BreakIterator {
    public enum Kind: Int32, Sendable {
        case character = 0, word = 1, line = 2, sentence = 3
    }

    let handle: OpaquePointer

    /// For English sentences use the locale `en@ss=standard`, which does not break after
    /// abbreviations such as "Mr.".
    public init(_ kind: Kind, locale: String) throws {
        var status: Int32 = 0
        let h = cicu_brk_open(kind.rawValue, locale, &status)
        if status > 0 || h == nil { throw ICUError(status > 0 ? status : 1) }
        handle = h!
    }

    private init(handle: OpaquePointer) { self.handle = handle }

    deinit { cicu_brk_close(handle) }

    public func clone() throws -> BreakIterator {
        var status: Int32 = 0
        let h = cicu_brk_clone(handle, &status)
        if status > 0 || h == nil { throw ICUError(status > 0 ? status : 1) }
        return BreakIterator(handle: h!)
    }

    /// The segments of `text` as ranges of UTF-16 offsets, with each segment's rule status
    /// (for word break: 0 none, 100.. number, 200.. letter, 300.. kana, 400.. ideograph).
    public func segments(of text: UnsafeBufferPointer<UInt16>) throws -> [(range: Range<Int>, status: Int32)] {
        guard !text.isEmpty else { return [] }
        var status: Int32 = 0
        cicu_brk_set_text(handle, text.baseAddress, Int32(text.count), &status)
        try ICUError.check(status)
        var result: [(range: Range<Int>, status: Int32)] = []
        var start = 0
        // One boundary at a time so the rule status belongs to that boundary.
        var boundary: Int32 = 0
        while cicu_brk_next_boundaries(handle, &boundary, 1) == 1 {
            let end = Int(boundary)
            result.append((start..<end, cicu_brk_rule_status(handle)))
            start = end
        }
        // ICU holds the pointer; detach it before the buffer goes away.
        cicu_brk_set_text(handle, nil, 0, &status)
        return result
    }

    /// Boundaries only, fetched in bulk (faster than `segments` for long text).
    public func boundaries(of text: UnsafeBufferPointer<UInt16>) throws -> [Int] {
        guard !text.isEmpty else { return [] }
        var status: Int32 = 0
        cicu_brk_set_text(handle, text.baseAddress, Int32(text.count), &status)
        try ICUError.check(status)
        var result: [Int] = []
        var chunk = [Int32](repeating: 0, count: 256)
        while true {
            let n = chunk.withUnsafeMutableBufferPointer {
                cicu_brk_next_boundaries(handle, $0.baseAddress, Int32($0.count))
            }
            if n == 0 { break }
            for i in 0..<Int(n) { result.append(Int(chunk[i])) }
        }
        cicu_brk_set_text(handle, nil, 0, &status)
        return result
    }
}
