import AdviesExport
import AdviesKnowledgeBase
import ArgumentParser

/// `--db`, shared by every command that uses the knowledge base.
struct KnowledgeBaseOptions: ParsableArguments {
    @Option(help: "The knowledge base file (default: $ADVIES_DB, else ./advies.sqlite).")
    var db: String?

    var path: String { db ?? KnowledgeBase.defaultPath() }

    /// Opens the knowledge base (read-only unless `access` is `.write`) or exits with its
    /// one-line reason.
    func open(_ access: KnowledgeBase.Access = .read) throws -> KnowledgeBase {
        do {
            return try KnowledgeBase(path: path, access: access)
        } catch {
            Console.note(error.description)
            throw ExitCode.failure
        }
    }
}

/// Runs a call, turning its errors into one line on stderr and exit 1.
func reporting<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as CustomStringConvertible {
        Console.note(error.description)
        throw ExitCode.failure
    } catch {
        Console.note("\(error)")
        throw ExitCode.failure
    }
}

/// Prints a listing in the chosen format: its lines, or its JSON.
func emit<T: Encodable>(_ value: T, as format: ListingFormat, text: (T) -> String) throws {
    switch format {
    case .text: Console.out(text(value))
    case .json: Console.out(try JSONRenderer.render(value))
    }
}
