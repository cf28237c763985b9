import Testing
@testable import TutorCore

@Suite("Progress file location")
struct ProgressLocationTests {
    let home = "/home/ada"
    let everything = ["MLTUTOR_PROGRESS": "/data/p.json", "XDG_STATE_HOME": "/state"]

    @Test("the --progress option wins over everything")
    func optionWins() {
        let result = ProgressLocation.resolve(option: "/tmp/mine.json", environment: everything, homeDirectory: home)
        #expect(result.path == "/tmp/mine.json")
        #expect(result.source == .option)
    }

    @Test("then MLTUTOR_PROGRESS, then XDG_STATE_HOME, then the home default")
    func order() {
        #expect(ProgressLocation.resolve(option: nil, environment: everything, homeDirectory: home)
                == ("/data/p.json", .environment))
        #expect(ProgressLocation.resolve(option: nil, environment: ["XDG_STATE_HOME": "/state/"], homeDirectory: home)
                == ("/state/mltutor/progress.json", .xdgStateHome))
        #expect(ProgressLocation.resolve(option: nil, environment: [:], homeDirectory: home)
                == ("/home/ada/.local/state/mltutor/progress.json", .home))
    }

    @Test("empty values and a relative XDG_STATE_HOME count as unset")
    func emptyAndRelative() {
        let env = ["MLTUTOR_PROGRESS": "", "XDG_STATE_HOME": "relative/state"]
        #expect(ProgressLocation.path(option: "", environment: env, homeDirectory: home)
                == "/home/ada/.local/state/mltutor/progress.json")
    }

    @Test("a leading ~/ is expanded in the option and the variable")
    func tilde() {
        #expect(ProgressLocation.path(option: "~/p.json", environment: [:], homeDirectory: home) == "/home/ada/p.json")
        #expect(ProgressLocation.path(option: nil, environment: ["MLTUTOR_PROGRESS": "~/x/p.json"], homeDirectory: "/root/")
                == "/root/x/p.json")
        #expect(ProgressLocation.path(option: "a~/p.json", environment: [:], homeDirectory: home) == "a~/p.json")
    }
}
