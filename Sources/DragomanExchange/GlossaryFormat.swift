public import DragomanGlossary
import DragomanText
import Foundation

/// The formats `dragoman glossary import` reads and `export` writes.
///
/// | format | keeps |
/// |---|---|
/// | tsv | everything (the canonical file) |
/// | csv | everything, extra columns included |
/// | tbx, tbx2008 | everything: each form with its own status, and in notes (`TBXConvention`) what TBX-Basic has no data category for |
/// | omegat | the Arabic forms with their status, en, note; not id, English variants, pos, domain, definition, source, updated, extra columns |
public enum GlossaryFormat: String, Sendable, CaseIterable {
    /// Dragoman's own TSV (`Glossaries/ar-en.tsv`).
    case tsv
    /// CSV per RFC 4180 with the TSV's column names as header.
    case csv
    /// TBX: TBX-Basic 2019 written; 2019 and 2008 (`martif`) read.
    case tbx
    /// TBX-Basic 2008 (`martif`), for memoQ, MultiTerm and OmegaT; read like `tbx`.
    case tbx2008
    /// OmegaT glossary: source TAB target TAB comment.
    case omegat

    /// The format named by a file's extension (.tsv .csv .tbx .xml .txt/.utf8 for OmegaT), if any.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "tsv": self = .tsv
        case "csv": self = .csv
        case "tbx", "xml": self = .tbx
        case "txt", "utf8", "tab": self = .omegat
        default: return nil
        }
    }

    /// What reading gave: the entries and messages about what was skipped.
    public struct Reading: Sendable {
        /// The glossary read.
        public var glossary: Glossary
        /// Parts of the input that were not read, one message each.
        public var skipped: [String]
    }

    /// Reads a file in this format. Text formats must be UTF-8 (errors give the byte offset); TBX is parsed as XML.
    public func read(path: String) throws(ExchangeError) -> Reading {
        if self == .tbx || self == .tbx2008 {
            // XML carries its own encoding declaration: the parser reads the bytes (at most the XML size limit).
            let bytes: [UInt8]
            do {
                bytes = try TextReader(sizeLimit: Limits.xmlBytes).readBytes(path: path)
            } catch {
                throw .unreadable(file: path, reason: Self.message(error))
            }
            let result = try TBXReader().read(Data(bytes), name: path)
            return try Self.checked(Reading(glossary: result.glossary, skipped: result.skipped), name: path)
        }
        let source: SourceText
        do {
            source = try TextReader(encoding: .utf8).read(path: path)
        } catch {
            throw .unreadable(file: path, reason: Self.message(error))
        }
        return try read(source.text, name: path)
    }

    /// Reads text in this format; `name` is used in errors.
    public func read(_ text: String, name: String) throws(ExchangeError) -> Reading {
        try Self.checked(readUnchecked(text, name: name), name: name)
    }

    /// A reading within the glossary's size limit (`Limits.glossaryEntries`).
    private static func checked(_ reading: Reading, name: String) throws(ExchangeError) -> Reading {
        let count = reading.glossary.entries.count
        if count > Limits.glossaryEntries {
            throw .glossary(.tooManyEntries(count: count, limit: Limits.glossaryEntries, file: name))
        }
        return reading
    }

    private func readUnchecked(_ text: String, name: String) throws(ExchangeError) -> Reading {
        switch self {
        case .tsv:
            do {
                let parsed = try GlossaryTSV.parse(text, name: name)
                if let problem = parsed.problems.first(where: { $0.column == "status" }) {
                    let value = parsed.glossary.entries.first { $0.line == problem.line }?.extra["status"] ?? ""
                    throw ExchangeError.unknownStatus(file: name, line: problem.line, value: value)
                }
                return Reading(glossary: parsed.glossary, skipped: [])
            } catch let error as ExchangeError {
                throw error
            } catch let error as GlossaryError {
                throw .glossary(error)
            } catch {
                throw .unreadable(file: name, reason: String(describing: error))
            }
        case .csv:
            return Reading(glossary: try GlossaryCSV.read(text, name: name), skipped: [])
        case .omegat:
            return Reading(glossary: try OmegaTGlossary.read(text, name: name), skipped: [])
        case .tbx, .tbx2008:
            let result = try TBXReader().read(Data(text.utf8), name: name)
            return Reading(glossary: result.glossary, skipped: result.skipped)
        }
    }

    /// Writes a glossary in this format.
    public func write(_ glossary: Glossary) throws(ExchangeError) -> String {
        switch self {
        case .tsv:
            do {
                return try GlossaryTSV.serialize(glossary)
            } catch {
                throw .glossary(error)
            }
        case .csv: return GlossaryCSV.write(glossary)
        case .omegat: return try OmegaTGlossary.write(glossary)
        case .tbx: return try TBXWriter().write(glossary)
        case .tbx2008: return try TBXWriter(version: .tbx2008).write(glossary)
        }
    }

    static func message(_ error: TextError) -> String {
        switch error {
        case .invalidBytes(_, let offset, _, let bytes):
            let hex = bytes.map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
            return "byte \(offset): invalid UTF-8 (\(hex)); exchange files must be UTF-8: convert the file first"
        case .binary(_, let offset):
            return "byte \(offset) is a NUL byte: this looks like a binary file; give a UTF-8 text file"
        case .unreadable(_, let reason):
            return "cannot read: \(reason)"
        default:
            return String(describing: error)
        }
    }
}
