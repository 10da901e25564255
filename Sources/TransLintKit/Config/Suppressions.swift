import ICUKit

/// Inline suppression in Markdown and HTML inputs:
/// `<!-- translint-disable rule-id ... -->` ... `<!-- translint-enable -->`, and
/// `<!-- translint-disable-next-line rule-id ... -->`. Without ids, every rule.
struct Suppressions {
    /// (first line, last line, rule ids or nil for all)
    var regions: [(ClosedRange<Int>, Set<String>?)] = []

    static let pattern = RegexPrototype(try! ICURegex(#"<!--\s*translint-(disable-next-line|disable|enable)((?:\s+[\w.-]+)*)\s*-->"#))

    init(_ document: Document) {
        guard let matches = try? Self.pattern.matches(in: document.original) else { return }
        var open: [(line: Int, ids: Set<String>?)] = []
        for m in matches {
            let line = document.lineAndColumn(ofOriginal: m.range.lowerBound).line
            let verb = document.originalString(m.groups[1]!)
            let ids = m.groups[2].map { document.originalString($0).split(separator: " ").map(String.init).filter { !$0.isEmpty } } ?? []
            let set: Set<String>? = ids.isEmpty ? nil : Set(ids)
            switch verb {
            case "disable-next-line": regions.append(((line + 1)...(line + 1), set))
            case "disable": open.append((line, set))
            default:
                // enable closes the regions it names (all without ids).
                var still: [(line: Int, ids: Set<String>?)] = []
                for region in open {
                    if set == nil || region.ids == nil || !(region.ids!.isDisjoint(with: set!)) {
                        regions.append((region.line...line, region.ids))
                    } else {
                        still.append(region)
                    }
                }
                open = still
            }
        }
        for region in open { regions.append((region.line...Int.max, region.ids)) }
    }

    func suppresses(_ finding: Finding) -> Bool {
        regions.contains { range, ids in range.contains(finding.location.line) && (ids == nil || ids!.contains(finding.rule)) }
    }
}

/// Markup that is not text: tags and comments of HTML (and of the HTML inside Markdown) are
/// blanked in the normalized view, keeping every offset.
enum Markup {
    static let tag = RegexPrototype(try! ICURegex(#"<!--[\s\S]*?-->|</?[A-Za-z][^<>]*>"#))

    static func mask(_ units: [UInt16]) -> [UInt16] {
        guard units.contains(0x3C), let matches = try? tag.matches(in: units) else { return units }
        var masked = units
        for m in matches {
            for i in m.range where masked[i] != 0x0A && masked[i] != 0x0D { masked[i] = 0x20 }
        }
        return masked
    }

    static func isMarkup(_ path: String) -> Bool {
        let lower = path.lowercased()
        return [".md", ".markdown", ".html", ".htm", ".xhtml"].contains { lower.hasSuffix($0) }
    }
}
