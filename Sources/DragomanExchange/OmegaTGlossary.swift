public import DragomanGlossary

/// OmegaT's glossary format: UTF-8, one term per line, `source TAB target [TAB comment]`, `#` lines are comments.
///
/// OmegaT can hold only the source term, the target term and a comment. Dragoman writes one line per Arabic form
/// (the preferred term, its variants, its deprecated forms, misspellings and proposed variants, all with the
/// concept's English) so OmegaT recognizes every spelling; the comment carries the form's status when it is not
/// preferred (as "[deprecated] ", "[misspelling] ", "[admitted] ", "[proposed] ") followed by the note. Reading
/// groups consecutive lines with the same target and note back into one concept: the first line is the preferred
/// term and its marker the concept's status, a later line with another marker is a form of that status, the others
/// are variants. Ids, English variants, part of speech, domain, definition, source, updated, blocking phrases and
/// extra columns are not carried.
public enum OmegaTGlossary {
    /// Reads an OmegaT glossary.
    public static func read(_ text: String, name: String) throws(ExchangeError) -> Glossary {
        var entries: [GlossaryEntry] = []
        var last: (target: String, note: String, marker: String?)?
        var number = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if number == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                last = nil
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                GlossaryColumns.trimmed(String($0))
            }
            guard fields.count >= 2 else {
                throw .fieldCount(file: name, line: number, expected: 2, found: fields.count)
            }
            let (source, target) = (fields[0], fields[1])
            let comment = fields.count > 2 ? fields[2...].filter { !$0.isEmpty }.joined(separator: " ") : ""
            let (marker, note) = parseComment(comment)
            if let previous = last, previous.target == target, previous.note == note, var entry = entries.popLast() {
                if source != entry.ar, !entry.arabicForms.contains(source) {
                    switch marker == previous.marker ? nil : marker {
                    case "deprecated": entry.arDeprecated.append(source)
                    case "misspelling": entry.arMisspellings.append(source)
                    case "proposed": entry.arProposed.append(source)
                    default: entry.arVariants.append(source)
                    }
                }
                entries.append(entry)
                continue
            }
            var entry = GlossaryEntry(ar: source, en: target, line: number)
            entry.status = marker.flatMap(TermStatus.init(rawValue:)) ?? .preferred
            entry.note = note
            entries.append(entry)
            last = (target, note, marker)
        }
        return Glossary(entries: entries)
    }

    /// Writes an OmegaT glossary: a comment header, then one line per Arabic form of each concept (each form once),
    /// in id order. A concept with the same English and note as the one before it follows a blank line, so
    /// reading does not join the two; a term starting with "#" is written after a space, so it is not a comment.
    public static func write(_ glossary: Glossary) throws(ExchangeError) -> String {
        var out = "# Dragoman glossary for OmegaT: Arabic source, English target, comment (status and note)\n"
        var previous: (String, String)?
        for entry in GlossaryTSV.sortedByID(glossary.entries) {
            for (column, value) in [("ar", entry.ar), ("en", entry.en), ("note", entry.note)]
                + entry.arabicForms.dropFirst().map({ ("ar_variants", $0) })
            where value.unicodeScalars.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
                throw .unwritableValue(id: entry.id, column: column, value: value)
            }
            var written = Set<String>()
            // A form repeated in one concept (a variant equal to the term) is written once: OmegaT cannot carry it.
            for (index, form) in entry.arabicForms.enumerated() where !form.isEmpty && written.insert(form).inserted {
                if written.count == 1 {
                    // Reading joins neighbouring lines with the same English and note: a blank line keeps two
                    // concepts apart.
                    let key = (entry.en, entry.note.trimmingSpaces)
                    if let previous, previous == key { out += "\n" }
                    previous = key
                }
                let status = entry.statusOfArabicForm(index)
                // The concept's status on its preferred term and variants; a form's own otherwise.
                let marker =
                    index <= entry.arVariants.count
                    ? (entry.status == .preferred ? "" : entry.status.rawValue) : status.rawValue
                let comment = (marker.isEmpty ? "" : "[\(marker)] ") + entry.note
                // A term starting with "#" gets a space before it, or the line would read as a comment.
                let source = form.hasPrefix("#") ? " " + form : form
                out += [source, entry.en, comment.trimmingSpaces].joined(separator: "\t") + "\n"
            }
        }
        return out
    }

    /// The status marker and note of a comment ("[deprecated] use X" → "deprecated", "use X").
    static func parseComment(_ comment: String) -> (String?, String) {
        guard comment.hasPrefix("["), let close = comment.firstIndex(of: "]") else { return (nil, comment) }
        let marker = String(comment[comment.index(after: comment.startIndex)..<close])
        guard TermStatus(rawValue: marker) != nil || FormStatus(rawValue: marker) != nil else { return (nil, comment) }
        return (marker, GlossaryColumns.trimmed(String(comment[comment.index(after: close)...])))
    }
}

extension String {
    /// Without trailing spaces.
    var trimmingSpaces: String {
        var copy = self
        while copy.hasSuffix(" ") { copy.removeLast() }
        return copy
    }
}
