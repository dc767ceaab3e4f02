import AdviesKnowledgeBase
import ArgumentParser

/// `--db`, shared by every command that uses the knowledge base.
struct KnowledgeBaseOptions: ParsableArguments {
    @Option(help: "The knowledge base file (default: $ADVIES_DB, else ./advies.sqlite).")
    var db: String?

    var path: String { db ?? KnowledgeBase.defaultPath() }

    /// Opens the knowledge base or exits with its one-line reason.
    func open(create: Bool = false) throws -> KnowledgeBase {
        do {
            return try KnowledgeBase(path: path, create: create)
        } catch {
            Console.note(error.description)
            throw ExitCode.failure
        }
    }
}

/// text or json, for listing commands.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Runs a knowledge-base call, turning its errors into one line on stderr and exit 1.
func reporting<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as KnowledgeBaseError {
        Console.note(error.description)
        throw ExitCode.failure
    } catch let error as ExitCode {
        throw error
    } catch {
        Console.note("\(error)")
        throw ExitCode.failure
    }
}
