import Foundation
import Testing
import TransLintTestSupport

/// End-to-end tests of the built `translint` binary.
struct CLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The binary beside the test bundle (both live in the build products folder).
    static let binary: String = {
        if let explicit = ProcessInfo.processInfo.environment["TRANSLINT_BIN"] { return explicit }
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [products, products.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("translint").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return Repository.path(".build/debug/translint")
    }()

    static func run(_ arguments: [String], cwd: String = Repository.root.path, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: cwd)
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting so a large report cannot block the child.
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("translint-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }
}

let seedPath = "seeds/observer-colombia-uk-intelligence-2025-11-11.en.txt"

@Suite struct CheckCommandTests {
    @Test func seedReportsTheBylineResidueOnLineOneInText() throws {
        let r = try CLI.run(["check", seedPath])
        #expect(r.status == 1)
        #expect(r.stdout.contains("\(seedPath):1:1: error: \"【…】\" is CJK text left in the English translation [script.residue]"))
        #expect(r.stdout.contains("^~~~"))
        #expect(!r.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }

    @Test func seedReportsTheResidueInJSON() throws {
        let r = try CLI.run(["check", seedPath, "--format", "json"])
        #expect(r.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let tool = try #require(object["tool"] as? [String: String])
        #expect(tool["name"] == "translint")
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.first?["path"] as? String == seedPath)
        let findings = try #require(files.first?["findings"] as? [[String: Any]])
        let residue = try #require(findings.first { $0["rule"] as? String == "script.residue" })
        #expect(residue["line"] as? Int == 1)
        #expect(residue["column"] as? Int == 1)
        #expect(residue["endColumn"] as? Int == 32)
        #expect(residue["category"] as? String == "script")
        #expect(residue["severity"] as? String == "error")
        #expect(residue["excerpt"] as? String == "【Text by Observer Net, Wang Yi】")
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary["error"] == 1)
    }

    @Test func missingFileExitsTwoNamingIt() throws {
        let r = try CLI.run(["check", "no/such/article.en.txt"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no/such/article.en.txt"))
        #expect(r.stdout.contains("no/such/article.en.txt: no such file"))
    }

    @Test func binaryFileExitsTwoNamingItAndTheByte() throws {
        let dir = try CLI.temporaryDirectory()
        let path = dir + "/image.png"
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).write(to: URL(fileURLWithPath: path))
        let r = try CLI.run(["check", path])
        #expect(r.status == 2)
        #expect(r.stderr.contains(path))
        #expect(r.stderr.contains("byte 0"))
    }

    @Test func binaryWithNulNamesTheByte() throws {
        let dir = try CLI.temporaryDirectory()
        let path = dir + "/data.txt"
        try Data(Array("plain text".utf8) + [0x00, 0x41]).write(to: URL(fileURLWithPath: path))
        let r = try CLI.run(["check", path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(path): binary content (NUL character) at byte 10"))
    }

    @Test func oneBadFileDoesNotStopTheOthers() throws {
        let r = try CLI.run(["check", "no-such.txt", seedPath, "--format", "json"])
        #expect(r.status == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.count == 2)
        #expect(files[0]["error"] as? String != nil)
        #expect((files[1]["findings"] as? [Any])?.isEmpty == false)
    }

    @Test func cleanEnglishTextExitsZero() throws {
        let dir = try CLI.temporaryDirectory()
        let path = dir + "/clean.en.txt"
        try "President Petro announced on November 11 that cooperation would stop.\n".write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", path])
        #expect(r.status == 0)
        #expect(r.stdout.contains("1 file checked: 0 errors"))
    }

    @Test func emptyFileExitsZero() throws {
        let dir = try CLI.temporaryDirectory()
        let path = dir + "/empty.txt"
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        #expect(try CLI.run(["check", path]).status == 0)
    }

    @Test func outputFileIsWrittenWhole() throws {
        let dir = try CLI.temporaryDirectory()
        let out = dir + "/report.json"
        let r = try CLI.run(["check", seedPath, "--format", "json", "--output", out])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        let data = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["report.json"])
    }

    /// A device or pipe named as the output (/dev/null, /dev/stdout, a FIFO) is written
    /// through, not replaced by a renamed file: run as root, `--output /dev/null` once
    /// turned the system's /dev/null into a regular file.
    @Test func outputToAPipeIsWrittenThroughAndLeftAPipe() throws {
        let dir = try CLI.temporaryDirectory()
        for (name, arguments) in [("report.fifo", ["--format", "json", "--output"]), ("baseline.fifo", ["--write-baseline"])] {
            let fifo = dir + "/" + name
            #expect(mkfifo(fifo, 0o600) == 0)
            // The read end is opened here, without blocking, so translint's open for writing
            // finds a reader; a translint that renamed a file over the pipe leaves it empty.
            // (The seed's reports are far below the 64 KB a pipe holds.)
            let reader = open(fifo, O_RDONLY | O_NONBLOCK)
            #expect(reader >= 0)
            defer { close(reader) }
            let r = try CLI.run(["check", seedPath] + arguments + [fifo])
            var data = Data()
            var buffer = [UInt8](repeating: 0, count: 65536)
            while case let n = read(reader, &buffer, buffer.count), n > 0 { data.append(contentsOf: buffer[0..<n]) }
            #expect(r.status == 1 || r.status == 0, "\(r.stderr)")
            let json = try? JSONSerialization.jsonObject(with: data)
            #expect(json is [String: Any] || json is [Any], "\(name): \(data.count) bytes read from the pipe")
            var info = stat()
            #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "\(name) is still a pipe")
        }
        // Nothing else was left beside them (no temporary file).
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["baseline.fifo", "report.fifo"])
    }

    @Test func unwritableOutputExitsTwo() throws {
        let r = try CLI.run(["check", seedPath, "--output", "/no/such/dir/report.txt"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("/no/such/dir/report.txt"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLI.run(["check", seedPath, "--format", "yaml"]).status == 2)
        #expect(try CLI.run(["check"]).status == 2)
        #expect(try CLI.run(["check", seedPath, "--date", "11/11/2025"]).status == 2)
    }

    @Test func failLevelWarningCountsWarnings() throws {
        let dir = try CLI.temporaryDirectory()
        try "id: local.cyrillic\nname: Cyrillic\ndescription: Cyrillic as a warning.\nkind: script-residue\ncategory: script\nlevel: warning\nmessage: \"{text}\"\noptions:\n  allowed-scripts: [Latin, Han]\nexamples:\n  triggering: [\"⟦Путин⟧\"]\n  non-triggering: [\"Putin\"]\n"
            .write(toFile: dir + "/cyrillic.yaml", atomically: true, encoding: .utf8)
        let text = dir + "/t.en.txt"
        try "He met Путин.\n".write(toFile: text, atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", text, "--rules", dir, "--format", "json"])
        // The built-in rule reports it as an error, the local one as a warning.
        #expect(r.status == 1)
        #expect(r.stdout.contains("\"local.cyrillic\""))
        let warnOnly = try CLI.run(["check", text, "--rules", dir, "--fail-level", "warning"])
        #expect(warnOnly.status == 1)
    }

    @Test func badRuleFileExitsTwoWithLineAndColumn() throws {
        let dir = try CLI.temporaryDirectory()
        try "id: local.x\nname: X\ndescription: X.\nkind: script-residue\ncategory: script\nlevel: warning\nmessage: m\nexamples:\n  triggering: [\"⟦Путин⟧\"]\n  non-triggering: [\"Putin\"]\ncolour: red\n"
            .write(toFile: dir + "/bad.yaml", atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", seedPath, "--rules", dir])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(dir)/bad.yaml:11:1: unknown key 'colour'"))
        #expect(r.stdout.isEmpty, "no article is checked before the rules load")
    }

    @Test func worksFromAnyDirectory() throws {
        let dir = try CLI.temporaryDirectory()
        let r = try CLI.run(["check", Repository.seed], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stdout.contains("[script.residue]"))
    }

    @Test func colourIsForcedAndNoColorIsRespected() throws {
        let forced = try CLI.run(["check", seedPath, "--color", "always"])
        #expect(forced.stdout.contains("\u{1B}["))
        // NO_COLOR matters only in auto mode; off a terminal auto is already plain.
        let auto = try CLI.run(["check", seedPath], environment: ["NO_COLOR": "1"])
        #expect(!auto.stdout.contains("\u{1B}["))
    }

    /// Yams prints a line to standard output on every parse when YAMS_DEFAULT_ENCODING is
    /// set; with the rules' encoding named, a JSON report on standard output stays JSON.
    @Test func yamlLibraryEnvironmentLeavesTheReportAlone() throws {
        let r = try CLI.run(["check", seedPath, "--format", "json"], environment: ["YAMS_DEFAULT_ENCODING": "UTF16"])
        #expect(r.status == 1)
        #expect(!r.stdout.contains("YAMS_DEFAULT_ENCODING"))
        #expect((try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) != nil)
    }
}

@Suite struct ExtractCommandTests {
    @Test func jsonFollowsTheContract() throws {
        let dir = try CLI.temporaryDirectory()
        let path = dir + "/x.zh.txt"
        try "据报道约140亿美元\n一万六七千元\n11月11日（星期二）\n佩特罗说\n".write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLI.run(["extract", path, "--date", "2025-11-01", "--format", "json"])
        #expect(r.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["lang"] as? String == "zh")
        let mentions = try #require(object["mentions"] as? [[String: Any]])
        let money = try #require(mentions.first { $0["text"] as? String == "约140亿美元" })
        #expect(money["kind"] as? String == "number")
        #expect(money["value"] as? String == "14000000000")
        #expect(money["unit"] as? String == "USD")
        #expect(money["qualifier"] as? String == "about")
        #expect(money["line"] as? Int == 1 && money["column"] as? Int == 4 && money["endColumn"] as? Int == 11)
        let range = try #require(mentions.first { $0["text"] as? String == "一万六七千元" })
        #expect(range["min"] as? String == "16000" && range["max"] as? String == "17000" && range["unit"] as? String == "CNY")
        let date = try #require(mentions.first { $0["kind"] as? String == "date" })
        #expect(date["value"] as? String == "2025-11-11")
        #expect(date["weekday"] as? String == "Tuesday")
        let name = try #require(mentions.first { $0["kind"] as? String == "name" })
        #expect(name["text"] as? String == "佩特罗")
        #expect(name["key"] as? String == "peiteluo")
    }

    @Test func textOutputAndLanguageFromScript() throws {
        let dir = try CLI.temporaryDirectory()
        let path = dir + "/untagged.txt"
        try "Путин встретился с Петро 11 ноября.\n".write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLI.run(["extract", path])
        #expect(r.status == 0)
        #expect(r.stdout.contains("date \"11 ноября\""))
        #expect(r.stdout.contains("name \"Путин\" key=putin"))
    }

    @Test func unreadableFileExitsTwo() throws {
        let r = try CLI.run(["extract", "no-such-file.txt"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no-such-file.txt"))
    }
}

@Suite struct RulesCommandTests {
    @Test func rulesListsEveryRule() throws {
        let r = try CLI.run(["rules"])
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count >= 20)
        #expect(r.stdout.contains("script.residue"))
    }

    @Test func explainShowsExamples() throws {
        let r = try CLI.run(["explain", "unit.conversion-mismatch"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("⟦19-mile⟧"))
        #expect(try CLI.run(["explain", "no.such-rule"]).status == 2)
    }

    @Test func configurationIsFoundAndApplied() throws {
        let dir = try CLI.temporaryDirectory()
        try "rules:\n  script.residue: warning\n".write(toFile: dir + "/.translint.yaml", atomically: true, encoding: .utf8)
        try "He met 佩特罗.\n".write(toFile: dir + "/a.en.txt", atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", "a.en.txt"], cwd: dir)
        #expect(r.status == 0, "a warning is below the default fail level")
        #expect(r.stdout.contains("warning: \"佩特罗\""))
        try "fail-level: warning\nrules:\n  script.residue: warning\n".write(toFile: dir + "/.translint.yaml", atomically: true, encoding: .utf8)
        #expect(try CLI.run(["check", "a.en.txt"], cwd: dir).status == 1)
        #expect(try CLI.run(["check", "a.en.txt", "--fail-level", "error"], cwd: dir).status == 0)
    }

    @Test func badConfigurationExitsTwoWithItsLine() throws {
        let dir = try CLI.temporaryDirectory()
        try "rules:\n  script.residu: off\n".write(toFile: dir + "/custom.yaml", atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", seedPath, "--config", dir + "/custom.yaml"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("custom.yaml:2:3: no rule 'script.residu'"))
    }
}

@Suite struct SourceCheckCommandTests {
    @Test func articlePairFindsEachPlantedError() throws {
        let r = try CLI.run(["check", "fixtures/source/colombia.en.txt", "--source", "fixtures/source/colombia.zh.txt",
                             "--date", "2025-11-11", "--format", "json"])
        #expect(r.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let file = try #require((object["files"] as? [[String: Any]])?.first)
        #expect(file["source"] as? String == "fixtures/source/colombia.zh.txt")
        let findings = try #require(file["findings"] as? [[String: Any]])
        let found = findings.map { "\($0["line"] as! Int) \($0["rule"] as! String)" }
        let expected = try String(contentsOfFile: Repository.path("fixtures/source/expected.txt"), encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(found == expected)
        let slip = try #require(findings.first { ($0["message"] as? String)?.contains("10x too small") == true })
        #expect(slip["excerpt"] as? String == "$1.4 billion")
        let note = try #require((slip["notes"] as? [[String: Any]])?.first)
        #expect(note["file"] as? String == "fixtures/source/colombia.zh.txt")
        #expect(note["line"] as? Int == 3)
        // The replaced name: the translation's, with the source's in a note.
        let replaced = try #require(findings.first { $0["rule"] as? String == "source.name-replaced" })
        #expect(replaced["excerpt"] as? String == "Napoli" && replaced["severity"] as? String == "warning")
        #expect((replaced["notes"] as? [[String: Any]])?.first?["line"] as? Int == 5)
    }

    @Test func jsonlSegmentsPointIntoTheFile() throws {
        let r = try CLI.run(["check", "fixtures/bilingual/segments.jsonl", "--format", "json"])
        #expect(r.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let findings = try #require(((object["files"] as? [[String: Any]])?.first?["findings"]) as? [[String: Any]])
        let slip = try #require(findings.first { $0["segment"] as? String == "s1" })
        #expect(slip["line"] as? Int == 1 && slip["column"] as? Int == 99 && slip["endColumn"] as? Int == 111)
        // Through the escaped quotes of "no": the column is the file's.
        let date = try #require(findings.first { $0["segment"] as? String == "s3" })
        #expect(date["line"] as? Int == 3 && date["column"] as? Int == 72)
        #expect(!findings.contains { $0["segment"] as? String == "s2" })
    }

    @Test func tsvSegmentsWithASourceLanguage() throws {
        let r = try CLI.run(["check", "fixtures/bilingual/segments.tsv", "--source-lang", "de", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let findings = try #require(((object["files"] as? [[String: Any]])?.first?["findings"]) as? [[String: Any]])
        let bySegment = Dictionary(grouping: findings.filter { $0["severity"] as? String != "info" }) { $0["segment"] as! String }
        #expect(bySegment["s3"]?.first?["excerpt"] as? String == "18")
        #expect(bySegment["s3"]?.first?["column"] as? Int == 25)
        #expect(bySegment["s2"] == nil)
    }

    @Test func malformedLineIsReportedAndTheOthersChecked() throws {
        let dir = try CLI.temporaryDirectory()
        try "{\"source\": \"8艘\", \"target\": \"9 ships\"}\nnot json\n".write(toFile: dir + "/x.jsonl", atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", dir + "/x.jsonl"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("x.jsonl:2: not a JSON object"))
        #expect(r.stdout.contains("\"9\""))
    }
}

@Suite struct EvalCommandTests {
    @Test func scoresAFileInTheDemetrFormat() throws {
        let dir = try CLI.temporaryDirectory()
        let lines = [
            #"{"id": "a", "lang": "zh", "category": "number", "source": "美国部署了8艘军舰。", "reference": "The US deployed 8 warships.", "good": null, "bad": "The US deployed 9 warships.", "note": ""}"#,
            #"{"id": "b", "lang": "zh", "category": "none", "source": "美国部署了8艘军舰。", "reference": "The US deployed 8 warships.", "good": "The US sent eight warships.", "bad": null, "note": ""}"#,
        ]
        try (lines.joined(separator: "\n") + "\n").write(toFile: dir + "/e.jsonl", atomically: true, encoding: .utf8)
        let r = try CLI.run(["eval", dir + "/e.jsonl", "--no-pofilter"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("| recall, number | 100.0% (1/1) |"))
        #expect(r.stdout.contains("| false alarms, good |   0.0% (0/1) |"))
    }
}

@Suite struct BilingualFormatTests {
    func findings(_ file: String) throws -> [[String: Any]] {
        let r = try CLI.run(["check", "fixtures/bilingual/" + file, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let f = try #require((object["files"] as? [[String: Any]])?.first)
        #expect(f["error"] is NSNull, "\(file): \(f["error"] ?? "")")
        return try #require(f["findings"] as? [[String: Any]]).filter { $0["severity"] as? String != "info" }
    }

    func place(_ f: [String: Any]) -> String {
        "\(f["segment"] as? String ?? "-") \(f["line"] as! Int):\(f["column"] as! Int)-\(f["endColumn"] as! Int) \(f["excerpt"] as! String)"
    }

    @Test func po() throws {
        #expect(try findings("messages.po").map(place) == ["aid 10:49-61 $1.4 billion", "19 19:30-41 November 12"])
    }

    @Test func xliff12SkipsCodesAndAlternatives() throws {
        // <ph> content is code and <alt-trans> is not the translation: only the scale slip.
        #expect(try findings("news.xlf").map(place) == ["aid 8:67-79 $1.4 billion"])
    }

    @Test func xliff2() throws {
        #expect(try findings("news.xliff").map(place) == ["u1/s1 7:57-69 $1.4 billion"])
    }

    @Test func tmxPicksTheSourceByTheHeaderLanguage() throws {
        #expect(try findings("memory.tmx").map(place) == ["t1 7:99-100 9"])
    }

    @Test func externalEntitiesAreNeverResolved() throws {
        let dir = try CLI.temporaryDirectory()
        let secret = dir + "/secret.txt"
        try "leaked-secret-marker 8艘".write(toFile: secret, atomically: true, encoding: .utf8)
        let xliff = """
            <?xml version="1.0"?>
            <!DOCTYPE xliff [ <!ENTITY leak SYSTEM "file://\(secret)"> ]>
            <xliff version="1.2"><file source-language="zh" target-language="en"><body>
            <trans-unit id="1"><source>&leak;</source><target>&leak; 9</target></trans-unit>
            </body></file></xliff>
            """
        try xliff.write(toFile: dir + "/x.xlf", atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", dir + "/x.xlf", "--format", "json"])
        #expect(!r.stdout.contains("leaked-secret-marker"), "the entity must stay unresolved")
        #expect(r.stdout.contains("&leak;") || r.stdout.contains("\"9\""))
    }
}

@Suite struct ReferenceCommandTests {
    @Test func seedWithItsFactSheet() throws {
        let r = try CLI.run(["check", seedPath, "--reference", "fixtures/facts/seed.facts.yaml"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("\(seedPath):11:199: error: $1.4 billion (1,400,000,000) contradicts the fact sheet's us-aid: 14,000,000,000 USD (10x too small) [facts.number-mismatch]"))
        #expect(r.stdout.contains("note: fixtures/facts/seed.facts.yaml:8:5"))
    }

    @Test func badFactSheetsExitTwoNamingTheLine() throws {
        let dir = try CLI.temporaryDirectory()
        try "facts:\n  - id: x\n    numbr: 5\n".write(toFile: dir + "/a.yaml", atomically: true, encoding: .utf8)
        let a = try CLI.run(["check", seedPath, "--reference", dir + "/a.yaml"])
        #expect(a.status == 2)
        #expect(a.stderr.contains("a.yaml:3:5: unknown key 'numbr'"))
        try "facts:\n  - id: x\n    number: a great many\n    near: [x]\n".write(toFile: dir + "/b.yaml", atomically: true, encoding: .utf8)
        let b = try CLI.run(["check", seedPath, "--reference", dir + "/b.yaml"])
        #expect(b.status == 2)
        #expect(b.stderr.contains("b.yaml:3:13: cannot read 'a great many' as a number"))
        #expect(b.stdout.isEmpty)
    }
}

@Suite struct HostileInputTests {
    @Test func pipedIntoHeadEndsQuietly() throws {
        let dir = try CLI.temporaryDirectory()
        try String(repeating: "He met 佩特罗 again.\n", count: 20_000).write(toFile: dir + "/many.en.txt", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["check", dir + "/many.en.txt"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        _ = out.fileHandleForReading.readData(ofLength: 100)
        try out.fileHandleForReading.close()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 141)
        #expect(errors.isEmpty, "no crash report: \(String(decoding: errors, as: UTF8.self).prefix(200))")
    }

    @Test func inputFilesAreNeverModified() throws {
        let dir = try CLI.temporaryDirectory()
        for name in ["colombia.en.txt", "colombia.zh.txt"] {
            try FileManager.default.copyItem(atPath: Repository.path("fixtures/source/" + name), toPath: dir + "/" + name)
        }
        try FileManager.default.copyItem(atPath: Repository.path("fixtures/bilingual/news.xlf"), toPath: dir + "/news.xlf")
        func snapshot() throws -> [String: (Data, Date)] {
            var s: [String: (Data, Date)] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
                let attributes = try FileManager.default.attributesOfItem(atPath: dir + "/" + name)
                s[name] = (try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name)), attributes[.modificationDate] as! Date)
            }
            return s
        }
        let before = try snapshot()
        _ = try CLI.run(["check", dir + "/colombia.en.txt", "--source", dir + "/colombia.zh.txt"])
        _ = try CLI.run(["check", dir + "/news.xlf", "--format", "json"])
        let after = try snapshot()
        #expect(before.keys.sorted() == after.keys.sorted(), "no file added or removed")
        for (name, (data, date)) in before {
            #expect(after[name]?.0 == data && after[name]?.1 == date, "\(name) changed")
        }
    }

    @Test func catastrophicUserRegexIsStoppedAndTheRunGoesOn() throws {
        let dir = try CLI.temporaryDirectory()
        try """
            id: local.catastrophic
            name: Catastrophic
            description: A pattern that backtracks exponentially.
            kind: pattern
            category: other
            level: warning
            message: "{match}"
            options:
              pattern: '(a+)+$'
              time-limit: 5
            examples:
              triggering: ["⟦aaa⟧"]
              non-triggering: ["bbb"]
            """.write(toFile: dir + "/slow.yaml", atomically: true, encoding: .utf8)
        try ("He met 佩特罗. " + String(repeating: "a", count: 5000) + "b\n").write(toFile: dir + "/t.en.txt", atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", dir + "/t.en.txt", "--rules", dir, "--format", "json"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("rule local.catastrophic could not finish"))
        #expect(r.stdout.contains("U_REGEX_TIME_OUT"))
        #expect(r.stdout.contains("\"script.residue\""), "the other rules still ran")
    }

    @Test func deepNestingInDataFilesIsRejected() throws {
        let deep = "facts:\n  - id: x\n    near: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n"
        let dir = try CLI.temporaryDirectory()
        try deep.write(toFile: dir + "/deep.facts.yaml", atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", seedPath, "--reference", dir + "/deep.facts.yaml"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("deep.facts.yaml"))
        let rules = dir + "/rules"
        try FileManager.default.createDirectory(atPath: rules, withIntermediateDirectories: true)
        try ("id: house.deep\nexamples: " + String(repeating: "{a: ", count: 3_000) + "b" + String(repeating: "}", count: 3_000) + "\n")
            .write(toFile: rules + "/deep.yaml", atomically: true, encoding: .utf8)
        let rr = try CLI.run(["check", seedPath, "--rules", rules])
        #expect(rr.status == 2)
        #expect(rr.stderr.contains("deep.yaml"))
    }

    /// One line of 150,000 characters with thousands of findings, and 50,000 short lines: both
    /// complete, findings keep their true columns, and the report stays proportional to the
    /// input (a long line is shown to each finding as a window, not copied whole).
    /// The 40 MB / 1,000,000-line sizes are timed by `scripts/bench --hostile`.
    @Test func aLongLineAndManyShortLinesComplete() throws {
        let dir = try CLI.temporaryDirectory()
        let sentence = "On Wednesday, November 11, 2025, about 140 people met Petro in Bogotá; 3,5 percent. "
        let line = String(repeating: sentence, count: 150_000 / sentence.count) + "The end 😀 came on February 30."
        try line.write(toFile: dir + "/line.en.txt", atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", dir + "/line.en.txt", "--format", "json", "--date", "2025-11-11"])
        #expect(r.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let findings = try #require((object["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        #expect(findings.count > 1_500)
        let last = try #require(findings.first { $0["rule"] as? String == "date.impossible" })
        #expect(last["column"] as? Int == line.unicodeScalars.count - "February 30.".unicodeScalars.count + 1)
        #expect((last["lineText"] as? String)?.contains("February 30") == true)
        #expect(r.stdout.utf8.count < 2_000 * findings.count)

        let short = (0..<50_000).map { "Report \($0): officials said \($0 % 50) helicopters flew.\n" }.joined()
        try short.write(toFile: dir + "/lines.en.txt", atomically: true, encoding: .utf8)
        let many = try CLI.run(["check", dir + "/lines.en.txt"])
        #expect(many.status == 0 || many.status == 1)
        #expect(many.stdout.contains("1 file checked:"))
    }

    @Test func anInterruptedRunLeavesNoReport() throws {
        let dir = try CLI.temporaryDirectory()
        let sentence = "On Wednesday, November 11, 2025, about 140 people met Petro in Bogotá. "
        try String(repeating: sentence + "\n", count: 30_000).write(toFile: dir + "/big.en.txt", atomically: true, encoding: .utf8)
        for signal in [SIGTERM, SIGINT] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = ["check", dir + "/big.en.txt", "--format", "json", "--output", dir + "/report.json"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(400_000)
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            let left = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0 != "big.en.txt" }
            // Either the run had finished (a whole report) or nothing at all is left.
            if left.contains("report.json") {
                let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/report.json"))
                #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
                try FileManager.default.removeItem(atPath: dir + "/report.json")
            } else {
                #expect(left.isEmpty, "left behind: \(left)")
                #expect(process.terminationStatus != 0)
            }
        }
    }

    /// translint reads files and writes a report; it never opens a socket (checked with strace).
    @Test func noNetworkConnection() throws {
        guard let strace = ["/usr/bin/strace", "/bin/strace"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            Issue.record("strace is needed (apt-get install strace; bash .ci/run installs it)"); return
        }
        let dir = try CLI.temporaryDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: strace)
        process.arguments = ["-f", "-e", "trace=socket,connect", "-o", dir + "/trace", CLI.binary, "check", "fixtures/corpus",
                             "--source-lang", "zh", "--format", "sarif", "--output", dir + "/r.sarif"]
        process.currentDirectoryURL = Repository.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let trace = try String(contentsOfFile: dir + "/trace", encoding: .utf8)
        if trace.contains("PTRACE") || trace.contains("Operation not permitted") {
            Issue.record("strace cannot trace here: \(trace.prefix(200))"); return
        }
        #expect(FileManager.default.fileExists(atPath: dir + "/r.sarif"))
        let calls = trace.split(separator: "\n").filter { $0.contains("socket(") || $0.contains("connect(") }
        // Local (AF_UNIX) sockets would still not reach a network; internet sockets must not appear.
        #expect(!calls.contains { $0.contains("AF_INET") || $0.contains("AF_INET6") }, "\(calls)")
    }

    @Test func aliasBombsInDataFilesAreRejected() throws {
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 { bomb += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let dir = try CLI.temporaryDirectory()
        try ("facts: []\n" + bomb).write(toFile: dir + "/facts.yaml", atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", seedPath, "--reference", dir + "/facts.yaml"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("facts.yaml"))
        try bomb.write(toFile: dir + "/c.yaml", atomically: true, encoding: .utf8)
        #expect(try CLI.run(["check", seedPath, "--config", dir + "/c.yaml"]).status == 2)
    }
}
