public enum TutorUIVersion { public static let name = "TutorUI" }
