// dragoman-bench: release-mode throughput and memory figures for the README.
//
//   swift run -c release dragoman-bench text [--megabytes 50]
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "text":
    try TextBenchmark.run(arguments: Array(arguments.dropFirst()))
case "glossary-maintenance":
    try GlossaryMaintenanceBenchmark.run(arguments: Array(arguments.dropFirst()))
default:
    print("usage: dragoman-bench text [--megabytes N]")
}
