import DragomanGlossary
import Testing

@Suite struct GlossaryLinterTests {
    static let header = "id\tar\ten\tar_variants\ten_variants\tstatus\tpos\tdomain\tnote\tupdated\n"

    func lint(_ rows: [String]) throws -> [LintFinding] {
        let text = Self.header + rows.map { $0 + "\n" }.joined()
        return GlossaryLinter().lint(try GlossaryTSV.parse(text, name: "g.tsv"), file: "g.tsv")
    }

    func rules(_ rows: [String]) throws -> [String] {
        try lint(rows).map { "\($0.rule.rawValue)@\($0.id)" }
    }

    @Test func theFixtureIsClean() throws {
        let parsed = try GlossaryStore(path: Fixture.path("sample.tsv")).load()
        #expect(GlossaryLinter().lint(parsed, file: "sample.tsv").isEmpty)
    }

    /// Spellings that the match normalization folds together: each pair is a duplicate.
    @Test(arguments: [
        ("الأمين العام", "الامين العام"),  // hamza on alef
        ("إسرائيل", "اسرائيل"),  // hamza below
        ("مستشفى", "مستشفي"),  // alef maksura
        ("الأمم المتحدة", "الأمم المتحده"),  // teh marbuta
        ("الأمم المتّحدة", "الأمم المتحدة"),  // shadda
        ("الأمـــم المتحدة", "الأمم المتحدة"),  // tatweel inside the term
        ("مجلس  الأمن", "مجلس الأمن"),  // double space
    ])
    func duplicatesAfterNormalization(first: String, second: String) throws {
        let findings = try lint(["dm-0001\t\(first)\tX\t\t\t\t\t\t\t", "dm-0002\t\(second)\tx\t\t\t\t\t\t\t"])
        #expect(findings.map(\.rule) == [.duplicate])
        #expect(findings.first?.severity == .error)
    }

    @Test func duplicateMessageNamesIdRowLineAndTheOtherEntry() throws {
        let findings = try lint([
            "dm-0001\tالأمين العام\tSecretary-General\t\t\t\t\t\t\t",
            "dm-0002\tالامين العام\tsecretary-general\t\t\t\t\t\t\t",
        ])
        #expect(
            findings.map(\.description) == [
                "g.tsv:3: error [duplicate] entry 'dm-0002' (row 2): 'الامين العام' = 'secretary-general' duplicates entry 'dm-0001' (line 2) after normalization; merge the two rows"
            ])
        #expect(findings.first?.row == 2)
        #expect(findings.first?.line == 3)
    }

    @Test func sameArabicDifferentEnglishIsAConflict() throws {
        let findings = try lint([
            "dm-0001\tقوات التحالف\tcoalition forces\t\t\t\t\t\t\t",
            "dm-0002\tقوات التحالف\tallied forces\t\t\t\t\t\t\t",
        ])
        #expect(
            findings.map(\.description) == [
                "g.tsv:3: error [arabic-conflict] entry 'dm-0002' (row 2): 'قوات التحالف' is 'allied forces' here but 'coalition forces' in entry 'dm-0001' (line 2); keep one English term (the other as an English variant) or give the two senses different domains"
            ])
    }

    @Test func sameArabicInTwoDomainsIsAHomonymWarning() throws {
        let findings = try lint([
            "dm-0001\tقاعدة\tbase\t\t\t\tnoun\tmilitary\t\t",
            "dm-0002\tقاعدة\trule\t\t\t\tnoun\tlaw\t\t",
        ])
        #expect(findings.map(\.rule) == [.homonym])
        #expect(findings.first?.severity == .warning)
    }

    @Test func variantCollidingWithAnotherConceptsTerm() throws {
        let findings = try lint([
            "dm-0001\tتنظيم الدولة الإسلامية\tIslamic State\tداعش\t\t\t\t\t\t",
            "dm-0002\tالقاعدة\tal-Qaeda\tداعش\t\t\t\t\t\t",
            "dm-0003\tداعش\tDaesh\t\t\t\t\t\t\t",
        ])
        #expect(
            try rules([
                "dm-0001\tتنظيم الدولة الإسلامية\tIslamic State\tداعش\t\t\t\t\t\t",
                "dm-0002\tالقاعدة\tal-Qaeda\tداعش\t\t\t\t\t\t",
                "dm-0003\tداعش\tDaesh\t\t\t\t\t\t\t",
            ]) == [
                "variant-collision@dm-0001", "variant-collision@dm-0001", "variant-collision@dm-0002",
                "variant-collision@dm-0002",
            ])
        #expect(
            findings[0].description
                == "g.tsv:2: error [variant-collision] entry 'dm-0001' (row 1): the variant 'داعش' is also a variant of entry 'dm-0002' (line 3) ('al-Qaeda'); one spelling cannot mean both 'Islamic State' and 'al-Qaeda'"
        )
        #expect(findings[1].message.contains("is also the term of entry 'dm-0003'"))
    }

    @Test func variantSharedWithSameEnglishIsAnOverlapWarning() throws {
        #expect(
            try rules([
                "dm-0001\tحلف شمال الأطلسي\tNATO\tالناتو\t\t\t\t\t\t",
                "dm-0002\tحلف الناتو\tnato\tالنّاتو\t\t\t\t\t\t",
            ]) == ["variant-overlap@dm-0001", "variant-overlap@dm-0002"])
    }

    @Test func redundantVariantsAreExactRepeatsOnly() throws {
        #expect(
            try rules([
                "dm-0001\tالأمم المتحدة\tUnited Nations\tالأمم  المتحدة | الامم المتحده\tUnited Nations | united nations\t\t\t\t\t"
            ])
                == ["redundant-variant@dm-0001", "redundant-variant@dm-0001"])
        // Spellings that only normalize alike are listed on purpose.
        #expect(try rules(["dm-0001\tالأمم المتحدة\tUnited Nations\tالامم المتحده\tunited nations\t\t\t\t\t"]).isEmpty)
    }

    @Test func deprecatedNeedsAnAlternative() throws {
        let lone = try lint(["dm-0001\tالدولة الإسلامية في العراق والشام\tISIS\t\t\tdeprecated\t\t\t\t"])
        #expect(
            lone.map(\.description) == [
                "g.tsv:2: error [deprecated-without-alternative] entry 'dm-0001' (row 1): 'الدولة الإسلامية في العراق والشام' is deprecated but no preferred or admitted entry has the English 'ISIS', and the note names none; add the term to use, or name its id in the note"
            ])
        // Same English (as a variant) in a preferred entry.
        #expect(
            try rules([
                "dm-0001\tالدولة الإسلامية في العراق والشام\tISIS\t\t\tdeprecated\t\t\t\t",
                "dm-0002\tتنظيم الدولة الإسلامية\tIslamic State\t\tisis\tpreferred\t\t\t\t",
            ]).isEmpty)
        // A note naming the id of an admitted entry.
        #expect(
            try rules([
                "dm-0001\tالمجلس العسكري\tjunta\t\t\tdeprecated\t\t\tuse dm-0002 instead\t",
                "dm-0002\tالمجلس العسكري الحاكم\truling military council\t\t\tadmitted\t\t\t\t",
            ]).isEmpty)
        // A note naming the Arabic term, in another spelling.
        #expect(
            try rules([
                "dm-0001\tالمجلس العسكري\tjunta\t\t\tdeprecated\t\t\tاستخدم: المجلس العسكري الحاكم\t",
                "dm-0002\tالمجلس العسكري الحاكم\truling military council\t\t\tpreferred\t\t\t\t",
            ]).isEmpty)
        // The alternative must itself be preferred or admitted.
        #expect(
            try rules([
                "dm-0001\tالمجلس العسكري\tjunta\t\t\tdeprecated\t\t\tuse dm-0002\t",
                "dm-0002\tالطغمة العسكرية\tjunta\t\t\tproposed\t\t\t\t",
            ]) == ["deprecated-without-alternative@dm-0001"])
    }

    @Test func emptyFieldsBadStatusAndMalformedValues() throws {
        let findings = try lint([
            "dm-0001\t\tceasefire\t\t\t\t\t\t\t",
            "dm-0002\tهدنة\t\t\t\t\t\t\t\t",
            "dm-0003\tقصف\tshelling\t\t\tofficial\t\t\t\t",
            "dm-0004\tغارة\tairstrike\t\t\t\tNoun\t\t\t2026-13-01",
            "dm-0005\tمسيرة\tdrone\t\t\tproposed\t\t\t\t",
            "5\tطائرة\taircraft\t\t\t\t\t\t\t",
        ])
        #expect(
            findings.map { "\($0.rule.rawValue)@\($0.id):\($0.severity.rawValue)" } == [
                "empty-field@dm-0001:error", "empty-field@dm-0002:error", "bad-status@dm-0003:error",
                "malformed-date@dm-0004:error", "malformed-field@dm-0004:warning", "malformed-field@5:warning",
            ])
        #expect(
            findings[2].description
                == "g.tsv:4: error [bad-status] entry 'dm-0003' (row 3): column 'status': unknown status 'official'; use preferred, admitted, deprecated or proposed"
        )
        #expect(
            findings[4].message
                == "unknown part of speech 'Noun'; use one of adjective, adverb, noun, other, properNoun, verb")
    }

    @Test func duplicateIds() throws {
        #expect(
            try rules(["dm-0001\tهدنة\ttruce\t\t\t\t\t\t\t", "dm-0001\tقصف\tshelling\t\t\t\t\t\t\t"]) == [
                "duplicate-id@dm-0001"
            ])
    }

    @Test func unknownInflectValueIsAWarning() throws {
        let text = "ar\ten\tinflect\nمسلح\tgunman\tplural\n"
        let findings = GlossaryLinter().lint(try GlossaryTSV.parse(text, name: "g.tsv"), file: "g.tsv")
        #expect(
            findings.map(\.message) == ["unknown inflect value 'plural'; use pron, num, pron+num or leave it empty"])
    }
}
