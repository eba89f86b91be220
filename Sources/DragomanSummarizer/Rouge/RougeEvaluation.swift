public import DragomanText
import Foundation

/// ROUGE over folders: system summaries `NAME.txt` against references `NAME.A.txt`, `NAME.B.txt`, … (or `NAME.txt`)
/// in the reference folder.
public struct RougeEvaluation: Sendable {
    /// One document's scores.
    public struct Document: Sendable {
        /// The system file's name without `.txt`.
        public let name: String
        /// How many references it was scored against.
        public let references: Int
        /// Its scores, averaged over its references.
        public let scores: RougeScores
    }

    /// Per document, sorted by name.
    public let documents: [Document]
    /// Per measure (ROUGE-1, ROUGE-2, ROUGE-L) and value (P, R, F): the mean over documents with its interval.
    public let summary: [(measure: String, precision: Estimate, recall: Estimate, f: Estimate)]

    /// Scores the given system summaries against their references.
    public init(
        pairs: [(name: String, system: String, references: [String])], tokenizer: RougeTokenizer,
        bootstrap: Bootstrap = Bootstrap()
    ) {
        let documents = pairs.map { pair in
            Document(
                name: pair.name, references: pair.references.count,
                scores: .score(system: tokenizer.tokens(pair.system), references: pair.references.map(tokenizer.tokens))
            )
        }
        self.init(documents: documents, bootstrap: bootstrap)
    }

    /// Summarizes already scored documents.
    public init(documents: [Document], bootstrap: Bootstrap = Bootstrap()) {
        self.documents = documents
        summary = (0..<3).map { m in
            let scores = documents.map { $0.scores.all[m].score }
            return (
                documents.first?.scores.all[m].name ?? ["ROUGE-1", "ROUGE-2", "ROUGE-L"][m],
                bootstrap.estimate(scores.map(\.precision)), bootstrap.estimate(scores.map(\.recall)),
                bootstrap.estimate(scores.map(\.f))
            )
        }
    }

    /// Reads the summaries in `system` and their references in `reference`; every system file needs a reference,
    /// and every reference a system file (a missing summary is an error, never left out of the mean).
    public static func pairs(
        reference: String, system: String, reader: TextReader = TextReader()
    ) throws(SummarizerError) -> [(name: String, system: String, references: [String])] {
        let systemFiles = try textFiles(in: system)
        guard !systemFiles.isEmpty else { throw .noSystemSummaries(folder: system) }
        let referenceFiles = Set(try textFiles(in: reference))
        var result: [(name: String, system: String, references: [String])] = []
        var used = Set<String>()
        for file in systemFiles {
            let name = String(file.dropLast(4))
            var references = referenceFiles.filter { candidate in
                guard candidate.hasPrefix(name + "."), candidate.hasSuffix(".txt") else { return false }
                let label = candidate.dropFirst(name.count + 1).dropLast(4)
                return !label.isEmpty && !label.contains(".")
            }.sorted()
            if references.isEmpty, referenceFiles.contains(file) { references = [file] }
            guard !references.isEmpty else {
                throw .missingReference(system: join(system, file), folder: reference)
            }
            used.formUnion(references)
            result.append(
                (
                    name, try read(join(system, file), reader),
                    try references.map { (r: String) throws(SummarizerError) in try read(join(reference, r), reader) }
                ))
        }
        if let orphan = referenceFiles.subtracting(used).sorted().first {
            throw .missingSystemSummary(reference: join(reference, orphan), folder: system)
        }
        return result
    }

    private static func textFiles(in folder: String) throws(SummarizerError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw .unreadable(path: folder, reason: "no such folder")
        }
        guard isDirectory.boolValue else { throw .unreadable(path: folder, reason: "it is a file, not a folder") }
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        } catch {
            throw .unreadable(path: folder, reason: error.localizedDescription)
        }
    }

    private static func read(_ path: String, _ reader: TextReader) throws(SummarizerError) -> String {
        do { return try reader.read(path: path).text } catch { throw .text(error.description) }
    }

    private static func join(_ folder: String, _ file: String) -> String {
        folder.hasSuffix("/") ? folder + file : folder + "/" + file
    }
}
