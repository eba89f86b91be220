import DragomanText

extension Summary {
    /// The summary in `format`; text and Markdown put each sentence on one line (line breaks inside a wrapped
    /// sentence become spaces), JSON keeps the text exactly as in the file. Text has a header (file, language,
    /// algorithm, sentence counts, title) unless `header` is false: the summary of a single file is its sentences.
    public func formatted(as format: SummaryFormat, header: Bool = true) -> String {
        switch format {
        case .text:
            guard header else { return sentences.map { singleLine($0.text) + "\n" }.joined() }
            var out =
                "# \(source) (\(language), \(algorithm.rawValue), \(sentences.count) of \(candidates) sentences)\n"
            if let title { out += "Title: \(title.singleLineText)\n" }
            for sentence in sentences { out += singleLine(sentence.text) + "\n" }
            return out
        case .markdown:
            return markdown()
        case .json:
            return json().serialized() + "\n"
        }
    }

    /// A readable Markdown summary: `# title` (the file name when there is no headline), the source, the sentences.
    /// Everything from the article (title, file name, sentences) is escaped, so it renders as written.
    public func markdown() -> String {
        var out = "# " + Escaping.markdown(title?.text ?? source) + "\n\n"
        out += "*Source: \(Escaping.markdown(source)) · \(sentences.count) of \(candidates) sentences · "
        out += "\(algorithm.rawValue)*\n\n"
        if candidates == 0 {
            out += "*(the document has no sentences to choose from: only headlines, bylines or boilerplate)*\n"
        } else if sentences.isEmpty {
            out += "*(no sentence fits the requested length)*\n"
        }
        for sentence in sentences { out += Escaping.markdown(sentence.text) + "\n\n" }
        return out
    }

    func json() -> JSONValue {
        let titleValue: JSONValue =
            title.map { title in
                .object([
                    ("index", .int(title.index)), ("start", .int(title.range.lowerBound)),
                    ("end", .int(title.range.upperBound)), ("text", .string(title.text)),
                ])
            } ?? .null
        return .object([
            ("file", .string(source)), ("language", .string(language)), ("algorithm", .string(algorithm.rawValue)),
            ("title", titleValue), ("candidates", .int(candidates)), ("words", .int(words)),
            ("sentences", .array(sentences.map { $0.json(withSource: false) })),
        ])
    }
}

extension Digest {
    /// The digest in `format`; each sentence names its source file.
    public func formatted(as format: SummaryFormat) -> String {
        switch format {
        case .text:
            var out = "# digest of \(counted(sources.count, "document")) (\(counted(sentences.count, "sentence")))\n"
            for sentence in sentences { out += "[\(sentence.source)] " + singleLine(sentence.text) + "\n" }
            return out
        case .markdown:
            return markdown()
        case .json:
            let value: JSONValue = .object([
                ("digest", .array(sources.map { .string($0) })), ("candidates", .int(candidates)),
                ("sentences", .array(sentences.map { $0.json(withSource: true) })),
            ])
            return value.serialized() + "\n"
        }
    }

    /// The digest as Markdown: a heading, then one bullet per sentence ending with its source file.
    public func markdown() -> String {
        var out = "# Digest\n\n*\(counted(sentences.count, "sentence")) from \(counted(sources.count, "document"))*\n\n"
        if sentences.isEmpty { out += "*(no sentence fits the requested length)*\n" }
        for sentence in sentences {
            out += "- " + Escaping.markdown(sentence.text) + " — " + Escaping.markdown(sentence.source) + "\n"
        }
        return out
    }
}

extension SummarySentence {
    func json(withSource: Bool) -> JSONValue {
        var fields: [(String, JSONValue)] = withSource ? [("file", .string(source))] : []
        fields += [
            ("index", .int(index)), ("score", .double((score * 1e6).rounded() / 1e6)),
            ("start", .int(range.lowerBound)), ("end", .int(range.upperBound)), ("words", .int(words)),
            ("text", .string(text)),
        ]
        return .object(fields)
    }
}
