#if canImport(Glibc)
    import Glibc
#endif

/// Plain system calls on an open file descriptor, shared by the writers that bypass Foundation.
package enum Descriptor {
    /// Writes all of `bytes` to `descriptor`, retrying short and interrupted writes; returns 0, or the `errno` of the
    /// write that failed (`EIO` for a write that makes no progress without an error, which would otherwise loop
    /// forever).
    package static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
        guard let base = bytes.baseAddress else { return 0 }
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, base + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            if written <= 0 { return written < 0 && errno != 0 ? errno : EIO }
            offset += written
        }
        return 0
    }
}
