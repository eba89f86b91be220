public import DragomanGlossary
import DragomanXML

/// Writes a glossary as TBX-Basic: ISO 30042:2019 (DCA style, the default), valid against the TBX core RELAX NG
/// schema and the TBX-Basic Schematron rules, or the 2008 `martif` form that memoQ, MultiTerm and OmegaT expect,
/// valid against `TBXcoreStructV02.dtd`.
///
/// One concept entry per concept (id = glossary id), with `descrip type="subjectField"` (a domain that is a subject
/// field), `descrip type="definition"`, `note`, `admin type="source"` and a `transacGrp` modification date
/// (updated), then a language section for Arabic and one for English. Each language lists its preferred term,
/// its variants (`termType` = `variant`), its deprecated forms and its misspellings, each term with
/// `partOfSpeech` and its own `administrativeStatus`. What TBX-Basic has no data category for travels in notes
/// written `dragoman:KEY=VALUE` (`TBXConvention`), so that every column comes back on import.
public struct TBXWriter: Sendable {
    /// The TBX 2019 namespace.
    public static let namespace = "urn:iso:std:iso:30042:ed-2"

    /// The TBX dialect written.
    public enum Version: String, Sendable, CaseIterable {
        /// TBX-Basic, ISO 30042:2019, DCA style (`tbx`/`conceptEntry`/`langSec`/`termSec`).
        case tbx2019
        /// TBX-Basic 2008 (`martif`/`termEntry`/`langSet`/`tig`).
        case tbx2008
    }

    /// The dialect.
    public var version: Version

    /// A writer of `version` (TBX-Basic 2019 by default).
    public init(version: Version = .tbx2019) { self.version = version }

    /// Element names of the dialect.
    private var names: (concept: String, language: String, term: String) {
        version == .tbx2019 ? ("conceptEntry", "langSec", "termSec") : ("termEntry", "langSet", "tig")
    }

    /// The TBX document for a glossary; throws for what TBX cannot hold (bad date, empty concept, duplicate id,
    /// and for TBX 2008, whose `body` needs a concept, an empty glossary).
    public func write(_ glossary: Glossary) throws(ExchangeError) -> String {
        var out = XMLBuilder()
        let entries = GlossaryTSV.sortedByID(glossary.entries)
        let description = "Dragoman Arabic–English glossary (\(glossary.entries.count) concepts)"
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        switch version {
        case .tbx2019:
            out.raw("<tbx xmlns=\"\(Self.namespace)\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\">\n")
            out.raw("  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n")
        case .tbx2008:
            guard !entries.isEmpty else { throw .emptyGlossary(format: "TBX 2008") }
            out.raw("<martif type=\"TBX-Basic\" xml:lang=\"en\">\n")
            out.raw("  <martifHeader>\n    <fileDesc>\n      <sourceDesc>\n")
        }
        out.element("p", [:], description, indent: 8)
        out.element("p", [:], TBXConvention.columnsNote(glossary), indent: 8)
        out.raw("      </sourceDesc>\n    </fileDesc>\n")
        if version == .tbx2008 {
            out.raw("    <encodingDesc>\n      <p type=\"XCSURI\">TBXBasicXCSV02.xcs</p>\n    </encodingDesc>\n")
            out.raw("  </martifHeader>\n")
        } else {
            out.raw("  </tbxHeader>\n")
        }
        guard !entries.isEmpty else {
            out.raw("  <text/>\n</tbx>\n")
            return out.text
        }
        out.raw("  <text>\n    <body>\n")
        var used = Set<String>()
        for entry in entries {
            let id = Self.xmlID(entry.id)
            guard used.insert(id).inserted else { throw .duplicateID(entry.id) }
            try write(entry, id: id, extraColumns: glossary.extraColumns, to: &out)
        }
        out.raw("    </body>\n  </text>\n")
        out.raw(version == .tbx2019 ? "</tbx>\n" : "</martif>\n")
        return out.text
    }

    private func write(_ entry: GlossaryEntry, id: String, extraColumns: [String], to out: inout XMLBuilder)
        throws(ExchangeError)
    {
        let notes = TBXConvention.conceptNotes(entry, extraColumns: extraColumns, version: version)
        var values: [(String, String)] = [
            ("ar", entry.ar), ("en", entry.en), ("pos", entry.pos), ("domain", entry.domain),
            ("definition", entry.definition), ("note", entry.note), ("source", entry.source),
        ]
        for column in Glossary.optionalColumns + ["ar_variants", "en_variants"] {
            values += GlossaryTSV.splitVariants(entry.value(ofColumn: column)).map { (column, $0) }
        }
        values += extraColumns.map { ($0, entry.extra[$0] ?? "") }
        for (column, value) in values where !XMLBuilder.isWritable(value) {
            throw .unwritableValue(id: entry.id, column: column, value: value)
        }
        if !entry.updated.isEmpty, !GlossaryTSV.isISODate(entry.updated, digitsOnly: true) {
            throw .invalidDate(id: entry.id, value: entry.updated)
        }
        let arabic = Self.terms(entry, arabic: true)
        let english = Self.terms(entry, arabic: false)
        guard !arabic.isEmpty || !english.isEmpty else { throw .emptyConcept(id: entry.id) }

        let names = self.names
        out.raw("      <\(names.concept) id=\"\(XMLBuilder.escaped(id, attribute: true))\">\n")
        if !TBXConvention.isEntityType(entry.domain) {
            out.element("descrip", ["type": "subjectField"], entry.domain, indent: 8)
        }
        out.element("descrip", ["type": "definition"], entry.definition, indent: 8)
        out.element("note", [:], entry.note, indent: 8)
        for note in notes { out.element("note", [:], note, indent: 8) }
        out.element("admin", ["type": "source"], entry.source, indent: 8)
        if !entry.updated.isEmpty {
            out.raw("        <transacGrp>\n")
            out.element("transac", ["type": "transactionType"], "modification", indent: 10)
            out.element("date", [:], entry.updated, indent: 10)
            out.raw("        </transacGrp>\n")
        }
        let pos = TBXConvention.partOfSpeech(entry.pos, version: version)
        for (language, terms) in [("ar", arabic), ("en", english)] where !terms.isEmpty {
            out.raw("        <\(names.language) xml:lang=\"\(language)\">\n")
            for term in terms {
                out.raw("          <\(names.term)>\n")
                out.element("term", [:], term.text, indent: 12)
                out.element("termNote", ["type": "partOfSpeech"], pos, indent: 12)
                if term.variant { out.element("termNote", ["type": "termType"], "variant", indent: 12) }
                if let status = Self.administrativeStatus(term.status) {
                    out.element("termNote", ["type": "administrativeStatus"], status, indent: 12)
                }
                if term.status == .misspelling || term.status == .proposed {
                    out.element("note", [:], TBXConvention.note("status", term.status.rawValue), indent: 12)
                }
                out.raw("          </\(names.term)>\n")
            }
            out.raw("        </\(names.language)>\n")
        }
        out.raw("      </\(names.concept)>\n")
    }

    /// A term to write: its text, its status, and whether it is an accepted variant.
    struct Term {
        var text: String
        var status: FormStatus
        var variant: Bool
    }

    /// The terms of one language: the preferred one, the variants, the deprecated forms, the misspellings, and (in
    /// Arabic) the proposed variants, each with its status. A proposed concept's terms are all proposed.
    static func terms(_ entry: GlossaryEntry, arabic: Bool) -> [Term] {
        let forms = arabic ? entry.arabicForms : entry.englishForms
        let accepted = 1 + (arabic ? entry.arVariants.count : entry.enVariants.count)
        var terms: [Term] = []
        for (index, form) in forms.enumerated() where !form.isEmpty {
            let status = arabic ? entry.statusOfArabicForm(index) : entry.statusOfEnglishForm(index)
            terms.append(Term(text: form, status: status, variant: index > 0 && index < accepted))
        }
        return terms
    }

    /// The TBX `administrativeStatus` of a term's status; a misspelling is a deprecated term (its note says
    /// which), and TBX-Basic has no status for a proposed one (its note says so).
    static func administrativeStatus(_ status: FormStatus) -> String? {
        switch status {
        case .preferred: "preferredTerm-admn-sts"
        case .admitted: "admittedTerm-admn-sts"
        case .deprecated, .misspelling: "deprecatedTerm-admn-sts"
        case .proposed: nil
        }
    }

    /// The id as an XML ID: kept when it is a valid name (as Dragoman's "dm-0042" is), otherwise every character
    /// not allowed becomes "_" and a leading digit gets a "c" prefix. The rules are lint's (`GlossaryLinter`).
    static func xmlID(_ id: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in id.unicodeScalars {
            scalars.append(GlossaryLinter.isXMLNameCharacter(scalar) ? scalar : "_")
        }
        var result = String(scalars)
        if result.isEmpty || !GlossaryLinter.isXMLNameStart(result.unicodeScalars.first!) {
            result = "c" + result
        }
        return result
    }
}
