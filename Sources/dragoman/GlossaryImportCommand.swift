import ArgumentParser
import DragomanExchange
import DragomanGlossary

struct GlossaryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Merge entries from a TSV, CSV, TBX or OmegaT file into the glossary.",
        usage: "dragoman glossary import [<options>] <file>",
        discussion: """
            An imported entry whose Arabic (any form, after normalization) is already in the glossary with the same \
            English is merged: new variants are added and empty fields filled, nothing is replaced. With different \
            English it is a conflict, resolved by --on-conflict:
              keep     keep the glossary's entry, skip the imported one (default)
              replace  replace the glossary's entry (its id is kept)
              variant  add the imported English (and Arabic forms) as variants
              report   change nothing; list every action; exit 1 on a conflict

            Each imported entry is reported on one line: added, merged, unchanged, replaced, variant, skipped or \
            conflict, with the glossary id. A bad input file changes nothing.

            Entries with status 'proposed' (the output of 'dragoman terms --candidates') are added for review: \
            they are not matched in text, so they stay out of term tables, until a terminologist gives them \
            English and status preferred or admitted with 'dragoman glossary update'.

            Examples:
              cp Glossaries/ar-en.tsv my-glossary.tsv
              dragoman glossary export --format tbx -o partner.tbx
              dragoman glossary import --glossary my-glossary.tsv partner.tbx
              dragoman terms --candidates seeds/ > candidates.tsv
              dragoman glossary import --glossary my-glossary.tsv candidates.tsv
            """)

    @OptionGroup var glossary: GlossaryFileOption

    @Argument(help: "The file to import.") var file: String

    @Option(help: "tsv, csv, tbx (2019 or 2008) or omegat (default: from the file extension).") var format: String?

    @Option(name: .customLong("on-conflict"), help: "keep, replace, variant or report.") var onConflict: String = "keep"

    func validate() throws {
        if let format, GlossaryFormat(rawValue: format) == nil {
            throw ValidationError(ExchangeError.unknownFormat(format).description)
        }
        if format == nil, Self.format(fromExtensionOf: file) == nil {
            throw ValidationError(
                "cannot tell the format of '\(file)' from its extension; give --format tsv, csv, tbx or omegat")
        }
        guard GlossaryMerger.Policy(rawValue: onConflict) != nil else {
            throw ValidationError("unknown --on-conflict '\(onConflict)'; use keep, replace, variant or report")
        }
    }

    func run() throws {
        let chosen = format.flatMap(GlossaryFormat.init(rawValue:)) ?? Self.format(fromExtensionOf: file)!
        let policy = GlossaryMerger.Policy(rawValue: onConflict)!
        let reading = try chosen.read(path: file)
        try GlossaryMerger.check(reading.glossary.entries, file: file)
        let store = try glossary.store()
        var actions: [GlossaryMerger.Action] = []
        // Merged into the glossary as it is under its lock, so a concurrent edit is never lost; written before the
        // actions are listed (with `report`, never).
        try store.modify(allowMissing: true) { current in
            let existed = store.exists
            actions = GlossaryMerger(policy: policy).merge(reading.glossary.entries, into: &current)
            let changed = actions.contains { [.added, .merged, .replaced, .variant].contains($0.kind) }
            return policy != .report && (changed || !existed)
        }
        for message in reading.skipped { printError(message) }
        for action in actions { print(action) }
        var counts: [GlossaryMerger.Action.Kind: Int] = [:]
        for action in actions { counts[action.kind, default: 0] += 1 }
        let order: [GlossaryMerger.Action.Kind] = [
            .added, .merged, .unchanged, .replaced, .variant, .skipped, .conflict,
        ]
        let summary = order.compactMap { kind in counts[kind].map { "\($0) \(kind.rawValue)" } }
        printError(
            "\(file): \(actions.count) \(actions.count == 1 ? "entry" : "entries") read: "
                + (summary.isEmpty ? "nothing to do" : summary.joined(separator: ", ")))
        if policy == .report {
            let conflicts = counts[.conflict] ?? 0
            if conflicts > 0 { throw GlossaryError.conflicts(count: conflicts) }
        }
    }

    /// The format named by the extension of `file` (after its last "."), or nil when it has none Dragoman knows.
    static func format(fromExtensionOf file: String) -> GlossaryFormat? {
        guard file.contains(".") else { return nil }
        return GlossaryFormat(pathExtension: String(file.split(separator: ".").last ?? ""))
    }
}
