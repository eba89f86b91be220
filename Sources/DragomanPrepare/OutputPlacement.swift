import Foundation

/// Where the output folder lies relative to the inputs, decided on real paths (symbolic links resolved), so that a
/// run never writes into what it reads nor reads what it wrote.
enum OutputPlacement {
    /// Throws `outputOverlapsInput` when `output` is an input folder, lies inside one, or holds an input.
    static func check(output: String, inputs: [String]) throws(PrepareError) {
        let out = resolved(output)
        for input in inputs where input != "-" {
            let path = resolved(input)
            if contains(path, out) || contains(out, path) {
                throw .outputOverlapsInput(output: output, input: input)
            }
        }
    }

    /// Whether `inner` is `outer` or lies inside it (both resolved, absolute).
    static func contains(_ outer: [String], _ inner: [String]) -> Bool {
        inner.count >= outer.count && Array(inner.prefix(outer.count)) == outer
    }

    /// The components of `path` made absolute with every symbolic link resolved; a part that does not exist yet is
    /// appended, standardized, to its deepest existing ancestor's real path.
    static func resolved(_ path: String) -> [String] {
        var existing = URL(fileURLWithPath: path).standardizedFileURL
        var rest: [String] = []
        while existing.path != "/", access(existing.path, F_OK) != 0 {
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var real = existing.path
        if let pointer = realpath(existing.path, nil) {
            real = String(cString: pointer)
            free(pointer)
        }
        return URL(fileURLWithPath: real).pathComponents + rest
    }
}
