import DragomanTMX
import Foundation
import Testing

/// Every input the fuzzer (`Fuzz/run … tmx`) found crashing, hanging or breaking a property, kept in
/// Fixtures/fuzz/tmx/: each reads or is refused with an error, and what reads writes, reads back to the same units
/// and writes the same again (the fuzz target's check).
@Suite struct FuzzRegressionTests {
    static func inputs() -> [String] {
        let folder = Fixture.folder.appendingPathComponent("fuzz/tmx")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0).path }
    }

    @Test(arguments: inputs())
    func tmx(_ path: String) throws {
        var units: [TMXUnit] = []
        guard
            let result = try? TMXReader().read(
                try Data(contentsOf: URL(fileURLWithPath: path)), name: "fuzz.tmx", each: { units.append($0) })
        else { return }
        let language = result.sourceLanguage.flatMap { $0 == "*all*" ? nil : $0 } ?? "ar"
        let writer = TMXWriter(sourceLanguage: language)
        // Unit by unit, so a unit the writer refuses for its language code (which TMX readers take as written, such
        // as `fr_FR`) does not hide the others.
        for unit in units {
            let written: String
            do {
                written = try writer.write([unit])
            } catch {
                guard case .invalidLanguage = error else { throw error }
                continue
            }
            var again: [TMXUnit] = []
            _ = try TMXReader().read(Data(written.utf8), name: "again.tmx") { again.append($0) }
            // The writer puts the source language's variants first, the others after, each in their order.
            let source = unit.variants.filter { TMXUnit.language($0.language, matches: language) }
            let others = unit.variants.filter { !TMXUnit.language($0.language, matches: language) }
            #expect(again.map(\.id) == [unit.id])
            #expect(again.map(\.variants) == [source + others])
            #expect(try writer.write(again) == written)
        }
    }
}
