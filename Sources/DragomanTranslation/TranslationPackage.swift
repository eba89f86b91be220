import Crypto
import DragomanExchange
package import DragomanGlossary
import DragomanText
public import DragomanXLIFF
public import Foundation

/// Everything a translator receives for a batch: one XLIFF file per article, the glossary concepts that occur in
/// them as TBX, the term tables, and a manifest (`package.json`, and `README.txt` for people) giving per file its
/// segments, source words, glossary terms, languages, the Dragoman version and a SHA-256.
///
/// The files are made in memory first; `write(to:)` stages them in a folder beside the output and renames it into
/// place, so a reader sees the old package or the new one, never a mix. Nothing in the files depends on the day
/// but the manifest's `created`.
public struct TranslationPackage: Sendable {
    /// A file of the package.
    public struct File: Sendable {
        /// Its name in the package folder.
        public let name: String
        /// Its contents.
        public let data: Data
    }

    /// The files, in order: the XLIFF files, `glossary.tbx`, `terms.tsv`, `package.json`, `README.txt`.
    public let files: [File]
    /// Per article, what its XLIFF file holds.
    public let statistics: [XLIFFStatistics]

    /// The file holding the glossary subset.
    public static let glossaryFile = "glossary.tbx"
    /// The file holding the term tables.
    public static let termsFile = "terms.tsv"
    /// The machine-readable manifest.
    public static let manifestFile = "package.json"
    /// The manifest for people.
    public static let readmeFile = "README.txt"

    /// The package of a batch, its XLIFF written by `writer`; `created` goes into the manifest and nowhere else.
    public init(batch: TranslationBatch, writer: XLIFFWriter, created: Date) throws(TranslationError) {
        var files: [File] = []
        var statistics: [XLIFFStatistics] = []
        var tables: [TermTable] = []
        var subset: [String: GlossaryEntry] = [:]
        for (xliff, (article, table)) in zip(try batch.xliffData(writer), zip(batch.articles, batch.tables)) {
            files.append(File(name: xliff.name, data: xliff.data))
            statistics.append(writer.statistics(for: article))
            let written = Self.writtenTable(table, of: article, writer: writer)
            for concept in written.concepts { subset[concept.id] = concept }
            tables.append(written.table)
        }
        let concepts = subset.values.sorted { $0.id < $1.id }
        files.append(File(name: Self.glossaryFile, data: try Self.glossaryData(concepts)))
        let termTable = TermTable.render(tables + [TermTable.batch(tables)], as: .tsv)
        files.append(File(name: Self.termsFile, data: Data(termTable.utf8)))

        let manifest = Manifest(
            created: created, options: writer.options, articles: batch.articles.map(\.document.fileName),
            statistics: statistics, files: files.map { Manifest.Entry(name: $0.name, data: $0.data) },
            concepts: concepts.count, termRows: tables.reduce(0) { $0 + $1.rows.count })
        // A manifest of arrays lists its files without throwing.
        files.append(File(name: Self.manifestFile, data: Data(try! manifest.json.utf8)))
        files.append(File(name: Self.readmeFile, data: Data(try! manifest.readme.utf8)))
        self.files = files
        self.statistics = statistics
    }

    /// The part of an article's term table that its XLIFF file holds (with --only-summary, less than the table), and
    /// the glossary concepts it names (entries and their replacements) for the package's TBX.
    package static func writtenTable(_ table: TermTable, of article: XLIFFArticle, writer: XLIFFWriter) -> (
        table: TermTable, concepts: [GlossaryEntry]
    ) {
        let written = Set(writer.segments(of: article))
        var rows: [TermTable.Row] = []
        var concepts: [GlossaryEntry] = []
        for var row in table.rows {
            row.occurrences = row.occurrences.filter { written.contains($0.segment) }
            guard !row.occurrences.isEmpty else { continue }
            rows.append(row)
            concepts.append(row.entry)
            if let replacement = row.replacement { concepts.append(replacement) }
        }
        return (TermTable(name: table.name, rows: rows), concepts)
    }

    /// The package's TBX: `concepts` (sorted by id) as TBX-Basic.
    package static func glossaryData(_ concepts: [GlossaryEntry]) throws(TranslationError) -> Data {
        do {
            return Data(try TBXWriter().write(Glossary(entries: concepts)).utf8)
        } catch {
            throw .exchange(error)
        }
    }

    /// When the package was made: `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention) when
    /// it is set, else now.
    public static func creationDate(
        environment: [String: String] = ProcessInfo.processInfo.environment, now: Date = Date()
    ) throws(TranslationError) -> Date {
        guard let value = environment["SOURCE_DATE_EPOCH"] else { return now }
        guard !value.isEmpty, value.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let seconds = Int(value) else {
            throw .invalidSourceDateEpoch(value)
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The lowercase hexadecimal SHA-256 of `data`.
    package static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
