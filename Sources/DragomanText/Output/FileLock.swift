import Foundation

/// An exclusive advisory lock (`flock`) on a lock file, so that processes editing the same file take turns.
///
/// The lock file stays where it is after use (deleting it would let a waiter lock a file that a newcomer no longer
/// sees); its content is never read. The lock goes with the open file: it is released by `unlock()`, or by the system
/// when the process ends, even by `kill -9`, so a crashed writer never blocks the next one.
package final class FileLock {
    /// Why the lock was not taken.
    package enum Failure: Error, Equatable {
        /// Another process held the lock for the whole `seconds`.
        case timedOut(lock: String, seconds: Double)
        /// The lock file could not be opened or locked; `reason` is the system's.
        case unavailable(lock: String, reason: String)
    }

    /// The lock file.
    package let path: String
    private var descriptor: Int32

    /// Waits until the lock on `path` (created if needed) is free, for at most `timeout` seconds, and takes it.
    package init(path: String, timeout: Double) throws(Failure) {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .unavailable(lock: path, reason: String(cString: strerror(errno))) }
        let deadline = Date().addingTimeInterval(timeout)
        var pause: UInt32 = 2_000
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let failure = errno
            guard failure == EWOULDBLOCK || failure == EINTR else {
                close(descriptor)
                throw .unavailable(lock: path, reason: String(cString: strerror(failure)))
            }
            guard Date() < deadline else {
                close(descriptor)
                throw .timedOut(lock: path, seconds: timeout)
            }
            // Polls with a growing pause (2 ms to 50 ms): flock has no timeout of its own.
            usleep(pause)
            pause = min(pause * 2, 50_000)
        }
        self.path = path
        self.descriptor = descriptor
    }

    /// Releases the lock (also done when the lock is deallocated).
    package func unlock() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { unlock() }

    /// The lock file that guards `target`: `.NAME.lock` beside it (relative when `target` is).
    package static func path(guarding target: String) -> String {
        let path = target as NSString
        return (path.deletingLastPathComponent as NSString).appendingPathComponent(".\(path.lastPathComponent).lock")
    }
}
