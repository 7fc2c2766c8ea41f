<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="191"/>
        <source>Edit contact — %1</source>
        <extracomment>The user chose to open an existing contact listed as a likely duplicate.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="193"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="247"/>
        <location filename="../../ui/contact_dialog.py" line="374"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="248"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="252"/>
        <source>Civility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="255"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="256"/>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="257"/>
        <source>C&amp;ompany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="263"/>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="264"/>
        <source>No birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="266"/>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="268"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="269"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="269"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="270"/>
        <source>Second e-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="271"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="271"/>
        <source>01 23 45 67 89</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="272"/>
        <source>Mo&amp;bile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="272"/>
        <source>06 12 34 56 78</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="277"/>
        <source>Preferred c&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="281"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="282"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="283"/>
        <source>Address (line &amp;2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="284"/>
        <source>Post&amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="285"/>
        <source>Cit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="290"/>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="292"/>
        <source>Customer relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="296"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="302"/>
        <source>Relationship s&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="308"/>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="309"/>
        <source>Shop, website, word of mouth…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="312"/>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="312"/>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="323"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="347"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="351"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="364"/>
        <source>Other information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="377"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="403"/>
        <source>Save &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="407"/>
        <source>&amp;Open existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="648"/>
        <source>Check before saving: this contact may already exist. Open the existing one, or save anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="652"/>
        <source>This contact may already exist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="655"/>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="656"/>
        <source>same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="657"/>
        <source>similar name, same place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="660"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactFileView</name>
    <message>
        <location filename="../../ui/contact_file.py" line="198"/>
        <source>No contact selected.</source>
        <extracomment>Quick actions: channel, shortcut (letters work on every keyboard layout, AZERTY too). How many orders and interactions are shown before &quot;Show more&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="254"/>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="255"/>
        <location filename="../../ui/contact_file.py" line="642"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="256"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="257"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="258"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="261"/>
        <source>Log a phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="262"/>
        <source>Log an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="263"/>
        <source>Log a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="264"/>
        <source>Log a visit to the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="265"/>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="279"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="285"/>
        <source>Back to the list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="287"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="291"/>
        <source>Edit this contact (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="294"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="298"/>
        <source>Who changed what in this file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="344"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="346"/>
        <source>Put this contact back in the lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="407"/>
        <source>This contact was deleted on {when}. It no longer appears in lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="538"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="583"/>
        <source>Customer no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="594"/>
        <source>In the file since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="606"/>
        <source>Updated {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="634"/>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="644"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="645"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="658"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="663"/>
        <source>{date} (age {age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="665"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="668"/>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="671"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="673"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="675"/>
        <source>External ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="677"/>
        <source>No contact details yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="702"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="704"/>
        <source>No consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="730"/>
        <source>Other information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="743"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="747"/>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="753"/>
        <source>How we stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="757"/>
        <source>No relationship stage set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="763"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="768"/>
        <location filename="../../ui/contact_file.py" line="1037"/>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="776"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="777"/>
        <source>{score}/10 (average of {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="787"/>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="789"/>
        <source>No interaction yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="826"/>
        <source>stage {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="861"/>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="862"/>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="875"/>
        <source>expected {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="881"/>
        <source>No open deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="883"/>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="897"/>
        <source>overdue since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="905"/>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="909"/>
        <source>No open task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="916"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="918"/>
        <source>No orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="927"/>
        <source>Total spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="931"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="934"/>
        <source>Average basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="938"/>
        <source>First purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="939"/>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="949"/>
        <source>Show the {count} latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="951"/>
        <source>Show all {count} orders and credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="953"/>
        <source>Show all {count} orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="980"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="981"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="982"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="983"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1047"/>
        <source>No interaction yet. Log a call with {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1062"/>
        <source>Show older interactions ({count} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1098"/>
        <source>Complaint resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1098"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1113"/>
        <source>by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1122"/>
        <source>Outcome: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1125"/>
        <source>Satisfaction: {score}/10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/contact_table_model.py" line="191"/>
        <source>Name</source>
        <extracomment>The columns, by the sort key ``ContactService`` knows them by. The raw stored value of the cell (the status code rather than its label, tags as a tuple). Pages fetched since the model was made (for tests and benchmarks).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="192"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="193"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="194"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="195"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="196"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="197"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="198"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <location filename="../../ui/contacts_pane.py" line="124"/>
        <source>&amp;New contact…</source>
        <extracomment>How long the search waits after the last key press. The user wants to see a contact&apos;s file. The user wants to edit a contact. The user wants a new contact. Contacts were written (deleted, restored, tagged): counts and undo need refreshing. A short message for the status bar. The selection changed. The known cities by their case-folded name (the filter matches the exact name).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="132"/>
        <source>&amp;Open contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="140"/>
        <source>&amp;Edit contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="148"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="156"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="164"/>
        <source>&amp;Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="172"/>
        <source>Re&amp;move tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="193"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="208"/>
        <source>Search name, company, e-mail, phone, city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="218"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="240"/>
        <source>All cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="252"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="254"/>
        <source>Show the deleted contacts, to restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="321"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="397"/>
        <source>%Ln deleted contact(s)</source>
        <translation>
            <numerusform>%Ln deleted contact</numerusform>
            <numerusform>%Ln deleted contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="399"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="411"/>
        <source>No contacts match the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="413"/>
        <source>There are no deleted contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="416"/>
        <source>No contacts yet.
Create the first one with File ▸ New contact (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="501"/>
        <source>Delete %n contact(s)?</source>
        <translation>
            <numerusform>Delete %n contact?</numerusform>
            <numerusform>Delete %n contacts?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="503"/>
        <source>You can undo this with Edit ▸ Undo, or restore them from the deleted contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="149"/>
        <location filename="../../ui/contacts_pane.py" line="505"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="125"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="133"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="141"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="157"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="165"/>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="173"/>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="513"/>
        <source>Deleting contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="515"/>
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>%n contact deleted.</numerusform>
            <numerusform>%n contacts deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="524"/>
        <source>Restoring contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="526"/>
        <source>%n contact(s) restored.</source>
        <translation>
            <numerusform>%n contact restored.</numerusform>
            <numerusform>%n contacts restored.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="533"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="538"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="539"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="549"/>
        <source>Tag to add to %n contact(s):</source>
        <translation>
            <numerusform>Tag to add to %n contact:</numerusform>
            <numerusform>Tag to add to %n contacts:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="560"/>
        <source>Tagging contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="563"/>
        <source>Tag “%1” put on %n contact(s).</source>
        <translation>
            <numerusform>Tag “%1” put on %n contact.</numerusform>
            <numerusform>Tag “%1” put on %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="574"/>
        <source>No contact has a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="577"/>
        <source>Tag to remove from %n contact(s):</source>
        <translation>
            <numerusform>Tag to remove from %n contact:</numerusform>
            <numerusform>Tag to remove from %n contacts:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="588"/>
        <source>Removing a tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="591"/>
        <source>Tag “%1” removed from %n contact(s).</source>
        <translation>
            <numerusform>Tag “%1” removed from %n contact.</numerusform>
            <numerusform>Tag “%1” removed from %n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="116"/>
        <source>added</source>
        <extracomment>Bookkeeping columns never shown as changes. Tables whose rows link two records: an insert &quot;adds&quot;, a delete &quot;removes&quot;. Fields whose values are record ids (not worth showing as such).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="118"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="122"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="133"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="135"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="142"/>
        <source>{field}: set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="148"/>
        <source>{field}: removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="154"/>
        <source>{field}: changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="163"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="195"/>
        <source>Recent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="196"/>
        <source>Every change made in this database, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="198"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="202"/>
        <source>Every change to this contact and to what belongs to it, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="208"/>
        <source>Undo reverts the whole action a change belongs to (an edit, an import…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="217"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="218"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="219"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="220"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="221"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="247"/>
        <source>No change recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="260"/>
        <source>&amp;Undo this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="264"/>
        <source>Revert the whole action this change belongs to (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="270"/>
        <source>Load older changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="334"/>
        <source>Undone: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="368"/>
        <source>Device {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="394"/>
        <source>This action was undone on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="399"/>
        <source>Made by Comptoir itself: it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="402"/>
        <source>{count} change(s) in this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="408"/>
        <source>Left as they are, because they changed since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="414"/>
        <source>changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="415"/>
        <source>no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="416"/>
        <source>exists again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="85"/>
        <source>Outbound (we contacted them)</source>
        <extracomment>The fields the service validates, in the order they appear in the form. Channels where the customer usually comes to us.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="88"/>
        <source>Inbound (they contacted us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="94"/>
        <source>Set the date and time to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="99"/>
        <source>What was it about, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="101"/>
        <source>What was said, what was agreed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="106"/>
        <source>e.g. Quote to send, call back in March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="107"/>
        <source>Satisfaction given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="111"/>
        <source> / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="114"/>
        <source>This is a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="115"/>
        <source>Complaints are followed until they are resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="129"/>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="130"/>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="131"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="132"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="133"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="134"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="174"/>
        <source>Save (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="244"/>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="245"/>
        <source>Log an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="246"/>
        <source>Log a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="247"/>
        <source>Log a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="248"/>
        <source>Log a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="249"/>
        <source>Log a text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="250"/>
        <source>Log a web contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="251"/>
        <source>Log a social media contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="252"/>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="254"/>
        <source>Log an interaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobManager</name>
    <message>
        <location filename="../../ui/jobs.py" line="230"/>
        <source>Comptoir</source>
        <extracomment>A job&apos;s progress dialog appears only when the job lasts longer than this. Progress reports are passed to the main thread at most this often. The function&apos;s return value. The exception it raised (not emitted for a job stopped by Cancel). Emitted last, whatever happened. The progress dialog shown last (for tests and screenshots).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/jobs.py" line="231"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/jobs.py" line="232"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/jobs.py" line="251"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Contacts</source>
        <extracomment>Settings asked for the window to be made again: on another database (a Path), or on the same one (None) after a change of language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Contact file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <location filename="../../ui/main_window.py" line="458"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>&amp;Find contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>Contact &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>&amp;Recent changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>&amp;About Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>The database in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>Choose a contact in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>Contact created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>Contact saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>About Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430"/>
        <source>A desktop CRM for small businesses: contacts, interactions and history, on your own computer.

Free software under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="456"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="485"/>
        <source>(%n change(s) made since were kept as they are.)</source>
        <translation>
            <numerusform>(%n change made since was kept as it is.)</numerusform>
            <numerusform>(%n changes made since were kept as they are.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="499"/>
        <source>Undoing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="519"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="542"/>
        <source>Welcome to Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="543"/>
        <source>Your database is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="546"/>
        <source>Start with an empty database and add your own customers, or explore Comptoir with the demo data of a small shop (%1 customers over %2 years). The demo data can be removed at once with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="554"/>
        <source>Explore with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="557"/>
        <source>Start with an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="589"/>
        <source>Demo data ready: %n contact(s).</source>
        <translation>
            <numerusform>Demo data ready: %n contact.</numerusform>
            <numerusform>Demo data ready: %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="600"/>
        <source>Creating the demo data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source>Settings</source>
        <extracomment>The language was changed (and its translations installed): &quot;system&quot;, &quot;fr&quot; or &quot;en&quot;. The user chose another database file (a Path) to work on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="46"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>The window is shown again at once in the language chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="53"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63"/>
        <source>&amp;Open another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="67"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="75"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="77"/>
        <source>The file Comptoir works on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="84"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="116"/>
        <source>Comptoir databases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>batches</name>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>New contact %1</source>
        <extracomment>The panes ``show_pane`` knows, in navigation order. Panes listed in the navigation (the contact file opens from the list).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Edit contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>Restore %n contact</numerusform>
            <numerusform>Restore %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Tag %n contact(s): %1</source>
        <translation>
            <numerusform>Tag %n contact: %1</numerusform>
            <numerusform>Tag %n contacts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Untag %n contact(s): %1</source>
        <translation>
            <numerusform>Untag %n contact: %1</numerusform>
            <numerusform>Untag %n contacts: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <location filename="../../app/integrity.py" line="26"/>
        <source>SQLite found damage in the file: {detail}</source>
        <extracomment>Tables reported apart (the log and its batches), not in ``row_counts``. At most this many lines of SQLite&apos;s integrity check are kept.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/integrity.py" line="27"/>
        <source>Rows pointing to rows that do not exist: {count} (first: {table} row {rowid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/integrity.py" line="30"/>
        <source>The schema is at revision {revision}; this version of Comptoir expects {head}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/integrity.py" line="33"/>
        <source>Contacts missing from the search index: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/integrity.py" line="34"/>
        <source>Search index entries of deleted or changed contacts: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/integrity.py" line="37"/>
        <source>The search index is damaged: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="78"/>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="79"/>
        <source>Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="80"/>
        <source>Switzerland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="81"/>
        <source>Luxembourg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="82"/>
        <source>Monaco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="83"/>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="84"/>
        <source>Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="85"/>
        <source>Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="86"/>
        <source>Portugal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="87"/>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="88"/>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="89"/>
        <source>Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="90"/>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="91"/>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="92"/>
        <source>Morocco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="93"/>
        <source>Algeria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="94"/>
        <source>Tunisia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="95"/>
        <source>Senegal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/application.py" line="109"/>
        <location filename="../../ui/errors.py" line="93"/>
        <location filename="../../ui/errors.py" line="121"/>
        <source>Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="71"/>
        <source>This number is not valid.</source>
        <extracomment>Fields after whose edit the dialog looks for likely duplicates.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screenshot.py" line="15"/>
        <source>There is no contact to show in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/contacts.py" line="449"/>
        <source>This contact no longer exists.</source>
        <extracomment>Why it looks like the same person: &quot;email&quot;, &quot;phone&quot; or &quot;name&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="79"/>
        <source>There is no batch {batch_id} in this database.</source>
        <extracomment>Rows that belong to a contact through their ``contact_id`` column. Conflict reasons.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="80"/>
        <source>Several batches start with {batch_id}: give more of the batch id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="83"/>
        <source>The batch “{label}” was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="84"/>
        <source>The batch “{label}” was made by Comptoir itself and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="87"/>
        <source>Nothing in the batch “{label}” can be undone: all its changes were changed or removed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="91"/>
        <source>The batch “{label}” cannot be undone: the database refused it ({detail}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="16"/>
        <source>Say in a few words what it was about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="17"/>
        <source>The satisfaction score goes from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="18"/>
        <source>An interaction cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="25"/>
        <source>This e-mail address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="26"/>
        <source>This phone number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="27"/>
        <source>A French postcode has five digits (e.g. 75011).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="28"/>
        <source>Give at least a last name, a first name or an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="29"/>
        <source>This value is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="30"/>
        <source>This value is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="31"/>
        <source>This date is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>The database {path} cannot be opened.</source>
        <extracomment>The messages of models.database&apos;s errors, marked here for translation (models/ does not use Qt&apos;s tools; a test checks that every DatabaseError template is listed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="32"/>
        <source>{path} is not a Comptoir database, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <source>The database {path} is damaged ({detail}). Restore a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="36"/>
        <source>The database {path} was written by a newer version of Comptoir (schema {revision}). Update Comptoir to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="41"/>
        <source>The database {path} is in use by another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>The database {path} cannot be written ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>Sorry, something went wrong in Comptoir. The details were written to {path}.</source>
        <extracomment>Boxes without a parent window are kept here while open (else Python would delete them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/formatting.py" line="145"/>
        <source>today</source>
        <extracomment>Stored codes in the order combos list them. Currencies whose amounts have no cents. A glyph for each channel (all drawn by common fonts: DejaVu, Segoe UI Symbol).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="147"/>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="149"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/formatting.py" line="151"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/formatting.py" line="152"/>
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="171"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="172"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="173"/>
        <source>Former customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="185"/>
        <source>Discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="186"/>
        <source>Exploration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="187"/>
        <source>Expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="188"/>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="189"/>
        <source>Dissolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="199"/>
        <location filename="../../ui/formatting.py" line="337"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="200"/>
        <location filename="../../ui/formatting.py" line="335"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="201"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="202"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="203"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="204"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="205"/>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="206"/>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="207"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="222"/>
        <source>Mr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="223"/>
        <source>Mrs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="224"/>
        <source>Mx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="234"/>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="235"/>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="245"/>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="246"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="247"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="257"/>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="258"/>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="259"/>
        <source>Service messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="266"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="267"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="268"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="278"/>
        <location filename="../../ui/formatting.py" line="313"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="279"/>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="286"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="287"/>
        <source>Creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="288"/>
        <source>Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="289"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="290"/>
        <source>Mass edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="291"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="292"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="293"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="294"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="295"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="303"/>
        <location filename="../../ui/formatting.py" line="360"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="304"/>
        <location filename="../../ui/formatting.py" line="347"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="305"/>
        <location filename="../../ui/formatting.py" line="306"/>
        <location filename="../../ui/formatting.py" line="307"/>
        <location filename="../../ui/formatting.py" line="359"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="308"/>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="309"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="310"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="311"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="312"/>
        <source>Deal line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="314"/>
        <source>Order line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="315"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="316"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="317"/>
        <source>Pipeline stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="318"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="319"/>
        <source>Campaign member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="320"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="321"/>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="322"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="323"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="331"/>
        <source>Civility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="332"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="333"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="334"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="336"/>
        <source>Second e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="338"/>
        <source>Phone (international)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="339"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="340"/>
        <source>Mobile (international)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="341"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="342"/>
        <source>Address (line 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="343"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="344"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="345"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="346"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="348"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="349"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="350"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="351"/>
        <source>Relationship stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="352"/>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="353"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="354"/>
        <location filename="../../ui/formatting.py" line="365"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="355"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="356"/>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="357"/>
        <source>External reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="358"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="361"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="362"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="363"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="364"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="366"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="367"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="368"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="369"/>
        <source>Complaint status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="370"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="371"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="372"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="373"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="374"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="375"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="376"/>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="377"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="378"/>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="379"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="380"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="408"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="409"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
