import DragomanGlossary

/// How Dragoman carries in TBX what TBX-Basic has no data category for: notes written `dragoman:KEY=VALUE`.
///
/// At concept level: `dragoman:domain=person` (an entity type — person, organization, place — which is not a
/// subject field), `dragoman:pos=properNoun` (TBX-Basic 2019 allows only adjective, noun, other, verb and adverb
/// as part of speech, so a proper noun is written `noun`), `dragoman:status=proposed` (TBX-Basic has no
/// "proposed"), `dragoman:blocked_in=A | B`, and `dragoman:COLUMN=VALUE` for every other column of the glossary
/// (`dragoman:inflect=pron+num`, `dragoman:teh_marbuta=exact`). At term level: `dragoman:status=misspelling` (the
/// term is also `deprecatedTerm-admn-sts`) and `dragoman:status=proposed`. In the header, `dragoman:columns=…`
/// lists the glossary's columns, so that their order and the empty ones come back. The reader takes these notes
/// back into their columns and keeps every other note as the entry's note.
enum TBXConvention {
    /// The prefix of a convention note.
    static let prefix = "dragoman:"
    /// Domains that are entity types, not subject fields.
    static let entityTypes: Set<String> = ["person", "organization", "place"]
    /// TBX-Basic 2019's `partOfSpeech` picklist (its Schematron rules).
    static let partsOfSpeech2019: Set<String> = ["adjective", "noun", "other", "verb", "adverb"]

    /// "dragoman:KEY=VALUE".
    static func note(_ key: String, _ value: String) -> String { prefix + key + "=" + value }

    /// The key and value of a convention note, or nil for any other note.
    /// Split on scalars, not characters: a value starting with a combining mark joins the "=" into one character.
    static func parse(_ note: String) -> (key: String, value: String)? {
        let scalars = note.unicodeScalars
        guard note.hasPrefix(prefix), let equals = scalars.firstIndex(of: "=") else { return nil }
        let start = scalars.index(scalars.startIndex, offsetBy: prefix.unicodeScalars.count)
        guard start <= equals else { return nil }
        let key = String(scalars[start..<equals])
        guard !key.isEmpty, !key.contains(" ") else { return nil }
        return (key, String(scalars[scalars.index(after: equals)...]))
    }

    /// Whether a domain is an entity type (written as a note, not as a subject field).
    static func isEntityType(_ domain: String) -> Bool { entityTypes.contains(domain.lowercased()) }

    /// The `partOfSpeech` written: TBX 2019 maps what its picklist lacks (properNoun → noun, anything else →
    /// other; the value itself goes in a note); TBX 2008 writes the value as it is.
    static func partOfSpeech(_ pos: String, version: TBXWriter.Version) -> String {
        guard version == .tbx2019, !pos.isEmpty, !partsOfSpeech2019.contains(pos) else { return pos }
        return pos == "properNoun" ? "noun" : "other"
    }

    /// The convention notes of a concept, in a fixed order.
    static func conceptNotes(_ entry: GlossaryEntry, extraColumns: [String], version: TBXWriter.Version) -> [String] {
        var notes: [String] = []
        if isEntityType(entry.domain) { notes.append(note("domain", entry.domain)) }
        if partOfSpeech(entry.pos, version: version) != entry.pos { notes.append(note("pos", entry.pos)) }
        if entry.status == .proposed { notes.append(note("status", "proposed")) }
        if !entry.blockedIn.isEmpty { notes.append(note("blocked_in", entry.value(ofColumn: "blocked_in"))) }
        for column in extraColumns where column != "status" {
            if let value = entry.extra[column], !value.isEmpty { notes.append(note(column, value)) }
        }
        return notes
    }

    /// The header note listing the glossary's columns, when it has extra columns or empty optional ones (else
    /// nothing is lost without it, and it is "").
    static func columnsNote(_ glossary: Glossary) -> String {
        let extra = glossary.extraColumns.filter { $0 != "status" && !Glossary.isKnownColumn($0) }
        guard !extra.isEmpty || !glossary.presentOptionalColumns.isEmpty else { return "" }
        return note("columns", glossary.columns.joined(separator: GlossaryTSV.variantSeparator))
    }
}
