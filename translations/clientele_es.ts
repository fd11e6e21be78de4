<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>clientele::AboutDialog</name>
    <message>
        <source>About Clientele</source>
        <translation>Acerca de Clientele</translation>
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
        <translation>Listas de clientes, grupos e informes para pequeños comercios.

Sus datos se quedan en este equipo, en un solo archivo:
%1

Hecho con Qt %2. Software libre bajo la GNU General Public License, versión 3 o posterior.</translation>
    </message>
</context>
<context>
    <name>clientele::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
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
        <translation>Uso: clientele-cli [--db FILE] [--lang CODE] COMMAND ...

Comandos:
  demo [--customers N] [--seed S] [--as-of DATE]
                 llenar un archivo vacío con una tienda de demostración
                 (2000 clientes si no se indica otra cifra)
  check          comprobar que el archivo está en buen estado
  backup FILE    escribir una copia de toda la base de datos en FILE
  restore FILE   sustituir la base de datos por la copia de seguridad FILE
                 (antes se guarda al lado una copia de los datos actuales)

Opciones:
  --db FILE      la base de datos de clientes (predeterminada: %1)
  --lang CODE    idioma de los mensajes: en, de, fr, es
  -h, --help     mostrar esta ayuda
  -v, --version  mostrar la versión

Códigos de salida: 0 hecho, 1 error de uso, 2 datos incorrectos,
3 problema con la base de datos.
</translation>
    </message>
    <message>
        <source>Try “clientele-cli --help”.</source>
        <translation>Pruebe «clientele-cli --help».</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se ha indicado ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando «%1» desconocido.</translation>
    </message>
    <message>
        <source>“demo” takes no file name.</source>
        <translation>«demo» no admite un nombre de archivo.</translation>
    </message>
    <message>
        <source>--customers must be a whole number from 1 to %1.</source>
        <translation>--customers debe ser un número entero entre 1 y %1.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed debe ser un número entero.</translation>
    </message>
    <message>
        <source>--as-of must be a date like 2026-03-31.</source>
        <translation>--as-of debe ser una fecha como 2026-03-31.</translation>
    </message>
    <message>
        <source>Made a demo shop in %1: %2 customers, %3 purchases, %4 interactions (%5 s).</source>
        <translation>Tienda de demostración creada en %1: %2 clientes, %3 compras, %4 interacciones (%5 s).</translation>
    </message>
    <message>
        <source>“check” takes no arguments.</source>
        <translation>«check» no admite argumentos.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2. Restore it from a backup.</source>
        <translation>«%1» está dañado: %2. Restáurelo a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <source>“%1” is healthy: schema version %2, %3 customers, %4 purchases, %5 interactions.</source>
        <translation>«%1» está en buen estado: versión del esquema %2, %3 clientes, %4 compras, %5 interacciones.</translation>
    </message>
    <message>
        <source>“backup” needs one file name: clientele-cli backup FILE</source>
        <translation>«backup» necesita un nombre de archivo: clientele-cli backup FILE</translation>
    </message>
    <message>
        <source>Backed up to “%1” (%2).</source>
        <translation>Copia de seguridad guardada en «%1» (%2).</translation>
    </message>
    <message>
        <source>“restore” needs one file name: clientele-cli restore FILE</source>
        <translation>«restore» necesita un nombre de archivo: clientele-cli restore FILE</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>Restored “%1” from “%2”. The data it had before is kept in “%3”.</source>
        <translation>«%1» se ha restaurado a partir de «%2». Los datos que tenía antes se guardan en «%3».</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerTableModel</name>
    <message>
        <source>Has not bought anything yet</source>
        <translation>Aún no ha comprado nada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>Total gastado</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
</context>
<context>
    <name>clientele::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Search by name, email, phone, city or notes (Ctrl+F)</source>
        <translation>Buscar por nombre, correo electrónico, teléfono, ciudad o notas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>Lista de clientes</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 de %2 clientes</translation>
    </message>
    <message>
        <source>No customers yet. Import a file or try the demo shop from the File menu.</source>
        <translation>Aún no hay clientes. Importe un archivo o pruebe la tienda de demostración desde el menú Archivo.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Ningún cliente coincide con «%1».</translation>
    </message>
</context>
<context>
    <name>clientele::Database</name>
    <message>
        <source>“%1” is a folder, not a Clientele file.</source>
        <translation>«%1» es una carpeta, no un archivo de Clientele.</translation>
    </message>
    <message>
        <source>Clientele cannot read “%1”: %2.</source>
        <translation>Clientele no puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a Clientele file. Choose a file that Clientele made, or a new file name.</source>
        <translation>«%1» no es un archivo de Clientele. Elija un archivo creado por Clientele o un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is shorter than it should be. Restore it from a backup.</source>
        <translation>«%1» está dañado: el archivo es más corto de lo que debería. Restáurelo a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <source>Clientele cannot create the folder “%1”.</source>
        <translation>Clientele no puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>Clientele cannot write next to “%1”. Check that the folder is not read-only.</source>
        <translation>Clientele no puede escribir junto a «%1». Compruebe que la carpeta no sea de solo lectura.</translation>
    </message>
    <message>
        <source>“%1” is already open in another Clientele window (process %2 on %3). Close it there first, or work on a copy.</source>
        <translation>«%1» ya está abierto en otra ventana de Clientele (proceso %2 en %3). Ciérrelo allí primero o trabaje con una copia.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>Clientele cannot open “%1”: %2.</source>
        <translation>Clientele no puede abrir «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). Restore it from a backup.</source>
        <translation>«%1» está dañado (%2). Restáurelo a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <source>A database command failed on “%1”: %2.</source>
        <translation>Falló un comando de la base de datos en «%1»: %2.</translation>
    </message>
    <message>
        <source>a %1 row points to a missing %2 row</source>
        <translation>una fila de %1 apunta a una fila de %2 que no existe</translation>
    </message>
    <message>
        <source>the search index does not match the customers (%1)</source>
        <translation>el índice de búsqueda no coincide con los clientes (%1)</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Clientele file. Choose a file that Clientele made, or a new file name.</source>
        <translation>«%1» es una base de datos, pero no un archivo de Clientele. Elija un archivo creado por Clientele o un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Clientele. Update Clientele to open it.</source>
        <translation>«%1» se guardó con una versión más reciente de Clientele. Actualice Clientele para abrirlo.</translation>
    </message>
    <message>
        <source>No upgrade step to schema version %1.</source>
        <translation>No hay ningún paso de actualización a la versión de esquema %1.</translation>
    </message>
    <message>
        <source>Upgrade to schema version %1 failed: %2</source>
        <translation>Falló la actualización a la versión de esquema %1: %2</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the file it copies.</source>
        <translation>Una copia de seguridad no puede sobrescribir el archivo que copia.</translation>
    </message>
    <message>
        <source>Clientele cannot replace “%1”.</source>
        <translation>Clientele no puede reemplazar «%1».</translation>
    </message>
    <message>
        <source>Clientele could not write the backup “%1”: %2.</source>
        <translation>Clientele no pudo escribir la copia de seguridad «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” is empty, not a Clientele file.</source>
        <translation>«%1» está vacío, no es un archivo de Clientele.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). Choose another backup.</source>
        <translation>«%1» está dañado (%2). Elija otra copia de seguridad.</translation>
    </message>
    <message>
        <source>“%1” is a database, but not a Clientele file.</source>
        <translation>«%1» es una base de datos, pero no un archivo de Clientele.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Clientele. Update Clientele to use it.</source>
        <translation>«%1» se guardó con una versión más reciente de Clientele. Actualice Clientele para usarlo.</translation>
    </message>
    <message>
        <source>Clientele cannot open “%1”.</source>
        <translation>Clientele no puede abrir «%1».</translation>
    </message>
</context>
<context>
    <name>clientele::DemoShop</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>The demo shop can have between 1 and %1 customers.</source>
        <translation>La tienda de demostración puede tener entre 1 y %1 clientes.</translation>
    </message>
    <message>
        <source>This file already has customers. The demo shop needs an empty file: choose a new file name for it.</source>
        <translation>Este archivo ya tiene clientes. La tienda de demostración necesita un archivo vacío: elija un nombre de archivo nuevo para ella.</translation>
    </message>
    <message>
        <source>Cancelled: the file was left as it was.</source>
        <translation>Cancelado: el archivo se ha quedado como estaba.</translation>
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
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Group your customers by pointing and clicking: regulars, big spenders, customers at risk. Each customer belongs to one group, so the numbers add up.</source>
        <translation>Agrupe a sus clientes con unos pocos clics: habituales, los que más gastan, los que podría perder. Cada cliente pertenece a un solo grupo, así que las cuentas cuadran.</translation>
    </message>
    <message>
        <source>Charts of your groups: how many customers each has, the money they bring, and how they change over time.</source>
        <translation>Gráficos de sus grupos: cuántos clientes tiene cada uno, el dinero que aportan y cómo cambian con el tiempo.</translation>
    </message>
    <message>
        <source>Printed reports of a group for your accountant, and call lists to phone customers you have not seen for a while.</source>
        <translation>Informes impresos de un grupo para su contabilidad, y listas de llamadas para telefonear a los clientes que hace tiempo que no ve.</translation>
    </message>
    <message>
        <source>The file with this shop&apos;s data</source>
        <translation>El archivo con los datos de esta tienda</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Try the &amp;demo shop…</source>
        <translation>Probar la &amp;tienda de demostración…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Hacer una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segmentos</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Clientele</source>
        <translation>&amp;Acerca de Clientele</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Tienda de demostración</translation>
    </message>
    <message>
        <source>The demo shop needs an empty file, and this one already has customers.

To look at the demo shop, start Clientele with a new file:
clientele --db demo.sqlite</source>
        <translation>La tienda de demostración necesita un archivo vacío, y este ya tiene clientes.

Para ver la tienda de demostración, inicie Clientele con un archivo nuevo:
clientele --db demo.sqlite</translation>
    </message>
    <message>
        <source>Welcome to Clientele</source>
        <translation>Le damos la bienvenida a Clientele</translation>
    </message>
    <message>
        <source>Your shop has no customers yet.</source>
        <translation>Su tienda aún no tiene clientes.</translation>
    </message>
    <message>
        <source>Would you like to look around a demo shop first? It is a café with 2,000 made-up customers and two years of purchases. You can start your own shop later in a new file.</source>
        <translation>¿Quiere echar primero un vistazo a una tienda de demostración? Es una cafetería con 2000 clientes inventados y dos años de compras. Más adelante podrá empezar su propia tienda en un archivo nuevo.</translation>
    </message>
    <message>
        <source>Try the demo shop</source>
        <translation>Probar la tienda de demostración</translation>
    </message>
    <message>
        <source>Start with an empty shop</source>
        <translation>Empezar con una tienda vacía</translation>
    </message>
    <message>
        <source>Making the demo shop…</source>
        <translation>Creando la tienda de demostración…</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Guardar la copia de seguridad como</translation>
    </message>
    <message>
        <source>Clientele files (*.sqlite);;All files (*)</source>
        <translation>Archivos de Clientele (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Escribiendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace all data in this shop with the backup from %1?</source>
        <translation>¿Reemplazar todos los datos de esta tienda por la copia de seguridad del %1?</translation>
    </message>
    <message>
        <source>Customers, purchases and segments added since that backup will be gone from this file. A copy of today&apos;s data is kept next to it, so you can go back.</source>
        <translation>Los clientes, las compras y los grupos añadidos desde esa copia de seguridad desaparecerán de este archivo. Se guarda al lado una copia de los datos de hoy, para que pueda volver atrás.</translation>
    </message>
    <message>
        <source>Replace with the backup</source>
        <translation>Reemplazar por la copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Restored. The data from before is kept in %1</source>
        <translation>Restauración terminada. Los datos anteriores se guardan en %1</translation>
    </message>
</context>
<context>
    <name>clientele::PlaceholderPage</name>
    <message>
        <source>This page is coming in a later version of Clientele.</source>
        <translation>Esta página llegará en una versión posterior de Clientele.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Customer lists, groups and reports for small shops.</source>
        <translation>Listas de clientes, grupos e informes para pequeños comercios.</translation>
    </message>
    <message>
        <source>Open the customer database FILE.</source>
        <translation>Abrir la base de datos de clientes FILE.</translation>
    </message>
    <message>
        <source>Keep window and language settings in FILE.</source>
        <translation>Guardar los ajustes de ventana e idioma en FILE.</translation>
    </message>
    <message>
        <source>Use the language CODE (en, de, fr, es).</source>
        <translation>Usar el idioma CODE (en, de, fr, es).</translation>
    </message>
    <message>
        <source>The customer database to open.</source>
        <translation>La base de datos de clientes que se abrirá.</translation>
    </message>
    <message>
        <source>Clientele</source>
        <translation>Clientele</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Abrir otro archivo…</translation>
    </message>
    <message>
        <source>Open or create a customer file</source>
        <translation>Abrir o crear un archivo de clientes</translation>
    </message>
    <message>
        <source>Clientele files (*.sqlite);;All files (*)</source>
        <translation>Archivos de Clientele (*.sqlite);;Todos los archivos (*)</translation>
    </message>
</context>
</TS>
