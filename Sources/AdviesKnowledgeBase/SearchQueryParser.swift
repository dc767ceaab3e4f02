/// The query language of `advies search`: words (all must occur), "exact phrases", OR
/// between two alternatives, -word to exclude, word* for a prefix. Everything else a user
/// types is searched as text: each term is quoted before it reaches FTS5, so operators,
/// parentheses, NEAR, ^ and SQL never act as syntax.
public enum SearchQueryParser {
    enum Term: Equatable {
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

        static func quote(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }

    /// The FTS5 match expression for a user's query.
    public static func matchExpression(_ query: String) throws(KnowledgeBaseError) -> String {
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
        var expression = groups.map { group in
            group.count == 1 ? group[0].fts : "(" + group.map(\.fts).joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
        for term in excluded { expression = "(\(expression)) NOT \(term.fts)" }
        return expression
    }

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
