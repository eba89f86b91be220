import DragomanText
import Foundation

/// The files of a batch in batch order, each with its path relative to the input it was found under: what a shard
/// slices on, and what ties a scan to the inputs it was made from.
struct BatchInputs {
    /// The files, in batch order (inputs in the order given, each folder's files sorted).
    let paths: [String]
    /// Each path relative to its input root: the path under a folder given, the file name of a file given.
    let relative: [String]
    /// What listing the folders found but could not read (see `TextReader.documentPaths(_:skipped:)`).
    let skipped: [TextError]

    /// Lists `inputs`.
    init(_ inputs: [String]) throws(TextError) {
        var paths: [String] = []
        var relative: [String] = []
        var skipped: [TextError] = []
        for input in inputs {
            let found = try TextReader.documentPaths([input], skipped: &skipped)
            let root = input.hasSuffix("/") ? input : input + "/"
            for path in found {
                paths.append(path)
                if path == input {
                    relative.append(path == "-" ? "-" : (path as NSString).lastPathComponent)
                } else {
                    relative.append(path.hasPrefix(root) ? String(path.dropFirst(root.utf8.count)) : path)
                }
            }
        }
        self.paths = paths
        self.relative = relative
        self.skipped = skipped
    }

    /// A fingerprint of the relative paths in order: a scan and the runs that use it must list the same files.
    var listing: String {
        LineFingerprint(relative.joined(separator: "\u{0}") + "\u{0}\(relative.count)").hex
    }

    /// The positions of the files in `slice`.
    func positions(in slice: ShardSlice) -> [Int] {
        relative.indices.filter { slice.contains(relative: relative[$0]) }
    }
}
