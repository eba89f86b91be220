import DragomanText
import Foundation

/// Reads and writes a glossary file on disk without ever leaving it damaged.
///
/// Reading refuses binary files and invalid UTF-8 with the byte offset. Writing serializes first (so a bad value
/// fails before anything is touched), writes a temporary file in the same folder, copies the current file to
/// `FILE.bak`, then renames the temporary file over the glossary: a reader sees either the old or the new file.
public struct GlossaryStore: Sendable {
    /// The glossary file.
    public let path: String

    /// A store for the glossary at `path`.
    public init(path: String) {
        self.path = path
    }

    /// The path of the backup kept by `save`: the previous version of the file.
    public var backupPath: String { AtomicFile.backupPath(for: path) }

    /// Whether the glossary file exists.
    public var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// Reads and parses the glossary; with `allowMissing`, a file that does not exist yet reads as empty.
    public func load(allowMissing: Bool = false) throws(GlossaryError) -> GlossaryTSV.Parsed {
        if allowMissing, !exists {
            return GlossaryTSV.Parsed(glossary: Glossary(), problems: [])
        }
        let source: SourceText
        do {
            source = try TextReader(encoding: .utf8).read(path: path)
        } catch {
            throw Self.glossaryError(error, path: path)
        }
        return try GlossaryTSV.parse(source.text, name: path)
    }

    /// Writes the glossary atomically, keeping the previous file as `FILE.bak`; on failure nothing changes.
    public func save(_ glossary: Glossary) throws(GlossaryError) {
        let text = try GlossaryTSV.serialize(glossary)
        try Self.write(text, to: path, backup: true)
    }

    /// Writes `text` to `path` atomically (the folder must exist); with `backup`, the previous file, if any, is kept
    /// as `FILE.bak`. Failures are `GlossaryError.writeFailed` and leave everything as it was.
    package static func write(_ text: String, to path: String, backup: Bool) throws(GlossaryError) {
        do {
            try AtomicFile.write(Data(text.utf8), to: path, createFolder: false, backup: backup)
        } catch {
            switch error {
            case .targetIsFolder:
                throw .writeFailed(file: path, reason: "it is a folder")
            case .temporaryNotWritten(let folder, _):
                throw .writeFailed(file: path, reason: "cannot create a temporary file in \(folder)")
            case .backupNotCopied(let backup):
                throw .writeFailed(file: path, reason: "cannot copy the current file for the backup \(backup)")
            case .renameFailed(let reason):
                throw .writeFailed(file: path, reason: reason)
            case .folderNotCreated(let folder, let reason):
                throw .writeFailed(file: path, reason: "cannot create the folder \(folder): \(reason)")
            }
        }
    }

    static func glossaryError(_ error: TextError, path: String) -> GlossaryError {
        switch error {
        case .binary(_, let offset): return .binary(file: path, offset: offset)
        case .invalidBytes(_, let offset, _, let bytes): return .invalidUTF8(file: path, offset: offset, bytes: bytes)
        case .unreadable(_, let reason): return .unreadable(file: path, reason: reason)
        default: return .unreadable(file: path, reason: error.description)
        }
    }
}
