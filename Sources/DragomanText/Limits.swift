/// The largest inputs Dragoman reads, in one place; every reader checks against these.
///
/// Files come from the web and from other people's tools, so each reader refuses what goes past a limit, with a
/// message that names the limit, instead of spending unbounded time or memory on it. The README's "Hardening:
/// limits and fuzzing" section lists the same values: change both together.
package enum Limits {
    /// The largest document read in one piece, in bytes (an article, standard input, a glossary, an exchange or XML
    /// file): 256 MiB. Checked while reading, so a larger input is never held whole.
    package static let documentBytes = 256 << 20

    /// The longest line of a document, in bytes: 4 MiB. Memory grows with the number of segments, not of lines; one
    /// huge line is where millions of one-word sentences come from (`قال.` repeated: 7 bytes each). The worst line
    /// under this limit (600,000 such sentences) peaks at 136 MB in `dragoman segment`; 50 MB of it took 1.3 GB.
    package static let lineBytes = 4 << 20

    /// The longest word, in letters, that fuzzy name matching looks at: 64. No name word is that long; a longer
    /// word is still matched exactly, but its one-letter deletions (each a hash of the rest of the word) are not
    /// computed, so a 100,000-letter word costs one pass instead of 10¹⁰ steps.
    package static let fuzzyWordLetters = 64

    /// The most entries a glossary (or a file imported into one) may hold: 1,000,000 (the shipped one has 109,
    /// the benchmarks use 100,000).
    package static let glossaryEntries = 1_000_000

    /// The deepest nesting of XML elements: 128 (TBX needs 7, XLIFF about 10). libxml2 stops at 256 with only
    /// "internal error"; this limit comes first, with the line.
    package static let xmlDepth = 128

    /// The largest XML document, in bytes: the document limit.
    package static let xmlBytes = documentBytes
}
