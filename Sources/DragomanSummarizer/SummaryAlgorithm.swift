/// How sentences are ranked.
///
/// All are extractive: they choose whole sentences and never rewrite them.
public enum SummaryAlgorithm: String, Sendable, CaseIterable, Hashable {
    /// Dragoman's default: a position prior combined with LexRank centrality, with redundancy control.
    ///
    /// News writers put the story first, so the prior leads; centrality demotes early sentences that do not carry
    /// the article's content (preambles, teasers), and near-copies of chosen sentences are skipped.
    case desk
    /// The first sentences: the baseline every news summarizer is measured against.
    case lead
    /// LexRank with a thresholded cosine graph (Erkan & Radev 2004, threshold 0.1).
    case lexrank
    /// LexRank with the cosine-weighted graph ("continuous LexRank", Erkan & Radev 2004).
    case lexrankContinuous = "lexrank-continuous"
    /// TextRank (Mihalcea & Tarau 2004): PageRank over word-overlap similarity normalized by sentence length.
    case textrank
    /// A logistic-regression ranker over sentence features (position, paragraph, centrality, length), trained on
    /// the EASC dev split; weights in `learned-ar.tsv`. Not the default: it does not beat `lead` in cross-validation.
    case learned

    /// The algorithm used when none is named.
    public static let `default`: SummaryAlgorithm = .desk
}
