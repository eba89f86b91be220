import DragomanSummarizer
import DragomanText
import Foundation

/// Helpers shared by the summarizer tests.
enum Support {
    /// Segments and cleans texts as one batch, as the CLI does.
    static func documents(_ texts: [(name: String, text: String)], language: String? = nil) throws -> [Document] {
        try TextPipeline().process(texts.map { SourceText(name: $0.name, text: $0.text) }, language: language)
    }

    static func document(_ text: String, name: String = "test.txt", language: String? = nil) throws -> Document {
        try documents([(name, text)], language: language)[0]
    }

    /// The package root, for the seeds.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func seeds() throws -> [Document] {
        try TextPipeline().process(paths: [packageRoot.appendingPathComponent("seeds").path])
    }

    static func fixture(_ path: String) -> String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(path).path
    }

    /// A budget article: an off-topic opening, four sentences of one story (the first of them shares words with each
    /// of the others), and an off-topic close.
    static let budget = """
        كان الطقس جميلا في الصباح والسماء صافية فوق المدينة. \
        وافقت الحكومة على ميزانية التعليم بعد نقاش في البرلمان مع المعارضة والمعلمين. \
        وقال وزير المالية إن ميزانية التعليم تزيد رواتب المعلمين وتبني مدارس. \
        وانتقدت المعارضة في البرلمان تأخر ميزانية التعليم أسابيع طويلة. \
        وسيعقد البرلمان جلسة خاصة حول رواتب المعلمين الشهر المقبل. \
        ولعب فريق كرة القدم مباراة ودية مساء أمس أمام جمهور كبير.

        """
}
