// The glossary TSV reader. Property: a glossary that reads and serializes reads back to the same entries.
import DragomanGlossary

/// The libFuzzer entry point: one input, 0 when it was read (or refused) and its property holds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGlossaryTSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: bytes(data, size), as: UTF8.self)
    guard let parsed = try? GlossaryTSV.parse(text, name: "fuzz.tsv"),
        let written = try? GlossaryTSV.serialize(parsed.glossary)
    else { return 0 }
    guard let again = try? GlossaryTSV.parse(written, name: "again.tsv") else {
        require(false, "a serialized glossary does not read back")
        return 0
    }
    let rewritten = try? GlossaryTSV.serialize(again.glossary)
    require(rewritten == written, "serialize → parse → serialize changed the file")
    return 0
}
