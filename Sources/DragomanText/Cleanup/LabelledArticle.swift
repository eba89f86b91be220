/// An article whose every line is labelled furniture, metadata, headline or news: the cleanup's labelled set
/// (`Tests/DragomanTextTests/Fixtures/cleanup/`), read by its tests and by `dragoman-bench cleanup`.
///
/// The file is TSV, one row per line of the article: `label<TAB>text`; `blank` labels an empty line.
package struct LabelledArticle: Sendable {
    /// What a line is on the page.
    package enum Label: String, Sendable, CaseIterable {
        case furniture, metadata, headline, news, blank
    }

    /// The file name.
    package let name: String
    /// The lines in order, with their labels.
    package let lines: [(label: Label, text: String)]

    /// Parses a labelled file; `name` is used in errors.
    package init(parsing text: String, name: String) throws(TextError) {
        var lines: [(Label, String)] = []
        for (number, row) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if row.isEmpty && number > 0 { continue }  // the final line feed
            guard let tab = row.firstIndex(of: "\t"), let label = Label(rawValue: String(row[..<tab])) else {
                throw .badRule(
                    file: name, line: number + 1,
                    reason: "expected 'label<TAB>text' with a label among "
                        + Label.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let line = String(row[row.index(after: tab)...])
            if (label == .blank) != line.isEmpty {
                throw .badRule(file: name, line: number + 1, reason: "a blank line is labelled 'blank', and only it")
            }
            lines.append((label, line))
        }
        self.name = name
        self.lines = lines
    }

    /// The article as a user pastes it: the lines joined by line feeds.
    package var source: SourceText {
        SourceText(name: name, text: lines.map(\.text).joined(separator: "\n") + "\n")
    }

    /// The UTF-8 range of each line in `source`.
    package var lineRanges: [Range<Int>] {
        var start = 0
        return lines.map { line in
            defer { start += line.text.utf8.count + 1 }
            return start..<start + line.text.utf8.count
        }
    }

    /// For each line, the segments of `document` (made from `source`) that overlap it.
    package func segments(of document: Document) -> [[Segment]] {
        lineRanges.map { range in
            document.segments.filter { $0.range.overlaps(range) }
        }
    }
}
