import DragomanTestSupport
import DragomanText
import Foundation
import Testing

/// `prepare --jobs N`: the same bytes as `--jobs 1`, a closing summary line, no progress line off a terminal.
@Suite struct PrepareJobsCommandTests {
    /// The seeds and `count` generated Arabic articles sharing a few lines (boilerplate found by repetition), with
    /// names that sort into several chunks.
    static func articles(count: Int, seed: UInt64) throws -> TemporaryFolder {
        let folder = try TemporaryFolder(prefix: "dragoman-jobs")
        for file in Repository.seedFiles {
            try folder.write(
                try String(contentsOfFile: file, encoding: .utf8), to: "in/" + (file as NSString).lastPathComponent)
        }
        var generator = SplitMix64(seed: seed)
        let shared = ["اقرأ أيضا: آخر الأخبار", "نشرة المساء من القسم الاقتصادي", "مراسلنا في المنطقة الشمالية"]
        for index in 0..<count {
            var paragraphs: [String] = []
            for _ in 0..<Int.random(in: 2...6, using: &generator) {
                let words = (0..<Int.random(in: 6...20, using: &generator)).map { _ in
                    RandomText.arabicWords.randomElement(using: &generator)!
                }
                paragraphs.append(
                    words.joined(separator: " ") + [".", "،", "؟", "؛"].randomElement(using: &generator)!)
            }
            if index % 3 == 0 { paragraphs.append(shared[index % shared.count]) }
            if index % 4 == 0 { paragraphs.insert(shared[(index + 1) % shared.count], at: 0) }
            try folder.write(paragraphs.joined(separator: "\n\n") + "\n", to: "in/gen/\(index % 7)/a\(index).txt")
        }
        return folder
    }

    /// Every file under `folder`, relative path → bytes.
    static func tree(_ folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for relative in try FileManager.default.subpathsOfDirectory(atPath: folder) {
            let path = (folder as NSString).appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            result[relative] = isFolder.boolValue ? Data() : try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return result
    }

    @Test func anyNumberOfJobsWritesTheSameBytesAsOne() throws {
        let folder = try Self.articles(count: 60, seed: 13)
        defer { folder.remove() }
        let environment = ["SOURCE_DATE_EPOCH": "1700000000"]
        var trees: [Int: [String: Data]] = [:]
        for jobs in [1, 2, 3, 8] {
            let output = folder.path("out-\(jobs)")
            let result = try CLI.run(
                ["prepare", "--jobs", "\(jobs)", "-o", output, folder.path("in")], environment: environment)
            #expect(result.status == 0, "\(result.stderr)")
            trees[jobs] = try Self.tree(output)
            // Past five, the closing line counts the XLIFF files instead of naming them.
            #expect(
                result.stdout.contains(
                    "translation package → \(output)/package/ (65 XLIFF files, glossary.tbx, terms.tsv, package.json,"
                        + " README.txt)\n"), "\(result.stdout)")
        }
        let one = try #require(trees[1])
        #expect(one.count > 65 * 7)
        #expect(one.keys.contains("a0/a0.ar-en.xlf"))
        for jobs in [2, 3, 8] {
            let other = try #require(trees[jobs])
            #expect(other.keys.sorted() == one.keys.sorted(), "--jobs \(jobs)")
            for (path, bytes) in one where other[path] != bytes { Issue.record("--jobs \(jobs): \(path) differs") }
        }
        // Boilerplate found by repetition across the generated articles.
        let repeated = one.filter { $0.key.hasSuffix("/segments.tsv") }.values.filter {
            String(decoding: $0, as: UTF8.self).contains("documents of the batch")
        }
        #expect(repeated.count >= 10)
    }

    @Test func aClosingLineAlwaysAndNoProgressLineOffATerminal() throws {
        let folder = try TemporaryFolder(prefix: "dragoman-jobs")
        defer { folder.remove() }
        let result = try CLI.run(["prepare", "--jobs", "2", "-o", folder.path("out"), "seeds/"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(lines.first?.hasPrefix("dragoman prepare: 5 articles, ") == true, "\(result.stderr)")
        #expect(lines.first?.hasSuffix(" MB/s), 2 jobs") == true, "\(result.stderr)")
        #expect(!result.stderr.contains("\r"))
        let quiet = try CLI.run(["prepare", "--quiet", "-o", folder.path("out"), "seeds/"])
        #expect(quiet.stderr.hasPrefix("dragoman prepare: 5 articles, "))
        let zero = try CLI.run(["prepare", "--jobs", "0", "-o", folder.path("out"), "seeds/"])
        #expect(zero.status == 64)
        #expect(zero.stderr.contains("--jobs 0: give 1 or more"), "\(zero.stderr)")
    }
}
