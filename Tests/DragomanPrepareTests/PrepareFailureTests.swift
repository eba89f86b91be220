import DragomanPrepare
import DragomanTestSupport
import DragomanText
import Foundation
import Testing

/// The failure rules: a run that cannot complete its outputs leaves the output folder exactly as it was; a bad input
/// file is reported and the others are written.
@Suite struct PrepareFailureTests {
    static let glossary = Repository.root.appendingPathComponent("Glossaries/ar-en.tsv").path

    static let articles = [
        "قال الحلف إن الاجتماع انتهى في بروكسل.\n\nوأكد الناتو دعم العراق، وقال مسؤول إن القوات ستبقى.\n",
        "أعلنت وزارة الصحة عن ٣٢ إصابة جديدة؛ هل تنتهي الأزمة؟\n\nوقال الوزير إن الوضع مستقر.\n",
        "رفع البنك المركزي سعر الفائدة 0.5 نقطة.\n\nوقال محللون إن القرار كان متوقعا.\n",
    ]

    /// A folder of three articles and an output folder from an earlier run of other articles, plus a file of the
    /// user's own in it.
    static func setUp() async throws -> (folder: TemporaryFolder, input: String, output: String) {
        let folder = try TemporaryFolder(prefix: "dragoman-failure")
        for (index, text) in articles.enumerated() { try folder.write(text, to: "in/a\(index).txt") }
        let output = folder.path("out")
        let earlier = try TemporaryFolder(prefix: "dragoman-earlier")
        defer { earlier.remove() }
        try earlier.write(articles[0], to: "a0.txt")
        try earlier.write("مقال آخر عن الطقس.\n", to: "old.txt")
        _ = try await job([earlier.url.path], output).run()
        try folder.write("notes of my own\n", to: "out/notes.txt")
        return (folder, folder.path("in"), output)
    }

    static func job(_ inputs: [String], _ output: String) -> PrepareJob {
        PrepareJob(options: PrepareOptions(inputs: inputs, output: output, glossary: glossary))
    }

    /// Every entry under `folder` (relative path → bytes, "/" for a folder), and the names beside it.
    static func snapshot(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        let manager = FileManager.default
        // Beside it: stages, or the folder itself.
        let name = (folder as NSString).lastPathComponent
        for entry in (try? manager.contentsOfDirectory(atPath: (folder as NSString).deletingLastPathComponent)) ?? []
        where entry == name || entry.hasPrefix(".\(name).") {
            result["../" + entry] = Data()
        }
        for relative in (try? manager.subpathsOfDirectory(atPath: folder)) ?? [] {
            let path = (folder as NSString).appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            _ = manager.fileExists(atPath: path, isDirectory: &isFolder)
            result[relative] = isFolder.boolValue ? Data("/".utf8) : (try? Data(contentsOf: URL(fileURLWithPath: path)))
        }
        return result
    }

    static let injected = PrepareError.text(.icu("injected failure"))

    @Test func aFailureAtAnyStageLeavesTheOutputAsItWas() async throws {
        let (folder, input, output) = try await Self.setUp()
        defer { folder.remove() }
        let before = Self.snapshot(output)
        // How many renames the commit makes, to fail at each of them.
        let counter = Self.job([input], folder.path("count"))
        var renames = 0
        let copy = folder.path("count")
        try FileManager.default.copyItem(atPath: output, toPath: copy)
        counter.stageHook = { stage in if case .commit(let n) = stage { renames = max(renames, n + 1) } }
        _ = try await counter.run()
        #expect(renames > 10, "\(renames)")
        var stages: [PrepareStage] = [
            .read, .matcher, .terms, .candidates, .summaries, .package, .articleFiles(0), .articleFiles(2),
            .batchFiles, .report,
        ]
        stages += (0..<renames).map { PrepareStage.commit($0) }
        for failing in stages {
            let job = Self.job([input], output)
            job.stageHook = { stage throws(PrepareError) in if stage == failing { throw Self.injected } }
            // A failed rename is reported as the file that could not be written, with the reason.
            let error = await #expect(throws: PrepareError.self, "\(failing)") { try await job.run() }
            #expect(error?.description.contains("injected failure") == true, "\(failing)")
            #expect(Self.snapshot(output) == before, "\(failing)")
        }
        // With several jobs, a failure in one task fails the run the same way.
        for failing in [PrepareStage.read, .terms, .articleFiles(1), .commit(3)] {
            var options = PrepareOptions(inputs: [input], output: output, glossary: Self.glossary)
            options.jobs = 3
            let job = PrepareJob(options: options)
            job.stageHook = { stage throws(PrepareError) in if stage == failing { throw Self.injected } }
            let error = await #expect(throws: PrepareError.self, "\(failing)") { try await job.run() }
            #expect(error?.description.contains("injected failure") == true, "\(failing)")
            #expect(Self.snapshot(output) == before, "\(failing)")
        }
        // Without a failure, the run writes the new articles and leaves the user's file and the old article alone.
        _ = try await Self.job([input], output).run()
        let after = Self.snapshot(output)
        #expect(after["notes.txt"] == Data("notes of my own\n".utf8))
        #expect(after["old/text.txt"] != nil)
        #expect(after["a2/text.txt"] != nil)
        #expect(after.keys.filter { $0.hasPrefix("../") } == before.keys.filter { $0.hasPrefix("../") })
        // The package is replaced as a whole: the old article's XLIFF is gone from it.
        #expect(after["package/old.ar-en.xlf"] == nil)
        #expect(before["package/old.ar-en.xlf"] != nil)
    }

    @Test func aFailedFirstRunCreatesNoOutputFolder() async throws {
        let folder = try TemporaryFolder(prefix: "dragoman-failure")
        defer { folder.remove() }
        let input = try folder.write(Self.articles[0], to: "in/a.txt")
        for failing in [PrepareStage.report, .commit(0)] {
            let job = Self.job([input], folder.path("new/deeper/out"))
            job.stageHook = { stage throws(PrepareError) in if stage == failing { throw Self.injected } }
            let error = await #expect(throws: PrepareError.self) { try await job.run() }
            #expect(error?.description.contains("injected failure") == true)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["in"])
        }
    }

    @Test func aFileWhereAnArticleFolderGoesFailsTheRunBeforeAnythingMoves() async throws {
        let (folder, input, output) = try await Self.setUp()
        defer { folder.remove() }
        try folder.write("not a folder\n", to: "out/a1")
        let before = Self.snapshot(output)
        let outputFolder = URL(fileURLWithPath: output).standardizedFileURL.path
        await #expect(
            throws: PrepareError.text(
                .unwritable(
                    file: outputFolder + "/a1", reason: "a file is where this run writes a folder; move it away"))
        ) { try await Self.job([input], output).run() }
        #expect(Self.snapshot(output) == before)
    }

    @Test func anOutputUnderAFileFailsWithNothingWritten() async throws {
        let folder = try TemporaryFolder(prefix: "dragoman-failure")
        defer { folder.remove() }
        let input = try folder.write(Self.articles[0], to: "a.txt")
        await #expect(throws: PrepareError.self) { try await Self.job([input], folder.path("a.txt/out")).run() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["a.txt"])
    }

    @Test func staleStagesOfKilledRunsAreRemovedAndLiveOnesKept() async throws {
        let (folder, input, output) = try await Self.setUp()
        defer { folder.remove() }
        let stale = folder.path(".out.\(UUID().uuidString).staging")
        let live = folder.path(".out.\(UUID().uuidString).staging")
        let other = folder.path(".out.not-a-uuid.staging")
        for path in [stale, live, other] {
            try FileManager.default.createDirectory(atPath: path + "/a0", withIntermediateDirectories: true)
        }
        let descriptor = open(live, O_RDONLY | O_DIRECTORY)
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        defer { close(descriptor) }
        _ = try await Self.job([input], output).run()
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: live))
        #expect(FileManager.default.fileExists(atPath: other))
    }

    @Test func badInputFilesAreReportedAndTheOthersWritten() async throws {
        let folder = try TemporaryFolder(prefix: "dragoman-failure")
        defer { folder.remove() }
        try folder.write(Self.articles[0], to: "in/good.txt")
        try Data([0x41, 0x00, 0x42]).write(to: folder.url.appendingPathComponent("in/binary.txt"))
        try Data([0xD9, 0x82, 0xFF, 0x0A]).write(to: folder.url.appendingPathComponent("in/broken.txt"))
        #expect(mkfifo(folder.path("in/pipe.txt"), 0o644) == 0)
        let input = folder.path("in")
        let (report, articles) = try await Self.job([input], folder.path("out")).runCollectingArticles()
        #expect(report.articleCount == 1)
        #expect(articles.map(\.source) == [input + "/good.txt"])
        #expect(
            report.skipped == [
                .notRegularFile(file: input + "/pipe.txt", kind: "a FIFO (named pipe)"),
                .binary(file: input + "/binary.txt", offset: 1),
                .invalidBytes(file: input + "/broken.txt", offset: 2, encoding: "UTF-8", bytes: [0xFF]),
            ])
        #expect(FileManager.default.fileExists(atPath: folder.path("out/good/text.txt")))
        #expect(!FileManager.default.fileExists(atPath: folder.path("out/binary")))
    }

    @Test func nothingReadableFailsTheRun() async throws {
        let folder = try TemporaryFolder(prefix: "dragoman-failure")
        defer { folder.remove() }
        let binary = folder.path("binary.txt")
        try Data([0x41, 0x00]).write(to: URL(fileURLWithPath: binary))
        await #expect(throws: PrepareError.nothingRead([.binary(file: binary, offset: 1)])) {
            try await Self.job([binary], folder.path("out")).run()
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
    }

    @Test func anArticleNamedLikeABatchFileGetsAnotherFolder() async throws {
        let folder = try TemporaryFolder(prefix: "dragoman-failure")
        defer { folder.remove() }
        for name in ["digest.md", "report.html", "package", "terms.tsv", "candidates.tsv"] {
            try folder.write(Self.articles[1], to: "in/\(name).txt")
        }
        let articles = try await Self.job([folder.path("in")], folder.path("out")).runCollectingArticles().articles
        #expect(
            articles.map { ($0.folder as NSString).lastPathComponent }.sorted() == [
                "candidates.tsv-2", "digest.md-2", "package-2", "report.html-2", "terms.tsv-2",
            ])
        let digest = try String(contentsOfFile: folder.path("out/digest.md"), encoding: .utf8)
        #expect(!digest.isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder.path("out/digest.md-2/summary.md")))
        #expect(FileManager.default.fileExists(atPath: folder.path("out/package/package.json")))
    }

    @Test func anOutputOverlappingAnInputIsRefused() async throws {
        let folder = try TemporaryFolder(prefix: "dragoman-failure")
        defer { folder.remove() }
        let input = folder.path("in")
        let article = try folder.write(Self.articles[0], to: "in/a.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path("link"), withDestinationPath: input)
        let cases: [(inputs: [String], output: String, input: String)] = [
            ([input], input, input),
            ([input], input + "/out", input),
            ([article], folder.path("in"), article),
            ([input], folder.path("link/out"), input),
            ([folder.path("link")], input + "/deeper/out", folder.path("link")),
            ([article], folder.url.path, article),
        ]
        for (inputs, output, culprit) in cases {
            let before = Self.snapshot(folder.url.path)
            await #expect(throws: PrepareError.outputOverlapsInput(output: output, input: culprit), "\(output)") {
                try await Self.job(inputs, output).run()
            }
            #expect(Self.snapshot(folder.url.path) == before)
        }
        #expect(
            PrepareError.outputOverlapsInput(output: "in/out", input: "in").description
                == "in/out: the output folder overlaps the input in (one is, or lies inside, the other); a run would "
                + "read its own output or overwrite its input: give --output a folder outside the inputs")
        // Beside the input is fine.
        _ = try await Self.job([input], folder.path("out")).run()
    }
}
