import CStemmer
import Foundation

/// The Snowball Dutch stemmer (libstemmer). One instance is not safe to share between
/// threads, so each thread gets its own (`DutchStemmer.current`).
public final class DutchStemmer {
    private let handle: OpaquePointer

    public init() {
        guard let stemmer = sb_stemmer_new("dutch", "UTF_8") else {
            fatalError("libstemmer has no Dutch stemmer")
        }
        handle = stemmer
    }

    deinit {
        sb_stemmer_delete(handle)
    }

    /// The stem of one lower-case word.
    public func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard !bytes.isEmpty else { return word }
        let length = bytes.count
        return bytes.withUnsafeMutableBufferPointer { buffer -> String in
            guard let result = sb_stemmer_stem(handle, buffer.baseAddress, Int32(length)) else { return word }
            let count = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: result, count: count), as: UTF8.self)
        }
    }

    /// A POSIX thread-specific slot: looked up once per token while indexing, where
    /// `Thread.current.threadDictionary` (a bridged dictionary lookup) cost more than stemming.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        let created = pthread_key_create(&key) { pointer in
            if let pointer { Unmanaged<DutchStemmer>.fromOpaque(pointer).release() }
        }
        precondition(created == 0, "no thread-specific slot for the stemmer")
        return key
    }()

    /// This thread's stemmer.
    public static var current: DutchStemmer {
        if let pointer = pthread_getspecific(key) { return Unmanaged<DutchStemmer>.fromOpaque(pointer).takeUnretainedValue() }
        let stemmer = DutchStemmer()
        pthread_setspecific(key, Unmanaged.passRetained(stemmer).toOpaque())
        return stemmer
    }
}
