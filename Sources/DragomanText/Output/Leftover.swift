package import Foundation

/// A hidden entry an interrupted write may leave beside its target: `.NAME.UUID.SUFFIX`, where NAME is the target's
/// name and UUID the token of the run that made it (a temporary file, a staging folder, a folder moved aside).
///
/// The writers that leave such entries (`AtomicFile`, `StagedFolder`, the translation package) name them the same
/// way, so one parser finds them and one lock tells a live run's folder from a killed run's.
package struct Leftover {
    /// The entry's path.
    package let path: String
    /// The run's token (the UUID in the name).
    package let token: String
    /// Which of the asked suffixes the name ends with.
    package let suffix: String

    /// The leftovers of writes to `target` in `folder` whose names end with one of `suffixes`. A name matching
    /// several (`.bak.tmp` and `.tmp`) takes the first whose remainder is a UUID, so list longer suffixes first.
    package static func find(of target: String, in folder: URL, suffixes: [String]) -> [Leftover] {
        let prefix = ".\(target)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var found: [Leftover] = []
        for name in names.sorted() where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            for suffix in suffixes where rest.hasSuffix(suffix) {
                let token = String(rest.dropLast(suffix.count))
                guard UUID(uuidString: token) != nil else { continue }
                found.append(Leftover(path: folder.appendingPathComponent(name).path, token: token, suffix: suffix))
                break
            }
        }
        return found
    }

    /// Opens the folder at `path` and takes its exclusive lock without waiting. Returns the descriptor, to keep open
    /// for as long as the lock is meant to be held (closing it releases the lock), or nil when the folder cannot be
    /// opened or another process holds its lock.
    package static func lockFolder(_ path: String) -> Int32? {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// Removes this leftover folder when no live run holds its lock; returns whether it was removed.
    package func removeIfStale() -> Bool {
        guard let descriptor = Self.lockFolder(path) else { return false }
        defer { close(descriptor) }
        return (try? FileManager.default.removeItem(atPath: path)) != nil
    }
}
