public import DragomanGlossary
import DragomanSummarizer
public import DragomanText
public import DragomanXLIFF

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
        let glossary: Glossary
        do { glossary = try GlossaryStore(path: path).load().glossary } catch { throw .glossary(error) }
        do {
            let documents = try TextPipeline(reader: reader).process(paths: paths, language: language)
            let matcher = try GlossaryMatcher(glossary: glossary)
            let tokenized = try TokenizedBatch(documents: documents, matcher: matcher)
            let tables = TermTable.build(tokenized, matcher: matcher).documents
            let summarizer: Summarizer
            var summaries: [[Int]] = []
            do {
                summarizer = try Summarizer()
                for document in documents { summaries.append(try summarizer.summarize(document).sentences.map(\.index)) }
            } catch {
                throw TranslationError.summarizer(error)
            }
            return try TranslationBatch(
                tokenized: tokenized, tables: tables, summaries: summaries, glossary: glossary,
                countBoilerplate: countBoilerplate)
        } catch let error as TranslationError {
            throw error
        } catch let error as TextError {
            throw .text(error)
        } catch {
            throw .text(.icu("\(error)"))
        }
    }

    /// A batch from what `prepare` has already computed: the tokenized documents, their term tables (in the same
    /// order) and the segment indices of each summary.
    package init(
        tokenized: TokenizedBatch, tables: [TermTable], summaries: [[Int]], glossary: Glossary,
        countBoilerplate: Bool = false
    ) throws(TextError) {
        let documents = tokenized.documents
        let words = try tokenized.wordCounts(includingBoilerplate: countBoilerplate)
        let stems = Document.uniqueStems(documents)
        var articles: [XLIFFArticle] = []
        articles.reserveCapacity(documents.count)
        for (index, document) in documents.enumerated() {
            articles.append(
                XLIFFArticle(
                    document: document, stem: stems[index], table: tables[index], words: words[index],
                    summary: Set(summaries[index])))
        }
        self.glossary = glossary
        self.articles = articles
        self.tables = tables
    }

    /// Each article's XLIFF document, with its file name (`NAME.ar-en.xlf`), in batch order.
    public func xliff(_ writer: XLIFFWriter) throws(TranslationError) -> [(name: String, content: String)] {
        var files: [(name: String, content: String)] = []
        files.reserveCapacity(articles.count)
        for article in articles {
            do { files.append((writer.fileName(for: article), try writer.write(article))) } catch { throw .xliff(error) }
        }
        return files
    }

    /// Writes each article's XLIFF into `folder` (created if needed), each file atomically; returns the paths.
    /// Every document is made before the first file is written, so an error leaves the folder unchanged.
    public func writeXLIFF(_ writer: XLIFFWriter, to folder: String) throws(TranslationError) -> [String] {
        var paths: [String] = []
        for file in try xliff(writer) {
            let path = folder.isEmpty || folder == "." ? file.name : folder + "/" + file.name
            do { try AtomicFile.write(file.content, to: path) } catch { throw .text(error) }
            paths.append(path)
        }
        return paths
    }
}
