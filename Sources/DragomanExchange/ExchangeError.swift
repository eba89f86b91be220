public import DragomanGlossary
public import DragomanXML

/// Errors reading or writing exchange formats (TBX, CSV, OmegaT).
///
/// Every reading error names the file and the line (and column where the format has one); every writing error
/// names the entry and the value that cannot be written.
public enum ExchangeError: Error, Equatable, Sendable {
    /// The XML layer refused the file: not well-formed, entities declared in its DOCTYPE, or past a limit of
    /// `Limits` (its message names the file and the line).
    case xml(XMLError)
    /// The XML is well-formed but its root element is not a TBX one (`tbx` or `martif`).
    case notTBX(file: String, root: String)
    /// A CSV quoted field is not closed before the end of the file; `line` is where it opens.
    case unterminatedQuote(file: String, line: Int)
    /// A CSV quote where RFC 4180 allows none: inside an unquoted field, or after a closing quote.
    case strayQuote(file: String, line: Int, column: Int)
    /// The CSV header lacks a required column (`ar` or `en`).
    case missingColumn(file: String, column: String)
    /// A row has a different number of fields than the header (CSV) or fewer than two (OmegaT).
    case fieldCount(file: String, line: Int, expected: Int, found: Int)
    /// A value holds a line break or tab, which the glossary cannot store.
    case lineBreakInValue(file: String, line: Int, column: String)
    /// A status value that is not preferred, admitted, deprecated or proposed.
    case unknownStatus(file: String, line: Int, value: String)
    /// An entry to write has a value that the format cannot hold (control character, tab or line break).
    case unwritableValue(id: String, column: String, value: String)
    /// An entry to write as TBX has an `updated` value that is not an ISO date.
    case invalidDate(id: String, value: String)
    /// An entry to write as TBX has neither an Arabic nor an English term.
    case emptyConcept(id: String)
    /// Two entries to write as TBX have the same id (TBX ids must be unique).
    case duplicateID(String)
    /// The input file could not be read, is binary, or is not UTF-8.
    case unreadable(file: String, reason: String)
    /// A format name Dragoman does not know.
    case unknownFormat(String)
    /// The glossary is empty and the format needs at least one concept (TBX 2008's `body`).
    case emptyGlossary(format: String)
    /// The TSV glossary format itself refused the input or output (its message names file and line).
    case glossary(GlossaryError)
}

extension ExchangeError: CustomStringConvertible {
    /// The message shown to the user: where, what is wrong, what to do.
    public var description: String {
        switch self {
        case .xml(let error):
            return error.description
        case .notTBX(let file, let root):
            return
                "\(file): the root element is '\(root)', not 'tbx' (TBX 2019) or 'martif' (TBX 2008); give a TBX file or pick another --format"
        case .unterminatedQuote(let file, let line):
            return "\(file):\(line): a quoted field is never closed; add the closing '\"'"
        case .strayQuote(let file, let line, let column):
            return
                "\(file):\(line):\(column): a '\"' where none is allowed; quote the whole field and double the quote (\"\")"
        case .missingColumn(let file, let column):
            return "\(file):1: the header has no '\(column)' column; the first row must name the columns (ar, en, …)"
        case .fieldCount(let file, let line, let expected, let found):
            return
                "\(file):\(line): \(found) field\(found == 1 ? "" : "s"), expected \(expected); check the separators on this line"
        case .lineBreakInValue(let file, let line, let column):
            return
                "\(file):\(line): the '\(column)' value contains a line break or tab, which the glossary cannot store; remove it"
        case .unknownStatus(let file, let line, let value):
            return "\(file):\(line): unknown status '\(value)'; use preferred, admitted, deprecated or proposed"
        case .unwritableValue(let id, let column, let value):
            let shown = value.unicodeScalars.map {
                $0.value < 0x20 ? "\\u{\(String($0.value, radix: 16))}" : String($0)
            }.joined()
            return
                "entry '\(id)', column '\(column)': the value '\(shown)' holds a control character, tab or line break that this format cannot hold; remove it"
        case .invalidDate(let id, let value):
            return
                "entry '\(id)': 'updated' is '\(value)', not an ISO date (YYYY-MM-DD); fix it (dragoman glossary lint shows all such values)"
        case .emptyConcept(let id):
            return "entry '\(id)': neither an Arabic nor an English term; fill one in or remove the entry"
        case .duplicateID(let id):
            return
                "the id '\(id)' is used by two entries; TBX needs unique ids (dragoman glossary lint lists duplicates)"
        case .unreadable(let file, let reason):
            return "\(file): \(reason)"
        case .unknownFormat(let name):
            return "unknown format '\(name)'; use tsv, csv, tbx, tbx2008 or omegat"
        case .emptyGlossary(let format):
            return "the glossary has no entries, and a \(format) file needs at least one; add an entry first"
        case .glossary(let error):
            return error.description
        }
    }
}
