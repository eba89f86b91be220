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
/// means preferred). Every other term keeps its own status: a deprecated or superseded synonym is a deprecated form
/// of the concept (`ar_deprecated`, `en_deprecated`), never an acceptable variant. Domain is `subjectField`,
/// definition, note and source (`admin type="source"`) are read at concept, language or term level, first found;
/// updated is the latest `transacGrp` date. Dragoman's own notes (`TBXConvention`) come back into their columns.
/// Concepts with neither an Arabic nor an English term are skipped and listed in `skipped`.
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
            var extraColumns: [String] = []
        }
        let collector = Collector()
        let root: XMLTreeNode
        do {
            root = try XMLTreeNode.parse(data, name: name, detach: ["conceptEntry", "termEntry"]) { concept in
                if let entry = entry(from: concept) {
                    collector.entries.append(entry)
                    for column in entry.extra.keys.sorted() where !collector.extraColumns.contains(column) {
                        collector.extraColumns.append(column)
                    }
                } else {
                    let id = concept.attributes["id"].map { "'\($0)'" } ?? "without id"
                    collector.skipped.append(
                        "\(name):\(concept.line): concept \(id) has no Arabic or English term; skipped")
                }
            }
        } catch {
            throw .xml(error)
        }
        guard root.name == "tbx" || root.name == "martif" else { throw .notTBX(file: name, root: root.name) }
        var glossary = Glossary(entries: collector.entries, extraColumns: collector.extraColumns)
        // The header's column list (Dragoman's own exports) restores the columns' order and the empty ones.
        if let columns = Self.columns(in: root) {
            let extra = columns.filter { !Glossary.isKnownColumn($0) }
            glossary.extraColumns = extra + collector.extraColumns.filter { !extra.contains($0) }
            glossary.presentOptionalColumns = Set(columns.filter { Glossary.optionalColumns.contains($0) })
            for index in glossary.entries.indices {
                for column in extra where glossary.entries[index].extra[column] == nil {
                    glossary.entries[index].extra[column] = ""
                }
            }
        }
        return Result(glossary: glossary, skipped: collector.skipped)
    }

    /// The columns a `dragoman:columns=…` paragraph of the header lists, if there is one.
    static func columns(in root: XMLTreeNode) -> [String]? {
        for header in root.children where header.name == "tbxHeader" || header.name == "martifHeader" {
            for description in header.children("fileDesc").flatMap({ $0.children("sourceDesc") }) {
                for paragraph in description.children("p") {
                    if let (key, value) = TBXConvention.parse(GlossaryColumns.collapsed(paragraph.text)),
                        key == "columns"
                    {
                        return GlossaryTSV.splitVariants(value)
                    }
                }
            }
        }
        return nil
    }

    /// One term of a language section.
    struct Term {
        var text: String
        /// `termNote` values by type.
        var notes: [String: String]
        /// Dragoman's convention notes on the term (`dragoman:status=misspelling`).
        var convention: [String: String]
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
                var convention: [String: String] = [:]
                for note in holder.children("note") + (group === holder ? [] : group.children("note")) {
                    if let (key, value) = TBXConvention.parse(GlossaryColumns.collapsed(note.text)) {
                        convention[key] = value
                    }
                }
                let text = GlossaryColumns.collapsed(term.text)
                if !text.isEmpty { terms.append(Term(text: text, notes: notes, convention: convention)) }
            }
            if !terms.isEmpty { languages.append((section.language, terms)) }
        }
        let arabic = ordered(languages.filter { $0.0.hasPrefix("ar") }.flatMap(\.1))
        let english = ordered(languages.filter { $0.0.hasPrefix("en") }.flatMap(\.1))
        guard let main = arabic.first ?? english.first else { return nil }

        var convention: [String: String] = [:]
        for note in concept.children("note") {
            if let (key, value) = TBXConvention.parse(GlossaryColumns.collapsed(note.text)) { convention[key] = value }
        }
        var entry = GlossaryEntry(
            id: concept.attributes["id"] ?? "", ar: arabic.first?.text ?? "", en: english.first?.text ?? "",
            line: concept.line)
        entry.status = convention["status"] == "proposed" ? .proposed : Self.status(of: main)
        // Every other term goes to the list of its own status; a deprecated (or proposed) concept's terms share
        // its status and stay its variants.
        func distribute(_ terms: ArraySlice<Term>, arabic: Bool) {
            var seen: Set<String> = [arabic ? entry.ar : entry.en]
            for term in terms where seen.insert(term.text).inserted {
                var status = Self.formStatus(of: term)
                if status == .proposed && !arabic { status = .admitted }
                if (status == .deprecated && entry.status == .deprecated)
                    || (status == .proposed && entry.status == .proposed)
                {
                    status = .admitted
                }
                switch (status, arabic) {
                case (.deprecated, true): entry.arDeprecated.append(term.text)
                case (.deprecated, false): entry.enDeprecated.append(term.text)
                case (.misspelling, true): entry.arMisspellings.append(term.text)
                case (.misspelling, false): entry.enMisspellings.append(term.text)
                case (.proposed, _): entry.arProposed.append(term.text)
                case (_, true): entry.arVariants.append(term.text)
                case (_, false): entry.enVariants.append(term.text)
                }
            }
        }
        distribute(arabic.dropFirst(), arabic: true)
        distribute(english.dropFirst(), arabic: false)
        entry.pos = convention["pos"] ?? (arabic + english).lazy.compactMap { $0.notes["partOfSpeech"] }.first ?? ""
        entry.domain = convention["domain"] ?? first(descrip: "subjectField", in: concept) ?? ""
        entry.definition = first(descrip: "definition", in: concept) ?? ""
        entry.note = notes(in: concept)
        entry.source = first(admin: "source", in: concept) ?? ""
        entry.updated = latestDate(in: concept) ?? ""
        for (key, value) in convention where !["domain", "pos", "status", "columns"].contains(key) {
            if Glossary.isKnownColumn(key) {
                entry.setValue(value, ofColumn: key)
            } else {
                entry.extra[key] = value
            }
        }
        return entry
    }

    /// The status of a term other than the main one: a misspelling or proposed by Dragoman's note, else by its
    /// administrative status (or TBX 2008 normative authorization, or a process status of a proposal).
    static func formStatus(of term: Term) -> FormStatus {
        switch term.convention["status"] {
        case "misspelling": return .misspelling
        case "proposed": return .proposed
        default: break
        }
        switch status(of: term) {
        case .preferred: return .preferred
        case .admitted: return .admitted
        case .deprecated: return .deprecated
        case .proposed: return .proposed
        }
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
        return notes.filter { !$0.isEmpty && TBXConvention.parse($0) == nil && seen.insert($0).inserted }
            .joined(separator: " / ")
    }

    private func latestDate(in concept: XMLTreeNode) -> String? {
        levels(concept).flatMap { $0.children("transacGrp") }.flatMap { $0.children("date") }
            .map { String(GlossaryColumns.collapsed($0.text).prefix(10)) }.max()
    }
}
