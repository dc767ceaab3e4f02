import Foundation

/// The checks every input goes through before a reader touches it: present, a regular file
/// (links followed), readable, not empty. Returns the file's bytes, read once and copied into
/// memory: a mapped file that another program truncates would crash the reader.
enum FileProbe {
    static func read(_ url: URL) throws(ExtractionError) -> Data {
        var status = stat()
        guard stat(url.path, &status) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR {
                throw isDanglingLink(url) ? .unreadable("a link to a file that is gone") : .missing
            }
            throw .unreadable(String(cString: strerror(code)))
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: throw .isDirectory
        case S_IFREG: break
        // A pipe or device would block or never end: only regular files are read.
        default: throw .notRegularFile
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(readFailureReason(error, url: url))
        }
        if data.isEmpty { throw .empty }
        return data
    }

    private static func isDanglingLink(_ url: URL) -> Bool {
        var status = stat()
        return lstat(url.path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }

    private static func readFailureReason(_ error: Error, url: URL) -> String {
        if !FileManager.default.fileExists(atPath: url.path) { return "the file disappeared while it was read" }
        if !FileManager.default.isReadableFile(atPath: url.path) { return "permission denied" }
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain, let code = Int32(exactly: underlying.code) {
            return String(cString: strerror(code))
        }
        return (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }

    /// What a file that is not a PDF seems to hold, from its first bytes.
    static func sniff(_ data: Data) -> String {
        let head = data.prefix(512)
        let bytes = [UInt8](head)
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "a ZIP archive (an Office document?)" }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "an old Microsoft Office document" }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "a PNG image" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "a JPEG image" }
        if bytes.starts(with: [0x1F, 0x8B]) { return "gzip data" }
        let text = String(decoding: head, as: UTF8.self).lowercased()
        if text.contains("<html") || text.contains("<!doctype html") { return "HTML" }
        if text.hasPrefix("<?xml") { return "XML" }
        if TextDecoding.looksBinary(head) { return "binary data" }
        return "text"
    }
}
