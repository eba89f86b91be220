package import Foundation

/// Counts as JSON, to hand from a shard to the merge: compact and canonical.
///
/// Words, spellings and examples are tables referred to by index (an example sentence is written once however many
/// n-grams it serves), each sorted by its UTF-8 bytes, and the n-grams and runs are sorted too: the same counts give
/// the same bytes, however they were added and merged. Only what ranking can read is written: examples some n-gram
/// keeps and runs where some n-gram was first seen.
///
///     {"examples": [sentence, …], "format": 1,
///      "forms": [word, or [text, word] when the text is not the word's `match` form, …],
///      "grams": [[[form, …], frequency, document, run, offset], then the example if any, then where it is when
///                not at the first occurrence: example, document, run, offset], …],
///      "maximumLength": 4, "runs": [[document, run, word, …], …], "words": [match form, …]}
extension CandidateCounts: Codable {
    private enum CodingKeys: String, CodingKey {
        case examples, format, forms, grams, maximumLength, runs, words
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
            texts[$0].utf8.elementsEqual(texts[$1].utf8)
                ? wordIndex[Int(formWords[$0])] < wordIndex[Int(formWords[$1])] : Self.precedes(texts[$0], texts[$1])
        }
        var formIndex = [Int32](repeating: 0, count: texts.count)
        for (index, old) in formOrder.enumerated() { formIndex[old] = Int32(index) }
        var usedExamples = Set<Int32>()
        var usedRuns = Set<RunKey>()
        for gram in grams.values {
            if gram.example >= 0 { usedExamples.insert(gram.example) }
            usedRuns.insert(gram.first.runKey)
        }
        let exampleOrder = usedExamples.sorted { Self.precedes(examples[Int($0)], examples[Int($1)]) }
        var exampleIndex: [Int32: Int32] = [:]
        for (index, old) in exampleOrder.enumerated() { exampleIndex[old] = Int32(index) }
        var encodedGrams = grams.map { key, gram in
            var gram = gram
            if gram.example >= 0 { gram.example = exampleIndex[gram.example]! }
            return EncodedGram(forms: key.map { formIndex[Int($0)] }, gram: gram)
        }
        encodedGrams.sort { $0.forms.lexicographicallyPrecedes($1.forms) }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(exampleOrder.map { examples[Int($0)] }, forKey: .examples)
        try container.encode(Self.format, forKey: .format)
        try container.encode(
            formOrder.map {
                let word = Int(formWords[$0])
                return EncodedForm(
                    text: texts[$0].utf8.elementsEqual(words[word].utf8) ? nil : texts[$0], word: wordIndex[word])
            }, forKey: .forms)
        try container.encode(encodedGrams, forKey: .grams)
        try container.encode(maximumLength, forKey: .maximumLength)
        try container.encode(
            usedRuns.sorted().map { EncodedRun(at: $0, words: runs[$0]!.map { wordIndex[Int($0)] }) }, forKey: .runs)
        try container.encode(wordOrder.map { words[$0] }, forKey: .words)
    }

    /// Reads counts, checking that every index points into its table and every n-gram's first occurrence is in a
    /// run that holds its words.
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
            guard run.at.document >= 0, run.at.run >= 0, run.words.count >= 2,
                run.words.allSatisfy({ $0 >= 0 && Int($0) < words.count })
            else { throw corrupt("run \(run.at.run) of document \(run.at.document)") }
            guard runs.updateValue(run.words, forKey: run.at) == nil else { throw corrupt("a run is listed twice") }
        }
        for encoded in try container.decode([EncodedGram].self, forKey: .grams) {
            let forms = encoded.forms
            let gram = encoded.gram
            guard (2...max(2, maximumLength)).contains(forms.count), maximumLength > 0,
                forms.allSatisfy({ $0 >= 0 && Int($0) < texts.count }), gram.frequency >= 1,
                gram.example < examples.count, gram.first <= gram.exampleAt,
                let run = runs[gram.first.runKey], gram.first.offset >= 0,
                gram.first.offset + forms.count <= run.count,
                forms.indices.allSatisfy({ formWords[Int(forms[$0])] == run[gram.first.offset + $0] })
            else { throw corrupt("an n-gram of \(forms.count) words that is not in its run") }
            guard grams.updateValue(gram, forKey: forms) == nil else { throw corrupt("an n-gram is listed twice") }
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

/// A run: document, run, then its words.
private struct EncodedRun: Codable {
    var at: CandidateCounts.RunKey
    var words: [Int32]

    init(at: CandidateCounts.RunKey, words: [Int32]) {
        self.at = at
        self.words = words
    }

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        at = CandidateCounts.RunKey(
            document: try container.decode(Int.self), run: try container.decode(Int.self))
        words = []
        while !container.isAtEnd { words.append(try container.decode(Int32.self)) }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(at.document)
        try container.encode(at.run)
        for word in words { try container.encode(word) }
    }
}

/// An n-gram: its forms, frequency and first occurrence, then its example and, when elsewhere, where it is.
private struct EncodedGram: Codable {
    var forms: [Int32]
    var gram: CandidateCounts.Gram

    init(forms: [Int32], gram: CandidateCounts.Gram) {
        self.forms = forms
        self.gram = gram
    }

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        forms = try container.decode([Int32].self)
        let frequency = try container.decode(Int.self)
        let first = CandidateCounts.Position(
            document: try container.decode(Int.self), run: try container.decode(Int.self),
            offset: try container.decode(Int.self))
        gram = CandidateCounts.Gram(frequency: frequency, at: first)
        guard !container.isAtEnd else { return }
        gram.example = try container.decode(Int32.self)
        guard gram.example >= 0 else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "example \(gram.example)")
        }
        guard !container.isAtEnd else { return }
        gram.exampleAt = CandidateCounts.Position(
            document: try container.decode(Int.self), run: try container.decode(Int.self),
            offset: try container.decode(Int.self))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(forms)
        try container.encode(gram.frequency)
        try container.encode(gram.first.document)
        try container.encode(gram.first.run)
        try container.encode(gram.first.offset)
        guard gram.example >= 0 else { return }
        try container.encode(gram.example)
        guard gram.exampleAt != gram.first else { return }
        try container.encode(gram.exampleAt.document)
        try container.encode(gram.exampleAt.run)
        try container.encode(gram.exampleAt.offset)
    }
}
