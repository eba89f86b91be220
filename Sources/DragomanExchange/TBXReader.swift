public import DragomanGlossary
import DragomanXML
public import Foundation

/// Reads TBX glossaries: ISO 30042:2019 (`tbx`/`conceptEntry`/`langSec`/`termSec`) and the 2008 `martif` form
/// (`termEntry`/`langSet`/`tig` or `ntig`/`termGrp`).
///
/// Per concept: Arabic terms come from `xml:lang` "ar…", English from "en…"; other languages are ignored. The
/// preferred term of a language is its first term with `preferredTerm-admn-sts`, else its first term not marked
/// `termType` = `variant`; the others become variants. The concept's status is its main Arabic term's
/// (`administrativeStatus`, or TBX 2008 `normativeAuthorization`; superseded counts as deprecated; a
/// `processStatus` of unprocessed or provisionallyProcessed with no administrative status means proposed; nothing
/// means preferred). An Arabic term marked deprecated or superseded in a concept whose main term is not becomes its
/// own deprecated entry (id "CONCEPT-d1", note "use MAIN"). Domain is `subjectField`, definition, note and source (`admin type="source"`) are read at
/// concept, language or term level, first found; updated is the latest `transacGrp` date. Concepts with neither an
/// Arabic nor an English term are skipped and listed in `skipped`.
public struct TBXReader: Sendable {
    /// What was read: the entries, and the concepts skipped (by id or line) with the reason.
    public struct Result: Sendable {
        /// The glossary read.
        public var glossary: Glossary
        /// Concepts that were not read, one message each.
        public var skipped: [String]
    }

    /// A reader.
    public init() {}

    /// Reads a TBX document from bytes; `name` is used in errors.
    public func read(_ data: Data, name: String) throws(ExchangeError) -> Result {
        final class Collector {
            var entries: [GlossaryEntry] = []
            var skipped: [String] = []
        }
        let collector = Collector()
        let root: XMLTreeNode
        do {
            root = try XMLTreeNode.parse(data, name: name, detach: ["conceptEntry", "termEntry"]) { concept in
                if let entry = entry(from: concept) {
                    collector.entries.append(entry)
                    collector.entries += deprecatedArabic(of: concept, besides: entry)
                } else {
                    let id = concept.attributes["id"].map { "'\($0)'" } ?? "without id"
                    collector.skipped.append(
                        "\(name):\(concept.line): concept \(id) has no Arabic or English term; skipped")
                }
            }
        } catch {
            throw ExchangeError(error)
        }
        guard root.name == "tbx" || root.name == "martif" else { throw .notTBX(file: name, root: root.name) }
        return Result(glossary: Glossary(entries: collector.entries), skipped: collector.skipped)
    }

    /// One term of a language section.
    struct Term {
        var text: String
        var notes: [String: String]
        var status: String? { notes["administrativeStatus"] ?? notes["normativeAuthorization"] }
        var isVariant: Bool { notes["termType"] == "variant" }
    }

    func entry(from concept: XMLTreeNode) -> GlossaryEntry? {
        var languages: [(String, [Term])] = []
        for section in concept.children where section.name == "langSec" || section.name == "langSet" {
            var terms: [Term] = []
            for holder in section.children where ["termSec", "tig", "ntig"].contains(holder.name) {
                let group = holder.children("termGrp").first ?? holder
                guard let term = group.children("term").first else { continue }
                var notes: [String: String] = [:]
                for note in group.children("termNote")
                    + group.children("termNoteGrp").flatMap({ $0.children("termNote") })
                {
                    if let type = note.attributes["type"], notes[type] == nil {
                        notes[type] = GlossaryColumns.collapsed(note.text)
                    }
                }
                let text = GlossaryColumns.collapsed(term.text)
                if !text.isEmpty { terms.append(Term(text: text, notes: notes)) }
            }
            if !terms.isEmpty { languages.append((section.language, terms)) }
        }
        let arabic = ordered(languages.filter { $0.0.hasPrefix("ar") }.flatMap(\.1))
        let english = ordered(languages.filter { $0.0.hasPrefix("en") }.flatMap(\.1))
        guard let main = arabic.first ?? english.first else { return nil }

        var entry = GlossaryEntry(
            id: concept.attributes["id"] ?? "", ar: arabic.first?.text ?? "", en: english.first?.text ?? "",
            line: concept.line)
        let splitOff =
            Self.status(of: main) == .deprecated
            ? [] : Set(arabic.dropFirst().filter { Self.status(of: $0) == .deprecated }.map(\.text))
        entry.arVariants = unique(arabic.dropFirst().map(\.text).filter { !splitOff.contains($0) }, except: entry.ar)
        entry.enVariants = unique(english.dropFirst().map(\.text), except: entry.en)
        entry.status = Self.status(of: main)
        entry.pos = (arabic + english).lazy.compactMap { $0.notes["partOfSpeech"] }.first ?? ""
        entry.domain = first(descrip: "subjectField", in: concept) ?? ""
        entry.definition = first(descrip: "definition", in: concept) ?? ""
        entry.note = notes(in: concept)
        entry.source = first(admin: "source", in: concept) ?? ""
        entry.updated = latestDate(in: concept) ?? ""
        return entry
    }

    /// Arabic terms marked deprecated (or superseded) inside a concept whose main term is not: each becomes its own
    /// deprecated entry with the concept's English and a note naming the term to use, so it is never matched as an
    /// acceptable variant. Ids are the concept's id with "-d1", "-d2", ….
    func deprecatedArabic(of concept: XMLTreeNode, besides entry: GlossaryEntry) -> [GlossaryEntry] {
        guard entry.status != .deprecated else { return [] }
        var result: [GlossaryEntry] = []
        for section in concept.children
        where (section.name == "langSec" || section.name == "langSet") && section.language.hasPrefix("ar") {
            for holder in section.children where ["termSec", "tig", "ntig"].contains(holder.name) {
                let group = holder.children("termGrp").first ?? holder
                guard let term = group.children("term").first else { continue }
                var notes: [String: String] = [:]
                for note in group.children("termNote") {
                    if let type = note.attributes["type"] { notes[type] = GlossaryColumns.collapsed(note.text) }
                }
                let text = GlossaryColumns.collapsed(term.text)
                guard !text.isEmpty, text != entry.ar, Self.status(of: Term(text: text, notes: notes)) == .deprecated
                else { continue }
                let deprecated = GlossaryEntry(
                    id: entry.id.isEmpty ? "" : "\(entry.id)-d\(result.count + 1)", ar: text, en: entry.en,
                    status: .deprecated, pos: entry.pos, domain: entry.domain, note: "use \(entry.ar)",
                    source: entry.source, updated: entry.updated, line: holder.line)
                result.append(deprecated)
            }
        }
        return result
    }

    /// Terms with the main one first: the first preferred, else the first not marked as a variant.
    func ordered(_ terms: [Term]) -> [Term] {
        guard
            let main = terms.firstIndex(where: { Self.isPreferred($0.status) })
                ?? terms.firstIndex(where: { !$0.isVariant })
        else { return terms }
        var result = terms
        let term = result.remove(at: main)
        return [term] + result
    }

    static func isPreferred(_ status: String?) -> Bool {
        guard let status else { return false }
        return status.hasPrefix("preferred") || status.hasPrefix("standardized") || status.hasPrefix("legal")
            || status.hasPrefix("regulated")
    }

    static func status(of term: Term) -> TermStatus {
        if let status = term.status {
            if isPreferred(status) { return .preferred }
            if status.hasPrefix("admitted") { return .admitted }
            if status.hasPrefix("deprecated") || status.hasPrefix("superseded") || status.hasPrefix("obsolete") {
                return .deprecated
            }
        }
        if let process = term.notes["processStatus"], process == "unprocessed" || process == "provisionallyProcessed" {
            return .proposed
        }
        return .preferred
    }

    private func unique(_ forms: [String], except main: String) -> [String] {
        var seen: Set<String> = [main]
        return forms.filter { seen.insert($0).inserted }
    }

    /// Elements under the concept (language and term levels included), concept level first.
    private func levels(_ concept: XMLTreeNode) -> [XMLTreeNode] {
        var nodes = [concept]
        var index = 0
        while index < nodes.count {
            nodes += nodes[index].children.filter {
                ["langSec", "langSet", "termSec", "tig", "ntig", "termGrp"].contains($0.name)
            }
            index += 1
        }
        return nodes
    }

    private func items(_ name: String, type: String, in concept: XMLTreeNode) -> [XMLTreeNode] {
        levels(concept).flatMap { level in
            (level.children(name) + level.children.filter { $0.name.hasSuffix("Grp") }.flatMap { $0.children(name) })
                .filter { $0.attributes["type"] == type }
        }
    }

    private func first(descrip type: String, in concept: XMLTreeNode) -> String? {
        items("descrip", type: type, in: concept).lazy.map { GlossaryColumns.collapsed($0.text) }.first { !$0.isEmpty }
    }

    private func first(admin type: String, in concept: XMLTreeNode) -> String? {
        items("admin", type: type, in: concept).lazy.map { GlossaryColumns.collapsed($0.text) }.first { !$0.isEmpty }
    }

    private func notes(in concept: XMLTreeNode) -> String {
        let notes = levels(concept).flatMap { $0.children("note") }.map { GlossaryColumns.collapsed($0.text) }
        var seen = Set<String>()
        return notes.filter { !$0.isEmpty && seen.insert($0).inserted }.joined(separator: " / ")
    }

    private func latestDate(in concept: XMLTreeNode) -> String? {
        levels(concept).flatMap { $0.children("transacGrp") }.flatMap { $0.children("date") }
            .map { String(GlossaryColumns.collapsed($0.text).prefix(10)) }.max()
    }
}
