public import Foundation

/// Paths of the repository and of the shared corpora beside it, for every test target.
///
/// A user's clone has no `../shared/`; tests that read it are enabled only when the folder they need exists
/// (`.enabled(if: Repository.hasShared("easc-dev"), "…")`), so they skip with a visible reason instead of failing.
public enum Repository {
    /// The package root (where `Package.swift`, `seeds/` and `Glossaries/` are).
    public static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the package: benchmark corpora, parallel text, schemas. Present in CI, absent in a clone.
    public static let shared: URL = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// The schemas the repository ships for its tests (`Tests/Schemas`).
    public static let schemas: URL = root.appendingPathComponent("Tests/Schemas")

    /// The five sample articles.
    public static let seeds: URL = root.appendingPathComponent("seeds")

    /// A path under `../shared`.
    public static func shared(_ path: String) -> URL { shared.appendingPathComponent(path) }

    /// Whether `../shared/PATH` exists.
    public static func hasShared(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: shared(path).path)
    }

    /// The seed articles' paths, sorted.
    public static var seedFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { seeds.appendingPathComponent($0).path }
    }
}
