import DragomanICU

/// Marks the boilerplate of a batch of documents: rule matches, lines repeated within or across documents, and
/// what the context shows (see `BoilerplateDetector+Context.swift`): navigation trails, runs of buttons, the link
/// titles under a "related" header, short lines between furniture.
///
/// Nothing is removed; each marked segment gets a reason that names the rule or the signal. Only segments that
/// stand alone are candidates (`line` segments, and one-sentence paragraphs of at most 40 words), and a sentence of
/// the story (sentence punctuation, function words, five words or more) is never marked by context, so a real news
/// sentence is never marked.
///
/// Holds the rules compiled as ICU expressions and a memo, so it is not `Sendable`: use one per task.
public final class BoilerplateDetector {
    /// The rules applied.
    public let rules: BoilerplateRules
    /// Each rule compiled, in file order.
    private let expressions: [RegularExpression]
    /// For a segment's first word, the rules whose pattern can start with it.
    private var rulesStartingWith: [UTF8Key: [Int32]] = [:]
    /// That memo is cleared when it reaches this size, so memory stays bounded on any input.
    private let memoLimit = 50_000
    /// The rules that recognize a label before a headline (scope `prefix`), by index.
    let prefixRules: [Int]
    /// Function words of every bundled language, in `match` form: the context pass counts them.
    let functionWords: LineShape.FunctionWords

    /// A one-sentence paragraph longer than this is news, never furniture.
    let maximumCandidateWords = 40

    /// A detector with the given rules.
    public init(rules: BoilerplateRules) throws(TextError) {
        self.rules = rules
        var expressions: [RegularExpression] = []
        for rule in rules.rules {
            do {
                expressions.append(try RegularExpression(pattern: rule.normalizedPattern))
            } catch {
                throw .badRule(file: "boilerplate rules", line: 0, reason: error.description)
            }
        }
        self.expressions = expressions
        self.prefixRules = rules.rules.indices.filter { rules.rules[$0].scope == .prefix }
        var functionWords = Set<String>()
        for language in Stopwords.languages { functionWords.formUnion(try Stopwords.bundled(language)) }
        self.functionWords = LineShape.FunctionWords(functionWords)
    }

    /// The first rule (in file order) that matches the whole of `text` (match-normalized, spaces collapsed).
    ///
    /// Most segments begin with a word no rule can begin with (قال, أكد, the…): the rules that can are found once
    /// per distinct first word, from ICU itself (see `canMatchWhole(startingWith:)`), so the answer is exact and most
    /// segments meet one expression or none.
    /// With `openingOnly`, only rules of scope `paragraph` are tried (`text` opens a paragraph of several sentences).
    func firstMatch(_ text: String, openingOnly: Bool = false) -> BoilerplateRule? {
        var text = text
        return text.withUTF8 { bytes -> BoilerplateRule? in
            let (scripts, words) = BoilerplateRules.Scripts.of(bytes)
            for index in rules(startingLike: bytes) {
                let rule = rules.rules[Int(index)]
                if openingOnly && rule.scope != .paragraph { continue }
                if rule.maximumWords >= words && BoilerplateRules.applies(rule, to: scripts)
                    && (!rule.needsDigit || bytes.contains { $0 &- 0x30 < 10 })
                    && expressions[Int(index)].matchesWhole(bytes)
                {
                    return rule
                }
            }
            return nil
        }
    }

    /// The rules that can match a text starting like `bytes`: decided on its first word (up to 32 bytes), since
    /// ICU rejects a prefix only when no continuation can match.
    private func rules(startingLike bytes: UnsafeBufferPointer<UInt8>) -> [Int32] {
        var end = 0
        while end < bytes.count, end < 32, bytes[end] != 0x20 { end += 1 }
        // Cut on a scalar boundary.
        while end < bytes.count, end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        let prefix = UnsafeBufferPointer(rebasing: bytes[0..<end])
        let key = UTF8Key(String(decoding: prefix, as: UTF8.self))
        if let known = rulesStartingWith[key] { return known }
        let possible = expressions.indices.filter { expressions[$0].canMatchWhole(startingWith: prefix) }.map {
            Int32($0)
        }
        if rulesStartingWith.count >= memoLimit { rulesStartingWith.removeAll(keepingCapacity: true) }
        rulesStartingWith[key] = possible
        return possible
    }

    /// `text` (already normalized) with runs of white space collapsed to one space, trimmed; nil when it has
    /// more than `maximumWords` words.
    func collapsed(_ text: Substring, maximumWords: Int) -> String? {
        var bytes = text
        // Most segments need no collapsing (single spaces, no line breaks or tabs, nothing to trim): a plain copy.
        let (spaces, irregular) = bytes.withUTF8 { ByteScan.spaces($0) }
        if !irregular { return spaces + 1 > maximumWords ? nil : String(text) }
        return bytes.withUTF8 { collapsed($0, maximumWords: maximumWords) }
    }

    private func collapsed(_ text: UnsafeBufferPointer<UInt8>, maximumWords: Int) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        var pendingSpace = false
        var words = 1
        for byte in text {
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace {
                    bytes.append(0x20)
                    words += 1
                    if words > maximumWords { return nil }
                }
                pendingSpace = false
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether segment `index` may be boilerplate by repetition. By index, reading fields in place: a `Segment`
    /// taken out of the array is a copy that retains its strings, for every segment of every article.
    private func isCandidate(_ index: Int, in document: Document) -> Bool {
        let segments = document.segments
        if segments[index].kind == .line { return segments[index].text.utf8.count <= 600 }
        let paragraph = segments[index].paragraph
        let alone =
            (index == 0 || segments[index - 1].paragraph != paragraph)
            && (index + 1 == segments.count || segments[index + 1].paragraph != paragraph)
        return alone
    }

    /// Marks boilerplate in every document of the batch.
    ///
    /// The same as `firstPass` on every document, the line counts of the batch, then `secondPass` on every
    /// document: what a batch read in two passes (or in shards) does without holding every document.
    public func mark(_ documents: inout [Document]) {
        var passes: [FirstPass] = []
        var lines = LineCounts()
        for index in documents.indices {
            // The copy of the document is dropped before marking, or marking would copy all of its segments.
            passes.append(firstPass(&documents[index]))
            lines.add(passes[index])
        }
        for index in documents.indices {
            secondPass(&documents[index], passes[index], lines: lines, batch: documents.count)
        }
    }

    /// What the first pass over a document found: each segment's cleanup key, and what the rules left for the
    /// context pass.
    package struct FirstPass: Sendable {
        /// Per segment, its collapsed `match` text when it is a cleanup candidate, else nil.
        let keys: [String?]
        /// What the rules found that the context pass completes.
        let findings: RuleFindings
        /// The fingerprints of the document's distinct candidate lines (`line` segments with a key): what the
        /// batch counts to find lines repeated across documents.
        package let lines: [LineFingerprint]
    }

    /// Marks what one document shows alone (rule matches, lines repeated within it) and returns what the second
    /// pass needs, with the fingerprints of its candidate lines for the batch's counts.
    package func firstPass(_ document: inout Document) -> FirstPass {
        let keys = candidateKeys(document)
        let findings = markRules(&document, keys: keys)
        markRepeatsWithin(&document, keys: keys)
        var lines = Set<LineFingerprint>()
        for (index, key) in keys.enumerated() where document.segments[index].kind == .line {
            if let key { lines.insert(LineFingerprint(key)) }
        }
        return FirstPass(keys: keys, findings: findings, lines: lines.sorted())
    }

    /// Marks what needs the batch: lines found in two or more of its `batch` documents (`lines` counts them),
    /// then what the context shows and the headline prefix.
    package func secondPass(_ document: inout Document, _ pass: FirstPass, lines: LineCounts, batch: Int) {
        if batch > 1 { markRepeatsAcross(&document, keys: pass.keys, lines: lines) }
        markByContext(&document, keys: pass.keys, findings: pass.findings)
        findHeadlinePrefix(&document)
    }

    /// Per segment, its collapsed `match` text when it is a cleanup candidate, else nil.
    private func candidateKeys(_ document: Document) -> [String?] {
        document.segments.indices.map { index in
            // A stand-alone sentence is a candidate up to a word limit; longer ones are news.
            guard isCandidate(index, in: document) else { return nil }
            let limit = document.segments[index].kind == .line ? Int.max : maximumCandidateWords
            let range = document.normalized.normalizedRange(ofOriginal: document.segments[index].range)
            return collapsed(document.normalized.text(in: range), maximumWords: limit)
        }
    }

    /// What the rules found that the context pass completes.
    struct RuleFindings: Sendable {
        /// Where a deferred match may be marked.
        enum Place {
            /// Before the article text (scope `head`).
            case beforeText
            /// Before or after the article text, not inside it: a match on a sentence of the text's shape (sentence
            /// punctuation, five words or more, function words), which inside the text would be a news sentence
            /// using the same words.
            case outsideText
        }

        /// Segments whose rule has scope `until-text` (related-links headers).
        var related: [Int] = []
        /// Matches marked by the context pass if they are in the right place: the segments, the reason, the place.
        var deferred: [(segments: Range<Int>, reason: Boilerplate, place: Place)] = []
    }

    /// Marks what the rules match; returns what the context pass completes.
    private func markRules(_ document: inout Document, keys: [String?]) -> RuleFindings {
        var carry: Boilerplate?
        var findings = RuleFindings()
        for (index, key) in keys.enumerated() {
            if let reason = carry {
                carry = nil
                if document.segments[index].kind == .line {
                    document.mark(index, reason)
                    continue
                }
            }
            let segment = document.segments[index]
            // The first sentence of a paragraph of several is read by the context pass, at the ends of the text.
            guard let key, segment.boilerplate == nil, let rule = firstMatch(key) else { continue }
            let reason = Boilerplate(kind: rule.kind, rule: rule.label)
            let scope = rule.scope
            if scope == .head {
                findings.deferred.append((index..<index + 1, reason, .beforeText))
                continue
            }
            // A punctuated sentence of the text's shape is marked only outside the text: inside, it is news.
            let shape = LineShape(key: key, kind: segment.kind, functionWords: functionWords)
            if shape.terminal && Self.contextClass(of: shape, kind: segment.kind) == .text {
                findings.deferred.append((index..<index + 1, reason, .outsideText))
                continue
            }
            document.mark(index, reason)
            switch scope {
            case .lineAndNext: carry = reason
            case .untilText: findings.related.append(index)
            case .prefix where document.headlinePrefix == nil:
                document.headlinePrefix = HeadlinePrefix(
                    text: segment.singleLineText, rule: reason.rule, segment: index, range: segment.range)
            case .line, .paragraph, .prefix, .head: break
            }
        }
        return findings
    }

    /// The reason to mark a paragraph of several sentences from its first: a rule of scope `paragraph`, or the
    /// copyright sign.
    func opening(_ segment: Segment, in document: Document) -> Boilerplate? {
        guard segment.kind == .sentence,
            let key = collapsed(document.matchText(of: segment), maximumWords: Self.copyrightWords)
        else { return nil }
        if let rule = firstMatch(key, openingOnly: true) { return Boilerplate(kind: rule.kind, rule: rule.label) }
        return copyrightSign(key)
    }

    /// The most words of a line marked for its copyright sign.
    static let copyrightWords = 24

    /// jusText's rule (a paragraph with © is boilerplate), for the first sentence of a paragraph of several, of at
    /// most 24 words: wherever the sign stands in it. Checked in code, since no rule starting with any word can be
    /// filtered by its first word; the context pass does the same for stand-alone lines.
    private func copyrightSign(_ key: String) -> Boilerplate? {
        var key = key
        let found = key.withUTF8 { bytes in
            guard let sign = bytes.firstIndex(of: 0xA9), sign > 0, bytes[sign - 1] == 0xC2 else { return false }
            return bytes.count(where: { $0 == 0x20 }) < Self.copyrightWords
        }
        return found ? Self.copyrightReason : nil
    }

    /// The reason for a line or paragraph with the copyright sign.
    static let copyrightReason = Boilerplate(kind: .furniture, rule: "copyright sign")

    /// A line that repeats an earlier segment of the same document (a headline printed twice, a caption with the
    /// headline again) is a copy: the first occurrence stays.
    private func markRepeatsWithin(_ document: inout Document, keys: [String?]) {
        var seen: [UTF8Key: Int] = [:]
        // Earlier lines of five words or more, by text: a later line that starts with one of them and goes on is a
        // copy with more. Looked up by the later line's word-boundary prefixes, so the cost is linear in the lines.
        var earlierLines: [UTF8Key: Int] = [:]
        // By index: iterating the array itself would keep its buffer alive, and each mark would then copy it.
        for index in document.segments.indices {
            let segment = document.segments[index]
            // Only stand-alone segments are compared: a headline printed twice, not sentences.
            guard let key = keys[index] else { continue }
            let utf8Key = UTF8Key(key)
            defer {
                if seen[utf8Key] == nil { seen[utf8Key] = index }
                if segment.kind == .line, segment.boilerplate == nil, key.utf8.count(where: { $0 == 0x20 }) >= 4,
                    earlierLines[utf8Key] == nil
                {
                    earlierLines[utf8Key] = index
                }
            }
            guard segment.boilerplate == nil, segment.kind == .line else { continue }
            if let first = seen[utf8Key] {
                document.mark(index, Boilerplate(kind: .repeated, rule: "copy of segment \(first)"))
            } else if let earlier = Self.earliestPrefix(of: key, in: earlierLines) {
                document.mark(index, Boilerplate(kind: .repeated, rule: "copy of segment \(earlier) with more"))
            }
        }
    }

    /// The earliest index among `lines` whose text is `key` cut before one of its spaces (five words or more).
    private static func earliestPrefix(of key: String, in lines: [UTF8Key: Int]) -> Int? {
        guard !lines.isEmpty else { return nil }
        var earliest: Int?
        var spaces = 0
        let utf8 = key.utf8
        for position in utf8.indices where utf8[position] == 0x20 {
            spaces += 1
            guard spaces >= 5, let index = lines[UTF8Key(String(key[..<position]))] else { continue }
            earliest = min(earliest ?? index, index)
        }
        return earliest
    }

    /// A line found in two or more documents of the batch is a masthead or other site furniture.
    private func markRepeatsAcross(_ document: inout Document, keys: [String?], lines: LineCounts) {
        for (s, key) in keys.enumerated() {
            guard let key, document.segments[s].kind == .line, document.segments[s].boilerplate == nil else {
                continue
            }
            let count = lines.count(of: LineFingerprint(key))
            guard count >= 2 else { continue }
            document.mark(s, Boilerplate(kind: .repeated, rule: "in \(count) documents of the batch"))
        }
    }
}
