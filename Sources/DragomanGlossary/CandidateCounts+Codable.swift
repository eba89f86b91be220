package import Foundation

/// Counts as JSON, to hand from a shard to the merge: compact and canonical.
///
/// Words, spellings and example sentences are tables referred to by index (a sentence is written once however many
/// n-grams it serves), each sorted by its UTF-8 bytes. An n-gram is written in the run where it was first seen, as
/// its offset there, its length and its frequency: its words are the run's, and its example the run's sentence
/// (`laterExamples` lists the few first seen outside a sentence and later in one). Only runs where some n-gram was
/// first seen, and sentences some n-gram keeps, are written; runs are sorted, and n-grams in a run. The same counts
/// give the same bytes, however they were added and merged.
///
///     {"examples": [sentence, …], "format": 1,
///      "forms": [word, or [text, word] when the text is not the word's `match` form, …],
///      "laterExamples": [[document, run, offset, length, example, document, run, offset], …],
///      "maximumLength": 4,
///      "runs": [[document, run, example or -1, [form, …], [offset, length, frequency, offset, …]], …],
///      "words": [match form, …]}
extension CandidateCounts: Codable {
    private enum CodingKeys: String, CodingKey {
        case examples, format, forms, laterExamples, maximumLength, runs, words
    }

    /// The version of the format.
    static let format = 1

    /// The counts as JSON, keys sorted: the same counts give the same bytes.
    package func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Counts read from `json()`'s output.
    package init(json: Data) throws {
        self = try JSONDecoder().decode(Self.self, from: json)
    }

    /// Writes the tables in their canonical order (see the extension's comment).
    package func encode(to encoder: any Encoder) throws {
        let wordOrder = words.indices.sorted { Self.precedes(words[$0], words[$1]) }
        var wordIndex = [Int32](repeating: 0, count: words.count)
        for (index, old) in wordOrder.enumerated() { wordIndex[old] = Int32(index) }
        let formOrder = texts.indices.sorted {
            Self.sameBytes(texts[$0], texts[$1])
                ? wordIndex[Int(formWords[$0])] < wordIndex[Int(formWords[$1])] : Self.precedes(texts[$0], texts[$1])
        }
        var formIndex = [Int32](repeating: 0, count: texts.count)
        for (index, old) in formOrder.enumerated() { formIndex[old] = Int32(index) }
        // Each run where an n-gram was first seen, with those n-grams; the examples they keep.
        var firstSeen: [RunKey: [(offset: Int, length: Int, frequency: Int)]] = [:]
        var later: [(first: Position, length: Int, example: Int32, at: Position)] = []
        var usedExamples = Set<Int32>()
        for node in grams.indices {
            let gram = grams[node]
            guard gram.frequency > 0 else { continue }
            let at = gram.first.runKey
            let length = grams.length(of: node)
            firstSeen[at, default: []].append((gram.first.offset, length, gram.frequency))
            if gram.example >= 0 { usedExamples.insert(gram.example) }
            if gram.example != runs[at]!.example {
                later.append((gram.first, length, gram.example, gram.exampleAt))
            }
        }
        let exampleOrder = usedExamples.sorted { Self.precedes(examples[Int($0)], examples[Int($1)]) }
        var exampleIndex: [Int32: Int32] = [-1: -1]
        for (index, old) in exampleOrder.enumerated() { exampleIndex[old] = Int32(index) }
        let encodedRuns = firstSeen.keys.sorted().map { at in
            let run = runs[at]!
            return EncodedRun(
                at: at, example: exampleIndex[run.example]!, forms: run.forms.map { formIndex[Int($0)] },
                grams: firstSeen[at]!.sorted { ($0.offset, $0.length) < ($1.offset, $1.length) }.flatMap {
                    [$0.offset, $0.length, $0.frequency]
                })
        }
        later.sort { ($0.first, $0.length) < ($1.first, $1.length) }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(exampleOrder.map { examples[Int($0)] }, forKey: .examples)
        try container.encode(Self.format, forKey: .format)
        try container.encode(
            formOrder.map {
                let word = Int(formWords[$0])
                return EncodedForm(
                    text: Self.sameBytes(texts[$0], words[word]) ? nil : texts[$0], word: wordIndex[word])
            }, forKey: .forms)
        try container.encode(
            later.map { first, length, example, at in
                [
                    first.document, first.run, first.offset, length, Int(exampleIndex[example]!), at.document, at.run,
                    at.offset,
                ]
            }, forKey: .laterExamples)
        try container.encode(maximumLength, forKey: .maximumLength)
        try container.encode(encodedRuns, forKey: .runs)
        try container.encode(wordOrder.map { words[$0] }, forKey: .words)
    }

    /// Reads counts, checking that every index points into its table, every n-gram fits in its run, and nothing is
    /// listed twice.
    package init(from decoder: any Decoder) throws {
        func corrupt(_ message: String) -> DecodingError {
            .dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath, debugDescription: message))
        }
        self.init()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let format = try container.decode(Int.self, forKey: .format)
        guard format == Self.format else { throw corrupt("candidate counts of format \(format), not \(Self.format)") }
        maximumLength = try container.decode(Int.self, forKey: .maximumLength)
        guard maximumLength == 0 || maximumLength >= 2 else { throw corrupt("maximumLength \(maximumLength)") }
        for word in try container.decode([String].self, forKey: .words) {
            let known = words.count
            guard wordID(word) == known else { throw corrupt("the word \(word) is listed twice") }
        }
        for form in try container.decode([EncodedForm].self, forKey: .forms) {
            guard form.word >= 0, Int(form.word) < words.count else { throw corrupt("a form's word \(form.word)") }
            let known = texts.count
            guard formID(form.text ?? words[Int(form.word)], word: form.word) == known else {
                throw corrupt("a form is listed twice")
            }
        }
        for example in try container.decode([String].self, forKey: .examples) {
            let known = examples.count
            guard exampleID(example) == known else { throw corrupt("an example is listed twice") }
        }
        for run in try container.decode([EncodedRun].self, forKey: .runs) {
            let at = run.at
            guard at.document >= 0, at.run >= 0, run.forms.count >= 2,
                (-1..<Int32(examples.count)).contains(run.example),
                run.forms.allSatisfy({ $0 >= 0 && Int($0) < texts.count }), run.grams.count % 3 == 0
            else { throw corrupt("run \(at.run) of document \(at.document)") }
            guard runs.updateValue(Run(forms: run.forms, example: run.example), forKey: at) == nil else {
                throw corrupt("run \(at.run) of document \(at.document) is listed twice")
            }
            for index in stride(from: 0, to: run.grams.count, by: 3) {
                let (offset, length, frequency) = (run.grams[index], run.grams[index + 1], run.grams[index + 2])
                guard offset >= 0, (2...max(2, maximumLength)).contains(length), maximumLength > 0,
                    offset + length <= run.forms.count, frequency >= 1
                else { throw corrupt("an n-gram of run \(at.run) of document \(at.document)") }
                let first = Position(document: at.document, run: at.run, offset: offset)
                let gram = Gram(frequency: frequency, at: first, example: run.example)
                let node = grams.node(for: run.forms[offset..<(offset + length)])
                guard grams[node].frequency == 0 else { throw corrupt("an n-gram is listed twice") }
                grams[node] = gram
            }
        }
        for later in try container.decode([[Int]].self, forKey: .laterExamples) {
            guard later.count == 8, (0..<examples.count).contains(later[4]),
                let run = runs[RunKey(document: later[0], run: later[1])], run.example < 0,
                later[2] >= 0, later[3] >= 2, later[2] + later[3] <= run.forms.count
            else { throw corrupt("a later example \(later)") }
            let at = Position(document: later[5], run: later[6], offset: later[7])
            guard let node = grams.counted(run.forms[later[2]..<(later[2] + later[3])]),
                grams[node].first == Position(document: later[0], run: later[1], offset: later[2]),
                grams[node].example < 0, grams[node].first < at
            else { throw corrupt("a later example \(later)") }
            grams[node].example = Int32(later[4])
            grams[node].exampleAt = at
        }
    }

    /// Whether `a`'s UTF-8 bytes sort before `b`'s.
    private static func precedes(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
}

/// A form: its word's index, or its text and its word's index when the text differs from the word.
private struct EncodedForm: Codable {
    var text: String?
    var word: Int32

    init(text: String?, word: Int32) {
        self.text = text
        self.word = word
    }

    init(from decoder: any Decoder) throws {
        if let word = try? decoder.singleValueContainer().decode(Int32.self) {
            self.init(text: nil, word: word)
            return
        }
        var container = try decoder.unkeyedContainer()
        self.init(text: try container.decode(String.self), word: try container.decode(Int32.self))
    }

    func encode(to encoder: any Encoder) throws {
        if let text {
            var container = encoder.unkeyedContainer()
            try container.encode(text)
            try container.encode(word)
        } else {
            var container = encoder.singleValueContainer()
            try container.encode(word)
        }
    }
}

/// A run: document, run, example, its forms, and the n-grams first seen in it (offset, length, frequency, …).
private struct EncodedRun: Codable {
    var at: CandidateCounts.RunKey
    var example: Int32
    var forms: [Int32]
    var grams: [Int]

    init(at: CandidateCounts.RunKey, example: Int32, forms: [Int32], grams: [Int]) {
        self.at = at
        self.example = example
        self.forms = forms
        self.grams = grams
    }

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        at = CandidateCounts.RunKey(
            document: try container.decode(Int.self), run: try container.decode(Int.self))
        example = try container.decode(Int32.self)
        forms = try container.decode([Int32].self)
        grams = try container.decode([Int].self)
        guard container.isAtEnd else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "a run with more than 5 fields")
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(at.document)
        try container.encode(at.run)
        try container.encode(example)
        try container.encode(forms)
        try container.encode(grams)
    }
}
