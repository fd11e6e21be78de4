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
    <name>clientele::AddCustomerCommand</name>
    <message>
        <source>add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>clientele::AddPurchaseCommand</name>
    <message>
        <source>add a purchase of %1</source>
        <translation>Einkauf über %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>clientele::AddSegmentsCommand</name>
    <message>
        <source>add segment %1</source>
        <translation>Segment %1 hinzufügen</translation>
    </message>
    <message>
        <source>add %1 segments</source>
        <translation>%1 Segmente hinzufügen</translation>
    </message>
</context>
<context>
    <name>clientele::AutoBackup</name>
    <message>
        <source>Clientele cannot make the backup folder “%1”.</source>
        <translation>Clientele kann den Sicherungsordner „%1“ nicht anlegen.</translation>
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
    <name>clientele::ChartCard</name>
    <message>
        <source>Copy chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
</context>
<context>
    <name>clientele::CheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>Clientele reads the whole file once without keeping anything, so you see what the import will do before your customer list changes.</source>
        <translation>Clientele liest die ganze Datei einmal durch, ohne etwas zu übernehmen. So sehen Sie, was der Import bewirkt, bevor sich Ihre Kundenliste ändert.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Rows that would be left out, by line in the file:</source>
        <translation>Zeilen, die ausgelassen würden, mit ihrer Zeilennummer in der Datei:</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is:
%1

Go back to change the settings.</source>
        <translation>Die Datei kann so nicht importiert werden:
%1

Gehen Sie zurück, um die Einstellungen zu ändern.</translation>
    </message>
    <message>
        <source>%1 rows read.</source>
        <translation>%1 Zeilen gelesen.</translation>
    </message>
    <message>
        <source>New customers: %1</source>
        <translation>Neue Kunden: %1</translation>
    </message>
    <message>
        <source>Customers you have that will be updated: %1</source>
        <translation>Vorhandene Kunden, die aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Customers you have whose gaps will be filled in: %1</source>
        <translation>Vorhandene Kunden, bei denen Lücken gefüllt werden: %1</translation>
    </message>
    <message>
        <source>Rows about customers you have, skipped: %1</source>
        <translation>Übersprungene Zeilen zu vorhandenen Kunden: %1</translation>
    </message>
    <message>
        <source>Purchases: %1</source>
        <translation>Einkäufe: %1</translation>
    </message>
    <message>
        <source>Visits and emails: %1</source>
        <translation>Besuche und E-Mails: %1</translation>
    </message>
    <message>
        <source>New customers made for rows Clientele could not match: %1</source>
        <translation>Neu angelegte Kunden für Zeilen, die Clientele niemandem zuordnen konnte: %1</translation>
    </message>
    <message>
        <source>Rows that will be left out: %1</source>
        <translation>Zeilen, die ausgelassen werden: %1</translation>
    </message>
    <message>
        <source>Everything looks fine. Press Import to bring it in; you can undo it afterwards.</source>
        <translation>Alles sieht gut aus. Klicken Sie auf „Importieren“, um die Daten zu übernehmen; Sie können den Import danach rückgängig machen.</translation>
    </message>
    <message>
        <source>You can import anyway: the rows left out are kept in a file you can save, fix and import again. Or go back and change the settings.</source>
        <translation>Sie können trotzdem importieren: Die ausgelassenen Zeilen werden in einer Datei aufbewahrt, die Sie speichern, korrigieren und erneut importieren können. Oder gehen Sie zurück und ändern Sie die Einstellungen.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>„%1“ wird importiert…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Nothing was imported: your customer list is as it was.</source>
        <translation>Es wurde nichts importiert: Ihre Kundenliste ist unverändert.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1

Nothing was imported: your customer list is as it was.</source>
        <translation>%1

Es wurde nichts importiert: Ihre Kundenliste ist unverändert.</translation>
    </message>
</context>
<context>
    <name>clientele::Cli</name>
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
    <message>
        <source>Usage: clientele-cli [--db FILE] [--lang CODE] COMMAND ...

Commands:
  demo [--customers N] [--seed S] [--as-of DATE]
                 fill an empty file with a demo shop (2000 customers by default)
  check          check that the file is healthy
  segments list [--json]
                 the segments in priority order, with their rules in plain words
  segments add --name NAME (--rule RULE.json | --template NAME) [--color #hex]
                 add a segment at the end of the order
  segments remove NAME
  segments reorder NAME NAME ...
                 put segments in this priority order (the others follow)
  segments eval [--as-of DATE] [--json]
                 how many customers each segment has, with their revenue of the
                 last 365 days; everyone in no segment is in &quot;Everyone else&quot;
  tag add|remove TAG (--segment NAME | --rule RULE.json | --ids 1,2,3) [--as-of DATE]
                 tag (or untag) the customers of a segment, of a rule, or by id
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
  segments list [--json]
                 die Segmente in ihrer Rangfolge, mit ihren Regeln in
                 einfachen Worten
  segments add --name NAME (--rule RULE.json | --template NAME) [--color #hex]
                 ein Segment am Ende der Rangfolge hinzufügen
  segments remove NAME
  segments reorder NAME NAME ...
                 die Segmente in diese Rangfolge bringen (die übrigen folgen)
  segments eval [--as-of DATE] [--json]
                 wie viele Kunden jedes Segment hat, mit ihrem Umsatz der
                 letzten 365 Tage; wer in keinem Segment ist, steht unter
                 „Alle anderen“
  tag add|remove TAG (--segment NAME | --rule RULE.json | --ids 1,2,3) [--as-of DATE]
                 den Kunden eines Segments, einer Regel oder mit bestimmten
                 Nummern ein Schlagwort geben (oder es wieder entfernen)
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
        <source>Note: there are %1 segments. Three to five are easier to keep apart and to act on.</source>
        <translation>Hinweis: Es gibt %1 Segmente. Drei bis fünf lassen sich leichter auseinanderhalten und gezielt nutzen.</translation>
    </message>
    <message>
        <source>“segments” needs one of: list, add, remove, reorder, eval.</source>
        <translation>„segments“ braucht eine dieser Aktionen: list, add, remove, reorder, eval.</translation>
    </message>
    <message>
        <source>“segments list” takes no names.</source>
        <translation>„segments list“ braucht keine Namen.</translation>
    </message>
    <message>
        <source>No segments yet. Add one with “clientele-cli segments add”.</source>
        <translation>Noch keine Segmente. Fügen Sie eines mit „clientele-cli segments add“ hinzu.</translation>
    </message>
    <message>
        <source>(the rule cannot be read)</source>
        <translation>(die Regel kann nicht gelesen werden)</translation>
    </message>
    <message>
        <source>Use: clientele-cli segments add --name NAME (--rule RULE.json | --template NAME) [--color #hex]</source>
        <translation>Aufruf: clientele-cli segments add --name NAME (--rule RULE.json | --template NAME) [--color #hex]</translation>
    </message>
    <message>
        <source>Cannot read the rule file “%1”: %2.</source>
        <translation>Die Regeldatei „%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The rule file “%1” is not valid: %2.</source>
        <translation>Die Regeldatei „%1“ ist ungültig: %2.</translation>
    </message>
    <message>
        <source>There is no template “%1”. Templates: %2.</source>
        <translation>Es gibt keine Vorlage „%1“. Vorlagen: %2.</translation>
    </message>
    <message>
        <source>Added the segment “%1”: %2</source>
        <translation>Segment „%1“ hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Use: clientele-cli segments remove NAME</source>
        <translation>Aufruf: clientele-cli segments remove NAME</translation>
    </message>
    <message>
        <source>There is no segment called “%1”.</source>
        <translation>Es gibt kein Segment namens „%1“.</translation>
    </message>
    <message>
        <source>The segment “%1” could not be removed.</source>
        <translation>Das Segment „%1“ konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Use: clientele-cli segments reorder NAME NAME ...</source>
        <translation>Aufruf: clientele-cli segments reorder NAME NAME ...</translation>
    </message>
    <message>
        <source>The new order could not be saved.</source>
        <translation>Die neue Reihenfolge konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>New order: %1.</source>
        <translation>Neue Reihenfolge: %1.</translation>
    </message>
    <message>
        <source>“segments eval” takes no names.</source>
        <translation>„segments eval“ braucht keine Namen.</translation>
    </message>
    <message>
        <source>The segment “%1” could not be evaluated: %2</source>
        <translation>Das Segment „%1“ konnte nicht ausgewertet werden: %2</translation>
    </message>
    <message>
        <source>As of %1, %2 customers:</source>
        <translation>Stand %1, %2 Kunden:</translation>
    </message>
    <message>
        <source>  %1: %2 customers (%3 %), revenue %4, average order %5</source>
        <translation>  %1: %2 Kunden (%3 %), Umsatz %4, durchschnittlicher Einkauf %5</translation>
    </message>
    <message>
        <source>Unknown segments action “%1”: use list, add, remove, reorder or eval.</source>
        <translation>Unbekannte Aktion „%1“ für segments: Verwenden Sie list, add, remove, reorder oder eval.</translation>
    </message>
    <message>
        <source>Use: clientele-cli tag add|remove TAG (--segment NAME | --rule RULE.json | --ids 1,2,3)</source>
        <translation>Aufruf: clientele-cli tag add|remove TAG (--segment NAME | --rule RULE.json | --ids 1,2,3)</translation>
    </message>
    <message>
        <source>“tag” needs add or remove and one tag name.</source>
        <translation>„tag“ braucht add oder remove und ein Schlagwort.</translation>
    </message>
    <message>
        <source>Say whom to tag with exactly one of --segment, --rule or --ids.</source>
        <translation>Geben Sie mit genau einer der Optionen --segment, --rule oder --ids an, welche Kunden gemeint sind.</translation>
    </message>
    <message>
        <source>The tag name is empty.</source>
        <translation>Das Schlagwort ist leer.</translation>
    </message>
    <message>
        <source>--ids must be customer numbers separated by commas, like 1,2,3 (“%1” is not one).</source>
        <translation>--ids muss aus Kundennummern bestehen, durch Kommas getrennt, wie 1,2,3 („%1“ ist keine).</translation>
    </message>
    <message>
        <source>There are no customers with the numbers %1.</source>
        <translation>Es gibt keine Kunden mit den Nummern %1.</translation>
    </message>
    <message>
        <source>The tag “%1” could not be created.</source>
        <translation>Das Schlagwort „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The customers could not be tagged.</source>
        <translation>Das Schlagwort konnte den Kunden nicht zugewiesen werden.</translation>
    </message>
    <message>
        <source>Tagged %1 customers with “%2” (%3 already had it).</source>
        <translation>%1 Kunden haben das Schlagwort „%2“ bekommen (%3 hatten es schon).</translation>
    </message>
    <message>
        <source>Nobody has the tag “%1”; nothing to remove.</source>
        <translation>Niemand hat das Schlagwort „%1“; es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <source>The tag could not be removed.</source>
        <translation>Das Schlagwort konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Removed the tag “%1” from %2 customers.</source>
        <translation>Das Schlagwort „%1“ wurde bei %2 Kunden entfernt.</translation>
    </message>
    <message>
        <source>Removed the segment “%1”. No customer was deleted; they now fall into the next segment that matches, or “Everyone else”.</source>
        <translation>Das Segment „%1“ wurde entfernt. Es wurde kein Kunde gelöscht; die Kunden gehören jetzt zum nächsten passenden Segment oder zu „Alle anderen“.</translation>
    </message>
    <message>
        <source>
Import and export:
  import customers|purchases|interactions FILE [--mapping auto|MAP.json]
         [--on-duplicate skip|update|merge] [--rejects FILE] [--dry-run] [--json]
         [--encoding auto|utf-8|utf-16|windows-1252] [--delimiter auto|,|;|tab|&apos;|&apos;]
         [--date-format auto|YYYY-MM-DD|DD.MM.YYYY|MM/DD/YYYY] [--create-customers]
         [--tag TAG]
                 read a CSV file, all or nothing; rejected rows go to a rejects file
  export customers|purchases|interactions FILE [--segment NAME]
         [--as-of DATE] [--excel]
                 write a CSV file (--excel: with a byte order mark for Excel)
</source>
        <translation>
Import und Export:
  import customers|purchases|interactions FILE [--mapping auto|MAP.json]
         [--on-duplicate skip|update|merge] [--rejects FILE] [--dry-run] [--json]
         [--encoding auto|utf-8|utf-16|windows-1252] [--delimiter auto|,|;|tab|&apos;|&apos;]
         [--date-format auto|YYYY-MM-DD|DD.MM.YYYY|MM/DD/YYYY] [--create-customers]
         [--tag TAG]
                 eine CSV-Datei einlesen, ganz oder gar nicht; abgelehnte Zeilen
                 kommen in eine eigene Datei
  export customers|purchases|interactions FILE [--segment NAME]
         [--as-of DATE] [--excel]
                 eine CSV-Datei schreiben (--excel: mit Byte-Order-Mark für Excel)
</translation>
    </message>
    <message>
        <source>
Reports:
  report (--segment NAME | --all) --pdf FILE [--as-of DATE] [--call-list]
         [--sort value|last-purchase] [--with-segments]
                 print a segment report, the overview of all segments (--all) or a
                 call list of the members who agreed to be contacted, to a PDF file
</source>
        <translation>
Berichte:
  report (--segment NAME | --all) --pdf FILE [--as-of DATE] [--call-list]
         [--sort value|last-purchase] [--with-segments]
                 als PDF drucken: einen Segmentbericht, die Übersicht aller Segmente
                 (--all) oder eine Anrufliste der Mitglieder, die kontaktiert werden dürfen
</translation>
    </message>
    <message>
        <source>This program cannot print reports; use clientele-cli.</source>
        <translation>Dieses Programm kann keine Berichte drucken; verwenden Sie clientele-cli.</translation>
    </message>
    <message>
        <source>
Duplicates:
  duplicates [--limit N] [--json]
                 customers who may be entered twice (same email, same phone number,
                 same or similar name in the same town), most likely first;
                 merge them in the app
</source>
        <translation>
Duplikate:
  duplicates [--limit N] [--json]
                 Kunden, die vielleicht doppelt angelegt sind (gleiche E-Mail,
                 gleiche Telefonnummer, gleicher oder ähnlicher Name am
                 gleichen Ort), die wahrscheinlichsten zuerst; zusammenführen
                 können Sie sie im Clientele-Fenster
</translation>
    </message>
    <message>
        <source>Usage: clientele-cli duplicates [--limit N] [--json]</source>
        <translation>Aufruf: clientele-cli duplicates [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Could not look for duplicates in “%1”.</source>
        <translation>In „%1“ konnte nicht nach Duplikaten gesucht werden.</translation>
    </message>
    <message>
        <source>1 possible duplicate.</source>
        <translation>1 mögliches Duplikat.</translation>
    </message>
    <message>
        <source>%1 possible duplicates.</source>
        <translation>%1 mögliche Duplikate.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4): %5</source>
        <translation>%1 (%2) und %3 (%4): %5</translation>
    </message>
    <message>
        <source>… and %1 more; show more with --limit.</source>
        <translation>… und %1 weitere; mit --limit sehen Sie mehr.</translation>
    </message>
</context>
<context>
    <name>clientele::ColumnMapping</name>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>how they came to the shop</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>consent to emails</source>
        <translation>Einwilligung in E-Mails</translation>
    </message>
    <message>
        <source>consent to text messages</source>
        <translation>Einwilligung in SMS</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>customer ID in the other program</source>
        <translation>Kunden-ID im anderen Programm</translation>
    </message>
    <message>
        <source>Clientele customer number</source>
        <translation>Clientele-Kundennummer</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>customer&apos;s email address</source>
        <translation>E-Mail-Adresse des Kunden</translation>
    </message>
    <message>
        <source>customer&apos;s first name</source>
        <translation>Vorname des Kunden</translation>
    </message>
    <message>
        <source>customer&apos;s last name</source>
        <translation>Nachname des Kunden</translation>
    </message>
    <message>
        <source>customer&apos;s name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>customer&apos;s country</source>
        <translation>Land des Kunden</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>store</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>kind of contact</source>
        <translation>Art des Kontakts</translation>
    </message>
    <message>
        <source>details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The mapping is for “%1”; it must be for customers, purchases or interactions.</source>
        <translation>Die Spaltenzuordnung ist für „%1“; sie muss für customers, purchases oder interactions sein.</translation>
    </message>
    <message>
        <source>The mapping puts column “%1” into “%2”, which is not a field of %3. Fields: %4.</source>
        <translation>Die Spaltenzuordnung legt die Spalte „%1“ in „%2“ ab, aber das ist kein Feld von %3. Felder: %4.</translation>
    </message>
    <message>
        <source>The mapping&apos;s date format “%1” is not one of auto, YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY.</source>
        <translation>Das Datumsformat „%1“ der Spaltenzuordnung ist keines von auto, YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY.</translation>
    </message>
    <message>
        <source>Clientele cannot read the mapping “%1”: %2.</source>
        <translation>Clientele kann die Spaltenzuordnung „%1“ nicht lesen: %2.</translation>
    </message>
    <message>
        <source>The mapping “%1” is not valid JSON: %2.</source>
        <translation>Die Spaltenzuordnung „%1“ ist kein gültiges JSON: %2.</translation>
    </message>
    <message>
        <source>when they agreed to emails</source>
        <translation>wann sie E-Mails zugestimmt haben</translation>
    </message>
    <message>
        <source>when they agreed to text messages</source>
        <translation>wann sie SMS zugestimmt haben</translation>
    </message>
</context>
<context>
    <name>clientele::ConditionRow</name>
    <message>
        <source>What to look at</source>
        <translation>Was geprüft wird</translation>
    </message>
    <message>
        <source>Choose what to look at…</source>
        <translation>Wählen Sie, was geprüft wird…</translation>
    </message>
    <message>
        <source>How to compare</source>
        <translation>Wie verglichen wird</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Wie viele</translation>
    </message>
    <message>
        <source>Days, weeks, months or years</source>
        <translation>Tage, Wochen, Monate oder Jahre</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monaten</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Choose a tag</source>
        <translation>Schlagwort wählen</translation>
    </message>
    <message>
        <source>Choose or type</source>
        <translation>Wählen oder eingeben</translation>
    </message>
    <message>
        <source>Separate them with commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>judged on all purchases</source>
        <translation>gemessen an allen Einkäufen</translation>
    </message>
    <message>
        <source>judged on the last</source>
        <translation>gemessen an den letzten</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>insgesamt</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>in den letzten</translation>
    </message>
    <message>
        <source>Choose what to look at.</source>
        <translation>Wählen Sie, was geprüft werden soll.</translation>
    </message>
    <message>
        <source>The first number should not be bigger than the second.</source>
        <translation>Die erste Zahl sollte nicht größer sein als die zweite.</translation>
    </message>
    <message>
        <source>The first amount should not be bigger than the second.</source>
        <translation>Der erste Betrag sollte nicht größer sein als der zweite.</translation>
    </message>
    <message>
        <source>Tick at least one.</source>
        <translation>Kreuzen Sie mindestens eines an.</translation>
    </message>
    <message>
        <source>Choose a tag.</source>
        <translation>Wählen Sie ein Schlagwort.</translation>
    </message>
    <message>
        <source>Choose or type a city.</source>
        <translation>Wählen Sie einen Ort, oder geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>Type what to look for.</source>
        <translation>Geben Sie ein, wonach gesucht werden soll.</translation>
    </message>
    <message>
        <source>Type at least one, separated by commas.</source>
        <translation>Geben Sie mindestens einen Wert ein, mehrere durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Drag to move this condition, also into or out of a group (Ctrl+Up, Ctrl+Down)</source>
        <translation>Ziehen, um diese Bedingung zu verschieben, auch in eine Gruppe hinein oder aus ihr heraus (Strg+Pfeil nach oben, Strg+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>⋯</source>
        <translation>⋯</translation>
    </message>
    <message>
        <source>More for this condition</source>
        <translation>Mehr zu dieser Bedingung</translation>
    </message>
    <message>
        <source>Move or remove this condition</source>
        <translation>Diese Bedingung verschieben oder entfernen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The first date should not be after the second.</source>
        <translation>Das erste Datum darf nicht nach dem zweiten liegen.</translation>
    </message>
    <message>
        <source>Choose or type a category.</source>
        <translation>Wählen Sie eine Kategorie oder geben Sie eine ein.</translation>
    </message>
</context>
<context>
    <name>clientele::CsvPreviewModel</name>
    <message>
        <source>Clientele cannot read “%1”: %2.</source>
        <translation>Clientele kann „%1“ nicht lesen: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>„%1“ ist leer: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>clientele::CsvReader</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The row that starts on line %1 is longer than %2 million characters; a quote is probably never closed. Reading stopped there.</source>
        <translation>Der Datensatz, der in Zeile %1 beginnt, ist länger als %2 Millionen Zeichen; vermutlich wird ein Anführungszeichen nie geschlossen. Das Lesen wurde dort beendet.</translation>
    </message>
    <message>
        <source>There is a NUL character (a zero byte) on line %1; the file may be damaged or in another encoding.</source>
        <translation>In Zeile %1 steht ein NUL-Zeichen (ein Null-Byte); die Datei ist vielleicht beschädigt oder hat eine andere Kodierung.</translation>
    </message>
    <message>
        <source>The quoted text that starts on line %1 is never closed.</source>
        <translation>Der Text in Anführungszeichen, der in Zeile %1 beginnt, wird nie geschlossen.</translation>
    </message>
    <message>
        <source>On line %1 there is text right after a closing quote; a quote inside a quoted value must be doubled (&quot;&quot;).</source>
        <translation>In Zeile %1 steht Text direkt nach einem schließenden Anführungszeichen; ein Anführungszeichen innerhalb eines Werts in Anführungszeichen muss verdoppelt werden (&quot;&quot;).</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerCard</name>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Opened an email</source>
        <translation>Hat eine E-Mail geöffnet</translation>
    </message>
    <message>
        <source>Clicked a link in an email</source>
        <translation>Hat auf einen Link in einer E-Mail geklickt</translation>
    </message>
    <message>
        <source>Left a full cart</source>
        <translation>Hat einen vollen Warenkorb stehen lassen</translation>
    </message>
    <message>
        <source>Asked for help</source>
        <translation>Hat um Hilfe gebeten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Choose a customer in the list to see everything about them here.

Ctrl+N adds a new customer.</source>
        <translation>Wählen Sie einen Kunden in der Liste, um hier alles über ihn zu sehen.

Mit Strg+N legen Sie einen neuen Kunden an.</translation>
    </message>
    <message>
        <source>Two letters, for example FR, DE, ES</source>
        <translation>Zwei Buchstaben, zum Beispiel DE, AT, CH</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Walked in</source>
        <translation>Persönlich im Laden</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Recommended by someone</source>
        <translation>Von jemandem empfohlen</translation>
    </message>
    <message>
        <source>From an imported list</source>
        <translation>Aus einer importierten Liste</translation>
    </message>
    <message>
        <source>Agrees to receive emails</source>
        <translation>Ist mit E-Mails einverstanden</translation>
    </message>
    <message>
        <source>Agrees to receive text messages</source>
        <translation>Ist mit SMS einverstanden</translation>
    </message>
    <message>
        <source>Known:</source>
        <translation>Bekannt:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Came to us:</source>
        <translation>Zu uns gekommen:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Einwilligung:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Geburtstag:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen s&amp;peichern</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Add a tag and press Enter</source>
        <translation>Schlagwort eingeben und die Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Laufende Summe</translation>
    </message>
    <message>
        <source>Add a purchase…</source>
        <translation>Einkauf hinzufügen…</translation>
    </message>
    <message>
        <source>Delete purchase</source>
        <translation>Einkauf löschen</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Einkäufe</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Emails since %1</source>
        <translation>E-Mails seit %1</translation>
    </message>
    <message>
        <source>Text messages since %1</source>
        <translation>SMS seit %1</translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation>Schlagwort %1 entfernen</translation>
    </message>
    <message>
        <source>Tag %1, press to remove</source>
        <translation>Schlagwort %1, zum Entfernen drücken</translation>
    </message>
    <message>
        <source>Purchases (%1)</source>
        <translation>Einkäufe (%1)</translation>
    </message>
    <message>
        <source>No visits, emails or notes recorded yet.</source>
        <translation>Noch keine Besuche, E-Mails oder Notizen erfasst.</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <source>This does not look like an email address (like anna@example.com).</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus (wie anna@example.com).</translation>
    </message>
    <message>
        <source>A phone number has digits, and may have spaces, +, - and brackets.</source>
        <translation>Eine Telefonnummer besteht aus Ziffern und darf Leerzeichen, +, - und Klammern enthalten.</translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation>Kunde speichern</translation>
    </message>
    <message>
        <source>Give at least a name, an email address or a phone number.</source>
        <translation>Geben Sie mindestens einen Namen, eine E-Mail-Adresse oder eine Telefonnummer an.</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>FR</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <source>Export their data…</source>
        <translation>Ihre Daten exportieren…</translation>
    </message>
    <message>
        <source>Everything Clientele holds about this customer, in a file, when they ask for it</source>
        <translation>Alles, was Clientele über diesen Kunden weiß, in einer Datei – wenn er danach fragt</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>Endgültig löschen…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>%1 endgültig löschen?</translation>
    </message>
    <message>
        <source>Their name, contact details, address, notes, tags and visits are deleted and cannot be brought back, not even with Undo. Their purchases stay in your figures without a name. Do this when a customer asks you to forget them.</source>
        <translation>Name, Kontaktdaten, Adresse, Notizen, Schlagwörter und Besuche werden gelöscht und lassen sich nicht zurückholen, auch nicht mit „Rückgängig“. Die Einkäufe bleiben ohne Namen in Ihren Zahlen. Tun Sie das, wenn ein Kunde Sie bittet, ihn zu vergessen.</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Ich verstehe, dass sich das nicht rückgängig machen lässt</translation>
    </message>
    <message>
        <source>The customer could not be erased.</source>
        <translation>Der Kunde konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerStore</name>
    <message>
        <source>email %1</source>
        <translation>E-Mail %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>external ID %1</source>
        <translation>Kunden-ID im anderen Programm %1</translation>
    </message>
    <message>
        <source>Merged with %1: %2</source>
        <translation>Zusammengeführt mit %1: %2</translation>
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
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
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
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten zu wählen</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>Neuer &amp;Kunde</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Einen Kunden hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Only customers with this tag</source>
        <translation>Nur Kunden mit diesem Schlagwort</translation>
    </message>
    <message>
        <source>Only customers in this segment</source>
        <translation>Nur Kunden in diesem Segment</translation>
    </message>
    <message>
        <source>Came any way</source>
        <translation>Jede Herkunft</translation>
    </message>
    <message>
        <source>Walked in</source>
        <translation>Persönlich im Laden</translation>
    </message>
    <message>
        <source>Came online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Auf Empfehlung</translation>
    </message>
    <message>
        <source>From an imported list</source>
        <translation>Aus einer importierten Liste</translation>
    </message>
    <message>
        <source>Agreed to emails</source>
        <translation>Mit E-Mails einverstanden</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Schlagwort entfernen…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Schlagwort: %1</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>Segment: Everyone else</source>
        <translation>Segment: Alle anderen</translation>
    </message>
    <message>
        <source>No customers yet. Add one with “New customer”, or try the demo shop from the File menu.</source>
        <translation>Noch keine Kunden. Legen Sie einen mit „Neuer Kunde“ an, oder probieren Sie den Demo-Laden aus dem Menü „Datei“ aus.</translation>
    </message>
    <message>
        <source>No customer matches this search and these filters.</source>
        <translation>Kein Kunde passt zu dieser Suche und diesen Filtern.</translation>
    </message>
    <message>
        <source>All %1 matching customers are selected.</source>
        <translation>Alle %1 passenden Kunden sind ausgewählt.</translation>
    </message>
    <message>
        <source>%1 selected.</source>
        <translation>%1 ausgewählt.</translation>
    </message>
    <message>
        <source>Select all %1 matching</source>
        <translation>Alle %1 passenden auswählen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to this customer first?</source>
        <translation>Zuerst die Änderungen an diesem Kunden speichern?</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Delete %1? Their purchase goes too.</source>
        <translation>%1 löschen? Der Einkauf wird ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>Delete %1? Their %2 purchases go too.</source>
        <translation>%1 löschen? Die %2 Einkäufe werden ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>Delete %1 customers? Their purchases go too.</source>
        <translation>%1 Kunden löschen? Deren Einkäufe werden ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>Delete %1 customers? Their %2 purchases go too.</source>
        <translation>%1 Kunden löschen? Deren %2 Einkäufe werden ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z until you close Clientele.</source>
        <translation>Mit Strg+Z können Sie das rückgängig machen, bis Sie Clientele schließen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The customers could not be deleted.</source>
        <translation>Die Kunden konnten nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Tag for this customer:</source>
        <translation>Schlagwort für diesen Kunden:</translation>
    </message>
    <message>
        <source>Tag for %1 customers:</source>
        <translation>Schlagwort für %1 Kunden:</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>Zu entfernendes Schlagwort:</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>Angezeigt: %1.</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Duplikate &amp;suchen…</translation>
    </message>
    <message>
        <source>Customers entered twice, to merge</source>
        <translation>Doppelt angelegte Kunden finden und zusammenführen</translation>
    </message>
    <message>
        <source>E&amp;xport this list…</source>
        <translation>Diese Liste e&amp;xportieren…</translation>
    </message>
    <message>
        <source>The customers shown, with the columns shown, as a spreadsheet file</source>
        <translation>Die angezeigten Kunden mit den angezeigten Spalten als Tabellendatei</translation>
    </message>
</context>
<context>
    <name>clientele::DashboardData</name>
    <message>
        <source>No location</source>
        <translation>Kein Standort</translation>
    </message>
</context>
<context>
    <name>clientele::DashboardPage</name>
    <message>
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Updating the charts…</source>
        <translation>Die Diagramme werden aktualisiert…</translation>
    </message>
    <message>
        <source>Working out the numbers…</source>
        <translation>Die Zahlen werden berechnet…</translation>
    </message>
    <message>
        <source>No purchases yet: import them or try the demo shop</source>
        <translation>Noch keine Einkäufe: Importieren Sie welche, oder probieren Sie den Demo-Laden aus</translation>
    </message>
    <message>
        <source>The charts fill in as soon as there are purchases: how many customers each segment has, the money they bring, and how they change over time. Use File → Try the demo shop to see them with made-up customers.</source>
        <translation>Die Diagramme füllen sich, sobald es Einkäufe gibt: wie viele Kunden jedes Segment hat, wie viel Geld sie bringen und wie sich das mit der Zeit ändert. Mit Datei → Demo-Laden ausprobieren sehen Sie sie mit erfundenen Kunden.</translation>
    </message>
    <message>
        <source>Who your customers are</source>
        <translation>Wer Ihre Kunden sind</translation>
    </message>
    <message>
        <source>Where the money comes from</source>
        <translation>Woher das Geld kommt</translation>
    </message>
    <message>
        <source>Segment sizes over time</source>
        <translation>Segmentgrößen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Who moved between segments</source>
        <translation>Wer das Segment gewechselt hat</translation>
    </message>
    <message>
        <source>Recency and frequency</source>
        <translation>Aktualität und Häufigkeit</translation>
    </message>
    <message>
        <source>New and returning customers</source>
        <translation>Neue und wiederkehrende Kunden</translation>
    </message>
    <message>
        <source>Revenue and customers by location</source>
        <translation>Umsatz und Kunden nach Standort</translation>
    </message>
    <message>
        <source>Which segments shop where</source>
        <translation>Welche Segmente wo einkaufen</translation>
    </message>
    <message>
        <source>Moved from %1 to %2 between %3 and %4</source>
        <translation>Zwischen %3 und %4 von %1 zu %2 gewechselt</translation>
    </message>
    <message>
        <source>No movement to show yet.</source>
        <translation>Noch keine Wechsel zu zeigen.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Recency %1, frequency %2 (%3)</source>
        <translation>Aktualität %1, Häufigkeit %2 (%3)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>The numbers could not be worked out: %1</source>
        <translation>Die Zahlen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>As of %1 · %2 · revenue of the last 12 months: %3</source>
        <translation>Stand: %1 · %2 · Umsatz der letzten 12 Monate: %3</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
    <message>
        <source>Clientele could not write “%1”. Choose another folder or file name.</source>
        <translation>Clientele konnte „%1“ nicht schreiben. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2, %3 of all. Click to see them.</source>
        <translation>%1: %2, %3 aller Kunden. Klicken Sie, um sie anzuzeigen.</translation>
    </message>
    <message>
        <source>No segments yet: all %1 are in “Everyone else”. Add segments on the Segments page.</source>
        <translation>Noch keine Segmente: Alle %1 sind in „Alle anderen“. Legen Sie Segmente auf der Seite „Segmente“ an.</translation>
    </message>
    <message>
        <source>Biggest group: %1, with %2 of your customers.</source>
        <translation>Größte Gruppe: %1, mit %2 Ihrer Kunden.</translation>
    </message>
    <message>
        <source>%1: %2 in the last 12 months, %3 of revenue, from %4 of customers. Click to see them.</source>
        <translation>%1: %2 in den letzten 12 Monaten, %3 des Umsatzes, von %4 der Kunden. Klicken Sie, um sie anzuzeigen.</translation>
    </message>
    <message>
        <source>Revenue of the last 12 months (%1)</source>
        <translation>Umsatz der letzten 12 Monate (%1)</translation>
    </message>
    <message>
        <source>No purchases in the last 12 months.</source>
        <translation>Keine Einkäufe in den letzten 12 Monaten.</translation>
    </message>
    <message>
        <source>%1 bring %2 of revenue, with %3 of your customers.</source>
        <translation>%1: %2 des Umsatzes, mit %3 Ihrer Kunden.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 am %2: %3</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>%1 grew the most: %2 more since %3.</source>
        <translation>Am stärksten gewachsen: %1, %2 mehr seit %3.</translation>
    </message>
    <message>
        <source>%1 changed the most: %2 fewer since %3.</source>
        <translation>Am stärksten verändert: %1, %2 weniger seit %3.</translation>
    </message>
    <message>
        <source>The segment sizes have not changed since %1.</source>
        <translation>Die Segmentgrößen haben sich seit %1 nicht verändert.</translation>
    </message>
    <message>
        <source>Today %1 has %2. Clientele notes the sizes once a day, so the lines grow from here.</source>
        <translation>Heute im Segment %1: %2. Clientele notiert die Größen einmal am Tag, so wachsen die Linien von hier aus weiter.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Movement shows once Clientele has noted your segments on two different days. It notes them once a day when the dashboard is open.</source>
        <translation>Wechsel werden angezeigt, sobald Clientele Ihre Segmente an zwei verschiedenen Tagen notiert hat. Das geschieht einmal am Tag, wenn die Übersicht geöffnet ist.</translation>
    </message>
    <message>
        <source>In %1 on %2</source>
        <translation>In %1 am %2</translation>
    </message>
    <message>
        <source>Click to see them.</source>
        <translation>Klicken Sie, um sie anzuzeigen.</translation>
    </message>
    <message>
        <source>Nobody changed segments between %1 and %2.</source>
        <translation>Zwischen %1 und %2 hat niemand das Segment gewechselt.</translation>
    </message>
    <message>
        <source>Rows: the segment on %1. Columns: the segment on %2. %3 moved in all.</source>
        <translation>Zeilen: das Segment am %1. Spalten: das Segment am %2. Insgesamt gewechselt: %3.</translation>
    </message>
    <message>
        <source>Nobody bought in the last 12 months.</source>
        <translation>In den letzten 12 Monaten hat niemand gekauft.</translation>
    </message>
    <message>
        <source>%1 bought recently and often (top right); %2 bought rarely and not lately (bottom left).</source>
        <translation>%1 haben kürzlich und oft gekauft (oben rechts); %2 selten und länger nicht (unten links).</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Wiederkehrende</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neue</translation>
    </message>
    <message>
        <source>%1: %2 came back. Click to see them.</source>
        <translation>%1: %2 wiedergekommen. Klicken Sie, um sie anzuzeigen.</translation>
    </message>
    <message>
        <source>%1: %2 bought for the first time. Click to see them.</source>
        <translation>%1: erster Einkauf von %2. Klicken Sie, um sie anzuzeigen.</translation>
    </message>
    <message>
        <source>Returning customers in %1</source>
        <translation>Wiederkehrende Kunden im %1</translation>
    </message>
    <message>
        <source>New customers in %1</source>
        <translation>Neue Kunden im %1</translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation>Kunden mit Einkauf</translation>
    </message>
    <message>
        <source>In %1, %2 of the customers had bought before; %3 new.</source>
        <translation>Im %1 hatten %2 der Kunden schon früher gekauft; neu: %3.</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Umsatz (%1)</translation>
    </message>
    <message>
        <source>%1: %2 from %3 in the last 12 months. Click to see them.</source>
        <translation>%1: %2 von %3 in den letzten 12 Monaten. Klicken Sie, um sie anzuzeigen.</translation>
    </message>
    <message>
        <source>Customers who bought at %1 in the last 12 months</source>
        <translation>Kunden, die in den letzten 12 Monaten am Standort %1 gekauft haben</translation>
    </message>
    <message>
        <source>No purchases with a location in the last 12 months.</source>
        <translation>Keine Einkäufe mit Standort in den letzten 12 Monaten.</translation>
    </message>
    <message>
        <source>%1 brings %2 of revenue, from %3.</source>
        <translation>%1 bringt %2 des Umsatzes, von %3.</translation>
    </message>
    <message>
        <source>%1 at %2: %3, %4 of its customers. Click to see them.</source>
        <translation>%1 am Standort %2: %3, %4 seiner Kunden. Klicken Sie, um sie anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 who bought at %2 in the last 12 months</source>
        <translation>%1, die in den letzten 12 Monaten am Standort %2 gekauft haben</translation>
    </message>
    <message>
        <source>Share of the location&apos;s customers, last 12 months</source>
        <translation>Anteil an den Kunden des Standorts, letzte 12 Monate</translation>
    </message>
    <message>
        <source>%1 shop most at %2: %3 in the last 12 months.</source>
        <translation>%1 am häufigsten am Standort %2: %3 in den letzten 12 Monaten.</translation>
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
    <name>clientele::DeleteCustomersCommand</name>
    <message>
        <source>delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>delete %1 customers</source>
        <translation>%1 Kunden löschen</translation>
    </message>
</context>
<context>
    <name>clientele::DeletePurchaseCommand</name>
    <message>
        <source>delete a purchase of %1</source>
        <translation>Einkauf über %1 löschen</translation>
    </message>
</context>
<context>
    <name>clientele::DeleteSegmentCommand</name>
    <message>
        <source>delete segment %1</source>
        <translation>Segment %1 löschen</translation>
    </message>
</context>
<context>
    <name>clientele::DeleteTagCommand</name>
    <message>
        <source>delete tag %1</source>
        <translation>Schlagwort %1 löschen</translation>
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
    <message>
        <source>Web shop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <source>Old Town</source>
        <translation>Altstadt</translation>
    </message>
    <message>
        <source>Harbour</source>
        <translation>Hafen</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Kundenkarte</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Catering</translation>
    </message>
    <message>
        <source>Gluten-free</source>
        <translation>Glutenfrei</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Kaffee</translation>
    </message>
    <message>
        <source>Pastries</source>
        <translation>Gebäck</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Mittagessen</translation>
    </message>
    <message>
        <source>Groceries</source>
        <translation>Lebensmittel</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Geschenke</translation>
    </message>
    <message>
        <source>Tea</source>
        <translation>Tee</translation>
    </message>
    <message>
        <source>Prefers oat milk.</source>
        <translation>Trinkt lieber Hafermilch.</translation>
    </message>
    <message>
        <source>Allergic to nuts: check the pastries.</source>
        <translation>Nussallergie: beim Gebäck nachfragen.</translation>
    </message>
    <message>
        <source>Monthly newsletter</source>
        <translation>Monatlicher Newsletter</translation>
    </message>
    <message>
        <source>Asked about a late delivery</source>
        <translation>Hat nach einer verspäteten Lieferung gefragt</translation>
    </message>
</context>
<context>
    <name>clientele::DragGrip</name>
    <message>
        <source>Drag to move</source>
        <translation>Zum Verschieben ziehen</translation>
    </message>
</context>
<context>
    <name>clientele::DuplicateFinder</name>
    <message>
        <source>same email</source>
        <translation>gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>same name in the same town</source>
        <translation>gleicher Name am gleichen Ort</translation>
    </message>
    <message>
        <source>similar name in the same town</source>
        <translation>ähnlicher Name am gleichen Ort</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>clientele::DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Duplikate suchen</translation>
    </message>
    <message>
        <source>Customers entered twice split their purchases and visits, so segments and reports count them wrongly. Clientele looks for the same email, the same phone number, and the same or a similar name in the same town. Merging moves purchases, visits and tags to the customer you keep, and can be undone.</source>
        <translation>Bei doppelt angelegten Kunden sind Einkäufe und Besuche auf zwei Einträge verteilt, sodass Segmente und Berichte sie falsch zählen. Clientele sucht nach gleicher E-Mail-Adresse, gleicher Telefonnummer und gleichem oder ähnlichem Namen am gleichen Ort. Beim Zusammenführen kommen Einkäufe, Besuche und Schlagwörter zu dem Kunden, den Sie behalten; das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <source>The two customers side by side</source>
        <translation>Die beiden Kunden nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Merge these two</source>
        <translation>Beide &amp;zusammenführen</translation>
    </message>
    <message>
        <source>One customer with the purchases, visits and tags of both (Ctrl+Z undoes it)</source>
        <translation>Ein Kunde mit den Einkäufen, Besuchen und Schlagwörtern von beiden (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;Nicht dieselbe Person</translation>
    </message>
    <message>
        <source>Clientele will not suggest this pair again</source>
        <translation>Clientele schlägt dieses Paar nicht mehr vor</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Keep the details of:</source>
        <translation>Angaben übernehmen von:</translation>
    </message>
    <message>
        <source>&amp;Undo last merge</source>
        <translation>Letztes Zusammenführen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Look &amp;again</source>
        <translation>&amp;Erneut suchen</translation>
    </message>
    <message>
        <source>Looking for customers entered twice…</source>
        <translation>Doppelt angelegte Kunden werden gesucht…</translation>
    </message>
    <message>
        <source>The search was stopped. Press “Look again” to search once more.</source>
        <translation>Die Suche wurde angehalten. Klicken Sie auf „Erneut suchen“, um noch einmal zu suchen.</translation>
    </message>
    <message>
        <source>All done: no more possible duplicates.</source>
        <translation>Fertig: Es gibt keine möglichen Duplikate mehr.</translation>
    </message>
    <message>
        <source>No duplicates found: every customer has their own email, phone number and name.</source>
        <translation>Keine Duplikate gefunden: Jeder Kunde hat seine eigene E-Mail-Adresse, Telefonnummer und seinen eigenen Namen.</translation>
    </message>
    <message>
        <source>The %1 most likely of %2 possible duplicates, most likely first.</source>
        <translation>Die %1 wahrscheinlichsten von %2 möglichen Duplikaten, die wahrscheinlichsten zuerst.</translation>
    </message>
    <message>
        <source>1 possible duplicate.</source>
        <translation>1 mögliches Duplikat.</translation>
    </message>
    <message>
        <source>%1 possible duplicates, most likely first.</source>
        <translation>%1 mögliche Duplikate, die wahrscheinlichsten zuerst.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Choose a pair on the left.</source>
        <translation>Wählen Sie links ein Paar.</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>dem ersten</translation>
    </message>
    <message>
        <source>the second</source>
        <translation>dem zweiten</translation>
    </message>
    <message>
        <source>%1. Is this one person?</source>
        <translation>%1. Ist das dieselbe Person?</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (Nr. %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>1 purchase, %1</source>
        <translation>1 Einkauf, %1</translation>
    </message>
    <message>
        <source>%1 purchases, %2</source>
        <translation>%1 Einkäufe, %2</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
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
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Einkäufe</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Letzter Einkauf</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>May be contacted by</source>
        <translation>Darf kontaktiert werden per</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>After merging</source>
        <translation>Nach dem Zusammenführen</translation>
    </message>
    <message>
        <source>These two could not be merged; one of them may have been deleted. Press “Look again”.</source>
        <translation>Die beiden konnten nicht zusammengeführt werden; vielleicht wurde einer davon gelöscht. Klicken Sie auf „Erneut suchen“.</translation>
    </message>
</context>
<context>
    <name>clientele::EditCustomerCommand</name>
    <message>
        <source>edit %1</source>
        <translation>Änderungen an %1</translation>
    </message>
</context>
<context>
    <name>clientele::EditSegmentCommand</name>
    <message>
        <source>change segment %1</source>
        <translation>Segment %1 ändern</translation>
    </message>
</context>
<context>
    <name>clientele::Exporter</name>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Clientele cannot write “%1”: %2.</source>
        <translation>Clientele kann „%1“ nicht schreiben: %2.</translation>
    </message>
    <message>
        <source>Clientele could not write “%1”: %2.</source>
        <translation>Clientele konnte „%1“ nicht schreiben: %2.</translation>
    </message>
</context>
<context>
    <name>clientele::FieldChoices</name>
    <message>
        <source>Purchases</source>
        <translation>Einkäufe</translation>
    </message>
    <message>
        <source>Number of purchases</source>
        <translation>Anzahl der Einkäufe</translation>
    </message>
    <message>
        <source>Money spent</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Average purchase</source>
        <translation>Durchschnittlicher Einkauf</translation>
    </message>
    <message>
        <source>Days since the last purchase</source>
        <translation>Tage seit dem letzten Einkauf</translation>
    </message>
    <message>
        <source>Days since the first purchase</source>
        <translation>Tage seit dem ersten Einkauf</translation>
    </message>
    <message>
        <source>Bought from the category</source>
        <translation>Gekauft in der Kategorie</translation>
    </message>
    <message>
        <source>Bought at the shop</source>
        <translation>Gekauft am Standort</translation>
    </message>
    <message>
        <source>Carts left without buying</source>
        <translation>Abgebrochene Warenkörbe</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Anzahl der Besuche</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Emails opened</source>
        <translation>Geöffnete E-Mails</translation>
    </message>
    <message>
        <source>Days since an email was last opened</source>
        <translation>Tage seit der zuletzt geöffneten E-Mail</translation>
    </message>
    <message>
        <source>Agreed to receive emails</source>
        <translation>Mit E-Mails einverstanden</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>How they found you</source>
        <translation>Wie sie zu Ihnen kamen</translation>
    </message>
    <message>
        <source>Days since they became a customer</source>
        <translation>Tage, seit sie Kunde sind</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Agreed to receive text messages</source>
        <translation>Mit SMS einverstanden</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>How recently they bought (score 1 to 5)</source>
        <translation>Wie kürzlich sie gekauft haben (Wert 1 bis 5)</translation>
    </message>
    <message>
        <source>How often they buy (score 1 to 5)</source>
        <translation>Wie oft sie kaufen (Wert 1 bis 5)</translation>
    </message>
    <message>
        <source>How much they spend (score 1 to 5)</source>
        <translation>Wie viel sie ausgeben (Wert 1 bis 5)</translation>
    </message>
    <message>
        <source>Overall score (3 to 15)</source>
        <translation>Gesamtwert (3 bis 15)</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>mehr als</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>genau</translation>
    </message>
    <message>
        <source>anything but</source>
        <translation>alles außer</translation>
    </message>
    <message>
        <source>fewer than</source>
        <translation>weniger als</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>weniger als</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>between</source>
        <translation>zwischen</translation>
    </message>
    <message>
        <source>never opened one</source>
        <translation>nie eine geöffnet</translation>
    </message>
    <message>
        <source>never bought</source>
        <translation>nie gekauft</translation>
    </message>
    <message>
        <source>opened at least one</source>
        <translation>mindestens eine geöffnet</translation>
    </message>
    <message>
        <source>bought at least once</source>
        <translation>mindestens einmal gekauft</translation>
    </message>
    <message>
        <source>include</source>
        <translation>enthalten</translation>
    </message>
    <message>
        <source>do not include</source>
        <translation>enthalten nicht</translation>
    </message>
    <message>
        <source>include one of</source>
        <translation>enthalten eines von</translation>
    </message>
    <message>
        <source>include none of</source>
        <translation>enthalten keines von</translation>
    </message>
    <message>
        <source>are not empty</source>
        <translation>sind nicht leer</translation>
    </message>
    <message>
        <source>are empty</source>
        <translation>sind leer</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is never</source>
        <translation>ist nie</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>never contains</source>
        <translation>enthält nie</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist einer der Werte</translation>
    </message>
    <message>
        <source>is never one of</source>
        <translation>ist nie einer der Werte</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ist keiner der Werte</translation>
    </message>
    <message>
        <source>is not known</source>
        <translation>ist unbekannt</translation>
    </message>
    <message>
        <source>is known</source>
        <translation>ist bekannt</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich im Laden</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Through a referral</source>
        <translation>Über eine Empfehlung</translation>
    </message>
    <message>
        <source>From an imported list</source>
        <translation>Aus einer importierten Liste</translation>
    </message>
    <message>
        <source>Date of the last purchase</source>
        <translation>Datum des letzten Einkaufs</translation>
    </message>
    <message>
        <source>Date of the first purchase</source>
        <translation>Datum des ersten Einkaufs</translation>
    </message>
    <message>
        <source>Date they became a customer</source>
        <translation>Datum, seit dem sie Kunden sind</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>on</source>
        <translation>am</translation>
    </message>
    <message>
        <source>not on</source>
        <translation>nicht am</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nach dem</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>am oder nach dem</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vor dem</translation>
    </message>
    <message>
        <source>on or before</source>
        <translation>am oder vor dem</translation>
    </message>
</context>
<context>
    <name>clientele::FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Clientele reads CSV files, the kind every till, web shop and spreadsheet can save, so tell it which file to read and what is in it.</source>
        <translation>Clientele liest CSV-Dateien, wie sie jede Kasse, jeder Onlineshop und jede Tabellenkalkulation speichern kann. Geben Sie also an, welche Datei gelesen werden soll und was darin steht.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>A .csv or .txt file</source>
        <translation>Eine .csv- oder .txt-Datei</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>What does the file hold?</source>
        <translation>Was steht in der Datei?</translation>
    </message>
    <message>
        <source>C&amp;ustomers: one row per customer</source>
        <translation>&amp;Kunden: eine Zeile pro Kunde</translation>
    </message>
    <message>
        <source>&amp;Purchases: one row per sale, with who bought</source>
        <translation>&amp;Einkäufe: eine Zeile pro Verkauf, mit dem Käufer</translation>
    </message>
    <message>
        <source>&amp;Visits and emails: one row per visit, email opened or clicked</source>
        <translation>&amp;Besuche und E-Mails: eine Zeile pro Besuch, geöffnete oder angeklickte E-Mail</translation>
    </message>
    <message>
        <source>Tip: you can also drop a file on the Clientele window.</source>
        <translation>Tipp: Sie können eine Datei auch einfach auf das Clientele-Fenster ziehen.</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Datei zum Importieren auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no file “%1”. Check the name, or choose the file with “Choose…”.</source>
        <translation>Es gibt keine Datei „%1“. Prüfen Sie den Namen, oder wählen Sie die Datei mit „Auswählen…“.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file in it.</source>
        <translation>„%1“ ist ein Ordner. Wählen Sie eine Datei darin.</translation>
    </message>
    <message>
        <source>Clientele may not read “%1”. Copy it somewhere else, or ask whoever set up this computer.</source>
        <translation>Clientele darf „%1“ nicht lesen. Kopieren Sie die Datei an einen anderen Ort, oder fragen Sie die Person, die diesen Computer eingerichtet hat.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>„%1“ ist leer: Es gibt nichts zu importieren.</translation>
    </message>
</context>
<context>
    <name>clientele::ImportExportCommands</name>
    <message>
        <source>Usage: clientele-cli import customers|purchases|interactions FILE [--mapping auto|MAP.json] [--on-duplicate skip|update|merge] [--rejects FILE] [--dry-run] [--json] [--encoding auto|utf-8|utf-16|windows-1252] [--delimiter auto|,|;|tab|&apos;|&apos;] [--date-format auto|YYYY-MM-DD|DD.MM.YYYY|MM/DD/YYYY] [--create-customers] [--tag TAG]</source>
        <translation>Aufruf: clientele-cli import customers|purchases|interactions FILE [--mapping auto|MAP.json] [--on-duplicate skip|update|merge] [--rejects FILE] [--dry-run] [--json] [--encoding auto|utf-8|utf-16|windows-1252] [--delimiter auto|,|;|tab|&apos;|&apos;] [--date-format auto|YYYY-MM-DD|DD.MM.YYYY|MM/DD/YYYY] [--create-customers] [--tag TAG]</translation>
    </message>
    <message>
        <source>“import” needs what to import and a file name.</source>
        <translation>„import“ braucht die Angabe, was importiert werden soll, und einen Dateinamen.</translation>
    </message>
    <message>
        <source>“import” can import customers, purchases or interactions, not “%1”.</source>
        <translation>„import“ kann customers, purchases oder interactions importieren, nicht „%1“.</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, update or merge.</source>
        <translation>--on-duplicate muss skip, update oder merge sein.</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8, utf-16, utf-16be, windows-1252 or latin1.</source>
        <translation>--encoding muss auto, utf-8, utf-16, utf-16be, windows-1252 oder latin1 sein.</translation>
    </message>
    <message>
        <source>--delimiter must be auto, “,”, “;”, tab or “|”.</source>
        <translation>--delimiter muss auto, „,“, „;“, tab oder „|“ sein.</translation>
    </message>
    <message>
        <source>--date-format must be auto, YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or MM/DD/YYYY.</source>
        <translation>--date-format muss auto, YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY oder MM/DD/YYYY sein.</translation>
    </message>
    <message>
        <source>The mapping “%1” is for %2, not %3.</source>
        <translation>Die Spaltenzuordnung „%1“ ist für %2, nicht für %3.</translation>
    </message>
    <message>
        <source>Dry run of “%1”, nothing was kept: %2 rows read, %3 new, %4 updated, %5 merged, %6 duplicates skipped, %7 rejected.</source>
        <translation>Probelauf mit „%1“, nichts wurde übernommen: %2 Zeilen gelesen, %3 neu, %4 aktualisiert, %5 zusammengeführt, %6 Duplikate übersprungen, %7 abgelehnt.</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 rows read, %3 new, %4 updated, %5 merged, %6 duplicates skipped, %7 rejected.</source>
        <translation>„%1“ importiert: %2 Zeilen gelesen, %3 neu, %4 aktualisiert, %5 zusammengeführt, %6 Duplikate übersprungen, %7 abgelehnt.</translation>
    </message>
    <message>
        <source>%1 customers were added for rows whose customer was not known yet.</source>
        <translation>%1 Kunden wurden für Zeilen angelegt, deren Kunde noch nicht bekannt war.</translation>
    </message>
    <message>
        <source>The rejected rows, with their line and the reason, are in “%1”.</source>
        <translation>Die abgelehnten Zeilen stehen mit Zeilennummer und Grund in „%1“.</translation>
    </message>
    <message>
        <source>This is import number %1; it can be undone.</source>
        <translation>Das ist der Import Nummer %1; er kann rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Usage: clientele-cli export customers|purchases|interactions FILE [--segment NAME] [--as-of DATE] [--excel] [--delimiter ,|;|tab|&apos;|&apos;]</source>
        <translation>Aufruf: clientele-cli export customers|purchases|interactions FILE [--segment NAME] [--as-of DATE] [--excel] [--delimiter ,|;|tab|&apos;|&apos;]</translation>
    </message>
    <message>
        <source>“export” needs what to export and a file name.</source>
        <translation>„export“ braucht die Angabe, was exportiert werden soll, und einen Dateinamen.</translation>
    </message>
    <message>
        <source>--delimiter must be “,”, “;”, tab or “|”.</source>
        <translation>--delimiter muss „,“, „;“, tab oder „|“ sein.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to “%2”.</source>
        <translation>%1 Zeilen in „%2“ geschrieben.</translation>
    </message>
    <message>
        <source>“export” can export customers, purchases or interactions, not “%1”.</source>
        <translation>„export“ kann Kunden, Einkäufe oder Kontakte exportieren, nicht „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2026-03-31.</source>
        <translation>„%1“ ist kein Datum wie 2026-03-31.</translation>
    </message>
    <message>
        <source>There is no segment called “%1”.</source>
        <translation>Es gibt kein Segment namens „%1“.</translation>
    </message>
</context>
<context>
    <name>clientele::ImportWizard</name>
    <message>
        <source>Import customers, purchases or visits</source>
        <translation>Kunden, Einkäufe oder Besuche importieren</translation>
    </message>
    <message>
        <source>Clientele cannot prepare “%1” for the import: %2.</source>
        <translation>Clientele kann „%1“ nicht für den Import vorbereiten: %2.</translation>
    </message>
</context>
<context>
    <name>clientele::Importer</name>
    <message>
        <source>The import was undone because the database reported a problem: %1</source>
        <translation>Der Import wurde rückgängig gemacht, weil die Datenbank ein Problem gemeldet hat: %1</translation>
    </message>
    <message>
        <source>Clientele cannot read “%1”: %2.</source>
        <translation>Clientele kann „%1“ nicht lesen: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>„%1“ ist leer: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>Choose the columns with a mapping file (--mapping), or rename the columns in the file&apos;s first line.</source>
        <translation>Wählen Sie die Spalten mit einer Zuordnungsdatei (--mapping), oder benennen Sie die Spalten in der ersten Zeile der Datei um.</translation>
    </message>
    <message>
        <source>“%1” has no column “%2” (for %3).</source>
        <translation>„%1“ hat keine Spalte „%2“ (für das Feld %3).</translation>
    </message>
    <message>
        <source>Clientele found no column for names, email addresses, phone numbers or customer IDs in “%1”. %2</source>
        <translation>Clientele hat in „%1“ keine Spalte für Namen, E-Mail-Adressen, Telefonnummern oder Kunden-IDs gefunden. %2</translation>
    </message>
    <message>
        <source>Clientele found no column that says who the customer is (email address or customer ID) in “%1”. %2</source>
        <translation>Clientele hat in „%1“ keine Spalte gefunden, die angibt, wer der Kunde ist (E-Mail-Adresse oder Kunden-ID). %2</translation>
    </message>
    <message>
        <source>Clientele found no date column in “%1”. %2</source>
        <translation>Clientele hat in „%1“ keine Datumsspalte gefunden. %2</translation>
    </message>
    <message>
        <source>Clientele found no amount column (or quantity and unit price) in “%1”. %2</source>
        <translation>Clientele hat in „%1“ keine Spalte für den Betrag (oder für Menge und Stückpreis) gefunden. %2</translation>
    </message>
    <message>
        <source>Clientele found no column that says what kind of contact each row is in “%1”. %2</source>
        <translation>Clientele hat in „%1“ keine Spalte gefunden, die angibt, welche Art von Kontakt jede Zeile ist. %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Clientele cannot write the rejected rows to “%1”: %2.</source>
        <translation>Clientele kann die abgelehnten Zeilen nicht in „%1“ schreiben: %2.</translation>
    </message>
    <message>
        <source>this row has %1 values but the first line has %2 columns; a value may contain the delimiter without quotes</source>
        <translation>diese Zeile hat %1 Werte, die erste Zeile aber %2 Spalten; vielleicht enthält ein Wert das Trennzeichen ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not an email address</source>
        <translation>„%1“ in Spalte „%2“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not one of walk-in, online, referral, imported</source>
        <translation>„%1“ in Spalte „%2“ ist keiner der Werte walk-in, online, referral, imported</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is neither yes nor no</source>
        <translation>„%1“ in Spalte „%2“ ist weder ja noch nein</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a date like %3</source>
        <translation>„%1“ in Spalte „%2“ ist kein Datum wie %3</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a customer number</source>
        <translation>„%1“ in Spalte „%2“ ist keine Kundennummer</translation>
    </message>
    <message>
        <source>the row has no name, email address, phone number or customer ID</source>
        <translation>die Zeile hat weder Namen noch E-Mail-Adresse, Telefonnummer oder Kunden-ID</translation>
    </message>
    <message numerus="yes">
        <source>no customer: %1 empty</source>
        <translation>
            <numerusform>kein Kunde: Spalte %1 ist leer</numerusform>
            <numerusform>kein Kunde: Spalten %1 sind leer</numerusform>
        </translation>
    </message>
    <message>
        <source>column “%1” (the date) is empty</source>
        <translation>Spalte „%1“ (das Datum) ist leer</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not an amount</source>
        <translation>„%1“ in Spalte „%2“ ist kein Betrag</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a quantity</source>
        <translation>„%1“ in Spalte „%2“ ist keine Menge</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a price</source>
        <translation>„%1“ in Spalte „%2“ ist kein Preis</translation>
    </message>
    <message>
        <source>the amount of %1 × %2 is too large</source>
        <translation>der Betrag %1 × %2 ist zu groß</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not one of visit, email_open, email_click, cart_abandoned, support_ticket, note</source>
        <translation>„%1“ in Spalte „%2“ ist keiner der Werte visit, email_open, email_click, cart_abandoned, support_ticket, note</translation>
    </message>
    <message>
        <source>no customer “%1” in Clientele (choose “create customers” to add them)</source>
        <translation>kein Kunde „%1“ in Clientele (wählen Sie „Kunden anlegen“, um ihn hinzuzufügen)</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported, the customer file is as it was.</source>
        <translation>Abgebrochen: Es wurde nichts importiert, die Kundendatei ist unverändert.</translation>
    </message>
    <message>
        <source>“%1”: %2 Nothing was imported.</source>
        <translation>„%1“: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>There is no import number %1.</source>
        <translation>Es gibt keinen Import mit der Nummer %1.</translation>
    </message>
    <message>
        <source>Import number %1 was already undone.</source>
        <translation>Der Import Nummer %1 wurde schon rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>Der Import konnte nicht rückgängig gemacht werden: %1</translation>
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
    <message>
        <source>Checking the file for damage…</source>
        <translation>Die Datei wird auf Schäden geprüft…</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>Die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>Clientele found damage in “%1” (%2).

Make no more changes, and restore the last backup with File → Restore from a backup.</source>
        <translation>Clientele hat Schäden in „%1“ gefunden (%2).

Ändern Sie nichts mehr und stellen Sie die letzte Sicherung wieder her: Datei → Aus einer Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Neuer Kunde</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Schlagwörter…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Export all customers…</source>
        <translation>Alle Kunden &amp;exportieren…</translation>
    </message>
    <message>
        <source>customers-selection</source>
        <translation>kunden-auswahl</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>kunden</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Die Datei wird geschrieben…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>&amp;Import customers, purchases or visits…</source>
        <translation>Kunden, Einkäufe oder Besuche &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Getting started…</source>
        <translation>&amp;Erste Schritte…</translation>
    </message>
    <message>
        <source>Export all &amp;purchases…</source>
        <translation>Alle Ein&amp;käufe exportieren…</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>einkaeufe</translation>
    </message>
    <message>
        <source>Export purchases</source>
        <translation>Einkäufe exportieren</translation>
    </message>
    <message>
        <source>Export their data</source>
        <translation>Ihre Daten exportieren</translation>
    </message>
    <message>
        <source>-purchases</source>
        <translation>-einkaeufe</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: %1</source>
        <translation>Die automatische Sicherung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Duplikate suchen…</translation>
    </message>
    <message>
        <source>Export all &amp;visits and contacts…</source>
        <translation>Alle Besuche und Kon&amp;takte exportieren…</translation>
    </message>
    <message>
        <source>Export visits and other contacts</source>
        <translation>Besuche und andere Kontakte exportieren</translation>
    </message>
    <message>
        <source>visits-and-contacts</source>
        <translation>besuche-und-kontakte</translation>
    </message>
    <message>
        <source>-visits-and-contacts</source>
        <translation>-besuche-und-kontakte</translation>
    </message>
    <message>
        <source>Exported to %1, %2 and %3</source>
        <translation>Exportiert nach %1, %2 und %3</translation>
    </message>
    <message>
        <source>Filling in the past of your segments…</source>
        <translation>Die Vergangenheit Ihrer Segmente wird ergänzt…</translation>
    </message>
    <message>
        <source>The demo shop is ready, but its segment history could not be saved.</source>
        <translation>Der Demo-Laden ist fertig, aber der Verlauf seiner Segmente konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>customer-list</source>
        <translation>kundenliste</translation>
    </message>
    <message>
        <source>Export this list</source>
        <translation>Diese Liste exportieren</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2</source>
        <translation>%1 Kunden nach %2 exportiert</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, durch Kommas getrennt (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated, as Excel expects in many countries (*.csv)</source>
        <translation>CSV, durch Semikolons getrennt, wie Excel es in vielen Ländern erwartet (*.csv)</translation>
    </message>
    <message>
        <source>Tab-separated text (*.tsv *.txt)</source>
        <translation>Text, durch Tabulatoren getrennt (*.tsv *.txt)</translation>
    </message>
</context>
<context>
    <name>clientele::MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Every program names its columns differently, so say for each column where it goes in Clientele; Clientele has guessed from the column names.</source>
        <translation>Jedes Programm benennt seine Spalten anders. Geben Sie deshalb für jede Spalte an, wohin sie in Clientele gehört; Clientele hat anhand der Spaltennamen schon einen Vorschlag gemacht.</translation>
    </message>
    <message>
        <source>&amp;Save this matching…</source>
        <translation>Zuordnung &amp;speichern…</translation>
    </message>
    <message>
        <source>Sa&amp;ved matchings:</source>
        <translation>&amp;Gespeicherte Zuordnungen:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Kommt in</translation>
    </message>
    <message>
        <source>Where column %1 goes</source>
        <translation>Wohin Spalte %1 gehört</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Two columns go into “%1”. Choose one of them, and “Leave out” for the other.</source>
        <translation>Zwei Spalten kommen in „%1“. Wählen Sie eine davon, und für die andere „Weglassen“.</translation>
    </message>
    <message>
        <source>Choose at least one column with names, email addresses, phone numbers or customer IDs: without one, Clientele cannot tell the customers apart.</source>
        <translation>Wählen Sie mindestens eine Spalte mit Namen, E-Mail-Adressen, Telefonnummern oder Kunden-IDs: Ohne sie kann Clientele die Kunden nicht auseinanderhalten.</translation>
    </message>
    <message>
        <source>Choose the column that says who the customer is: their email address, their customer ID in the other program, or their Clientele customer number.</source>
        <translation>Wählen Sie die Spalte, die angibt, wer der Kunde ist: seine E-Mail-Adresse, seine Kunden-ID im anderen Programm oder seine Clientele-Kundennummer.</translation>
    </message>
    <message>
        <source>Choose the column with the date.</source>
        <translation>Wählen Sie die Spalte mit dem Datum.</translation>
    </message>
    <message>
        <source>Choose the column with the amount (or both quantity and unit price).</source>
        <translation>Wählen Sie die Spalte mit dem Betrag (oder die beiden Spalten Menge und Stückpreis).</translation>
    </message>
    <message>
        <source>Choose the column that says whether it was a visit or an email.</source>
        <translation>Wählen Sie die Spalte, die angibt, ob es ein Besuch oder eine E-Mail war.</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Noch keine gespeichert</translation>
    </message>
    <message>
        <source>Choose one…</source>
        <translation>Eine auswählen…</translation>
    </message>
    <message>
        <source>Saved matching</source>
        <translation>Gespeicherte Zuordnung</translation>
    </message>
    <message>
        <source>“%1” was saved for another kind of file. Go back to the first page to change what the file holds, or choose another matching.</source>
        <translation>„%1“ wurde für eine andere Art von Datei gespeichert. Gehen Sie zur ersten Seite zurück, um anzugeben, was in der Datei steht, oder wählen Sie eine andere Zuordnung.</translation>
    </message>
    <message>
        <source>Save this matching</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Name it after the program the file came from, e.g. “Shopify customers”:</source>
        <translation>Benennen Sie sie nach dem Programm, aus dem die Datei stammt, z. B. „Shopify-Kunden“:</translation>
    </message>
</context>
<context>
    <name>clientele::MappingProfiles</name>
    <message>
        <source>Clientele cannot make the folder “%1”.</source>
        <translation>Clientele kann den Ordner „%1“ nicht anlegen.</translation>
    </message>
</context>
<context>
    <name>clientele::MergeCustomersCommand</name>
    <message>
        <source>merge two records of %1</source>
        <translation>zwei Einträge von %1 zusammenführen</translation>
    </message>
</context>
<context>
    <name>clientele::MergeTagsCommand</name>
    <message>
        <source>merge tag %1 into %2</source>
        <translation>Schlagwort %1 mit %2 zusammenführen</translation>
    </message>
</context>
<context>
    <name>clientele::NextStepsPanel</name>
    <message>
        <source>What to do next</source>
        <translation>Nächste Schritte</translation>
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
        <source>No plan yet: what would you like to do for them?</source>
        <translation>Noch kein Plan: Was möchten Sie für sie tun?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>Plan ändern…</translation>
    </message>
    <message>
        <source>Make a few segments first: each gets a short plan here.</source>
        <translation>Legen Sie zuerst ein paar Segmente an: Jedes bekommt hier einen kurzen Plan.</translation>
    </message>
    <message>
        <source>Your plan for “%1”:</source>
        <translation>Ihr Plan für „%1“:</translation>
    </message>
</context>
<context>
    <name>clientele::OnboardingWizard</name>
    <message>
        <source>Getting started with Clientele</source>
        <translation>Erste Schritte mit Clientele</translation>
    </message>
    <message>
        <source>Welcome to Clientele</source>
        <translation>Willkommen bei Clientele</translation>
    </message>
    <message>
        <source>A few questions so Clientele fits your shop from the first day.</source>
        <translation>Ein paar Fragen, damit Clientele vom ersten Tag an zu Ihrem Laden passt.</translation>
    </message>
    <message>
        <source>Clientele keeps your customers and what they bought in one place. It sorts them into groups, such as your regulars or the people you have not seen for a while, so you know whom to thank and whom to win back. It prints lists and exports addresses for your offers and letters.</source>
        <translation>Clientele hält Ihre Kunden und ihre Einkäufe an einem Ort fest. Es teilt sie in Gruppen ein, etwa Ihre Stammkunden oder die, die Sie länger nicht gesehen haben, damit Sie wissen, wem Sie danken und wen Sie zurückgewinnen sollten. Es druckt Listen und exportiert Adressen für Ihre Angebote und Briefe.</translation>
    </message>
    <message>
        <source>Your data stays on this computer: nothing is sent anywhere.</source>
        <translation>Ihre Daten bleiben auf diesem Computer: Nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Ihr Geschäft</translation>
    </message>
    <message>
        <source>Knowing your kind of business lets Clientele suggest groups that make sense for you.</source>
        <translation>Wenn Clientele Ihre Art von Geschäft kennt, kann es Gruppen vorschlagen, die für Sie sinnvoll sind.</translation>
    </message>
    <message>
        <source>Café or restaurant</source>
        <translation>Café oder Restaurant</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Einzelhandel</translation>
    </message>
    <message>
        <source>Salon or services</source>
        <translation>Salon oder Dienstleistungen</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>Onlineshop</translation>
    </message>
    <message>
        <source>Crypto ATM or kiosk</source>
        <translation>Krypto-Automat oder Kiosk</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Finanzdienstleistungen</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>For example: Café Lumière</source>
        <translation>Zum Beispiel: Café Lumière</translation>
    </message>
    <message>
        <source>&amp;Kind of business:</source>
        <translation>&amp;Art des Geschäfts:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Wäh&amp;rung:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>The country is used to read phone numbers written without a country code.</source>
        <translation>Mit dem Land werden Telefonnummern gelesen, die ohne Ländervorwahl geschrieben sind.</translation>
    </message>
    <message>
        <source>Your customers</source>
        <translation>Ihre Kunden</translation>
    </message>
    <message>
        <source>Clientele works best with your customers in it, so choose how to begin.</source>
        <translation>Clientele funktioniert am besten mit Ihren Kunden darin. Wählen Sie also, wie Sie beginnen möchten.</translation>
    </message>
    <message>
        <source>&amp;Try the demo shop: a café with 2,000 made-up customers to look around</source>
        <translation>Den &amp;Demo-Laden ausprobieren: ein Café mit 2.000 erfundenen Kunden zum Umsehen</translation>
    </message>
    <message>
        <source>&amp;Import a file now (a CSV list from your till, web shop or spreadsheet)</source>
        <translation>Jetzt eine Datei &amp;importieren (eine CSV-Liste aus Ihrer Kasse, Ihrem Onlineshop oder einer Tabelle)</translation>
    </message>
    <message>
        <source>&amp;Start empty and add customers as they come</source>
        <translation>&amp;Leer beginnen und Kunden nach und nach anlegen</translation>
    </message>
    <message>
        <source>The demo shop needs an empty file, and this one already has customers.</source>
        <translation>Der Demo-Laden braucht eine leere Datei, und diese enthält schon Kunden.</translation>
    </message>
    <message>
        <source>The demo shop or the import starts after you click Finish.</source>
        <translation>Der Demo-Laden oder der Import beginnt, nachdem Sie auf „Abschließen“ geklickt haben.</translation>
    </message>
    <message>
        <source>Your groups</source>
        <translation>Ihre Gruppen</translation>
    </message>
    <message>
        <source>Groups show at a glance who your regulars are and who is drifting away, so a few questions set where each group begins.</source>
        <translation>Gruppen zeigen auf einen Blick, wer Ihre Stammkunden sind und wer wegbleibt. Ein paar Fragen legen fest, wo jede Gruppe beginnt.</translation>
    </message>
    <message>
        <source>Proposed groups</source>
        <translation>Vorgeschlagene Gruppen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Who is in it</source>
        <translation>Wer dazugehört</translation>
    </message>
    <message>
        <source>Customers now</source>
        <translation>Kunden jetzt</translation>
    </message>
    <message>
        <source>Untick a group you do not want, or double-click its name to rename it; you can change them all later on the Segments page.</source>
        <translation>Entfernen Sie das Häkchen bei einer Gruppe, die Sie nicht möchten, oder doppelklicken Sie auf ihren Namen, um sie umzubenennen; Sie können alle später auf der Seite „Segmente“ ändern.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>A copy in another place saves your customer list when a computer breaks or is lost.</source>
        <translation>Eine Kopie an einem anderen Ort rettet Ihre Kundenliste, wenn ein Computer kaputtgeht oder verloren geht.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Ordner für Sicherungen</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Sicherungs&amp;ordner:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Click Finish to save your answers; here is what to do next.</source>
        <translation>Klicken Sie auf „Abschließen“, um Ihre Antworten zu speichern; so geht es weiter.</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;Bring your customers in: File &gt; Import, or add them one by one with Ctrl+N.&lt;/li&gt;&lt;li&gt;Look at your groups on the Segments page and rename or adjust them.&lt;/li&gt;&lt;li&gt;Check the Dashboard each week to see who needs a call or an offer.&lt;/li&gt;&lt;li&gt;Back up regularly with File &gt; Back up.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;Holen Sie Ihre Kunden herein: Datei &gt; Kunden, Einkäufe oder Besuche importieren, oder legen Sie sie einzeln mit Strg+N an.&lt;/li&gt;&lt;li&gt;Sehen Sie sich Ihre Gruppen auf der Seite „Segmente“ an, und benennen Sie sie um oder passen Sie sie an.&lt;/li&gt;&lt;li&gt;Schauen Sie jede Woche in die Übersicht, um zu sehen, wer einen Anruf oder ein Angebot braucht.&lt;/li&gt;&lt;li&gt;Sichern Sie regelmäßig mit Datei &gt; Sichern.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>You can open these questions again any time from Help &gt; Getting started.</source>
        <translation>Sie können diese Fragen jederzeit wieder über Hilfe &gt; Erste Schritte öffnen.</translation>
    </message>
    <message>
        <source>cannot be counted</source>
        <translation>kann nicht gezählt werden</translation>
    </message>
    <message>
        <source>The groups could not be added.</source>
        <translation>Die Gruppen konnten nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Automatic backups:</source>
        <translation>Automatische Sicherungen:</translation>
    </message>
    <message>
        <source>A folder on a USB stick or a synced cloud folder is the safest choice. Clientele puts a copy there by itself, as often as you choose, and keeps the last ten; File &gt; Back up adds one whenever you like.</source>
        <translation>Ein Ordner auf einem USB-Stick oder ein synchronisierter Cloud-Ordner ist am sichersten. Clientele legt dort von selbst eine Kopie ab, so oft Sie möchten, und behält die letzten zehn; Datei &gt; Sichern fügt jederzeit eine hinzu.</translation>
    </message>
    <message>
        <source>The demo shop or the import starts when you click Next; then the wizard goes on, so the groups are counted on your customers.</source>
        <translation>Der Demo-Laden oder der Import beginnt, wenn Sie auf „Weiter“ klicken; danach geht es hier weiter, damit die Gruppen mit Ihren Kunden gezählt werden.</translation>
    </message>
    <message>
        <source>Nothing was brought in. Try again, or choose another way to begin.</source>
        <translation>Es wurde nichts übernommen. Versuchen Sie es noch einmal oder wählen Sie einen anderen Anfang.</translation>
    </message>
    <message>
        <source>Your customers are in. Click Next to group them.</source>
        <translation>Ihre Kunden sind da. Klicken Sie auf „Weiter“, um sie in Gruppen einzuteilen.</translation>
    </message>
    <message>
        <source>Shop na&amp;me:</source>
        <translation>&amp;Name des Ladens:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>clientele::OptionsPage</name>
    <message>
        <source>Choose how to import</source>
        <translation>Wählen Sie, wie importiert wird</translation>
    </message>
    <message>
        <source>A few things cannot be seen from the columns alone, so check how dates are read and what happens to customers you already have.</source>
        <translation>Manches lässt sich an den Spalten allein nicht erkennen. Prüfen Sie deshalb, wie Datumsangaben gelesen werden und was mit Kunden geschieht, die Sie schon haben.</translation>
    </message>
    <message>
        <source>Dates and amounts</source>
        <translation>Datumsangaben und Beträge</translation>
    </message>
    <message>
        <source>Day first (31.12.2025 or 31/12/2025)</source>
        <translation>Tag zuerst (31.12.2025 oder 31/12/2025)</translation>
    </message>
    <message>
        <source>Month first (12/31/2025)</source>
        <translation>Monat zuerst (12/31/2025)</translation>
    </message>
    <message>
        <source>Year first (2025-12-31)</source>
        <translation>Jahr zuerst (2025-12-31)</translation>
    </message>
    <message>
        <source>Amounts use a decimal comma (12,50 rather than 12.50)</source>
        <translation>Beträge mit Dezimalkomma (12,50 statt 12.50)</translation>
    </message>
    <message>
        <source>&amp;Dates are written:</source>
        <translation>&amp;Datumsformat:</translation>
    </message>
    <message>
        <source>Customers you already have</source>
        <translation>Kunden, die Sie schon haben</translation>
    </message>
    <message>
        <source>A row is about a customer you already have when its email address, phone number or customer ID matches (capitals and spaces do not count).</source>
        <translation>Eine Zeile gehört zu einem vorhandenen Kunden, wenn E-Mail-Adresse, Telefonnummer oder Kunden-ID übereinstimmen (Groß- und Kleinschreibung sowie Leerzeichen zählen nicht).</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>&amp;Update them</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Fill in the gaps</source>
        <translation>&amp;Lücken füllen</translation>
    </message>
    <message>
        <source>The customer stays as it is; the row is counted as skipped.</source>
        <translation>Der Kunde bleibt, wie er ist; die Zeile wird als übersprungen gezählt.</translation>
    </message>
    <message>
        <source>Values from the file replace what you have; an empty cell never erases anything.</source>
        <translation>Werte aus der Datei ersetzen Ihre Angaben; eine leere Zelle löscht nie etwas.</translation>
    </message>
    <message>
        <source>Only what is missing is filled in from the file; what you have stays.</source>
        <translation>Nur was fehlt, wird aus der Datei ergänzt; was Sie schon haben, bleibt.</translation>
    </message>
    <message>
        <source>Everyone imported</source>
        <translation>Alle importierten Kunden</translation>
    </message>
    <message>
        <source>e.g. Old till, Newsletter 2025 (separated by commas)</source>
        <translation>z. B. Alte Kasse, Newsletter 2025 (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Add customers Clientele does not know yet (otherwise their rows are left out and listed)</source>
        <translation>Kunden anlegen, die Clientele noch nicht kennt (sonst werden ihre Zeilen ausgelassen und aufgelistet)</translation>
    </message>
    <message>
        <source>&amp;Tags to add:</source>
        <translation>&amp;Hinzuzufügende Schlagwörter:</translation>
    </message>
    <message>
        <source>The columns chosen hold no dates.</source>
        <translation>Die gewählten Spalten enthalten keine Datumsangaben.</translation>
    </message>
    <message>
        <source>“%1” will be read as %2.</source>
        <translation>„%1“ wird als %2 gelesen.</translation>
    </message>
    <message>
        <source>“%1” is not a date written this way.</source>
        <translation>„%1“ ist kein Datum in dieser Schreibweise.</translation>
    </message>
    <message>
        <source>%1 of the first %2 dates cannot be read this way; their rows would be left out.</source>
        <translation>%1 der ersten %2 Datumsangaben lassen sich so nicht lesen; ihre Zeilen würden ausgelassen.</translation>
    </message>
</context>
<context>
    <name>clientele::PreviewPage</name>
    <message>
        <source>UTF-8 (most programs today)</source>
        <translation>UTF-8 (die meisten heutigen Programme)</translation>
    </message>
    <message>
        <source>UTF-16, little-endian</source>
        <translation>UTF-16, Little Endian</translation>
    </message>
    <message>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16, Big Endian</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel on Windows, Western Europe)</source>
        <translation>Windows-1252 (Excel unter Windows, Westeuropa)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>%1 — detected</source>
        <translation>%1 — erkannt</translation>
    </message>
    <message>
        <source>Check that the file reads right</source>
        <translation>Prüfen, ob die Datei richtig gelesen wird</translation>
    </message>
    <message>
        <source>Files are saved in different ways, so look at the first rows: if accents look wrong or everything sits in one column, change the settings below until the table looks right.</source>
        <translation>Dateien werden auf unterschiedliche Weise gespeichert. Sehen Sie sich deshalb die ersten Zeilen an: Wenn Umlaute falsch aussehen oder alles in einer Spalte steht, ändern Sie die Einstellungen unten, bis die Tabelle stimmt.</translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation>Die erste Zeile enthält die Spaltennamen</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>Zeile in der Datei</translation>
    </message>
    <message>
        <source>&amp;Characters (encoding):</source>
        <translation>Zeichen&amp;kodierung:</translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation>Spalten getrennt durch:</translation>
    </message>
    <message>
        <source>The file has column names but no rows.</source>
        <translation>Die Datei hat Spaltennamen, aber keine Zeilen.</translation>
    </message>
    <message>
        <source>The table shows the start of the file as Clientele will read it; the numbers on the left are its line numbers.</source>
        <translation>Die Tabelle zeigt den Anfang der Datei so, wie Clientele sie lesen wird; die Zahlen links sind die Zeilennummern.</translation>
    </message>
</context>
<context>
    <name>clientele::PurchaseDialog</name>
    <message>
        <source>Add a purchase</source>
        <translation>Einkauf hinzufügen</translation>
    </message>
    <message>
        <source>No location</source>
        <translation>Kein Standort</translation>
    </message>
    <message>
        <source>For example: Coffee, Gifts</source>
        <translation>Zum Beispiel: Kaffee, Geschenke</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Betrag (%1):</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Add purchase</source>
        <translation>Einkauf hinzufügen</translation>
    </message>
    <message>
        <source>Type the amount as a number, for example %1.</source>
        <translation>Geben Sie den Betrag als Zahl ein, zum Beispiel %1.</translation>
    </message>
</context>
<context>
    <name>clientele::RenameTagCommand</name>
    <message>
        <source>rename tag %1 to %2</source>
        <translation>Schlagwort %1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>clientele::ReorderSegmentsCommand</name>
    <message>
        <source>change the order of segments</source>
        <translation>Reihenfolge der Segmente ändern</translation>
    </message>
</context>
<context>
    <name>clientele::ReportCommand</name>
    <message>
        <source>Use: clientele-cli report (--segment NAME | --all) --pdf FILE [--as-of DATE] [--call-list]</source>
        <translation>Aufruf: clientele-cli report (--segment NAME | --all) --pdf FILE [--as-of DATE] [--call-list]</translation>
    </message>
    <message>
        <source>“report” takes its file with --pdf FILE.</source>
        <translation>„report“ erwartet die Datei mit --pdf FILE.</translation>
    </message>
    <message>
        <source>Say what to report on with exactly one of --segment NAME or --all.</source>
        <translation>Geben Sie mit genau einer der Optionen --segment NAME oder --all an, worüber berichtet werden soll.</translation>
    </message>
    <message>
        <source>Say where to write the report with --pdf FILE.</source>
        <translation>Geben Sie mit --pdf FILE an, wohin der Bericht geschrieben werden soll.</translation>
    </message>
    <message>
        <source>A call list is for one segment: use --segment NAME with --call-list.</source>
        <translation>Eine Anrufliste gilt für ein Segment: Verwenden Sie --segment NAME zusammen mit --call-list.</translation>
    </message>
    <message>
        <source>--as-of must be a date like 2026-03-31.</source>
        <translation>--as-of muss ein Datum wie 2026-03-31 sein.</translation>
    </message>
    <message>
        <source>--sort must be value or last-purchase.</source>
        <translation>--sort muss value oder last-purchase sein.</translation>
    </message>
    <message>
        <source>Wrote “%1” to “%2” in %3 s. Pages: %4. Rows: %5.</source>
        <translation>„%1“ in %3 s nach „%2“ geschrieben. Seiten: %4. Zeilen: %5.</translation>
    </message>
    <message>
        <source>--with-segments adds a page per segment to the overview: use it with --all.</source>
        <translation>--with-segments fügt der Übersicht eine Seite je Segment hinzu: nur zusammen mit --all.</translation>
    </message>
</context>
<context>
    <name>clientele::ReportPreview</name>
    <message>
        <source>The report could not be prepared.</source>
        <translation>Der Bericht konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>Preparing the overview of all segments…</source>
        <translation>Die Übersicht aller Segmente wird vorbereitet…</translation>
    </message>
    <message>
        <source>Preparing the call list for “%1”…</source>
        <translation>Die Anrufliste für „%1“ wird vorbereitet…</translation>
    </message>
    <message>
        <source>Preparing the report on “%1”…</source>
        <translation>Der Bericht über „%1“ wird vorbereitet…</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Die Seiten werden vorbereitet…</translation>
    </message>
    <message>
        <source>Show what is ready</source>
        <translation>Bisheriges anzeigen</translation>
    </message>
</context>
<context>
    <name>clientele::ReportRenderer</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>±0</source>
        <translation>±0</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Printed %1 · %2</source>
        <translation>Gedruckt am %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Segment report as of %1</source>
        <translation>Segmentbericht, Stand: %1</translation>
    </message>
    <message>
        <source>Who is in it</source>
        <translation>Wer dazugehört</translation>
    </message>
    <message>
        <source>Everyone who is in none of the other segments.</source>
        <translation>Alle, die in keinem der anderen Segmente sind.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>of %1 customers</source>
        <translation>von %1 Kunden</translation>
    </message>
    <message>
        <source>%1 in 30 days</source>
        <translation>%1 in 30 Tagen</translation>
    </message>
    <message>
        <source>%1 in 90 days</source>
        <translation>%1 in 90 Tagen</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Anteil an den Kunden</translation>
    </message>
    <message>
        <source>Revenue, last 365 days</source>
        <translation>Umsatz, letzte 365 Tage</translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation>%1 Einkäufe</translation>
    </message>
    <message>
        <source>Share of all revenue</source>
        <translation>Anteil am gesamten Umsatz</translation>
    </message>
    <message>
        <source>of %1 in the last 365 days</source>
        <translation>von %1 in den letzten 365 Tagen</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Durchschnittlicher Einkauf</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>over the last 365 days</source>
        <translation>über die letzten 365 Tage</translation>
    </message>
    <message>
        <source>Purchases per member</source>
        <translation>Einkäufe pro Mitglied</translation>
    </message>
    <message>
        <source>in the last 365 days</source>
        <translation>in den letzten 365 Tagen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Members (%1), by total spent</source>
        <translation>Mitglieder (%1), nach Ausgaben insgesamt</translation>
    </message>
    <message>
        <source>No customers are in this segment as of %1.</source>
        <translation>Mit Stand %1 sind keine Kunden in diesem Segment.</translation>
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
        <source>Segments overview</source>
        <translation>Segmentübersicht</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>%1 customers in %2 segments; revenue in the last 365 days: %3. Every customer is counted in the first segment that matches, so the parts add up to the whole.</source>
        <translation>%1 Kunden in %2 Segmenten; Umsatz in den letzten 365 Tagen: %3. Jeder Kunde zählt zum ersten passenden Segment, so ergeben die Teile zusammen das Ganze.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Revenue, 365 days</source>
        <translation>Umsatz, 365 Tage</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Anteil am Umsatz</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Where customers and revenue are</source>
        <translation>Wo Kunden und Umsatz liegen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>%1: %2 of customers, %3 of revenue</source>
        <translation>%1: %2 der Kunden, %3 des Umsatzes</translation>
    </message>
    <message>
        <source>by total spent</source>
        <translation>nach Ausgaben insgesamt</translation>
    </message>
    <message>
        <source>longest since the last purchase first</source>
        <translation>am längsten ohne Einkauf zuerst</translation>
    </message>
    <message>
        <source>Call list: %1</source>
        <translation>Anrufliste: %1</translation>
    </message>
    <message>
        <source>As of %1 · %2 of %3 members agreed to be contacted and have a phone number · %4</source>
        <translation>Stand: %1 · %2 von %3 Mitgliedern dürfen kontaktiert werden und haben eine Telefonnummer · %4</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>Nobody in this segment can be called: no member with a phone number agreed to be contacted.</source>
        <translation>In diesem Segment kann niemand angerufen werden: Kein Mitglied mit Telefonnummer ist mit einer Kontaktaufnahme einverstanden.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The segments could not be evaluated.</source>
        <translation>Die Segmente konnten nicht ausgewertet werden.</translation>
    </message>
    <message>
        <source>There is no segment called “%1”. Segments: %2.</source>
        <translation>Es gibt kein Segment namens „%1“. Segmente: %2.</translation>
    </message>
    <message>
        <source>Segment report: %1</source>
        <translation>Segmentbericht: %1</translation>
    </message>
    <message>
        <source>There is no report to write.</source>
        <translation>Es gibt keinen Bericht, der geschrieben werden kann.</translation>
    </message>
    <message>
        <source>Cannot write “%1”. Check that the folder exists and that you may write there.</source>
        <translation>„%1“ kann nicht geschrieben werden. Prüfen Sie, ob der Ordner existiert und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Members over time</source>
        <translation>Mitglieder im Zeitverlauf</translation>
    </message>
    <message>
        <source>Not enough history for a chart yet. Clientele notes the size of every segment once a day while it is open; the chart appears from the second day on.</source>
        <translation>Noch nicht genug Verlauf für ein Diagramm. Clientele notiert die Größe jedes Segments einmal am Tag, solange es geöffnet ist; das Diagramm erscheint ab dem zweiten Tag.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>%1 members on %2, %3 on %4 (%5).</source>
        <translation>%1 Mitglieder am %2, %3 am %4 (%5).</translation>
    </message>
    <message>
        <source>Share of customers and of revenue</source>
        <translation>Anteil an Kunden und Umsatz</translation>
    </message>
    <message>
        <source>%1 of all</source>
        <translation>%1 vom Ganzen</translation>
    </message>
    <message>
        <source>Movement between segments in the last 30 days</source>
        <translation>Wechsel zwischen Segmenten in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>There is no snapshot from 30 days ago, so movement between segments cannot be shown yet. Clientele notes who is in which segment once a day while it is open.</source>
        <translation>Es gibt noch keine Aufzeichnung von vor 30 Tagen, daher können Wechsel zwischen Segmenten noch nicht gezeigt werden. Clientele notiert einmal am Tag, wer in welchem Segment ist, solange es geöffnet ist.</translation>
    </message>
    <message>
        <source>Nobody changed segment between %1 and %2.</source>
        <translation>Zwischen %1 und %2 hat niemand das Segment gewechselt.</translation>
    </message>
    <message>
        <source>1 customer changed segment between %1 and %2.</source>
        <translation>Zwischen %1 und %2 hat 1 Kunde das Segment gewechselt.</translation>
    </message>
    <message>
        <source>%1 customers changed segment between %2 and %3.</source>
        <translation>Zwischen %2 und %3 haben %1 Kunden das Segment gewechselt.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Smaller moves: %1 customers in %2 other moves.</source>
        <translation>Kleinere Wechsel: %1 Kunden in %2 weiteren Wechseln.</translation>
    </message>
</context>
<context>
    <name>clientele::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Print a segment for the meeting with your accountant, a sheet for the back office, or a call list to phone customers who agreed to be contacted.</source>
        <translation>Drucken Sie ein Segment für den Termin im Steuerbüro, ein Blatt fürs Büro oder eine Anrufliste, um Kunden anzurufen, die kontaktiert werden dürfen.</translation>
    </message>
    <message>
        <source>Segment report</source>
        <translation>Segmentbericht</translation>
    </message>
    <message>
        <source>Overview of all segments</source>
        <translation>Übersicht aller Segmente</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Anrufliste</translation>
    </message>
    <message>
        <source>Biggest spenders first</source>
        <translation>Größte Ausgaben zuerst</translation>
    </message>
    <message>
        <source>Longest since the last purchase first</source>
        <translation>Am längsten ohne Einkauf zuerst</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Druckvorschau…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Saved “%1”. Pages: %2.</source>
        <translation>„%1“ gespeichert. Seiten: %2.</translation>
    </message>
    <message>
        <source>Segments overview</source>
        <translation>Segmentübersicht</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Portrait (upright)</source>
        <translation>Hochformat (stehend)</translation>
    </message>
    <message>
        <source>Landscape (sideways, more room for wide tables)</source>
        <translation>Querformat (liegend, mehr Platz für breite Tabellen)</translation>
    </message>
    <message>
        <source>Paper size follows your country: A4, or Letter in North America.</source>
        <translation>Das Papierformat richtet sich nach Ihrem Land: A4, in Nordamerika Letter.</translation>
    </message>
    <message>
        <source>P&amp;age:</source>
        <translation>S&amp;eite:</translation>
    </message>
    <message>
        <source>Writing “%1”…</source>
        <translation>„%1“ wird geschrieben…</translation>
    </message>
    <message>
        <source>Stopped: nothing was saved.</source>
        <translation>Abgebrochen: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Then a page for each segment, with its figures and charts</source>
        <translation>Danach eine Seite je Segment, mit seinen Kennzahlen und Diagrammen</translation>
    </message>
</context>
<context>
    <name>clientele::ResultPage</name>
    <message>
        <source>Import done</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Here is what happened to each row of the file, so you can check that nothing went missing.</source>
        <translation>Hier sehen Sie, was mit jeder Zeile der Datei geschehen ist, damit Sie prüfen können, dass nichts verloren gegangen ist.</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>Abgelehnte Zeilen &amp;speichern…</translation>
    </message>
    <message>
        <source>A CSV file with the rows left out, each with its line number and the reason, to fix in a spreadsheet and import again.</source>
        <translation>Eine CSV-Datei mit den ausgelassenen Zeilen, jeweils mit Zeilennummer und Grund, zum Korrigieren in einer Tabellenkalkulation und erneuten Importieren.</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>%1 rows read from “%2”:</source>
        <translation>%1 Zeilen aus „%2“ gelesen:</translation>
    </message>
    <message>
        <source>• new customers imported: %1</source>
        <translation>• neue Kunden importiert: %1</translation>
    </message>
    <message>
        <source>• customers you had, updated: %1</source>
        <translation>• vorhandene Kunden aktualisiert: %1</translation>
    </message>
    <message>
        <source>• customers you had, gaps filled in: %1</source>
        <translation>• vorhandene Kunden, Lücken gefüllt: %1</translation>
    </message>
    <message>
        <source>• rows about customers you had, skipped: %1</source>
        <translation>• Zeilen zu vorhandenen Kunden übersprungen: %1</translation>
    </message>
    <message>
        <source>• purchases imported: %1</source>
        <translation>• Einkäufe importiert: %1</translation>
    </message>
    <message>
        <source>• visits and emails imported: %1</source>
        <translation>• Besuche und E-Mails importiert: %1</translation>
    </message>
    <message>
        <source>• rows left out (rejected): %1</source>
        <translation>• Zeilen ausgelassen (abgelehnt): %1</translation>
    </message>
    <message>
        <source>New customers made for rows Clientele could not match: %1</source>
        <translation>Neu angelegte Kunden für Zeilen, die Clientele niemandem zuordnen konnte: %1</translation>
    </message>
    <message>
        <source>The rows left out are kept with their line numbers and reasons: save them, fix them in a spreadsheet and import them again.</source>
        <translation>Die ausgelassenen Zeilen werden mit Zeilennummern und Gründen aufbewahrt: Speichern Sie sie, korrigieren Sie sie in einer Tabellenkalkulation und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>-rejected.csv</source>
        <translation>-abgelehnt.csv</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Clientele could not save the rows to “%1”: %2.</source>
        <translation>Clientele konnte die Zeilen nicht in „%1“ speichern: %2.</translation>
    </message>
    <message>
        <source>Remove the %1 customers this import added, with their purchases and visits?</source>
        <translation>Die %1 Kunden, die dieser Import hinzugefügt hat, mit ihren Einkäufen und Besuchen entfernen?</translation>
    </message>
    <message>
        <source>Remove the %1 purchases this import added, and the %2 customers it made?</source>
        <translation>Die %1 Einkäufe, die dieser Import hinzugefügt hat, und die %2 dabei angelegten Kunden entfernen?</translation>
    </message>
    <message>
        <source>Remove the %1 purchases this import added?</source>
        <translation>Die %1 Einkäufe entfernen, die dieser Import hinzugefügt hat?</translation>
    </message>
    <message>
        <source>Remove the %1 visits and emails this import added, and the %2 customers it made?</source>
        <translation>Die %1 Besuche und E-Mails, die dieser Import hinzugefügt hat, und die %2 dabei angelegten Kunden entfernen?</translation>
    </message>
    <message>
        <source>Remove the %1 visits and emails this import added?</source>
        <translation>Die %1 Besuche und E-Mails entfernen, die dieser Import hinzugefügt hat?</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message>
        <source>Customers you already had keep the changes the import made to them.</source>
        <translation>Kunden, die Sie schon hatten, behalten die Änderungen, die der Import an ihnen vorgenommen hat.</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Der Import wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>The import was undone: %1 customers, %2 purchases and %3 visits and emails removed.</source>
        <translation>Der Import wurde rückgängig gemacht: %1 Kunden, %2 Einkäufe und %3 Besuche und E-Mails entfernt.</translation>
    </message>
</context>
<context>
    <name>clientele::RfmHeatMap</name>
    <message>
        <source>bought very recently</source>
        <translation>vor sehr kurzer Zeit</translation>
    </message>
    <message>
        <source>bought recently</source>
        <translation>vor Kurzem</translation>
    </message>
    <message>
        <source>bought a while ago</source>
        <translation>vor einer Weile</translation>
    </message>
    <message>
        <source>bought some time ago</source>
        <translation>vor längerer Zeit</translation>
    </message>
    <message>
        <source>bought long ago</source>
        <translation>vor langer Zeit</translation>
    </message>
    <message>
        <source>buy very often</source>
        <translation>sehr häufigen</translation>
    </message>
    <message>
        <source>buy often</source>
        <translation>häufigen</translation>
    </message>
    <message>
        <source>buy now and then</source>
        <translation>gelegentlichen</translation>
    </message>
    <message>
        <source>buy seldom</source>
        <translation>seltenen</translation>
    </message>
    <message>
        <source>rarely buy</source>
        <translation>sehr seltenen</translation>
    </message>
    <message>
        <source>How often they buy (1 = rarely, 5 = most often)</source>
        <translation>Wie oft sie kaufen (1 = selten, 5 = am häufigsten)</translation>
    </message>
    <message>
        <source>How lately (5 = latest)</source>
        <translation>Letzter Einkauf (5 = am kürzesten her)</translation>
    </message>
    <message>
        <source>fewer</source>
        <translation>weniger</translation>
    </message>
    <message>
        <source>more</source>
        <translation>mehr</translation>
    </message>
    <message>
        <source>1 customer who %1 and %2.</source>
        <translation>1 Kunde mit %2 Einkäufen, zuletzt %1.</translation>
    </message>
    <message>
        <source>%3 customers who %1 and %2.</source>
        <translation>%3 Kunden mit %2 Einkäufen, zuletzt %1.</translation>
    </message>
    <message>
        <source>Recency %1, frequency %2. Click to see them.</source>
        <translation>Aktualität %1, Häufigkeit %2. Klicken Sie, um sie anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>clientele::RuleGroupWidget</name>
    <message>
        <source>Customers who match</source>
        <translation>Kunden, die</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Die Kunden müssen</translation>
    </message>
    <message>
        <source>All or any of the conditions</source>
        <translation>Alle oder mindestens eine der Bedingungen</translation>
    </message>
    <message>
        <source>all of these</source>
        <translation>alle diese Bedingungen erfüllen</translation>
    </message>
    <message>
        <source>at least one of these</source>
        <translation>mindestens eine davon erfüllen</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Gruppe entfernen</translation>
    </message>
    <message>
        <source>No conditions yet: add one below.</source>
        <translation>Noch keine Bedingungen: Fügen Sie unten eine hinzu.</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Add a group (either/or)</source>
        <translation>Gruppe hinzufügen (entweder/oder)</translation>
    </message>
    <message>
        <source>A group inside this one, for conditions such as “has the tag VIP or spent more than 500”</source>
        <translation>Eine Gruppe innerhalb dieser, für Bedingungen wie „hat das Schlagwort VIP oder hat mehr als 500 ausgegeben“</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>Add at least one condition.</source>
        <translation>Fügen Sie mindestens eine Bedingung hinzu.</translation>
    </message>
    <message>
        <source>A group needs at least one condition.</source>
        <translation>Eine Gruppe braucht mindestens eine Bedingung.</translation>
    </message>
    <message>
        <source>Drag to move this group</source>
        <translation>Ziehen, um diese Gruppe zu verschieben</translation>
    </message>
    <message>
        <source>⋯</source>
        <translation>⋯</translation>
    </message>
    <message>
        <source>More for this group</source>
        <translation>Mehr zu dieser Gruppe</translation>
    </message>
    <message>
        <source>Move this group</source>
        <translation>Diese Gruppe verschieben</translation>
    </message>
    <message>
        <source>Move group up</source>
        <translation>Gruppe nach oben</translation>
    </message>
    <message>
        <source>Move group down</source>
        <translation>Gruppe nach unten</translation>
    </message>
</context>
<context>
    <name>clientele::RuleJson</name>
    <message>
        <source>condition %1: </source>
        <translation>Bedingung %1: </translation>
    </message>
    <message>
        <source>group %1: </source>
        <translation>Gruppe %1: </translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the value must be a whole number from %1 to %2 (got %3)</source>
        <translation>der Wert muss eine ganze Zahl von %1 bis %2 sein (erhalten: %3)</translation>
    </message>
    <message>
        <source>the value must be an amount like 150.00, with at most two decimals (got %1)</source>
        <translation>der Wert muss ein Betrag wie 150.00 sein, mit höchstens zwei Nachkommastellen (erhalten: %1)</translation>
    </message>
    <message>
        <source>the value must be true or false (got %1)</source>
        <translation>der Wert muss true oder false sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>the value must be one of walk-in, online, referral, imported (got %1)</source>
        <translation>der Wert muss einer von walk-in, online, referral, imported sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>the value must be a text (got %1)</source>
        <translation>der Wert muss ein Text sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>the value must not be empty</source>
        <translation>der Wert darf nicht leer sein</translation>
    </message>
    <message>
        <source>field %1 is not known</source>
        <translation>das Feld %1 ist unbekannt</translation>
    </message>
    <message>
        <source>field %1 does not allow the operator %2</source>
        <translation>das Feld %1 erlaubt den Operator %2 nicht</translation>
    </message>
    <message>
        <source>field %1 does not take window_days</source>
        <translation>das Feld %1 erlaubt kein window_days</translation>
    </message>
    <message>
        <source>window_days must be a whole number of days from 1 to %1</source>
        <translation>window_days muss eine ganze Zahl von Tagen von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>the operator %1 takes no value</source>
        <translation>der Operator %1 braucht keinen Wert</translation>
    </message>
    <message>
        <source>&apos;between&apos; needs a list of two values, like [2, 5] (got %1)</source>
        <translation>&apos;between&apos; braucht eine Liste mit zwei Werten, wie [2, 5] (erhalten: %1)</translation>
    </message>
    <message>
        <source>&apos;between&apos; needs the smaller value first (got %1 and %2)</source>
        <translation>bei &apos;between&apos; muss der kleinere Wert zuerst stehen (erhalten: %1 und %2)</translation>
    </message>
    <message>
        <source>%1 needs a list of one or more values (got %2)</source>
        <translation>%1 braucht eine Liste mit einem oder mehreren Werten (erhalten: %2)</translation>
    </message>
    <message>
        <source>the operator %1 needs a value</source>
        <translation>der Operator %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>the rule is nested too deeply (more than %1 levels)</source>
        <translation>die Regel ist zu tief verschachtelt (mehr als %1 Ebenen)</translation>
    </message>
    <message>
        <source>expected a group or a condition (an object with “all”, “any” or “field”), got %1</source>
        <translation>erwartet wurde eine Gruppe oder eine Bedingung (ein Objekt mit „all“, „any“ oder „field“), erhalten: %1</translation>
    </message>
    <message>
        <source>a group has either &apos;all&apos; or &apos;any&apos;, not both</source>
        <translation>eine Gruppe hat entweder &apos;all&apos; oder &apos;any&apos;, nicht beides</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>unbekannter Schlüssel %1</translation>
    </message>
    <message>
        <source>%1 must be a list of conditions</source>
        <translation>%1 muss eine Liste von Bedingungen sein</translation>
    </message>
    <message>
        <source>&apos;field&apos; must be a text</source>
        <translation>&apos;field&apos; muss ein Text sein</translation>
    </message>
    <message>
        <source>&apos;field&apos; is missing</source>
        <translation>&apos;field&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;op&apos; must be a text</source>
        <translation>&apos;op&apos; muss ein Text sein</translation>
    </message>
    <message>
        <source>&apos;op&apos; is missing</source>
        <translation>&apos;op&apos; fehlt</translation>
    </message>
    <message>
        <source>operator %1 is not known</source>
        <translation>der Operator %1 ist unbekannt</translation>
    </message>
    <message>
        <source>window_days must be a whole number of days from 1 to %1 (got %2)</source>
        <translation>window_days muss eine ganze Zahl von Tagen von 1 bis %1 sein (erhalten: %2)</translation>
    </message>
    <message>
        <source>the rule is not valid JSON: %1 at character %2</source>
        <translation>die Regel ist kein gültiges JSON: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>the rule must be an object with “all”, “any” or “field”</source>
        <translation>die Regel muss ein Objekt mit „all“, „any“ oder „field“ sein</translation>
    </message>
    <message>
        <source>the value must be a date like &quot;2024-03-14&quot; (got %1)</source>
        <translation>der Wert muss ein Datum wie „2024-03-14“ sein (gefunden: %1)</translation>
    </message>
</context>
<context>
    <name>clientele::RuleText</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation>genau %1</translation>
    </message>
    <message>
        <source>not exactly %1</source>
        <translation>nicht genau %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>weniger als %1</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>weniger als %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>through a referral</source>
        <translation>über eine Empfehlung</translation>
    </message>
    <message>
        <source>from an imported list</source>
        <translation>über eine importierte Liste</translation>
    </message>
    <message>
        <source>no city</source>
        <translation>ohne Ort</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>ohne Land</translation>
    </message>
    <message>
        <source>no postal code</source>
        <translation>ohne Postleitzahl</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>ohne E-Mail-Adresse</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>ohne Telefonnummer</translation>
    </message>
    <message>
        <source>no origin recorded</source>
        <translation>ohne erfasste Herkunft</translation>
    </message>
    <message>
        <source>no purchases</source>
        <translation>ohne Einkäufe</translation>
    </message>
    <message>
        <source>no opened emails</source>
        <translation>ohne geöffnete E-Mails</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>ohne Wert</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>bought %1 time</source>
        <translation>%1 Mal gekauft haben</translation>
    </message>
    <message>
        <source>bought %1 times</source>
        <translation>%1 Mal gekauft haben</translation>
    </message>
    <message>
        <source>visited %1 time</source>
        <translation>%1 Mal da waren</translation>
    </message>
    <message>
        <source>visited %1 times</source>
        <translation>%1 Mal da waren</translation>
    </message>
    <message>
        <source>opened emails %1 time</source>
        <translation>%1 Mal E-Mails geöffnet haben</translation>
    </message>
    <message>
        <source>opened emails %1 times</source>
        <translation>%1 Mal E-Mails geöffnet haben</translation>
    </message>
    <message>
        <source>abandoned a cart %1 time</source>
        <translation>%1 Mal einen Warenkorb abgebrochen haben</translation>
    </message>
    <message>
        <source>abandoned a cart %1 times</source>
        <translation>%1 Mal einen Warenkorb abgebrochen haben</translation>
    </message>
    <message>
        <source>last bought %1 day ago</source>
        <translation>zuletzt vor %1 Tag gekauft haben</translation>
    </message>
    <message>
        <source>last bought %1 days ago</source>
        <translation>zuletzt vor %1 Tagen gekauft haben</translation>
    </message>
    <message>
        <source>first bought %1 day ago</source>
        <translation>erstmals vor %1 Tag gekauft haben</translation>
    </message>
    <message>
        <source>first bought %1 days ago</source>
        <translation>erstmals vor %1 Tagen gekauft haben</translation>
    </message>
    <message>
        <source>last opened an email %1 day ago</source>
        <translation>zuletzt vor %1 Tag eine E-Mail geöffnet haben</translation>
    </message>
    <message>
        <source>last opened an email %1 days ago</source>
        <translation>zuletzt vor %1 Tagen eine E-Mail geöffnet haben</translation>
    </message>
    <message>
        <source>became customers %1 day ago</source>
        <translation>vor %1 Tag Kunden geworden sind</translation>
    </message>
    <message>
        <source>became customers %1 days ago</source>
        <translation>vor %1 Tagen Kunden geworden sind</translation>
    </message>
    <message>
        <source>did not open an email %1</source>
        <translation>%1 keine E-Mail geöffnet haben</translation>
    </message>
    <message>
        <source>never opened an email</source>
        <translation>noch nie eine E-Mail geöffnet haben</translation>
    </message>
    <message>
        <source>did not buy %1</source>
        <translation>%1 nichts gekauft haben</translation>
    </message>
    <message>
        <source>never bought</source>
        <translation>noch nie gekauft haben</translation>
    </message>
    <message>
        <source>opened an email</source>
        <translation>eine E-Mail geöffnet haben</translation>
    </message>
    <message>
        <source>bought at least once</source>
        <translation>mindestens einmal gekauft haben</translation>
    </message>
    <message>
        <source>have a recency score of %1</source>
        <translation>einen Aktualitätswert von %1 haben</translation>
    </message>
    <message>
        <source>have a frequency score of %1</source>
        <translation>einen Häufigkeitswert von %1 haben</translation>
    </message>
    <message>
        <source>have a spending score of %1</source>
        <translation>einen Ausgabenwert von %1 haben</translation>
    </message>
    <message>
        <source>have an overall RFM score of %1</source>
        <translation>einen RFM-Gesamtwert von %1 haben</translation>
    </message>
    <message>
        <source>%1, judged on purchases %2</source>
        <translation>%1, gemessen an den Einkäufen %2</translation>
    </message>
    <message>
        <source>%1 (including customers with %2)</source>
        <translation>%1 (einschließlich Kunden %2)</translation>
    </message>
    <message>
        <source>spent %1 in total</source>
        <translation>insgesamt %1 ausgegeben haben</translation>
    </message>
    <message>
        <source>spent %1 per purchase on average</source>
        <translation>im Durchschnitt %1 pro Einkauf ausgegeben haben</translation>
    </message>
    <message>
        <source>%1 (counting only %2)</source>
        <translation>%1 (nur %2 gezählt)</translation>
    </message>
    <message>
        <source>agreed to receive emails</source>
        <translation>dem Erhalt von E-Mails zugestimmt haben</translation>
    </message>
    <message>
        <source>did not agree to receive emails</source>
        <translation>dem Erhalt von E-Mails nicht zugestimmt haben</translation>
    </message>
    <message>
        <source>agreed to receive text messages</source>
        <translation>dem Erhalt von SMS zugestimmt haben</translation>
    </message>
    <message>
        <source>did not agree to receive text messages</source>
        <translation>dem Erhalt von SMS nicht zugestimmt haben</translation>
    </message>
    <message>
        <source>have the tag %1</source>
        <translation>das Schlagwort %1 haben</translation>
    </message>
    <message>
        <source>do not have the tag %1</source>
        <translation>das Schlagwort %1 nicht haben</translation>
    </message>
    <message>
        <source>have one of the tags %1</source>
        <translation>eines der Schlagwörter %1 haben</translation>
    </message>
    <message>
        <source>have none of the tags %1</source>
        <translation>keines der Schlagwörter %1 haben</translation>
    </message>
    <message>
        <source>have no tags</source>
        <translation>keine Schlagwörter haben</translation>
    </message>
    <message>
        <source>have at least one tag</source>
        <translation>mindestens ein Schlagwort haben</translation>
    </message>
    <message>
        <source>first came %1</source>
        <translation>zuerst %1 gekommen sind</translation>
    </message>
    <message>
        <source>did not first come %1</source>
        <translation>nicht zuerst %1 gekommen sind</translation>
    </message>
    <message>
        <source>origin is not recorded</source>
        <translation>Herkunft nicht erfasst ist</translation>
    </message>
    <message>
        <source>origin is recorded</source>
        <translation>Herkunft erfasst ist</translation>
    </message>
    <message>
        <source>bought at %1</source>
        <translation>am Standort %1 gekauft haben</translation>
    </message>
    <message>
        <source>bought from the category %1</source>
        <translation>in der Kategorie %1 gekauft haben</translation>
    </message>
    <message>
        <source>never bought at %1</source>
        <translation>noch nie am Standort %1 gekauft haben</translation>
    </message>
    <message>
        <source>never bought from the category %1</source>
        <translation>noch nie in der Kategorie %1 gekauft haben</translation>
    </message>
    <message>
        <source>bought from the categories %1</source>
        <translation>in den Kategorien %1 gekauft haben</translation>
    </message>
    <message>
        <source>never bought from the categories %1</source>
        <translation>noch nie in den Kategorien %1 gekauft haben</translation>
    </message>
    <message>
        <source>bought at a place whose name contains %1</source>
        <translation>an einem Standort mit %1 im Namen gekauft haben</translation>
    </message>
    <message>
        <source>bought from a category containing %1</source>
        <translation>in einer Kategorie mit %1 im Namen gekauft haben</translation>
    </message>
    <message>
        <source>never bought at a place whose name contains %1</source>
        <translation>noch nie an einem Standort mit %1 im Namen gekauft haben</translation>
    </message>
    <message>
        <source>never bought from a category containing %1</source>
        <translation>noch nie in einer Kategorie mit %1 im Namen gekauft haben</translation>
    </message>
    <message>
        <source>bought at a place whose name starts with %1</source>
        <translation>an einem Standort mit dem Namensanfang %1 gekauft haben</translation>
    </message>
    <message>
        <source>bought from a category starting with %1</source>
        <translation>in einer Kategorie mit dem Namensanfang %1 gekauft haben</translation>
    </message>
    <message>
        <source>live in %1</source>
        <translation>in %1 wohnen</translation>
    </message>
    <message>
        <source>do not live in %1</source>
        <translation>nicht in %1 wohnen</translation>
    </message>
    <message>
        <source>live in none of %1</source>
        <translation>in keinem der Orte %1 wohnen</translation>
    </message>
    <message>
        <source>live in a city containing %1</source>
        <translation>in einem Ort mit %1 im Namen wohnen</translation>
    </message>
    <message>
        <source>do not live in a city containing %1</source>
        <translation>nicht in einem Ort mit %1 im Namen wohnen</translation>
    </message>
    <message>
        <source>live in a city starting with %1</source>
        <translation>in einem Ort mit dem Namensanfang %1 wohnen</translation>
    </message>
    <message>
        <source>have no city</source>
        <translation>ohne Ort erfasst sind</translation>
    </message>
    <message>
        <source>have a city</source>
        <translation>mit Ort erfasst sind</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 %2 ist</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 nicht %2 ist</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 keiner der Werte %2 ist</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 %2 enthält</translation>
    </message>
    <message>
        <source>%1 does not contain %2</source>
        <translation>%1 %2 nicht enthält</translation>
    </message>
    <message>
        <source>%1 starts with %2</source>
        <translation>%1 mit %2 beginnt</translation>
    </message>
    <message>
        <source>%1 is not recorded</source>
        <translation>%1 nicht erfasst ist</translation>
    </message>
    <message>
        <source>%1 is recorded</source>
        <translation>%1 erfasst ist</translation>
    </message>
    <message>
        <source>whose %1</source>
        <translation>deren %1</translation>
    </message>
    <message>
        <source>who %1</source>
        <translation>die %1</translation>
    </message>
    <message>
        <source>who are any customer</source>
        <translation>die beliebige Kunden sind</translation>
    </message>
    <message>
        <source>who are no customer</source>
        <translation>die keine Kunden sind</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>in the last year</source>
        <translation>im letzten Jahr</translation>
    </message>
    <message>
        <source>in the last %1 years</source>
        <translation>in den letzten %1 Jahren</translation>
    </message>
    <message>
        <source>in the last month</source>
        <translation>im letzten Monat</translation>
    </message>
    <message>
        <source>in the last %1 months</source>
        <translation>in den letzten %1 Monaten</translation>
    </message>
    <message>
        <source>in the last week</source>
        <translation>in der letzten Woche</translation>
    </message>
    <message>
        <source>in the last %1 weeks</source>
        <translation>in den letzten %1 Wochen</translation>
    </message>
    <message>
        <source>on the day itself</source>
        <translation>am Stichtag</translation>
    </message>
    <message>
        <source>in the last %1 days</source>
        <translation>in den letzten %1 Tagen</translation>
    </message>
    <message>
        <source>All customers.</source>
        <translation>Alle Kunden.</translation>
    </message>
    <message>
        <source>No customers.</source>
        <translation>Keine Kunden.</translation>
    </message>
    <message>
        <source>Customers %1.</source>
        <translation>Kunden, %1.</translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>have the tags %1</source>
        <translation>die Schlagwörter %1 haben</translation>
    </message>
    <message>
        <source>bought at no known place</source>
        <translation>an keinem bekannten Standort gekauft haben</translation>
    </message>
    <message>
        <source>bought from no category</source>
        <translation>in keiner Kategorie gekauft haben</translation>
    </message>
    <message>
        <source>have no origin recorded</source>
        <translation>keine erfasste Herkunft haben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no birthday recorded</source>
        <translation>kein Geburtstag erfasst</translation>
    </message>
    <message>
        <source>were born</source>
        <translation>geboren wurden</translation>
    </message>
    <message>
        <source>became customers</source>
        <translation>Kunden wurden</translation>
    </message>
    <message>
        <source>first bought</source>
        <translation>erstmals gekauft haben</translation>
    </message>
    <message>
        <source>last bought</source>
        <translation>zuletzt gekauft haben</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>on a day other than %1</source>
        <translation>an einem anderen Tag als dem %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach dem %1</translation>
    </message>
    <message>
        <source>on or after %1</source>
        <translation>am %1 oder später</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vor dem %1</translation>
    </message>
    <message>
        <source>on or before %1</source>
        <translation>am %1 oder früher</translation>
    </message>
    <message>
        <source>have no birthday recorded</source>
        <translation>keinen Geburtstag erfasst haben</translation>
    </message>
    <message>
        <source>have a birthday recorded</source>
        <translation>einen Geburtstag erfasst haben</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentBuilder</name>
    <message>
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Neues Segment</translation>
    </message>
    <message>
        <source>Change segment “%1”</source>
        <translation>Segment „%1“ ändern</translation>
    </message>
    <message>
        <source>For example: Regulars</source>
        <translation>Zum Beispiel: Stammkunden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Farbe %1</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Andere Farbe…</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Who belongs in it</source>
        <translation>Wer dazugehört</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Im Moment</translation>
    </message>
    <message>
        <source>For example: offer them a loyalty card</source>
        <translation>Zum Beispiel: ihnen eine Treuekarte anbieten</translation>
    </message>
    <message>
        <source>What you plan to do with them:</source>
        <translation>Was Sie mit ihnen vorhaben:</translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation>Segment hinzufügen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Colour of the segment</source>
        <translation>Farbe des Segments</translation>
    </message>
    <message>
        <source>Finish the conditions to see who is in this segment.</source>
        <translation>Vervollständigen Sie die Bedingungen, um zu sehen, wer in diesem Segment ist.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>These conditions could not be counted: %1</source>
        <translation>Diese Bedingungen konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>No customers right now</source>
        <translation>Im Moment keine Kunden</translation>
    </message>
    <message>
        <source>Counted as of %1 in %2 ms</source>
        <translation>Gezählt mit Stand %1 in %2 ms</translation>
    </message>
    <message>
        <source>%1% of your %2</source>
        <translation>%1 % Ihrer %2</translation>
    </message>
    <message>
        <source>No segment comes before this one, so it keeps all of them.</source>
        <translation>Kein Segment steht vor diesem, also behält es alle.</translation>
    </message>
    <message>
        <source>None of them are in a segment above this one, so it keeps all of them.</source>
        <translation>Keiner von ihnen ist in einem Segment weiter oben, also behält es alle.</translation>
    </message>
    <message>
        <source>%1 of them are already in segments above this one, so %2 would be in this one.</source>
        <translation>%1 davon sind schon in Segmenten weiter oben, also blieben für dieses: %2.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; %2: %3</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; %2: %3</translation>
    </message>
    <message>
        <source>Also match your other segments:</source>
        <translation>Passen auch zu Ihren anderen Segmenten:</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Geben Sie dem Segment einen Namen.</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>Alle anderen</translation>
    </message>
    <message>
        <source>“Everyone else” is for customers in no segment; choose another name.</source>
        <translation>„Alle anderen“ steht für die Kunden ohne Segment; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>You already have a segment called “%1”.</source>
        <translation>Sie haben schon ein Segment namens „%1“.</translation>
    </message>
    <message>
        <source>The segment could not be saved.</source>
        <translation>Das Segment konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentDelegate</name>
    <message>
        <source>%1 (cannot be counted)</source>
        <translation>%1 (kann nicht gezählt werden)</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentEngine</name>
    <message>
        <source>Everyone else</source>
        <translation>Alle anderen</translation>
    </message>
    <message>
        <source>In “Everyone else”: there are no segments yet.</source>
        <translation>In „Alle anderen“: Es gibt noch keine Segmente.</translation>
    </message>
    <message>
        <source>In “Everyone else”: no segment&apos;s rule matches.</source>
        <translation>In „Alle anderen“: Die Regel keines Segments trifft zu.</translation>
    </message>
    <message>
        <source>In “%1”.</source>
        <translation>In „%1“.</translation>
    </message>
    <message>
        <source>In “%1” because they %2.</source>
        <translation>In „%1“, weil sie %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>clientele::SegmentHistory</name>
    <message>
        <source>1 customer moved from %1 to %2 since %3.</source>
        <translation>Seit %3 ist 1 Kunde von %1 zu %2 gewechselt.</translation>
    </message>
    <message>
        <source>%1 customers moved from %2 to %3 since %4.</source>
        <translation>Seit %4 sind %1 Kunden von %2 zu %3 gewechselt.</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentListModel</name>
    <message>
        <source>Customers no segment above takes.</source>
        <translation>Kunden, die zu keinem Segment weiter oben gehören.</translation>
    </message>
    <message>
        <source>This segment could not be counted: %1</source>
        <translation>Dieses Segment konnte nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What the segment&apos;s customers spent in the last 12 months</source>
        <translation>Was die Kunden des Segments in den letzten 12 Monaten ausgegeben haben</translation>
    </message>
    <message>
        <source>Segment, checked from the top</source>
        <translation>Segment, von oben geprüft</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Spent in the last year</source>
        <translation>Ausgaben im letzten Jahr</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentStore</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>Ein Segment braucht einen Namen.</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>Alle anderen</translation>
    </message>
    <message>
        <source>“%1” is the name of the customers in no segment; choose another name.</source>
        <translation>„%1“ ist der Name für die Kunden, die in keinem Segment sind; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is already a segment called “%1”.</source>
        <translation>Es gibt schon ein Segment namens „%1“.</translation>
    </message>
    <message>
        <source>The colour “%1” is not a colour like #1976d2.</source>
        <translation>Die Farbe „%1“ ist keine Farbangabe wie #1976d2.</translation>
    </message>
    <message>
        <source>The rule of “%1” is not valid: %2</source>
        <translation>Die Regel von „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>The segment could not be saved.</source>
        <translation>Das Segment konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentTemplates</name>
    <message>
        <source>Café or restaurant</source>
        <translation>Café oder Restaurant</translation>
    </message>
    <message>
        <source>Who comes often, who comes now and then, who stopped coming.</source>
        <translation>Wer oft kommt, wer ab und zu kommt, wer nicht mehr kommt.</translation>
    </message>
    <message>
        <source>Visits in a month to count as a regular (more than)</source>
        <translation>Besuche im Monat, um als Stammkunde zu gelten (mehr als)</translation>
    </message>
    <message>
        <source>Days since the first purchase to count as new</source>
        <translation>Tage seit dem ersten Einkauf, um als neu zu gelten</translation>
    </message>
    <message>
        <source>Days without a purchase to count as lapsed</source>
        <translation>Tage ohne Einkauf, um als weggeblieben zu gelten</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Stammkunden</translation>
    </message>
    <message>
        <source>Come in more than %1 times a month.</source>
        <translation>Kommen mehr als %1 Mal im Monat.</translation>
    </message>
    <message>
        <source>Thank them: a loyalty card stamp or a free coffee.</source>
        <translation>Sagen Sie Danke: mit einem Stempel auf der Treuekarte oder einem Kaffee aufs Haus.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neue</translation>
    </message>
    <message>
        <source>First bought in the last %1 days.</source>
        <translation>Haben in den letzten %1 Tagen zum ersten Mal gekauft.</translation>
    </message>
    <message>
        <source>Welcome them and invite them back.</source>
        <translation>Heißen Sie sie willkommen und laden Sie sie wieder ein.</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Gelegenheitskunden</translation>
    </message>
    <message>
        <source>Bought in the last %1 days, but not often.</source>
        <translation>Haben in den letzten %1 Tagen gekauft, aber nicht oft.</translation>
    </message>
    <message>
        <source>Tell them about the lunch menu or a weekly offer.</source>
        <translation>Erzählen Sie ihnen vom Mittagstisch oder von einem Wochenangebot.</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Weggeblieben</translation>
    </message>
    <message>
        <source>Have not bought for more than %1 days.</source>
        <translation>Haben seit mehr als %1 Tagen nichts gekauft.</translation>
    </message>
    <message>
        <source>Send a “we miss you” offer.</source>
        <translation>Schicken Sie ein „Wir vermissen Sie“-Angebot.</translation>
    </message>
    <message>
        <source>Retail shop</source>
        <translation>Einzelhandel</translation>
    </message>
    <message>
        <source>Spending, loyalty and who is drifting away.</source>
        <translation>Ausgaben, Treue und wer sich langsam verabschiedet.</translation>
    </message>
    <message>
        <source>Spent in the last year to count as a big spender (at least)</source>
        <translation>Ausgaben im letzten Jahr, um als Vielkäufer zu gelten (mindestens)</translation>
    </message>
    <message>
        <source>Purchases in the last year to count as loyal (at least)</source>
        <translation>Einkäufe im letzten Jahr, um als treu zu gelten (mindestens)</translation>
    </message>
    <message>
        <source>Days without a purchase to count as at risk</source>
        <translation>Tage ohne Einkauf, um als gefährdet zu gelten</translation>
    </message>
    <message>
        <source>Days without a purchase to count as inactive</source>
        <translation>Tage ohne Einkauf, um als inaktiv zu gelten</translation>
    </message>
    <message>
        <source>Big spenders</source>
        <translation>Vielkäufer</translation>
    </message>
    <message>
        <source>Spent at least %1 in the last year.</source>
        <translation>Haben im letzten Jahr mindestens %1 ausgegeben.</translation>
    </message>
    <message>
        <source>Invite them to private sales; ask what they would like you to stock.</source>
        <translation>Laden Sie sie zu exklusiven Verkaufsaktionen ein; fragen Sie, was Sie ins Sortiment aufnehmen sollen.</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Treue Kunden</translation>
    </message>
    <message>
        <source>Bought at least %1 times in the last year.</source>
        <translation>Haben im letzten Jahr mindestens %1 Mal gekauft.</translation>
    </message>
    <message>
        <source>Reward them: points, early access, a thank-you note.</source>
        <translation>Belohnen Sie sie: Punkte, früherer Zugang, ein paar Dankesworte.</translation>
    </message>
    <message>
        <source>Welcome them; suggest a second purchase.</source>
        <translation>Heißen Sie sie willkommen; schlagen Sie einen zweiten Einkauf vor.</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Last bought between %1 and %2 days ago.</source>
        <translation>Haben zuletzt vor %1 bis %2 Tagen gekauft.</translation>
    </message>
    <message>
        <source>Remind them of you with an offer before they forget.</source>
        <translation>Bringen Sie sich mit einem Angebot in Erinnerung, bevor man Sie vergisst.</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Try one win-back message; then let them rest.</source>
        <translation>Versuchen Sie es mit einer Nachricht, um sie zurückzugewinnen; dann lassen Sie sie in Ruhe.</translation>
    </message>
    <message>
        <source>Salon or services</source>
        <translation>Salon oder Dienstleistungen</translation>
    </message>
    <message>
        <source>Regular clients, who is due, who is new, who is gone.</source>
        <translation>Stammkunden, wer fällig ist, wer neu ist, wer weg ist.</translation>
    </message>
    <message>
        <source>Appointments in the last year to count as a regular (at least)</source>
        <translation>Termine im letzten Jahr, um als Stammkunde zu gelten (mindestens)</translation>
    </message>
    <message>
        <source>Days since the last appointment when a client is due</source>
        <translation>Tage seit dem letzten Termin, ab denen ein Kunde fällig ist</translation>
    </message>
    <message>
        <source>Days since the last appointment to count as lapsed</source>
        <translation>Tage seit dem letzten Termin, um als weggeblieben zu gelten</translation>
    </message>
    <message>
        <source>Days since the first appointment to count as new</source>
        <translation>Tage seit dem ersten Termin, um als neu zu gelten</translation>
    </message>
    <message>
        <source>Regular clients</source>
        <translation>Stammkunden</translation>
    </message>
    <message>
        <source>Came at least %1 times in the last year and are not overdue.</source>
        <translation>Waren im letzten Jahr mindestens %1 Mal da und sind nicht überfällig.</translation>
    </message>
    <message>
        <source>Offer to book their next appointment now.</source>
        <translation>Bieten Sie an, den nächsten Termin gleich zu vereinbaren.</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Neukunden</translation>
    </message>
    <message>
        <source>First came in the last %1 days.</source>
        <translation>Waren in den letzten %1 Tagen zum ersten Mal da.</translation>
    </message>
    <message>
        <source>Ask how it went; offer a second visit.</source>
        <translation>Fragen Sie, wie es war; bieten Sie einen zweiten Besuch an.</translation>
    </message>
    <message>
        <source>Due for a visit</source>
        <translation>Besuch fällig</translation>
    </message>
    <message>
        <source>Last came between %1 and %2 days ago.</source>
        <translation>Waren zuletzt vor %1 bis %2 Tagen da.</translation>
    </message>
    <message>
        <source>Send a friendly reminder with a booking link.</source>
        <translation>Schicken Sie eine freundliche Erinnerung mit einem Link zur Terminbuchung.</translation>
    </message>
    <message>
        <source>Lapsed clients</source>
        <translation>Weggebliebene Kunden</translation>
    </message>
    <message>
        <source>Have not come for more than %1 days.</source>
        <translation>Waren seit mehr als %1 Tagen nicht mehr da.</translation>
    </message>
    <message>
        <source>Offer a comeback treatment.</source>
        <translation>Bieten Sie eine Willkommen-zurück-Behandlung an.</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>Onlineshop</translation>
    </message>
    <message>
        <source>Repeat buyers, one-time buyers and cart abandoners.</source>
        <translation>Wiederkäufer, Einmalkäufer und Kaufabbrecher.</translation>
    </message>
    <message>
        <source>Days to look back for abandoned carts</source>
        <translation>Zeitraum in Tagen für abgebrochene Warenkörbe</translation>
    </message>
    <message>
        <source>Purchases in the last year to count as a repeat buyer (at least)</source>
        <translation>Einkäufe im letzten Jahr, um als Wiederkäufer zu gelten (mindestens)</translation>
    </message>
    <message>
        <source>Days to look back for opened emails</source>
        <translation>Zeitraum in Tagen für geöffnete E-Mails</translation>
    </message>
    <message>
        <source>Cart abandoners</source>
        <translation>Kaufabbrecher</translation>
    </message>
    <message>
        <source>Left a full cart in the last %1 days.</source>
        <translation>Haben in den letzten %1 Tagen einen vollen Warenkorb stehen lassen.</translation>
    </message>
    <message>
        <source>Send a reminder of what they left, maybe with free delivery.</source>
        <translation>Erinnern Sie sie an den vollen Warenkorb, vielleicht mit kostenloser Lieferung.</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>Wiederkäufer</translation>
    </message>
    <message>
        <source>Reward them; ask for a review.</source>
        <translation>Belohnen Sie sie; bitten Sie um eine Bewertung.</translation>
    </message>
    <message>
        <source>One-time buyers</source>
        <translation>Einmalkäufer</translation>
    </message>
    <message>
        <source>Bought exactly once.</source>
        <translation>Haben genau einmal gekauft.</translation>
    </message>
    <message>
        <source>Suggest something that goes with what they bought.</source>
        <translation>Schlagen Sie etwas vor, das zu ihrem Einkauf passt.</translation>
    </message>
    <message>
        <source>Readers who did not buy</source>
        <translation>Leser ohne Kauf</translation>
    </message>
    <message>
        <source>Opened an email in the last %1 days but did not buy in that time.</source>
        <translation>Haben in den letzten %1 Tagen eine E-Mail geöffnet, aber in dieser Zeit nichts gekauft.</translation>
    </message>
    <message>
        <source>Give them a reason to order: a discount or a new product.</source>
        <translation>Geben Sie ihnen einen Grund zu bestellen: einen Rabatt oder ein neues Produkt.</translation>
    </message>
    <message>
        <source>Crypto ATM or kiosk</source>
        <translation>Krypto-Automat oder Kiosk</translation>
    </message>
    <message>
        <source>Volume, habits and who stopped coming.</source>
        <translation>Volumen, Gewohnheiten und wer nicht mehr kommt.</translation>
    </message>
    <message>
        <source>Amount in the last 90 days to count as high volume (at least)</source>
        <translation>Betrag in den letzten 90 Tagen, um als hohes Volumen zu gelten (mindestens)</translation>
    </message>
    <message>
        <source>Transactions in the last 30 days to count as frequent (at least)</source>
        <translation>Transaktionen in den letzten 30 Tagen, um als häufig zu gelten (mindestens)</translation>
    </message>
    <message>
        <source>Average transaction to count as small (less than)</source>
        <translation>Durchschnittliche Transaktion, um als klein zu gelten (weniger als)</translation>
    </message>
    <message>
        <source>Days without a transaction to count as dormant</source>
        <translation>Tage ohne Transaktion, um als ruhend zu gelten</translation>
    </message>
    <message>
        <source>High volume</source>
        <translation>Hohes Volumen</translation>
    </message>
    <message>
        <source>Moved at least %1 in the last 90 days.</source>
        <translation>Haben in den letzten 90 Tagen mindestens %1 umgesetzt.</translation>
    </message>
    <message>
        <source>Offer better rates or a personal contact; check limits and compliance.</source>
        <translation>Bieten Sie bessere Kurse oder einen persönlichen Ansprechpartner an; prüfen Sie Limits und Compliance.</translation>
    </message>
    <message>
        <source>Frequent small</source>
        <translation>Häufig, kleine Beträge</translation>
    </message>
    <message>
        <source>At least %1 transactions in the last 30 days, less than %2 on average.</source>
        <translation>Mindestens %1 Transaktionen in den letzten 30 Tagen, im Durchschnitt weniger als %2.</translation>
    </message>
    <message>
        <source>Tell them about lower fees for larger amounts.</source>
        <translation>Erzählen Sie ihnen von den niedrigeren Gebühren für größere Beträge.</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Used the machine exactly once.</source>
        <translation>Haben den Automaten genau einmal benutzt.</translation>
    </message>
    <message>
        <source>Explain how easy the next time is; show where your machines are.</source>
        <translation>Erklären Sie, wie einfach es beim nächsten Mal geht; zeigen Sie, wo Ihre Automaten stehen.</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>No transaction for more than %1 days.</source>
        <translation>Seit mehr als %1 Tagen keine Transaktion.</translation>
    </message>
    <message>
        <source>Send one reminder; respect those who do not answer.</source>
        <translation>Schicken Sie eine Erinnerung; respektieren Sie, wenn jemand nicht antwortet.</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Finanzdienstleistungen</translation>
    </message>
    <message>
        <source>Customers by value and by how they came: online or through a branch.</source>
        <translation>Kunden nach Wert und danach, wie sie gekommen sind: online oder über eine Filiale.</translation>
    </message>
    <message>
        <source>Amount in the last year to count as high value (at least)</source>
        <translation>Betrag im letzten Jahr, um als hoher Wert zu gelten (mindestens)</translation>
    </message>
    <message>
        <source>Days without activity to count as inactive</source>
        <translation>Tage ohne Aktivität, um als inaktiv zu gelten</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>Hoher Wert</translation>
    </message>
    <message>
        <source>At least %1 in the last year.</source>
        <translation>Mindestens %1 im letzten Jahr.</translation>
    </message>
    <message>
        <source>Give them a named advisor.</source>
        <translation>Geben Sie ihnen einen festen Berater.</translation>
    </message>
    <message>
        <source>No activity for more than %1 days.</source>
        <translation>Seit mehr als %1 Tagen keine Aktivität.</translation>
    </message>
    <message>
        <source>Check in: has anything changed for them?</source>
        <translation>Fragen Sie nach: Hat sich bei ihnen etwas geändert?</translation>
    </message>
    <message>
        <source>Digital natives</source>
        <translation>Digital Natives</translation>
    </message>
    <message>
        <source>Came to you online.</source>
        <translation>Sind online zu Ihnen gekommen.</translation>
    </message>
    <message>
        <source>Keep them in the app: notifications, self-service.</source>
        <translation>Halten Sie sie in der App: Benachrichtigungen, Selbstbedienung.</translation>
    </message>
    <message>
        <source>Branch-recruited</source>
        <translation>In der Filiale gewonnen</translation>
    </message>
    <message>
        <source>Came in person or through a referral.</source>
        <translation>Sind persönlich oder über eine Empfehlung gekommen.</translation>
    </message>
    <message>
        <source>Invite them to the app with help at the branch.</source>
        <translation>Laden Sie sie in die App ein, mit Hilfe in der Filiale.</translation>
    </message>
    <message>
        <source>RFM groups</source>
        <translation>RFM-Gruppen</translation>
    </message>
    <message>
        <source>The classic groups by how recently, how often and how much customers bought (scores 1 to 5).</source>
        <translation>Die klassischen Gruppen danach, wie kürzlich, wie oft und wie viel Kunden gekauft haben (Werte 1 bis 5).</translation>
    </message>
    <message>
        <source>Days of purchases the scores look at</source>
        <translation>Zeitraum der Einkäufe für die Werte (Tage)</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Bought recently, buy often and spend the most.</source>
        <translation>Haben kürzlich gekauft, kaufen oft und geben am meisten aus.</translation>
    </message>
    <message>
        <source>Reward them; they can become ambassadors.</source>
        <translation>Belohnen Sie sie; sie können zu Botschaftern werden.</translation>
    </message>
    <message>
        <source>Can&apos;t lose</source>
        <translation>Nicht verlieren</translation>
    </message>
    <message>
        <source>Bought often and much, but not for a long time.</source>
        <translation>Haben oft und viel gekauft, aber schon lange nicht mehr.</translation>
    </message>
    <message>
        <source>Win them back personally; ask what went wrong.</source>
        <translation>Gewinnen Sie sie persönlich zurück; fragen Sie, was schiefgelaufen ist.</translation>
    </message>
    <message>
        <source>Buy often and still come.</source>
        <translation>Kaufen oft und kommen weiterhin.</translation>
    </message>
    <message>
        <source>Offer more of what they like; ask for reviews.</source>
        <translation>Bieten Sie mehr von dem an, was sie mögen; bitten Sie um Bewertungen.</translation>
    </message>
    <message>
        <source>Used to buy often, not lately.</source>
        <translation>Haben früher oft gekauft, in letzter Zeit nicht mehr.</translation>
    </message>
    <message>
        <source>Send a personal offer before they are gone.</source>
        <translation>Schicken Sie ein persönliches Angebot, bevor sie weg sind.</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Potenziell treue</translation>
    </message>
    <message>
        <source>Recent customers with a few purchases.</source>
        <translation>Neuere Kunden mit einigen Einkäufen.</translation>
    </message>
    <message>
        <source>Invite them to the loyalty programme.</source>
        <translation>Laden Sie sie zum Treueprogramm ein.</translation>
    </message>
    <message>
        <source>Bought very recently, once.</source>
        <translation>Haben erst vor Kurzem gekauft, einmal.</translation>
    </message>
    <message>
        <source>Welcome them.</source>
        <translation>Heißen Sie sie willkommen.</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Vielversprechende</translation>
    </message>
    <message>
        <source>Bought recently, not often yet.</source>
        <translation>Haben kürzlich gekauft, aber noch nicht oft.</translation>
    </message>
    <message>
        <source>Make the second purchase easy.</source>
        <translation>Machen Sie den zweiten Einkauf leicht.</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Middling on recency and frequency.</source>
        <translation>Mittelmäßig bei Aktualität und Häufigkeit.</translation>
    </message>
    <message>
        <source>A limited-time offer based on what they bought.</source>
        <translation>Ein befristetes Angebot, passend zu dem, was sie gekauft haben.</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>Kurz vor dem Einschlafen</translation>
    </message>
    <message>
        <source>Bought a while ago, rarely.</source>
        <translation>Haben vor einer Weile gekauft, selten.</translation>
    </message>
    <message>
        <source>Share something useful or popular to wake them.</source>
        <translation>Teilen Sie etwas Nützliches oder Beliebtes, um sie zu wecken.</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Im Winterschlaf</translation>
    </message>
    <message>
        <source>Long gone, bought little.</source>
        <translation>Lange weg, haben wenig gekauft.</translation>
    </message>
    <message>
        <source>Do not spend much on them; one seasonal message at most.</source>
        <translation>Investieren Sie nicht viel; höchstens eine saisonale Nachricht.</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentWizard</name>
    <message>
        <source>Help me make a segment</source>
        <translation>Segment Schritt für Schritt anlegen</translation>
    </message>
    <message>
        <source>&amp;Open in the builder</source>
        <translation>Zum &amp;Bearbeiten öffnen</translation>
    </message>
    <message>
        <source>Who do you want to find?</source>
        <translation>Wen möchten Sie finden?</translation>
    </message>
    <message>
        <source>Tick what these customers have in common. The next page asks for the details.</source>
        <translation>Kreuzen Sie an, was diese Kunden gemeinsam haben. Auf der nächsten Seite geht es um die Einzelheiten.</translation>
    </message>
    <message>
        <source>They come &amp;often</source>
        <translation>Sie kommen &amp;oft</translation>
    </message>
    <message>
        <source>They &amp;spend a lot</source>
        <translation>Sie geben &amp;viel aus</translation>
    </message>
    <message>
        <source>How long since they last &amp;bought</source>
        <translation>Wie lange ihr letzter &amp;Einkauf her ist</translation>
    </message>
    <message>
        <source>&amp;Where they live</source>
        <translation>Wo sie wo&amp;hnen</translation>
    </message>
    <message>
        <source>A &amp;tag they have</source>
        <translation>Sie haben ein &amp;Schlagwort</translation>
    </message>
    <message>
        <source>How they &amp;first came to the shop</source>
        <translation>Wie sie zum ersten Mal zu Ihnen &amp;kamen</translation>
    </message>
    <message>
        <source>Your regulars: so many visits or purchases in a month, or in a year.</source>
        <translation>Ihre Stammkunden: eine bestimmte Anzahl Besuche oder Einkäufe im Monat oder im Jahr.</translation>
    </message>
    <message>
        <source>Your best customers by what they spent in a period.</source>
        <translation>Ihre besten Kunden, gemessen an ihren Ausgaben in einem Zeitraum.</translation>
    </message>
    <message>
        <source>Who has not come back for a while, or who bought recently.</source>
        <translation>Wer länger nicht wiedergekommen ist oder wer kürzlich gekauft hat.</translation>
    </message>
    <message>
        <source>Customers of one town, for a local event or a delivery round.</source>
        <translation>Kunden aus einem Ort, für eine Veranstaltung vor Ort oder eine Liefertour.</translation>
    </message>
    <message>
        <source>Customers you marked, such as “VIP” or “Newsletter”.</source>
        <translation>Kunden, die Sie markiert haben, etwa mit „VIP“ oder „Newsletter“.</translation>
    </message>
    <message>
        <source>Walk-ins, online customers, referrals or imported ones.</source>
        <translation>Laufkundschaft, Online-Kunden, empfohlene oder importierte Kunden.</translation>
    </message>
    <message>
        <source>You can change everything afterwards in the builder.</source>
        <translation>Beim Bearbeiten können Sie danach alles ändern.</translation>
    </message>
    <message>
        <source>Tell Clientele the details</source>
        <translation>Nennen Sie Clientele die Einzelheiten</translation>
    </message>
    <message>
        <source>Each line becomes one condition of the segment.</source>
        <translation>Jede Zeile wird zu einer Bedingung des Segments.</translation>
    </message>
    <message>
        <source>How often they come</source>
        <translation>Wie oft sie kommen</translation>
    </message>
    <message>
        <source>How many times</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Visits or purchases</source>
        <translation>Besuche oder Einkäufe</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>Einkäufe</translation>
    </message>
    <message>
        <source>In how many days</source>
        <translation>In wie vielen Tagen</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Mindestens</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>in den letzten</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <source>A café regular comes about 8 times a month; a shop&apos;s loyal customer buys 3 or 4 times in half a year.</source>
        <translation>Ein Stammgast im Café kommt etwa 8 Mal im Monat; ein treuer Kunde im Laden kauft 3 oder 4 Mal in einem halben Jahr.</translation>
    </message>
    <message>
        <source>How much they spend</source>
        <translation>Wie viel sie ausgeben</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Ausgegebener Betrag</translation>
    </message>
    <message>
        <source>spent in the last</source>
        <translation>ausgegeben in den letzten</translation>
    </message>
    <message>
        <source>365 days compares whole years, so seasons do not count twice.</source>
        <translation>Mit 365 Tagen vergleichen Sie ganze Jahre, so zählt keine Saison doppelt.</translation>
    </message>
    <message>
        <source>How long since they last bought</source>
        <translation>Wie lange ihr letzter Einkauf her ist</translation>
    </message>
    <message>
        <source>Bought or not</source>
        <translation>Gekauft oder nicht</translation>
    </message>
    <message>
        <source>Have not bought for more than</source>
        <translation>Kein Einkauf seit mehr als</translation>
    </message>
    <message>
        <source>Bought within the last</source>
        <translation>Eingekauft in den letzten</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>Anzahl der Tage</translation>
    </message>
    <message>
        <source>Customers who never bought anything are in neither: they have no last purchase.</source>
        <translation>Kunden, die noch nie etwas gekauft haben, fallen unter keine der beiden Möglichkeiten: Sie haben keinen letzten Einkauf.</translation>
    </message>
    <message>
        <source>Where they live</source>
        <translation>Wo sie wohnen</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Live in</source>
        <translation>Wohnen in</translation>
    </message>
    <message>
        <source>The towns your customers live in, most common first.</source>
        <translation>Die Orte, in denen Ihre Kunden wohnen, die häufigsten zuerst.</translation>
    </message>
    <message>
        <source>A tag they have</source>
        <translation>Ein Schlagwort, das sie haben</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Have the tag</source>
        <translation>Haben das Schlagwort</translation>
    </message>
    <message>
        <source>How they first came to the shop</source>
        <translation>Wie sie zum ersten Mal zu Ihnen kamen</translation>
    </message>
    <message>
        <source>How they first came</source>
        <translation>Wie sie zum ersten Mal kamen</translation>
    </message>
    <message>
        <source>walked in</source>
        <translation>persönlich im Laden</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>through a referral</source>
        <translation>auf Empfehlung</translation>
    </message>
    <message>
        <source>imported from another program</source>
        <translation>aus einem anderen Programm importiert</translation>
    </message>
    <message>
        <source>First came</source>
        <translation>Erster Kontakt</translation>
    </message>
    <message>
        <source>fit &amp;all of these</source>
        <translation>&amp;alle davon erfüllen</translation>
    </message>
    <message>
        <source>fit at least &amp;one of these</source>
        <translation>mindestens &amp;eine davon erfüllen</translation>
    </message>
    <message>
        <source>Customers must</source>
        <translation>Die Kunden müssen</translation>
    </message>
    <message>
        <source>Your segment</source>
        <translation>Ihr Segment</translation>
    </message>
    <message>
        <source>This is who it finds today. Give it a name you will recognise.</source>
        <translation>Das sind die Kunden, die es heute findet. Geben Sie ihm einen Namen, unter dem Sie es wiedererkennen.</translation>
    </message>
    <message>
        <source>Name of the segment</source>
        <translation>Name des Segments</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>“Open in the builder” shows the conditions one by one. Change anything you like there, then save the segment. Each customer belongs to the first segment that fits, so it is checked after the segments you already have.</source>
        <translation>„Zum Bearbeiten öffnen“ zeigt die Bedingungen einzeln. Ändern Sie dort, was Sie möchten, und speichern Sie dann das Segment. Jeder Kunde gehört zum ersten passenden Segment; dieses wird daher nach Ihren bisherigen Segmenten geprüft.</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Stammkunden</translation>
    </message>
    <message>
        <source>Big spenders</source>
        <translation>Vielkäufer</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Recently active</source>
        <translation>Kürzlich aktiv</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>My segment</source>
        <translation>Mein Segment</translation>
    </message>
    <message>
        <source>%1 &amp; %2</source>
        <translation>%1 &amp; %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Go back and fill in at least one answer.</source>
        <translation>Gehen Sie zurück und füllen Sie mindestens eine Antwort aus.</translation>
    </message>
    <message>
        <source>These answers could not be counted: %1</source>
        <translation>Diese Antworten konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>No customers fit these answers today. You can loosen them in the builder.</source>
        <translation>Heute passt kein Kunde zu diesen Antworten. Beim Bearbeiten können Sie sie lockern.</translation>
    </message>
    <message>
        <source>1 customer fits today (%1 of your customers).</source>
        <translation>Heute passt 1 Kunde (%1 Ihrer Kunden).</translation>
    </message>
    <message>
        <source>%1 customers fit today (%2 of your customers).</source>
        <translation>Heute passen %1 Kunden (%2 Ihrer Kunden).</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentsPage</name>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Each customer belongs to the first segment that fits, from the top, so the numbers add up. Drag a segment up or down to change which one wins.</source>
        <translation>Jeder Kunde gehört zum ersten passenden Segment von oben, so gehen die Zahlen auf. Ziehen Sie ein Segment nach oben oder unten, um zu ändern, welches Vorrang hat.</translation>
    </message>
    <message>
        <source>&amp;New segment…</source>
        <translation>Neues &amp;Segment…</translation>
    </message>
    <message>
        <source>Build a segment by pointing and clicking</source>
        <translation>Ein Segment mit ein paar Klicks zusammenstellen</translation>
    </message>
    <message>
        <source>From a &amp;template…</source>
        <translation>Aus einer &amp;Vorlage…</translation>
    </message>
    <message>
        <source>Start from ready-made segments for your kind of business</source>
        <translation>Mit fertigen Segmenten für Ihre Art von Geschäft beginnen</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Du&amp;plizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Show customers</source>
        <translation>&amp;Kunden anzeigen</translation>
    </message>
    <message>
        <source>Show the customers of this segment in the customer list</source>
        <translation>Die Kunden dieses Segments in der Kundenliste anzeigen</translation>
    </message>
    <message>
        <source>Group your customers</source>
        <translation>Teilen Sie Ihre Kunden in Gruppen ein</translation>
    </message>
    <message>
        <source>A segment is a group of customers who fit a rule you choose, such as “came more than 8 times in the last month” or “has not bought for three months”. Each customer is in one group, so you see at a glance who your regulars are, who spends the most and who has not come back.

Most shops do best with three to five groups. Start from a template for your kind of business, or build your own.</source>
        <translation>Ein Segment ist eine Gruppe von Kunden, auf die eine Regel Ihrer Wahl zutrifft, etwa „kam im letzten Monat mehr als 8 Mal“ oder „hat seit drei Monaten nichts gekauft“. Jeder Kunde ist in genau einer Gruppe. So sehen Sie auf einen Blick, wer Ihre Stammkunden sind, wer am meisten ausgibt und wer nicht wiedergekommen ist.

Die meisten Läden fahren mit drei bis fünf Gruppen am besten. Beginnen Sie mit einer Vorlage für Ihre Art von Geschäft, oder stellen Sie Ihre eigenen zusammen.</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>Mit einer Vorlage beginnen…</translation>
    </message>
    <message>
        <source>Build your own…</source>
        <translation>Eigene zusammenstellen…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>You have %1 segments. Most shops do best with three to five groups: fewer groups are easier to remember and to act on. Consider merging the small ones.</source>
        <translation>Sie haben %1 Segmente. Die meisten Läden fahren mit drei bis fünf Gruppen am besten: Weniger Gruppen kann man sich leichter merken und gezielter nutzen. Fassen Sie doch die kleinen zusammen.</translation>
    </message>
    <message>
        <source>%1 customers as of %2. Money spent counts purchases in the 12 months up to that day.</source>
        <translation>%1 Kunden, Stand %2. Die Ausgaben zählen die Einkäufe der 12 Monate bis zu diesem Tag.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>Duplicate segment</source>
        <translation>Segment duplizieren</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Segment löschen</translation>
    </message>
    <message>
        <source>Delete the segment “%1”?</source>
        <translation>Das Segment „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its customer stays in your shop and moves to the next segment that fits, or to “Everyone else”.</source>
        <translation>Der Kunde bleibt in Ihrem Laden und kommt in das nächste passende Segment oder zu „Alle anderen“.</translation>
    </message>
    <message>
        <source>Its %1 customers stay in your shop and move to the next segment that fits, or to “Everyone else”.</source>
        <translation>Die %1 Kunden bleiben in Ihrem Laden und kommen in das nächste passende Segment oder zu „Alle anderen“.</translation>
    </message>
    <message>
        <source>You can undo this until you close Clientele.</source>
        <translation>Sie können das rückgängig machen, bis Sie Clientele schließen.</translation>
    </message>
    <message>
        <source>&amp;Help me make one…</source>
        <translation>Sch&amp;ritt für Schritt…</translation>
    </message>
    <message>
        <source>A few plain questions make the segment for you</source>
        <translation>Ein paar einfache Fragen, und Clientele legt das Segment für Sie an</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Preview and print this segment&apos;s report: figures, members over time, member list</source>
        <translation>Bericht dieses Segments ansehen und drucken: Kennzahlen, Mitglieder im Zeitverlauf, Mitgliederliste</translation>
    </message>
    <message>
        <source>Print &amp;call list…</source>
        <translation>&amp;Anrufliste drucken…</translation>
    </message>
    <message>
        <source>Preview and print the members who agreed to be called, with their phone numbers</source>
        <translation>Die Mitglieder, die angerufen werden dürfen, mit ihren Telefonnummern ansehen und drucken</translation>
    </message>
    <message>
        <source>Check this segment earlier (Ctrl+Up)</source>
        <translation>Dieses Segment früher prüfen (Strg+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Check this segment later (Ctrl+Down)</source>
        <translation>Dieses Segment später prüfen (Strg+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>clientele::SetTagColorCommand</name>
    <message>
        <source>colour of tag %1</source>
        <translation>Farbe des Schlagworts %1 ändern</translation>
    </message>
</context>
<context>
    <name>clientele::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>For example: Café Lumière</source>
        <translation>Zum Beispiel: Café Lumière</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Ordner für Sicherungen</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>&amp;Name des Ladens:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Co&amp;untry (for phone numbers):</source>
        <translation>&amp;Land (für Telefonnummern):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Backups go to:</source>
        <translation>Sicherungen &amp;ablegen in:</translation>
    </message>
    <message>
        <source>The shop name, currency and country are kept in the shop&apos;s file. The language and the backup folder are kept on this computer.</source>
        <translation>Name des Ladens, Währung und Land werden in der Datei des Ladens gespeichert. Sprache und Sicherungsordner werden auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>A currency is three letters, like EUR or USD.</source>
        <translation>Eine Währung besteht aus drei Buchstaben, wie EUR oder USD.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Clientele.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Clientele.</translation>
    </message>
    <message>
        <source>&amp;Automatic backups:</source>
        <translation>&amp;Automatische Sicherungen:</translation>
    </message>
</context>
<context>
    <name>clientele::ShopChoices</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Never (I make my own backups)</source>
        <translation>Nie (ich sichere selbst)</translation>
    </message>
</context>
<context>
    <name>clientele::SqlSegmentEvaluator</name>
    <message>
        <source>The RFM scores could not be computed: %1</source>
        <translation>Die RFM-Werte konnten nicht berechnet werden: %1</translation>
    </message>
</context>
<context>
    <name>clientele::TagCommands</name>
    <message>
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
</context>
<context>
    <name>clientele::TagCustomersCommand</name>
    <message>
        <source>tag %1 on %2</source>
        <translation>Schlagwort %1 vergeben (%2)</translation>
    </message>
</context>
<context>
    <name>clientele::TagManagerDialog</name>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tags mark customers: “VIP”, “Newsletter”, “Allergic to nuts”. Changes here can be undone with Ctrl+Z.</source>
        <translation>Schlagwörter kennzeichnen Kunden: „VIP“, „Newsletter“, „Nussallergie“. Änderungen hier lassen sich mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>%1 (1 customer)</source>
        <translation>%1 (1 Kunde)</translation>
    </message>
    <message>
        <source>%1 (%2 customers)</source>
        <translation>%1 (%2 Kunden)</translation>
    </message>
    <message>
        <source>No tags yet. Add one on a customer&apos;s card.</source>
        <translation>Noch keine Schlagwörter. Fügen Sie eines bei einem Kunden hinzu.</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>There is already a tag “%1”. To put both together, use “Merge into…”.</source>
        <translation>Es gibt schon ein Schlagwort „%1“. Um beide zusammenzulegen, verwenden Sie „Zusammenführen mit…“.</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Schlagwörter zusammenführen</translation>
    </message>
    <message>
        <source>Everyone tagged “%1” gets this tag instead, and “%1” goes away:</source>
        <translation>Alle mit dem Schlagwort „%1“ bekommen stattdessen dieses Schlagwort, und „%1“ verschwindet:</translation>
    </message>
    <message>
        <source>Delete the tag “%1”? Nobody carries it.</source>
        <translation>Das Schlagwort „%1“ löschen? Niemand hat es.</translation>
    </message>
    <message>
        <source>Delete the tag “%1”? %2 customers carry it; they stay, only the tag goes.</source>
        <translation>Das Schlagwort „%1“ löschen? %2 Kunden haben es; die Kunden bleiben, nur das Schlagwort verschwindet.</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>clientele::TemplateGallery</name>
    <message>
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Mit einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>Pick the kind of business closest to yours, or single groups by how recently, how often and how much customers buy. The numbers are your customers today.</source>
        <translation>Wählen Sie die Art von Geschäft, die Ihrem am nächsten kommt, oder einzelne Gruppen danach, wie kürzlich, wie oft und wie viel Kunden kaufen. Die Zahlen zeigen Ihre Kunden von heute.</translation>
    </message>
    <message>
        <source>Kinds of business</source>
        <translation>Arten von Geschäften</translation>
    </message>
    <message>
        <source>Thresholds you can change</source>
        <translation>Schwellenwerte, die Sie ändern können</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
    <message>
        <source>cannot be counted</source>
        <translation>kann nicht gezählt werden</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Add 1 segment</source>
        <translation>1 Segment hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 segments</source>
        <translation>%1 Segmente hinzufügen</translation>
    </message>
    <message>
        <source>They go after your segment; you can change the order afterwards.</source>
        <translation>Sie kommen hinter Ihr Segment; die Reihenfolge können Sie danach ändern.</translation>
    </message>
    <message>
        <source>They go after your %1 segments; you can change the order afterwards.</source>
        <translation>Sie kommen hinter Ihre %1 Segmente; die Reihenfolge können Sie danach ändern.</translation>
    </message>
    <message>
        <source>Most shops do best with three to five groups.</source>
        <translation>Die meisten Läden fahren mit drei bis fünf Gruppen am besten.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The segments could not be added.</source>
        <translation>Die Segmente konnten nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
</context>
<context>
    <name>clientele::UntagCustomersCommand</name>
    <message>
        <source>remove tag %1 from %2</source>
        <translation>Schlagwort %1 entfernen (%2)</translation>
    </message>
</context>
<context>
    <name>clientele::ViewExport</name>
    <message>
        <source>Clientele cannot write “%1”: %2.</source>
        <translation>Clientele kann „%1“ nicht schreiben: %2.</translation>
    </message>
    <message>
        <source>Clientele could not write “%1”: %2.</source>
        <translation>Clientele konnte „%1“ nicht schreiben: %2.</translation>
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
