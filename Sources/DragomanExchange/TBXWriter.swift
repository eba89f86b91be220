import DragomanXML
public import DragomanGlossary

/// Writes a glossary as TBX-Basic (ISO 30042:2019, DCA style), valid against the TBX core RELAX NG schema.
///
/// One `conceptEntry` per concept (id = glossary id), with `descrip type="subjectField"` (domain),
/// `descrip type="definition"`, `note`, `admin type="source"` and a `transacGrp` modification date (updated) at
/// concept level, then a `langSec xml:lang="ar"` and `"en"`. Each language has the preferred term first and its
/// variants after it (marked `termType` = `variant`); every term carries `partOfSpeech` and
/// `administrativeStatus`. TBX-Basic has no "proposed" status: proposed terms get
/// `termNote type="processStatus"` = `provisionallyProcessed` instead. Extra columns are not written.
public struct TBXWriter: Sendable {
    /// The TBX 2019 namespace.
    public static let namespace = "urn:iso:std:iso:30042:ed-2"

    /// A writer.
    public init() {}

    /// The TBX document for a glossary; throws for what TBX cannot hold (bad date, empty concept, duplicate id).
    public func write(_ glossary: Glossary) throws(ExchangeError) -> String {
        var out = XMLBuilder()
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.raw("<tbx xmlns=\"\(Self.namespace)\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\">\n")
        out.raw("  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n")
        out.raw("        <p>Dragoman Arabic–English glossary (\(glossary.entries.count) concepts)</p>\n")
        out.raw("      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n")
        let entries = GlossaryTSV.sortedByID(glossary.entries)
        guard !entries.isEmpty else {
            out.raw("  <text/>\n</tbx>\n")
            return out.text
        }
        out.raw("  <text>\n    <body>\n")
        var used = Set<String>()
        for entry in entries {
            let id = Self.xmlID(entry.id)
            guard used.insert(id).inserted else { throw .duplicateID(entry.id) }
            try write(entry, id: id, to: &out)
        }
        out.raw("    </body>\n  </text>\n</tbx>\n")
        return out.text
    }

    private func write(_ entry: GlossaryEntry, id: String, to out: inout XMLBuilder) throws(ExchangeError) {
        for (column, value) in [
            ("ar", entry.ar), ("en", entry.en), ("pos", entry.pos), ("domain", entry.domain),
            ("definition", entry.definition), ("note", entry.note), ("source", entry.source),
        ] + entry.arVariants.map({ ("ar_variants", $0) }) + entry.enVariants.map({ ("en_variants", $0) })
        where !XMLBuilder.isWritable(value) {
            throw .unwritableValue(id: entry.id, column: column, value: value)
        }
        if !entry.updated.isEmpty, !GlossaryTSV.isISODate(entry.updated, digitsOnly: true) {
            throw .invalidDate(id: entry.id, value: entry.updated)
        }
        let arabic = entry.arabicForms.filter { !$0.isEmpty }
        let english = entry.englishForms.filter { !$0.isEmpty }
        guard !arabic.isEmpty || !english.isEmpty else { throw .emptyConcept(id: entry.id) }

        out.raw("      <conceptEntry id=\"\(XMLBuilder.escaped(id, attribute: true))\">\n")
        out.element("descrip", ["type": "subjectField"], entry.domain, indent: 8)
        out.element("descrip", ["type": "definition"], entry.definition, indent: 8)
        out.element("note", [:], entry.note, indent: 8)
        out.element("admin", ["type": "source"], entry.source, indent: 8)
        if !entry.updated.isEmpty {
            out.raw("        <transacGrp>\n")
            out.element("transac", ["type": "transactionType"], "modification", indent: 10)
            out.element("date", [:], entry.updated, indent: 10)
            out.raw("        </transacGrp>\n")
        }
        for (language, forms) in [("ar", arabic), ("en", english)] where !forms.isEmpty {
            out.raw("        <langSec xml:lang=\"\(language)\">\n")
            for (index, form) in forms.enumerated() {
                out.raw("          <termSec>\n")
                out.element("term", [:], form, indent: 12)
                out.element("termNote", ["type": "partOfSpeech"], entry.pos, indent: 12)
                if index > 0 { out.element("termNote", ["type": "termType"], "variant", indent: 12) }
                if let status = Self.administrativeStatus(entry.status, variant: index > 0) {
                    out.element("termNote", ["type": "administrativeStatus"], status, indent: 12)
                } else {
                    out.element("termNote", ["type": "processStatus"], "provisionallyProcessed", indent: 12)
                }
                out.raw("          </termSec>\n")
            }
            out.raw("        </langSec>\n")
        }
        out.raw("      </conceptEntry>\n")
    }

    /// The TBX `administrativeStatus` of a term (nil for proposed, which TBX-Basic cannot express). Variants of a
    /// preferred concept are admitted: TBX allows one preferred term per language.
    static func administrativeStatus(_ status: TermStatus, variant: Bool) -> String? {
        switch status {
        case .preferred: variant ? "admittedTerm-admn-sts" : "preferredTerm-admn-sts"
        case .admitted: "admittedTerm-admn-sts"
        case .deprecated: "deprecatedTerm-admn-sts"
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
