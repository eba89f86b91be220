import DragomanGlossary
import DragomanText
import DragomanXLIFF

/// The terminology rules: approved English present, deprecated English absent, one rendering per source term.
extension TranslationQA {
    /// Missing and deprecated terms of one translated segment; records how each source term was rendered.
    func terms(
        _ segment: XLIFFSegment, target: String, matcher: GlossaryMatcher, order: Int,
        _ finding: (QARule, String, String, String) -> QAFinding
    ) -> [QAFinding] {
        let entries = matcher.glossary.entries
        var findings: [QAFinding] = []
        // English forms found in the target, by key.
        var found = Set<String>()
        var flagged = Set<String>()
        for (match, nested) in englishMatches(in: target, matcher: matcher) {
            let form = key.english(entries[match.entry].englishForms[match.form])
            found.insert(form)
            // A form inside a longer term ("Islamic State" in "Islamic State Khorasan Province") is not used.
            if !nested, let instead = deprecatedEnglish[form], flagged.insert(form).inserted {
                findings.append(
                    finding(
                        .deprecatedTerm, match.text, instead,
                        "'\(match.text)' is deprecated in the glossary (\(entries[match.entry].id))"))
            }
        }
        var seen = Set<SourceTerm>()
        let source = segment.source
        for match in matcher.matches(in: Self.segment(source, language: "ar"), tokens: arabic.tokens(of: source)) {
            let entry = entries[match.entry]
            // A deprecated concept's alternative is another entry; a deprecated form or a misspelling inside an
            // accepted concept is rendered with that concept's English.
            let conceptDeprecated = entry.status == .deprecated
            guard entry.status != .proposed,
                let approvedIndex = conceptDeprecated ? alternatives[match.entry] : match.entry
            else { continue }
            let approved = entries[approvedIndex].acceptedEnglishForms.filter { !$0.isEmpty }
            let term = SourceTerm(entry: match.entry, form: key.arabic(entry.arabicForms[match.form]))
            guard !approved.isEmpty, seen.insert(term).inserted else { continue }
            var label = "'\(match.text)' (\(entry.id)"
            if match.kind == .fuzzy { label += ", a fuzzy match" }
            if conceptDeprecated || match.status == .deprecated {
                label += ", deprecated: use \(entries[approvedIndex].ar)"
            } else if match.status == .misspelling {
                label += ", a misspelling of \(entry.ar)"
            }
            label += ")"
            let present = approved.filter { found.contains(key.english($0)) }
            if let rendered = present.first {
                // Several forms of the concept in one target: which renders this term is unknown, so it is not
                // counted for consistency.
                guard Set(present.map(key.english)).count == 1 else { continue }
                if renderings[term] == nil { termOrder.append(term) }
                renderings[term, default: []].append(
                    Rendering(
                        english: rendered, label: label, order: order,
                        finding: finding(.inconsistentTerm, match.text, "", "")))
            } else {
                findings.append(
                    finding(
                        .missingTerm, match.text, Self.quotedForms(approved),
                        "\(label) is not rendered with its approved English"))
            }
        }
        return findings
    }

    /// The glossary's English forms in `target`: the matcher's leftmost-longest matches, and the shorter forms
    /// inside each multiword match ("global coalition" and "ISIS" inside "Global Coalition against ISIS"), so that a
    /// longer term never hides the rendering of a shorter one. `nested` tells the inner ones.
    func englishMatches(in target: String, matcher: GlossaryMatcher) -> [(match: TermMatch, nested: Bool)] {
        let segment = Self.segment(target, language: "en")
        let tokens = english.tokens(of: target)
        var tokenAt: [Int: Int] = [:]
        for (index, token) in tokens.enumerated() { tokenAt[token.range.lowerBound] = index }
        var result: [(match: TermMatch, nested: Bool)] = []
        var seen = Set<[Int]>()
        var pending = [0..<tokens.count]
        while let span = pending.popLast() {
            let nested = span.count < tokens.count
            for match in matcher.matches(in: segment, tokens: Array(tokens[span])) {
                guard seen.insert([match.range.lowerBound, match.range.upperBound, match.entry, match.form]).inserted,
                    let start = tokenAt[match.range.lowerBound]
                else { continue }
                result.append((match, nested))
                let end = tokens[start...].firstIndex { $0.range.upperBound >= match.range.upperBound }.map { $0 + 1 }
                if let end, end - start > 1 {
                    pending.append(start + 1..<end)
                    pending.append(start..<end - 1)
                }
            }
        }
        return result.sorted { $0.match.range.lowerBound < $1.match.range.lowerBound }
    }

    /// Each rendering that departs from its term's most common one (the first seen on a tie).
    func inconsistencies() -> [(order: Int, finding: QAFinding)] {
        var result: [(order: Int, finding: QAFinding)] = []
        for term in termOrder {
            let list = renderings[term] ?? []
            var counts: [String: Int] = [:]
            var firstOf: [String: Int] = [:]
            for (index, rendering) in list.enumerated() {
                let english = Self.singular(key.english(rendering.english))
                counts[english, default: 0] += 1
                if firstOf[english] == nil { firstOf[english] = index }
            }
            guard counts.count > 1 else { continue }
            let usual = counts.max { ($0.value, -firstOf[$0.key]!) < ($1.value, -firstOf[$1.key]!) }!.key
            let model = list[firstOf[usual]!]
            let others = counts[usual]!
            for rendering in list where Self.singular(key.english(rendering.english)) != usual {
                var finding = rendering.finding
                finding.expected = "'\(model.english)', as elsewhere"
                finding.message =
                    "\(rendering.label) is rendered '\(rendering.english)' here but '\(model.english)' in \(others) other segment\(others == 1 ? "" : "s") (first \(model.finding.file):\(model.finding.line), unit '\(model.finding.unit)' segment '\(model.finding.segment)')"
                result.append((rendering.order, finding))
            }
        }
        return result
    }

    /// An English key with its last word in the singular, so that a glossary's plural variant ("capabilities") is
    /// the same rendering as its singular ("capability"): -ies → -y, -ses/-xes/-zes/-ches/-shes lose -es, other -s
    /// (not -ss) is dropped.
    static func singular(_ english: String) -> String {
        guard english.count > 3 else { return english }
        if english.hasSuffix("ies") { return String(english.dropLast(3)) + "y" }
        for ending in ["ses", "xes", "zes", "ches", "shes"] where english.hasSuffix(ending) {
            return String(english.dropLast(2))
        }
        if english.hasSuffix("s"), !english.hasSuffix("ss") { return String(english.dropLast()) }
        return english
    }

    /// A stand-alone segment of `text` for the matcher.
    static func segment(_ text: String, language: String) -> Segment {
        Segment(index: 0, kind: .sentence, paragraph: 1, language: language, range: 0..<text.utf8.count, text: text)
    }
}
