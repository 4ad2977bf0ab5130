/// A position in source text: 1-based line and column, columns counting Unicode scalars.
public struct SourceLocation: Equatable, Hashable, Sendable, Comparable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    a.line != b.line ? a.line < b.line : a.column < b.column
  }
}

/// A half-open span of source text, from `start` up to but not including `end`.
public struct SourceRange: Equatable, Hashable, Sendable {
  public var start: SourceLocation
  public var end: SourceLocation

  public init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = end
  }

  public init(_ start: SourceLocation, _ end: SourceLocation) {
    self.start = start
    self.end = end
  }

  /// The span covering both `self` and `other`.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(min(start, other.start), max(end, other.end))
  }

  public static let unknown = SourceRange(
    SourceLocation(line: 0, column: 0), SourceLocation(line: 0, column: 0))
}

/// Source text split into lines of Unicode scalars, for error messages that quote a line.
public struct SourceText: Sendable {
  public let name: String
  public let text: String
  public let lines: [String]

  public init(name: String, text: String) {
    self.name = name
    self.text = text
    var lines: [String] = []
    var current = ""
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        if !previousWasCR { lines.append(current) }
        current = ""
        previousWasCR = false
      } else if scalar == "\r" {
        lines.append(current)
        current = ""
        previousWasCR = true
      } else {
        current.unicodeScalars.append(scalar)
        previousWasCR = false
      }
    }
    lines.append(current)
    self.lines = lines
  }

  /// The text of 1-based line `number`, without its line ending; empty when out of range.
  public func line(_ number: Int) -> String {
    number >= 1 && number <= lines.count ? lines[number - 1] : ""
  }
}
