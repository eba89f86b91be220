import DragomanGlossary
import Testing

/// Status per form: the optional TSV columns, what a file without them does, how import merges forms, how lint
/// reads English, blocking phrases and homographs, and what `find` finds.
@Suite struct FormStatusTests {
    static let header = "id\tar\ten\tar_variants\ten_variants\tstatus\tpos\tdomain\tnote\tupdated\n"

    // MARK: - The TSV form

    /// A glossary written before the optional columns reads as it did and is written back byte for byte; an entry
    /// given a deprecated form brings its column in, in the canonical place.
    @Test func aFileWithoutTheOptionalColumnsReadsAndWritesAsBefore() throws {
        let text = Self.header + "dm-0001\tداعش\tISIS\tتنظيم داعش\tDaesh\tpreferred\tproperNoun\torganization\t\t\n"
        var glossary = try GlossaryTSV.parse(text, name: "g.tsv").glossary
        #expect(glossary.presentOptionalColumns.isEmpty)
        #expect(
            try GlossaryTSV.serialize(glossary)
                == "id\tar\ten\tar_variants\ten_variants\tstatus\tpos\tdomain\tdefinition\tnote\tsource\tupdated\n"
                + "dm-0001\tداعش\tISIS\tتنظيم داعش\tDaesh\tpreferred\tproperNoun\torganization\t\t\t\t\n")
        #expect(glossary.entries[0].statusOfArabicForm(1) == .admitted)
        glossary.entries[0].arDeprecated = ["الدولة الإسلامية"]
        let written = try GlossaryTSV.serialize(glossary)
        #expect(written.hasPrefix("id\tar\ten\tar_variants\ten_variants\tar_deprecated\tstatus\t"))
        #expect(written.contains("\tDaesh\tالدولة الإسلامية\tpreferred\t"))
    }

    /// An optional column the file has is kept even when every value in it is empty.
    @Test func anEmptyOptionalColumnIsKept() throws {
        let text = "id\tar\ten\tar_misspellings\n" + "dm-0001\tداعش\tISIS\t\n"
        let glossary = try GlossaryTSV.parse(text, name: "g.tsv").glossary
        #expect(glossary.presentOptionalColumns == ["ar_misspellings"])
        #expect(
            try GlossaryTSV.serialize(glossary).hasPrefix("id\tar\ten\tar_variants\ten_variants\tar_misspellings\t"))
    }

    @Test func eachFormHasItsStatus() {
        let entry = GlossaryEntry(
            ar: "داعش", en: "ISIS", arVariants: ["تنظيم داعش"], enVariants: ["Daesh"],
            arDeprecated: ["الدولة الإسلامية"],
            enDeprecated: ["Islamic State group"], arMisspellings: ["داعيش"], arProposed: ["دواعش"])
        #expect(entry.arabicForms == ["داعش", "تنظيم داعش", "الدولة الإسلامية", "داعيش", "دواعش"])
        #expect(
            entry.arabicForms.indices.map(entry.statusOfArabicForm) == [
                .preferred, .admitted, .deprecated, .misspelling, .proposed,
            ])
        #expect(entry.englishForms.indices.map(entry.statusOfEnglishForm) == [.preferred, .admitted, .deprecated])
        #expect(entry.acceptedEnglishForms == ["ISIS", "Daesh"])
        var deprecated = entry
        deprecated.status = .deprecated
        #expect(deprecated.statusOfArabicForm(1) == .deprecated)
    }

    // MARK: - Import

    /// A candidate that is a form of an existing concept carries the concept's id: import makes it a proposed
    /// variant of that concept (not matched until accepted), never a new concept.
    @Test func aCandidateWithAConceptsIdBecomesAProposedVariant() throws {
        var glossary = try GlossaryTSV.parse(
            Self.header + "dm-0040\tوزير الدفاع\tMinister of Defence\tوزراء الدفاع\t\tpreferred\tnoun\tpolitics\t\t\n",
            name: "g.tsv"
        ).glossary
        let candidate = GlossaryEntry(id: "dm-0040", ar: "وزراء دفاع", en: "", status: .proposed, note: "frequency 4")
        let actions = GlossaryMerger(policy: .keep).merge([candidate, candidate], into: &glossary)
        #expect(
            actions.map(\.description) == [
                "merged\tdm-0040\tوزراء دفاع\t\tar_proposed +وزراء دفاع", "unchanged\tdm-0040\tوزراء دفاع\t",
            ])
        #expect(glossary.entries.count == 1)
        #expect(glossary.entries[0].arProposed == ["وزراء دفاع"])
        #expect(glossary.entries[0].status == .preferred)
        // Proposed variants are known, not matched.
        let matcher = try GlossaryMatcher(glossary: glossary)
        #expect(try MatchingFixture.matches("قال وزراء دفاع كثيرون.", matcher: matcher).isEmpty)
    }

    /// Merging keeps each imported form in the list of its status.
    @Test func mergedFormsKeepTheirStatus() throws {
        var glossary = try GlossaryTSV.parse(
            Self.header + "dm-0006\tداعش\tISIS\t\t\tpreferred\tproperNoun\torganization\t\t\n", name: "g.tsv"
        ).glossary
        let incoming = GlossaryEntry(
            ar: "داعش", en: "ISIS", arDeprecated: ["الدولة الإسلامية"], enDeprecated: ["Islamic State group"],
            arMisspellings: ["داعيش"])
        let actions = GlossaryMerger(policy: .keep).merge([incoming], into: &glossary)
        #expect(
            actions.map(\.description) == [
                "merged\tdm-0006\tداعش\tISIS\tar_deprecated +الدولة الإسلامية, ar_misspellings +داعيش, en_deprecated +Islamic State group"
            ])
        #expect(glossary.entries[0].arVariants.isEmpty)
    }

    // MARK: - Lint

    func lint(_ text: String) throws -> [String] {
        GlossaryLinter().lint(try GlossaryTSV.parse(text, name: "g.tsv"), file: "g.tsv").map(\.description)
    }

    @Test func oneEnglishTermUnderTwoConceptsIsAWarning() throws {
        let rows = [
            "dm-0001\tبعثة\tmission\t\t\tpreferred\tnoun\tpolitics\t\t",
            "dm-0002\tالمهمة\tmission\t\t\tpreferred\tnoun\tmilitary\t\t",
            // A deprecated entry naming the other as its replacement is not a conflict.
            "dm-0003\tالدولة الإسلامية\tISIS\t\t\tdeprecated\tproperNoun\torganization\tuse dm-0004\t",
            "dm-0004\tداعش\tISIS\t\t\tpreferred\tproperNoun\torganization\t\t",
        ]
        #expect(
            try lint(Self.header + rows.joined(separator: "\n") + "\n")
                == [
                    "g.tsv:3: warning [english-conflict] entry 'dm-0002' (row 2): the English 'mission' is also a form of entry 'dm-0001' (line 2) ('بعثة'); one English term should name one concept: merge the two, or deprecate one and name the other in its note",
                    "g.tsv:2: warning [frequent-word] entry 'dm-0001' (row 1): the form 'بعثة' reads like the frequent word 'بعثه': ة and ه are the same letter to matching; set teh_marbuta=exact so that only ة matches",
                ].sorted { $0.split(separator: ":")[1] < $1.split(separator: ":")[1] })
    }

    @Test func blockingPhrasesMustHoldAFormAndBeNoForm() throws {
        let text =
            "id\tar\ten\tblocked_in\tpos\tdomain\n"
            + "dm-0001\tمجلس الأمن\tUN Security Council\tمجلس الأمن الوطني | مجلس النواب | قوات الأمن\tproperNoun\torganization\n"
            + "dm-0002\tقوات الأمن\tsecurity forces\t\tnoun\tsecurity\n"
        #expect(
            try lint(text) == [
                "g.tsv:2: error [blocked-in] entry 'dm-0001' (row 1): the blocking phrase 'مجلس النواب' holds none of this entry's forms, so it blocks nothing here; write the longer phrase that contains the form",
                "g.tsv:2: error [blocked-in] entry 'dm-0001' (row 1): the blocking phrase 'قوات الأمن' is a form of entry 'dm-0002' (line 3) ('security forces'); a phrase cannot both block and be matched",
            ])
    }

    @Test(arguments: [
        ("بعثة", "", ["frequent-word"]), ("بعثة", "exact", []), ("البعثة", "", ["frequent-word"]),
        ("علي", "", ["frequent-word"]), ("على", "", []), ("حكومة", "", []),
        ("بعثة", "always", ["malformed-field", "frequent-word"]),
    ])
    func formsThatReadLikeAFrequentWord(_ form: String, _ teh: String, _ rules: [String]) throws {
        let text = "id\tar\ten\tteh_marbuta\n" + "dm-0001\t\(form)\tX\t\(teh)\n"
        let findings = GlossaryLinter().lint(try GlossaryTSV.parse(text, name: "g.tsv"), file: "g.tsv")
        #expect(findings.map(\.rule.rawValue) == rules)
    }

    @Test func aDeprecatedFormCollidesLikeAVariant() throws {
        let text =
            Self.header.replacingOccurrences(of: "en_variants", with: "en_variants\tar_deprecated")
            + "dm-0001\tداعش\tISIS\t\t\tالقاعدة\tpreferred\t\t\t\t\n"
            + "dm-0002\tالقاعدة\tal-Qaeda\t\t\t\tpreferred\t\t\t\t\n"
        #expect(try lint(text).map { $0.contains("[variant-collision]") } == [true])
    }

    // MARK: - Find

    /// `glossary find` reads the query as running text too: clitics, suffixes, the possessive, construct forms,
    /// misspelt names.
    @Test(arguments: [
        ("والناتو", "t-01"), ("بالتحالف الدولي", "t-02"), ("حكومته", "t-05"), ("NATO's", "t-01"),
        ("ستوليبنبيرج", "t-09"), ("شراكاتنا", "t-06"),
    ])
    func findReadsTheQueryAsText(_ query: String, _ id: String) {
        #expect(MatchingFixture.glossary.find(query).first?.id == id)
    }

    @Test func findPutsWholeFormsFirstThenTextThenParts() {
        #expect(MatchingFixture.glossary.find("الناتو").map(\.id) == ["t-01"])
        #expect(MatchingFixture.glossary.find("التحالف").map(\.id) == ["t-02", "t-03"])
        #expect(MatchingFixture.glossary.find("كلمة لا توجد").isEmpty)
    }
}
