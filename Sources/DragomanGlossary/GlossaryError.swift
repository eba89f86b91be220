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
    /// A value contains a tab or a line break, which the TSV format cannot hold, or a NUL character, which would
    /// make the file read as binary.
    case invalidValue(id: String, column: String, value: String)
    /// An extra column's name contains a tab or line break, which the TSV header cannot hold.
    case invalidColumnName(String)
    /// The glossary (in `file`, when read from one) has more entries than `limit` (`Limits.glossaryEntries`).
    case tooManyEntries(count: Int, limit: Int, file: String?)
    /// Another command holds the glossary's lock (a concurrent edit) and did not release it within `seconds`.
    case locked(file: String, lock: String, seconds: Int)
    /// The glossary file could not be read (missing, a folder, no permission).
    case unreadable(file: String, reason: String)
    /// The glossary file holds a NUL byte at `offset`: it is binary, not a TSV glossary.
    case binary(file: String, offset: Int)
    /// The glossary file is not valid UTF-8 at byte `offset`.
    case invalidUTF8(file: String, offset: Int, bytes: [UInt8])
    /// Writing the glossary (or its backup) failed; the file was left as it was.
    case writeFailed(file: String, reason: String)
    /// No entry has this id.
    case unknownID(String)
    /// An entry with this id already exists.
    case duplicateID(String)
    /// A new or changed entry's Arabic term is already another concept's term or variant.
    case arabicTaken(term: String, id: String)
    /// A required value is empty.
    case emptyValue(column: String)
    /// A status that is not one of the four known values.
    case unknownStatus(String)
    /// A date that is not an ISO date (YYYY-MM-DD).
    case invalidDate(String)
    /// An import stopped before writing because of conflicts (policy `report`).
    case conflicts(count: Int)
    /// An entry of an import file cannot enter the glossary (no Arabic term, no English, bad date); nothing was
    /// imported.
    case invalidImport(file: String, line: Int?, reason: String)
}

extension GlossaryError: CustomStringConvertible {
    /// The message shown to the user: the file and line (or entry), the bad value and what to do.
    public var description: String {
        switch self {
        case .missingHeader(let file):
            return "\(file): the file is empty; a glossary needs a header row with at least the columns 'ar' and 'en'"
        case .missingColumn(let file, let column):
            return
                "\(file):1: the header has no '\(column)' column; add it (columns: \(Glossary.standardColumns.joined(separator: ", ")))"
        case .duplicateColumn(let file, let column):
            return "\(file):1: the column '\(column)' appears twice in the header; keep one"
        case .fieldCount(let file, let line, let expected, let found):
            return
                "\(file):\(line): \(found) tab-separated fields, but the header has \(expected); a value may contain a stray tab or the row may be cut short"
        case .invalidValue(let id, let column, let value):
            let shown = value.replacingTabsAndNewlines()
            if value.utf8.contains(0) {
                return
                    "entry '\(id)', column '\(column)': the value '\(shown)' contains a NUL character, which would make the glossary a binary file; remove it"
            }
            return "entry '\(id)', column '\(column)': the value '\(shown)' contains a tab or line break; remove it"
        case .invalidColumnName(let column):
            return
                "the column name '\(column.replacingTabsAndNewlines())' contains a tab or line break, which the tab-separated glossary cannot hold; rename the column"
        case .tooManyEntries(let count, let limit, let file):
            return
                "\(file.map { "\($0): " } ?? "")\(count) entries, more than the \(limit) a glossary may hold; split it into several glossaries"
        case .locked(let file, let lock, let seconds):
            return
                "\(file): another command has been changing the glossary for \(seconds) s (it holds the lock \(lock)); nothing was written: try again when it is done"
        case .unreadable(let file, let reason):
            return "\(file): cannot read the glossary: \(reason)"
        case .binary(let file, let offset):
            return
                "\(file): byte \(offset) is a NUL byte: this is a binary file, not a TSV glossary; give a UTF-8 text file"
        case .invalidUTF8(let file, let offset, let bytes):
            let hex = bytes.map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
            return
                "\(file): byte \(offset): invalid UTF-8 (\(hex)); a glossary must be UTF-8: convert it (for example with iconv -f windows-1256 -t utf-8)"
        case .writeFailed(let file, let reason):
            return "\(file): cannot write the glossary: \(reason); the file was left unchanged"
        case .unknownID(let id):
            return "no entry has the id '\(id)'; find it with 'dragoman glossary find'"
        case .duplicateID(let id):
            return
                "an entry with the id '\(id)' already exists; choose another id or leave it out to get the next free one"
        case .arabicTaken(let term, let id):
            return
                "the Arabic term '\(term)' is already in the glossary as entry '\(id)' (after normalization); update that entry instead"
        case .emptyValue(let column):
            return "the '\(column)' value is empty; give one"
        case .unknownStatus(let value):
            return "unknown status '\(value)'; use preferred, admitted, deprecated or proposed"
        case .invalidDate(let value):
            return "'\(value)' is not an ISO date; write YYYY-MM-DD"
        case .invalidImport(let file, let line, let reason):
            return "\(file)\(line.map { ":\($0)" } ?? ""): \(reason); nothing was imported"
        case .conflicts(let count):
            return
                "\(count) conflict\(count == 1 ? "" : "s") found; nothing was written; choose --on-conflict keep, replace or variant"
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
            case "\0": out += "\\0"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
