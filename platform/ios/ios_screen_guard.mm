#include "platform/ios/ios_screen_guard.h"

#import <UIKit/UIKit.h>

namespace vaultlink::platform {

namespace {
UIWindow *keyWindow() {
    for (id scene in UIApplication.sharedApplication.connectedScenes) {
        if (![scene isKindOfClass:UIWindowScene.class])
            continue;
        for (UIWindow *window in [scene windows])
            if (window.isKeyWindow)
                return window;
    }
    return nil;
}
} // namespace

// Compiled with ARC (cmake/platform/ios.cmake): the members are strong references.
struct IosScreenGuard::Cover {
    void show() {
        UIWindow *window = keyWindow();
        if (!window || view.superview == window)
            return;
        // Opaque rather than blurred: a blur over large text can still be read.
        view.frame = window.bounds;
        [window addSubview:view];
    }
    void hide(NSNotification *note) {
        // Becoming active while the screen is still recorded keeps the cover on.
        UIScreen *screen = [note.object isKindOfClass:UIScreen.class] ? note.object : nil;
        if (!screen)
            screen = keyWindow().screen;
        if (!screen.isCaptured)
            [view removeFromSuperview];
    }

    UIView *view = nil;
    NSArray<id> *observers = nil;
};

IosScreenGuard::IosScreenGuard()
    : m_cover(std::make_unique<Cover>()) {
    UIView *view = [[UIView alloc] initWithFrame:CGRectZero];
    view.backgroundColor = UIColor.systemBackgroundColor;
    view.autoresizingMask = UIViewAutoresizingFlexibleWidth | UIViewAutoresizingFlexibleHeight;
    m_cover->view = view;
}

IosScreenGuard::~IosScreenGuard() {
    setProtected(false);
}

void IosScreenGuard::setProtected(bool on) {
    NSNotificationCenter *center = NSNotificationCenter.defaultCenter;
    Cover *cover = m_cover.get();
    if (!on) {
        for (id observer in cover->observers)
            [center removeObserver:observer];
        cover->observers = nil;
        [cover->view removeFromSuperview];
        return;
    }
    if (cover->observers)
        return;
    NSOperationQueue *main = NSOperationQueue.mainQueue;
    cover->observers = @[
        [center addObserverForName:UIApplicationWillResignActiveNotification
                            object:nil
                             queue:main
                        usingBlock:^(__unused NSNotification *note) {
                            cover->show();
                        }],
        [center addObserverForName:UIApplicationDidBecomeActiveNotification
                            object:nil
                             queue:main
                        usingBlock:^(NSNotification *note) {
                            cover->hide(note);
                        }],
        [center addObserverForName:UIScreenCapturedDidChangeNotification
                            object:nil
                             queue:main
                        usingBlock:^(NSNotification *note) {
                            if ([note.object isCaptured])
                                cover->show();
                            else if (UIApplication.sharedApplication.applicationState ==
                                     UIApplicationStateActive)
                                cover->hide(note);
                        }],
    ];
    if (keyWindow().screen.isCaptured)
        cover->show();
}

} // namespace vaultlink::platform
