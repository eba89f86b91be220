/// Checks a glossary for what would mislead a translator or break matching.
///
/// Arabic is compared after the `match` normalization (so أ/ا, ى/ي, ة/ه, harakat and tatweel do not hide a
/// duplicate) and English case-insensitively. Every finding names the entry id, its row (1-based, header not
/// counted) and its line in the file. The rules and their severities are listed in `LintRule`.
public struct GlossaryLinter: Sendable {
    /// Parts of speech the glossary uses (the TBX `partOfSpeech` values).
    public static let partsOfSpeech: Set<String> = ["noun", "properNoun", "verb", "adjective", "adverb", "other"]
    /// Values of the optional `inflect` column.
    public static let inflections: Set<String> = ["", "pron", "num", "pron+num"]

    /// A linter.
    public init() {}

    /// Lints a parsed glossary: the reader's problems plus every cross-entry rule. Findings are in line order.
    public func lint(_ parsed: GlossaryTSV.Parsed, file: String) -> [LintFinding] {
        let entries = parsed.glossary.entries
        let key = TermKey()
        var findings: [LintFinding] = []
        var rowOfLine: [Int: Int] = [:]
        for (index, entry) in entries.enumerated() { if let line = entry.line { rowOfLine[line] = index + 1 } }

        func finding(_ rule: LintRule, _ index: Int, _ message: String) -> LintFinding {
            LintFinding(
                rule: rule, severity: rule.severity, file: file, id: entries[index].id, row: index + 1,
                line: entries[index].line, message: message)
        }
        func place(_ index: Int) -> String {
            let entry = entries[index]
            return "'\(entry.id)'" + (entry.line.map { " (line \($0))" } ?? "")
        }

        // Problems the reader collected: bad status, empty terms, malformed dates.
        for problem in parsed.problems {
            let rule: LintRule =
                switch problem.column {
                case "status": .badStatus
                case "updated": .malformedDate
                default: .emptyField
                }
            let row = rowOfLine[problem.line]
            let id = row.map { entries[$0 - 1].id } ?? ""
            findings.append(
                LintFinding(
                    rule: rule, severity: rule.severity, file: file, id: id, row: row ?? 0, line: problem.line,
                    message: "column '\(problem.column)': \(problem.message)"))
        }

        // Ids.
        var firstWithID: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            if let first = firstWithID[entry.id] {
                findings.append(
                    finding(
                        .duplicateID, index,
                        "the id '\(entry.id)' is also used by the entry at row \(first + 1); give each concept its own id"
                    ))
            } else {
                firstWithID[entry.id] = index
            }
            if !Self.isXMLName(entry.id) {
                findings.append(
                    finding(
                        .malformedField, index,
                        "the id '\(entry.id)' is not an XML name (letters, digits, '-', '_', '.'; not starting with a digit); TBX export will rename it"
                    ))
            }
        }

        // Every form's comparison key, computed once (normalization is the costly part of lint).
        let arKeys = entries.map { $0.arabicForms.map(key.arabic) }
        let enKeys = entries.map { $0.englishForms.map(key.english) }

        // Field values.
        for (index, entry) in entries.enumerated() {
            if !entry.pos.isEmpty, !Self.partsOfSpeech.contains(entry.pos) {
                findings.append(
                    finding(
                        .malformedField, index,
                        "unknown part of speech '\(entry.pos)'; use one of \(Self.partsOfSpeech.sorted().joined(separator: ", "))"
                    ))
            }
            if let inflect = entry.extra["inflect"], !Self.inflections.contains(inflect) {
                findings.append(
                    finding(
                        .malformedField, index,
                        "unknown inflect value '\(inflect)'; use pron, num, pron+num or leave it empty"))
            }
            if let teh = entry.extra["teh_marbuta"], !["", "exact"].contains(teh.lowercased()) {
                findings.append(
                    finding(
                        .malformedField, index,
                        "unknown teh_marbuta value '\(teh)'; write exact (ة and ه differ) or leave it empty"))
            }
            // Exact repeats only: spellings that differ but normalize alike are kept on purpose (the glossary lists
            // every spelling the texts use), matching treats them as one.
            let forms: [(term: String, variants: [String], message: (String) -> String)] = [
                (
                    entry.ar, Array(entry.arabicForms.dropFirst()),
                    { "the Arabic variant '\($0)' repeats another form of this entry; remove it" }
                ),
                (
                    entry.en, Array(entry.englishForms.dropFirst()),
                    { "the English variant '\($0)' repeats another English form of this entry; remove it" }
                ),
            ]
            for (term, variants, message) in forms {
                var own = Set([TermKey.collapse(term)])
                for variant in variants where !own.insert(TermKey.collapse(variant)).inserted {
                    findings.append(finding(.redundantVariant, index, message(variant)))
                }
            }
        }

        // Preferred Arabic terms shared by two entries.
        var byTerm: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() where !entry.ar.isEmpty {
            byTerm[arKeys[index][0], default: []].append(index)
        }
        for (index, entry) in entries.enumerated() where !entry.ar.isEmpty {
            guard let first = byTerm[arKeys[index][0]]?.first, first != index else { continue }
            let other = entries[first]
            if enKeys[first][0] == enKeys[index][0] {
                findings.append(
                    finding(
                        .duplicate, index,
                        "'\(entry.ar)' = '\(entry.en)' duplicates entry \(place(first)) after normalization; merge the two rows"
                    ))
            } else if !entry.domain.isEmpty, !other.domain.isEmpty, entry.domain != other.domain {
                findings.append(
                    finding(
                        .homonym, index,
                        "'\(entry.ar)' is '\(entry.en)' here (\(entry.domain)) and '\(other.en)' in entry \(place(first)) (\(other.domain)); check that both senses are meant"
                    ))
            } else {
                findings.append(
                    finding(
                        .arabicConflict, index,
                        "'\(entry.ar)' is '\(entry.en)' here but '\(other.en)' in entry \(place(first)); keep one English term (the other as an English variant) or give the two senses different domains"
                    ))
            }
        }

        // Variants colliding with another concept's term or variant.
        var owners: [String: [Int]] = [:]
        for index in entries.indices {
            for form in Set(arKeys[index]) where !form.isEmpty { owners[form, default: []].append(index) }
        }
        for (index, entry) in entries.enumerated() {
            var reported = Set<Int>()
            for (offset, variant) in entry.arabicForms.enumerated().dropFirst() {
                let variantKey = arKeys[index][offset]
                for other in owners[variantKey] ?? [] where other != index && !reported.contains(other) {
                    reported.insert(other)
                    let otherEntry = entries[other]
                    let what = arKeys[other][0] == variantKey ? "the term" : "a variant"
                    if enKeys[other][0] == enKeys[index][0] {
                        findings.append(
                            finding(
                                .variantOverlap, index,
                                "the variant '\(variant)' is also \(what) of entry \(place(other)) with the same English '\(entry.en)'; merge the two entries"
                            ))
                    } else {
                        findings.append(
                            finding(
                                .variantCollision, index,
                                "the variant '\(variant)' is also \(what) of entry \(place(other)) ('\(otherEntry.en)'); one spelling cannot mean both '\(entry.en)' and '\(otherEntry.en)'"
                            ))
                    }
                }
            }
        }

        // Deprecated entries need a preferred alternative.
        let alternatives = Alternatives(entries, arKeys: arKeys, enKeys: enKeys, key: key)
        var alternativeOf: [Int: Int] = [:]
        for (index, entry) in entries.enumerated() where entry.status == .deprecated {
            if let alternative = alternatives.alternative(for: index, in: entries) {
                alternativeOf[index] = alternative
            } else {
                findings.append(
                    finding(
                        .deprecatedWithoutAlternative, index,
                        "'\(entry.ar)' is deprecated but no preferred or admitted entry has the English '\(entry.en)', and the note names none; add the term to use, or name its id in the note"
                    ))
            }
        }

        findings += englishConflicts(entries, arKeys: arKeys, enKeys: enKeys, alternativeOf: alternativeOf, finding)
        findings += homographs(entries, arKeys: arKeys, owners: owners, key: key, finding)

        return findings.sorted { ($0.line ?? 0, $0.row) < ($1.line ?? 0, $1.row) }
    }

    /// For each deprecated entry, the index of the entry to use instead (lint's rule: same English, or named in the
    /// note); deprecated entries without one are absent. Translation QA tells translators what to write with it.
    package static func alternatives(in entries: [GlossaryEntry]) -> [Int: Int] {
        let key = TermKey()
        let alternatives = Alternatives(
            entries, arKeys: entries.map { $0.arabicForms.map(key.arabic) },
            enKeys: entries.map { $0.englishForms.map(key.english) }, key: key)
        var table: [Int: Int] = [:]
        for index in entries.indices where entries[index].status == .deprecated {
            table[index] = alternatives.alternative(for: index, in: entries)
        }
        return table
    }

    /// Whether `value` is an XML NCName as far as TBX ids need (ASCII letters, digits, '-', '_', '.').
    static func isXMLName(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, isXMLNameStart(first) else { return false }
        return value.unicodeScalars.allSatisfy(isXMLNameCharacter)
    }

    /// Whether `scalar` may start such a name: an ASCII letter or '_'.
    package static func isXMLNameStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || (scalar.isASCII && scalar.properties.isAlphabetic)
    }

    /// Whether `scalar` may occur in such a name: an ASCII letter or digit, '-', '_' or '.'.
    package static func isXMLNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII
            && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar))
    }
}

/// Where a deprecated entry's alternative can come from, indexed once so lint stays linear in the glossary.
///
/// The rule: another entry whose status is preferred or admitted and that has the same English (any of its English
/// forms, case-insensitive), or one that the deprecated entry's note names by its id or by its preferred Arabic
/// term (compared after `match` normalization, as a whole-word sequence of the note).
struct Alternatives {
    let key: TermKey
    var byEnglish: [String: [Int]] = [:]
    var byID: [String: Int] = [:]
    var byArabic: [String: [Int]] = [:]
    var longestArabic = 1

    init(_ entries: [GlossaryEntry], arKeys: [[String]], enKeys: [[String]], key: TermKey) {
        self.key = key
        for (index, entry) in entries.enumerated() where entry.status == .preferred || entry.status == .admitted {
            for form in Set(enKeys[index].prefix(1 + entry.enVariants.count)) where !form.isEmpty {
                byEnglish[form, default: []].append(index)
            }
            if byID[entry.id] == nil { byID[entry.id] = index }
            let arabic = arKeys[index][0]
            if !arabic.isEmpty {
                byArabic[arabic, default: []].append(index)
                longestArabic = max(longestArabic, arabic.split(separator: " ").count)
            }
        }
    }

    /// The alternative for the deprecated entry at `index`, if there is one.
    func alternative(for index: Int, in entries: [GlossaryEntry]) -> Int? {
        let entry = entries[index]
        let english = key.english(entry.en)
        if !english.isEmpty, let same = byEnglish[english]?.first(where: { $0 != index }) { return same }
        guard !entry.note.isEmpty else { return nil }
        let separators: (Character) -> Bool = { $0.isWhitespace || ",;:()[]\"'".contains($0) }
        for word in entry.note.split(whereSeparator: separators) {
            if let named = byID[String(word)], named != index { return named }
        }
        let words = key.arabic(entry.note).split(whereSeparator: separators).map(String.init)
        for start in words.indices {
            for length in 1...min(longestArabic, words.count - start) {
                let phrase = words[start..<start + length].joined(separator: " ")
                if let named = byArabic[phrase]?.first(where: { $0 != index }) { return named }
            }
        }
        return nil
    }
}
