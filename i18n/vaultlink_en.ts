<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AutofillPage</name>
    <message>
        <source>Matches for a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a phone, autofill offers these logins in the browser or app. This computer has no autofill: type a page&apos;s address to see them (a stand-in for testing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the matching logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login is offered on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not encrypted (http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeWords</name>
    <message>
        <source>Both sides changed “%1”; the server&apos;s value stands until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s form no longer has “%1”; your value is kept here to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the server while you changed it: created again with your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server while you deleted it: the record stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on the server, and you may not create it again: this is a read-only copy of your version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for you: every change of this device was sent or is waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide both values of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show both values of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the server&apos;s %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood: let the note on %1 go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the change of %1 again at the next synchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the change of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your change of &quot;%1&quot;? The record shows the server&apos;s version again (a new record is gone).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorField</name>
    <message>
        <source>e.g. 2027-05-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneratorDialog</name>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, keep the password as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make another password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters (a–z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital letters (A–Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits (0–9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols (!#$%…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out look-alikes (0 O o 1 l I | and small punctuation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator between the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitalize each word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkCredentialsStep</name>
    <message>
        <source>Link code for %1 in %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s key is pinned by the link code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain (directory accounts only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDatabaseStep</name>
    <message>
        <source>Choose a database on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (mobile synchronization off)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDoneStep</name>
    <message>
        <source>Linked &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <source>Link a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkProgressStep</name>
    <message>
        <source>Synchronization progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkStartStep</name>
    <message>
        <source>Open a link code picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code on your Account page, or type the address of your password server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a picture of the link QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address, e.g. vault.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pin (only for a private certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Vaultlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

This computer has no fingerprint sensor: confirm here in its place (a stand-in for testing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Enter the server&apos;s address, e.g. vault.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP is refused: passwords are only sent over HTTPS. Use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must be an https:// address, not %1:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is malformed; write it as https://host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain a fragment (#…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain a query (?…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain a user name or password (…@).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPv6 address lacks its closing bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after the IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an IPv6 address in brackets, e.g. [2001:db8::1]:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid port (1 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is malformed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key pin has the form sha256/&lt;base64 of 32 bytes&gt;, as the server&apos;s administrator or its QR code shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP to %1 is refused: passwords are only sent over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name could not be found (DNS): %1. Check the address and the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answers on port %2 at %1 (connection refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached: the network is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached: no network or no route (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s key does not match the one pinned when this profile was linked; someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not for this server name (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet. Check this device&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). If your server uses a private certificate, link by scanning its QR code, or enter the key pin your administrator gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 offers only an outdated TLS version (1.1 or older), which Vaultlink refuses. Ask its administrator to enable TLS 1.2 or 1.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %2 at %1 does not answer with HTTPS (plain HTTP or another protocol). Check the server&apos;s address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not Vaultlink API v1: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not read the app&apos;s request; update Vaultlink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is larger than the server accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer this service; check the address, or update Vaultlink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer this service; update Vaultlink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s web services are switched off. Your local copy stays usable; try again later or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no such database; choose one from its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile synchronization is switched off for this database. Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not synchronize with mobile devices. Ask your administrator for the right &quot;can synchronize with mobile devices&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed logins for this user. Wait %1 seconds, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account needs the code from its authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticator code was wrong or already used (tries left: %1). Wait for the next code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login took too long or had too many wrong codes. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants a login first. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer knows this device&apos;s session (logged out or replaced). Synchronize again with your password; your local copy is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s session has run out. Synchronize again with your password; your local copy is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended (idle too long or at its maximum age). Synchronize again with your password; your local copy is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended this device&apos;s session because a session key was used twice; it may have been copied. Log in again, and tell your administrator if this was not you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator revoked this device. Its copy of the passwords has been deleted; ask your administrator before linking it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account lacks the right for this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no such record (deleted, or no longer visible to you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was changed on the server meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer knows this device&apos;s position in its history; a full synchronization is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this link code. Check that it was made by this server, or make a new one on the Account page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link code has expired. Make a new one on the Account page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link code was already used. Each code links one device; make a new one on the Account page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not take this device&apos;s key for logins. Log in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server knows no key for this device. Log in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this login challenge. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login challenge was already used. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login challenge expired before it was answered. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this device&apos;s key. Log in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to answer (internal error). Nothing was changed; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaultlink is not allowed to read the file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is not a picture Vaultlink can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture “%1” is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found in the picture. Hold the camera closer, or choose the picture of the code itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This QR code is not a Vaultlink link code (it holds %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link code was made by a newer Vaultlink server; update Vaultlink to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link code has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link code gives its %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link code&apos;s %1 is not correctly encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link code&apos;s version number is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link code&apos;s version number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link code&apos;s server address uses http, not https; Vaultlink only connects over https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link code&apos;s server address is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link code&apos;s server address does not use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link code&apos;s database id is not a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link code&apos;s link token contains characters a token cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link code&apos;s link token is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link code&apos;s link token is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link code&apos;s server key pin is not a valid sha256 pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link code has unexpected text after its parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server key pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Vaultlink code of another kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi network details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a calendar event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a two-factor authentication setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a two-factor authentication export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link of another kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name needs 1 to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot hold control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database named &quot;%1&quot;; choose one from its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer to this link code names another database or user than the code itself; it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s second factor cannot be answered from this app; ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy of profile &quot;%1&quot; is missing; remove the profile and link it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Vaultlink process is synchronizing profile &quot;%1&quot;; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was linked, but its first synchronization did not finish: %2 Open it and synchronize to continue where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database %1 cannot be decrypted: it is damaged or was replaced. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is damaged (%1). &quot;Fix synchronization errors&quot; in the settings rebuilds it from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database was written by a newer Vaultlink; update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is busy in another process; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database cannot be read or written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the profile list (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile list is damaged or from a newer Vaultlink; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile list holds a damaged entry; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the profile list (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s records and this device&apos;s copy still differ after a full synchronization; the previous copy was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record %1 on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device does not know the server&apos;s forms yet; synchronize once, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no form &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form &quot;%2&quot; has no field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot see an organizational unit &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not let you create personal records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not let you add records to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: the server does not let you change records of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not let you delete records of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric unlock was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised; try again or use your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts: biometric unlock is locked for a while; use your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sensor could not be used just now; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric unlock did not work this time; use your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device offers no biometric unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric unlock is off for this profile; unlock with your password, then turn it on in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric unlock was turned off: the fingerprints, face or screen lock of this device changed. Unlock with your password to turn it on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric unlock was turned off: no fingerprint or face is enrolled on this device any more. Unlock with your password to turn it on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric unlock was turned off after too many failed attempts; unlock the device with its screen lock, then unlock with your password to turn it on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow biometric unlock; it was turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: this is your copy of a record the server deleted, which you may not create again; keep what you need, then discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conflict or note number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; no longer exists on the server; copy the value where you need it, then discard the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier full synchronization was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server no longer knows this device&apos;s position in its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local copy did not match the server&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local file was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local copy&apos;s records differ from its own record of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of the local file could no longer be read (damaged or changed outside Vaultlink)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had ended this device&apos;s session because a session key was used twice; it may have been copied. Logged in again; tell your administrator if this was not you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be told: %1 Its session for this device ends on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s session has ended. Lock, then unlock with your password to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s session has ended, and signing in with biometrics did not work: %1 Lock, then unlock with your password to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants your password as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (http or https, with a host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account needs a second factor; the login was cancelled without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody approved the sign-in in time; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This security key is not registered for your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the security key&apos;s answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account cannot sign in with %1; it offers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No security key was found: plug it in or hold it to the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This security key holds none of your account&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security key was not touched in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security key&apos;s request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security key did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or password (or, for a directory account, the domain). Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy has not reached the server since %1, longer than the %2 your administrator allows. Enter your password and choose Connect to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session ended after %1 without use; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session reached its limit of %1; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecordPage</name>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: fill in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a new profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1: %2 on %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synchronized yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synchronized %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions for profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile yet. Link this device to your password server to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this device? Its local copy is deleted; the passwords stay on the server. While it is locked the server cannot be told: its session for this device ends on its own (to end it now, unlock it and choose Remove in the vault).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrViewfinder</name>
    <message>
        <source>Camera viewfinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found on this device. Open a picture of the code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaultlink may not use the camera. Allow it in the system settings, or open a picture of the code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaultlink needs the camera to read the code. Scan again to be asked once more, or open a picture of the code instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditorPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: drop what was typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this device at once; sent to the server at the next synchronization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message numerus="yes">
        <source>%1 (%n s)</source>
        <translation>
            <numerusform>%1 (%n s)</numerusform>
            <numerusform>%1 (%n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied; the clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied; the clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the conflict of this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the earlier %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the earlier %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the earlier %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? It goes from this device at once, and from the server at the next synchronization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecondFactorDialog</name>
    <message>
        <source>Second factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve on your other device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security key (stand-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone %1 rings: answer it and press 1 to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the sign-in on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your other device</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the stand-in security key (a key file on this computer, not a device)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch your security key, or hold it to the phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the Personal tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock automatically after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied passwords after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On any connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Wi-Fi only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix synchronization errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix synchronization errors: check the local copy against the server and repair it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaultlink %1 — a password vault client for your organization&apos;s password server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When off, the search looks in the open tab only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a log on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log holds what the app did and why something failed, never passwords or other secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on biometric unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the sensor stand-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with fingerprint or face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning it on asks for this profile&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device offers no biometric unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autofill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaultlink fills logins into apps and websites on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaultlink is not this device&apos;s autofill service yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no autofill service. On a phone, Vaultlink fills logins into apps and websites; here, &quot;Matches for a web address&quot; in the vault&apos;s menu shows what it would offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autofill settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Vaultlink for autofill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button opens the system&apos;s choice of autofill service. In Chrome, also turn on Settings › Autofill services › &quot;Autofill using another service&quot;; other browsers and apps ask the service by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the app leaves the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthWords</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: about %2 bits; %3 to guess at 10 billion guesses a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has %1 to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one kind of character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase has %1 to %2 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The separator has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The separator may only hold unaccented letters, digits, punctuation and spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords: try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords: try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password and connect: the copy opens as soon as it has been synchronized with the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <source>Synchronize now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the tab %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tab for an organizational unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the tab %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to synchronize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull down to synchronize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review conflicts and refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: waits for your review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches for a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock, sign out or remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the vault here; your session stays, and your password or biometrics open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends your session on the server; as your administrator requires, the copy on this device is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends your session on the server; the copy on this device stays readable offline until you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends your session on the server where it can be reached and deletes this profile and its copy; the passwords stay on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Connect to the server to continue using this copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultWrites</name>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::BiometricViewModel</name>
    <message>
        <source>Unlock with fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the sensor stand-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with biometrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Vaultlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on biometric unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::ConflictsViewModel</name>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::LinkViewModel</name>
    <message>
        <source>Enter your user name on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name, so that you can tell it from others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronizing: %1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::NewRecordViewModel</name>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::RecordActions</name>
    <message>
        <source>The server refused this change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on this device; not sent to the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::RecordEditorViewModel</name>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::RecordHistory</name>
    <message>
        <source>replaced by the server&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced on this device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::RecordViewModel</name>
    <message>
        <source>This record is no longer on this device; it may have been removed or your access to it withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::SyncStatus</name>
    <message>
        <source>Synchronizing: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronizing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>last synchronized %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) still to synchronize</source>
        <translation>
            <numerusform>%n record still to synchronize</numerusform>
            <numerusform>%n records still to synchronize</numerusform>
        </translation>
    </message>
    <message>
        <source>The last synchronization failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait(s) to be sent</source>
        <translation>
            <numerusform>%n change waits to be sent</numerusform>
            <numerusform>%n changes wait to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server</source>
        <translation>
            <numerusform>%n change refused by the server</numerusform>
            <numerusform>%n changes refused by the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform>
            <numerusform>%n conflicts to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s).</source>
        <translation>
            <numerusform>Sent %n change.</numerusform>
            <numerusform>Sent %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s).</source>
        <translation>
            <numerusform>The server refused %n change.</numerusform>
            <numerusform>The server refused %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) to review.</source>
        <translation>
            <numerusform>%n new conflict to review.</numerusform>
            <numerusform>%n new conflicts to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline access ends in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline access ends in %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline access ends in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::UnlockViewModel</name>
    <message>
        <source>Enter the password of this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::VaultViewModel</name>
    <message>
        <source>All passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local copy was rebuilt from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from this device; the passwords stay on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;. As your administrator requires, its copy on this device was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;. Its copy stays readable offline; once you unlock it, the next synchronization signs you in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
