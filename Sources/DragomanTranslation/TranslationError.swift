public import DragomanExchange
public import DragomanGlossary
public import DragomanSummarizer
public import DragomanTMX
public import DragomanText
public import DragomanXLIFF

/// Errors of the translator's workflow: packages, terminology QA, merging translations back.
///
/// Every message names the file (and unit or segment where there is one) and says what to do. Cases are added as
/// the package writer, QA and merge need them.
public enum TranslationError: Error, Equatable, Sendable {
    /// Reading or writing XLIFF failed (its message names file and position).
    case xliff(XLIFFError)
    /// Reading, segmenting or writing a file failed (its message names the file).
    case text(TextError)
    /// The glossary could not be read.
    case glossary(GlossaryError)
    /// The summaries (which flag summary sentences) could not be made.
    case summarizer(SummarizerError)
    /// The glossary subset could not be written as TBX.
    case exchange(ExchangeError)
    /// `SOURCE_DATE_EPOCH` is set but is not a whole number of seconds since 1970.
    case invalidSourceDateEpoch(String)
    /// The package's output folder exists and holds something that is not part of an earlier package.
    case notAPackageFolder(folder: String, entry: String)
    // QA and merge (the reader's half, kept together).
    /// `-o` names one file but the input holds several `<file>` elements.
    case outputNeedsFolder(output: String, files: Int)
    /// Two inputs would be merged into the same article.
    case outputCollision(path: String, first: String, second: String)
    /// An output path is one of the inputs.
    case outputIsInput(path: String)
    /// Segments are untranslated and the merge was not allowed to keep them in Arabic.
    case untranslated(segments: Int)
    /// The translation memory could not be written (a language code TMX cannot carry).
    case tmx(TMXError)
    /// A translated segment holds a character XML cannot carry, so it cannot go into the translation memory.
    case unwritableMemory(file: String, line: Int, unit: String, segment: String, scalar: String)
}

extension TranslationError: CustomStringConvertible {
    /// The message shown to the user: where, what is wrong, what to do.
    public var description: String {
        switch self {
        case .xliff(let error): return error.description
        case .text(let error): return error.description
        case .glossary(let error): return error.description
        case .summarizer(let error): return error.description
        case .exchange(let error): return error.description
        case .invalidSourceDateEpoch(let value):
            return
                "SOURCE_DATE_EPOCH is '\(value)', not a whole number of seconds since 1970-01-01 UTC; set it to one (e.g. $(git log -1 --format=%ct)) or unset it"
        case .notAPackageFolder(let folder, let entry):
            return
                "\(folder): the folder holds '\(entry)', which is not part of an earlier Dragoman package; nothing was written: give a new or empty folder with -o"
        case .outputNeedsFolder(let output, let files):
            return
                "-o \(output) names one file, but the input holds \(files) <file> elements (one article each): give a folder (an existing one, or a path ending in /)"
        case .outputCollision(let path, let first, let second):
            return "\(first) and \(second) would both be merged into \(path): merge them one at a time with -o"
        case .outputIsInput(let path):
            return "the output \(path) is one of the inputs: choose another -o"
        case .untranslated(let segments):
            let count = segments == 1 ? "1 segment is" : "\(segments) segments are"
            return
                "\(count) not translated (listed above); nothing was written: translate them, or give --allow-untranslated to keep them in Arabic"
        case .tmx(let error):
            return "translation memory: \(error.description)"
        case .unwritableMemory(let file, let line, let unit, let segment, let scalar):
            return
                "\(file):\(line): unit '\(unit)' segment '\(segment)' holds \(scalar), a character XML cannot carry, so it cannot go into the translation memory; nothing was written: remove it, or merge without --tmx"
        }
    }
}
