public import DragomanGlossary
import DragomanText
public import DragomanXLIFF
import Foundation

/// Terminology and consistency QA of translated XLIFF, segment by segment, as professional QA tools do.
///
/// With a glossary: every concept the matcher finds in a source (Arabic rules: clitics, suffixes, fuzzy names) must
/// have its approved English or an admitted variant in the target (English rules: case, plurals, possessive), the
/// deprecated entry's alternative for a deprecated Arabic term; English forms only deprecated entries have are
/// flagged; one source term rendered with different English forms across segments and files is reported where it
/// departs from its most common rendering. Always: untranslated, empty and copied targets; numbers (`QANumber`);
/// Arabic letters left in an English target. Segments marked `translate="no"` are not checked. Not `Sendable`: it
/// owns ICU tokenizers; use one per task.
public final class TranslationQA {
    /// A term as QA knows it: the concept's index and the key of the Arabic form the source used.
    struct SourceTerm: Hashable {
        var entry: Int
        var form: String
    }

    /// Where a segment's rendering of a term was seen, for the consistency check.
    struct Rendering {
        /// The glossary's English form the target used.
        var english: String
        /// How messages name the source term.
        var label: String
        /// The segment's position in the run, for sorting.
        var order: Int
        /// The segment's location, as a finding to complete.
        var finding: QAFinding
    }

    let matcher: GlossaryMatcher?
    let arabic: Tokenizer
    let english: Tokenizer
    let key = TermKey()
    /// Per deprecated entry, its alternative's index.
    let alternatives: [Int: Int]
    /// English keys only deprecated entries have, with what to use instead.
    var deprecatedEnglish: [String: String] = [:]
    /// Per source term, the renderings seen, in order.
    var renderings: [SourceTerm: [Rendering]] = [:]
    var termOrder: [SourceTerm] = []

    /// QA with the glossary's terminology rules, or without a glossary (untranslated targets, numbers, Arabic left).
    public init(glossary: Glossary?) throws(TranslationError) {
        do {
            matcher = try glossary.map { glossary throws(TextError) in try GlossaryMatcher(glossary: glossary) }
            arabic = try Tokenizer(locale: "ar")
            english = try Tokenizer(locale: "en")
        } catch {
            throw .text(error)
        }
        let entries = glossary?.entries ?? []
        alternatives = GlossaryLinter.alternatives(in: entries)
        var allowed = Set<String>()
        for entry in entries where entry.status != .deprecated {
            for form in entry.acceptedEnglishForms { allowed.insert(key.english(form)) }
        }
        for (index, entry) in entries.enumerated() {
            // A deprecated concept's English, and the deprecated or misspelt English forms of any concept.
            let forms =
                (entry.status == .deprecated ? entry.acceptedEnglishForms : []) + entry.enDeprecated
                + entry.enMisspellings
            let instead =
                entry.status == .deprecated
                ? alternatives[index].map { Self.quotedForms(entries[$0].acceptedEnglishForms) }
                : Self.quotedForms(entry.acceptedEnglishForms)
            for form in forms where !form.isEmpty && !allowed.contains(key.english(form)) {
                deprecatedEnglish[key.english(form)] = instead ?? "the term the glossary gives instead"
            }
        }
    }

    /// `'A' (or 'B', 'C')`.
    static func quotedForms(_ forms: [String]) -> String {
        let forms = forms.filter { !$0.isEmpty }
        guard let first = forms.first else { return "" }
        let rest = forms.dropFirst().map { "'\($0)'" }
        return "'\(first)'" + (rest.isEmpty ? "" : " (or \(rest.joined(separator: ", ")))")
    }

    /// The findings of every segment of `documents`, in document order (inconsistent renderings after each
    /// segment that departs).
    public func check(_ documents: [XLIFFDocument]) -> [QAFinding] {
        renderings = [:]
        termOrder = []
        var findings: [(order: Int, finding: QAFinding)] = []
        var order = 0
        for document in documents {
            for file in document.files {
                let english = file.targetLanguage.map { $0.lowercased().hasPrefix("en") } ?? true
                for unit in file.units {
                    for segment in unit.segments where segment.translate {
                        order += 1
                        for finding in check(segment, unit: unit, document: document, english: english, order: order) {
                            findings.append((order, finding))
                        }
                    }
                }
            }
        }
        findings += inconsistencies()
        return findings.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }
            .map(\.element.finding)
    }

    /// The findings of one segment; records its term renderings.
    func check(_ segment: XLIFFSegment, unit: XLIFFUnit, document: XLIFFDocument, english: Bool, order: Int)
        -> [QAFinding]
    {
        func finding(_ rule: QARule, _ subject: String, _ expected: String, _ message: String) -> QAFinding {
            QAFinding(
                rule: rule, file: document.name, line: segment.line, unit: unit.id, segment: segment.id,
                subject: subject, expected: expected, message: message)
        }
        if let reason = segment.untranslatedReason {
            return [finding(.untranslated, "", "a translation", reason)]
        }
        if segment.status == .sameAsSource {
            return [
                finding(
                    .sameAsSource, "", "a translation, unless the source is meant to stay as is",
                    "the target is identical to the source (state '\(segment.state ?? "")')")
            ]
        }
        let target = segment.target ?? ""
        var findings: [QAFinding] = []
        if english, let matcher {
            findings += terms(segment, target: target, matcher: matcher, order: order, finding)
        }
        findings += numbers(source: segment.source, target: target, finding)
        if english {
            let words = target.split(whereSeparator: \.isWhitespace).filter { word in
                word.unicodeScalars.contains(where: Self.isArabicLetter)
            }.map { $0.trimmingCharacters(in: .punctuationCharacters.union(.symbols)) }
            if !words.isEmpty {
                let shown = words.prefix(5).map { "'\($0)'" }.joined(separator: ", ") + (words.count > 5 ? ", …" : "")
                findings.append(
                    finding(
                        .arabicInTarget, words.joined(separator: " "), "English only",
                        "Arabic letters left in the target: \(shown)"))
            }
        }
        return findings
    }

    /// Whether a character is an Arabic letter (Arabic, Arabic Supplement, Extended-A, presentation forms).
    static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0620...0x064A, 0x066E...0x06D3, 0x06D5, 0x06EE...0x06EF, 0x06FA...0x06FC, 0x06FF, 0x0750...0x077F,
            0x08A0...0x08C9, 0xFB50...0xFDFF, 0xFE70...0xFEFC:
            return scalar.properties.isAlphabetic
        default:
            return false
        }
    }
}
