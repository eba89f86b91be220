/// The genitive that licenses the construct state (iḍāfa) of a common noun's term.
///
/// A term's last word drops its article (وزير دفاع العراق for وزير الدفاع), and a dual or plural drops its nūn
/// (مدربو الحلف), only when a definite genitive follows: a word with the article, a demonstrative (إرهاب هذا
/// التنظيم), a noun with a pronoun suffix (مهمة مستشاريه), or a name the glossary knows (رئيس وزراء هولندا, إرهاب
/// داعش); or one more construct noun, or و and one, before a word with the article, a demonstrative or a name (وزراء دفاع دول الحلف, لوزراء خارجية ودفاع التحالف). A bare indefinite word standing
/// alone (`إرهاب`, `وزير دفاع` "a defence minister", `تحالف دولي`) is never read as the glossary's definite term.
extension GlossaryMatcher {
    /// Function words written with a leading ال that are not definite nouns (relatives, إلى, إلا, الآن), in
    /// `match` form.
    static let notDefinite: Set<String> = [
        "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي", "اللائي", "الي", "الا",
        "الان",
    ]
    /// Demonstratives, which make a genitive definite, in `match` form.
    static let demonstratives: Set<String> = ["هذا", "هذه", "ذلك", "تلك", "هؤلاء", "هذين", "هاتين", "هذان", "هاتان"]

    /// Whether token `k` starts a definite genitive (see the type's comment).
    func isGenitive(at k: Int, _ tokens: TokenBytes) -> Bool {
        guard k < tokens.count, tokens.arabic[k] else { return false }
        if isDefinite(k, tokens) { return true }
        return k + 1 < tokens.count && isConstructLink(k, tokens) && isDefinite(k + 1, tokens, pronoun: false)
    }

    /// A word with the article (not a function word), a demonstrative, a noun with a pronoun suffix (مهمة
    /// مستشاريه), or the start of a name in the glossary.
    func isDefinite(_ k: Int, _ tokens: TokenBytes, pronoun: Bool = true) -> Bool {
        guard tokens.arabic[k] else { return false }
        let word = tokens.withToken(k) { String(decoding: $0, as: UTF8.self) }
        if word.hasPrefix("ال"), word.unicodeScalars.count >= 2 + ArabicClitics.minimumCore {
            return !Self.notDefinite.contains(word)
        }
        if Self.demonstratives.contains(word) { return true }
        if pronoun && hasPronounSuffix(word, k, tokens) { return true }
        return startsName(at: k, tokens)
    }

    /// Whether a word (`match` form) ends with a third-person pronoun (ه ها هم هما هن) after at least three
    /// letters, and is not a function word: the `match` form writes ة as ه, so a final ه counts only where the text
    /// does not write ة.
    func hasPronounSuffix(_ word: String, _ k: Int, _ tokens: TokenBytes) -> Bool {
        let scalars = word.unicodeScalars.count
        guard !ArabicStopwords.contains(word) else { return false }
        for suffix in ["هما", "هم", "هن", "ها"] where word.hasSuffix(suffix) {
            return scalars - suffix.unicodeScalars.count >= 3
        }
        return word.hasSuffix("ه") && scalars >= 4 && !tokens.endsWithTehMarbuta[k]
    }

    /// Whether token `k` is an article-less noun that can itself be in construct: an Arabic word, no function
    /// word, not a nisba adjective (ـي, ـية: دولي, عسكرية), not an imperfect verb (يـ: يعمل). Only an article, a
    /// demonstrative or a name after it makes the chain definite (a pronoun suffix there is too often a verb's
    /// object: نتائج مهمة تعكس جهوده).
    func isConstructLink(_ k: Int, _ tokens: TokenBytes) -> Bool {
        guard tokens.arabic[k] else { return false }
        let word = tokens.withToken(k) { String(decoding: $0, as: UTF8.self) }
        if word.hasPrefix("ال") || word.hasPrefix("ي") || word.hasSuffix("ي") || word.hasSuffix("يه") { return false }
        return !ArabicStopwords.contains(word)
    }

    /// Whether a name of the glossary (a proper noun's form) starts at token `k`, read as written.
    func startsName(at k: Int, _ tokens: TokenBytes) -> Bool {
        var node = TermTrie.plainRoot
        var j = k
        while j < tokens.count, j - k < 8 {
            guard let id = tokens.withToken(j, { arabic.surfaces.lookup($0, hash: tokens.hashes[j]) }),
                let child = arabic.child(node, id)
            else { return false }
            if let forms = arabic.forms(at: child), forms.contains(where: { $0.proper && !$0.blocker }) { return true }
            node = child
            j += 1
        }
        return false
    }
}
