import DragomanGlossary
import DragomanPrepare
import DragomanSummarizer
import DragomanTestSupport
import DragomanText
import Foundation
import Testing

/// The digest with glossary concepts, as `prepare` makes it, from shards that each matched the glossary on their
/// own documents: the same as one summarizer's over the batch with the batch's term tables.
@Suite(.enabled(if: Repository.hasShared("easc-dev/articles"), "needs ../shared/easc-dev/articles"))
struct ShardedDigestTests {
    @Test(arguments: [2, 3, 7])
    func shardsWithTheirOwnTermTablesMakeTheSingleDigest(parts: Int) throws {
        let folder = Repository.shared("easc-dev/articles").path
        let articles = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }
            .sorted().prefix(40).map { folder + "/" + $0 }
        let documents = try TextPipeline().process(paths: Repository.seedFiles + articles)
        let glossary = try GlossaryStore(path: Repository.root.appendingPathComponent("Glossaries/ar-en.tsv").path)
            .load().glossary
        let matcher = try GlossaryMatcher(glossary: glossary)
        // As `PrepareJob`: the batch's term tables, their concepts, one summarizer.
        let tables = try TermTable.build(documents: documents, matcher: matcher).documents
        #expect(tables.filter { !$0.rows.isEmpty }.count > 10)
        let single = try Summarizer().digest(documents, concepts: ConceptSpans(tables))
        // Each shard (every `parts`-th document) matches its own documents and keeps one state.
        var merged = DigestState()
        var pools: [DigestPool] = []
        for shard in (0..<parts).reversed() {
            let numbers = documents.indices.filter { $0 % parts == shard }
            let own = try TermTable.build(documents: numbers.map { documents[$0] }, matcher: matcher).documents
            let summarizer = try Summarizer()
            var state = DigestState()
            for (number, table) in zip(numbers, own) {
                let part = try summarizer.deskPart(
                    of: documents[number], number: number, concepts: ConceptSpans(table, document: number))
                pools.append(try DigestPool(number: number, bytes: state.add(part, from: summarizer).bytes))
            }
            try merged.merge(DigestState(encoded: state.encoded()))
        }
        pools.sort { $0.number < $1.number }
        let digest = try Summarizer().digest(from: merged, pools: pools, sources: documents.map(\.source.name))
        #expect(digest.markdown() == single.markdown())
        #expect(digest.sentences == single.sentences)
        #expect(digest.candidates == single.candidates)
    }
}
