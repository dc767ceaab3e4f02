import Foundation

/// The advisory lock (`flock`) on `<path>.lock` that makes creating and migrating a knowledge
/// base one exclusive step: a writer holds it from checking the file to the end of migrating
/// it; a reader that finds the file absent or not yet migrated waits for it once, so that it
/// sees what the writer made rather than failing in the middle of it. SQLite's own locks
/// cannot do this: before the file exists there is nothing to lock, and the check and the
/// migration are two transactions. The lock file is left in place: removing it would let a
/// waiting process lock a file no longer at that path.
struct CreationLock {
    private let descriptor: Int32

    static func path(for database: String) -> String { database + ".lock" }

    /// Takes the lock exclusively, waiting for any other holder. A lock file that cannot be
    /// made means a folder nothing can be written in.
    static func exclusive(for database: String) throws(KnowledgeBaseError) -> CreationLock {
        let descriptor = open(path(for: database), O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw .readOnly(path: database, reason: "cannot create \(path(for: database)): \(String(cString: strerror(errno)))")
        }
        lock(descriptor, LOCK_EX)
        return CreationLock(descriptor: descriptor)
    }

    /// Waits until no writer holds the lock. False when there is no lock file: no writer
    /// has ever opened this path, so there is nothing to wait for.
    static func waitForWriters(of database: String) -> Bool {
        let descriptor = open(path(for: database), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        lock(descriptor, LOCK_SH)
        close(descriptor)
        return true
    }

    func release() {
        // Closing the descriptor releases the lock.
        close(descriptor)
    }

    private static func lock(_ descriptor: Int32, _ operation: Int32) {
        while flock(descriptor, operation) != 0 && errno == EINTR {}
    }
}
