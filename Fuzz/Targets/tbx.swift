// The TBX reader, and through it the XML layer (XMLScreen, XMLTreeNode, FoundationXML's XMLParser) that every
// XML format shares. Property: what reads and writes as TBX reads back to the same entries.
import DragomanExchange
import DragomanGlossary
import Foundation

/// The libFuzzer entry point: one input, 0 when it was read (or refused) and its property holds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTBX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let reading = try? TBXReader().read(Data(bytes(data, size)), name: "fuzz.tbx"),
        let written = try? GlossaryFormat.tbx.write(reading.glossary)
    else { return 0 }
    guard let again = try? TBXReader().read(Data(written.utf8), name: "again.tbx") else {
        require(false, "a written TBX does not read back")
        return 0
    }
    require(
        (try? GlossaryFormat.tbx.write(again.glossary)) == written, "TBX write → read → write changed the file")
    return 0
}
