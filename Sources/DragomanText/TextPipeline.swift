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
    /// boilerplate over the whole batch. Anything in a folder that cannot be read is an error.
    public func process(paths: [String], language: String? = nil) throws(TextError) -> [Document] {
        try process(files: TextReader.documentPaths(paths), language: language)
    }

    /// Reads every document under `paths` like `process(paths:language:)`, going on past what a folder holds but
    /// cannot be read (not a regular file, a folder without permission): each is added to `skipped`, for the
    /// caller to report.
    public func process(paths: [String], language: String? = nil, skipped: inout [TextError]) throws(TextError)
        -> [Document]
    {
        try process(files: TextReader.documentPaths(paths, skipped: &skipped), language: language)
    }

    /// Reads every document under `paths` like `process(paths:language:skipped:)`, also going on past a file that
    /// cannot be read as text (`TextError.isAboutOneInput`: unreadable, binary, invalid encoding, too large): each is
    /// added to `skipped`. For commands that write a set of files, where one bad article must not stop the others.
    package func process(paths: [String], language: String? = nil, skippingBadFiles skipped: inout [TextError])
        throws(TextError) -> [Document]
    {
        var documents: [Document] = []
        let files = try TextReader.documentPaths(paths, skipped: &skipped)
        for result in try Self.segment(files, reader: reader, segmenter: segmenter, language: language) {
            switch result {
            case .success(let document): documents.append(document)
            case .failure(let error): skipped.append(error)
            }
        }
        detector.mark(&documents)
        return documents
    }

    /// Reads and segments each file of `paths`, in order: its document, or the error of a file that cannot be read
    /// as text (`TextError.isAboutOneInput`); any other error is thrown. Boilerplate is not marked (that needs the
    /// whole batch). Static, so that tasks working on parts of a batch each run it with their own segmenter.
    package static func segment(
        _ paths: some Sequence<String>, reader: TextReader, segmenter: Segmenter, language: String?
    ) throws(TextError) -> [Result<Document, TextError>] {
        var results: [Result<Document, TextError>] = []
        for path in paths {
            do {
                results.append(.success(try segmenter.segment(reader.read(path: path), language: language)))
            } catch  where error.isAboutOneInput {
                results.append(.failure(error))
            }
        }
        return results
    }

    private func process(files: [String], language: String?) throws(TextError) -> [Document] {
        var documents: [Document] = []
        for path in files {
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
