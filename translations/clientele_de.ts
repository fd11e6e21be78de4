<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten zu wählen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
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
    <message>
        <source>Checking the file for damage…</source>
        <translation>Die Datei wird auf Schäden geprüft …</translation>
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
</context>
<context>
    <name>clientele::PlaceholderPage</name>
    <message>
        <source>This page is coming in a later version of Clientele.</source>
        <translation>Diese Seite kommt in einer späteren Version von Clientele.</translation>
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
