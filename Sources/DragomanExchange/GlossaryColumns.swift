import DragomanGlossary

/// Reading named fields for tabular formats other than the canonical TSV (CSV), and cleaning text read from XML.
///
/// Uses the same column names as `ar-en.tsv` (`GlossaryEntry.setValue(_:ofColumn:)`), so a CSV exported by
/// Dragoman or edited in a spreadsheet imports with every field; unknown columns are kept as extra columns.
enum GlossaryColumns {
    /// An entry from named values; refuses line breaks and unknown statuses, naming the file and line.
    static func entry(from values: [(String, String)], file: String, line: Int) throws(ExchangeError) -> GlossaryEntry {
        var entry = GlossaryEntry(ar: "", en: "", line: line)
        for (column, raw) in values {
            // Every line break the glossary refuses (vertical tab, form feed, NEL, U+2028, U+2029 too).
            if raw.unicodeScalars.contains(where: { $0 == "\t" || Character($0).isNewline }) {
                throw .lineBreakInValue(file: file, line: line, column: column)
            }
            let value = trimmed(raw)
            if column == "status" {
                if value.isEmpty {
                    entry.status = .preferred
                } else if let status = TermStatus(rawValue: value.lowercased()) {
                    entry.status = status
                } else {
                    throw .unknownStatus(file: file, line: line, value: value)
                }
            } else {
                entry.setValue(value, ofColumn: column)
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
