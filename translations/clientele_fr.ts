<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>clientele::AboutDialog</name>
    <message>
        <source>About Clientele</source>
        <translation>À propos de Clientele</translation>
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
        <translation>Listes de clients, groupes et rapports pour les petits commerces.

Vos données restent sur cet ordinateur, dans un seul fichier&#xa0;:
%1

Conçu avec Qt %2. Logiciel libre sous licence GNU General Public License, version 3 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>clientele::AddCustomerCommand</name>
    <message>
        <source>add %1</source>
        <translation>l&apos;ajout du client %1</translation>
    </message>
</context>
<context>
    <name>clientele::AddPurchaseCommand</name>
    <message>
        <source>add a purchase of %1</source>
        <translation>l&apos;ajout d&apos;un achat de %1</translation>
    </message>
</context>
<context>
    <name>clientele::AddSegmentsCommand</name>
    <message>
        <source>add segment %1</source>
        <translation>l&apos;ajout du segment %1</translation>
    </message>
    <message>
        <source>add %1 segments</source>
        <translation>l&apos;ajout de %1 segments</translation>
    </message>
</context>
<context>
    <name>clientele::AutoBackup</name>
    <message>
        <source>Clientele cannot make the backup folder “%1”.</source>
        <translation>Clientele ne peut pas créer le dossier de sauvegarde «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>clientele::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>clientele::ChartCard</name>
    <message>
        <source>Copy chart</source>
        <translation>Copier le graphique</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Enregistrer le graphique en PNG…</translation>
    </message>
</context>
<context>
    <name>clientele::CheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vérifier avant d&apos;importer</translation>
    </message>
    <message>
        <source>Clientele reads the whole file once without keeping anything, so you see what the import will do before your customer list changes.</source>
        <translation>Clientele lit tout le fichier une fois sans rien conserver, pour que vous voyiez ce que fera l&apos;importation avant que votre liste de clients ne change.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Rows that would be left out, by line in the file:</source>
        <translation>Lignes qui seraient écartées, avec leur numéro dans le fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is:
%1

Go back to change the settings.</source>
        <translation>Le fichier ne peut pas être importé tel quel&#xa0;:
%1

Revenez en arrière pour modifier les réglages.</translation>
    </message>
    <message>
        <source>%1 rows read.</source>
        <translation>%1 lignes lues.</translation>
    </message>
    <message>
        <source>New customers: %1</source>
        <translation>Nouveaux clients&#xa0;: %1</translation>
    </message>
    <message>
        <source>Customers you have that will be updated: %1</source>
        <translation>Clients existants qui seront mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Customers you have whose gaps will be filled in: %1</source>
        <translation>Clients existants dont les informations manquantes seront complétées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rows about customers you have, skipped: %1</source>
        <translation>Lignes sur des clients existants, ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Purchases: %1</source>
        <translation>Achats&#xa0;: %1</translation>
    </message>
    <message>
        <source>Visits and emails: %1</source>
        <translation>Visites et e-mails&#xa0;: %1</translation>
    </message>
    <message>
        <source>New customers made for rows Clientele could not match: %1</source>
        <translation>Nouveaux clients créés pour les lignes que Clientele n&apos;a pu rattacher à personne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rows that will be left out: %1</source>
        <translation>Lignes qui seront écartées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Everything looks fine. Press Import to bring it in; you can undo it afterwards.</source>
        <translation>Tout semble en ordre. Appuyez sur Importer pour lancer l&apos;importation&#xa0;; vous pourrez l&apos;annuler ensuite.</translation>
    </message>
    <message>
        <source>You can import anyway: the rows left out are kept in a file you can save, fix and import again. Or go back and change the settings.</source>
        <translation>Vous pouvez importer quand même&#xa0;: les lignes écartées sont conservées dans un fichier que vous pourrez enregistrer, corriger et importer à nouveau. Ou revenez en arrière pour modifier les réglages.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… et %1 autres.</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>Nothing was imported: your customer list is as it was.</source>
        <translation>Rien n&apos;a été importé&#xa0;: votre liste de clients n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>%1

Nothing was imported: your customer list is as it was.</source>
        <translation>%1

Rien n&apos;a été importé&#xa0;: votre liste de clients n&apos;a pas changé.</translation>
    </message>
</context>
<context>
    <name>clientele::Cli</name>
    <message>
        <source>Try “clientele-cli --help”.</source>
        <translation>Essayez «&#xa0;clientele-cli --help&#xa0;».</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>“demo” takes no file name.</source>
        <translation>«&#xa0;demo&#xa0;» ne prend pas de nom de fichier.</translation>
    </message>
    <message>
        <source>--customers must be a whole number from 1 to %1.</source>
        <translation>--customers doit être un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed doit être un nombre entier.</translation>
    </message>
    <message>
        <source>--as-of must be a date like 2026-03-31.</source>
        <translation>--as-of doit être une date comme 2026-03-31.</translation>
    </message>
    <message>
        <source>Made a demo shop in %1: %2 customers, %3 purchases, %4 interactions (%5 s).</source>
        <translation>Boutique de démonstration créée dans %1&#xa0;: %2 clients, %3 achats, %4 échanges (%5 s).</translation>
    </message>
    <message>
        <source>“check” takes no arguments.</source>
        <translation>«&#xa0;check&#xa0;» ne prend pas d&apos;arguments.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2. Restore it from a backup.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: %2. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” is healthy: schema version %2, %3 customers, %4 purchases, %5 interactions.</source>
        <translation>«&#xa0;%1&#xa0;» est en bon état&#xa0;: version du schéma %2, %3 clients, %4 achats, %5 échanges.</translation>
    </message>
    <message>
        <source>“backup” needs one file name: clientele-cli backup FILE</source>
        <translation>«&#xa0;backup&#xa0;» attend un nom de fichier&#xa0;: clientele-cli backup FILE</translation>
    </message>
    <message>
        <source>Backed up to “%1” (%2).</source>
        <translation>Sauvegarde enregistrée dans «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>“restore” needs one file name: clientele-cli restore FILE</source>
        <translation>«&#xa0;restore&#xa0;» attend un nom de fichier&#xa0;: clientele-cli restore FILE</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Restored “%1” from “%2”. The data it had before is kept in “%3”.</source>
        <translation>«&#xa0;%1&#xa0;» a été restauré à partir de «&#xa0;%2&#xa0;». Les données qu&apos;il contenait avant sont conservées dans «&#xa0;%3&#xa0;».</translation>
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
        <translation>Utilisation&#xa0;: clientele-cli [--db FILE] [--lang CODE] COMMAND ...

Commandes&#xa0;:
  demo [--customers N] [--seed S] [--as-of DATE]
                 remplir un fichier vide avec une boutique de démonstration
                 (2000 clients par défaut)
  check          vérifier que le fichier est en bon état
  segments list [--json]
                 les segments par ordre de priorité, avec leurs règles en
                 langage courant
  segments add --name NAME (--rule RULE.json | --template NAME) [--color #hex]
                 ajouter un segment à la fin de l&apos;ordre
  segments remove NAME
  segments reorder NAME NAME ...
                 mettre les segments dans cet ordre de priorité (les autres
                 suivent)
  segments eval [--as-of DATE] [--json]
                 combien de clients compte chaque segment, avec leur chiffre
                 d&apos;affaires des 365 derniers jours&#xa0;; les clients qui ne sont
                 dans aucun segment sont dans «&#xa0;Tous les autres&#xa0;»
  tag add|remove TAG (--segment NAME | --rule RULE.json | --ids 1,2,3) [--as-of DATE]
                 ajouter (ou retirer) une étiquette aux clients d&apos;un segment,
                 d&apos;une règle, ou désignés par leur numéro
  backup FILE    écrire une copie de toute la base de données dans FILE
  restore FILE   remplacer la base de données par la sauvegarde FILE (une
                 copie des données actuelles est d&apos;abord conservée à côté)

Options&#xa0;:
  --db FILE      la base de données des clients (par défaut&#xa0;: %1)
  --lang CODE    langue des messages&#xa0;: en, de, fr, es
  -h, --help     afficher cette aide
  -v, --version  afficher la version

Codes de sortie&#xa0;: 0 terminé, 1 erreur d&apos;utilisation, 2 données incorrectes,
3 problème de base de données.
</translation>
    </message>
    <message>
        <source>Note: there are %1 segments. Three to five are easier to keep apart and to act on.</source>
        <translation>Remarque&#xa0;: il y a %1 segments. Entre trois et cinq, il est plus facile de les distinguer et d&apos;agir.</translation>
    </message>
    <message>
        <source>“segments” needs one of: list, add, remove, reorder, eval.</source>
        <translation>«&#xa0;segments&#xa0;» attend l&apos;une de ces actions&#xa0;: list, add, remove, reorder, eval.</translation>
    </message>
    <message>
        <source>“segments list” takes no names.</source>
        <translation>«&#xa0;segments list&#xa0;» ne prend pas de noms.</translation>
    </message>
    <message>
        <source>No segments yet. Add one with “clientele-cli segments add”.</source>
        <translation>Aucun segment pour l&apos;instant. Ajoutez-en un avec «&#xa0;clientele-cli segments add&#xa0;».</translation>
    </message>
    <message>
        <source>(the rule cannot be read)</source>
        <translation>(la règle ne peut pas être lue)</translation>
    </message>
    <message>
        <source>Use: clientele-cli segments add --name NAME (--rule RULE.json | --template NAME) [--color #hex]</source>
        <translation>Utilisation&#xa0;: clientele-cli segments add --name NAME (--rule RULE.json | --template NAME) [--color #hex]</translation>
    </message>
    <message>
        <source>Cannot read the rule file “%1”: %2.</source>
        <translation>Impossible de lire le fichier de règle «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The rule file “%1” is not valid: %2.</source>
        <translation>Le fichier de règle «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>There is no template “%1”. Templates: %2.</source>
        <translation>Il n&apos;existe pas de modèle «&#xa0;%1&#xa0;». Modèles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Added the segment “%1”: %2</source>
        <translation>Segment «&#xa0;%1&#xa0;» ajouté&#xa0;: %2</translation>
    </message>
    <message>
        <source>Use: clientele-cli segments remove NAME</source>
        <translation>Utilisation&#xa0;: clientele-cli segments remove NAME</translation>
    </message>
    <message>
        <source>There is no segment called “%1”.</source>
        <translation>Il n&apos;existe pas de segment nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The segment “%1” could not be removed.</source>
        <translation>Le segment «&#xa0;%1&#xa0;» n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>Use: clientele-cli segments reorder NAME NAME ...</source>
        <translation>Utilisation&#xa0;: clientele-cli segments reorder NAME NAME ...</translation>
    </message>
    <message>
        <source>The new order could not be saved.</source>
        <translation>Le nouvel ordre n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>New order: %1.</source>
        <translation>Nouvel ordre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“segments eval” takes no names.</source>
        <translation>«&#xa0;segments eval&#xa0;» ne prend pas de noms.</translation>
    </message>
    <message>
        <source>The segment “%1” could not be evaluated: %2</source>
        <translation>Le segment «&#xa0;%1&#xa0;» n&apos;a pas pu être évalué&#xa0;: %2</translation>
    </message>
    <message>
        <source>As of %1, %2 customers:</source>
        <translation>Au %1, %2 clients&#xa0;:</translation>
    </message>
    <message>
        <source>  %1: %2 customers (%3 %), revenue %4, average order %5</source>
        <translation>  %1&#xa0;: %2 clients (%3&#xa0;%), chiffre d&apos;affaires %4, panier moyen %5</translation>
    </message>
    <message>
        <source>Unknown segments action “%1”: use list, add, remove, reorder or eval.</source>
        <translation>Action «&#xa0;%1&#xa0;» inconnue pour segments&#xa0;: utilisez list, add, remove, reorder ou eval.</translation>
    </message>
    <message>
        <source>Use: clientele-cli tag add|remove TAG (--segment NAME | --rule RULE.json | --ids 1,2,3)</source>
        <translation>Utilisation&#xa0;: clientele-cli tag add|remove TAG (--segment NAME | --rule RULE.json | --ids 1,2,3)</translation>
    </message>
    <message>
        <source>“tag” needs add or remove and one tag name.</source>
        <translation>«&#xa0;tag&#xa0;» attend add ou remove et un nom d&apos;étiquette.</translation>
    </message>
    <message>
        <source>Say whom to tag with exactly one of --segment, --rule or --ids.</source>
        <translation>Indiquez les clients concernés avec une seule des options --segment, --rule ou --ids.</translation>
    </message>
    <message>
        <source>The tag name is empty.</source>
        <translation>Le nom de l&apos;étiquette est vide.</translation>
    </message>
    <message>
        <source>--ids must be customer numbers separated by commas, like 1,2,3 (“%1” is not one).</source>
        <translation>--ids doit contenir des numéros de clients séparés par des virgules, comme 1,2,3 («&#xa0;%1&#xa0;» n&apos;en est pas un).</translation>
    </message>
    <message>
        <source>There are no customers with the numbers %1.</source>
        <translation>Il n&apos;y a aucun client avec les numéros %1.</translation>
    </message>
    <message>
        <source>The tag “%1” could not be created.</source>
        <translation>L&apos;étiquette «&#xa0;%1&#xa0;» n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <source>The customers could not be tagged.</source>
        <translation>L&apos;étiquette n&apos;a pas pu être ajoutée aux clients.</translation>
    </message>
    <message>
        <source>Tagged %1 customers with “%2” (%3 already had it).</source>
        <translation>Étiquette «&#xa0;%2&#xa0;» ajoutée à %1 clients (%3 l&apos;avaient déjà).</translation>
    </message>
    <message>
        <source>Nobody has the tag “%1”; nothing to remove.</source>
        <translation>Personne n&apos;a l&apos;étiquette «&#xa0;%1&#xa0;»&#xa0;; rien à retirer.</translation>
    </message>
    <message>
        <source>The tag could not be removed.</source>
        <translation>L&apos;étiquette n&apos;a pas pu être retirée.</translation>
    </message>
    <message>
        <source>Removed the tag “%1” from %2 customers.</source>
        <translation>Étiquette «&#xa0;%1&#xa0;» retirée de %2 clients.</translation>
    </message>
    <message>
        <source>Removed the segment “%1”. No customer was deleted; they now fall into the next segment that matches, or “Everyone else”.</source>
        <translation>Segment «&#xa0;%1&#xa0;» supprimé. Aucun client n&apos;a été supprimé&#xa0;; ils passent maintenant dans le segment suivant qui leur correspond, ou dans «&#xa0;Tous les autres&#xa0;».</translation>
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
Import et export :
  import customers|purchases|interactions FILE [--mapping auto|MAP.json]
         [--on-duplicate skip|update|merge] [--rejects FILE] [--dry-run] [--json]
         [--encoding auto|utf-8|utf-16|windows-1252] [--delimiter auto|,|;|tab|&apos;|&apos;]
         [--date-format auto|YYYY-MM-DD|DD.MM.YYYY|MM/DD/YYYY] [--create-customers]
         [--tag TAG]
                 lire un fichier CSV, tout ou rien ; les lignes refusées vont dans
                 un fichier à part
  export customers|purchases|interactions FILE [--segment NAME]
         [--as-of DATE] [--excel]
                 écrire un fichier CSV (--excel : avec une marque d’ordre des octets pour Excel)
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
Rapports&#xa0;:
  report (--segment NAME | --all) --pdf FILE [--as-of DATE] [--call-list]
         [--sort value|last-purchase] [--with-segments]
                 imprimer en PDF un rapport de segment, la vue d&apos;ensemble des segments
                 (--all) ou une liste d&apos;appels des membres qui acceptent d&apos;être contactés
</translation>
    </message>
    <message>
        <source>This program cannot print reports; use clientele-cli.</source>
        <translation>Ce programme ne peut pas imprimer de rapports&#xa0;; utilisez clientele-cli.</translation>
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
Doublons&#xa0;:
  duplicates [--limit N] [--json]
                 clients peut-être enregistrés deux fois (même e-mail, même
                 numéro de téléphone, nom identique ou proche dans la même
                 ville), les plus probables d&apos;abord&#xa0;; fusionnez-les dans la
                 fenêtre de Clientele
</translation>
    </message>
    <message>
        <source>Usage: clientele-cli duplicates [--limit N] [--json]</source>
        <translation>Utilisation&#xa0;: clientele-cli duplicates [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Could not look for duplicates in “%1”.</source>
        <translation>Impossible de rechercher les doublons dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>1 possible duplicate.</source>
        <translation>1 doublon possible.</translation>
    </message>
    <message>
        <source>%1 possible duplicates.</source>
        <translation>%1 doublons possibles.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4): %5</source>
        <translation>%1 (%2) et %3 (%4)&#xa0;: %5</translation>
    </message>
    <message>
        <source>… and %1 more; show more with --limit.</source>
        <translation>… et %1 de plus&#xa0;; affichez-en davantage avec --limit.</translation>
    </message>
</context>
<context>
    <name>clientele::ColumnMapping</name>
    <message>
        <source>first name</source>
        <translation>le prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>le nom de famille</translation>
    </message>
    <message>
        <source>name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>l&apos;e-mail</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>le numéro de téléphone</translation>
    </message>
    <message>
        <source>street</source>
        <translation>la rue</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>le code postal</translation>
    </message>
    <message>
        <source>city</source>
        <translation>la ville</translation>
    </message>
    <message>
        <source>country</source>
        <translation>le pays</translation>
    </message>
    <message>
        <source>how they came to the shop</source>
        <translation>l&apos;origine</translation>
    </message>
    <message>
        <source>consent to emails</source>
        <translation>l&apos;accord pour les e-mails</translation>
    </message>
    <message>
        <source>consent to text messages</source>
        <translation>l&apos;accord pour les SMS</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>l&apos;anniversaire</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>les notes</translation>
    </message>
    <message>
        <source>customer ID in the other program</source>
        <translation>l&apos;identifiant du client dans l&apos;autre logiciel</translation>
    </message>
    <message>
        <source>Clientele customer number</source>
        <translation>le numéro de client Clientele</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>les étiquettes</translation>
    </message>
    <message>
        <source>customer since</source>
        <translation>la date à laquelle il est devenu client</translation>
    </message>
    <message>
        <source>customer&apos;s email address</source>
        <translation>l&apos;e-mail du client</translation>
    </message>
    <message>
        <source>customer&apos;s first name</source>
        <translation>le prénom du client</translation>
    </message>
    <message>
        <source>customer&apos;s last name</source>
        <translation>le nom de famille du client</translation>
    </message>
    <message>
        <source>customer&apos;s name</source>
        <translation>le nom du client</translation>
    </message>
    <message>
        <source>customer&apos;s country</source>
        <translation>le pays du client</translation>
    </message>
    <message>
        <source>date</source>
        <translation>la date</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>le montant</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>la quantité</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>le prix unitaire</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>le canal</translation>
    </message>
    <message>
        <source>category</source>
        <translation>la catégorie</translation>
    </message>
    <message>
        <source>store</source>
        <translation>le point de vente</translation>
    </message>
    <message>
        <source>kind of contact</source>
        <translation>le type d&apos;échange</translation>
    </message>
    <message>
        <source>details</source>
        <translation>les détails</translation>
    </message>
    <message>
        <source>The mapping is for “%1”; it must be for customers, purchases or interactions.</source>
        <translation>La correspondance des colonnes est prévue pour «&#xa0;%1&#xa0;»&#xa0;; elle doit l&apos;être pour customers, purchases ou interactions.</translation>
    </message>
    <message>
        <source>The mapping puts column “%1” into “%2”, which is not a field of %3. Fields: %4.</source>
        <translation>La correspondance des colonnes place la colonne «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;», qui n&apos;est pas un champ de %3. Champs&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The mapping&apos;s date format “%1” is not one of auto, YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY.</source>
        <translation>Le format de date «&#xa0;%1&#xa0;» de la correspondance des colonnes n&apos;est pas l&apos;un de ceux-ci&#xa0;: auto, YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY.</translation>
    </message>
    <message>
        <source>Clientele cannot read the mapping “%1”: %2.</source>
        <translation>Clientele ne peut pas lire la correspondance des colonnes «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The mapping “%1” is not valid JSON: %2.</source>
        <translation>La correspondance des colonnes «&#xa0;%1&#xa0;» n&apos;est pas du JSON valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>when they agreed to emails</source>
        <translation>date d’accord pour les e-mails</translation>
    </message>
    <message>
        <source>when they agreed to text messages</source>
        <translation>date d’accord pour les SMS</translation>
    </message>
</context>
<context>
    <name>clientele::ConditionRow</name>
    <message>
        <source>What to look at</source>
        <translation>Critère examiné</translation>
    </message>
    <message>
        <source>Choose what to look at…</source>
        <translation>Choisissez un critère…</translation>
    </message>
    <message>
        <source>How to compare</source>
        <translation>Mode de comparaison</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Combien</translation>
    </message>
    <message>
        <source>Days, weeks, months or years</source>
        <translation>Jours, semaines, mois ou années</translation>
    </message>
    <message>
        <source>days</source>
        <translation>derniers jours</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>dernières semaines</translation>
    </message>
    <message>
        <source>months</source>
        <translation>derniers mois</translation>
    </message>
    <message>
        <source>years</source>
        <translation>dernières années</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Retirer cette condition</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Choose a tag</source>
        <translation>Choisissez une étiquette</translation>
    </message>
    <message>
        <source>Choose or type</source>
        <translation>Choisissez ou saisissez</translation>
    </message>
    <message>
        <source>Separate them with commas</source>
        <translation>Séparez-les par des virgules</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>judged on all purchases</source>
        <translation>d&apos;après tous les achats</translation>
    </message>
    <message>
        <source>judged on the last</source>
        <translation>d&apos;après les</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>au total</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>au cours des</translation>
    </message>
    <message>
        <source>Choose what to look at.</source>
        <translation>Choisissez un critère.</translation>
    </message>
    <message>
        <source>The first number should not be bigger than the second.</source>
        <translation>Le premier nombre ne doit pas être plus grand que le second.</translation>
    </message>
    <message>
        <source>The first amount should not be bigger than the second.</source>
        <translation>Le premier montant ne doit pas être plus grand que le second.</translation>
    </message>
    <message>
        <source>Tick at least one.</source>
        <translation>Cochez-en au moins une.</translation>
    </message>
    <message>
        <source>Choose a tag.</source>
        <translation>Choisissez une étiquette.</translation>
    </message>
    <message>
        <source>Choose or type a city.</source>
        <translation>Choisissez ou saisissez une ville.</translation>
    </message>
    <message>
        <source>Type what to look for.</source>
        <translation>Saisissez ce qu&apos;il faut chercher.</translation>
    </message>
    <message>
        <source>Type at least one, separated by commas.</source>
        <translation>Saisissez au moins une valeur (plusieurs, séparées par des virgules).</translation>
    </message>
    <message>
        <source>Drag to move this condition, also into or out of a group (Ctrl+Up, Ctrl+Down)</source>
        <translation>Faites glisser pour déplacer cette condition, y compris dans un groupe ou hors d’un groupe (Ctrl+Haut, Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>⋯</source>
        <translation>⋯</translation>
    </message>
    <message>
        <source>More for this condition</source>
        <translation>Plus d’options pour cette condition</translation>
    </message>
    <message>
        <source>Move or remove this condition</source>
        <translation>Déplacer ou supprimer cette condition</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The first date should not be after the second.</source>
        <translation>La première date ne doit pas être postérieure à la seconde.</translation>
    </message>
    <message>
        <source>Choose or type a category.</source>
        <translation>Choisissez ou saisissez une catégorie.</translation>
    </message>
</context>
<context>
    <name>clientele::CsvPreviewModel</name>
    <message>
        <source>Clientele cannot read “%1”: %2.</source>
        <translation>Clientele ne peut pas lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
</context>
<context>
    <name>clientele::CsvReader</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The row that starts on line %1 is longer than %2 million characters; a quote is probably never closed. Reading stopped there.</source>
        <translation>L&apos;enregistrement qui commence à la ligne %1 dépasse %2 millions de caractères&#xa0;; un guillemet n&apos;est probablement jamais fermé. La lecture s&apos;est arrêtée là.</translation>
    </message>
    <message>
        <source>There is a NUL character (a zero byte) on line %1; the file may be damaged or in another encoding.</source>
        <translation>Il y a un caractère NUL (un octet nul) à la ligne %1&#xa0;; le fichier est peut-être endommagé ou dans un autre encodage.</translation>
    </message>
    <message>
        <source>The quoted text that starts on line %1 is never closed.</source>
        <translation>Le texte entre guillemets qui commence à la ligne %1 n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>On line %1 there is text right after a closing quote; a quote inside a quoted value must be doubled (&quot;&quot;).</source>
        <translation>À la ligne %1, il y a du texte juste après un guillemet fermant&#xa0;; un guillemet à l&apos;intérieur d&apos;une valeur entre guillemets doit être doublé (&quot;&quot;).</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerCard</name>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Opened an email</source>
        <translation>A ouvert un e-mail</translation>
    </message>
    <message>
        <source>Clicked a link in an email</source>
        <translation>A cliqué sur un lien dans un e-mail</translation>
    </message>
    <message>
        <source>Left a full cart</source>
        <translation>A abandonné un panier plein</translation>
    </message>
    <message>
        <source>Asked for help</source>
        <translation>A demandé de l&apos;aide</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Choose a customer in the list to see everything about them here.

Ctrl+N adds a new customer.</source>
        <translation>Choisissez un client dans la liste pour voir ici tout ce qui le concerne.

Ctrl+N ajoute un nouveau client.</translation>
    </message>
    <message>
        <source>Two letters, for example FR, DE, ES</source>
        <translation>Deux lettres, par exemple FR, BE, CH</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Walked in</source>
        <translation>En boutique</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Recommended by someone</source>
        <translation>Sur la recommandation de quelqu&apos;un</translation>
    </message>
    <message>
        <source>From an imported list</source>
        <translation>Par une liste importée</translation>
    </message>
    <message>
        <source>Agrees to receive emails</source>
        <translation>Accepte de recevoir des e-mails</translation>
    </message>
    <message>
        <source>Agrees to receive text messages</source>
        <translation>Accepte de recevoir des SMS</translation>
    </message>
    <message>
        <source>Known:</source>
        <translation>Connu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-ma&amp;il&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Came to us:</source>
        <translation>Origine&#xa0;:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentement&#xa0;:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Anniversaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Enre&amp;gistrer les modifications</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Add a tag and press Enter</source>
        <translation>Saisissez une étiquette et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Point de vente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <source>Add a purchase…</source>
        <translation>Ajouter un achat…</translation>
    </message>
    <message>
        <source>Delete purchase</source>
        <translation>Supprimer l&apos;achat</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Emails since %1</source>
        <translation>E-mails depuis le %1</translation>
    </message>
    <message>
        <source>Text messages since %1</source>
        <translation>SMS depuis le %1</translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation>Retirer l&apos;étiquette %1</translation>
    </message>
    <message>
        <source>Tag %1, press to remove</source>
        <translation>Étiquette %1, appuyez pour la retirer</translation>
    </message>
    <message>
        <source>Purchases (%1)</source>
        <translation>Achats (%1)</translation>
    </message>
    <message>
        <source>No visits, emails or notes recorded yet.</source>
        <translation>Aucune visite, aucun e-mail ni aucune note pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Historique (%1)</translation>
    </message>
    <message>
        <source>This does not look like an email address (like anna@example.com).</source>
        <translation>Cela ne ressemble pas à une adresse e-mail (comme anna@example.com).</translation>
    </message>
    <message>
        <source>A phone number has digits, and may have spaces, +, - and brackets.</source>
        <translation>Un numéro de téléphone se compose de chiffres et peut contenir des espaces, +, - et des parenthèses.</translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation>Enregistrer le client</translation>
    </message>
    <message>
        <source>Give at least a name, an email address or a phone number.</source>
        <translation>Indiquez au moins un nom, une adresse e-mail ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Numéro et rue</translation>
    </message>
    <message>
        <source>FR</source>
        <translation>FR</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adre&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <source>Export their data…</source>
        <translation>Exporter ses données…</translation>
    </message>
    <message>
        <source>Everything Clientele holds about this customer, in a file, when they ask for it</source>
        <translation>Tout ce que Clientele sait de ce client, dans un fichier, quand il le demande</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>Effacer définitivement…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Effacer définitivement %1&#xa0;?</translation>
    </message>
    <message>
        <source>Their name, contact details, address, notes, tags and visits are deleted and cannot be brought back, not even with Undo. Their purchases stay in your figures without a name. Do this when a customer asks you to forget them.</source>
        <translation>Son nom, ses coordonnées, son adresse, ses notes, ses étiquettes et ses visites sont supprimés et ne peuvent pas être récupérés, pas même avec Annuler. Ses achats restent dans vos chiffres, sans nom. Faites-le quand un client vous demande de l’oublier.</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Je comprends que cela ne peut pas être annulé</translation>
    </message>
    <message>
        <source>The customer could not be erased.</source>
        <translation>Le client n’a pas pu être effacé.</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerStore</name>
    <message>
        <source>email %1</source>
        <translation>e-mail %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>téléphone %1</translation>
    </message>
    <message>
        <source>external ID %1</source>
        <translation>identifiant dans l&apos;autre logiciel %1</translation>
    </message>
    <message>
        <source>Merged with %1: %2</source>
        <translation>Fusionné avec %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerTableModel</name>
    <message>
        <source>Has not bought anything yet</source>
        <translation>N&apos;a encore rien acheté</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total dépensé</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>clientele::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Search by name, email, phone, city or notes (Ctrl+F)</source>
        <translation>Rechercher par nom, e-mail, téléphone, ville ou notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>Liste des clients</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 clients sur %2</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Ajouter un client (Ctrl+N)</translation>
    </message>
    <message>
        <source>Only customers with this tag</source>
        <translation>Uniquement les clients qui ont cette étiquette</translation>
    </message>
    <message>
        <source>Only customers in this segment</source>
        <translation>Uniquement les clients de ce segment</translation>
    </message>
    <message>
        <source>Came any way</source>
        <translation>Toutes les origines</translation>
    </message>
    <message>
        <source>Walked in</source>
        <translation>En boutique</translation>
    </message>
    <message>
        <source>Came online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Sur recommandation</translation>
    </message>
    <message>
        <source>From an imported list</source>
        <translation>Par une liste importée</translation>
    </message>
    <message>
        <source>Agreed to emails</source>
        <translation>Acceptent les e-mails</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Retirer une étiquette…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment&#xa0;: %1</translation>
    </message>
    <message>
        <source>Segment: Everyone else</source>
        <translation>Segment&#xa0;: Tous les autres</translation>
    </message>
    <message>
        <source>No customers yet. Add one with “New customer”, or try the demo shop from the File menu.</source>
        <translation>Aucun client pour l&apos;instant. Ajoutez-en un avec «&#xa0;Nouveau client&#xa0;», ou essayez la boutique de démonstration depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>No customer matches this search and these filters.</source>
        <translation>Aucun client ne correspond à cette recherche et à ces filtres.</translation>
    </message>
    <message>
        <source>All %1 matching customers are selected.</source>
        <translation>Les %1 clients correspondants sont tous sélectionnés.</translation>
    </message>
    <message>
        <source>%1 selected.</source>
        <translation>Sélection&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Select all %1 matching</source>
        <translation>Sélectionner les %1 clients correspondants</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to this customer first?</source>
        <translation>Enregistrer d&apos;abord les modifications de ce client&#xa0;?</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <source>Delete %1? Their purchase goes too.</source>
        <translation>Supprimer %1&#xa0;? Son achat sera supprimé aussi.</translation>
    </message>
    <message>
        <source>Delete %1? Their %2 purchases go too.</source>
        <translation>Supprimer %1&#xa0;? Ses %2 achats seront supprimés aussi.</translation>
    </message>
    <message>
        <source>Delete %1 customers? Their purchases go too.</source>
        <translation>Supprimer %1 clients&#xa0;? Leurs achats seront supprimés aussi.</translation>
    </message>
    <message>
        <source>Delete %1 customers? Their %2 purchases go too.</source>
        <translation>Supprimer %1 clients&#xa0;? Leurs %2 achats seront supprimés aussi.</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>Supprimer des clients</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z until you close Clientele.</source>
        <translation>Vous pouvez l&apos;annuler avec Ctrl+Z tant que vous ne fermez pas Clientele.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The customers could not be deleted.</source>
        <translation>Les clients n&apos;ont pas pu être supprimés.</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Tag for this customer:</source>
        <translation>Étiquette pour ce client&#xa0;:</translation>
    </message>
    <message>
        <source>Tag for %1 customers:</source>
        <translation>Étiquette pour %1 clients&#xa0;:</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Retirer une étiquette</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>Étiquette à retirer&#xa0;:</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Afficher tout le monde</translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>Affichage&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Chercher les doublons…</translation>
    </message>
    <message>
        <source>Customers entered twice, to merge</source>
        <translation>Trouver les clients enregistrés deux fois et les fusionner</translation>
    </message>
    <message>
        <source>E&amp;xport this list…</source>
        <translation>E&amp;xporter cette liste…</translation>
    </message>
    <message>
        <source>The customers shown, with the columns shown, as a spreadsheet file</source>
        <translation>Les clients affichés, avec les colonnes affichées, dans un fichier pour tableur</translation>
    </message>
</context>
<context>
    <name>clientele::DashboardData</name>
    <message>
        <source>No location</source>
        <translation>Aucun point de vente</translation>
    </message>
</context>
<context>
    <name>clientele::DashboardPage</name>
    <message>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Updating the charts…</source>
        <translation>Mise à jour des graphiques…</translation>
    </message>
    <message>
        <source>Working out the numbers…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <source>No purchases yet: import them or try the demo shop</source>
        <translation>Pas encore d&apos;achats&#xa0;: importez-les ou essayez la boutique de démonstration</translation>
    </message>
    <message>
        <source>The charts fill in as soon as there are purchases: how many customers each segment has, the money they bring, and how they change over time. Use File → Try the demo shop to see them with made-up customers.</source>
        <translation>Les graphiques se remplissent dès qu&apos;il y a des achats&#xa0;: combien de clients compte chaque segment, l&apos;argent qu&apos;ils rapportent et comment cela évolue dans le temps. Utilisez Fichier → Essayer la boutique de démonstration pour les voir avec des clients imaginaires.</translation>
    </message>
    <message>
        <source>Who your customers are</source>
        <translation>Qui sont vos clients</translation>
    </message>
    <message>
        <source>Where the money comes from</source>
        <translation>D&apos;où vient l&apos;argent</translation>
    </message>
    <message>
        <source>Segment sizes over time</source>
        <translation>Taille des segments dans le temps</translation>
    </message>
    <message>
        <source>Who moved between segments</source>
        <translation>Qui a changé de segment</translation>
    </message>
    <message>
        <source>Recency and frequency</source>
        <translation>Récence et fréquence</translation>
    </message>
    <message>
        <source>New and returning customers</source>
        <translation>Nouveaux clients et clients de retour</translation>
    </message>
    <message>
        <source>Revenue and customers by location</source>
        <translation>Chiffre d&apos;affaires et clients par point de vente</translation>
    </message>
    <message>
        <source>Which segments shop where</source>
        <translation>Quels segments achètent où</translation>
    </message>
    <message>
        <source>Moved from %1 to %2 between %3 and %4</source>
        <translation>Passés de %1 à %2 entre le %3 et le %4</translation>
    </message>
    <message>
        <source>No movement to show yet.</source>
        <translation>Aucun changement à afficher pour l&apos;instant.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Recency %1, frequency %2 (%3)</source>
        <translation>Récence %1, fréquence %2 (%3)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>The numbers could not be worked out: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être calculés&#xa0;: %1</translation>
    </message>
    <message>
        <source>As of %1 · %2 · revenue of the last 12 months: %3</source>
        <translation>Au %1 · %2 · chiffre d&apos;affaires des 12 derniers mois&#xa0;: %3</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Graphique non enregistré</translation>
    </message>
    <message>
        <source>Clientele could not write “%1”. Choose another folder or file name.</source>
        <translation>Clientele n&apos;a pas pu écrire «&#xa0;%1&#xa0;». Choisissez un autre dossier ou un autre nom de fichier.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2, %3 of all. Click to see them.</source>
        <translation>%1&#xa0;: %2, %3 du total. Cliquez pour les voir.</translation>
    </message>
    <message>
        <source>No segments yet: all %1 are in “Everyone else”. Add segments on the Segments page.</source>
        <translation>Aucun segment pour l&apos;instant&#xa0;: vos %1 sont tous dans «&#xa0;Tous les autres&#xa0;». Ajoutez des segments dans la page Segments.</translation>
    </message>
    <message>
        <source>Biggest group: %1, with %2 of your customers.</source>
        <translation>Plus grand groupe&#xa0;: %1, avec %2 de vos clients.</translation>
    </message>
    <message>
        <source>%1: %2 in the last 12 months, %3 of revenue, from %4 of customers. Click to see them.</source>
        <translation>%1&#xa0;: %2 sur les 12 derniers mois, %3 du chiffre d&apos;affaires, venant de %4 des clients. Cliquez pour les voir.</translation>
    </message>
    <message>
        <source>Revenue of the last 12 months (%1)</source>
        <translation>Chiffre d&apos;affaires des 12 derniers mois (%1)</translation>
    </message>
    <message>
        <source>No purchases in the last 12 months.</source>
        <translation>Aucun achat au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <source>%1 bring %2 of revenue, with %3 of your customers.</source>
        <translation>%1&#xa0;: %2 du chiffre d&apos;affaires, avec %3 de vos clients.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>%1 grew the most: %2 more since %3.</source>
        <translation>Plus forte hausse&#xa0;: %1, %2 de plus depuis le %3.</translation>
    </message>
    <message>
        <source>%1 changed the most: %2 fewer since %3.</source>
        <translation>Plus fort changement&#xa0;: %1, %2 de moins depuis le %3.</translation>
    </message>
    <message>
        <source>The segment sizes have not changed since %1.</source>
        <translation>La taille des segments n&apos;a pas changé depuis le %1.</translation>
    </message>
    <message>
        <source>Today %1 has %2. Clientele notes the sizes once a day, so the lines grow from here.</source>
        <translation>Aujourd&apos;hui, %1&#xa0;: %2. Clientele note les tailles une fois par jour, les courbes partent donc d&apos;ici.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Movement shows once Clientele has noted your segments on two different days. It notes them once a day when the dashboard is open.</source>
        <translation>Les changements s&apos;affichent dès que Clientele a noté vos segments deux jours différents. Il les note une fois par jour quand le tableau de bord est ouvert.</translation>
    </message>
    <message>
        <source>In %1 on %2</source>
        <translation>Dans %1 le %2</translation>
    </message>
    <message>
        <source>Click to see them.</source>
        <translation>Cliquez pour les voir.</translation>
    </message>
    <message>
        <source>Nobody changed segments between %1 and %2.</source>
        <translation>Personne n&apos;a changé de segment entre le %1 et le %2.</translation>
    </message>
    <message>
        <source>Rows: the segment on %1. Columns: the segment on %2. %3 moved in all.</source>
        <translation>Lignes&#xa0;: le segment au %1. Colonnes&#xa0;: le segment au %2. Changements au total&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Nobody bought in the last 12 months.</source>
        <translation>Personne n&apos;a acheté au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <source>%1 bought recently and often (top right); %2 bought rarely and not lately (bottom left).</source>
        <translation>%1 ont acheté récemment et souvent (en haut à droite)&#xa0;; %2 rarement et pas ces derniers temps (en bas à gauche).</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>De retour</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>%1: %2 came back. Click to see them.</source>
        <translation>%1&#xa0;: retour de %2. Cliquez pour les voir.</translation>
    </message>
    <message>
        <source>%1: %2 bought for the first time. Click to see them.</source>
        <translation>%1&#xa0;: premier achat pour %2. Cliquez pour les voir.</translation>
    </message>
    <message>
        <source>Returning customers in %1</source>
        <translation>Clients de retour en %1</translation>
    </message>
    <message>
        <source>New customers in %1</source>
        <translation>Nouveaux clients en %1</translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation>Clients ayant acheté</translation>
    </message>
    <message>
        <source>In %1, %2 of the customers had bought before; %3 new.</source>
        <translation>En %1, %2 des clients avaient déjà acheté&#xa0;; nouveaux&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Chiffre d&apos;affaires (%1)</translation>
    </message>
    <message>
        <source>%1: %2 from %3 in the last 12 months. Click to see them.</source>
        <translation>%1&#xa0;: %2 venant de %3 au cours des 12 derniers mois. Cliquez pour les voir.</translation>
    </message>
    <message>
        <source>Customers who bought at %1 in the last 12 months</source>
        <translation>Clients ayant acheté au point de vente %1 au cours des 12 derniers mois</translation>
    </message>
    <message>
        <source>No purchases with a location in the last 12 months.</source>
        <translation>Aucun achat avec point de vente au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <source>%1 brings %2 of revenue, from %3.</source>
        <translation>%1 rapporte %2 du chiffre d&apos;affaires, avec %3.</translation>
    </message>
    <message>
        <source>%1 at %2: %3, %4 of its customers. Click to see them.</source>
        <translation>%1 au point de vente %2&#xa0;: %3, %4 de ses clients. Cliquez pour les voir.</translation>
    </message>
    <message>
        <source>%1 who bought at %2 in the last 12 months</source>
        <translation>%1 ayant acheté au point de vente %2 au cours des 12 derniers mois</translation>
    </message>
    <message>
        <source>Share of the location&apos;s customers, last 12 months</source>
        <translation>Part des clients du point de vente, 12 derniers mois</translation>
    </message>
    <message>
        <source>%1 shop most at %2: %3 in the last 12 months.</source>
        <translation>%1&#xa0;: surtout au point de vente %2, %3 au cours des 12 derniers mois.</translation>
    </message>
</context>
<context>
    <name>clientele::Database</name>
    <message>
        <source>“%1” is a folder, not a Clientele file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier Clientele.</translation>
    </message>
    <message>
        <source>Clientele cannot read “%1”: %2.</source>
        <translation>Clientele ne peut pas lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a Clientele file. Choose a file that Clientele made, or a new file name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier Clientele. Choisissez un fichier créé par Clientele, ou un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is shorter than it should be. Restore it from a backup.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: le fichier est plus court qu&apos;il ne devrait. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Clientele cannot create the folder “%1”.</source>
        <translation>Clientele ne peut pas créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Clientele cannot write next to “%1”. Check that the folder is not read-only.</source>
        <translation>Clientele ne peut pas écrire à côté de «&#xa0;%1&#xa0;». Vérifiez que le dossier n&apos;est pas en lecture seule.</translation>
    </message>
    <message>
        <source>“%1” is already open in another Clientele window (process %2 on %3). Close it there first, or work on a copy.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouvert dans une autre fenêtre de Clientele (processus %2 sur %3). Fermez-le d&apos;abord là-bas, ou travaillez sur une copie.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Clientele cannot open “%1”: %2.</source>
        <translation>Clientele ne peut pas ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). Restore it from a backup.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé (%2). Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>A database command failed on “%1”: %2.</source>
        <translation>Une commande de base de données a échoué sur «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>a %1 row points to a missing %2 row</source>
        <translation>une ligne de %1 renvoie à une ligne de %2 qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>the search index does not match the customers (%1)</source>
        <translation>l&apos;index de recherche ne correspond pas aux clients (%1)</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Clientele file. Choose a file that Clientele made, or a new file name.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données, mais pas un fichier Clientele. Choisissez un fichier créé par Clientele, ou un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Clientele. Update Clientele to open it.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente de Clientele. Mettez Clientele à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>No upgrade step to schema version %1.</source>
        <translation>Aucune étape de mise à niveau vers la version de schéma %1.</translation>
    </message>
    <message>
        <source>Upgrade to schema version %1 failed: %2</source>
        <translation>La mise à niveau vers la version de schéma %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the file it copies.</source>
        <translation>Une sauvegarde ne peut pas écraser le fichier qu&apos;elle copie.</translation>
    </message>
    <message>
        <source>Clientele cannot replace “%1”.</source>
        <translation>Clientele ne peut pas remplacer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Clientele could not write the backup “%1”: %2.</source>
        <translation>Clientele n&apos;a pas pu écrire la sauvegarde «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is empty, not a Clientele file.</source>
        <translation>«&#xa0;%1&#xa0;» est vide, ce n&apos;est pas un fichier Clientele.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). Choose another backup.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé (%2). Choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Clientele file.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données, mais pas un fichier Clientele.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Clientele. Update Clientele to use it.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente de Clientele. Mettez Clientele à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Clientele cannot open “%1”.</source>
        <translation>Clientele ne peut pas ouvrir «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>clientele::DeleteCustomersCommand</name>
    <message>
        <source>delete %1</source>
        <translation>la suppression du client %1</translation>
    </message>
    <message>
        <source>delete %1 customers</source>
        <translation>la suppression de %1 clients</translation>
    </message>
</context>
<context>
    <name>clientele::DeletePurchaseCommand</name>
    <message>
        <source>delete a purchase of %1</source>
        <translation>la suppression d&apos;un achat de %1</translation>
    </message>
</context>
<context>
    <name>clientele::DeleteSegmentCommand</name>
    <message>
        <source>delete segment %1</source>
        <translation>la suppression du segment %1</translation>
    </message>
</context>
<context>
    <name>clientele::DeleteTagCommand</name>
    <message>
        <source>delete tag %1</source>
        <translation>la suppression de l&apos;étiquette %1</translation>
    </message>
</context>
<context>
    <name>clientele::DemoShop</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The demo shop can have between 1 and %1 customers.</source>
        <translation>La boutique de démonstration peut avoir entre 1 et %1 clients.</translation>
    </message>
    <message>
        <source>This file already has customers. The demo shop needs an empty file: choose a new file name for it.</source>
        <translation>Ce fichier contient déjà des clients. La boutique de démonstration a besoin d&apos;un fichier vide&#xa0;: choisissez-lui un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>Cancelled: the file was left as it was.</source>
        <translation>Annulé&#xa0;: le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Web shop</source>
        <translation>Boutique en ligne</translation>
    </message>
    <message>
        <source>Old Town</source>
        <translation>Vieille ville</translation>
    </message>
    <message>
        <source>Harbour</source>
        <translation>Port</translation>
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
        <translation>Carte de fidélité</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Traiteur</translation>
    </message>
    <message>
        <source>Gluten-free</source>
        <translation>Sans gluten</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Pastries</source>
        <translation>Viennoiseries</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <source>Groceries</source>
        <translation>Épicerie</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Cadeaux</translation>
    </message>
    <message>
        <source>Tea</source>
        <translation>Thé</translation>
    </message>
    <message>
        <source>Prefers oat milk.</source>
        <translation>Préfère le lait d’avoine.</translation>
    </message>
    <message>
        <source>Allergic to nuts: check the pastries.</source>
        <translation>Allergique aux fruits à coque : vérifier les pâtisseries.</translation>
    </message>
    <message>
        <source>Monthly newsletter</source>
        <translation>Newsletter mensuelle</translation>
    </message>
    <message>
        <source>Asked about a late delivery</source>
        <translation>A demandé des nouvelles d’une livraison en retard</translation>
    </message>
</context>
<context>
    <name>clientele::DragGrip</name>
    <message>
        <source>Drag to move</source>
        <translation>Faire glisser pour déplacer</translation>
    </message>
</context>
<context>
    <name>clientele::DuplicateFinder</name>
    <message>
        <source>same email</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
    <message>
        <source>same name in the same town</source>
        <translation>même nom dans la même ville</translation>
    </message>
    <message>
        <source>similar name in the same town</source>
        <translation>nom proche dans la même ville</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
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
        <translation>Chercher les doublons</translation>
    </message>
    <message>
        <source>Customers entered twice split their purchases and visits, so segments and reports count them wrongly. Clientele looks for the same email, the same phone number, and the same or a similar name in the same town. Merging moves purchases, visits and tags to the customer you keep, and can be undone.</source>
        <translation>Quand un client est enregistré deux fois, ses achats et ses visites sont répartis sur deux fiches, et les segments et les rapports le comptent mal. Clientele cherche le même e-mail, le même numéro de téléphone, et le même nom ou un nom proche dans la même ville. La fusion regroupe les achats, les visites et les étiquettes sur le client que vous gardez, et vous pouvez l&apos;annuler.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>The two customers side by side</source>
        <translation>Les deux clients côte à côte</translation>
    </message>
    <message>
        <source>&amp;Merge these two</source>
        <translation>&amp;Fusionner ces deux fiches</translation>
    </message>
    <message>
        <source>One customer with the purchases, visits and tags of both (Ctrl+Z undoes it)</source>
        <translation>Un seul client avec les achats, les visites et les étiquettes des deux (Ctrl+Z pour annuler)</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;Pas la même personne</translation>
    </message>
    <message>
        <source>Clientele will not suggest this pair again</source>
        <translation>Clientele ne proposera plus cette paire</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Pa&amp;sser</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Keep the details of:</source>
        <translation>Garder les informations de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Undo last merge</source>
        <translation>&amp;Annuler la dernière fusion</translation>
    </message>
    <message>
        <source>Look &amp;again</source>
        <translation>&amp;Relancer la recherche</translation>
    </message>
    <message>
        <source>Looking for customers entered twice…</source>
        <translation>Recherche des clients enregistrés deux fois…</translation>
    </message>
    <message>
        <source>The search was stopped. Press “Look again” to search once more.</source>
        <translation>La recherche a été interrompue. Appuyez sur «&#xa0;Relancer la recherche&#xa0;» pour chercher à nouveau.</translation>
    </message>
    <message>
        <source>All done: no more possible duplicates.</source>
        <translation>Terminé&#xa0;: plus aucun doublon possible.</translation>
    </message>
    <message>
        <source>No duplicates found: every customer has their own email, phone number and name.</source>
        <translation>Aucun doublon trouvé&#xa0;: chaque client a son propre e-mail, son propre numéro de téléphone et son propre nom.</translation>
    </message>
    <message>
        <source>The %1 most likely of %2 possible duplicates, most likely first.</source>
        <translation>Les %1 plus probables sur %2 doublons possibles, les plus probables d&apos;abord.</translation>
    </message>
    <message>
        <source>1 possible duplicate.</source>
        <translation>1 doublon possible.</translation>
    </message>
    <message>
        <source>%1 possible duplicates, most likely first.</source>
        <translation>%1 doublons possibles, les plus probables d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Choose a pair on the left.</source>
        <translation>Choisissez une paire à gauche.</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>le premier</translation>
    </message>
    <message>
        <source>the second</source>
        <translation>le second</translation>
    </message>
    <message>
        <source>%1. Is this one person?</source>
        <translation>%1. Est-ce la même personne&#xa0;?</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (n°&#xa0;%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>1 purchase, %1</source>
        <translation>1 achat, %1</translation>
    </message>
    <message>
        <source>%1 purchases, %2</source>
        <translation>%1 achats, %2</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>May be contacted by</source>
        <translation>Peut être contacté par</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N°&#xa0;%1</translation>
    </message>
    <message>
        <source>After merging</source>
        <translation>Après la fusion</translation>
    </message>
    <message>
        <source>These two could not be merged; one of them may have been deleted. Press “Look again”.</source>
        <translation>Ces deux fiches n&apos;ont pas pu être fusionnées&#xa0;; l&apos;une d&apos;elles a peut-être été supprimée. Appuyez sur «&#xa0;Relancer la recherche&#xa0;».</translation>
    </message>
</context>
<context>
    <name>clientele::EditCustomerCommand</name>
    <message>
        <source>edit %1</source>
        <translation>la modification du client %1</translation>
    </message>
</context>
<context>
    <name>clientele::EditSegmentCommand</name>
    <message>
        <source>change segment %1</source>
        <translation>la modification du segment %1</translation>
    </message>
</context>
<context>
    <name>clientele::Exporter</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Clientele cannot write “%1”: %2.</source>
        <translation>Clientele ne peut pas écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Clientele could not write “%1”: %2.</source>
        <translation>Clientele n&apos;a pas pu écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>clientele::FieldChoices</name>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Number of purchases</source>
        <translation>Nombre d&apos;achats</translation>
    </message>
    <message>
        <source>Money spent</source>
        <translation>Montant dépensé</translation>
    </message>
    <message>
        <source>Average purchase</source>
        <translation>Achat moyen</translation>
    </message>
    <message>
        <source>Days since the last purchase</source>
        <translation>Jours depuis le dernier achat</translation>
    </message>
    <message>
        <source>Days since the first purchase</source>
        <translation>Jours depuis le premier achat</translation>
    </message>
    <message>
        <source>Bought from the category</source>
        <translation>Achat dans la catégorie</translation>
    </message>
    <message>
        <source>Bought at the shop</source>
        <translation>Achat au point de vente</translation>
    </message>
    <message>
        <source>Carts left without buying</source>
        <translation>Paniers abandonnés</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Nombre de visites</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Emails opened</source>
        <translation>E-mails ouverts</translation>
    </message>
    <message>
        <source>Days since an email was last opened</source>
        <translation>Jours depuis le dernier e-mail ouvert</translation>
    </message>
    <message>
        <source>Agreed to receive emails</source>
        <translation>Accepte de recevoir des e-mails</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>How they found you</source>
        <translation>Comment ils vous ont connu</translation>
    </message>
    <message>
        <source>Days since they became a customer</source>
        <translation>Jours depuis qu&apos;ils sont clients</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Agreed to receive text messages</source>
        <translation>Accepte de recevoir des SMS</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>How recently they bought (score 1 to 5)</source>
        <translation>Récence des achats (score de 1 à 5)</translation>
    </message>
    <message>
        <source>How often they buy (score 1 to 5)</source>
        <translation>Fréquence des achats (score de 1 à 5)</translation>
    </message>
    <message>
        <source>How much they spend (score 1 to 5)</source>
        <translation>Montant des dépenses (score de 1 à 5)</translation>
    </message>
    <message>
        <source>Overall score (3 to 15)</source>
        <translation>Score global (de 3 à 15)</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>plus de</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>exactement</translation>
    </message>
    <message>
        <source>anything but</source>
        <translation>tout sauf</translation>
    </message>
    <message>
        <source>fewer than</source>
        <translation>moins de</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>moins de</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <source>never opened one</source>
        <translation>aucun ouvert</translation>
    </message>
    <message>
        <source>never bought</source>
        <translation>aucun achat</translation>
    </message>
    <message>
        <source>opened at least one</source>
        <translation>au moins un ouvert</translation>
    </message>
    <message>
        <source>bought at least once</source>
        <translation>au moins un achat</translation>
    </message>
    <message>
        <source>include</source>
        <translation>comprennent</translation>
    </message>
    <message>
        <source>do not include</source>
        <translation>ne comprennent pas</translation>
    </message>
    <message>
        <source>include one of</source>
        <translation>comprennent l&apos;une de</translation>
    </message>
    <message>
        <source>include none of</source>
        <translation>ne comprennent aucune de</translation>
    </message>
    <message>
        <source>are not empty</source>
        <translation>ne sont pas vides</translation>
    </message>
    <message>
        <source>are empty</source>
        <translation>sont vides</translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>is never</source>
        <translation>n&apos;est jamais</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>never contains</source>
        <translation>ne contient jamais</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>fait partie de</translation>
    </message>
    <message>
        <source>is never one of</source>
        <translation>ne fait jamais partie de</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>n&apos;est pas</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>ne contient pas</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ne fait pas partie de</translation>
    </message>
    <message>
        <source>is not known</source>
        <translation>n&apos;est pas renseigné</translation>
    </message>
    <message>
        <source>is known</source>
        <translation>est renseigné</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En boutique</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Through a referral</source>
        <translation>Sur recommandation</translation>
    </message>
    <message>
        <source>From an imported list</source>
        <translation>Par une liste importée</translation>
    </message>
    <message>
        <source>Date of the last purchase</source>
        <translation>Date du dernier achat</translation>
    </message>
    <message>
        <source>Date of the first purchase</source>
        <translation>Date du premier achat</translation>
    </message>
    <message>
        <source>Date they became a customer</source>
        <translation>Date à laquelle ils sont devenus clients</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>not on</source>
        <translation>pas le</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après le</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>le ou après le</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant le</translation>
    </message>
    <message>
        <source>on or before</source>
        <translation>le ou avant le</translation>
    </message>
</context>
<context>
    <name>clientele::FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Clientele reads CSV files, the kind every till, web shop and spreadsheet can save, so tell it which file to read and what is in it.</source>
        <translation>Clientele lit les fichiers CSV, ceux que toute caisse, boutique en ligne ou tableur sait enregistrer&#xa0;: indiquez-lui quel fichier lire et ce qu&apos;il contient.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>A .csv or .txt file</source>
        <translation>Un fichier .csv ou .txt</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>What does the file hold?</source>
        <translation>Que contient le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>C&amp;ustomers: one row per customer</source>
        <translation>Clie&amp;nts&#xa0;: une ligne par client</translation>
    </message>
    <message>
        <source>&amp;Purchases: one row per sale, with who bought</source>
        <translation>&amp;Achats&#xa0;: une ligne par vente, avec l&apos;acheteur</translation>
    </message>
    <message>
        <source>&amp;Visits and emails: one row per visit, email opened or clicked</source>
        <translation>&amp;Visites et e-mails&#xa0;: une ligne par visite, e-mail ouvert ou cliqué</translation>
    </message>
    <message>
        <source>Tip: you can also drop a file on the Clientele window.</source>
        <translation>Astuce&#xa0;: vous pouvez aussi déposer un fichier sur la fenêtre de Clientele.</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Choisir un fichier à importer</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>There is no file “%1”. Check the name, or choose the file with “Choose…”.</source>
        <translation>Il n&apos;existe pas de fichier «&#xa0;%1&#xa0;». Vérifiez le nom, ou choisissez le fichier avec «&#xa0;Choisir…&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file in it.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier. Choisissez un fichier qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Clientele may not read “%1”. Copy it somewhere else, or ask whoever set up this computer.</source>
        <translation>Clientele n&apos;a pas le droit de lire «&#xa0;%1&#xa0;». Copiez-le ailleurs, ou demandez à la personne qui a installé cet ordinateur.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
</context>
<context>
    <name>clientele::ImportExportCommands</name>
    <message>
        <source>Usage: clientele-cli import customers|purchases|interactions FILE [--mapping auto|MAP.json] [--on-duplicate skip|update|merge] [--rejects FILE] [--dry-run] [--json] [--encoding auto|utf-8|utf-16|windows-1252] [--delimiter auto|,|;|tab|&apos;|&apos;] [--date-format auto|YYYY-MM-DD|DD.MM.YYYY|MM/DD/YYYY] [--create-customers] [--tag TAG]</source>
        <translation>Utilisation&#xa0;: clientele-cli import customers|purchases|interactions FILE [--mapping auto|MAP.json] [--on-duplicate skip|update|merge] [--rejects FILE] [--dry-run] [--json] [--encoding auto|utf-8|utf-16|windows-1252] [--delimiter auto|,|;|tab|&apos;|&apos;] [--date-format auto|YYYY-MM-DD|DD.MM.YYYY|MM/DD/YYYY] [--create-customers] [--tag TAG]</translation>
    </message>
    <message>
        <source>“import” needs what to import and a file name.</source>
        <translation>«&#xa0;import&#xa0;» attend ce qu&apos;il faut importer et un nom de fichier.</translation>
    </message>
    <message>
        <source>“import” can import customers, purchases or interactions, not “%1”.</source>
        <translation>«&#xa0;import&#xa0;» peut importer customers, purchases ou interactions, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, update or merge.</source>
        <translation>--on-duplicate doit être skip, update ou merge.</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8, utf-16, utf-16be, windows-1252 or latin1.</source>
        <translation>--encoding doit être auto, utf-8, utf-16, utf-16be, windows-1252 ou latin1.</translation>
    </message>
    <message>
        <source>--delimiter must be auto, “,”, “;”, tab or “|”.</source>
        <translation>--delimiter doit être auto, «&#xa0;,&#xa0;», «&#xa0;;&#xa0;», tab ou «&#xa0;|&#xa0;».</translation>
    </message>
    <message>
        <source>--date-format must be auto, YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or MM/DD/YYYY.</source>
        <translation>--date-format doit être auto, YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY ou MM/DD/YYYY.</translation>
    </message>
    <message>
        <source>The mapping “%1” is for %2, not %3.</source>
        <translation>La correspondance des colonnes «&#xa0;%1&#xa0;» est prévue pour %2, pas pour %3.</translation>
    </message>
    <message>
        <source>Dry run of “%1”, nothing was kept: %2 rows read, %3 new, %4 updated, %5 merged, %6 duplicates skipped, %7 rejected.</source>
        <translation>Essai à blanc de «&#xa0;%1&#xa0;», rien n&apos;a été conservé&#xa0;: %2 lignes lues, %3 nouvelles, %4 mises à jour, %5 fusionnées, %6 doublons ignorés, %7 rejetées.</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 rows read, %3 new, %4 updated, %5 merged, %6 duplicates skipped, %7 rejected.</source>
        <translation>«&#xa0;%1&#xa0;» importé&#xa0;: %2 lignes lues, %3 nouvelles, %4 mises à jour, %5 fusionnées, %6 doublons ignorés, %7 rejetées.</translation>
    </message>
    <message>
        <source>%1 customers were added for rows whose customer was not known yet.</source>
        <translation>%1 clients ont été ajoutés pour des lignes dont le client n&apos;était pas encore connu.</translation>
    </message>
    <message>
        <source>The rejected rows, with their line and the reason, are in “%1”.</source>
        <translation>Les lignes rejetées, avec leur numéro de ligne et la raison, sont dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This is import number %1; it can be undone.</source>
        <translation>C&apos;est l&apos;importation numéro %1&#xa0;; elle peut être annulée.</translation>
    </message>
    <message>
        <source>Usage: clientele-cli export customers|purchases|interactions FILE [--segment NAME] [--as-of DATE] [--excel] [--delimiter ,|;|tab|&apos;|&apos;]</source>
        <translation>Utilisation&#xa0;: clientele-cli export customers|purchases|interactions FILE [--segment NAME] [--as-of DATE] [--excel] [--delimiter ,|;|tab|&apos;|&apos;]</translation>
    </message>
    <message>
        <source>“export” needs what to export and a file name.</source>
        <translation>«&#xa0;export&#xa0;» attend ce qu&apos;il faut exporter et un nom de fichier.</translation>
    </message>
    <message>
        <source>--delimiter must be “,”, “;”, tab or “|”.</source>
        <translation>--delimiter doit être «&#xa0;,&#xa0;», «&#xa0;;&#xa0;», tab ou «&#xa0;|&#xa0;».</translation>
    </message>
    <message>
        <source>Wrote %1 rows to “%2”.</source>
        <translation>%1 lignes écrites dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“export” can export customers, purchases or interactions, not “%1”.</source>
        <translation>«&#xa0;export&#xa0;» peut exporter des clients, des achats ou des contacts, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2026-03-31.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date comme 2026-03-31.</translation>
    </message>
    <message>
        <source>There is no segment called “%1”.</source>
        <translation>Il n&apos;existe pas de segment nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>clientele::ImportWizard</name>
    <message>
        <source>Import customers, purchases or visits</source>
        <translation>Importer des clients, des achats ou des visites</translation>
    </message>
    <message>
        <source>Clientele cannot prepare “%1” for the import: %2.</source>
        <translation>Clientele ne peut pas préparer «&#xa0;%1&#xa0;» pour l&apos;importation&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>clientele::Importer</name>
    <message>
        <source>The import was undone because the database reported a problem: %1</source>
        <translation>L&apos;importation a été annulée, car la base de données a signalé un problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clientele cannot read “%1”: %2.</source>
        <translation>Clientele ne peut pas lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>Choose the columns with a mapping file (--mapping), or rename the columns in the file&apos;s first line.</source>
        <translation>Choisissez les colonnes avec un fichier de correspondance (--mapping), ou renommez les colonnes dans la première ligne du fichier.</translation>
    </message>
    <message>
        <source>“%1” has no column “%2” (for %3).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de colonne «&#xa0;%2&#xa0;» (pour %3).</translation>
    </message>
    <message>
        <source>Clientele found no column for names, email addresses, phone numbers or customer IDs in “%1”. %2</source>
        <translation>Clientele n&apos;a trouvé dans «&#xa0;%1&#xa0;» aucune colonne pour les noms, les adresses e-mail, les numéros de téléphone ou les identifiants de clients. %2</translation>
    </message>
    <message>
        <source>Clientele found no column that says who the customer is (email address or customer ID) in “%1”. %2</source>
        <translation>Clientele n&apos;a trouvé dans «&#xa0;%1&#xa0;» aucune colonne qui indique qui est le client (adresse e-mail ou identifiant du client). %2</translation>
    </message>
    <message>
        <source>Clientele found no date column in “%1”. %2</source>
        <translation>Clientele n&apos;a trouvé aucune colonne de date dans «&#xa0;%1&#xa0;». %2</translation>
    </message>
    <message>
        <source>Clientele found no amount column (or quantity and unit price) in “%1”. %2</source>
        <translation>Clientele n&apos;a trouvé dans «&#xa0;%1&#xa0;» aucune colonne de montant (ni de quantité et de prix unitaire). %2</translation>
    </message>
    <message>
        <source>Clientele found no column that says what kind of contact each row is in “%1”. %2</source>
        <translation>Clientele n&apos;a trouvé dans «&#xa0;%1&#xa0;» aucune colonne qui indique le type d&apos;échange de chaque ligne. %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Clientele cannot write the rejected rows to “%1”: %2.</source>
        <translation>Clientele ne peut pas écrire les lignes rejetées dans «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>this row has %1 values but the first line has %2 columns; a value may contain the delimiter without quotes</source>
        <translation>cette ligne a %1 valeurs, mais la première ligne a %2 colonnes&#xa0;; une valeur contient peut-être le séparateur sans guillemets</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not an email address</source>
        <translation>«&#xa0;%1&#xa0;» dans la colonne «&#xa0;%2&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not one of walk-in, online, referral, imported</source>
        <translation>«&#xa0;%1&#xa0;» dans la colonne «&#xa0;%2&#xa0;» ne fait pas partie des valeurs walk-in, online, referral, imported</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is neither yes nor no</source>
        <translation>«&#xa0;%1&#xa0;» dans la colonne «&#xa0;%2&#xa0;» n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a date like %3</source>
        <translation>«&#xa0;%1&#xa0;» dans la colonne «&#xa0;%2&#xa0;» n&apos;est pas une date au format %3</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a customer number</source>
        <translation>«&#xa0;%1&#xa0;» dans la colonne «&#xa0;%2&#xa0;» n&apos;est pas un numéro de client</translation>
    </message>
    <message>
        <source>the row has no name, email address, phone number or customer ID</source>
        <translation>la ligne n&apos;a ni nom, ni adresse e-mail, ni numéro de téléphone, ni identifiant de client</translation>
    </message>
    <message numerus="yes">
        <source>no customer: %1 empty</source>
        <translation>
            <numerusform>aucun client&#xa0;: la colonne %1 est vide</numerusform>
            <numerusform>aucun client&#xa0;: les colonnes %1 sont vides</numerusform>
        </translation>
    </message>
    <message>
        <source>column “%1” (the date) is empty</source>
        <translation>la colonne «&#xa0;%1&#xa0;» (la date) est vide</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not an amount</source>
        <translation>«&#xa0;%1&#xa0;» dans la colonne «&#xa0;%2&#xa0;» n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a quantity</source>
        <translation>«&#xa0;%1&#xa0;» dans la colonne «&#xa0;%2&#xa0;» n&apos;est pas une quantité</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a price</source>
        <translation>«&#xa0;%1&#xa0;» dans la colonne «&#xa0;%2&#xa0;» n&apos;est pas un prix</translation>
    </message>
    <message>
        <source>the amount of %1 × %2 is too large</source>
        <translation>le montant %1 × %2 est trop élevé</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not one of visit, email_open, email_click, cart_abandoned, support_ticket, note</source>
        <translation>«&#xa0;%1&#xa0;» dans la colonne «&#xa0;%2&#xa0;» ne fait pas partie des valeurs visit, email_open, email_click, cart_abandoned, support_ticket, note</translation>
    </message>
    <message>
        <source>no customer “%1” in Clientele (choose “create customers” to add them)</source>
        <translation>aucun client «&#xa0;%1&#xa0;» dans Clientele (choisissez «&#xa0;créer les clients&#xa0;» pour les ajouter)</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported, the customer file is as it was.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été importé, le fichier des clients n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1”: %2 Nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>There is no import number %1.</source>
        <translation>Il n&apos;existe pas d&apos;importation numéro %1.</translation>
    </message>
    <message>
        <source>Import number %1 was already undone.</source>
        <translation>L&apos;importation numéro %1 a déjà été annulée.</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>L&apos;importation n&apos;a pas pu être annulée&#xa0;: %1</translation>
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
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>The file with this shop&apos;s data</source>
        <translation>Le fichier qui contient les données de cette boutique</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Try the &amp;demo shop…</source>
        <translation>Essayer la boutique de &amp;démonstration…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer à partir d&apos;une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segments</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Clientele</source>
        <translation>À &amp;propos de Clientele</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Boutique de démonstration</translation>
    </message>
    <message>
        <source>The demo shop needs an empty file, and this one already has customers.

To look at the demo shop, start Clientele with a new file:
clientele --db demo.sqlite</source>
        <translation>La boutique de démonstration a besoin d&apos;un fichier vide, et celui-ci contient déjà des clients.

Pour voir la boutique de démonstration, lancez Clientele avec un nouveau fichier&#xa0;:
clientele --db demo.sqlite</translation>
    </message>
    <message>
        <source>Making the demo shop…</source>
        <translation>Création de la boutique de démonstration…</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Enregistrer la sauvegarde sous</translation>
    </message>
    <message>
        <source>Clientele files (*.sqlite);;All files (*)</source>
        <translation>Fichiers Clientele (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Écriture de la sauvegarde…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegarde enregistrée dans %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>Replace all data in this shop with the backup from %1?</source>
        <translation>Remplacer toutes les données de cette boutique par la sauvegarde du %1&#xa0;?</translation>
    </message>
    <message>
        <source>Customers, purchases and segments added since that backup will be gone from this file. A copy of today&apos;s data is kept next to it, so you can go back.</source>
        <translation>Les clients, achats et groupes ajoutés depuis cette sauvegarde disparaîtront de ce fichier. Une copie des données d&apos;aujourd&apos;hui est conservée à côté, pour que vous puissiez revenir en arrière.</translation>
    </message>
    <message>
        <source>Replace with the backup</source>
        <translation>Remplacer par la sauvegarde</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source>Restored. The data from before is kept in %1</source>
        <translation>Restauration terminée. Les données d&apos;avant sont conservées dans %1</translation>
    </message>
    <message>
        <source>Checking the file for damage…</source>
        <translation>Vérification de l’état du fichier…</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>Le fichier est endommagé</translation>
    </message>
    <message>
        <source>Clientele found damage in “%1” (%2).

Make no more changes, and restore the last backup with File → Restore from a backup.</source>
        <translation>Clientele a trouvé des dommages dans « %1 » (%2).

Ne faites plus de modifications et restaurez la dernière sauvegarde avec Fichier → Restaurer à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>É&amp;tiquettes…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Export all customers…</source>
        <translation>&amp;Exporter tous les clients…</translation>
    </message>
    <message>
        <source>customers-selection</source>
        <translation>clients-selection</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Exporter les clients</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>&amp;Import customers, purchases or visits…</source>
        <translation>&amp;Importer des clients, des achats ou des visites…</translation>
    </message>
    <message>
        <source>&amp;Getting started…</source>
        <translation>P&amp;remiers pas…</translation>
    </message>
    <message>
        <source>Export all &amp;purchases…</source>
        <translation>Exporter tous les a&amp;chats…</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>achats</translation>
    </message>
    <message>
        <source>Export purchases</source>
        <translation>Exporter les achats</translation>
    </message>
    <message>
        <source>Export their data</source>
        <translation>Exporter ses données</translation>
    </message>
    <message>
        <source>-purchases</source>
        <translation>-achats</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: %1</source>
        <translation>La sauvegarde automatique n’a pas pu être faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Chercher les doublons…</translation>
    </message>
    <message>
        <source>Export all &amp;visits and contacts…</source>
        <translation>Exporter toutes les &amp;visites et contacts…</translation>
    </message>
    <message>
        <source>Export visits and other contacts</source>
        <translation>Exporter les visites et autres contacts</translation>
    </message>
    <message>
        <source>visits-and-contacts</source>
        <translation>visites-et-contacts</translation>
    </message>
    <message>
        <source>-visits-and-contacts</source>
        <translation>-visites-et-contacts</translation>
    </message>
    <message>
        <source>Exported to %1, %2 and %3</source>
        <translation>Exporté vers %1, %2 et %3</translation>
    </message>
    <message>
        <source>Filling in the past of your segments…</source>
        <translation>Reconstitution de l’historique de vos segments…</translation>
    </message>
    <message>
        <source>The demo shop is ready, but its segment history could not be saved.</source>
        <translation>La boutique de démonstration est prête, mais l’historique de ses segments n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>customer-list</source>
        <translation>liste-clients</translation>
    </message>
    <message>
        <source>Export this list</source>
        <translation>Exporter cette liste</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2</source>
        <translation>%1 clients exportés vers %2</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, séparé par des virgules (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated, as Excel expects in many countries (*.csv)</source>
        <translation>CSV, séparé par des points-virgules, comme Excel l’attend dans de nombreux pays (*.csv)</translation>
    </message>
    <message>
        <source>Tab-separated text (*.tsv *.txt)</source>
        <translation>Texte séparé par des tabulations (*.tsv *.txt)</translation>
    </message>
</context>
<context>
    <name>clientele::MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <source>Every program names its columns differently, so say for each column where it goes in Clientele; Clientele has guessed from the column names.</source>
        <translation>Chaque logiciel nomme ses colonnes à sa façon&#xa0;: indiquez pour chaque colonne où elle va dans Clientele. Clientele a fait une proposition d&apos;après les noms des colonnes.</translation>
    </message>
    <message>
        <source>&amp;Save this matching…</source>
        <translation>&amp;Enregistrer cette correspondance…</translation>
    </message>
    <message>
        <source>Sa&amp;ved matchings:</source>
        <translation>C&amp;orrespondances enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Va dans</translation>
    </message>
    <message>
        <source>Where column %1 goes</source>
        <translation>Destination de la colonne %1</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Laisser de côté</translation>
    </message>
    <message>
        <source>Two columns go into “%1”. Choose one of them, and “Leave out” for the other.</source>
        <translation>Deux colonnes vont dans «&#xa0;%1&#xa0;». Choisissez l&apos;une d&apos;elles, et «&#xa0;Laisser de côté&#xa0;» pour l&apos;autre.</translation>
    </message>
    <message>
        <source>Choose at least one column with names, email addresses, phone numbers or customer IDs: without one, Clientele cannot tell the customers apart.</source>
        <translation>Choisissez au moins une colonne avec des noms, des adresses e-mail, des numéros de téléphone ou des identifiants de clients&#xa0;: sans elle, Clientele ne peut pas distinguer les clients.</translation>
    </message>
    <message>
        <source>Choose the column that says who the customer is: their email address, their customer ID in the other program, or their Clientele customer number.</source>
        <translation>Choisissez la colonne qui indique qui est le client&#xa0;: son adresse e-mail, son identifiant dans l&apos;autre logiciel ou son numéro de client Clientele.</translation>
    </message>
    <message>
        <source>Choose the column with the date.</source>
        <translation>Choisissez la colonne qui contient la date.</translation>
    </message>
    <message>
        <source>Choose the column with the amount (or both quantity and unit price).</source>
        <translation>Choisissez la colonne qui contient le montant (ou à la fois la quantité et le prix unitaire).</translation>
    </message>
    <message>
        <source>Choose the column that says whether it was a visit or an email.</source>
        <translation>Choisissez la colonne qui indique s&apos;il s&apos;agit d&apos;une visite ou d&apos;un e-mail.</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Aucune enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Choose one…</source>
        <translation>Choisissez-en une…</translation>
    </message>
    <message>
        <source>Saved matching</source>
        <translation>Correspondance enregistrée</translation>
    </message>
    <message>
        <source>“%1” was saved for another kind of file. Go back to the first page to change what the file holds, or choose another matching.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistrée pour un autre type de fichier. Revenez à la première page pour changer ce que contient le fichier, ou choisissez une autre correspondance.</translation>
    </message>
    <message>
        <source>Save this matching</source>
        <translation>Enregistrer cette correspondance</translation>
    </message>
    <message>
        <source>Name it after the program the file came from, e.g. “Shopify customers”:</source>
        <translation>Nommez-la d&apos;après le logiciel d&apos;où vient le fichier, par exemple «&#xa0;Clients Shopify&#xa0;»&#xa0;:</translation>
    </message>
</context>
<context>
    <name>clientele::MappingProfiles</name>
    <message>
        <source>Clientele cannot make the folder “%1”.</source>
        <translation>Clientele ne peut pas créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>clientele::MergeCustomersCommand</name>
    <message>
        <source>merge two records of %1</source>
        <translation>la fusion de deux fiches de %1</translation>
    </message>
</context>
<context>
    <name>clientele::MergeTagsCommand</name>
    <message>
        <source>merge tag %1 into %2</source>
        <translation>la fusion de l&apos;étiquette %1 dans %2</translation>
    </message>
</context>
<context>
    <name>clientele::NextStepsPanel</name>
    <message>
        <source>What to do next</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source>No plan yet: what would you like to do for them?</source>
        <translation>Pas encore de plan&#xa0;: que souhaitez-vous faire pour eux&#xa0;?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>Modifier le plan…</translation>
    </message>
    <message>
        <source>Make a few segments first: each gets a short plan here.</source>
        <translation>Créez d&apos;abord quelques segments&#xa0;: chacun aura ici un petit plan.</translation>
    </message>
    <message>
        <source>Your plan for “%1”:</source>
        <translation>Votre plan pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
</context>
<context>
    <name>clientele::OnboardingWizard</name>
    <message>
        <source>Getting started with Clientele</source>
        <translation>Premiers pas avec Clientele</translation>
    </message>
    <message>
        <source>Welcome to Clientele</source>
        <translation>Bienvenue dans Clientele</translation>
    </message>
    <message>
        <source>A few questions so Clientele fits your shop from the first day.</source>
        <translation>Quelques questions pour que Clientele s&apos;adapte à votre boutique dès le premier jour.</translation>
    </message>
    <message>
        <source>Clientele keeps your customers and what they bought in one place. It sorts them into groups, such as your regulars or the people you have not seen for a while, so you know whom to thank and whom to win back. It prints lists and exports addresses for your offers and letters.</source>
        <translation>Clientele réunit vos clients et leurs achats en un seul endroit. Il les classe en groupes, comme vos habitués ou les personnes que vous n&apos;avez pas vues depuis un moment, pour que vous sachiez qui remercier et qui faire revenir. Il imprime des listes et exporte des adresses pour vos offres et vos courriers.</translation>
    </message>
    <message>
        <source>Your data stays on this computer: nothing is sent anywhere.</source>
        <translation>Vos données restent sur cet ordinateur&#xa0;: rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Votre commerce</translation>
    </message>
    <message>
        <source>Knowing your kind of business lets Clientele suggest groups that make sense for you.</source>
        <translation>En connaissant votre type de commerce, Clientele peut vous proposer des groupes qui ont du sens pour vous.</translation>
    </message>
    <message>
        <source>Café or restaurant</source>
        <translation>Café ou restaurant</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Commerce de détail</translation>
    </message>
    <message>
        <source>Salon or services</source>
        <translation>Salon ou services</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>Boutique en ligne</translation>
    </message>
    <message>
        <source>Crypto ATM or kiosk</source>
        <translation>Distributeur de cryptomonnaies ou kiosque</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Services financiers</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>For example: Café Lumière</source>
        <translation>Par exemple&#xa0;: Café Lumière</translation>
    </message>
    <message>
        <source>&amp;Kind of business:</source>
        <translation>Type de &amp;commerce&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>P&amp;ays&#xa0;:</translation>
    </message>
    <message>
        <source>The country is used to read phone numbers written without a country code.</source>
        <translation>Le pays sert à lire les numéros de téléphone écrits sans indicatif de pays.</translation>
    </message>
    <message>
        <source>Your customers</source>
        <translation>Vos clients</translation>
    </message>
    <message>
        <source>Clientele works best with your customers in it, so choose how to begin.</source>
        <translation>Clientele fonctionne mieux avec vos clients dedans&#xa0;: choisissez comment commencer.</translation>
    </message>
    <message>
        <source>&amp;Try the demo shop: a café with 2,000 made-up customers to look around</source>
        <translation>&amp;Essayer la boutique de démonstration&#xa0;: un café avec 2&#xa0;000 clients inventés pour découvrir</translation>
    </message>
    <message>
        <source>&amp;Import a file now (a CSV list from your till, web shop or spreadsheet)</source>
        <translation>&amp;Importer un fichier maintenant (une liste CSV de votre caisse, de votre boutique en ligne ou d&apos;un tableur)</translation>
    </message>
    <message>
        <source>&amp;Start empty and add customers as they come</source>
        <translation>&amp;Commencer à vide et ajouter les clients au fur et à mesure</translation>
    </message>
    <message>
        <source>The demo shop needs an empty file, and this one already has customers.</source>
        <translation>La boutique de démonstration a besoin d&apos;un fichier vide, et celui-ci contient déjà des clients.</translation>
    </message>
    <message>
        <source>The demo shop or the import starts after you click Finish.</source>
        <translation>La boutique de démonstration ou l&apos;importation démarre lorsque vous cliquez sur «&#xa0;Terminer&#xa0;».</translation>
    </message>
    <message>
        <source>Your groups</source>
        <translation>Vos groupes</translation>
    </message>
    <message>
        <source>Groups show at a glance who your regulars are and who is drifting away, so a few questions set where each group begins.</source>
        <translation>Les groupes montrent d&apos;un coup d&apos;œil qui sont vos habitués et qui s&apos;éloigne&#xa0;; quelques questions fixent où commence chaque groupe.</translation>
    </message>
    <message>
        <source>Proposed groups</source>
        <translation>Groupes proposés</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Who is in it</source>
        <translation>Qui en fait partie</translation>
    </message>
    <message>
        <source>Customers now</source>
        <translation>Clients actuels</translation>
    </message>
    <message>
        <source>Untick a group you do not want, or double-click its name to rename it; you can change them all later on the Segments page.</source>
        <translation>Décochez un groupe dont vous ne voulez pas, ou double-cliquez sur son nom pour le renommer&#xa0;; vous pourrez tous les modifier plus tard dans la page «&#xa0;Segments&#xa0;».</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>A copy in another place saves your customer list when a computer breaks or is lost.</source>
        <translation>Une copie à un autre endroit sauve votre liste de clients quand un ordinateur tombe en panne ou se perd.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Dossier des sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Click Finish to save your answers; here is what to do next.</source>
        <translation>Cliquez sur «&#xa0;Terminer&#xa0;» pour enregistrer vos réponses&#xa0;; voici la suite.</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;Bring your customers in: File &gt; Import, or add them one by one with Ctrl+N.&lt;/li&gt;&lt;li&gt;Look at your groups on the Segments page and rename or adjust them.&lt;/li&gt;&lt;li&gt;Check the Dashboard each week to see who needs a call or an offer.&lt;/li&gt;&lt;li&gt;Back up regularly with File &gt; Back up.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;Faites entrer vos clients&#xa0;: Fichier &gt; Importer des clients, des achats ou des visites, ou ajoutez-les un par un avec Ctrl+N.&lt;/li&gt;&lt;li&gt;Regardez vos groupes dans la page «&#xa0;Segments&#xa0;» et renommez-les ou ajustez-les.&lt;/li&gt;&lt;li&gt;Consultez le tableau de bord chaque semaine pour voir qui a besoin d&apos;un appel ou d&apos;une offre.&lt;/li&gt;&lt;li&gt;Sauvegardez régulièrement avec Fichier &gt; Sauvegarder.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>You can open these questions again any time from Help &gt; Getting started.</source>
        <translation>Vous pouvez rouvrir ces questions à tout moment avec Aide &gt; Premiers pas.</translation>
    </message>
    <message>
        <source>cannot be counted</source>
        <translation>ne peut pas être compté</translation>
    </message>
    <message>
        <source>The groups could not be added.</source>
        <translation>Les groupes n&apos;ont pas pu être ajoutés.</translation>
    </message>
    <message>
        <source>Automatic backups:</source>
        <translation>Sauvegardes automatiques&#xa0;:</translation>
    </message>
    <message>
        <source>A folder on a USB stick or a synced cloud folder is the safest choice. Clientele puts a copy there by itself, as often as you choose, and keeps the last ten; File &gt; Back up adds one whenever you like.</source>
        <translation>Un dossier sur une clé USB ou un dossier synchronisé dans le cloud est le choix le plus sûr. Clientele y dépose une copie de lui-même, aussi souvent que vous le souhaitez, et garde les dix dernières&#xa0;; Fichier &gt; Sauvegarder en ajoute une quand vous voulez.</translation>
    </message>
    <message>
        <source>The demo shop or the import starts when you click Next; then the wizard goes on, so the groups are counted on your customers.</source>
        <translation>La boutique de démonstration ou l’importation démarre lorsque vous cliquez sur «&#xa0;Suivant&#xa0;»&#xa0;; l’assistant reprend ensuite, et les groupes sont comptés sur vos clients.</translation>
    </message>
    <message>
        <source>Nothing was brought in. Try again, or choose another way to begin.</source>
        <translation>Rien n’a été ajouté. Réessayez, ou choisissez une autre façon de commencer.</translation>
    </message>
    <message>
        <source>Your customers are in. Click Next to group them.</source>
        <translation>Vos clients sont là. Cliquez sur «&#xa0;Suivant&#xa0;» pour les regrouper.</translation>
    </message>
    <message>
        <source>Shop na&amp;me:</source>
        <translation>&amp;Nom de la boutique&#xa0;:</translation>
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
        <translation>Choisir comment importer</translation>
    </message>
    <message>
        <source>A few things cannot be seen from the columns alone, so check how dates are read and what happens to customers you already have.</source>
        <translation>Certaines choses ne se voient pas dans les colonnes seules&#xa0;: vérifiez comment les dates sont lues et ce qui arrive aux clients que vous avez déjà.</translation>
    </message>
    <message>
        <source>Dates and amounts</source>
        <translation>Dates et montants</translation>
    </message>
    <message>
        <source>Day first (31.12.2025 or 31/12/2025)</source>
        <translation>Jour d&apos;abord (31.12.2025 ou 31/12/2025)</translation>
    </message>
    <message>
        <source>Month first (12/31/2025)</source>
        <translation>Mois d&apos;abord (12/31/2025)</translation>
    </message>
    <message>
        <source>Year first (2025-12-31)</source>
        <translation>Année d&apos;abord (2025-12-31)</translation>
    </message>
    <message>
        <source>Amounts use a decimal comma (12,50 rather than 12.50)</source>
        <translation>Les montants utilisent une virgule décimale (12,50 plutôt que 12.50)</translation>
    </message>
    <message>
        <source>&amp;Dates are written:</source>
        <translation>Les &amp;dates sont écrites&#xa0;:</translation>
    </message>
    <message>
        <source>Customers you already have</source>
        <translation>Clients que vous avez déjà</translation>
    </message>
    <message>
        <source>A row is about a customer you already have when its email address, phone number or customer ID matches (capitals and spaces do not count).</source>
        <translation>Une ligne concerne un client que vous avez déjà quand son adresse e-mail, son numéro de téléphone ou son identifiant correspond (les majuscules et les espaces ne comptent pas).</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>Les &amp;ignorer</translation>
    </message>
    <message>
        <source>&amp;Update them</source>
        <translation>Les &amp;mettre à jour</translation>
    </message>
    <message>
        <source>&amp;Fill in the gaps</source>
        <translation>&amp;Compléter ce qui manque</translation>
    </message>
    <message>
        <source>The customer stays as it is; the row is counted as skipped.</source>
        <translation>Le client reste tel quel&#xa0;; la ligne est comptée comme ignorée.</translation>
    </message>
    <message>
        <source>Values from the file replace what you have; an empty cell never erases anything.</source>
        <translation>Les valeurs du fichier remplacent les vôtres&#xa0;; une cellule vide n&apos;efface jamais rien.</translation>
    </message>
    <message>
        <source>Only what is missing is filled in from the file; what you have stays.</source>
        <translation>Seul ce qui manque est complété à partir du fichier&#xa0;; ce que vous avez reste.</translation>
    </message>
    <message>
        <source>Everyone imported</source>
        <translation>Tous les clients importés</translation>
    </message>
    <message>
        <source>e.g. Old till, Newsletter 2025 (separated by commas)</source>
        <translation>par ex. Ancienne caisse, Newsletter 2025 (séparées par des virgules)</translation>
    </message>
    <message>
        <source>Add customers Clientele does not know yet (otherwise their rows are left out and listed)</source>
        <translation>Créer les clients que Clientele ne connaît pas encore (sinon leurs lignes sont écartées et listées)</translation>
    </message>
    <message>
        <source>&amp;Tags to add:</source>
        <translation>Étiquettes à &amp;ajouter&#xa0;:</translation>
    </message>
    <message>
        <source>The columns chosen hold no dates.</source>
        <translation>Les colonnes choisies ne contiennent pas de dates.</translation>
    </message>
    <message>
        <source>“%1” will be read as %2.</source>
        <translation>«&#xa0;%1&#xa0;» sera lu comme le %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date written this way.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date écrite de cette façon.</translation>
    </message>
    <message>
        <source>%1 of the first %2 dates cannot be read this way; their rows would be left out.</source>
        <translation>%1 des %2 premières dates ne peuvent pas être lues de cette façon&#xa0;; leurs lignes seraient écartées.</translation>
    </message>
</context>
<context>
    <name>clientele::PreviewPage</name>
    <message>
        <source>UTF-8 (most programs today)</source>
        <translation>UTF-8 (la plupart des logiciels actuels)</translation>
    </message>
    <message>
        <source>UTF-16, little-endian</source>
        <translation>UTF-16, petit-boutiste</translation>
    </message>
    <message>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16, gros-boutiste</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel on Windows, Western Europe)</source>
        <translation>Windows-1252 (Excel sous Windows, Europe de l&apos;Ouest)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule (&#xa0;;&#xa0;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>%1 — detected</source>
        <translation>%1 — détecté</translation>
    </message>
    <message>
        <source>Check that the file reads right</source>
        <translation>Vérifier que le fichier est bien lu</translation>
    </message>
    <message>
        <source>Files are saved in different ways, so look at the first rows: if accents look wrong or everything sits in one column, change the settings below until the table looks right.</source>
        <translation>Les fichiers sont enregistrés de différentes façons&#xa0;: regardez les premières lignes. Si les accents s&apos;affichent mal ou si tout se trouve dans une seule colonne, modifiez les réglages ci-dessous jusqu&apos;à ce que le tableau soit correct.</translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation>La première ligne contient les noms des colonnes</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>Ligne du fichier</translation>
    </message>
    <message>
        <source>&amp;Characters (encoding):</source>
        <translation>&amp;Caractères (encodage)&#xa0;:</translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation>Colonnes séparées par&#xa0;:</translation>
    </message>
    <message>
        <source>The file has column names but no rows.</source>
        <translation>Le fichier a des noms de colonnes, mais aucune ligne.</translation>
    </message>
    <message>
        <source>The table shows the start of the file as Clientele will read it; the numbers on the left are its line numbers.</source>
        <translation>Le tableau montre le début du fichier tel que Clientele le lira&#xa0;; les nombres à gauche sont ses numéros de ligne.</translation>
    </message>
</context>
<context>
    <name>clientele::PurchaseDialog</name>
    <message>
        <source>Add a purchase</source>
        <translation>Ajouter un achat</translation>
    </message>
    <message>
        <source>No location</source>
        <translation>Aucun point de vente</translation>
    </message>
    <message>
        <source>For example: Coffee, Gifts</source>
        <translation>Par exemple&#xa0;: Café, Cadeaux</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Montant (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Point de vente&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Add purchase</source>
        <translation>Ajouter l&apos;achat</translation>
    </message>
    <message>
        <source>Type the amount as a number, for example %1.</source>
        <translation>Saisissez le montant sous forme de nombre, par exemple %1.</translation>
    </message>
</context>
<context>
    <name>clientele::RenameTagCommand</name>
    <message>
        <source>rename tag %1 to %2</source>
        <translation>le renommage de l&apos;étiquette %1 en %2</translation>
    </message>
</context>
<context>
    <name>clientele::ReorderSegmentsCommand</name>
    <message>
        <source>change the order of segments</source>
        <translation>le changement d&apos;ordre des segments</translation>
    </message>
</context>
<context>
    <name>clientele::ReportCommand</name>
    <message>
        <source>Use: clientele-cli report (--segment NAME | --all) --pdf FILE [--as-of DATE] [--call-list]</source>
        <translation>Utilisation&#xa0;: clientele-cli report (--segment NAME | --all) --pdf FILE [--as-of DATE] [--call-list]</translation>
    </message>
    <message>
        <source>“report” takes its file with --pdf FILE.</source>
        <translation>«&#xa0;report&#xa0;» attend son fichier avec --pdf FILE.</translation>
    </message>
    <message>
        <source>Say what to report on with exactly one of --segment NAME or --all.</source>
        <translation>Indiquez sur quoi porte le rapport avec exactement une des options --segment NAME ou --all.</translation>
    </message>
    <message>
        <source>Say where to write the report with --pdf FILE.</source>
        <translation>Indiquez avec --pdf FILE où écrire le rapport.</translation>
    </message>
    <message>
        <source>A call list is for one segment: use --segment NAME with --call-list.</source>
        <translation>Une liste d&apos;appels porte sur un seul segment&#xa0;: utilisez --segment NAME avec --call-list.</translation>
    </message>
    <message>
        <source>--as-of must be a date like 2026-03-31.</source>
        <translation>--as-of doit être une date comme 2026-03-31.</translation>
    </message>
    <message>
        <source>--sort must be value or last-purchase.</source>
        <translation>--sort doit être value ou last-purchase.</translation>
    </message>
    <message>
        <source>Wrote “%1” to “%2” in %3 s. Pages: %4. Rows: %5.</source>
        <translation>«&#xa0;%1&#xa0;» écrit dans «&#xa0;%2&#xa0;» en %3&#xa0;s. Pages&#xa0;: %4. Lignes&#xa0;: %5.</translation>
    </message>
    <message>
        <source>--with-segments adds a page per segment to the overview: use it with --all.</source>
        <translation>--with-segments ajoute une page par segment à la vue d’ensemble&#xa0;: à utiliser avec --all.</translation>
    </message>
</context>
<context>
    <name>clientele::ReportPreview</name>
    <message>
        <source>The report could not be prepared.</source>
        <translation>Le rapport n&apos;a pas pu être préparé.</translation>
    </message>
    <message>
        <source>Preparing the overview of all segments…</source>
        <translation>Préparation de la vue d&apos;ensemble de tous les segments…</translation>
    </message>
    <message>
        <source>Preparing the call list for “%1”…</source>
        <translation>Préparation de la liste d&apos;appels pour «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Preparing the report on “%1”…</source>
        <translation>Préparation du rapport sur «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Préparation des pages…</translation>
    </message>
    <message>
        <source>Show what is ready</source>
        <translation>Afficher ce qui est prêt</translation>
    </message>
</context>
<context>
    <name>clientele::ReportRenderer</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
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
        <translation>Imprimé le %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Segment report as of %1</source>
        <translation>Rapport de segment au %1</translation>
    </message>
    <message>
        <source>Who is in it</source>
        <translation>Qui en fait partie</translation>
    </message>
    <message>
        <source>Everyone who is in none of the other segments.</source>
        <translation>Tous les clients qui ne sont dans aucun des autres segments.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>of %1 customers</source>
        <translation>sur %1 clients</translation>
    </message>
    <message>
        <source>%1 in 30 days</source>
        <translation>%1 en 30 jours</translation>
    </message>
    <message>
        <source>%1 in 90 days</source>
        <translation>%1 en 90 jours</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Part des clients</translation>
    </message>
    <message>
        <source>Revenue, last 365 days</source>
        <translation>Chiffre d&apos;affaires, 365 derniers jours</translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation>%1 achats</translation>
    </message>
    <message>
        <source>Share of all revenue</source>
        <translation>Part du chiffre d&apos;affaires total</translation>
    </message>
    <message>
        <source>of %1 in the last 365 days</source>
        <translation>sur %1 au cours des 365 derniers jours</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>over the last 365 days</source>
        <translation>sur les 365 derniers jours</translation>
    </message>
    <message>
        <source>Purchases per member</source>
        <translation>Achats par membre</translation>
    </message>
    <message>
        <source>in the last 365 days</source>
        <translation>au cours des 365 derniers jours</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Members (%1), by total spent</source>
        <translation>Membres (%1), par total dépensé</translation>
    </message>
    <message>
        <source>No customers are in this segment as of %1.</source>
        <translation>Aucun client n&apos;est dans ce segment au %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total dépensé</translation>
    </message>
    <message>
        <source>Segments overview</source>
        <translation>Vue d&apos;ensemble des segments</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>%1 customers in %2 segments; revenue in the last 365 days: %3. Every customer is counted in the first segment that matches, so the parts add up to the whole.</source>
        <translation>%1 clients dans %2 segments&#xa0;; chiffre d&apos;affaires des 365 derniers jours&#xa0;: %3. Chaque client est compté dans le premier segment qui lui correspond, donc les parties font bien le total.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Revenue, 365 days</source>
        <translation>Chiffre d&apos;affaires, 365 jours</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Part du chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Where customers and revenue are</source>
        <translation>Où sont les clients et le chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>%1: %2 of customers, %3 of revenue</source>
        <translation>%1&#xa0;: %2 des clients, %3 du chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>by total spent</source>
        <translation>par total dépensé</translation>
    </message>
    <message>
        <source>longest since the last purchase first</source>
        <translation>ceux qui n&apos;ont pas acheté depuis le plus longtemps d&apos;abord</translation>
    </message>
    <message>
        <source>Call list: %1</source>
        <translation>Liste d&apos;appels&#xa0;: %1</translation>
    </message>
    <message>
        <source>As of %1 · %2 of %3 members agreed to be contacted and have a phone number · %4</source>
        <translation>Au %1 · %2 membres sur %3 acceptent d&apos;être contactés et ont un numéro de téléphone · %4</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Prochaine étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nobody in this segment can be called: no member with a phone number agreed to be contacted.</source>
        <translation>Personne dans ce segment ne peut être appelé&#xa0;: aucun membre ayant un numéro de téléphone n&apos;a accepté d&apos;être contacté.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The segments could not be evaluated.</source>
        <translation>Les segments n&apos;ont pas pu être évalués.</translation>
    </message>
    <message>
        <source>There is no segment called “%1”. Segments: %2.</source>
        <translation>Il n&apos;existe pas de segment nommé «&#xa0;%1&#xa0;». Segments&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Segment report: %1</source>
        <translation>Rapport de segment&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no report to write.</source>
        <translation>Il n&apos;y a aucun rapport à écrire.</translation>
    </message>
    <message>
        <source>Cannot write “%1”. Check that the folder exists and that you may write there.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;». Vérifiez que le dossier existe et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Members over time</source>
        <translation>Membres dans le temps</translation>
    </message>
    <message>
        <source>Not enough history for a chart yet. Clientele notes the size of every segment once a day while it is open; the chart appears from the second day on.</source>
        <translation>Pas encore assez d&apos;historique pour un graphique. Clientele note la taille de chaque segment une fois par jour quand il est ouvert&#xa0;; le graphique apparaît à partir du deuxième jour.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>%1 members on %2, %3 on %4 (%5).</source>
        <translation>%1 membres le %2, %3 le %4 (%5).</translation>
    </message>
    <message>
        <source>Share of customers and of revenue</source>
        <translation>Part des clients et du chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>%1 of all</source>
        <translation>%1 du total</translation>
    </message>
    <message>
        <source>Movement between segments in the last 30 days</source>
        <translation>Changements de segment au cours des 30 derniers jours</translation>
    </message>
    <message>
        <source>There is no snapshot from 30 days ago, so movement between segments cannot be shown yet. Clientele notes who is in which segment once a day while it is open.</source>
        <translation>Il n&apos;existe pas encore de relevé d&apos;il y a 30 jours, donc les changements de segment ne peuvent pas encore être affichés. Clientele note qui est dans quel segment une fois par jour quand il est ouvert.</translation>
    </message>
    <message>
        <source>Nobody changed segment between %1 and %2.</source>
        <translation>Personne n&apos;a changé de segment entre le %1 et le %2.</translation>
    </message>
    <message>
        <source>1 customer changed segment between %1 and %2.</source>
        <translation>1 client a changé de segment entre le %1 et le %2.</translation>
    </message>
    <message>
        <source>%1 customers changed segment between %2 and %3.</source>
        <translation>%1 clients ont changé de segment entre le %2 et le %3.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Smaller moves: %1 customers in %2 other moves.</source>
        <translation>Petits changements&#xa0;: %1 clients dans %2 autres changements.</translation>
    </message>
</context>
<context>
    <name>clientele::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Print a segment for the meeting with your accountant, a sheet for the back office, or a call list to phone customers who agreed to be contacted.</source>
        <translation>Imprimez un segment pour le rendez-vous avec votre comptable, une fiche pour l&apos;arrière-boutique, ou une liste d&apos;appels pour téléphoner aux clients qui acceptent d&apos;être contactés.</translation>
    </message>
    <message>
        <source>Segment report</source>
        <translation>Rapport de segment</translation>
    </message>
    <message>
        <source>Overview of all segments</source>
        <translation>Vue d&apos;ensemble de tous les segments</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Liste d&apos;appels</translation>
    </message>
    <message>
        <source>Biggest spenders first</source>
        <translation>Les plus gros clients d&apos;abord</translation>
    </message>
    <message>
        <source>Longest since the last purchase first</source>
        <translation>Ceux qui n&apos;ont pas acheté depuis le plus longtemps d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Saved “%1”. Pages: %2.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré. Pages&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Segments overview</source>
        <translation>Vue d&apos;ensemble des segments</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Portrait (upright)</source>
        <translation>Portrait (vertical)</translation>
    </message>
    <message>
        <source>Landscape (sideways, more room for wide tables)</source>
        <translation>Paysage (horizontal, plus de place pour les tableaux larges)</translation>
    </message>
    <message>
        <source>Paper size follows your country: A4, or Letter in North America.</source>
        <translation>Le format du papier dépend de votre pays&#xa0;: A4, ou Letter en Amérique du Nord.</translation>
    </message>
    <message>
        <source>P&amp;age:</source>
        <translation>Pa&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <source>Writing “%1”…</source>
        <translation>Écriture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Stopped: nothing was saved.</source>
        <translation>Interrompu&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Then a page for each segment, with its figures and charts</source>
        <translation>Puis une page par segment, avec ses chiffres et ses graphiques</translation>
    </message>
</context>
<context>
    <name>clientele::ResultPage</name>
    <message>
        <source>Import done</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Here is what happened to each row of the file, so you can check that nothing went missing.</source>
        <translation>Voici ce qui est arrivé à chaque ligne du fichier, pour que vous puissiez vérifier que rien ne manque.</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Enregistrer les lignes refusées…</translation>
    </message>
    <message>
        <source>A CSV file with the rows left out, each with its line number and the reason, to fix in a spreadsheet and import again.</source>
        <translation>Un fichier CSV avec les lignes écartées, chacune avec son numéro de ligne et la raison, à corriger dans un tableur et à importer à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>Annuler cette &amp;importation…</translation>
    </message>
    <message>
        <source>%1 rows read from “%2”:</source>
        <translation>%1 lignes lues dans «&#xa0;%2&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>• new customers imported: %1</source>
        <translation>• nouveaux clients importés&#xa0;: %1</translation>
    </message>
    <message>
        <source>• customers you had, updated: %1</source>
        <translation>• clients existants mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>• customers you had, gaps filled in: %1</source>
        <translation>• clients existants complétés&#xa0;: %1</translation>
    </message>
    <message>
        <source>• rows about customers you had, skipped: %1</source>
        <translation>• lignes sur des clients existants, ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <source>• purchases imported: %1</source>
        <translation>• achats importés&#xa0;: %1</translation>
    </message>
    <message>
        <source>• visits and emails imported: %1</source>
        <translation>• visites et e-mails importés&#xa0;: %1</translation>
    </message>
    <message>
        <source>• rows left out (rejected): %1</source>
        <translation>• lignes écartées (refusées)&#xa0;: %1</translation>
    </message>
    <message>
        <source>New customers made for rows Clientele could not match: %1</source>
        <translation>Nouveaux clients créés pour les lignes que Clientele n&apos;a pu rattacher à personne&#xa0;: %1</translation>
    </message>
    <message>
        <source>The rows left out are kept with their line numbers and reasons: save them, fix them in a spreadsheet and import them again.</source>
        <translation>Les lignes écartées sont conservées avec leurs numéros de ligne et leurs raisons&#xa0;: enregistrez-les, corrigez-les dans un tableur et importez-les à nouveau.</translation>
    </message>
    <message>
        <source>-rejected.csv</source>
        <translation>-refusees.csv</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Enregistrer les lignes refusées</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Clientele could not save the rows to “%1”: %2.</source>
        <translation>Clientele n&apos;a pas pu enregistrer les lignes dans «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Remove the %1 customers this import added, with their purchases and visits?</source>
        <translation>Supprimer les %1 clients ajoutés par cette importation, avec leurs achats et leurs visites&#xa0;?</translation>
    </message>
    <message>
        <source>Remove the %1 purchases this import added, and the %2 customers it made?</source>
        <translation>Supprimer les %1 achats ajoutés par cette importation, et les %2 clients qu&apos;elle a créés&#xa0;?</translation>
    </message>
    <message>
        <source>Remove the %1 purchases this import added?</source>
        <translation>Supprimer les %1 achats ajoutés par cette importation&#xa0;?</translation>
    </message>
    <message>
        <source>Remove the %1 visits and emails this import added, and the %2 customers it made?</source>
        <translation>Supprimer les %1 visites et e-mails ajoutés par cette importation, et les %2 clients qu&apos;elle a créés&#xa0;?</translation>
    </message>
    <message>
        <source>Remove the %1 visits and emails this import added?</source>
        <translation>Supprimer les %1 visites et e-mails ajoutés par cette importation&#xa0;?</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Annuler cette importation</translation>
    </message>
    <message>
        <source>Customers you already had keep the changes the import made to them.</source>
        <translation>Les clients que vous aviez déjà gardent les modifications que l&apos;importation leur a apportées.</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Annulation de l&apos;importation…</translation>
    </message>
    <message>
        <source>The import was undone: %1 customers, %2 purchases and %3 visits and emails removed.</source>
        <translation>L&apos;importation a été annulée&#xa0;: %1 clients, %2 achats et %3 visites et e-mails supprimés.</translation>
    </message>
</context>
<context>
    <name>clientele::RfmHeatMap</name>
    <message>
        <source>bought very recently</source>
        <translation>tout récent</translation>
    </message>
    <message>
        <source>bought recently</source>
        <translation>récent</translation>
    </message>
    <message>
        <source>bought a while ago</source>
        <translation>il y a un moment</translation>
    </message>
    <message>
        <source>bought some time ago</source>
        <translation>il y a quelque temps</translation>
    </message>
    <message>
        <source>bought long ago</source>
        <translation>il y a longtemps</translation>
    </message>
    <message>
        <source>buy very often</source>
        <translation>très fréquents</translation>
    </message>
    <message>
        <source>buy often</source>
        <translation>fréquents</translation>
    </message>
    <message>
        <source>buy now and then</source>
        <translation>occasionnels</translation>
    </message>
    <message>
        <source>buy seldom</source>
        <translation>rares</translation>
    </message>
    <message>
        <source>rarely buy</source>
        <translation>très rares</translation>
    </message>
    <message>
        <source>How often they buy (1 = rarely, 5 = most often)</source>
        <translation>Fréquence d&apos;achat (1 = rarement, 5 = le plus souvent)</translation>
    </message>
    <message>
        <source>How lately (5 = latest)</source>
        <translation>Dernier achat (5 = le plus récent)</translation>
    </message>
    <message>
        <source>fewer</source>
        <translation>moins</translation>
    </message>
    <message>
        <source>more</source>
        <translation>plus</translation>
    </message>
    <message>
        <source>1 customer who %1 and %2.</source>
        <translation>1 client aux achats %2, dernier achat %1.</translation>
    </message>
    <message>
        <source>%3 customers who %1 and %2.</source>
        <translation>%3 clients aux achats %2, dernier achat %1.</translation>
    </message>
    <message>
        <source>Recency %1, frequency %2. Click to see them.</source>
        <translation>Récence %1, fréquence %2. Cliquez pour les voir.</translation>
    </message>
</context>
<context>
    <name>clientele::RuleGroupWidget</name>
    <message>
        <source>Customers who match</source>
        <translation>Clients qui remplissent</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Remplissant</translation>
    </message>
    <message>
        <source>All or any of the conditions</source>
        <translation>Toutes les conditions ou au moins une</translation>
    </message>
    <message>
        <source>all of these</source>
        <translation>toutes ces conditions</translation>
    </message>
    <message>
        <source>at least one of these</source>
        <translation>au moins une de ces conditions</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Retirer le groupe</translation>
    </message>
    <message>
        <source>No conditions yet: add one below.</source>
        <translation>Aucune condition pour l&apos;instant&#xa0;: ajoutez-en une ci-dessous.</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>Add a group (either/or)</source>
        <translation>Ajouter un groupe (l&apos;un ou l&apos;autre)</translation>
    </message>
    <message>
        <source>A group inside this one, for conditions such as “has the tag VIP or spent more than 500”</source>
        <translation>Un groupe à l&apos;intérieur de celui-ci, pour des conditions comme «&#xa0;a l&apos;étiquette VIP ou a dépensé plus de 500&#xa0;»</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>Add at least one condition.</source>
        <translation>Ajoutez au moins une condition.</translation>
    </message>
    <message>
        <source>A group needs at least one condition.</source>
        <translation>Un groupe a besoin d&apos;au moins une condition.</translation>
    </message>
    <message>
        <source>Drag to move this group</source>
        <translation>Faites glisser pour déplacer ce groupe</translation>
    </message>
    <message>
        <source>⋯</source>
        <translation>⋯</translation>
    </message>
    <message>
        <source>More for this group</source>
        <translation>Plus d’options pour ce groupe</translation>
    </message>
    <message>
        <source>Move this group</source>
        <translation>Déplacer ce groupe</translation>
    </message>
    <message>
        <source>Move group up</source>
        <translation>Monter le groupe</translation>
    </message>
    <message>
        <source>Move group down</source>
        <translation>Descendre le groupe</translation>
    </message>
</context>
<context>
    <name>clientele::RuleJson</name>
    <message>
        <source>condition %1: </source>
        <translation>condition %1&#xa0;: </translation>
    </message>
    <message>
        <source>group %1: </source>
        <translation>groupe %1&#xa0;: </translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>the value must be a whole number from %1 to %2 (got %3)</source>
        <translation>la valeur doit être un nombre entier de %1 à %2 (reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <source>the value must be an amount like 150.00, with at most two decimals (got %1)</source>
        <translation>la valeur doit être un montant comme 150.00, avec au plus deux décimales (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the value must be true or false (got %1)</source>
        <translation>la valeur doit être true ou false (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the value must be one of walk-in, online, referral, imported (got %1)</source>
        <translation>la valeur doit être l&apos;une de walk-in, online, referral, imported (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the value must be a text (got %1)</source>
        <translation>la valeur doit être un texte (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>the value must not be empty</source>
        <translation>la valeur ne doit pas être vide</translation>
    </message>
    <message>
        <source>field %1 is not known</source>
        <translation>le champ %1 est inconnu</translation>
    </message>
    <message>
        <source>field %1 does not allow the operator %2</source>
        <translation>le champ %1 n&apos;accepte pas l&apos;opérateur %2</translation>
    </message>
    <message>
        <source>field %1 does not take window_days</source>
        <translation>le champ %1 n&apos;accepte pas window_days</translation>
    </message>
    <message>
        <source>window_days must be a whole number of days from 1 to %1</source>
        <translation>window_days doit être un nombre entier de jours de 1 à %1</translation>
    </message>
    <message>
        <source>the operator %1 takes no value</source>
        <translation>l&apos;opérateur %1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>&apos;between&apos; needs a list of two values, like [2, 5] (got %1)</source>
        <translation>&apos;between&apos; attend une liste de deux valeurs, comme [2, 5] (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>&apos;between&apos; needs the smaller value first (got %1 and %2)</source>
        <translation>&apos;between&apos; attend la plus petite valeur en premier (reçu&#xa0;: %1 et %2)</translation>
    </message>
    <message>
        <source>%1 needs a list of one or more values (got %2)</source>
        <translation>%1 attend une liste d&apos;une ou plusieurs valeurs (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the operator %1 needs a value</source>
        <translation>l&apos;opérateur %1 attend une valeur</translation>
    </message>
    <message>
        <source>the rule is nested too deeply (more than %1 levels)</source>
        <translation>la règle est trop imbriquée (plus de %1 niveaux)</translation>
    </message>
    <message>
        <source>expected a group or a condition (an object with “all”, “any” or “field”), got %1</source>
        <translation>un groupe ou une condition était attendu (un objet avec «&#xa0;all&#xa0;», «&#xa0;any&#xa0;» ou «&#xa0;field&#xa0;»), reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>a group has either &apos;all&apos; or &apos;any&apos;, not both</source>
        <translation>un groupe a soit &apos;all&apos; soit &apos;any&apos;, pas les deux</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>clé %1 inconnue</translation>
    </message>
    <message>
        <source>%1 must be a list of conditions</source>
        <translation>%1 doit être une liste de conditions</translation>
    </message>
    <message>
        <source>&apos;field&apos; must be a text</source>
        <translation>&apos;field&apos; doit être un texte</translation>
    </message>
    <message>
        <source>&apos;field&apos; is missing</source>
        <translation>&apos;field&apos; est absent</translation>
    </message>
    <message>
        <source>&apos;op&apos; must be a text</source>
        <translation>&apos;op&apos; doit être un texte</translation>
    </message>
    <message>
        <source>&apos;op&apos; is missing</source>
        <translation>&apos;op&apos; est absent</translation>
    </message>
    <message>
        <source>operator %1 is not known</source>
        <translation>l&apos;opérateur %1 est inconnu</translation>
    </message>
    <message>
        <source>window_days must be a whole number of days from 1 to %1 (got %2)</source>
        <translation>window_days doit être un nombre entier de jours de 1 à %1 (reçu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the rule is not valid JSON: %1 at character %2</source>
        <translation>la règle n&apos;est pas du JSON valide&#xa0;: %1 au caractère %2</translation>
    </message>
    <message>
        <source>the rule must be an object with “all”, “any” or “field”</source>
        <translation>la règle doit être un objet avec «&#xa0;all&#xa0;», «&#xa0;any&#xa0;» ou «&#xa0;field&#xa0;»</translation>
    </message>
    <message>
        <source>the value must be a date like &quot;2024-03-14&quot; (got %1)</source>
        <translation>la valeur doit être une date comme «&#xa0;2024-03-14&#xa0;» (reçu&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>clientele::RuleText</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>entre %1 et %2</translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation>exactement %1</translation>
    </message>
    <message>
        <source>not exactly %1</source>
        <translation>pas exactement %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>moins de %1</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>moins de %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>through a referral</source>
        <translation>par recommandation</translation>
    </message>
    <message>
        <source>from an imported list</source>
        <translation>par une liste importée</translation>
    </message>
    <message>
        <source>no city</source>
        <translation>sans ville</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>sans pays</translation>
    </message>
    <message>
        <source>no postal code</source>
        <translation>sans code postal</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>sans adresse e-mail</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>sans numéro de téléphone</translation>
    </message>
    <message>
        <source>no origin recorded</source>
        <translation>sans origine renseignée</translation>
    </message>
    <message>
        <source>no purchases</source>
        <translation>sans achat</translation>
    </message>
    <message>
        <source>no opened emails</source>
        <translation>sans e-mail ouvert</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sans valeur</translation>
    </message>
    <message>
        <source>country</source>
        <translation>le pays</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>le code postal</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>l&apos;e-mail</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>le numéro de téléphone</translation>
    </message>
    <message>
        <source>city</source>
        <translation>la ville</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>bought %1 time</source>
        <translation>ont acheté %1 fois</translation>
    </message>
    <message>
        <source>bought %1 times</source>
        <translation>ont acheté %1 fois</translation>
    </message>
    <message>
        <source>visited %1 time</source>
        <translation>sont venus %1 fois</translation>
    </message>
    <message>
        <source>visited %1 times</source>
        <translation>sont venus %1 fois</translation>
    </message>
    <message>
        <source>opened emails %1 time</source>
        <translation>ont ouvert des e-mails %1 fois</translation>
    </message>
    <message>
        <source>opened emails %1 times</source>
        <translation>ont ouvert des e-mails %1 fois</translation>
    </message>
    <message>
        <source>abandoned a cart %1 time</source>
        <translation>ont abandonné un panier %1 fois</translation>
    </message>
    <message>
        <source>abandoned a cart %1 times</source>
        <translation>ont abandonné un panier %1 fois</translation>
    </message>
    <message>
        <source>last bought %1 day ago</source>
        <translation>ont acheté pour la dernière fois il y a %1 jour</translation>
    </message>
    <message>
        <source>last bought %1 days ago</source>
        <translation>ont acheté pour la dernière fois il y a %1 jours</translation>
    </message>
    <message>
        <source>first bought %1 day ago</source>
        <translation>ont acheté pour la première fois il y a %1 jour</translation>
    </message>
    <message>
        <source>first bought %1 days ago</source>
        <translation>ont acheté pour la première fois il y a %1 jours</translation>
    </message>
    <message>
        <source>last opened an email %1 day ago</source>
        <translation>ont ouvert un e-mail pour la dernière fois il y a %1 jour</translation>
    </message>
    <message>
        <source>last opened an email %1 days ago</source>
        <translation>ont ouvert un e-mail pour la dernière fois il y a %1 jours</translation>
    </message>
    <message>
        <source>became customers %1 day ago</source>
        <translation>sont devenus clients il y a %1 jour</translation>
    </message>
    <message>
        <source>became customers %1 days ago</source>
        <translation>sont devenus clients il y a %1 jours</translation>
    </message>
    <message>
        <source>did not open an email %1</source>
        <translation>n&apos;ont pas ouvert d&apos;e-mail %1</translation>
    </message>
    <message>
        <source>never opened an email</source>
        <translation>n&apos;ont jamais ouvert d&apos;e-mail</translation>
    </message>
    <message>
        <source>did not buy %1</source>
        <translation>n&apos;ont pas acheté %1</translation>
    </message>
    <message>
        <source>never bought</source>
        <translation>n&apos;ont jamais acheté</translation>
    </message>
    <message>
        <source>opened an email</source>
        <translation>ont ouvert un e-mail</translation>
    </message>
    <message>
        <source>bought at least once</source>
        <translation>ont acheté au moins une fois</translation>
    </message>
    <message>
        <source>have a recency score of %1</source>
        <translation>ont un score de récence valant %1</translation>
    </message>
    <message>
        <source>have a frequency score of %1</source>
        <translation>ont un score de fréquence valant %1</translation>
    </message>
    <message>
        <source>have a spending score of %1</source>
        <translation>ont un score de dépenses valant %1</translation>
    </message>
    <message>
        <source>have an overall RFM score of %1</source>
        <translation>ont un score RFM global valant %1</translation>
    </message>
    <message>
        <source>%1, judged on purchases %2</source>
        <translation>%1, d&apos;après les achats %2</translation>
    </message>
    <message>
        <source>%1 (including customers with %2)</source>
        <translation>%1 (y compris les clients %2)</translation>
    </message>
    <message>
        <source>spent %1 in total</source>
        <translation>ont dépensé %1 au total</translation>
    </message>
    <message>
        <source>spent %1 per purchase on average</source>
        <translation>ont dépensé %1 par achat en moyenne</translation>
    </message>
    <message>
        <source>%1 (counting only %2)</source>
        <translation>%1 (en comptant seulement %2)</translation>
    </message>
    <message>
        <source>agreed to receive emails</source>
        <translation>ont accepté de recevoir des e-mails</translation>
    </message>
    <message>
        <source>did not agree to receive emails</source>
        <translation>n&apos;ont pas accepté de recevoir des e-mails</translation>
    </message>
    <message>
        <source>agreed to receive text messages</source>
        <translation>ont accepté de recevoir des SMS</translation>
    </message>
    <message>
        <source>did not agree to receive text messages</source>
        <translation>n&apos;ont pas accepté de recevoir des SMS</translation>
    </message>
    <message>
        <source>have the tag %1</source>
        <translation>ont l&apos;étiquette %1</translation>
    </message>
    <message>
        <source>do not have the tag %1</source>
        <translation>n&apos;ont pas l&apos;étiquette %1</translation>
    </message>
    <message>
        <source>have one of the tags %1</source>
        <translation>ont l&apos;une des étiquettes %1</translation>
    </message>
    <message>
        <source>have none of the tags %1</source>
        <translation>n&apos;ont aucune des étiquettes %1</translation>
    </message>
    <message>
        <source>have no tags</source>
        <translation>n&apos;ont aucune étiquette</translation>
    </message>
    <message>
        <source>have at least one tag</source>
        <translation>ont au moins une étiquette</translation>
    </message>
    <message>
        <source>first came %1</source>
        <translation>sont d&apos;abord venus %1</translation>
    </message>
    <message>
        <source>did not first come %1</source>
        <translation>ne sont pas d&apos;abord venus %1</translation>
    </message>
    <message>
        <source>origin is not recorded</source>
        <translation>l&apos;origine n&apos;est pas renseignée</translation>
    </message>
    <message>
        <source>origin is recorded</source>
        <translation>l&apos;origine est renseignée</translation>
    </message>
    <message>
        <source>bought at %1</source>
        <translation>ont acheté au point de vente %1</translation>
    </message>
    <message>
        <source>bought from the category %1</source>
        <translation>ont acheté dans la catégorie %1</translation>
    </message>
    <message>
        <source>never bought at %1</source>
        <translation>n&apos;ont jamais acheté au point de vente %1</translation>
    </message>
    <message>
        <source>never bought from the category %1</source>
        <translation>n&apos;ont jamais acheté dans la catégorie %1</translation>
    </message>
    <message>
        <source>bought from the categories %1</source>
        <translation>ont acheté dans les catégories %1</translation>
    </message>
    <message>
        <source>never bought from the categories %1</source>
        <translation>n&apos;ont jamais acheté dans les catégories %1</translation>
    </message>
    <message>
        <source>bought at a place whose name contains %1</source>
        <translation>ont acheté dans un point de vente dont le nom contient %1</translation>
    </message>
    <message>
        <source>bought from a category containing %1</source>
        <translation>ont acheté dans une catégorie contenant %1</translation>
    </message>
    <message>
        <source>never bought at a place whose name contains %1</source>
        <translation>n&apos;ont jamais acheté dans un point de vente dont le nom contient %1</translation>
    </message>
    <message>
        <source>never bought from a category containing %1</source>
        <translation>n&apos;ont jamais acheté dans une catégorie contenant %1</translation>
    </message>
    <message>
        <source>bought at a place whose name starts with %1</source>
        <translation>ont acheté dans un point de vente dont le nom commence par %1</translation>
    </message>
    <message>
        <source>bought from a category starting with %1</source>
        <translation>ont acheté dans une catégorie commençant par %1</translation>
    </message>
    <message>
        <source>live in %1</source>
        <translation>habitent à %1</translation>
    </message>
    <message>
        <source>do not live in %1</source>
        <translation>n&apos;habitent pas à %1</translation>
    </message>
    <message>
        <source>live in none of %1</source>
        <translation>n&apos;habitent dans aucune des villes %1</translation>
    </message>
    <message>
        <source>live in a city containing %1</source>
        <translation>habitent dans une ville contenant %1</translation>
    </message>
    <message>
        <source>do not live in a city containing %1</source>
        <translation>n&apos;habitent pas dans une ville contenant %1</translation>
    </message>
    <message>
        <source>live in a city starting with %1</source>
        <translation>habitent dans une ville commençant par %1</translation>
    </message>
    <message>
        <source>have no city</source>
        <translation>n&apos;ont pas de ville renseignée</translation>
    </message>
    <message>
        <source>have a city</source>
        <translation>ont une ville renseignée</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 n&apos;est pas %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 n&apos;est aucune des valeurs %2</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 contient %2</translation>
    </message>
    <message>
        <source>%1 does not contain %2</source>
        <translation>%1 ne contient pas %2</translation>
    </message>
    <message>
        <source>%1 starts with %2</source>
        <translation>%1 commence par %2</translation>
    </message>
    <message>
        <source>%1 is not recorded</source>
        <translation>%1 n&apos;est pas renseigné</translation>
    </message>
    <message>
        <source>%1 is recorded</source>
        <translation>%1 est renseigné</translation>
    </message>
    <message>
        <source>whose %1</source>
        <translation>dont %1</translation>
    </message>
    <message>
        <source>who %1</source>
        <translation>qui %1</translation>
    </message>
    <message>
        <source>who are any customer</source>
        <translation>qui sont n&apos;importe quel client</translation>
    </message>
    <message>
        <source>who are no customer</source>
        <translation>qui ne sont aucun client</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>in the last year</source>
        <translation>au cours de la dernière année</translation>
    </message>
    <message>
        <source>in the last %1 years</source>
        <translation>au cours des %1 dernières années</translation>
    </message>
    <message>
        <source>in the last month</source>
        <translation>au cours du dernier mois</translation>
    </message>
    <message>
        <source>in the last %1 months</source>
        <translation>au cours des %1 derniers mois</translation>
    </message>
    <message>
        <source>in the last week</source>
        <translation>au cours de la dernière semaine</translation>
    </message>
    <message>
        <source>in the last %1 weeks</source>
        <translation>au cours des %1 dernières semaines</translation>
    </message>
    <message>
        <source>on the day itself</source>
        <translation>le jour même</translation>
    </message>
    <message>
        <source>in the last %1 days</source>
        <translation>au cours des %1 derniers jours</translation>
    </message>
    <message>
        <source>All customers.</source>
        <translation>Tous les clients.</translation>
    </message>
    <message>
        <source>No customers.</source>
        <translation>Aucun client.</translation>
    </message>
    <message>
        <source>Customers %1.</source>
        <translation>Clients %1.</translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation>règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>have the tags %1</source>
        <translation>ont les étiquettes %1</translation>
    </message>
    <message>
        <source>bought at no known place</source>
        <translation>n&apos;ont acheté dans aucun point de vente connu</translation>
    </message>
    <message>
        <source>bought from no category</source>
        <translation>n&apos;ont acheté dans aucune catégorie</translation>
    </message>
    <message>
        <source>have no origin recorded</source>
        <translation>n&apos;ont pas d&apos;origine renseignée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no birthday recorded</source>
        <translation>aucun anniversaire enregistré</translation>
    </message>
    <message>
        <source>were born</source>
        <translation>sont nés</translation>
    </message>
    <message>
        <source>became customers</source>
        <translation>sont devenus clients</translation>
    </message>
    <message>
        <source>first bought</source>
        <translation>ont acheté pour la première fois</translation>
    </message>
    <message>
        <source>last bought</source>
        <translation>ont acheté pour la dernière fois</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>on a day other than %1</source>
        <translation>un autre jour que le %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>après le %1</translation>
    </message>
    <message>
        <source>on or after %1</source>
        <translation>le %1 ou après</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>avant le %1</translation>
    </message>
    <message>
        <source>on or before %1</source>
        <translation>le %1 ou avant</translation>
    </message>
    <message>
        <source>have no birthday recorded</source>
        <translation>n’ont pas d’anniversaire enregistré</translation>
    </message>
    <message>
        <source>have a birthday recorded</source>
        <translation>ont un anniversaire enregistré</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentBuilder</name>
    <message>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <source>Change segment “%1”</source>
        <translation>Modifier le segment «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>For example: Regulars</source>
        <translation>Par exemple&#xa0;: Habitués</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Couleur %1</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Autre couleur…</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>Who belongs in it</source>
        <translation>Qui en fait partie</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>En ce moment</translation>
    </message>
    <message>
        <source>For example: offer them a loyalty card</source>
        <translation>Par exemple&#xa0;: leur proposer une carte de fidélité</translation>
    </message>
    <message>
        <source>What you plan to do with them:</source>
        <translation>Ce que vous comptez faire pour eux&#xa0;:</translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation>Ajouter le segment</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Colour of the segment</source>
        <translation>Couleur du segment</translation>
    </message>
    <message>
        <source>Finish the conditions to see who is in this segment.</source>
        <translation>Complétez les conditions pour voir qui fait partie de ce segment.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>These conditions could not be counted: %1</source>
        <translation>Ces conditions n&apos;ont pas pu être comptées&#xa0;: %1</translation>
    </message>
    <message>
        <source>No customers right now</source>
        <translation>Aucun client en ce moment</translation>
    </message>
    <message>
        <source>Counted as of %1 in %2 ms</source>
        <translation>Compté au %1 en %2&#xa0;ms</translation>
    </message>
    <message>
        <source>%1% of your %2</source>
        <translation>%1&#xa0;% de vos %2</translation>
    </message>
    <message>
        <source>No segment comes before this one, so it keeps all of them.</source>
        <translation>Aucun segment ne vient avant celui-ci&#xa0;: il les garde donc tous.</translation>
    </message>
    <message>
        <source>None of them are in a segment above this one, so it keeps all of them.</source>
        <translation>Aucun d&apos;eux n&apos;est dans un segment au-dessus de celui-ci&#xa0;: il les garde donc tous.</translation>
    </message>
    <message>
        <source>%1 of them are already in segments above this one, so %2 would be in this one.</source>
        <translation>%1 d&apos;entre eux sont déjà dans des segments au-dessus de celui-ci&#xa0;; il en resterait donc %2 dans celui-ci.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; %2: %3</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Also match your other segments:</source>
        <translation>Correspondent aussi à vos autres segments&#xa0;:</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Donnez un nom au segment.</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>Tous les autres</translation>
    </message>
    <message>
        <source>“Everyone else” is for customers in no segment; choose another name.</source>
        <translation>«&#xa0;Tous les autres&#xa0;» désigne les clients qui ne sont dans aucun segment&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>You already have a segment called “%1”.</source>
        <translation>Vous avez déjà un segment nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The segment could not be saved.</source>
        <translation>Le segment n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentDelegate</name>
    <message>
        <source>%1 (cannot be counted)</source>
        <translation>%1 (ne peut pas être compté)</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentEngine</name>
    <message>
        <source>Everyone else</source>
        <translation>Tous les autres</translation>
    </message>
    <message>
        <source>In “Everyone else”: there are no segments yet.</source>
        <translation>Dans «&#xa0;Tous les autres&#xa0;»&#xa0;: il n&apos;y a pas encore de segment.</translation>
    </message>
    <message>
        <source>In “Everyone else”: no segment&apos;s rule matches.</source>
        <translation>Dans «&#xa0;Tous les autres&#xa0;»&#xa0;: aucune règle de segment ne correspond.</translation>
    </message>
    <message>
        <source>In “%1”.</source>
        <translation>Dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>In “%1” because they %2.</source>
        <translation>Dans «&#xa0;%1&#xa0;» parce qu&apos;ils %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>clientele::SegmentHistory</name>
    <message>
        <source>1 customer moved from %1 to %2 since %3.</source>
        <translation>1 client est passé de %1 à %2 depuis le %3.</translation>
    </message>
    <message>
        <source>%1 customers moved from %2 to %3 since %4.</source>
        <translation>%1 clients sont passés de %2 à %3 depuis le %4.</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentListModel</name>
    <message>
        <source>Customers no segment above takes.</source>
        <translation>Clients qu&apos;aucun segment au-dessus ne retient.</translation>
    </message>
    <message>
        <source>This segment could not be counted: %1</source>
        <translation>Ce segment n&apos;a pas pu être compté&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>What the segment&apos;s customers spent in the last 12 months</source>
        <translation>Ce que les clients du segment ont dépensé au cours des 12 derniers mois</translation>
    </message>
    <message>
        <source>Segment, checked from the top</source>
        <translation>Segment, vérifié à partir du haut</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Spent in the last year</source>
        <translation>Dépensé sur la dernière année</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentStore</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>Un segment a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>Tous les autres</translation>
    </message>
    <message>
        <source>“%1” is the name of the customers in no segment; choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» est le nom des clients qui ne sont dans aucun segment&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is already a segment called “%1”.</source>
        <translation>Il existe déjà un segment nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The colour “%1” is not a colour like #1976d2.</source>
        <translation>La couleur «&#xa0;%1&#xa0;» n&apos;est pas une couleur au format #1976d2.</translation>
    </message>
    <message>
        <source>The rule of “%1” is not valid: %2</source>
        <translation>La règle de «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The segment could not be saved.</source>
        <translation>Le segment n&apos;a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentTemplates</name>
    <message>
        <source>Café or restaurant</source>
        <translation>Café ou restaurant</translation>
    </message>
    <message>
        <source>Who comes often, who comes now and then, who stopped coming.</source>
        <translation>Qui vient souvent, qui vient de temps en temps, qui ne vient plus.</translation>
    </message>
    <message>
        <source>Visits in a month to count as a regular (more than)</source>
        <translation>Visites par mois pour être un habitué (plus de)</translation>
    </message>
    <message>
        <source>Days since the first purchase to count as new</source>
        <translation>Jours depuis le premier achat pour être considéré comme nouveau</translation>
    </message>
    <message>
        <source>Days without a purchase to count as lapsed</source>
        <translation>Jours sans achat pour être considéré comme perdu de vue</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Habitués</translation>
    </message>
    <message>
        <source>Come in more than %1 times a month.</source>
        <translation>Viennent plus de %1 fois par mois.</translation>
    </message>
    <message>
        <source>Thank them: a loyalty card stamp or a free coffee.</source>
        <translation>Remerciez-les&#xa0;: un tampon sur la carte de fidélité ou un café offert.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>First bought in the last %1 days.</source>
        <translation>Ont acheté pour la première fois au cours des %1 derniers jours.</translation>
    </message>
    <message>
        <source>Welcome them and invite them back.</source>
        <translation>Accueillez-les et invitez-les à revenir.</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Occasionnels</translation>
    </message>
    <message>
        <source>Bought in the last %1 days, but not often.</source>
        <translation>Ont acheté au cours des %1 derniers jours, mais pas souvent.</translation>
    </message>
    <message>
        <source>Tell them about the lunch menu or a weekly offer.</source>
        <translation>Parlez-leur du menu du midi ou d&apos;une offre de la semaine.</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Perdus de vue</translation>
    </message>
    <message>
        <source>Have not bought for more than %1 days.</source>
        <translation>N&apos;ont rien acheté depuis plus de %1 jours.</translation>
    </message>
    <message>
        <source>Send a “we miss you” offer.</source>
        <translation>Envoyez une offre «&#xa0;vous nous manquez&#xa0;».</translation>
    </message>
    <message>
        <source>Retail shop</source>
        <translation>Commerce de détail</translation>
    </message>
    <message>
        <source>Spending, loyalty and who is drifting away.</source>
        <translation>Dépenses, fidélité et qui s&apos;éloigne.</translation>
    </message>
    <message>
        <source>Spent in the last year to count as a big spender (at least)</source>
        <translation>Dépenses sur la dernière année pour être un gros client (au moins)</translation>
    </message>
    <message>
        <source>Purchases in the last year to count as loyal (at least)</source>
        <translation>Achats sur la dernière année pour être considéré comme fidèle (au moins)</translation>
    </message>
    <message>
        <source>Days without a purchase to count as at risk</source>
        <translation>Jours sans achat pour être considéré comme à risque</translation>
    </message>
    <message>
        <source>Days without a purchase to count as inactive</source>
        <translation>Jours sans achat pour être considéré comme inactif</translation>
    </message>
    <message>
        <source>Big spenders</source>
        <translation>Gros clients</translation>
    </message>
    <message>
        <source>Spent at least %1 in the last year.</source>
        <translation>Ont dépensé au moins %1 au cours de la dernière année.</translation>
    </message>
    <message>
        <source>Invite them to private sales; ask what they would like you to stock.</source>
        <translation>Invitez-les à des ventes privées&#xa0;; demandez-leur ce qu&apos;ils aimeraient trouver chez vous.</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Fidèles</translation>
    </message>
    <message>
        <source>Bought at least %1 times in the last year.</source>
        <translation>Ont acheté au moins %1 fois au cours de la dernière année.</translation>
    </message>
    <message>
        <source>Reward them: points, early access, a thank-you note.</source>
        <translation>Récompensez-les&#xa0;: des points, un accès en avant-première, un mot de remerciement.</translation>
    </message>
    <message>
        <source>Welcome them; suggest a second purchase.</source>
        <translation>Accueillez-les&#xa0;; suggérez-leur un deuxième achat.</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Last bought between %1 and %2 days ago.</source>
        <translation>Ont acheté pour la dernière fois il y a entre %1 et %2 jours.</translation>
    </message>
    <message>
        <source>Remind them of you with an offer before they forget.</source>
        <translation>Rappelez-vous à leur bon souvenir avec une offre avant qu&apos;ils ne vous oublient.</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactifs</translation>
    </message>
    <message>
        <source>Try one win-back message; then let them rest.</source>
        <translation>Tentez un message pour les faire revenir, puis laissez-les tranquilles.</translation>
    </message>
    <message>
        <source>Salon or services</source>
        <translation>Salon ou services</translation>
    </message>
    <message>
        <source>Regular clients, who is due, who is new, who is gone.</source>
        <translation>Clients réguliers, qui doit revenir, qui est nouveau, qui est parti.</translation>
    </message>
    <message>
        <source>Appointments in the last year to count as a regular (at least)</source>
        <translation>Rendez-vous sur la dernière année pour être un client régulier (au moins)</translation>
    </message>
    <message>
        <source>Days since the last appointment when a client is due</source>
        <translation>Jours depuis le dernier rendez-vous à partir desquels un client doit revenir</translation>
    </message>
    <message>
        <source>Days since the last appointment to count as lapsed</source>
        <translation>Jours depuis le dernier rendez-vous pour être considéré comme perdu de vue</translation>
    </message>
    <message>
        <source>Days since the first appointment to count as new</source>
        <translation>Jours depuis le premier rendez-vous pour être considéré comme nouveau</translation>
    </message>
    <message>
        <source>Regular clients</source>
        <translation>Clients réguliers</translation>
    </message>
    <message>
        <source>Came at least %1 times in the last year and are not overdue.</source>
        <translation>Sont venus au moins %1 fois au cours de la dernière année et ne sont pas en retard.</translation>
    </message>
    <message>
        <source>Offer to book their next appointment now.</source>
        <translation>Proposez-leur de prendre tout de suite leur prochain rendez-vous.</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <source>First came in the last %1 days.</source>
        <translation>Sont venus pour la première fois au cours des %1 derniers jours.</translation>
    </message>
    <message>
        <source>Ask how it went; offer a second visit.</source>
        <translation>Demandez-leur comment ça s&apos;est passé&#xa0;; proposez une deuxième visite.</translation>
    </message>
    <message>
        <source>Due for a visit</source>
        <translation>Visite à prévoir</translation>
    </message>
    <message>
        <source>Last came between %1 and %2 days ago.</source>
        <translation>Sont venus pour la dernière fois il y a entre %1 et %2 jours.</translation>
    </message>
    <message>
        <source>Send a friendly reminder with a booking link.</source>
        <translation>Envoyez un rappel amical avec un lien de réservation.</translation>
    </message>
    <message>
        <source>Lapsed clients</source>
        <translation>Clients perdus de vue</translation>
    </message>
    <message>
        <source>Have not come for more than %1 days.</source>
        <translation>Ne sont pas venus depuis plus de %1 jours.</translation>
    </message>
    <message>
        <source>Offer a comeback treatment.</source>
        <translation>Proposez une prestation pour fêter leur retour.</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>Boutique en ligne</translation>
    </message>
    <message>
        <source>Repeat buyers, one-time buyers and cart abandoners.</source>
        <translation>Acheteurs réguliers, acheteurs d&apos;une seule fois et paniers abandonnés.</translation>
    </message>
    <message>
        <source>Days to look back for abandoned carts</source>
        <translation>Jours pris en compte pour les paniers abandonnés</translation>
    </message>
    <message>
        <source>Purchases in the last year to count as a repeat buyer (at least)</source>
        <translation>Achats sur la dernière année pour être un acheteur régulier (au moins)</translation>
    </message>
    <message>
        <source>Days to look back for opened emails</source>
        <translation>Jours pris en compte pour les e-mails ouverts</translation>
    </message>
    <message>
        <source>Cart abandoners</source>
        <translation>Paniers abandonnés</translation>
    </message>
    <message>
        <source>Left a full cart in the last %1 days.</source>
        <translation>Ont laissé un panier plein au cours des %1 derniers jours.</translation>
    </message>
    <message>
        <source>Send a reminder of what they left, maybe with free delivery.</source>
        <translation>Rappelez-leur ce qu&apos;ils ont laissé, peut-être avec la livraison offerte.</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>Acheteurs réguliers</translation>
    </message>
    <message>
        <source>Reward them; ask for a review.</source>
        <translation>Récompensez-les&#xa0;; demandez-leur un avis.</translation>
    </message>
    <message>
        <source>One-time buyers</source>
        <translation>Acheteurs d&apos;une seule fois</translation>
    </message>
    <message>
        <source>Bought exactly once.</source>
        <translation>Ont acheté exactement une fois.</translation>
    </message>
    <message>
        <source>Suggest something that goes with what they bought.</source>
        <translation>Suggérez-leur quelque chose qui va avec leur achat.</translation>
    </message>
    <message>
        <source>Readers who did not buy</source>
        <translation>Lecteurs qui n&apos;ont pas acheté</translation>
    </message>
    <message>
        <source>Opened an email in the last %1 days but did not buy in that time.</source>
        <translation>Ont ouvert un e-mail au cours des %1 derniers jours, mais n&apos;ont rien acheté pendant ce temps.</translation>
    </message>
    <message>
        <source>Give them a reason to order: a discount or a new product.</source>
        <translation>Donnez-leur une raison de commander&#xa0;: une remise ou un nouveau produit.</translation>
    </message>
    <message>
        <source>Crypto ATM or kiosk</source>
        <translation>Distributeur de cryptomonnaies ou kiosque</translation>
    </message>
    <message>
        <source>Volume, habits and who stopped coming.</source>
        <translation>Volume, habitudes et qui ne vient plus.</translation>
    </message>
    <message>
        <source>Amount in the last 90 days to count as high volume (at least)</source>
        <translation>Montant sur les 90 derniers jours pour être un gros volume (au moins)</translation>
    </message>
    <message>
        <source>Transactions in the last 30 days to count as frequent (at least)</source>
        <translation>Transactions sur les 30 derniers jours pour être considéré comme fréquent (au moins)</translation>
    </message>
    <message>
        <source>Average transaction to count as small (less than)</source>
        <translation>Transaction moyenne pour être considérée comme petite (moins de)</translation>
    </message>
    <message>
        <source>Days without a transaction to count as dormant</source>
        <translation>Jours sans transaction pour être considéré comme dormant</translation>
    </message>
    <message>
        <source>High volume</source>
        <translation>Gros volume</translation>
    </message>
    <message>
        <source>Moved at least %1 in the last 90 days.</source>
        <translation>Ont échangé au moins %1 au cours des 90 derniers jours.</translation>
    </message>
    <message>
        <source>Offer better rates or a personal contact; check limits and compliance.</source>
        <translation>Proposez de meilleurs taux ou un interlocuteur dédié&#xa0;; vérifiez les plafonds et la conformité.</translation>
    </message>
    <message>
        <source>Frequent small</source>
        <translation>Petits et fréquents</translation>
    </message>
    <message>
        <source>At least %1 transactions in the last 30 days, less than %2 on average.</source>
        <translation>Au moins %1 transactions au cours des 30 derniers jours, de moins de %2 en moyenne.</translation>
    </message>
    <message>
        <source>Tell them about lower fees for larger amounts.</source>
        <translation>Parlez-leur des frais réduits pour les montants plus élevés.</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Une seule fois</translation>
    </message>
    <message>
        <source>Used the machine exactly once.</source>
        <translation>Ont utilisé le distributeur exactement une fois.</translation>
    </message>
    <message>
        <source>Explain how easy the next time is; show where your machines are.</source>
        <translation>Expliquez-leur combien la prochaine fois sera simple&#xa0;; montrez-leur où se trouvent vos distributeurs.</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Dormants</translation>
    </message>
    <message>
        <source>No transaction for more than %1 days.</source>
        <translation>Aucune transaction depuis plus de %1 jours.</translation>
    </message>
    <message>
        <source>Send one reminder; respect those who do not answer.</source>
        <translation>Envoyez un seul rappel&#xa0;; respectez ceux qui ne répondent pas.</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Services financiers</translation>
    </message>
    <message>
        <source>Customers by value and by how they came: online or through a branch.</source>
        <translation>Clients selon leur valeur et leur façon d&apos;arriver&#xa0;: en ligne ou par une agence.</translation>
    </message>
    <message>
        <source>Amount in the last year to count as high value (at least)</source>
        <translation>Montant sur la dernière année pour être à forte valeur (au moins)</translation>
    </message>
    <message>
        <source>Days without activity to count as inactive</source>
        <translation>Jours sans activité pour être considéré comme inactif</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>Forte valeur</translation>
    </message>
    <message>
        <source>At least %1 in the last year.</source>
        <translation>Au moins %1 au cours de la dernière année.</translation>
    </message>
    <message>
        <source>Give them a named advisor.</source>
        <translation>Attribuez-leur un conseiller attitré.</translation>
    </message>
    <message>
        <source>No activity for more than %1 days.</source>
        <translation>Aucune activité depuis plus de %1 jours.</translation>
    </message>
    <message>
        <source>Check in: has anything changed for them?</source>
        <translation>Prenez de leurs nouvelles&#xa0;: quelque chose a-t-il changé pour eux&#xa0;?</translation>
    </message>
    <message>
        <source>Digital natives</source>
        <translation>Natifs du numérique</translation>
    </message>
    <message>
        <source>Came to you online.</source>
        <translation>Sont venus à vous en ligne.</translation>
    </message>
    <message>
        <source>Keep them in the app: notifications, self-service.</source>
        <translation>Gardez-les dans l&apos;application&#xa0;: notifications, libre-service.</translation>
    </message>
    <message>
        <source>Branch-recruited</source>
        <translation>Recrutés en agence</translation>
    </message>
    <message>
        <source>Came in person or through a referral.</source>
        <translation>Sont venus en personne ou par recommandation.</translation>
    </message>
    <message>
        <source>Invite them to the app with help at the branch.</source>
        <translation>Invitez-les à utiliser l&apos;application, avec de l&apos;aide en agence.</translation>
    </message>
    <message>
        <source>RFM groups</source>
        <translation>Groupes RFM</translation>
    </message>
    <message>
        <source>The classic groups by how recently, how often and how much customers bought (scores 1 to 5).</source>
        <translation>Les groupes classiques selon la date du dernier achat, la fréquence et le montant des achats (scores de 1 à 5).</translation>
    </message>
    <message>
        <source>Days of purchases the scores look at</source>
        <translation>Jours d&apos;achats pris en compte par les scores</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Bought recently, buy often and spend the most.</source>
        <translation>Ont acheté récemment, achètent souvent et dépensent le plus.</translation>
    </message>
    <message>
        <source>Reward them; they can become ambassadors.</source>
        <translation>Récompensez-les&#xa0;; ils peuvent devenir vos ambassadeurs.</translation>
    </message>
    <message>
        <source>Can&apos;t lose</source>
        <translation>À ne pas perdre</translation>
    </message>
    <message>
        <source>Bought often and much, but not for a long time.</source>
        <translation>Ont acheté souvent et beaucoup, mais plus depuis longtemps.</translation>
    </message>
    <message>
        <source>Win them back personally; ask what went wrong.</source>
        <translation>Reconquérez-les personnellement&#xa0;; demandez-leur ce qui n&apos;a pas été.</translation>
    </message>
    <message>
        <source>Buy often and still come.</source>
        <translation>Achètent souvent et viennent toujours.</translation>
    </message>
    <message>
        <source>Offer more of what they like; ask for reviews.</source>
        <translation>Proposez-leur davantage de ce qu&apos;ils aiment&#xa0;; demandez-leur des avis.</translation>
    </message>
    <message>
        <source>Used to buy often, not lately.</source>
        <translation>Achetaient souvent, mais plus ces derniers temps.</translation>
    </message>
    <message>
        <source>Send a personal offer before they are gone.</source>
        <translation>Envoyez-leur une offre personnelle avant qu&apos;ils ne partent.</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Fidèles potentiels</translation>
    </message>
    <message>
        <source>Recent customers with a few purchases.</source>
        <translation>Clients récents avec quelques achats.</translation>
    </message>
    <message>
        <source>Invite them to the loyalty programme.</source>
        <translation>Invitez-les au programme de fidélité.</translation>
    </message>
    <message>
        <source>Bought very recently, once.</source>
        <translation>Ont acheté très récemment, une seule fois.</translation>
    </message>
    <message>
        <source>Welcome them.</source>
        <translation>Accueillez-les.</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Prometteurs</translation>
    </message>
    <message>
        <source>Bought recently, not often yet.</source>
        <translation>Ont acheté récemment, pas encore souvent.</translation>
    </message>
    <message>
        <source>Make the second purchase easy.</source>
        <translation>Facilitez-leur le deuxième achat.</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Besoin d&apos;attention</translation>
    </message>
    <message>
        <source>Middling on recency and frequency.</source>
        <translation>Moyens en récence et en fréquence.</translation>
    </message>
    <message>
        <source>A limited-time offer based on what they bought.</source>
        <translation>Une offre limitée dans le temps, selon ce qu&apos;ils ont acheté.</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>Presque endormis</translation>
    </message>
    <message>
        <source>Bought a while ago, rarely.</source>
        <translation>Ont acheté il y a un moment, rarement.</translation>
    </message>
    <message>
        <source>Share something useful or popular to wake them.</source>
        <translation>Partagez quelque chose d&apos;utile ou de populaire pour les réveiller.</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>En hibernation</translation>
    </message>
    <message>
        <source>Long gone, bought little.</source>
        <translation>Partis depuis longtemps, ont peu acheté.</translation>
    </message>
    <message>
        <source>Do not spend much on them; one seasonal message at most.</source>
        <translation>N&apos;investissez pas trop pour eux&#xa0;; un message saisonnier tout au plus.</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentWizard</name>
    <message>
        <source>Help me make a segment</source>
        <translation>Créer un segment pas à pas</translation>
    </message>
    <message>
        <source>&amp;Open in the builder</source>
        <translation>&amp;Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Who do you want to find?</source>
        <translation>Quels clients cherchez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Tick what these customers have in common. The next page asks for the details.</source>
        <translation>Cochez ce que ces clients ont en commun. La page suivante vous demandera les détails.</translation>
    </message>
    <message>
        <source>They come &amp;often</source>
        <translation>Ils &amp;viennent souvent</translation>
    </message>
    <message>
        <source>They &amp;spend a lot</source>
        <translation>Ils &amp;dépensent beaucoup</translation>
    </message>
    <message>
        <source>How long since they last &amp;bought</source>
        <translation>Quand ils ont &amp;acheté pour la dernière fois</translation>
    </message>
    <message>
        <source>&amp;Where they live</source>
        <translation>Où ils &amp;habitent</translation>
    </message>
    <message>
        <source>A &amp;tag they have</source>
        <translation>Ils ont une é&amp;tiquette</translation>
    </message>
    <message>
        <source>How they &amp;first came to the shop</source>
        <translation>Comment ils sont venus la &amp;première fois</translation>
    </message>
    <message>
        <source>Your regulars: so many visits or purchases in a month, or in a year.</source>
        <translation>Vos habitués&#xa0;: un certain nombre de visites ou d&apos;achats par mois, ou par an.</translation>
    </message>
    <message>
        <source>Your best customers by what they spent in a period.</source>
        <translation>Vos meilleurs clients, selon ce qu&apos;ils ont dépensé sur une période.</translation>
    </message>
    <message>
        <source>Who has not come back for a while, or who bought recently.</source>
        <translation>Ceux qui ne sont pas revenus depuis un moment, ou qui ont acheté récemment.</translation>
    </message>
    <message>
        <source>Customers of one town, for a local event or a delivery round.</source>
        <translation>Les clients d&apos;une ville, pour un événement local ou une tournée de livraison.</translation>
    </message>
    <message>
        <source>Customers you marked, such as “VIP” or “Newsletter”.</source>
        <translation>Les clients que vous avez marqués, par exemple «&#xa0;VIP&#xa0;» ou «&#xa0;Newsletter&#xa0;».</translation>
    </message>
    <message>
        <source>Walk-ins, online customers, referrals or imported ones.</source>
        <translation>Clients venus en boutique, en ligne, sur recommandation ou importés.</translation>
    </message>
    <message>
        <source>You can change everything afterwards in the builder.</source>
        <translation>Vous pourrez tout modifier ensuite dans l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Tell Clientele the details</source>
        <translation>Donnez les détails à Clientele</translation>
    </message>
    <message>
        <source>Each line becomes one condition of the segment.</source>
        <translation>Chaque ligne devient une condition du segment.</translation>
    </message>
    <message>
        <source>How often they come</source>
        <translation>Combien de fois ils viennent</translation>
    </message>
    <message>
        <source>How many times</source>
        <translation>Combien de fois</translation>
    </message>
    <message>
        <source>Visits or purchases</source>
        <translation>Visites ou achats</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visites</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>achats</translation>
    </message>
    <message>
        <source>In how many days</source>
        <translation>En combien de jours</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Au moins</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>en</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>A café regular comes about 8 times a month; a shop&apos;s loyal customer buys 3 or 4 times in half a year.</source>
        <translation>Un habitué de café vient environ 8 fois par mois&#xa0;; le client fidèle d&apos;une boutique achète 3 ou 4 fois en six mois.</translation>
    </message>
    <message>
        <source>How much they spend</source>
        <translation>Combien ils dépensent</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Montant dépensé</translation>
    </message>
    <message>
        <source>spent in the last</source>
        <translation>dépensés en</translation>
    </message>
    <message>
        <source>365 days compares whole years, so seasons do not count twice.</source>
        <translation>365 jours couvrent une année entière&#xa0;: aucune saison ne compte deux fois.</translation>
    </message>
    <message>
        <source>How long since they last bought</source>
        <translation>Quand ils ont acheté pour la dernière fois</translation>
    </message>
    <message>
        <source>Bought or not</source>
        <translation>Acheté ou non</translation>
    </message>
    <message>
        <source>Have not bought for more than</source>
        <translation>Dernier achat il y a plus de</translation>
    </message>
    <message>
        <source>Bought within the last</source>
        <translation>Dernier achat il y a moins de</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>Nombre de jours</translation>
    </message>
    <message>
        <source>Customers who never bought anything are in neither: they have no last purchase.</source>
        <translation>Les clients qui n&apos;ont jamais rien acheté n&apos;entrent dans aucun des deux cas&#xa0;: ils n&apos;ont pas de dernier achat.</translation>
    </message>
    <message>
        <source>Where they live</source>
        <translation>Où ils habitent</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Live in</source>
        <translation>Habitent à</translation>
    </message>
    <message>
        <source>The towns your customers live in, most common first.</source>
        <translation>Les villes où habitent vos clients, les plus fréquentes d&apos;abord.</translation>
    </message>
    <message>
        <source>A tag they have</source>
        <translation>Une étiquette qu&apos;ils ont</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Have the tag</source>
        <translation>Ont l&apos;étiquette</translation>
    </message>
    <message>
        <source>How they first came to the shop</source>
        <translation>Comment ils sont venus la première fois</translation>
    </message>
    <message>
        <source>How they first came</source>
        <translation>Première venue</translation>
    </message>
    <message>
        <source>walked in</source>
        <translation>en boutique</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>through a referral</source>
        <translation>sur recommandation</translation>
    </message>
    <message>
        <source>imported from another program</source>
        <translation>par un import depuis un autre logiciel</translation>
    </message>
    <message>
        <source>First came</source>
        <translation>Sont d&apos;abord venus</translation>
    </message>
    <message>
        <source>fit &amp;all of these</source>
        <translation>remplir &amp;toutes ces conditions</translation>
    </message>
    <message>
        <source>fit at least &amp;one of these</source>
        <translation>remplir au moins &amp;une de ces conditions</translation>
    </message>
    <message>
        <source>Customers must</source>
        <translation>Les clients doivent</translation>
    </message>
    <message>
        <source>Your segment</source>
        <translation>Votre segment</translation>
    </message>
    <message>
        <source>This is who it finds today. Give it a name you will recognise.</source>
        <translation>Voici les clients qu&apos;il trouve aujourd&apos;hui. Donnez-lui un nom que vous reconnaîtrez.</translation>
    </message>
    <message>
        <source>Name of the segment</source>
        <translation>Nom du segment</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>“Open in the builder” shows the conditions one by one. Change anything you like there, then save the segment. Each customer belongs to the first segment that fits, so it is checked after the segments you already have.</source>
        <translation>«&#xa0;Ouvrir dans l&apos;éditeur&#xa0;» affiche les conditions une par une. Modifiez-y ce que vous voulez, puis enregistrez le segment. Chaque client appartient au premier segment qui lui correspond&#xa0;; celui-ci sera donc vérifié après les segments que vous avez déjà.</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Habitués</translation>
    </message>
    <message>
        <source>Big spenders</source>
        <translation>Gros clients</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Recently active</source>
        <translation>Actifs récemment</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Clients à %1</translation>
    </message>
    <message>
        <source>My segment</source>
        <translation>Mon segment</translation>
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
        <translation>Revenez en arrière et remplissez au moins une réponse.</translation>
    </message>
    <message>
        <source>These answers could not be counted: %1</source>
        <translation>Ces réponses n&apos;ont pas pu être comptées&#xa0;: %1</translation>
    </message>
    <message>
        <source>No customers fit these answers today. You can loosen them in the builder.</source>
        <translation>Aucun client ne correspond à ces réponses aujourd&apos;hui. Vous pouvez les assouplir dans l&apos;éditeur.</translation>
    </message>
    <message>
        <source>1 customer fits today (%1 of your customers).</source>
        <translation>1 client correspond aujourd&apos;hui (%1 de vos clients).</translation>
    </message>
    <message>
        <source>%1 customers fit today (%2 of your customers).</source>
        <translation>%1 clients correspondent aujourd&apos;hui (%2 de vos clients).</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentsPage</name>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Each customer belongs to the first segment that fits, from the top, so the numbers add up. Drag a segment up or down to change which one wins.</source>
        <translation>Chaque client appartient au premier segment qui lui correspond, en partant du haut, donc les chiffres tombent juste. Faites glisser un segment vers le haut ou vers le bas pour changer celui qui l&apos;emporte.</translation>
    </message>
    <message>
        <source>&amp;New segment…</source>
        <translation>&amp;Nouveau segment…</translation>
    </message>
    <message>
        <source>Build a segment by pointing and clicking</source>
        <translation>Créer un segment en quelques clics</translation>
    </message>
    <message>
        <source>From a &amp;template…</source>
        <translation>À partir d&apos;un &amp;modèle…</translation>
    </message>
    <message>
        <source>Start from ready-made segments for your kind of business</source>
        <translation>Partir de segments tout prêts pour votre type de commerce</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Du&amp;pliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Show customers</source>
        <translation>Affi&amp;cher les clients</translation>
    </message>
    <message>
        <source>Show the customers of this segment in the customer list</source>
        <translation>Afficher les clients de ce segment dans la liste des clients</translation>
    </message>
    <message>
        <source>Group your customers</source>
        <translation>Classez vos clients en groupes</translation>
    </message>
    <message>
        <source>A segment is a group of customers who fit a rule you choose, such as “came more than 8 times in the last month” or “has not bought for three months”. Each customer is in one group, so you see at a glance who your regulars are, who spends the most and who has not come back.

Most shops do best with three to five groups. Start from a template for your kind of business, or build your own.</source>
        <translation>Un segment est un groupe de clients qui répondent à une règle de votre choix, comme «&#xa0;est venu plus de 8 fois le mois dernier&#xa0;» ou «&#xa0;n&apos;a rien acheté depuis trois mois&#xa0;». Chaque client est dans un seul groupe&#xa0;: vous voyez d&apos;un coup d&apos;œil qui sont vos habitués, qui dépense le plus et qui n&apos;est pas revenu.

La plupart des commerces s&apos;en sortent le mieux avec trois à cinq groupes. Partez d&apos;un modèle pour votre type de commerce, ou créez les vôtres.</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>Partir d&apos;un modèle…</translation>
    </message>
    <message>
        <source>Build your own…</source>
        <translation>Créer les vôtres…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>You have %1 segments. Most shops do best with three to five groups: fewer groups are easier to remember and to act on. Consider merging the small ones.</source>
        <translation>Vous avez %1 segments. La plupart des commerces s&apos;en sortent le mieux avec trois à cinq groupes&#xa0;: moins il y a de groupes, plus ils sont faciles à retenir et à exploiter. Pensez à regrouper les petits.</translation>
    </message>
    <message>
        <source>%1 customers as of %2. Money spent counts purchases in the 12 months up to that day.</source>
        <translation>%1 clients au %2. Le montant dépensé compte les achats des 12 mois précédant ce jour.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>Duplicate segment</source>
        <translation>Dupliquer le segment</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Supprimer le segment</translation>
    </message>
    <message>
        <source>Delete the segment “%1”?</source>
        <translation>Supprimer le segment «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its customer stays in your shop and moves to the next segment that fits, or to “Everyone else”.</source>
        <translation>Son client reste dans votre boutique et passe dans le segment suivant qui lui correspond, ou dans «&#xa0;Tous les autres&#xa0;».</translation>
    </message>
    <message>
        <source>Its %1 customers stay in your shop and move to the next segment that fits, or to “Everyone else”.</source>
        <translation>Ses %1 clients restent dans votre boutique et passent dans le segment suivant qui leur correspond, ou dans «&#xa0;Tous les autres&#xa0;».</translation>
    </message>
    <message>
        <source>You can undo this until you close Clientele.</source>
        <translation>Vous pouvez l&apos;annuler tant que vous ne fermez pas Clientele.</translation>
    </message>
    <message>
        <source>&amp;Help me make one…</source>
        <translation>&amp;Guidez-moi…</translation>
    </message>
    <message>
        <source>A few plain questions make the segment for you</source>
        <translation>Quelques questions simples, et Clientele crée le segment pour vous</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Imprimer le &amp;rapport…</translation>
    </message>
    <message>
        <source>Preview and print this segment&apos;s report: figures, members over time, member list</source>
        <translation>Voir et imprimer le rapport de ce segment&#xa0;: chiffres, membres dans le temps, liste des membres</translation>
    </message>
    <message>
        <source>Print &amp;call list…</source>
        <translation>Imprimer la &amp;liste d&apos;appels…</translation>
    </message>
    <message>
        <source>Preview and print the members who agreed to be called, with their phone numbers</source>
        <translation>Voir et imprimer les membres qui acceptent d&apos;être appelés, avec leur numéro de téléphone</translation>
    </message>
    <message>
        <source>Check this segment earlier (Ctrl+Up)</source>
        <translation>Examiner ce segment plus tôt (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Check this segment later (Ctrl+Down)</source>
        <translation>Examiner ce segment plus tard (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>clientele::SetTagColorCommand</name>
    <message>
        <source>colour of tag %1</source>
        <translation>le changement de couleur de l&apos;étiquette %1</translation>
    </message>
</context>
<context>
    <name>clientele::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>For example: Café Lumière</source>
        <translation>Par exemple&#xa0;: Café Lumière</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>&amp;Nom de la boutique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;untry (for phone numbers):</source>
        <translation>&amp;Pays (pour les numéros de téléphone)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Backups go to:</source>
        <translation>&amp;Sauvegardes dans&#xa0;:</translation>
    </message>
    <message>
        <source>The shop name, currency and country are kept in the shop&apos;s file. The language and the backup folder are kept on this computer.</source>
        <translation>Le nom de la boutique, la devise et le pays sont enregistrés dans le fichier de la boutique. La langue et le dossier des sauvegardes sont enregistrés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>A currency is three letters, like EUR or USD.</source>
        <translation>Une devise s&apos;écrit avec trois lettres, comme EUR ou USD.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Clientele.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Clientele.</translation>
    </message>
    <message>
        <source>&amp;Automatic backups:</source>
        <translation>Sauvegardes &amp;automatiques&#xa0;:</translation>
    </message>
</context>
<context>
    <name>clientele::ShopChoices</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Never (I make my own backups)</source>
        <translation>Jamais (je fais mes propres sauvegardes)</translation>
    </message>
</context>
<context>
    <name>clientele::SqlSegmentEvaluator</name>
    <message>
        <source>The RFM scores could not be computed: %1</source>
        <translation>Les scores RFM n&apos;ont pas pu être calculés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>clientele::TagCommands</name>
    <message>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
</context>
<context>
    <name>clientele::TagCustomersCommand</name>
    <message>
        <source>tag %1 on %2</source>
        <translation>l&apos;ajout de l&apos;étiquette %1 à %2</translation>
    </message>
</context>
<context>
    <name>clientele::TagManagerDialog</name>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags mark customers: “VIP”, “Newsletter”, “Allergic to nuts”. Changes here can be undone with Ctrl+Z.</source>
        <translation>Les étiquettes servent à repérer des clients&#xa0;: «&#xa0;VIP&#xa0;», «&#xa0;Newsletter&#xa0;», «&#xa0;Allergique aux noix&#xa0;». Les modifications faites ici peuvent être annulées avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>%1 (1 customer)</source>
        <translation>%1 (1 client)</translation>
    </message>
    <message>
        <source>%1 (%2 customers)</source>
        <translation>%1 (%2 clients)</translation>
    </message>
    <message>
        <source>No tags yet. Add one on a customer&apos;s card.</source>
        <translation>Aucune étiquette pour l&apos;instant. Ajoutez-en une sur la fiche d&apos;un client.</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Renommer l&apos;étiquette</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>There is already a tag “%1”. To put both together, use “Merge into…”.</source>
        <translation>Il existe déjà une étiquette «&#xa0;%1&#xa0;». Pour réunir les deux, utilisez «&#xa0;Fusionner avec…&#xa0;».</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Couleur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Fusionner des étiquettes</translation>
    </message>
    <message>
        <source>Everyone tagged “%1” gets this tag instead, and “%1” goes away:</source>
        <translation>Tous les clients qui ont l&apos;étiquette «&#xa0;%1&#xa0;» reçoivent celle-ci à la place, et «&#xa0;%1&#xa0;» disparaît&#xa0;:</translation>
    </message>
    <message>
        <source>Delete the tag “%1”? Nobody carries it.</source>
        <translation>Supprimer l&apos;étiquette «&#xa0;%1&#xa0;»&#xa0;? Personne ne l&apos;a.</translation>
    </message>
    <message>
        <source>Delete the tag “%1”? %2 customers carry it; they stay, only the tag goes.</source>
        <translation>Supprimer l&apos;étiquette «&#xa0;%1&#xa0;»&#xa0;? %2 clients l&apos;ont&#xa0;; ils restent, seule l&apos;étiquette disparaît.</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Supprimer l&apos;étiquette</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Vous pouvez l&apos;annuler avec Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>clientele::TemplateGallery</name>
    <message>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Pick the kind of business closest to yours, or single groups by how recently, how often and how much customers buy. The numbers are your customers today.</source>
        <translation>Choisissez le type de commerce le plus proche du vôtre, ou des groupes isolés selon la date du dernier achat, la fréquence et le montant des achats. Les chiffres sont ceux de vos clients aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Kinds of business</source>
        <translation>Types de commerce</translation>
    </message>
    <message>
        <source>Thresholds you can change</source>
        <translation>Seuils modifiables</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Prochaine étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot be counted</source>
        <translation>ne peut pas être compté</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>Add 1 segment</source>
        <translation>Ajouter 1 segment</translation>
    </message>
    <message>
        <source>Add %1 segments</source>
        <translation>Ajouter %1 segments</translation>
    </message>
    <message>
        <source>They go after your segment; you can change the order afterwards.</source>
        <translation>Ils se placent après votre segment&#xa0;; vous pourrez changer l&apos;ordre ensuite.</translation>
    </message>
    <message>
        <source>They go after your %1 segments; you can change the order afterwards.</source>
        <translation>Ils se placent après vos %1 segments&#xa0;; vous pourrez changer l&apos;ordre ensuite.</translation>
    </message>
    <message>
        <source>Most shops do best with three to five groups.</source>
        <translation>La plupart des commerces s&apos;en sortent le mieux avec trois à cinq groupes.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The segments could not be added.</source>
        <translation>Les segments n&apos;ont pas pu être ajoutés.</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>comptage…</translation>
    </message>
</context>
<context>
    <name>clientele::UntagCustomersCommand</name>
    <message>
        <source>remove tag %1 from %2</source>
        <translation>le retrait de l&apos;étiquette %1 de %2</translation>
    </message>
</context>
<context>
    <name>clientele::ViewExport</name>
    <message>
        <source>Clientele cannot write “%1”: %2.</source>
        <translation>Clientele ne peut pas écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Clientele could not write “%1”: %2.</source>
        <translation>Clientele n&apos;a pas pu écrire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer lists, groups and reports for small shops.</source>
        <translation>Listes de clients, groupes et rapports pour les petits commerces.</translation>
    </message>
    <message>
        <source>Open the customer database FILE.</source>
        <translation>Ouvrir la base de données des clients FILE.</translation>
    </message>
    <message>
        <source>Keep window and language settings in FILE.</source>
        <translation>Enregistrer les réglages de fenêtre et de langue dans FILE.</translation>
    </message>
    <message>
        <source>Use the language CODE (en, de, fr, es).</source>
        <translation>Utiliser la langue CODE (en, de, fr, es).</translation>
    </message>
    <message>
        <source>The customer database to open.</source>
        <translation>La base de données des clients à ouvrir.</translation>
    </message>
    <message>
        <source>Clientele</source>
        <translation>Clientele</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>Open or create a customer file</source>
        <translation>Ouvrir ou créer un fichier de clients</translation>
    </message>
    <message>
        <source>Clientele files (*.sqlite);;All files (*)</source>
        <translation>Fichiers Clientele (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
</context>
</TS>
