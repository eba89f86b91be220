/// "1 article", "5 articles", "0 articles": a count with its noun in English singular or plural, for every message
/// and report line that counts something.
///
/// `plural` defaults to the noun with an "s" (give it for "entry" → "entries").
package func counted(_ count: Int, _ singular: String, plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
