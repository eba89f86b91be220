/// Errors reading XML, before any format-specific meaning is given to it.
///
/// Each names the file and the line (and the column where the parser gives one), so the user can open the file at
/// the right place. Format modules (TBX, XLIFF, TMX) map these into their own error enums.
public enum XMLError: Error, Equatable, Sendable {
    /// The file is not well-formed XML; `line` and `column` locate the parser's complaint.
    case malformed(file: String, line: Int, column: Int, reason: String)
    /// The DOCTYPE declares entities; Dragoman never expands entities, so the file is refused.
    case entityDeclaration(file: String, line: Int)
    /// The document is refused before or while parsing for `reason` (a DTD declaration, a limit of `Limits`
    /// exceeded); `line` where one applies.
    case refused(file: String, line: Int?, reason: String)
}

extension XMLError: CustomStringConvertible {
    /// The message shown to the user: where, what is wrong, what to do. Every format's error enum shows its XML
    /// cases with these words.
    public var description: String {
        switch self {
        case .malformed(let file, let line, let column, let reason):
            return "\(file):\(line):\(column): not well-formed XML: \(reason)"
        case .entityDeclaration(let file, let line):
            return
                "\(file):\(line): the DOCTYPE declares entities; Dragoman does not expand XML entities (they can read local files or exhaust memory): remove the declarations"
        case .refused(let file, let line, let reason):
            return "\(file)\(line.map { ":\($0)" } ?? ""): \(reason)"
        }
    }
}
