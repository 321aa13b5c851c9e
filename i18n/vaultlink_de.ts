<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LinkCredentialsStep</name>
    <message>
        <source>Link code for %1 in %2 on %3</source>
        <translation>Verknüpfungscode für %1 in %2 auf %3</translation>
    </message>
    <message>
        <source>Database %1 on %2</source>
        <translation>Datenbank %1 auf %2</translation>
    </message>
    <message>
        <source>The server&apos;s key is pinned by the link code.</source>
        <translation>Der Schlüssel des Servers ist durch den Verknüpfungscode festgelegt.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
</context>
<context>
    <name>LinkDatabaseStep</name>
    <message>
        <source>Choose a database on %1</source>
        <translation>Wählen Sie eine Datenbank auf %1</translation>
    </message>
    <message>
        <source>%1 (mobile synchronization off)</source>
        <translation>%1 (mobile Synchronisierung aus)</translation>
    </message>
</context>
<context>
    <name>LinkDoneStep</name>
    <message>
        <source>Linked &quot;%1&quot;.</source>
        <translation>„%1“ verknüpft.</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <source>Link a profile</source>
        <translation>Profil verknüpfen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>LinkProgressStep</name>
    <message>
        <source>Synchronization progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
</context>
<context>
    <name>LinkStartStep</name>
    <message>
        <source>Open a link code picture</source>
        <translation>Bild mit Verknüpfungscode öffnen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>Scan the QR code on your Account page, or type the address of your password server.</source>
        <translation>Scannen Sie den QR-Code auf Ihrer Kontoseite oder geben Sie die Adresse Ihres Passwortservers ein.</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation>Scannen beenden</translation>
    </message>
    <message>
        <source>Scan QR code</source>
        <translation>QR-Code scannen</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Bild öffnen…</translation>
    </message>
    <message>
        <source>Open a picture of the link QR code</source>
        <translation>Bild des Verknüpfungs-QR-Codes öffnen</translation>
    </message>
    <message>
        <source>Server address, e.g. vault.example.com</source>
        <translation>Serveradresse, z. B. vault.example.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Key pin (only for a private certificate)</source>
        <translation>Schlüssel-Pin (nur bei privatem Zertifikat)</translation>
    </message>
    <message>
        <source>Key pin</source>
        <translation>Schlüssel-Pin</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Vaultlink</source>
        <translation>Vaultlink</translation>
    </message>
</context>
<context>
    <name>OtpDialog</name>
    <message>
        <source>Authenticator code</source>
        <translation>Authenticator-Code</translation>
    </message>
    <message>
        <source>The server asks for the %1-digit code from your authenticator app.</source>
        <translation>Der Server fragt nach dem %1-stelligen Code aus Ihrer Authenticator-App.</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Link a new profile</source>
        <translation>Neues Profil verknüpfen</translation>
    </message>
    <message>
        <source>Profile %1: %2 on %3 at %4</source>
        <translation>Profil %1: %2 in %3 auf %4</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Not synchronized yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Last synchronized %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>Actions for profile %1</source>
        <translation>Aktionen für Profil %1</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>No profile yet. Link this device to your password server to begin.</source>
        <translation>Noch kein Profil vorhanden. Verknüpfen Sie dieses Gerät mit Ihrem Passwortserver, um zu beginnen.</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this device? Its local copy is deleted; the passwords stay on the server.</source>
        <translation>„%1“ von diesem Gerät entfernen? Die lokale Kopie wird gelöscht; die Passwörter bleiben auf dem Server.</translation>
    </message>
</context>
<context>
    <name>QrViewfinder</name>
    <message>
        <source>Camera viewfinder</source>
        <translation>Kamerasucher</translation>
    </message>
    <message>
        <source>No camera found on this device. Open a picture of the code instead.</source>
        <translation>Auf diesem Gerät wurde keine Kamera gefunden. Öffnen Sie stattdessen ein Bild des Codes.</translation>
    </message>
    <message>
        <source>Vaultlink may not use the camera. Allow it in the system settings, or open a picture of the code instead.</source>
        <translation>Vaultlink darf die Kamera nicht verwenden. Erlauben Sie es in den Systemeinstellungen oder öffnen Sie stattdessen ein Bild des Codes.</translation>
    </message>
    <message>
        <source>Vaultlink needs the camera to read the code. Scan again to be asked once more, or open a picture of the code instead.</source>
        <translation>Vaultlink braucht die Kamera, um den Code zu lesen. Scannen Sie erneut, um noch einmal gefragt zu werden, oder öffnen Sie stattdessen ein Bild des Codes.</translation>
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
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 verbergen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message numerus="yes">
        <source>Copied; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopiert; die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert; die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>Das Protokoll ist leer.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Hide the Personal tab</source>
        <translation>Tab „Persönlich“ ausblenden</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Lock automatically after</source>
        <translation>Automatisch sperren nach</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>2 minutes</source>
        <translation>2 Minuten</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Clear copied passwords after</source>
        <translation>Kopierte Passwörter löschen nach</translation>
    </message>
    <message>
        <source>10 seconds</source>
        <translation>10 Sekunden</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 Sekunden</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Synchronize automatically</source>
        <translation>Automatisch synchronisieren</translation>
    </message>
    <message>
        <source>On any connection</source>
        <translation>Bei jeder Verbindung</translation>
    </message>
    <message>
        <source>On Wi-Fi only</source>
        <translation>Nur über WLAN</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Synchronize now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Fix synchronization errors</source>
        <translation>Synchronisierungsfehler beheben</translation>
    </message>
    <message>
        <source>Fix synchronization errors: check the local copy against the server and repair it</source>
        <translation>Synchronisierungsfehler beheben: die lokale Kopie mit dem Server abgleichen und reparieren</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>Protokoll anzeigen</translation>
    </message>
    <message>
        <source>Delete log</source>
        <translation>Protokoll löschen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Vaultlink %1 — a password vault client for your organization&apos;s password server.</source>
        <translation>Vaultlink %1 – ein Passworttresor-Client für den Passwortserver Ihrer Organisation.</translation>
    </message>
    <message>
        <source>Search all tabs</source>
        <translation>Alle Tabs durchsuchen</translation>
    </message>
    <message>
        <source>When off, the search looks in the open tab only.</source>
        <translation>Ausgeschaltet sucht die Suche nur im geöffneten Tab.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Keep a log on this device</source>
        <translation>Protokoll auf diesem Gerät führen</translation>
    </message>
    <message>
        <source>The log holds what the app did and why something failed, never passwords or other secrets.</source>
        <translation>Das Protokoll enthält, was die App getan hat und warum etwas fehlschlug – nie Passwörter oder andere Geheimnisse.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the profiles</source>
        <translation>Zurück zu den Profilen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche Passwörter: Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele falsche Passwörter: Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <source>Synchronize now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Tresor sperren</translation>
    </message>
    <message>
        <source>Tab %1</source>
        <translation>Tab %1</translation>
    </message>
    <message>
        <source>Search all tabs</source>
        <translation>Alle Tabs durchsuchen</translation>
    </message>
    <message>
        <source>Search this tab</source>
        <translation>Diesen Tab durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Close the tab %1</source>
        <translation>Tab %1 schließen</translation>
    </message>
    <message>
        <source>Add a tab for an organizational unit</source>
        <translation>Tab für eine Organisationseinheit hinzufügen</translation>
    </message>
    <message>
        <source>Add the tab %1</source>
        <translation>Tab %1 hinzufügen</translation>
    </message>
    <message>
        <source>Release to synchronize</source>
        <translation>Loslassen zum Synchronisieren</translation>
    </message>
    <message>
        <source>Pull down to synchronize</source>
        <translation>Zum Synchronisieren nach unten ziehen</translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::LinkViewModel</name>
    <message>
        <source>Enter your user name on the server.</source>
        <translation>Geben Sie Ihren Benutzernamen auf dem Server ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Give the profile a name, so that you can tell it from others.</source>
        <translation>Geben Sie dem Profil einen Namen, damit Sie es von anderen unterscheiden können.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Synchronizing: %1 of %2 records</source>
        <translation>Synchronisierung: %1 von %2 Einträgen</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung…</translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::RecordViewModel</name>
    <message>
        <source>This record is no longer on this device; it may have been removed or your access to it withdrawn.</source>
        <translation>Dieser Eintrag ist nicht mehr auf diesem Gerät; möglicherweise wurde er entfernt oder Ihr Zugriff darauf entzogen.</translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::SyncStatus</name>
    <message>
        <source>Synchronizing: %1 of %2</source>
        <translation>Synchronisierung: %1 von %2</translation>
    </message>
    <message>
        <source>Synchronizing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>last synchronized %1</source>
        <translation>zuletzt synchronisiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) still to synchronize</source>
        <translation>
            <numerusform>%n Eintrag noch zu synchronisieren</numerusform>
            <numerusform>%n Einträge noch zu synchronisieren</numerusform>
        </translation>
    </message>
    <message>
        <source>The last synchronization failed: %1</source>
        <translation>Die letzte Synchronisierung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::UnlockViewModel</name>
    <message>
        <source>Enter the password of this profile.</source>
        <translation>Geben Sie das Passwort dieses Profils ein.</translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::VaultViewModel</name>
    <message>
        <source>All passwords</source>
        <translation>Alle Passwörter</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>The local copy was rebuilt from the server: %1</source>
        <translation>Die lokale Kopie wurde vom Server neu aufgebaut: %1</translation>
    </message>
</context>
</TS>
