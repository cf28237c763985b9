#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system calls a save goes through, replaceable so tests can make a disk "fill up".
///
/// Each behaves like its POSIX namesake: it returns -1 and sets `errno` on failure.
public struct ProgressFileOperations: Sendable {
    /// Like `write(2)`: may write fewer bytes than asked.
    public var write: @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int
    /// Like `fsync(2)`, for both the temporary file and its folder.
    public var fsync: @Sendable (_ descriptor: Int32) -> Int32

    public init(
        write: @escaping @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int,
        fsync: @escaping @Sendable (_ descriptor: Int32) -> Int32
    ) {
        self.write = write
        self.fsync = fsync
    }

    /// The real system calls.
    public static let system = ProgressFileOperations(
        write: { descriptor, bytes in
            #if canImport(Glibc)
            Glibc.write(descriptor, bytes.baseAddress, bytes.count)
            #else
            Darwin.write(descriptor, bytes.baseAddress, bytes.count)
            #endif
        },
        fsync: { descriptor in
            #if canImport(Glibc)
            Glibc.fsync(descriptor)
            #else
            Darwin.fsync(descriptor)
            #endif
        }
    )
}
