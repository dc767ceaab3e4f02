/// The conditions the filters of search and of recommendation listings put on a row: on its
/// document (`d`) by council or body, and on a recommendation by addressee.
enum Filters {
    /// Council abbreviations as researchers type them.
    static let councilAbbreviations = [
        "ar": "Algemene Raad", "rso": "Raad Secundair Onderwijs", "rho": "Raad Hoger Onderwijs", "rbo": "Raad Basisonderwijs",
        "rlll": "Raad Levenslang en Levensbreed Leren", "vlor": "Vlaamse Onderwijsraad",
    ]

    static func council(_ council: String) -> (sql: String, arguments: [String]) {
        let pattern = "%\(councilAbbreviations[council.lowercased()] ?? council)%"
        return ("(d.council LIKE ? OR d.organisation LIKE ?)", [pattern, pattern])
    }

    /// On the recommendation row `table`.
    static func addressee(_ addressee: String, of table: String) -> (sql: String, arguments: [String]) {
        ("(\(table).addressee LIKE ? OR \(table).addressee_text LIKE ?)", ["%\(addressee)%", "%\(addressee)%"])
    }
}
