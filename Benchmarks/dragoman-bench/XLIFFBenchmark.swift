import DragomanText
import DragomanXLIFF
import DragomanXML
import Foundation

/// Reading translated XLIFF back: the seeds as XLIFF 1.2 and 2.0 with every target filled, repeated to N megabytes
/// as a folder of one file per article (as `dragoman xliff` writes them), then read with `XLIFFReader`.
///
/// The files follow the writer's structure (1.2: a `<group>` per paragraph, a `<trans-unit>` per sentence, headlines
/// directly in `<body>`, glossary terms in `<mrk mtype="term">`, a note per unit; 2.0: a `<unit>` per paragraph with
/// `<segment>`s and `<ignorable>`s), generated here so the benchmark does not depend on the writer's options.
enum XLIFFBenchmark {
    static func run(arguments: [String]) throws {
        let megabytes = Measure.option("--megabytes", in: arguments, default: 50)
        let seeds = try Measure.seeds()
        let reader = TextReader()
        var documents = try seeds.map { try Segmenter().segment(reader.decode($0.bytes, name: $0.name)) }
        try BoilerplateDetector(rules: try BoilerplateRules.bundled()).mark(&documents)
        print("one core, release build; seeds as translated XLIFF, one file per article")
        for version in [XLIFFVersion.v1_2, .v2_0] {
            let files = zip(seeds, documents).map { seed, document in
                (name: seed.name, data: Data(translated(document, original: seed.name, version: version).utf8))
            }
            let size = files.reduce(0) { $0 + $1.data.count }
            let copies = (megabytes * 1_000_000 + size - 1) / size
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "dragoman-bench-xliff-\(getpid())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            var paths: [String] = []
            for copy in 0..<copies {
                for file in files {
                    let url = folder.appendingPathComponent(String(format: "%05d-", copy) + file.name + ".ar-en.xlf")
                    try file.data.write(to: url)
                    paths.append(url.path)
                }
            }
            var segments = 0
            let xliffReader = XLIFFReader()
            let seconds = try Measure.seconds {
                for path in paths { segments += try xliffReader.read(file: path).segments.count }
            }
            Measure.report("read XLIFF \(version.rawValue) (\(paths.count) files)", bytes: copies * size, seconds: seconds)
            print(String(format: "  %d segments; peak memory %.1f MiB", segments, Measure.peakMemoryMiB))

            // The same bytes as one document with one <file> per article: memory stays flat (one unit at a time).
            let one = Data(concatenated(files.map(\.data), copies: copies, version: version).utf8)
            var oneSegments = 0
            let oneSeconds = try Measure.seconds {
                oneSegments = try xliffReader.read(one, name: "all.xlf").segments.count
            }
            Measure.report("read XLIFF \(version.rawValue) (one file)", bytes: one.count, seconds: oneSeconds)
            print(String(format: "  %d segments; peak memory %.1f MiB", oneSegments, Measure.peakMemoryMiB))
        }
    }

    /// The words of the made-up English targets.
    static let english = [
        "the", "Alliance", "said", "that", "NATO", "will", "continue", "to", "support", "Iraq", "in", "its", "fight",
        "against", "terrorism", "and", "training", "mission", "of", "forces",
    ]

    /// An article as translated XLIFF: every content segment with a target, headlines as their own units.
    static func translated(_ document: Document, original: String, version: XLIFFVersion) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += body(document, original: original, version: version, index: 1, withRoot: true)
        return out
    }

    /// A document with every article repeated `copies` times, one `<file>` each.
    static func concatenated(_ files: [Data], copies: Int, version: XLIFFVersion) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root(version) + "\n"
        var index = 0
        for _ in 0..<copies {
            for file in files {
                index += 1
                let text = String(decoding: file, as: UTF8.self)
                let start = text.range(of: "<file")!.lowerBound
                let end = text.range(of: "</file>")!.upperBound
                var inner = String(text[start..<end])
                if version != .v1_2 { inner = inner.replacingOccurrences(of: "<file id=\"f1\"", with: "<file id=\"f\(index)\"") }
                out += inner + "\n"
            }
        }
        return out + "</xliff>\n"
    }

    static func root(_ version: XLIFFVersion) -> String {
        version == .v1_2
            ? "<xliff version=\"1.2\" xmlns=\"\(version.namespace)\">"
            : "<xliff version=\"\(version.rawValue)\" xmlns=\"\(version.namespace)\" srcLang=\"ar\" trgLang=\"en\">"
    }

    static func body(_ document: Document, original: String, version: XLIFFVersion, index: Int, withRoot: Bool)
        -> String
    {
        let v1 = version == .v1_2
        var out = withRoot ? root(version) + "\n" : ""
        out +=
            v1
            ? "<file original=\"\(original)\" source-language=\"ar\" target-language=\"en\" datatype=\"plaintext\">\n<body>\n"
            : "<file id=\"f\(index)\" original=\"\(original)\">\n"
        let content = document.segments.filter { $0.boilerplate == nil }
        var position = 0
        var marks = 0
        while position < content.count {
            let paragraph = content[position].paragraph
            var end = position
            while end < content.count, content[end].paragraph == paragraph, content[end].kind == .sentence { end += 1 }
            if end == position { end += 1 }
            let segments = content[position..<end]
            let line = segments.first!.kind == .line
            if v1 {
                if !line { out += "<group id=\"p\(paragraph)\" xml:space=\"preserve\">\n" }
                for segment in segments {
                    out += "<trans-unit id=\"s\(segment.index)\"\(line ? " xml:space=\"preserve\"" : "")>"
                    out += "<source>\(marked(segment.text, version, &marks))</source>"
                    out += "<target state=\"translated\">\(target(for: segment.text))</target>"
                    out += "<note from=\"dragoman\">الناتو: NATO</note></trans-unit>\n"
                }
                if !line { out += "</group>\n" }
            } else {
                out += "<unit id=\"p\(paragraph)\">\n"
                marks = 0
                for (offset, segment) in segments.enumerated() {
                    if offset > 0 { out += "<ignorable><source> </source></ignorable>\n" }
                    out += "<segment id=\"s\(segment.index)\" state=\"translated\">"
                    out += "<source>\(marked(segment.text, version, &marks))</source>"
                    out += "<target>\(target(for: segment.text))</target></segment>\n"
                }
                out += "</unit>\n"
            }
            position = end
        }
        out += v1 ? "</body>\n</file>\n" : "</file>\n"
        return withRoot ? out + "</xliff>\n" : out
    }

    /// The source escaped, with the glossary term الناتو marked as Dragoman's writer marks terms (2.x mrk ids are
    /// numbered within the unit from `counter`).
    static func marked(_ text: String, _ version: XLIFFVersion, _ counter: inout Int) -> String {
        let pieces = XMLBuilder.escaped(text, attribute: false).components(separatedBy: "الناتو")
        var out = pieces[0]
        for piece in pieces.dropFirst() {
            counter += 1
            out += version == .v1_2 ? "<mrk mtype=\"term\">" : "<mrk id=\"m\(counter)\" type=\"term\">"
            out += "الناتو</mrk>" + piece
        }
        return out
    }

    /// Made-up English with as many words as the source.
    static func target(for source: String) -> String {
        let count = source.split(separator: " ").count
        return (0..<count).map { english[$0 % english.count] }.joined(separator: " ") + "."
    }
}
