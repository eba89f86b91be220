public import DragomanGlossary
public import DragomanSummarizer
public import DragomanText

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
        }
    }
}
