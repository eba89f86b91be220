import DragomanICU

/// Marks the boilerplate of a batch of documents: rule matches, and lines repeated within or across documents.
///
/// Nothing is removed; each marked segment gets a reason. Only segments that stand alone are candidates (`line`
/// segments, and one-sentence paragraphs of at most 40 words), so a real news sentence is never marked.
///
/// Holds the rules compiled as ICU expressions (matched on UTF-8 directly), so it is not `Sendable`: use one per
/// task.
public final class BoilerplateDetector {
    /// The rules applied.
    public let rules: BoilerplateRules
    private let compiled: [BoilerplateRules.Scripts: [(maximumWords: Int, expression: RegularExpression)]]
    /// Each rule alone, to tell which rule of a combined expression matched.
    private let single: [RegularExpression]

    /// A one-sentence paragraph longer than this is news, never furniture.
    let maximumCandidateWords = 40

    /// A detector with the given rules.
    public init(rules: BoilerplateRules) throws(TextError) {
        self.rules = rules
        var compiled: [BoilerplateRules.Scripts: [(maximumWords: Int, expression: RegularExpression)]] = [:]
        for (scripts, patterns) in rules.combinedPatterns() {
            var expressions: [(maximumWords: Int, expression: RegularExpression)] = []
            for (bound, pattern) in patterns {
                do {
                    expressions.append((bound, try RegularExpression(pattern: pattern)))
                } catch {
                    throw .badRule(file: "boilerplate rules", line: 0, reason: error.description)
                }
            }
            compiled[scripts] = expressions
        }
        self.compiled = compiled
        var single: [RegularExpression] = []
        for rule in rules.rules {
            do {
                single.append(try RegularExpression(pattern: rule.normalizedPattern))
            } catch {
                throw .badRule(file: "boilerplate rules", line: 0, reason: error.description)
            }
        }
        self.single = single
    }

    /// The first rule (in file order) that matches the whole of `text` (match-normalized, spaces collapsed).
    func firstMatch(_ text: String) -> BoilerplateRule? {
        var text = text
        return text.withUTF8 { bytes -> BoilerplateRule? in
            let (scripts, words) = BoilerplateRules.Scripts.of(bytes)
            guard let expression = compiled[scripts]?.first(where: { $0.maximumWords >= words })?.expression,
                expression.matchesWhole(bytes)
            else { return nil }
            // Most segments match nothing; for the few that do, find the first rule in file order that matches.
            for (index, rule) in rules.rules.enumerated()
            where rule.maximumWords >= words && BoilerplateRules.applies(rule, to: scripts)
                && single[index].matchesWhole(bytes)
            {
                return rule
            }
            return nil
        }
    }

    /// `text` (already normalized) with runs of white space collapsed to one space, trimmed; nil when it has
    /// more than `maximumWords` words.
    func collapsed(_ text: Substring, maximumWords: Int = .max) -> String? {
        var text = text
        return text.withUTF8 { collapsed($0, maximumWords: maximumWords) }
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

    private func isCandidate(_ segment: Segment, in document: Document) -> Bool {
        if segment.kind == .line { return segment.text.utf8.count <= 600 }
        let alone =
            (segment.index == 0 || document.segments[segment.index - 1].paragraph != segment.paragraph)
            && (segment.index + 1 == document.segments.count
                || document.segments[segment.index + 1].paragraph != segment.paragraph)
        return alone
    }

    /// Marks boilerplate in every document of the batch.
    public func mark(_ documents: inout [Document]) {
        var keys: [[String?]] = []
        for index in documents.indices {
            let document = documents[index]
            keys.append(
                document.segments.map { segment in
                    // A stand-alone sentence is a candidate up to a word limit; longer ones are news.
                    guard isCandidate(segment, in: document) else { return nil }
                    let limit = segment.kind == .line ? Int.max : maximumCandidateWords
                    return collapsed(document.matchText(of: segment), maximumWords: limit)
                })
            markRules(&documents[index], keys: keys[index])
            markRepeatsWithin(&documents[index], keys: keys[index])
        }
        markRepeatsAcross(&documents, keys: keys)
    }

    private func markRules(_ document: inout Document, keys: [String?]) {
        var carry: Boilerplate?
        for (index, key) in keys.enumerated() {
            if let reason = carry {
                carry = nil
                if document.segments[index].kind == .line {
                    document.mark(index, reason)
                    continue
                }
            }
            guard let key, let rule = firstMatch(key) else { continue }
            let reason = Boilerplate(kind: rule.kind, rule: rule.label)
            document.mark(index, reason)
            if rule.scope == .lineAndNext { carry = reason }
        }
    }

    /// A line that repeats an earlier segment of the same document (a headline printed twice, a caption with the
    /// headline again) is a copy: the first occurrence stays.
    private func markRepeatsWithin(_ document: inout Document, keys: [String?]) {
        var seen: [UTF8Key: Int] = [:]
        var earlierLines: [(key: String, index: Int)] = []
        for (index, segment) in document.segments.enumerated() {
            // Only stand-alone segments are compared: a headline printed twice, not sentences.
            guard let key = keys[index] else { continue }
            defer {
                if seen[UTF8Key(key)] == nil { seen[UTF8Key(key)] = index }
                if segment.kind == .line, segment.boilerplate == nil, key.split(separator: " ").count >= 5 {
                    earlierLines.append((key, index))
                }
            }
            guard segment.boilerplate == nil, segment.kind == .line else { continue }
            if let first = seen[UTF8Key(key)] {
                document.mark(index, Boilerplate(kind: .repeated, rule: "copy of segment \(first)"))
            } else if let earlier = earlierLines.first(where: { key.hasPrefix($0.key + " ") }) {
                document.mark(index, Boilerplate(kind: .repeated, rule: "copy of segment \(earlier.index) with more"))
            }
        }
    }

    /// A line found in two or more documents of the batch is a masthead or other site furniture.
    private func markRepeatsAcross(_ documents: inout [Document], keys: [[String?]]) {
        guard documents.count > 1 else { return }
        var documentsWith: [UTF8Key: Set<Int>] = [:]
        for (d, documentKeys) in keys.enumerated() {
            for (s, key) in documentKeys.enumerated() where documents[d].segments[s].kind == .line {
                if let key { documentsWith[UTF8Key(key), default: []].insert(d) }
            }
        }
        for d in documents.indices {
            for (s, key) in keys[d].enumerated() {
                guard let key, documents[d].segments[s].kind == .line, documents[d].segments[s].boilerplate == nil,
                    let count = documentsWith[UTF8Key(key)]?.count, count >= 2
                else { continue }
                documents[d].mark(s, Boilerplate(kind: .repeated, rule: "in \(count) documents of the batch"))
            }
        }
    }
}
