import DragomanGlossary
import DragomanSummarizer
import DragomanText
import DragomanTranslation
import DragomanXLIFF
import Foundation

/// What writing XLIFF adds to the glossary work `terms` does, on the seeds repeated to N megabytes.
///
///   swift run -c release dragoman-bench xliff-write [--megabytes 50] [--xliff 1.2] [--rounds 3]
///
/// Both jobs start from the same text in memory, one copy of the seeds (a batch of five articles) at a time, so
/// memory stays flat: `terms` segments, cleans, tokenizes and matches the glossary and renders the term tables as
/// TSV; `xliff` does the same and also summarizes each article (to flag its summary sentences), counts words and
/// writes the XLIFF documents (to memory: disk time is not the writer's). Rounds alternate between the two and
/// each keeps its best CPU time, so load from other processes hits both alike. Run from the package root.
enum XLIFFWritingBenchmark {
    static func run(arguments: [String]) throws {
        let megabytes = Measure.option("--megabytes", in: arguments, default: 50)
        let rounds = Measure.option("--rounds", in: arguments, default: 3)
        let version = XLIFFVersion(rawValue: Measure.string("--xliff", in: arguments) ?? "1.2") ?? .v1_2
        let seeds = try Measure.seeds()
        let seedBytes = seeds.reduce(0) { $0 + $1.bytes.count }
        let copies = (megabytes * 1_000_000 + seedBytes - 1) / seedBytes
        let total = copies * seedBytes
        let reader = TextReader()
        let sources = try seeds.map { try reader.decode($0.bytes, name: $0.name) }
        let glossary = try GlossaryStore(path: "Glossaries/ar-en.tsv").load().glossary
        let matcher = try GlossaryMatcher(glossary: glossary)
        let pipeline = try TextPipeline()
        let summarizer = try Summarizer()
        let writer = try XLIFFWriter(options: XLIFFOptions(version: version))
        // One batch per copy of the seeds (a batch of copies would be all repeats to the cleanup), but the concepts
        // are made once, as in a command's single batch.
        let cache = XLIFFArticle.ConceptCache()
        if let only = Measure.string("--only", in: arguments) {
            // One step alone, for a profiler: pipeline, matching (terms without the TSV), summaries (with the pipeline),
            // batch (the XLIFF job without the writer), xliff, or writer.
            let batch = try TranslationBatch.make(
                documents: try pipeline.process(sources), matcher: matcher, summarizer: summarizer, cache: cache)
            let seconds = try Measure.seconds {
                for _ in 0..<copies {
                    switch only {
                    case "matching": _ = try TermTable.build(documents: try pipeline.process(sources), matcher: matcher)
                    case "batch":
                        _ = try TranslationBatch.make(
                            documents: try pipeline.process(sources), matcher: matcher, summarizer: summarizer,
                            cache: cache)
                    case "summaries":
                        for document in try pipeline.process(sources) { _ = try summarizer.summarize(document) }
                    case "pipeline": _ = try pipeline.process(sources)
                    case "xliff":
                        _ = try TranslationBatch.make(
                            documents: try pipeline.process(sources), matcher: matcher, summarizer: summarizer,
                            cache: cache
                        ).xliffData(writer)
                    default: _ = try batch.xliffData(writer)
                    }
                }
            }
            Measure.report(only, bytes: total, seconds: seconds)
            return
        }
        print(
            "corpus: \(copies * seeds.count) documents, \(String(format: "%.1f", Double(total) / 1e6)) MB (seeds × \(copies))"
        )
        print(
            "XLIFF \(version.rawValue), shipped glossary (\(glossary.entries.count) entries), one core, release build")

        var termsBytes = 0
        var render = true
        func terms() throws {
            for _ in 0..<copies {
                let documents = try pipeline.process(sources)
                let tables = try TermTable.build(documents: documents, matcher: matcher)
                if render { termsBytes += TermTable.render(tables.documents + [tables.batch], as: .tsv).utf8.count }
            }
        }
        var xliffBytes = 0
        var units = 0
        func xliff() throws {
            for _ in 0..<copies {
                let documents = try pipeline.process(sources)
                let batch = try TranslationBatch.make(
                    documents: documents, matcher: matcher, summarizer: summarizer, cache: cache)
                for file in try batch.xliffData(writer) {
                    xliffBytes += file.data.count
                }
                units += batch.articles.reduce(0) { $0 + $1.document.content.count }
            }
        }
        try terms()  // warm-up
        var best = (terms: Double.infinity, matching: Double.infinity, xliff: Double.infinity)
        for _ in 0..<rounds {
            termsBytes = 0
            render = true
            best.terms = min(best.terms, try Measure.seconds(terms))
            render = false
            best.matching = min(best.matching, try Measure.seconds(terms))
            xliffBytes = 0
            units = 0
            best.xliff = min(best.xliff, try Measure.seconds(xliff))
        }
        Measure.report("terms: segment, match, tables, TSV", bytes: total, seconds: best.terms)
        Measure.report("terms without TSV: segment, match, tables", bytes: total, seconds: best.matching)
        Measure.report("xliff: same + summaries + XLIFF", bytes: total, seconds: best.xliff)
        print(
            String(
                format:
                    "xliff / terms: %.2f; xliff / (terms without the TSV): %.2f (XLIFF adds %.0f%% to the matching)",
                best.xliff / best.terms, best.xliff / best.matching, (best.xliff / best.matching - 1) * 100))
        print(
            String(
                format: "%d units, %.1f MB of XLIFF, %.1f MB of TSV", units, Double(xliffBytes) / 1e6,
                Double(termsBytes) / 1e6))

        // Where the extra time goes, on one copy's batch made once: summaries, then the writer alone.
        let documents = try pipeline.process(sources)
        let batch = try TranslationBatch.make(
            documents: documents, matcher: matcher, summarizer: summarizer, cache: cache)
        let summaries = try Measure.seconds {
            for _ in 0..<copies { for document in documents { _ = try summarizer.summarize(document) } }
        }
        Measure.report("  of which summaries (ranking, flags)", bytes: total, seconds: summaries)
        let writing = try Measure.seconds {
            for _ in 0..<copies { _ = try batch.xliffData(writer) }
        }
        Measure.report("  of which the XLIFF writer", bytes: total, seconds: writing)
        print(String(format: "peak memory %.1f MiB", Measure.peakMemoryMiB))
    }
}
