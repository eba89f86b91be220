public import DragomanText
public import DragomanXLIFF

/// Errors of the translator's workflow: packages, terminology QA, merging translations back.
///
/// Every message names the file (and unit or segment where there is one) and says what to do. Cases are added as
/// the package writer, QA and merge need them.
public enum TranslationError: Error, Equatable, Sendable {
    /// Reading or writing XLIFF failed (its message names file and position).
    case xliff(XLIFFError)
    // QA and merge (the reader's half, kept together).
    /// The text layer failed (ICU could not make a tokenizer).
    case text(TextError)
}

extension TranslationError: CustomStringConvertible {
    /// The message shown to the user: where, what is wrong, what to do.
    public var description: String {
        switch self {
        case .xliff(let error): return error.description
        case .text(let error): return error.description
        }
    }
}
