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

        public var description: String { "line \(line), column '\(column)': \(message)" }
    }

    /// The result of reading: the glossary, and problems that lint should report.
    public struct Parsed: Sendable {
        /// The glossary read (ids assigned where missing).
        public var glossary: Glossary
        /// Soft problems (bad status, empty required values, malformed dates).
        public var problems: [Problem]
    }

    /// The separator of variant lists.
    public static let variantSeparator = " | "

    /// Parses a glossary file; `name` is used in errors. Structural errors throw; value problems are collected.
    public static func parse(_ text: String, name: String) throws(GlossaryError) -> Parsed {
        // Split on UTF-8 bytes: faster than Characters, and "\r\n" (one Character) still ends a line.
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { bytes -> Substring in
            bytes.last == 0x0D ? Substring(bytes.dropLast()) : Substring(bytes)
        }
        if text.hasPrefix("\u{FEFF}"), !lines.isEmpty { lines[0] = lines[0].dropFirst() }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        guard let headerLine = lines.first, !headerLine.isEmpty else { throw .missingHeader(file: name) }
        let header = headerLine.split(separator: "\t", omittingEmptySubsequences: false).map {
            $0.trimmingSpaces()
        }
        var seen = Set<String>()
        for column in header where !seen.insert(column).inserted { throw .duplicateColumn(file: name, column: column) }
        for required in ["ar", "en"] where !seen.contains(required) {
            throw .missingColumn(file: name, column: required)
        }
        let extraColumns = header.filter { !Glossary.standardColumns.contains($0) && !$0.isEmpty }

        var entries: [GlossaryEntry] = []
        var problems: [Problem] = []
        for (offset, line) in lines.enumerated().dropFirst() {
            let number = offset + 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map {
                Substring($0).trimmingSpaces()
            }
            guard fields.count == header.count else {
                throw .fieldCount(file: name, line: number, expected: header.count, found: fields.count)
            }
            var values: [String: String] = [:]
            values.reserveCapacity(header.count)
            for (column, value) in zip(header, fields) { values[column] = value }
            var entry = GlossaryEntry(
                id: values["id"] ?? "", ar: values["ar"] ?? "", en: values["en"] ?? "",
                arVariants: splitVariants(values["ar_variants"] ?? ""),
                enVariants: splitVariants(values["en_variants"] ?? ""), pos: values["pos"] ?? "",
                domain: values["domain"] ?? "", definition: values["definition"] ?? "", note: values["note"] ?? "",
                source: values["source"] ?? "", updated: values["updated"] ?? "", line: number)
            for column in extraColumns { entry.extra[column] = values[column] ?? "" }
            let status = values["status"] ?? ""
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
        var glossary = Glossary(entries: entries, extraColumns: extraColumns)
        assignMissingIDs(&glossary)
        return Parsed(glossary: glossary, problems: problems)
    }

    /// Writes a glossary: standard columns then extra columns, rows ordered by `id`, values trimmed.
    public static func serialize(_ glossary: Glossary) throws(GlossaryError) -> String {
        let extra = glossary.extraColumns.filter { $0 != "status" }
        let columns = Glossary.standardColumns + extra
        var out = columns.joined(separator: "\t") + "\n"
        for entry in glossary.entries.sorted(by: { idOrder($0.id, $1.id) }) {
            var fields: [String] = [
                entry.id, entry.ar, entry.en, entry.arVariants.joined(separator: variantSeparator),
                entry.enVariants.joined(separator: variantSeparator), entry.extra["status"] ?? entry.status.rawValue,
                entry.pos, entry.domain, entry.definition, entry.note, entry.source, entry.updated,
            ]
            fields += extra.map { entry.extra[$0] ?? "" }
            for (column, value) in zip(columns, fields) where value.contains(where: { $0 == "\t" || $0.isNewline }) {
                throw .invalidValue(id: entry.id, column: column, value: value)
            }
            out += fields.map { $0.trimmingSpaces() }.joined(separator: "\t") + "\n"
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

    static func formatID(_ number: Int) -> String {
        let digits = String(number)
        return "dm-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func numericSuffix(_ id: String) -> Int? {
        let digits = id.reversed().prefix { $0.isASCII && $0.isNumber }
        return digits.isEmpty ? nil : Int(String(digits.reversed()))
    }

    /// Stable order of ids: by prefix, then numerically by the trailing number, then by text.
    static func idOrder(_ a: String, _ b: String) -> Bool {
        let na = numericSuffix(a)
        let nb = numericSuffix(b)
        let pa = na.map { _ in String(a.dropLast(String(a.reversed().prefix { $0.isASCII && $0.isNumber }).count)) } ?? a
        let pb = nb.map { _ in String(b.dropLast(String(b.reversed().prefix { $0.isASCII && $0.isNumber }).count)) } ?? b
        if pa != pb { return pa < pb }
        if let na, let nb, na != nb { return na < nb }
        return a < b
    }

    /// Splits a " | "-separated variant list (a bare "|" is accepted too).
    public static func splitVariants(_ value: String) -> [String] {
        value.split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    static func isISODate(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil
        else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}

extension Substring {
    /// Without leading and trailing spaces (tabs and newlines are not trimmed: they are errors).
    func trimmingSpaces() -> String {
        // Fast path: nothing to trim unless the value starts or ends with a space or a no-break space (C2 A0).
        if let first = utf8.first, let last = utf8.last, first != 0x20, first != 0xC2, last != 0x20, last != 0xA0 {
            return String(self)
        }
        let start = firstIndex { $0 != " " && $0 != "\u{A0}" } ?? endIndex
        let end = lastIndex { $0 != " " && $0 != "\u{A0}" }.map { index(after: $0) } ?? start
        return start < end ? String(self[start..<end]) : ""
    }
}

extension String {
    func trimmingSpaces() -> String { self[...].trimmingSpaces() }
}
