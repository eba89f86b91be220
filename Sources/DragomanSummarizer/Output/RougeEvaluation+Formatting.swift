import DragomanText
import Foundation

extension RougeEvaluation {
    /// A table: per measure, P, R and F (×100) with their 95% intervals; optionally every document's F values.
    public func text(perDocument: Bool = false) -> String {
        var out =
            counted(documents.count, "document") + ", "
            + counted(documents.reduce(0) { $0 + $1.references }, "reference") + "\n"
        out += "measure    " + ["P", "R", "F"].map { $0.padding(toLength: 22, withPad: " ", startingAt: 0) }.joined()
        out = String(out.reversed().drop { $0 == " " }.reversed()) + "\n"
        for row in summary {
            out += row.measure.padding(toLength: 11, withPad: " ", startingAt: 0)
            for estimate in [row.precision, row.recall, row.f] {
                out += String(
                    format: "%5.2f [%5.2f, %5.2f]  ", estimate.mean * 100, estimate.low * 100, estimate.high * 100)
            }
            out = String(out.dropLast(2)) + "\n"
        }
        if perDocument {
            out += "document\treferences\tROUGE-1 F\tROUGE-2 F\tROUGE-L F\n"
            for document in documents {
                out +=
                    "\(document.name)\t\(document.references)\t"
                    + document.scores.all.map { String(format: "%.4f", $0.score.f * 100) }.joined(separator: "\t")
                    + "\n"
            }
        }
        return String(out.dropLast())
    }

    /// The same as JSON: `summary` per measure with mean, low and high of P, R and F (fractions, not ×100).
    public func json(perDocument: Bool = false) -> String {
        func estimate(_ e: Estimate) -> JSONValue {
            .object([("mean", .double(e.mean)), ("low", .double(e.low)), ("high", .double(e.high))])
        }
        var fields: [(String, JSONValue)] = [
            ("documents", .int(documents.count)),
            (
                "summary",
                .object(
                    summary.map { row in
                        (
                            row.measure,
                            .object([
                                ("precision", estimate(row.precision)), ("recall", estimate(row.recall)),
                                ("f", estimate(row.f)),
                            ])
                        )
                    })
            ),
        ]
        if perDocument {
            fields.append(
                (
                    "perDocument",
                    .array(
                        documents.map { document in
                            .object(
                                [("name", .string(document.name)), ("references", .int(document.references))]
                                    + document.scores.all.map { measure in
                                        (
                                            measure.name,
                                            .object([
                                                ("precision", .double(measure.score.precision)),
                                                ("recall", .double(measure.score.recall)),
                                                ("f", .double(measure.score.f)),
                                            ])
                                        )
                                    })
                        })
                ))
        }
        return JSONValue.object(fields).serialized()
    }
}
