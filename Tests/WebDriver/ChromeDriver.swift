import Foundation

/// Debian's Chromium and chromedriver (apt packages `chromium`, `chromium-driver`), started
/// for one test: chromedriver on a free port (`--port=0`, it prints the port it took), one
/// headless browser session with its own profile and download folder.
public final class ChromeDriver: @unchecked Sendable {
    /// The real browser binary (/usr/bin/chromium is a shell wrapper that adds flags).
    public static let browserPaths = ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/google-chrome"]
    public static let driverPaths = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]

    public let process: ChildProcess
    public let url: URL
    public let browser: String

    /// Finds the binaries: $CHROME_BIN and $CHROMEDRIVER when set (and then only they), else
    /// Debian's paths. Throws one clear line when either is missing.
    public static func locate() throws -> (browser: String, driver: String) {
        let env = ProcessInfo.processInfo.environment
        let browser = (env["CHROME_BIN"].map { [$0] } ?? browserPaths).first(where: FileManager.default.isExecutableFile(atPath:))
        let driver = (env["CHROMEDRIVER"].map { [$0] } ?? driverPaths).first(where: FileManager.default.isExecutableFile(atPath:))
        guard let browser, let driver else {
            throw ChildProcessError("Chromium or chromedriver is missing (browser: \(browser ?? "not found"), driver: \(driver ?? "not found")); install them: apt-get install -y chromium chromium-driver")
        }
        return (browser, driver)
    }

    /// Starts chromedriver and waits until it is ready. `lifetime` bounds it and its browser.
    public init(lifetime: Int = 300, timeout: Double = 15) async throws {
        let (browser, driver) = try Self.locate()
        self.browser = browser
        process = try ChildProcess(name: "chromedriver", executable: driver, arguments: ["--port=0"], lifetime: lifetime)
        let match = try await process.waitForOutput(matching: #"started successfully on port (\d+)"#, timeout: timeout)
        url = URL(string: "http://127.0.0.1:\(match[1])")!
        let url = self.url
        do {
            _ = try await waitFor("chromedriver /status ready", timeout: timeout) { await WebDriverSession.isReady(driver: url) ? true : nil }
        } catch {
            process.stop()
            throw ChildProcessError("\(error). chromedriver output:\n\(process.output.suffix(2000))")
        }
    }

    /// W3C capabilities for headless Chromium as root in a container.
    public static func capabilities(browser: String, profile: URL, downloads: URL, width: Int = 1366, height: Int = 768) -> [String: Any] {
        [
            "alwaysMatch": [
                "browserName": "chrome",
                "pageLoadStrategy": "normal",
                "timeouts": ["implicit": 0, "pageLoad": 15_000, "script": 10_000],
                "goog:chromeOptions": [
                    "binary": browser,
                    "args": [
                        "--headless=new",            // the real browser, headless
                        "--no-sandbox",              // needed as root; a container has no user namespaces for the sandbox
                        "--disable-dev-shm-usage",   // /dev/shm in containers is often 64 MB
                        "--disable-gpu",
                        "--window-size=\(width),\(height)",
                        "--user-data-dir=\(profile.path)",
                        "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--lang=nl-NL",
                    ],
                    "prefs": [
                        "download.default_directory": downloads.path,
                        "download.prompt_for_download": false,
                        "download.directory_upgrade": true,
                        "safebrowsing.enabled": false,
                    ],
                ] as [String: Any],
            ] as [String: Any],
        ]
    }

    /// A new browser session (starts Chromium).
    public func newSession(profile: URL, downloads: URL, width: Int = 1366, height: Int = 768) async throws -> WebDriverSession {
        try await WebDriverSession.start(driver: url, capabilities: Self.capabilities(
            browser: browser, profile: profile, downloads: downloads, width: width, height: height))
    }

    /// Kills chromedriver and every browser process it started.
    public func stop() { process.stop(grace: 2) }
}
