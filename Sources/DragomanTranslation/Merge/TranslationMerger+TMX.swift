import DragomanTMX
import DragomanText
import DragomanXLIFF
import DragomanXML

/// The translation memory of a merge: the translated pairs, for the next job and for the aligner.
extension TranslationMerger {
    /// The translated segments of `articles` as TMX 1.4b: one `<tu>` per segment (source first, then target, each
    /// `<tuv>` with its `xml:lang`), in document order. Untranslated segments and segments not to translate are
    /// left out; a segment holding a character XML cannot carry is an error naming it. The header's `srclang` is the first file's source language (primary subtag, "ar" by default).
    public func translationMemory(_ articles: [MergedArticle]) throws(TranslationError) -> String {
        var units: [TMXUnit] = []
        for article in articles {
            let source = article.file.sourceLanguage.isEmpty ? "ar" : article.file.sourceLanguage
            let target = article.file.targetLanguage ?? "en"
            for unit in article.file.units {
                for segment in unit.segments where segment.isTranslatedPair {
                    let text = segment.source + (segment.target ?? "")
                    if let scalar = text.unicodeScalars.first(where: { !XMLBuilder.isXMLCharacter($0) }) {
                        throw .unwritableMemory(
                            file: article.input, line: segment.line, unit: unit.id, segment: segment.id,
                            scalar: XLIFFWriter.codePoint(scalar))
                    }
                    units.append(
                        TMXUnit(variants: [
                            TMXUnit.Variant(language: source, text: segment.source),
                            TMXUnit.Variant(language: target, text: segment.target ?? ""),
                        ]))
                }
            }
        }
        let primary = articles.first?.file.sourceLanguage.split(separator: "-").first.map(String.init) ?? ""
        let sourceLanguage = primary.isEmpty ? "ar" : primary
        do {
            return try TMXWriter(sourceLanguage: sourceLanguage, toolVersion: DragomanVersion.current).write(units)
        } catch {
            throw .tmx(error)
        }
    }
}
