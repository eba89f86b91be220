public import DragomanTMX
public import DragomanXLIFF

/// Errors of the glossary aligner: reading parallel text and term lists, and its working files.
///
/// Every reading error names the file and the line; each message says what is wrong and what to do.
public enum AlignerError: Error, Equatable, Sendable {
    /// A file could not be opened or read.
    case unreadable(file: String, reason: String)
    /// A line is not valid UTF-8; `offset` is the byte offset of the first bad byte in the file.
    case invalidUTF8(file: String, line: Int, offset: Int)
    /// A NUL byte: the file is binary, not text.
    case binary(file: String, line: Int)
    /// The two line-aligned files have different numbers of lines.
    case lineCountMismatch(arabic: String, arabicLines: Int, english: String, englishLines: Int)
    /// One side of a pair is empty while the other has text.
    case emptySide(file: String, line: Int, side: String)
    /// A TSV line does not have the Arabic and English columns.
    case fieldCount(file: String, line: Int, expected: Int, found: Int)
    /// A TSV header names no `ar` or no `en` column.
    case missingColumn(file: String, column: String)
    /// The kind of an input file cannot be told from its extension.
    case unknownInput(file: String)
    /// The inputs hold no pair with both an Arabic and an English side.
    case noPairs(files: [String])
    /// A term list has no terms.
    case noTerms(file: String)
    /// A TMX input is malformed or not TMX.
    case tmx(TMXError)
    /// An XLIFF input is malformed or not XLIFF.
    case xliff(XLIFFError)
    /// An XLIFF `<file>` does not translate between Arabic and English.
    case xliffLanguages(file: String, line: Int, source: String, target: String)
    /// The aligner's temporary working file could not be written or read back.
    case workingFile(path: String, reason: String)
    /// The text layer failed underneath (ICU could not make a tokenizer); the message is ICU's.
    case textLayer(String)
}

extension AlignerError: CustomStringConvertible {
    /// The message shown to the user: where, what is wrong, what to do.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read: \(reason)"
        case .invalidUTF8(let file, let line, let offset):
            return
                "\(file):\(line): byte \(offset) is not valid UTF-8; convert the file to UTF-8 (for example with iconv -f windows-1256 -t utf-8)"
        case .binary(let file, let line):
            return "\(file):\(line): a NUL byte: this looks like a binary file, not text; give a text file"
        case .lineCountMismatch(let arabic, let arabicLines, let english, let englishLines):
            return
                "\(arabic) has \(arabicLines) line\(arabicLines == 1 ? "" : "s") but \(english) has \(englishLines): line-aligned files need one sentence per line on both sides; find where they drift apart and fix it"
        case .emptySide(let file, let line, let side):
            return
                "\(file):\(line): the \(side) side is empty while the other has text; give both sides or remove the pair"
        case .fieldCount(let file, let line, let expected, let found):
            return
                "\(file):\(line): \(found) field\(found == 1 ? "" : "s"), expected \(expected) (Arabic TAB English); check the tabs on this line"
        case .missingColumn(let file, let column):
            return
                "\(file):1: the header has no '\(column)' column; name the columns 'ar' and 'en', or give no header and put Arabic first"
        case .unknownInput(let file):
            return
                "\(file): cannot tell the kind of parallel text from the extension; use .tsv, .tmx, .xlf/.xliff, or --ar FILE --en FILE for line-aligned files"
        case .noPairs(let files):
            return
                "\(files.joined(separator: ", ")): no pair with both an Arabic and an English side; give translated text"
        case .noTerms(let file):
            return "\(file): no terms; write one term per line"
        case .tmx(let error):
            return error.description
        case .xliff(let error):
            return error.description
        case .xliffLanguages(let file, let line, let source, let target):
            return
                "\(file):\(line): the file translates '\(source)' into '\(target.isEmpty ? "no target language" : target)', not Arabic into English or English into Arabic; give Arabic–English XLIFF"
        case .workingFile(let path, let reason):
            return "\(path): the aligner's working file failed: \(reason); check the free space in the temporary folder"
        case .textLayer(let message):
            return "the text layer failed: \(message)"
        }
    }
}
