package import Foundation

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
    /// renamed to `backupPath(for: path)` after it, so the backup also is either the old one or absent.
    package static func write(_ data: Data, to path: String, createFolder: Bool, backup: Bool) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        if createFolder {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw .folderNotCreated(folder: folder.path, reason: reason(creating: folder, error))
            }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .targetIsFolder
        }
        let token = UUID().uuidString
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(token).tmp").path
        let backupTemporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(token).bak.tmp").path
        do {
            try data.write(to: URL(fileURLWithPath: temporary))
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw .temporaryNotWritten(folder: folder.path, reason: error.localizedDescription)
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

    /// Writes UTF-8 text to `path` atomically, creating the folder if needed; failures are `TextError.unwritable`.
    package static func write(_ text: String, to path: String) throws(TextError) {
        do {
            try write(Data(text.utf8), to: path, createFolder: true, backup: false)
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
