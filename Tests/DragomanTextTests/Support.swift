import DragomanTestSupport
import DragomanText
import Foundation

/// Paths the tests read.
enum Paths {
    static let packageRoot = Repository.root
    static let seeds = Repository.seeds
    static let easc = Repository.shared("easc-dev/articles")

    /// Whether the EASC dev articles are beside the repository (`../shared/easc-dev`, as in CI).
    static let hasEASC = Repository.hasShared("easc-dev/articles")

    static func fixture(_ name: String) -> String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    static var seedFiles: [String] { Repository.seedFiles }

    /// The first `count` EASC dev articles, sorted by name.
    static func eascFiles(_ count: Int = .max) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: easc.path).filter { $0.hasSuffix(".txt") }.sorted()
            .prefix(count).map { easc.appendingPathComponent($0).path }
    }
}

/// Segments in-memory text as one document of a batch of one, with the bundled rules.
func segment(_ text: String, language: String? = nil) throws -> Document {
    try TextPipeline().process([SourceText(name: "test.txt", text: text)], language: language)[0]
}

/// The texts of a document's segments.
func texts(_ document: Document) -> [String] { document.segments.map(\.text) }
