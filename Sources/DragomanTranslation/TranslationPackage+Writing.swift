import DragomanText
import Foundation

extension TranslationPackage {
    /// Writes the package into `folder`, atomically: the files go into a hidden folder beside it, which is then
    /// renamed into place. An earlier package there is replaced (moved aside, then removed once the new one is in
    /// place); a folder holding anything else is refused, so no one's files are ever deleted.
    public func write(to folder: String) throws(TranslationError) {
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let manager = FileManager.default
        try Self.checkFolder(folder)
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .text(
                .unwritable(file: parent.path, reason: "cannot create the folder: \(error.localizedDescription)"))
        }
        Self.recoverStale(of: folder)
        let previous = try Self.checkFolder(folder)
        let token = UUID().uuidString
        let stage = parent.appendingPathComponent(".\(target.lastPathComponent).\(token).tmp")
        do {
            try manager.createDirectory(at: stage, withIntermediateDirectories: false)
        } catch {
            throw .text(.unwritable(file: target.path, reason: "cannot write: \(error.localizedDescription)"))
        }
        // The stage is locked while this run lives, so a later run can tell a killed run's leftovers from a live one.
        let lock = Leftover.lockFolder(stage.path)
        defer { if let lock { close(lock) } }
        for file in files {
            do {
                try AtomicFile.createNew(file.data, at: stage.appendingPathComponent(file.name).path)
            } catch {
                try? manager.removeItem(at: stage)
                throw .text(error)
            }
        }
        let aside = parent.appendingPathComponent(".\(target.lastPathComponent).\(token).old")
        if previous, rename(target.path, aside.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: stage)
            throw .text(.unwritable(file: target.path, reason: "cannot move the earlier package aside: \(reason)"))
        }
        if rename(stage.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            if previous { _ = rename(aside.path, target.path) }
            try? manager.removeItem(at: stage)
            throw .text(.unwritable(file: target.path, reason: "cannot write: \(reason)"))
        }
        if previous { try? manager.removeItem(at: aside) }
    }

    /// Cleans up after a run that was killed while writing the package `folder`: its stage (`.NAME.UUID.tmp`, whose
    /// lock no live run holds) is removed, and an earlier package it had moved aside (`.NAME.UUID.old`) is put back
    /// when the package folder is missing (the run died between its two renames), otherwise removed.
    package static func recoverStale(of folder: String) {
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        let leftovers = Leftover.find(
            of: target.lastPathComponent, in: target.deletingLastPathComponent(), suffixes: [".tmp", ".old"])
        // A stage still there after this is a live run's: its package moved aside is that run's to put back.
        let live = Set(leftovers.filter { $0.suffix == ".tmp" && !$0.removeIfStale() }.map(\.token))
        for aside in leftovers where aside.suffix == ".old" && !live.contains(aside.token) {
            if !FileManager.default.fileExists(atPath: target.path), rename(aside.path, target.path) == 0 { continue }
            try? FileManager.default.removeItem(atPath: aside.path)
        }
    }

    /// Checks that a package can be written to `folder`, so a job can refuse before it writes anything: it is
    /// absent (returns false), or holds an earlier package (only the files its `package.json` lists, the manifest
    /// and README.txt) or nothing at all (returns true: it will be replaced). Anything else is an error naming
    /// what is there.
    @discardableResult
    public static func checkFolder(_ path: String) throws(TranslationError) -> Bool {
        let folder = URL(fileURLWithPath: path).standardizedFileURL
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: folder.path, isDirectory: &isFolder) else { return false }
        guard isFolder.boolValue else {
            throw .text(.unwritable(file: folder.path, reason: "is a file, not a folder; give a folder with -o"))
        }
        let entries: [String]
        do {
            entries = try manager.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            throw .text(.unreadable(file: folder.path, reason: error.localizedDescription))
        }
        var allowed: Set<String> = [manifestFile, readmeFile]
        if let data = try? Data(contentsOf: folder.appendingPathComponent(manifestFile)),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            object["format"] as? String == "dragoman-translation-package",
            let listed = object["files"] as? [[String: Any]]
        {
            for file in listed { if let name = file["name"] as? String { allowed.insert(name) } }
        } else {
            allowed = []
        }
        if let stranger = entries.first(where: { !allowed.contains($0) }) {
            throw .notAPackageFolder(folder: folder.path, entry: stranger)
        }
        return true
    }
}
