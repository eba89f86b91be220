/// Errors of the text layer: reading input and loading rule data.
///
/// Each message names the file (and the byte offset where it applies), quotes the bad value and says what to do.
public enum TextError: Error, Equatable, Sendable, Codable {
    /// The file could not be read (missing, a directory where a file was expected, no permission).
    case unreadable(file: String, reason: String)
    /// A file or folder could not be written (no permission, disk full); nothing was changed.
    case unwritable(file: String, reason: String)
    /// The file contains a NUL byte at `offset`: it is binary, not text.
    case binary(file: String, offset: Int)
    /// The bytes at `offset` are not valid in `encoding`.
    case invalidBytes(file: String, offset: Int, encoding: String, bytes: [UInt8])
    /// The requested encoding name is not one Dragoman reads.
    case unknownEncoding(String)
    /// The file is larger than the limit Dragoman reads in one piece; `size` is nil for a stream (standard input, a
    /// pipe), whose reading stopped at the limit.
    case tooLarge(file: String, size: Int?, limit: Int)
    /// Line `line` of the file has more than `limit` bytes (`Limits.lineBytes`).
    case lineTooLong(file: String, line: Int, length: Int, limit: Int)
    /// A `.txt` entry of a folder is not a regular file (a FIFO, socket or device): skipped, since reading it could
    /// block or never end.
    case notRegularFile(file: String, kind: String)
    /// A folder given as input holds no `.txt` files.
    case noTextFiles(folder: String)
    /// A rule file shipped with Dragoman (or given by the user) is malformed at `line`.
    case badRule(file: String, line: Int, reason: String)
    /// ICU failed underneath.
    case icu(String)
}

extension TextError {
    /// Whether the error is about one input file that cannot be read as text (unreadable, binary, invalid
    /// encoding, too large, a line too long, not a regular file), so a batch can report it and go on, rather than
    /// about the run itself.
    package var isAboutOneInput: Bool {
        switch self {
        case .unreadable, .binary, .invalidBytes, .tooLarge, .lineTooLong, .notRegularFile: return true
        case .unwritable, .unknownEncoding, .noTextFiles, .badRule, .icu: return false
        }
    }
}

extension TextError: CustomStringConvertible {
    /// The message shown to the user: the file, the position, the bad value and what to do.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read: \(reason)"
        case .unwritable(let file, let reason):
            return "\(file): \(reason); the previous version, if any, is unchanged"
        case .binary(let file, let offset):
            return "\(file): byte \(offset) is a NUL byte: this looks like a binary file, not text; give a text file"
        case .invalidBytes(let file, let offset, let encoding, let bytes):
            let hex = bytes.map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
            return
                "\(file): byte \(offset): invalid \(encoding) (\(hex)); pass --encoding if the file is in another encoding, or --lossy to replace bad bytes with U+FFFD"
        case .unknownEncoding(let name):
            return "unknown encoding '\(name)'; use one of: auto, utf-8, utf-16, windows-1256"
        case .tooLarge(let file, let size?, let limit):
            return "\(file): \(size) bytes is more than the \(limit)-byte limit for one document; split the file"
        case .tooLarge(let file, nil, let limit):
            return
                "\(file): more than the \(limit)-byte limit for one document (reading stopped there); split the input"
        case .lineTooLong(let file, let line, let length, let limit):
            return
                "\(file):\(line): the line has \(length) bytes, more than the \(limit)-byte limit for one line; break it into lines (a blank line ends a paragraph)"
        case .notRegularFile(let file, let kind):
            return "\(file): \(kind), not a regular file; skipped (only regular .txt files in a folder are read)"
        case .noTextFiles(let folder):
            return "\(folder): the folder holds no .txt files"
        case .badRule(let file, let line, let reason):
            return "\(file):\(line): \(reason)"
        case .icu(let message):
            return message
        }
    }
}
