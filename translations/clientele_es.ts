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
  export customers|purchases FILE [--excel]
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
  export customers|purchases FILE [--excel]
                 escribir un archivo CSV (--excel: con marca de orden de bytes para Excel)
</translation>
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
</context>
<context>
    <name>clientele::CsvPreviewModel</name>
    <message>
        <source>Clientele cannot read “%1”: %2.</source>
        <translation type="unfinished">Clientele no puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to import.</source>
        <translation type="unfinished">«%1» está vacío: no hay nada que importar.</translation>
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
</context>
<context>
    <name>clientele::EditCustomerCommand</name>
    <message>
        <source>edit %1</source>
        <translation>los cambios en el cliente %1</translation>
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
        <source>Usage: clientele-cli export customers|purchases FILE [--excel] [--delimiter ,|;|tab|&apos;|&apos;]</source>
        <translation>Uso: clientele-cli export customers|purchases FILE [--excel] [--delimiter ,|;|tab|&apos;|&apos;]</translation>
    </message>
    <message>
        <source>“export” needs what to export and a file name.</source>
        <translation>«export» necesita qué exportar y un nombre de archivo.</translation>
    </message>
    <message>
        <source>“export” can export customers or purchases, not “%1”.</source>
        <translation>«export» puede exportar customers o purchases, no «%1».</translation>
    </message>
    <message>
        <source>Exporting the members of a segment is not available yet; export everyone and filter, or use the Clientele window.</source>
        <translation>Todavía no se pueden exportar los miembros de un segmento; exporte a todos y filtre después, o use la ventana de Clientele.</translation>
    </message>
    <message>
        <source>--delimiter must be “,”, “;”, tab or “|”.</source>
        <translation>--delimiter debe ser «,», «;», tab o «|».</translation>
    </message>
    <message>
        <source>Wrote %1 rows to “%2”.</source>
        <translation>Se han escrito %1 filas en «%2».</translation>
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
        <translation>la fusión de la etiqueta %1 con %2</translation>
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
        <source>Not set</source>
        <translation>Sin definir</translation>
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
    <name>clientele::UntagCustomersCommand</name>
    <message>
        <source>remove tag %1 from %2</source>
        <translation>la retirada de la etiqueta %1 de %2</translation>
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
