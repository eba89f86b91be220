import Foundation

/// A terminologist's judgement of candidate terms, to measure the extractor: which candidates of a set of articles
/// are terms (`Benchmarks/candidate-labels.tsv`; the labelling rule is in the README).
///
/// The file is TSV with a header: `set` (the articles: `seeds`, `easc-politics`), `candidate` (as printed),
/// `key` (the candidate's key, which is what is compared), `term` (`yes` or `no`) and `why`.
package struct CandidateLabels: Sendable {
    /// Where the labels live, from the package root.
    package static let defaultPath = "Benchmarks/candidate-labels.tsv"

    /// Per set, per key: whether the candidate is a term.
    package private(set) var labels: [String: [String: Bool]] = [:]

    /// Reads the labels at `path`.
    package init(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let rows = GlossaryTSV.splitRows(text).filter { !$0.fields.allSatisfy(\.isEmpty) }
        guard let header = rows.first?.fields else { throw GlossaryError.missingHeader(file: path) }
        let columns = ["set", "candidate", "key", "term", "why"]
        guard header == columns else {
            throw GlossaryError.missingColumn(file: path, column: columns.joined(separator: ", "))
        }
        for row in rows.dropFirst() {
            guard row.fields.count == columns.count, ["yes", "no"].contains(row.fields[3]) else {
                throw GlossaryError.fieldCount(
                    file: path, line: row.line, expected: columns.count, found: row.fields.count)
            }
            labels[row.fields[0], default: [:]][row.fields[2]] = row.fields[3] == "yes"
        }
    }

    /// The judgement of the first `top` candidates of a set.
    package struct Judgement: Sendable, CustomStringConvertible {
        /// How many candidates were judged (at most `top`; fewer when the extractor gave fewer).
        package var judged: Int
        /// How many of them are terms.
        package var terms: Int
        /// Candidates among the first `top` that have no label.
        package var unlabelled: [Candidate]

        /// The precision, terms / judged (0 when nothing was judged).
        package var precision: Double { judged == 0 ? 0 : Double(terms) / Double(judged) }

        /// "12 of 20".
        package var description: String {
            "\(terms) of \(judged)" + (unlabelled.isEmpty ? "" : ", \(unlabelled.count) unlabelled")
        }
    }

    /// Judges the first `top` of `candidates` against the labels of `set`.
    package func judge(_ candidates: [Candidate], set: String, top: Int) -> Judgement {
        var judgement = Judgement(judged: 0, terms: 0, unlabelled: [])
        for candidate in candidates.prefix(top) {
            guard let isTerm = labels[set]?[candidate.key] else {
                judgement.unlabelled.append(candidate)
                continue
            }
            judgement.judged += 1
            if isTerm { judgement.terms += 1 }
        }
        return judgement
    }
}
