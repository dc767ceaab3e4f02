import AdviesText

/// The organisation a document's masthead names: the first short line at its head that is
/// the name of a house, council, ministry, authority or other public body ("Tweede Kamer der
/// Staten-Generaal", "Raad van State", "Ministerie van Financiën"), as printed.
enum Masthead {
    static func body(_ head: some Sequence<String>) -> String? {
        head.first { line in
            let words = line.split(separator: " ")
            return (1...8).contains(words.count) && !line.contains(where: { ".;:?!".contains($0) })
                && words.first?.first?.isUppercase == true && organisation.isMatch(line)
        }?.collapsed
    }

    /// The nouns that head the names of public bodies in Dutch.
    /// A head noun alone or closing a compound ("Raad", "Adviesraad", "Rekenkamer").
    private static let organisation = TextPattern(#"\b(?:Kamer|Parlement|Staten-Generaal|Raad|Regering|Ministerie|Departement|Autoriteit|College|Commissie|Inspectie|Planbureau|Agentschap|Ombudsman|Provincie|Gemeente|\p{Lu}\p{Ll}+(?:raad|kamer|bureau|commissie|autoriteit))\b"#)

    /// A firm named in a recurring footer with its legal form ("… Fortuijn N.V.").
    static func firm(_ lines: some Sequence<String>) -> String? {
        // A footer's page number may share its line, at a tab after the name.
        lines.lazy.map { pageNumberTail.replacing(in: $0, with: "") }.first { legalForm.isMatch($0) }?.collapsed
    }

    private static let pageNumberTail = TextPattern(#"\s{2,}(?:(?:pagina|blz\.)\s*)?\d{1,3}(?:\s*(?:/|van)\s*\d{1,3})?$"#)
    private static let legalForm = TextPattern(#"^\p{Lu}[^,;:]{2,80}?\s(?:N\.V\.|B\.V\.|NV|BV|vzw|VZW|advocaten|notarissen)$"#)
}
