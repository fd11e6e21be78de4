<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Café or restaurant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who comes often, who comes now and then, who stopped coming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits in a month to count as a regular (more than)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the first purchase to count as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without a purchase to count as lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come in more than %1 times a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank them: a loyalty card stamp or a free coffee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First bought in the last %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome them and invite them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought in the last %1 days, but not often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell them about the lunch menu or a weekly offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have not bought for more than %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a “we miss you” offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retail shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending, loyalty and who is drifting away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent in the last year to count as a big spender (at least)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases in the last year to count as loyal (at least)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without a purchase to count as at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without a purchase to count as inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big spenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent at least %1 in the last year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite them to private sales; ask what they would like you to stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought at least %1 times in the last year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward them: points, early access, a thank-you note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome them; suggest a second purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last bought between %1 and %2 days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind them of you with an offer before they forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try one win-back message; then let them rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salon or services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular clients, who is due, who is new, who is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments in the last year to count as a regular (at least)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the last appointment when a client is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the last appointment to count as lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since the first appointment to count as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came at least %1 times in the last year and are not overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer to book their next appointment now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First came in the last %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask how it went; offer a second visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last came between %1 and %2 days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a friendly reminder with a booking link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have not come for more than %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a comeback treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat buyers, one-time buyers and cart abandoners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to look back for abandoned carts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases in the last year to count as a repeat buyer (at least)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to look back for opened emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart abandoners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left a full cart in the last %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a reminder of what they left, maybe with free delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward them; ask for a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought exactly once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest something that goes with what they bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers who did not buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened an email in the last %1 days but did not buy in that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give them a reason to order: a discount or a new product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crypto ATM or kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume, habits and who stopped coming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in the last 90 days to count as high volume (at least)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions in the last 30 days to count as frequent (at least)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average transaction to count as small (less than)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without a transaction to count as dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved at least %1 in the last 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer better rates or a personal contact; check limits and compliance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 transactions in the last 30 days, less than %2 on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell them about lower fees for larger amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used the machine exactly once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain how easy the next time is; show where your machines are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction for more than %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one reminder; respect those who do not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by value and by how they came: online or through a branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in the last year to count as high value (at least)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without activity to count as inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 in the last year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give them a named advisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity for more than %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in: has anything changed for them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital natives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came to you online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them in the app: notifications, self-service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch-recruited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came in person or through a referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite them to the app with help at the branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classic groups by how recently, how often and how much customers bought (scores 1 to 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of purchases the scores look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought recently, buy often and spend the most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward them; they can become ambassadors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought often and much, but not for a long time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win them back personally; ask what went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy often and still come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer more of what they like; ask for reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to buy often, not lately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a personal offer before they are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent customers with a few purchases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite them to the loyalty programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought very recently, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought recently, not often yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the second purchase easy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middling on recency and frequency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A limited-time offer based on what they bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought a while ago, rarely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share something useful or popular to wake them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long gone, bought little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not spend much on them; one seasonal message at most.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: there are %1 segments. Three to five are easier to keep apart and to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“segments” needs one of: list, add, remove, reorder, eval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“segments list” takes no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segments yet. Add one with “clientele-cli segments add”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the rule cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: clientele-cli segments add --name NAME (--rule RULE.json | --template NAME) [--color #hex]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the rule file “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule file “%1” is not valid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template “%1”. Templates: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the segment “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: clientele-cli segments remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment “%1” could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the segment “%1”. Its customers stay; they are now counted in other segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: clientele-cli segments reorder NAME NAME ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new order could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“segments eval” takes no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment “%1” could not be evaluated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1, %2 customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 customers (%3 %), revenue %4, average order %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown segments action “%1”: use list, add, remove, reorder or eval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: clientele-cli tag add|remove TAG (--segment NAME | --rule RULE.json | --ids 1,2,3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“tag” needs add or remove and one tag name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whom to tag with exactly one of --segment, --rule or --ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ids must be customer numbers separated by commas, like 1,2,3 (“%1” is not one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no customers with the numbers %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers could not be tagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged %1 customers with “%2” (%3 already had it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has the tag “%1”; nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the tag “%1” from %2 customers.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Haga clic derecho para elegir las columnas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
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
</context>
<context>
    <name>clientele::PlaceholderPage</name>
    <message>
        <source>This page is coming in a later version of Clientele.</source>
        <translation>Esta página llegará en una versión posterior de Clientele.</translation>
    </message>
</context>
<context>
    <name>clientele::RuleJson</name>
    <message>
        <source>condition %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value must be a whole number from %1 to %2 (got %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value must be an amount like 150.00, with at most two decimals (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value must be true or false (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value must be one of walk-in, online, referral, imported (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value must be a text (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 does not allow the operator %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 does not take window_days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window_days must be a whole number of days from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator %1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;between&apos; needs a list of two values, like [2, 5] (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;between&apos; needs the smaller value first (got %1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a list of one or more values (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule is nested too deeply (more than %1 levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a group or a condition (an object with “all”, “any” or “field”), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group has either &apos;all&apos; or &apos;any&apos;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;field&apos; must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;field&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;op&apos; must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;op&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator %1 is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window_days must be a whole number of days from 1 to %1 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule is not valid JSON: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule must be an object with “all”, “any” or “field”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::RuleText</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not exactly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from an imported list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no origin recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no opened emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought %1 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visited %1 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visited %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened emails %1 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened emails %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned a cart %1 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned a cart %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last bought %1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last bought %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first bought %1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first bought %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last opened an email %1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last opened an email %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>became customers %1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>became customers %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not open an email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never opened an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not buy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought at least once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have a recency score of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have a frequency score of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have a spending score of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have an overall RFM score of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, judged on purchases %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (including customers with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spent %1 in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spent %1 per purchase on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (counting only %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed to receive emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not agree to receive emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed to receive text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not agree to receive text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have the tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not have the tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have one of the tags %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have none of the tags %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have no tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have at least one tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first came %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not first come %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought from the category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never bought at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never bought from the category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought from the categories %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never bought from the categories %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought at a place whose name contains %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought from a category containing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never bought at a place whose name contains %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never bought from a category containing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought at a place whose name starts with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought from a category starting with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not live in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live in none of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live in a city containing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not live in a city containing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live in a city starting with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have no city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have a city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not contain %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who are any customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who are no customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the day itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have the tags %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought at no known place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought from no category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have no origin recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::SegmentEngine</name>
    <message>
        <source>Everyone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In “Everyone else”: there are no segments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In “Everyone else”: no segment&apos;s rule matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In “%1” because they %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::SegmentHistory</name>
    <message>
        <source>1 customer moved from %1 to %2 since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers moved from %2 to %3 since %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::SegmentStore</name>
    <message>
        <source>A segment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the name of the customers in no segment; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a segment called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour “%1” is not a colour like #1976d2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule of “%1” is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clientele::SqlSegmentEvaluator</name>
    <message>
        <source>The RFM scores could not be computed: %1</source>
        <translation type="unfinished"></translation>
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
