public import DragomanGlossary

/// The glossary as CSV (RFC 4180) with a header row naming the glossary's columns.
///
/// Keeps every field of the TSV, extra columns included: variants are " | "-separated inside their cell.
public enum GlossaryCSV {
    /// Reads CSV with a header row; `ar` and `en` columns are required, others are optional, unknown ones kept.
    public static func read(_ text: String, name: String) throws(ExchangeError) -> Glossary {
        let records = try CSV.parse(text, name: name)
        guard let header = records.first else { throw .missingColumn(file: name, column: "ar") }
        let columns = header.fields.map(GlossaryColumns.trimmed)
        for required in ["ar", "en"] where !columns.contains(required) {
            throw .missingColumn(file: name, column: required)
        }
        var entries: [GlossaryEntry] = []
        for record in records.dropFirst() {
            guard record.fields.count == columns.count else {
                throw .fieldCount(file: name, line: record.line, expected: columns.count, found: record.fields.count)
            }
            entries.append(
                try GlossaryColumns.entry(from: Array(zip(columns, record.fields)), file: name, line: record.line))
        }
        let extra = columns.filter { !Glossary.isKnownColumn($0) && !$0.isEmpty }
        let optional = Set(columns.filter { Glossary.optionalColumns.contains($0) })
        return Glossary(entries: entries, extraColumns: extra, presentOptionalColumns: optional)
    }

    /// Writes the glossary as CSV: header, then one row per entry in the TSV's `id` order, CRLF line ends.
    public static func write(_ glossary: Glossary) -> String {
        let columns = glossary.columns
        let rows = GlossaryTSV.sortedByID(glossary.entries).map { entry in columns.map { entry.value(ofColumn: $0) } }
        return CSV.serialize([columns] + rows)
    }
}
