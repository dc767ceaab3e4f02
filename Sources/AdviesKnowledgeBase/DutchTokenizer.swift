import AdviesAnalysis
import GRDB

/// The FTS5 tokenizer of the knowledge base: unicode61 splits words and folds case and
/// diacritics, then each word becomes its Dutch search term (Snowball stem plus the
/// equivalence list). FTS5 keeps the offsets of the original words, so snippets show the
/// words as written. A prefix query ("leerwerk*") is stemmed only where the stem is a prefix
/// of what was typed, and matches the plain stem, which documents index alongside a term the
/// equivalence list replaced.
final class DutchTokenizer: FTS5WrapperTokenizer {
    static let name = "dutch"
    let wrappedTokenizer: any FTS5Tokenizer

    init(db: Database, arguments: [String]) throws {
        wrappedTokenizer = try db.makeTokenizer(.unicode61(diacritics: .remove))
    }

    func accept(token: String, flags: FTS5TokenFlags, for tokenization: FTS5Tokenization,
                tokenCallback: FTS5WrapperTokenCallback) throws {
        let term = DutchAnalyzer.term(token)
        if tokenization.contains(.prefix) {
            let stem = DutchAnalyzer.stem(token)
            try tokenCallback(token.hasPrefix(stem) ? stem : token, flags)
            return
        }
        try tokenCallback(term, flags)
        // A word the equivalence list maps elsewhere stays findable by prefix under its own stem.
        if tokenization.contains(.document), case let stem = DutchAnalyzer.stem(token), stem != term {
            try tokenCallback(stem, flags.union(.colocated))
        }
    }
}
