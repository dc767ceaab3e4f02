import Foundation

/// Display form of a person's name: ALL-CAPS names title-cased ("ALLESSIA CLAES" -> "Allessia Claes").
enum PersonName {
    static func display(_ name: String) -> String {
        guard name.contains(where: \.isLetter), !name.contains(where: \.isLowercase) else { return name }
        return name.split(separator: " ").map { word in
            word.split(separator: "-", omittingEmptySubsequences: false)
                .map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
                .joined(separator: "-")
        }.joined(separator: " ")
    }
}
