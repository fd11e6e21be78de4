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
    <name>clientele::AddCustomerCommand</name>
    <message>
        <source>add %1</source>
        <translation>el alta del cliente %1</translation>
    </message>
</context>
<context>
    <name>clientele::AddPurchaseCommand</name>
    <message>
        <source>add a purchase of %1</source>
        <translation>el registro de una compra de %1</translation>
    </message>
</context>
<context>
    <name>clientele::AddSegmentsCommand</name>
    <message>
        <source>add segment %1</source>
        <translation>la creación del segmento %1</translation>
    </message>
    <message>
        <source>add %1 segments</source>
        <translation>la creación de %1 segmentos</translation>
    </message>
</context>
<context>
    <name>clientele::AutoBackup</name>
    <message>
        <source>Clientele cannot make the backup folder “%1”.</source>
        <translation>Clientele no puede crear la carpeta de copias de seguridad «%1».</translation>
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
    <name>clientele::ChartCard</name>
    <message>
        <source>Copy chart</source>
        <translation>Copiar el gráfico</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Guardar el gráfico como PNG…</translation>
    </message>
</context>
<context>
    <name>clientele::CheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Comprobar antes de importar</translation>
    </message>
    <message>
        <source>Clientele reads the whole file once without keeping anything, so you see what the import will do before your customer list changes.</source>
        <translation>Clientele lee todo el archivo una vez sin guardar nada, para que vea qué hará la importación antes de que cambie su lista de clientes.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Rows that would be left out, by line in the file:</source>
        <translation>Filas que se dejarían fuera, con su número de línea en el archivo:</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Leyendo «%1»…</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is:
%1

Go back to change the settings.</source>
        <translation>El archivo no se puede importar tal como está:
%1

Vuelva atrás para cambiar los ajustes.</translation>
    </message>
    <message>
        <source>%1 rows read.</source>
        <translation>%1 filas leídas.</translation>
    </message>
    <message>
        <source>New customers: %1</source>
        <translation>Clientes nuevos: %1</translation>
    </message>
    <message>
        <source>Customers you have that will be updated: %1</source>
        <translation>Clientes que ya tiene y que se actualizarán: %1</translation>
    </message>
    <message>
        <source>Customers you have whose gaps will be filled in: %1</source>
        <translation>Clientes que ya tiene cuyos datos que faltan se completarán: %1</translation>
    </message>
    <message>
        <source>Rows about customers you have, skipped: %1</source>
        <translation>Filas de clientes que ya tiene, omitidas: %1</translation>
    </message>
    <message>
        <source>Purchases: %1</source>
        <translation>Compras: %1</translation>
    </message>
    <message>
        <source>Visits and emails: %1</source>
        <translation>Visitas y correos electrónicos: %1</translation>
    </message>
    <message>
        <source>New customers made for rows Clientele could not match: %1</source>
        <translation>Clientes nuevos creados para filas que Clientele no pudo asociar a nadie: %1</translation>
    </message>
    <message>
        <source>Rows that will be left out: %1</source>
        <translation>Filas que se dejarán fuera: %1</translation>
    </message>
    <message>
        <source>Everything looks fine. Press Import to bring it in; you can undo it afterwards.</source>
        <translation>Todo parece correcto. Pulse Importar para traer los datos; podrá deshacerlo después.</translation>
    </message>
    <message>
        <source>You can import anyway: the rows left out are kept in a file you can save, fix and import again. Or go back and change the settings.</source>
        <translation>Puede importar de todos modos: las filas que quedan fuera se guardan en un archivo que podrá guardar, corregir e importar de nuevo. O vuelva atrás y cambie los ajustes.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… y %1 más.</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importando «%1»…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Nothing was imported: your customer list is as it was.</source>
        <translation>No se ha importado nada: su lista de clientes sigue como estaba.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>%1

Nothing was imported: your customer list is as it was.</source>
        <translation>%1

No se ha importado nada: su lista de clientes sigue como estaba.</translation>
    </message>
</context>
<context>
    <name>clientele::Cli</name>
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
        <translation>Uso: clientele-cli [--db FILE] [--lang CODE] COMMAND ...

Comandos:
  demo [--customers N] [--seed S] [--as-of DATE]
                 llenar un archivo vacío con una tienda de demostración
                 (2000 clientes si no se indica otra cifra)
  check          comprobar que el archivo está en buen estado
  segments list [--json]
                 los segmentos por orden de prioridad, con sus reglas en
                 palabras sencillas
  segments add --name NAME (--rule RULE.json | --template NAME) [--color #hex]
                 añadir un segmento al final del orden
  segments remove NAME
  segments reorder NAME NAME ...
                 poner los segmentos en este orden de prioridad (los demás
                 van detrás)
  segments eval [--as-of DATE] [--json]
                 cuántos clientes tiene cada segmento, con sus ingresos de los
                 últimos 365 días; quien no está en ningún segmento está en
                 «Todos los demás»
  tag add|remove TAG (--segment NAME | --rule RULE.json | --ids 1,2,3) [--as-of DATE]
                 poner (o quitar) una etiqueta a los clientes de un segmento,
                 de una regla o indicados por su número
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
        <source>Note: there are %1 segments. Three to five are easier to keep apart and to act on.</source>
        <translation>Nota: hay %1 segmentos. Con entre tres y cinco es más fácil distinguirlos y actuar.</translation>
    </message>
    <message>
        <source>“segments” needs one of: list, add, remove, reorder, eval.</source>
        <translation>«segments» necesita una de estas acciones: list, add, remove, reorder, eval.</translation>
    </message>
    <message>
        <source>“segments list” takes no names.</source>
        <translation>«segments list» no admite nombres.</translation>
    </message>
    <message>
        <source>No segments yet. Add one with “clientele-cli segments add”.</source>
        <translation>Aún no hay segmentos. Añada uno con «clientele-cli segments add».</translation>
    </message>
    <message>
        <source>(the rule cannot be read)</source>
        <translation>(no se puede leer la regla)</translation>
    </message>
    <message>
        <source>Use: clientele-cli segments add --name NAME (--rule RULE.json | --template NAME) [--color #hex]</source>
        <translation>Uso: clientele-cli segments add --name NAME (--rule RULE.json | --template NAME) [--color #hex]</translation>
    </message>
    <message>
        <source>Cannot read the rule file “%1”: %2.</source>
        <translation>No se puede leer el archivo de regla «%1»: %2.</translation>
    </message>
    <message>
        <source>The rule file “%1” is not valid: %2.</source>
        <translation>El archivo de regla «%1» no es válido: %2.</translation>
    </message>
    <message>
        <source>There is no template “%1”. Templates: %2.</source>
        <translation>No existe la plantilla «%1». Plantillas: %2.</translation>
    </message>
    <message>
        <source>Added the segment “%1”: %2</source>
        <translation>Segmento «%1» añadido: %2</translation>
    </message>
    <message>
        <source>Use: clientele-cli segments remove NAME</source>
        <translation>Uso: clientele-cli segments remove NAME</translation>
    </message>
    <message>
        <source>There is no segment called “%1”.</source>
        <translation>No hay ningún segmento llamado «%1».</translation>
    </message>
    <message>
        <source>The segment “%1” could not be removed.</source>
        <translation>No se pudo eliminar el segmento «%1».</translation>
    </message>
    <message>
        <source>Use: clientele-cli segments reorder NAME NAME ...</source>
        <translation>Uso: clientele-cli segments reorder NAME NAME ...</translation>
    </message>
    <message>
        <source>The new order could not be saved.</source>
        <translation>No se pudo guardar el nuevo orden.</translation>
    </message>
    <message>
        <source>New order: %1.</source>
        <translation>Nuevo orden: %1.</translation>
    </message>
    <message>
        <source>“segments eval” takes no names.</source>
        <translation>«segments eval» no admite nombres.</translation>
    </message>
    <message>
        <source>The segment “%1” could not be evaluated: %2</source>
        <translation>No se pudo evaluar el segmento «%1»: %2</translation>
    </message>
    <message>
        <source>As of %1, %2 customers:</source>
        <translation>A fecha de %1, %2 clientes:</translation>
    </message>
    <message>
        <source>  %1: %2 customers (%3 %), revenue %4, average order %5</source>
        <translation>  %1: %2 clientes (%3 %), ingresos %4, compra media %5</translation>
    </message>
    <message>
        <source>Unknown segments action “%1”: use list, add, remove, reorder or eval.</source>
        <translation>Acción «%1» desconocida para segments: use list, add, remove, reorder o eval.</translation>
    </message>
    <message>
        <source>Use: clientele-cli tag add|remove TAG (--segment NAME | --rule RULE.json | --ids 1,2,3)</source>
        <translation>Uso: clientele-cli tag add|remove TAG (--segment NAME | --rule RULE.json | --ids 1,2,3)</translation>
    </message>
    <message>
        <source>“tag” needs add or remove and one tag name.</source>
        <translation>«tag» necesita add o remove y un nombre de etiqueta.</translation>
    </message>
    <message>
        <source>Say whom to tag with exactly one of --segment, --rule or --ids.</source>
        <translation>Indique a qué clientes afecta con una sola de las opciones --segment, --rule o --ids.</translation>
    </message>
    <message>
        <source>The tag name is empty.</source>
        <translation>El nombre de la etiqueta está vacío.</translation>
    </message>
    <message>
        <source>--ids must be customer numbers separated by commas, like 1,2,3 (“%1” is not one).</source>
        <translation>--ids debe ser una lista de números de cliente separados por comas, como 1,2,3 («%1» no lo es).</translation>
    </message>
    <message>
        <source>There are no customers with the numbers %1.</source>
        <translation>No hay clientes con los números %1.</translation>
    </message>
    <message>
        <source>The tag “%1” could not be created.</source>
        <translation>No se pudo crear la etiqueta «%1».</translation>
    </message>
    <message>
        <source>The customers could not be tagged.</source>
        <translation>No se pudo poner la etiqueta a los clientes.</translation>
    </message>
    <message>
        <source>Tagged %1 customers with “%2” (%3 already had it).</source>
        <translation>Se ha puesto la etiqueta «%2» a %1 clientes (%3 ya la tenían).</translation>
    </message>
    <message>
        <source>Nobody has the tag “%1”; nothing to remove.</source>
        <translation>Nadie tiene la etiqueta «%1»; no hay nada que quitar.</translation>
    </message>
    <message>
        <source>The tag could not be removed.</source>
        <translation>No se pudo quitar la etiqueta.</translation>
    </message>
    <message>
        <source>Removed the tag “%1” from %2 customers.</source>
        <translation>Se ha quitado la etiqueta «%1» a %2 clientes.</translation>
    </message>
    <message>
        <source>Removed the segment “%1”. No customer was deleted; they now fall into the next segment that matches, or “Everyone else”.</source>
        <translation>Se ha eliminado el segmento «%1». No se ha borrado ningún cliente; ahora pasan al siguiente segmento que les corresponda, o a «Todos los demás».</translation>
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
Importar y exportar:
  import customers|purchases|interactions FILE [--mapping auto|MAP.json]
         [--on-duplicate skip|update|merge] [--rejects FILE] [--dry-run] [--json]
         [--encoding auto|utf-8|utf-16|windows-1252] [--delimiter auto|,|;|tab|&apos;|&apos;]
         [--date-format auto|YYYY-MM-DD|DD.MM.YYYY|MM/DD/YYYY] [--create-customers]
         [--tag TAG]
                 leer un archivo CSV, todo o nada; las filas rechazadas van a un
                 archivo aparte
  export customers|purchases|interactions FILE [--segment NAME]
         [--as-of DATE] [--excel]
                 escribir un archivo CSV (--excel: con marca de orden de bytes para Excel)
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
Informes:
  report (--segment NAME | --all) --pdf FILE [--as-of DATE] [--call-list]
         [--sort value|last-purchase] [--with-segments]
                 imprimir en PDF un informe de segmento, el resumen de los segmentos
                 (--all) o una lista de llamadas de los miembros que aceptan ser contactados
</translation>
    </message>
    <message>
        <source>This program cannot print reports; use clientele-cli.</source>
        <translation>Este programa no puede imprimir informes; use clientele-cli.</translation>
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
Duplicados:
  duplicates [--limit N] [--json]
                 clientes que quizá estén registrados dos veces (mismo correo
                 electrónico, mismo teléfono, mismo nombre o uno parecido en la
                 misma ciudad), primero los más probables; fusiónelos en la
                 ventana de Clientele
</translation>
    </message>
    <message>
        <source>Usage: clientele-cli duplicates [--limit N] [--json]</source>
        <translation>Uso: clientele-cli duplicates [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Could not look for duplicates in “%1”.</source>
        <translation>No se pudieron buscar duplicados en «%1».</translation>
    </message>
    <message>
        <source>1 possible duplicate.</source>
        <translation>1 posible duplicado.</translation>
    </message>
    <message>
        <source>%1 possible duplicates.</source>
        <translation>%1 posibles duplicados.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4): %5</source>
        <translation>%1 (%2) y %3 (%4): %5</translation>
    </message>
    <message>
        <source>… and %1 more; show more with --limit.</source>
        <translation>… y %1 más; muestre más con --limit.</translation>
    </message>
</context>
<context>
    <name>clientele::ColumnMapping</name>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre completo</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>street</source>
        <translation>calle</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>how they came to the shop</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>consent to emails</source>
        <translation>consentimiento para correos electrónicos</translation>
    </message>
    <message>
        <source>consent to text messages</source>
        <translation>consentimiento para SMS</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>cumpleaños</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>customer ID in the other program</source>
        <translation>ID del cliente en el otro programa</translation>
    </message>
    <message>
        <source>Clientele customer number</source>
        <translation>número de cliente de Clientele</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>customer since</source>
        <translation>cliente desde</translation>
    </message>
    <message>
        <source>customer&apos;s email address</source>
        <translation>correo electrónico del cliente</translation>
    </message>
    <message>
        <source>customer&apos;s first name</source>
        <translation>nombre del cliente</translation>
    </message>
    <message>
        <source>customer&apos;s last name</source>
        <translation>apellidos del cliente</translation>
    </message>
    <message>
        <source>customer&apos;s name</source>
        <translation>nombre completo del cliente</translation>
    </message>
    <message>
        <source>customer&apos;s country</source>
        <translation>país del cliente</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>precio unitario</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>store</source>
        <translation>punto de venta</translation>
    </message>
    <message>
        <source>kind of contact</source>
        <translation>tipo de interacción</translation>
    </message>
    <message>
        <source>details</source>
        <translation>detalles</translation>
    </message>
    <message>
        <source>The mapping is for “%1”; it must be for customers, purchases or interactions.</source>
        <translation>La asignación de columnas es para «%1»; debe ser para customers, purchases o interactions.</translation>
    </message>
    <message>
        <source>The mapping puts column “%1” into “%2”, which is not a field of %3. Fields: %4.</source>
        <translation>La asignación de columnas pone la columna «%1» en «%2», que no es un campo de %3. Campos: %4.</translation>
    </message>
    <message>
        <source>The mapping&apos;s date format “%1” is not one of auto, YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY.</source>
        <translation>El formato de fecha «%1» de la asignación de columnas no es ninguno de estos: auto, YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY, MM/DD/YYYY.</translation>
    </message>
    <message>
        <source>Clientele cannot read the mapping “%1”: %2.</source>
        <translation>Clientele no puede leer la asignación de columnas «%1»: %2.</translation>
    </message>
    <message>
        <source>The mapping “%1” is not valid JSON: %2.</source>
        <translation>La asignación de columnas «%1» no es JSON válido: %2.</translation>
    </message>
    <message>
        <source>when they agreed to emails</source>
        <translation>cuándo aceptaron los correos</translation>
    </message>
    <message>
        <source>when they agreed to text messages</source>
        <translation>cuándo aceptaron los SMS</translation>
    </message>
</context>
<context>
    <name>clientele::ConditionRow</name>
    <message>
        <source>What to look at</source>
        <translation>Qué se mira</translation>
    </message>
    <message>
        <source>Choose what to look at…</source>
        <translation>Elija qué mirar…</translation>
    </message>
    <message>
        <source>How to compare</source>
        <translation>Cómo comparar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántos</translation>
    </message>
    <message>
        <source>Days, weeks, months or years</source>
        <translation>Días, semanas, meses o años</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Quitar esta condición</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Choose a tag</source>
        <translation>Elija una etiqueta</translation>
    </message>
    <message>
        <source>Choose or type</source>
        <translation>Elija o escriba</translation>
    </message>
    <message>
        <source>Separate them with commas</source>
        <translation>Sepárelos con comas</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>judged on all purchases</source>
        <translation>según todas las compras</translation>
    </message>
    <message>
        <source>judged on the last</source>
        <translation>según el último periodo de</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>en total</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>en el último periodo de</translation>
    </message>
    <message>
        <source>Choose what to look at.</source>
        <translation>Elija qué mirar.</translation>
    </message>
    <message>
        <source>The first number should not be bigger than the second.</source>
        <translation>El primer número no debería ser mayor que el segundo.</translation>
    </message>
    <message>
        <source>The first amount should not be bigger than the second.</source>
        <translation>El primer importe no debería ser mayor que el segundo.</translation>
    </message>
    <message>
        <source>Tick at least one.</source>
        <translation>Marque al menos una.</translation>
    </message>
    <message>
        <source>Choose a tag.</source>
        <translation>Elija una etiqueta.</translation>
    </message>
    <message>
        <source>Choose or type a city.</source>
        <translation>Elija o escriba una ciudad.</translation>
    </message>
    <message>
        <source>Type what to look for.</source>
        <translation>Escriba lo que hay que buscar.</translation>
    </message>
    <message>
        <source>Type at least one, separated by commas.</source>
        <translation>Escriba al menos un valor (si son varios, separados por comas).</translation>
    </message>
    <message>
        <source>Drag to move this condition, also into or out of a group (Ctrl+Up, Ctrl+Down)</source>
        <translation>Arrastre para mover esta condición, también dentro o fuera de un grupo (Ctrl+Arriba, Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>⋯</source>
        <translation>⋯</translation>
    </message>
    <message>
        <source>More for this condition</source>
        <translation>Más opciones para esta condición</translation>
    </message>
    <message>
        <source>Move or remove this condition</source>
        <translation>Mover o quitar esta condición</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>The first date should not be after the second.</source>
        <translation>La primera fecha no debe ser posterior a la segunda.</translation>
    </message>
    <message>
        <source>Choose or type a category.</source>
        <translation>Elija o escriba una categoría.</translation>
    </message>
</context>
<context>
    <name>clientele::CsvPreviewModel</name>
    <message>
        <source>Clientele cannot read “%1”: %2.</source>
        <translation>Clientele no puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>«%1» está vacío: no hay nada que importar.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
</context>
<context>
    <name>clientele::CsvReader</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>The row that starts on line %1 is longer than %2 million characters; a quote is probably never closed. Reading stopped there.</source>
        <translation>El registro que empieza en la línea %1 tiene más de %2 millones de caracteres; probablemente hay unas comillas que no se cierran. La lectura se ha detenido ahí.</translation>
    </message>
    <message>
        <source>There is a NUL character (a zero byte) on line %1; the file may be damaged or in another encoding.</source>
        <translation>Hay un carácter NUL (un byte cero) en la línea %1; puede que el archivo esté dañado o en otra codificación.</translation>
    </message>
    <message>
        <source>The quoted text that starts on line %1 is never closed.</source>
        <translation>El texto entre comillas que empieza en la línea %1 no se cierra nunca.</translation>
    </message>
    <message>
        <source>On line %1 there is text right after a closing quote; a quote inside a quoted value must be doubled (&quot;&quot;).</source>
        <translation>En la línea %1 hay texto justo después de unas comillas de cierre; unas comillas dentro de un valor entre comillas deben escribirse dobles (&quot;&quot;).</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerCard</name>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Opened an email</source>
        <translation>Abrió un correo electrónico</translation>
    </message>
    <message>
        <source>Clicked a link in an email</source>
        <translation>Hizo clic en un enlace de un correo electrónico</translation>
    </message>
    <message>
        <source>Left a full cart</source>
        <translation>Dejó un carrito lleno</translation>
    </message>
    <message>
        <source>Asked for help</source>
        <translation>Pidió ayuda</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Choose a customer in the list to see everything about them here.

Ctrl+N adds a new customer.</source>
        <translation>Elija un cliente de la lista para ver aquí todo lo que se sabe de él.

Ctrl+N añade un cliente nuevo.</translation>
    </message>
    <message>
        <source>Two letters, for example FR, DE, ES</source>
        <translation>Dos letras, por ejemplo ES, MX, AR</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Walked in</source>
        <translation>En la tienda</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Recommended by someone</source>
        <translation>Por recomendación de alguien</translation>
    </message>
    <message>
        <source>From an imported list</source>
        <translation>Desde una lista importada</translation>
    </message>
    <message>
        <source>Agrees to receive emails</source>
        <translation>Acepta recibir correos electrónicos</translation>
    </message>
    <message>
        <source>Agrees to receive text messages</source>
        <translation>Acepta recibir SMS</translation>
    </message>
    <message>
        <source>Known:</source>
        <translation>Conocido:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>A&amp;pellidos:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Came to us:</source>
        <translation>Cómo llegó:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentimiento:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Cumpleaños:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Add a tag and press Enter</source>
        <translation>Escriba una etiqueta y pulse Intro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Punto de venta</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Total acumulado</translation>
    </message>
    <message>
        <source>Add a purchase…</source>
        <translation>Añadir una compra…</translation>
    </message>
    <message>
        <source>Delete purchase</source>
        <translation>Eliminar compra</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Emails since %1</source>
        <translation>Correos electrónicos desde el %1</translation>
    </message>
    <message>
        <source>Text messages since %1</source>
        <translation>SMS desde el %1</translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation>Quitar la etiqueta %1</translation>
    </message>
    <message>
        <source>Tag %1, press to remove</source>
        <translation>Etiqueta %1, pulse para quitarla</translation>
    </message>
    <message>
        <source>Purchases (%1)</source>
        <translation>Compras (%1)</translation>
    </message>
    <message>
        <source>No visits, emails or notes recorded yet.</source>
        <translation>Aún no hay visitas, correos electrónicos ni notas.</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <source>This does not look like an email address (like anna@example.com).</source>
        <translation>Esto no parece un correo electrónico (como anna@example.com).</translation>
    </message>
    <message>
        <source>A phone number has digits, and may have spaces, +, - and brackets.</source>
        <translation>Un número de teléfono tiene cifras y puede tener espacios, +, - y paréntesis.</translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation>Guardar cliente</translation>
    </message>
    <message>
        <source>Give at least a name, an email address or a phone number.</source>
        <translation>Indique al menos un nombre, un correo electrónico o un número de teléfono.</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Calle y número</translation>
    </message>
    <message>
        <source>FR</source>
        <translation>ES</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Export their data…</source>
        <translation>Exportar sus datos…</translation>
    </message>
    <message>
        <source>Everything Clientele holds about this customer, in a file, when they ask for it</source>
        <translation>Todo lo que Clientele guarda sobre este cliente, en un archivo, cuando lo pida</translation>
    </message>
    <message>
        <source>Erase for good…</source>
        <translation>Borrar definitivamente…</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Borrar definitivamente</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>¿Borrar definitivamente a %1?</translation>
    </message>
    <message>
        <source>Their name, contact details, address, notes, tags and visits are deleted and cannot be brought back, not even with Undo. Their purchases stay in your figures without a name. Do this when a customer asks you to forget them.</source>
        <translation>Su nombre, sus datos de contacto, su dirección, sus notas, sus etiquetas y sus visitas se borran y no se pueden recuperar, ni siquiera con Deshacer. Sus compras quedan en sus cifras sin nombre. Hágalo cuando un cliente le pida que lo olvide.</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Entiendo que esto no se puede deshacer</translation>
    </message>
    <message>
        <source>The customer could not be erased.</source>
        <translation>No se pudo borrar al cliente.</translation>
    </message>
</context>
<context>
    <name>clientele::CustomerStore</name>
    <message>
        <source>email %1</source>
        <translation>correo electrónico %1</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>teléfono %1</translation>
    </message>
    <message>
        <source>external ID %1</source>
        <translation>ID en el otro programa %1</translation>
    </message>
    <message>
        <source>Merged with %1: %2</source>
        <translation>Fusionado con %1: %2</translation>
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
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
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
        <source>Right-click to choose the columns</source>
        <translation>Haga clic derecho para elegir las columnas</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>Nuevo &amp;cliente</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Añadir un cliente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Only customers with this tag</source>
        <translation>Solo los clientes con esta etiqueta</translation>
    </message>
    <message>
        <source>Only customers in this segment</source>
        <translation>Solo los clientes de este segmento</translation>
    </message>
    <message>
        <source>Came any way</source>
        <translation>Cualquier origen</translation>
    </message>
    <message>
        <source>Walked in</source>
        <translation>En la tienda</translation>
    </message>
    <message>
        <source>Came online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Por recomendación</translation>
    </message>
    <message>
        <source>From an imported list</source>
        <translation>Desde una lista importada</translation>
    </message>
    <message>
        <source>Agreed to emails</source>
        <translation>Aceptan correos electrónicos</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Añadir etiqueta…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Quitar etiqueta…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Etiqueta: %1</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Todos los segmentos</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segmento: %1</translation>
    </message>
    <message>
        <source>Segment: Everyone else</source>
        <translation>Segmento: Todos los demás</translation>
    </message>
    <message>
        <source>No customers yet. Add one with “New customer”, or try the demo shop from the File menu.</source>
        <translation>Aún no hay clientes. Añada uno con «Nuevo cliente» o pruebe la tienda de demostración desde el menú Archivo.</translation>
    </message>
    <message>
        <source>No customer matches this search and these filters.</source>
        <translation>Ningún cliente coincide con esta búsqueda y estos filtros.</translation>
    </message>
    <message>
        <source>All %1 matching customers are selected.</source>
        <translation>Están seleccionados los %1 clientes que coinciden.</translation>
    </message>
    <message>
        <source>%1 selected.</source>
        <translation>Seleccionados: %1.</translation>
    </message>
    <message>
        <source>Select all %1 matching</source>
        <translation>Seleccionar los %1 que coinciden</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to this customer first?</source>
        <translation>¿Guardar primero los cambios de este cliente?</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>¿Eliminar a %1?</translation>
    </message>
    <message>
        <source>Delete %1? Their purchase goes too.</source>
        <translation>¿Eliminar a %1? Su compra también se eliminará.</translation>
    </message>
    <message>
        <source>Delete %1? Their %2 purchases go too.</source>
        <translation>¿Eliminar a %1? Sus %2 compras también se eliminarán.</translation>
    </message>
    <message>
        <source>Delete %1 customers? Their purchases go too.</source>
        <translation>¿Eliminar %1 clientes? Sus compras también se eliminarán.</translation>
    </message>
    <message>
        <source>Delete %1 customers? Their %2 purchases go too.</source>
        <translation>¿Eliminar %1 clientes? Sus %2 compras también se eliminarán.</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>Eliminar clientes</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z until you close Clientele.</source>
        <translation>Puede deshacerlo con Ctrl+Z hasta que cierre Clientele.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The customers could not be deleted.</source>
        <translation>No se pudo eliminar a los clientes.</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Añadir una etiqueta</translation>
    </message>
    <message>
        <source>Tag for this customer:</source>
        <translation>Etiqueta para este cliente:</translation>
    </message>
    <message>
        <source>Tag for %1 customers:</source>
        <translation>Etiqueta para %1 clientes:</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Quitar una etiqueta</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>Etiqueta que quitar:</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Mostrar a todos</translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>Se muestran: %1.</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Buscar duplicados…</translation>
    </message>
    <message>
        <source>Customers entered twice, to merge</source>
        <translation>Encontrar clientes registrados dos veces y fusionarlos</translation>
    </message>
    <message>
        <source>E&amp;xport this list…</source>
        <translation>E&amp;xportar esta lista…</translation>
    </message>
    <message>
        <source>The customers shown, with the columns shown, as a spreadsheet file</source>
        <translation>Los clientes mostrados, con las columnas mostradas, en un archivo de hoja de cálculo</translation>
    </message>
</context>
<context>
    <name>clientele::DashboardData</name>
    <message>
        <source>No location</source>
        <translation>Ningún punto de venta</translation>
    </message>
</context>
<context>
    <name>clientele::DashboardPage</name>
    <message>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Updating the charts…</source>
        <translation>Actualizando los gráficos…</translation>
    </message>
    <message>
        <source>Working out the numbers…</source>
        <translation>Calculando las cifras…</translation>
    </message>
    <message>
        <source>No purchases yet: import them or try the demo shop</source>
        <translation>Aún no hay compras: impórtelas o pruebe la tienda de demostración</translation>
    </message>
    <message>
        <source>The charts fill in as soon as there are purchases: how many customers each segment has, the money they bring, and how they change over time. Use File → Try the demo shop to see them with made-up customers.</source>
        <translation>Los gráficos se llenan en cuanto hay compras: cuántos clientes tiene cada segmento, el dinero que aportan y cómo cambian con el tiempo. Use Archivo → Probar la tienda de demostración para verlos con clientes inventados.</translation>
    </message>
    <message>
        <source>Who your customers are</source>
        <translation>Quiénes son sus clientes</translation>
    </message>
    <message>
        <source>Where the money comes from</source>
        <translation>De dónde viene el dinero</translation>
    </message>
    <message>
        <source>Segment sizes over time</source>
        <translation>Tamaño de los segmentos a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Who moved between segments</source>
        <translation>Quién ha cambiado de segmento</translation>
    </message>
    <message>
        <source>Recency and frequency</source>
        <translation>Recencia y frecuencia</translation>
    </message>
    <message>
        <source>New and returning customers</source>
        <translation>Clientes nuevos y clientes que repiten</translation>
    </message>
    <message>
        <source>Revenue and customers by location</source>
        <translation>Ingresos y clientes por punto de venta</translation>
    </message>
    <message>
        <source>Which segments shop where</source>
        <translation>Qué segmentos compran dónde</translation>
    </message>
    <message>
        <source>Moved from %1 to %2 between %3 and %4</source>
        <translation>Pasaron de %1 a %2 entre el %3 y el %4</translation>
    </message>
    <message>
        <source>No movement to show yet.</source>
        <translation>Aún no hay cambios que mostrar.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Recency %1, frequency %2 (%3)</source>
        <translation>Recencia %1, frecuencia %2 (%3)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>The numbers could not be worked out: %1</source>
        <translation>No se pudieron calcular las cifras: %1</translation>
    </message>
    <message>
        <source>As of %1 · %2 · revenue of the last 12 months: %3</source>
        <translation>A fecha de %1 · %2 · ingresos de los últimos 12 meses: %3</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>A fecha de %1</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Gráfico no guardado</translation>
    </message>
    <message>
        <source>Clientele could not write “%1”. Choose another folder or file name.</source>
        <translation>Clientele no pudo escribir «%1». Elija otra carpeta u otro nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2, %3 of all. Click to see them.</source>
        <translation>%1: %2, el %3 del total. Haga clic para verlos.</translation>
    </message>
    <message>
        <source>No segments yet: all %1 are in “Everyone else”. Add segments on the Segments page.</source>
        <translation>Aún no hay segmentos: sus %1 están todos en «Todos los demás». Añada segmentos en la página Segmentos.</translation>
    </message>
    <message>
        <source>Biggest group: %1, with %2 of your customers.</source>
        <translation>Grupo más grande: %1, con el %2 de sus clientes.</translation>
    </message>
    <message>
        <source>%1: %2 in the last 12 months, %3 of revenue, from %4 of customers. Click to see them.</source>
        <translation>%1: %2 en los últimos 12 meses, el %3 de los ingresos, de un %4 de los clientes. Haga clic para verlos.</translation>
    </message>
    <message>
        <source>Revenue of the last 12 months (%1)</source>
        <translation>Ingresos de los últimos 12 meses (%1)</translation>
    </message>
    <message>
        <source>No purchases in the last 12 months.</source>
        <translation>No hay compras en los últimos 12 meses.</translation>
    </message>
    <message>
        <source>%1 bring %2 of revenue, with %3 of your customers.</source>
        <translation>%1: el %2 de los ingresos, con el %3 de sus clientes.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 el %2: %3</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>%1 grew the most: %2 more since %3.</source>
        <translation>Mayor crecimiento: %1, %2 más desde el %3.</translation>
    </message>
    <message>
        <source>%1 changed the most: %2 fewer since %3.</source>
        <translation>Mayor cambio: %1, %2 menos desde el %3.</translation>
    </message>
    <message>
        <source>The segment sizes have not changed since %1.</source>
        <translation>El tamaño de los segmentos no ha cambiado desde el %1.</translation>
    </message>
    <message>
        <source>Today %1 has %2. Clientele notes the sizes once a day, so the lines grow from here.</source>
        <translation>Hoy en %1: %2. Clientele anota los tamaños una vez al día, así que las líneas crecen a partir de aquí.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Movement shows once Clientele has noted your segments on two different days. It notes them once a day when the dashboard is open.</source>
        <translation>Los cambios se muestran en cuanto Clientele ha anotado sus segmentos en dos días distintos. Los anota una vez al día cuando el panel está abierto.</translation>
    </message>
    <message>
        <source>In %1 on %2</source>
        <translation>En %1 el %2</translation>
    </message>
    <message>
        <source>Click to see them.</source>
        <translation>Haga clic para verlos.</translation>
    </message>
    <message>
        <source>Nobody changed segments between %1 and %2.</source>
        <translation>Nadie cambió de segmento entre el %1 y el %2.</translation>
    </message>
    <message>
        <source>Rows: the segment on %1. Columns: the segment on %2. %3 moved in all.</source>
        <translation>Filas: el segmento el %1. Columnas: el segmento el %2. Cambios en total: %3.</translation>
    </message>
    <message>
        <source>Nobody bought in the last 12 months.</source>
        <translation>Nadie compró en los últimos 12 meses.</translation>
    </message>
    <message>
        <source>%1 bought recently and often (top right); %2 bought rarely and not lately (bottom left).</source>
        <translation>El %1 compró hace poco y a menudo (arriba a la derecha); el %2, pocas veces y no últimamente (abajo a la izquierda).</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Que repiten</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>%1: %2 came back. Click to see them.</source>
        <translation>%1: %2 de vuelta. Haga clic para verlos.</translation>
    </message>
    <message>
        <source>%1: %2 bought for the first time. Click to see them.</source>
        <translation>%1: %2 con su primera compra. Haga clic para verlos.</translation>
    </message>
    <message>
        <source>Returning customers in %1</source>
        <translation>Clientes que volvieron en %1</translation>
    </message>
    <message>
        <source>New customers in %1</source>
        <translation>Clientes nuevos en %1</translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation>Clientes que compraron</translation>
    </message>
    <message>
        <source>In %1, %2 of the customers had bought before; %3 new.</source>
        <translation>En %1, el %2 de los clientes ya había comprado antes; nuevos: %3.</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Ingresos (%1)</translation>
    </message>
    <message>
        <source>%1: %2 from %3 in the last 12 months. Click to see them.</source>
        <translation>%1: %2 de %3 en los últimos 12 meses. Haga clic para verlos.</translation>
    </message>
    <message>
        <source>Customers who bought at %1 in the last 12 months</source>
        <translation>Clientes que compraron en el punto de venta %1 en los últimos 12 meses</translation>
    </message>
    <message>
        <source>No purchases with a location in the last 12 months.</source>
        <translation>No hay compras con punto de venta en los últimos 12 meses.</translation>
    </message>
    <message>
        <source>%1 brings %2 of revenue, from %3.</source>
        <translation>%1 aporta el %2 de los ingresos, con %3.</translation>
    </message>
    <message>
        <source>%1 at %2: %3, %4 of its customers. Click to see them.</source>
        <translation>%1 en el punto de venta %2: %3, el %4 de sus clientes. Haga clic para verlos.</translation>
    </message>
    <message>
        <source>%1 who bought at %2 in the last 12 months</source>
        <translation>%1 que compraron en el punto de venta %2 en los últimos 12 meses</translation>
    </message>
    <message>
        <source>Share of the location&apos;s customers, last 12 months</source>
        <translation>Proporción de los clientes del punto de venta, últimos 12 meses</translation>
    </message>
    <message>
        <source>%1 shop most at %2: %3 in the last 12 months.</source>
        <translation>%1: sobre todo en el punto de venta %2, %3 en los últimos 12 meses.</translation>
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
    <name>clientele::DeleteCustomersCommand</name>
    <message>
        <source>delete %1</source>
        <translation>la eliminación del cliente %1</translation>
    </message>
    <message>
        <source>delete %1 customers</source>
        <translation>la eliminación de %1 clientes</translation>
    </message>
</context>
<context>
    <name>clientele::DeletePurchaseCommand</name>
    <message>
        <source>delete a purchase of %1</source>
        <translation>la eliminación de una compra de %1</translation>
    </message>
</context>
<context>
    <name>clientele::DeleteSegmentCommand</name>
    <message>
        <source>delete segment %1</source>
        <translation>la eliminación del segmento %1</translation>
    </message>
</context>
<context>
    <name>clientele::DeleteTagCommand</name>
    <message>
        <source>delete tag %1</source>
        <translation>la eliminación de la etiqueta %1</translation>
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
    <message>
        <source>Web shop</source>
        <translation>Tienda online</translation>
    </message>
    <message>
        <source>Old Town</source>
        <translation>Casco antiguo</translation>
    </message>
    <message>
        <source>Harbour</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Boletín</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Tarjeta de fidelidad</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>Catering</translation>
    </message>
    <message>
        <source>Gluten-free</source>
        <translation>Sin gluten</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Pastries</source>
        <translation>Bollería</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Almuerzo</translation>
    </message>
    <message>
        <source>Groceries</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Regalos</translation>
    </message>
    <message>
        <source>Tea</source>
        <translation>Té</translation>
    </message>
    <message>
        <source>Prefers oat milk.</source>
        <translation>Prefiere leche de avena.</translation>
    </message>
    <message>
        <source>Allergic to nuts: check the pastries.</source>
        <translation>Alergia a los frutos secos: revisar la bollería.</translation>
    </message>
    <message>
        <source>Monthly newsletter</source>
        <translation>Boletín mensual</translation>
    </message>
    <message>
        <source>Asked about a late delivery</source>
        <translation>Preguntó por una entrega con retraso</translation>
    </message>
</context>
<context>
    <name>clientele::DragGrip</name>
    <message>
        <source>Drag to move</source>
        <translation>Arrastre para mover</translation>
    </message>
</context>
<context>
    <name>clientele::DuplicateFinder</name>
    <message>
        <source>same email</source>
        <translation>mismo correo electrónico</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>mismo número de teléfono</translation>
    </message>
    <message>
        <source>same name in the same town</source>
        <translation>mismo nombre en la misma ciudad</translation>
    </message>
    <message>
        <source>similar name in the same town</source>
        <translation>nombre parecido en la misma ciudad</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
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
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <source>Customers entered twice split their purchases and visits, so segments and reports count them wrongly. Clientele looks for the same email, the same phone number, and the same or a similar name in the same town. Merging moves purchases, visits and tags to the customer you keep, and can be undone.</source>
        <translation>Cuando un cliente está registrado dos veces, sus compras y visitas quedan repartidas en dos fichas, así que los segmentos y los informes lo cuentan mal. Clientele busca el mismo correo electrónico, el mismo número de teléfono y el mismo nombre o uno parecido en la misma ciudad. Al fusionar, las compras, visitas y etiquetas pasan al cliente que conserva, y se puede deshacer.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>The two customers side by side</source>
        <translation>Los dos clientes uno al lado del otro</translation>
    </message>
    <message>
        <source>&amp;Merge these two</source>
        <translation>&amp;Fusionar los dos</translation>
    </message>
    <message>
        <source>One customer with the purchases, visits and tags of both (Ctrl+Z undoes it)</source>
        <translation>Un solo cliente con las compras, visitas y etiquetas de los dos (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;No es la misma persona</translation>
    </message>
    <message>
        <source>Clientele will not suggest this pair again</source>
        <translation>Clientele no volverá a proponer esta pareja</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Saltar</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <source>Keep the details of:</source>
        <translation>Conservar los datos de:</translation>
    </message>
    <message>
        <source>&amp;Undo last merge</source>
        <translation>&amp;Deshacer la última fusión</translation>
    </message>
    <message>
        <source>Look &amp;again</source>
        <translation>&amp;Buscar de nuevo</translation>
    </message>
    <message>
        <source>Looking for customers entered twice…</source>
        <translation>Buscando clientes registrados dos veces…</translation>
    </message>
    <message>
        <source>The search was stopped. Press “Look again” to search once more.</source>
        <translation>La búsqueda se ha detenido. Pulse «Buscar de nuevo» para volver a buscar.</translation>
    </message>
    <message>
        <source>All done: no more possible duplicates.</source>
        <translation>Listo: no quedan posibles duplicados.</translation>
    </message>
    <message>
        <source>No duplicates found: every customer has their own email, phone number and name.</source>
        <translation>No se han encontrado duplicados: cada cliente tiene su propio correo electrónico, número de teléfono y nombre.</translation>
    </message>
    <message>
        <source>The %1 most likely of %2 possible duplicates, most likely first.</source>
        <translation>Los %1 más probables de %2 posibles duplicados, primero los más probables.</translation>
    </message>
    <message>
        <source>1 possible duplicate.</source>
        <translation>1 posible duplicado.</translation>
    </message>
    <message>
        <source>%1 possible duplicates, most likely first.</source>
        <translation>%1 posibles duplicados, primero los más probables.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Choose a pair on the left.</source>
        <translation>Elija una pareja a la izquierda.</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>el primero</translation>
    </message>
    <message>
        <source>the second</source>
        <translation>el segundo</translation>
    </message>
    <message>
        <source>%1. Is this one person?</source>
        <translation>%1. ¿Es la misma persona?</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (n.º %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>1 purchase, %1</source>
        <translation>1 compra, %1</translation>
    </message>
    <message>
        <source>%1 purchases, %2</source>
        <translation>%1 compras, %2</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Última compra</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>May be contacted by</source>
        <translation>Se le puede contactar por</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N.º %1</translation>
    </message>
    <message>
        <source>After merging</source>
        <translation>Tras la fusión</translation>
    </message>
    <message>
        <source>These two could not be merged; one of them may have been deleted. Press “Look again”.</source>
        <translation>No se pudieron fusionar; puede que uno de los dos se haya eliminado. Pulse «Buscar de nuevo».</translation>
    </message>
</context>
<context>
    <name>clientele::EditCustomerCommand</name>
    <message>
        <source>edit %1</source>
        <translation>los cambios en el cliente %1</translation>
    </message>
</context>
<context>
    <name>clientele::EditSegmentCommand</name>
    <message>
        <source>change segment %1</source>
        <translation>los cambios en el segmento %1</translation>
    </message>
</context>
<context>
    <name>clientele::Exporter</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>Clientele cannot write “%1”: %2.</source>
        <translation>Clientele no puede escribir «%1»: %2.</translation>
    </message>
    <message>
        <source>Clientele could not write “%1”: %2.</source>
        <translation>Clientele no pudo escribir «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>clientele::FieldChoices</name>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Number of purchases</source>
        <translation>Número de compras</translation>
    </message>
    <message>
        <source>Money spent</source>
        <translation>Dinero gastado</translation>
    </message>
    <message>
        <source>Average purchase</source>
        <translation>Compra media</translation>
    </message>
    <message>
        <source>Days since the last purchase</source>
        <translation>Días desde la última compra</translation>
    </message>
    <message>
        <source>Days since the first purchase</source>
        <translation>Días desde la primera compra</translation>
    </message>
    <message>
        <source>Bought from the category</source>
        <translation>Compra en la categoría</translation>
    </message>
    <message>
        <source>Bought at the shop</source>
        <translation>Compra en el punto de venta</translation>
    </message>
    <message>
        <source>Carts left without buying</source>
        <translation>Carritos abandonados</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Número de visitas</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Emails opened</source>
        <translation>Correos electrónicos abiertos</translation>
    </message>
    <message>
        <source>Days since an email was last opened</source>
        <translation>Días desde el último correo electrónico abierto</translation>
    </message>
    <message>
        <source>Agreed to receive emails</source>
        <translation>Acepta recibir correos electrónicos</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>How they found you</source>
        <translation>Cómo le conocieron</translation>
    </message>
    <message>
        <source>Days since they became a customer</source>
        <translation>Días desde que son clientes</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Agreed to receive text messages</source>
        <translation>Acepta recibir SMS</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>How recently they bought (score 1 to 5)</source>
        <translation>Lo reciente de sus compras (puntuación de 1 a 5)</translation>
    </message>
    <message>
        <source>How often they buy (score 1 to 5)</source>
        <translation>Lo a menudo que compran (puntuación de 1 a 5)</translation>
    </message>
    <message>
        <source>How much they spend (score 1 to 5)</source>
        <translation>Lo mucho que gastan (puntuación de 1 a 5)</translation>
    </message>
    <message>
        <source>Overall score (3 to 15)</source>
        <translation>Puntuación global (de 3 a 15)</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>más de</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>al menos</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>exactamente</translation>
    </message>
    <message>
        <source>anything but</source>
        <translation>cualquiera menos</translation>
    </message>
    <message>
        <source>fewer than</source>
        <translation>menos de</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>menos de</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>como máximo</translation>
    </message>
    <message>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <source>never opened one</source>
        <translation>ninguno abierto</translation>
    </message>
    <message>
        <source>never bought</source>
        <translation>ninguna compra</translation>
    </message>
    <message>
        <source>opened at least one</source>
        <translation>al menos uno abierto</translation>
    </message>
    <message>
        <source>bought at least once</source>
        <translation>al menos una compra</translation>
    </message>
    <message>
        <source>include</source>
        <translation>incluyen</translation>
    </message>
    <message>
        <source>do not include</source>
        <translation>no incluyen</translation>
    </message>
    <message>
        <source>include one of</source>
        <translation>incluyen una de</translation>
    </message>
    <message>
        <source>include none of</source>
        <translation>no incluyen ninguna de</translation>
    </message>
    <message>
        <source>are not empty</source>
        <translation>no están vacías</translation>
    </message>
    <message>
        <source>are empty</source>
        <translation>están vacías</translation>
    </message>
    <message>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <source>is never</source>
        <translation>nunca es</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>never contains</source>
        <translation>nunca contiene</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>empieza por</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>está entre</translation>
    </message>
    <message>
        <source>is never one of</source>
        <translation>nunca está entre</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>no es</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>no contiene</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>no está entre</translation>
    </message>
    <message>
        <source>is not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source>is known</source>
        <translation>se sabe</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En la tienda</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Through a referral</source>
        <translation>Por recomendación</translation>
    </message>
    <message>
        <source>From an imported list</source>
        <translation>Desde una lista importada</translation>
    </message>
    <message>
        <source>Date of the last purchase</source>
        <translation>Fecha de la última compra</translation>
    </message>
    <message>
        <source>Date of the first purchase</source>
        <translation>Fecha de la primera compra</translation>
    </message>
    <message>
        <source>Date they became a customer</source>
        <translation>Fecha en que se hicieron clientes</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>on</source>
        <translation>el</translation>
    </message>
    <message>
        <source>not on</source>
        <translation>no el</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después del</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>el o después del</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes del</translation>
    </message>
    <message>
        <source>on or before</source>
        <translation>el o antes del</translation>
    </message>
</context>
<context>
    <name>clientele::FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>Clientele reads CSV files, the kind every till, web shop and spreadsheet can save, so tell it which file to read and what is in it.</source>
        <translation>Clientele lee archivos CSV, los que puede guardar cualquier caja registradora, tienda en línea u hoja de cálculo. Indíquele qué archivo leer y qué contiene.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Arch&amp;ivo:</translation>
    </message>
    <message>
        <source>A .csv or .txt file</source>
        <translation>Un archivo .csv o .txt</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>What does the file hold?</source>
        <translation>¿Qué contiene el archivo?</translation>
    </message>
    <message>
        <source>C&amp;ustomers: one row per customer</source>
        <translation>&amp;Clientes: una fila por cliente</translation>
    </message>
    <message>
        <source>&amp;Purchases: one row per sale, with who bought</source>
        <translation>Co&amp;mpras: una fila por venta, con quién compró</translation>
    </message>
    <message>
        <source>&amp;Visits and emails: one row per visit, email opened or clicked</source>
        <translation>&amp;Visitas y correos electrónicos: una fila por visita, correo abierto o clic</translation>
    </message>
    <message>
        <source>Tip: you can also drop a file on the Clientele window.</source>
        <translation>Consejo: también puede soltar un archivo en la ventana de Clientele.</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Elegir un archivo para importar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>There is no file “%1”. Check the name, or choose the file with “Choose…”.</source>
        <translation>No hay ningún archivo «%1». Compruebe el nombre o elija el archivo con «Elegir…».</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file in it.</source>
        <translation>«%1» es una carpeta. Elija un archivo que esté dentro.</translation>
    </message>
    <message>
        <source>Clientele may not read “%1”. Copy it somewhere else, or ask whoever set up this computer.</source>
        <translation>Clientele no tiene permiso para leer «%1». Cópielo en otro lugar o pregunte a quien configuró este equipo.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>«%1» está vacío: no hay nada que importar.</translation>
    </message>
</context>
<context>
    <name>clientele::ImportExportCommands</name>
    <message>
        <source>Usage: clientele-cli import customers|purchases|interactions FILE [--mapping auto|MAP.json] [--on-duplicate skip|update|merge] [--rejects FILE] [--dry-run] [--json] [--encoding auto|utf-8|utf-16|windows-1252] [--delimiter auto|,|;|tab|&apos;|&apos;] [--date-format auto|YYYY-MM-DD|DD.MM.YYYY|MM/DD/YYYY] [--create-customers] [--tag TAG]</source>
        <translation>Uso: clientele-cli import customers|purchases|interactions FILE [--mapping auto|MAP.json] [--on-duplicate skip|update|merge] [--rejects FILE] [--dry-run] [--json] [--encoding auto|utf-8|utf-16|windows-1252] [--delimiter auto|,|;|tab|&apos;|&apos;] [--date-format auto|YYYY-MM-DD|DD.MM.YYYY|MM/DD/YYYY] [--create-customers] [--tag TAG]</translation>
    </message>
    <message>
        <source>“import” needs what to import and a file name.</source>
        <translation>«import» necesita qué importar y un nombre de archivo.</translation>
    </message>
    <message>
        <source>“import” can import customers, purchases or interactions, not “%1”.</source>
        <translation>«import» puede importar customers, purchases o interactions, no «%1».</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, update or merge.</source>
        <translation>--on-duplicate debe ser skip, update o merge.</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8, utf-16, utf-16be, windows-1252 or latin1.</source>
        <translation>--encoding debe ser auto, utf-8, utf-16, utf-16be, windows-1252 o latin1.</translation>
    </message>
    <message>
        <source>--delimiter must be auto, “,”, “;”, tab or “|”.</source>
        <translation>--delimiter debe ser auto, «,», «;», tab o «|».</translation>
    </message>
    <message>
        <source>--date-format must be auto, YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or MM/DD/YYYY.</source>
        <translation>--date-format debe ser auto, YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY o MM/DD/YYYY.</translation>
    </message>
    <message>
        <source>The mapping “%1” is for %2, not %3.</source>
        <translation>La asignación de columnas «%1» es para %2, no para %3.</translation>
    </message>
    <message>
        <source>Dry run of “%1”, nothing was kept: %2 rows read, %3 new, %4 updated, %5 merged, %6 duplicates skipped, %7 rejected.</source>
        <translation>Prueba con «%1», no se ha guardado nada: %2 filas leídas, %3 nuevas, %4 actualizadas, %5 combinadas, %6 duplicados omitidos, %7 rechazadas.</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 rows read, %3 new, %4 updated, %5 merged, %6 duplicates skipped, %7 rejected.</source>
        <translation>«%1» importado: %2 filas leídas, %3 nuevas, %4 actualizadas, %5 combinadas, %6 duplicados omitidos, %7 rechazadas.</translation>
    </message>
    <message>
        <source>%1 customers were added for rows whose customer was not known yet.</source>
        <translation>Se han añadido %1 clientes para filas cuyo cliente aún no se conocía.</translation>
    </message>
    <message>
        <source>The rejected rows, with their line and the reason, are in “%1”.</source>
        <translation>Las filas rechazadas, con su número de línea y el motivo, están en «%1».</translation>
    </message>
    <message>
        <source>This is import number %1; it can be undone.</source>
        <translation>Es la importación número %1; se puede deshacer.</translation>
    </message>
    <message>
        <source>Usage: clientele-cli export customers|purchases|interactions FILE [--segment NAME] [--as-of DATE] [--excel] [--delimiter ,|;|tab|&apos;|&apos;]</source>
        <translation>Uso: clientele-cli export customers|purchases|interactions FILE [--segment NAME] [--as-of DATE] [--excel] [--delimiter ,|;|tab|&apos;|&apos;]</translation>
    </message>
    <message>
        <source>“export” needs what to export and a file name.</source>
        <translation>«export» necesita qué exportar y un nombre de archivo.</translation>
    </message>
    <message>
        <source>--delimiter must be “,”, “;”, tab or “|”.</source>
        <translation>--delimiter debe ser «,», «;», tab o «|».</translation>
    </message>
    <message>
        <source>Wrote %1 rows to “%2”.</source>
        <translation>Se han escrito %1 filas en «%2».</translation>
    </message>
    <message>
        <source>“export” can export customers, purchases or interactions, not “%1”.</source>
        <translation>«export» puede exportar clientes, compras o contactos, no «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2026-03-31.</source>
        <translation>«%1» no es una fecha como 2026-03-31.</translation>
    </message>
    <message>
        <source>There is no segment called “%1”.</source>
        <translation>No hay ningún segmento llamado «%1».</translation>
    </message>
</context>
<context>
    <name>clientele::ImportWizard</name>
    <message>
        <source>Import customers, purchases or visits</source>
        <translation>Importar clientes, compras o visitas</translation>
    </message>
    <message>
        <source>Clientele cannot prepare “%1” for the import: %2.</source>
        <translation>Clientele no puede preparar «%1» para la importación: %2.</translation>
    </message>
</context>
<context>
    <name>clientele::Importer</name>
    <message>
        <source>The import was undone because the database reported a problem: %1</source>
        <translation>Se ha deshecho la importación porque la base de datos informó de un problema: %1</translation>
    </message>
    <message>
        <source>Clientele cannot read “%1”: %2.</source>
        <translation>Clientele no puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation>«%1» está vacío: no hay nada que importar.</translation>
    </message>
    <message>
        <source>Choose the columns with a mapping file (--mapping), or rename the columns in the file&apos;s first line.</source>
        <translation>Elija las columnas con un archivo de asignación (--mapping) o cambie el nombre de las columnas en la primera línea del archivo.</translation>
    </message>
    <message>
        <source>“%1” has no column “%2” (for %3).</source>
        <translation>«%1» no tiene ninguna columna «%2» (campo: %3).</translation>
    </message>
    <message>
        <source>Clientele found no column for names, email addresses, phone numbers or customer IDs in “%1”. %2</source>
        <translation>Clientele no ha encontrado en «%1» ninguna columna de nombres, correos electrónicos, números de teléfono o ID de cliente. %2</translation>
    </message>
    <message>
        <source>Clientele found no column that says who the customer is (email address or customer ID) in “%1”. %2</source>
        <translation>Clientele no ha encontrado en «%1» ninguna columna que diga quién es el cliente (correo electrónico o ID de cliente). %2</translation>
    </message>
    <message>
        <source>Clientele found no date column in “%1”. %2</source>
        <translation>Clientele no ha encontrado ninguna columna de fecha en «%1». %2</translation>
    </message>
    <message>
        <source>Clientele found no amount column (or quantity and unit price) in “%1”. %2</source>
        <translation>Clientele no ha encontrado en «%1» ninguna columna de importe (ni de cantidad y precio unitario). %2</translation>
    </message>
    <message>
        <source>Clientele found no column that says what kind of contact each row is in “%1”. %2</source>
        <translation>Clientele no ha encontrado en «%1» ninguna columna que diga qué tipo de interacción es cada fila. %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>Clientele cannot write the rejected rows to “%1”: %2.</source>
        <translation>Clientele no puede escribir las filas rechazadas en «%1»: %2.</translation>
    </message>
    <message>
        <source>this row has %1 values but the first line has %2 columns; a value may contain the delimiter without quotes</source>
        <translation>esta fila tiene %1 valores, pero la primera línea tiene %2 columnas; puede que un valor contenga el separador sin comillas</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not an email address</source>
        <translation>«%1» en la columna «%2» no es un correo electrónico</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not one of walk-in, online, referral, imported</source>
        <translation>«%1» en la columna «%2» no es ninguno de estos valores: walk-in, online, referral, imported</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is neither yes nor no</source>
        <translation>«%1» en la columna «%2» no es ni sí ni no</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a date like %3</source>
        <translation>«%1» en la columna «%2» no es una fecha con el formato %3</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a customer number</source>
        <translation>«%1» en la columna «%2» no es un número de cliente</translation>
    </message>
    <message>
        <source>the row has no name, email address, phone number or customer ID</source>
        <translation>la fila no tiene nombre, correo electrónico, número de teléfono ni ID de cliente</translation>
    </message>
    <message numerus="yes">
        <source>no customer: %1 empty</source>
        <translation>
            <numerusform>ningún cliente: la columna %1 está vacía</numerusform>
            <numerusform>ningún cliente: las columnas %1 están vacías</numerusform>
        </translation>
    </message>
    <message>
        <source>column “%1” (the date) is empty</source>
        <translation>la columna «%1» (la fecha) está vacía</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not an amount</source>
        <translation>«%1» en la columna «%2» no es un importe</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a quantity</source>
        <translation>«%1» en la columna «%2» no es una cantidad</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a price</source>
        <translation>«%1» en la columna «%2» no es un precio</translation>
    </message>
    <message>
        <source>the amount of %1 × %2 is too large</source>
        <translation>el importe %1 × %2 es demasiado grande</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not one of visit, email_open, email_click, cart_abandoned, support_ticket, note</source>
        <translation>«%1» en la columna «%2» no es ninguno de estos valores: visit, email_open, email_click, cart_abandoned, support_ticket, note</translation>
    </message>
    <message>
        <source>no customer “%1” in Clientele (choose “create customers” to add them)</source>
        <translation>no hay ningún cliente «%1» en Clientele (elija «crear clientes» para añadirlos)</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported, the customer file is as it was.</source>
        <translation>Cancelado: no se ha importado nada, el archivo de clientes se ha quedado como estaba.</translation>
    </message>
    <message>
        <source>“%1”: %2 Nothing was imported.</source>
        <translation>«%1»: %2 No se ha importado nada.</translation>
    </message>
    <message>
        <source>There is no import number %1.</source>
        <translation>No existe la importación número %1.</translation>
    </message>
    <message>
        <source>Import number %1 was already undone.</source>
        <translation>La importación número %1 ya se había deshecho.</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>No se pudo deshacer la importación: %1</translation>
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
    <message>
        <source>Checking the file for damage…</source>
        <translation>Comprobando si el archivo está dañado…</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>El archivo está dañado</translation>
    </message>
    <message>
        <source>Clientele found damage in “%1” (%2).

Make no more changes, and restore the last backup with File → Restore from a backup.</source>
        <translation>Clientele ha encontrado daños en «%1» (%2).

No haga más cambios y restaure la última copia de seguridad con Archivo → Restaurar desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Nuevo cliente</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Etiquetas…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Export all customers…</source>
        <translation>&amp;Exportar todos los clientes…</translation>
    </message>
    <message>
        <source>customers-selection</source>
        <translation>clientes-seleccion</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Exportar clientes</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Escribiendo el archivo…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>&amp;Import customers, purchases or visits…</source>
        <translation>&amp;Importar clientes, compras o visitas…</translation>
    </message>
    <message>
        <source>&amp;Getting started…</source>
        <translation>&amp;Primeros pasos…</translation>
    </message>
    <message>
        <source>Export all &amp;purchases…</source>
        <translation>Exportar todas las co&amp;mpras…</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>compras</translation>
    </message>
    <message>
        <source>Export purchases</source>
        <translation>Exportar compras</translation>
    </message>
    <message>
        <source>Export their data</source>
        <translation>Exportar sus datos</translation>
    </message>
    <message>
        <source>-purchases</source>
        <translation>-compras</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: %1</source>
        <translation>No se pudo hacer la copia de seguridad automática: %1</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Buscar duplicados…</translation>
    </message>
    <message>
        <source>Export all &amp;visits and contacts…</source>
        <translation>Exportar todas las &amp;visitas y contactos…</translation>
    </message>
    <message>
        <source>Export visits and other contacts</source>
        <translation>Exportar visitas y otros contactos</translation>
    </message>
    <message>
        <source>visits-and-contacts</source>
        <translation>visitas-y-contactos</translation>
    </message>
    <message>
        <source>-visits-and-contacts</source>
        <translation>-visitas-y-contactos</translation>
    </message>
    <message>
        <source>Exported to %1, %2 and %3</source>
        <translation>Exportado a %1, %2 y %3</translation>
    </message>
    <message>
        <source>Filling in the past of your segments…</source>
        <translation>Completando el historial de sus segmentos…</translation>
    </message>
    <message>
        <source>The demo shop is ready, but its segment history could not be saved.</source>
        <translation>La tienda de demostración está lista, pero no se pudo guardar el historial de sus segmentos.</translation>
    </message>
    <message>
        <source>customer-list</source>
        <translation>lista-clientes</translation>
    </message>
    <message>
        <source>Export this list</source>
        <translation>Exportar esta lista</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2</source>
        <translation>%1 clientes exportados a %2</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, separado por comas (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated, as Excel expects in many countries (*.csv)</source>
        <translation>CSV, separado por punto y coma, como Excel lo espera en muchos países (*.csv)</translation>
    </message>
    <message>
        <source>Tab-separated text (*.tsv *.txt)</source>
        <translation>Texto separado por tabulaciones (*.tsv *.txt)</translation>
    </message>
</context>
<context>
    <name>clientele::MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>Every program names its columns differently, so say for each column where it goes in Clientele; Clientele has guessed from the column names.</source>
        <translation>Cada programa llama a sus columnas de una forma distinta, así que indique para cada columna adónde va en Clientele; Clientele ha hecho una propuesta a partir de los nombres de las columnas.</translation>
    </message>
    <message>
        <source>&amp;Save this matching…</source>
        <translation>&amp;Guardar esta asignación…</translation>
    </message>
    <message>
        <source>Sa&amp;ved matchings:</source>
        <translation>Asignaciones guar&amp;dadas:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Va a</translation>
    </message>
    <message>
        <source>Where column %1 goes</source>
        <translation>Adónde va la columna %1</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Dejar fuera</translation>
    </message>
    <message>
        <source>Two columns go into “%1”. Choose one of them, and “Leave out” for the other.</source>
        <translation>Hay dos columnas que van a «%1». Elija una de ellas, y «Dejar fuera» para la otra.</translation>
    </message>
    <message>
        <source>Choose at least one column with names, email addresses, phone numbers or customer IDs: without one, Clientele cannot tell the customers apart.</source>
        <translation>Elija al menos una columna con nombres, correos electrónicos, números de teléfono o ID de clientes: sin ella, Clientele no puede distinguir a los clientes.</translation>
    </message>
    <message>
        <source>Choose the column that says who the customer is: their email address, their customer ID in the other program, or their Clientele customer number.</source>
        <translation>Elija la columna que indica quién es el cliente: su correo electrónico, su ID de cliente en el otro programa o su número de cliente de Clientele.</translation>
    </message>
    <message>
        <source>Choose the column with the date.</source>
        <translation>Elija la columna con la fecha.</translation>
    </message>
    <message>
        <source>Choose the column with the amount (or both quantity and unit price).</source>
        <translation>Elija la columna con el importe (o las dos columnas de cantidad y precio unitario).</translation>
    </message>
    <message>
        <source>Choose the column that says whether it was a visit or an email.</source>
        <translation>Elija la columna que indica si fue una visita o un correo electrónico.</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Aún no hay ninguna guardada</translation>
    </message>
    <message>
        <source>Choose one…</source>
        <translation>Elija una…</translation>
    </message>
    <message>
        <source>Saved matching</source>
        <translation>Asignación guardada</translation>
    </message>
    <message>
        <source>“%1” was saved for another kind of file. Go back to the first page to change what the file holds, or choose another matching.</source>
        <translation>«%1» se guardó para otro tipo de archivo. Vuelva a la primera página para cambiar lo que contiene el archivo o elija otra asignación.</translation>
    </message>
    <message>
        <source>Save this matching</source>
        <translation>Guardar esta asignación</translation>
    </message>
    <message>
        <source>Name it after the program the file came from, e.g. “Shopify customers”:</source>
        <translation>Póngale el nombre del programa del que viene el archivo, por ejemplo «Clientes de Shopify»:</translation>
    </message>
</context>
<context>
    <name>clientele::MappingProfiles</name>
    <message>
        <source>Clientele cannot make the folder “%1”.</source>
        <translation>Clientele no puede crear la carpeta «%1».</translation>
    </message>
</context>
<context>
    <name>clientele::MergeCustomersCommand</name>
    <message>
        <source>merge two records of %1</source>
        <translation>la fusión de dos fichas de %1</translation>
    </message>
</context>
<context>
    <name>clientele::MergeTagsCommand</name>
    <message>
        <source>merge tag %1 into %2</source>
        <translation>la fusión de la etiqueta %1 con %2</translation>
    </message>
</context>
<context>
    <name>clientele::NextStepsPanel</name>
    <message>
        <source>What to do next</source>
        <translation>Siguientes pasos</translation>
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
        <source>No plan yet: what would you like to do for them?</source>
        <translation>Aún no hay plan: ¿qué le gustaría hacer por ellos?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Mostrarlos</translation>
    </message>
    <message>
        <source>Change plan…</source>
        <translation>Cambiar el plan…</translation>
    </message>
    <message>
        <source>Make a few segments first: each gets a short plan here.</source>
        <translation>Cree primero algunos segmentos: cada uno tendrá aquí un breve plan.</translation>
    </message>
    <message>
        <source>Your plan for “%1”:</source>
        <translation>Su plan para «%1»:</translation>
    </message>
</context>
<context>
    <name>clientele::OnboardingWizard</name>
    <message>
        <source>Getting started with Clientele</source>
        <translation>Primeros pasos con Clientele</translation>
    </message>
    <message>
        <source>Welcome to Clientele</source>
        <translation>Le damos la bienvenida a Clientele</translation>
    </message>
    <message>
        <source>A few questions so Clientele fits your shop from the first day.</source>
        <translation>Unas preguntas para que Clientele se adapte a su tienda desde el primer día.</translation>
    </message>
    <message>
        <source>Clientele keeps your customers and what they bought in one place. It sorts them into groups, such as your regulars or the people you have not seen for a while, so you know whom to thank and whom to win back. It prints lists and exports addresses for your offers and letters.</source>
        <translation>Clientele guarda sus clientes y lo que compraron en un solo lugar. Los ordena en grupos, como sus habituales o las personas a las que hace tiempo que no ve, para que sepa a quién dar las gracias y a quién recuperar. Imprime listas y exporta direcciones para sus ofertas y cartas.</translation>
    </message>
    <message>
        <source>Your data stays on this computer: nothing is sent anywhere.</source>
        <translation>Sus datos se quedan en este equipo: no se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Su negocio</translation>
    </message>
    <message>
        <source>Knowing your kind of business lets Clientele suggest groups that make sense for you.</source>
        <translation>Si conoce su tipo de negocio, Clientele puede proponerle grupos que tengan sentido para usted.</translation>
    </message>
    <message>
        <source>Café or restaurant</source>
        <translation>Cafetería o restaurante</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Salon or services</source>
        <translation>Salón o servicios</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>Tienda en línea</translation>
    </message>
    <message>
        <source>Crypto ATM or kiosk</source>
        <translation>Cajero de criptomonedas o quiosco</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Servicios financieros</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otro tipo</translation>
    </message>
    <message>
        <source>For example: Café Lumière</source>
        <translation>Por ejemplo: Café Lumière</translation>
    </message>
    <message>
        <source>&amp;Kind of business:</source>
        <translation>&amp;Tipo de negocio:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>The country is used to read phone numbers written without a country code.</source>
        <translation>El país sirve para leer los números de teléfono escritos sin prefijo de país.</translation>
    </message>
    <message>
        <source>Your customers</source>
        <translation>Sus clientes</translation>
    </message>
    <message>
        <source>Clientele works best with your customers in it, so choose how to begin.</source>
        <translation>Clientele funciona mejor con sus clientes dentro, así que elija cómo empezar.</translation>
    </message>
    <message>
        <source>&amp;Try the demo shop: a café with 2,000 made-up customers to look around</source>
        <translation>&amp;Probar la tienda de demostración: una cafetería con 2000 clientes inventados para echar un vistazo</translation>
    </message>
    <message>
        <source>&amp;Import a file now (a CSV list from your till, web shop or spreadsheet)</source>
        <translation>&amp;Importar un archivo ahora (una lista CSV de su caja, su tienda en línea o una hoja de cálculo)</translation>
    </message>
    <message>
        <source>&amp;Start empty and add customers as they come</source>
        <translation>&amp;Empezar vacío y añadir clientes a medida que lleguen</translation>
    </message>
    <message>
        <source>The demo shop needs an empty file, and this one already has customers.</source>
        <translation>La tienda de demostración necesita un archivo vacío, y este ya tiene clientes.</translation>
    </message>
    <message>
        <source>The demo shop or the import starts after you click Finish.</source>
        <translation>La tienda de demostración o la importación empieza cuando haga clic en «Finalizar».</translation>
    </message>
    <message>
        <source>Your groups</source>
        <translation>Sus grupos</translation>
    </message>
    <message>
        <source>Groups show at a glance who your regulars are and who is drifting away, so a few questions set where each group begins.</source>
        <translation>Los grupos muestran de un vistazo quiénes son sus habituales y quién se está alejando; unas preguntas fijan dónde empieza cada grupo.</translation>
    </message>
    <message>
        <source>Proposed groups</source>
        <translation>Grupos propuestos</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Who is in it</source>
        <translation>Quién forma parte</translation>
    </message>
    <message>
        <source>Customers now</source>
        <translation>Clientes ahora</translation>
    </message>
    <message>
        <source>Untick a group you do not want, or double-click its name to rename it; you can change them all later on the Segments page.</source>
        <translation>Desmarque un grupo que no quiera, o haga doble clic en su nombre para cambiárselo; podrá modificarlos todos más adelante en la página «Segmentos».</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>A copy in another place saves your customer list when a computer breaks or is lost.</source>
        <translation>Una copia en otro lugar salva su lista de clientes si un equipo se estropea o se pierde.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Carpeta para las copias de seguridad</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Carpeta de copias de seguridad:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Click Finish to save your answers; here is what to do next.</source>
        <translation>Haga clic en «Finalizar» para guardar sus respuestas; esto es lo que puede hacer a continuación.</translation>
    </message>
    <message>
        <source>&lt;ul&gt;&lt;li&gt;Bring your customers in: File &gt; Import, or add them one by one with Ctrl+N.&lt;/li&gt;&lt;li&gt;Look at your groups on the Segments page and rename or adjust them.&lt;/li&gt;&lt;li&gt;Check the Dashboard each week to see who needs a call or an offer.&lt;/li&gt;&lt;li&gt;Back up regularly with File &gt; Back up.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;Traiga a sus clientes: Archivo &gt; Importar clientes, compras o visitas, o añádalos uno a uno con Ctrl+N.&lt;/li&gt;&lt;li&gt;Mire sus grupos en la página «Segmentos» y cámbieles el nombre o ajústelos.&lt;/li&gt;&lt;li&gt;Consulte el Panel cada semana para ver quién necesita una llamada o una oferta.&lt;/li&gt;&lt;li&gt;Haga copias de seguridad con regularidad con Archivo &gt; Hacer una copia de seguridad.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>You can open these questions again any time from Help &gt; Getting started.</source>
        <translation>Puede volver a abrir estas preguntas cuando quiera desde Ayuda &gt; Primeros pasos.</translation>
    </message>
    <message>
        <source>cannot be counted</source>
        <translation>no se puede contar</translation>
    </message>
    <message>
        <source>The groups could not be added.</source>
        <translation>No se han podido añadir los grupos.</translation>
    </message>
    <message>
        <source>Automatic backups:</source>
        <translation>Copias de seguridad automáticas:</translation>
    </message>
    <message>
        <source>A folder on a USB stick or a synced cloud folder is the safest choice. Clientele puts a copy there by itself, as often as you choose, and keeps the last ten; File &gt; Back up adds one whenever you like.</source>
        <translation>Una carpeta en una memoria USB o una carpeta sincronizada en la nube es lo más seguro. Clientele deja allí una copia por sí mismo, con la frecuencia que usted elija, y guarda las diez últimas; Archivo &gt; Hacer una copia de seguridad añade una cuando quiera.</translation>
    </message>
    <message>
        <source>The demo shop or the import starts when you click Next; then the wizard goes on, so the groups are counted on your customers.</source>
        <translation>La tienda de demostración o la importación empieza cuando haga clic en «Siguiente»; después el asistente continúa y los grupos se cuentan con sus clientes.</translation>
    </message>
    <message>
        <source>Nothing was brought in. Try again, or choose another way to begin.</source>
        <translation>No se ha añadido nada. Inténtelo de nuevo o elija otra forma de empezar.</translation>
    </message>
    <message>
        <source>Your customers are in. Click Next to group them.</source>
        <translation>Sus clientes ya están dentro. Haga clic en «Siguiente» para agruparlos.</translation>
    </message>
    <message>
        <source>Shop na&amp;me:</source>
        <translation>&amp;Nombre de la tienda:</translation>
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
        <translation>Elegir cómo importar</translation>
    </message>
    <message>
        <source>A few things cannot be seen from the columns alone, so check how dates are read and what happens to customers you already have.</source>
        <translation>Algunas cosas no se ven solo con las columnas, así que compruebe cómo se leen las fechas y qué pasa con los clientes que ya tiene.</translation>
    </message>
    <message>
        <source>Dates and amounts</source>
        <translation>Fechas e importes</translation>
    </message>
    <message>
        <source>Day first (31.12.2025 or 31/12/2025)</source>
        <translation>Primero el día (31.12.2025 o 31/12/2025)</translation>
    </message>
    <message>
        <source>Month first (12/31/2025)</source>
        <translation>Primero el mes (12/31/2025)</translation>
    </message>
    <message>
        <source>Year first (2025-12-31)</source>
        <translation>Primero el año (2025-12-31)</translation>
    </message>
    <message>
        <source>Amounts use a decimal comma (12,50 rather than 12.50)</source>
        <translation>Los importes usan coma decimal (12,50 en lugar de 12.50)</translation>
    </message>
    <message>
        <source>&amp;Dates are written:</source>
        <translation>Las fechas se &amp;escriben:</translation>
    </message>
    <message>
        <source>Customers you already have</source>
        <translation>Clientes que ya tiene</translation>
    </message>
    <message>
        <source>A row is about a customer you already have when its email address, phone number or customer ID matches (capitals and spaces do not count).</source>
        <translation>Una fila corresponde a un cliente que ya tiene cuando coincide su correo electrónico, su número de teléfono o su ID de cliente (las mayúsculas y los espacios no cuentan).</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;Omitirlos</translation>
    </message>
    <message>
        <source>&amp;Update them</source>
        <translation>Act&amp;ualizarlos</translation>
    </message>
    <message>
        <source>&amp;Fill in the gaps</source>
        <translation>&amp;Completar lo que falta</translation>
    </message>
    <message>
        <source>The customer stays as it is; the row is counted as skipped.</source>
        <translation>El cliente se queda como está; la fila se cuenta como omitida.</translation>
    </message>
    <message>
        <source>Values from the file replace what you have; an empty cell never erases anything.</source>
        <translation>Los valores del archivo sustituyen a los que tiene; una celda vacía nunca borra nada.</translation>
    </message>
    <message>
        <source>Only what is missing is filled in from the file; what you have stays.</source>
        <translation>Solo se completa con el archivo lo que falta; lo que ya tiene se queda.</translation>
    </message>
    <message>
        <source>Everyone imported</source>
        <translation>Todos los importados</translation>
    </message>
    <message>
        <source>e.g. Old till, Newsletter 2025 (separated by commas)</source>
        <translation>p. ej. Caja antigua, Boletín 2025 (separadas por comas)</translation>
    </message>
    <message>
        <source>Add customers Clientele does not know yet (otherwise their rows are left out and listed)</source>
        <translation>Crear los clientes que Clientele aún no conoce (si no, sus filas se dejan fuera y se listan)</translation>
    </message>
    <message>
        <source>&amp;Tags to add:</source>
        <translation>E&amp;tiquetas que añadir:</translation>
    </message>
    <message>
        <source>The columns chosen hold no dates.</source>
        <translation>Las columnas elegidas no contienen fechas.</translation>
    </message>
    <message>
        <source>“%1” will be read as %2.</source>
        <translation>«%1» se leerá como %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date written this way.</source>
        <translation>«%1» no es una fecha escrita de esta forma.</translation>
    </message>
    <message>
        <source>%1 of the first %2 dates cannot be read this way; their rows would be left out.</source>
        <translation>%1 de las primeras %2 fechas no se pueden leer de esta forma; sus filas se dejarían fuera.</translation>
    </message>
</context>
<context>
    <name>clientele::PreviewPage</name>
    <message>
        <source>UTF-8 (most programs today)</source>
        <translation>UTF-8 (la mayoría de los programas actuales)</translation>
    </message>
    <message>
        <source>UTF-16, little-endian</source>
        <translation>UTF-16, little-endian</translation>
    </message>
    <message>
        <source>UTF-16, big-endian</source>
        <translation>UTF-16, big-endian</translation>
    </message>
    <message>
        <source>Windows-1252 (Excel on Windows, Western Europe)</source>
        <translation>Windows-1252 (Excel en Windows, Europa occidental)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>%1 — detected</source>
        <translation>%1 — detectado</translation>
    </message>
    <message>
        <source>Check that the file reads right</source>
        <translation>Comprobar que el archivo se lee bien</translation>
    </message>
    <message>
        <source>Files are saved in different ways, so look at the first rows: if accents look wrong or everything sits in one column, change the settings below until the table looks right.</source>
        <translation>Los archivos se guardan de formas distintas, así que mire las primeras filas: si los acentos se ven mal o todo está en una sola columna, cambie los ajustes de abajo hasta que la tabla se vea bien.</translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation>La primera fila contiene los nombres de las columnas</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>Línea del archivo</translation>
    </message>
    <message>
        <source>&amp;Characters (encoding):</source>
        <translation>&amp;Caracteres (codificación):</translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation>Columnas separadas por:</translation>
    </message>
    <message>
        <source>The file has column names but no rows.</source>
        <translation>El archivo tiene nombres de columna, pero ninguna fila.</translation>
    </message>
    <message>
        <source>The table shows the start of the file as Clientele will read it; the numbers on the left are its line numbers.</source>
        <translation>La tabla muestra el principio del archivo tal como lo leerá Clientele; los números de la izquierda son sus números de línea.</translation>
    </message>
</context>
<context>
    <name>clientele::PurchaseDialog</name>
    <message>
        <source>Add a purchase</source>
        <translation>Añadir una compra</translation>
    </message>
    <message>
        <source>No location</source>
        <translation>Ningún punto de venta</translation>
    </message>
    <message>
        <source>For example: Coffee, Gifts</source>
        <translation>Por ejemplo: Café, Regalos</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Importe (%1):</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Punto de venta:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Add purchase</source>
        <translation>Añadir compra</translation>
    </message>
    <message>
        <source>Type the amount as a number, for example %1.</source>
        <translation>Escriba el importe como un número, por ejemplo %1.</translation>
    </message>
</context>
<context>
    <name>clientele::RenameTagCommand</name>
    <message>
        <source>rename tag %1 to %2</source>
        <translation>el cambio de nombre de la etiqueta %1 a %2</translation>
    </message>
</context>
<context>
    <name>clientele::ReorderSegmentsCommand</name>
    <message>
        <source>change the order of segments</source>
        <translation>el cambio de orden de los segmentos</translation>
    </message>
</context>
<context>
    <name>clientele::ReportCommand</name>
    <message>
        <source>Use: clientele-cli report (--segment NAME | --all) --pdf FILE [--as-of DATE] [--call-list]</source>
        <translation>Uso: clientele-cli report (--segment NAME | --all) --pdf FILE [--as-of DATE] [--call-list]</translation>
    </message>
    <message>
        <source>“report” takes its file with --pdf FILE.</source>
        <translation>A «report» se le indica el archivo con --pdf FILE.</translation>
    </message>
    <message>
        <source>Say what to report on with exactly one of --segment NAME or --all.</source>
        <translation>Indique de qué hacer el informe con exactamente una de las opciones --segment NAME o --all.</translation>
    </message>
    <message>
        <source>Say where to write the report with --pdf FILE.</source>
        <translation>Indique con --pdf FILE dónde escribir el informe.</translation>
    </message>
    <message>
        <source>A call list is for one segment: use --segment NAME with --call-list.</source>
        <translation>Una lista de llamadas es para un solo segmento: use --segment NAME con --call-list.</translation>
    </message>
    <message>
        <source>--as-of must be a date like 2026-03-31.</source>
        <translation>--as-of debe ser una fecha como 2026-03-31.</translation>
    </message>
    <message>
        <source>--sort must be value or last-purchase.</source>
        <translation>--sort debe ser value o last-purchase.</translation>
    </message>
    <message>
        <source>Wrote “%1” to “%2” in %3 s. Pages: %4. Rows: %5.</source>
        <translation>Se ha escrito «%1» en «%2» en %3 s. Páginas: %4. Filas: %5.</translation>
    </message>
    <message>
        <source>--with-segments adds a page per segment to the overview: use it with --all.</source>
        <translation>--with-segments añade una página por segmento al resumen: úselo con --all.</translation>
    </message>
</context>
<context>
    <name>clientele::ReportPreview</name>
    <message>
        <source>The report could not be prepared.</source>
        <translation>No se pudo preparar el informe.</translation>
    </message>
    <message>
        <source>Preparing the overview of all segments…</source>
        <translation>Preparando el resumen de todos los segmentos…</translation>
    </message>
    <message>
        <source>Preparing the call list for “%1”…</source>
        <translation>Preparando la lista de llamadas de «%1»…</translation>
    </message>
    <message>
        <source>Preparing the report on “%1”…</source>
        <translation>Preparando el informe de «%1»…</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Preparando las páginas…</translation>
    </message>
    <message>
        <source>Show what is ready</source>
        <translation>Mostrar lo que está listo</translation>
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
        <translation>nunca</translation>
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
        <translation>Impreso el %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Segment report as of %1</source>
        <translation>Informe de segmento a fecha de %1</translation>
    </message>
    <message>
        <source>Who is in it</source>
        <translation>Quién forma parte</translation>
    </message>
    <message>
        <source>Everyone who is in none of the other segments.</source>
        <translation>Todos los que no están en ninguno de los otros segmentos.</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>of %1 customers</source>
        <translation>de %1 clientes</translation>
    </message>
    <message>
        <source>%1 in 30 days</source>
        <translation>%1 en 30 días</translation>
    </message>
    <message>
        <source>%1 in 90 days</source>
        <translation>%1 en 90 días</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Proporción de clientes</translation>
    </message>
    <message>
        <source>Revenue, last 365 days</source>
        <translation>Ingresos, últimos 365 días</translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation>%1 compras</translation>
    </message>
    <message>
        <source>Share of all revenue</source>
        <translation>Proporción del total de ingresos</translation>
    </message>
    <message>
        <source>of %1 in the last 365 days</source>
        <translation>de %1 en los últimos 365 días</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>Compra media</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>over the last 365 days</source>
        <translation>en los últimos 365 días</translation>
    </message>
    <message>
        <source>Purchases per member</source>
        <translation>Compras por miembro</translation>
    </message>
    <message>
        <source>in the last 365 days</source>
        <translation>en los últimos 365 días</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Members (%1), by total spent</source>
        <translation>Miembros (%1), por total gastado</translation>
    </message>
    <message>
        <source>No customers are in this segment as of %1.</source>
        <translation>A fecha de %1 no hay ningún cliente en este segmento.</translation>
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
        <source>Segments overview</source>
        <translation>Resumen de los segmentos</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>A fecha de %1</translation>
    </message>
    <message>
        <source>%1 customers in %2 segments; revenue in the last 365 days: %3. Every customer is counted in the first segment that matches, so the parts add up to the whole.</source>
        <translation>%1 clientes en %2 segmentos; ingresos de los últimos 365 días: %3. Cada cliente cuenta en el primer segmento que le corresponde, así que las partes suman el total.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Revenue, 365 days</source>
        <translation>Ingresos, 365 días</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Proporción de ingresos</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Where customers and revenue are</source>
        <translation>Dónde están los clientes y los ingresos</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>%1: %2 of customers, %3 of revenue</source>
        <translation>%1: el %2 de los clientes, el %3 de los ingresos</translation>
    </message>
    <message>
        <source>by total spent</source>
        <translation>por total gastado</translation>
    </message>
    <message>
        <source>longest since the last purchase first</source>
        <translation>primero quienes llevan más tiempo sin comprar</translation>
    </message>
    <message>
        <source>Call list: %1</source>
        <translation>Lista de llamadas: %1</translation>
    </message>
    <message>
        <source>As of %1 · %2 of %3 members agreed to be contacted and have a phone number · %4</source>
        <translation>A fecha de %1 · %2 de %3 miembros aceptan ser contactados y tienen número de teléfono · %4</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Siguiente paso: %1</translation>
    </message>
    <message>
        <source>Nobody in this segment can be called: no member with a phone number agreed to be contacted.</source>
        <translation>No se puede llamar a nadie de este segmento: ningún miembro con número de teléfono ha aceptado ser contactado.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The segments could not be evaluated.</source>
        <translation>No se pudieron evaluar los segmentos.</translation>
    </message>
    <message>
        <source>There is no segment called “%1”. Segments: %2.</source>
        <translation>No hay ningún segmento llamado «%1». Segmentos: %2.</translation>
    </message>
    <message>
        <source>Segment report: %1</source>
        <translation>Informe de segmento: %1</translation>
    </message>
    <message>
        <source>There is no report to write.</source>
        <translation>No hay ningún informe que escribir.</translation>
    </message>
    <message>
        <source>Cannot write “%1”. Check that the folder exists and that you may write there.</source>
        <translation>No se puede escribir «%1». Compruebe que la carpeta existe y que tiene permiso para escribir en ella.</translation>
    </message>
    <message>
        <source>Members over time</source>
        <translation>Miembros a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Not enough history for a chart yet. Clientele notes the size of every segment once a day while it is open; the chart appears from the second day on.</source>
        <translation>Aún no hay historial suficiente para un gráfico. Clientele anota el tamaño de cada segmento una vez al día mientras está abierto; el gráfico aparece a partir del segundo día.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>%1 members on %2, %3 on %4 (%5).</source>
        <translation>%1 miembros el %2, %3 el %4 (%5).</translation>
    </message>
    <message>
        <source>Share of customers and of revenue</source>
        <translation>Proporción de clientes y de ingresos</translation>
    </message>
    <message>
        <source>%1 of all</source>
        <translation>el %1 del total</translation>
    </message>
    <message>
        <source>Movement between segments in the last 30 days</source>
        <translation>Cambios de segmento en los últimos 30 días</translation>
    </message>
    <message>
        <source>There is no snapshot from 30 days ago, so movement between segments cannot be shown yet. Clientele notes who is in which segment once a day while it is open.</source>
        <translation>Aún no hay ningún registro de hace 30 días, así que todavía no se pueden mostrar los cambios de segmento. Clientele anota quién está en cada segmento una vez al día mientras está abierto.</translation>
    </message>
    <message>
        <source>Nobody changed segment between %1 and %2.</source>
        <translation>Nadie cambió de segmento entre el %1 y el %2.</translation>
    </message>
    <message>
        <source>1 customer changed segment between %1 and %2.</source>
        <translation>1 cliente cambió de segmento entre el %1 y el %2.</translation>
    </message>
    <message>
        <source>%1 customers changed segment between %2 and %3.</source>
        <translation>%1 clientes cambiaron de segmento entre el %2 y el %3.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Smaller moves: %1 customers in %2 other moves.</source>
        <translation>Cambios menores: %1 clientes en otros %2 cambios.</translation>
    </message>
</context>
<context>
    <name>clientele::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Print a segment for the meeting with your accountant, a sheet for the back office, or a call list to phone customers who agreed to be contacted.</source>
        <translation>Imprima un segmento para la reunión con su gestor, una hoja para la trastienda o una lista de llamadas para telefonear a los clientes que aceptan ser contactados.</translation>
    </message>
    <message>
        <source>Segment report</source>
        <translation>Informe de segmento</translation>
    </message>
    <message>
        <source>Overview of all segments</source>
        <translation>Resumen de todos los segmentos</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Lista de llamadas</translation>
    </message>
    <message>
        <source>Biggest spenders first</source>
        <translation>Primero los que más gastan</translation>
    </message>
    <message>
        <source>Longest since the last purchase first</source>
        <translation>Primero quienes llevan más tiempo sin comprar</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segmento:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Orden:</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Saved “%1”. Pages: %2.</source>
        <translation>Se ha guardado «%1». Páginas: %2.</translation>
    </message>
    <message>
        <source>Segments overview</source>
        <translation>Resumen de los segmentos</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Portrait (upright)</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Landscape (sideways, more room for wide tables)</source>
        <translation>Horizontal (apaisado, más sitio para tablas anchas)</translation>
    </message>
    <message>
        <source>Paper size follows your country: A4, or Letter in North America.</source>
        <translation>El tamaño del papel depende de su país: A4, o Carta en Norteamérica.</translation>
    </message>
    <message>
        <source>P&amp;age:</source>
        <translation>Pá&amp;gina:</translation>
    </message>
    <message>
        <source>Writing “%1”…</source>
        <translation>Escribiendo «%1»…</translation>
    </message>
    <message>
        <source>Stopped: nothing was saved.</source>
        <translation>Detenido: no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Then a page for each segment, with its figures and charts</source>
        <translation>Después, una página por segmento, con sus cifras y gráficos</translation>
    </message>
</context>
<context>
    <name>clientele::ResultPage</name>
    <message>
        <source>Import done</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Here is what happened to each row of the file, so you can check that nothing went missing.</source>
        <translation>Esto es lo que ha pasado con cada fila del archivo, para que pueda comprobar que no falta nada.</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Guardar las filas rechazadas…</translation>
    </message>
    <message>
        <source>A CSV file with the rows left out, each with its line number and the reason, to fix in a spreadsheet and import again.</source>
        <translation>Un archivo CSV con las filas que quedaron fuera, cada una con su número de línea y el motivo, para corregirlas en una hoja de cálculo e importarlas de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Deshacer esta importación…</translation>
    </message>
    <message>
        <source>%1 rows read from “%2”:</source>
        <translation>%1 filas leídas de «%2»:</translation>
    </message>
    <message>
        <source>• new customers imported: %1</source>
        <translation>• clientes nuevos importados: %1</translation>
    </message>
    <message>
        <source>• customers you had, updated: %1</source>
        <translation>• clientes que ya tenía, actualizados: %1</translation>
    </message>
    <message>
        <source>• customers you had, gaps filled in: %1</source>
        <translation>• clientes que ya tenía, completados: %1</translation>
    </message>
    <message>
        <source>• rows about customers you had, skipped: %1</source>
        <translation>• filas de clientes que ya tenía, omitidas: %1</translation>
    </message>
    <message>
        <source>• purchases imported: %1</source>
        <translation>• compras importadas: %1</translation>
    </message>
    <message>
        <source>• visits and emails imported: %1</source>
        <translation>• visitas y correos electrónicos importados: %1</translation>
    </message>
    <message>
        <source>• rows left out (rejected): %1</source>
        <translation>• filas dejadas fuera (rechazadas): %1</translation>
    </message>
    <message>
        <source>New customers made for rows Clientele could not match: %1</source>
        <translation>Clientes nuevos creados para filas que Clientele no pudo asociar a nadie: %1</translation>
    </message>
    <message>
        <source>The rows left out are kept with their line numbers and reasons: save them, fix them in a spreadsheet and import them again.</source>
        <translation>Las filas que quedaron fuera se conservan con sus números de línea y sus motivos: guárdelas, corríjalas en una hoja de cálculo e impórtelas de nuevo.</translation>
    </message>
    <message>
        <source>-rejected.csv</source>
        <translation>-rechazadas.csv</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Guardar las filas rechazadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Clientele could not save the rows to “%1”: %2.</source>
        <translation>Clientele no pudo guardar las filas en «%1»: %2.</translation>
    </message>
    <message>
        <source>Remove the %1 customers this import added, with their purchases and visits?</source>
        <translation>¿Eliminar los %1 clientes que añadió esta importación, con sus compras y visitas?</translation>
    </message>
    <message>
        <source>Remove the %1 purchases this import added, and the %2 customers it made?</source>
        <translation>¿Eliminar las %1 compras que añadió esta importación y los %2 clientes que creó?</translation>
    </message>
    <message>
        <source>Remove the %1 purchases this import added?</source>
        <translation>¿Eliminar las %1 compras que añadió esta importación?</translation>
    </message>
    <message>
        <source>Remove the %1 visits and emails this import added, and the %2 customers it made?</source>
        <translation>¿Eliminar las %1 visitas y correos electrónicos que añadió esta importación y los %2 clientes que creó?</translation>
    </message>
    <message>
        <source>Remove the %1 visits and emails this import added?</source>
        <translation>¿Eliminar las %1 visitas y correos electrónicos que añadió esta importación?</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Deshacer esta importación</translation>
    </message>
    <message>
        <source>Customers you already had keep the changes the import made to them.</source>
        <translation>Los clientes que ya tenía conservan los cambios que la importación hizo en ellos.</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Deshacer la importación</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Deshaciendo la importación…</translation>
    </message>
    <message>
        <source>The import was undone: %1 customers, %2 purchases and %3 visits and emails removed.</source>
        <translation>Se ha deshecho la importación: se han eliminado %1 clientes, %2 compras y %3 visitas y correos electrónicos.</translation>
    </message>
</context>
<context>
    <name>clientele::RfmHeatMap</name>
    <message>
        <source>bought very recently</source>
        <translation>muy reciente</translation>
    </message>
    <message>
        <source>bought recently</source>
        <translation>reciente</translation>
    </message>
    <message>
        <source>bought a while ago</source>
        <translation>hace un tiempo</translation>
    </message>
    <message>
        <source>bought some time ago</source>
        <translation>hace bastante</translation>
    </message>
    <message>
        <source>bought long ago</source>
        <translation>hace mucho</translation>
    </message>
    <message>
        <source>buy very often</source>
        <translation>muy frecuentes</translation>
    </message>
    <message>
        <source>buy often</source>
        <translation>frecuentes</translation>
    </message>
    <message>
        <source>buy now and then</source>
        <translation>ocasionales</translation>
    </message>
    <message>
        <source>buy seldom</source>
        <translation>escasas</translation>
    </message>
    <message>
        <source>rarely buy</source>
        <translation>muy escasas</translation>
    </message>
    <message>
        <source>How often they buy (1 = rarely, 5 = most often)</source>
        <translation>Frecuencia de compra (1 = pocas veces, 5 = más a menudo)</translation>
    </message>
    <message>
        <source>How lately (5 = latest)</source>
        <translation>Última compra (5 = la más reciente)</translation>
    </message>
    <message>
        <source>fewer</source>
        <translation>menos</translation>
    </message>
    <message>
        <source>more</source>
        <translation>más</translation>
    </message>
    <message>
        <source>1 customer who %1 and %2.</source>
        <translation>1 cliente con compras %2, la última %1.</translation>
    </message>
    <message>
        <source>%3 customers who %1 and %2.</source>
        <translation>%3 clientes con compras %2, la última %1.</translation>
    </message>
    <message>
        <source>Recency %1, frequency %2. Click to see them.</source>
        <translation>Recencia %1, frecuencia %2. Haga clic para verlos.</translation>
    </message>
</context>
<context>
    <name>clientele::RuleGroupWidget</name>
    <message>
        <source>Customers who match</source>
        <translation>Clientes que cumplen</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Que cumplen</translation>
    </message>
    <message>
        <source>All or any of the conditions</source>
        <translation>Todas las condiciones o al menos una</translation>
    </message>
    <message>
        <source>all of these</source>
        <translation>todas estas condiciones</translation>
    </message>
    <message>
        <source>at least one of these</source>
        <translation>al menos una de ellas</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Quitar el grupo</translation>
    </message>
    <message>
        <source>No conditions yet: add one below.</source>
        <translation>Aún no hay condiciones: añada una abajo.</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Añadir una condición</translation>
    </message>
    <message>
        <source>Add a group (either/or)</source>
        <translation>Añadir un grupo (una cosa u otra)</translation>
    </message>
    <message>
        <source>A group inside this one, for conditions such as “has the tag VIP or spent more than 500”</source>
        <translation>Un grupo dentro de este, para condiciones como «tiene la etiqueta VIP o ha gastado más de 500»</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>Add at least one condition.</source>
        <translation>Añada al menos una condición.</translation>
    </message>
    <message>
        <source>A group needs at least one condition.</source>
        <translation>Un grupo necesita al menos una condición.</translation>
    </message>
    <message>
        <source>Drag to move this group</source>
        <translation>Arrastre para mover este grupo</translation>
    </message>
    <message>
        <source>⋯</source>
        <translation>⋯</translation>
    </message>
    <message>
        <source>More for this group</source>
        <translation>Más opciones para este grupo</translation>
    </message>
    <message>
        <source>Move this group</source>
        <translation>Mover este grupo</translation>
    </message>
    <message>
        <source>Move group up</source>
        <translation>Subir el grupo</translation>
    </message>
    <message>
        <source>Move group down</source>
        <translation>Bajar el grupo</translation>
    </message>
</context>
<context>
    <name>clientele::RuleJson</name>
    <message>
        <source>condition %1: </source>
        <translation>condición %1: </translation>
    </message>
    <message>
        <source>group %1: </source>
        <translation>grupo %1: </translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>the value must be a whole number from %1 to %2 (got %3)</source>
        <translation>el valor debe ser un número entero entre %1 y %2 (se ha recibido %3)</translation>
    </message>
    <message>
        <source>the value must be an amount like 150.00, with at most two decimals (got %1)</source>
        <translation>el valor debe ser un importe como 150.00, con dos decimales como máximo (se ha recibido %1)</translation>
    </message>
    <message>
        <source>the value must be true or false (got %1)</source>
        <translation>el valor debe ser true o false (se ha recibido %1)</translation>
    </message>
    <message>
        <source>the value must be one of walk-in, online, referral, imported (got %1)</source>
        <translation>el valor debe ser uno de walk-in, online, referral, imported (se ha recibido %1)</translation>
    </message>
    <message>
        <source>the value must be a text (got %1)</source>
        <translation>el valor debe ser un texto (se ha recibido %1)</translation>
    </message>
    <message>
        <source>the value must not be empty</source>
        <translation>el valor no puede estar vacío</translation>
    </message>
    <message>
        <source>field %1 is not known</source>
        <translation>el campo %1 no se conoce</translation>
    </message>
    <message>
        <source>field %1 does not allow the operator %2</source>
        <translation>el campo %1 no admite el operador %2</translation>
    </message>
    <message>
        <source>field %1 does not take window_days</source>
        <translation>el campo %1 no admite window_days</translation>
    </message>
    <message>
        <source>window_days must be a whole number of days from 1 to %1</source>
        <translation>window_days debe ser un número entero de días entre 1 y %1</translation>
    </message>
    <message>
        <source>the operator %1 takes no value</source>
        <translation>el operador %1 no admite ningún valor</translation>
    </message>
    <message>
        <source>&apos;between&apos; needs a list of two values, like [2, 5] (got %1)</source>
        <translation>&apos;between&apos; necesita una lista de dos valores, como [2, 5] (se ha recibido %1)</translation>
    </message>
    <message>
        <source>&apos;between&apos; needs the smaller value first (got %1 and %2)</source>
        <translation>&apos;between&apos; necesita el valor menor en primer lugar (se ha recibido %1 y %2)</translation>
    </message>
    <message>
        <source>%1 needs a list of one or more values (got %2)</source>
        <translation>%1 necesita una lista de uno o más valores (se ha recibido %2)</translation>
    </message>
    <message>
        <source>the operator %1 needs a value</source>
        <translation>el operador %1 necesita un valor</translation>
    </message>
    <message>
        <source>the rule is nested too deeply (more than %1 levels)</source>
        <translation>la regla tiene demasiados niveles anidados (más de %1)</translation>
    </message>
    <message>
        <source>expected a group or a condition (an object with “all”, “any” or “field”), got %1</source>
        <translation>se esperaba un grupo o una condición (un objeto con «all», «any» o «field»), se ha recibido %1</translation>
    </message>
    <message>
        <source>a group has either &apos;all&apos; or &apos;any&apos;, not both</source>
        <translation>un grupo tiene &apos;all&apos; o &apos;any&apos;, no ambos</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>clave %1 desconocida</translation>
    </message>
    <message>
        <source>%1 must be a list of conditions</source>
        <translation>%1 debe ser una lista de condiciones</translation>
    </message>
    <message>
        <source>&apos;field&apos; must be a text</source>
        <translation>&apos;field&apos; debe ser un texto</translation>
    </message>
    <message>
        <source>&apos;field&apos; is missing</source>
        <translation>falta &apos;field&apos;</translation>
    </message>
    <message>
        <source>&apos;op&apos; must be a text</source>
        <translation>&apos;op&apos; debe ser un texto</translation>
    </message>
    <message>
        <source>&apos;op&apos; is missing</source>
        <translation>falta &apos;op&apos;</translation>
    </message>
    <message>
        <source>operator %1 is not known</source>
        <translation>el operador %1 no se conoce</translation>
    </message>
    <message>
        <source>window_days must be a whole number of days from 1 to %1 (got %2)</source>
        <translation>window_days debe ser un número entero de días entre 1 y %1 (se ha recibido %2)</translation>
    </message>
    <message>
        <source>the rule is not valid JSON: %1 at character %2</source>
        <translation>la regla no es JSON válido: %1 en el carácter %2</translation>
    </message>
    <message>
        <source>the rule must be an object with “all”, “any” or “field”</source>
        <translation>la regla debe ser un objeto con «all», «any» o «field»</translation>
    </message>
    <message>
        <source>the value must be a date like &quot;2024-03-14&quot; (got %1)</source>
        <translation>el valor debe ser una fecha como «2024-03-14» (se recibió %1)</translation>
    </message>
</context>
<context>
    <name>clientele::RuleText</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>entre %1 y %2</translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation>exactamente %1</translation>
    </message>
    <message>
        <source>not exactly %1</source>
        <translation>no exactamente %1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>más de %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>menos de %1</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>menos de %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>through a referral</source>
        <translation>por recomendación</translation>
    </message>
    <message>
        <source>from an imported list</source>
        <translation>desde una lista importada</translation>
    </message>
    <message>
        <source>no city</source>
        <translation>sin ciudad</translation>
    </message>
    <message>
        <source>no country</source>
        <translation>sin país</translation>
    </message>
    <message>
        <source>no postal code</source>
        <translation>sin código postal</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>sin correo electrónico</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>sin número de teléfono</translation>
    </message>
    <message>
        <source>no origin recorded</source>
        <translation>sin origen registrado</translation>
    </message>
    <message>
        <source>no purchases</source>
        <translation>sin compras</translation>
    </message>
    <message>
        <source>no opened emails</source>
        <translation>sin correos electrónicos abiertos</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>bought %1 time</source>
        <translation>han comprado %1 vez</translation>
    </message>
    <message>
        <source>bought %1 times</source>
        <translation>han comprado %1 veces</translation>
    </message>
    <message>
        <source>visited %1 time</source>
        <translation>han venido %1 vez</translation>
    </message>
    <message>
        <source>visited %1 times</source>
        <translation>han venido %1 veces</translation>
    </message>
    <message>
        <source>opened emails %1 time</source>
        <translation>han abierto correos electrónicos %1 vez</translation>
    </message>
    <message>
        <source>opened emails %1 times</source>
        <translation>han abierto correos electrónicos %1 veces</translation>
    </message>
    <message>
        <source>abandoned a cart %1 time</source>
        <translation>han abandonado un carrito %1 vez</translation>
    </message>
    <message>
        <source>abandoned a cart %1 times</source>
        <translation>han abandonado un carrito %1 veces</translation>
    </message>
    <message>
        <source>last bought %1 day ago</source>
        <translation>compraron por última vez hace %1 día</translation>
    </message>
    <message>
        <source>last bought %1 days ago</source>
        <translation>compraron por última vez hace %1 días</translation>
    </message>
    <message>
        <source>first bought %1 day ago</source>
        <translation>compraron por primera vez hace %1 día</translation>
    </message>
    <message>
        <source>first bought %1 days ago</source>
        <translation>compraron por primera vez hace %1 días</translation>
    </message>
    <message>
        <source>last opened an email %1 day ago</source>
        <translation>abrieron un correo electrónico por última vez hace %1 día</translation>
    </message>
    <message>
        <source>last opened an email %1 days ago</source>
        <translation>abrieron un correo electrónico por última vez hace %1 días</translation>
    </message>
    <message>
        <source>became customers %1 day ago</source>
        <translation>se hicieron clientes hace %1 día</translation>
    </message>
    <message>
        <source>became customers %1 days ago</source>
        <translation>se hicieron clientes hace %1 días</translation>
    </message>
    <message>
        <source>did not open an email %1</source>
        <translation>no han abierto ningún correo electrónico %1</translation>
    </message>
    <message>
        <source>never opened an email</source>
        <translation>nunca han abierto un correo electrónico</translation>
    </message>
    <message>
        <source>did not buy %1</source>
        <translation>no han comprado %1</translation>
    </message>
    <message>
        <source>never bought</source>
        <translation>nunca han comprado</translation>
    </message>
    <message>
        <source>opened an email</source>
        <translation>han abierto un correo electrónico</translation>
    </message>
    <message>
        <source>bought at least once</source>
        <translation>han comprado al menos una vez</translation>
    </message>
    <message>
        <source>have a recency score of %1</source>
        <translation>tienen una puntuación de recencia de %1</translation>
    </message>
    <message>
        <source>have a frequency score of %1</source>
        <translation>tienen una puntuación de frecuencia de %1</translation>
    </message>
    <message>
        <source>have a spending score of %1</source>
        <translation>tienen una puntuación de gasto de %1</translation>
    </message>
    <message>
        <source>have an overall RFM score of %1</source>
        <translation>tienen una puntuación RFM global de %1</translation>
    </message>
    <message>
        <source>%1, judged on purchases %2</source>
        <translation>%1, según las compras %2</translation>
    </message>
    <message>
        <source>%1 (including customers with %2)</source>
        <translation>%1 (incluidos los clientes %2)</translation>
    </message>
    <message>
        <source>spent %1 in total</source>
        <translation>han gastado %1 en total</translation>
    </message>
    <message>
        <source>spent %1 per purchase on average</source>
        <translation>han gastado %1 por compra de media</translation>
    </message>
    <message>
        <source>%1 (counting only %2)</source>
        <translation>%1 (contando solo %2)</translation>
    </message>
    <message>
        <source>agreed to receive emails</source>
        <translation>han aceptado recibir correos electrónicos</translation>
    </message>
    <message>
        <source>did not agree to receive emails</source>
        <translation>no han aceptado recibir correos electrónicos</translation>
    </message>
    <message>
        <source>agreed to receive text messages</source>
        <translation>han aceptado recibir SMS</translation>
    </message>
    <message>
        <source>did not agree to receive text messages</source>
        <translation>no han aceptado recibir SMS</translation>
    </message>
    <message>
        <source>have the tag %1</source>
        <translation>tienen la etiqueta %1</translation>
    </message>
    <message>
        <source>do not have the tag %1</source>
        <translation>no tienen la etiqueta %1</translation>
    </message>
    <message>
        <source>have one of the tags %1</source>
        <translation>tienen una de las etiquetas %1</translation>
    </message>
    <message>
        <source>have none of the tags %1</source>
        <translation>no tienen ninguna de las etiquetas %1</translation>
    </message>
    <message>
        <source>have no tags</source>
        <translation>no tienen etiquetas</translation>
    </message>
    <message>
        <source>have at least one tag</source>
        <translation>tienen al menos una etiqueta</translation>
    </message>
    <message>
        <source>first came %1</source>
        <translation>llegaron por primera vez %1</translation>
    </message>
    <message>
        <source>did not first come %1</source>
        <translation>no llegaron por primera vez %1</translation>
    </message>
    <message>
        <source>origin is not recorded</source>
        <translation>origen no está registrado</translation>
    </message>
    <message>
        <source>origin is recorded</source>
        <translation>origen está registrado</translation>
    </message>
    <message>
        <source>bought at %1</source>
        <translation>han comprado en el punto de venta %1</translation>
    </message>
    <message>
        <source>bought from the category %1</source>
        <translation>han comprado en la categoría %1</translation>
    </message>
    <message>
        <source>never bought at %1</source>
        <translation>nunca han comprado en el punto de venta %1</translation>
    </message>
    <message>
        <source>never bought from the category %1</source>
        <translation>nunca han comprado en la categoría %1</translation>
    </message>
    <message>
        <source>bought from the categories %1</source>
        <translation>han comprado en las categorías %1</translation>
    </message>
    <message>
        <source>never bought from the categories %1</source>
        <translation>nunca han comprado en las categorías %1</translation>
    </message>
    <message>
        <source>bought at a place whose name contains %1</source>
        <translation>han comprado en un punto de venta cuyo nombre contiene %1</translation>
    </message>
    <message>
        <source>bought from a category containing %1</source>
        <translation>han comprado en una categoría que contiene %1</translation>
    </message>
    <message>
        <source>never bought at a place whose name contains %1</source>
        <translation>nunca han comprado en un punto de venta cuyo nombre contiene %1</translation>
    </message>
    <message>
        <source>never bought from a category containing %1</source>
        <translation>nunca han comprado en una categoría que contiene %1</translation>
    </message>
    <message>
        <source>bought at a place whose name starts with %1</source>
        <translation>han comprado en un punto de venta cuyo nombre empieza por %1</translation>
    </message>
    <message>
        <source>bought from a category starting with %1</source>
        <translation>han comprado en una categoría que empieza por %1</translation>
    </message>
    <message>
        <source>live in %1</source>
        <translation>viven en %1</translation>
    </message>
    <message>
        <source>do not live in %1</source>
        <translation>no viven en %1</translation>
    </message>
    <message>
        <source>live in none of %1</source>
        <translation>no viven en ninguna de las ciudades %1</translation>
    </message>
    <message>
        <source>live in a city containing %1</source>
        <translation>viven en una ciudad que contiene %1</translation>
    </message>
    <message>
        <source>do not live in a city containing %1</source>
        <translation>no viven en una ciudad que contiene %1</translation>
    </message>
    <message>
        <source>live in a city starting with %1</source>
        <translation>viven en una ciudad que empieza por %1</translation>
    </message>
    <message>
        <source>have no city</source>
        <translation>no tienen ciudad registrada</translation>
    </message>
    <message>
        <source>have a city</source>
        <translation>tienen una ciudad registrada</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 es %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 no es %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 no es ninguno de los valores %2</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 contiene %2</translation>
    </message>
    <message>
        <source>%1 does not contain %2</source>
        <translation>%1 no contiene %2</translation>
    </message>
    <message>
        <source>%1 starts with %2</source>
        <translation>%1 empieza por %2</translation>
    </message>
    <message>
        <source>%1 is not recorded</source>
        <translation>%1 no está registrado</translation>
    </message>
    <message>
        <source>%1 is recorded</source>
        <translation>%1 está registrado</translation>
    </message>
    <message>
        <source>whose %1</source>
        <translation>cuyo %1</translation>
    </message>
    <message>
        <source>who %1</source>
        <translation>que %1</translation>
    </message>
    <message>
        <source>who are any customer</source>
        <translation>que son cualquier cliente</translation>
    </message>
    <message>
        <source>who are no customer</source>
        <translation>que no son ningún cliente</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>in the last year</source>
        <translation>en el último año</translation>
    </message>
    <message>
        <source>in the last %1 years</source>
        <translation>en los últimos %1 años</translation>
    </message>
    <message>
        <source>in the last month</source>
        <translation>en el último mes</translation>
    </message>
    <message>
        <source>in the last %1 months</source>
        <translation>en los últimos %1 meses</translation>
    </message>
    <message>
        <source>in the last week</source>
        <translation>en la última semana</translation>
    </message>
    <message>
        <source>in the last %1 weeks</source>
        <translation>en las últimas %1 semanas</translation>
    </message>
    <message>
        <source>on the day itself</source>
        <translation>el mismo día</translation>
    </message>
    <message>
        <source>in the last %1 days</source>
        <translation>en los últimos %1 días</translation>
    </message>
    <message>
        <source>All customers.</source>
        <translation>Todos los clientes.</translation>
    </message>
    <message>
        <source>No customers.</source>
        <translation>Ningún cliente.</translation>
    </message>
    <message>
        <source>Customers %1.</source>
        <translation>Clientes %1.</translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation>regla: %1</translation>
    </message>
    <message>
        <source>have the tags %1</source>
        <translation>tienen las etiquetas %1</translation>
    </message>
    <message>
        <source>bought at no known place</source>
        <translation>no han comprado en ningún punto de venta conocido</translation>
    </message>
    <message>
        <source>bought from no category</source>
        <translation>no han comprado en ninguna categoría</translation>
    </message>
    <message>
        <source>have no origin recorded</source>
        <translation>no tienen origen registrado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no birthday recorded</source>
        <translation>sin cumpleaños registrado</translation>
    </message>
    <message>
        <source>were born</source>
        <translation>nacieron</translation>
    </message>
    <message>
        <source>became customers</source>
        <translation>se hicieron clientes</translation>
    </message>
    <message>
        <source>first bought</source>
        <translation>compraron por primera vez</translation>
    </message>
    <message>
        <source>last bought</source>
        <translation>compraron por última vez</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>on a day other than %1</source>
        <translation>un día distinto del %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>después del %1</translation>
    </message>
    <message>
        <source>on or after %1</source>
        <translation>el %1 o después</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>antes del %1</translation>
    </message>
    <message>
        <source>on or before %1</source>
        <translation>el %1 o antes</translation>
    </message>
    <message>
        <source>have no birthday recorded</source>
        <translation>no tienen cumpleaños registrado</translation>
    </message>
    <message>
        <source>have a birthday recorded</source>
        <translation>tienen un cumpleaños registrado</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentBuilder</name>
    <message>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nuevo segmento</translation>
    </message>
    <message>
        <source>Change segment “%1”</source>
        <translation>Cambiar el segmento «%1»</translation>
    </message>
    <message>
        <source>For example: Regulars</source>
        <translation>Por ejemplo: Habituales</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Color %1</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Otro color…</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <source>Who belongs in it</source>
        <translation>Quién pertenece a él</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Ahora mismo</translation>
    </message>
    <message>
        <source>For example: offer them a loyalty card</source>
        <translation>Por ejemplo: ofrecerles una tarjeta de fidelidad</translation>
    </message>
    <message>
        <source>What you plan to do with them:</source>
        <translation>Qué piensa hacer con ellos:</translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation>Añadir segmento</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Colour of the segment</source>
        <translation>Color del segmento</translation>
    </message>
    <message>
        <source>Finish the conditions to see who is in this segment.</source>
        <translation>Complete las condiciones para ver quién está en este segmento.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>These conditions could not be counted: %1</source>
        <translation>No se pudieron contar estas condiciones: %1</translation>
    </message>
    <message>
        <source>No customers right now</source>
        <translation>Ningún cliente ahora mismo</translation>
    </message>
    <message>
        <source>Counted as of %1 in %2 ms</source>
        <translation>Contado a fecha de %1 en %2 ms</translation>
    </message>
    <message>
        <source>%1% of your %2</source>
        <translation>%1 % de sus %2</translation>
    </message>
    <message>
        <source>No segment comes before this one, so it keeps all of them.</source>
        <translation>Ningún segmento va antes que este, así que se queda con todos.</translation>
    </message>
    <message>
        <source>None of them are in a segment above this one, so it keeps all of them.</source>
        <translation>Ninguno está en un segmento por encima de este, así que se queda con todos.</translation>
    </message>
    <message>
        <source>%1 of them are already in segments above this one, so %2 would be in this one.</source>
        <translation>%1 ya están en segmentos por encima de este, así que en este quedarían: %2.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; %2: %3</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;●&lt;/span&gt; %2: %3</translation>
    </message>
    <message>
        <source>Also match your other segments:</source>
        <translation>También coinciden con sus otros segmentos:</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>Póngale un nombre al segmento.</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>Todos los demás</translation>
    </message>
    <message>
        <source>“Everyone else” is for customers in no segment; choose another name.</source>
        <translation>«Todos los demás» es para los clientes que no están en ningún segmento; elija otro nombre.</translation>
    </message>
    <message>
        <source>You already have a segment called “%1”.</source>
        <translation>Ya tiene un segmento llamado «%1».</translation>
    </message>
    <message>
        <source>The segment could not be saved.</source>
        <translation>No se pudo guardar el segmento.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentDelegate</name>
    <message>
        <source>%1 (cannot be counted)</source>
        <translation>%1 (no se puede contar)</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentEngine</name>
    <message>
        <source>Everyone else</source>
        <translation>Todos los demás</translation>
    </message>
    <message>
        <source>In “Everyone else”: there are no segments yet.</source>
        <translation>En «Todos los demás»: aún no hay segmentos.</translation>
    </message>
    <message>
        <source>In “Everyone else”: no segment&apos;s rule matches.</source>
        <translation>En «Todos los demás»: no coincide la regla de ningún segmento.</translation>
    </message>
    <message>
        <source>In “%1”.</source>
        <translation>En «%1».</translation>
    </message>
    <message>
        <source>In “%1” because they %2.</source>
        <translation>En «%1» porque %2.</translation>
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
        <translation>1 cliente ha pasado de %1 a %2 desde el %3.</translation>
    </message>
    <message>
        <source>%1 customers moved from %2 to %3 since %4.</source>
        <translation>%1 clientes han pasado de %2 a %3 desde el %4.</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentListModel</name>
    <message>
        <source>Customers no segment above takes.</source>
        <translation>Clientes que no entran en ningún segmento de más arriba.</translation>
    </message>
    <message>
        <source>This segment could not be counted: %1</source>
        <translation>No se pudo contar este segmento: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What the segment&apos;s customers spent in the last 12 months</source>
        <translation>Lo que gastaron los clientes del segmento en los últimos 12 meses</translation>
    </message>
    <message>
        <source>Segment, checked from the top</source>
        <translation>Segmento, comprobado desde arriba</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Spent in the last year</source>
        <translation>Gasto en el último año</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentStore</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>Un segmento necesita un nombre.</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>Todos los demás</translation>
    </message>
    <message>
        <source>“%1” is the name of the customers in no segment; choose another name.</source>
        <translation>«%1» es el nombre de los clientes que no están en ningún segmento; elija otro nombre.</translation>
    </message>
    <message>
        <source>There is already a segment called “%1”.</source>
        <translation>Ya hay un segmento llamado «%1».</translation>
    </message>
    <message>
        <source>The colour “%1” is not a colour like #1976d2.</source>
        <translation>El color «%1» no es un color como #1976d2.</translation>
    </message>
    <message>
        <source>The rule of “%1” is not valid: %2</source>
        <translation>La regla de «%1» no es válida: %2</translation>
    </message>
    <message>
        <source>The segment could not be saved.</source>
        <translation>No se pudo guardar el segmento.</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentTemplates</name>
    <message>
        <source>Café or restaurant</source>
        <translation>Cafetería o restaurante</translation>
    </message>
    <message>
        <source>Who comes often, who comes now and then, who stopped coming.</source>
        <translation>Quién viene a menudo, quién viene de vez en cuando, quién ha dejado de venir.</translation>
    </message>
    <message>
        <source>Visits in a month to count as a regular (more than)</source>
        <translation>Visitas al mes para contar como habitual (más de)</translation>
    </message>
    <message>
        <source>Days since the first purchase to count as new</source>
        <translation>Días desde la primera compra para contar como nuevo</translation>
    </message>
    <message>
        <source>Days without a purchase to count as lapsed</source>
        <translation>Días sin comprar para contar como alejado</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Habituales</translation>
    </message>
    <message>
        <source>Come in more than %1 times a month.</source>
        <translation>Vienen más de %1 veces al mes.</translation>
    </message>
    <message>
        <source>Thank them: a loyalty card stamp or a free coffee.</source>
        <translation>Deles las gracias: un sello en la tarjeta de fidelidad o un café gratis.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>First bought in the last %1 days.</source>
        <translation>Compraron por primera vez en los últimos %1 días.</translation>
    </message>
    <message>
        <source>Welcome them and invite them back.</source>
        <translation>Deles la bienvenida e invítelos a volver.</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Ocasionales</translation>
    </message>
    <message>
        <source>Bought in the last %1 days, but not often.</source>
        <translation>Han comprado en los últimos %1 días, pero no a menudo.</translation>
    </message>
    <message>
        <source>Tell them about the lunch menu or a weekly offer.</source>
        <translation>Hábleles del menú del día o de una oferta semanal.</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Alejados</translation>
    </message>
    <message>
        <source>Have not bought for more than %1 days.</source>
        <translation>Llevan más de %1 días sin comprar.</translation>
    </message>
    <message>
        <source>Send a “we miss you” offer.</source>
        <translation>Envíeles una oferta de «le echamos de menos».</translation>
    </message>
    <message>
        <source>Retail shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Spending, loyalty and who is drifting away.</source>
        <translation>Gasto, fidelidad y quién se está alejando.</translation>
    </message>
    <message>
        <source>Spent in the last year to count as a big spender (at least)</source>
        <translation>Gasto en el último año para contar entre los que más gastan (al menos)</translation>
    </message>
    <message>
        <source>Purchases in the last year to count as loyal (at least)</source>
        <translation>Compras en el último año para contar como leal (al menos)</translation>
    </message>
    <message>
        <source>Days without a purchase to count as at risk</source>
        <translation>Días sin comprar para contar como en riesgo</translation>
    </message>
    <message>
        <source>Days without a purchase to count as inactive</source>
        <translation>Días sin comprar para contar como inactivo</translation>
    </message>
    <message>
        <source>Big spenders</source>
        <translation>Los que más gastan</translation>
    </message>
    <message>
        <source>Spent at least %1 in the last year.</source>
        <translation>Han gastado al menos %1 en el último año.</translation>
    </message>
    <message>
        <source>Invite them to private sales; ask what they would like you to stock.</source>
        <translation>Invítelos a ventas privadas; pregúnteles qué les gustaría encontrar en su tienda.</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Leales</translation>
    </message>
    <message>
        <source>Bought at least %1 times in the last year.</source>
        <translation>Han comprado al menos %1 veces en el último año.</translation>
    </message>
    <message>
        <source>Reward them: points, early access, a thank-you note.</source>
        <translation>Recompénselos: puntos, acceso anticipado, una nota de agradecimiento.</translation>
    </message>
    <message>
        <source>Welcome them; suggest a second purchase.</source>
        <translation>Deles la bienvenida; sugiérales una segunda compra.</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Last bought between %1 and %2 days ago.</source>
        <translation>Compraron por última vez hace entre %1 y %2 días.</translation>
    </message>
    <message>
        <source>Remind them of you with an offer before they forget.</source>
        <translation>Recuérdeles que sigue ahí con una oferta antes de que le olviden.</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivos</translation>
    </message>
    <message>
        <source>Try one win-back message; then let them rest.</source>
        <translation>Pruebe con un mensaje para recuperarlos; después, déjelos tranquilos.</translation>
    </message>
    <message>
        <source>Salon or services</source>
        <translation>Salón o servicios</translation>
    </message>
    <message>
        <source>Regular clients, who is due, who is new, who is gone.</source>
        <translation>Clientes habituales, a quién le toca volver, quién es nuevo, quién se ha ido.</translation>
    </message>
    <message>
        <source>Appointments in the last year to count as a regular (at least)</source>
        <translation>Citas en el último año para contar como habitual (al menos)</translation>
    </message>
    <message>
        <source>Days since the last appointment when a client is due</source>
        <translation>Días desde la última cita a partir de los cuales a un cliente le toca volver</translation>
    </message>
    <message>
        <source>Days since the last appointment to count as lapsed</source>
        <translation>Días desde la última cita para contar como alejado</translation>
    </message>
    <message>
        <source>Days since the first appointment to count as new</source>
        <translation>Días desde la primera cita para contar como nuevo</translation>
    </message>
    <message>
        <source>Regular clients</source>
        <translation>Clientes habituales</translation>
    </message>
    <message>
        <source>Came at least %1 times in the last year and are not overdue.</source>
        <translation>Han venido al menos %1 veces en el último año y no van con retraso.</translation>
    </message>
    <message>
        <source>Offer to book their next appointment now.</source>
        <translation>Ofrézcales reservar ya su próxima cita.</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <source>First came in the last %1 days.</source>
        <translation>Vinieron por primera vez en los últimos %1 días.</translation>
    </message>
    <message>
        <source>Ask how it went; offer a second visit.</source>
        <translation>Pregúnteles qué tal les fue; ofrézcales una segunda visita.</translation>
    </message>
    <message>
        <source>Due for a visit</source>
        <translation>Les toca volver</translation>
    </message>
    <message>
        <source>Last came between %1 and %2 days ago.</source>
        <translation>Vinieron por última vez hace entre %1 y %2 días.</translation>
    </message>
    <message>
        <source>Send a friendly reminder with a booking link.</source>
        <translation>Envíeles un recordatorio amable con un enlace para reservar.</translation>
    </message>
    <message>
        <source>Lapsed clients</source>
        <translation>Clientes alejados</translation>
    </message>
    <message>
        <source>Have not come for more than %1 days.</source>
        <translation>Llevan más de %1 días sin venir.</translation>
    </message>
    <message>
        <source>Offer a comeback treatment.</source>
        <translation>Ofrézcales un tratamiento especial para que vuelvan.</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>Tienda en línea</translation>
    </message>
    <message>
        <source>Repeat buyers, one-time buyers and cart abandoners.</source>
        <translation>Compradores recurrentes, compradores de una sola vez y carritos abandonados.</translation>
    </message>
    <message>
        <source>Days to look back for abandoned carts</source>
        <translation>Días que se tienen en cuenta para los carritos abandonados</translation>
    </message>
    <message>
        <source>Purchases in the last year to count as a repeat buyer (at least)</source>
        <translation>Compras en el último año para contar como comprador recurrente (al menos)</translation>
    </message>
    <message>
        <source>Days to look back for opened emails</source>
        <translation>Días que se tienen en cuenta para los correos electrónicos abiertos</translation>
    </message>
    <message>
        <source>Cart abandoners</source>
        <translation>Carritos abandonados</translation>
    </message>
    <message>
        <source>Left a full cart in the last %1 days.</source>
        <translation>Dejaron un carrito lleno en los últimos %1 días.</translation>
    </message>
    <message>
        <source>Send a reminder of what they left, maybe with free delivery.</source>
        <translation>Recuérdeles lo que dejaron, quizá con envío gratis.</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>Compradores recurrentes</translation>
    </message>
    <message>
        <source>Reward them; ask for a review.</source>
        <translation>Recompénselos; pídales una reseña.</translation>
    </message>
    <message>
        <source>One-time buyers</source>
        <translation>Compradores de una sola vez</translation>
    </message>
    <message>
        <source>Bought exactly once.</source>
        <translation>Han comprado exactamente una vez.</translation>
    </message>
    <message>
        <source>Suggest something that goes with what they bought.</source>
        <translation>Sugiérales algo que combine con lo que compraron.</translation>
    </message>
    <message>
        <source>Readers who did not buy</source>
        <translation>Lectores que no compraron</translation>
    </message>
    <message>
        <source>Opened an email in the last %1 days but did not buy in that time.</source>
        <translation>Abrieron un correo electrónico en los últimos %1 días, pero no compraron en ese tiempo.</translation>
    </message>
    <message>
        <source>Give them a reason to order: a discount or a new product.</source>
        <translation>Deles un motivo para hacer un pedido: un descuento o un producto nuevo.</translation>
    </message>
    <message>
        <source>Crypto ATM or kiosk</source>
        <translation>Cajero de criptomonedas o quiosco</translation>
    </message>
    <message>
        <source>Volume, habits and who stopped coming.</source>
        <translation>Volumen, hábitos y quién ha dejado de venir.</translation>
    </message>
    <message>
        <source>Amount in the last 90 days to count as high volume (at least)</source>
        <translation>Importe en los últimos 90 días para contar como alto volumen (al menos)</translation>
    </message>
    <message>
        <source>Transactions in the last 30 days to count as frequent (at least)</source>
        <translation>Transacciones en los últimos 30 días para contar como frecuente (al menos)</translation>
    </message>
    <message>
        <source>Average transaction to count as small (less than)</source>
        <translation>Transacción media para contar como pequeña (menos de)</translation>
    </message>
    <message>
        <source>Days without a transaction to count as dormant</source>
        <translation>Días sin transacciones para contar como dormido</translation>
    </message>
    <message>
        <source>High volume</source>
        <translation>Alto volumen</translation>
    </message>
    <message>
        <source>Moved at least %1 in the last 90 days.</source>
        <translation>Han movido al menos %1 en los últimos 90 días.</translation>
    </message>
    <message>
        <source>Offer better rates or a personal contact; check limits and compliance.</source>
        <translation>Ofrézcales mejores tarifas o un contacto personal; revise los límites y el cumplimiento normativo.</translation>
    </message>
    <message>
        <source>Frequent small</source>
        <translation>Pequeños y frecuentes</translation>
    </message>
    <message>
        <source>At least %1 transactions in the last 30 days, less than %2 on average.</source>
        <translation>Al menos %1 transacciones en los últimos 30 días, de menos de %2 de media.</translation>
    </message>
    <message>
        <source>Tell them about lower fees for larger amounts.</source>
        <translation>Hábleles de las comisiones más bajas para importes mayores.</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Una sola vez</translation>
    </message>
    <message>
        <source>Used the machine exactly once.</source>
        <translation>Han usado el cajero exactamente una vez.</translation>
    </message>
    <message>
        <source>Explain how easy the next time is; show where your machines are.</source>
        <translation>Explíqueles lo fácil que será la próxima vez; muéstreles dónde están sus cajeros.</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Dormidos</translation>
    </message>
    <message>
        <source>No transaction for more than %1 days.</source>
        <translation>Sin transacciones desde hace más de %1 días.</translation>
    </message>
    <message>
        <source>Send one reminder; respect those who do not answer.</source>
        <translation>Envíe un solo recordatorio; respete a quienes no contesten.</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Servicios financieros</translation>
    </message>
    <message>
        <source>Customers by value and by how they came: online or through a branch.</source>
        <translation>Clientes por valor y por cómo llegaron: en línea o a través de una sucursal.</translation>
    </message>
    <message>
        <source>Amount in the last year to count as high value (at least)</source>
        <translation>Importe en el último año para contar como alto valor (al menos)</translation>
    </message>
    <message>
        <source>Days without activity to count as inactive</source>
        <translation>Días sin actividad para contar como inactivo</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>Alto valor</translation>
    </message>
    <message>
        <source>At least %1 in the last year.</source>
        <translation>Al menos %1 en el último año.</translation>
    </message>
    <message>
        <source>Give them a named advisor.</source>
        <translation>Asígneles un asesor personal.</translation>
    </message>
    <message>
        <source>No activity for more than %1 days.</source>
        <translation>Sin actividad desde hace más de %1 días.</translation>
    </message>
    <message>
        <source>Check in: has anything changed for them?</source>
        <translation>Interésese por ellos: ¿ha cambiado algo en su situación?</translation>
    </message>
    <message>
        <source>Digital natives</source>
        <translation>Nativos digitales</translation>
    </message>
    <message>
        <source>Came to you online.</source>
        <translation>Llegaron a usted en línea.</translation>
    </message>
    <message>
        <source>Keep them in the app: notifications, self-service.</source>
        <translation>Manténgalos en la aplicación: notificaciones, autoservicio.</translation>
    </message>
    <message>
        <source>Branch-recruited</source>
        <translation>Captados en sucursal</translation>
    </message>
    <message>
        <source>Came in person or through a referral.</source>
        <translation>Llegaron en persona o por recomendación.</translation>
    </message>
    <message>
        <source>Invite them to the app with help at the branch.</source>
        <translation>Invítelos a usar la aplicación, con ayuda en la sucursal.</translation>
    </message>
    <message>
        <source>RFM groups</source>
        <translation>Grupos RFM</translation>
    </message>
    <message>
        <source>The classic groups by how recently, how often and how much customers bought (scores 1 to 5).</source>
        <translation>Los grupos clásicos según lo reciente, lo frecuente y lo mucho que compraron los clientes (puntuaciones de 1 a 5).</translation>
    </message>
    <message>
        <source>Days of purchases the scores look at</source>
        <translation>Días de compras que tienen en cuenta las puntuaciones</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Campeones</translation>
    </message>
    <message>
        <source>Bought recently, buy often and spend the most.</source>
        <translation>Compraron hace poco, compran a menudo y son los que más gastan.</translation>
    </message>
    <message>
        <source>Reward them; they can become ambassadors.</source>
        <translation>Recompénselos; pueden convertirse en embajadores de su negocio.</translation>
    </message>
    <message>
        <source>Can&apos;t lose</source>
        <translation>No se pueden perder</translation>
    </message>
    <message>
        <source>Bought often and much, but not for a long time.</source>
        <translation>Compraron a menudo y mucho, pero hace tiempo que no.</translation>
    </message>
    <message>
        <source>Win them back personally; ask what went wrong.</source>
        <translation>Recupérelos en persona; pregúnteles qué salió mal.</translation>
    </message>
    <message>
        <source>Buy often and still come.</source>
        <translation>Compran a menudo y siguen viniendo.</translation>
    </message>
    <message>
        <source>Offer more of what they like; ask for reviews.</source>
        <translation>Ofrézcales más de lo que les gusta; pídales reseñas.</translation>
    </message>
    <message>
        <source>Used to buy often, not lately.</source>
        <translation>Antes compraban a menudo, últimamente no.</translation>
    </message>
    <message>
        <source>Send a personal offer before they are gone.</source>
        <translation>Envíeles una oferta personal antes de que se vayan.</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Potencialmente leales</translation>
    </message>
    <message>
        <source>Recent customers with a few purchases.</source>
        <translation>Clientes recientes con algunas compras.</translation>
    </message>
    <message>
        <source>Invite them to the loyalty programme.</source>
        <translation>Invítelos al programa de fidelidad.</translation>
    </message>
    <message>
        <source>Bought very recently, once.</source>
        <translation>Compraron hace muy poco, una sola vez.</translation>
    </message>
    <message>
        <source>Welcome them.</source>
        <translation>Deles la bienvenida.</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Prometedores</translation>
    </message>
    <message>
        <source>Bought recently, not often yet.</source>
        <translation>Compraron hace poco, todavía no a menudo.</translation>
    </message>
    <message>
        <source>Make the second purchase easy.</source>
        <translation>Facilíteles la segunda compra.</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Necesitan atención</translation>
    </message>
    <message>
        <source>Middling on recency and frequency.</source>
        <translation>Término medio en recencia y frecuencia.</translation>
    </message>
    <message>
        <source>A limited-time offer based on what they bought.</source>
        <translation>Una oferta por tiempo limitado según lo que compraron.</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>A punto de dormirse</translation>
    </message>
    <message>
        <source>Bought a while ago, rarely.</source>
        <translation>Compraron hace tiempo, pocas veces.</translation>
    </message>
    <message>
        <source>Share something useful or popular to wake them.</source>
        <translation>Comparta algo útil o popular para despertarlos.</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Hibernando</translation>
    </message>
    <message>
        <source>Long gone, bought little.</source>
        <translation>Se fueron hace mucho, compraron poco.</translation>
    </message>
    <message>
        <source>Do not spend much on them; one seasonal message at most.</source>
        <translation>No invierta mucho en ellos; como mucho, un mensaje de temporada.</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentWizard</name>
    <message>
        <source>Help me make a segment</source>
        <translation>Ayúdeme a crear un segmento</translation>
    </message>
    <message>
        <source>&amp;Open in the builder</source>
        <translation>Abrir en el &amp;editor</translation>
    </message>
    <message>
        <source>Who do you want to find?</source>
        <translation>¿A quién quiere encontrar?</translation>
    </message>
    <message>
        <source>Tick what these customers have in common. The next page asks for the details.</source>
        <translation>Marque lo que tienen en común estos clientes. En la página siguiente se le pedirán los detalles.</translation>
    </message>
    <message>
        <source>They come &amp;often</source>
        <translation>Vienen a &amp;menudo</translation>
    </message>
    <message>
        <source>They &amp;spend a lot</source>
        <translation>&amp;Gastan mucho</translation>
    </message>
    <message>
        <source>How long since they last &amp;bought</source>
        <translation>Cuánto hace que &amp;compraron por última vez</translation>
    </message>
    <message>
        <source>&amp;Where they live</source>
        <translation>&amp;Dónde viven</translation>
    </message>
    <message>
        <source>A &amp;tag they have</source>
        <translation>Tienen una &amp;etiqueta</translation>
    </message>
    <message>
        <source>How they &amp;first came to the shop</source>
        <translation>Cómo llegaron a la tienda la &amp;primera vez</translation>
    </message>
    <message>
        <source>Your regulars: so many visits or purchases in a month, or in a year.</source>
        <translation>Sus habituales: tantas visitas o compras al mes, o al año.</translation>
    </message>
    <message>
        <source>Your best customers by what they spent in a period.</source>
        <translation>Sus mejores clientes según lo que gastaron en un periodo.</translation>
    </message>
    <message>
        <source>Who has not come back for a while, or who bought recently.</source>
        <translation>Quién no ha vuelto desde hace tiempo o quién ha comprado hace poco.</translation>
    </message>
    <message>
        <source>Customers of one town, for a local event or a delivery round.</source>
        <translation>Clientes de una ciudad, para un evento local o una ruta de reparto.</translation>
    </message>
    <message>
        <source>Customers you marked, such as “VIP” or “Newsletter”.</source>
        <translation>Clientes que ha marcado, como «VIP» o «Boletín».</translation>
    </message>
    <message>
        <source>Walk-ins, online customers, referrals or imported ones.</source>
        <translation>Clientes que vinieron a la tienda, en línea, por recomendación o importados.</translation>
    </message>
    <message>
        <source>You can change everything afterwards in the builder.</source>
        <translation>Después podrá cambiarlo todo en el editor.</translation>
    </message>
    <message>
        <source>Tell Clientele the details</source>
        <translation>Cuéntele los detalles a Clientele</translation>
    </message>
    <message>
        <source>Each line becomes one condition of the segment.</source>
        <translation>Cada línea se convierte en una condición del segmento.</translation>
    </message>
    <message>
        <source>How often they come</source>
        <translation>Con qué frecuencia vienen</translation>
    </message>
    <message>
        <source>How many times</source>
        <translation>Cuántas veces</translation>
    </message>
    <message>
        <source>Visits or purchases</source>
        <translation>Visitas o compras</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visitas</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>compras</translation>
    </message>
    <message>
        <source>In how many days</source>
        <translation>En cuántos días</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Al menos</translation>
    </message>
    <message>
        <source>in the last</source>
        <translation>en los últimos</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>A café regular comes about 8 times a month; a shop&apos;s loyal customer buys 3 or 4 times in half a year.</source>
        <translation>Un cliente habitual de una cafetería viene unas 8 veces al mes; el cliente fiel de una tienda compra 3 o 4 veces en medio año.</translation>
    </message>
    <message>
        <source>How much they spend</source>
        <translation>Cuánto gastan</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Importe gastado</translation>
    </message>
    <message>
        <source>spent in the last</source>
        <translation>gastados en los últimos</translation>
    </message>
    <message>
        <source>365 days compares whole years, so seasons do not count twice.</source>
        <translation>Con 365 días se comparan años completos, así ninguna temporada cuenta dos veces.</translation>
    </message>
    <message>
        <source>How long since they last bought</source>
        <translation>Cuánto hace que compraron por última vez</translation>
    </message>
    <message>
        <source>Bought or not</source>
        <translation>Compraron o no</translation>
    </message>
    <message>
        <source>Have not bought for more than</source>
        <translation>Sin comprar desde hace más de</translation>
    </message>
    <message>
        <source>Bought within the last</source>
        <translation>Compraron en los últimos</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>Número de días</translation>
    </message>
    <message>
        <source>Customers who never bought anything are in neither: they have no last purchase.</source>
        <translation>Los clientes que nunca han comprado nada no entran en ninguno de los dos casos: no tienen última compra.</translation>
    </message>
    <message>
        <source>Where they live</source>
        <translation>Dónde viven</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Live in</source>
        <translation>Viven en</translation>
    </message>
    <message>
        <source>The towns your customers live in, most common first.</source>
        <translation>Las ciudades donde viven sus clientes, primero las más frecuentes.</translation>
    </message>
    <message>
        <source>A tag they have</source>
        <translation>Una etiqueta que tienen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Have the tag</source>
        <translation>Tienen la etiqueta</translation>
    </message>
    <message>
        <source>How they first came to the shop</source>
        <translation>Cómo llegaron a la tienda la primera vez</translation>
    </message>
    <message>
        <source>How they first came</source>
        <translation>Cómo llegaron la primera vez</translation>
    </message>
    <message>
        <source>walked in</source>
        <translation>en la tienda</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>through a referral</source>
        <translation>por recomendación</translation>
    </message>
    <message>
        <source>imported from another program</source>
        <translation>importados de otro programa</translation>
    </message>
    <message>
        <source>First came</source>
        <translation>Llegaron por primera vez</translation>
    </message>
    <message>
        <source>fit &amp;all of these</source>
        <translation>cumplir &amp;todas estas condiciones</translation>
    </message>
    <message>
        <source>fit at least &amp;one of these</source>
        <translation>cumplir al menos &amp;una de ellas</translation>
    </message>
    <message>
        <source>Customers must</source>
        <translation>Los clientes deben</translation>
    </message>
    <message>
        <source>Your segment</source>
        <translation>Su segmento</translation>
    </message>
    <message>
        <source>This is who it finds today. Give it a name you will recognise.</source>
        <translation>Estos son los clientes que encuentra hoy. Póngale un nombre que reconozca.</translation>
    </message>
    <message>
        <source>Name of the segment</source>
        <translation>Nombre del segmento</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>“Open in the builder” shows the conditions one by one. Change anything you like there, then save the segment. Each customer belongs to the first segment that fits, so it is checked after the segments you already have.</source>
        <translation>«Abrir en el editor» muestra las condiciones una por una. Cambie allí lo que quiera y después guarde el segmento. Cada cliente pertenece al primer segmento que le corresponde, así que este se comprueba después de los segmentos que ya tiene.</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Habituales</translation>
    </message>
    <message>
        <source>Big spenders</source>
        <translation>Los que más gastan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Recently active</source>
        <translation>Activos recientemente</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>My segment</source>
        <translation>Mi segmento</translation>
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
        <translation>Vuelva atrás y rellene al menos una respuesta.</translation>
    </message>
    <message>
        <source>These answers could not be counted: %1</source>
        <translation>No se pudieron contar estas respuestas: %1</translation>
    </message>
    <message>
        <source>No customers fit these answers today. You can loosen them in the builder.</source>
        <translation>Hoy ningún cliente coincide con estas respuestas. Puede suavizarlas en el editor.</translation>
    </message>
    <message>
        <source>1 customer fits today (%1 of your customers).</source>
        <translation>Hoy coincide 1 cliente (el %1 de sus clientes).</translation>
    </message>
    <message>
        <source>%1 customers fit today (%2 of your customers).</source>
        <translation>Hoy coinciden %1 clientes (el %2 de sus clientes).</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
</context>
<context>
    <name>clientele::SegmentsPage</name>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Each customer belongs to the first segment that fits, from the top, so the numbers add up. Drag a segment up or down to change which one wins.</source>
        <translation>Cada cliente pertenece al primer segmento que le corresponde, empezando por arriba, así que las cuentas cuadran. Arrastre un segmento hacia arriba o hacia abajo para cambiar cuál tiene prioridad.</translation>
    </message>
    <message>
        <source>&amp;New segment…</source>
        <translation>&amp;Nuevo segmento…</translation>
    </message>
    <message>
        <source>Build a segment by pointing and clicking</source>
        <translation>Crear un segmento con unos pocos clics</translation>
    </message>
    <message>
        <source>From a &amp;template…</source>
        <translation>Desde una &amp;plantilla…</translation>
    </message>
    <message>
        <source>Start from ready-made segments for your kind of business</source>
        <translation>Empezar con segmentos ya preparados para su tipo de negocio</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dup&amp;licar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Eli&amp;minar…</translation>
    </message>
    <message>
        <source>&amp;Show customers</source>
        <translation>Mostrar clien&amp;tes</translation>
    </message>
    <message>
        <source>Show the customers of this segment in the customer list</source>
        <translation>Mostrar los clientes de este segmento en la lista de clientes</translation>
    </message>
    <message>
        <source>Group your customers</source>
        <translation>Agrupe a sus clientes</translation>
    </message>
    <message>
        <source>A segment is a group of customers who fit a rule you choose, such as “came more than 8 times in the last month” or “has not bought for three months”. Each customer is in one group, so you see at a glance who your regulars are, who spends the most and who has not come back.

Most shops do best with three to five groups. Start from a template for your kind of business, or build your own.</source>
        <translation>Un segmento es un grupo de clientes que cumplen una regla que usted elige, como «vino más de 8 veces el último mes» o «lleva tres meses sin comprar». Cada cliente está en un solo grupo, así que ve de un vistazo quiénes son sus habituales, quién gasta más y quién no ha vuelto.

A la mayoría de las tiendas les va mejor con entre tres y cinco grupos. Empiece con una plantilla para su tipo de negocio o cree los suyos.</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>Empezar con una plantilla…</translation>
    </message>
    <message>
        <source>Build your own…</source>
        <translation>Crear los suyos…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>You have %1 segments. Most shops do best with three to five groups: fewer groups are easier to remember and to act on. Consider merging the small ones.</source>
        <translation>Tiene %1 segmentos. A la mayoría de las tiendas les va mejor con entre tres y cinco grupos: con menos grupos es más fácil recordarlos y actuar. Plantéese juntar los pequeños.</translation>
    </message>
    <message>
        <source>%1 customers as of %2. Money spent counts purchases in the 12 months up to that day.</source>
        <translation>%1 clientes a fecha de %2. El dinero gastado cuenta las compras de los 12 meses anteriores a ese día.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
    </message>
    <message>
        <source>Duplicate segment</source>
        <translation>Duplicar segmento</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Eliminar segmento</translation>
    </message>
    <message>
        <source>Delete the segment “%1”?</source>
        <translation>¿Eliminar el segmento «%1»?</translation>
    </message>
    <message>
        <source>Its customer stays in your shop and moves to the next segment that fits, or to “Everyone else”.</source>
        <translation>Su cliente sigue en su tienda y pasa al siguiente segmento que le corresponda, o a «Todos los demás».</translation>
    </message>
    <message>
        <source>Its %1 customers stay in your shop and move to the next segment that fits, or to “Everyone else”.</source>
        <translation>Sus %1 clientes siguen en su tienda y pasan al siguiente segmento que les corresponda, o a «Todos los demás».</translation>
    </message>
    <message>
        <source>You can undo this until you close Clientele.</source>
        <translation>Puede deshacerlo hasta que cierre Clientele.</translation>
    </message>
    <message>
        <source>&amp;Help me make one…</source>
        <translation>Ayúdeme a c&amp;rear uno…</translation>
    </message>
    <message>
        <source>A few plain questions make the segment for you</source>
        <translation>Unas preguntas sencillas y Clientele crea el segmento por usted</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Imprimir &amp;informe…</translation>
    </message>
    <message>
        <source>Preview and print this segment&apos;s report: figures, members over time, member list</source>
        <translation>Ver e imprimir el informe de este segmento: cifras, miembros a lo largo del tiempo, lista de miembros</translation>
    </message>
    <message>
        <source>Print &amp;call list…</source>
        <translation>Imprimir &amp;lista de llamadas…</translation>
    </message>
    <message>
        <source>Preview and print the members who agreed to be called, with their phone numbers</source>
        <translation>Ver e imprimir los miembros que aceptan recibir llamadas, con sus números de teléfono</translation>
    </message>
    <message>
        <source>Check this segment earlier (Ctrl+Up)</source>
        <translation>Comprobar este segmento antes (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Check this segment later (Ctrl+Down)</source>
        <translation>Comprobar este segmento después (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
</context>
<context>
    <name>clientele::SetTagColorCommand</name>
    <message>
        <source>colour of tag %1</source>
        <translation>el cambio de color de la etiqueta %1</translation>
    </message>
</context>
<context>
    <name>clientele::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>For example: Café Lumière</source>
        <translation>Por ejemplo: Café Lumière</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Carpeta para las copias de seguridad</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>&amp;Nombre de la tienda:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Co&amp;untry (for phone numbers):</source>
        <translation>&amp;País (para los números de teléfono):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Backups go to:</source>
        <translation>&amp;Copias de seguridad en:</translation>
    </message>
    <message>
        <source>The shop name, currency and country are kept in the shop&apos;s file. The language and the backup folder are kept on this computer.</source>
        <translation>El nombre de la tienda, la moneda y el país se guardan en el archivo de la tienda. El idioma y la carpeta de las copias de seguridad se guardan en este equipo.</translation>
    </message>
    <message>
        <source>A currency is three letters, like EUR or USD.</source>
        <translation>Una moneda son tres letras, como EUR o USD.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Clientele.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio de Clientele.</translation>
    </message>
    <message>
        <source>&amp;Automatic backups:</source>
        <translation>Copias de seguridad &amp;automáticas:</translation>
    </message>
</context>
<context>
    <name>clientele::ShopChoices</name>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Never (I make my own backups)</source>
        <translation>Nunca (hago mis propias copias)</translation>
    </message>
</context>
<context>
    <name>clientele::SqlSegmentEvaluator</name>
    <message>
        <source>The RFM scores could not be computed: %1</source>
        <translation>No se pudieron calcular las puntuaciones RFM: %1</translation>
    </message>
</context>
<context>
    <name>clientele::TagCommands</name>
    <message>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clientes</translation>
    </message>
</context>
<context>
    <name>clientele::TagCustomersCommand</name>
    <message>
        <source>tag %1 on %2</source>
        <translation>la asignación de la etiqueta %1 a %2</translation>
    </message>
</context>
<context>
    <name>clientele::TagManagerDialog</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags mark customers: “VIP”, “Newsletter”, “Allergic to nuts”. Changes here can be undone with Ctrl+Z.</source>
        <translation>Las etiquetas marcan a los clientes: «VIP», «Boletín», «Alergia a los frutos secos». Los cambios que haga aquí se pueden deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Color…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>%1 (1 customer)</source>
        <translation>%1 (1 cliente)</translation>
    </message>
    <message>
        <source>%1 (%2 customers)</source>
        <translation>%1 (%2 clientes)</translation>
    </message>
    <message>
        <source>No tags yet. Add one on a customer&apos;s card.</source>
        <translation>Aún no hay etiquetas. Añada una en la ficha de un cliente.</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Cambiar el nombre de la etiqueta</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nuevo nombre para «%1»:</translation>
    </message>
    <message>
        <source>There is already a tag “%1”. To put both together, use “Merge into…”.</source>
        <translation>Ya hay una etiqueta «%1». Para juntar las dos, use «Fusionar con…».</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Color de «%1»</translation>
    </message>
    <message>
        <source>Merge tags</source>
        <translation>Fusionar etiquetas</translation>
    </message>
    <message>
        <source>Everyone tagged “%1” gets this tag instead, and “%1” goes away:</source>
        <translation>Todos los que tienen la etiqueta «%1» reciben esta en su lugar, y «%1» desaparece:</translation>
    </message>
    <message>
        <source>Delete the tag “%1”? Nobody carries it.</source>
        <translation>¿Eliminar la etiqueta «%1»? Nadie la tiene.</translation>
    </message>
    <message>
        <source>Delete the tag “%1”? %2 customers carry it; they stay, only the tag goes.</source>
        <translation>¿Eliminar la etiqueta «%1»? La tienen %2 clientes; ellos se quedan, solo desaparece la etiqueta.</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Eliminar etiqueta</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>clientele::TemplateGallery</name>
    <message>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Empezar con una plantilla</translation>
    </message>
    <message>
        <source>Pick the kind of business closest to yours, or single groups by how recently, how often and how much customers buy. The numbers are your customers today.</source>
        <translation>Elija el tipo de negocio más parecido al suyo, o grupos sueltos según lo reciente, lo frecuente y lo mucho que compran los clientes. Las cifras son sus clientes de hoy.</translation>
    </message>
    <message>
        <source>Kinds of business</source>
        <translation>Tipos de negocio</translation>
    </message>
    <message>
        <source>Thresholds you can change</source>
        <translation>Umbrales que puede cambiar</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Siguiente paso: %1</translation>
    </message>
    <message>
        <source>cannot be counted</source>
        <translation>no se puede contar</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Add 1 segment</source>
        <translation>Añadir 1 segmento</translation>
    </message>
    <message>
        <source>Add %1 segments</source>
        <translation>Añadir %1 segmentos</translation>
    </message>
    <message>
        <source>They go after your segment; you can change the order afterwards.</source>
        <translation>Se colocan detrás de su segmento; después puede cambiar el orden.</translation>
    </message>
    <message>
        <source>They go after your %1 segments; you can change the order afterwards.</source>
        <translation>Se colocan detrás de sus %1 segmentos; después puede cambiar el orden.</translation>
    </message>
    <message>
        <source>Most shops do best with three to five groups.</source>
        <translation>A la mayoría de las tiendas les va mejor con entre tres y cinco grupos.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The segments could not be added.</source>
        <translation>No se pudieron añadir los segmentos.</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
</context>
<context>
    <name>clientele::UntagCustomersCommand</name>
    <message>
        <source>remove tag %1 from %2</source>
        <translation>la retirada de la etiqueta %1 de %2</translation>
    </message>
</context>
<context>
    <name>clientele::ViewExport</name>
    <message>
        <source>Clientele cannot write “%1”: %2.</source>
        <translation>Clientele no puede escribir «%1»: %2.</translation>
    </message>
    <message>
        <source>Clientele could not write “%1”: %2.</source>
        <translation>Clientele no pudo escribir «%1»: %2.</translation>
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
