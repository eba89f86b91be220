import DragomanTMX
import DragomanXLIFF
import Foundation

/// Where sentence-aligned Arabic–English text comes from.
///
/// Line-aligned files and TSV are read as a stream, line by line; TMX is parsed unit by unit (the file's bytes are
/// read whole, its tree never is); XLIFF through `XLIFFReader`, one document at a time.
public enum ParallelSource: Sendable, Hashable {
    /// Two files with one sentence per line, line N of one translating line N of the other.
    case lineAligned(arabic: String, english: String)
    /// One pair per line, `ar` TAB `en`; a first line naming the columns `ar` and `en` (in any order, other columns
    /// ignored) is a header.
    case tsv(String)
    /// A TMX translation memory: each `<tu>` with an Arabic (`ar…`) and an English (`en…`) variant is a pair.
    case tmx(String)
    /// Translated XLIFF (1.2 or 2.x), Arabic to English or English to Arabic: each translated segment is a pair.
    case xliff(String)

    /// The source a file's extension names: `.tsv`/`.tab`, `.tmx`, `.xlf`/`.xliff`; nil for anything else.
    public init?(path: String) {
        let name = path.lowercased()
        if name.hasSuffix(".tsv") || name.hasSuffix(".tab") {
            self = .tsv(path)
        } else if name.hasSuffix(".tmx") {
            self = .tmx(path)
        } else if name.hasSuffix(".xlf") || name.hasSuffix(".xliff") {
            self = .xliff(path)
        } else {
            return nil
        }
    }

    /// The files read.
    public var files: [String] {
        switch self {
        case .lineAligned(let arabic, let english): return [arabic, english]
        case .tsv(let path), .tmx(let path), .xliff(let path): return [path]
        }
    }

    /// Calls `body` with the Arabic and English text of every pair, in order; returns the messages of units that
    /// were skipped (TMX units without both languages, XLIFF segments without a translation). Errors name the file
    /// and line.
    func forEachPair(_ body: (String, String) throws(AlignerError) -> Void) throws(AlignerError) -> [String] {
        switch self {
        case .lineAligned(let arabic, let english):
            try Self.readLineAligned(arabic: arabic, english: english, body)
            return []
        case .tsv(let path):
            try Self.readTSV(path, body)
            return []
        case .tmx(let path):
            return try Self.readTMX(path, body)
        case .xliff(let path):
            return try Self.readXLIFF(path, body)
        }
    }

    static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

    static func readLineAligned(
        arabic: String, english: String, _ body: (String, String) throws(AlignerError) -> Void
    ) throws(AlignerError) {
        let arabicLines = try LineReader(path: arabic)
        let englishLines = try LineReader(path: english)
        while true {
            let ar = try arabicLines.next()
            let en = try englishLines.next()
            guard let ar, let en else {
                if ar == nil && en == nil { return }
                // Count the rest of the longer file for the message.
                while try (ar == nil ? englishLines : arabicLines).next() != nil {}
                throw .lineCountMismatch(
                    arabic: arabic, arabicLines: arabicLines.lineNumber, english: english,
                    englishLines: englishLines.lineNumber)
            }
            switch (isBlank(ar), isBlank(en)) {
            case (true, true): continue
            case (true, false): throw .emptySide(file: arabic, line: arabicLines.lineNumber, side: "Arabic")
            case (false, true): throw .emptySide(file: english, line: englishLines.lineNumber, side: "English")
            case (false, false): try body(ar, en)
            }
        }
    }

    static func readTSV(_ path: String, _ body: (String, String) throws(AlignerError) -> Void) throws(AlignerError) {
        let lines = try LineReader(path: path)
        var columns = (ar: 0, en: 1)
        var width = 2
        while let line = try lines.next() {
            if isBlank(line) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if lines.lineNumber == 1 {
                let names = fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                if names.contains("ar") || names.contains("en") {
                    guard let ar = names.firstIndex(of: "ar") else { throw .missingColumn(file: path, column: "ar") }
                    guard let en = names.firstIndex(of: "en") else { throw .missingColumn(file: path, column: "en") }
                    columns = (ar, en)
                    width = fields.count
                    continue
                }
            }
            guard fields.count == width else {
                throw .fieldCount(file: path, line: lines.lineNumber, expected: width, found: fields.count)
            }
            let ar = fields[columns.ar]
            let en = fields[columns.en]
            if isBlank(ar) { throw .emptySide(file: path, line: lines.lineNumber, side: "Arabic") }
            if isBlank(en) { throw .emptySide(file: path, line: lines.lineNumber, side: "English") }
            try body(ar, en)
        }
    }

    static func readTMX(_ path: String, _ body: (String, String) throws(AlignerError) -> Void) throws(AlignerError)
        -> [String]
    {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let missing = !FileManager.default.fileExists(atPath: path)
            throw .unreadable(file: path, reason: missing ? "no such file" : error.localizedDescription)
        }
        var skipped: [String] = []
        var failure: AlignerError?
        let result: TMXReader.Result
        do throws(TMXError) {
            result = try TMXReader().read(data, name: path) { unit in
                guard failure == nil else { return }
                let described = unit.id.map { "'\($0)'" } ?? "without tuid"
                let line = unit.line ?? 0
                guard let ar = unit.text(language: "ar"), !isBlank(ar) else {
                    skipped.append("\(path):\(line): unit \(described) has no Arabic (ar) text; skipped")
                    return
                }
                guard let en = unit.text(language: "en"), !isBlank(en) else {
                    skipped.append("\(path):\(line): unit \(described) has no English (en) text; skipped")
                    return
                }
                do throws(AlignerError) { try body(ar, en) } catch { failure = error }
            }
        } catch {
            throw .tmx(error)
        }
        if let failure { throw failure }
        return result.skipped + skipped
    }

    /// The translated segments of each `<file>` whose languages are Arabic and English (either way round); segments
    /// not to translate or not translated (no target, an empty one, or the source copied and never changed) are
    /// counted in one message per file.
    static func readXLIFF(_ path: String, _ body: (String, String) throws(AlignerError) -> Void) throws(AlignerError)
        -> [String]
    {
        let document: XLIFFDocument
        do throws(XLIFFError) {
            document = try XLIFFReader().read(file: path)
        } catch {
            throw .xliff(error)
        }
        var skipped: [String] = []
        for file in document.files {
            let target = file.targetLanguage ?? ""
            let arabicSource: Bool
            if TMXUnit.language(file.sourceLanguage, matches: "ar"), TMXUnit.language(target, matches: "en") {
                arabicSource = true
            } else if TMXUnit.language(file.sourceLanguage, matches: "en"), TMXUnit.language(target, matches: "ar") {
                arabicSource = false
            } else {
                throw .xliffLanguages(file: path, line: file.line, source: file.sourceLanguage, target: target)
            }
            var untranslated = 0
            for segment in file.units.flatMap(\.segments) {
                guard segment.translate, !segment.status.isUntranslated, let translation = segment.target,
                    !isBlank(segment.source)
                else {
                    untranslated += 1
                    continue
                }
                try arabicSource ? body(segment.source, translation) : body(translation, segment.source)
            }
            if untranslated > 0 {
                skipped.append(
                    "\(path):\(file.line): \(untranslated) segment\(untranslated == 1 ? "" : "s") without a translation; skipped"
                )
            }
        }
        return skipped
    }
}
