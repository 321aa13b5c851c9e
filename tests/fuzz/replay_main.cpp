// The replay driver: the targets of one side (client or server) of the test build in one
// executable, each run once over every file of its corpus (tests/fuzz/corpus/<target>/). It proves
// that the inputs the fuzzer kept, and the regression inputs of the defects it found, still pass
// under the sanitizers of this build, without clang or libFuzzer.
//
//   vaultlink_fuzz_replay_<side> CORPUS_ROOT [--expect a,b] [--known a,b,c] [TARGET[/FILE]...]
//
// --expect names the targets CMake declared for this executable, --known those of all of them:
// a target whose registered name differs, or a corpus folder without a target, fails the run.
// Naming targets (or single files) replays only those.

#include "tests/fuzz/fuzz_support.h"
#include "tests/fuzz/fuzz_target.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <utility>

// Present in sanitized builds only; called on a sanitizer's report to name the input.
// NOLINTNEXTLINE(bugprone-reserved-identifier): the sanitizers' own name
extern "C" void __sanitizer_set_death_callback(void (*callback)()) __attribute__((weak));

namespace vaultlink::fuzz {

namespace {

std::map<std::string, TargetFunction> &registry() {
    static std::map<std::string, TargetFunction> targets;
    return targets;
}

void nameInput() {
    if (*currentInput() != '\0')
        std::fprintf(stderr, "while replaying: %s\n", currentInput());
}

// Runs one file through its target in a buffer of exactly its size, so that the sanitizer sees
// a read past its end.
void replay(TargetFunction function, const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        std::exit(1);
    }
    const QByteArray content = file.readAll();
    const auto size = static_cast<std::size_t>(content.size());
    const std::unique_ptr<std::uint8_t[]> buffer(new std::uint8_t[size]);
    std::copy(content.begin(), content.end(), buffer.get());
    setCurrentInput(path);
    run(function, buffer.get(), size);
    setCurrentInput({});
}

QStringList inputsOf(const QDir &folder) {
    QStringList paths;
    for (const QString &name : folder.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name))
        paths.append(folder.filePath(name));
    return paths;
}

} // namespace

bool registerTarget(const char *name, TargetFunction function) noexcept {
    registry()[name] = function;
    return true;
}

} // namespace vaultlink::fuzz

int main(int argc, char **argv) {
    using namespace vaultlink::fuzz;
    QCoreApplication app(argc, argv);
    quietQtMessages();
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each target's line before a crash in the next
    if (__sanitizer_set_death_callback)
        __sanitizer_set_death_callback(nameInput);

    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: vaultlink_fuzz_replay CORPUS_ROOT [--expect a,b] "
                             "[--known a,b,c] [TARGET[/FILE]...]\n");
        return 2;
    }
    const QDir root(args.takeFirst());
    const auto option = [&args](const QString &name) {
        const qsizetype at = args.indexOf(name);
        if (at < 0 || at + 1 >= args.size())
            return QStringList();
        QStringList values = args.at(at + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        args.remove(at, 2);
        return values;
    };
    const QStringList expected = option(QStringLiteral("--expect"));
    const QStringList known = option(QStringLiteral("--known"));
    int problems = 0;
    for (const QString &name : expected)
        if (!registry().count(name.toStdString())) {
            std::fprintf(stderr, "target %s is declared in CMake but registers another name\n",
                         qPrintable(name));
            ++problems;
        }
    for (const QString &folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (!known.isEmpty() && !known.contains(folder)) {
            std::fprintf(stderr, "corpus %s has no target\n", qPrintable(folder));
            ++problems;
        }

    // What to replay: every target, or the targets and files named.
    std::map<std::string, QStringList> chosen;
    if (args.isEmpty()) {
        for (const auto &[name, function] : registry())
            chosen[name] = inputsOf(QDir(root.filePath(QString::fromStdString(name))));
    }
    for (const QString &arg : std::as_const(args)) {
        const QString name = arg.section(QLatin1Char('/'), 0, 0);
        if (!registry().count(name.toStdString())) {
            std::fprintf(stderr, "no target %s\n", qPrintable(name));
            return 2;
        }
        const QString path = root.filePath(arg);
        chosen[name.toStdString()] +=
            arg.contains(QLatin1Char('/')) ? QStringList{path} : inputsOf(QDir(path));
    }

    int total = 0;
    QElapsedTimer all;
    all.start();
    for (const auto &[name, paths] : chosen) {
        if (paths.isEmpty()) {
            std::fprintf(stderr, "target %s has no corpus in %s\n", name.c_str(),
                         qPrintable(root.filePath(QString::fromStdString(name))));
            ++problems;
            continue;
        }
        QElapsedTimer timer;
        timer.start();
        for (const QString &path : paths)
            replay(registry().at(name), path);
        total += static_cast<int>(paths.size());
        std::printf("%-18s %4lld inputs  %6lld ms\n", name.c_str(),
                    static_cast<long long>(paths.size()), static_cast<long long>(timer.elapsed()));
    }
    std::printf("replayed %d inputs of %zu targets in %lld ms\n", total, chosen.size(),
                static_cast<long long>(all.elapsed()));
    return problems == 0 ? 0 : 1;
}
