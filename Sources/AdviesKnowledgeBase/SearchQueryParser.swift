/// The query language of `advies search`: words (all must occur), "exact phrases", OR
/// between two alternatives, -word to exclude, word* for a prefix. Everything else a user
/// types is searched as text: each term is quoted before it reaches FTS5, so operators,
/// parentheses, NEAR, ^ and SQL never act as syntax.
///
/// FTS5 evaluates every term of the expression on every row it considers, so a query's cost
/// grows with its terms: 1,000 repetitions of one word took 40 s, a pasted 100 KB text over a
/// minute and 600 MB. A term that repeats one already given asks nothing more and is
/// collapsed; past `maxLength` bytes or `maxWords` distinct words the query is refused.
public enum SearchQueryParser {
    /// The longest query read (UTF-8 bytes), before repeated terms are collapsed.
    public static let maxLength = 16_384
    /// The most distinct words searched for (a phrase counts its words).
    public static let maxWords = 64

    enum Term: Hashable {
        case word(String)
        case prefix(String)
        case phrase(String)

        /// The term as a quoted FTS5 string.
        var fts: String {
            switch self {
            case .word(let w): Self.quote(w)
            case .prefix(let w): Self.quote(w) + "*"
            case .phrase(let p): Self.quote(p)
            }
        }

        /// How many words it searches for.
        var words: Int {
            switch self {
            case .word, .prefix: 1
            case .phrase(let p): p.split(separator: " ").count
            }
        }

        static func quote(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }

    /// The FTS5 match expression for a user's query.
    public static func matchExpression(_ query: String) throws(KnowledgeBaseError) -> String {
        let length = query.utf8.count
        guard length <= maxLength else { throw .badQuery("too long (\(length) bytes; at most \(maxLength))") }
        var groups: [[Term]] = []   // alternatives joined by OR; groups joined by AND
        var excluded: [Term] = []
        var pendingOr = false
        for token in try tokenize(query) {
            switch token {
            case .or:
                pendingOr = !groups.isEmpty
            case .term(let term, let negated):
                if negated {
                    excluded.append(term)
                } else if pendingOr, !groups.isEmpty {
                    groups[groups.count - 1].append(term)
                } else {
                    groups.append([term])
                }
                pendingOr = false
            }
        }
        guard !groups.isEmpty else {
            throw .badQuery(excluded.isEmpty ? "nothing to search for" : "only exclusions: add a word to search for")
        }
        groups = distinct(groups.map(distinct), as: Set.init)
        excluded = distinct(excluded)
        let words = Set(groups.joined()).union(excluded).reduce(0) { $0 + $1.words }
        guard words <= maxWords else {
            throw .badQuery("too many words (\(words) distinct; at most \(maxWords)): search for fewer")
        }
        var expression = groups.map { group in
            group.count == 1 ? group[0].fts : "(" + group.map(\.fts).joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
        for term in excluded { expression = "(\(expression)) NOT \(term.fts)" }
        return expression
    }

    /// The elements in order, each after the first with the same key left out.
    private static func distinct<T, Key: Hashable>(_ elements: [T], as key: (T) -> Key) -> [T] {
        var seen = Set<Key>()
        return elements.filter { seen.insert(key($0)).inserted }
    }

    private static func distinct<T: Hashable>(_ elements: [T]) -> [T] { distinct(elements) { $0 } }

    private enum Token {
        case or
        case term(Term, negated: Bool)
    }

    private static func tokenize(_ query: String) throws(KnowledgeBaseError) -> [Token] {
        let cleaned = String(query.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
        var tokens: [Token] = []
        var rest = Substring(cleaned)
        while let start = rest.firstIndex(where: { !$0.isWhitespace }) {
            rest = rest[start...]
            var negated = false
            if rest.first == "-", rest.dropFirst().first.map({ !$0.isWhitespace }) == true {
                negated = true
                rest = rest.dropFirst()
            }
            if rest.first == "\"" || rest.first == "“" || rest.first == "”" {
                let body = rest.dropFirst()
                guard let close = body.firstIndex(where: { $0 == "\"" || $0 == "”" || $0 == "“" }) else {
                    throw .badQuery("unclosed quote: end the phrase with \"")
                }
                let phrase = words(body[..<close]).joined(separator: " ")
                if !phrase.isEmpty { tokens.append(.term(.phrase(phrase), negated: negated)) }
                rest = body[body.index(after: close)...]
                continue
            }
            let end = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
            let raw = rest[..<end]
            rest = rest[end...]
            if raw == "OR" && !negated {
                tokens.append(.or)
                continue
            }
            let prefix = raw.hasSuffix("*")
            let text = words(raw).joined(separator: " ")
            guard !text.isEmpty else { continue }
            let term: Term = prefix && !text.contains(" ") ? .prefix(text) : (text.contains(" ") ? .phrase(text) : .word(text))
            tokens.append(.term(term, negated: negated))
        }
        return tokens
    }

    /// The letters and digits of a piece of query text, as words.
    private static func words(_ text: Substring) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }
}
