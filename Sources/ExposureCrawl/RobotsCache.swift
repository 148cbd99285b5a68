import ExposureNet

/// robots.txt per origin, fetched once and shared by every request to that origin.
///
/// RFC 9309: a 4xx answer means no rules; a 5xx answer or an unreachable server means the
/// crawler must assume everything is disallowed. Redirects are followed up to five hops.
/// A lookup that disallows everything because of a failure says why, so that a dead server
/// reads as unreachable in the report rather than as forbidden.
actor RobotsCache {
    struct Lookup: Sendable {
        var policy: RobotsPolicy
        /// The robots.txt URL and what went wrong fetching it.
        var failure: (url: String, message: String)?
    }

    private let client: HTTPClient
    private let configuration: CrawlConfiguration
    private let scope: CrawlScope
    private var lookups: [String: Task<Lookup, Never>] = [:]

    init(client: HTTPClient, configuration: CrawlConfiguration, scope: CrawlScope) {
        self.client = client
        self.configuration = configuration
        self.scope = scope
    }

    /// The policy for the origin of `url`.
    func lookup(for url: String) async -> Lookup {
        guard let origin = CanonicalURL.origin(of: url) else { return Lookup(policy: .disallowAll) }
        if let pending = lookups[origin] { return await pending.value }
        let task = Task { [client, configuration, scope] in
            await RobotsCache.fetch(origin: origin, scope: scope, client: client, configuration: configuration)
        }
        lookups[origin] = task
        return await task.value
    }

    private static func fetch(
        origin: String, scope: CrawlScope, client: HTTPClient, configuration: CrawlConfiguration
    ) async -> Lookup {
        var url = origin + "/robots.txt"
        for _ in 0..<5 {
            // Each hop is checked on its own: a redirect may lead to a host the user did not name.
            var request = configuration.request(for: url, allowsInternalAddresses: scope.allowsInternalAddresses(url))
            request.maxBodyBytes = 1024 * 1024
            let response: HTTPResponse
            do {
                response = try await client.fetch(request)
            } catch {
                return Lookup(policy: .disallowAll, failure: (url, error.message))
            }
            switch response.status {
            case 200..<300:
                let text = String(decoding: response.body, as: UTF8.self)
                return Lookup(policy: RobotsPolicy.parse(text, userAgent: UserAgent.robotsToken))
            case 300..<400:
                guard let location = response.location,
                    let next = CanonicalURL.resolve(location, against: url)
                else { return Lookup(policy: .allowAll) }
                url = next
            case 400..<500:
                return Lookup(policy: .allowAll)
            default:
                let message = "robots.txt answered HTTP \(response.status); the server is not crawled until it answers"
                return Lookup(policy: .disallowAll, failure: (url, message))
            }
        }
        return Lookup(policy: .allowAll)
    }
}
