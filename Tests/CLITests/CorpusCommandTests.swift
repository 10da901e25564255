import Foundation
import Testing
import TransLintTestSupport

/// Folders checked as a corpus: pairing, fact sheets, shards and merge, baselines, files that
/// cannot be checked.
@Suite struct CorpusCommandTests {
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func files(_ text: String) throws -> [[String: Any]] {
        try #require(try json(text)["files"] as? [[String: Any]])
    }

    @Test func pairsSourcesFactSheetsAndSingleArticles() throws {
        let r = try CLI.run(["check", "fixtures/corpus", "--source-lang", "zh", "--format", "json"])
        #expect(r.status == 1)
        let files = try Self.files(r.stdout)
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0["path"] as? String ?? "", $0) })
        #expect(byPath.keys.sorted() == [
            "fixtures/corpus/colombia.en.txt", "fixtures/corpus/desk/briefing.en.txt", "fixtures/corpus/desk/clean.en.txt",
            "fixtures/corpus/observer.en.txt", "fixtures/corpus/segments.jsonl",
        ])
        // The zh original is the source of the en translation, not a file of its own.
        #expect(byPath["fixtures/corpus/colombia.en.txt"]?["source"] as? String == "fixtures/corpus/colombia.zh.txt")
        let colombiaRules = (byPath["fixtures/corpus/colombia.en.txt"]?["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(colombiaRules.contains("source.number-mismatch"))
        // observer.facts.yaml is the fact sheet of observer.en.txt.
        #expect(byPath["fixtures/corpus/observer.en.txt"]?["reference"] as? String == "fixtures/corpus/observer.facts.yaml")
        let observerRules = (byPath["fixtures/corpus/observer.en.txt"]?["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(observerRules.contains("facts.number-mismatch"))
        #expect(byPath["fixtures/corpus/desk/briefing.en.txt"]?["source"] is NSNull)
        // The summary at the end, on stderr.
        #expect(r.stderr.contains("5 files checked in"))
        #expect(r.stderr.contains("18 errors, 10 warnings, 3 info (number 9, date 7, name 6"))
    }

    @Test func theTargetLanguageAlsoDecidesThePair() throws {
        let r = try CLI.run(["check", "fixtures/corpus", "--target-lang", "en", "--format", "json"])
        let files = try Self.files(r.stdout)
        let colombia = try #require(files.first { $0["path"] as? String == "fixtures/corpus/colombia.en.txt" })
        #expect(colombia["source"] as? String == "fixtures/corpus/colombia.zh.txt")
        // Without either language nothing pairs: both files are checked on their own.
        let alone = try Self.files(try CLI.run(["check", "fixtures/corpus", "--format", "json"]).stdout)
        #expect(alone.contains { $0["path"] as? String == "fixtures/corpus/colombia.zh.txt" })
    }

    @Test func includeAndExcludeGlobs() throws {
        let only = try Self.files(try CLI.run(["check", "fixtures/corpus", "--include", "desk/*", "--format", "json"]).stdout)
        #expect(only.map { $0["path"] as? String ?? "" } == ["fixtures/corpus/desk/briefing.en.txt", "fixtures/corpus/desk/clean.en.txt"])
        let without = try Self.files(try CLI.run(["check", "fixtures/corpus", "--exclude", "desk", "--exclude", "*.jsonl", "--format", "json"]).stdout)
        #expect(!without.contains { ($0["path"] as? String ?? "").contains("desk/") || ($0["path"] as? String ?? "").hasSuffix(".jsonl") })
        #expect(!without.isEmpty)
    }

    @Test func twoShardsMergedEqualTheSingleRun() throws {
        let dir = try CLI.temporaryDirectory()
        let base = ["check", "fixtures/corpus", "--source-lang", "zh"]
        let one = try CLI.run(base + ["--shard", "1/2", "--format", "json", "--output", dir + "/1.json"])
        let two = try CLI.run(base + ["--shard", "2/2", "--format", "json", "--output", dir + "/2.json"])
        #expect(one.status != 2 && two.status != 2)
        let paths1 = try Self.files(String(contentsOfFile: dir + "/1.json", encoding: .utf8)).compactMap { $0["path"] as? String }
        let paths2 = try Self.files(String(contentsOfFile: dir + "/2.json", encoding: .utf8)).compactMap { $0["path"] as? String }
        #expect(!paths1.isEmpty && !paths2.isEmpty)
        #expect(Set(paths1).isDisjoint(with: paths2))
        // The same split on a second run.
        let again = try CLI.run(base + ["--shard", "1/2", "--format", "json"])
        #expect(try Self.files(again.stdout).compactMap { $0["path"] as? String } == paths1)
        for format in ["json", "sarif", "markdown", "html", "github", "text"] {
            let single = try CLI.run(base + ["--format", format])
            let merged = try CLI.run(["merge", dir + "/2.json", dir + "/1.json", "--format", format])
            #expect(merged.status == single.status, "\(format)")
            #expect(merged.stdout == single.stdout, "\(format)")
        }
        let out = dir + "/merged.sarif"
        #expect(try CLI.run(["merge", dir + "/1.json", dir + "/2.json", "--format", "sarif", "--output", out]).status == 1)
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test func mergeRejectsWhatIsNotAReport() throws {
        let dir = try CLI.temporaryDirectory()
        try "{\"files\": 3}".write(toFile: dir + "/bad.json", atomically: true, encoding: .utf8)
        let r = try CLI.run(["merge", dir + "/bad.json"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.json"))
    }

    @Test func withItsBaselineACorpusPassesAndANewErrorFailsAfterLinesMove() throws {
        let dir = try CLI.temporaryDirectory()
        let article = dir + "/story.en.txt"
        let original = try String(contentsOfFile: Repository.path("fixtures/consistency/anomalies.en.txt"), encoding: .utf8)
        try original.write(toFile: article, atomically: true, encoding: .utf8)
        let baseline = dir + "/baseline.json"
        let write = try CLI.run(["check", dir, "--write-baseline", baseline, "--format", "json"])
        #expect(write.status == 0)
        let recorded = try String(contentsOfFile: baseline, encoding: .utf8)
        #expect(recorded.contains("\"rule\": \"date.impossible\""))
        #expect(!recorded.contains("\"line\": 6"))
        // Sorted: writing it again gives the same bytes.
        _ = try CLI.run(["check", dir, "--write-baseline", baseline])
        #expect(try String(contentsOfFile: baseline, encoding: .utf8) == recorded)

        #expect(try CLI.run(["check", dir, "--baseline", baseline]).status == 0)
        // Lines added above every finding, and one new error further down.
        let moved = "A new first paragraph.\n\nAnother one.\n" + original + "\nThe review ended on April 31.\n"
        try moved.write(toFile: article, atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", dir, "--baseline", baseline, "--format", "json"])
        #expect(r.status == 1)
        let findings = try #require(try Self.files(r.stdout).first?["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        #expect(findings.first?["rule"] as? String == "date.impossible")
        #expect(findings.first?["excerpt"] as? String == "April 31")
    }

    @Test func unreadableFilesDanglingLinksAndLoopsAreReportedTheRestChecked() throws {
        let dir = try CLI.temporaryDirectory()
        try "Officials said three helicopters were sent.\n".write(toFile: dir + "/good.en.txt", atomically: true, encoding: .utf8)
        try Data([0x41, 0xFF, 0xFE, 0x42]).write(to: URL(fileURLWithPath: dir + "/broken.en.txt"))
        try FileManager.default.createSymbolicLink(atPath: dir + "/dangling.en.txt", withDestinationPath: dir + "/nowhere.en.txt")
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir + "/sub/up", withDestinationPath: dir)
        try FileManager.default.createSymbolicLink(atPath: dir + "/self.en.txt", withDestinationPath: dir + "/self.en.txt")
        let r = try CLI.run(["check", dir, "--format", "json"])
        #expect(r.status == 2)
        let files = try Self.files(r.stdout)
        func error(_ name: String) -> String? { files.first { ($0["path"] as? String ?? "").hasSuffix(name) }?["error"] as? String }
        #expect(error("/broken.en.txt")?.contains("byte 1") == true)
        #expect(error("/dangling.en.txt")?.contains("dangling symbolic link") == true)
        #expect(error("/self.en.txt")?.contains("symbolic link loop") == true)
        #expect(error("/sub/up")?.contains("symbolic link loop") == true)
        #expect(files.contains { ($0["path"] as? String ?? "").hasSuffix("/good.en.txt") && $0["error"] is NSNull })
        #expect(r.stderr.contains("dangling.en.txt"))
    }

    @Test func progressBarOnRequest() throws {
        let r = try CLI.run(["check", "fixtures/corpus", "--progress", "always"])
        #expect(r.stderr.contains("6/6 files"))
        let quiet = try CLI.run(["check", "fixtures/corpus"])
        #expect(!quiet.stderr.contains("6/6 files"))
    }
}
