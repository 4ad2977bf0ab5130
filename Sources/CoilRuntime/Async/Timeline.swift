// `coil --timeline`: what every task did, and when. While a program runs, the loop tells the
// timeline when each task is made, when each of its steps starts and ends, when it is asked to
// cancel and how it ends; after the run the timeline draws one row per task on the loop's clock
// (virtual or real), as an SVG picture or as text for the terminal.

import CoilSyntax

/// The record of a run's tasks.
public final class Timeline {
  enum Outcome {
    case unfinished
    case returned
    case cancelled
    case raised(String)
  }

  struct Row {
    weak var task: TaskObject?
    var name: String
    let coroutine: String
    let created: Double
    var ended: Double?
    /// Steps as (start, end) on the clock; under the virtual clock a step takes no time.
    var steps: [(Double, Double)] = []
    var cancelRequests: [Double] = []
    var outcome = Outcome.unfinished
  }

  private(set) var rows: [Row] = []
  private var rowOf: [ObjectIdentifier: Int] = [:]
  private var origin: Double?
  private var latest: Double = 0
  private var stepStart: Double = 0
  let isVirtual: Bool

  init(isVirtual: Bool) {
    self.isVirtual = isVirtual
  }

  private func note(_ t: Double) {
    if t > latest { latest = t }
  }

  func created(_ task: TaskObject, name: String) {
    let now = task.loop.time()
    if origin == nil { origin = task.loop.createdAt }
    note(now)
    rowOf[ObjectIdentifier(task)] = rows.count
    rows.append(Row(task: task, name: name, coroutine: task.coroutine.qualifiedName + "()", created: now))
  }

  func stepBegan(_ task: TaskObject) {
    stepStart = task.loop.time()
  }

  func stepEnded(_ task: TaskObject) {
    guard let row = rowOf[ObjectIdentifier(task)] else { return }
    let now = task.loop.time()
    note(now)
    rows[row].steps.append((stepStart, now))
  }

  func cancelRequested(_ task: TaskObject) {
    guard let row = rowOf[ObjectIdentifier(task)] else { return }
    let now = task.loop.time()
    note(now)
    rows[row].cancelRequests.append(now)
  }

  func finished(_ task: TaskObject, name: String, _ outcome: Outcome) {
    guard let row = rowOf.removeValue(forKey: ObjectIdentifier(task)) else { return }
    let now = task.loop.time()
    note(now)
    rows[row].name = name
    rows[row].ended = now
    rows[row].outcome = outcome
  }

  /// Names given after a task was made, for tasks still alive.
  private func refreshNames() {
    for index in rows.indices {
      if let task = rows[index].task, let name = try? task.interp.toStr(task.name) { rows[index].name = name }
    }
  }

  /// Seconds from the first loop's start to the last event.
  private var span: (start: Double, length: Double) {
    let start = origin ?? 0
    return (start, max(latest - start, 0))
  }

  /// A step between axis ticks of 1, 2 or 5 times a power of ten, for about `count` ticks.
  private static func tickStep(_ length: Double, count: Double) -> Double {
    guard length > 0 else { return 1 }
    let raw = length / count
    var power = 1.0
    while power * 10 <= raw { power *= 10 }
    while power > raw { power /= 10 }
    for factor in [1.0, 2.0, 5.0, 10.0] where power * factor >= raw { return power * factor }
    return power * 10
  }

  private static func seconds(_ t: Double) -> String {
    var text = (try? formatFloat(t, spec: ".3f")) ?? "\(t)"
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text + " s"
  }

  private static func escape(_ text: String) -> String {
    var out = ""
    for c in text {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(c)
      }
    }
    return out
  }

  private func describe(_ outcome: Outcome) -> String {
    switch outcome {
    case .unfinished: return "never finished"
    case .returned: return "finished"
    case .cancelled: return "cancelled"
    case .raised(let e): return "raised \(e)"
    }
  }

  // MARK: - SVG

  /// The picture: a time axis, then one row per task in the order they were made.
  public func svg(title: String) -> String {
    refreshNames()
    let (start, length) = span
    let scaleLength = length > 0 ? length : 1
    let labelWidth = 230.0, plotWidth = 720.0, left = 16.0, top = 58.0, rowHeight = 26.0
    let plotLeft = left + labelWidth
    let width = plotLeft + plotWidth + 24
    let height = top + Double(rows.count) * rowHeight + 64
    func x(_ t: Double) -> Double { plotLeft + (t - start) / scaleLength * plotWidth }
    func n(_ v: Double) -> String { (try? formatFloat(v, spec: ".1f")) ?? "\(v)" }

    var s = """
      <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width))" height="\(n(height))" \
      viewBox="0 0 \(n(width)) \(n(height))" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12">

      """
    s += "<rect x=\"0\" y=\"0\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"#ffffff\"/>\n"
    let clock = isVirtual ? "virtual clock" : "real clock"
    let summary = "\(rows.count) task\(rows.count == 1 ? "" : "s"), \(Timeline.seconds(length)) (\(clock))"
    s += "<text x=\"\(n(left))\" y=\"22\" font-size=\"15\" font-weight=\"bold\">\(Timeline.escape(title))</text>\n"
    s += "<text x=\"\(n(left))\" y=\"40\" fill=\"#555555\">\(Timeline.escape(summary))</text>\n"

    // The axis: a tick and a label every step, and a faint line down through the rows.
    let step = Timeline.tickStep(scaleLength, count: 8)
    let bottom = top + Double(rows.count) * rowHeight
    s += "<g class=\"axis\">\n"
    var tick = 0.0
    while tick <= scaleLength + step * 1e-9 {
      let tx = x(start + tick)
      s += "<line x1=\"\(n(tx))\" y1=\"\(n(top - 6))\" x2=\"\(n(tx))\" y2=\"\(n(bottom))\" stroke=\"#e3e3e3\"/>\n"
      s += "<text x=\"\(n(tx))\" y=\"\(n(top - 10))\" text-anchor=\"middle\" fill=\"#555555\">\(Timeline.seconds(tick))</text>\n"
      tick += step
    }
    s += "</g>\n"

    for (index, row) in rows.enumerated() {
      let y = top + Double(index) * rowHeight
      let barY = y + 7, barHeight = rowHeight - 14
      let end = row.ended ?? latest
      s += "<g class=\"task\">\n"
      s += "<title>\(Timeline.escape("\(row.name) \(row.coroutine): \(describe(row.outcome))"))</title>\n"
      if index % 2 == 1 {
        s += "<rect x=\"\(n(left))\" y=\"\(n(y))\" width=\"\(n(width - left - 8))\" height=\"\(n(rowHeight))\" fill=\"#f6f7f9\"/>\n"
      }
      s += "<text x=\"\(n(left + 4))\" y=\"\(n(y + rowHeight / 2 + 4))\">\(Timeline.escape(row.name)) <tspan fill=\"#777777\">\(Timeline.escape(row.coroutine))</tspan></text>\n"
      // Waiting: the whole life, drawn light; an unfinished task's bar is dashed at its end.
      let waitWidth = max(x(end) - x(row.created), 1)
      let dashed = row.ended == nil ? " stroke=\"#8a9bb0\" stroke-dasharray=\"3,2\"" : ""
      s += "<rect class=\"waiting\" x=\"\(n(x(row.created)))\" y=\"\(n(barY))\" width=\"\(n(waitWidth))\" height=\"\(n(barHeight))\" fill=\"#d6e0ec\"\(dashed)/>\n"
      // Running: each step, at least 2 pixels wide so an instant step shows.
      for (from, to) in row.steps {
        let w = max(x(to) - x(from), 2)
        s += "<rect class=\"running\" x=\"\(n(x(from) - (x(to) - x(from) < 2 ? 1 : 0)))\" y=\"\(n(barY - 2))\" width=\"\(n(w))\" height=\"\(n(barHeight + 4))\" fill=\"#2f6db5\"/>\n"
      }
      for t in row.cancelRequests {
        s += "<line class=\"cancel-request\" x1=\"\(n(x(t)))\" y1=\"\(n(y + 2))\" x2=\"\(n(x(t)))\" y2=\"\(n(y + rowHeight - 2))\" stroke=\"#e08a00\" stroke-width=\"2\"/>\n"
      }
      let ex = x(end), cy = barY + barHeight / 2
      switch row.outcome {
      case .returned:
        s += "<rect class=\"finished\" x=\"\(n(ex - 1))\" y=\"\(n(barY - 3))\" width=\"2\" height=\"\(n(barHeight + 6))\" fill=\"#333333\"/>\n"
      case .cancelled:
        s += "<path class=\"cancelled\" d=\"M\(n(ex - 5)),\(n(cy - 5)) L\(n(ex + 5)),\(n(cy + 5)) M\(n(ex - 5)),\(n(cy + 5)) L\(n(ex + 5)),\(n(cy - 5))\" stroke=\"#e08a00\" stroke-width=\"2.5\"/>\n"
      case .raised(let e):
        s += "<circle class=\"raised\" cx=\"\(n(ex))\" cy=\"\(n(cy))\" r=\"5.5\" fill=\"#d0312d\"><title>\(Timeline.escape(e))</title></circle>\n"
      case .unfinished:
        s += "<text class=\"unfinished\" x=\"\(n(ex + 4))\" y=\"\(n(cy + 4))\" fill=\"#8a9bb0\">…</text>\n"
      }
      s += "</g>\n"
    }

    // The legend.
    let ly = bottom + 30
    var lx = left
    func item(_ mark: String, _ label: String) {
      s += mark + "<text x=\"\(n(lx + 18))\" y=\"\(n(ly + 4))\" fill=\"#333333\">\(label)</text>\n"
      lx += 18 + Double(label.count) * 7 + 22
    }
    s += "<g class=\"legend\">\n"
    item("<rect x=\"\(n(lx))\" y=\"\(n(ly - 6))\" width=\"12\" height=\"12\" fill=\"#2f6db5\"/>", "running")
    item("<rect x=\"\(n(lx))\" y=\"\(n(ly - 6))\" width=\"12\" height=\"12\" fill=\"#d6e0ec\"/>", "waiting")
    item("<rect x=\"\(n(lx + 5))\" y=\"\(n(ly - 7))\" width=\"2\" height=\"14\" fill=\"#333333\"/>", "finished")
    item("<line x1=\"\(n(lx + 6))\" y1=\"\(n(ly - 7))\" x2=\"\(n(lx + 6))\" y2=\"\(n(ly + 7))\" stroke=\"#e08a00\" stroke-width=\"2\"/>", "cancel requested")
    item("<path d=\"M\(n(lx + 1)),\(n(ly - 5)) L\(n(lx + 11)),\(n(ly + 5)) M\(n(lx + 1)),\(n(ly + 5)) L\(n(lx + 11)),\(n(ly - 5))\" stroke=\"#e08a00\" stroke-width=\"2.5\"/>", "cancelled")
    item("<circle cx=\"\(n(lx + 6))\" cy=\"\(n(ly))\" r=\"5.5\" fill=\"#d0312d\"/>", "raised")
    item("<text x=\"\(n(lx + 2))\" y=\"\(n(ly + 4))\" fill=\"#8a9bb0\">…</text>", "never finished")
    s += "</g>\n</svg>\n"
    return s
  }

  // MARK: - Text

  /// The same picture in characters: `█` running, `─` waiting, then how the task ended.
  public func text(width: Int = 60) -> String {
    refreshNames()
    let (start, length) = span
    let scaleLength = length > 0 ? length : 1
    func column(_ t: Double) -> Int {
      min(width - 1, max(0, Int(((t - start) / scaleLength * Double(width)).rounded(.down))))
    }
    let labels = rows.map { "\($0.name) \($0.coroutine)" }
    let labelWidth = min(max(labels.map(\.count).max() ?? 0, 4), 32)
    func pad(_ s: String) -> String {
      let cut = s.count > labelWidth ? String(s.prefix(labelWidth - 1)) + "…" : s
      return cut + String(repeating: " ", count: labelWidth - cut.count)
    }
    let clock = isVirtual ? "virtual clock" : "real clock"
    var out = "timeline: \(rows.count) task\(rows.count == 1 ? "" : "s"), \(Timeline.seconds(length)) (\(clock))\n"
    // The axis: the start, the middle and the end.
    var axis = Array(repeating: Character(" "), count: width + 12)
    var ticks = Array(repeating: Character("─"), count: width)
    for (fraction, index) in [(0.0, 0), (0.5, width / 2), (1.0, width - 1)] {
      ticks[index] = index == 0 ? "┌" : (index == width - 1 ? "┐" : "┬")
      let label = Timeline.seconds(fraction * length)
      let at = index == 0 ? 0 : (index == width - 1 ? width - label.count : index - label.count / 2)
      for (k, c) in label.enumerated() where at + k >= 0 && at + k < axis.count { axis[at + k] = c }
    }
    out += pad("") + " " + String(axis).trimmingSuffix(" ") + "\n"
    out += pad("") + " " + String(ticks) + "\n"
    for (index, row) in rows.enumerated() {
      var cells = Array(repeating: Character(" "), count: width)
      let end = row.ended ?? latest
      for c in column(row.created)...column(end) { cells[c] = "─" }
      for (from, to) in row.steps {
        for c in column(from)...column(to) { cells[c] = "█" }
      }
      for t in row.cancelRequests { cells[column(t)] = "^" }
      var tail = ""
      switch row.outcome {
      case .returned: cells[column(end)] = "┤"
      case .cancelled: cells[column(end)] = "×"
      case .raised(let e):
        cells[column(end)] = "!"
        tail = "  " + e
      case .unfinished: cells[column(end)] = "…"
      }
      let row = String(cells)
      out += pad(labels[index]) + " " + (tail.isEmpty ? row.trimmingSuffix(" ") : row + tail) + "\n"
    }
    out += "█ running  ─ waiting  ┤ finished  ^ cancel requested  × cancelled  ! raised  … never finished\n"
    return out
  }
}

extension String {
  func trimmingSuffix(_ c: Character) -> String {
    var s = self
    while s.last == c { s.removeLast() }
    return s
  }
}

extension Interpreter {
  /// Starts recording a timeline of the run's tasks.
  public func recordTimeline() {
    timeline = Timeline(isVirtual: clock.isVirtual)
  }

  /// The recorded timeline as an SVG picture titled with the program's name.
  public func timelineSVG(title: String) -> String? {
    timeline?.svg(title: title)
  }

  /// The recorded timeline as text.
  public func timelineText() -> String? {
    timeline?.text()
  }

  /// How a task ended, for the timeline.
  func timelineOutcome(_ task: TaskObject) -> Timeline.Outcome {
    switch task.state {
    case .pending: return .unfinished
    case .cancelled: return .cancelled
    case .finished:
      guard let e = task.exception else { return .returned }
      let text = (try? toStr(.object(e))) ?? ""
      return .raised(text.isEmpty ? e.type.name : "\(e.type.name): \(text)")
    }
  }
}
