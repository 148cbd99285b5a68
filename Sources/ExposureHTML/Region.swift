/// The part of the page layout an element sits in.
public enum Region: String, Sendable, Hashable {
    case header, nav, main, footer, aside
}
