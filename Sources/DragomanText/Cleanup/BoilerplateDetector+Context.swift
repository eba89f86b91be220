/// The context pass: what marks a line is its shape and its neighbours, not its wording.
///
/// Adapted from jusText (J. Pomikálek, "Removing boilerplate and duplicate content from web corpora", PhD thesis,
/// Masaryk University, 2011) to text without markup. jusText classifies each paragraph of a page from its length,
/// its density of function words and its links as good, near-good, short or bad, then gives the short ones the
/// class of their neighbours. Copied text has no links and no tags, and a short news article has few long
/// paragraphs, so jusText alone marks its news too; here:
///
/// - **text** (jusText's good): a paragraph of several sentences, a sentence longer than a candidate, or a
///   stand-alone sentence with sentence punctuation, five words or more and a function word (an unpunctuated one
///   must be too long for a line and have two function words). Never marked by context; it ends a related-links
///   block.
/// - **near-text** (near-good): a punctuated line of three or four words, or a question of at most twelve words
///   (link titles are often questions). Never marked by the neighbours, only under a related-links header.
/// - **bad**: what a rule marked (not a copy within the document, which is weak evidence), a navigation trail, a
///   line without letters, a run of three or more buttons (one to three words, no punctuation, no function word).
/// - **short**: the rest (headlines, crossheads, captions, names, link titles, form labels).
///
/// Then: the headline (the longest line before the text that is not a button) is kept; lines after a
/// related-links header are marked until the text resumes; a run of short lines between two bad ones is marked
/// (jusText's context rule), as is a run between a bad line and the start or end of the document; after the last
/// text, a run between the text and a bad line is marked too; between the headline and the text, only buttons are
/// marked, so a standfirst or a second headline stays.
extension BoilerplateDetector {
    /// jusText's classes, adapted (see above).
    enum ContextClass {
        case text, nearText, bad, short
    }

    /// Marks by shape and context, completing what the rules found: related-links headers, and matches that count
    /// only before the text or outside it (a rule never marks a sentence of the text's shape inside the text).
    func markByContext(_ document: inout Document, keys: [String?], findings: RuleFindings) {
        let count = document.segments.count
        guard count > 0 else { return }
        // By index: zipping the segments would copy each (and retain its strings).
        let shapes: [LineShape?] = keys.indices.map { index in
            keys[index].map { LineShape(key: $0, kind: document.segments[index].kind, functionWords: functionWords) }
        }
        var classes = [ContextClass](repeating: .short, count: count)
        for index in 0..<count {
            guard let shape = shapes[index] else {
                classes[index] = document.segments[index].boilerplate == nil ? .text : .bad
                continue
            }
            if let reason = document.segments[index].boilerplate {
                classes[index] = Self.isAnchor(reason) ? .bad : .short
                continue
            }
            if !shape.letters {
                document.mark(index, Boilerplate(kind: .furniture, rule: "no letters"))
                classes[index] = .bad
            } else if shape.isTrail {
                document.mark(index, Boilerplate(kind: .furniture, rule: "navigation trail"))
                classes[index] = .bad
            } else {
                classes[index] = Self.contextClass(of: shape, kind: document.segments[index].kind)
            }
        }
        // The text's bounds, without the rule matches that wait for them.
        var waiting = [Bool](repeating: false, count: count)
        for finding in findings.deferred { for index in finding.segments { waiting[index] = true } }
        var firstText = count
        var lastText = -1
        for index in 0..<count where classes[index] == .text && !waiting[index] {
            firstText = min(firstText, index)
            lastText = index
        }
        // Notices written as paragraphs of several sentences (copyright, cookies) at either end of the text: only
        // the paragraphs there are read, from the ends inwards, while they are notices.
        func notice(at index: Int) -> Range<Int>? {
            var start = index
            let paragraph = document.segments[index].paragraph
            while start > 0, document.segments[start - 1].paragraph == paragraph { start -= 1 }
            guard keys[start] == nil, let reason = opening(document.segments[start], in: document) else { return nil }
            var end = index + 1
            while end < count, document.segments[end].paragraph == paragraph { end += 1 }
            for marked in start..<end {
                document.mark(marked, reason)
                classes[marked] = .bad
            }
            return start..<end
        }
        while lastText >= 0, let paragraph = notice(at: lastText) {
            lastText = (0..<paragraph.lowerBound).last { classes[$0] == .text && !waiting[$0] } ?? -1
        }
        while firstText <= lastText, let paragraph = notice(at: firstText) {
            firstText = (paragraph.upperBound..<count).first { classes[$0] == .text && !waiting[$0] } ?? count
        }
        if lastText < 0 { firstText = count }
        // A short line with the copyright sign (jusText's rule), like a rule's match: a sentence of the text's
        // shape only outside the text.
        for index in 0..<count where document.segments[index].boilerplate == nil {
            guard let shape = shapes[index], shape.copyrightSign, shape.words <= Self.copyrightWords,
                classes[index] != .text || index < firstText || index > lastText
            else { continue }
            document.mark(index, Self.copyrightReason)
            classes[index] = .bad
        }
        for (segments, reason, place) in findings.deferred {
            let before = segments.upperBound <= firstText
            guard before || (place == .outsideText && segments.lowerBound > lastText) else { continue }
            for index in segments {
                document.mark(index, reason)
                classes[index] = .bad
            }
        }
        // Link titles read like headlines: what follows a related-links header is never the headline.
        // Each block ends where the text resumes or the next header begins (linear however many headers).
        for (number, header) in findings.related.enumerated() {
            let next = number + 1 < findings.related.count ? findings.related[number + 1] : count
            markRelated(&document, after: header, before: next, classes: &classes, firstText: firstText)
        }
        let headline = headline(of: document, shapes: shapes, before: firstText)
        markButtonRuns(&document, shapes: shapes, classes: &classes)
        markBetweenFurniture(
            &document, shapes: shapes, classes: classes, keep: headline, firstText: firstText, lastText: lastText)
    }

    /// Whether a mark is evidence enough to mark the short lines around it: a copy of an earlier line is not.
    static func isAnchor(_ reason: Boilerplate) -> Bool {
        !(reason.kind == .repeated && reason.rule.hasPrefix("copy of"))
    }

    /// The class of a stand-alone segment from its shape; `kind` is the segmenter's: an unpunctuated `line` (a
    /// short line standing alone) is never text, an unpunctuated `sentence` (too long for a line) is text when it
    /// has function words.
    static func contextClass(of shape: LineShape, kind: Segment.Kind) -> ContextClass {
        if shape.terminal {
            if shape.question && shape.words <= 12 { return .nearText }
            if shape.words >= 5 && shape.functionWords >= 1 { return .text }
            return shape.words >= 3 ? .nearText : .short
        }
        return kind == .sentence && shape.functionWords >= 2 ? .text : .short
    }

    /// Three or more buttons in a row (marked ones of up to four words count for the run): a menu, a list of
    /// sections, a row of share buttons, a form.
    private func markButtonRuns(_ document: inout Document, shapes: [LineShape?], classes: inout [ContextClass]) {
        var start = 0
        while start < shapes.count {
            var end = start
            while end < shapes.count, let shape = shapes[end],
                shape.isButton || (classes[end] == .bad && shape.words <= LineShape.buttonWords + 1)
            {
                end += 1
            }
            if end - start >= 3 {
                let reason = Boilerplate(kind: .furniture, rule: "one of \(end - start) short lines in a row")
                for index in start..<end where document.segments[index].boilerplate == nil {
                    document.mark(index, reason)
                    classes[index] = .bad
                }
            }
            start = max(end, start + 1)
        }
    }

    /// The headline: of the unmarked lines before the text that are not buttons, the one with the most words (the
    /// first of them on a tie); else the first unmarked line there. It stays content whatever its neighbours.
    private func headline(of document: Document, shapes: [LineShape?], before firstText: Int) -> Int? {
        var best: (index: Int, words: Int)?
        var fallback: Int?
        for index in 0..<firstText {
            let segment = document.segments[index]
            guard segment.kind == .line, segment.boilerplate == nil, let shape = shapes[index] else { continue }
            if fallback == nil { fallback = index }
            if !shape.isButton && shape.words >= 2 && shape.words > best?.words ?? 0 { best = (index, shape.words) }
        }
        return best?.index ?? fallback
    }

    /// The lines after a related-links header, until the text resumes: link titles, their times (after the first
    /// text; before it a date is the article's), more headers.
    private func markRelated(
        _ document: inout Document, after header: Int, before end: Int, classes: inout [ContextClass],
        firstText: Int
    ) {
        let name = String(document.segments[header].singleLineText.prefix(40))
        let reason = Boilerplate(kind: .furniture, rule: "related links (after \"\(name)\")")
        var index = header + 1
        while index < end, classes[index] != .text {
            let mark = document.segments[index].boilerplate
            if mark == nil || (mark?.kind == .date && index > firstText) {
                document.mark(index, reason)
                classes[index] = .bad
            }
            index += 1
        }
    }

    /// jusText's context rule for short lines, on the classes computed before it (marks do not cascade).
    private func markBetweenFurniture(
        _ document: inout Document, shapes: [LineShape?], classes: [ContextClass], keep headline: Int?,
        firstText: Int, lastText: Int
    ) {
        enum Side { case text, bad, edge }
        let count = classes.count
        // The nearest text or bad segment on each side, skipping short and near-text ones and the headline.
        func sides(_ indices: some Sequence<Int>) -> [Side] {
            var sides = [Side](repeating: .edge, count: count)
            var side = Side.edge
            for index in indices {
                sides[index] = side
                if index == headline { continue }
                if classes[index] == .text { side = .text } else if classes[index] == .bad { side = .bad }
            }
            return sides
        }
        let before = sides(0..<count)
        let after = sides(stride(from: count - 1, through: 0, by: -1))
        for index in 0..<count {
            guard classes[index] == .short, index != headline, document.segments[index].boilerplate == nil,
                let shape = shapes[index]
            else { continue }
            let reason: String
            switch (before[index], after[index]) {
            case (.bad, .bad): reason = "between furniture lines"
            case (.edge, .bad) where index < firstText: reason = "before the text, next to furniture"
            case (.bad, .edge) where index > lastText: reason = "after the text, with furniture"
            case (.text, .bad) where index > lastText: reason = "after the text, before furniture"
            default: continue
            }
            // Between the headline and the text only buttons: a standfirst or a second headline there stays.
            if index < firstText && index > headline ?? -1 && !shape.isButton { continue }
            document.mark(index, Boilerplate(kind: .furniture, rule: reason))
        }
    }
}
