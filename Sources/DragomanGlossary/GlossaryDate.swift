import Foundation

/// Dates of the glossary's `updated` column.
package enum GlossaryDate {
    /// Today's date in UTC, YYYY-MM-DD: the `updated` value of added and changed entries and of candidate terms.
    package static func today() -> String {
        ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: .withFullDate)
    }
}
