import DragomanGlossary
import DragomanText
import Foundation

/// A small glossary written for the matching tests, and helpers to match a sentence against it.
enum MatchingFixture {
    /// Fixture glossary: it deliberately lacks the seed spelling ستوليبنبيرج and the misspelling الضفدي.
    static let tsv = """
        id\tar\ten\tar_variants\ten_variants\tstatus\tpos\tdomain\tdefinition\tnote\tsource\tupdated\tinflect
        t-01\tحلف شمال الأطلسي\tNATO\tحلف شمال الأطلنطي | الناتو\tNorth Atlantic Treaty Organization\tpreferred\tproperNoun\torganization\t\t\ttest\t2026-11-25\t
        t-02\tالتحالف الدولي\tinternational coalition\t\t\tpreferred\tnoun\tmilitary\t\t\ttest\t2026-11-25\t
        t-03\tالتحالف الدولي لمناهضة داعش\tGlobal Coalition against Daesh\t\t\tpreferred\tproperNoun\torganization\t\t\ttest\t2026-11-25\t
        t-04\tداعش\tISIS\t\tDaesh\tpreferred\tproperNoun\torganization\t\t\ttest\t2026-11-25\t
        t-05\tالحكومة\tgovernment\t\t\tpreferred\tnoun\tpolitics\t\t\ttest\t2026-11-25\tpron
        t-06\tشراكة\tpartnership\t\t\tpreferred\tnoun\tpolitics\t\t\ttest\t2026-11-25\tpron+num
        t-07\tمدرب\ttrainer\t\t\tpreferred\tnoun\tmilitary\t\t\ttest\t2026-11-25\tnum
        t-08\tالأمن\tsecurity\t\t\tpreferred\tnoun\tsecurity\t\t\ttest\t2026-11-25\t
        t-09\tينس ستولتنبرغ\tJens Stoltenberg\tستولينبيرج | ستولتنبيرغ\tStoltenberg\tpreferred\tproperNoun\tperson\t\t\ttest\t2026-11-25\t
        t-10\tأيمن الصفدي\tAyman Safadi\tالصفدي\tSafadi\tpreferred\tproperNoun\tperson\t\t\ttest\t2026-11-25\t
        t-11\tمصطفى الكاظمي\tMustafa al-Kadhimi\tالكاظمي\t\tpreferred\tproperNoun\tperson\t\t\ttest\t2026-11-25\t
        t-12\tالدولة الإسلامية\tISIS\t\tIslamic State\tdeprecated\tproperNoun\torganization\t\t\ttest\t2026-11-25\t
        t-13\tمنظمة\torganization\t\t\tpreferred\tnoun\tpolitics\t\t\ttest\t2026-11-25\tnum
        t-14\tمصر\tEgypt\t\t\tpreferred\tproperNoun\tplace\t\t\ttest\t2026-11-25\t
        t-15\tبعثة\tmission\t\t\tpreferred\tnoun\tpolitics\t\t\ttest\t2026-11-25\tpron+num
        t-16\tوزير الدفاع\tMinister of Defence\t\tDefence Minister\tpreferred\tnoun\tpolitics\t\t\ttest\t2026-11-25\t
        t-17\tالمرحلة الانتقالية\ttransition phase\t\t\tpreferred\tnoun\tpolitics\t\t\ttest\t2026-11-25\t
        t-18\tالمستوى\tlevel\t\t\tpreferred\tnoun\tother\t\t\ttest\t2026-11-25\t
        t-19\tقدرة\tcapability\t\tcapacity\tpreferred\tnoun\tmilitary\t\t\ttest\t2026-11-25\tpron+num
        t-20\tmember state\tmember state\t\tmember country\tpreferred\tnoun\tpolitics\t\t\ttest\t2026-11-25\t
        """

    static let glossary: Glossary = try! GlossaryTSV.parse(tsv, name: "fixture.tsv").glossary
    static let matcher: GlossaryMatcher = try! GlossaryMatcher(glossary: glossary)

    /// A document of one text, segmented in `language`.
    static func document(_ text: String, language: String = "ar") throws -> Document {
        try Segmenter().segment(SourceText(name: "test.txt", text: text), language: language)
    }

    /// The matches of `text` as (original text, entry id, kind).
    static func matches(_ text: String, language: String = "ar", matcher: GlossaryMatcher = matcher) throws
        -> [Found]
    {
        let document = try document(text, language: language)
        let tokenizer = try Tokenizer(locale: language)
        return matcher.matches(in: document, tokenizer: tokenizer).map {
            Found(text: $0.text, id: matcher.glossary.entries[$0.entry].id, kind: $0.kind)
        }
    }

    struct Found: Equatable, CustomStringConvertible {
        var text: String
        var id: String
        var kind: TermMatch.Kind
        init(_ text: String, _ id: String, _ kind: TermMatch.Kind = .exact) {
            self.text = text
            self.id = id
            self.kind = kind
        }
        init(text: String, id: String, kind: TermMatch.Kind) { self.init(text, id, kind) }
        var description: String { "\(text)→\(id)\(kind == .fuzzy ? "~" : "")" }
    }
}
