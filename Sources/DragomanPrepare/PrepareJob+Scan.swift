import DragomanText
import Foundation

extension PrepareJob {
    /// An article read in the first pass and kept for the second, with what its first boilerplate pass found.
    struct Retained: Sendable {
        var document: Document
        var pass: BoilerplateDetector.FirstPass
    }

    /// Below this much input, the first pass keeps the articles it read for the second instead of reading them
    /// again (their documents take about ten times the text's size).
    static let retainedBytes = 64 << 20

    /// The first pass over the shard's slice of `inputs`: reads and segments each file (on the tasks), marks what
    /// each article shows alone, and counts its candidate lines. What cannot be read is set aside.
    func firstPass(_ inputs: BatchInputs, _ parallel: Parallel, meter: ProgressMeter) async throws(PrepareError) -> (
        BatchScan, [Int: Retained]
    ) {
        let slice = options.shard
        let positions = inputs.positions(in: slice)
        let paths = inputs.paths
        let bytes = positions.reduce(0) { $0 + Self.size(of: paths[$1]) }
        meter.start(articles: positions.count, bytes: bytes)
        let retain = bytes <= Self.retainedBytes || positions.contains { paths[$0] == "-" }
        let reader = options.reader
        let language = options.language
        var parts = try await parallel.map(positions.count) { range throws(PrepareError) in
            do throws(TextError) {
                let pipeline = try TextPipeline(reader: reader)
                var scan = BatchScan(shards: [], count: 0, files: 0, listing: "")
                // At most one entry a file: no room left over from doubling, in an array an archive holds to the end.
                scan.entries.reserveCapacity(range.count)
                var kept: [Int: Retained] = [:]
                for offset in range {
                    let position = positions[offset]
                    let path = paths[position]
                    // One file at a time: a task's documents are never all in memory at once.
                    guard
                        let result = try TextPipeline.segment(
                            [path], reader: reader, segmenter: pipeline.segmenter, language: language
                        ).first
                    else { continue }
                    switch result {
                    case .failure(let error): scan.skipped.append(BatchScan.Skip(path: position, error: error))
                    case .success(var document):
                        let pass = pipeline.detector.firstPass(&document)
                        scan.lines.add(pass)
                        scan.entries.append(
                            BatchScan.Entry(
                                path: position, name: document.source.name,
                                checksum: Self.checksum(document), bytes: Self.size(of: path),
                                warning: document.source.emptyWarning, language: document.language))
                        if retain { kept[position] = Retained(document: document, pass: pass) }
                    }
                    meter.advance(1)
                }
                return Handover(value: (scan, kept))
            } catch {
                throw .text(error)
            }
        }
        var scan = BatchScan(
            shards: [slice.index], count: slice.count, files: inputs.paths.count, listing: inputs.listing)
        // What listing the folders could not read is every shard's to see: the first shard reports it.
        if slice.index == 0 { scan.skipped = inputs.skipped.map { BatchScan.Skip(path: -1, error: $0) } }
        var retained: [Int: Retained] = [:]
        // One chunk's entries (one job) are taken as they are, not copied; several chunks' are copied to an array
        // of their exact size, each chunk's part let go once added.
        if parts.count > 1 { scan.entries.reserveCapacity(parts.reduce(0) { $0 + $1.value.0.entries.count }) }
        parts.reverse()
        while let part = parts.popLast() {
            let (chunk, kept) = part.value
            if scan.entries.isEmpty && parts.isEmpty {
                scan.entries = chunk.entries
            } else {
                scan.entries += chunk.entries
            }
            scan.skipped += chunk.skipped
            scan.lines.merge(chunk.lines)
            retained.merge(kept) { first, _ in first }
        }
        return (scan, retained)
    }

    /// A fingerprint of the article's decoded text.
    static func checksum(_ document: Document) -> LineFingerprint {
        LineFingerprint(document.source.text)
    }

    /// The size of the file at `path`, in bytes (0 for what is not a regular file).
    static func size(of path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : 0
    }
}
