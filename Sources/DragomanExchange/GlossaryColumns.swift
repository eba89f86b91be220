import DragomanGlossary

/// The glossary's columns as named fields, for tabular formats other than the canonical TSV (CSV).
///
/// Uses the same column names as `ar-en.tsv`, so a CSV exported by Dragoman or edited in a spreadsheet imports
/// with every field; unknown columns are kept as extra columns.
enum GlossaryColumns {
    /// The columns written for a glossary: the standard ones, then its extra columns.
    static func columns(of glossary: Glossary) -> [String] {
        Glossary.standardColumns + glossary.extraColumns.filter { $0 != "status" }
    }

    /// The values of an entry in `columns` order.
    static func values(of entry: GlossaryEntry, columns: [String]) -> [String] {
        columns.map { column in
            switch column {
            case "id": entry.id
            case "ar": entry.ar
            case "en": entry.en
            case "ar_variants": entry.arVariants.joined(separator: GlossaryTSV.variantSeparator)
            case "en_variants": entry.enVariants.joined(separator: GlossaryTSV.variantSeparator)
            case "status": entry.status.rawValue
            case "pos": entry.pos
            case "domain": entry.domain
            case "definition": entry.definition
            case "note": entry.note
            case "source": entry.source
            case "updated": entry.updated
            default: entry.extra[column] ?? ""
            }
        }
    }

    /// An entry from named values; refuses line breaks and unknown statuses, naming the file and line.
    static func entry(from values: [(String, String)], file: String, line: Int) throws(ExchangeError) -> GlossaryEntry {
        var entry = GlossaryEntry(ar: "", en: "", line: line)
        for (column, raw) in values {
            // Every line break the glossary refuses (vertical tab, form feed, NEL, U+2028, U+2029 too).
            if raw.unicodeScalars.contains(where: { $0 == "\t" || Character($0).isNewline }) {
                throw .lineBreakInValue(file: file, line: line, column: column)
            }
            let value = trimmed(raw)
            switch column {
            case "id": entry.id = value
            case "ar": entry.ar = value
            case "en": entry.en = value
            case "ar_variants": entry.arVariants = GlossaryTSV.splitVariants(value)
            case "en_variants": entry.enVariants = GlossaryTSV.splitVariants(value)
            case "status":
                if value.isEmpty {
                    entry.status = .preferred
                } else if let status = TermStatus(rawValue: value.lowercased()) {
                    entry.status = status
                } else {
                    throw .unknownStatus(file: file, line: line, value: value)
                }
            case "pos": entry.pos = value
            case "domain": entry.domain = value
            case "definition": entry.definition = value
            case "note": entry.note = value
            case "source": entry.source = value
            case "updated": entry.updated = value
            case "": break
            default: entry.extra[column] = value
            }
        }
        return entry
    }

    /// Without leading and trailing whitespace.
    static func trimmed(_ value: String) -> String {
        let scalars = value.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }

    /// Whitespace runs (including line breaks) collapsed to one space, trimmed: for text read from XML.
    static func collapsed(_ value: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in value.unicodeScalars {
            if scalar.properties.isWhitespace && scalar != "\u{A0}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
