public import DragomanGlossary
public import DragomanSummarizer
public import DragomanText
public import DragomanTranslation
import DragomanXLIFF

/// Errors of the main job: each wraps the error of the stage that failed, whose message names the file.
public enum PrepareError: Error, Equatable, Sendable {
    /// Reading, segmenting or writing failed.
    case text(TextError)
    /// The glossary could not be read or matched.
    case glossary(GlossaryError)
    /// Summaries could not be made.
    case summarizer(SummarizerError)
    /// The output folder names something that is not a folder (a file); nothing was read or written.
    case outputNotFolder(String)
    /// The XLIFF files or the translation package could not be made or written.
    case translation(TranslationError)
    /// The output folder is an input, lies inside one, or holds one (symbolic links resolved); nothing was written.
    case outputOverlapsInput(output: String, input: String)
    /// Not one article could be read; each input's problem is listed. Nothing was written.
    case nothingRead([TextError])
    /// An input changed between the passes of a run, or since the scan a shard reads: its text is not what was
    /// scanned.
    case inputChanged(String)
    /// A scan or shard folder that cannot be used: missing, unreadable, of another batch or shard count, or
    /// incomplete.
    case shardState(file: String, reason: String)
}

extension PrepareError: CustomStringConvertible {
    /// The wrapped error's message.
    public var description: String {
        switch self {
        case .text(let error): return error.description
        case .glossary(let error): return error.description
        case .summarizer(let error): return error.description
        case .outputNotFolder(let path):
            return "\(path): is a file, not a folder; give --output a folder to write to (it is created if missing)"
        case .translation(let error): return error.description
        case .outputOverlapsInput(let output, let input):
            return
                "\(output): the output folder overlaps the input \(input) (one is, or lies inside, the other); a run would read its own output or overwrite its input: give --output a folder outside the inputs"
        case .inputChanged(let file):
            return
                "\(file): changed since it was scanned; run the scan again (or prepare again) on inputs that stay put"
        case .shardState(let file, let reason):
            return "\(file): \(reason)"
        case .nothingRead(let problems):
            return "no article could be read:\n" + problems.map { "  \($0)" }.joined(separator: "\n")
        }
    }
}

extension PrepareError {
    /// An error of a library `prepare` calls, as a `PrepareError` (one mapping for every stage that calls several
    /// libraries).
    static func wrapping(_ error: any Error) -> PrepareError {
        switch error {
        case let error as PrepareError: return error
        case let error as TextError: return .text(error)
        case let error as SummarizerError: return .summarizer(error)
        case let error as TranslationError: return .translation(error)
        case let error as XLIFFError: return .translation(.xliff(error))
        default: return .text(.icu("\(error)"))
        }
    }
}
