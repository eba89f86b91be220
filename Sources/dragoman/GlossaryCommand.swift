import ArgumentParser
import DragomanGlossary
import Foundation

/// `dragoman glossary`: keep the Arabic–English glossary (lint, add, update, remove, find, stats, import, export).
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Maintain the Arabic–English glossary: lint, edit, search, import and export it.",
        discussion: """
            The glossary is a UTF-8 TSV file (default Glossaries/ar-en.tsv) with one concept per row. Every command \
            that changes it writes atomically and keeps the previous version as FILE.bak; a failed command leaves \
            the file as it was. Try the commands that change a glossary on a copy, as the examples do.

            Examples:
              dragoman glossary lint
              dragoman glossary find الاطلسي
              cp Glossaries/ar-en.tsv my-glossary.tsv
              dragoman glossary add --glossary my-glossary.tsv \\
                  --ar "هدنة إنسانية" --en "humanitarian truce"
              dragoman glossary export --format tbx -o ar-en.tbx
              dragoman glossary import --glossary my-glossary.tsv ar-en.tbx
            """,
        subcommands: [
            GlossaryLintCommand.self, GlossaryAddCommand.self, GlossaryUpdateCommand.self,
            GlossaryRemoveCommand.self, GlossaryFindCommand.self, GlossaryStatsCommand.self,
            GlossaryImportCommand.self, GlossaryExportCommand.self,
        ]
    )
}

/// A glossary command's failure at run time: printed as "Error: message", exit status 1.
struct GlossaryCommandFailure: Error, CustomStringConvertible {
    let description: String
}

/// The `--glossary FILE` option every glossary subcommand takes.
struct GlossaryFileOption: ParsableArguments {
    @Option(name: .customLong("glossary"), help: "The glossary file.")
    var path: String = PackageRoot.glossary

    /// The glossary's store; refuses the default path when it does not exist here (`dragoman` was started elsewhere
    /// than the package root), rather than report a missing file or create a new glossary there.
    func store() throws -> GlossaryStore {
        if let message = PackageRoot.missing(path, isDefault: path == PackageRoot.glossary, option: "--glossary FILE") {
            throw GlossaryCommandFailure(description: message)
        }
        return GlossaryStore(path: path)
    }
}

/// Options shared by `add` and `update`: the values of an entry's fields.
struct GlossaryFieldOptions: ParsableArguments {
    @Option(help: "Preferred Arabic term.") var ar: String?
    @Option(help: "Preferred English term.") var en: String?
    @Option(help: "preferred, admitted, deprecated or proposed.") var status: String?
    @Option(help: "Part of speech: noun, properNoun, verb, adjective, adverb or other.") var pos: String?
    @Option(help: "Domain: person, organization, place, or a subject field.") var domain: String?
    @Option(help: "Definition.") var definition: String?
    @Option(help: "Note for translators.") var note: String?
    @Option(help: "Where the entry comes from.") var source: String?
    @Option(help: "Date of the change, YYYY-MM-DD (default: today).") var updated: String?
    @Option(
        name: .customLong("set"),
        help: "An extra or optional column's value, COLUMN=VALUE (e.g. inflect=pron, ar_deprecated=A | B). Repeatable.")
    var extra: [String] = []

    func validate() throws {
        if let status, TermStatus(rawValue: status) == nil {
            throw ValidationError(GlossaryError.unknownStatus(status).description)
        }
        for pair in extra where !pair.contains("=") || pair.hasPrefix("=") {
            throw ValidationError("--set '\(pair)': write COLUMN=VALUE")
        }
        if let column = extraColumns.first(where: { $0.contains(where: { $0 == "\t" || $0.isNewline }) }) {
            throw ValidationError("--set: " + GlossaryError.invalidColumnName(column).description)
        }
        if let column = extra.map({ String($0.split(separator: "=", maxSplits: 1)[0]) }).first(where: {
            Glossary.standardColumns.contains($0)
        }) {
            throw ValidationError(
                "--set \(column)=…: '\(column)' is a standard column; use --\(column.replacingOccurrences(of: "_", with: "-"))"
            )
        }
    }

    /// Applies the given options to an entry; `updated` defaults to today.
    func apply(to entry: inout GlossaryEntry) {
        if let ar { entry.ar = ar }
        if let en { entry.en = en }
        if let status, let value = TermStatus(rawValue: status) {
            entry.status = value
            entry.extra["status"] = nil
        }
        if let pos { entry.pos = pos }
        if let domain { entry.domain = domain }
        if let definition { entry.definition = definition }
        if let note { entry.note = note }
        if let source { entry.source = source }
        entry.updated = updated ?? GlossaryDate.today()
        for pair in extra {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            entry.setValue(parts.count > 1 ? String(parts[1]) : "", ofColumn: String(parts[0]))
        }
    }

    /// The extra columns these options name (optional columns are known, not extra).
    var extraColumns: [String] {
        extra.map { String($0.split(separator: "=", maxSplits: 1)[0]) }.filter { !Glossary.isKnownColumn($0) }
    }
}

extension Glossary {
    /// Registers extra columns (in order) that the glossary does not have yet.
    mutating func addExtraColumns(_ columns: [String]) {
        for column in columns where !extraColumns.contains(column) { extraColumns.append(column) }
    }
}

extension GlossaryEntry {
    /// The entry as one row of its glossary's TSV (for `find`, `add`, `update`, `remove` output).
    func tsvRow(in glossary: Glossary) -> String {
        (try? GlossaryTSV.row(self, columns: glossary.columns)) ?? ""
    }
}
