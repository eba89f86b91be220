import DragomanGlossary
import DragomanText
import Foundation

/// Glossary matching throughput with the shipped and a synthetic 100,000-entry glossary, load time, peak memory.
///
///   swift run -c release dragoman-bench glossary [--megabytes 50] [--entries 100000]
///
/// Run from the package root (reads Glossaries/ar-en.tsv and seeds/).
enum GlossaryBenchmark {
    static func run(arguments: [String]) throws {
        let megabytes = Measure.option("--megabytes", in: arguments, default: 50)
        let entries = Measure.option("--entries", in: arguments, default: 100_000)
        let loadOnly = arguments.contains("--load-only")
        try Measure.require("Glossaries/ar-en.tsv", holding: "the shipped glossary")
        try Measure.require("seeds", holding: "the seed articles (seeds/*.txt)")
        let shippedText = try String(contentsOfFile: "Glossaries/ar-en.tsv", encoding: .utf8)
        let shipped = try GlossaryTSV.parse(shippedText, name: "ar-en.tsv").glossary
        let documents = try TextPipeline().process(paths: ["seeds"])
        let tokenizer = try Tokenizer(locale: "ar")
        var segments: [(Segment, [Token])] = []
        for document in documents {
            for segment in document.content { segments.append((segment, tokenizer.tokens(of: segment))) }
        }
        let segmentBytes = segments.reduce(0) { $0 + $1.0.text.utf8.count }
        print("seeds: \(documents.count) documents, \(segments.count) content segments, \(segmentBytes) bytes")

        // Synthetic glossary: the shipped entries plus random Arabic terms, serialized and read back like a file.
        let synthetic = syntheticGlossary(base: shipped, count: entries)
        let syntheticText = try GlossaryTSV.serialize(synthetic)
        print("synthetic glossary: \(synthetic.entries.count) entries, \(syntheticText.utf8.count / 1_000_000) MB TSV")

        let small = try time { try GlossaryMatcher(glossary: shipped) }
        print(String(format: "load shipped (%d entries): %.3f s", shipped.entries.count, small.seconds))
        let parse = try time { try GlossaryTSV.parse(syntheticText, name: "synthetic.tsv").glossary }
        let build = try time { try GlossaryMatcher(glossary: parse.value) }
        print(
            String(
                format: "load %d entries: parse %.3f s + build %.3f s = %.3f s wall, %.3f s CPU",
                parse.value.entries.count, parse.seconds, build.seconds, parse.seconds + build.seconds,
                parse.cpu + build.cpu))
        if loadOnly { return }

        let target = megabytes * 1_000_000
        // MB/s of segment text matched, by CPU time (the machine is shared, so wall time includes waiting).
        func throughput(_ matcher: GlossaryMatcher) -> (mbps: Double, wall: Double, matches: Int) {
            var bytes = 0
            var matches = 0
            let cpu = Measure.now()
            let start = DispatchTime.now().uptimeNanoseconds
            while bytes < target {
                for (segment, tokens) in segments {
                    matches += matcher.matches(in: segment, tokens: tokens).count
                    bytes += segment.text.utf8.count
                }
            }
            let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            return (Double(bytes) / 1e6 / (Measure.now() - cpu), Double(bytes) / 1e6 / wall, matches)
        }
        _ = throughput(small.value)  // warm-up
        // Alternate rounds and keep each glossary's best, so load from other processes hits both alike.
        var smallRun = throughput(small.value)
        var largeRun = throughput(build.value)
        for _ in 0..<2 {
            let s = throughput(small.value)
            if s.mbps > smallRun.mbps { smallRun = s }
            let l = throughput(build.value)
            if l.mbps > largeRun.mbps { largeRun = l }
        }
        print(
            String(
                format: "matching %d MB, shipped glossary: %.1f MB/s CPU (%.1f wall), %d matches", megabytes,
                smallRun.mbps, smallRun.wall, smallRun.matches))
        print(
            String(
                format: "matching %d MB, %d-entry glossary: %.1f MB/s CPU (%.1f wall), %d matches", megabytes,
                build.value.glossary.entries.count, largeRun.mbps, largeRun.wall, largeRun.matches))
        print(String(format: "large / small: %.0f%%", largeRun.mbps / smallRun.mbps * 100))

        // End to end on the seeds once over: tokenizing (ICU) + matching, to show where time goes.
        let endToEnd = time {
            var bytes = 0
            while bytes < target / 10 {
                for (segment, _) in segments {
                    _ = small.value.matches(in: segment, tokens: tokenizer.tokens(of: segment))
                    bytes += segment.text.utf8.count
                }
            }
            return bytes
        }
        print(
            String(
                format: "tokenize + match, shipped glossary: %.1f MB/s over %d MB",
                Double(endToEnd.value) / 1e6 / endToEnd.seconds, endToEnd.value / 1_000_000))

        // Whole MiB, truncated, as ru_maxrss / 1024 printed it before.
        print("peak memory (ru_maxrss): \(Int(Measure.peakMemoryMiB)) MB")
    }

    static func time<T>(_ body: () throws -> T) rethrows -> (value: T, seconds: Double, cpu: Double) {
        let cpuStart = Measure.now()
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, Measure.now() - cpuStart)
    }

    /// Deterministic random Arabic terms (1–4 words of 4–9 letters, a third with ال, a fifth person names, a tenth
    /// inflecting) after the shipped entries, so the large glossary finds the same matches plus rare extra ones.
    static func syntheticGlossary(base: Glossary, count: Int) -> Glossary {
        let letters = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهوي".unicodeScalars)
        var random = SyntheticRandom(state: 0x9E37_79B9_7F4A_7C15)
        func word() -> String {
            var view = String.UnicodeScalarView()
            for _ in 0..<(4 + random.next(6)) { view.append(letters[random.next(letters.count)]) }
            return String(view)
        }
        var glossary = base
        glossary.extraColumns = ["inflect"]
        for number in 0..<max(0, count - base.entries.count) {
            var words = (0..<(1 + random.next(4))).map { _ in word() }
            if random.next(3) == 0 { words[0] = "ال" + words[0] }
            let domain = random.next(5) == 0 ? "person" : "security"
            let inflect = random.next(10) == 0 ? "pron+num" : ""
            glossary.entries.append(
                GlossaryEntry(
                    id: "syn-\(number + 1)", ar: words.joined(separator: " "), en: "term \(number + 1)",
                    arVariants: random.next(4) == 0 ? [word() + " " + word()] : [], pos: "noun", domain: domain,
                    source: "synthetic", updated: "2026-11-25", extra: ["inflect": inflect]))
        }
        return glossary
    }
}
