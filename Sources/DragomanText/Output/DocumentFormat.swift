/// How `dragoman segment` prints a document.
public enum DocumentFormat: String, Sendable, CaseIterable {
    /// One segment per line, readable in a terminal: index, kind, paragraph, language, boilerplate, text.
    case text
    /// One JSON object per document, one per line (JSON Lines).
    case json
    /// Tab-separated values with a header row.
    case tsv
}

extension Document {
    /// The document as one JSON object: file, language, encoding, title, headline prefix and publication date
    /// (null when absent), segments with kind, paragraph, language, boilerplate reason, UTF-8 `start`/`end` and the
    /// original text.
    package var jsonValue: JSONValue {
        .object([
            ("file", .string(source.name)),
            ("language", .string(language)),
            ("encoding", .string(source.encoding.rawValue)),
            ("title", title.map { .string($0.singleLineText) } ?? .null),
            ("headline_prefix", headlinePrefix.map { .string($0.text) } ?? .null),
            ("date", publicationDate.map { .string($0) } ?? .null),
            (
                "segments",
                .array(
                    segments.map { segment in
                        .object([
                            ("index", .int(segment.index)),
                            ("kind", .string(segment.kind.rawValue)),
                            ("paragraph", .int(segment.paragraph)),
                            ("language", .string(segment.language)),
                            ("boilerplate", segment.boilerplate.map { .string($0.description) } ?? .null),
                            ("start", .int(segment.range.lowerBound)),
                            ("end", .int(segment.range.upperBound)),
                            ("text", .string(segment.text)),
                        ])
                    })
            ),
        ])
    }

    /// The document in `format`, ending with a newline. TSV includes the header only when `header` is true.
    public func formatted(as format: DocumentFormat, header: Bool = true) -> String {
        switch format {
        case .json:
            return jsonValue.serialized() + "\n"
        case .tsv:
            var out = header ? "file\tindex\tkind\tparagraph\tlanguage\tboilerplate\tstart\tend\ttext\n" : ""
            for segment in segments {
                let fields = [
                    source.name, String(segment.index), segment.kind.rawValue, String(segment.paragraph),
                    segment.language, segment.boilerplate?.description ?? "", String(segment.range.lowerBound),
                    String(segment.range.upperBound), segment.singleLineText,
                ]
                for (column, field) in fields.enumerated() {
                    if column > 0 { out += "\t" }
                    out += Escaping.tsv(field)
                }
                out += "\n"
            }
            return out
        case .text:
            var out = "# \(source.name) (\(language), \(counted(segments.count, "segment")))\n"
            for segment in segments {
                var tag = "\(segment.index)\t\(segment.kind.rawValue)\tp\(segment.paragraph)\t\(segment.language)"
                if let reason = segment.boilerplate { tag += "\t[\(reason)]" }
                out += tag + "\t" + segment.singleLineText + "\n"
            }
            return out
        }
    }
}
