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
  export customers|purchases FILE [--excel]
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
  export customers|purchases FILE [--excel]
                 écrire un fichier CSV (--excel : avec une marque d’ordre des octets pour Excel)
</translation>
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
</context>
<context>
    <name>clientele::CsvPreviewModel</name>
    <message>
        <source>Clientele cannot read “%1”: %2.</source>
        <translation type="unfinished">Clientele ne peut pas lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation type="unfinished">«&#xa0;%1&#xa0;» est vide&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>clientele::EditCustomerCommand</name>
    <message>
        <source>edit %1</source>
        <translation>la modification du client %1</translation>
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
        <source>Usage: clientele-cli export customers|purchases FILE [--excel] [--delimiter ,|;|tab|&apos;|&apos;]</source>
        <translation>Utilisation&#xa0;: clientele-cli export customers|purchases FILE [--excel] [--delimiter ,|;|tab|&apos;|&apos;]</translation>
    </message>
    <message>
        <source>“export” needs what to export and a file name.</source>
        <translation>«&#xa0;export&#xa0;» attend ce qu&apos;il faut exporter et un nom de fichier.</translation>
    </message>
    <message>
        <source>“export” can export customers or purchases, not “%1”.</source>
        <translation>«&#xa0;export&#xa0;» peut exporter customers ou purchases, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Exporting the members of a segment is not available yet; export everyone and filter, or use the Clientele window.</source>
        <translation>L&apos;exportation des membres d&apos;un segment n&apos;est pas encore disponible&#xa0;; exportez tout le monde puis filtrez, ou utilisez la fenêtre de Clientele.</translation>
    </message>
    <message>
        <source>--delimiter must be “,”, “;”, tab or “|”.</source>
        <translation>--delimiter doit être «&#xa0;,&#xa0;», «&#xa0;;&#xa0;», tab ou «&#xa0;|&#xa0;».</translation>
    </message>
    <message>
        <source>Wrote %1 rows to “%2”.</source>
        <translation>%1 lignes écrites dans «&#xa0;%2&#xa0;».</translation>
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
        <source>Group your customers by pointing and clicking: regulars, big spenders, customers at risk. Each customer belongs to one group, so the numbers add up.</source>
        <translation>Classez vos clients en groupes en quelques clics&#xa0;: habitués, gros clients, clients que vous risquez de perdre. Chaque client appartient à un seul groupe, donc les chiffres tombent juste.</translation>
    </message>
    <message>
        <source>Charts of your groups: how many customers each has, the money they bring, and how they change over time.</source>
        <translation>Des graphiques de vos groupes&#xa0;: combien de clients compte chacun, l&apos;argent qu&apos;ils rapportent et leur évolution dans le temps.</translation>
    </message>
    <message>
        <source>Printed reports of a group for your accountant, and call lists to phone customers you have not seen for a while.</source>
        <translation>Des rapports imprimés d&apos;un groupe pour votre comptable, et des listes d&apos;appels pour téléphoner aux clients que vous n&apos;avez pas vus depuis un moment.</translation>
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
        <source>Welcome to Clientele</source>
        <translation>Bienvenue dans Clientele</translation>
    </message>
    <message>
        <source>Your shop has no customers yet.</source>
        <translation>Votre boutique n&apos;a pas encore de clients.</translation>
    </message>
    <message>
        <source>Would you like to look around a demo shop first? It is a café with 2,000 made-up customers and two years of purchases. You can start your own shop later in a new file.</source>
        <translation>Voulez-vous d&apos;abord découvrir une boutique de démonstration&#xa0;? C&apos;est un café avec 2&#xa0;000 clients imaginaires et deux ans d&apos;achats. Vous pourrez créer votre propre boutique plus tard, dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>Try the demo shop</source>
        <translation>Essayer la boutique de démonstration</translation>
    </message>
    <message>
        <source>Start with an empty shop</source>
        <translation>Commencer avec une boutique vide</translation>
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
</context>
<context>
    <name>clientele::MappingProfiles</name>
    <message>
        <source>Clientele cannot make the folder “%1”.</source>
        <translation type="unfinished"></translation>
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
    <name>clientele::PlaceholderPage</name>
    <message>
        <source>This page is coming in a later version of Clientele.</source>
        <translation>Cette page arrivera dans une prochaine version de Clientele.</translation>
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
        <source>Not set</source>
        <translation>Non défini</translation>
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
    <name>clientele::UntagCustomersCommand</name>
    <message>
        <source>remove tag %1 from %2</source>
        <translation>le retrait de l&apos;étiquette %1 de %2</translation>
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
