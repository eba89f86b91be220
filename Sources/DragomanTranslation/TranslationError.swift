public import DragomanExchange
public import DragomanGlossary
public import DragomanSummarizer
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
        }
    }
}
