/// What the bytes of a text that is not valid UTF-8 say about its encoding. In UTF-8 a byte
/// of 0x80 and above belongs to a multibyte sequence; in Windows-1252 or Latin-1 text such
/// bytes (é = E9, ’ = 92) are followed by ASCII and almost never form one by chance. So a
/// text whose valid multibyte sequences are at least as many as its invalid ones is UTF-8
/// with a few stray bytes (a pasted quote, a damaged download), and reading all of it as
/// Windows-1252 would turn every diacritic into mojibake.
struct UTF8Evidence {
    /// Well-formed sequences of two to four bytes (the letters and signs beyond ASCII).
    private(set) var multibyte = 0
    /// Maximal ill-formed subsequences, each of which decoding replaces by one U+FFFD.
    private(set) var invalidSequences = 0
    /// The bytes in them.
    private(set) var invalidBytes = 0

    init(_ bytes: [UInt8]) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): if encoded.count > 1 { multibyte += 1 }
            case .error(let length):
                invalidSequences += 1
                invalidBytes += length
            case .emptyInput: return
            }
        }
    }

    var isUTF8: Bool { multibyte > 0 && multibyte >= invalidSequences }
}
