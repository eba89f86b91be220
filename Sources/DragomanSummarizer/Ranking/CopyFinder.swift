import DragomanText
import Foundation

/// Which items of a long sequence repeat the 128-bit fingerprint of an earlier item, in bounded memory: the
/// fingerprints are sorted in runs of at most `runLength`, the runs kept in a temporary file, then merged.
///
/// The digest of an archive batch leaves out pool sentences that copy an earlier one (eight sentences an article).
/// A set of their fingerprints took 30 to 60 bytes a sentence (more while it grew), the most memory an archive run
/// used per article; this holds at most `runLength` entries of 24 bytes, a small read buffer per run while merging,
/// and one bit per item. The file has no name: it is unlinked as soon as it is made, so the system frees it
/// whatever happens. Sequences of at most `runLength` items never touch the disk.
final class CopyFinder {
    /// A fingerprint and the position of its item, ordered by fingerprint then position.
    struct Entry: Comparable {
        var low: UInt64
        var high: UInt64
        var ordinal: UInt64

        static func < (a: Entry, b: Entry) -> Bool {
            (a.low, a.high, a.ordinal) < (b.low, b.high, b.ordinal)
        }

        func sameFingerprint(as other: Entry) -> Bool { low == other.low && high == other.high }
    }

    /// The positions of the items that repeat an earlier one, one bit each.
    struct Copies: Sendable {
        fileprivate var words: [UInt64]

        /// Whether item `ordinal` repeats an earlier one.
        func contains(_ ordinal: Int) -> Bool {
            words[ordinal >> 6] & (1 << UInt64(ordinal & 63)) != 0
        }

        fileprivate mutating func insert(_ ordinal: UInt64) {
            words[Int(ordinal >> 6)] |= 1 << (ordinal & 63)
        }
    }

    /// The most entries sorted in memory at once.
    let runLength: Int
    /// Entries read from the file at once, per run, while merging.
    static let readLength = 512
    private var buffer: [Entry] = []
    /// Each run's entries in the file, by entry position.
    private var runs: [Range<Int>] = []
    private var descriptor: Int32 = -1
    /// Where the file was made (its name is gone; errors still name it).
    private var path = ""
    /// How many items were added.
    private(set) var count = 0

    /// A finder that sorts at most `runLength` entries at a time (at least 1).
    init(runLength: Int = 1 << 18) {
        self.runLength = max(1, runLength)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Adds the next item's fingerprint.
    func add(low: UInt64, high: UInt64) throws(TextError) {
        buffer.append(Entry(low: low, high: high, ordinal: UInt64(count)))
        count += 1
        if buffer.count >= runLength { try writeRun() }
    }

    /// The items that repeat an earlier one (once, after the last `add`).
    func copies() throws(TextError) -> Copies {
        var copies = Copies(words: [UInt64](repeating: 0, count: (count + 63) / 64))
        var previous: Entry? = nil
        func take(_ entry: Entry) {
            if let previous, entry.sameFingerprint(as: previous) { copies.insert(entry.ordinal) }
            previous = entry
        }
        if runs.isEmpty {
            buffer.sort()
            for entry in buffer { take(entry) }
            buffer = []
            return copies
        }
        if !buffer.isEmpty { try writeRun() }
        buffer = []
        var readers = runs.map { RunReader(run: $0) }
        // A binary heap of (entry, run), least entry first.
        var heap: [(entry: Entry, run: Int)] = []
        func siftUp(_ start: Int) {
            var child = start
            while child > 0 {
                let parent = (child - 1) / 2
                guard heap[child].entry < heap[parent].entry else { return }
                heap.swapAt(child, parent)
                child = parent
            }
        }
        func siftDown(_ start: Int) {
            var parent = start
            while true {
                let left = 2 * parent + 1
                guard left < heap.count else { return }
                var least = left
                if left + 1 < heap.count && heap[left + 1].entry < heap[left].entry { least = left + 1 }
                guard heap[least].entry < heap[parent].entry else { return }
                heap.swapAt(least, parent)
                parent = least
            }
        }
        for run in readers.indices {
            if let entry = try readers[run].next(from: descriptor, path: path) {
                heap.append((entry, run))
                siftUp(heap.count - 1)
            }
        }
        while let top = heap.first {
            take(top.entry)
            if let entry = try readers[top.run].next(from: descriptor, path: path) {
                heap[0] = (entry, top.run)
            } else {
                heap[0] = heap[heap.count - 1]
                heap.removeLast()
            }
            siftDown(0)
        }
        return copies
    }

    /// Sorts the buffer and appends it to the file as a run.
    private func writeRun() throws(TextError) {
        if descriptor < 0 { try openFile() }
        buffer.sort()
        let start = runs.last?.upperBound ?? 0
        let failure = buffer.withUnsafeBytes { Descriptor.writeAll($0, to: descriptor) }
        guard failure == 0 else {
            throw .unwritable(file: path, reason: "cannot write the digest's copy check: \(systemReason(failure))")
        }
        runs.append(start..<(start + buffer.count))
        buffer.removeAll(keepingCapacity: true)
    }

    /// Makes the file in the temporary folder and unlinks it.
    private func openFile() throws(TextError) {
        let (made, path, failure) = Descriptor.makeTemporaryFile(prefix: "copies")
        self.path = path
        guard made >= 0 else {
            throw .unwritable(file: path, reason: "cannot make the digest's copy check: \(systemReason(failure))")
        }
        unlink(path)
        descriptor = made
    }

    /// One run's entries, read a few hundred at a time.
    private struct RunReader {
        var next: Int
        let end: Int
        var loaded: [Entry] = []
        var position = 0

        init(run: Range<Int>) {
            next = run.lowerBound
            end = run.upperBound
        }

        mutating func next(from descriptor: Int32, path: String) throws(TextError) -> Entry? {
            if position == loaded.count {
                guard next < end else { return nil }
                let wanted = min(CopyFinder.readLength, end - next)
                loaded = [Entry](repeating: Entry(low: 0, high: 0, ordinal: 0), count: wanted)
                let size = MemoryLayout<Entry>.stride
                let offset = next * size
                let got = loaded.withUnsafeMutableBytes { bytes -> Int in
                    var done = 0
                    while done < bytes.count {
                        let read = pread(
                            descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
                        if read < 0, errno == EINTR { continue }
                        guard read > 0 else { return read < 0 ? -1 : done }
                        done += read
                    }
                    return done
                }
                guard got == wanted * size else {
                    let reason = got < 0 ? systemReason(errno) : "the file ended early"
                    throw .unreadable(file: path, reason: "cannot read the digest's copy check back: \(reason)")
                }
                next += wanted
                position = 0
            }
            position += 1
            return loaded[position - 1]
        }
    }
}

/// The system's description of `code`.
private func systemReason(_ code: Int32) -> String { String(cString: strerror(code)) }
