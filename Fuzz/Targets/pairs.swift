// The aligner's parallel-text readers (internal to DragomanAligner, reached with @testable): LineReader, TSV pairs
// and line-aligned pairs. Properties: LineReader, with a chunk far smaller than its lines, gives the lines (BOM and
// final CR dropped) or the error (NUL: binary; invalid UTF-8 at its byte offset in the file) that a plain reference
// split gives; a TSV pair has two non-blank fields without tab or line feed; line-aligned pairs (Arabic before the
// input's first 0xFF byte, English after it; the input on both sides when it has none), written as a TSV with an
// `ar TAB en` header, read back as the same pairs.
import DragomanText
import Foundation

@testable import DragomanAligner

/// A folder in memory where there is one: on ext4, rewriting a file with O_TRUNC flushes it to disk on close.
let folder =
    (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm/" : NSTemporaryDirectory())
    + "dragoman-fuzz-pairs-\(getpid())/"
let created: Bool = {
    try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return true
}()

/// Writes `bytes` to `name` in the folder and returns its path (with write(2): Data.write syncs every file).
func file(_ name: String, _ bytes: some Collection<UInt8>) -> String {
    precondition(created)
    let path = folder + name
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    precondition(descriptor >= 0, "cannot write \(path)")
    let all = Array(bytes)
    var done = 0
    while done < all.count {
        let wrote = all.withUnsafeBytes { write(descriptor, $0.baseAddress! + done, all.count - done) }
        precondition(wrote > 0, "cannot write \(path)")
        done += wrote
    }
    close(descriptor)
    return path
}

/// The libFuzzer entry point: one input, 0 when it was read (or refused) and its properties hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPairs(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = bytes(data, size)
    let whole = file("whole.txt", input)
    compareLines(whole, input)

    // TSV.
    let tsv = file("pairs.tsv", input)
    var pairs: [(String, String)] = []
    if (try? ParallelSource.tsv(tsv).forEachPair { pairs.append(($0, $1)) }) != nil {
        for (ar, en) in pairs {
            for side in [ar, en] {
                require(!ParallelSource.isBlank(side), "a blank side was read: \(side.debugDescription)")
                require(!side.contains("\t") && !side.contains("\n"), "a side holds a tab or a line feed")
            }
        }
    }

    // Line-aligned, then the same pairs as TSV.
    let split = input.firstIndex(of: 0xFF)
    let arabic = file("ar.txt", split.map { input[..<$0] } ?? input[...])
    let english = file("en.txt", split.map { input[($0 + 1)...] } ?? input[...])
    pairs = []
    guard
        (try? ParallelSource.lineAligned(arabic: arabic, english: english).forEachPair { pairs.append(($0, $1)) })
            != nil
    else { return 0 }
    guard !pairs.contains(where: { $0.0.contains("\t") || $0.1.contains("\t") }) else { return 0 }
    let written = "ar\ten\r\n" + pairs.map { "\($0.0)\t\($0.1)\r\n" }.joined()
    var again: [(String, String)] = []
    do {
        _ = try ParallelSource.tsv(file("again.tsv", Array(written.utf8))).forEachPair { again.append(($0, $1)) }
    } catch {
        require(false, "line-aligned pairs written as TSV do not read back: \(error)")
    }
    require(
        again.map { [$0.0, $0.1] } == pairs.map { [$0.0, $0.1] },
        "line-aligned pairs written as TSV read back differently: \(pairs) → \(again)")
    return 0
}

/// LineReader with a small chunk against a reference split of the same bytes.
func compareLines(_ path: String, _ input: [UInt8]) {
    let expected = referenceLines(input, path: path)
    let chunk = input.count % 7 + 1
    guard let reader = try? LineReader(path: path, chunkSize: chunk) else {
        require(false, "LineReader could not open \(path)")
        return
    }
    var lines: [String] = []
    do {
        while let line = try reader.next() { lines.append(line) }
        require(expected.error == nil, "LineReader read past \(expected.error.map { "\($0)" } ?? "")")
    } catch {
        require(
            error == expected.error,
            "LineReader (chunk \(chunk)): \(error), expected \(expected.error.map { "\($0)" } ?? "no error")")
    }
    require(lines == expected.lines, "LineReader (chunk \(chunk)) read \(lines), expected \(expected.lines)")
}

/// Lines split at LF, a BOM dropped from the first and a CR from the end of each; the first line holding a NUL or
/// invalid UTF-8 (its offset found with the standard library's decoder) ends the reading with its error.
func referenceLines(_ input: [UInt8], path: String) -> (lines: [String], error: AlignerError?) {
    var lines: [String] = []
    var start = 0
    var number = 0
    while start < input.count {
        let end = input[start...].firstIndex(of: 0x0A) ?? input.count
        number += 1
        var from = start
        var to = end
        if number == 1, input[from..<to].starts(with: [0xEF, 0xBB, 0xBF]) { from += 3 }
        if to > from, input[to - 1] == 0x0D { to -= 1 }
        let line = input[from..<to]
        if line.contains(0) { return (lines, .binary(file: path, line: number)) }
        var iterator = line.makeIterator()
        var decoder = UTF8()
        var offset = from
        var text = String.UnicodeScalarView()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                text.append(scalar)
                offset += UTF8.width(scalar)
            case .emptyInput:
                break decoding
            case .error:
                return (lines, .invalidUTF8(file: path, line: number, offset: offset))
            }
        }
        lines.append(String(text))
        start = end + 1
    }
    return (lines, nil)
}
