/// Errors of the summarizer and its evaluation.
public enum SummarizerError: Error, Equatable, Sendable {
    /// A length option is out of range, e.g. `--sentences 0`.
    case invalidLength(option: String, value: String)
    /// The algorithm name is not one the summarizer knows.
    case unknownAlgorithm(String)
    /// A data file shipped with the summarizer is missing or malformed at `line` (0 when the file is missing).
    case badData(file: String, line: Int, reason: String)
    /// A file or folder given to the ROUGE evaluation cannot be read.
    case unreadable(path: String, reason: String)
    /// The system folder holds no `.txt` summaries.
    case noSystemSummaries(folder: String)
    /// A system summary has no reference summary (`NAME.txt` or `NAME.A.txt`, … in the reference folder).
    case missingReference(system: String, folder: String)
    /// A reference summary has no system summary (`NAME.txt` in the system folder): scoring only the documents that
    /// have one would leave out the ones a system failed on and raise the mean.
    case missingSystemSummary(reference: String, folder: String)
    /// A file could not be read or decoded (the text layer's message).
    case text(String)
    /// ICU failed underneath (the tokenizer could not be created).
    case icu(String)
    /// The shares given for a digest do not make up its batch (a document without a share or with two), or a
    /// share's summarizer met terms outside the shares, so its term order cannot be made again (see `DigestState`).
    case badDigestState(String)
}

extension SummarizerError: CustomStringConvertible {
    /// The message shown to the user: the bad value quoted, and what to do.
    public var description: String {
        switch self {
        case .invalidLength(let option, let value):
            if option == "--ratio" {
                return
                    "\(option) '\(value)' is not a valid summary length; give a share above 0 and at most 1, e.g. 0.25"
            }
            return "\(option) '\(value)' is not a valid summary length; give a positive number"
        case .unknownAlgorithm(let name):
            let known = SummaryAlgorithm.allCases.map(\.rawValue).joined(separator: ", ")
            return "unknown algorithm '\(name)'; use one of: \(known)"
        case .badData(let file, let line, let reason):
            return line == 0 ? "\(file): \(reason)" : "\(file):\(line): \(reason)"
        case .unreadable(let path, let reason):
            return "\(path): cannot read: \(reason)"
        case .text(let message):
            return message
        case .icu(let message):
            return "ICU failed: \(message)"
        case .badDigestState(let reason):
            return "cannot make the digest from the shares of its documents: \(reason)"
        case .noSystemSummaries(let folder):
            return "\(folder): the system folder holds no .txt summaries; give the folder the summaries were written to"
        case .missingSystemSummary(let reference, let folder):
            return
                "\(reference): no system summary in \(folder); write one (an empty NAME.txt scores 0) or remove the reference"
        case .missingReference(let system, let folder):
            return
                "\(system): no reference summary in \(folder); name references NAME.A.txt, NAME.B.txt, … (or NAME.txt) after the system file"
        }
    }
}
