import TutorCore

/// A section being read in plain mode: its lines at the session's width and the page on screen.
struct PlainReading: Hashable, Sendable {
    var sectionIndex: Int
    var lines: [String]
    /// The first line of the page shown last; saved as the reading position.
    var top: Int
}

/// Reading sections page by page, with the same effects as the full-screen reader.
extension PlainSession {
    /// Opens a section at a line and prints its first page.
    ///
    /// `announce` says so when the learner continues in the middle of a section (not after a search,
    /// where the hit they chose explains the place).
    mutating func openSection(_ index: Int, at line: Int, announce: Bool, _ out: inout PlainOutput) {
        let section = sections[index]
        let lines = PlainText.lines(of: section, width: width)
        var top = min(max(0, line), max(0, lines.count - 1))
        if announce, top > 0, finished.contains(section.id), top + Self.pageLines >= lines.count {
            // Continuing would show only the last page and stop; a section read to the end is
            // more likely opened to read it again.
            out.say("You have read \(section.title) to the end; starting again from the top.")
            top = 0
        } else if announce, top > 0 {
            out.say("Continuing \(section.title) at line \(top + 1) of \(lines.count); g goes back to the top.")
        }
        out.effects.append(.openedSection(id: section.id))
        lastRead = section.id
        push(.reading(PlainReading(sectionIndex: index, lines: lines, top: top)))
        showPage(PlainReading(sectionIndex: index, lines: lines, top: top), &out)
    }

    /// Prints the page starting at `reading.top`; at the end of the section, closes it.
    mutating func showPage(_ reading: PlainReading, _ out: inout PlainOutput) {
        let section = sections[reading.sectionIndex]
        let end = min(reading.lines.count, reading.top + Self.pageLines)
        out.say(Array(reading.lines[reading.top..<end]))
        if (positions[section.id] ?? 0) != reading.top {
            positions[section.id] = reading.top
            out.effects.append(.scrolled(sectionID: section.id, line: reading.top))
        }
        replaceTop(with: .reading(reading))
        guard end >= reading.lines.count else {
            out.prompt = Self.morePrompt
            return
        }
        if !finished.contains(section.id) {
            finished.insert(section.id)
            out.effects.append(.finishedSection(id: section.id))
        }
        out.say()
        out.say("-- End of \(section.title) --")
        closeSection(reading, &out)
    }

    func renderPage(_ reading: PlainReading, _ out: inout PlainOutput) {
        let end = min(reading.lines.count, reading.top + Self.pageLines)
        out.say(Array(reading.lines[reading.top..<end]))
        out.prompt = Self.morePrompt
    }

    mutating func handleReading(_ input: String, _ current: PlainReading, _ out: inout PlainOutput) {
        var reading = current
        switch input.lowercased() {
        case "", "m", "more", "f":
            reading.top = min(reading.top + Self.pageLines, max(0, reading.lines.count - 1))
        case "b":
            reading.top = max(0, reading.top - Self.pageLines)
        case "g":
            reading.top = 0
        case "q":
            out.say("Stopped. c in the menu continues from line \(reading.top + 1) of \(reading.lines.count).")
            closeSection(reading, &out)
            return
        default:
            out.say("Enter shows more, b the page before, g the top, q stops.")
            out.prompt = Self.morePrompt
            return
        }
        showPage(reading, &out)
    }

    /// Leaves the reader: records the place and reading time, and shows the screen underneath.
    mutating func closeSection(_ reading: PlainReading, _ out: inout PlainOutput) {
        let id = sections[reading.sectionIndex].id
        out.effects.append(.closedSection(id: id, line: reading.top))
        positions[id] = reading.top
        lastRead = id
        pop(&out)
    }
}
