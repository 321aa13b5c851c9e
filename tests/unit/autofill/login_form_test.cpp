// Which of a screen's fields take the user name and the password (readLoginForm), as a table:
// what apps and pages say about their fields, honestly or not.
#include "src/autofill/login_form.h"

#include <gtest/gtest.h>

#include <vector>

namespace vaultlink {
namespace {

ScreenField hinted(const char *hint, const char *domain = "") {
    ScreenField field;
    field.hints = {QString::fromLatin1(hint)};
    field.webDomain = QString::fromLatin1(domain);
    field.webScheme = field.webDomain.isEmpty() ? QString() : QStringLiteral("https");
    return field;
}
ScreenField typed(int inputType, const char *idEntry = "") {
    ScreenField field;
    field.inputType = inputType;
    field.idEntry = QString::fromLatin1(idEntry);
    return field;
}
ScreenField html(const char *type, const char *domain) {
    ScreenField field = hinted("", domain);
    field.hints.clear();
    field.htmlType = QString::fromLatin1(type);
    return field;
}
ScreenField focused(ScreenField field) {
    field.focused = true;
    return field;
}

struct Row {
    const char *why;
    QList<ScreenField> fields;
    QList<int> user;
    QList<int> password;
    const char *webAddress;
};

TEST(LoginForm, FindsTheLoginFieldsOfOnePage) {
    constexpr int text = 0x01;
    constexpr int textPassword = 0x01 | 0x80;
    constexpr int webPassword = 0x01 | 0xe0;
    constexpr int visiblePassword = 0x01 | 0x90;
    constexpr int email = 0x01 | 0x20;
    constexpr int webEmail = 0x01 | 0xd0;
    constexpr int pin = 0x02 | 0x10;
    constexpr int number = 0x02;
    ScreenField plainHttp = html("password", "shop.example");
    plainHttp.webScheme = QStringLiteral("http");
    ScreenField unsaid = html("password", "shop.example");
    unsaid.webScheme.clear();
    const std::vector<Row> rows = {
        {"an app's hints", {hinted("username"), hinted("password")}, {0}, {1}, ""},
        {"an email hint", {hinted("emailAddress"), hinted("password")}, {0}, {1}, ""},
        {"input types alone", {typed(email), typed(textPassword)}, {0}, {1}, ""},
        {"web input types", {typed(webEmail), typed(webPassword)}, {0}, {1}, ""},
        {"a visible password", {typed(text, "login"), typed(visiblePassword)}, {0}, {1}, ""},
        {"a numeric PIN", {typed(text, "user_id"), typed(pin)}, {0}, {1}, ""},
        {"a plain number is no password", {typed(number), typed(text)}, {}, {}, ""},
        {"the user named by the view's id",
         {typed(text, "edit_account"), typed(textPassword)},
         {0},
         {1},
         ""},
        {"a German placeholder",
         {[] {
              ScreenField f = typed(text);
              f.hint = QStringLiteral("Benutzername");
              return f;
          }(),
          typed(textPassword)},
         {0},
         {1},
         ""},
        {"no user field said: the text field before the password",
         {typed(text, "search"), typed(text, "x1"), typed(textPassword)},
         {1},
         {2},
         ""},
        {"a password alone (second step of a login)", {typed(textPassword)}, {}, {0}, ""},
        {"a user name alone (first step of a login)", {hinted("username")}, {0}, {}, ""},
        {"sign-up: the new password is not filled",
         {hinted("username"), hinted("password"), hinted("newPassword")},
         {0},
         {1},
         ""},
        {"a one-time code is no password",
         {typed(text, "user"), hinted("one-time-code")},
         {0},
         {},
         ""},
        {"a search box alone is no form",
         {typed(text, "search"), typed(text, "query")},
         {},
         {},
         ""},
        {"nothing at all", {}, {}, {}, ""},
        {"a page's fields",
         {html("email", "bank.example"), html("password", "bank.example")},
         {0},
         {1},
         "https://bank.example"},
        {"an unencrypted page",
         {html("text", "shop.example"), plainHttp},
         {0},
         {1},
         "http://shop.example"},
        {"a page whose scheme was not said (Android 8)", {unsaid}, {}, {0}, "https://shop.example"},
        {"a frame of another site before the page's password: its page is the form's",
         {html("email", "bank.example"), html("password", "ads.example"),
          html("password", "bank.example")},
         {},
         {1},
         "https://ads.example"},
        {"… unless the user is in the page's field",
         {html("email", "bank.example"), html("password", "ads.example"),
          focused(html("password", "bank.example"))},
         {0},
         {2},
         "https://bank.example"},
        {"a focused search box does not choose the page",
         {focused(html("text", "ads.example")), html("email", "bank.example"),
          html("password", "bank.example")},
         {1},
         {2},
         "https://bank.example"},
        {"the guessed user field is of the password's page",
         {html("text", "bank.example"), html("text", "ads.example"),
          html("password", "bank.example")},
         {0},
         {2},
         "https://bank.example"},
        {"upper-case words",
         {[] {
              ScreenField f = hinted("PASSWORD");
              return f;
          }(),
          html("PASSWORD", "")},
         {},
         {0, 1},
         ""},
    };
    for (const Row &row : rows) {
        SCOPED_TRACE(row.why);
        const LoginForm form = readLoginForm(row.fields);
        EXPECT_EQ(form.userFields, row.user);
        EXPECT_EQ(form.passwordFields, row.password);
        EXPECT_EQ(form.webAddress, QString::fromLatin1(row.webAddress));
        EXPECT_EQ(form.empty(), row.user.isEmpty() && row.password.isEmpty());
    }
    EXPECT_FALSE(readLoginForm({unsaid}).schemeKnown);
    EXPECT_TRUE(readLoginForm({plainHttp}).schemeKnown);
}

} // namespace
} // namespace vaultlink
