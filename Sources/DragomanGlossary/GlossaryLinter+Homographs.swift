/// Lint rules about words that mean two things: one English term under two concepts, blocking phrases, and
/// glossary forms that the `match` folding makes read like a frequent word.
extension GlossaryLinter {
    typealias Report = (LintRule, Int, String) -> LintFinding

    /// One English term (any form) under two concepts, unless one is a deprecated entry whose alternative is the
    /// other, or the two share an Arabic form (the Arabic rules report those).
    func englishConflicts(
        _ entries: [GlossaryEntry], arKeys: [[String]], enKeys: [[String]], alternativeOf: [Int: Int],
        _ finding: Report
    ) -> [LintFinding] {
        var owners: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() where entry.status != .proposed {
            for form in Set(enKeys[index]) where !form.isEmpty { owners[form, default: []].append(index) }
        }
        var reported = Set<[Int]>()
        var findings: [LintFinding] = []
        for (index, entry) in entries.enumerated() where entry.status != .proposed {
            for (offset, form) in entry.englishForms.enumerated() where !enKeys[index][offset].isEmpty {
                for other in owners[enKeys[index][offset]] ?? [] where other < index {
                    guard reported.insert([other, index]).inserted, alternativeOf[index] != other,
                        alternativeOf[other] != index, Set(arKeys[index]).isDisjoint(with: arKeys[other])
                    else { continue }
                    findings.append(
                        finding(
                            .englishConflict, index,
                            "the English '\(form)' is also a form of entry \(Self.place(entries[other])) ('\(entries[other].ar)'); one English term should name one concept: merge the two, or deprecate one and name the other in its note"
                        ))
                }
            }
        }
        return findings
    }

    /// Blocking phrases that block nothing of their concept or are themselves a glossary form, and forms that
    /// read like a frequent word once ة/ه or ى/ي are folded.
    func homographs(
        _ entries: [GlossaryEntry], arKeys: [[String]], owners: [String: [Int]], key: TermKey, _ finding: Report
    ) -> [LintFinding] {
        var findings: [LintFinding] = []
        let frequent = Self.frequentWordKeys(key)
        for (index, entry) in entries.enumerated() {
            for phrase in entry.blockedIn {
                let phraseKey = key.arabic(phrase)
                if let owner = owners[phraseKey]?.first {
                    let whose =
                        owner == index
                        ? "one of this entry's own forms, so it would block the entry itself"
                        : "a form of entry \(Self.place(entries[owner])) ('\(entries[owner].en)'); a phrase cannot both block and be matched"
                    findings.append(finding(.blockedIn, index, "the blocking phrase '\(phrase)' is \(whose)"))
                    continue
                }
                let words = phraseKey.split(separator: " ")
                let inside = arKeys[index].contains { form in
                    let formWords = form.split(separator: " ")
                    guard !formWords.isEmpty, formWords.count < words.count else { return false }
                    return (0...(words.count - formWords.count)).contains {
                        Array(words[$0..<($0 + formWords.count)]) == formWords
                    }
                }
                if !inside {
                    findings.append(
                        finding(
                            .blockedIn, index,
                            "the blocking phrase '\(phrase)' holds none of this entry's forms, so it blocks nothing here; write the longer phrase that contains the form"
                        ))
                }
            }
            let exactTeh = GlossaryMatcher.needsExactTeh(entry)
            for (offset, form) in entry.arabicForms.enumerated() where !arKeys[index][offset].contains(" ") {
                let status = entry.statusOfArabicForm(offset)
                guard status != .proposed, status != .misspelling else { continue }
                let core = ArabicClitics.splitArticle(arKeys[index][offset]).core
                guard let word = frequent[core], word != form, word != Self.withoutArticle(form) else { continue }
                let teh = word.hasSuffix("ه") && (form.hasSuffix("ة") || form.hasSuffix("ه"))
                if teh && exactTeh { continue }
                let advice =
                    teh
                    ? "ة and ه are the same letter to matching; set teh_marbuta=exact so that only ة matches"
                    : "ى and ي are the same letter to matching; list the form inside a longer phrase instead of alone"
                findings.append(
                    finding(
                        .frequentWord, index, "the form '\(form)' reads like the frequent word '\(word)': \(advice)"))
            }
        }
        return findings
    }

    /// "'ID' (line N)".
    static func place(_ entry: GlossaryEntry) -> String {
        "'\(entry.id)'" + (entry.line.map { " (line \($0))" } ?? "")
    }

    /// `form` without a leading ال.
    static func withoutArticle(_ form: String) -> String {
        form.hasPrefix("ال") && form.count > 4 ? String(form.dropFirst(2)) : form
    }

    /// The frequent words by their `match` key.
    static func frequentWordKeys(_ key: TermKey) -> [String: String] {
        var table: [String: String] = [:]
        for word in ArabicHomographs.frequentWords { table[key.arabic(word)] = word }
        return table
    }
}

/// Frequent Arabic words that another word becomes once the `match` normalization folds ة into ه and ى into ي,
/// written as they are spelt. Written by hand for Dragoman: the corpora at hand (the seeds, TICO-19, EASC) are too
/// small to count them.
enum ArabicHomographs {
    static let frequentWords: [String] = [
        // A word or verb + the pronoun ه, which a ة-noun becomes: بعثه "he sent him" (بعثة mission), قدره "its
        // amount" (قدرة capability), دوره "his role" (دورة session), وحده "alone" (وحدة unit) …
        "بعثه", "قدره", "دوره", "عمله", "وحده", "طلبه", "حمله", "خطه", "كلمه", "ضربه", "دعوه", "قيمه", "نسبه",
        "خبره", "مده", "حركه", "صوره", "شعبه", "وجهه", "جمله", "رحله", "عده", "سنه",
        // Words with ى that another word spelt with ي becomes: على "on" (علي Ali), إلى "to" …
        "على", "إلى", "حتى", "لدى", "مدى", "سوى", "متى", "أولى", "مستوى", "معنى", "مبنى", "أعلى", "أدنى",
    ]
}
