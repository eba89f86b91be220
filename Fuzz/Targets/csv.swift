// The CSV glossary reader (RFC 4180). Property: what reads, writes and reads back to the same glossary TSV.
import DragomanExchange
import DragomanGlossary

/// The libFuzzer entry point: one input, 0 when it was read (or refused) and its property holds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: bytes(data, size), as: UTF8.self)
    guard let reading = try? GlossaryFormat.csv.read(text, name: "fuzz.csv"),
        let written = try? GlossaryFormat.csv.write(reading.glossary)
    else { return 0 }
    guard let again = try? GlossaryFormat.csv.read(written, name: "again.csv") else {
        require(false, "a written CSV does not read back")
        return 0
    }
    require(
        (try? GlossaryFormat.csv.write(again.glossary)) == written, "CSV write → read → write changed the file")
    return 0
}
