/// The stages of a `prepare` run, in order, named so that tests can make any one of them fail.
package enum PrepareStage: Equatable, Sendable {
    /// The first pass: the articles are read and segmented, and their candidate lines counted.
    case read
    /// The glossary matcher is built.
    case matcher
    /// The second pass, which works on each article in turn, is about to start: these four stages name its
    /// parts (term tables; candidate counts; summaries and the digest's share; XLIFF files), reached in this order
    /// before its first article.
    case terms
    /// See `terms`.
    case candidates
    /// See `terms`.
    case summaries
    /// See `terms`.
    case package
    /// The files of article `n` (from 0) are staged.
    case articleFiles(Int)
    /// The batch files (digest, terms, candidates, package) are made from the articles' shares and staged.
    case batchFiles
    /// The report is rendered and staged.
    case report
    /// The staged files are about to be renamed into place; `n` counts the renames (from 0).
    case commit(Int)
}
