import Foundation

/// Writes files atomically: to a temporary file in the same folder, then renamed over the target.
///
/// A reader never sees a half-written file, and a failure leaves the previous version in place.
package enum AtomicFile {
    /// Writes `bytes` to `path` atomically, creating the folder if needed. With `backup`, the previous file (if
    /// any) is kept as `path + ".bak"`.
    package static func write(bytes: [UInt8], to path: String, backup: Bool = false) throws(TextError) {
        let data = Data(bytes)
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(file: folder.path, reason: "cannot create the folder: \(error.localizedDescription)")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
            if backup, FileManager.default.fileExists(atPath: path) {
                let backupPath = path + ".bak"
                try? FileManager.default.removeItem(atPath: backupPath)
                try FileManager.default.copyItem(atPath: path, toPath: backupPath)
            }
            if rename(temporary.path, path) != 0 {
                throw CocoaError(
                    .fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .unwritable(file: path, reason: "cannot write: \(error.localizedDescription)")
        }
    }

    /// Writes UTF-8 text to `path` atomically.
    package static func write(_ text: String, to path: String, backup: Bool = false) throws(TextError) {
        try write(bytes: Array(text.utf8), to: path, backup: backup)
    }
}
