import Foundation

extension Document {
    /// One file stem per document, for the files written about it: the file's name without its extension
    /// ("stdin" for standard input), made unique within the batch with "-2", "-3" … in batch order.
    ///
    /// Two articles with the same name in different folders would otherwise overwrite each other's outputs. Names in
    /// `reserved` (the batch files beside the article folders) are taken from the start: an article named
    /// `digest.md.txt` gets `digest.md-2`.
    package static func uniqueStems(_ documents: [Document], reserved: Set<String> = []) -> [String] {
        var names: [String] = []
        var used = reserved
        for document in documents {
            let stem = URL(fileURLWithPath: document.source.name).deletingPathExtension().lastPathComponent
            let base = stem.isEmpty || document.source.name == "-" ? "stdin" : stem
            var name = base
            var suffix = 2
            while used.contains(name) {
                name = "\(base)-\(suffix)"
                suffix += 1
            }
            used.insert(name)
            names.append(name)
        }
        return names
    }

    /// The file name of the document as given ("stdin" for standard input): what a translation file calls its
    /// original.
    package var fileName: String {
        source.name == "-" ? "stdin" : URL(fileURLWithPath: source.name).lastPathComponent
    }
}
