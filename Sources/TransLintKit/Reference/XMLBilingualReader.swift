import Foundation

/// XLIFF 1.2, XLIFF 2.x and TMX, read with a small scanner of our own that keeps the offset of
/// every character of text. It never reads a DTD or resolves an external entity: a DOCTYPE is
/// skipped whole, and only the five predefined entities and character references are decoded
/// (any other entity stays as written).
enum XMLBilingualReader {
    enum Event {
        case start(name: String, attributes: [String: String], offset: Int)
        case end(name: String)
        case text(units: [UInt16], offsets: [Int])
    }

    struct ScanError: Error { let offset: Int; let message: String }

    static func decodeEntity(_ name: String) -> UInt16? {
        switch name {
        case "lt": return 0x3C
        case "gt": return 0x3E
        case "amp": return 0x26
        case "quot": return 0x22
        case "apos": return 0x27
        default:
            if name.hasPrefix("#x") || name.hasPrefix("#X"), let v = UInt32(name.dropFirst(2), radix: 16), v <= 0xFFFF { return UInt16(v) }
            if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), v <= 0xFFFF { return UInt16(v) }
            return nil
        }
    }

    /// Character data with entities decoded and the file offset of each unit.
    static func decodeText(_ t: [UInt16], _ range: Range<Int>) -> ([UInt16], [Int]) {
        var units: [UInt16] = []
        var offsets: [Int] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if t[i] == 0x26, let semi = t[i..<min(range.upperBound, i + 12)].firstIndex(of: 0x3B),
               let v = decodeEntity(String(utf16Units: t[(i + 1)..<semi])) {
                units.append(v)
                offsets.append(i)
                i = semi + 1
            } else {
                units.append(t[i])
                offsets.append(i)
                i += 1
            }
        }
        return (units, offsets)
    }

    static func events(_ t: [UInt16]) throws -> [Event] {
        var events: [Event] = []
        var i = 0
        func find(_ pattern: String, from: Int) -> Int? {
            let p = Array(pattern.utf16)
            var k = from
            while k + p.count <= t.count {
                if t[k] == p[0] && Array(t[k..<(k + p.count)]) == p { return k }
                k += 1
            }
            return nil
        }
        func starts(_ s: String, at k: Int) -> Bool {
            let p = Array(s.utf16)
            return k + p.count <= t.count && Array(t[k..<(k + p.count)]) == p
        }
        while i < t.count {
            if t[i] != 0x3C {
                let next = t[i...].firstIndex(of: 0x3C) ?? t.count
                let (u, o) = decodeText(t, i..<next)
                events.append(.text(units: u, offsets: o))
                i = next
                continue
            }
            if starts("<!--", at: i) {
                guard let e = find("-->", from: i + 4) else { throw ScanError(offset: i, message: "unterminated comment") }
                i = e + 3
            } else if starts("<![CDATA[", at: i) {
                guard let e = find("]]>", from: i + 9) else { throw ScanError(offset: i, message: "unterminated CDATA section") }
                events.append(.text(units: Array(t[(i + 9)..<e]), offsets: Array((i + 9)..<e)))
                i = e + 3
            } else if starts("<?", at: i) {
                guard let e = find("?>", from: i + 2) else { throw ScanError(offset: i, message: "unterminated processing instruction") }
                i = e + 2
            } else if starts("<!", at: i) {
                // DOCTYPE with or without an internal subset: skipped, never resolved.
                var depth = 0
                var k = i + 2
                while k < t.count {
                    if t[k] == 0x5B { depth += 1 } else if t[k] == 0x5D { depth -= 1 } else if t[k] == 0x3E && depth <= 0 { break }
                    k += 1
                }
                guard k < t.count else { throw ScanError(offset: i, message: "unterminated declaration") }
                i = k + 1
            } else {
                // A tag: find its end outside quoted attribute values.
                var k = i + 1
                var quote: UInt16 = 0
                while k < t.count {
                    let u = t[k]
                    if quote != 0 { if u == quote { quote = 0 } } else if u == 0x22 || u == 0x27 { quote = u } else if u == 0x3E { break }
                    k += 1
                }
                guard k < t.count else { throw ScanError(offset: i, message: "unterminated tag") }
                let body = String(utf16Units: t[(i + 1)..<k])
                if body.hasPrefix("/") {
                    events.append(.end(name: String(body.dropFirst()).trimmingSpaces))
                } else {
                    let selfClosing = body.hasSuffix("/")
                    let content = selfClosing ? String(body.dropLast()) : body
                    let name = String(content.prefix { !$0.isWhitespace })
                    events.append(.start(name: name, attributes: attributes(String(content.dropFirst(name.count))), offset: i))
                    if selfClosing { events.append(.end(name: name)) }
                }
                i = k + 1
            }
        }
        return events
    }

    static func attributes(_ s: String) -> [String: String] {
        var result: [String: String] = [:]
        var rest = Substring(s)
        while let eq = rest.firstIndex(of: "=") {
            let key = rest[..<eq].trimmingCharacters(in: .whitespacesAndNewlines)
            var after = rest[rest.index(after: eq)...].drop { $0.isWhitespace }
            guard let q = after.first, q == "\"" || q == "'" else { break }
            after = after.dropFirst()
            guard let close = after.firstIndex(of: q) else { break }
            let raw = Array(String(after[..<close]).utf16)
            result[key] = String(utf16Units: decodeText(raw, 0..<raw.count).0)
            rest = after[after.index(after: close)...]
        }
        return result
    }

    static func lineOf(_ offset: Int, _ t: [UInt16]) -> Int {
        var line = 1
        for k in 0..<min(offset, t.count) where t[k] == 0x0A { line += 1 }
        return line
    }

    /// Elements whose content is native code, not text (XLIFF 1.2 and TMX inline codes).
    static let codeElements: Set<String> = ["ph", "bpt", "ept", "it", "ut", "sub"]

    struct Collector {
        var units: [UInt16] = []
        var offsets: [Int] = []
        var active = false
        var codeDepth = 0
        mutating func add(_ u: [UInt16], _ o: [Int]) {
            guard active, codeDepth == 0 else { return }
            units += u
            offsets += o
        }
        var endOffsets: [Int] { offsets + [offsets.last.map { $0 + 1 } ?? 0] }
    }

    static func xliff(_ t: [UInt16]) -> ([BilingualSegment], [BilingualReader.LineError]) {
        let evs: [Event]
        do { evs = try events(t) } catch let e as ScanError {
            return ([], [.init(line: lineOf(e.offset, t), message: e.message)])
        } catch { return ([], []) }
        var segments: [BilingualSegment] = []
        var sourceLanguage: String?, targetLanguage: String?
        var unitID = "", segmentID: String?
        var source = Collector(), target = Collector()
        var skipDepth = 0  // inside <alt-trans> or <seg-source>
        var sourceDone = false, targetDone = false
        func emit() {
            defer { source = Collector(); target = Collector(); sourceDone = false; targetDone = false }
            guard sourceDone, targetDone, !target.units.isEmpty else { return }
            let id = segmentID.map { unitID.isEmpty ? $0 : "\(unitID)/\($0)" } ?? unitID
            segments.append(BilingualSegment(
                id: id, line: lineOf(target.offsets.first ?? 0, t), source: String(utf16Units: source.units), target: String(utf16Units: target.units),
                sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, sourceOffsets: OffsetMap(source.endOffsets), targetOffsets: OffsetMap(target.endOffsets)))
        }
        for e in evs {
            switch e {
            case .start(let name, let attrs, _):
                if skipDepth > 0 || name == "alt-trans" || name == "seg-source" { skipDepth += 1; continue }
                switch name {
                case "xliff": sourceLanguage = attrs["srcLang"] ?? sourceLanguage; targetLanguage = attrs["trgLang"] ?? targetLanguage
                case "file":
                    sourceLanguage = attrs["source-language"] ?? sourceLanguage
                    targetLanguage = attrs["target-language"] ?? targetLanguage
                case "trans-unit", "unit": unitID = attrs["id"] ?? ""; segmentID = nil
                case "segment": segmentID = attrs["id"]
                case "source": source.active = true
                case "target": target.active = true
                default:
                    if codeElements.contains(name) { source.codeDepth += source.active ? 1 : 0; target.codeDepth += target.active ? 1 : 0 }
                }
            case .end(let name):
                if skipDepth > 0 { skipDepth -= 1; continue }
                switch name {
                case "source": source.active = false; sourceDone = true
                case "target": target.active = false; targetDone = true
                case "trans-unit", "segment": emit()
                case "unit": emit()
                default:
                    if codeElements.contains(name) {
                        if source.active { source.codeDepth = max(0, source.codeDepth - 1) }
                        if target.active { target.codeDepth = max(0, target.codeDepth - 1) }
                    }
                }
            case .text(let u, let o):
                if skipDepth > 0 { continue }
                source.add(u, o)
                target.add(u, o)
            }
        }
        return (segments, [])
    }

    static func tmx(_ t: [UInt16], sourceLanguage given: String?) -> ([BilingualSegment], [BilingualReader.LineError]) {
        let evs: [Event]
        do { evs = try events(t) } catch let e as ScanError {
            return ([], [.init(line: lineOf(e.offset, t), message: e.message)])
        } catch { return ([], []) }
        var segments: [BilingualSegment] = []
        var headerSource: String?
        var tuID = ""
        var variants: [(lang: String, text: Collector)] = []
        var currentLang: String?
        var seg = Collector()
        var count = 0
        for e in evs {
            switch e {
            case .start(let name, let attrs, _):
                switch name {
                case "header": headerSource = attrs["srclang"]
                case "tu": count += 1; tuID = attrs["tuid"] ?? String(count); variants = []
                case "tuv": currentLang = attrs["xml:lang"] ?? attrs["lang"]
                case "seg": seg = Collector(); seg.active = true
                default: if codeElements.contains(name) && seg.active { seg.codeDepth += 1 }
                }
            case .end(let name):
                switch name {
                case "seg": seg.active = false; variants.append((currentLang ?? "", seg))
                case "tu":
                    let sourceTag = (given ?? headerSource).flatMap { $0 == "*all*" ? nil : $0 }
                    func base(_ l: String) -> String { String(l.lowercased().split(separator: "-").first ?? "") }
                    let sourceIndex = sourceTag.flatMap { tag in variants.firstIndex { base($0.lang) == base(tag) } } ?? 0
                    guard variants.count >= 2, let targetIndex = variants.indices.first(where: { $0 != sourceIndex }) else { continue }
                    let s = variants[sourceIndex], tv = variants[targetIndex]
                    guard !tv.text.units.isEmpty else { continue }
                    segments.append(BilingualSegment(
                        id: tuID, line: lineOf(tv.text.offsets.first ?? 0, t), source: String(utf16Units: s.text.units), target: String(utf16Units: tv.text.units),
                        sourceLanguage: s.lang.isEmpty ? nil : s.lang, targetLanguage: tv.lang.isEmpty ? nil : tv.lang,
                        sourceOffsets: OffsetMap(s.text.endOffsets), targetOffsets: OffsetMap(tv.text.endOffsets)))
                default: if codeElements.contains(name) && seg.active { seg.codeDepth = max(0, seg.codeDepth - 1) }
                }
            case .text(let u, let o):
                seg.add(u, o)
            }
        }
        return (segments, [])
    }
}

private extension String {
    var trimmingSpaces: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
