import Crypto
import Foundation

/// The SHA-256 of a file's bytes, in hex: a changed file is read again, an unchanged one is not.
public enum ContentHash {
    public static func hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
