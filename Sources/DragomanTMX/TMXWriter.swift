import DragomanXML

/// Writes TMX 1.4b translation memories: a header naming the source language and Dragoman as the creation tool,
/// then one `<tu>` per unit with a `<tuv xml:lang>`/`<seg>` per language.
///
/// TMX is what every CAT tool imports as a translation memory (OmegaT, Trados, memoQ, Phrase), so translated
/// articles become reusable. Text is plain: it is escaped by `XMLBuilder` (the one XML escaping function), never
/// wrapped in inline markup. Values XML cannot carry (control characters, U+FFFE/U+FFFF) and malformed language
/// codes are refused with an error naming the unit, so a file is either valid or not written.
public struct TMXWriter: Sendable {
    /// The language units are translated from (`srclang`, e.g. "ar").
    public var sourceLanguage: String
    /// The version of the tool written in the header (`creationtoolversion`).
    public var toolVersion: String

    /// A writer for units translated from `sourceLanguage`.
    public init(sourceLanguage: String, toolVersion: String = "unknown") {
        self.sourceLanguage = sourceLanguage
        self.toolVersion = toolVersion
    }

    /// The TMX document holding `units`, in order. The source language's variant is written first in each unit.
    public func write(_ units: some Sequence<TMXUnit>) throws(TMXError) -> String {
        guard Self.isLanguageCode(sourceLanguage) else {
            throw .invalidLanguage(unit: "header (srclang)", value: sourceLanguage)
        }
        var xml = XMLBuilder()
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n")
        let header: [(String, String)] = [
            ("creationtool", "Dragoman"), ("creationtoolversion", toolVersion), ("segtype", "sentence"),
            ("o-tmf", "Dragoman"), ("adminlang", "en"), ("srclang", sourceLanguage), ("datatype", "plaintext"),
        ]
        xml.raw("  <header")
        for (name, value) in header { xml.raw(" \(name)=\"" + XMLBuilder.escaped(value, attribute: true) + "\"") }
        xml.raw("/>\n  <body>\n")
        for (index, unit) in units.enumerated() {
            let name = unit.id.map { "'\($0)'" } ?? "#\(index + 1)"
            xml.raw("    <tu")
            if let id = unit.id {
                guard XMLBuilder.isXMLText(id) else { throw .unwritableText(unit: name, language: "tuid", value: id) }
                xml.raw(" tuid=\"" + XMLBuilder.escaped(id, attribute: true) + "\"")
            }
            xml.raw(">\n")
            let source = unit.variants.filter { TMXUnit.language($0.language, matches: sourceLanguage) }
            let others = unit.variants.filter { !TMXUnit.language($0.language, matches: sourceLanguage) }
            for variant in source + others {
                guard Self.isLanguageCode(variant.language) else {
                    throw .invalidLanguage(unit: name, value: variant.language)
                }
                guard XMLBuilder.isXMLText(variant.text) else {
                    throw .unwritableText(unit: name, language: variant.language, value: variant.text)
                }
                xml.raw("      <tuv xml:lang=\"" + XMLBuilder.escaped(variant.language, attribute: true) + "\"><seg>")
                xml.raw(XMLBuilder.escaped(variant.text, attribute: false))
                xml.raw("</seg></tuv>\n")
            }
            xml.raw("    </tu>\n")
        }
        xml.raw("  </body>\n</tmx>\n")
        return xml.text
    }

    /// Whether `code` can be an `xml:lang` value: ASCII letters and digits in parts joined by '-' (BCP 47 shape).
    static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        return !code.isEmpty
            && parts.allSatisfy { part in
                !part.isEmpty && part.count <= 8
                    && part.unicodeScalars.allSatisfy {
                        $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0)
                    }
            }
    }
}
