import ExposureNet

/// robots.txt per origin, fetched once and shared by every request to that origin.
///
/// RFC 9309: a 4xx answer means no rules; a 5xx answer or an unreachable server means the
/// crawler must assume everything is disallowed. Redirects are followed up to five hops.
actor RobotsCache {
    private let client: HTTPClient
    private let configuration: CrawlConfiguration
    private var policies: [String: Task<RobotsPolicy, Never>] = [:]

    init(client: HTTPClient, configuration: CrawlConfiguration) {
        self.client = client
        self.configuration = configuration
    }

    /// The policy for the origin of `url`.
    func policy(for url: String) async -> RobotsPolicy {
        guard let origin = CanonicalURL.origin(of: url) else { return .disallowAll }
        if let pending = policies[origin] { return await pending.value }
        let task = Task { [client, configuration] in
            await RobotsCache.fetchPolicy(origin: origin, client: client, configuration: configuration)
        }
        policies[origin] = task
        return await task.value
    }

    private static func fetchPolicy(
        origin: String, client: HTTPClient, configuration: CrawlConfiguration
    ) async -> RobotsPolicy {
        var url = origin + "/robots.txt"
        var request = configuration.request(for: url)
        request.maxBodyBytes = 1024 * 1024
        for _ in 0..<5 {
            request.url = url
            guard let response = try? await client.fetch(request) else { return .disallowAll }
            switch response.status {
            case 200..<300:
                return RobotsPolicy.parse(
                    String(decoding: response.body, as: UTF8.self), userAgent: UserAgent.robotsToken)
            case 300..<400:
                guard let location = response.location,
                    let next = CanonicalURL.resolve(location, against: url)
                else { return .allowAll }
                url = next
            case 400..<500:
                return .allowAll
            default:
                return .disallowAll
            }
        }
        return .allowAll
    }
}
