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
        for match in matcher.matches(in: Self.segment(target, language: "en"), tokens: english.tokens(of: target)) {
            let form = key.english(entries[match.entry].englishForms[match.form])
            if found.insert(form).inserted, let instead = deprecatedEnglish[form] {
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
            guard entry.status != .proposed,
                let approvedIndex = entry.status == .deprecated ? alternatives[match.entry] : match.entry
            else { continue }
            let approved = entries[approvedIndex].englishForms.filter { !$0.isEmpty }
            let term = SourceTerm(entry: match.entry, form: key.arabic(entry.arabicForms[match.form]))
            guard !approved.isEmpty, seen.insert(term).inserted else { continue }
            var label = "'\(match.text)' (\(entry.id)"
            if match.kind == .fuzzy { label += ", a fuzzy match" }
            if entry.status == .deprecated { label += ", deprecated: use \(entries[approvedIndex].ar)" }
            label += ")"
            let present = approved.filter { found.contains(key.english($0)) }
            if let rendered = present.first {
                // Several forms of the concept in one target: which renders this term is unknown, so it is not
                // counted for consistency.
                guard Set(present.map(key.english)).count == 1 else { continue }
                if renderings[term] == nil { termOrder.append(term) }
                renderings[term, default: []].append(
                    Rendering(english: rendered, label: label, order: order, finding: finding(.inconsistentTerm, match.text, "", "")))
            } else {
                findings.append(
                    finding(
                        .missingTerm, match.text, Self.quotedForms(approved),
                        "\(label) is not rendered with its approved English"))
            }
        }
        return findings
    }

    /// Each rendering that departs from its term's most common one (the first seen on a tie).
    func inconsistencies() -> [(order: Int, finding: QAFinding)] {
        var result: [(order: Int, finding: QAFinding)] = []
        for term in termOrder {
            let list = renderings[term] ?? []
            var counts: [String: Int] = [:]
            var firstOf: [String: Int] = [:]
            for (index, rendering) in list.enumerated() {
                let english = key.english(rendering.english)
                counts[english, default: 0] += 1
                if firstOf[english] == nil { firstOf[english] = index }
            }
            guard counts.count > 1 else { continue }
            let usual = counts.max { ($0.value, -firstOf[$0.key]!) < ($1.value, -firstOf[$1.key]!) }!.key
            let model = list[firstOf[usual]!]
            let others = counts[usual]!
            for rendering in list where key.english(rendering.english) != usual {
                var finding = rendering.finding
                finding.expected = "'\(model.english)', as elsewhere"
                finding.message =
                    "\(rendering.label) is rendered '\(rendering.english)' here but '\(model.english)' in \(others) other segment\(others == 1 ? "" : "s") (first \(model.finding.file):\(model.finding.line), unit '\(model.finding.unit)' segment '\(model.finding.segment)')"
                result.append((rendering.order, finding))
            }
        }
        return result
    }

    /// A stand-alone segment of `text` for the matcher.
    static func segment(_ text: String, language: String) -> Segment {
        Segment(index: 0, kind: .sentence, paragraph: 1, language: language, range: 0..<text.utf8.count, text: text)
    }
}
