package import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes files atomically: to a temporary file in the same folder, then renamed over the target.
///
/// A reader never sees a half-written file, and a failure leaves the previous version in place. Every file Dragoman
/// writes (`prepare`'s outputs, the glossary, `glossary export -o`) goes through here; each caller turns a `Failure`
/// into its own error.
package enum AtomicFile {
    /// Why a write failed; nothing was changed. Reasons are the system's own words.
    package enum Failure: Error {
        /// The target's folder did not exist and could not be created (only with `createFolder`).
        case folderNotCreated(folder: String, reason: String)
        /// The target is a folder.
        case targetIsFolder
        /// The temporary file could not be written in `folder`.
        case temporaryNotWritten(folder: String, reason: String)
        /// The current file could not be copied for the backup at `backup`.
        case backupNotCopied(backup: String)
        /// The temporary file could not be renamed over the target.
        case renameFailed(reason: String)
    }

    /// Where `write(_:to:createFolder:backup:)` keeps the previous version of `path`.
    package static func backupPath(for path: String) -> String {
        path + ".bak"
    }

    /// Writes `data` to `path` atomically, refusing a folder as target. With `createFolder`, a missing folder is
    /// created first. With `backup`, the previous file (if any) is copied to a temporary file before the rename and
    /// renamed to `backupPath(for: path)` after it, so the backup also is either the old one or absent. With
    /// `durable`, the temporary file is flushed to disk (`fsync`) before the rename, so that even a power cut right
    /// after it cannot leave an empty file under the name: the glossary, the one file edited in place, is written so.
    ///
    /// When `path` is a symbolic link, the file it points to is replaced (the temporary file is written in that
    /// file's folder), so the link stays a link; a replaced file keeps its permissions, and its owner and group
    /// where the writer may set them (root, or the owner itself for the group).
    package static func write(
        _ data: Data, to path: String, createFolder: Bool, backup: Bool, durable: Bool = true
    ) throws(Failure) {
        try write(to: path, createFolder: createFolder, backup: backup) { temporary in
            data.withUnsafeBytes { writeNewFile($0, to: temporary, durable: durable) }
        }
    }

    /// The steps of an atomic write; `contents` creates the temporary file at the path it is given and returns 0, or
    /// the `errno` of its failure.
    private static func write(
        to path: String, createFolder: Bool, backup: Bool, contents: (String) -> Int32
    ) throws(Failure) {
        let path = resolvedTarget(of: path)
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var folderStatus = stat()
        // One stat for the common case of a folder that is already there (a batch writes many files into each).
        if createFolder, !(stat(folder.path, &folderStatus) == 0 && folderStatus.st_mode & S_IFMT == S_IFDIR) {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw .folderNotCreated(folder: folder.path, reason: reason(creating: folder, error))
            }
        }
        var existing = stat()
        let exists = stat(path, &existing) == 0
        if exists, existing.st_mode & S_IFMT == S_IFDIR { throw .targetIsFolder }
        let token = UUID().uuidString
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(token).tmp").path
        let backupTemporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(token).bak.tmp").path
        let failure = contents(temporary)
        guard failure == 0 else {
            unlink(temporary)
            throw .temporaryNotWritten(folder: folder.path, reason: String(cString: strerror(failure)))
        }
        if exists {
            // The replacement takes the place of the old file: same permissions, same owner and group if allowed.
            if chown(temporary, existing.st_uid, existing.st_gid) != 0 { chown(temporary, uid_t.max, existing.st_gid) }
            chmod(temporary, existing.st_mode & 0o7777)
        }
        var madeBackup = false
        if backup, FileManager.default.fileExists(atPath: path) {
            do {
                try FileManager.default.copyItem(atPath: path, toPath: backupTemporary)
                madeBackup = true
            } catch {
                try? FileManager.default.removeItem(atPath: temporary)
                throw .backupNotCopied(backup: backupPath(for: path))
            }
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            if madeBackup { try? FileManager.default.removeItem(atPath: backupTemporary) }
            throw .renameFailed(reason: reason)
        }
        if madeBackup, rename(backupTemporary, backupPath(for: path)) != 0 {
            try? FileManager.default.removeItem(atPath: backupTemporary)
        }
    }

    /// Creates the new file `path` (refusing one that exists) holding `data`, not flushed to disk: for files written
    /// into a hidden folder that is renamed into place as a whole, such as a translation package, where the
    /// folder's rename is the atomic step. On failure the partial file is removed.
    package static func createNew(_ data: Data, at path: String) throws(TextError) {
        let failure = data.withUnsafeBytes { writeNewFile($0, to: path, durable: false) }
        guard failure == 0 else {
            if failure != EEXIST { unlink(path) }
            throw .unwritable(file: path, reason: "cannot write: \(String(cString: strerror(failure)))")
        }
    }

    /// Creates `path` (which must not exist, unless `replacing`; mode 0666 less the umask, as Foundation does)
    /// holding `bytes`, flushed to disk when `durable`; returns 0, or the `errno` of the step that failed (the file
    /// may then exist, partly written). Plain system calls: Foundation's `Data.write` adds a stat, a buffer copy and
    /// an `fsync` per file, which dominated `prepare` (thousands of files per batch).
    package static func writeNewFile(
        _ bytes: UnsafeRawBufferPointer, to path: String, durable: Bool, replacing: Bool = false
    ) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | (replacing ? O_TRUNC : O_EXCL) | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return errno }
        let failure = Descriptor.writeAll(bytes, to: descriptor)
        if failure != 0 {
            close(descriptor)
            return failure
        }
        if durable, fsync(descriptor) != 0 {
            let failure = errno
            close(descriptor)
            return failure
        }
        return close(descriptor) == 0 ? 0 : errno
    }

    /// Why `folder` could not be created, in words: a file standing where a folder of its path should be (the
    /// common mistake: `--output` naming a file), else the system's reason (Foundation's own message is a bare
    /// "NSCocoaErrorDomain error 512").
    static func reason(creating folder: URL, _ error: any Error) -> String {
        var ancestor = folder
        while ancestor.path != "/" && !FileManager.default.fileExists(atPath: ancestor.path) {
            ancestor.deleteLastPathComponent()
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            return "\(ancestor.path) is a file, not a folder"
        }
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }

    /// The file that a write to `path` replaces: `path` itself, or, when it is a symbolic link (or a chain of them,
    /// at most 40), the file it finally points to, which need not exist yet.
    package static func resolvedTarget(of path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK,
                let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current)
            else { return current }
            current =
                destination.hasPrefix("/")
                ? destination
                : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(destination).path
        }
        return current
    }

    /// Removes the temporary files that interrupted writes to `path` (a process killed between writing and
    /// renaming) left beside its target: `.NAME.UUID.tmp` and `.NAME.UUID.bak.tmp`, nothing else. Call it only while
    /// holding the lock that every writer of `path` takes (`FileLock`): then no write is in progress and every such
    /// file is stale. Returns the paths removed.
    @discardableResult
    package static func removeStaleTemporaries(of path: String) -> [String] {
        let url = URL(fileURLWithPath: resolvedTarget(of: path))
        let folder = url.deletingLastPathComponent()
        return Leftover.find(of: url.lastPathComponent, in: folder, suffixes: [".bak.tmp", ".tmp"])
            .filter { unlink($0.path) == 0 }.map(\.path)
    }

    /// Writes UTF-8 text to `path` atomically, creating the folder if needed; failures are `TextError.unwritable`.
    /// Not flushed to disk (see `write(_:to:)` for data).
    package static func write(_ text: String, to path: String) throws(TextError) {
        var text = text
        try write(to: path) { temporary in
            text.withUTF8 { writeNewFile(UnsafeRawBufferPointer($0), to: temporary, durable: false) }
        }
    }

    /// Writes `data` to `path` atomically, creating the folder if needed; failures are `TextError.unwritable`.
    ///
    /// Not flushed to disk file by file: these are outputs made from inputs (`prepare`'s files, packages, merged
    /// XLIFF), thousands per batch, which a rerun makes again; an `fsync` each cost more than all the rest of
    /// writing them. The rename still makes each file appear whole or not at all to every reader.
    package static func write(_ data: Data, to path: String) throws(TextError) {
        try write(to: path) { temporary in
            data.withUnsafeBytes { writeNewFile($0, to: temporary, durable: false) }
        }
    }

    /// An atomic write into a folder created if needed, its failures as `TextError.unwritable`.
    private static func write(to path: String, contents: (String) -> Int32) throws(TextError) {
        do {
            try write(to: path, createFolder: true, backup: false, contents: contents)
        } catch {
            switch error {
            case .folderNotCreated(let folder, let reason):
                throw .unwritable(file: folder, reason: "cannot create the folder: \(reason)")
            case .targetIsFolder:
                // What rename(2) reports for a folder target (EISDIR), as before the check was made up front.
                throw .unwritable(file: path, reason: "cannot write: \(String(cString: strerror(EISDIR)))")
            case .temporaryNotWritten(_, let reason), .renameFailed(let reason):
                throw .unwritable(file: path, reason: "cannot write: \(reason)")
            case .backupNotCopied(let backup):
                throw .unwritable(file: path, reason: "cannot copy the current file for the backup \(backup)")
            }
        }
    }
}
