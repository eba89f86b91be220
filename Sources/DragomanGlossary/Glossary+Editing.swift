import DragomanText

/// Adding, changing, removing and finding concepts; what `dragoman glossary add|update|remove|find` do.
extension Glossary {
    /// Adds a concept and returns it with its id (the next free one when `entry.id` is empty).
    ///
    /// Refuses an empty term, a bad date, an id in use, or an Arabic term (or variant) that another concept already
    /// has after normalization: that is an update, not a new concept.
    @discardableResult
    public mutating func add(_ entry: GlossaryEntry) throws(GlossaryError) -> GlossaryEntry {
        try Self.check(entry)
        if !entry.id.isEmpty, entries.contains(where: { $0.id == entry.id }) { throw .duplicateID(entry.id) }
        try checkArabicForms(of: entry)
        var new = entry
        new.line = nil
        entries.append(new)
        if new.id.isEmpty {
            GlossaryTSV.assignMissingIDs(&self)
            new.id = entries[entries.count - 1].id
        }
        return new
    }

    /// Changes the concept with `id` and returns it; the change must leave a valid entry whose Arabic forms belong
    /// to no other concept. The id itself cannot change.
    @discardableResult
    public mutating func update(id: String, _ change: (inout GlossaryEntry) -> Void) throws(GlossaryError)
        -> GlossaryEntry
    {
        guard let index = entries.firstIndex(where: { $0.id == id }) else { throw .unknownID(id) }
        var entry = entries[index]
        change(&entry)
        entry.id = id
        try Self.check(entry)
        try checkArabicForms(of: entry, except: id)
        entries[index] = entry
        return entry
    }

    /// Removes the concepts with these ids and returns them; an unknown id removes nothing and throws.
    @discardableResult
    public mutating func remove(ids: [String]) throws(GlossaryError) -> [GlossaryEntry] {
        for id in ids where !entries.contains(where: { $0.id == id }) { throw .unknownID(id) }
        let removed = entries.filter { ids.contains($0.id) }
        entries.removeAll { ids.contains($0.id) }
        return removed
    }

    /// Concepts for a query: Arabic in any spelling (compared after `match` normalization) or English
    /// (case-insensitive), or an id. Exact matches of a whole form come first; then concepts the query is a form of
    /// as running text writes it, read by the glossary matcher (with clitics and suffixes: والناتو, بالعراق,
    /// حكومته, NATO's; in construct: وزراء دفاع الحلف; or a close spelling of a name: ستولتنبيرج); then forms
    /// containing the query.
    public func find(_ query: String) -> [GlossaryEntry] {
        let key = TermKey()
        let arabic = key.arabic(query)
        let english = key.english(query)
        guard !arabic.isEmpty || !english.isEmpty else { return [] }
        var exact: [Int] = []
        var partial: [Int] = []
        for (index, entry) in entries.enumerated() {
            let forms = entry.arabicForms.map(key.arabic) + entry.englishForms.map(key.english)
            if entry.id == query || forms.contains(arabic) || forms.contains(english) {
                exact.append(index)
            } else if forms.contains(where: { $0.contains(arabic) || $0.contains(english) }) {
                partial.append(index)
            }
        }
        var found = exact
        for index in matchedEntries(query) where !found.contains(index) { found.append(index) }
        for index in partial where !found.contains(index) { found.append(index) }
        return found.map { entries[$0] }
    }

    /// The entries the matcher finds in `query` read as a sentence (Arabic when it has Arabic letters), in order.
    func matchedEntries(_ query: String) -> [Int] {
        let isArabic = query.unicodeScalars.contains { ArabicClitics.isArabicLetter($0) }
        let language = isArabic ? "ar" : "en"
        guard let matcher = try? GlossaryMatcher(glossary: self), let tokenizer = try? Tokenizer(locale: language)
        else { return [] }
        let segment = Segment(
            index: 0, kind: .sentence, paragraph: 1, language: language, range: 0..<query.utf8.count, text: query)
        var result: [Int] = []
        for match in matcher.matches(in: segment, tokens: tokenizer.tokens(of: segment))
        where !result.contains(match.entry) {
            result.append(match.entry)
        }
        return result
    }

    /// Refuses `entry` if one of its Arabic forms (after normalization) is already a form of another concept: any
    /// concept but the one with id `except`, when given.
    func checkArabicForms(of entry: GlossaryEntry, except id: String? = nil) throws(GlossaryError) {
        let key = TermKey()
        for form in entry.arabicForms {
            if let owner = entries.first(where: {
                $0.id != id && $0.arabicForms.map(key.arabic).contains(key.arabic(form))
            }) {
                throw .arabicTaken(term: form, id: owner.id)
            }
        }
    }

    /// Validates one entry's values: terms present, known status kept in `extra`, ISO date, no tabs or newlines.
    static func check(_ entry: GlossaryEntry) throws(GlossaryError) {
        if entry.ar.trimmingSpaces().isEmpty { throw .emptyValue(column: "ar") }
        if entry.en.trimmingSpaces().isEmpty, entry.status != .proposed { throw .emptyValue(column: "en") }
        if !entry.updated.isEmpty, !GlossaryTSV.isISODate(entry.updated) { throw .invalidDate(entry.updated) }
        _ = try GlossaryTSV.serialize(Glossary(entries: [entry], extraColumns: Array(entry.extra.keys).sorted()))
    }
}
