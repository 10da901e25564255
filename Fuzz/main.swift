import Foundation
import TransLintKit

/// libFuzzer entry points. The target is chosen by TRANSLINT_FUZZ_TARGET (scripts/fuzz sets it):
///
/// - `document`: bytes decoded as a file and run through the whole pipeline (normalization,
///   segmentation, extraction, every rule of the built-in pack), as English and as Chinese;
/// - `jsonl`, `tsv`, `po`, `xliff`, `tmx`: the parser of that bilingual format, with every
///   segment's offsets checked to fall inside the file;
/// - `facts`: a fact sheet; `rules`: a rule file (loaded, and its examples run when it loads).
///
/// Errors are fine (they are how bad input is reported); a crash, a hang or a sanitizer
/// report is a finding of the fuzzer.
enum Fuzz {
    static let target = ProcessInfo.processInfo.environment["TRANSLINT_FUZZ_TARGET"] ?? "document"
    static let checker = try! Checker.standard()
    static let sample = try! Document(text: "On Wednesday, November 11, 2025, about 140 people met Petro (Gustavo Petro) in Bogotá; 3 p.m., 50 km (19 miles).\n", language: "en")

    static func run(_ bytes: [UInt8]) {
        switch target {
        case "document":
            for language in ["en", "zh"] {
                guard let document = try? Document(bytes: bytes, path: "fuzz.txt", language: language) else { return }
                _ = checker.check(document, context: CheckContext(language: language, articleDate: "2025-11-11"))
            }
        case "jsonl", "tsv", "po", "xliff", "tmx":
            // The parser, with a check that every segment's offsets fall inside the file.
            _ = try? BilingualReader.count(bytes: bytes, path: "fuzz." + target)
        case "facts":
            guard let text = String(validating: bytes, as: UTF8.self) else { return }
            _ = try? FactSheet.parse(text, path: "fuzz.facts.yaml")
        case "rules":
            guard let text = String(validating: bytes, as: UTF8.self),
                  let rule = try? RuleLoader.load(yaml: text, path: "fuzz.yaml") else { return }
            // A rule that loads also runs: its options drive regexes, word lists and look-ups.
            _ = Checker(rules: [rule]).check(sample, context: CheckContext(language: "en", articleDate: "2025-11-11"))
        default:
            fatalError("unknown TRANSLINT_FUZZ_TARGET \(target)")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    Fuzz.run(bytes)
    return 0
}

// libFuzzer's driver, called from this program's own main (SwiftPM gives executables theirs).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, { data, size in fuzzOneInput(data, size) }))
