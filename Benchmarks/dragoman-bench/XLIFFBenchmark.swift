import DragomanTranslation
import DragomanXLIFF
import DragomanXML
import Foundation

/// Reading translated XLIFF back: the seeds written by `XLIFFWriter` (glossary terms marked, notes, word counts,
/// every target filled by `copySource`), repeated to N megabytes as a folder of one file per article, as
/// `dragoman xliff` writes them, then read with `XLIFFReader`; and the same articles as one large document.
enum XLIFFBenchmark {
    static func run(arguments: [String]) throws {
        let megabytes = Measure.option("--megabytes", in: arguments, default: 50)
        // `--only files` skips the one-document read (and its string building), for a profiler.
        let onlyFiles = Measure.string("--only", in: arguments) == "files"
        _ = try Measure.seeds()
        let batch = try TranslationBatch.read(paths: ["seeds"], glossary: "Glossaries/ar-en.tsv")
        print("one core, release build; the seeds as XLIFF with every target filled, one file per article")
        for version in [XLIFFVersion.v1_2, .v2_0] {
            let writer = try XLIFFWriter(options: XLIFFOptions(version: version, copySource: true))
            let files = try batch.xliff(writer).map { (name: $0.name, data: Data($0.content.utf8)) }
            let size = files.reduce(0) { $0 + $1.data.count }
            let copies = (megabytes * 1_000_000 + size - 1) / size
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "dragoman-bench-xliff-\(getpid())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            var paths: [String] = []
            for copy in 0..<copies {
                for file in files {
                    let url = folder.appendingPathComponent(String(format: "%05d-", copy) + file.name)
                    try file.data.write(to: url)
                    paths.append(url.path)
                }
            }
            let reader = XLIFFReader()
            var segments = 0
            let seconds = try Measure.seconds {
                for path in paths { segments += try reader.read(file: path).segments.count }
            }
            Measure.report(
                "read XLIFF \(version.rawValue) (\(paths.count) files)", bytes: copies * size, seconds: seconds)
            print(String(format: "  %d segments; peak memory %.1f MiB", segments, Measure.peakMemoryMiB))
            // The ceiling: XMLParser's events alone on the same files, nothing built.
            let parse = try Measure.seconds {
                for path in paths {
                    try XMLEventReader.read(Data(contentsOf: URL(fileURLWithPath: path)), name: path, into: Ignore())
                }
            }
            Measure.report("  XMLParser events alone (the ceiling)", bytes: copies * size, seconds: parse)

            if onlyFiles { continue }
            // One document holding every article as its own <file>.
            let one = Data(concatenated(files.map(\.data), copies: copies, version: version).utf8)
            var oneSegments = 0
            let oneSeconds = try Measure.seconds {
                oneSegments = try reader.read(one, name: "all.xlf").segments.count
            }
            Measure.report("read XLIFF \(version.rawValue) (one document)", bytes: one.count, seconds: oneSeconds)
            print(String(format: "  %d segments; peak memory %.1f MiB", oneSegments, Measure.peakMemoryMiB))
        }
    }

    /// An event handler that keeps nothing.
    final class Ignore: XMLEventHandler {
        func start(_ name: String, namespace: String, attributes: [String: String], line: Int, column: Int) -> Bool {
            true
        }
        func end(_ name: String, namespace: String) -> Bool { true }
        func characters(_ text: String) {}
    }

    /// The articles repeated `copies` times in one document, one `<file>` each (2.x file ids renumbered).
    static func concatenated(_ files: [Data], copies: Int, version: XLIFFVersion) -> String {
        var out = ""
        var index = 0
        for _ in 0..<copies {
            for file in files {
                index += 1
                let text = String(decoding: file, as: UTF8.self)
                let start = text.range(of: "<file ")!.lowerBound
                let end = text.range(of: "</file>")!.upperBound
                if out.isEmpty { out = String(text[..<start]) }
                var inner = String(text[start..<end])
                if version != .v1_2 {
                    inner = inner.replacingOccurrences(of: "<file id=\"f1\"", with: "<file id=\"f\(index)\"")
                }
                out += inner + "\n"
            }
        }
        return out + "</xliff>\n"
    }
}
