import DragomanText
import Foundation

/// The articles' results, set aside in a temporary file between the batch files and the commit.
///
/// Each article's closing line and `PrepareReport.Article` may only be given once every file is in place, but the
/// spools they are read from are part of the stage, which the commit removes; and held in memory they would grow
/// with the number of articles. So the spooled records wait here, copied as they are.
///
/// The file has no name: it is opened for writing and for reading, then unlinked at once, so the system frees it
/// when the last descriptor closes, whether the results are given, the run fails, or the process is killed (a
/// killed run used to leave about 150 bytes an article in the temporary folder).
final class ArticleResults {
    private let output: String
    /// Where the file was made (its name is gone; errors still name it).
    let path: String
    private var spool: RecordSpool?
    private let reader: RecordSpool.Reader

    /// An empty set of results of a run writing to `output`.
    init(output: String) throws(PrepareError) {
        self.output = output
        path =
            FileManager.default.temporaryDirectory.appendingPathComponent(
                "dragoman-results-\(UUID().uuidString).spool"
            ).path
        do {
            spool = try RecordSpool(path: path)
            reader = try RecordSpool.Reader(path: path)
        } catch {
            unlink(path)
            throw .text(error)
        }
        unlink(path)
    }

    /// Sets aside the results of article `number`, its spooled record's bytes as they are (in article order).
    func append(_ number: Int, record: [UInt8]) throws(TextError) {
        try spool?.append(number, bytes: record)
    }

    /// Gives each article's results and closing line, in article order (once).
    func replay(_ body: (PrepareReport.Article, String) -> Void) throws(PrepareError) {
        do {
            try spool?.close()
            spool = nil
            while let (number, bytes) = try reader.next() {
                let article = try BatchParts.ArticleRecord(number: number, bytes: bytes).article
                let folder = (output as NSString).appendingPathComponent(article.folder)
                let line =
                    "\(article.source) → \(folder)/ (\(article.files.joined(separator: ", "))): "
                    + "\(counted(article.segments, "segment")), \(article.boilerplate) boilerplate, "
                    + "\(counted(article.concepts, "glossary concept"))"
                body(
                    PrepareReport.Article(
                        source: article.source, folder: folder, files: article.files, title: article.title,
                        segments: article.segments, boilerplate: article.boilerplate), line)
            }
        } catch let error as TextError {
            throw .text(error)
        } catch let error as PackedReader.Failure {
            throw .text(
                .unreadable(
                    file: path, reason: "an article's results are broken at byte \(error.offset): \(error.reason)"))
        } catch {
            throw .wrapping(error)
        }
    }
}
