/// Merges imported entries into a glossary (`dragoman glossary import`), never overwriting silently.
///
/// An imported entry is matched to an existing concept when one of its Arabic forms equals one of the concept's
/// Arabic forms after `match` normalization. Same English (case-insensitive, any English form of the concept):
/// the two are merged (new variants added, empty fields filled, nothing replaced). Different English: a conflict,
/// resolved by the policy. No match: the entry is added (keeping its id when free, else the next free id).
public struct GlossaryMerger: Sendable {
    /// What to do with a conflict (same Arabic, different English).
    public enum Policy: String, Sendable, CaseIterable {
        /// Keep the glossary's entry; skip the imported one.
        case keep
        /// Replace the glossary's entry by the imported one (keeping the glossary's id).
        case replace
        /// Keep the glossary's entry and add the imported English (and Arabic variants) as variants.
        case variant
        /// Change nothing; list what would be added and merged, and every conflict.
        case report
    }

    /// What happened to one imported entry.
    public struct Action: Sendable, Hashable, CustomStringConvertible {
        /// The kind of action.
        public enum Kind: String, Sendable, Hashable {
            /// A new concept.
            case added
            /// Merged into an existing concept with the same English.
            case merged
            /// Same as an existing concept: nothing new.
            case unchanged
            /// A conflict resolved by replacing the glossary's entry.
            case replaced
            /// A conflict resolved by adding the English as a variant.
            case variant
            /// A conflict: the imported entry was skipped.
            case skipped
            /// A conflict listed by the `report` policy.
            case conflict
        }

        /// The kind of action.
        public var kind: Kind
        /// The glossary id concerned.
        public var id: String
        /// The imported entry's Arabic and English.
        public var ar: String
        /// The imported English.
        public var en: String
        /// Details (which fields were merged, the conflicting English).
        public var detail: String

        /// One tab-separated line: action, id, Arabic, English, then details when there are any.
        public var description: String {
            "\(kind.rawValue)\t\(id)\t\(ar)\t\(en)" + (detail.isEmpty ? "" : "\t\(detail)")
        }
    }

    /// The conflict policy.
    public var policy: Policy

    /// A merger with a policy.
    public init(policy: Policy) {
        self.policy = policy
    }

    /// Merges `imported` into `glossary` and returns what happened to each entry, in import order. With the
    /// `report` policy `glossary` is left unchanged.
    public func merge(_ imported: [GlossaryEntry], into glossary: inout Glossary) -> [Action] {
        var working = glossary
        let key = TermKey()
        var actions: [Action] = []
        // Arabic key → entries having that form; stale after a replace, so candidates are re-checked.
        var byArabic: [String: [Int]] = [:]
        func indexForms(of index: Int) {
            for form in Set(working.entries[index].arabicForms.map(key.arabic)) where !form.isEmpty {
                if !(byArabic[form]?.contains(index) ?? false) { byArabic[form, default: []].append(index) }
            }
        }
        for index in working.entries.indices { indexForms(of: index) }
        var usedIDs = Set(working.entries.map(\.id))
        var byID: [String: Int] = [:]
        for (index, entry) in working.entries.enumerated() where byID[entry.id] == nil { byID[entry.id] = index }
        var nextNumber = working.entries.compactMap { GlossaryTSV.numericSuffix($0.id) }.max().map { $0 + 1 } ?? 1
        for entry in imported {
            var incoming = entry
            incoming.line = nil
            let forms = Set(incoming.arabicForms.map(key.arabic).filter { !$0.isEmpty })
            var candidates = Set<Int>()
            for form in forms { candidates.formUnion(byArabic[form] ?? []) }
            let matches = candidates.sorted().filter { index in
                working.entries[index].arabicForms.contains { forms.contains(key.arabic($0)) }
            }
            let english = key.english(incoming.en)
            let sameEnglish = matches.first { working.entries[$0].englishForms.map(key.english).contains(english) }
            func action(_ kind: Action.Kind, _ id: String, _ detail: String = "") -> Action {
                Action(kind: kind, id: id, ar: incoming.ar, en: incoming.en, detail: detail)
            }
            // A proposed entry without English (a candidate) never changes an accepted concept's fields: its Arabic
            // forms become proposed variants of the concept it has the id of, or whose form it already is. A
            // proposal with English (the aligner's) meets the concept like any import: the conflict policy decides
            // (`variant` adds its English as a variant).
            let proposedFor: Int? =
                incoming.status != .proposed || !incoming.en.isEmpty
                ? nil
                : (matches.isEmpty ? byID[incoming.id] : matches.first).flatMap {
                    working.entries[$0].status == .proposed ? nil : $0
                }
            if let index = proposedFor {
                // A candidate that is a form of an existing concept (`terms --candidates` gives it the concept's
                // id): its Arabic forms become proposed variants of that concept, to accept or drop on review.
                var concept = working.entries[index]
                let added = Self.addVariants(
                    &concept.arProposed, incoming.arabicForms, existing: concept.arabicForms, key: key.arabic)
                working.entries[index] = concept
                indexForms(of: index)
                actions.append(
                    added.isEmpty
                        ? action(.unchanged, concept.id)
                        : action(.merged, concept.id, "ar_proposed +\(added.joined(separator: " | "))"))
            } else if matches.isEmpty {
                if incoming.id.isEmpty || usedIDs.contains(incoming.id) {
                    repeat {
                        incoming.id = GlossaryTSV.formatID(nextNumber)
                        nextNumber += 1
                    } while usedIDs.contains(incoming.id)
                } else if let number = GlossaryTSV.numericSuffix(incoming.id) {
                    nextNumber = max(nextNumber, number + 1)
                }
                usedIDs.insert(incoming.id)
                byID[incoming.id] = working.entries.count
                working.entries.append(incoming)
                indexForms(of: working.entries.count - 1)
                actions.append(action(.added, incoming.id))
            } else if let index = sameEnglish ?? (english.isEmpty ? matches.first : nil) {
                let changes = Self.fill(&working.entries[index], from: incoming, key: key)
                indexForms(of: index)
                let id = working.entries[index].id
                actions.append(
                    changes.isEmpty ? action(.unchanged, id) : action(.merged, id, changes.joined(separator: ", ")))
            } else {
                let index = matches[0]
                let existing = working.entries[index]
                let detail = "glossary has '\(existing.ar)' = '\(existing.en)'"
                switch policy {
                case .keep:
                    actions.append(action(.skipped, existing.id, detail))
                case .report:
                    actions.append(action(.conflict, existing.id, detail))
                case .replace:
                    var replacement = incoming
                    replacement.id = existing.id
                    for (column, value) in existing.extra where replacement.extra[column] == nil {
                        replacement.extra[column] = value
                    }
                    working.entries[index] = replacement
                    indexForms(of: index)
                    actions.append(action(.replaced, existing.id, "was '\(existing.en)'"))
                case .variant:
                    var merged = working.entries[index]
                    let added = Self.addEnglishForms(of: incoming, to: &merged, key: key).flatMap(\.added)
                    _ = Self.addArabicForms(of: incoming, to: &merged, key: key)
                    working.entries[index] = merged
                    indexForms(of: index)
                    actions.append(
                        action(
                            .variant, existing.id,
                            "English variant\(added.count == 1 ? "" : "s") added: \(added.joined(separator: " | "))"))
                }
            }
        }
        // Extra columns that merged or added entries brought in.
        var known = Set(working.extraColumns)
        for entry in working.entries {
            for column in entry.extra.keys.sorted() where column != "status" && known.insert(column).inserted {
                working.extraColumns.append(column)
            }
        }
        if policy != .report { glossary = working }
        return actions
    }

    /// Fills `entry` from `other` without replacing anything: new forms (each in the list of its status), empty
    /// fields. Returns what changed.
    static func fill(_ entry: inout GlossaryEntry, from other: GlossaryEntry, key: TermKey) -> [String] {
        var changes: [String] = []
        for (column, added) in addArabicForms(of: other, to: &entry, key: key)
            + addEnglishForms(
                of: other, to: &entry, key: key)
        where !added.isEmpty {
            changes.append("\(column) +\(added.joined(separator: " | "))")
        }
        if entry.en.isEmpty, !other.en.isEmpty {
            entry.en = other.en
            changes.append("en")
        }
        let fields: [(String, WritableKeyPath<GlossaryEntry, String>)] = [
            ("pos", \.pos), ("domain", \.domain), ("definition", \.definition), ("note", \.note),
            ("source", \.source), ("updated", \.updated),
        ]
        for (name, path) in fields where entry[keyPath: path].isEmpty && !other[keyPath: path].isEmpty {
            entry[keyPath: path] = other[keyPath: path]
            changes.append(name)
        }
        let blocked = addVariants(&entry.blockedIn, other.blockedIn, existing: entry.blockedIn, key: key.arabic)
        if !blocked.isEmpty { changes.append("blocked_in +\(blocked.joined(separator: " | "))") }
        for (column, value) in other.extra.sorted(by: { $0.key < $1.key })
        where (entry.extra[column] ?? "").isEmpty && !value.isEmpty && column != "status" {
            entry.extra[column] = value
            changes.append(column)
        }
        return changes
    }

    /// Adds `other`'s Arabic forms that `entry` lacks, each to the list of its status in `other` (its accepted
    /// forms become variants); returns per column what was added.
    static func addArabicForms(of other: GlossaryEntry, to entry: inout GlossaryEntry, key: TermKey)
        -> [(column: String, added: [String])]
    {
        let lists: [(String, WritableKeyPath<GlossaryEntry, [String]>, [String])] = [
            ("ar_variants", \.arVariants, other.status == .deprecated ? [] : other.acceptedArabicForms),
            (
                "ar_deprecated", \.arDeprecated,
                other.arDeprecated + (other.status == .deprecated ? other.acceptedArabicForms : [])
            ),
            ("ar_misspellings", \.arMisspellings, other.arMisspellings),
            ("ar_proposed", \.arProposed, other.arProposed),
        ]
        return lists.map { column, path, forms in
            let existing = entry.arabicForms
            return (column, addVariants(&entry[keyPath: path], forms, existing: existing, key: key.arabic))
        }
    }

    /// Adds `other`'s English forms that `entry` lacks, each to the list of its status (as `addArabicForms`).
    static func addEnglishForms(of other: GlossaryEntry, to entry: inout GlossaryEntry, key: TermKey)
        -> [(column: String, added: [String])]
    {
        let lists: [(String, WritableKeyPath<GlossaryEntry, [String]>, [String])] = [
            ("en_variants", \.enVariants, other.status == .deprecated ? [] : other.acceptedEnglishForms),
            (
                "en_deprecated", \.enDeprecated,
                other.enDeprecated + (other.status == .deprecated ? other.acceptedEnglishForms : [])
            ),
            ("en_misspellings", \.enMisspellings, other.enMisspellings),
        ]
        return lists.map { column, path, forms in
            let existing = entry.englishForms
            return (column, addVariants(&entry[keyPath: path], forms, existing: existing, key: key.english))
        }
    }

    /// Appends the forms not already present (by key) and returns them.
    static func addVariants(_ variants: inout [String], _ forms: [String], existing: [String], key: (String) -> String)
        -> [String]
    {
        var seen = Set(existing.map(key))
        var added: [String] = []
        for form in forms where !form.isEmpty && seen.insert(key(form)).inserted {
            variants.append(form)
            added.append(form)
        }
        return added
    }
}

extension GlossaryMerger {
    /// Checks entries before an import: each needs an Arabic term, English unless it is `proposed`, and an ISO
    /// `updated` date when it has one. The first bad entry stops the import before anything is written.
    public static func check(_ entries: [GlossaryEntry], file: String) throws(GlossaryError) {
        for entry in entries {
            let reason: String
            do {
                try Glossary.check(entry)
                continue
            } catch .emptyValue(let column) {
                reason =
                    column == "ar"
                    ? "the entry has no Arabic term; fill it in or remove it"
                    : "the entry '\(entry.ar)' has no English term; fill it in or mark it proposed"
            } catch .invalidDate(let value) {
                reason = "the entry '\(entry.ar)' has the date '\(value)'; write YYYY-MM-DD"
            } catch {
                reason = error.description
            }
            throw .invalidImport(file: file, line: entry.line, reason: reason)
        }
    }
}
