/// An Arabic–English glossary: its concepts in file order, and the columns of the file they came from.
public struct Glossary: Sendable, Hashable {
    /// The standard columns of `ar-en.tsv`, in their canonical order; always written.
    public static let standardColumns = [
        "id", "ar", "en", "ar_variants", "en_variants", "status", "pos", "domain", "definition", "note", "source",
        "updated",
    ]

    /// Columns Dragoman knows that a file may leave out: the forms with their own status and the blocking
    /// phrases. A file without them reads as before; they are written only when the file had them or an entry uses
    /// them, so a glossary that does not need them keeps its shape (and its diffs stay small).
    public static let optionalColumns = [
        "ar_deprecated", "en_deprecated", "ar_misspellings", "en_misspellings", "ar_proposed", "blocked_in",
    ]

    /// The concepts.
    public var entries: [GlossaryEntry]
    /// Extra (unknown) columns, in the order they appeared in the file; written after the known ones.
    public var extraColumns: [String]
    /// The optional columns the file had (written even when every value is empty).
    public var presentOptionalColumns: Set<String>

    /// A glossary of the given entries.
    public init(entries: [GlossaryEntry] = [], extraColumns: [String] = [], presentOptionalColumns: Set<String> = []) {
        self.entries = entries
        self.extraColumns = extraColumns
        self.presentOptionalColumns = presentOptionalColumns
    }

    /// The columns a writer gives this glossary, in canonical order: the standard ones with the optional ones
    /// present or used inserted after `en_variants`, then the extra columns.
    public var columns: [String] {
        let optional = Self.optionalColumns.filter { column in
            presentOptionalColumns.contains(column) || entries.contains { !$0.value(ofColumn: column).isEmpty }
        }
        let extra = extraColumns.filter {
            $0 != "status" && !Self.standardColumns.contains($0) && !Self.optionalColumns.contains($0)
        }
        return Array(Self.standardColumns[..<5]) + optional + Self.standardColumns[5...] + extra
    }

    /// Whether `column` is a standard or optional column (not an extra one).
    public static func isKnownColumn(_ column: String) -> Bool {
        standardColumns.contains(column) || optionalColumns.contains(column)
    }
}

extension GlossaryEntry {
    /// The value of a column as the TSV and CSV write it (lists joined by " | "); extra columns from `extra`.
    public func value(ofColumn column: String) -> String {
        let separator = GlossaryTSV.variantSeparator
        switch column {
        case "id": return id
        case "ar": return ar
        case "en": return en
        case "ar_variants": return arVariants.joined(separator: separator)
        case "en_variants": return enVariants.joined(separator: separator)
        case "ar_deprecated": return arDeprecated.joined(separator: separator)
        case "en_deprecated": return enDeprecated.joined(separator: separator)
        case "ar_misspellings": return arMisspellings.joined(separator: separator)
        case "en_misspellings": return enMisspellings.joined(separator: separator)
        case "ar_proposed": return arProposed.joined(separator: separator)
        case "blocked_in": return blockedIn.joined(separator: separator)
        case "status": return extra["status"] ?? status.rawValue
        case "pos": return pos
        case "domain": return domain
        case "definition": return definition
        case "note": return note
        case "source": return source
        case "updated": return updated
        default: return extra[column] ?? ""
        }
    }

    /// Sets a column from its written value (lists split on "|"), except `status`, which each reader parses
    /// itself; returns false for `status`.
    @discardableResult
    public mutating func setValue(_ value: String, ofColumn column: String) -> Bool {
        let list = { GlossaryTSV.splitVariants(value) }
        switch column {
        case "id": id = value
        case "ar": ar = value
        case "en": en = value
        case "ar_variants": arVariants = list()
        case "en_variants": enVariants = list()
        case "ar_deprecated": arDeprecated = list()
        case "en_deprecated": enDeprecated = list()
        case "ar_misspellings": arMisspellings = list()
        case "en_misspellings": enMisspellings = list()
        case "ar_proposed": arProposed = list()
        case "blocked_in": blockedIn = list()
        case "status": return false
        case "pos": pos = value
        case "domain": domain = value
        case "definition": definition = value
        case "note": note = value
        case "source": source = value
        case "updated": updated = value
        case "": break
        default: extra[column] = value
        }
        return true
    }
}
