/// Counts that tell a terminologist how complete the glossary is (`dragoman glossary stats`).
public struct GlossaryStats: Sendable {
    /// Number of concepts.
    public var entries: Int
    /// Concepts per status, in `TermStatus` order.
    public var byStatus: [(TermStatus, Int)]
    /// Concepts per part of speech ("" for none), most frequent first.
    public var byPOS: [(String, Int)]
    /// Concepts per domain ("" for none), most frequent first.
    public var byDomain: [(String, Int)]
    /// All Arabic variants.
    public var arabicVariants: Int
    /// All English variants.
    public var englishVariants: Int
    /// Concepts with a definition.
    public var withDefinition: Int
    /// Concepts with a note.
    public var withNote: Int
    /// The latest `updated` date, if any.
    public var lastUpdated: String?

    /// The statistics of a glossary.
    public init(_ glossary: Glossary) {
        let entries = glossary.entries
        self.entries = entries.count
        byStatus = TermStatus.allCases.map { status in (status, entries.count { $0.status == status }) }
        byPOS = Self.counts(entries.map(\.pos))
        byDomain = Self.counts(entries.map(\.domain))
        arabicVariants = entries.reduce(0) { $0 + $1.arVariants.count }
        englishVariants = entries.reduce(0) { $0 + $1.enVariants.count }
        withDefinition = entries.count { !$0.definition.isEmpty }
        withNote = entries.count { !$0.note.isEmpty }
        lastUpdated = entries.map(\.updated).filter { GlossaryTSV.isISODate($0) }.max()
    }

    static func counts(_ values: [String]) -> [(String, Int)] {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) }
    }

    /// The report printed by `glossary stats`, one "name: value" line each.
    public var report: String {
        var lines = ["entries: \(entries)"]
        lines += byStatus.map { "status \($0.0.rawValue): \($0.1)" }
        lines += byPOS.map { "pos \($0.0.isEmpty ? "(none)" : $0.0): \($0.1)" }
        lines += byDomain.map { "domain \($0.0.isEmpty ? "(none)" : $0.0): \($0.1)" }
        lines += [
            "arabic variants: \(arabicVariants)", "english variants: \(englishVariants)",
            "with definition: \(withDefinition)", "with note: \(withNote)",
            "last updated: \(lastUpdated ?? "(never)")",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
