import DragomanTestSupport
import Foundation

/// Paths of the writer's fixtures: a small glossary with every kind of entry, and the golden XLIFF files.
enum WriterFixtures {
    /// This suite's `Fixtures` folder, in the source tree (so golden files can be rewritten there).
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// A glossary of nine entries for seed 003: preferred, admitted variants, deprecated (الجانب العراقي, replaced by
    /// الحكومة العراقية), proposed without English, a person whose seed spelling is a fuzzy match, markup
    /// characters in a definition.
    static let glossary = folder.appendingPathComponent("glossary.tsv").path

    /// The seed the golden files are made from.
    static let seed = Repository.seeds.appendingPathComponent("003_ebcacb89700a50ef.txt").path

    /// The golden XLIFF of the seed in `version`.
    static func golden(_ version: String) -> URL {
        folder.appendingPathComponent("golden/\(version)/003_ebcacb89700a50ef.ar-en.xlf")
    }
}
