import DragomanExchange
import DragomanGlossary
import Foundation
import Testing

/// Every input the fuzzer (Fuzz/run) found crashing, hanging or breaking a property, kept in Fixtures/fuzz/FORMAT/:
/// each reads or is refused with an error, and what reads writes and reads back the same (the fuzz targets' check).
@Suite struct FuzzRegressionTests {
    static func inputs(_ format: String) -> [String] {
        let folder = Fixture.folder.appendingPathComponent("fuzz/\(format)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0).path }
    }

    @Test(arguments: inputs("tbx"))
    func tbx(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let reading = try? TBXReader().read(data, name: "fuzz.tbx") else { return }
        let written = try GlossaryFormat.tbx.write(reading.glossary)
        let again = try TBXReader().read(Data(written.utf8), name: "again.tbx")
        #expect(try GlossaryFormat.tbx.write(again.glossary) == written)
    }

    @Test(
        arguments: [("csv", GlossaryFormat.csv), ("omegat", .omegat)].flatMap { name, format in
            inputs(name).map { ($0, format) }
        })
    func text(_ path: String, _ format: GlossaryFormat) throws {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        guard let reading = try? format.read(text, name: "fuzz"), let written = try? format.write(reading.glossary)
        else { return }
        let again = try format.read(written, name: "again")
        let rewritten = try format.write(again.glossary)
        #expect(rewritten == written, "\(written.debugDescription)\n→ \(rewritten.debugDescription)")
    }
}
