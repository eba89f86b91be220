import ArgumentParser
import DragomanText

/// How input files are decoded; shared by every command that reads text.
struct InputOptions: ParsableArguments {
    @Option(
        help: "Input encoding: auto, utf-8, utf-16 or windows-1256. Default: auto (BOM, UTF-8, then ICU detection).")
    var encoding: String = "auto"

    @Flag(help: "Replace invalid bytes with U+FFFD instead of stopping with an error.")
    var lossy = false

    func validate() throws {
        guard encoding == "auto" || TextEncoding(name: encoding) != nil else {
            throw ValidationError(TextError.unknownEncoding(encoding).description)
        }
    }

    var reader: TextReader {
        TextReader(encoding: encoding == "auto" ? nil : TextEncoding(name: encoding), lossy: lossy)
    }

    /// Reads, segments and cleans the documents under `paths` as one batch; warns on standard error about each
    /// input that has no text.
    func documents(_ paths: [String], language: String?) throws -> [Document] {
        let documents = try TextPipeline(reader: reader).process(paths: paths, language: language)
        for warning in documents.compactMap(\.source.emptyWarning) { printError(warning) }
        return documents
    }
}
