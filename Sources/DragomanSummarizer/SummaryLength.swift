/// How long a summary is.
public enum SummaryLength: Sendable, Hashable {
    /// The default for news: a quarter of the candidate sentences, rounded up, at least 1 and at most 5.
    case automatic
    /// Exactly this many sentences (or all, when the document has fewer).
    case sentences(Int)
    /// Whole sentences until the summary reaches this many words; the last one may run over.
    case words(Int)
    /// Whole sentences, never more than this many words in total (sentences that do not fit are skipped).
    case maxWords(Int)
    /// This share of the candidate sentences, rounded up, at least 1.
    case ratio(Double)

    /// The most sentences the automatic length gives.
    public static let automaticCap = 5

    /// Checks the value; throws `invalidLength` naming the option as the CLI spells it.
    public func validated() throws(SummarizerError) -> SummaryLength {
        switch self {
        case .automatic: break
        case .sentences(let n): if n < 1 { throw .invalidLength(option: "--sentences", value: String(n)) }
        case .words(let n): if n < 1 { throw .invalidLength(option: "--words", value: String(n)) }
        case .maxWords(let n): if n < 1 { throw .invalidLength(option: "--max-words", value: String(n)) }
        case .ratio(let r):
            if !(r > 0 && r <= 1) {
                throw .invalidLength(option: "--ratio", value: String(r))
            }
        }
        return self
    }

    /// The sentence count for count-based lengths, given `candidates` sentences; nil for word budgets.
    func sentenceCount(candidates: Int) -> Int? {
        switch self {
        case .automatic: return min(max(1, (candidates + 3) / 4), Self.automaticCap, candidates)
        case .sentences(let n): return min(n, candidates)
        case .ratio(let r): return min(max(1, Int((Double(candidates) * r).rounded(.up))), candidates)
        case .words, .maxWords: return nil
        }
    }
}
