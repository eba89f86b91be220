import DragomanText
public import DragomanXLIFF
import Foundation

/// Turns translated XLIFF back into English articles: one plain-text article per `<file>`, paragraphs in order.
///
/// Each paragraph is its segments' targets joined by the whitespace the file gives between them (2.x `<ignorable>`,
/// 1.2 `<seg-source>`) or one space; paragraphs are separated by a blank line. Segments marked `translate="no"`
/// keep their target if they have one, else their source. Untranslated segments (no target, an empty one, the
/// source copied) are listed; writing fails on them unless they are allowed, and then they stay in Arabic.
///
/// Output names come from the input file's name only, never from `original` or anything else inside a document:
/// `NAME.ar-en.xlf` gives `NAME.en.txt` (the target side of the name's language pair, else the file's target
/// language when it is a plain language tag, else "target"), numbered `NAME-1.en.txt`, `NAME-2.en.txt`… when the
/// input holds several `<file>`s.
public struct TranslationMerger: Sendable {
    /// Whether untranslated segments may be merged (in Arabic) instead of failing.
    public var allowUntranslated: Bool

    /// A merger.
    public init(allowUntranslated: Bool = false) {
        self.allowUntranslated = allowUntranslated
    }

    /// The articles of `documents` and where they go: `output` is a folder (an existing one, or a path ending in
    /// "/"; default the current folder) or, when the documents hold one `<file>` in all, the article's own path.
    /// Nothing is written.
    public func articles(_ documents: [XLIFFDocument], output: String?) throws(TranslationError) -> [MergedArticle] {
        let fileCount = documents.reduce(0) { $0 + $1.files.count }
        var folder = output ?? "."
        var single: String?
        if let output, !output.hasSuffix("/"), !Self.isFolder(output) {
            guard fileCount == 1 else { throw .outputNeedsFolder(output: output, files: fileCount) }
            single = output
            folder = ""
        }
        var articles: [MergedArticle] = []
        var taken: [String: String] = [:]
        let inputs = Set(documents.map { Self.standardized($0.name) })
        for document in documents {
            for file in document.files {
                let name = Self.outputName(for: document.name, file: file, of: document.files.count)
                let path = single ?? (folder == "." ? name : (folder as NSString).appendingPathComponent(name))
                let key = Self.standardized(path)
                if inputs.contains(key) { throw .outputIsInput(path: path) }
                if let other = taken[key] {
                    throw .outputCollision(path: path, first: other, second: document.name)
                }
                taken[key] = document.name
                articles.append(article(file, of: document, path: path))
            }
        }
        return articles
    }

    /// Writes the articles and, with `memory`, the translated pairs as a TMX file there. Fails before writing
    /// anything when segments are untranslated and that is not allowed, or when the memory cannot be made. The
    /// files of one folder are staged beside it and moved in together (`StagedFolder`): a failure leaves the folder
    /// as it was. A memory in another folder is written (atomically) before the articles.
    public func write(_ articles: [MergedArticle], memory: String? = nil) throws(TranslationError) {
        let untranslated = articles.reduce(0) { $0 + $1.untranslated.count }
        if untranslated > 0, !allowUntranslated { throw .untranslated(segments: untranslated) }
        var files = articles.map { (path: $0.path, text: $0.text) }
        if let memory {
            let key = Self.standardized(memory)
            if articles.contains(where: { Self.standardized($0.input) == key }) { throw .outputIsInput(path: memory) }
            if let article = articles.first(where: { Self.standardized($0.path) == key }) {
                throw .outputCollision(path: memory, first: article.input, second: "--tmx")
            }
            files.append((memory, try translationMemory(articles)))
        }
        // The articles of a folder (and the memory, when it goes there too) are staged and moved in together, so
        // a failure leaves the folder as it was; anything else is written atomically first.
        let folders = Set(files.map { Self.folder(of: $0.path) })
        let folder = Self.folder(of: articles.first?.path ?? ".")
        let together = files.filter { Self.folder(of: $0.path) == folder }
        do {
            for file in files where Self.folder(of: file.path) != folder {
                try AtomicFile.write(file.text, to: file.path)
            }
            if together.count == 1, folders.count == 1 {
                try AtomicFile.write(together[0].text, to: together[0].path)
                return
            }
            let staged = try StagedFolder(output: folder)
            for file in together {
                try staged.write(file.text, to: (file.path as NSString).lastPathComponent)
            }
            try staged.commit()
        } catch {
            throw .text(error)
        }
    }

    /// The folder a written file goes into ("." for a bare name).
    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : URL(fileURLWithPath: folder).standardizedFileURL.path
    }

    /// The English article of one `<file>`.
    func article(_ file: XLIFFFile, of document: XLIFFDocument, path: String) -> MergedArticle {
        var untranslated: [UntranslatedSegment] = []
        var paragraphs: [String] = []
        for unit in file.units {
            let text = unit.joined { segment in
                guard segment.translate else { return segment.target ?? segment.source }
                if let reason = segment.untranslatedReason {
                    untranslated.append(
                        UntranslatedSegment(
                            file: document.name, line: segment.line, unit: unit.id, segment: segment.id,
                            reason: reason))
                    return segment.source
                }
                return segment.target ?? segment.source
            }
            if !text.isEmpty { paragraphs.append(text) }
        }
        return MergedArticle(
            path: path, text: paragraphs.isEmpty ? "" : paragraphs.joined(separator: "\n\n") + "\n",
            input: document.name, file: file, paragraphs: paragraphs.count,
            segments: file.units.reduce(0) { $0 + $1.segments.count }, untranslated: untranslated)
    }

    /// The article's file name, from the input's name: see the type's documentation.
    static func outputName(for input: String, file: XLIFFFile, of count: Int) -> String {
        var name = PathNames.lastComponent(of: input)
        if let dot = name.lastIndex(of: ".") { name = String(name[..<dot]) }
        var language = file.targetLanguage.flatMap { isLanguageTag($0) ? $0 : nil } ?? "target"
        if let dot = name.lastIndex(of: ".") {
            let pair = name[name.index(after: dot)...].split(separator: "-", omittingEmptySubsequences: false)
            if pair.count == 2, pair.allSatisfy({ (2...3).contains($0.count) && $0.allSatisfy(\.isASCII) }),
                pair.allSatisfy({ $0.allSatisfy(\.isLetter) })
            {
                language = String(pair[1])
                name = String(name[..<dot])
            }
        }
        if name.isEmpty { name = "article" }
        return name + (count > 1 ? "-\(file.index)" : "") + "." + language + ".txt"
    }

    /// Whether a value is a plain language tag (letters, digits, hyphens; starts with 2–3 letters), safe in a name.
    static func isLanguageTag(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func standardized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
