import DragomanTMX
import DragomanTestSupport
import Foundation
import Testing

@Suite struct TMXReaderTests {
    func read(_ name: String) throws -> (units: [TMXUnit], result: TMXReader.Result) {
        var units: [TMXUnit] = []
        let result = try TMXReader().read(try Fixture.data(name), name: name) { units.append($0) }
        return (units, result)
    }

    @Test func inlineCodeIsDroppedAndHighlightedTextKept() throws {
        let (units, result) = try read("inline.tmx")
        #expect(result.sourceLanguage == "ar")
        #expect(result.units == 4)
        #expect(units.map(\.id) == ["u1", "u2", nil, "u5"])
        #expect(units[0].text(language: "ar") == "قال حلف شمال الأطلسي إن التحالف باقٍ.")
        #expect(units[0].text(language: "en") == "NATO said the alliance will stay & grow.")
        #expect(units[0].variants.map(\.language) == ["ar-sa", "en-gb"])
        #expect(units[0].line == 5)
        // TMX 1.1 `lang`, Arabic punctuation intact.
        #expect(units[1].text(language: "ar") == "هل وصل الوفد؟ نعم، وصل؛ أمس.")
        #expect(units[1].text(language: "en") == "Did the delegation arrive? Yes; yesterday.")
        #expect(units[2].variants == [.init(language: "en", text: "only English")])
        #expect(units[3].text(language: "ar") == "غارة جوية <كبيرة>")
        #expect(units[3].text(language: "en") == "a large airstrike")
        #expect(
            result.skipped == [
                "inline.tmx:15: a <tuv> of unit without tuid has no xml:lang; skipped",
                "inline.tmx:17: the 'fr' <tuv> of unit without tuid has no <seg>; skipped",
                "inline.tmx:19: unit 'u4' has no <tuv> with a language and a <seg>; skipped",
            ])
    }

    @Test func languageMatchingTakesRegionalForms() {
        #expect(TMXUnit.language("ar-SA", matches: "ar"))
        #expect(TMXUnit.language("AR", matches: "ar"))
        #expect(TMXUnit.language("en_GB", matches: "EN"))
        #expect(!TMXUnit.language("ary", matches: "ar"))
        #expect(!TMXUnit.language("en", matches: "en-US"))
    }

    @Test func malformedXMLNamesLineAndColumn() throws {
        #expect(
            throws: TMXError.xml(
                .malformed(
                    file: "malformed.tmx", line: 7, column: 37,
                    reason: "the closing tag does not match the open element"))
        ) { try read("malformed.tmx") }
        #expect(
            TMXError.xml(.malformed(file: "m.tmx", line: 7, column: 43, reason: "a malformed tag")).description
                == "m.tmx:7:43: not well-formed XML: a malformed tag")
    }

    @Test func anotherRootIsRefused() {
        #expect(throws: TMXError.notTMX(file: "not-tmx.xml", root: "xliff")) { try read("not-tmx.xml") }
        #expect(
            TMXError.notTMX(file: "not-tmx.xml", root: "xliff").description
                == "not-tmx.xml: the root element is 'xliff', not 'tmx'; give a TMX 1.4 file (<tmx><header/><body><tu>…)"
        )
    }

    @Test func entityDeclarationsAreRefused() {
        #expect(throws: TMXError.xml(.entityDeclaration(file: "entities.tmx", line: 3))) { try read("entities.tmx") }
    }

    @Test func emptyAndBinaryInputAreMalformed() {
        #expect(throws: TMXError.self) {
            try TMXReader().read(Data(), name: "empty.tmx") { _ in }
        }
        #expect(throws: TMXError.self) {
            try TMXReader().read(Data([0x00, 0xFF, 0x12, 0x80]), name: "binary.tmx") { _ in }
        }
    }

    @Test(.enabled(if: Repository.hasShared("parallel/tico19"), "needs ../shared/parallel/tico19"))
    func readsTICO19() throws {
        let data = try Data(contentsOf: Repository.shared("parallel/tico19/tico19.en-ar.tmx"))
        var count = 0
        var first: TMXUnit?
        var last: TMXUnit?
        var complete = 0
        let result = try TMXReader().read(data, name: "tico19.en-ar.tmx") { unit in
            count += 1
            if first == nil { first = unit }
            last = unit
            if unit.text(language: "ar") != nil, unit.text(language: "en") != nil { complete += 1 }
        }
        #expect(result.sourceLanguage == "en")
        #expect(result.skipped.isEmpty)
        #expect(count == 3071)
        #expect(complete == 3071)
        #expect(first?.id == "CMU_1:1")
        #expect(first?.text(language: "en") == "about how long have these symptoms been going on?")
        #expect(first?.text(language: "ar") == "منذ متى لا تزال هذه الأعراض مستمرة تقريبًا؟")
        // The line-aligned copy beside it holds the same units (whitespace collapsed).
        let arabic = try String(contentsOf: Repository.shared("parallel/tico19/ar.txt"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let ids = try String(contentsOf: Repository.shared("parallel/tico19/ids.txt"), encoding: .utf8)
            .split(separator: "\n")
        #expect(last?.id == ids.last.map(String.init))
        let collapsed = last?.text(language: "ar")?.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(collapsed == String(arabic[ids.count - 1]))
    }
}
