public import Foundation

/// Validates TBX-Basic 2019 documents against the dialect's Schematron rules (`../shared/schemas/tbx/
/// TBX-Basic_DCA.sch`) with PyPI `pyschematron`, the only engine here for its XSLT-2 query binding (`xmllint
/// --schematron` and lxml run XSLT 1 only). CI installs it in a Python 3.12 virtual environment and puts the
/// `pyschematron` command on `PATH`.
public enum Schematron {
    /// The TBX-Basic DCA rules.
    public static let tbxBasic = Repository.shared("schemas/tbx/TBX-Basic_DCA.sch")

    /// Whether the rules can be checked here: `pyschematron` on `PATH` and `../shared/schemas/tbx` present.
    public static var canValidateTBXBasic: Bool {
        ExternalTool.isInstalled("pyschematron") && Repository.hasShared("schemas/tbx/TBX-Basic_DCA.sch")
    }

    /// The verdict on one document: valid, and the message of each failed assertion (none when valid).
    public struct Verdict: Sendable {
        /// Whether every rule holds.
        public var valid: Bool
        /// The failed assertions' messages, each once, with how many times it failed.
        public var failures: [String]
    }

    /// Checks `documents` (XML text) in one run of `pyschematron` (compiling the rules is the slow part), in
    /// order. `pyschematron` exits 0 whether or not a document is valid: the verdict is read from its report
    /// ("PATH VALID" or "PATH INVALID") and the failed assertions from its SVRL output.
    public static func validate(_ documents: [String], schema: URL = tbxBasic) throws -> [Verdict] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var paths: [String] = []
        for (index, document) in documents.enumerated() {
            let path = folder.path("document\(index).tbx")
            try Data(document.utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let report = folder.path("report.svrl")
        let result = try Subprocess.run("pyschematron", paths + [schema.path, "--svrl-out", report])
        var verdicts: [Verdict] = []
        let lines = result.stdout.split(separator: "\n")
        for (index, path) in paths.enumerated() {
            // The tool prints each document's absolute path (symbolic links resolved) and its verdict.
            let name = "/document\(index).tbx"
            let valid = lines.contains { $0.hasSuffix(name + " VALID") }
            let invalid = lines.contains { $0.hasSuffix(name + " INVALID") }
            guard valid || invalid else {
                throw SchematronError.noVerdict(path: path, output: result.combined)
            }
            // One document: the report itself; several: report_documentN.svrl.
            let svrl = documents.count == 1 ? report : folder.path("report_document\(index).svrl")
            var failures: [String: Int] = [:]
            if let text = try? String(contentsOfFile: svrl, encoding: .utf8) {
                for piece in text.components(separatedBy: "<svrl:failed-assert").dropFirst() {
                    if let start = piece.range(of: "<svrl:text>"), let end = piece.range(of: "</svrl:text>") {
                        failures[String(piece[start.upperBound..<end.lowerBound]), default: 0] += 1
                    }
                }
            }
            verdicts.append(
                Verdict(valid: valid, failures: failures.sorted { $0.key < $1.key }.map { "\($0.value)× \($0.key)" }))
        }
        return verdicts
    }
}

/// `pyschematron` said nothing about a document.
public enum SchematronError: Error, CustomStringConvertible {
    /// No VALID or INVALID line for `path`.
    case noVerdict(path: String, output: String)

    /// What went wrong, with the tool's output.
    public var description: String {
        switch self {
        case .noVerdict(let path, let output): "pyschematron gave no verdict on \(path): \(output)"
        }
    }
}
