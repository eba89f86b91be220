// dragoman-bench: release-mode throughput and memory figures for the README.
//
//   swift run -c release dragoman-bench text [--megabytes 50]
//   swift run -c release dragoman-bench scaling
//   swift run -c release dragoman-bench cleanup [--verbose]
//   swift run -c release dragoman-bench summarize [--megabytes 50]
//   swift run -c release dragoman-bench easc [--corpus ../shared/easc-dev] [--tune]
//   swift run -c release dragoman-bench glossary-maintenance [--entries 100000] [--import 10000]
//   swift run -c release dragoman-bench glossary [--megabytes 50] [--entries 100000]
//   swift run -c release dragoman-bench xliff-read [--megabytes 50]
//   swift run -c release dragoman-bench xliff-write [--megabytes 50] [--xliff 1.2] [--rounds 3]
//   swift run -c release dragoman-bench align [--pairs 3071] [--corpus ../shared/parallel/tico19]
//   swift run -c release dragoman-bench candidates [--labels FILE] [--corpus ../shared/easc-dev] [--list]
//   swift run -c release dragoman-bench candidate-counts [--corpus ../shared/easc-dev] [--copies 1] [--parts 3]
//   swift build -c release && taskset -c 0 .build/release/dragoman-bench prepare [--copies 12] [--rounds 3]
//   swift build -c release && taskset -c 0 .build/release/dragoman-bench prepare-scaling --megabytes 10
//   swift run -c release dragoman-bench digest [--corpus ../shared/easc-dev] [--copies 12] [--parts 4] [--rounds 3]
//   swift run -c release dragoman-bench prepare-jobs [--megabytes 5] [--corpus ../shared/easc-dev] [--jobs 2] [--rounds 2]
//   dragoman-bench peer-normalize FILE SAMPLE | peer-summarize ALGORITHM SENTENCES FILE...   (for Benchmarks/peers)
//
// A benchmark that cannot run (missing data, bad option) prints "dragoman-bench: message" on standard error and
// exits with status 1; a missing or unknown benchmark name prints the usage and exits with status 64.
import Foundation

let usage =
    "usage: dragoman-bench text|cleanup|scaling|summarize|easc|glossary|glossary-maintenance|xliff-read|xliff-write|align|candidates|candidate-counts|digest|prepare|prepare-scaling|prepare-jobs|peer-normalize|peer-summarize [options]"
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "text":
        try TextBenchmark.run(arguments: Array(arguments.dropFirst()))
    case "cleanup":
        try CleanupBenchmark.run(arguments: Array(arguments.dropFirst()))
    case "scaling":
        try ScalingBenchmark.run(arguments: Array(arguments.dropFirst()))
    case "glossary-maintenance":
        try GlossaryMaintenanceBenchmark.run(arguments: Array(arguments.dropFirst()))
    case "summarize", "easc":
        try SummarizerBenchmark.run(arguments: arguments)
    case "glossary":
        try GlossaryBenchmark.run(arguments: Array(arguments.dropFirst()))
    case "xliff-read":
        try XLIFFBenchmark.run(arguments: Array(arguments.dropFirst()))
    case "xliff-write":
        try XLIFFWritingBenchmark.run(arguments: Array(arguments.dropFirst()))
    case "align":
        try AlignBenchmark.run(arguments: Array(arguments.dropFirst()))
    case "candidates":
        try CandidateBenchmark.run(arguments: Array(arguments.dropFirst()))
    case "digest":
        try DigestBenchmark.run(arguments: Array(arguments.dropFirst()))
    case "candidate-counts":
        try CandidateCountsBenchmark.run(arguments: Array(arguments.dropFirst()))
    case "prepare":
        try PrepareBenchmark.run(arguments: Array(arguments.dropFirst()))
    case "prepare-scaling":
        try PrepareBenchmark.scaling(arguments: Array(arguments.dropFirst()))
    case "prepare-jobs":
        try PrepareJobsBenchmark.run(arguments: Array(arguments.dropFirst()))
    case "peer-normalize":
        try PeerCallBenchmark.normalize(arguments: Array(arguments.dropFirst()))
    case "peer-summarize":
        try PeerCallBenchmark.summarize(arguments: Array(arguments.dropFirst()))
    default:
        FileHandle.standardError.write(Data((usage + "\n").utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("dragoman-bench: \(error)\n".utf8))
    exit(1)
}
