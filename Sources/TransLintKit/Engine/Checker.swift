import Foundation
import ICUKit

/// The public entry point: checks documents and files with a set of rules.
public struct Checker: Sendable {
    public var rules: [Rule]
    /// Per-rule level overrides (from configuration).
    public var levels: [String: Severity] = [:]

    public init(rules: [Rule]) { self.rules = rules }

    /// The built-in pack plus the rules of any extra directories.
    public static func standard(ruleDirectories: [String] = []) throws -> Checker {
        var rules = try RuleLoader.builtin()
        for directory in ruleDirectories { rules += try RuleLoader.loadDirectory(directory) }
        try RuleLoader.checkUnique(rules)
        return Checker(rules: rules)
    }

    /// Starts building the number, date and unit tables of these languages on other threads
    /// and returns at once. Building one takes tens of milliseconds (ICU formatters for every
    /// unit and spell-out rule); started before the rule pack is loaded, it is ready, or
    /// nearly, when the first document is read. A language asked for later waits for its
    /// build instead of starting another.
    public static func prepareInBackground(languages: [String]) {
        for language in Set(languages) {
            DispatchQueue.global(qos: .userInitiated).async { _ = Lexicon.forLanguage(language) }
        }
    }

    /// All findings in a document, in file order. A rule that fails (a user regex that hits its
    /// time limit) becomes an error finding of that rule; the other rules still run.
    public func check(_ document: Document, context: CheckContext) -> [Finding] {
        var context = context
        // Read the document once for every rule.
        if context.extraction == nil { context.extraction = Extraction(document, articleDate: context.calendarDate) }
        if context.source != nil { context.comparisonCache = ComparisonCache() }
        context.nameFormCache = NameFormCache()
        var findings: [Finding] = []
        for rule in rules {
            do {
                findings += try rule.check(document, context: context, severity: levels[rule.id])
            } catch {
                let range = 0..<0
                findings.append(Finding(
                    rule: rule.id, category: rule.category, severity: .error,
                    message: "rule \(rule.id) could not finish: \(error)",
                    location: document.location(ofOriginal: range), excerpt: "",
                    lineText: document.lineText(1), originalRange: range))
            }
        }
        return findings.sorted {
            ($0.originalRange.lowerBound, $0.originalRange.upperBound, $0.rule) < ($1.originalRange.lowerBound, $1.originalRange.upperBound, $1.rule)
        }
    }

    /// Checks one file; a file that cannot be read is reported with its error.
    public func checkFile(_ path: String, options: CheckOptions = CheckOptions()) -> FileReport {
        if BilingualReader.isBilingual(path) { return checkBilingual(path, options: options) }
        let language = options.targetLanguage ?? Languages.fromFileName(path) ?? "en"
        do {
            let document = try Document(contentsOf: path, language: language)
            var context = CheckContext(language: language, articleDate: options.articleDate ?? options.facts?.date)
            context.facts = options.facts
            if let sourcePath = options.sourcePath {
                let bytes = try FileReading.read(sourcePath)
                var sourceLanguage = options.sourceLanguage ?? Languages.fromFileName(sourcePath)
                if sourceLanguage == nil { sourceLanguage = Languages.guess(try Document(bytes: bytes, path: sourcePath).normalized) }
                let source = try Document(bytes: bytes, path: sourcePath, language: sourceLanguage ?? "und")
                context.source = SourceReference(source, articleDate: context.calendarDate)
            }
            var findings = check(document, context: context)
            if Markup.isMarkup(path) {
                let suppressions = Suppressions(document)
                findings.removeAll { suppressions.suppresses($0) }
            }
            return FileReport(path: path, source: options.sourcePath, reference: options.facts?.path, findings: findings)
        } catch {
            return FileReport(path: path, source: options.sourcePath, error: "\(error)")
        }
    }

    /// A bilingual file (JSONL, TSV): every segment checked on its own, source against target
    /// plus the target's own rules; findings point into the file, with the segment id.
    func checkBilingual(_ path: String, options: CheckOptions) -> FileReport {
        // The bytes are let go once decoded.
        let units: [UInt16]
        do {
            units = try TextDecoding.decode(try FileReading.read(path), path: path).units
        } catch {
            return FileReport(path: path, error: "\(error)")
        }
        return checkBilingual(file: LineIndex(units), path: path, options: options)
    }

    /// A bilingual file's bytes; `path` names it in findings and its extension picks the format.
    public func checkBilingual(bytes: [UInt8], path: String, options: CheckOptions = CheckOptions()) -> FileReport {
        do {
            return checkBilingual(file: LineIndex(try TextDecoding.decode(bytes, path: path).units), path: path, options: options)
        } catch {
            return FileReport(path: path, error: "\(error)")
        }
    }

    /// The file itself is only located in (line, column, line text); its segments are the
    /// documents that get checked.
    func checkBilingual(file: LineIndex, path: String, options: CheckOptions) -> FileReport {
        // Segments are independent: checked on all cores, in chunks to keep scheduling cheap,
        // findings kept in file order. They are checked a batch at a time as the file is read,
        // so at most two batches of segments are held: one is checked while the next is read
        // (reading a JSONL line costs some 50,000 instructions, which left the cores idle when
        // done between batches).
        var batch: [BilingualSegment] = []
        let checked = CheckedBatches()
        // A source repeated anywhere in the file (the same sentence with several candidate
        // translations, each system's output of an evaluation set in turn, plural forms, a TMX
        // unit per target variant) is read once while the file's sources fit the shelf.
        let sources = SourceShelf(costLimit: Self.sourceShelfBytes)
        func startBatch() {
            checked.running.wait()
            guard !batch.isEmpty else { return }
            let read = batch
            batch.removeAll(keepingCapacity: true)
            checked.running.enter()
            DispatchQueue.global().async {
                var segments = read
                // A source of no stated language (PO) is guessed once, for the lexicons to build
                // and for its check. (The guess reads scripts and words, which the raw text
                // shows as well as a normalized one.)
                if options.sourceLanguage == nil {
                    for k in segments.indices where segments[k].sourceLanguage == nil {
                        segments[k].sourceLanguage = Languages.guess(segments[k].source.utf16Units)
                    }
                }
                prepareLanguages(of: segments, options: options)
                // (Small chunks: the last ones of a batch leave a core idle while the other ends.)
                let chunks = stride(from: 0, to: segments.count, by: 16).map { Array(segments[$0..<min($0 + 16, segments.count)]) }
                checked.findings += parallelMap(chunks) { chunk in
                    chunk.flatMap { checkSegment($0, file: file, path: path, options: options, sources: sources) }
                }.flatMap { $0 }
                checked.running.leave()
            }
        }
        let errors = BilingualReader.segments(units: file.units, path: path, sourceLanguage: options.sourceLanguage) { segment in
            batch.append(segment)
            if batch.count == 1_024 { startBatch() }
        }
        startBatch()
        checked.running.wait()
        let findings = checked.findings
        let error = errors.isEmpty ? nil : errors.map { "\(path):\($0.line): \($0.message)" }.joined(separator: "; ")
        return FileReport(path: path, error: error, findings: findings)
    }

    /// Builds the lexicons and name gazetteers that a batch's segments will ask for, side by
    /// side on all cores. Each takes tens of milliseconds; built lazily, the first segment of
    /// each language held up every thread that reached it, so a file of five source languages
    /// spent most of its first second building them one after another.
    func prepareLanguages(of batch: [BilingualSegment], options: CheckOptions) {
        var languages: Set<String> = []
        var pairs: Set<[String]> = []
        let comparesSources = rules.contains { $0.kind is SourceComparisonRule }
        for segment in batch {
            let target = segment.targetLanguage ?? options.targetLanguage ?? "en"
            languages.insert(target)
            let source = sourceLanguage(of: segment, options)
            languages.insert(source)
            if comparesSources { pairs.insert([source, target]) }
        }
        var work: [() -> Void] = languages.sorted().map { language in { _ = Lexicon.forLanguage(language) } }
        for pair in pairs.sorted(by: { $0.joined() < $1.joined() }) {
            work.append { _ = NameGazetteer.between(source: pair[0], target: pair[1]) }
            work.append { _ = NameGazetteer.between(source: pair[1], target: pair[0]) }
        }
        guard work.count > 1 else { return }
        _ = parallelMap(work) { $0() }
    }

    /// The findings of a bilingual file's batches, each batch checked on other threads while
    /// the next is read. `running` is entered for the batch being checked; the next batch
    /// starts after it leaves, so findings are added one batch at a time, in file order.
    private final class CheckedBatches: @unchecked Sendable {
        let running = DispatchGroup()
        var findings: [Finding] = []
    }

    /// The sources of one bilingual file already read, shared by the threads that check its
    /// segments, keyed by language, article date and text. Bounded by the bytes of source text
    /// held: a file of distinct sources empties it now and then rather than keep them all.
    typealias SourceShelf = LockedCache<SourceKey, (Document, SourceReference)>

    /// A source's place on the shelf: language, article date and text, hashed and compared by
    /// their UTF-8 bytes. A String hashes non-ASCII text through its normal form (7,800
    /// instructions a look-up of a Chinese or Russian sentence), and two texts that are
    /// canonically equivalent but differ in bytes must not share a read: its offsets are its
    /// own text's.
    struct SourceKey: Hashable {
        let language: String
        let date: String
        let text: String

        static func == (a: SourceKey, b: SourceKey) -> Bool {
            sameBytes(a.text, b.text) && sameBytes(a.language, b.language) && sameBytes(a.date, b.date)
        }

        func hash(into hasher: inout Hasher) {
            Self.combineBytes(of: language, into: &hasher)
            Self.combineBytes(of: date, into: &hasher)
            Self.combineBytes(of: text, into: &hasher)
        }

        private static func combineBytes(of s: String, into hasher: inout Hasher) {
            var s = s
            s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hasher.combine(s.utf8.count)
        }

        private static func sameBytes(_ a: String, _ b: String) -> Bool {
            var a = a, b = b
            return a.withUTF8 { x in
                b.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
            }
        }
    }
    /// A read source holds some fifty times its text's UTF-8 size (20,000 distinct sources
    /// peaked 15 MB higher with 256 KB): about 850 sentences, near 7 MB.
    static let sourceShelfBytes = 128 * 1024

    /// A segment's source language: its own, else the option's. `checkBilingual` has guessed
    /// one, once, for each segment that gives neither.
    func sourceLanguage(of segment: BilingualSegment, _ options: CheckOptions) -> String {
        segment.sourceLanguage ?? options.sourceLanguage ?? "und"
    }

    /// One segment of a bilingual file: its target checked against its source.
    /// `sources`: the sources already read, by language, article date and text; a source is
    /// read the same wherever it stands (findings are moved to the file through the segment's
    /// own offsets), so one read serves every segment with that text.
    func checkSegment(_ segment: BilingualSegment, file: LineIndex, path: String, options: CheckOptions,
                      sources: SourceShelf) -> [Finding] {
        var found: [Finding] = []
        let targetLanguage = segment.targetLanguage ?? options.targetLanguage ?? "en"
        do {
            let sourceLanguage = sourceLanguage(of: segment, options)
            var context = CheckContext(language: targetLanguage, articleDate: segment.date ?? options.articleDate ?? options.facts?.date)
            let key = SourceKey(language: sourceLanguage, date: context.articleDate ?? "", text: segment.source)
            let (sourceDocument, source) = try sources.value(for: key, cost: segment.source.utf8.count) {
                let document = try Document(text: segment.source, path: path, language: sourceLanguage)
                return (document, SourceReference(document, articleDate: context.calendarDate))
            }
            let target = try Document(text: segment.target, path: path, language: targetLanguage)
            context.source = source
            context.facts = options.facts
            for f in check(target, context: context) {
                found.append(relocate(f, segment: segment, file: file, target: target, source: sourceDocument))
            }
        } catch {
            found.append(Finding(rule: "input.segment", category: .other, severity: .error, message: "segment \(segment.id) could not be read: \(error)",
                                    location: FileSpan(line: segment.line, column: 1, endLine: segment.line, endColumn: 1),
                                    excerpt: "", lineText: file.lineText(segment.line), originalRange: 0..<0, segment: segment.id))
        }
        return found
    }

    /// A finding on a segment's text moved to the file: its place in the file (through JSON,
    /// PO and XML escapes), the segment id, and source notes moved likewise.
    func relocate(_ f: Finding, segment: BilingualSegment, file: LineIndex, target: Document, source: Document) -> Finding {
        func fileRange(_ r: Range<Int>, offsets: OffsetMap) -> Range<Int> {
            let lo = offsets[min(r.lowerBound, offsets.count - 1)]
            let hi = r.isEmpty ? lo : offsets[min(r.upperBound - 1, offsets.count - 1)] + 1
            return lo..<max(lo, hi)
        }
        var moved = f
        let range = fileRange(f.originalRange, offsets: segment.targetOffsets)
        moved.location = file.location(ofOriginal: range)
        moved.lineText = file.lineText(moved.location.line)
        moved.originalRange = range
        moved.segment = segment.id
        moved.notes = f.notes.map { note in
            var n = note
            guard let loc = note.location else { return n }
            let doc = note.message == "source" ? source : target
            let start = doc.offset(line: loc.line, column: loc.column)
            let end = doc.offset(line: loc.endLine, column: loc.endColumn)
            n.location = file.location(ofOriginal: fileRange(start..<max(start, end), offsets: note.message == "source" ? segment.sourceOffsets : segment.targetOffsets))
            return n
        }
        return moved
    }

    public func check(paths: [String], options: CheckOptions = CheckOptions()) -> Report {
        Report(files: paths.map { checkFile($0, options: options) })
    }
}

/// Settings of one run that are not rules.
public struct CheckOptions: Sendable {
    public var targetLanguage: String?
    public var articleDate: String?
    /// The source-language original of a single translated file.
    public var sourcePath: String?
    public var sourceLanguage: String?
    /// The fact sheet, already loaded (its errors are the caller's to report first).
    public var facts: FactSheet?

    public init(targetLanguage: String? = nil, articleDate: String? = nil, sourcePath: String? = nil, sourceLanguage: String? = nil) {
        self.targetLanguage = targetLanguage
        self.articleDate = articleDate
        self.sourcePath = sourcePath
        self.sourceLanguage = sourceLanguage
    }
}

public enum Languages {
    private static let knownLanguages = Set(DisplayNames.languageCodes)

    /// The tag a lexicon is built for: a language ICU knows, with a well-formed script and
    /// region if given ("de-CH", "zh-Hant"); anything else is "und" (ICU's root data). Junk
    /// tags in fact sheets and bilingual files cannot grow the cache of lexicons.
    public static func canonical(_ tag: String) -> String {
        // A bare lower-case code ("en", "zh") is asked for with every segment and gazetteer
        // look-up: it is its own canonical form when ICU knows it (the general path below
        // cost 5,000 instructions a call, 2% of a pairs run).
        if tag.utf8.count <= 3, tag.utf8.allSatisfy({ ASCIIUnit.isLower(UInt16($0)) }), knownLanguages.contains(tag) { return tag }
        let parts = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let first = parts.first?.lowercased(), knownLanguages.contains(first) else { return "und" }
        var out = [first]
        for part in parts.dropFirst().prefix(2) {
            if part.count == 4, part.allSatisfy({ $0.isASCII && $0.isLetter }) {
                out.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            } else if (part.count == 2 && part.allSatisfy({ $0.isASCII && $0.isLetter })) || (part.count == 3 && part.allSatisfy({ $0.isASCII && $0.isNumber })) {
                out.append(part.uppercased())
            } else {
                break
            }
        }
        return out.joined(separator: "-")
    }
    /// The language tag of a `name.<lang>.ext` file name ("article.en.txt" -> "en").
    public static func fromFileName(_ path: String) -> String? {
        // Asked for every file of a corpus before the first is checked: an ASCII path is read
        // as bytes (splitting Characters cost 30,000 instructions a path). In ASCII a Character
        // is a byte, but for CR LF, which no tag holds.
        if path.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(path.utf8)
            // The last non-empty component, as `split` gives it.
            var end = bytes.count
            while end > 0 && bytes[end - 1] == 0x2F { end -= 1 }
            var start = end
            while start > 0 && bytes[start - 1] != 0x2F { start -= 1 }
            let parts = bytes[start..<end].split(separator: 0x2E)
            guard parts.count >= 3 else { return nil }
            let tag = parts[parts.count - 2]
            let first = tag.split(separator: 0x2D).first ?? []
            guard (2...3).contains(first.count), first.allSatisfy({ ASCIIUnit.isLower(UInt16($0)) }) else { return nil }
            return String(decoding: tag, as: UTF8.self)
        }
        return fromFileNameByCharacters(path)
    }

    static func fromFileNameByCharacters(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let parts = name.split(separator: ".")
        guard parts.count >= 3 else { return nil }
        let tag = String(parts[parts.count - 2])
        let first = tag.split(separator: "-").first ?? ""
        guard (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter && $0.isLowercase }) else { return nil }
        return tag
    }
}
