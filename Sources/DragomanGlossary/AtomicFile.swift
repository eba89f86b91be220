package import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Atomic file replacement: temporary file in the same folder, then rename(2).
///
/// Shared with the exchange writers (`export -o`), so every file Dragoman writes is either the old one or the
/// complete new one, never half written.
package enum AtomicFile {
    /// Writes `data` to `path` atomically; when `backup` is given and `path` exists, the old file is kept there.
    package static func write(_ data: Data, to path: String, backup: String? = nil) throws(GlossaryError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let name = url.lastPathComponent
        let token = UUID().uuidString.prefix(8)
        let temporary = folder.appendingPathComponent(".\(name).tmp-\(token)").path
        let backupTemporary = folder.appendingPathComponent(".\(name).bak-\(token)").path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .writeFailed(file: path, reason: "it is a folder")
        }
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw .writeFailed(file: path, reason: "cannot create a temporary file in \(folder.path)")
        }
        var madeBackup = false
        if let backup, FileManager.default.fileExists(atPath: path) {
            do {
                try FileManager.default.copyItem(atPath: path, toPath: backupTemporary)
                madeBackup = true
            } catch {
                try? FileManager.default.removeItem(atPath: temporary)
                throw .writeFailed(file: path, reason: "cannot copy the current file for the backup \(backup)")
            }
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            if madeBackup { try? FileManager.default.removeItem(atPath: backupTemporary) }
            throw .writeFailed(file: path, reason: reason)
        }
        if madeBackup, let backup, rename(backupTemporary, backup) != 0 {
            try? FileManager.default.removeItem(atPath: backupTemporary)
        }
    }
}
