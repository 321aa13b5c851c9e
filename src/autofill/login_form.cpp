#include "src/autofill/login_form.h"

#include <algorithm>

namespace vaultlink {

namespace {
// android.text.InputType
constexpr int kClassMask = 0x0f;
constexpr int kVariationMask = 0xff0;
constexpr int kClassText = 0x01;
constexpr int kClassNumber = 0x02;
constexpr int kTextEmail = 0x20;
constexpr int kTextPassword = 0x80;
constexpr int kTextVisiblePassword = 0x90;
constexpr int kTextWebEmail = 0xd0;
constexpr int kTextWebPassword = 0xe0;
constexpr int kNumberPassword = 0x10;

bool hinted(const ScreenField &field, std::initializer_list<const char *> words) {
    return std::any_of(field.hints.begin(), field.hints.end(), [&](const QString &hint) {
        return std::any_of(words.begin(), words.end(), [&](const char *word) {
            return hint.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
        });
    });
}

// A field meant for something other than the login's: a new password, a one-time code.
bool otherPurpose(const ScreenField &field) {
    return hinted(field, {"newPassword", "new-password", "newUsername", "smsOTPCode",
                          "one-time-code", "creditCardNumber", "cc-number", "cc-csc"});
}

bool isPassword(const ScreenField &field) {
    if (otherPurpose(field))
        return false;
    const int kind = field.inputType & kClassMask;
    const int variation = field.inputType & kVariationMask;
    return hinted(field, {"password", "current-password"}) ||
           field.htmlType.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0 ||
           (kind == kClassText &&
            (variation == kTextPassword || variation == kTextVisiblePassword ||
             variation == kTextWebPassword)) ||
           (kind == kClassNumber && variation == kNumberPassword);
}

bool namesAUser(const QString &text) {
    const QString folded = text.toCaseFolded();
    static const char *const words[] = {"user",    "login",    "email",  "e-mail",
                                        "account", "benutzer", "anmelde"};
    return std::any_of(std::begin(words), std::end(words),
                       [&](const char *word) { return folded.contains(QLatin1String(word)); });
}

bool isUser(const ScreenField &field) {
    if (otherPurpose(field) || isPassword(field))
        return false;
    const int variation = field.inputType & kVariationMask;
    return hinted(field, {"username", "emailAddress", "email"}) ||
           field.htmlType.compare(QLatin1String("email"), Qt::CaseInsensitive) == 0 ||
           ((field.inputType & kClassMask) == kClassText &&
            (variation == kTextEmail || variation == kTextWebEmail)) ||
           namesAUser(field.idEntry) || namesAUser(field.hint);
}

// A field that takes text at all: a plain text field, or one whose type was not said.
bool takesText(const ScreenField &field) {
    const int kind = field.inputType & kClassMask;
    return !otherPurpose(field) && (kind == kClassText || field.inputType == 0) &&
           (field.htmlType.isEmpty() || field.htmlType == QLatin1String("text"));
}

bool samePage(const ScreenField &a, const ScreenField &b) {
    return a.webDomain.compare(b.webDomain, Qt::CaseInsensitive) == 0;
}
} // namespace

LoginForm readLoginForm(const QList<ScreenField> &fields) {
    LoginForm form;
    int anchor = -1;
    for (int i = 0; i < fields.size() && anchor < 0; ++i)
        if (fields[i].focused && (isPassword(fields[i]) || isUser(fields[i])))
            anchor = i;
    for (int i = 0; i < fields.size() && anchor < 0; ++i)
        if (isPassword(fields[i]))
            anchor = i;
    for (int i = 0; i < fields.size() && anchor < 0; ++i)
        if (isUser(fields[i]))
            anchor = i;
    if (anchor < 0)
        return form;
    const ScreenField &page = fields[anchor];
    for (int i = 0; i < fields.size(); ++i) {
        if (!samePage(fields[i], page))
            continue;
        if (isPassword(fields[i]))
            form.passwordFields.append(i);
        else if (isUser(fields[i]))
            form.userFields.append(i);
    }
    if (form.userFields.isEmpty() && !form.passwordFields.isEmpty()) {
        for (int i = form.passwordFields.first() - 1; i >= 0; --i) {
            if (samePage(fields[i], page) && takesText(fields[i])) {
                form.userFields.append(i);
                break;
            }
        }
    }
    if (!page.webDomain.isEmpty()) {
        form.schemeKnown = !page.webScheme.isEmpty();
        form.webAddress = (form.schemeKnown ? page.webScheme.toLower() : QStringLiteral("https")) +
                          QStringLiteral("://") + page.webDomain;
    }
    return form;
}

} // namespace vaultlink
