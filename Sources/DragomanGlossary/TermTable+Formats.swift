package import DragomanText

/// Output formats of term tables.
public enum TermTableFormat: String, Sendable, CaseIterable {
    /// Tab-separated, one header row; tabs and line breaks inside values become spaces (`Escaping.tsv`).
    case tsv
    /// Comma-separated per RFC 4180 (CRLF, fields quoted when needed).
    case csv
    /// A Markdown table per document, then the batch.
    case markdown
    /// JSON with every occurrence's segment and UTF-8 `start`/`end`.
    case json
}

extension TermTable {
    /// The column names of the flat formats (TSV, CSV), after the leading `document` column.
    public static let columns = [
        "id", "ar", "en", "status", "count", "forms", "match", "score", "replacement", "first_sentence",
    ]

    /// The flat values of a row, in `columns` order.
    func values(_ row: Row) -> [String] {
        [
            row.entry.id, row.entry.ar, row.entry.en, row.status.rawValue, String(row.count),
            row.forms.joined(separator: " | "), row.kind.rawValue, row.kind == .fuzzy ? Self.format(row.score) : "",
            row.replacement.map { "\($0.ar) (\($0.id), \($0.en))" } ?? "", row.firstSentence,
        ]
    }

    /// A score with two decimals ("0.96").
    package static func format(_ score: Double) -> String {
        let hundredths = Int((score * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    /// This table as TSV (a header row, then one row per concept).
    public func tsv(header: Bool = true) -> String {
        TermTable.render([self], as: .tsv, header: header)
    }

    /// This table as a Markdown section.
    public func markdown() -> String { TermTable.render([self], as: .markdown) }

    /// Renders tables (documents first, the batch last) in one output: flat formats get a `document` column.
    public static func render(_ tables: [TermTable], as format: TermTableFormat, header: Bool = true) -> String {
        switch format {
        case .tsv:
            var out = header ? (["document"] + columns).joined(separator: "\t") + "\n" : ""
            for table in tables {
                for row in table.rows {
                    out += ([table.name] + table.values(row)).map(Escaping.tsv).joined(separator: "\t") + "\n"
                }
            }
            return out
        case .csv:
            var out = header ? (["document"] + columns).map(Escaping.csv).joined(separator: ",") + "\r\n" : ""
            for table in tables {
                for row in table.rows {
                    out += ([table.name] + table.values(row)).map(Escaping.csv).joined(separator: ",") + "\r\n"
                }
            }
            return out
        case .markdown:
            return tables.map(\.markdownSection).joined(separator: "\n")
        case .json:
            return JSONValue.object([("tables", .array(tables.map(\.json)))]).pretty() + "\n"
        }
    }

    /// The table as a Markdown section: a heading (the document, or "Batch"), one row per concept, then the
    /// sentences the concepts first occur in, each listed once (rows refer to them as S1, S2, …), so a sentence
    /// shared by many terms is not repeated on every row. Everything from the text and the glossary is escaped.
    var markdownSection: String {
        var out = "## \(name == "batch" ? "Batch" : Escaping.markdown(name))\n\n"
        if rows.isEmpty { return out + "No glossary terms found.\n" }
        out += "| id | Arabic | English | status | count | forms in the text | match | first sentence |\n"
        out += "|---|---|---|---|---:|---|---|---|\n"
        var sentences: [String] = []
        var numbers: [String: Int] = [:]
        for row in rows {
            var status = row.status.rawValue
            if let replacement = row.replacement {
                let flag = row.status == .misspelling ? "**misspelling**: write" : "**deprecated**: use"
                status = "\(flag) \(Escaping.markdown(replacement.ar)) (\(Escaping.markdown(replacement.id)))"
            } else if row.status == .deprecated {
                status = "**deprecated**: no preferred term in the glossary"
            }
            let match = row.kind == .fuzzy ? "fuzzy \(Self.format(row.score))" : "exact"
            var first = ""
            if let at = row.firstSentenceAt {
                let key = "\(at.file)\u{0}\(at.segment)"
                if numbers[key] == nil {
                    sentences.append(row.firstSentence)
                    numbers[key] = sentences.count
                }
                first = "S\(numbers[key]!)"
            }
            let cells =
                [row.entry.id, row.entry.ar, row.entry.en].map(Escaping.markdown) + [
                    status, String(row.count), row.forms.map(Escaping.markdown).joined(separator: " · "), match, first,
                ]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        if !sentences.isEmpty {
            out += "\nFirst sentences:\n\n"
            for (index, sentence) in sentences.enumerated() {
                out += "- S\(index + 1): " + Escaping.markdown(sentence) + "\n"
            }
        }
        return out
    }

    /// The table as a JSON value (every occurrence with its segment and UTF-8 offsets).
    package var json: JSONValue {
        .object([
            ("name", .string(name)),
            (
                "terms",
                .array(
                    rows.map { row in
                        .object([
                            ("id", .string(row.entry.id)), ("ar", .string(row.entry.ar)), ("en", .string(row.entry.en)),
                            ("status", .string(row.status.rawValue)), ("count", .int(row.count)),
                            ("forms", .array(row.forms.map(JSONValue.string))), ("match", .string(row.kind.rawValue)),
                            ("score", row.kind == .fuzzy ? .double(row.score) : .null),
                            (
                                "replacement",
                                row.replacement.map {
                                    .object([("id", .string($0.id)), ("ar", .string($0.ar)), ("en", .string($0.en))])
                                } ?? .null
                            ),
                            ("first_sentence", .string(row.firstSentence)),
                            (
                                "occurrences",
                                .array(
                                    row.occurrences.map { occurrence in
                                        .object([
                                            ("file", .string(occurrence.file)), ("segment", .int(occurrence.segment)),
                                            ("start", .int(occurrence.range.lowerBound)),
                                            ("end", .int(occurrence.range.upperBound)),
                                            ("text", .string(occurrence.text)),
                                            ("score", .double(occurrence.score)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }
}
