import DragomanText

/// `match` forms → (surface id, stem id): the summarizer's lookup for every token, keyed by UTF-8 bytes so that it
/// makes no `String` and hashes no `Character`.
///
/// A `ByteTable` numbers the forms; the ids are kept by the form's number. It used to be a table of its own, a twin
/// of `ByteTable` written so that its lookup would be inlined; once `ByteTable` held 8-byte slots, the summaries took
/// the same time with it (the lookup is a call into `DragomanText`).
struct TermCache {
    private var forms = ByteTable()
    private var values: [(surface: Int32, stem: Int32)] = []

    /// Number of keys.
    var count: Int { values.count }

    /// The ids of `key`, if it was inserted.
    @inline(__always)
    func value(of key: UnsafeBufferPointer<UInt8>) -> (surface: Int32, stem: Int32)? {
        forms.id(of: key).map { values[Int($0)] }
    }

    /// Inserts `key`, which must not be present yet.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ value: (surface: Int32, stem: Int32)) {
        let (id, isNew) = forms.insert(key)
        precondition(isNew && Int(id) == values.count, "a term cache's key was inserted twice")
        values.append(value)
    }
}
