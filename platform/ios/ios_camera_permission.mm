#include "platform/ios/ios_camera_permission.h"

#include <QPromise>

#import <AVFoundation/AVFoundation.h>
#include <memory>

namespace vaultlink::platform {

QFuture<CameraPermission::Answer> IosCameraPermission::request() {
    switch ([AVCaptureDevice authorizationStatusForMediaType:AVMediaTypeVideo]) {
    case AVAuthorizationStatusAuthorized:
        return answered(Answer::Granted);
    case AVAuthorizationStatusNotDetermined:
        break;
    default: // denied, or restricted by a device policy
        return answered(Answer::DeniedPermanently);
    }
    // The block is copied and may outlive this call: it shares the promise.
    const auto promise = std::make_shared<QPromise<Answer>>();
    promise->start();
    [AVCaptureDevice
        requestAccessForMediaType:AVMediaTypeVideo
                completionHandler:^(BOOL granted) {
                    // on an arbitrary queue; CameraAccess moves it to the GUI thread
                    promise->addResult(granted ? Answer::Granted : Answer::DeniedPermanently);
                    promise->finish();
                }];
    return promise->future();
}

} // namespace vaultlink::platform
