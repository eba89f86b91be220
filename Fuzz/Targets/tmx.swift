// The TMX reader (TMXReader, and through it XMLTreeNode's streaming parse). Properties: every unit handed over has a
// variant, languages come lowercased; what reads, written by TMXWriter (the source language's variants first),
// reads back to the same units, and writes the same again. The writer may refuse a unit only for a language code.
import Foundation

@testable import DragomanTMX

/// The libFuzzer entry point: one input, 0 when it was read (or refused) and its properties hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTMX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var units: [TMXUnit] = []
    guard let result = try? TMXReader().read(Data(bytes(data, size)), name: "fuzz.tmx", each: { units.append($0) })
    else { return 0 }
    require(result.units == units.count, "\(result.units) units counted, \(units.count) handed over")
    for unit in units {
        require(!unit.variants.isEmpty, "unit at line \(unit.line ?? 0) has no variant")
        for variant in unit.variants {
            require(variant.language == variant.language.lowercased(), "language '\(variant.language)' not lowercased")
        }
    }
    let language = result.sourceLanguage.flatMap { TMXWriter.isLanguageCode($0) ? $0 : nil } ?? "ar"
    let writer = TMXWriter(sourceLanguage: language)
    let written: String
    do {
        written = try writer.write(units)
    } catch {
        if case .invalidLanguage = error { return 0 }
        require(false, "the writer refused what the reader read: \(error)")
        return 0
    }
    var again: [TMXUnit] = []
    do {
        _ = try TMXReader().read(Data(written.utf8), name: "again.tmx") { again.append($0) }
    } catch {
        require(false, "a written TMX does not read back: \(error)")
    }
    let expected = units.map { unit in
        let source = unit.variants.filter { TMXUnit.language($0.language, matches: language) }
        let others = unit.variants.filter { !TMXUnit.language($0.language, matches: language) }
        return TMXUnit(id: unit.id, variants: source + others)
    }
    let got = again.map { TMXUnit(id: $0.id, variants: $0.variants) }
    if got != expected {
        let first = zip(expected, got).first { $0 != $1 }
        require(false, "units changed: " + (first.map { "\($0.0) → \($0.1)" } ?? "\(expected.count) → \(got.count)"))
    }
    require((try? writer.write(again)) == written, "write → read → write changed the file")
    return 0
}
