import DragomanExchange
import DragomanGlossary
import DragomanTestSupport
import DragomanText
import Foundation
import Testing

/// import → export → import is the identity, per format, on the fields the format carries (seeded random
/// glossaries of any Unicode, many cases per format):
///
/// | format | carries | values |
/// |---|---|---|
/// | csv | every field, extra columns included | white space trimmed at both ends |
/// | tbx | id, ar, en, variants, status, pos, domain, definition, note, source, updated | XML holds no C0 controls and no U+FFFE/U+FFFF; white space trimmed, and runs inside collapsed to one space |
/// | omegat | ar, Arabic variants (each once), en, status, note | white space trimmed; a note starting with "[status]" reads as that status |
@Suite struct ExchangePropertyTests {
    /// A value the format can carry: from `RandomText`, white space other than a single space (and, unless the
    /// format collapses it, any white space) inside, none at either end.
    static func value(
        _ length: Int, format: GlossaryFormat, excluding excluded: Set<Unicode.Scalar> = [],
        using generator: inout SplitMix64
    ) -> String {
        var excluded = excluded
        if format == .tbx { excluded.formUnion(["\u{FFFE}", "\u{FFFF}"]) }
        var scalars = String.UnicodeScalarView()
        var previousSpace = true
        for scalar in RandomText.value(length: length, excluding: excluded.union(["|"]), using: &generator)
            .unicodeScalars
        {
            let space = scalar.properties.isWhitespace
            if space && (format == .tbx ? scalar != " " && scalar != "\u{A0}" || previousSpace : false) {
                scalars.append("x")
                previousSpace = false
                continue
            }
            scalars.append(scalar)
            previousSpace = space && scalar != "\u{A0}"
        }
        let text = trimmed(String(scalars))
        return text.isEmpty ? "x" : text
    }

    /// `GlossaryColumns.trimmed` (internal to DragomanExchange): without Unicode white space at either end.
    static func trimmed(_ value: String) -> String {
        let scalars = value.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }

    static func glossary(_ format: GlossaryFormat, using generator: inout SplitMix64) -> Glossary {
        let columns = format == .csv ? (0..<Int.random(in: 0...2, using: &generator)).map { "extra\($0)" } : []
        var entries: [GlossaryEntry] = []
        for index in 0..<Int.random(in: 1...10, using: &generator) {
            func text(_ length: Int, excluding: Set<Unicode.Scalar> = []) -> String {
                value(length, format: format, excluding: excluding, using: &generator)
            }
            func optional(_ length: Int) -> String { Bool.random(using: &generator) ? "" : text(length) }
            var entry = GlossaryEntry(
                id: "c\(index)", ar: (Bool.random(using: &generator) ? "#" : "") + text(10),
                // OmegaT joins neighbouring lines with the same English and comment: keep the English apart.
                en: "\(index) " + text(10),
                arVariants: (0..<Int.random(in: 0...2, using: &generator)).map { _ in text(8) },
                enVariants: (0..<Int.random(in: 0...2, using: &generator)).map { _ in text(8) })
            entry.status = TermStatus.allCases.randomElement(using: &generator)!
            entry.note = format == .omegat ? (Bool.random(using: &generator) ? "" : "n " + text(20)) : optional(20)
            entry.pos = optional(6)
            entry.domain = optional(6)
            entry.definition = optional(30)
            entry.source = optional(10)
            if Bool.random(using: &generator) {
                entry.updated = String(
                    format: "20%02d-%02d-%02d", Int.random(in: 0...99, using: &generator),
                    Int.random(in: 1...12, using: &generator), Int.random(in: 1...28, using: &generator))
            }
            for column in columns { entry.extra[column] = optional(8) }
            entries.append(entry)
        }
        return Glossary(entries: entries, extraColumns: columns)
    }

    /// The fields `format` carries, as compared.
    static func fields(_ entry: GlossaryEntry, _ format: GlossaryFormat) -> [String] {
        let omegat = [entry.ar, entry.arVariants.joined(separator: "|"), entry.en, entry.status.rawValue, entry.note]
        guard format != .omegat else { return omegat }
        let carried =
            omegat + [
                entry.id, entry.enVariants.joined(separator: "|"), entry.pos, entry.domain, entry.definition,
                entry.source, entry.updated,
            ]
        guard format == .csv else { return carried }
        return carried + entry.extra.sorted { $0.key < $1.key }.map { $0.key + "=" + $0.value }
    }

    @Test(arguments: [GlossaryFormat.csv, .tbx, .omegat])
    func importExportImportKeepsWhatTheFormatCarries(_ format: GlossaryFormat) throws {
        var generator = SplitMix64(seed: 666)
        for _ in 0..<400 {
            let original = Self.glossary(format, using: &generator)
            let written = try format.write(original)
            let first = try format.read(written, name: "first")
            let expected = original.entries.map { Self.fields($0, format) }
            let got = first.glossary.entries.map { Self.fields($0, format) }
            if got != expected {
                let pairs = zip(expected.joined(), got.joined()).first { $0 != $1 }
                Issue.record(
                    "\(format): \(pairs.map { "\($0.0.debugDescription) → \($0.1.debugDescription)" } ?? "count \(expected.count) → \(got.count)")"
                )
                break
            }
            let exported = try format.write(first.glossary)
            let second = try format.read(exported, name: "second")
            #expect(
                second.glossary.entries.map { Self.fields($0, format) }
                    == first.glossary.entries.map { Self.fields($0, format) }, "\(exported.debugDescription)")
        }
    }
}
