import DragomanGlossary
import DragomanSummarizer
import DragomanText

/// Linear time on documents of awkward shapes: each shape at 1 MB and at 4 MB, segmented, cleaned and summarized
/// as one document; the rate must stay about the same as the document grows.
enum ScalingBenchmark {
    /// Builds a document of about `bytes` bytes from repeated units.
    private static func document(_ unit: @Sendable (Int) -> String, separator: String, bytes: Int) -> String {
        var text = ""
        var index = 0
        while text.utf8.count < bytes {
            if index > 0 { text += separator }
            text += unit(index)
            index += 1
        }
        return text
    }

    static let shapes: [(name: String, unit: @Sendable (Int) -> String, separator: String)] = [
        // Scraped pages of short stand-alone lines: every line is a cleanup candidate.
        ("short lines", { "الناتو يؤكد دعم جهود التحالف \($0 % 97) ضد داعش" }, "\n\n"),
        // A page of furniture: related headers, link titles, buttons, and now and then a sentence of text (every
        // context signal of the cleanup: related blocks, runs of buttons, lines between furniture).
        (
            "furniture lines",
            {
                [
                    "اقرأ أيضاً", "الحلف يمدد مهمته في العراق \($0 % 89)", "فيسبوك", "واتساب", "أضف تعليق",
                    "قال الوزير إن الحلف باق في العراق حتى نهاية العام.",
                ][$0 % 6]
            }, "\n\n"
        ),
        // One paragraph of many sentences with brackets and quotes (sentence joins look up bracket depth).
        ("one long paragraph", { _ in "قال الوزير (في بيان) إن «الحلف» باق.. وأضاف أن د. أحمد وصل." }, " "),
        // Hard-wrapped text (soft line breaks).
        (
            "hard-wrapped lines",
            { _ in "أكد الأمين العام لحلف شمال الأطلسي أن الحلف سيواصل دعم جهود التحالف الدولي" }, "\n"
        ),
    ]

    static func run(arguments: [String]) throws {
        let pipeline = try TextPipeline()
        let summarizer = try Summarizer()
        print("| shape | 1 MB | 4 MB | ratio |")
        print("|---|---|---|---|")
        for shape in shapes {
            var rates: [Double] = []
            for megabytes in [1, 4] {
                let text = document(shape.unit, separator: shape.separator, bytes: megabytes * 1_000_000)
                let source = SourceText(name: "shape.txt", text: text)
                let seconds = try Measure.seconds {
                    let documents = try pipeline.process([source])
                    _ = try summarizer.summarize(documents[0])
                }
                rates.append(Double(text.utf8.count) / 1e6 / seconds)
            }
            print(
                "| \(shape.name) | " + rates.map { String(format: "%.1f MB/s", $0) }.joined(separator: " | ")
                    + String(format: " | %.2f |", rates[1] / rates[0]))
        }
        try hugeWords()
    }

    /// One Arabic word of 10,000, 100,000 and 1,000,000 letters inside a sentence that names a person with a
    /// misspelling, read, segmented and matched against the shipped glossary, fuzzy names included (`terms`): the
    /// time must grow with the word, not with its square (a 100,000-letter word took 55 s before).
    static func hugeWords() throws {
        let glossary = try GlossaryTSV.parse(
            String(contentsOfFile: "Glossaries/ar-en.tsv", encoding: .utf8), name: "ar-en.tsv"
        ).glossary
        let matcher = try GlossaryMatcher(glossary: glossary)
        let pipeline = try TextPipeline()
        print("")
        print("| word | document | segment + match | per million letters | fuzzy hits |")
        print("|---|---|---|---|---|")
        for letters in [10_000, 100_000, 1_000_000] {
            let word = String(repeating: "ستولتنبرغ", count: letters / 9 + 1).unicodeScalars.prefix(letters)
            let text = "قال الأمين العام يانس ستولتنبرج إن " + String(word) + " انتهى.\n"
            let source = SourceText(name: "word.txt", text: text)
            var fuzzy = 0
            let seconds = try Measure.seconds {
                let documents = try pipeline.process([source])
                let table = try TermTable.build(documents: documents, matcher: matcher)
                fuzzy = table.batch.rows.filter { $0.kind == .fuzzy }.count
            }
            print(
                "| \(Measure.grouped(letters)) letters | "
                    + String(
                        format: "%.0f kB | %.3f s | %.2f s | %d |", Double(text.utf8.count) / 1e3, seconds,
                        seconds / Double(letters) * 1e6, fuzzy))
        }
    }
}
