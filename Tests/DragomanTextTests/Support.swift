import DragomanText
import Foundation

/// Paths the tests read.
enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seeds = packageRoot.appendingPathComponent("seeds")
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let easc = shared.appendingPathComponent("easc-dev/articles")

    static func fixture(_ name: String) -> String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    static var seedFiles: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: seeds.path))!.filter { $0.hasSuffix(".txt") }.sorted()
            .map { seeds.appendingPathComponent($0).path }
    }
}

/// Segments in-memory text as one document of a batch of one, with the bundled rules.
func segment(_ text: String, language: String? = nil) throws -> Document {
    try TextPipeline().process([SourceText(name: "test.txt", text: text)], language: language)[0]
}

/// The texts of a document's segments.
func texts(_ document: Document) -> [String] { document.segments.map(\.text) }
