// The OmegaT glossary reader. Property: what reads and writes reads back to the same file.
import DragomanExchange
import DragomanGlossary

/// The libFuzzer entry point: one input, 0 when it was read (or refused) and its property holds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOmegaT(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: bytes(data, size), as: UTF8.self)
    guard let reading = try? GlossaryFormat.omegat.read(text, name: "fuzz.txt"),
        let written = try? GlossaryFormat.omegat.write(reading.glossary)
    else { return 0 }
    guard let again = try? GlossaryFormat.omegat.read(written, name: "again.txt") else {
        require(false, "a written OmegaT glossary does not read back")
        return 0
    }
    require(
        (try? GlossaryFormat.omegat.write(again.glossary)) == written, "OmegaT write → read → write changed the file")
    return 0
}
