import AdviesModel
import AdviesText

/// The closing of a letter, note or advice of the Dutch state: a role line ending in a comma
/// ("De Minister van Volksgezondheid, Welzijn en Sport,", "De vicepresident van de Raad van
/// State,") with, within a few lines (after the space left for the signature), the signer's
/// name ("H.M. de Jonge", "F. Teeven"). The role is kept as printed, without its article and
/// comma (GUIDE-wild §1).
enum ClosingSignature {
    struct Found {
        var signatories: [Signatory]
        var lines: [Int]
    }

    static func parse(_ body: Body) -> Found? {
        var signatories: [Signatory] = []
        var lines: [Int] = []
        for index in body.indices where !body.isClaimed(index) {
            guard index + 1 < body.count, let match = roleLine.firstMatch(in: body[index].text), let role = match[1] else { continue }
            guard let name = (index + 1...min(index + 3, body.count - 1)).first(where: { i in
                i < body.count && !body.isClaimed(i) && nameLine.isMatch(body[i].text)
            }) else { continue }
            signatories.append(Signatory(name: body[name].text.collapsed, role: String(role).collapsed))
            lines += [index, name]
        }
        return signatories.isEmpty ? nil : Found(signatories: signatories, lines: lines)
    }

    /// "De Staatssecretaris van Veiligheid en Justitie,": an office, then the comma that leaves
    /// room for the signature.
    private static let roleLine = TextPattern(#"^(?:De|Het)\s+((?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris|[Vv]ice-?president|[Pp]resident|[Vv]oorzitter|[Ss]ecretaris(?:-generaal)?|[Dd]irecteur(?:-generaal)?|[Bb]urgemeester|[Ll]andsadvocaat|[Cc]ommissaris)\b[^.;:]{0,100}),$"#)
    /// Initials and a surname, with its particles: "Th. C. De Graaf", "H.M. de Jonge".
    private static let nameLine = TextPattern(#"^(?:\p{Lu}[\p{Ll}]?\.\s?){1,5}\s?(?:(?:de|van|der|den|ter|ten|het|De|Van|Der|Den|Ter|Ten)\s)*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$"#)
}
