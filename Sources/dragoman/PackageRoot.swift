import ArgumentParser
import Foundation

/// The shipped data `dragoman` reads by default, by paths relative to the package root.
enum PackageRoot {
    /// The shipped glossary.
    static let glossary = "Glossaries/ar-en.tsv"
    /// The sample articles.
    static let seeds = "seeds"

    /// The message for a default path that does not exist where `dragoman` runs (it was started elsewhere than the
    /// package root), or nil when the path exists or was given by the user.
    static func missing(_ path: String, isDefault: Bool, option: String) -> String? {
        guard isDefault, !FileManager.default.fileExists(atPath: path) else { return nil }
        return "\(path) not found here: run dragoman from the package root (where seeds/ and Glossaries/ are), "
            + "or give \(option)"
    }

    /// Throws a usage error for a missing default path (see `missing`).
    static func check(_ path: String, isDefault: Bool, option: String) throws {
        if let message = missing(path, isDefault: isDefault, option: option) { throw ValidationError(message) }
    }
}
