import DragomanTMX
import DragomanTestSupport
import DragomanText
import Foundation
import Testing

/// TMX write → read is the identity on every unit's text, for any Unicode XML can carry (seeded random units, many
/// cases): white space of every kind and at either end, CR and CRLF, characters XML escapes, "]]>", harakat, bidi
/// controls, noncharacters XML allows, astral scalars. Languages come back lowercased (the reader's rule), and the
/// source language's variant first (the writer's). TMX carries, and the property compares: each unit's `tuid` (any
/// text XML carries), each variant's language and text, their order (the source language's first), and the header's
/// `srclang`. A character XML cannot carry, in a text or an id, is refused with the unit and the value.
@Suite struct TMXPropertyTests {
    /// Pieces a text is made from besides `RandomText.scalar`: white space and line ends the parser would normalize
    /// were they not escaped, and markup characters.
    static let pieces = [" ", "  ", "\t", "\n", "\r", "\r\n", "&", "<", ">", "]]>", "\"", "'", "&amp;", "<seg>"]

    /// A text of up to `length` pieces, any of them at either end; empty sometimes.
    static func text(_ length: Int, using generator: inout SplitMix64) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...length, using: &generator) {
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: text += pieces.randomElement(using: &generator)!
            case 1: text += RandomText.mixedSentence(words: 1...4, using: &generator)
            default:
                let scalar = RandomText.scalar(using: &generator)
                // XML 1.0 cannot carry U+FFFE or U+FFFF (the writer refuses them; tested in TMXWriterTests).
                text.unicodeScalars.append(scalar.value == 0xFFFE || scalar.value == 0xFFFF ? "x" : scalar)
            }
        }
        return text
    }

    static let languages = ["ar", "AR", "ar-EG", "en", "en-US", "EN-gb", "fr", "fa"]

    static func unit(using generator: inout SplitMix64) -> TMXUnit {
        let variants = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
            TMXUnit.Variant(
                language: languages.randomElement(using: &generator)!, text: text(12, using: &generator))
        }
        return TMXUnit(id: Bool.random(using: &generator) ? self.id(using: &generator) : nil, variants: variants)
    }

    /// A `tuid`: any Unicode XML carries, tabs and line breaks included (an attribute keeps them as `&#9;`,
    /// `&#10;`, `&#13;`), sometimes white space only or at either end.
    static func id(using generator: inout SplitMix64) -> String {
        var id = ""
        for _ in 0..<Int.random(in: 1...6, using: &generator) {
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: id += [" ", "\t", "\n", "\r", "\r\n", "&", "<", "\"", "'"].randomElement(using: &generator)!
            default: id += RandomText.value(length: 4, excluding: ["\u{FFFE}"], using: &generator)
            }
        }
        return id
    }

    /// Characters XML 1.0 cannot carry: C0 controls but tab, line feed and carriage return; U+FFFE and U+FFFF.
    static let forbidden: [Unicode.Scalar] =
        (0x01...0x1F).filter { ![0x09, 0x0A, 0x0D].contains($0) }.map { Unicode.Scalar(UInt8($0)) } + [
            "\u{FFFE}", "\u{FFFF}",
        ]

    @Test func writeThenReadKeepsEveryText() throws {
        var generator = SplitMix64(seed: 1404)
        for _ in 0..<500 {
            let units = (0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.unit(using: &generator) }
            let source = ["ar", "en"].randomElement(using: &generator)!
            let written = try TMXWriter(sourceLanguage: source).write(units)
            var read: [TMXUnit] = []
            let result = try TMXReader().read(Data(written.utf8), name: "random.tmx") { read.append($0) }
            #expect(result.skipped == [])
            #expect(result.sourceLanguage == source)
            #expect(result.units == units.count)
            let expected = units.map { unit in
                let variants = unit.variants.map { TMXUnit.Variant(language: $0.language.lowercased(), text: $0.text) }
                let first = variants.filter { TMXUnit.language($0.language, matches: source) }
                return TMXUnit(
                    id: unit.id,
                    variants: first + variants.filter { !TMXUnit.language($0.language, matches: source) })
            }
            let got = read.map { TMXUnit(id: $0.id, variants: $0.variants) }
            guard got == expected else {
                let pair = zip(expected, got).first { $0 != $1 }
                Issue.record(
                    "\(pair.map { "\($0.0) → \($0.1)" } ?? "\(expected.count) → \(got.count) units")\n\(written)")
                return
            }
        }
    }

    @Test func aCharacterXMLCannotCarryIsRefusedWithTheUnit() throws {
        var generator = SplitMix64(seed: 1405)
        for _ in 0..<300 {
            var units = (0..<Int.random(in: 1...6, using: &generator)).map { _ in Self.unit(using: &generator) }
            let target = Int.random(in: 0..<units.count, using: &generator)
            let scalar = Self.forbidden.randomElement(using: &generator)!
            let inID = Bool.random(using: &generator)
            var value = inID ? Self.id(using: &generator) : units[target].variants[0].text
            let scalars = value.unicodeScalars
            value.unicodeScalars.insert(
                scalar,
                at: scalars.index(scalars.startIndex, offsetBy: Int.random(in: 0...scalars.count, using: &generator)))
            if inID { units[target].id = value } else { units[target].variants[0].text = value }
            // Units before the bad one are clean; the writer names the bad one by id, or by position without one.
            let name = units[target].id.map { "'\($0)'" } ?? "#\(target + 1)"
            let expected = TMXError.unwritableText(
                unit: name, language: inID ? "tuid" : units[target].variants[0].language, value: value)
            #expect(throws: expected) { try TMXWriter(sourceLanguage: "zz").write(units) }
        }
    }
}
