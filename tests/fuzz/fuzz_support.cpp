#include "tests/fuzz/fuzz_support.h"

#include "tests/fuzz/fuzz_target.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <memory>
#include <string>

namespace vaultlink::fuzz {

namespace {

std::string &current() {
    static std::string name;
    return name;
}

void dropMessages(QtMsgType type, const QMessageLogContext &, const QString &message) {
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "Qt fatal: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

void quietQtMessages() {
    if (qEnvironmentVariableIntValue("VAULTLINK_FUZZ_VERBOSE") == 0)
        qInstallMessageHandler(dropMessages);
}

void setCurrentInput(const QString &name) {
    current() = name.toStdString();
}

const char *currentInput() {
    return current().c_str();
}

void run(TargetFunction function, const std::uint8_t *data, std::size_t size) {
    try {
        function(data, size);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "an exception escaped the target: %s\n", error.what());
        fail("no exception escapes", __FILE__, __LINE__);
    } catch (...) {
        fail("no exception escapes", __FILE__, __LINE__);
    }
}

void fail(const char *what, const char *file, int line) {
    std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", what, file, line);
    if (!current().empty())
        std::fprintf(stderr, "input: %s\n", current().c_str());
    std::fflush(stderr);
    std::abort();
}

QString scratchFolder() {
    static const std::unique_ptr<QTemporaryDir> folder = [] {
        // scripts/fuzz.sh names one per run, and removes it afterwards with whatever a crash left.
        QString parent = qEnvironmentVariable("VAULTLINK_FUZZ_SCRATCH");
        const QFileInfo shm(QStringLiteral("/dev/shm"));
        if (parent.isEmpty())
            parent = shm.isDir() && shm.isWritable() ? shm.absoluteFilePath() : QDir::tempPath();
        QDir().mkpath(parent);
        auto made =
            std::make_unique<QTemporaryDir>(parent + QStringLiteral("/vaultlink-fuzz-XXXXXX"));
        if (!made->isValid())
            fail("a scratch folder can be made", __FILE__, __LINE__);
        return made;
    }();
    return folder->path();
}

QString writeScratchFile(const QString &name, const std::uint8_t *data, std::size_t size) {
    const QString path = scratchFolder() + QLatin1Char('/') + name;
    QFile file(path);
    VAULTLINK_FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    VAULTLINK_FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data),
                                    static_cast<qint64>(size)) == static_cast<qint64>(size));
    return path;
}

} // namespace vaultlink::fuzz
