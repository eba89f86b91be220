public import DragomanGlossary
package import DragomanSummarizer
public import DragomanText
public import DragomanXLIFF
public import Foundation

/// A batch of articles ready for a translator: segmented, with the glossary terms, word counts and summary of each.
///
/// Each content segment is tokenized and matched once, for the term tables and the XLIFF marks alike, so the
/// XLIFF files mark exactly what the term tables list.
public struct TranslationBatch: Sendable {
    /// The glossary matched.
    public let glossary: Glossary
    /// The articles, in batch order.
    public let articles: [XLIFFArticle]
    /// Each article's term table, in batch order.
    public let tables: [TermTable]

    /// Reads the articles under `paths` (folders: `.txt` files, recursively, sorted), matches `glossary` (a
    /// glossary TSV file) and summarizes each article. `countBoilerplate` also counts the words of boilerplate
    /// segments (for `--keep-boilerplate`).
    public static func read(
        paths: [String], glossary path: String, reader: TextReader = TextReader(), language: String? = nil,
        countBoilerplate: Bool = false
    ) throws(TranslationError) -> TranslationBatch {
        var skipped: [TextError] = []
        return try read(
            paths: paths, glossary: path, reader: reader, language: language, countBoilerplate: countBoilerplate,
            skipped: &skipped, strict: true)
    }

    /// Reads the articles like `read(paths:glossary:reader:language:countBoilerplate:)`, going on past a file that
    /// cannot be read as text (unreadable, binary, invalid encoding, not a regular file): each is added to
    /// `skipped`, for the caller to report. Throws the first of them when no article could be read.
    public static func read(
        paths: [String], glossary path: String, reader: TextReader = TextReader(), language: String? = nil,
        countBoilerplate: Bool = false, skipped: inout [TextError]
    ) throws(TranslationError) -> TranslationBatch {
        try read(
            paths: paths, glossary: path, reader: reader, language: language, countBoilerplate: countBoilerplate,
            skipped: &skipped, strict: false)
    }

    private static func read(
        paths: [String], glossary path: String, reader: TextReader, language: String?, countBoilerplate: Bool,
        skipped: inout [TextError], strict: Bool
    ) throws(TranslationError) -> TranslationBatch {
        let glossary: Glossary
        do { glossary = try GlossaryStore(path: path).load().glossary } catch { throw .glossary(error) }
        let documents: [Document]
        let matcher: GlossaryMatcher
        let summarizer: Summarizer
        do {
            let pipeline = try TextPipeline(reader: reader)
            documents =
                strict
                ? try pipeline.process(paths: paths, language: language)
                : try pipeline.process(paths: paths, language: language, skippingBadFiles: &skipped)
            matcher = try GlossaryMatcher(glossary: glossary)
        } catch {
            throw .text(error)
        }
        if documents.isEmpty, let first = skipped.first { throw .text(first) }
        do { summarizer = try Summarizer() } catch { throw .summarizer(error) }
        return try make(
            documents: documents, matcher: matcher, summarizer: summarizer, countBoilerplate: countBoilerplate)
    }

    /// The batch of documents already read and segmented: each content segment tokenized and matched once, each
    /// document summarized.
    /// `cache` keeps the concepts of earlier batches matched against the same glossary.
    package static func make(
        documents: [Document], matcher: GlossaryMatcher, summarizer: Summarizer, countBoilerplate: Bool = false,
        cache: XLIFFArticle.ConceptCache = XLIFFArticle.ConceptCache()
    ) throws(TranslationError) -> TranslationBatch {
        var summaries: [[Int]] = []
        summaries.reserveCapacity(documents.count)
        do {
            for document in documents { summaries.append(try summarizer.summarize(document).sentences.map(\.index)) }
        } catch {
            throw .summarizer(error)
        }
        do {
            let tokenized = try TokenizedBatch(documents: documents, matcher: matcher)
            let tables = TermTable.build(tokenized, matcher: matcher).documents
            return try TranslationBatch(
                tokenized: tokenized, tables: tables, summaries: summaries, glossary: matcher.glossary,
                countBoilerplate: countBoilerplate, cache: cache)
        } catch {
            throw .text(error)
        }
    }

    /// A batch from what `prepare` has already computed: the tokenized documents, their term tables (in the same
    /// order) and the segment indices of each summary. `stems` names the XLIFF files when the documents are part
    /// of a larger batch (default: made unique among these documents).
    package init(
        tokenized: TokenizedBatch, tables: [TermTable], summaries: [[Int]], glossary: Glossary,
        countBoilerplate: Bool = false, cache: XLIFFArticle.ConceptCache = XLIFFArticle.ConceptCache(),
        stems: [String]? = nil
    ) throws(TextError) {
        let documents = tokenized.documents
        let words = try tokenized.wordCounts(includingBoilerplate: countBoilerplate)
        let stems = stems ?? Document.uniqueStems(documents)
        var articles: [XLIFFArticle] = []
        articles.reserveCapacity(documents.count)
        for (index, document) in documents.enumerated() {
            articles.append(
                XLIFFArticle(
                    document: document, stem: stems[index], table: tables[index], words: words[index],
                    summary: Set(summaries[index]), cache: cache))
        }
        self.glossary = glossary
        self.articles = articles
        self.tables = tables
    }

    /// Each article's XLIFF document, with its file name (`NAME.ar-en.xlf`), in batch order.
    public func xliff(_ writer: XLIFFWriter) throws(TranslationError) -> [(name: String, content: String)] {
        try xliffData(writer).map { ($0.name, String(decoding: $0.data, as: UTF8.self)) }
    }

    /// Each article's XLIFF document as UTF-8 bytes, ready for a file (no string made), with its file name.
    public func xliffData(_ writer: XLIFFWriter) throws(TranslationError) -> [(name: String, data: Data)] {
        var files: [(name: String, data: Data)] = []
        files.reserveCapacity(articles.count)
        for article in articles {
            do { files.append((writer.fileName(for: article), Data(try writer.bytes(article)))) } catch {
                throw .xliff(error)
            }
        }
        return files
    }

    /// Writes each article's XLIFF into `folder` (created if needed) and returns the paths. The files are staged
    /// beside the folder and moved in together (`StagedFolder`), so an error leaves the folder as it was; other
    /// files there are left alone.
    public func writeXLIFF(_ writer: XLIFFWriter, to folder: String) throws(TranslationError) -> [String] {
        let files = try xliffData(writer)
        var paths: [String] = []
        do {
            let staged = try StagedFolder(output: folder.isEmpty ? "." : folder)
            for file in files {
                try staged.write(file.data, to: file.name)
                paths.append(folder.isEmpty || folder == "." ? file.name : folder + "/" + file.name)
            }
            try staged.commit()
        } catch {
            throw .text(error)
        }
        return paths
    }
}
