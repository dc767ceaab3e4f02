/// Council abbreviations as researchers type them, for the council filters of search and
/// recommendation listings.
enum CouncilNames {
    static let abbreviations = [
        "ar": "Algemene Raad", "rso": "Raad Secundair Onderwijs", "rho": "Raad Hoger Onderwijs", "rbo": "Raad Basisonderwijs",
        "rlll": "Raad Levenslang en Levensbreed Leren", "vlor": "Vlaamse Onderwijsraad",
    ]

    static func expand(_ text: String) -> String {
        abbreviations[text.lowercased()] ?? text
    }

    /// The condition on a document row `d` for a council or body filter, and its arguments.
    static func condition(_ council: String) -> (sql: String, arguments: [String]) {
        let pattern = "%\(expand(council))%"
        return ("(d.council LIKE ? OR d.organisation LIKE ?)", [pattern, pattern])
    }
}
