import DragomanText
import DragomanXLIFF

extension BatchParts {
    /// What the batch files need of one article, spooled (`Spool.articles`) rather than kept: its folder and files
    /// for the closing lines, its XLIFF file for the package's manifest.
    struct ArticleRecord: Sendable {
        var article: Article
        var package: PackageFile

        /// The record's bytes in its spool (`PackedWriter`; the article's number is the spool record's).
        var bytes: [UInt8] {
            var writer = PackedWriter()
            article.put(into: &writer)
            for text in [package.name, package.article, package.sha256] { writer.put(text) }
            let statistics = package.statistics
            for value in [
                package.bytes, statistics.segments, statistics.notForTranslation, statistics.words, statistics.terms,
                statistics.concepts,
            ] {
                writer.put(value)
            }
            return writer.bytes
        }

        /// The record of article `number` read from `bytes`.
        init(number: Int, bytes: [UInt8]) throws(PackedReader.Failure) {
            var reader = PackedReader(bytes)
            article = try Article(number: number, from: &reader)
            let (name, file, sha256) = (try reader.string(), try reader.string(), try reader.string())
            let values = try (0..<6).map { _ throws(PackedReader.Failure) in try reader.integer() }
            guard reader.isAtEnd else { throw reader.broken("bytes are left after the record") }
            package = PackageFile(
                number: number, name: name, article: file, bytes: values[0], sha256: sha256,
                statistics: XLIFFStatistics(
                    segments: values[1], notForTranslation: values[2], words: values[3], terms: values[4],
                    concepts: values[5]))
        }

        init(article: Article, package: PackageFile) {
            self.article = article
            self.package = package
        }
    }

    /// The article records of the spools of `spools`, in article order, one at a time to `body`.
    static func articleRecords(
        _ spools: [SpoolSet], _ body: (ArticleRecord) throws -> Void
    ) throws {
        var records = try RecordSpool.Merge(spools.map { $0.path(.articles) })
        while let (number, bytes) = try records.next() {
            let record: ArticleRecord
            do {
                record = try ArticleRecord(number: number, bytes: bytes)
            } catch {
                throw PrepareError.shardState(
                    file: spools.first?.folder ?? "",
                    reason: "the record of article \(number) is broken at byte \(error.offset): \(error.reason)")
            }
            try body(record)
        }
    }
}

extension BatchParts.Article {
    /// Appends the article's fields but its number (a spool record's own) to `writer`.
    func put(into writer: inout PackedWriter) {
        for text in [source, folder] { writer.put(text) }
        writer.put(files.count)
        for file in files { writer.put(file) }
        // 0 for no title, else 1 and the title.
        writer.put(title == nil ? 0 : 1)
        if let title { writer.put(title) }
        for value in [segments, boilerplate, concepts] { writer.put(value) }
    }

    /// Reads what `put(into:)` wrote, for article `number`.
    init(number: Int, from reader: inout PackedReader) throws(PackedReader.Failure) {
        let (source, folder) = (try reader.string(), try reader.string())
        let count = try reader.integer()
        var files: [String] = []
        for _ in 0..<count { files.append(try reader.string()) }
        var title: String?
        switch try reader.integer() {
        case 0: title = nil
        case 1: title = try reader.string()
        default: throw reader.broken("a title is neither absent (0) nor present (1)")
        }
        let (segments, boilerplate, concepts) = (try reader.integer(), try reader.integer(), try reader.integer())
        self.init(
            number: number, source: source, folder: folder, files: files, title: title, segments: segments,
            boilerplate: boilerplate, concepts: concepts)
    }
}
