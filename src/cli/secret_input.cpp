#include "src/cli/secret_input.h"

#include "src/cli/messages.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace vaultlink::cli {

namespace {
// Reads one line into a buffer that is wiped; the trailing newline is not part of it.
SecureBuffer readLine(std::FILE *in) {
    SecureBuffer line(4096);
    std::size_t size = 0;
    int c = 0;
    while ((c = std::fgetc(in)) != EOF && c != '\n') {
        if (size == line.size())
            throw cliFailure(QStringLiteral("password-too-long"),
                             QStringLiteral("The password is longer than 4096 bytes."));
        line.data()[size++] = static_cast<unsigned char>(c);
    }
    if (size > 0 && line.data()[size - 1] == '\r')
        --size;
    SecureBuffer exact = SecureBuffer::copyOf(
        QByteArrayView(reinterpret_cast<const char *>(line.data()), static_cast<qsizetype>(size)));
    return exact;
}

class EchoOff {
public:
    EchoOff() {
        m_active = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (!m_active)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    ~EchoOff() {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};
} // namespace

bool SecretInput::interactive() {
    return isatty(STDIN_FILENO) == 1;
}

SecureBuffer SecretInput::password(const QString &prompt) {
    if (!m_fromStdin && !interactive())
        throw cliFailure(QStringLiteral("password-missing"),
                         QStringLiteral("A password is needed: pipe it in with --password-stdin, "
                                        "or run in a terminal to be asked."));
    SecureBuffer password;
    if (m_fromStdin) {
        password = readLine(stdin);
    } else {
        std::fprintf(stderr, "%s: ", prompt.toLocal8Bit().constData());
        std::fflush(stderr);
        EchoOff echoOff;
        password = readLine(stdin);
        std::fputc('\n', stderr);
    }
    if (password.isEmpty())
        throw cliFailure(QStringLiteral("password-missing"),
                         QStringLiteral("The password is empty."));
    return password;
}

SecureBuffer SecretInput::fieldSecret(const QString &prompt) {
    if (!m_fromStdin && !interactive())
        throw cliFailure(QStringLiteral("secret-missing"),
                         QStringLiteral("A secret field's value is needed: pipe it in with "
                                        "--password-stdin (one line after the password), or run "
                                        "in a terminal to be asked."));
    if (m_fromStdin)
        return readLine(stdin);
    std::fprintf(stderr, "%s: ", prompt.toLocal8Bit().constData());
    std::fflush(stderr);
    const EchoOff echoOff;
    SecureBuffer value = readLine(stdin);
    std::fputc('\n', stderr);
    return value;
}

QString SecretInput::code(const QString &prompt) {
    if (m_fromStdin || !interactive())
        return {};
    std::fprintf(stderr, "%s: ", prompt.toLocal8Bit().constData());
    std::fflush(stderr);
    const SecureBuffer line = readLine(stdin);
    return QString::fromUtf8(line.view()).trimmed();
}

bool SecretInput::confirm(const QString &question) {
    if (!m_fromStdin && !interactive())
        return false;
    std::fprintf(stderr, "%s [y/N] ", question.toLocal8Bit().constData());
    std::fflush(stderr);
    const SecureBuffer line = readLine(stdin);
    if (m_fromStdin)
        std::fputc('\n', stderr);
    const QString answer = QString::fromUtf8(line.view()).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

} // namespace vaultlink::cli
