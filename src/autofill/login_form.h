#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace vaultlink {

// One text field of the screen to fill, as the platform describes it (Android's ViewNode):
// untrusted, since any app or page chooses what its fields say about themselves.
struct ScreenField {
    QStringList hints;    // autofill hints (View.AUTOFILL_HINT_*, or a page's autocomplete words)
    int inputType = 0;    // android.text.InputType's class and variation bits; 0: not said
    QString htmlType;     // a page's <input type>, empty in an app
    QString idEntry;      // the view's resource name ("login_email")
    QString hint;         // the placeholder text shown in the empty field
    QString webDomain;    // the page the field belongs to (its web view's), empty in an app
    QString webScheme;    // "http" or "https"; empty when the platform did not say (Android 8)
    bool focused = false; // the field the user is in
};

// The login form found among the fields: indices into them, and the page they belong to.
struct LoginForm {
    QString webAddress;      // "scheme://domain" of the fields' page; empty for an app's screen
    bool schemeKnown = true; // false: the platform did not say whether the page is encrypted
    QList<int> userFields;   // user name or email address
    QList<int> passwordFields;
    bool empty() const { return userFields.isEmpty() && passwordFields.isEmpty(); }
};

// Which fields take the user name and which the password. A password field says so (its hint,
// input type or <input type="password">); a sign-up's new password or a one-time code is not
// one. A user field says so by hint or type, or by a word in its name or placeholder; without
// such a field, the text field just before the first password field is taken. The form is the
// page of the focused login field, else of the first password field, else of the first user
// field: fields of another page on the same screen (a frame of another site) are left out, so a
// page never receives a login matched for another. Empty when nothing on the screen is a login
// field.
LoginForm readLoginForm(const QList<ScreenField> &fields);

} // namespace vaultlink
