#include "platform/ios/ios_screen_lock_watch.h"

#import <UIKit/UIKit.h>

namespace vaultlink::platform {

// Compiled with ARC (cmake/platform/ios.cmake): the member is a strong reference.
struct IosScreenLockWatch::Observer {
    id token = nil;
};

IosScreenLockWatch::IosScreenLockWatch()
    : m_observer(std::make_unique<Observer>()) {}

IosScreenLockWatch::~IosScreenLockWatch() {
    // Removed first, on the main thread where it runs: no block calls into the watch after.
    if (m_observer->token)
        [NSNotificationCenter.defaultCenter removeObserver:m_observer->token];
}

void IosScreenLockWatch::start(std::function<void()> locked) {
    if (m_home)
        return;
    m_home = std::make_unique<QObject>();
    QObject *home = m_home.get();
    auto shared = std::make_shared<std::function<void()>>(std::move(locked));
    // The main queue: Qt's GUI thread on iOS is the main thread, where the call runs at once
    // (the app may be suspended soon after); from any other thread's start it is queued there.
    m_observer->token = [NSNotificationCenter.defaultCenter
        addObserverForName:UIApplicationProtectedDataWillBecomeUnavailable
                    object:nil
                     queue:NSOperationQueue.mainQueue
                usingBlock:^(__unused NSNotification *note) {
                    QMetaObject::invokeMethod(
                        home, [shared] { (*shared)(); }, Qt::AutoConnection);
                }];
}

} // namespace vaultlink::platform
