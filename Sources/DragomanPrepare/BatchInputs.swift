import DragomanText
import Foundation

/// The files of a batch in batch order, each with its path relative to the input it was found under: what a shard
/// slices on, and what ties a scan to the inputs it was made from.
struct BatchInputs {
    /// The files, in batch order (inputs in the order given, each folder's files sorted). The first pass names
    /// each article by its path, so the entries share these strings.
    let paths: [String]
    /// Where in each path (in UTF-8 bytes) its part relative to its input root starts: the path under a folder
    /// given, the file name of a file given. An offset, not a string: the list is held for the whole run.
    private let relativeStarts: [UInt32]
    /// What listing the folders found but could not read (see `TextReader.documentPaths(_:skipped:)`).
    let skipped: [TextError]

    /// Lists `inputs`.
    init(_ inputs: [String]) throws(TextError) {
        var paths: [String] = []
        var relativeStarts: [UInt32] = []
        var skipped: [TextError] = []
        for input in inputs {
            let found = try TextReader.documentPaths([input], skipped: &skipped)
            // By bytes: a root with Arabic letters is longer in bytes than in characters.
            let root = Array((input.hasSuffix("/") ? input : input + "/").utf8)
            for path in found {
                paths.append(path)
                var start = 0
                if path == input {
                    // The file name is the end of the path (a file given by name never ends with a slash).
                    let name = path == "-" ? "-" : (path as NSString).lastPathComponent
                    if path.utf8.reversed().starts(with: name.utf8.reversed()) {
                        start = path.utf8.count - name.utf8.count
                    }
                } else if path.utf8.starts(with: root) {
                    start = root.count
                }
                relativeStarts.append(UInt32(start))  // A path is far shorter than 4 GB.
            }
        }
        self.paths = paths
        self.relativeStarts = relativeStarts
        self.skipped = skipped
    }

    /// How many files.
    var count: Int { paths.count }

    /// The path of file `index` relative to its input root.
    func relative(_ index: Int) -> String {
        String(decoding: paths[index].utf8.dropFirst(Int(relativeStarts[index])), as: UTF8.self)
    }

    /// A fingerprint of the relative paths in order: a scan and the runs that use it must list the same files.
    ///
    /// The fingerprint of the relative paths joined by NUL, then NUL and their count, made a path at a time: the
    /// joined text of an archive's listing was tens of megabytes at the end of the first pass.
    var listing: String {
        var builder = LineFingerprint.Builder()
        for index in paths.indices {
            if index > 0 { builder.add(CollectionOfOne(0)) }
            builder.add(paths[index].utf8.dropFirst(Int(relativeStarts[index])))
        }
        builder.add(CollectionOfOne(0))
        builder.add(String(count).utf8)
        return builder.fingerprint.hex
    }

    /// The positions of the files in `slice`.
    func positions(in slice: ShardSlice) -> [Int] {
        paths.indices.filter { slice.contains(relative: relative($0)) }
    }
}
