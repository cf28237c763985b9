import Testing
@testable import TutorCore

@Suite("Progress file location")
struct ProgressLocationTests {
    let home = "/home/ada"
    let everything = ["MLTUTOR_PROGRESS": "/data/p.json", "XDG_STATE_HOME": "/state"]

    @Test("the flag wins over everything")
    func flagWins() {
        let result = ProgressLocation.resolve(flag: "/tmp/mine.json", environment: everything, homeDirectory: home)
        #expect(result.path == "/tmp/mine.json")
        #expect(result.source == .flag)
    }

    @Test("then MLTUTOR_PROGRESS, then XDG_STATE_HOME, then the home default")
    func order() {
        #expect(ProgressLocation.resolve(flag: nil, environment: everything, homeDirectory: home)
                == ("/data/p.json", .environment))
        #expect(ProgressLocation.resolve(flag: nil, environment: ["XDG_STATE_HOME": "/state/"], homeDirectory: home)
                == ("/state/mltutor/progress.json", .xdgStateHome))
        #expect(ProgressLocation.resolve(flag: nil, environment: [:], homeDirectory: home)
                == ("/home/ada/.local/state/mltutor/progress.json", .home))
    }

    @Test("empty values and a relative XDG_STATE_HOME count as unset")
    func emptyAndRelative() {
        let env = ["MLTUTOR_PROGRESS": "", "XDG_STATE_HOME": "relative/state"]
        #expect(ProgressLocation.path(flag: "", environment: env, homeDirectory: home)
                == "/home/ada/.local/state/mltutor/progress.json")
    }

    @Test("a leading ~/ is expanded in the flag and the variable")
    func tilde() {
        #expect(ProgressLocation.path(flag: "~/p.json", environment: [:], homeDirectory: home) == "/home/ada/p.json")
        #expect(ProgressLocation.path(flag: nil, environment: ["MLTUTOR_PROGRESS": "~/x/p.json"], homeDirectory: "/root/")
                == "/root/x/p.json")
        #expect(ProgressLocation.path(flag: "a~/p.json", environment: [:], homeDirectory: home) == "a~/p.json")
    }
}
