<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AutofillPage</name>
    <message>
        <source>Matches for a web address</source>
        <translation>Treffer für eine Webadresse</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>On a phone, autofill offers these logins in the browser or app. This computer has no autofill: type a page&apos;s address to see them (a stand-in for testing).</source>
        <translation>Auf einem Telefon bietet das automatische Ausfüllen diese Anmeldungen im Browser oder in der App an. Dieser Computer hat kein automatisches Ausfüllen: Geben Sie die Adresse einer Seite ein, um sie zu sehen (ein Ersatz zum Testen).</translation>
    </message>
    <message>
        <source>https://example.com/login</source>
        <translation>https://example.com/login</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find the matching logins</source>
        <translation>Die passenden Anmeldungen suchen</translation>
    </message>
    <message>
        <source>No login is offered on this page.</source>
        <translation>Auf dieser Seite wird keine Anmeldung angeboten.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This page is not encrypted (http)</source>
        <translation>Diese Seite ist nicht verschlüsselt (http)</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
</context>
<context>
    <name>ChangeWords</name>
    <message>
        <source>Both sides changed “%1”; the server&apos;s value stands until you choose.</source>
        <translation>Beide Seiten haben „%1“ geändert; der Wert des Servers gilt, bis Sie wählen.</translation>
    </message>
    <message>
        <source>The server&apos;s form no longer has “%1”; your value is kept here to copy.</source>
        <translation>Das Formular des Servers hat „%1“ nicht mehr; Ihr Wert bleibt hier zum Kopieren erhalten.</translation>
    </message>
    <message>
        <source>Deleted on the server while you changed it: created again with your changes.</source>
        <translation>Auf dem Server gelöscht, während Sie ihn geändert haben: mit Ihren Änderungen neu angelegt.</translation>
    </message>
    <message>
        <source>Changed on the server while you deleted it: the record stays.</source>
        <translation>Auf dem Server geändert, während Sie ihn gelöscht haben: Der Eintrag bleibt.</translation>
    </message>
    <message>
        <source>Deleted on the server, and you may not create it again: this is a read-only copy of your version.</source>
        <translation>Auf dem Server gelöscht, und Sie dürfen ihn nicht neu anlegen: Dies ist eine schreibgeschützte Kopie Ihrer Fassung.</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>dieses Gerät</translation>
    </message>
    <message>
        <source>the administrator</source>
        <translation>der Administrator</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Nothing waits for you: every change of this device was sent or is waiting to be sent.</source>
        <translation>Nichts wartet auf Sie: Jede Änderung dieses Geräts wurde gesendet oder wartet darauf, gesendet zu werden.</translation>
    </message>
    <message>
        <source>Conflicts and notes</source>
        <translation>Konflikte und Hinweise</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>The server&apos;s</source>
        <translation>Wert des Servers</translation>
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
        <source>Hide both values of %1</source>
        <translation>Beide Werte von %1 verbergen</translation>
    </message>
    <message>
        <source>Show both values of %1</source>
        <translation>Beide Werte von %1 anzeigen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meinen Wert behalten</translation>
    </message>
    <message>
        <source>Keep my %1 of %2</source>
        <translation>Meinen Wert für %1 von %2 behalten</translation>
    </message>
    <message>
        <source>Keep the server&apos;s</source>
        <translation>Wert des Servers behalten</translation>
    </message>
    <message>
        <source>Keep the server&apos;s %1 of %2</source>
        <translation>Den Wert des Servers für %1 von %2 behalten</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Understood: let the note on %1 go</source>
        <translation>Verstanden: Hinweis zu %1 schließen</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>Vom Server abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Send the change of %1 again at the next synchronization</source>
        <translation>Die Änderung von %1 bei der nächsten Synchronisierung erneut senden</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard the change of %1</source>
        <translation>Die Änderung von %1 verwerfen</translation>
    </message>
    <message>
        <source>Discard change</source>
        <translation>Änderung verwerfen</translation>
    </message>
    <message>
        <source>Discard the change</source>
        <translation>Die Änderung verwerfen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Keep the change</source>
        <translation>Die Änderung behalten</translation>
    </message>
    <message>
        <source>Discard your change of &quot;%1&quot;? The record shows the server&apos;s version again (a new record is gone).</source>
        <translation>Ihre Änderung von „%1“ verwerfen? Der Eintrag zeigt wieder die Fassung des Servers (ein neuer Eintrag verschwindet).</translation>
    </message>
</context>
<context>
    <name>EditorField</name>
    <message>
        <source>e.g. 2027-05-31</source>
        <translation>z. B. 2027-05-31</translation>
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
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Generate a new %1</source>
        <translation>%1 neu erzeugen</translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation>Schlagwort %1 entfernen</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <source>New tag for %1</source>
        <translation>Neues Schlagwort für %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
</context>
<context>
    <name>GeneratorDialog</name>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Use this password</source>
        <translation>Dieses Passwort übernehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel, keep the password as it was</source>
        <translation>Abbrechen, das Passwort bleibt, wie es war</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>Ein anderes</translation>
    </message>
    <message>
        <source>Make another password</source>
        <translation>Ein anderes Passwort erzeugen</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>Länge: %1</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Lower-case letters (a–z)</source>
        <translation>Kleinbuchstaben (a–z)</translation>
    </message>
    <message>
        <source>Capital letters (A–Z)</source>
        <translation>Großbuchstaben (A–Z)</translation>
    </message>
    <message>
        <source>Digits (0–9)</source>
        <translation>Ziffern (0–9)</translation>
    </message>
    <message>
        <source>Symbols (!#$%…)</source>
        <translation>Sonderzeichen (!#$%…)</translation>
    </message>
    <message>
        <source>Leave out look-alikes (0 O o 1 l I | and small punctuation)</source>
        <translation>Verwechselbares weglassen (0 O o 1 l I | und kleine Satzzeichen)</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Wörter: %1</translation>
    </message>
    <message>
        <source>Number of words</source>
        <translation>Anzahl der Wörter</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Separator between the words</source>
        <translation>Trennzeichen zwischen den Wörtern</translation>
    </message>
    <message>
        <source>Capitalize each word</source>
        <translation>Jedes Wort großschreiben</translation>
    </message>
    <message>
        <source>Add a digit</source>
        <translation>Eine Ziffer anhängen</translation>
    </message>
</context>
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
    <message>
        <source>Domain (directory accounts only)</source>
        <translation>Domäne (nur Verzeichniskonten)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
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
    <message>
        <source>%1

This computer has no fingerprint sensor: confirm here in its place (a stand-in for testing).</source>
        <translation>%1

Dieser Computer hat keinen Fingerabdrucksensor: Bestätigen Sie hier an seiner Stelle (ein Ersatz zum Testen).</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Enter the server&apos;s address, e.g. vault.example.com.</source>
        <translation>Geben Sie die Adresse des Servers ein, z. B. vault.example.com.</translation>
    </message>
    <message>
        <source>Plain HTTP is refused: passwords are only sent over HTTPS. Use an https:// address.</source>
        <translation>Unverschlüsseltes HTTP wird abgelehnt: Passwörter werden nur über HTTPS gesendet. Verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <source>The address must be an https:// address, not %1:.</source>
        <translation>Die Adresse muss eine https://-Adresse sein, keine %1:-Adresse.</translation>
    </message>
    <message>
        <source>The address is malformed; write it as https://host.</source>
        <translation>Die Adresse ist fehlerhaft; schreiben Sie sie als https://host.</translation>
    </message>
    <message>
        <source>The address must not contain a fragment (#…).</source>
        <translation>Die Adresse darf keinen Anker (#…) enthalten.</translation>
    </message>
    <message>
        <source>The address must not contain a query (?…).</source>
        <translation>Die Adresse darf keine Abfrage (?…) enthalten.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password (…@).</source>
        <translation>Die Adresse darf keinen Benutzernamen und kein Passwort (…@) enthalten.</translation>
    </message>
    <message>
        <source>The IPv6 address lacks its closing bracket.</source>
        <translation>Der IPv6-Adresse fehlt die schließende Klammer.</translation>
    </message>
    <message>
        <source>Unexpected text after the IPv6 address.</source>
        <translation>Unerwarteter Text nach der IPv6-Adresse.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid IPv6 address.</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <source>Write an IPv6 address in brackets, e.g. [2001:db8::1]:8443.</source>
        <translation>Schreiben Sie eine IPv6-Adresse in Klammern, z. B. [2001:db8::1]:8443.</translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation>Die Adresse enthält keinen Servernamen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid server name.</source>
        <translation>„%1“ ist kein gültiger Servername.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid port (1 to 65535).</source>
        <translation>„%1“ ist kein gültiger Port (1 bis 65535).</translation>
    </message>
    <message>
        <source>The address is malformed (%1).</source>
        <translation>Die Adresse ist fehlerhaft (%1).</translation>
    </message>
    <message>
        <source>A key pin has the form sha256/&lt;base64 of 32 bytes&gt;, as the server&apos;s administrator or its QR code shows it.</source>
        <translation>Ein Schlüssel-Pin hat die Form sha256/&lt;Base64 von 32 Bytes&gt;, wie ihn der Administrator des Servers oder dessen QR-Code zeigt.</translation>
    </message>
    <message>
        <source>Plain HTTP to %1 is refused: passwords are only sent over HTTPS.</source>
        <translation>Unverschlüsseltes HTTP zu %1 wird abgelehnt: Passwörter werden nur über HTTPS gesendet.</translation>
    </message>
    <message>
        <source>The server name could not be found (DNS): %1. Check the address and the connection.</source>
        <translation>Der Servername wurde nicht gefunden (DNS): %1. Prüfen Sie die Adresse und die Verbindung.</translation>
    </message>
    <message>
        <source>Nobody answers on port %2 at %1 (connection refused).</source>
        <translation>Auf Port %2 von %1 antwortet niemand (Verbindung abgelehnt).</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds. Try again later.</source>
        <translation>Der Server %1 hat nicht innerhalb von %2 Sekunden geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out. Try again later.</source>
        <translation>Die Verbindung zu %1 hat zu lange gedauert. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the answer arrived.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die Antwort eintraf.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: the network is down.</source>
        <translation>%1 ist nicht erreichbar: Das Netzwerk ist getrennt.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: no network or no route (%2).</source>
        <translation>%1 ist nicht erreichbar: kein Netzwerk oder keine Route (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 broke (%2).</source>
        <translation>Die Verbindung zu %1 ist abgebrochen (%2).</translation>
    </message>
    <message>
        <source>The request to %1 failed (%2).</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Der Server war nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server&apos;s key does not match the one pinned when this profile was linked; someone may be intercepting the connection.</source>
        <translation>Der Schlüssel des Servers stimmt nicht mit dem beim Verknüpfen dieses Profils festgehaltenen überein; möglicherweise fängt jemand die Verbindung ab.</translation>
    </message>
    <message>
        <source>The certificate is not for this server name (%1).</source>
        <translation>Das Zertifikat gilt nicht für diesen Servernamen (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet. Check this device&apos;s date and time.</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig. Prüfen Sie Datum und Uhrzeit dieses Geräts.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). If your server uses a private certificate, link by scanning its QR code, or enter the key pin your administrator gives you.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut (%1). Verwendet Ihr Server ein privates Zertifikat, verknüpfen Sie, indem Sie seinen QR-Code scannen, oder geben Sie den Schlüssel-Pin ein, den Ihr Administrator Ihnen nennt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused (%1).</source>
        <translation>Das Zertifikat des Servers wurde abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up (%2).</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht aufgebaut werden (%2).</translation>
    </message>
    <message>
        <source>The server at %1 offers only an outdated TLS version (1.1 or older), which Vaultlink refuses. Ask its administrator to enable TLS 1.2 or 1.3.</source>
        <translation>Der Server %1 bietet nur eine veraltete TLS-Version an (1.1 oder älter), die Vaultlink ablehnt. Bitten Sie seinen Administrator, TLS 1.2 oder 1.3 einzuschalten.</translation>
    </message>
    <message>
        <source>Port %2 at %1 does not answer with HTTPS (plain HTTP or another protocol). Check the server&apos;s address and port.</source>
        <translation>Port %2 von %1 antwortet nicht mit HTTPS (unverschlüsseltes HTTP oder ein anderes Protokoll). Prüfen Sie Adresse und Port des Servers.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not Vaultlink API v1: %1.</source>
        <translation>Die Antwort des Servers entspricht nicht der Vaultlink-API v1: %1.</translation>
    </message>
    <message>
        <source>The server could not read the app&apos;s request; update Vaultlink.</source>
        <translation>Der Server konnte die Anfrage der App nicht lesen; aktualisieren Sie Vaultlink.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The request is larger than the server accepts.</source>
        <translation>Die Anfrage ist größer, als der Server annimmt.</translation>
    </message>
    <message>
        <source>The server does not offer this service; check the address, or update Vaultlink.</source>
        <translation>Der Server bietet diesen Dienst nicht an; prüfen Sie die Adresse oder aktualisieren Sie Vaultlink.</translation>
    </message>
    <message>
        <source>The server does not offer this service; update Vaultlink.</source>
        <translation>Der Server bietet diesen Dienst nicht an; aktualisieren Sie Vaultlink.</translation>
    </message>
    <message>
        <source>The server&apos;s web services are switched off. Your local copy stays usable; try again later or ask your administrator.</source>
        <translation>Die Webdienste des Servers sind ausgeschaltet. Ihre lokale Kopie bleibt nutzbar; versuchen Sie es später erneut oder fragen Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>The server has no such database; choose one from its list.</source>
        <translation>Der Server hat keine solche Datenbank; wählen Sie eine aus seiner Liste.</translation>
    </message>
    <message>
        <source>Mobile synchronization is switched off for this database. Ask your administrator.</source>
        <translation>Die mobile Synchronisierung ist für diese Datenbank ausgeschaltet. Fragen Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>Your account may not synchronize with mobile devices. Ask your administrator for the right &quot;can synchronize with mobile devices&quot;.</source>
        <translation>Ihr Konto darf nicht mit Mobilgeräten synchronisieren. Bitten Sie Ihren Administrator um das Recht „darf mit Mobilgeräten synchronisieren“.</translation>
    </message>
    <message>
        <source>The server refused the user name or password (or, for a directory account, the domain). Check them and try again.</source>
        <translation>Der Server hat Benutzername oder Passwort abgelehnt (bei einem Verzeichniskonto auch die Domäne). Prüfen Sie die Angaben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Too many failed logins for this user. Wait %1 seconds, then try again.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen für diesen Benutzer. Warten Sie %1 Sekunden und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This account needs the code from its authenticator app.</source>
        <translation>Dieses Konto braucht den Code aus seiner Authenticator-App.</translation>
    </message>
    <message>
        <source>The authenticator code was wrong or already used (tries left: %1). Wait for the next code.</source>
        <translation>Der Authenticator-Code war falsch oder schon benutzt (verbleibende Versuche: %1). Warten Sie auf den nächsten Code.</translation>
    </message>
    <message>
        <source>The login took too long or had too many wrong codes. Log in again.</source>
        <translation>Die Anmeldung hat zu lange gedauert oder hatte zu viele falsche Codes. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server wants a login first. Log in again.</source>
        <translation>Der Server verlangt zuerst eine Anmeldung. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server no longer knows this device&apos;s session (logged out or replaced). Synchronize again with your password; your local copy is kept.</source>
        <translation>Der Server kennt die Sitzung dieses Geräts nicht mehr (abgemeldet oder ersetzt). Synchronisieren Sie erneut mit Ihrem Passwort; Ihre lokale Kopie bleibt erhalten.</translation>
    </message>
    <message>
        <source>This device&apos;s session has run out. Synchronize again with your password; your local copy is kept.</source>
        <translation>Die Sitzung dieses Geräts ist abgelaufen. Synchronisieren Sie erneut mit Ihrem Passwort; Ihre lokale Kopie bleibt erhalten.</translation>
    </message>
    <message>
        <source>The session ended (idle too long or at its maximum age). Synchronize again with your password; your local copy is kept.</source>
        <translation>Die Sitzung ist beendet (zu lange untätig oder höchstes Alter erreicht). Synchronisieren Sie erneut mit Ihrem Passwort; Ihre lokale Kopie bleibt erhalten.</translation>
    </message>
    <message>
        <source>The server ended this device&apos;s session because a session key was used twice; it may have been copied. Log in again, and tell your administrator if this was not you.</source>
        <translation>Der Server hat die Sitzung dieses Geräts beendet, weil ein Sitzungsschlüssel zweimal benutzt wurde; er wurde möglicherweise kopiert. Melden Sie sich erneut an und informieren Sie Ihren Administrator, falls Sie das nicht waren.</translation>
    </message>
    <message>
        <source>An administrator revoked this device. Its copy of the passwords has been deleted; ask your administrator before linking it again.</source>
        <translation>Ein Administrator hat dieses Gerät gesperrt. Seine Kopie der Passwörter wurde gelöscht; fragen Sie Ihren Administrator, bevor Sie es erneut verknüpfen.</translation>
    </message>
    <message>
        <source>Your account lacks the right for this change.</source>
        <translation>Ihrem Konto fehlt das Recht für diese Änderung.</translation>
    </message>
    <message>
        <source>The server has no such record (deleted, or no longer visible to you).</source>
        <translation>Der Server hat keinen solchen Eintrag (gelöscht oder für Sie nicht mehr sichtbar).</translation>
    </message>
    <message>
        <source>The record was changed on the server meanwhile.</source>
        <translation>Der Eintrag wurde inzwischen auf dem Server geändert.</translation>
    </message>
    <message>
        <source>The server no longer knows this device&apos;s position in its history; a full synchronization is needed.</source>
        <translation>Der Server kennt die Position dieses Geräts in seinem Verlauf nicht mehr; eine vollständige Synchronisierung ist nötig.</translation>
    </message>
    <message>
        <source>The server does not know this link code. Check that it was made by this server, or make a new one on the Account page.</source>
        <translation>Der Server kennt diesen Verknüpfungscode nicht. Prüfen Sie, ob er von diesem Server stammt, oder erzeugen Sie auf der Kontoseite einen neuen.</translation>
    </message>
    <message>
        <source>This link code has expired. Make a new one on the Account page.</source>
        <translation>Dieser Verknüpfungscode ist abgelaufen. Erzeugen Sie auf der Kontoseite einen neuen.</translation>
    </message>
    <message>
        <source>This link code was already used. Each code links one device; make a new one on the Account page.</source>
        <translation>Dieser Verknüpfungscode wurde bereits benutzt. Jeder Code verknüpft ein Gerät; erzeugen Sie auf der Kontoseite einen neuen.</translation>
    </message>
    <message>
        <source>The server does not take this device&apos;s key for logins. Log in with your password.</source>
        <translation>Der Server nimmt den Schlüssel dieses Geräts nicht zur Anmeldung an. Melden Sie sich mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>The server knows no key for this device. Log in with your password.</source>
        <translation>Der Server kennt keinen Schlüssel für dieses Gerät. Melden Sie sich mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>The server does not know this login challenge. Try again.</source>
        <translation>Der Server kennt diese Anmeldeaufforderung nicht. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This login challenge was already used. Try again.</source>
        <translation>Diese Anmeldeaufforderung wurde bereits benutzt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The login challenge expired before it was answered. Try again.</source>
        <translation>Die Anmeldeaufforderung ist abgelaufen, bevor sie beantwortet wurde. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server did not accept this device&apos;s key. Log in with your password.</source>
        <translation>Der Server hat den Schlüssel dieses Geräts nicht angenommen. Melden Sie sich mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <source>The name is already in use.</source>
        <translation>Der Name ist bereits vergeben.</translation>
    </message>
    <message>
        <source>The server failed to answer (internal error). Nothing was changed; try again later.</source>
        <translation>Der Server konnte nicht antworten (interner Fehler). Nichts wurde geändert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>No picture was chosen.</source>
        <translation>Es wurde kein Bild gewählt.</translation>
    </message>
    <message>
        <source>The picture is empty.</source>
        <translation>Das Bild ist leer.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a picture.</source>
        <translation>„%1“ ist ein Ordner, kein Bild.</translation>
    </message>
    <message>
        <source>Vaultlink is not allowed to read the file “%1”.</source>
        <translation>Vaultlink darf die Datei „%1“ nicht lesen.</translation>
    </message>
    <message>
        <source>The file “%1” is not a picture Vaultlink can open.</source>
        <translation>Die Datei „%1“ ist kein Bild, das Vaultlink öffnen kann.</translation>
    </message>
    <message>
        <source>The picture “%1” is damaged or incomplete.</source>
        <translation>Das Bild „%1“ ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read: %2.</source>
        <translation>Die Datei „%1“ konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>No QR code was found in the picture. Hold the camera closer, or choose the picture of the code itself.</source>
        <translation>Im Bild wurde kein QR-Code gefunden. Halten Sie die Kamera näher daran oder wählen Sie das Bild des Codes selbst.</translation>
    </message>
    <message>
        <source>This QR code is not a Vaultlink link code (it holds %1).</source>
        <translation>Dieser QR-Code ist kein Vaultlink-Verknüpfungscode (er enthält %1).</translation>
    </message>
    <message>
        <source>This link code was made by a newer Vaultlink server; update Vaultlink to use it.</source>
        <translation>Dieser Verknüpfungscode stammt von einem neueren Vaultlink-Server; aktualisieren Sie Vaultlink, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>The link code has no %1.</source>
        <translation>Dem Verknüpfungscode fehlt %1.</translation>
    </message>
    <message>
        <source>The link code gives its %1 twice.</source>
        <translation>Der Verknüpfungscode enthält %1 doppelt.</translation>
    </message>
    <message>
        <source>The link code&apos;s %1 is not correctly encoded.</source>
        <translation>Im Verknüpfungscode ist %1 nicht richtig kodiert.</translation>
    </message>
    <message>
        <source>The link code&apos;s version number is not a whole number.</source>
        <translation>Die Versionsnummer des Verknüpfungscodes ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>The link code&apos;s version number is not valid.</source>
        <translation>Die Versionsnummer des Verknüpfungscodes ist ungültig.</translation>
    </message>
    <message>
        <source>The link code&apos;s server address uses http, not https; Vaultlink only connects over https.</source>
        <translation>Die Serveradresse des Verknüpfungscodes verwendet http statt https; Vaultlink verbindet sich nur über https.</translation>
    </message>
    <message>
        <source>The link code&apos;s server address is not usable: %1</source>
        <translation>Die Serveradresse des Verknüpfungscodes ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The link code&apos;s server address does not use https.</source>
        <translation>Die Serveradresse des Verknüpfungscodes verwendet kein https.</translation>
    </message>
    <message>
        <source>The link code&apos;s database id is not a positive number.</source>
        <translation>Die Datenbank-ID des Verknüpfungscodes ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>The link code&apos;s link token contains characters a token cannot have.</source>
        <translation>Das Verknüpfungstoken des Codes enthält Zeichen, die ein Token nicht haben kann.</translation>
    </message>
    <message>
        <source>The link code&apos;s link token is too short.</source>
        <translation>Das Verknüpfungstoken des Codes ist zu kurz.</translation>
    </message>
    <message>
        <source>The link code&apos;s link token is too long.</source>
        <translation>Das Verknüpfungstoken des Codes ist zu lang.</translation>
    </message>
    <message>
        <source>The link code&apos;s server key pin is not a valid sha256 pin.</source>
        <translation>Der Schlüssel-Pin des Verknüpfungscodes ist kein gültiger sha256-Pin.</translation>
    </message>
    <message>
        <source>The link code has unexpected text after its parameters.</source>
        <translation>Der Verknüpfungscode enthält unerwarteten Text nach seinen Parametern.</translation>
    </message>
    <message>
        <source>version number</source>
        <translation>die Versionsnummer</translation>
    </message>
    <message>
        <source>server address</source>
        <translation>die Serveradresse</translation>
    </message>
    <message>
        <source>database id</source>
        <translation>die Datenbank-ID</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>der Datenbankname</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>der Benutzername</translation>
    </message>
    <message>
        <source>link token</source>
        <translation>das Verknüpfungstoken</translation>
    </message>
    <message>
        <source>server key pin</source>
        <translation>der Schlüssel-Pin des Servers</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a Vaultlink code of another kind</source>
        <translation>einen Vaultlink-Code anderer Art</translation>
    </message>
    <message>
        <source>a web address</source>
        <translation>eine Webadresse</translation>
    </message>
    <message>
        <source>Wi-Fi network details</source>
        <translation>WLAN-Zugangsdaten</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>an e-mail message</source>
        <translation>eine E-Mail-Nachricht</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>eine Telefonnummer</translation>
    </message>
    <message>
        <source>a text message</source>
        <translation>eine SMS</translation>
    </message>
    <message>
        <source>a contact card</source>
        <translation>eine Visitenkarte</translation>
    </message>
    <message>
        <source>a calendar event</source>
        <translation>einen Kalendertermin</translation>
    </message>
    <message>
        <source>a map location</source>
        <translation>einen Ort auf der Karte</translation>
    </message>
    <message>
        <source>a two-factor authentication setup</source>
        <translation>eine Einrichtung für Zwei-Faktor-Anmeldung</translation>
    </message>
    <message>
        <source>a two-factor authentication export</source>
        <translation>einen Export von Zwei-Faktor-Anmeldungen</translation>
    </message>
    <message>
        <source>a link of another kind</source>
        <translation>einen Link anderer Art</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>einfachen Text</translation>
    </message>
    <message>
        <source>A profile name needs 1 to 64 characters.</source>
        <translation>Ein Profilname braucht 1 bis 64 Zeichen.</translation>
    </message>
    <message>
        <source>A profile name cannot hold control characters.</source>
        <translation>Ein Profilname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Ein Profil namens „%1“ gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The server has no database named &quot;%1&quot;; choose one from its list.</source>
        <translation>Der Server hat keine Datenbank namens „%1“; wählen Sie eine aus seiner Liste.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to this link code names another database or user than the code itself; it was not used.</source>
        <translation>Die Antwort des Servers auf diesen Verknüpfungscode nennt eine andere Datenbank oder einen anderen Benutzer als der Code selbst; er wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>This account&apos;s second factor cannot be answered from this app; ask your administrator.</source>
        <translation>Der zweite Faktor dieses Kontos kann in dieser App nicht beantwortet werden; fragen Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>This account needs the code from its authenticator app; the login was cancelled without one.</source>
        <translation type="vanished">Dieses Konto braucht den Code aus seiner Authenticator-App; die Anmeldung wurde ohne Code abgebrochen.</translation>
    </message>
    <message>
        <source>Wrong password for profile &quot;%1&quot;.</source>
        <translation>Falsches Passwort für das Profil „%1“.</translation>
    </message>
    <message>
        <source>The local copy of profile &quot;%1&quot; is missing; remove the profile and link it again.</source>
        <translation>Die lokale Kopie des Profils „%1“ fehlt; entfernen Sie das Profil und verknüpfen Sie es erneut.</translation>
    </message>
    <message>
        <source>Another Vaultlink process is synchronizing profile &quot;%1&quot;; try again when it has finished.</source>
        <translation>Ein anderer Vaultlink-Prozess synchronisiert das Profil „%1“; versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>This copy has not reached the server since %1, longer than the %2 your administrator allows. Connect and synchronize to use it again.</source>
        <translation type="vanished">Diese Kopie hatte seit %1 keinen Kontakt zum Server, länger als die %2, die Ihr Administrator erlaubt. Verbinden Sie sich und synchronisieren Sie, um sie wieder zu verwenden.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was linked, but its first synchronization did not finish: %2 Open it and synchronize to continue where it stopped.</source>
        <translation>Das Profil „%1“ wurde verknüpft, aber seine erste Synchronisierung wurde nicht fertig: %2 Öffnen Sie es und synchronisieren Sie, um dort fortzufahren, wo sie stehen blieb.</translation>
    </message>
    <message>
        <source>The local database %1 cannot be decrypted: it is damaged or was replaced. It was left as it is.</source>
        <translation>Die lokale Datenbank %1 lässt sich nicht entschlüsseln: Sie ist beschädigt oder wurde ersetzt. Sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The local database is damaged (%1). &quot;Fix synchronization errors&quot; in the settings rebuilds it from the server.</source>
        <translation>Die lokale Datenbank ist beschädigt (%1). „Synchronisierungsfehler beheben“ in den Einstellungen baut sie vom Server neu auf.</translation>
    </message>
    <message>
        <source>The local database was written by a newer Vaultlink; update the app.</source>
        <translation>Die lokale Datenbank wurde von einem neueren Vaultlink geschrieben; aktualisieren Sie die App.</translation>
    </message>
    <message>
        <source>The local database is busy in another process; try again when it has finished.</source>
        <translation>Die lokale Datenbank wird von einem anderen Prozess benutzt; versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>The local database cannot be read or written (%1).</source>
        <translation>Die lokale Datenbank kann nicht gelesen oder geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>Cannot read the profile list (%1).</source>
        <translation>Die Profilliste kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The profile list is damaged or from a newer Vaultlink; it was left as it is.</source>
        <translation>Die Profilliste ist beschädigt oder stammt von einem neueren Vaultlink; sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The profile list holds a damaged entry; it was left as it is.</source>
        <translation>Die Profilliste enthält einen beschädigten Eintrag; sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Cannot write the profile list (%1).</source>
        <translation>Die Profilliste kann nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s records and this device&apos;s copy still differ after a full synchronization; the previous copy was kept.</source>
        <translation>Die Einträge des Servers und die Kopie dieses Geräts unterscheiden sich auch nach einer vollständigen Synchronisierung; die bisherige Kopie wurde behalten.</translation>
    </message>
    <message>
        <source>Unexpected failure: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <source>There is no record %1 on this device.</source>
        <translation>Auf diesem Gerät gibt es keinen Eintrag %1.</translation>
    </message>
    <message>
        <source>This device does not know the server&apos;s forms yet; synchronize once, then try again.</source>
        <translation>Dieses Gerät kennt die Formulare des Servers noch nicht; synchronisieren Sie einmal und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server has no form &quot;%1&quot;.</source>
        <translation>Der Server hat kein Formular „%1“.</translation>
    </message>
    <message>
        <source>The form &quot;%2&quot; has no field &quot;%1&quot;.</source>
        <translation>Das Formular „%2“ hat kein Feld „%1“.</translation>
    </message>
    <message>
        <source>A record needs a name.</source>
        <translation>Ein Eintrag braucht einen Namen.</translation>
    </message>
    <message>
        <source>You cannot see an organizational unit &quot;%1&quot;.</source>
        <translation>Sie sehen keine Organisationseinheit „%1“.</translation>
    </message>
    <message>
        <source>The server does not let you create personal records.</source>
        <translation>Der Server erlaubt Ihnen nicht, persönliche Einträge anzulegen.</translation>
    </message>
    <message>
        <source>The server does not let you add records to &quot;%1&quot;.</source>
        <translation>Der Server erlaubt Ihnen nicht, Einträge in „%1“ anzulegen.</translation>
    </message>
    <message>
        <source>Read only: the server does not let you change records of &quot;%1&quot;.</source>
        <translation>Nur lesbar: Der Server erlaubt Ihnen nicht, Einträge von „%1“ zu ändern.</translation>
    </message>
    <message>
        <source>The server does not let you delete records of &quot;%1&quot;.</source>
        <translation>Der Server erlaubt Ihnen nicht, Einträge von „%1“ zu löschen.</translation>
    </message>
    <message>
        <source>Biometric unlock was cancelled.</source>
        <translation>Die biometrische Entsperrung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not recognised; try again or use your password.</source>
        <translation>Nicht erkannt; versuchen Sie es erneut oder verwenden Sie Ihr Passwort.</translation>
    </message>
    <message>
        <source>Too many attempts: biometric unlock is locked for a while; use your password.</source>
        <translation>Zu viele Versuche: Die biometrische Entsperrung ist eine Weile gesperrt; verwenden Sie Ihr Passwort.</translation>
    </message>
    <message>
        <source>The sensor could not be used just now; try again.</source>
        <translation>Der Sensor konnte gerade nicht verwendet werden; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Biometric unlock did not work this time; use your password.</source>
        <translation>Die biometrische Entsperrung hat diesmal nicht funktioniert; verwenden Sie Ihr Passwort.</translation>
    </message>
    <message>
        <source>This device offers no biometric unlock.</source>
        <translation>Dieses Gerät bietet keine biometrische Entsperrung.</translation>
    </message>
    <message>
        <source>Biometric unlock is off for this profile; unlock with your password, then turn it on in the settings.</source>
        <translation>Die biometrische Entsperrung ist für dieses Profil aus; entsperren Sie mit Ihrem Passwort und schalten Sie sie in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>Biometric unlock was turned off: the fingerprints, face or screen lock of this device changed. Unlock with your password to turn it on again.</source>
        <translation>Die biometrische Entsperrung wurde ausgeschaltet: Fingerabdrücke, Gesicht oder Bildschirmsperre dieses Geräts haben sich geändert. Entsperren Sie mit Ihrem Passwort, um sie wieder einzuschalten.</translation>
    </message>
    <message>
        <source>Biometric unlock was turned off: no fingerprint or face is enrolled on this device any more. Unlock with your password to turn it on again.</source>
        <translation>Die biometrische Entsperrung wurde ausgeschaltet: Auf diesem Gerät ist kein Fingerabdruck und kein Gesicht mehr eingerichtet. Entsperren Sie mit Ihrem Passwort, um sie wieder einzuschalten.</translation>
    </message>
    <message>
        <source>Biometric unlock was turned off after too many failed attempts; unlock the device with its screen lock, then unlock with your password to turn it on again.</source>
        <translation>Die biometrische Entsperrung wurde nach zu vielen Fehlversuchen ausgeschaltet; entsperren Sie das Gerät mit seiner Bildschirmsperre, dann mit Ihrem Passwort, um sie wieder einzuschalten.</translation>
    </message>
    <message>
        <source>The server does not allow biometric unlock; it was turned off.</source>
        <translation>Der Server erlaubt keine biometrische Entsperrung; sie wurde ausgeschaltet.</translation>
    </message>
    <message>
        <source>Read only: this is your copy of a record the server deleted, which you may not create again; keep what you need, then discard it.</source>
        <translation>Nur lesbar: Dies ist Ihre Kopie eines Eintrags, den der Server gelöscht hat und den Sie nicht neu anlegen dürfen; übernehmen Sie, was Sie brauchen, und verwerfen Sie sie dann.</translation>
    </message>
    <message>
        <source>There is no conflict or note number %1.</source>
        <translation>Es gibt keinen Konflikt und keinen Hinweis mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; no longer exists on the server; copy the value where you need it, then discard the note.</source>
        <translation>Das Feld „%1“ gibt es auf dem Server nicht mehr; kopieren Sie den Wert, wohin Sie ihn brauchen, und verwerfen Sie dann den Hinweis.</translation>
    </message>
    <message>
        <source>an earlier full synchronization was interrupted</source>
        <translation>eine frühere vollständige Synchronisierung wurde unterbrochen</translation>
    </message>
    <message>
        <source>the server no longer knows this device&apos;s position in its history</source>
        <translation>der Server kennt die Position dieses Geräts in seinem Verlauf nicht mehr</translation>
    </message>
    <message>
        <source>the local copy did not match the server&apos;s records</source>
        <translation>die lokale Kopie stimmte nicht mit den Einträgen des Servers überein</translation>
    </message>
    <message>
        <source>the local file was damaged</source>
        <translation>die lokale Datei war beschädigt</translation>
    </message>
    <message>
        <source>the local copy&apos;s records differ from its own record of them</source>
        <translation>die Einträge der lokalen Kopie weichen von ihrer eigenen Aufzeichnung ab</translation>
    </message>
    <message>
        <source>part of the local file could no longer be read (damaged or changed outside Vaultlink)</source>
        <translation>ein Teil der lokalen Datei war nicht mehr lesbar (beschädigt oder außerhalb von Vaultlink verändert)</translation>
    </message>
    <message>
        <source>The server had ended this device&apos;s session because a session key was used twice; it may have been copied. Logged in again; tell your administrator if this was not you.</source>
        <translation>Der Server hatte die Sitzung dieses Geräts beendet, weil ein Sitzungsschlüssel zweimal benutzt wurde; er wurde möglicherweise kopiert. Erneut angemeldet; informieren Sie Ihren Administrator, falls Sie das nicht waren.</translation>
    </message>
    <message>
        <source>The server could not be told: %1 Its session for this device ends on its own.</source>
        <translation>Der Server konnte nicht benachrichtigt werden: %1 Seine Sitzung für dieses Gerät endet von selbst.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s session has ended. Lock, then unlock with your password to sign in again.</source>
        <translation>Die Sitzung auf dem Server ist beendet. Sperren Sie und entsperren Sie mit Ihrem Passwort, um sich wieder anzumelden.</translation>
    </message>
    <message>
        <source>The server&apos;s session has ended, and signing in with biometrics did not work: %1 Lock, then unlock with your password to sign in again.</source>
        <translation>Die Sitzung auf dem Server ist beendet, und die Anmeldung mit Biometrie hat nicht geklappt: %1 Sperren Sie und entsperren Sie mit Ihrem Passwort, um sich wieder anzumelden.</translation>
    </message>
    <message>
        <source>The server wants your password as well.</source>
        <translation>Der Server verlangt zusätzlich Ihr Passwort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (http or https, with a host).</source>
        <translation>„%1“ ist keine Webadresse (http oder https, mit einem Host).</translation>
    </message>
    <message>
        <source>This account needs a second factor; the login was cancelled without one.</source>
        <translation>Dieses Konto verlangt einen zweiten Faktor; die Anmeldung wurde ohne ihn abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in was denied.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Nobody approved the sign-in in time; try again.</source>
        <translation>Niemand hat die Anmeldung rechtzeitig bestätigt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>This security key is not registered for your account.</source>
        <translation>Dieser Sicherheitsschlüssel ist für Ihr Konto nicht registriert.</translation>
    </message>
    <message>
        <source>The server refused the security key&apos;s answer (%1).</source>
        <translation>Der Server hat die Antwort des Sicherheitsschlüssels abgelehnt (%1).</translation>
    </message>
    <message>
        <source>This account cannot sign in with %1; it offers: %2.</source>
        <translation>Dieses Konto kann sich nicht mit %1 anmelden; es bietet: %2.</translation>
    </message>
    <message>
        <source>No security key was found: plug it in or hold it to the phone.</source>
        <translation>Kein Sicherheitsschlüssel gefunden: Stecken Sie ihn ein oder halten Sie ihn an das Telefon.</translation>
    </message>
    <message>
        <source>This security key holds none of your account&apos;s keys.</source>
        <translation>Dieser Sicherheitsschlüssel enthält keinen der Schlüssel Ihres Kontos.</translation>
    </message>
    <message>
        <source>The security key was not touched in time.</source>
        <translation>Der Sicherheitsschlüssel wurde nicht rechtzeitig berührt.</translation>
    </message>
    <message>
        <source>The security key&apos;s request was cancelled.</source>
        <translation>Die Anfrage an den Sicherheitsschlüssel wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The security key did not answer.</source>
        <translation>Der Sicherheitsschlüssel hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>This copy has not reached the server since %1, longer than the %2 your administrator allows. Enter your password and choose Connect to continue.</source>
        <translation>Diese Kopie hat den Server seit %1 nicht erreicht, länger als die %2, die Ihr Administrator erlaubt. Geben Sie Ihr Passwort ein und wählen Sie „Verbinden und fortfahren“.</translation>
    </message>
    <message>
        <source>Your session ended after %1 without use; sign in again.</source>
        <translation>Ihre Sitzung endete nach %1 ohne Nutzung; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your session reached its limit of %1; sign in again.</source>
        <translation>Ihre Sitzung hat ihre Höchstdauer von %1 erreicht; melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>NewRecordPage</name>
    <message>
        <source>New record</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next: fill in the record</source>
        <translation>Weiter: den Eintrag ausfüllen</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Form %1</source>
        <translation>Formular %1</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ablage</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
</context>
<context>
    <name>OtpDialog</name>
    <message>
        <source>Authenticator code</source>
        <translation type="vanished">Authenticator-Code</translation>
    </message>
    <message>
        <source>The server asks for the %1-digit code from your authenticator app.</source>
        <translation type="vanished">Der Server fragt nach dem %1-stelligen Code aus Ihrer Authenticator-App.</translation>
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
        <translation type="vanished">„%1“ von diesem Gerät entfernen? Die lokale Kopie wird gelöscht; die Passwörter bleiben auf dem Server.</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from this device? Its local copy is deleted; the passwords stay on the server. While it is locked the server cannot be told: its session for this device ends on its own (to end it now, unlock it and choose Remove in the vault).</source>
        <translation>„%1“ von diesem Gerät entfernen? Die lokale Kopie wird gelöscht; die Passwörter bleiben auf dem Server. Solange das Profil gesperrt ist, kann der Server nicht benachrichtigt werden: Die Sitzung dieses Geräts endet von selbst (um sie sofort zu beenden, entsperren Sie es und wählen Sie im Tresor „Von diesem Gerät entfernen“).</translation>
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
    <name>RecordEditorPage</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel: drop what was typed</source>
        <translation>Abbrechen: das Eingegebene verwerfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save on this device</source>
        <translation>Auf diesem Gerät speichern</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>In: %1</translation>
    </message>
    <message>
        <source>Saved on this device at once; sent to the server at the next synchronization.</source>
        <translation>Sofort auf diesem Gerät gespeichert; bei der nächsten Synchronisierung an den Server gesendet.</translation>
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
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit this record</source>
        <translation>Diesen Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this record</source>
        <translation>Diesen Eintrag löschen</translation>
    </message>
    <message>
        <source>Review the conflict</source>
        <translation>Konflikt ansehen</translation>
    </message>
    <message>
        <source>Review the conflict of this record</source>
        <translation>Den Konflikt dieses Eintrags ansehen</translation>
    </message>
    <message>
        <source>Earlier passwords</source>
        <translation>Frühere Passwörter</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
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
        <source>Hide the earlier %1 of %2</source>
        <translation>Früheren Wert von „%1“ vom %2 verbergen</translation>
    </message>
    <message>
        <source>Show the earlier %1 of %2</source>
        <translation>Früheren Wert von „%1“ vom %2 anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the earlier %1 of %2</source>
        <translation>Früheren Wert von „%1“ vom %2 kopieren</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>Den Eintrag löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Keep the record</source>
        <translation>Den Eintrag behalten</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? It goes from this device at once, and from the server at the next synchronization.</source>
        <translation>„%1“ löschen? Er verschwindet sofort von diesem Gerät und bei der nächsten Synchronisierung vom Server.</translation>
    </message>
</context>
<context>
    <name>SecondFactorDialog</name>
    <message>
        <source>Second factor</source>
        <translation>Zweiter Faktor</translation>
    </message>
    <message>
        <source>Code from the authenticator app</source>
        <translation>Code aus der Authenticator-App</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Approve on %1</source>
        <translation>Bestätigen auf %1</translation>
    </message>
    <message>
        <source>Approve on your other device</source>
        <translation>Auf Ihrem anderen Gerät bestätigen</translation>
    </message>
    <message>
        <source>Phone call to %1</source>
        <translation>Anruf an %1</translation>
    </message>
    <message>
        <source>Security key (stand-in)</source>
        <translation>Sicherheitsschlüssel (Platzhalter)</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Sicherheitsschlüssel</translation>
    </message>
    <message>
        <source>%1-digit code</source>
        <translation>%1-stelliger Code</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Your phone %1 rings: answer it and press 1 to approve.</source>
        <translation>Ihr Telefon %1 klingelt: Nehmen Sie ab und drücken Sie 1, um zu bestätigen.</translation>
    </message>
    <message>
        <source>Approve the sign-in on %1.</source>
        <translation>Bestätigen Sie die Anmeldung auf %1.</translation>
    </message>
    <message>
        <source>your other device</source>
        <translation>Ihrem anderen Gerät</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>noch %n Sekunde</numerusform>
            <numerusform>noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the stand-in security key (a key file on this computer, not a device)…</source>
        <translation>Der Platzhalter-Sicherheitsschlüssel wird gefragt (eine Schlüsseldatei auf diesem Computer, kein Gerät)…</translation>
    </message>
    <message>
        <source>Touch your security key, or hold it to the phone.</source>
        <translation>Berühren Sie Ihren Sicherheitsschlüssel oder halten Sie ihn an das Telefon.</translation>
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
    <message>
        <source>Turn on biometric unlock</source>
        <translation>Biometrische Entsperrung einschalten</translation>
    </message>
    <message>
        <source>Password of this profile</source>
        <translation>Passwort dieses Profils</translation>
    </message>
    <message>
        <source>Biometric unlock</source>
        <translation>Biometrische Entsperrung</translation>
    </message>
    <message>
        <source>Unlock with the sensor stand-in</source>
        <translation>Mit dem Sensor-Ersatz entsperren</translation>
    </message>
    <message>
        <source>Unlock with fingerprint or face</source>
        <translation>Mit Fingerabdruck oder Gesicht entsperren</translation>
    </message>
    <message>
        <source>Turning it on asks for this profile&apos;s password.</source>
        <translation>Zum Einschalten wird das Passwort dieses Profils abgefragt.</translation>
    </message>
    <message>
        <source>This device offers no biometric unlock.</source>
        <translation>Dieses Gerät bietet keine biometrische Entsperrung.</translation>
    </message>
    <message>
        <source>Autofill</source>
        <translation>Automatisches Ausfüllen</translation>
    </message>
    <message>
        <source>Vaultlink fills logins into apps and websites on this device.</source>
        <translation>Vaultlink füllt auf diesem Gerät Anmeldedaten in Apps und Websites aus.</translation>
    </message>
    <message>
        <source>Vaultlink is not this device&apos;s autofill service yet.</source>
        <translation>Vaultlink ist noch nicht der Dienst für automatisches Ausfüllen auf diesem Gerät.</translation>
    </message>
    <message>
        <source>This computer has no autofill service. On a phone, Vaultlink fills logins into apps and websites; here, &quot;Matches for a web address&quot; in the vault&apos;s menu shows what it would offer.</source>
        <translation>Dieser Computer hat keinen Dienst für automatisches Ausfüllen. Auf einem Telefon füllt Vaultlink Anmeldedaten in Apps und Websites aus; hier zeigt „Treffer für eine Webadresse“ im Menü des Tresors, was es anbieten würde.</translation>
    </message>
    <message>
        <source>Autofill settings</source>
        <translation>Einstellungen für automatisches Ausfüllen</translation>
    </message>
    <message>
        <source>Choose Vaultlink for autofill</source>
        <translation>Vaultlink zum Ausfüllen wählen</translation>
    </message>
    <message>
        <source>The button opens the system&apos;s choice of autofill service. In Chrome, also turn on Settings › Autofill services › &quot;Autofill using another service&quot;; other browsers and apps ask the service by themselves.</source>
        <translation>Die Schaltfläche öffnet die Auswahl des Dienstes für automatisches Ausfüllen im System. In Chrome zusätzlich Einstellungen › Autofill-Dienste › „Autofill mit einem anderen Dienst“ einschalten; andere Browser und Apps fragen den Dienst von selbst.</translation>
    </message>
    <message>
        <source>Lock when the app leaves the screen</source>
        <translation>Sperren, wenn die App den Bildschirm verlässt</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>After 30 seconds</source>
        <translation>Nach 30 Sekunden</translation>
    </message>
    <message>
        <source>After 1 minute</source>
        <translation>Nach 1 Minute</translation>
    </message>
    <message>
        <source>After 5 minutes</source>
        <translation>Nach 5 Minuten</translation>
    </message>
</context>
<context>
    <name>StrengthWords</name>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>Jahrhunderte</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>weniger als eine Sekunde</translation>
    </message>
    <message>
        <source>%1: about %2 bits; %3 to guess at 10 billion guesses a second</source>
        <translation>%1: etwa %2 Bit; %3 zum Erraten bei 10 Milliarden Versuchen pro Sekunde</translation>
    </message>
    <message>
        <source>A password has %1 to %2 characters.</source>
        <translation>Ein Passwort hat %1 bis %2 Zeichen.</translation>
    </message>
    <message>
        <source>Choose at least one kind of character.</source>
        <translation>Wählen Sie mindestens eine Art von Zeichen.</translation>
    </message>
    <message>
        <source>A passphrase has %1 to %2 words.</source>
        <translation>Eine Passphrase hat %1 bis %2 Wörter.</translation>
    </message>
    <message>
        <source>The separator has at most %1 characters.</source>
        <translation>Das Trennzeichen hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The separator may only hold unaccented letters, digits, punctuation and spaces.</source>
        <translation>Das Trennzeichen darf nur Buchstaben ohne Akzent, Ziffern, Satzzeichen und Leerzeichen enthalten.</translation>
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
    <message>
        <source>Enter the password and connect: the copy opens as soon as it has been synchronized with the server.</source>
        <translation>Geben Sie das Passwort ein und verbinden Sie sich: Die Kopie öffnet sich, sobald sie mit dem Server synchronisiert ist.</translation>
    </message>
    <message>
        <source>Connect to continue</source>
        <translation>Verbinden und fortfahren</translation>
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
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Review conflicts and refused changes</source>
        <translation>Konflikte und abgelehnte Änderungen ansehen</translation>
    </message>
    <message>
        <source>, not sent yet</source>
        <translation>, noch nicht gesendet</translation>
    </message>
    <message>
        <source>, in conflict</source>
        <translation>, im Konflikt</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <source>Conflict: waits for your review</source>
        <translation>Konflikt: wartet auf Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Matches for a web address</source>
        <translation>Treffer für eine Webadresse</translation>
    </message>
    <message>
        <source>Lock, sign out or remove…</source>
        <translation>Sperren, abmelden oder entfernen…</translation>
    </message>
    <message>
        <source>Leave the vault</source>
        <translation>Tresor verlassen</translation>
    </message>
    <message>
        <source>Closes the vault here; your session stays, and your password or biometrics open it again.</source>
        <translation>Schließt den Tresor hier; Ihre Sitzung bleibt bestehen, und Ihr Passwort oder die Biometrie öffnet ihn wieder.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Ends your session on the server; as your administrator requires, the copy on this device is deleted.</source>
        <translation>Beendet Ihre Sitzung auf dem Server; wie Ihr Administrator es verlangt, wird die Kopie auf diesem Gerät gelöscht.</translation>
    </message>
    <message>
        <source>Ends your session on the server; the copy on this device stays readable offline until you sign in again.</source>
        <translation>Beendet Ihre Sitzung auf dem Server; die Kopie auf diesem Gerät bleibt offline lesbar, bis Sie sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Remove from this device</source>
        <translation>Von diesem Gerät entfernen</translation>
    </message>
    <message>
        <source>Ends your session on the server where it can be reached and deletes this profile and its copy; the passwords stay on the server.</source>
        <translation>Beendet Ihre Sitzung auf dem Server, sofern er erreichbar ist, und löscht dieses Profil und seine Kopie; die Passwörter bleiben auf dem Server.</translation>
    </message>
    <message>
        <source>%1. Connect to the server to continue using this copy.</source>
        <translation>%1. Verbinden Sie sich mit dem Server, um diese Kopie weiter zu nutzen.</translation>
    </message>
</context>
<context>
    <name>VaultWrites</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::BiometricViewModel</name>
    <message>
        <source>Unlock with fingerprint</source>
        <translation>Mit Fingerabdruck entsperren</translation>
    </message>
    <message>
        <source>Unlock with face</source>
        <translation>Mit Gesicht entsperren</translation>
    </message>
    <message>
        <source>Unlock with the sensor stand-in</source>
        <translation>Mit dem Sensor-Ersatz entsperren</translation>
    </message>
    <message>
        <source>Unlock with biometrics</source>
        <translation>Biometrisch entsperren</translation>
    </message>
    <message>
        <source>Unlock Vaultlink</source>
        <translation>Vaultlink entsperren</translation>
    </message>
    <message>
        <source>Use password</source>
        <translation>Passwort verwenden</translation>
    </message>
    <message>
        <source>Enter the password of this profile.</source>
        <translation>Geben Sie das Passwort dieses Profils ein.</translation>
    </message>
    <message>
        <source>Turn on biometric unlock</source>
        <translation>Biometrische Entsperrung einschalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign in to the server</source>
        <translation>Beim Server anmelden</translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::ConflictsViewModel</name>
    <message>
        <source>Record %1</source>
        <translation>Eintrag %1</translation>
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
    <name>vaultlink::ui::NewRecordViewModel</name>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::RecordActions</name>
    <message>
        <source>The server refused this change: %1</source>
        <translation>Der Server hat diese Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Changed on this device; not sent to the server yet.</source>
        <translation>Auf diesem Gerät geändert; noch nicht an den Server gesendet.</translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::RecordEditorViewModel</name>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
</context>
<context>
    <name>vaultlink::ui::RecordHistory</name>
    <message>
        <source>replaced by the server&apos;s value</source>
        <translation>durch den Wert des Servers ersetzt</translation>
    </message>
    <message>
        <source>replaced on this device</source>
        <translation>auf diesem Gerät ersetzt</translation>
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
    <message numerus="yes">
        <source>%n change(s) wait(s) to be sent</source>
        <translation>
            <numerusform>%n Änderung wartet auf das Senden</numerusform>
            <numerusform>%n Änderungen warten auf das Senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server</source>
        <translation>
            <numerusform>%n Änderung vom Server abgelehnt</numerusform>
            <numerusform>%n Änderungen vom Server abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n Konflikt zu entscheiden</numerusform>
            <numerusform>%n Konflikte zu entscheiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s).</source>
        <translation>
            <numerusform>%n Änderung gesendet.</numerusform>
            <numerusform>%n Änderungen gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s).</source>
        <translation>
            <numerusform>Der Server hat %n Änderung abgelehnt.</numerusform>
            <numerusform>Der Server hat %n Änderungen abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) to review.</source>
        <translation>
            <numerusform>%n neuer Konflikt zu entscheiden.</numerusform>
            <numerusform>%n neue Konflikte zu entscheiden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline access ends in %n day(s)</source>
        <translation>
            <numerusform>Offlinezugriff endet in %n Tag</numerusform>
            <numerusform>Offlinezugriff endet in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline access ends in %n hour(s)</source>
        <translation>
            <numerusform>Offlinezugriff endet in %n Stunde</numerusform>
            <numerusform>Offlinezugriff endet in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline access ends in %n minute(s)</source>
        <translation>
            <numerusform>Offlinezugriff endet in %n Minute</numerusform>
            <numerusform>Offlinezugriff endet in %n Minuten</numerusform>
        </translation>
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
    <message>
        <source>Removing &quot;%1&quot;…</source>
        <translation>„%1“ wird entfernt…</translation>
    </message>
    <message>
        <source>Signing out of &quot;%1&quot;…</source>
        <translation>Abmeldung von „%1“…</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from this device; the passwords stay on the server.</source>
        <translation>„%1“ wurde von diesem Gerät entfernt; die Passwörter bleiben auf dem Server.</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;. As your administrator requires, its copy on this device was deleted.</source>
        <translation>Von „%1“ abgemeldet. Wie Ihr Administrator es verlangt, wurde die Kopie auf diesem Gerät gelöscht.</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;. Its copy stays readable offline; the next synchronization asks for your password.</source>
        <translation type="vanished">Von „%1“ abgemeldet. Die Kopie bleibt offline lesbar; die nächste Synchronisierung fragt nach Ihrem Passwort.</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;. Its copy stays readable offline; once you unlock it, the next synchronization signs you in again.</source>
        <translation>Von „%1“ abgemeldet. Die Kopie bleibt offline lesbar; sobald Sie sie entsperren, meldet die nächste Synchronisierung Sie wieder an.</translation>
    </message>
</context>
</TS>
