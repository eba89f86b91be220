import DragomanText

/// The canonical glossary file format: UTF-8 TSV with a header row, one concept per row.
///
/// Variants are separated by " | ". Rows are written in stable `id` order with no trailing spaces, so diffs show
/// real changes only. Unknown columns are kept and written after the standard ones.
public enum GlossaryTSV {
    /// A problem found while reading that does not stop reading (lint reports it).
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// 1-based line in the file.
        public var line: Int
        /// The column concerned.
        public var column: String
        /// What is wrong and what to do.
        public var message: String

        /// "line N, column 'C': message".
        public var description: String { "line \(line), column '\(column)': \(message)" }
    }

    /// The result of reading: the glossary, and problems that lint should report.
    public struct Parsed: Sendable {
        /// The glossary read (ids assigned where missing).
        public var glossary: Glossary
        /// Soft problems (bad status, empty required values, malformed dates).
        public var problems: [Problem]
    }

    /// The lines of a TSV file as trimmed fields, with their 1-based line numbers: LF, CRLF or CR line ends (old Mac
    /// editors), a leading BOM skipped. Works on UTF-8 bytes: a large glossary is split in one pass.
    static func splitRows(_ text: String) -> [(line: Int, fields: [String])] {
        var text = text
        return text.withUTF8 { bytes in
            var rows: [(line: Int, fields: [String])] = []
            var start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
            var number = 1
            while true {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
                let lineEnd = end
                if end + 1 < bytes.count, bytes[end] == 0x0D, bytes[end + 1] == 0x0A { end += 1 }
                var fields: [String] = []
                var fieldStart = start
                var index = start
                while index <= lineEnd {
                    if index == lineEnd || bytes[index] == 0x09 {
                        fields.append(trimmedField(bytes, fieldStart..<index))
                        fieldStart = index + 1
                    }
                    index += 1
                }
                rows.append((number, fields))
                if end >= bytes.count { break }
                start = end + 1
                number += 1
            }
            return rows
        }
    }

    /// A field without leading and trailing spaces and no-break spaces.
    private static func trimmedField(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            if bytes[lower] == 0x20 {
                lower += 1
            } else if lower + 1 < upper, bytes[lower] == 0xC2, bytes[lower + 1] == 0xA0 {
                lower += 2
            } else {
                break
            }
        }
        while upper > lower {
            if bytes[upper - 1] == 0x20 {
                upper -= 1
            } else if upper - 2 >= lower, bytes[upper - 2] == 0xC2, bytes[upper - 1] == 0xA0 {
                upper -= 2
            } else {
                break
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
    }

    /// The separator of variant lists.
    public static let variantSeparator = " | "

    /// Parses a glossary file; `name` is used in errors. Structural errors throw; value problems are collected.
    public static func parse(_ text: String, name: String) throws(GlossaryError) -> Parsed {
        var rows = splitRows(text)
        while let last = rows.last, last.fields.allSatisfy(\.isEmpty), last.fields.count <= 1 { rows.removeLast() }
        guard let headerRow = rows.first, headerRow.fields != [""] else { throw .missingHeader(file: name) }
        let header = headerRow.fields
        var seen = Set<String>()
        for column in header where !seen.insert(column).inserted { throw .duplicateColumn(file: name, column: column) }
        for required in ["ar", "en"] where !seen.contains(required) {
            throw .missingColumn(file: name, column: required)
        }
        let extraColumns = header.filter { !Glossary.isKnownColumn($0) && !$0.isEmpty }
        let optional = Set(header.filter { Glossary.optionalColumns.contains($0) })
        let statusColumn = header.firstIndex(of: "status")

        var entries: [GlossaryEntry] = []
        var problems: [Problem] = []
        if rows.count - 1 > Limits.glossaryEntries {
            let count = rows.dropFirst().count { !$0.fields.allSatisfy(\.isEmpty) }
            if count > Limits.glossaryEntries {
                throw .tooManyEntries(count: count, limit: Limits.glossaryEntries, file: name)
            }
        }
        for row in rows.dropFirst() {
            let number = row.line
            let fields = row.fields
            if fields.allSatisfy(\.isEmpty) { continue }
            guard fields.count == header.count else {
                throw .fieldCount(file: name, line: number, expected: header.count, found: fields.count)
            }
            var entry = GlossaryEntry(ar: "", en: "", line: number)
            for (column, value) in zip(header, fields) { entry.setValue(value, ofColumn: column) }
            let status = statusColumn.map { fields[$0] } ?? ""
            if status.isEmpty {
                entry.status = .preferred
            } else if let parsed = TermStatus(rawValue: status.lowercased()) {
                entry.status = parsed
            } else {
                entry.status = .proposed
                entry.extra["status"] = status
                problems.append(
                    Problem(
                        line: number, column: "status",
                        message: "unknown status '\(status)'; use preferred, admitted, deprecated or proposed"))
            }
            if entry.ar.isEmpty {
                problems.append(Problem(line: number, column: "ar", message: "the Arabic term is empty; fill it in"))
            }
            if entry.en.isEmpty, entry.status != .proposed {
                problems.append(
                    Problem(
                        line: number, column: "en",
                        message: "the English term is empty; fill it in, or mark the entry 'proposed'"))
            }
            if !entry.updated.isEmpty, !isISODate(entry.updated) {
                problems.append(
                    Problem(
                        line: number, column: "updated",
                        message: "'\(entry.updated)' is not an ISO date; write YYYY-MM-DD"))
            }
            entries.append(entry)
        }
        var glossary = Glossary(entries: entries, extraColumns: extraColumns, presentOptionalColumns: optional)
        assignMissingIDs(&glossary)
        return Parsed(glossary: glossary, problems: problems)
    }

    /// Writes a glossary: the known columns (`Glossary.columns`) then extra columns, rows ordered by `id`, values
    /// trimmed.
    public static func serialize(_ glossary: Glossary) throws(GlossaryError) -> String {
        let columns = glossary.columns
        if let column = columns.first(where: { $0.contains(where: { $0 == "\t" || $0.isNewline }) }) {
            throw .invalidColumnName(column)
        }
        if glossary.entries.count > Limits.glossaryEntries {
            throw .tooManyEntries(count: glossary.entries.count, limit: Limits.glossaryEntries, file: nil)
        }
        var out = columns.joined(separator: "\t") + "\n"
        for entry in sortedByID(glossary.entries) {
            out += try row(entry, columns: columns)
            out += "\n"
        }
        return out
    }

    /// One entry as a TSV line (no line end) with the given columns (`Glossary.columns` of its glossary); refuses a
    /// value with a tab, a line break or a NUL (which would make the file read as binary).
    public static func row(_ entry: GlossaryEntry, columns: [String]) throws(GlossaryError) -> String {
        let fields = columns.map { entry.value(ofColumn: $0) }
        for (column, value) in zip(columns, fields)
        where value.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0 })
            || value.contains(where: \.isNewline)
        {
            throw .invalidValue(id: entry.id, column: column, value: value)
        }
        var out = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { out += "\t" }
            let first = field.utf8.first
            let last = field.utf8.last
            // Trim only when needed: spaces or a no-break space (0xC2 0xA0) at either end.
            out += first == 0x20 || first == 0xC2 || last == 0x20 || last == 0xA0 ? field.trimmingSpaces() : field
        }
        return out
    }

    /// Gives every entry without an id the next free one ("dm-0001", "dm-0002", …).
    public static func assignMissingIDs(_ glossary: inout Glossary) {
        guard glossary.entries.contains(where: { $0.id.isEmpty }) else { return }
        var next = glossary.entries.compactMap { numericSuffix($0.id) }.max().map { $0 + 1 } ?? 1
        var used = Set(glossary.entries.map(\.id))
        for index in glossary.entries.indices where glossary.entries[index].id.isEmpty {
            var id = formatID(next)
            while used.contains(id) {
                next += 1
                id = formatID(next)
            }
            glossary.entries[index].id = id
            used.insert(id)
            next += 1
        }
    }

    /// An id: `prefix` and the number, zero-padded to four digits ("dm-0042", "cand-0001").
    static func formatID(_ number: Int, prefix: String = "dm-") -> String {
        let digits = String(number)
        return prefix + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func numericSuffix(_ id: String) -> Int? {
        let digits = id.reversed().prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty ? nil : Int(String(digits.reversed()))
    }

    /// Entries in stable id order (by prefix, then numerically by the trailing number, then by text), each id's
    /// sort key computed once.
    static func sortedByIDKeys(_ entries: [GlossaryEntry]) -> [GlossaryEntry] {
        let keys = entries.map { entry -> (prefix: String, number: Int?, id: String) in
            let digits = entry.id.utf8.reversed().prefix { $0 >= 0x30 && $0 <= 0x39 }.count
            let number = digits > 0 ? Int(String(entry.id.utf8.suffix(digits))!) : nil
            return (number == nil ? entry.id : String(entry.id.utf8.dropLast(digits))!, number, entry.id)
        }
        return entries.indices.sorted { i, j in
            let a = keys[i]
            let b = keys[j]
            if a.prefix != b.prefix { return a.prefix < b.prefix }
            if let na = a.number, let nb = b.number, na != nb { return na < nb }
            return a.id < b.id
        }.map { entries[$0] }
    }

    /// Splits a " | "-separated variant list (a bare "|" is accepted too). Works on scalars: a variant that starts
    /// with a combining mark (a haraka) would otherwise join the space before it into one character and keep it.
    public static func splitVariants(_ value: String) -> [String] {
        value.unicodeScalars.split(separator: "|").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// Whether `value` is a date YYYY-MM-DD (month 1–12, day 1–31). The glossary only asks that each part have
    /// the right length and read as a number, so a sign passes ("2024-+1-05"); with `digitsOnly` (the TBX writer)
    /// every character but the dashes must be an ASCII digit.
    package static func isISODate(_ value: String, digitsOnly: Bool = false) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            !digitsOnly || parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}

extension Substring {
    /// Without leading and trailing spaces (tabs and newlines are not trimmed: they are errors). Compares scalars,
    /// so a space followed by a combining mark (one character) is still trimmed, and the mark kept.
    func trimmingSpaces() -> String {
        // Fast path: nothing to trim unless the value starts or ends with a space or a no-break space (C2 A0).
        if let first = utf8.first, let last = utf8.last, first != 0x20, first != 0xC2, last != 0x20, last != 0xA0 {
            return String(self)
        }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\u{A0}" }),
            let end = scalars.lastIndex(where: { $0 != " " && $0 != "\u{A0}" })
        else { return "" }
        return String(scalars[start...end])
    }
}

extension String {
    func trimmingSpaces() -> String { self[...].trimmingSpaces() }
}
