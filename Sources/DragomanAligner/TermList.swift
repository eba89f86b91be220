/// A list of terms, one per line (`--terms FILE`): blank lines and lines starting with `#` are skipped, spaces at
/// either end trimmed.
public enum TermList {
    /// The terms of the file at `path`, in order, without repeats.
    public static func read(path: String) throws(AlignerError) -> [String] {
        let lines = try LineReader(path: path)
        var terms: [String] = []
        var seen = Set<String>()
        while let line = try lines.next() {
            let term = line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if term.isEmpty || term.hasPrefix("#") { continue }
            if seen.insert(term).inserted { terms.append(term) }
        }
        guard !terms.isEmpty else { throw .noTerms(file: path) }
        return terms
    }
}
