/// Errors reading or writing exchange formats (TBX, CSV, OmegaT, XLIFF).
public enum ExchangeError: Error, Equatable, Sendable {
    /// The file is not well-formed XML; `line` and `column` locate the parser's complaint.
    case malformedXML(file: String, line: Int, column: Int, reason: String)
}

extension ExchangeError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .malformedXML(let file, let line, let column, let reason):
            return "\(file):\(line):\(column): not well-formed XML: \(reason)"
        }
    }
}
