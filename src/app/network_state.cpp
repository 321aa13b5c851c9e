#include "src/app/network_state.h"

#include <QNetworkInformation>

namespace vaultlink::app {

namespace {
QNetworkInformation *information() {
    static const bool loaded = QNetworkInformation::loadDefaultBackend();
    return loaded ? QNetworkInformation::instance() : nullptr;
}
} // namespace

ui::AutoSync::Connection currentConnection() {
    QNetworkInformation *info = information();
    if (!info)
        return {};
    const auto reachability = info->reachability();
    const bool online = reachability == QNetworkInformation::Reachability::Online ||
                        reachability == QNetworkInformation::Reachability::Unknown;
    const auto medium = info->transportMedium();
    const bool unmetered = !info->supports(QNetworkInformation::Feature::TransportMedium) ||
                           medium == QNetworkInformation::TransportMedium::WiFi ||
                           medium == QNetworkInformation::TransportMedium::Ethernet ||
                           medium == QNetworkInformation::TransportMedium::Unknown;
    return {online, unmetered && !info->isMetered()};
}

void watchConnection(QObject *context, const std::function<void()> &changed) {
    QNetworkInformation *info = information();
    if (!info)
        return;
    QObject::connect(info, &QNetworkInformation::reachabilityChanged, context, changed);
    QObject::connect(info, &QNetworkInformation::transportMediumChanged, context, changed);
}

} // namespace vaultlink::app
