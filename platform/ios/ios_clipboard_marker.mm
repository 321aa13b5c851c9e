#include "platform/ios/ios_clipboard_marker.h"

#import <UIKit/UIKit.h>

namespace vaultlink::platform {

void IosClipboardMarker::afterCopy(std::chrono::seconds clearAfter) const {
    // Qt's iOS clipboard sets the items without options; options come only with setItems.
    UIPasteboard *pasteboard = UIPasteboard.generalPasteboard;
    NSArray<NSDictionary<NSString *, id> *> *items = pasteboard.items;
    if (items.count == 0)
        return;
    NSDate *expiry =
        [NSDate dateWithTimeIntervalSinceNow:static_cast<NSTimeInterval>(clearAfter.count())];
    [pasteboard setItems:items
                 options:@{
                     UIPasteboardOptionLocalOnly : @YES,
                     UIPasteboardOptionExpirationDate : expiry,
                 }];
}

} // namespace vaultlink::platform
