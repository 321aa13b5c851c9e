#pragma once

#include "platform/clipboard_marker.h"
#include "tests/unit/support/app_stand_ins.h"
#include "tests/unit/ui/wait_for.h"

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
    void afterClear() const override { ++afterClears; }
    mutable int marked = 0;
    mutable int afterCopies = 0;
    mutable int afterClears = 0;
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

    RecordingMarker marker;
    AppStandIns standIns{marker};
    // The graph's parts under the names the tests use.
    QTemporaryDir &dir = standIns.dir;
    FakeWebApp &server = standIns.server;
    TestClock &clock = standIns.clock;
    ProfileService &service = standIns.service;
    ui::AppGraph &graph = standIns.graph;
    ui::VaultSession &session = graph.session;
    ClipboardGuard &clipboard = graph.clipboard;
    ui::ProfilesModel &profiles = graph.profiles;
    ui::LinkViewModel &link = graph.link;
    ui::UnlockViewModel &unlock = graph.unlock;
    ui::VaultViewModel &vault = graph.vault;
    ui::RecordViewModel &record = graph.record;
};

} // namespace vaultlink::testing
