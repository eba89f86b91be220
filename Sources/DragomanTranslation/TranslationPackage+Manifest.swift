import DragomanText
package import DragomanXLIFF
package import Foundation

extension TranslationPackage {
    /// The manifest of a package, as JSON (`package.json`) and as text for people (`README.txt`).
    package struct Manifest {
        /// A file of the package as the manifest lists it.
        package struct Entry: Sendable {
            /// Its name in the package.
            package var name: String
            /// Its size and SHA-256 (lowercase hexadecimal).
            package var bytes: Int
            package var sha256: String

            /// The entry of `data` named `name`.
            package init(name: String, data: Data) {
                self.init(name: name, bytes: data.count, sha256: TranslationPackage.sha256(data))
            }

            /// An entry given field by field.
            package init(name: String, bytes: Int, sha256: String) {
                self.name = name
                self.bytes = bytes
                self.sha256 = sha256
            }
        }

        /// A file of the package as the manifest lists it, with, for an XLIFF file, the article's file name as
        /// given (what it translates) and its figures.
        package typealias Listing = (entry: Entry, xliff: (article: String, statistics: XLIFFStatistics)?)

        let created: Date
        let options: XLIFFOptions
        /// Gives `body` the package's files before the manifest, in order: the XLIFF files (one per article), the
        /// TBX, the term table; as often as asked.
        let listing: (_ body: (Listing) throws -> Void) throws -> Void
        /// Concepts in the glossary subset.
        let concepts: Int
        /// Rows of the per-article term tables.
        let termRows: Int

        /// The manifest of a package's files (`articles` and `statistics` for its first files, the XLIFF ones).
        package init(
            created: Date, options: XLIFFOptions, articles: [String], statistics: [XLIFFStatistics], files: [Entry],
            concepts: Int, termRows: Int
        ) {
            self.init(created: created, options: options, concepts: concepts, termRows: termRows) { body in
                for (index, file) in files.enumerated() {
                    try body((file, index < articles.count ? (articles[index], statistics[index]) : nil))
                }
            }
        }

        /// The manifest of a package whose files `listing` gives, in order, as often as asked: a batch of many
        /// articles lists them from where it keeps them (a spool, its own records), without copies for the manifest.
        package init(
            created: Date, options: XLIFFOptions, concepts: Int, termRows: Int,
            listing: @escaping (_ body: (Listing) throws -> Void) throws -> Void
        ) {
            self.created = created
            self.options = options
            self.concepts = concepts
            self.termRows = termRows
            self.listing = listing
        }

        /// What a listed file holds, as both manifests describe it.
        private enum Kind {
            /// An article's XLIFF file: the article's file name as given, and its figures.
            case xliff(article: String, statistics: XLIFFStatistics)
            /// The TBX of the glossary concepts.
            case glossary
            /// The term table.
            case termTable
        }

        /// What `file` holds.
        private static func kind(of file: Listing) -> Kind {
            if let (article, statistics) = file.xliff { return .xliff(article: article, statistics: statistics) }
            return file.entry.name == TranslationPackage.glossaryFile ? .glossary : .termTable
        }

        /// `created` in ISO 8601, UTC, to the second.
        var createdText: String {
            ISO8601DateFormatter.string(from: created, timeZone: .gmt, formatOptions: .withInternetDateTime)
        }

        /// The number of articles and the sums of their figures.
        func totals() throws -> (articles: Int, statistics: XLIFFStatistics) {
            var articles = 0
            var totals = XLIFFStatistics(segments: 0, notForTranslation: 0, words: 0, terms: 0, concepts: 0)
            try listing { file in
                guard let numbers = file.xliff?.statistics else { return }
                articles += 1
                totals.segments += numbers.segments
                totals.notForTranslation += numbers.notForTranslation
                totals.words += numbers.words
                totals.terms += numbers.terms
            }
            return (articles, totals)
        }

        /// `package.json`: the package, its languages and version, and per file what it holds with its SHA-256.
        package var json: String {
            get throws {
                var out = ""
                try writeJSON { out += $0 }
                return out
            }
        }

        /// Writes `package.json` to `sink` a piece at a time: a batch of many articles never holds the whole text
        /// (or a tree of it) in memory.
        package func writeJSON(_ sink: (String) throws -> Void) throws {
            let (articles, totals) = try self.totals()
            let head: [(String, JSONValue)] = [
                ("format", .string("dragoman-translation-package")),
                ("dragoman", .string(DragomanVersion.current)),
                ("created", .string(createdText)),
                ("xliff", .string(options.version.rawValue)),
                ("sourceLanguage", .string(options.sourceLanguage)),
                ("targetLanguage", .string(options.targetLanguage)),
                (
                    "totals",
                    .object([
                        ("articles", .int(articles)), ("segments", .int(totals.segments)),
                        ("sourceWords", .int(totals.words)), ("glossaryTerms", .int(totals.terms)),
                        ("glossaryConcepts", .int(concepts)),
                    ])
                ),
            ]
            // As `JSONValue.pretty()` writes the whole object, with "files" last.
            try sink("{\n")
            for (key, value) in head { try sink("  \(JSONWriter.quoted(key)): \(value.pretty(level: 1)),\n") }
            try sink("  \"files\": [")
            var first = true
            try listing { file in
                var fields: [(String, JSONValue)] = [("name", .string(file.entry.name))]
                switch Self.kind(of: file) {
                case .xliff(let article, let numbers):
                    fields += [
                        ("kind", .string("xliff")), ("article", .string(article)),
                        ("segments", .int(numbers.segments)), ("notForTranslation", .int(numbers.notForTranslation)),
                        ("sourceWords", .int(numbers.words)), ("glossaryTerms", .int(numbers.terms)),
                        ("glossaryConcepts", .int(numbers.concepts)),
                    ]
                case .glossary: fields += [("kind", .string("tbx")), ("glossaryConcepts", .int(concepts))]
                case .termTable: fields += [("kind", .string("term-table")), ("rows", .int(termRows))]
                }
                fields += [("bytes", .int(file.entry.bytes)), ("sha256", .string(file.entry.sha256))]
                try sink("\(first ? "\n" : ",\n")    \(JSONValue.object(fields).pretty(level: 2))")
                first = false
            }
            try sink(first ? "]\n}\n" : "\n  ]\n}\n")
        }

        /// `README.txt`: what the package is, how to use it, and per file what it holds with its SHA-256.
        package var readme: String {
            get throws {
                var out = ""
                try writeReadme { out += $0 }
                return out
            }
        }

        /// Writes `README.txt` to `sink` a line at a time (see `writeJSON`).
        package func writeReadme(_ sink: (String) throws -> Void) throws {
            let (articles, totals) = try self.totals()
            let head = [
                "Dragoman translation package",
                "============================",
                "",
                "Made by Dragoman \(DragomanVersion.current) on \(createdText).",
                "Languages: \(options.sourceLanguage) to \(options.targetLanguage). XLIFF \(options.version.rawValue).",
                "\(count(articles, "article")), \(count(totals.segments, "segment")), "
                    + "\(count(totals.words, "source word")), \(count(totals.terms, "glossary term")) "
                    + "(\(count(concepts, "concept"))).",
                "",
                "Open the .xlf files in a CAT tool: each sentence is a segment, and each paragraph a group (XLIFF 1.2)",
                "or a unit (XLIFF 2). Glossary terms are marked in the source; the segment's note gives the approved",
                "English, says when a term is deprecated (and what to use instead) or a fuzzy match of a name.",
                "\(TranslationPackage.glossaryFile) holds those glossary concepts (TBX-Basic) for the tool's termbase;",
                "\(TranslationPackage.termsFile) lists them per article with every form seen and the first sentence.",
                "",
                "Files",
                "-----",
            ]
            for line in head { try sink(line + "\n") }
            try listing { file in
                try sink("\n\(file.entry.name)\n")
                switch Self.kind(of: file) {
                case .xliff(let article, let numbers):
                    var line = "  from \(article): \(count(numbers.segments, "segment")), "
                    line += "\(count(numbers.words, "source word")), "
                    line += "\(count(numbers.terms, "glossary term")) (\(count(numbers.concepts, "concept")))"
                    if numbers.notForTranslation > 0 { line += ", \(numbers.notForTranslation) not for translation" }
                    try sink(line + "\n")
                case .glossary:
                    try sink("  the glossary concepts found in the articles: \(count(concepts, "concept"))\n")
                case .termTable:
                    try sink("  the term table of each article and of the batch: \(count(termRows, "row"))\n")
                }
                try sink("  \(file.entry.bytes) bytes, SHA-256 \(file.entry.sha256)\n")
            }
            try sink("\nCheck the files with sha256sum --check on these lines:\n\n")
            try listing { file in try sink("\(file.entry.sha256)  \(file.entry.name)\n") }
        }

        /// "1 segment", "12 segments".
        func count(_ number: Int, _ noun: String) -> String {
            "\(number) \(noun)\(number == 1 ? "" : "s")"
        }
    }
}
