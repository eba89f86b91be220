import Foundation
import Testing

@testable import DragomanPrepare
@testable import DragomanText

/// The report's links from source names to articles: the last article of a name, as a dictionary filled in batch
/// order gives.
@Suite struct ArticleLinksTests {
    static func entry(_ name: String) -> BatchScan.Entry {
        BatchScan.Entry(path: 0, name: name, checksum: LineFingerprint(name), bytes: 0, warning: nil, language: "ar")
    }

    /// The dictionary the links replace.
    static func oracle(_ names: [String], _ folders: [String]) -> [String: (index: Int, folder: String)] {
        var links: [String: (index: Int, folder: String)] = [:]
        for (index, name) in names.enumerated() { links[name] = (index, folders[index]) }
        return links
    }

    @Test func lastArticleOfANameWins() {
        let names = ["أخبار/مقال.txt", "رياضة/مقال.txt", "أخبار/مقال.txt", "-", "caf\u{E9}.txt", "cafe\u{301}.txt"]
        let folders = ["مقال", "مقال-2", "مقال-3", "stdin", "café", "café-2"]
        let links = ArticleLinks(entries: names.map(Self.entry), folders: folders)
        #expect(links["أخبار/مقال.txt"]! == (2, "مقال-3"))
        #expect(links["رياضة/مقال.txt"]! == (1, "مقال-2"))
        #expect(links["-"]! == (3, "stdin"))
        // Canonically equivalent names are one key, as they were in the dictionary.
        #expect(links["caf\u{E9}.txt"]! == (5, "café-2"))
        #expect(links["مقال.txt"] == nil)
        #expect(links[""] == nil)
        #expect(ArticleLinks(entries: [], folders: [])["a"] == nil)
    }

    @Test(arguments: [1, 2, 7, 500])
    func sameAsADictionaryOnRandomBatches(count: Int) {
        var generator = SystemRandomNumberGenerator()
        let pool = ["مقال", "خبر", "a", "b", "تقرير ٢٠٢٦", "Zeta", "zeta", "é", "e\u{301}"]
        let names = (0..<count).map { _ in pool.randomElement(using: &generator)! + ".txt" }
        let folders = names.indices.map { "f\($0)" }
        let links = ArticleLinks(entries: names.map(Self.entry), folders: folders)
        let oracle = Self.oracle(names, folders)
        for name in pool.map({ $0 + ".txt" }) + ["غائب.txt"] {
            #expect(links[name]?.index == oracle[name]?.index, "\(name)")
            #expect(links[name]?.folder == oracle[name]?.folder, "\(name)")
        }
    }
}
