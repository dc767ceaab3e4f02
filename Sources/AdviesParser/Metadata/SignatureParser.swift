import Foundation
import AdviesModel
import AdviesText

/// Reads the signature block of an advisory: names, then the roles "secretaris <council>" and
/// "voorzitter <council>". A text export may put both names on one line and both roles on
/// the next, or interleave them; names pair with roles in printed order.
enum SignatureParser {
    struct Result {
        var signatories: [Signatory]
        /// Indices of the lines the block occupies.
        var lines: [Int]
        /// The council the roles name ("Raad Secundair Onderwijs").
        var council: String?
    }

    static let roleWord = TextPattern(#"(?i)\b(?:de\s+)?(?:secretaris(?:-generaal)?|voorzitter|ondervoorzitter|administrateur-generaal|afgevaardigd bestuurder|gedelegeerd bestuurder|directeur)\b"#)
    private static let leadingRole = TextPattern(#"(?i)^(?:de\s+)?(?:secretaris(?:-generaal)?|voorzitter|ondervoorzitter|administrateur-generaal|afgevaardigd bestuurder|gedelegeerd bestuurder|directeur)\b"#)
    private static let council = TextPattern(#"(?:Algemene Raad|Raad \p{Lu}[\p{L} ]+|Vlaamse Onderwijsraad)"#)

    static func parse(_ body: Body) -> Result? {
        let roleLines = body.indices.filter { isRoleLine(body[$0].text) }
        guard let lastRole = roleLines.last else { return nil }
        // The block: the role lines near the last one, with the name lines right around them.
        let blockRoles = roleLines.filter { lastRole - $0 <= 3 }
        var first = blockRoles.first!, last = lastRole
        while first > 0, blockRoles.first! - first < 3, isNameLine(body[first - 1].text) { first -= 1 }
        while last + 1 < body.count, last - lastRole < 2, isNameLine(body[last + 1].text) { last += 1 }
        var names: [String] = []
        var roles: [String] = []
        for index in first...last {
            if blockRoles.contains(index) { roles += splitRoles(body[index].text) }
            else if isNameLine(body[index].text) { names.append(body[index].text) }
        }
        let used = Array(first...last)
        guard !roles.isEmpty, !names.isEmpty else { return nil }
        let people = splitNames(names, count: roles.count)
        let signatories = zip(people, roles).map { Signatory(name: $0, role: $1) }
        let council = roles.lazy.compactMap(councilNamed(in:)).first
        return Result(signatories: signatories, lines: used, council: council)
    }

    static func isRoleLine(_ text: String) -> Bool {
        guard text.count <= 160, let match = leadingRole.firstMatch(in: text) else { return false }
        let rest = text[match.range.upperBound...].trimming(.whitespaces)
        // "voorzitter Raad X", or two offices side by side ("voorzitter   administrateur-generaal").
        return text.count <= 160 && !text.hasSuffix(".")
            && (rest.isEmpty || rest.first!.isUppercase || leadingRole.isMatch(String(rest)))
    }

    /// "secretaris Raad X   voorzitter Raad X" -> two roles.
    static func splitRoles(_ text: String) -> [String] {
        let starts = roleWord.matches(in: text).map(\.range.lowerBound)
        return starts.indices.map { i in
            let end = i + 1 < starts.count ? starts[i + 1] : text.endIndex
            return String(text[starts[i]..<end]).collapsed
        }.filter { !$0.isEmpty }
    }

    private static let particles: Set<String> = ["de", "van", "der", "den", "ter", "ten", "vanden", "vander", "'t",
                                                 "le", "la", "du", "di", "da", "von", "op", "in", "het"]

    static func isNameLine(_ text: String) -> Bool {
        let tokens = text.split(whereSeparator: \.isSpace)
        guard (2...9).contains(tokens.count), !text.contains(where: \.isNumber),
              text.rangeOfCharacter(from: CharacterSet(charactersIn: ".,;:()?!")) == nil,
              !isRoleLine(text) else { return false }
        return tokens.allSatisfy { token in
            token.first!.isUppercase || particles.contains(token.lowercased())
        }
    }

    /// Cuts the name lines into `count` names: one per line when they match, else at wide
    /// gaps, else at the token boundary that leaves no particle dangling.
    static func splitNames(_ lines: [String], count: Int) -> [String] {
        if lines.count >= count { return lines.prefix(count).map { PersonName.display($0.collapsed) } }
        var names: [String] = []
        for line in lines {
            let parts = line.components(separatedBy: "   ").map { $0.collapsed }.filter { !$0.isEmpty }
            if parts.count > 1 { names += parts } else { names.append(line.collapsed) }
        }
        while names.count < count, let longest = names.indices.max(by: { wordCount(names[$0]) < wordCount(names[$1]) }),
              let halves = splitInTwo(names[longest]) {
            names.replaceSubrange(longest...longest, with: [halves.0, halves.1])
        }
        return names.map(PersonName.display)
    }

    private static func wordCount(_ s: String) -> Int { s.split(separator: " ").count }

    /// Two people in one run of words: each part at least two words, the second opening with
    /// a given name (not a particle) and the first not ending in one.
    private static func splitInTwo(_ text: String) -> (String, String)? {
        let tokens = text.split(separator: " ").map(String.init)
        guard tokens.count >= 4 else { return nil }
        let cuts = (2...(tokens.count - 2)).filter { cut in
            !particles.contains(tokens[cut - 1].lowercased()) && !particles.contains(tokens[cut].lowercased())
        }
        // Prefer the cut closest to the middle.
        guard let cut = cuts.min(by: { abs($0 * 2 - tokens.count) < abs($1 * 2 - tokens.count) }) else { return nil }
        return (tokens[..<cut].joined(separator: " "), tokens[cut...].joined(separator: " "))
    }

    /// The council a role names: "secretaris Raad Secundair Onderwijs" -> "Raad Secundair Onderwijs".
    static func councilNamed(in role: String) -> String? {
        guard let match = council.firstMatch(in: role) else { return nil }
        return String(match[0]!).collapsed
    }
}
