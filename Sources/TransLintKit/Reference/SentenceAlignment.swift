import Foundation

/// Sentence alignment of an article and its translation, in the manner of Gale and Church
/// (1993): a dynamic programme over 1–1, 1–2, 2–1, 1–0 and 0–1 groups whose cost is how
/// unlikely the groups' length ratio is, lowered for every number or date value the two sides
/// share (anchors).
struct SentenceAlignment {
    struct Group {
        var source: [Int]   // sentence indices
        var target: [Int]
    }

    let groups: [Group]

    /// Prior costs of each group shape (-log of Gale and Church's probabilities).
    static let shapes: [(ds: Int, dt: Int, prior: Double)] = [
        (1, 1, -log(0.89)), (1, 0, -log(0.0099 / 2)), (0, 1, -log(0.0099 / 2)), (2, 1, -log(0.089 / 2)), (1, 2, -log(0.089 / 2)),
    ]

    init(source: [Int], target: [Int], anchors: (ClosedRange<Int>, ClosedRange<Int>) -> Int) {
        let n = source.count, m = target.count
        let totalSource = max(1, source.reduce(0, +)), totalTarget = max(1, target.reduce(0, +))
        let ratio = Double(totalTarget) / Double(totalSource)
        let variance = 6.8
        func lengthCost(_ ls: Int, _ lt: Int) -> Double {
            if ls == 0 && lt == 0 { return 0 }
            let mean = (Double(ls) + Double(lt) / ratio) / 2
            let delta = (Double(lt) - Double(ls) * ratio) / sqrt(max(1, mean) * variance * ratio)
            let p = max(1e-12, erfc(abs(delta) / sqrt(2)))
            return -log(p)
        }
        var cost = [[Double]](repeating: [Double](repeating: .infinity, count: m + 1), count: n + 1)
        var back = [[(Int, Int)]](repeating: [(Int, Int)](repeating: (0, 0), count: m + 1), count: n + 1)
        cost[0][0] = 0
        for i in 0...n {
            for j in 0...m where cost[i][j] < .infinity {
                for shape in Self.shapes {
                    let i2 = i + shape.ds, j2 = j + shape.dt
                    guard i2 <= n, j2 <= m else { continue }
                    let ls = source[i..<i2].reduce(0, +), lt = target[j..<j2].reduce(0, +)
                    var c = cost[i][j] + shape.prior + lengthCost(ls, lt)
                    if shape.ds > 0 && shape.dt > 0 { c -= 3 * Double(anchors(i...(i2 - 1), j...(j2 - 1))) }
                    if c < cost[i2][j2] {
                        cost[i2][j2] = c
                        back[i2][j2] = (i, j)
                    }
                }
            }
        }
        var groups: [Group] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let (pi, pj) = back[i][j]
            groups.append(Group(source: Array(pi..<i), target: Array(pj..<j)))
            (i, j) = (pi, pj)
        }
        self.groups = groups.reversed()
    }
}

/// Alignment for tests and tools: groups of sentence indices for given sentence lengths and
/// anchor pairs (source index, target index) that share a value.
public enum SentenceAlignmentProbe {
    public static func align(source: [Int], target: [Int], anchorPairs: [(Int, Int)]) -> [(source: [Int], target: [Int])] {
        SentenceAlignment(source: source, target: target) { si, tj in
            anchorPairs.filter { si.contains($0.0) && tj.contains($0.1) }.count
        }.groups.map { ($0.source, $0.target) }
    }
}
