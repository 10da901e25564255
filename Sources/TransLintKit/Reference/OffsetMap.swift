/// Where each UTF-16 unit of a decoded segment (and one past its end) stands in the file's
/// text. The units mostly follow each other in the file, so the map keeps only the places
/// where that run breaks (an escape, an entity, a tag): a 20,000-pair file needs kilobytes,
/// not one integer per unit.
struct OffsetMap: Sendable, Equatable {
    private(set) var count = 0
    /// Indexes where a run starts (the first is 0) and the file offset of that unit.
    private var runStarts: [Int32] = []
    private var runOffsets: [Int] = []

    /// `count` offsets from `start` on, one after another: `init(Array(start..<start + count))`
    /// without the array (a JSONL string with no escape).
    init(run start: Int, count: Int) {
        self.count = count
        if count > 0 {
            runStarts = [0]
            runOffsets = [start]
        }
    }

    init(_ offsets: [Int]) {
        count = offsets.count
        for (i, o) in offsets.enumerated() where i == 0 || o != offsets[i - 1] + 1 {
            runStarts.append(Int32(i))
            runOffsets.append(o)
        }
    }

    subscript(i: Int) -> Int {
        precondition(i >= 0 && i < count, "offset index out of range")
        // The last run starting at or before i.
        var lo = 0, hi = runStarts.count
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if Int(runStarts[mid]) <= i { lo = mid } else { hi = mid }
        }
        return runOffsets[lo] + (i - Int(runStarts[lo]))
    }

    var first: Int? { count == 0 ? nil : runOffsets[0] }

    /// The map moved by `delta` (offsets within a line made offsets within the file).
    mutating func shift(by delta: Int) {
        for k in runOffsets.indices { runOffsets[k] += delta }
    }

    /// Whether every offset lies in `range`.
    func isWithin(_ range: ClosedRange<Int>) -> Bool {
        for k in runStarts.indices {
            let end = k + 1 < runStarts.count ? Int(runStarts[k + 1]) : count
            let last = runOffsets[k] + (end - 1 - Int(runStarts[k]))
            if !range.contains(runOffsets[k]) || !range.contains(last) { return false }
        }
        return true
    }
}
