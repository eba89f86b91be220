public import DragomanText
import Foundation

/// The main job: reads a batch of articles and writes, per article, everything a news desk and a translator need,
/// plus a report for the whole batch.
///
/// Every file is written atomically, so an interrupted run never leaves a half-written file, and files of an earlier
/// run stay intact until their replacement is complete.
public final class PrepareJob {
    /// What to read and where to write.
    public let options: PrepareOptions

    /// A job with the given options.
    public init(options: PrepareOptions = PrepareOptions()) {
        self.options = options
    }

    /// Runs the job; `progress` receives one line per article written.
    public func run(progress: (String) -> Void = { _ in }) throws(TextError) -> PrepareReport {
        let pipeline = try TextPipeline(reader: options.reader)
        let documents = try pipeline.process(paths: options.inputs, language: options.language)
        var folders: [String] = []
        var used = Set<String>()
        for document in documents {
            let stem = URL(fileURLWithPath: document.source.name).deletingPathExtension().lastPathComponent
            var name = stem.isEmpty ? "stdin" : stem
            var suffix = 2
            while used.contains(name) {
                name = "\(stem)-\(suffix)"
                suffix += 1
            }
            used.insert(name)
            folders.append(name)
        }

        var report = PrepareReport(articles: [], batchFiles: [])
        var htmlArticles: [HTMLReport.Article] = []
        for (document, folder) in zip(documents, folders) {
            let directory = (options.output as NSString).appendingPathComponent(folder)
            var files: [(name: String, content: String)] = [
                ("text.txt", document.cleanText),
                ("segments.tsv", document.formatted(as: .tsv)),
                ("document.json", document.jsonValue.pretty() + "\n"),
            ]
            files.sort { $0.name < $1.name }
            for file in files {
                try AtomicFile.write(file.content, to: (directory as NSString).appendingPathComponent(file.name))
            }
            let marked = document.segments.filter { $0.boilerplate != nil }.count
            let article = PrepareReport.Article(
                source: document.source.name, folder: directory, files: files.map(\.name),
                title: document.title?.singleLineText, segments: document.segments.count, boilerplate: marked)
            report.articles.append(article)
            htmlArticles.append(HTMLReport.Article(document: document, folder: folder, files: files.map(\.name)))
            progress(
                "\(document.source.name) → \(directory)/ (\(files.map(\.name).joined(separator: ", "))): "
                    + "\(document.segments.count) segments, \(marked) boilerplate")
        }
        let reportPath = (options.output as NSString).appendingPathComponent("report.html")
        try AtomicFile.write(HTMLReport(articles: htmlArticles).render(), to: reportPath)
        report.batchFiles.append(reportPath)
        progress("report → \(reportPath)")
        return report
    }
}
