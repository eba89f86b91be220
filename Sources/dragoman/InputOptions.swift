import ArgumentParser
import DragomanText
import Foundation

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
}

extension InputOptions {
    /// Reads, segments and cleans the documents under `paths`. What a folder holds but cannot be read (not a regular
    /// file, a subfolder without permission) is reported on standard error by path, and the others are read (an
    /// empty one is named in a warning); the command then ends with `finish(skipped:)`, which exits with status 2 if
    /// anything was skipped.
    func documents(_ paths: [String], language: String?) throws -> (documents: [Document], skipped: Int) {
        var skipped: [TextError] = []
        let documents = try TextPipeline(reader: reader).process(paths: paths, language: language, skipped: &skipped)
        for problem in skipped { printError("dragoman: \(problem)") }
        for warning in documents.compactMap(\.source.emptyWarning) { printError(warning) }
        return (documents, skipped.count)
    }

    /// Exit status 2 when some input was not read (after the command's output for what was read).
    static func finish(skipped: Int) throws {
        if skipped > 0 { throw ExitCode(2) }
    }
}
