// dragoman-bench: release-mode throughput and memory figures for the README.
//
//   swift run -c release dragoman-bench text [--megabytes 50]
//   swift run -c release dragoman-bench summarize [--megabytes 50]
//   swift run -c release dragoman-bench easc [--corpus ../shared/easc-dev] [--tune]
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "text":
    try TextBenchmark.run(arguments: Array(arguments.dropFirst()))
case "summarize", "easc":
    try SummarizerBenchmark.run(arguments: arguments)
default:
    print("usage: dragoman-bench text [--megabytes N]")
}
