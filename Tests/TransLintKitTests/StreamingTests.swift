import Foundation
import ICUKit
import Testing
@testable import TransLintKit
import TransLintTestSupport

/// Corpus runs stream: files are reported in order as they finish, only a window of them is
/// held, and a report written file by file is the same report, written whole or not at all.
@Suite struct StreamingTests {
    /// Counts what the workers hold: taken but not yet delivered.
    final class Held: @unchecked Sendable {
        let lock = NSLock()
        var taken = 0, delivered = 0, most = 0
        func take() { lock.lock(); taken += 1; most = max(most, taken - delivered); lock.unlock() }
        func deliver() { lock.lock(); delivered += 1; lock.unlock() }
    }

    /// Runs 400 items of which every fiftieth is slow, so that later ones finish first and
    /// must wait for it; returns the delivery order and the most results held at once.
    func run(window: Int) -> (order: [Int], most: Int) {
        let held = Held()
        var order: [Int] = []
        parallelForEachInOrder(Array(0..<400), window: window, { i -> Int in
            held.take()
            if i % 50 == 0 { usleep(20_000) }
            return i
        }, deliver: { i in
            held.deliver()
            order.append(i)
            return true
        })
        return (order, held.most)
    }

    @Test func resultsArriveInOrderAndOnlyAWindowIsHeld() {
        let bounded = run(window: 8)
        #expect(bounded.order == Array(0..<400))
        #expect(bounded.most <= 8, "held \(bounded.most) results at once")
    }

    @Test func deliveringFalseStopsTheRun() {
        let held = Held()
        var delivered = 0
        parallelForEachInOrder(Array(0..<1_000), window: 4, { i -> Int in
            held.take()
            return i
        }, deliver: { _ in
            delivered += 1
            return delivered < 10
        })
        #expect(delivered == 10)
        #expect(held.taken < 10 + 4 + ProcessInfo.processInfo.activeProcessorCount + 1)
    }

    func reports() throws -> [Report] {
        [ReporterGoldenTests.fixed, try ReporterGoldenTests.corpusReport(), Report(files: [])]
    }

    func streamed(_ report: Report, _ format: ReportFormat, to path: String) throws {
        let stream = try ReportStream(reporter: format.reporter(try ReporterGoldenTests.settings()), to: .file(path))
        for file in report.files { try stream.add(file) }
        try stream.finish()
    }

    @Test(arguments: ReportFormat.allCases)
    func aStreamedReportIsTheWholeReport(format: ReportFormat) throws {
        let dir = try temporaryDirectory()
        for (i, report) in try reports().enumerated() {
            let path = dir + "/r\(i)"
            try streamed(report, format, to: path)
            let whole = format.reporter(try ReporterGoldenTests.settings()).render(report)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == whole, "report \(i)")
        }
    }

    @Test func aStreamToStandardOutputIsWrittenAsItGoes() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let report = ReporterGoldenTests.fixed
        let stream = try ReportStream(reporter: ReportFormat.text.reporter(), to: .descriptor(fds[1]))
        try stream.add(report.files[0])
        // The first file's findings are out before the run ends.
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let n = read(fds[0], &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(0, n)), as: UTF8.self).hasPrefix("a.en.txt:1:1: warning"))
        close(fds[0])
        close(fds[1])
    }

    @Test func anUnfinishedStreamLeavesTheOldReportAndNoTemporaryFile() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/report.json"
        try "old".write(toFile: path, atomically: true, encoding: .utf8)
        do {
            let stream = try ReportStream(reporter: ReportFormat.json.reporter(), to: .file(path))
            try stream.add(ReporterGoldenTests.fixed.files[0])
            // Dropped without finish(), as when a run fails half-way.
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["report.json"])
    }

    @Test func aReportIntoAMissingFolderIsRefusedUpFront() {
        #expect(throws: ReportStream.WriteError.self) {
            _ = try ReportStream(reporter: ReportFormat.json.reporter(), to: .file("/nonexistent-folder/r.json"))
        }
    }

    func temporaryDirectory() throws -> String {
        let dir = NSTemporaryDirectory() + "translint-stream-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A value being built (a language's lexicon) holds up only the threads that need that
    /// value: another key is built, and a built one read, meanwhile.
    @Test func cacheBuildsEachKeyOnItsOwn() {
        let cache = LockedCache<String, Int>()
        #expect(cache.value(for: "built") { 1 } == 1)
        let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            _ = cache.value(for: "slow") { started.signal(); release.wait(); return 2 }
            done.signal()
        }
        started.wait()
        // With one lock for the whole cache these wait until "slow" is released.
        let read = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var values: [Int] = []
        DispatchQueue.global().async {
            values = [cache.value(for: "built") { 0 }, cache.value(for: "other") { 3 }]
            read.signal()
        }
        #expect(read.wait(timeout: .now() + 10) == .success)
        release.signal()
        if values.isEmpty { read.wait() }
        #expect(values == [1, 3])
        done.wait()
        // Built once: a later build closure is not run.
        #expect(cache.value(for: "slow") { 0 } == 2)
    }

    /// A bounded cache (a bilingual file's sources) lets go of what it holds when a new key
    /// would pass its limit, and a build that failed is tried again.
    @Test func boundedCacheLetsGoOfKeysPastItsLimit() throws {
        struct Unreadable: Error {}
        let cache = LockedCache<String, Int>(costLimit: 10)
        var builds = 0
        _ = cache.value(for: "a", cost: 6) { builds += 1; return 1 }
        _ = cache.value(for: "a", cost: 6) { builds += 1; return 1 }
        #expect(builds == 1)
        _ = cache.value(for: "b", cost: 6) { builds += 1; return 2 }
        #expect(cache.value(for: "a", cost: 6) { builds += 1; return 3 } == 3)
        #expect(builds == 3)
        #expect(throws: Unreadable.self) { try cache.value(for: "c") { throw Unreadable() } }
        #expect(cache.value(for: "c") { 4 } == 4)
    }

    /// Matchers of a shared pattern are handed from thread to thread: each use, however many run
    /// at once, sees its own text.
    @Test func sharedPatternMatchesEachTextOnItsOwn() throws {
        let pattern = RegexPrototype(try ICURegex(#"\d+"#))
        let texts = (0..<400).map { i in Array("a \(i) b \(i * 7) c".utf16) }
        let found = parallelMap(Array(texts.indices)) { i in
            ((try? pattern.matches(in: texts[i])) ?? []).map { String(decoding: texts[i][$0.range], as: UTF16.self) }
        }
        #expect(found == texts.indices.map { ["\($0)", "\($0 * 7)"] })
        #expect(try pattern.matches(in: Array("1 2".utf16), startingAt: [2]).map(\.range) == [2..<3])
    }
}
