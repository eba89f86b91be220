import DragomanGlossary
import Foundation

/// Times the glossary maintenance path on a synthetic glossary: parse, lint, merge an import, serialize.
///
///   swift run -c release dragoman-bench glossary-maintenance [--entries 100000] [--import 10000] [--write FILE]
enum GlossaryMaintenanceBenchmark {
    static func run(arguments: [String]) throws {
        let entries = Measure.option("--entries", in: arguments, default: 100_000)
        let imported = Measure.option("--import", in: arguments, default: 10_000)
        let glossary = synthetic(count: entries, seed: 1)
        let text = try GlossaryTSV.serialize(glossary)
        print("glossary-maintenance: \(entries) entries, \(text.utf8.count / 1024) KiB TSV")
        // `--write FILE` keeps the synthetic glossary, for timing the command line on it.
        if let path = Measure.string("--write", in: arguments) {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            print("  written to \(path)")
        }

        var parsed: GlossaryTSV.Parsed?
        try time("parse") { parsed = try GlossaryTSV.parse(text, name: "synthetic.tsv") }
        var findings: [LintFinding] = []
        time("lint") { findings = GlossaryLinter().lint(parsed!, file: "synthetic.tsv") }
        print("  lint findings: \(findings.count)")

        // Half the import overlaps the glossary (same Arabic, same English), half is new.
        var incoming = Array(synthetic(count: imported / 2, seed: 1).entries)
        incoming += synthetic(count: imported - imported / 2, seed: 2).entries.map { entry in
            var copy = entry
            copy.id = ""
            return copy
        }
        var target = parsed!.glossary
        var actions: [GlossaryMerger.Action] = []
        time("merge \(imported)") { actions = GlossaryMerger(policy: .keep).merge(incoming, into: &target) }
        print("  added \(actions.count { $0.kind == .added }), unchanged \(actions.count { $0.kind == .unchanged })")
        try time("serialize") { _ = try GlossaryTSV.serialize(target) }
    }

    static func time(_ label: String, _ body: () throws -> Void) rethrows {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        print("  \(label): \(String(format: "%.0f", ms)) ms")
    }

    /// Distinct pseudo-Arabic two-word terms from a seeded generator (deterministic).
    static func synthetic(count: Int, seed: UInt64) -> Glossary {
        let letters = Array("بتثجحخدذرزسشصضطظعغفقكلمنهوي")
        var random = SyntheticRandom(state: seed &* 0x9E37_79B9_7F4A_7C15)
        func word(_ n: Int) -> String {
            var value = n
            var out = ""
            repeat {
                out.append(letters[value % letters.count])
                value /= letters.count
            } while value > 0
            return out + String(letters[random.next(letters.count)])
        }
        var entries: [GlossaryEntry] = []
        entries.reserveCapacity(count)
        let offset = Int(seed) * 10_000_000
        for i in 0..<count {
            let n = offset + i
            var entry = GlossaryEntry(
                id: "dm-\(i + 1)", ar: "ال" + word(n) + " " + word(n * 7 + 3), en: "term \(seed)-\(i)",
                pos: "noun", domain: "security", updated: "2026-11-25")
            if i % 3 == 0 { entry.arVariants = ["أ" + word(n) + " " + word(n * 7 + 3)] }
            if i % 50 == 49 {
                entry.status = .deprecated
                entry.note = "use dm-\(i)"
            }
            entries.append(entry)
        }
        return Glossary(entries: entries)
    }
}
