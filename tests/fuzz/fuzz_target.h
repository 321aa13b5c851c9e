#pragma once

// One fuzz target is written once, as the body of VAULTLINK_FUZZ_TARGET(name), and built two
// ways (tests/fuzz/CMakeLists.txt):
//
// - with clang and libFuzzer (scripts/fuzz.sh, VAULTLINK_FUZZ=ON): one binary per target, the
//   body being its LLVMFuzzerTestOneInput;
// - in the normal test build (gcc, ASan+UBSan in the asan preset): one replay executable per side
//   (vaultlink_fuzz_replay_client, _server) holding its targets, which runs each file of each
//   corpus through its target once.
//
// A body feeds the bytes to the code under test and checks what that code promises. Expected
// refusals (the parser's own exceptions, its error results) are caught by the body; anything
// else escaping, a failed VAULTLINK_FUZZ_CHECK, or a sanitizer report is a defect.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace vaultlink::fuzz {

using TargetFunction = void (*)(const std::uint8_t *data, std::size_t size);

// Replay builds: files the target under its name (the corpus folder's name). Returns true.
bool registerTarget(const char *name, TargetFunction function) noexcept;

// Runs a target on one input; an exception escaping it is reported (with its what()) as a crash.
void run(TargetFunction function, const std::uint8_t *data, std::size_t size);

// A property the target checks did not hold: prints it (and, when replaying, the input) and
// aborts, which libFuzzer and the replay both report as a crash.
[[noreturn]] void fail(const char *what, const char *file, int line);

// The input as bytes (copied) and as UTF-8 text (invalid sequences become U+FFFD).
inline QByteArray bytes(const std::uint8_t *data, std::size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}
inline QString text(const std::uint8_t *data, std::size_t size) {
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// A folder of this process's own for targets that need files, removed at exit: under
// $VAULTLINK_FUZZ_SCRATCH when set, else on /dev/shm where it exists (writing and syncing there
// cost no disk time).
QString scratchFolder();

// The input written to `name` in scratchFolder(), for targets whose code reads files; its path.
QString writeScratchFile(const QString &name, const std::uint8_t *data, std::size_t size);

// Reads an input piece by piece: a leading selector byte, then lines.
class InputReader {
public:
    InputReader(const std::uint8_t *data, std::size_t size)
        : m_data(bytes(data, size)) {}

    bool atEnd() const { return m_pos >= m_data.size(); }
    // The next byte, or 0 at the end.
    std::uint8_t byte() { return atEnd() ? 0 : static_cast<std::uint8_t>(m_data[m_pos++]); }
    // Up to the next '\n' (not included), or the rest.
    QByteArray line() {
        const qsizetype end = m_data.indexOf('\n', m_pos);
        const qsizetype stop = end < 0 ? m_data.size() : end;
        QByteArray piece = m_data.mid(m_pos, stop - m_pos);
        m_pos = end < 0 ? m_data.size() : end + 1;
        return piece;
    }
    QByteArray rest() {
        QByteArray piece = m_data.mid(m_pos);
        m_pos = m_data.size();
        return piece;
    }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

} // namespace vaultlink::fuzz

#define VAULTLINK_FUZZ_CHECK(condition)                                                            \
    ((condition) ? void(0) : ::vaultlink::fuzz::fail(#condition, __FILE__, __LINE__))

#ifdef VAULTLINK_LIBFUZZER
#define VAULTLINK_FUZZ_TARGET(name)                                                                \
    static void vaultlinkFuzzTarget_##name(const std::uint8_t *data, std::size_t size);            \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {            \
        ::vaultlink::fuzz::run(&vaultlinkFuzzTarget_##name, data, size);                           \
        return 0;                                                                                  \
    }                                                                                              \
    static void vaultlinkFuzzTarget_##name(const std::uint8_t *data, std::size_t size)
#else
#define VAULTLINK_FUZZ_TARGET(name)                                                                \
    static void vaultlinkFuzzTarget_##name(const std::uint8_t *data, std::size_t size);            \
    [[maybe_unused]] static const bool vaultlinkFuzzRegistered_##name =                            \
        ::vaultlink::fuzz::registerTarget(#name, &vaultlinkFuzzTarget_##name);                     \
    static void vaultlinkFuzzTarget_##name(const std::uint8_t *data, std::size_t size)
#endif
