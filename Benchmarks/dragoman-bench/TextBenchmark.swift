import DragomanText
import Foundation

enum TextBenchmark {
    static func run(arguments: [String]) throws {
        print("text benchmark: not yet measured")
    }
}
