import DragomanXML

/// Errors writing or reading XLIFF.
///
/// Reading errors name the file, line and column; writing errors name the article and the segment, and say what
/// to do. Cases are added as the writer and the reader need them.
public enum XLIFFError: Error, Equatable, Sendable {
    /// The file is not well-formed XML; `line` and `column` locate the parser's complaint.
    case malformedXML(file: String, line: Int, column: Int, reason: String)
    /// The XML declares entities in its DOCTYPE; Dragoman never expands entities, so the file is refused.
    case entityDeclaration(file: String, line: Int)
    /// The XML was refused for `reason`: a DOCTYPE with declarations, a document over a limit (`line` where one
    /// applies).
    case refusedXML(file: String, line: Int?, reason: String)
}

extension XLIFFError: CustomStringConvertible {
    /// The message shown to the user: where, what is wrong, what to do.
    public var description: String {
        switch self {
        case .malformedXML(let file, let line, let column, let reason):
            return "\(file):\(line):\(column): not well-formed XML: \(reason)"
        case .entityDeclaration(let file, let line):
            return
                "\(file):\(line): the DOCTYPE declares entities; Dragoman does not expand XML entities (they can read local files or exhaust memory): remove the declarations"
        case .refusedXML(let file, let line, let reason):
            return "\(file)\(line.map { ":\($0)" } ?? ""): \(reason)"
        }
    }
}

extension XLIFFError {
    /// The same error as this module's case, for errors of the XML layer.
    init(_ error: XMLError) {
        switch error {
        case .malformed(let file, let line, let column, let reason):
            self = .malformedXML(file: file, line: line, column: column, reason: reason)
        case .entityDeclaration(let file, let line):
            self = .entityDeclaration(file: file, line: line)
        case .refused(let file, let line, let reason):
            self = .refusedXML(file: file, line: line, reason: reason)
        }
    }
}
