import Foundation

/// Programs outside the package that some tests drive (`xmllint`, `omegat`, `pocount`, `chromium`).
///
/// CI installs them all; on a machine without one, the tests that need it are disabled with a reason
/// (`.enabled(if: ExternalTool.isInstalled("xmllint"), "…")`).
public enum ExternalTool {
    /// The absolute path of `name` found on `PATH`, or nil.
    public static func path(_ name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for directory in directories {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Whether `name` is on `PATH`.
    public static func isInstalled(_ name: String) -> Bool { path(name) != nil }
}
