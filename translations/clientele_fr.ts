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

Vos données restent sur cet ordinateur, dans un seul fichier :
%1

Conçu avec Qt %2. Logiciel libre sous licence GNU General Public License, version 3 ou ultérieure.</translation>
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
        <translation>Utilisation : clientele-cli [--db FILE] [--lang CODE] COMMAND ...

Commandes :
  demo [--customers N] [--seed S] [--as-of DATE]
                 remplir un fichier vide avec une boutique de démonstration
                 (2000 clients par défaut)
  check          vérifier que le fichier est en bon état
  backup FILE    écrire une copie de toute la base de données dans FILE
  restore FILE   remplacer la base de données par la sauvegarde FILE (une
                 copie des données actuelles est d&apos;abord conservée à côté)

Options :
  --db FILE      la base de données des clients (par défaut : %1)
  --lang CODE    langue des messages : en, de, fr, es
  -h, --help     afficher cette aide
  -v, --version  afficher la version

Codes de sortie : 0 terminé, 1 erreur d&apos;utilisation, 2 données incorrectes,
3 problème de base de données.
</translation>
    </message>
    <message>
        <source>Try “clientele-cli --help”.</source>
        <translation>Essayez « clientele-cli --help ».</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande « %1 » inconnue.</translation>
    </message>
    <message>
        <source>“demo” takes no file name.</source>
        <translation>« demo » ne prend pas de nom de fichier.</translation>
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
        <translation>Boutique de démonstration créée dans %1 : %2 clients, %3 achats, %4 échanges (%5 s).</translation>
    </message>
    <message>
        <source>“check” takes no arguments.</source>
        <translation>« check » ne prend pas d&apos;arguments.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2. Restore it from a backup.</source>
        <translation>« %1 » est endommagé : %2. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” is healthy: schema version %2, %3 customers, %4 purchases, %5 interactions.</source>
        <translation>« %1 » est en bon état : version du schéma %2, %3 clients, %4 achats, %5 échanges.</translation>
    </message>
    <message>
        <source>“backup” needs one file name: clientele-cli backup FILE</source>
        <translation>« backup » attend un nom de fichier : clientele-cli backup FILE</translation>
    </message>
    <message>
        <source>Backed up to “%1” (%2).</source>
        <translation>Sauvegarde enregistrée dans « %1 » (%2).</translation>
    </message>
    <message>
        <source>“restore” needs one file name: clientele-cli restore FILE</source>
        <translation>« restore » attend un nom de fichier : clientele-cli restore FILE</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>« %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Restored “%1” from “%2”. The data it had before is kept in “%3”.</source>
        <translation>« %1 » a été restauré à partir de « %2 ». Les données qu&apos;il contenait avant sont conservées dans « %3 ».</translation>
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
        <source>No customers yet. Import a file or try the demo shop from the File menu.</source>
        <translation>Aucun client pour l&apos;instant. Importez un fichier ou essayez la boutique de démonstration depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Aucun client ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>clientele::Database</name>
    <message>
        <source>“%1” is a folder, not a Clientele file.</source>
        <translation>« %1 » est un dossier, pas un fichier Clientele.</translation>
    </message>
    <message>
        <source>Clientele cannot read “%1”: %2.</source>
        <translation>Clientele ne peut pas lire « %1 » : %2.</translation>
    </message>
    <message>
        <source>“%1” is not a Clientele file. Choose a file that Clientele made, or a new file name.</source>
        <translation>« %1 » n&apos;est pas un fichier Clientele. Choisissez un fichier créé par Clientele, ou un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is shorter than it should be. Restore it from a backup.</source>
        <translation>« %1 » est endommagé : le fichier est plus court qu&apos;il ne devrait. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Clientele cannot create the folder “%1”.</source>
        <translation>Clientele ne peut pas créer le dossier « %1 ».</translation>
    </message>
    <message>
        <source>Clientele cannot write next to “%1”. Check that the folder is not read-only.</source>
        <translation>Clientele ne peut pas écrire à côté de « %1 ». Vérifiez que le dossier n&apos;est pas en lecture seule.</translation>
    </message>
    <message>
        <source>“%1” is already open in another Clientele window (process %2 on %3). Close it there first, or work on a copy.</source>
        <translation>« %1 » est déjà ouvert dans une autre fenêtre de Clientele (processus %2 sur %3). Fermez-le d&apos;abord là-bas, ou travaillez sur une copie.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Clientele cannot open “%1”: %2.</source>
        <translation>Clientele ne peut pas ouvrir « %1 » : %2.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). Restore it from a backup.</source>
        <translation>« %1 » est endommagé (%2). Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>A database command failed on “%1”: %2.</source>
        <translation>Une commande de base de données a échoué sur « %1 » : %2.</translation>
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
        <translation>« %1 » est une base de données, mais pas un fichier Clientele. Choisissez un fichier créé par Clientele, ou un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Clientele. Update Clientele to open it.</source>
        <translation>« %1 » a été enregistré par une version plus récente de Clientele. Mettez Clientele à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>No upgrade step to schema version %1.</source>
        <translation>Aucune étape de mise à niveau vers la version de schéma %1.</translation>
    </message>
    <message>
        <source>Upgrade to schema version %1 failed: %2</source>
        <translation>La mise à niveau vers la version de schéma %1 a échoué : %2</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the file it copies.</source>
        <translation>Une sauvegarde ne peut pas écraser le fichier qu&apos;elle copie.</translation>
    </message>
    <message>
        <source>Clientele cannot replace “%1”.</source>
        <translation>Clientele ne peut pas remplacer « %1 ».</translation>
    </message>
    <message>
        <source>Clientele could not write the backup “%1”: %2.</source>
        <translation>Clientele n&apos;a pas pu écrire la sauvegarde « %1 » : %2.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>« %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is empty, not a Clientele file.</source>
        <translation>« %1 » est vide, ce n&apos;est pas un fichier Clientele.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). Choose another backup.</source>
        <translation>« %1 » est endommagé (%2). Choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Clientele file.</source>
        <translation>« %1 » est une base de données, mais pas un fichier Clientele.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Clientele. Update Clientele to use it.</source>
        <translation>« %1 » a été enregistré par une version plus récente de Clientele. Mettez Clientele à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Clientele cannot open “%1”.</source>
        <translation>Clientele ne peut pas ouvrir « %1 ».</translation>
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
        <translation>Ce fichier contient déjà des clients. La boutique de démonstration a besoin d&apos;un fichier vide : choisissez-lui un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>Cancelled: the file was left as it was.</source>
        <translation>Annulé : le fichier n&apos;a pas été modifié.</translation>
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
        <translation>Classez vos clients en groupes en quelques clics : habitués, gros clients, clients que vous risquez de perdre. Chaque client appartient à un seul groupe, donc les chiffres tombent juste.</translation>
    </message>
    <message>
        <source>Charts of your groups: how many customers each has, the money they bring, and how they change over time.</source>
        <translation>Des graphiques de vos groupes : combien de clients compte chacun, l&apos;argent qu&apos;ils rapportent et leur évolution dans le temps.</translation>
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

Pour voir la boutique de démonstration, lancez Clientele avec un nouveau fichier :
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
        <translation>Voulez-vous d&apos;abord découvrir une boutique de démonstration ? C&apos;est un café avec 2 000 clients imaginaires et deux ans d&apos;achats. Vous pourrez créer votre propre boutique plus tard, dans un nouveau fichier.</translation>
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
        <translation>Remplacer toutes les données de cette boutique par la sauvegarde du %1 ?</translation>
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
</context>
<context>
    <name>clientele::PlaceholderPage</name>
    <message>
        <source>This page is coming in a later version of Clientele.</source>
        <translation>Cette page arrivera dans une prochaine version de Clientele.</translation>
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
