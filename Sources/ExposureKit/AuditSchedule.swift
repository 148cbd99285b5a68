import ExposureCore
import Foundation

/// A recurring audit as a systemd user timer and service, or as a crontab line: the same
/// `exposure-audit scan`, run daily, weekly or monthly, each report kept under its date.
public struct AuditSchedule: Sendable {
    public enum Frequency: String, Sendable, CaseIterable {
        case daily, weekly, monthly
    }

    public var frequency: Frequency
    /// The absolute path of the `exposure-audit` to run.
    public var executable: String
    /// What follows `exposure-audit scan`, as the user gave it.
    public var scanArguments: [String]
    /// The units' name without suffix, e.g. `exposure-audit-snv.example.gov.vn`.
    public var name: String

    public init(frequency: Frequency, executable: String, scanArguments: [String], name: String) {
        self.frequency = frequency
        self.executable = executable
        self.scanArguments = scanArguments
        self.name = name
    }

    /// `exposure-audit-HOST`, and `-FOLDED-NAME` for a person's audit: one pair of units per
    /// audit, in characters systemd and file systems take as they are.
    public static func unitName(seeds: [String], subject: String?) -> String {
        let host = seeds.lazy.compactMap { URLComponents(string: $0)?.host }.first ?? "site"
        let parts = ["exposure-audit", host] + (subject.map { [NameFolding.fold($0)] } ?? [])
        let slug = parts.joined(separator: "-").lowercased().map { character -> Character in
            character.isASCII && (character.isLetter || character.isNumber || character == "." || character == "-")
                ? character : "-"
        }
        return String(slug)
    }

    /// The service: one run of the audit. Exit status 3 (new findings at `--fail-on`'s
    /// level) is the audit's verdict, not the unit's failure.
    public var serviceUnit: String {
        """
        [Unit]
        Description=exposure-audit: \(name)
        Wants=network-online.target
        After=network-online.target

        [Service]
        Type=oneshot
        ExecStart=\(([executable, "scan"] + scanArguments).map(Self.systemdQuoted).joined(separator: " "))
        SuccessExitStatus=3
        Nice=10

        """
    }

    /// The timer: `OnCalendar` at the chosen frequency, caught up after the machine was off,
    /// spread over an hour so that many machines do not crawl one agency at the same minute.
    public var timerUnit: String {
        """
        [Unit]
        Description=exposure-audit \(frequency.rawValue): \(name)

        [Timer]
        OnCalendar=\(frequency.rawValue)
        Persistent=true
        RandomizedDelaySec=1h

        [Install]
        WantedBy=timers.target

        """
    }

    /// One crontab line (`@daily`, `@weekly` or `@monthly`), arguments quoted for the shell
    /// cron runs and `%` escaped, which cron would otherwise turn into a line break.
    public var crontabLine: String {
        "@\(frequency.rawValue) " + ([executable, "scan"] + scanArguments).map(Self.shellQuoted).joined(separator: " ")
    }

    /// A word of an `ExecStart=` line: in double quotes, with `\`, `"` escaped and `%`
    /// (specifiers) and `$` (environment variables) doubled, so systemd passes it as written.
    static func systemdQuoted(_ word: String) -> String {
        var quoted = ""
        for character in word {
            switch character {
            case "\\": quoted += "\\\\"
            case "\"": quoted += "\\\""
            case "%": quoted += "%%"
            case "$": quoted += "$$"
            default: quoted.append(character)
            }
        }
        return "\"\(quoted)\""
    }

    /// A word for `/bin/sh` in a crontab: in single quotes, `'` closed and escaped, `%` escaped.
    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''").replacingOccurrences(of: "%", with: "\\%") + "'"
    }
}
