<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>clientele::AboutDialog</name>
    <message>
        <source>About Clientele</source>
        <translation>Über Clientele</translation>
    </message>
    <message>
        <source>Clientele %1</source>
        <translation>Clientele %1</translation>
    </message>
    <message>
        <source>Customer lists, groups and reports for small shops.

Your data stays on this computer, in one file:
%1

Built with Qt %2. Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Kundenlisten, Gruppen und Berichte für kleine Läden.

Ihre Daten bleiben auf diesem Computer, in einer einzigen Datei:
%1

Erstellt mit Qt %2. Freie Software unter der GNU General Public License, Version 3 oder später.</translation>
    </message>
</context>
<context>
    <name>clientele::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
</context>
<context>
    <name>clientele::Cli</name>
    <message>
        <source>Usage: clientele-cli [--db FILE] [--lang CODE] COMMAND ...

Commands:
  demo [--customers N] [--seed S] [--as-of DATE]
                 fill an empty file with a demo shop (2000 customers by default)
  check          check that the file is healthy
  backup FILE    write a copy of the whole database to FILE
  restore FILE   replace the database with the backup FILE (a copy of the
                 current data is kept next to it first)

Options:
  --db FILE      the customer database (default: %1)
  --lang CODE    language of messages: en, de, fr, es
  -h, --help     show this help
  -v, --version  show the version

Exit codes: 0 done, 1 usage error, 2 bad input, 3 database problem.
</source>
        <translation>Aufruf: clientele-cli [--db FILE] [--lang CODE] COMMAND ...

Befehle:
  demo [--customers N] [--seed S] [--as-of DATE]
                 eine leere Datei mit einem Demo-Laden füllen (standardmäßig
                 mit 2000 Kunden)
  check          prüfen, ob die Datei in Ordnung ist
  backup FILE    eine Kopie der ganzen Datenbank in FILE schreiben
  restore FILE   die Datenbank durch die Sicherung FILE ersetzen (vorher wird
                 eine Kopie der aktuellen Daten daneben abgelegt)

Optionen:
  --db FILE      die Kundendatenbank (Standard: %1)
  --lang CODE    Sprache der Meldungen: en, de, fr, es
  -h, --help     diese Hilfe anzeigen
  -v, --version  die Version anzeigen

Rückgabewerte: 0 erledigt, 1 falscher Aufruf, 2 ungültige Eingabe,
3 Problem mit der Datenbank.
</translation>
    </message>
    <message>
        <source>Try “clientele-cli --help”.</source>
        <translation>Versuchen Sie „clientele-cli --help“.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>“demo” takes no file name.</source>
        <translation>„demo“ braucht keinen Dateinamen.</translation>
    </message>
    <message>
        <source>--customers must be a whole number from 1 to %1.</source>
        <translation>--customers muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>--as-of must be a date like 2026-03-31.</source>
        <translation>--as-of muss ein Datum wie 2026-03-31 sein.</translation>
    </message>
    <message>
        <source>Made a demo shop in %1: %2 customers, %3 purchases, %4 interactions (%5 s).</source>
        <translation>Demo-Laden in %1 angelegt: %2 Kunden, %3 Einkäufe, %4 Kontakte (%5 s).</translation>
    </message>
    <message>
        <source>“check” takes no arguments.</source>
        <translation>„check“ braucht keine weiteren Angaben.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2. Restore it from a backup.</source>
        <translation>„%1“ ist beschädigt: %2. Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>“%1” is healthy: schema version %2, %3 customers, %4 purchases, %5 interactions.</source>
        <translation>„%1“ ist in Ordnung: Schemaversion %2, %3 Kunden, %4 Einkäufe, %5 Kontakte.</translation>
    </message>
    <message>
        <source>“backup” needs one file name: clientele-cli backup FILE</source>
        <translation>„backup“ braucht einen Dateinamen: clientele-cli backup FILE</translation>
    </message>
    <message>
        <source>Backed up to “%1” (%2).</source>
        <translation>Gesichert in „%1“ (%2).</translation>
    </message>
    <message>
        <source>“restore” needs one file name: clientele-cli restore FILE</source>
        <translation>„restore“ braucht einen Dateinamen: clientele-cli restore FILE</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>Restored “%1” from “%2”. The data it had before is kept in “%3”.</source>
        <translation>„%1“ wurde aus „%2“ wiederhergestellt. Die Daten von vorher liegen in „%3“.</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerTableModel</name>
    <message>
        <source>Has not bought anything yet</source>
        <translation>Hat noch nichts gekauft</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Letzter Einkauf</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Einkäufe</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Insgesamt ausgegeben</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
</context>
<context>
    <name>clientele::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Search by name, email, phone, city or notes (Ctrl+F)</source>
        <translation>Nach Name, E-Mail, Telefon, Ort oder Notizen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>Kundenliste</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 von %2 Kunden</translation>
    </message>
    <message>
        <source>No customers yet. Import a file or try the demo shop from the File menu.</source>
        <translation>Noch keine Kunden. Importieren Sie eine Datei oder probieren Sie den Demo-Laden im Menü „Datei“ aus.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>clientele::Database</name>
    <message>
        <source>“%1” is a folder, not a Clientele file.</source>
        <translation>„%1“ ist ein Ordner, keine Clientele-Datei.</translation>
    </message>
    <message>
        <source>Clientele cannot read “%1”: %2.</source>
        <translation>Clientele kann „%1“ nicht lesen: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a Clientele file. Choose a file that Clientele made, or a new file name.</source>
        <translation>„%1“ ist keine Clientele-Datei. Wählen Sie eine Datei, die Clientele angelegt hat, oder einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is shorter than it should be. Restore it from a backup.</source>
        <translation>„%1“ ist beschädigt: Die Datei ist kürzer, als sie sein sollte. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Clientele cannot create the folder “%1”.</source>
        <translation>Clientele kann den Ordner „%1“ nicht anlegen.</translation>
    </message>
    <message>
        <source>Clientele cannot write next to “%1”. Check that the folder is not read-only.</source>
        <translation>Clientele kann neben „%1“ nichts speichern. Prüfen Sie, ob der Ordner schreibgeschützt ist.</translation>
    </message>
    <message>
        <source>“%1” is already open in another Clientele window (process %2 on %3). Close it there first, or work on a copy.</source>
        <translation>„%1“ ist schon in einem anderen Clientele-Fenster geöffnet (Prozess %2 auf %3). Schließen Sie die Datei zuerst dort, oder arbeiten Sie mit einer Kopie.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>Clientele cannot open “%1”: %2.</source>
        <translation>Clientele kann „%1“ nicht öffnen: %2.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). Restore it from a backup.</source>
        <translation>„%1“ ist beschädigt (%2). Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>A database command failed on “%1”: %2.</source>
        <translation>Ein Datenbankbefehl für „%1“ ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>a %1 row points to a missing %2 row</source>
        <translation>eine Zeile in %1 verweist auf eine fehlende Zeile in %2</translation>
    </message>
    <message>
        <source>the search index does not match the customers (%1)</source>
        <translation>der Suchindex passt nicht zu den Kunden (%1)</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Clientele file. Choose a file that Clientele made, or a new file name.</source>
        <translation>„%1“ ist eine Datenbank, aber keine Clientele-Datei. Wählen Sie eine Datei, die Clientele angelegt hat, oder einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Clientele. Update Clientele to open it.</source>
        <translation>„%1“ wurde mit einer neueren Version von Clientele gespeichert. Aktualisieren Sie Clientele, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>No upgrade step to schema version %1.</source>
        <translation>Kein Aktualisierungsschritt auf Schemaversion %1.</translation>
    </message>
    <message>
        <source>Upgrade to schema version %1 failed: %2</source>
        <translation>Aktualisierung auf Schemaversion %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the file it copies.</source>
        <translation>Eine Sicherung kann nicht die Datei überschreiben, die sie kopiert.</translation>
    </message>
    <message>
        <source>Clientele cannot replace “%1”.</source>
        <translation>Clientele kann „%1“ nicht ersetzen.</translation>
    </message>
    <message>
        <source>Clientele could not write the backup “%1”: %2.</source>
        <translation>Clientele konnte die Sicherung „%1“ nicht schreiben: %2.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>“%1” is empty, not a Clientele file.</source>
        <translation>„%1“ ist leer und keine Clientele-Datei.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). Choose another backup.</source>
        <translation>„%1“ ist beschädigt (%2). Wählen Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Clientele file.</source>
        <translation>„%1“ ist eine Datenbank, aber keine Clientele-Datei.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Clientele. Update Clientele to use it.</source>
        <translation>„%1“ wurde mit einer neueren Version von Clientele gespeichert. Aktualisieren Sie Clientele, um die Datei zu verwenden.</translation>
    </message>
    <message>
        <source>Clientele cannot open “%1”.</source>
        <translation>Clientele kann „%1“ nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>clientele::DemoShop</name>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The demo shop can have between 1 and %1 customers.</source>
        <translation>Der Demo-Laden kann zwischen 1 und %1 Kunden haben.</translation>
    </message>
    <message>
        <source>This file already has customers. The demo shop needs an empty file: choose a new file name for it.</source>
        <translation>Diese Datei enthält schon Kunden. Der Demo-Laden braucht eine leere Datei: Wählen Sie dafür einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>Cancelled: the file was left as it was.</source>
        <translation>Abgebrochen: Die Datei ist unverändert geblieben.</translation>
    </message>
</context>
<context>
    <name>clientele::MainWindow</name>
    <message>
        <source>Clientele</source>
        <translation>Clientele</translation>
    </message>
    <message>
        <source>%1 – Clientele</source>
        <translation>%1 – Clientele</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Group your customers by pointing and clicking: regulars, big spenders, customers at risk. Each customer belongs to one group, so the numbers add up.</source>
        <translation>Teilen Sie Ihre Kunden mit ein paar Klicks in Gruppen ein: Stammkunden, Vielkäufer, Kunden, die wegbleiben könnten. Jeder Kunde gehört zu genau einer Gruppe, so gehen die Zahlen auf.</translation>
    </message>
    <message>
        <source>Charts of your groups: how many customers each has, the money they bring, and how they change over time.</source>
        <translation>Diagramme zu Ihren Gruppen: wie viele Kunden jede hat, wie viel Geld sie bringen und wie sie sich mit der Zeit verändern.</translation>
    </message>
    <message>
        <source>Printed reports of a group for your accountant, and call lists to phone customers you have not seen for a while.</source>
        <translation>Gedruckte Berichte zu einer Gruppe für Ihre Buchhaltung und Anruflisten, um Kunden anzurufen, die Sie länger nicht gesehen haben.</translation>
    </message>
    <message>
        <source>The file with this shop&apos;s data</source>
        <translation>Die Datei mit den Daten dieses Ladens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Try the &amp;demo shop…</source>
        <translation>&amp;Demo-Laden ausprobieren…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segmente</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Clientele</source>
        <translation>Ü&amp;ber Clientele</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Demo-Laden</translation>
    </message>
    <message>
        <source>The demo shop needs an empty file, and this one already has customers.

To look at the demo shop, start Clientele with a new file:
clientele --db demo.sqlite</source>
        <translation>Der Demo-Laden braucht eine leere Datei, und diese enthält schon Kunden.

Um sich den Demo-Laden anzusehen, starten Sie Clientele mit einer neuen Datei:
clientele --db demo.sqlite</translation>
    </message>
    <message>
        <source>Welcome to Clientele</source>
        <translation>Willkommen bei Clientele</translation>
    </message>
    <message>
        <source>Your shop has no customers yet.</source>
        <translation>Ihr Laden hat noch keine Kunden.</translation>
    </message>
    <message>
        <source>Would you like to look around a demo shop first? It is a café with 2,000 made-up customers and two years of purchases. You can start your own shop later in a new file.</source>
        <translation>Möchten Sie sich zuerst in einem Demo-Laden umsehen? Es ist ein Café mit 2.000 erfundenen Kunden und Einkäufen aus zwei Jahren. Ihren eigenen Laden können Sie später in einer neuen Datei beginnen.</translation>
    </message>
    <message>
        <source>Try the demo shop</source>
        <translation>Demo-Laden ausprobieren</translation>
    </message>
    <message>
        <source>Start with an empty shop</source>
        <translation>Mit einem leeren Laden beginnen</translation>
    </message>
    <message>
        <source>Making the demo shop…</source>
        <translation>Demo-Laden wird angelegt…</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sichern unter</translation>
    </message>
    <message>
        <source>Clientele files (*.sqlite);;All files (*)</source>
        <translation>Clientele-Dateien (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Sicherung wird geschrieben…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert in %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace all data in this shop with the backup from %1?</source>
        <translation>Alle Daten dieses Ladens durch die Sicherung vom %1 ersetzen?</translation>
    </message>
    <message>
        <source>Customers, purchases and segments added since that backup will be gone from this file. A copy of today&apos;s data is kept next to it, so you can go back.</source>
        <translation>Kunden, Einkäufe und Gruppen, die seit dieser Sicherung dazugekommen sind, fehlen danach in dieser Datei. Eine Kopie der heutigen Daten wird daneben aufbewahrt, damit Sie zurückkehren können.</translation>
    </message>
    <message>
        <source>Replace with the backup</source>
        <translation>Durch die Sicherung ersetzen</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored. The data from before is kept in %1</source>
        <translation>Wiederhergestellt. Die Daten von vorher liegen in %1</translation>
    </message>
</context>
<context>
    <name>clientele::PlaceholderPage</name>
    <message>
        <source>This page is coming in a later version of Clientele.</source>
        <translation>Diese Seite kommt in einer späteren Version von Clientele.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer lists, groups and reports for small shops.</source>
        <translation>Kundenlisten, Gruppen und Berichte für kleine Läden.</translation>
    </message>
    <message>
        <source>Open the customer database FILE.</source>
        <translation>Die Kundendatenbank FILE öffnen.</translation>
    </message>
    <message>
        <source>Keep window and language settings in FILE.</source>
        <translation>Fenster- und Spracheinstellungen in FILE speichern.</translation>
    </message>
    <message>
        <source>Use the language CODE (en, de, fr, es).</source>
        <translation>Die Sprache CODE verwenden (en, de, fr, es).</translation>
    </message>
    <message>
        <source>The customer database to open.</source>
        <translation>Die Kundendatenbank, die geöffnet werden soll.</translation>
    </message>
    <message>
        <source>Clientele</source>
        <translation>Clientele</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <source>Open or create a customer file</source>
        <translation>Kundendatei öffnen oder anlegen</translation>
    </message>
    <message>
        <source>Clientele files (*.sqlite);;All files (*)</source>
        <translation>Clientele-Dateien (*.sqlite);;Alle Dateien (*)</translation>
    </message>
</context>
</TS>
