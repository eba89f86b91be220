import Foundation

extension Descriptor {
    /// Makes a new, empty file `dragoman-PREFIX-XXXXXX` in the system's temporary folder, open for reading and
    /// writing (`mkstemp`), for the working files a run keeps out of memory. Returns its descriptor (-1 when it
    /// could not be made), its path (the name tried, on failure) and 0 or the `errno` of the failure. The caller
    /// closes the file, and unlinks it when done.
    package static func makeTemporaryFile(prefix: String) -> (descriptor: Int32, path: String, failure: Int32) {
        var template = Array(
            FileManager.default.temporaryDirectory.appendingPathComponent("dragoman-\(prefix)-XXXXXX").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        let failure = descriptor < 0 ? errno : 0
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        return (descriptor, path, failure)
    }
}
