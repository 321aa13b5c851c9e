#include "src/cli/commands.h"
#include "src/cli/exit_codes.h"
#include "src/edits/password_strength.h"

#include <cmath>

namespace vaultlink::cli {

namespace {
const char *const kScoreWords[] = {"very weak", "weak", "fair", "good", "strong"};

// How long an offline attack takes, roughly, as zxcvbn tells it: anything past a hundred years
// is "centuries".
QString duration(qint64 seconds) {
    struct Unit {
        qint64 seconds;
        const char *one;
        const char *many;
    };
    constexpr qint64 kYear = 31'557'600;
    constexpr Unit kUnits[] = {{kYear, "year", "years"},  {kYear / 12, "month", "months"},
                               {86'400, "day", "days"},   {3'600, "hour", "hours"},
                               {60, "minute", "minutes"}, {1, "second", "seconds"}};
    if (seconds >= 100 * kYear)
        return QStringLiteral("centuries");
    for (const Unit &unit : kUnits) {
        const qint64 count = seconds / unit.seconds;
        if (count >= 1)
            return QStringLiteral("%1 %2").arg(count).arg(
                QLatin1String(count == 1 ? unit.one : unit.many));
    }
    return QStringLiteral("less than a second");
}
} // namespace

int generateCommand(const CliArgs &args, const Output &out, Random &random) {
    const SecureBuffer password = generatePassword(args.generator, random);
    const Strength strength = generatedStrength(password, args.generator);
    out.secret(password, "password",
               {{QStringLiteral("bits"), std::round(strength.bits * 10) / 10},
                {QStringLiteral("score"), strength.score},
                {QStringLiteral("crackTime"), strength.crackSecondsOffline}});
    if (!out.json())
        out.note(QStringLiteral("strength: %1 (%2 of 4), about %3 bits; %4 to guess at 10 billion "
                                "guesses a second")
                     .arg(QLatin1String(kScoreWords[strength.score]))
                     .arg(strength.score)
                     .arg(std::lround(strength.bits))
                     .arg(duration(strength.crackSecondsOffline)));
    return Ok;
}

} // namespace vaultlink::cli
