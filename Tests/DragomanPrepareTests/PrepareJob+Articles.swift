import DragomanPrepare

extension PrepareJob {
    /// Runs the job and gives its report with the articles' results that `onArticle` reported, in their order.
    func runCollectingArticles(progress: (String) -> Void = { _ in }) async throws -> (
        report: PrepareReport, articles: [PrepareReport.Article]
    ) {
        final class Box { var articles: [PrepareReport.Article] = [] }
        let box = Box()
        onArticle = { box.articles.append($0) }
        let report = try await run(progress: progress)
        return (report, box.articles)
    }
}
