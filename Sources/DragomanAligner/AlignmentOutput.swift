public import DragomanGlossary
import DragomanText

/// The aligner's results as text: glossary TSV that `dragoman glossary import` merges, or JSON with every proposal
/// and its evidence; the `--check` report as TSV or JSON.
public enum AlignmentOutput {
    /// Proposals as glossary entries, status `proposed`: `en` is the best proposal, `ar_variants` the spelling
    /// variants of a name, `note` the score, the evidence, two example pairs and the runners-up, `source` the
    /// evidence's origin. A term from the glossary keeps the concept's id and Arabic, so `glossary import
    /// --on-conflict variant` adds the English as a variant of it; a term whose best proposal is already one of its
    /// concept's English forms is left out (nothing to import). New terms get ids `align-0001`… in order.
    public static func glossary(_ results: [TermAlignment], source: String, date: String) -> Glossary {
        let key = TermKey()
        var entries: [GlossaryEntry] = []
        var number = 0
        for result in results {
            guard let best = result.proposals.first else { continue }
            if let entry = result.entry,
                entry.englishForms.contains(where: { key.english($0) == key.english(best.text) })
            {
                continue
            }
            let known = Set((result.entry?.arabicForms ?? [result.term]).map(key.arabic))
            var row = GlossaryEntry(
                id: result.entry?.id ?? "", ar: result.entry?.ar ?? result.term, en: best.text,
                arVariants: result.spellingVariants.filter { !known.contains(key.arabic($0)) }, status: .proposed,
                note: note(result), source: source, updated: date)
            if result.entry == nil {
                number += 1
                row.id = "align-" + String(repeating: "0", count: max(0, 4 - String(number).count)) + String(number)
            }
            entries.append(row)
        }
        return Glossary(entries: entries)
    }

    /// "score 0.62, aligned in 41 of 57 pairs; e.g. pair 12: «…» = «…»; …; also: X (0.10, 5)".
    static func note(_ result: TermAlignment) -> String {
        let best = result.proposals[0]
        var note = "score \(format(best.score)), \(best.count) of \(result.occurrences) pairs"
        for example in best.examples {
            note +=
                "; e.g. pair \(example.number): «\(Escaping.tsv(example.arabic))» = «\(Escaping.tsv(example.english))»"
        }
        let others = result.proposals.dropFirst().map { "\($0.text) (\(format($0.score)), \($0.count))" }
        if !others.isEmpty { note += "; also: " + others.joined(separator: ", ") }
        return note
    }

    /// Proposals as glossary TSV.
    public static func tsv(_ results: [TermAlignment], source: String, date: String) throws(AlignerError) -> String {
        do {
            return try GlossaryTSV.serialize(glossary(results, source: source, date: date))
        } catch {
            throw .textLayer(error.description)
        }
    }

    /// Proposals as JSON: the pairs read, then per term its occurrences and ranked proposals with examples.
    public static func json(
        arabic: [TermAlignment], english: [TermAlignment], pairs: Int, tooLong: Int, skipped: [String]
    ) -> String {
        func proposals(_ result: TermAlignment, language: String) -> JSONValue {
            .array(
                result.proposals.map { proposal in
                    .object([
                        (language, .string(proposal.text)), ("score", .double(rounded(proposal.score))),
                        ("count", .int(proposal.count)), ("examples", examples(proposal.examples)),
                    ])
                })
        }
        let terms = arabic.map { result -> JSONValue in
            .object([
                ("ar", .string(result.term)), ("id", result.entry.map { .string($0.id) } ?? .null),
                ("occurrences", .int(result.occurrences)), ("aligned", .int(result.aligned)),
                ("proposals", proposals(result, language: "en")),
                ("ar_variants", .array(result.spellingVariants.map { .string($0) })),
            ])
        }
        var object: [(String, JSONValue)] = [
            ("pairs", .int(pairs)), ("too_long", .int(tooLong)), ("skipped", .array(skipped.map { .string($0) })),
            ("terms", .array(terms)),
        ]
        if !english.isEmpty {
            object.append(
                (
                    "english_terms",
                    .array(
                        english.map { result in
                            .object([
                                ("en", .string(result.term)), ("occurrences", .int(result.occurrences)),
                                ("aligned", .int(result.aligned)), ("proposals", proposals(result, language: "ar")),
                            ])
                        })
                ))
        }
        return JSONValue.object(object).pretty() + "\n"
    }

    /// The `--check` report as TSV: id, ar, en, seen, approved, share (%), other renderings with counts, verdict.
    public static func checkTSV(_ checks: [EntryCheck]) -> String {
        var out = "id\tar\ten\tseen\tapproved\tshare\trenderings\tverdict\n"
        for check in checks {
            let share = Int((100 * Double(check.approved) / Double(check.seen)).rounded())
            let renderings = check.renderings.map { "\($0.text) (\($0.count))" }.joined(separator: " | ")
            let fields = [
                check.entry.id, check.entry.ar, check.entry.en, String(check.seen), String(check.approved),
                "\(share)%", renderings, check.verdict.rawValue,
            ]
            out += fields.map(Escaping.tsv).joined(separator: "\t") + "\n"
        }
        return out
    }

    /// The `--check` report as JSON, with example pairs for each rendering.
    public static func checkJSON(_ checks: [EntryCheck], pairs: Int) -> String {
        let entries = checks.map { check -> JSONValue in
            .object([
                ("id", .string(check.entry.id)), ("ar", .string(check.entry.ar)), ("en", .string(check.entry.en)),
                ("seen", .int(check.seen)), ("approved", .int(check.approved)),
                (
                    "renderings",
                    .array(
                        check.renderings.map { rendering in
                            .object([
                                ("en", .string(rendering.text)), ("count", .int(rendering.count)),
                                ("examples", examples(rendering.examples)),
                            ])
                        })
                ),
                ("verdict", .string(check.verdict.rawValue)),
            ])
        }
        return JSONValue.object([("pairs", .int(pairs)), ("entries", .array(entries))]).pretty() + "\n"
    }

    static func examples(_ pairs: [ExamplePair]) -> JSONValue {
        .array(
            pairs.map { pair in
                .object([("pair", .int(pair.number)), ("ar", .string(pair.arabic)), ("en", .string(pair.english))])
            })
    }

    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
