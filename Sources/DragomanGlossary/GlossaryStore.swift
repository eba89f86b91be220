import DragomanText
import Foundation

/// Reads and writes a glossary file on disk without ever leaving it damaged or losing a concurrent edit.
///
/// Reading refuses binary files and invalid UTF-8 with the byte offset. Writing serializes first (so a bad value
/// fails before anything is touched), writes a temporary file in the same folder, copies the current file to
/// `FILE.bak`, then renames the temporary file over the glossary: a reader sees either the old or the new file.
/// Every write holds an exclusive lock (`.FILE.lock` beside the file), and `modify` reads the file under the same
/// lock, so two commands editing one glossary take turns and neither loses the other's change. A glossary reached
/// through a symbolic link is written in its target's folder (the link stays), keeping its permissions.
public struct GlossaryStore: Sendable {
    /// The glossary file.
    public let path: String
    /// How long a write waits for another command's lock on the glossary before giving up, in seconds.
    public var lockTimeout: Double

    /// A store for the glossary at `path`; writes wait at most `lockTimeout` seconds for a concurrent one.
    public init(path: String, lockTimeout: Double = 60) {
        self.path = path
        self.lockTimeout = lockTimeout
    }

    /// The path of the backup kept by `save`: the previous version of the file (beside a link's target).
    public var backupPath: String { AtomicFile.backupPath(for: AtomicFile.resolvedTarget(of: path)) }

    /// The lock file every write takes: `.NAME.lock` beside the glossary (beside a link's target, so writers
    /// through different links share it).
    public var lockPath: String { FileLock.path(guarding: AtomicFile.resolvedTarget(of: path)) }

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

    /// Writes the glossary atomically, keeping the previous file as `FILE.bak`; on failure nothing changes. Takes
    /// the lock for the write only: to change the file as it is on disk, use `modify`.
    public func save(_ glossary: Glossary) throws(GlossaryError) {
        let text = try GlossaryTSV.serialize(glossary)
        let lock = try takeLock()
        defer { lock.unlock() }
        try Self.write(text, to: path, backup: true)
    }

    /// Reads the glossary, lets `change` edit it, and writes it back if `change` returns true, all under the
    /// glossary's lock: a concurrent `modify` waits, then reads this one's result. With `allowMissing`, a file that
    /// does not exist yet reads as empty. Errors of `change` pass through; nothing is written then.
    public func modify(allowMissing: Bool = false, _ change: (inout Glossary) throws -> Bool) throws {
        let lock = try takeLock()
        defer { lock.unlock() }
        var glossary = try load(allowMissing: allowMissing).glossary
        guard try change(&glossary) else { return }
        try Self.write(GlossaryTSV.serialize(glossary), to: path, backup: true)
    }

    /// Takes the glossary's lock, waiting at most `lockTimeout`, and removes the temporary files that writers
    /// killed mid-write left: whoever holds the lock is the only writer, so any such file is stale.
    private func takeLock() throws(GlossaryError) -> FileLock {
        let lock: FileLock
        do {
            lock = try FileLock(path: lockPath, timeout: lockTimeout)
        } catch {
            switch error {
            case .timedOut(let lockFile, let seconds):
                throw .locked(file: path, lock: lockFile, seconds: Int(seconds.rounded(.up)))
            case .unavailable(let lockFile, let reason):
                throw .writeFailed(file: path, reason: "cannot use the lock file \(lockFile): \(reason)")
            }
        }
        AtomicFile.removeStaleTemporaries(of: path)
        return lock
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
