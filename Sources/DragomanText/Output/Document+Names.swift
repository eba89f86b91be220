extension Document {
    /// One file stem per document, for the files written about it: the file's name without its extension
    /// ("stdin" for standard input), made unique within the batch with "-2", "-3" … in batch order.
    ///
    /// Two articles with the same name in different folders would otherwise overwrite each other's outputs. Names in
    /// `reserved` (the batch files beside the article folders) are taken from the start: an article named
    /// `digest.md.txt` gets `digest.md-2`.
    package static func uniqueStems(_ documents: [Document], reserved: Set<String> = []) -> [String] {
        uniqueStems(names: documents.map(\.source.name), reserved: reserved)
    }

    /// `uniqueStems(_:reserved:)` from the documents' source names alone (a batch whose documents are not all in
    /// memory).
    ///
    /// Linear in the names: each stem remembers the next suffix to try. Every suffix below it is taken (names are
    /// only ever added), so the first free one is the same as when counting from 2 each time, which for an archive
    /// of folders that each hold an `article.txt` took time growing with the square of the batch.
    package static func uniqueStems(names: [String], reserved: Set<String> = []) -> [String] {
        var lookups = 0
        return uniqueStems(names: names, reserved: reserved, lookups: &lookups)
    }

    /// `uniqueStems(names:reserved:)`, counting the names it looks up among those taken: the work a test holds to
    /// linear without a clock.
    static func uniqueStems(names: [String], reserved: Set<String>, lookups: inout Int) -> [String] {
        var stems: [String] = []
        stems.reserveCapacity(names.count)
        var used = reserved
        var nextSuffix: [String: Int] = [:]
        for sourceName in names {
            let stem = PathNames.stem(of: PathNames.lastComponent(of: sourceName))
            let base = stem.isEmpty || sourceName == "-" ? "stdin" : stem
            var name = base
            lookups += 1
            if used.contains(name) {
                var suffix = nextSuffix[base] ?? 2
                repeat {
                    name = "\(base)-\(suffix)"
                    suffix += 1
                    lookups += 1
                } while used.contains(name)
                nextSuffix[base] = suffix
            }
            used.insert(name)
            stems.append(name)
        }
        return stems
    }

    /// The file name of the document as given ("stdin" for standard input): what a translation file calls its
    /// original.
    package var fileName: String {
        source.name == "-" ? "stdin" : PathNames.lastComponent(of: source.name)
    }
}
