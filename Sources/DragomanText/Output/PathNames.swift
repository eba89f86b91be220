/// The names in a file path, worked out from the string alone.
///
/// `URL(fileURLWithPath:)` asks the file system whether the path is a folder (an `lstat` for each call) and
/// standardizes it; naming the articles of an archive called it four times an article. These give what
/// Foundation's `lastPathComponent` and `deletingPathExtension()` give for any path whose last component is a name
/// (not empty, `.` or `..`), as a document's path always is.
package enum PathNames {
    /// The last component of `path`, trailing slashes ignored ("/" for the root, "" for "").
    package static func lastComponent(of path: String) -> String {
        guard !path.isEmpty else { return "" }
        let bytes = path.utf8
        var end = bytes.endIndex
        while end > bytes.index(after: bytes.startIndex), bytes[bytes.index(before: end)] == UInt8(ascii: "/") {
            end = bytes.index(before: end)
        }
        let trimmed = bytes[..<end]
        guard trimmed.count > 1, let slash = trimmed.lastIndex(of: UInt8(ascii: "/")) else {
            return String(Substring(trimmed))
        }
        return String(Substring(trimmed[trimmed.index(after: slash)...]))
    }

    /// `name` (one component) without its extension: what follows its last dot, unless nothing follows it or
    /// nothing, `.` or `..` comes before it (`.bashrc`, `..txt` and `name.` keep theirs).
    package static func stem(of name: String) -> String {
        let bytes = name.utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), bytes.index(after: dot) != bytes.endIndex else {
            return name
        }
        let before = bytes[..<dot]
        if before.isEmpty || (before.count <= 2 && before.allSatisfy { $0 == UInt8(ascii: ".") }) { return name }
        return String(Substring(before))
    }
}
