/// Errors of the glossary: reading, writing and maintaining `Glossaries/ar-en.tsv`.
///
/// Every message names the file and line (or the entry id), quotes the bad value and says what to do.
public enum GlossaryError: Error, Equatable, Sendable {
    /// The file has no header row.
    case missingHeader(file: String)
    /// A required column (`ar` or `en`) is missing from the header.
    case missingColumn(file: String, column: String)
    /// A column name appears twice in the header.
    case duplicateColumn(file: String, column: String)
    /// A row has a different number of fields than the header.
    case fieldCount(file: String, line: Int, expected: Int, found: Int)
    /// A value contains a tab or a line break, which the TSV format cannot hold.
    case invalidValue(id: String, column: String, value: String)
}

extension GlossaryError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .missingHeader(let file):
            return "\(file): the file is empty; a glossary needs a header row with at least the columns 'ar' and 'en'"
        case .missingColumn(let file, let column):
            return "\(file):1: the header has no '\(column)' column; add it (columns: \(Glossary.standardColumns.joined(separator: ", ")))"
        case .duplicateColumn(let file, let column):
            return "\(file):1: the column '\(column)' appears twice in the header; keep one"
        case .fieldCount(let file, let line, let expected, let found):
            return
                "\(file):\(line): \(found) tab-separated fields, but the header has \(expected); a value may contain a stray tab or the row may be cut short"
        case .invalidValue(let id, let column, let value):
            let shown = value.replacingTabsAndNewlines()
            return "entry '\(id)', column '\(column)': the value '\(shown)' contains a tab or line break; remove it"
        }
    }
}

extension String {
    /// The string with tabs and line breaks shown as \t, \n, \r, for quoting in messages.
    func replacingTabsAndNewlines() -> String {
        var out = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
