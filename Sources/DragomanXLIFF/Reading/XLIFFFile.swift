/// One `<file>` of an XLIFF document: an article when Dragoman wrote it.
public struct XLIFFFile: Sendable, Hashable {
    /// The file's position in the document, from 1.
    public var index: Int
    /// 2.x `id`; nil in 1.2, which has none.
    public var id: String?
    /// The `original` attribute as written: information only. Dragoman never derives a path from it.
    public var original: String?
    /// The source language (1.2 `source-language`, 2.x `srcLang`), as written.
    public var sourceLanguage: String
    /// The target language (1.2 `target-language`, 2.x `trgLang`), as written; nil when the file does not say.
    public var targetLanguage: String?
    /// The paragraphs, in document order.
    public var units: [XLIFFUnit]
    /// Notes on the whole file (1.2 `<header>`, 2.x `<file><notes>`).
    public var notes: [XLIFFNote]
    /// The line of the `<file>` start tag.
    public var line: Int

    /// A file.
    public init(
        index: Int, id: String? = nil, original: String? = nil, sourceLanguage: String, targetLanguage: String?,
        units: [XLIFFUnit], notes: [XLIFFNote] = [], line: Int
    ) {
        self.index = index
        self.id = id
        self.original = original
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.units = units
        self.notes = notes
        self.line = line
    }
}
