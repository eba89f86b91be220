import DragomanGlossary
import DragomanTestSupport
import DragomanText
import Foundation
import Testing

@Suite struct CandidateCountsTests {
    /// A batch's documents, each tokenized and exact-matched on its own (as a shard would), with its extractor and
    /// what the extractor finds in the whole batch.
    struct Batch {
        var extractor: CandidateExtractor
        let documents: [TokenizedBatch]
        let whole: TokenizedBatch
        let candidates: [Candidate]
        let tsv: String

        init(_ documents: [Document], matcher: GlossaryMatcher) throws {
            extractor = CandidateExtractor(matcher: matcher)
            self.documents = try documents.map { try TokenizedBatch(documents: [$0], matcher: matcher) }
            whole = TokenizedBatch(joining: self.documents)
            candidates = extractor.candidates(in: whole)
            tsv = try extractor.candidatesTSV(in: whole, source: Self.source, date: "2026-12-04")
        }

        static let source = "dragoman prepare: 30 articles"

        /// One state per part: the documents of each part added as the shard would, as contiguous batches or one
        /// by one with their numbers in the batch.
        func counts(_ parts: [[Int]], contiguous: Bool) -> [CandidateCounts] {
            parts.map { part in
                var counts = CandidateCounts()
                if contiguous, let first = part.first {
                    counts.add(
                        TokenizedBatch(joining: part.map { documents[$0] }), firstNumber: first, extractor: extractor)
                } else {
                    for number in part { counts.add(documents[number], firstNumber: number, extractor: extractor) }
                }
                return counts
            }
        }
    }

    static let hasCorpora = Repository.hasShared("seeds") && Repository.hasShared("easc-dev/manifest.tsv")

    /// The five seeds and the politics and finance articles of the EASC dev split, with the shipped glossary (each
    /// test tokenizes them: a tokenizer is not `Sendable`).
    static let real: (documents: [Document], matcher: GlossaryMatcher) = {
        let corpus = Repository.shared("easc-dev")
        let manifest = try! String(contentsOf: corpus.appendingPathComponent("manifest.tsv"), encoding: .utf8)
        let rows = manifest.split(whereSeparator: \.isNewline).map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        let category = rows[0].firstIndex(of: "category")!
        let easc = rows.dropFirst().filter { ["politics", "finance"].contains($0[category]) }.map {
            corpus.appendingPathComponent("articles/\($0[0]).txt").path
        }
        let pipeline = try! TextPipeline()
        let documents =
            try! pipeline.process(paths: [Repository.shared("seeds").path])
            + pipeline.process(paths: easc, language: "ar")
        let glossary = try! GlossaryStore(path: Repository.root.appendingPathComponent("Glossaries/ar-en.tsv").path)
            .load().glossary
        return (documents, try! GlossaryMatcher(glossary: glossary))
    }()

    /// The JSON of `counts`, checked to read back to the same bytes.
    static func roundTrip(_ counts: CandidateCounts) throws -> CandidateCounts {
        let json = try counts.json()
        let read = try CandidateCounts(json: json)
        #expect(try read.json() == json)
        return read
    }

    /// The batch split into `parts` shards, contiguous or document i to shard i % parts, each counted on its own,
    /// sent as JSON and merged in a shuffled order: the candidates and their TSV are those of the whole batch, and
    /// the merged counts are byte for byte the counts of the whole batch in one state.
    @Test(
        .enabled(if: hasCorpora, "needs ../shared/seeds and ../shared/easc-dev"), arguments: [1, 2, 3, 7],
        [true, false])
    func shardsMergeToTheWholeBatch(parts: Int, contiguous: Bool) throws {
        let batch = try Batch(Self.real.documents, matcher: Self.real.matcher)
        let count = batch.documents.count
        #expect(count == 30)
        #expect(batch.candidates.count == 100)
        let split =
            contiguous
            ? (0..<parts).map { Array((count * $0 / parts)..<(count * ($0 + 1) / parts)) }
            : (0..<parts).map { part in (0..<count).filter { $0 % parts == part } }
        var shards = try batch.counts(split, contiguous: contiguous).map(Self.roundTrip)
        var generator = SplitMix64(seed: UInt64(parts * 2 + (contiguous ? 1 : 0)))
        shards.shuffle(using: &generator)
        var merged = CandidateCounts()
        for shard in shards { merged.merge(shard) }
        let candidates = batch.extractor.candidates(from: merged)
        #expect(candidates == batch.candidates)
        #expect(
            try batch.extractor.candidatesTSV(from: merged, source: Batch.source, date: "2026-12-04") == batch.tsv)
        var whole = CandidateCounts()
        whole.add(batch.whole, firstNumber: 0, extractor: batch.extractor)
        #expect(try merged.json() == whole.json())
    }

    /// Batches made of EASC sentences with conjunctions, prepositions and articles glued to random words (so that
    /// clitics are decided across shards), with every candidate kept and several longest lengths: shards merged in
    /// a shuffled order rank like the whole batch, ties included.
    @Test(.enabled(if: hasCorpora, "needs ../shared/seeds and ../shared/easc-dev"), arguments: 0..<6)
    func randomBatchesMergeToTheWholeBatch(seed: Int) throws {
        var generator = SplitMix64(seed: UInt64(seed) &* 7919 &+ 13)
        let corpus = Repository.shared("easc-dev/articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }
        var sentences: [[Substring]] = []
        for name in names.sorted().shuffled(using: &generator).prefix(12) {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            sentences += text.split(whereSeparator: { $0 == "." || $0.isNewline }).map { $0.split(separator: " ") }
                .filter { $0.count > 3 }
        }
        let clitics = ["و", "ف", "ب", "ك", "ل", "وب", "فل", "وك", "ال", "وال", "لل"]
        let texts = (0..<Int.random(in: 3...9, using: &generator)).map { _ in
            var lines: [String] = []
            for _ in 0..<Int.random(in: 5...30, using: &generator) {
                var words = sentences.randomElement(using: &generator)!.map(String.init)
                for i in words.indices where Int.random(in: 0..<8, using: &generator) == 0 {
                    words[i] = clitics.randomElement(using: &generator)! + words[i]
                }
                // Some sentences twice, so that n-grams repeat.
                if Bool.random(using: &generator), let last = lines.last { lines.append(last) }
                lines.append(words.joined(separator: " ") + ".")
            }
            return lines.joined(separator: " ")
        }
        let documents = try TextPipeline().process(
            texts.enumerated().map { SourceText(name: "\($0.offset).txt", text: $0.element) }, language: "ar")
        var batch = try Batch(documents, matcher: Self.real.matcher)
        batch.extractor.maximumLength = seed + 1
        batch.extractor.minimumFrequency = 1 + seed % 2
        batch.extractor.limit = .max
        let expected = batch.extractor.candidates(in: batch.whole)
        #expect(expected.count > 30)
        let parts = 2 + seed % 3
        let split = (0..<parts).map { part in documents.indices.filter { $0 % parts == part } }
        var merged = CandidateCounts()
        for shard in try batch.counts(split, contiguous: false).map(Self.roundTrip).shuffled(using: &generator) {
            merged.merge(shard)
        }
        #expect(batch.extractor.candidates(from: merged) == expected)
    }

    /// Each text a document, counted in a shard of its own, read back from JSON and merged with the others in
    /// reverse: the candidates of the first shard alone, and of the merge, which must be those of the whole batch.
    static func shards(_ texts: [String]) throws -> (alone: [Candidate], merged: [Candidate]) {
        let documents = try TextPipeline().process(
            texts.enumerated().map { SourceText(name: "\($0.offset).txt", text: $0.element) }, language: "ar")
        let batch = try Batch(documents, matcher: CandidateExtractorTests.matcher)
        let shards = try batch.counts(texts.indices.map { [$0] }, contiguous: false).map(Self.roundTrip)
        var merged = CandidateCounts()
        for shard in shards.reversed() { merged.merge(shard) }
        let candidates = batch.extractor.candidates(from: merged)
        #expect(candidates == batch.candidates)
        #expect(try batch.extractor.candidatesTSV(from: merged, source: Batch.source, date: "2026-12-04") == batch.tsv)
        return (batch.extractor.candidates(from: shards[0]), candidates)
    }

    /// A leading و or ف is a clitic only when the rest is a word of the batch. With تعزيز and رقة only in the
    /// second document, the first alone keeps وتعزيز التعاون الأمني and قائد فرقة المشاة; in the batch وتعزيز is the
    /// general word تعزيز once its و is off (no candidate, and التعاون الأمني is no longer nested in it), and فرقة
    /// reads ف + رقة, which opens a phrase: قائد فرقة المشاة is cut, and what is left is spelled رقة المشاة.
    @Test func aCliticDecidedByAnotherShardIsDecidedAsInTheWholeBatch() throws {
        let (alone, merged) = try Self.shards([
            """
            وتعزيز التعاون الأمني هدف الحكومة. وتعزيز التعاون الأمني يحتاج إلى وقت.

            وصل قائد فرقة المشاة إلى المدينة. ثم عاد قائد فرقة المشاة إلى القاعدة.
            """,
            "دعا الوزير إلى تعزيز العلاقات. وكتب الشاعر عن رقة القلب.",
        ])
        #expect(alone.map(\.text) == ["وتعزيز التعاون الأمني", "قائد فرقة المشاة", "فرقة المشاة"])
        #expect(merged.map(\.text) == ["التعاون الأمني", "رقة المشاة"])
        #expect(merged.map(\.example) == ["وتعزيز التعاون الأمني هدف الحكومة.", "وصل قائد فرقة المشاة إلى المدينة."])
    }

    /// Candidates of equal C-value keep the order in which the extractor first counts them: run by run, and in a
    /// run shorter n-grams first. لجان فنية (two words, seen after the four-word phrases of its run) comes before
    /// them; رقة المشاة, in the same run of the text as مجلس وزراء الدفاع العرب, comes after it, because فرقة
    /// opens a run of its own once the second shard brings رقة.
    @Test func tiesKeepTheOrderOfTheWholeBatch() throws {
        let (_, merged) = try Self.shards([
            """
            ثم أقر مجلس وزراء الداخلية العرب لجان فنية. ثم أقر مجلس وزراء الداخلية العرب لجان فنية.

            ثم استقبل مجلس وزراء الدفاع العرب فرقة المشاة. ثم ودع مجلس وزراء الدفاع العرب فرقة المشاة.
            """,
            "وشكلت الوزارة لجان فنية. ثم بدأت لجان فنية عملها. وعادت فرقة المشاة. وكتب الشاعر عن رقة القلب. "
                + "ثم تحركت فرقة المشاة.",
        ])
        #expect(
            merged.map(\.text) == [
                "لجان فنية", "أقر مجلس وزراء الداخلية", "مجلس وزراء الداخلية العرب", "مجلس وزراء الدفاع العرب",
                "رقة المشاة",
            ])
        #expect(merged.allSatisfy { $0.score == 4 })
    }

    /// Memory grows with the n-grams, not with the text: the same article counted again under other numbers (an
    /// archive that reposts it), alone or in a shard merged in, adds frequencies but keeps no new run or sentence;
    /// a new article keeps only the runs and sentences of n-grams first seen in it.
    @Test func countsKeepOnlyRunsAndSentencesWhereAnNGramIsFirstSeen() throws {
        let article = """
            استقبل وزير الخارجية السعودي نظيره الفرنسي في الرياض. وبحث وزير الخارجية السعودي مع الضيف التعاون الأمني.
            """
        let other = "ثم أعلن وزير الخارجية السعودي خطة جديدة للتعاون الاقتصادي بين البلدين."
        let documents = try TextPipeline().process(
            ([article, article, article, other] + Array(repeating: article, count: 4)).enumerated().map {
                SourceText(name: "\($0.offset).txt", text: $0.element)
            }, language: "ar")
        let batch = try Batch(documents, matcher: CandidateExtractorTests.matcher)
        let once = batch.counts([[0]], contiguous: false)[0]
        let thrice = batch.counts([[0, 1, 2]], contiguous: false)[0]
        #expect(once.keptCount.runs > 0 && once.keptCount.examples == 2)
        #expect(thrice.keptCount == once.keptCount)
        #expect(thrice.gramCount == once.gramCount)
        var withOther = thrice
        withOther.merge(batch.counts([[3]], contiguous: false)[0])
        // The new article's runs hold new n-grams (أعلن وزير …, خطة جديدة …): runs more, and its one sentence.
        #expect(withOther.keptCount.runs > once.keptCount.runs)
        #expect(withOther.keptCount.examples == once.keptCount.examples + 1)
        var all = withOther
        all.merge(batch.counts([[4, 5, 6, 7]], contiguous: false)[0])
        #expect(all.keptCount == withOther.keptCount)
        #expect(batch.extractor.candidates(from: all) == batch.candidates)
        #expect(batch.extractor.candidates(from: try Self.roundTrip(all)) == batch.candidates)
    }

    /// Counts come from other machines: a file whose indices leave their tables, whose n-gram does not fit in its
    /// run, or that lists a run twice is refused. A sentence is written once however many n-grams it serves.
    @Test func brokenCountsAreRefusedAndExamplesAreWrittenOnce() throws {
        let sentence = "وصل قائد فرقة المشاة إلى المدينة."
        let documents = try TextPipeline().process([SourceText(name: "a.txt", text: sentence)], language: "ar")
        let batch = try Batch(documents, matcher: CandidateExtractorTests.matcher)
        var counts = CandidateCounts()
        counts.add(batch.documents[0], firstNumber: 0, extractor: batch.extractor)
        let json = try counts.json()
        #expect(String(decoding: json, as: UTF8.self).components(separatedBy: sentence).count == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        // One run of four words, with its six n-grams (offset, length, frequency).
        let runs = try #require(object["runs"] as? [[Any]])
        #expect(runs.count == 1)
        #expect((runs[0][3] as? [Int])?.count == 4)
        #expect((runs[0][4] as? [Int])?.count == 18)
        func read(_ change: (inout [String: Any]) -> Void) throws -> CandidateCounts {
            var changed = object
            change(&changed)
            return try CandidateCounts(json: JSONSerialization.data(withJSONObject: changed))
        }
        #expect(try read { _ in }.json() == json)
        func changeRun(_ field: Int, to value: Any) -> (inout [String: Any]) -> Void {
            { object in
                var run = runs[0]
                run[field] = value
                object["runs"] = [run]
            }
        }
        #expect(throws: DecodingError.self) { try read { $0["format"] = 2 } }
        #expect(throws: DecodingError.self) { try read(changeRun(2, to: 5)) }
        #expect(throws: DecodingError.self) { try read(changeRun(3, to: [0, 99_999])) }
        #expect(throws: DecodingError.self) { try read(changeRun(4, to: [3, 2, 1])) }
        #expect(throws: DecodingError.self) { try read(changeRun(4, to: [0, 2, 1, 0, 2, 1])) }
        #expect(throws: DecodingError.self) { try read { $0["runs"] = runs + runs } }
    }
}
