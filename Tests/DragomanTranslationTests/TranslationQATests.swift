import DragomanGlossary
import DragomanTranslation
import DragomanXLIFF
import Foundation
import Testing

/// Terminology QA: a planted error of every kind, and a clean translation that gives none.
@Suite struct TranslationQATests {
    static let glossary: Glossary = {
        let text = try! String(contentsOfFile: Fixture.path("qa-glossary.tsv"), encoding: .utf8)
        return try! GlossaryTSV.parse(text, name: "qa-glossary.tsv").glossary
    }()

    /// A one-file document of one-segment paragraphs: (source, target, state).
    static func document(
        _ pairs: [(String, String?, String?)], name: String = "a.xlf", targetLanguage: String = "en"
    ) -> XLIFFDocument {
        let units = pairs.enumerated().map { index, pair in
            XLIFFUnit(
                id: "p\(index + 1)",
                segments: [
                    XLIFFSegment(id: "s\(index + 1)", source: pair.0, target: pair.1, state: pair.2, line: 10 + index)
                ], line: 10 + index)
        }
        return XLIFFDocument(
            name: name, version: .v1_2,
            files: [
                XLIFFFile(index: 1, sourceLanguage: "ar", targetLanguage: targetLanguage, units: units, line: 3)
            ])
    }

    func check(_ pairs: [(String, String?, String?)], glossary: Glossary? = Self.glossary) throws -> [String] {
        try TranslationQA(glossary: glossary).check([Self.document(pairs)]).map(\.description)
    }

    @Test func cleanTranslationHasNoFindings() throws {
        let findings = try check([
            (
                "قال الأمين العام لحلف شمال الأطلنطي يانس ستولينبيرج إن الحلف سيعزز شراكته مع العراق.",
                "NATO Secretary General Jens Stoltenberg said the Alliance would strengthen its partnership with Iraq.",
                "translated"
            ),
            (
                "وأكد أن بعثة الناتو في العراق تعمل منذ 2018.",
                "He stressed that NATO's mission in Iraq has worked since 2018.", nil
            ),
            ("وتحرير 5ر7 مليون عراقي من داعش.", "And the liberation of 7.5 million Iraqis from ISIS.", "final"),
            ("درب الحلف ١٥ الفا من الضباط في ٢٠٢١.", "The Alliance trained 15,000 officers in 2021.", "translated"),
            ("شراكات الحلف وبعثاته.", "The Alliance's partnerships and missions.", "translated"),
            ("بلغت النسبة 7,5 بالمئة من 1٬000 جندي.", "The share reached 7.5 percent of 1,000 soldiers.", "translated"),
        ])
        #expect(findings == [])
    }

    @Test func missingApprovedTerm() throws {
        let findings = try check([("قال الأمين العام إن الحلف سيعمل.", "The chief said NATO would act.", nil)])
        #expect(
            findings == [
                "a.xlf:10: error [missing-term] unit 'p1' segment 's1': 'الأمين العام' (dm-0002) is not rendered with its approved English; expected 'Secretary General' (or 'Secretary-General')"
            ])
    }

    @Test func admittedVariantPluralAndPossessiveCount() throws {
        let findings = try check([
            ("أعلنت هدنة.", "A ceasefire was announced.", nil),
            ("قال الأمين العام.", "The Secretary-General's words.", nil),
            ("شراكات جديدة.", "New partnerships.", nil),
        ])
        #expect(findings == [])
    }

    @Test func deprecatedArabicTermExpectsItsAlternative() throws {
        let findings = try check([("هزيمة الدولة الإسلامية.", "The defeat of the group.", nil)])
        #expect(
            findings == [
                "a.xlf:10: error [missing-term] unit 'p1' segment 's1': 'الدولة الإسلامية' (dm-0007, deprecated: use داعش) is not rendered with its approved English; expected 'ISIS' (or 'ISIL')"
            ])
    }

    @Test func deprecatedEnglishTermUsed() throws {
        let findings = try check([("هزيمة داعش.", "The defeat of ISIS, the Islamic State.", nil)])
        #expect(
            findings == [
                "a.xlf:10: error [deprecated-term] unit 'p1' segment 's1': 'Islamic State' is deprecated in the glossary (dm-0007); expected 'ISIS' (or 'ISIL')"
            ])
    }

    /// Status per form: a deprecated Arabic form asks for its own concept's English; a deprecated English form is
    /// flagged; a known misspelling in the source is matched and its concept's English accepted.
    @Test func deprecatedFormsAndMisspellingsInsideAConcept() throws {
        let glossary = try GlossaryTSV.parse(
            "id\tar\ten\ten_variants\tar_deprecated\ten_deprecated\tar_misspellings\n"
                + "x-1\tداعش\tISIS\tISIL\tالدولة الإسلامية\tIslamic State group\tداعيش\n",
            name: "g.tsv"
        ).glossary
        let findings = try check(
            [
                ("هزيمة الدولة الإسلامية.", "The defeat of the Islamic State group.", nil),
                ("هزيمة داعيش.", "The defeat of ISIS.", nil),
            ], glossary: glossary)
        #expect(
            findings == [
                "a.xlf:10: error [deprecated-term] unit 'p1' segment 's1': 'Islamic State group' is deprecated in the glossary (x-1); expected 'ISIS' (or 'ISIL')",
                "a.xlf:10: error [missing-term] unit 'p1' segment 's1': 'الدولة الإسلامية' (x-1, deprecated: use داعش) is not rendered with its approved English; expected 'ISIS' (or 'ISIL')",
            ])
    }

    @Test func proposedTermsAreNotRequired() throws {
        #expect(try check([("وصلت قوات حفظ السلام.", "The blue helmets arrived.", nil)]) == [])
    }

    @Test func fuzzyNameMatchIsNamedAsFuzzy() throws {
        let findings = try check([("قال ستولتنبيرج إن الحلف سيعمل.", "He said the Alliance would act.", nil)])
        #expect(findings.count == 1)
        #expect(
            findings[0].hasPrefix(
                "a.xlf:10: error [missing-term] unit 'p1' segment 's1': 'ستولتنبيرج' (dm-0004, a fuzzy match)"))
    }

    @Test func inconsistentRenderingAcrossSegmentsAndFiles() throws {
        let qa = try TranslationQA(glossary: Self.glossary)
        let first = Self.document([
            ("قال الحلف.", "NATO said.", nil), ("وأضاف الحلف.", "NATO added.", nil),
        ])
        let second = Self.document([("وختم الحلف.", "The Alliance concluded.", nil)], name: "b.xlf")
        #expect(
            qa.check([first, second]).map(\.description) == [
                "b.xlf:10: warning [inconsistent-term] unit 'p1' segment 's1': 'الحلف' (dm-0001) is rendered 'the Alliance' here but 'NATO' in 2 other segments (first a.xlf:10, unit 'p1' segment 's1'); expected 'NATO', as elsewhere"
            ])
    }

    @Test func untranslatedEmptyAndCopiedTargets() throws {
        let findings = try check([
            ("الجملة الأولى.", nil, nil),
            ("الجملة الثانية.", " ", "translated"),
            ("الجملة الثالثة.", "الجملة الثالثة.", "needs-translation"),
        ])
        #expect(
            findings == [
                "a.xlf:10: error [untranslated] unit 'p1' segment 's1': no target; expected a translation",
                "a.xlf:11: error [untranslated] unit 'p2' segment 's2': the target is empty; expected a translation",
                "a.xlf:12: error [untranslated] unit 'p3' segment 's3': the target is still the source (state 'needs-translation'); expected a translation",
            ])
    }

    @Test func targetIdenticalToSourceMarkedTranslated() throws {
        #expect(
            try check([("K24", "K24", "translated")]) == [
                "a.xlf:10: warning [same-as-source] unit 'p1' segment 's1': the target is identical to the source (state 'translated'); expected a translation, unless the source is meant to stay as is"
            ])
    }

    @Test func numbersThatDiffer() throws {
        let findings = try check([
            ("وتحرير 5ر7 مليون عراقي عام 2017.", "And the liberation of 5.7 million Iraqis in 2017 and 2018.", nil)
        ])
        #expect(
            findings == [
                "a.xlf:10: error [number] unit 'p1' segment 's1': the number '5ر7' (7.5) of the source is not in the target; expected 7.5 in the target",
                "a.xlf:10: error [number] unit 'p1' segment 's1': the number '5.7' in the target is not in the source; expected the source's numbers (7.5, 2017)",
                "a.xlf:10: error [number] unit 'p1' segment 's1': the number '2018' in the target is not in the source; expected the source's numbers (7.5, 2017)",
            ])
    }

    @Test func arabicLeftInTheTarget() throws {
        #expect(
            try check([("وصل الوفد إلى بغداد.", "The delegation reached بغداد.", nil)]) == [
                "a.xlf:10: warning [arabic-in-target] unit 'p1' segment 's1': Arabic letters left in the target: 'بغداد'; expected English only"
            ])
    }

    @Test func withoutGlossaryOnlyTheOtherChecksRun() throws {
        let findings = try check(
            [("قال الأمين العام في 2021.", "The chief spoke in 2020.", nil)], glossary: nil)
        #expect(findings.count == 2)
        #expect(findings.allSatisfy { $0.contains("[number]") })
    }

    @Test func segmentsNotToTranslateAreSkipped() throws {
        var document = Self.document([("بروكسل (أ ش أ)", nil, nil)])
        document.files[0].units[0].segments[0].translate = false
        #expect(try TranslationQA(glossary: Self.glossary).check([document]).isEmpty)
    }

    @Test func termsAreNotCheckedForAnotherTargetLanguage() throws {
        let document = Self.document([("قال الأمين العام.", "Le chef a parlé.", nil)], targetLanguage: "fr")
        #expect(try TranslationQA(glossary: Self.glossary).check([document]).isEmpty)
    }

    @Test func jsonFindingIsOneObject() throws {
        let finding = try TranslationQA(glossary: Self.glossary).check([
            Self.document([("قال الأمين العام.", "The chief said.", nil)])
        ])[0]
        #expect(
            finding.json
                == #"{"severity":"error","rule":"missing-term","file":"a.xlf","line":10,"unit":"p1","segment":"s1","subject":"الأمين العام","expected":"'Secretary General' (or 'Secretary-General')","message":"'الأمين العام' (dm-0002) is not rendered with its approved English"}"#
        )
    }
}

extension TranslationQATests {
    @Test func pluralVariantIsTheSameRendering() throws {
        var glossary = Self.glossary
        glossary.entries.append(
            GlossaryEntry(
                id: "dm-0049", ar: "قدرة", en: "capability", enVariants: ["capabilities"],
                extra: ["inflect": "pron+num"]))
        let findings = try TranslationQA(glossary: glossary).check([
            Self.document([("قدرة الحلف.", "NATO's capability.", nil), ("قدرات الحلف.", "NATO's capabilities.", nil)])
        ])
        #expect(findings.map(\.description) == [])
    }
}

extension TranslationQATests {
    @Test func aLongerEnglishTermDoesNotHideAShorterOne() throws {
        var glossary = Self.glossary
        glossary.entries.append(
            GlossaryEntry(id: "dm-0009", ar: "التحالف الدولي لمناهضة داعش", en: "Global Coalition against ISIS"))
        glossary.entries.append(GlossaryEntry(id: "dm-0010", ar: "التحالف الدولي", en: "global coalition"))
        let findings = try TranslationQA(glossary: glossary).check([
            Self.document([
                (
                    "انضم العراق إلى التحالف الدولي لمناهضة تنظيم \"داعش\".",
                    "Iraq joined the Global Coalition against ISIS.", nil
                )
            ])
        ])
        #expect(findings.map(\.description) == [])
    }
}

extension TranslationQATests {
    @Test func aDeprecatedFormInsideALongerTermIsNotUsed() throws {
        var glossary = Self.glossary
        glossary.entries.append(
            GlossaryEntry(id: "dm-0008", ar: "داعش خراسان", en: "Islamic State Khorasan Province"))
        let findings = try TranslationQA(glossary: glossary).check([
            Self.document([("هجوم داعش خراسان.", "An attack by Islamic State Khorasan Province.", nil)])
        ])
        #expect(findings.map(\.description) == [])
    }
}
