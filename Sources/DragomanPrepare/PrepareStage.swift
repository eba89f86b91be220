/// The stages of a `prepare` run, in order, named so that tests can make any one of them fail.
package enum PrepareStage: Equatable, Sendable {
    /// The articles are read and segmented, and boilerplate is marked across the batch.
    case read
    /// The glossary matcher is built.
    case matcher
    /// The articles are tokenized and the term tables built.
    case terms
    /// The candidate terms are gathered.
    case candidates
    /// The summaries and the digest are made.
    case summaries
    /// The XLIFF files and the translation package are made.
    case package
    /// The files of article `n` (from 0) are staged.
    case articleFiles(Int)
    /// The batch files (digest, terms, candidates, package) are staged.
    case batchFiles
    /// The report is rendered and staged.
    case report
    /// The staged files are about to be renamed into place; `n` counts the renames (from 0).
    case commit(Int)
}
