#pragma once

#include "platform/clipboard_marker.h"
#include "src/crypto/clock.h"
#include "src/crypto/random.h"
#include "src/profiles/profile_service.h"
#include "src/ui/clipboard_guard.h"
#include "src/ui/link_view_model.h"
#include "src/ui/profiles_model.h"
#include "src/ui/record_view_model.h"
#include "src/ui/task_runner.h"
#include "src/ui/unlock_view_model.h"
#include "src/ui/vault_session.h"
#include "src/ui/vault_view_model.h"
#include "tests/unit/support/fake_web_app.h"
#include "wait_for.h"

#include <QGuiApplication>
#include <QMimeData>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace vaultlink::testing {

// Counts what the platform shim was asked to mark as sensitive.
class RecordingMarker final : public platform::ClipboardMarker {
public:
    void markSensitive(QMimeData &data) const override {
        ++marked;
        data.setData(QStringLiteral("application/x-test-sensitive"), QByteArrayLiteral("1"));
    }
    void afterCopy(std::chrono::seconds clearAfter) const override {
        ++afterCopies;
        lastClearAfter = clearAfter;
    }
    mutable int marked = 0;
    mutable int afterCopies = 0;
    mutable std::chrono::seconds lastClearAfter{0};
};

// The view-models over the real core, against the fake server behind the network seam.
class ViewModels : public ::testing::Test {
protected:
    ViewModels() {
        for (int i = 0; i < 12; ++i)
            server.addRecord(QStringLiteral("Site %1").arg(i), QStringLiteral("pw-%1").arg(i));
    }

    void linkWork() {
        link.lookUp(QStringLiteral("vault.example"), QString());
        ASSERT_TRUE(waitFor([&] { return link.step() == ui::LinkViewModel::Step::Database; }))
            << link.error().toStdString();
        link.chooseDatabase(QStringLiteral("demo"));
        link.link(QStringLiteral("alice"), server.password, QStringLiteral("work"));
        ASSERT_TRUE(waitFor([&] { return link.step() == ui::LinkViewModel::Step::Done; }))
            << link.error().toStdString();
    }

    void linkAndUnlock() {
        linkWork();
        unlock.setProfileName(QStringLiteral("work"));
        unlock.unlock(server.password);
        ASSERT_TRUE(waitFor([&] { return session.isOpen(); })) << unlock.error().toStdString();
    }

    QTemporaryDir dir;
    FakeWebApp server;
    SystemRandom random;
    SystemClock clock;
    ProfileService service{
        dir.path(),
        Environment{random, clock,
                    [this](const TrustPolicy &) { return std::make_unique<Forward>(server); },
                    [](std::chrono::milliseconds) {}, std::chrono::milliseconds(1),
                    QStringLiteral("test"), std::chrono::milliseconds(50)}};
    ui::TaskRunner runner;
    ui::VaultSession session;
    RecordingMarker marker;
    ui::ClipboardGuard clipboard{*QGuiApplication::clipboard(), marker};
    ui::ProfilesModel profiles{service, session};
    ui::LinkViewModel link{service, runner};
    ui::UnlockViewModel unlock{service, runner, session};
    ui::VaultViewModel vault{service, runner, session};
    qint64 now = 59;
    ui::RecordViewModel record{session, clipboard, [this] { return now; }};
};

} // namespace vaultlink::testing
