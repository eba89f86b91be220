/// The version of Dragoman, for `dragoman --version` and for the files that record which Dragoman wrote them
/// (translation package manifests).
public enum DragomanVersion {
    /// The release this code is, e.g. "0.1.0".
    public static let current = "0.1.0"
}
