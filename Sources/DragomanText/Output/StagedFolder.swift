package import Foundation
import Synchronization

/// A set of files written as one: staged in a hidden folder beside the output folder, then renamed into place
/// together, so a run that fails leaves the output folder exactly as it was.
///
/// Commands that write many files (`prepare`, `xliff`, `merge -o DIR`) would otherwise leave the first files of a
/// failed run written. The stage is `.NAME.UUID.staging` beside the output (inside it when the parent folder cannot
/// be written, e.g. `-o .` in a read-only parent). `commit()` renames each staged file over its target (a folder
/// that does not exist yet moves in with one rename) and keeps a hard link to each replaced file until every rename
/// has succeeded, so a failed rename puts back everything already moved. Files of the output folder that the run
/// does not write are left alone. A subfolder declared with `replaceFolder(_:)` is replaced as a whole (the
/// translation package).
///
/// The stage is locked (`flock` on its folder) while its run lives; a stage whose lock is free belongs to a run that
/// was killed and is removed by the next run writing to the same output.
package final class StagedFolder {
    /// The output folder, as given.
    package let output: String
    /// The output folder, absolute and standardized.
    let target: URL
    /// The stage folder.
    package let stage: URL
    /// `stage`'s path, the start of every staged file's path.
    private let stagePath: String
    /// Folders of the stage (relative paths) made lately: each is made once, not once per file staged in it
    /// (`prepare` stages nine files an article, from several tasks at once). At most `rememberedFolders`: one
    /// forgotten is made again, which `mkdir` answers with `EEXIST`, so memory stays flat in the articles.
    private let madeFolders = Mutex<Set<String>>([])
    /// How many made folders `madeFolders` remembers before it starts afresh.
    static let rememberedFolders = 1024
    /// Where replaced files wait inside the stage until the commit is complete.
    private let aside: URL
    /// `target`'s and `aside`'s paths: the commit joins them with every staged file's relative path (as strings: a
    /// `URL` per file cost a rerun of `prepare` 8% of its time).
    private let targetRoot: String
    private let asidePath: String
    private var descriptor: Int32
    private var replaced: Set<String> = []
    private var createdParents: [URL] = []
    private var finished = false
    /// For tests: called before the `n`-th rename of a commit (from 0), so a failure can be injected there.
    package var beforeRename: ((Int) throws -> Void)?

    /// Creates the stage for `output` (creating missing parent folders), after removing stale stages of killed
    /// runs. Fails if `output` is a file.
    package init(output: String) throws(TextError) {
        self.output = output
        let target = URL(fileURLWithPath: output).standardizedFileURL
        self.target = target
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        let exists = manager.fileExists(atPath: target.path, isDirectory: &isFolder)
        if exists, !isFolder.boolValue {
            throw .unwritable(file: output, reason: "is a file, not a folder; give a folder to write to")
        }
        let parent = target.deletingLastPathComponent()
        var missing: [URL] = []
        var ancestor = parent
        while !manager.fileExists(atPath: ancestor.path), ancestor.path != "/" {
            missing.append(ancestor)
            ancestor.deleteLastPathComponent()
        }
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(
                file: parent.path, reason: "cannot create the folder: \(AtomicFile.reason(creating: parent, error))")
        }
        createdParents = missing
        let home = exists && access(parent.path, W_OK) != 0 ? target : parent
        Self.removeStale(of: target, in: home)
        let stage = home.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).staging")
        self.stage = stage
        self.stagePath = stage.path
        self.aside = stage.appendingPathComponent(".replaced")
        self.targetRoot = target.path
        self.asidePath = aside.path
        if mkdir(stage.path, 0o777) != 0 {
            let reason = String(cString: strerror(errno))
            for folder in missing { rmdir(folder.path) }
            throw .unwritable(file: output, reason: "cannot create the staging folder \(stage.path): \(reason)")
        }
        descriptor = Leftover.lockFolder(stage.path) ?? -1
    }

    deinit { discard() }

    /// The path in the stage where the file `relative` (a path inside the output folder) is staged.
    package func stagedPath(_ relative: String) -> String {
        stage.appendingPathComponent(relative).path
    }

    /// The path in the output folder where the file `relative` goes.
    package func targetPath(_ relative: String) -> String {
        (output as NSString).appendingPathComponent(relative)
    }

    /// Stages `data` as the file `relative` of the output folder (its folders created in the stage).
    ///
    /// The file is not synced on its own (thousands of `fsync` calls made `prepare` wait on the disk most of its
    /// time): `commit()` syncs the stage's file system once before the first rename.
    package func write(_ data: Data, to relative: String) throws(TextError) {
        let path = try newFile(relative)
        let failure = data.withUnsafeBytes {
            AtomicFile.writeNewFile($0, to: path, durable: false, replacing: true)
        }
        if failure != 0 {
            throw .unwritable(file: targetPath(relative), reason: "cannot write: \(String(cString: strerror(failure)))")
        }
    }

    /// The staged path of the file `relative` of the output folder, its folders created in the stage, for a file
    /// written in pieces (a batch file streamed from spools).
    package func newFile(_ relative: String) throws(TextError) -> String {
        guard let slash = relative.lastIndex(of: "/") else { return stagePath + "/" + relative }
        let folder = String(relative[..<slash])
        if !madeFolders.withLock({ $0.contains(folder) }) {
            // One `mkdir` when the parent is there (an article's folder); else every missing folder of the path.
            do {
                let path = stagePath + "/" + folder
                if mkdir(path, 0o777) != 0, errno != EEXIST {
                    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
                }
            } catch {
                throw .unwritable(file: targetPath(relative), reason: "cannot write: \(error.localizedDescription)")
            }
            madeFolders.withLock { made in
                if made.count >= Self.rememberedFolders { made.removeAll(keepingCapacity: true) }
                made.insert(folder)
            }
        }
        return stagePath + "/" + relative
    }

    /// Stages the existing file at `source` as the file `relative` of the output folder: a hard link (no copy, and
    /// `source` stays as it was), or a copy when `source` is on another file system.
    package func link(_ source: String, to relative: String) throws(TextError) {
        let path = try newFile(relative)
        if Glibc.link(source, path) == 0 { return }
        let reason = errno
        guard reason == EXDEV || reason == EPERM || reason == EMLINK else {
            throw .unwritable(
                file: targetPath(relative), reason: "cannot link \(source): \(String(cString: strerror(reason)))")
        }
        do {
            try FileManager.default.copyItem(atPath: source, toPath: path)
        } catch {
            throw .unwritable(
                file: targetPath(relative), reason: "cannot copy \(source): \(error.localizedDescription)")
        }
    }

    /// A folder in the stage for the run's own temporary files (spools), removed before the commit, so nothing in
    /// it reaches the output folder.
    package func scratchFolder() throws(TextError) -> String {
        let path = stage.appendingPathComponent(Self.scratchName).path
        if mkdir(path, 0o700) != 0, errno != EEXIST {
            throw .unwritable(file: path, reason: "cannot create: \(String(cString: strerror(errno)))")
        }
        return path
    }

    /// The name of the scratch folder inside the stage.
    static let scratchName = ".scratch"

    /// Stages UTF-8 text as the file `relative` of the output folder.
    package func write(_ text: String, to relative: String) throws(TextError) {
        try write(Data(text.utf8), to: relative)
    }

    /// Declares the subfolder `relative` (a direct entry of the output folder) replaced as a whole by its staged
    /// version at the commit: files of an earlier version that the new one lacks go too.
    package func replaceFolder(_ relative: String) {
        replaced.insert(relative)
    }

    /// One step of a commit, undone in reverse order if a later step fails.
    private enum Step {
        /// `target` did not exist; the staged entry was renamed there (undo: rename it back to `staged`).
        case created(target: String, staged: String)
        /// `target` existed and was kept at `kept` (a hard link to a file, or the folder itself moved there) before
        /// the staged entry took its place (undo: rename `kept` back).
        case replaced(target: String, kept: String)
    }

    /// Starts writing what is staged so far to the disk, on a thread of its own, and returns at once.
    ///
    /// The commit must wait until every staged byte is on the disk (one `syncfs`); called once the bulk of the
    /// files is staged (the articles' files, before the batch files are made), this lets the disk work while the
    /// batch files are computed, so the commit waits for little more than the batch files. Nothing depends on it:
    /// the commit syncs in any case, and the thread opens the stage itself, so a stage removed meanwhile is no harm.
    package func startWriteback() {
        let path = stage.path
        Thread.detachNewThread {
            let folder = open(path, O_RDONLY | O_DIRECTORY)
            guard folder >= 0 else { return }
            _ = systemSyncFS(folder)
            close(folder)
        }
    }

    /// Moves every staged file into the output folder; on failure, puts back what was moved, removes the stage and
    /// throws: the output folder is then exactly as before.
    package func commit() throws(TextError) {
        let manager = FileManager.default
        var steps: [Step] = []
        var renames = 0
        func fail(_ file: String, _ reason: String) -> TextError {
            for step in steps.reversed() {
                switch step {
                case .created(let target, let staged): rename(target, staged)
                case .replaced(let target, let kept): rename(kept, target)
                }
            }
            discard()
            return .unwritable(file: file, reason: reason)
        }
        func move(_ from: String, _ to: String, for file: String? = nil) throws(TextError) {
            do { try beforeRename?(renames) } catch { throw fail(file ?? to, "cannot write: \(error)") }
            renames += 1
            if rename(from, to) != 0 { throw fail(file ?? to, "cannot write: \(String(cString: strerror(errno)))") }
        }
        try? manager.removeItem(at: stage.appendingPathComponent(Self.scratchName))
        // Conflicts (a folder where a file goes, or the reverse) are found before anything moves.
        try checkKinds(stagePath, against: targetRoot)
        // Every staged byte reaches the disk before any file takes its place: one sync of the file system.
        if descriptor >= 0, systemSyncFS(descriptor) != 0 {
            throw fail(stage.path, "cannot write: \(String(cString: strerror(errno)))")
        }
        if !manager.fileExists(atPath: target.path) {
            // The whole stage becomes the output folder in one rename.
            try move(stage.path, target.path)
            finished = true
            closeLock()
            return
        }
        do { try manager.createDirectory(at: aside, withIntermediateDirectories: false) } catch {
            throw fail(stage.path, "cannot write: \(error.localizedDescription)")
        }
        var pending: [String] = [""]
        while let folder = pending.popLast() {
            let names =
                (try? manager.contentsOfDirectory(atPath: stagePath + (folder.isEmpty ? "" : "/" + folder))) ?? []
            for name in names.sorted() where !(folder.isEmpty && name == ".replaced") {
                let relative = folder.isEmpty ? name : folder + "/" + name
                let staged = stagePath + "/" + relative
                let destination = targetRoot + "/" + relative
                var status = stat()
                guard lstat(destination, &status) == 0 else {
                    try move(staged, destination)
                    steps.append(.created(target: destination, staged: staged))
                    continue
                }
                let isFolder = status.st_mode & S_IFMT == S_IFDIR
                if isFolder && !replaced.contains(relative) {
                    pending.append(relative)
                    continue
                }
                let kept = asidePath + "/" + UUID().uuidString
                if isFolder {
                    try move(destination, kept, for: destination)
                    steps.append(.replaced(target: destination, kept: kept))
                    try move(staged, destination)
                    steps.append(.created(target: destination, staged: staged))
                    continue
                }
                // A hard link keeps the earlier file while the new one takes its name: the target never goes
                // missing. The new file takes the earlier one's permissions.
                if Glibc.link(destination, kept) != 0 {
                    throw fail(destination, "cannot keep the earlier file: \(String(cString: strerror(errno)))")
                }
                chmod(staged, status.st_mode & 0o7777)
                try move(staged, destination)
                steps.append(.replaced(target: destination, kept: kept))
            }
        }
        discard()
    }

    /// Throws when a staged entry would land on an entry of another kind (a file on a folder or the reverse).
    private func checkKinds(_ staged: String, against output: String) throws(TextError) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: staged) else { return }
        let top = staged == stagePath
        for name in names.sorted() where !(top && name == ".replaced") {
            let from = staged + "/" + name
            let to = output + "/" + name
            var target = stat()
            guard lstat(to, &target) == 0 else { continue }
            var source = stat()
            lstat(from, &source)
            let sourceIsFolder = source.st_mode & S_IFMT == S_IFDIR
            let targetIsFolder = target.st_mode & S_IFMT == S_IFDIR
            if sourceIsFolder != targetIsFolder {
                discard()
                throw .unwritable(
                    file: to,
                    reason: targetIsFolder
                        ? "a folder is where this run writes a file; move it away"
                        : "a file is where this run writes a folder; move it away")
            }
            if sourceIsFolder, !replaced.contains(name) || !top { try checkKinds(from, against: to) }
        }
    }

    /// Removes the stage (the files not moved in, the earlier files kept during the commit) and releases its lock;
    /// on a run that failed before its commit, also the parent folders `init` created.
    package func discard() {
        closeLock()
        if !finished {
            try? FileManager.default.removeItem(at: stage)
            if !FileManager.default.fileExists(atPath: target.path) {
                for folder in createdParents { rmdir(folder.path) }
            }
        }
        finished = true
    }

    private func closeLock() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    /// Removes the stages of `target` in `folder` whose run is gone (their lock is free); returns their paths.
    @discardableResult
    static func removeStale(of target: URL, in folder: URL) -> [String] {
        Leftover.find(of: target.lastPathComponent, in: folder, suffixes: [".staging"])
            .filter { $0.removeIfStale() }.map(\.path)
    }
}

/// Linux `syncfs(2)`: writes out the file system holding `descriptor`. Glibc declares it only under `_GNU_SOURCE`,
/// which the imported module does not define, so it is bound by name.
@_silgen_name("syncfs")
private func systemSyncFS(_ descriptor: Int32) -> Int32
