import Foundation

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
    package static func uniqueStems(names: [String], reserved: Set<String> = []) -> [String] {
        var stems: [String] = []
        var used = reserved
        for sourceName in names {
            let stem = URL(fileURLWithPath: sourceName).deletingPathExtension().lastPathComponent
            let base = stem.isEmpty || sourceName == "-" ? "stdin" : stem
            var name = base
            var suffix = 2
            while used.contains(name) {
                name = "\(base)-\(suffix)"
                suffix += 1
            }
            used.insert(name)
            stems.append(name)
        }
        return stems
    }

    /// The file name of the document as given ("stdin" for standard input): what a translation file calls its
    /// original.
    package var fileName: String {
        source.name == "-" ? "stdin" : URL(fileURLWithPath: source.name).lastPathComponent
    }
}
