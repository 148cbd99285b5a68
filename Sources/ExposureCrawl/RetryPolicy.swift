import ExposureNet
import Foundation

/// When a failed request is worth another try, and how long to wait before it.
enum RetryPolicy {
    /// Statuses that say "not now" rather than "no".
    static func isTransient(status: Int) -> Bool {
        status == 429 || status == 500 || status == 502 || status == 503 || status == 504
    }

    /// Network failures that may pass: timeouts and broken or refused connections.
    static func isTransient(_ error: NetError) -> Bool {
        switch error.code {
        case .timeout, .connectionFailed, .protocolError, .other: true
        default: false
        }
    }

    /// Exponential backoff: `base`, `2 × base`, `4 × base`, ... scaled by a jitter factor.
    static func backoff(attempt: Int, base: Duration, jitter: Double) -> Duration {
        base * Double(1 << min(attempt, 10)) * jitter
    }

    /// The wait a `Retry-After` header asks for: delay seconds, or an HTTP date.
    static func retryAfter(_ value: String?, now: Date = Date()) -> Duration? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Int(value) { return .seconds(max(0, seconds)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return .milliseconds(max(0, Int(date.timeIntervalSince(now) * 1000)))
    }
}
