// Text decoding (encoding detection, UTF-8/UTF-16/Windows-1256, lossy and strict) and the text pipeline
// (segmentation, boilerplate) on any bytes. Properties: segments in order, without overlap, inside the text, and
// each segment's offsets decode to its text.
import DragomanText

nonisolated(unsafe) let pipeline = try! TextPipeline()

/// The libFuzzer entry point: one input, 0 when it was read (or refused) and its property holds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = bytes(data, size)
    for reader in [TextReader(), TextReader(lossy: true)] {
        guard let source = try? reader.decode(input, name: "fuzz.txt") else { continue }
        guard let documents = try? pipeline.process([source]) else { continue }
        let utf8 = Array(source.text.utf8)
        var end = 0
        for segment in documents[0].segments {
            require(segment.range.lowerBound >= end, "segment \(segment.index) overlaps the one before")
            require(segment.range.upperBound <= utf8.count, "segment \(segment.index) ends past the text")
            require(
                String(decoding: utf8[segment.range], as: UTF8.self) == segment.text,
                "segment \(segment.index) offsets do not decode to its text")
            end = segment.range.upperBound
        }
        _ = Normalizer(profile: .match).normalize(source.text)
    }
    return 0
}
