<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
<context>
    <name>OtpDialog</name>
    <message>
        <source>Authenticator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for the %1-digit code from your authenticator app.</source>
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
        <source>Remove &quot;%1&quot; from this device? Its local copy is deleted; the passwords stay on the server.</source>
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
</context>
</TS>
