import DragomanTestSupport
import DragomanText
import Foundation
import Testing

/// The general cleanup keeps every mark the seeds, EASC dev and TICO-19 had, and adds a mark there only where a
/// person read the line and found furniture: the marks must be exactly those listed in
/// `Fixtures/cleanup/corpus-marks.tsv` (a mark lost, changed or added fails, naming it).
@Suite struct CleanupCorpusTests {
    struct Mark: Hashable, CustomStringConvertible {
        let file: String
        let start: Int
        let end: Int
        let reason: String
        var description: String { "\(file) \(start)..<\(end) [\(reason)]" }
    }

    /// The listed marks of `corpus`.
    static func listed(_ corpus: String) throws -> Set<Mark> {
        let text = try String(contentsOfFile: Paths.fixture("cleanup/corpus-marks.tsv"), encoding: .utf8)
        var marks = Set<Mark>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("corpus\t") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            try #require(fields.count == 6, "\(line)")
            guard fields[0] == corpus else { continue }
            marks.insert(Mark(file: fields[1], start: Int(fields[2])!, end: Int(fields[3])!, reason: fields[4]))
        }
        return marks
    }

    /// The marks the cleanup makes on `paths` processed as one batch, files named relative to `root`.
    static func marks(_ paths: [String], root: URL) throws -> Set<Mark> {
        var marks = Set<Mark>()
        for document in try TextPipeline().process(paths: paths) {
            let file = String(document.source.name.dropFirst(root.path.count + 1))
            for segment in document.segments {
                guard let reason = segment.boilerplate else { continue }
                marks.insert(
                    Mark(
                        file: file, start: segment.range.lowerBound, end: segment.range.upperBound,
                        reason: reason.description))
            }
        }
        return marks
    }

    static func expectSame(_ found: Set<Mark>, _ listed: Set<Mark>) {
        #expect(listed.subtracting(found).sorted { $0.description < $1.description } == [], "marks lost or changed")
        #expect(found.subtracting(listed).sorted { $0.description < $1.description } == [], "marks not reviewed")
    }

    @Test func seeds() throws {
        Self.expectSame(try Self.marks([Paths.seeds.path], root: Paths.seeds), try Self.listed("seeds"))
    }

    @Test(.enabled(if: Paths.hasEASC, "needs ../shared/easc-dev/articles (EASC dev)"))
    func eascDev() throws {
        Self.expectSame(try Self.marks([Paths.easc.path], root: Paths.easc), try Self.listed("easc-dev/articles"))
    }

    @Test(.enabled(if: Repository.hasShared("parallel/tico19/ar.txt"), "needs ../shared/parallel/tico19 (TICO-19)"))
    func tico19() throws {
        let root = Repository.shared("parallel/tico19")
        var found = Set<Mark>()
        for name in ["ar.txt", "en.txt"] {
            found.formUnion(try Self.marks([root.appendingPathComponent(name).path], root: root))
        }
        Self.expectSame(found, try Self.listed("parallel/tico19"))
    }
}
