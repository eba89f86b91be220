/// The text layer end to end: read, segment, and mark boilerplate across a batch.
///
/// This is what every command that consumes documents starts from.
public final class TextPipeline {
    /// How files are read.
    public let reader: TextReader
    /// How documents are segmented.
    public let segmenter: Segmenter
    /// How boilerplate is marked.
    public let detector: BoilerplateDetector

    /// A pipeline with the bundled rules.
    public init(reader: TextReader = TextReader(), segmenter: Segmenter = Segmenter()) throws(TextError) {
        self.reader = reader
        self.segmenter = segmenter
        self.detector = try BoilerplateDetector(rules: try BoilerplateRules.bundled())
    }

    /// Reads every document under `paths` (folders recursively, `.txt`, sorted), segments each and marks
    /// boilerplate over the whole batch.
    public func process(paths: [String], language: String? = nil) throws(TextError) -> [Document] {
        var documents: [Document] = []
        for path in try TextReader.documentPaths(paths) {
            documents.append(try segmenter.segment(reader.read(path: path), language: language))
        }
        detector.mark(&documents)
        return documents
    }

    /// Segments and cleans sources already in memory, as one batch.
    public func process(_ sources: [SourceText], language: String? = nil) throws(TextError) -> [Document] {
        var documents: [Document] = []
        for source in sources { documents.append(try segmenter.segment(source, language: language)) }
        detector.mark(&documents)
        return documents
    }
}
