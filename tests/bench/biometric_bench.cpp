// vaultlink_sync_bench biometric PROFILE DATADIR ROUNDS
//   Biometric unlock to the first screen of the list, as the app does it (issue: biometric
//   unlock), with the desktop's stand-in answering at once (no prompt time) from the secret
//   service the benchmark runs with (scripts/bench.sh starts one: tests/integration/keyring/
//   with_keyring.sh). Unlocks once with the password to turn biometrics on; then ROUNDS times,
//   each in the same process as the app would: BiometricUnlock::unlock (the keyring read and
//   AES-GCM), ProfileService::unlockWithKey, the offline check and the first page of 50 rows:
//   biometric_unlock p50/max, with its parts. The baseline in the same run is the password
//   unlock of the same profile through ProfileService (KDF included), three times.
#include "src/biometrics/biometric_unlock.h"
#include "src/profiles/profile_service.h"
#include "tests/bench/commands.h"
#include "tests/bench/measure.h"
#include "tests/bench/timed_transport.h"

#include <stdexcept>

namespace vaultlink::bench {

int biometricCommand(const QStringList &args) {
    const SecureBuffer password = readPassword();
    const int rounds = std::max(1, args.at(2).toInt());
    TimedEnvironment timed;
    ProfileService service(args.at(1), timed.environment());
    const std::unique_ptr<platform::BiometricKeyStore> store = platform::makeBiometricKeyStore(
        [](const platform::BiometricPrompt &, std::function<void(bool)> yes) { yes(true); });
    BiometricUnlock biometrics(*store);
    const platform::BiometricPrompt prompt{QStringLiteral("Unlock Vaultlink"), args.at(0), {}};
    {
        const std::unique_ptr<OpenProfile> open = service.unlock(args.at(0), password);
        const BiometricResult enabled = awaitBiometric([&](BiometricUnlock::Done done) {
            biometrics.enable(open->record, open->dataKey, prompt, std::move(done));
        });
        if (!enabled.wrap)
            throw std::runtime_error("biometrics could not be turned on (is a secret service "
                                     "running?)");
        service.setBiometricWrap(open->record.id, enabled.wrap);
    }
    constexpr int kFirstPage = 50;
    std::vector<double> keyring, open, page, total;
    for (int round = 0; round < rounds; ++round) {
        const auto start = SteadyClock::now();
        const ProfileRecord record = *service.find(args.at(0));
        BiometricResult unlocked = awaitBiometric([&](BiometricUnlock::Done done) {
            biometrics.unlock(record, prompt, std::move(done));
        });
        if (unlocked.kind != BiometricResult::Kind::Done)
            throw std::runtime_error("biometric unlock failed");
        const auto keyed = SteadyClock::now();
        std::unique_ptr<OpenProfile> profile =
            service.unlockWithKey(record.name, std::move(unlocked.dataKey));
        service.checkOfflineLimit(*profile);
        const auto opened = SteadyClock::now();
        if (profile->mirror->list(Tab::all(), 0, kFirstPage).size() != kFirstPage)
            throw std::runtime_error("the first page is not full");
        const auto end = SteadyClock::now();
        keyring.push_back(msBetween(start, keyed));
        open.push_back(msBetween(keyed, opened));
        page.push_back(msBetween(opened, end));
        total.push_back(msBetween(start, end));
    }
    std::vector<double> withPassword;
    for (int round = 0; round < 3; ++round) {
        const auto start = SteadyClock::now();
        std::unique_ptr<OpenProfile> profile = service.unlock(args.at(0), password);
        service.checkOfflineLimit(*profile);
        profile->mirror->list(Tab::all(), 0, kFirstPage);
        withPassword.push_back(msSince(start));
    }
    biometrics.forget(*service.find(args.at(0)));
    service.setBiometricWrap(service.find(args.at(0))->id, std::nullopt);
    figure("biometric_unlock_p50", spread(total).p50, "ms");
    figure("biometric_unlock_max", spread(total).max, "ms");
    figure("biometric_keyring_p50", spread(keyring).p50, "ms");
    figure("biometric_open_p50", spread(open).p50, "ms");
    figure("biometric_first_page_p50", spread(page).p50, "ms");
    figure("biometric_rounds", rounds, "count");
    figure("password_unlock_p50", spread(withPassword).p50, "ms");
    std::printf("# biometric unlock to the first page: p50 %.1f ms (keyring and cipher %.1f, open "
                "%.1f, first page %.1f); with the password %.0f ms\n",
                spread(total).p50, spread(keyring).p50, spread(open).p50, spread(page).p50,
                spread(withPassword).p50);
    return 0;
}

} // namespace vaultlink::bench
