/// Errors of the summarizer and its evaluation.
public enum SummarizerError: Error, Equatable, Sendable {
    /// A length option is out of range, e.g. `--sentences 0`.
    case invalidLength(option: String, value: String)
}

extension SummarizerError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .invalidLength(let option, let value):
            return "\(option) '\(value)' is not a valid summary length; give a positive number"
        }
    }
}
