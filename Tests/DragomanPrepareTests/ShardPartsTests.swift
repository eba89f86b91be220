import DragomanGlossary
import DragomanTestSupport
import Foundation
import Testing

@testable import DragomanPrepare
@testable import DragomanText

/// The pieces a spread `prepare` relies on to give one run's bytes: slices, fingerprints, spools, batch term rows.
@Suite struct ShardPartsTests {
    @Test(arguments: [("0/1", 0, 1), ("3/7", 3, 7), ("0/2", 0, 2)])
    func slicesParse(text: String, index: Int, count: Int) {
        #expect(ShardSlice(text) == ShardSlice(validIndex: index, count: count))
    }

    @Test(arguments: ["1/1", "-1/2", "2", "a/b", "0/0", "1/ 2", "0/2/3", ""])
    func badSlicesAreRefused(text: String) {
        #expect(ShardSlice(text) == nil)
    }

    @Test func everyFileIsInExactlyOneSlice() {
        let paths = (0..<500).map { "gen/\($0 % 7)/مقال-\($0).txt" }
        for count in [1, 2, 3, 7] {
            let slices = (0..<count).map { ShardSlice(validIndex: $0, count: count) }
            for path in paths { #expect(slices.filter { $0.contains(relative: path) }.count == 1) }
            // Not all in one slice.
            if count > 1 { #expect(slices.allSatisfy { slice in paths.contains { slice.contains(relative: $0) } }) }
        }
    }

    @Test func fingerprintsAreTheSameOnEveryMachine() {
        // Fixed values: a change of the hash would make shards of two versions disagree.
        #expect(ShardSlice.hash("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(ShardSlice.hash("") == 0xcbf2_9ce4_8422_2325)
        let masthead = LineFingerprint("اقرأ أيضا: آخر الأخبار")
        #expect(masthead == LineFingerprint("اقرأ أيضا: آخر الأخبار"))
        #expect(masthead != LineFingerprint("اقرأ أيضا: آخر الاخبار"))
        #expect(LineFingerprint(hex: Substring(masthead.hex)) == masthead)
        #expect(masthead.hex.count == 32)
    }

    /// A scan keeps each article's checksum as 16 bytes but writes it as 32 hexadecimal digits, as before; other
    /// text in its place is refused.
    @Test func checksumsAreHexInJSON() throws {
        let checksum = LineFingerprint("قال الوزير: «انتهى الاجتماع»، ٢٠٢١؟")
        let data = try JSONEncoder().encode([checksum])
        #expect(String(decoding: data, as: UTF8.self) == "[\"\(checksum.hex)\"]")
        #expect(try JSONDecoder().decode([LineFingerprint].self, from: data) == [checksum])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([LineFingerprint].self, from: Data(#"["e481d4475b268d1d"]"#.utf8))
        }
    }

    @Test func lineCountsAddUpAndRoundTrip() throws {
        var first = LineCounts()
        var second = LineCounts()
        let detector = try BoilerplateDetector(rules: try BoilerplateRules.bundled())
        let segmenter = Segmenter()
        func pass(_ text: String) throws -> BoilerplateDetector.FirstPass {
            var document = try segmenter.segment(SourceText(name: "a.txt", text: text), language: "ar")
            return detector.firstPass(&document)
        }
        let one = try pass("نشرة المساء من القسم الاقتصادي\nقال الوزير إن الاجتماع انتهى أمس في العاصمة.\n")
        let two = try pass("نشرة المساء من القسم الاقتصادي\nأعلنت الحكومة خطة جديدة للنقل العام في المدن.\n")
        first.add(one)
        second.add(two)
        var merged = first
        merged.merge(second)
        // The line (in its `match` form, so its fingerprint is not the raw text's) is the one both share.
        let shared = Set(one.lines).intersection(two.lines)
        #expect(shared.count == 1)
        let line = try #require(shared.first)
        #expect(merged.count(of: line) == 2)
        #expect(first.count(of: line) == 1)
        let data = try JSONEncoder().encode(merged)
        #expect(try JSONDecoder().decode(LineCounts.self, from: data) == merged)
        #expect(merged.keepingRepeats().lines == 1)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(LineCounts.self, from: Data(#"["xyz 2"]"#.utf8))
        }
    }

    @Test func spoolsMergeInArticleOrder() throws {
        let folder = try TemporaryFolder(prefix: "dragoman-spool")
        defer { folder.remove() }
        let a = try RecordSpool(path: folder.path("a"))
        let b = try RecordSpool(path: folder.path("b"))
        for number in [0, 3, 4, 9] { try a.append(number, "مقال \(number)\n") }
        for number in [1, 2, 5] { try b.append(number, "article \(number)\t«\(number)»\n") }
        try a.close()
        try b.close()
        var seen: [Int] = []
        var text = ""
        try RecordSpool.merged([folder.path("b"), folder.path("a")]) { number, bytes in
            seen.append(number)
            text += String(decoding: bytes, as: UTF8.self)
        }
        #expect(seen == [0, 1, 2, 3, 4, 5, 9])
        #expect(text.hasPrefix("مقال 0\narticle 1\t«1»\n"))
        // A cut spool is an error, not a short file.
        let data = try Data(contentsOf: URL(fileURLWithPath: folder.path("a")))
        try data.prefix(data.count - 3).write(to: URL(fileURLWithPath: folder.path("c")))
        #expect(throws: TextError.self) { try RecordSpool.merged([folder.path("c")]) { _, _ in } }
    }

    @Test func batchTermsSummedInPartsAreTheBatchTable() throws {
        let glossary = try GlossaryStore(path: Repository.root.appendingPathComponent("Glossaries/ar-en.tsv").path)
            .load().glossary
        let documents = try TextPipeline().process(paths: [Repository.seeds.path])
        let tables = try TermTable.build(documents: documents, matcher: GlossaryMatcher(glossary: glossary))
        #expect(tables.batch.rows.count > 20)
        let entries = Dictionary(glossary.entries.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for parts in [1, 2, 3] {
            var sums = (0..<parts).map { _ in BatchTerms() }
            for (number, table) in tables.documents.enumerated() {
                sums[(number * 7) % parts].add(table, article: number)
            }
            var merged = BatchTerms()
            for sum in sums.reversed() {
                let data = try JSONEncoder().encode(sum)
                merged.merge(try JSONDecoder().decode(BatchTerms.self, from: data))
            }
            let table = try merged.table(glossary: entries)
            #expect(table.tsv() == tables.batch.tsv(), "\(parts) parts")
            #expect(table.markdown() == tables.batch.markdown(), "\(parts) parts")
        }
    }
}
