import Foundation

/// What a path holds, read from its first bytes before SQLite opens it: SQLite would make an
/// empty file a database on its first write, and opening a file in WAL mode makes its `-wal`
/// and `-shm` files.
enum FileCheck {
    enum Finding: Equatable {
        case absent
        case notAKnowledgeBase(String)
        /// An SQLite database; `walAtRest` when it is in WAL mode with no `-wal` file (no
        /// connection has it open).
        case sqlite(walAtRest: Bool)
    }

    static func inspect(_ path: String) throws(KnowledgeBaseError) -> Finding {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT { return .absent }
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .notAKnowledgeBase("a folder")
        default: return .notAKnowledgeBase("not a regular file")
        }
        if status.st_size == 0 { return .notAKnowledgeBase("an empty file") }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var header = [UInt8](repeating: 0, count: 20)
        let count = read(descriptor, &header, header.count)
        guard count == header.count, header.starts(with: Array("SQLite format 3\0".utf8)) else {
            return .notAKnowledgeBase("not an SQLite file")
        }
        // Bytes 18 and 19 are the file format's write and read versions: 2 is WAL.
        let wal = header[18] == 2 || header[19] == 2
        return .sqlite(walAtRest: wal && !FileManager.default.fileExists(atPath: path + "-wal"))
    }
}
