// dragoman-bench: release-mode throughput and memory figures for the README.
//
//   swift run -c release dragoman-bench text [--megabytes 50]
//   swift run -c release dragoman-bench glossary [--megabytes 50] [--entries 100000]
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "text":
    try TextBenchmark.run(arguments: Array(arguments.dropFirst()))
case "glossary":
    try GlossaryBenchmark.run(arguments: Array(arguments.dropFirst()))
default:
    print("usage: dragoman-bench text [--megabytes N] | glossary [--megabytes N] [--entries N]")
}
