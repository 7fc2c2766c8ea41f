<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityPane</name>
    <message>
        <location filename="../../ui/activity_pane.py" line="139"/>
        <source>&amp;Log interaction…</source>
        <extracomment>How long the search waits after the last key press. Set while filters are set by code (not by the user).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="140"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="147"/>
        <source>&amp;Edit interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="148"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="155"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="156"/>
        <location filename="../../ui/activity_pane.py" line="795"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="163"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="164"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="171"/>
        <location filename="../../ui/activity_pane.py" line="707"/>
        <source>Re&amp;solve complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="172"/>
        <location filename="../../ui/activity_pane.py" line="708"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="179"/>
        <source>Open &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="180"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="187"/>
        <source>Open com&amp;pany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="188"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="195"/>
        <source>Open &amp;deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="196"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="201"/>
        <source>Show &amp;deleted interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="207"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="222"/>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="228"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="249"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="250"/>
        <source>Show every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="258"/>
        <source>Show {channel} (click several channels to combine them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="268"/>
        <source>Search subjects, notes, outcomes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="284"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="285"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="286"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="287"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="288"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="289"/>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="293"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="310"/>
        <source>In and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="311"/>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="312"/>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="317"/>
        <source>All interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="318"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="319"/>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="320"/>
        <source>Resolved complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="323"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="325"/>
        <source>Show the deleted interactions, to restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="443"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/activity_pane.py" line="616"/>
        <source>%n deleted interaction(s)</source>
        <translation>
            <numerusform>%n deleted interaction</numerusform>
            <numerusform>%n deleted interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/activity_pane.py" line="618"/>
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="629"/>
        <source>There are no deleted interactions here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="638"/>
        <source>No interaction matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="641"/>
        <source>No interaction yet.
Log the first one with {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="704"/>
        <source>Re&amp;open complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="705"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="762"/>
        <source>Interaction saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="775"/>
        <source>Complaint reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="778"/>
        <source>Complaint resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/activity_pane.py" line="793"/>
        <source>Delete %n interaction(s)?</source>
        <translation>
            <numerusform>Delete %n interaction?</numerusform>
            <numerusform>Delete %n interactions?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="794"/>
        <source>You can undo this with Edit ▸ Undo, or restore them from the deleted ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="803"/>
        <source>Deleting interactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/activity_pane.py" line="805"/>
        <source>%n interaction(s) deleted.</source>
        <translation>
            <numerusform>%n interaction deleted.</numerusform>
            <numerusform>%n interactions deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="814"/>
        <source>Restoring interactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/activity_pane.py" line="816"/>
        <source>%n interaction(s) restored.</source>
        <translation>
            <numerusform>%n interaction restored.</numerusform>
            <numerusform>%n interactions restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../ui/activity_table_model.py" line="68"/>
        <source>When</source>
        <extracomment>The columns, by the sort key ``app.activity`` knows them by.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="69"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="70"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="71"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="72"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="73"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="74"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="75"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="76"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="77"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="109"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="110"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="135"/>
        <source>Outcome: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/activity_table_model.py" line="140"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="145"/>
        <source>Open complaint: not resolved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="148"/>
        <source>Resolved on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="154"/>
        <source>Satisfaction {score} out of {scale}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="752"/>
        <source>Show only the &amp;rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="767"/>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="771"/>
        <source>Each row is checked as the import will check it; rejected rows are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="776"/>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="783"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="784"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="785"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="786"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="787"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="796"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="796"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="796"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="835"/>
        <source>%n row(s) checked</source>
        <translation>
            <numerusform>%n row checked</numerusform>
            <numerusform>%n rows checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="837"/>
        <source>%n valid</source>
        <translation>
            <numerusform>%n valid</numerusform>
            <numerusform>%n valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="839"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="846"/>
        <source>Only the first %1 rows are shown here; every row is checked the same way during the import, and the summary lists every rejected row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="853"/>
        <source>Rejected rows are not imported; the summary lets you save them to fix them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnModel</name>
    <message>
        <location filename="../../ui/kanban.py" line="160"/>
        <source>%1 · probability %2 · weighted %3</source>
        <extracomment>Open columns share the width of the board within these bounds (else it scrolls). Owner badge colours (readable white text), picked by the owner&apos;s id. deal id, stage id, row in this column, the card it goes before / after (or &quot;&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="166"/>
        <source>Expected close: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="170"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="173"/>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kanban.py" line="174"/>
        <source>Created %n day(s) ago</source>
        <translation>
            <numerusform>Created %n day ago</numerusform>
            <numerusform>Created %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompaniesPane</name>
    <message>
        <location filename="../../ui/companies_pane.py" line="140"/>
        <source>&amp;New company…</source>
        <extracomment>How long the search waits after the last key press.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="141"/>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="148"/>
        <source>&amp;Open company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="149"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="156"/>
        <source>&amp;Edit company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="157"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="164"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="165"/>
        <location filename="../../ui/companies_pane.py" line="651"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="172"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="173"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="180"/>
        <source>&amp;Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="181"/>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="188"/>
        <source>Re&amp;move tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="189"/>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="215"/>
        <location filename="../../ui/companies_pane.py" line="233"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="239"/>
        <source>Search name, city, SIREN, SIRET, VAT number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="268"/>
        <source>All cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="280"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="282"/>
        <source>Show the deleted companies, to restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="358"/>
        <source>No custom field for companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="417"/>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="420"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/companies_pane.py" line="507"/>
        <source>%Ln deleted company(ies)</source>
        <translation>
            <numerusform>%Ln deleted company</numerusform>
            <numerusform>%Ln deleted companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/companies_pane.py" line="509"/>
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="520"/>
        <source>No companies match the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="522"/>
        <source>There are no deleted companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="524"/>
        <source>No companies yet.
Create the first one with New company (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="637"/>
        <source>Company saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/companies_pane.py" line="646"/>
        <source>Delete %n company(ies)?</source>
        <translation>
            <numerusform>Delete %n company?</numerusform>
            <numerusform>Delete %n companies?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="648"/>
        <source>Their people stay in the contacts. You can undo this with Edit ▸ Undo, or restore them from the deleted companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="659"/>
        <source>Deleting companies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/companies_pane.py" line="661"/>
        <source>%n company(ies) deleted.</source>
        <translation>
            <numerusform>%n company deleted.</numerusform>
            <numerusform>%n companies deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="670"/>
        <source>Restoring companies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/companies_pane.py" line="672"/>
        <source>%n company(ies) restored.</source>
        <translation>
            <numerusform>%n company restored.</numerusform>
            <numerusform>%n companies restored.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="679"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="684"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="685"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/companies_pane.py" line="695"/>
        <source>Tag to add to %n company(ies):</source>
        <translation>
            <numerusform>Tag to add to %n company:</numerusform>
            <numerusform>Tag to add to %n companies:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="706"/>
        <source>Tagging companies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/companies_pane.py" line="709"/>
        <source>Tag “%1” put on %n company(ies).</source>
        <translation>
            <numerusform>Tag “%1” put on %n company.</numerusform>
            <numerusform>Tag “%1” put on %n companies.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="720"/>
        <source>No company has a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/companies_pane.py" line="723"/>
        <source>Tag to remove from %n company(ies):</source>
        <translation>
            <numerusform>Tag to remove from %n company:</numerusform>
            <numerusform>Tag to remove from %n companies:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="734"/>
        <source>Removing a tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/companies_pane.py" line="737"/>
        <source>Tag “%1” removed from %n company(ies).</source>
        <translation>
            <numerusform>Tag “%1” removed from %n company.</numerusform>
            <numerusform>Tag “%1” removed from %n companies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../ui/company_dialog.py" line="114"/>
        <source>Edit company — %1</source>
        <extracomment>Fields after whose edit the dialog looks for likely duplicates. The identifiers checked as they are typed, and how many digits they have. The user chose to open an existing company listed as a likely duplicate. The identifiers&apos; mistakes shown now (None: none, or still being typed).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="116"/>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="179"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="180"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="180"/>
        <source>Trade name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="184"/>
        <source>&amp;Legal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="185"/>
        <source>As registered (SAS …, SARL …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="188"/>
        <source>Sec&amp;tor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="188"/>
        <source>Restaurants, hotels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="195"/>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="196"/>
        <location filename="../../ui/company_dialog.py" line="317"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="199"/>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="199"/>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="208"/>
        <source>Legal identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="209"/>
        <source>S&amp;IREN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="210"/>
        <source>SI&amp;RET:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="211"/>
        <source>&amp;VAT number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="212"/>
        <source>Spaces and dots may be typed: they are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="217"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="219"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="219"/>
        <source>contact@example.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="221"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="221"/>
        <source>02 47 12 34 56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="222"/>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="222"/>
        <source>www.example.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="224"/>
        <source>Head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="225"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="226"/>
        <source>Address (line &amp;2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="227"/>
        <source>Post&amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="228"/>
        <source>Cit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="231"/>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="233"/>
        <source>Delivery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="235"/>
        <source>Sa&amp;me as the head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="246"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="248"/>
        <source>Address (line 2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="250"/>
        <source>Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="251"/>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="252"/>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="257"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="261"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="289"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="293"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="307"/>
        <source>Other information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="320"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="346"/>
        <source>Save &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="350"/>
        <source>&amp;Open existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="595"/>
        <source>%1 of %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="605"/>
        <source>✓ Valid SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="606"/>
        <source>✓ Valid SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="607"/>
        <source>✓ Valid VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="620"/>
        <source>The French VAT number of this SIREN is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="693"/>
        <source>Check before saving: this company may already exist. Open the existing one, or save anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="697"/>
        <source>This company may already exist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="700"/>
        <source>same SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="701"/>
        <source>same SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="702"/>
        <source>same VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="703"/>
        <source>similar name, same city</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyFileView</name>
    <message>
        <location filename="../../ui/company_file.py" line="228"/>
        <source>Log interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="232"/>
        <source>Log a call, an e-mail, a meeting… with this company (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="237"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="241"/>
        <source>Plan a task for this company (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="253"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="256"/>
        <source>The company file as a PDF, to print or send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="273"/>
        <source>Company file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="278"/>
        <source>No company selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="290"/>
        <source>This company was deleted on {when}. It no longer appears in lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="368"/>
        <source>SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="369"/>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="370"/>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="379"/>
        <source>In the file since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="396"/>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="402"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="411"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="420"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="429"/>
        <source>Head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="438"/>
        <location filename="../../ui/company_file.py" line="440"/>
        <location filename="../../ui/company_file.py" line="460"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="440"/>
        <source>Same as the head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="442"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="444"/>
        <source>External ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="446"/>
        <source>No contact details yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="467"/>
        <source>Other information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="480"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="484"/>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="490"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="497"/>
        <source>Nobody yet. Give a contact this company in their form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="546"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="548"/>
        <source>No orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="557"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="563"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="569"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="571"/>
        <source>since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="577"/>
        <source>Average basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="581"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="589"/>
        <source>Show more orders ({count} in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="604"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="605"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="606"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="607"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="608"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="667"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/company_file.py" line="671"/>
        <source>Open: {amount} in %n deal(s)</source>
        <translation>
            <numerusform>Open: {amount} in %n deal</numerusform>
            <numerusform>Open: {amount} in %n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/company_file.py" line="677"/>
        <source>Won: {amount} in %n deal(s)</source>
        <translation>
            <numerusform>Won: {amount} in %n deal</numerusform>
            <numerusform>Won: {amount} in %n deals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="684"/>
        <source>No open deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="693"/>
        <source>Open the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/company_file.py" line="713"/>
        <source>… and %n more open deal(s)</source>
        <translation>
            <numerusform>… and %n more open deal</numerusform>
            <numerusform>… and %n more open deals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="718"/>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="720"/>
        <source>No open task. Plan one with {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="738"/>
        <source>overdue since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/company_file.py" line="747"/>
        <source>… and %n more open task(s)</source>
        <translation>
            <numerusform>… and %n more open task</numerusform>
            <numerusform>… and %n more open tasks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="752"/>
        <source>No interaction yet. Log one with {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyProfileDialog</name>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="41"/>
        <source>Company profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="50"/>
        <source>Business &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="51"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="52"/>
        <source>Address (line &amp;2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="53"/>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="54"/>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="55"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="56"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="57"/>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="58"/>
        <source>&amp;SIRET:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="59"/>
        <source>&amp;VAT number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="60"/>
        <source>&amp;Legal mentions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="61"/>
        <source>L&amp;ogo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="62"/>
        <source>Pa&amp;yment terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="63"/>
        <source>Quotes &amp;valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="64"/>
        <source>Quote number &amp;prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="67"/>
        <source>Legal form, capital, registry (RCS)… printed at the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="68"/>
        <source>Printed under the totals of each quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="69"/>
        <source>Quotes are numbered PREFIX-YEAR-0001, without gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="81"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="102"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="117"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="118"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="124"/>
        <source>Your business as it appears on quotes and printed documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="147"/>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="151"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <location filename="../../ui/company_table_model.py" line="140"/>
        <source>Revenue of the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="155"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="156"/>
        <source>SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="157"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="158"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="159"/>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="160"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="161"/>
        <source>Revenue (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="162"/>
        <source>Last interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="163"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="190"/>
        <source>Edit contact — %1</source>
        <extracomment>The user chose to open an existing contact listed as a likely duplicate.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="192"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="246"/>
        <location filename="../../ui/contact_dialog.py" line="373"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="247"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="251"/>
        <source>Civility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="254"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="255"/>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="256"/>
        <source>C&amp;ompany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="262"/>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="263"/>
        <source>No birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="265"/>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="267"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="268"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="268"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="269"/>
        <source>Second e-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="270"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="270"/>
        <source>01 23 45 67 89</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="271"/>
        <source>Mo&amp;bile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="271"/>
        <source>06 12 34 56 78</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="276"/>
        <source>Preferred c&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="280"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="281"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="282"/>
        <source>Address (line &amp;2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="283"/>
        <source>Post&amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="284"/>
        <source>Cit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="289"/>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="291"/>
        <source>Customer relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="295"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="301"/>
        <source>Relationship s&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="307"/>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="308"/>
        <source>Shop, website, word of mouth…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="311"/>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="311"/>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="322"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="346"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="350"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="363"/>
        <source>Other information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="376"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="404"/>
        <source>Save &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="408"/>
        <source>&amp;Open existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="635"/>
        <source>Check before saving: this contact may already exist. Open the existing one, or save anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="639"/>
        <source>This contact may already exist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="642"/>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="643"/>
        <source>same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="644"/>
        <source>similar name, same place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="647"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactFileView</name>
    <message>
        <location filename="../../ui/contact_file.py" line="250"/>
        <source>No contact selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="169"/>
        <source>Log a call</source>
        <extracomment>Quick actions: channel, shortcut (letters work on every keyboard layout, AZERTY too). How many orders and interactions are shown before &quot;Show more&quot;. The shared RFM / lifetime-value results (None: the file does not show them). The analytics computations this view started and that have not finished. Whether to compute the customer value when missing (asked once, or in use).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="170"/>
        <location filename="../../ui/contact_file.py" line="410"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="171"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="172"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="173"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="176"/>
        <source>Log a phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="177"/>
        <source>Log an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="178"/>
        <source>Log a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="179"/>
        <source>Log a visit to the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="180"/>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="206"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="209"/>
        <source>The customer file as a PDF, to print or send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="226"/>
        <source>Customer file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="254"/>
        <source>This contact was deleted on {when}. It no longer appears in lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="306"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="351"/>
        <source>Customer no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="362"/>
        <source>In the file since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="374"/>
        <source>Updated {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="402"/>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="412"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="413"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="426"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="431"/>
        <source>{date} (age {age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="433"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="436"/>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="439"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="441"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="443"/>
        <source>External ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="445"/>
        <source>No contact details yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="470"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="472"/>
        <source>No consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="498"/>
        <source>Other information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="511"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="515"/>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="521"/>
        <source>How we stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="525"/>
        <source>No relationship stage set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="531"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="536"/>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="544"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="545"/>
        <source>{score}/10 (average of {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="555"/>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="557"/>
        <source>No interaction yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="622"/>
        <source>Compute now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="625"/>
        <source>Segment, RFM scores, chance still active and predicted value are computed for the whole customer base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="642"/>
        <source>Computing the RFM scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="639"/>
        <location filename="../../ui/contact_file.py" line="643"/>
        <location filename="../../ui/contact_file.py" line="650"/>
        <source>Customer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="653"/>
        <source>Not a customer yet: no order, so no RFM score or predicted value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="694"/>
        <source>Suggested action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="703"/>
        <source>As of %1 — days since the last order: %2 · orders: %3 · spent in all: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="715"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="716"/>
        <source>RFM scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="728"/>
        <location filename="../../ui/contact_file.py" line="733"/>
        <location filename="../../ui/contact_file.py" line="738"/>
        <location filename="../../ui/contact_file.py" line="746"/>
        <source>12-month value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="755"/>
        <source>Predicted value over the next 12 months; expected purchases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="759"/>
        <source>Still active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="713"/>
        <source>Suggested action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="193"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="198"/>
        <source>A task about this contact (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="731"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="744"/>
        <source>The probability that this customer still buys from you, from their rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="795"/>
        <source>Computing the customer&apos;s value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="818"/>
        <source>The customer&apos;s value could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="842"/>
        <source>stage {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="877"/>
        <source>What happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="878"/>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="891"/>
        <source>expected {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="897"/>
        <source>No open deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="899"/>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="913"/>
        <source>overdue since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="921"/>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="925"/>
        <source>No open task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="932"/>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="934"/>
        <source>No orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="943"/>
        <source>Total spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="947"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="950"/>
        <source>Average basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="954"/>
        <source>First purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="955"/>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="965"/>
        <source>Show the {count} latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="967"/>
        <source>Show all {count} orders and credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="969"/>
        <source>Show all {count} orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="985"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="986"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="987"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="988"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1041"/>
        <source>No interaction yet. Log a call with {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/contact_table_model.py" line="113"/>
        <source>Name</source>
        <extracomment>The usual columns, by the sort key ``ContactService`` knows them by. The custom fields follow, as &quot;custom:&lt;key&gt;&quot; (see ``set_custom_fields``). The custom fields shown after the usual columns, by column key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="114"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="115"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="116"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="117"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="118"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="119"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="120"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <location filename="../../ui/contacts_pane.py" line="133"/>
        <source>&amp;New contact…</source>
        <extracomment>How long the search waits after the last key press. The columns&apos; widths, order, visibility and the sorted column, by column key. The user wants to see a contact&apos;s file. The user wants to edit a contact. The user wants a new contact. Contacts were written (deleted, restored, tagged): counts and undo need refreshing. A short message for the status bar. The selection changed. The list was restricted to given contacts (True) or shows all again (False). The known cities by their case-folded name (the filter matches the exact name). Only these contacts are listed (from the dashboard), and the filter&apos;s title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="141"/>
        <source>&amp;Open contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="149"/>
        <source>&amp;Edit contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="157"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="165"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="173"/>
        <source>&amp;Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="181"/>
        <source>Re&amp;move tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="202"/>
        <location filename="../../ui/contacts_pane.py" line="220"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="226"/>
        <source>Search name, company, e-mail, phone, city…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="236"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="258"/>
        <source>All cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="273"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="275"/>
        <source>Show the deleted contacts, to restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="370"/>
        <source>Remove this filter and show all contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="389"/>
        <source>%1 — %Ln contact(s)</source>
        <translation>
            <numerusform>%1 — %Ln contact</numerusform>
            <numerusform>%1 — %Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="442"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="520"/>
        <source>%Ln deleted contact(s)</source>
        <translation>
            <numerusform>%Ln deleted contact</numerusform>
            <numerusform>%Ln deleted contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="522"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="535"/>
        <source>No contacts match the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="537"/>
        <source>There are no deleted contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="540"/>
        <source>No contacts yet.
Create the first one with File ▸ New contact (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="625"/>
        <source>Delete %n contact(s)?</source>
        <translation>
            <numerusform>Delete %n contact?</numerusform>
            <numerusform>Delete %n contacts?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="627"/>
        <source>You can undo this with Edit ▸ Undo, or restore them from the deleted contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="158"/>
        <location filename="../../ui/contacts_pane.py" line="629"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="134"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="142"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="150"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="166"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="174"/>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="182"/>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="637"/>
        <source>Deleting contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="639"/>
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>%n contact deleted.</numerusform>
            <numerusform>%n contacts deleted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="648"/>
        <source>Restoring contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="650"/>
        <source>%n contact(s) restored.</source>
        <translation>
            <numerusform>%n contact restored.</numerusform>
            <numerusform>%n contacts restored.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="657"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="662"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="663"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="673"/>
        <source>Tag to add to %n contact(s):</source>
        <translation>
            <numerusform>Tag to add to %n contact:</numerusform>
            <numerusform>Tag to add to %n contacts:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="684"/>
        <source>Tagging contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="687"/>
        <source>Tag “%1” put on %n contact(s).</source>
        <translation>
            <numerusform>Tag “%1” put on %n contact.</numerusform>
            <numerusform>Tag “%1” put on %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="698"/>
        <source>No contact has a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="701"/>
        <source>Tag to remove from %n contact(s):</source>
        <translation>
            <numerusform>Tag to remove from %n contact:</numerusform>
            <numerusform>Tag to remove from %n contacts:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="712"/>
        <source>Removing a tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="715"/>
        <source>Tag “%1” removed from %n contact(s).</source>
        <translation>
            <numerusform>Tag “%1” removed from %n contact.</numerusform>
            <numerusform>Tag “%1” removed from %n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="53"/>
        <source>Contacts</source>
        <extracomment>The kinds of record with custom fields, in tab order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="54"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="55"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="61"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="62"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="63"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="64"/>
        <source>Choice list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="65"/>
        <source>Yes / No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="76"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="493"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="499"/>
        <source>Add your own fields to contacts, companies and deals: they appear in the forms and the files, and as columns and filters in the lists.</source>
        <extracomment>The field editor opened last (for tests and the screenshot).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="514"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFilterBar</name>
    <message>
        <location filename="../../ui/custom_columns.py" line="111"/>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="114"/>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="115"/>
        <source>equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="117"/>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="119"/>
        <source>is filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="122"/>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="123"/>
        <source>less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="126"/>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="127"/>
        <source>more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="129"/>
        <source>between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="131"/>
        <source>is yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="133"/>
        <source>is no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="154"/>
        <source>{field} up to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="160"/>
        <source>{field} from {low}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="165"/>
        <source>{field} between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="660"/>
        <source>More filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="662"/>
        <source>More filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="665"/>
        <source>Filter on the custom fields (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="667"/>
        <source>No custom field yet: add some in Settings ▸ Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="686"/>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFilterPopup</name>
    <message>
        <location filename="../../ui/custom_columns.py" line="389"/>
        <location filename="../../ui/custom_columns.py" line="390"/>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="404"/>
        <source>&amp;Add filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="410"/>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="411"/>
        <source>Condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="412"/>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="498"/>
        <source>There is no custom field to filter on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="506"/>
        <source>Choose a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="527"/>
        <source>Type a number, e.g. 12,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="531"/>
        <source>Type the text to look for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <location filename="../../ui/dashboard.py" line="538"/>
        <source>Revenue by month</source>
        <extracomment>Contacts to list (ids, title of the filter), from a click on a chart or a list. A short message for the status bar. Everything asked for the current period has arrived (tests, benchmarks). The period of the figures asked for last. The contacts of each smart list, by code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="539"/>
        <source>Share of revenue by share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="540"/>
        <source>Customers by RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="541"/>
        <source>Recency × frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="542"/>
        <source>Monthly cohorts: customers buying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="543"/>
        <source>Open pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="567"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="572"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="573"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="574"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="575"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="576"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="577"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="597"/>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="598"/>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="606"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="608"/>
        <source>Compute the figures again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="631"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="634"/>
        <source>The report of the period shown as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="638"/>
        <source>Call list PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="641"/>
        <source>The call list of the segment selected in the table, as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="662"/>
        <source>Dashboard %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="666"/>
        <source>Dashboard report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="690"/>
        <source>Call list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="717"/>
        <source>RFM segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="727"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="728"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="729"/>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="730"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="731"/>
        <source>Suggested action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="750"/>
        <source>Double-click or press Enter to list the customers of a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="757"/>
        <source>Lifetime value (next 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="758"/>
        <location filename="../../ui/dashboard.py" line="972"/>
        <location filename="../../ui/dashboard.py" line="973"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="769"/>
        <source>Predicted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="770"/>
        <source>Per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="771"/>
        <source>Probably still active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="801"/>
        <source>Smart lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="899"/>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="949"/>
        <source>Computing the dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="1089"/>
        <source>%Ln customer(s) with at least one order, scored as of %1.</source>
        <translation>
            <numerusform>%Ln customer with at least one order, scored as of %1.</numerusform>
            <numerusform>%Ln customers with at least one order, scored as of %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1112"/>
        <source>Predicted from each customer&apos;s purchase rhythm (BG/NBD and Gamma-Gamma models), as of %1, with a monthly discount rate of 1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1154"/>
        <source>cannot be estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1194"/>
        <source>Segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1210"/>
        <source>R%1 · F%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1221"/>
        <source>Bought in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1235"/>
        <source>First purchase in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1246"/>
        <source>Open deals at stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1255"/>
        <source>Top 20 % of customers by revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1266"/>
        <source>Smart list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <location filename="../../ui/deal_dialog.py" line="328"/>
        <source>Reference or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="385"/>
        <source>Edit deal — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="400"/>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="437"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="440"/>
        <source>e.g. Christmas hampers 2025 — Town hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="441"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="443"/>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="445"/>
        <source>Co&amp;mpany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="448"/>
        <location filename="../../ui/deal_dialog.py" line="610"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="451"/>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="455"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="457"/>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="462"/>
        <source>&amp;Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="465"/>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="468"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="469"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="470"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="474"/>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="480"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="481"/>
        <location filename="../../ui/deal_dialog.py" line="614"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="482"/>
        <source>Expected &amp;close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="487"/>
        <source>Pro&amp;bability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="491"/>
        <source>&amp;Amount excl. VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="494"/>
        <source>Weighted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="497"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="522"/>
        <source>Add &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="525"/>
        <source>Add a product line (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="528"/>
        <source>Remo&amp;ve line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="547"/>
        <source>Total excl. VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="548"/>
        <source>VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="549"/>
        <source>Total incl. VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="587"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="591"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="602"/>
        <source>Other information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="656"/>
        <source>Stage default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="703"/>
        <source>Why it was lost (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="705"/>
        <source>Why it was won (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="836"/>
        <source>The total of the product lines, excluding VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="911"/>
        <source>Check the highlighted cells of the lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealFileView</name>
    <message>
        <location filename="../../ui/deal_file.py" line="136"/>
        <source>Log interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="138"/>
        <source>Log a call, an e-mail, a meeting… about this deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="144"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="146"/>
        <source>Plan a task for this deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="152"/>
        <source>Next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="154"/>
        <source>Move the deal to the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="160"/>
        <location filename="../../ui/deal_file.py" line="279"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="162"/>
        <source>Mark the deal as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="168"/>
        <source>Lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="170"/>
        <source>Mark the deal as lost, saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="176"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="178"/>
        <source>Open the deal again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="186"/>
        <source>Quote PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="189"/>
        <source>The quote of this deal&apos;s lines as a PDF (numbered when first issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="214"/>
        <source>Quote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="235"/>
        <source>No deal selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="246"/>
        <source>This deal was deleted on {when}. It no longer appears in lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="279"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="279"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="309"/>
        <source>stage default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="309"/>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="312"/>
        <source>Amount excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="314"/>
        <source>incl. VAT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="321"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="330"/>
        <source>Weighted amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="332"/>
        <source>amount × probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="338"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="340"/>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="345"/>
        <source>The expected close date is past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="348"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="369"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="384"/>
        <source>%1 — default probability %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="399"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="414"/>
        <source>Open the contact&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="418"/>
        <location filename="../../ui/deal_file.py" line="420"/>
        <location filename="../../ui/deal_file.py" line="432"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="424"/>
        <source>Open the company&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="428"/>
        <location filename="../../ui/deal_file.py" line="430"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="432"/>
        <source>Nobody linked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="433"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="434"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="435"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="437"/>
        <source>Why it was won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="437"/>
        <source>Why lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="444"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="448"/>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="452"/>
        <source>Other information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="466"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="473"/>
        <source>No product lines: the amount was typed. Add lines with Edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="483"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="484"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="485"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="486"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="487"/>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="488"/>
        <location filename="../../ui/deal_file.py" line="529"/>
        <source>Total excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="531"/>
        <source>VAT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="532"/>
        <source>Total incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="549"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="551"/>
        <source>No task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="564"/>
        <source>overdue since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/deal_file.py" line="573"/>
        <source>… and %n more task(s)</source>
        <translation>
            <numerusform>… and %n more task</numerusform>
            <numerusform>… and %n more tasks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="577"/>
        <source>New task (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="587"/>
        <source>No interaction yet. Log one with {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="667"/>
        <source>Moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="674"/>
        <source>Deal marked as won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="685"/>
        <source>Deal marked as lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="696"/>
        <source>Deal reopened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealLinesModel</name>
    <message>
        <location filename="../../ui/deal_dialog.py" line="147"/>
        <source>Product</source>
        <extracomment>The field of DealLineInput each column edits (for the messages of validate_deal). The lines changed (a value, a line added or removed): the totals need updating. (row, column key) -&gt; message template. Cells whose text could not be read, (row, column key) -&gt; text typed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="148"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="149"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="150"/>
        <source>Unit price excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="151"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="152"/>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="153"/>
        <source>Total excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <location filename="../../ui/deal_table_model.py" line="43"/>
        <source>Open</source>
        <extracomment>The columns, by the sort key ``app.pipeline.search_ids`` knows them by.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="44"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="45"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="78"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="79"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="80"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="81"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="82"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="83"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="84"/>
        <source>Amount excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="85"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="86"/>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="87"/>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="136"/>
        <source>Overdue: the expected close date is past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="138"/>
        <source>The stage&apos;s default probability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatePairModel</name>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="227"/>
        <source>same SIREN</source>
        <extracomment>The pair of a row (a DuplicatePair). The score of a row (0–100), for the bar. Records whose details are kept (the rest are fetched again when shown). Ids asked for and not found (never asked again). Pages fetched (for tests).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="228"/>
        <source>same VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="229"/>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="230"/>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="234"/>
        <source>similar name (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="236"/>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="292"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="321"/>
        <source>Deleted or merged since the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="343"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="344"/>
        <source>Record A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="345"/>
        <source>Record B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="346"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="347"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="348"/>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="875"/>
        <source>Records already in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="879"/>
        <source>&amp;Skip them: keep the records as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="880"/>
        <source>&amp;Update them: the file&apos;s values replace the stored ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="881"/>
        <source>&amp;Merge: only fill in the fields that are empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="891"/>
        <source>Recognise a record by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="910"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="910"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="910"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="910"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="915"/>
        <source>Check the &amp;whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="918"/>
        <source>Only the first rows are compared above; list the changes of every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="938"/>
        <source>Records already known</source>
        <extracomment>Takes the room of the diff while it is hidden.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="941"/>
        <source>What to do with the rows that match a record already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="971"/>
        <source>Looking for the records already known…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1010"/>
        <source>Records already in the database (the same order number, or the same contact, date, channel and subject) are always skipped: an import never counts a sale or a call twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1017"/>
        <source>In the whole file, %n row(s) match a known record: they will be skipped.</source>
        <translation>
            <numerusform>In the whole file, %n row matches a known record: it will be skipped.</numerusform>
            <numerusform>In the whole file, %n rows match a known record: they will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1023"/>
        <source>%n row(s) of the first rows match a known record: they will be skipped.</source>
        <translation>
            <numerusform>%n of the first rows matches a known record: it will be skipped.</numerusform>
            <numerusform>%n of the first rows match a known record: they will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1031"/>
        <source>In the whole file, %n known record(s) will change, as follows:</source>
        <translation>
            <numerusform>In the whole file, %n known record will change, as follows:</numerusform>
            <numerusform>In the whole file, %n known records will change, as follows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1034"/>
        <source>%n known record(s) will change, as follows:</source>
        <translation>
            <numerusform>%n known record will change, as follows:</numerusform>
            <numerusform>%n known records will change, as follows:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1037"/>
        <source>No known record will change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPane</name>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="449"/>
        <source>&amp;Scan for duplicates</source>
        <extracomment>The scan under way (None when there is none, or when jobs run at once). Per kind: the last scan&apos;s pairs and its status text (switching kinds keeps them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="450"/>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="457"/>
        <source>&amp;Cancel the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="458"/>
        <location filename="../../ui/duplicates_pane.py" line="535"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="465"/>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="466"/>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="473"/>
        <source>&amp;Not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="474"/>
        <source>Not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="481"/>
        <source>Open record &amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="482"/>
        <source>Open A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="489"/>
        <source>Open record &amp;B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="490"/>
        <source>Open B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="498"/>
        <source>Set the pair aside: it will not be proposed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="506"/>
        <source>Co&amp;ntacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="508"/>
        <source>Com&amp;panies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="515"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="538"/>
        <source>Stop the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="624"/>
        <source>Press Scan (F5) to look for contacts that may be the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="626"/>
        <source>Press Scan (F5) to look for companies that may be the same firm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="639"/>
        <location filename="../../ui/duplicates_pane.py" line="673"/>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="641"/>
        <source>No possible duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="643"/>
        <source>No scan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="677"/>
        <source>Looking for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="696"/>
        <source>Stopping the scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/duplicates_pane.py" line="714"/>
        <source>%n possible duplicate(s) found in %1 s</source>
        <translation>
            <numerusform>%n possible duplicate found in %1 s</numerusform>
            <numerusform>%n possible duplicates found in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="716"/>
        <source>No possible duplicates found (%1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="735"/>
        <source>The scan was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="783"/>
        <source>The two records were merged (Ctrl+Z to undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/duplicates_pane.py" line="803"/>
        <source>%n pair(s) set aside as not duplicates.</source>
        <translation>
            <numerusform>%n pair set aside as not duplicates.</numerusform>
            <numerusform>%n pairs set aside as not duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/duplicates_pane.py" line="816"/>
        <source>%n possible duplicate(s) left</source>
        <translation>
            <numerusform>%n possible duplicate left</numerusform>
            <numerusform>%n possible duplicates left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/tasks_pane.py" line="858"/>
        <source>Export to calendar</source>
        <extracomment>(selected tasks only, as events)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasks_pane.py" line="859"/>
        <source>The %n task(s) of this view</source>
        <translation>
            <numerusform>The %n task of this view</numerusform>
            <numerusform>The %n tasks of this view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasks_pane.py" line="861"/>
        <source>The %n selected task(s)</source>
        <translation>
            <numerusform>The %n selected task</numerusform>
            <numerusform>The %n selected tasks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="869"/>
        <source>As calendar &amp;events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="871"/>
        <source>As &amp;to-dos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="880"/>
        <source>Shown by every calendar program (Google Calendar, Outlook, Apple Calendar…), at the due time. Tasks without a due date are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="887"/>
        <source>For programs with a task list (Thunderbird, Apple Reminders…); many calendars ignore them when importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="897"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="901"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="905"/>
        <source>Which tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="906"/>
        <source>How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="91"/>
        <source>Open</source>
        <extracomment>The shortcut of every list&apos;s Export… action (Ctrl+E is Edit in the lists).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="92"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="100"/>
        <location filename="../../ui/export_dialog.py" line="225"/>
        <location filename="../../ui/export_dialog.py" line="384"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="101"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="102"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="103"/>
        <location filename="../../ui/export_dialog.py" line="171"/>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="104"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="105"/>
        <source>Exported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="106"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="107"/>
        <location filename="../../ui/export_dialog.py" line="150"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="108"/>
        <location filename="../../ui/export_dialog.py" line="152"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="117"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="118"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="119"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="120"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="121"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="122"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="123"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="124"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="125"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="126"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="127"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="128"/>
        <source>Expected close from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="129"/>
        <source>Expected close to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="130"/>
        <source>Deleted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="131"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="132"/>
        <source>Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="147"/>
        <source>%n chosen record(s)</source>
        <translation>
            <numerusform>%n chosen record</numerusform>
            <numerusform>%n chosen records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="167"/>
        <source>descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="169"/>
        <source>ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="222"/>
        <source>E&amp;xport list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="230"/>
        <source>Export the list as shown to Excel, CSV or vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="383"/>
        <source>Orders</source>
        <extracomment>Emitted (on the main thread) with the ExportResult once the file is written.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="405"/>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="406"/>
        <source>CSV for Excel (.csv, “;”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="409"/>
        <source>vCard (.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="418"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="435"/>
        <source>&amp;All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="443"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="447"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="458"/>
        <source>Export “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="461"/>
        <source>Export “%1”: %n row(s), the columns, filter and sort as shown.</source>
        <translation>
            <numerusform>Export “%1”: %n row, the columns, filter and sort as shown.</numerusform>
            <numerusform>Export “%1”: %n rows, the columns, filter and sort as shown.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="496"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="497"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="498"/>
        <source>vCard (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="501"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="534"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="543"/>
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="114"/>
        <source>New field — %1</source>
        <extracomment>How many records hold a value for the field (its type is then restricted).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="116"/>
        <source>Edit field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="122"/>
        <source>e.g. Favourite wine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="131"/>
        <source>One choice per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="136"/>
        <source>&amp;Choices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="142"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="143"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="150"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="162"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="163"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/custom_fields_dialog.py" line="210"/>
        <source>%n record(s) hold a value for this field: its type can only change between Text and Choice list. Create a new field instead.</source>
        <translation>
            <numerusform>%n record holds a value for this field: its type can only change between Text and Choice list. Create a new field instead.</numerusform>
            <numerusform>%n records hold a value for this field: its type can only change between Text and Choice list. Create a new field instead.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="219"/>
        <source>The values already typed are added to the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="225"/>
        <source>New field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="287"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="287"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="287"/>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="296"/>
        <source>No field yet. Add one with “Add…”: it appears in every form and list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="304"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="305"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="307"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="309"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="311"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="326"/>
        <source>Move the field up in the forms (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="327"/>
        <source>Move the field down in the forms (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="328"/>
        <source>Add a field (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="329"/>
        <source>Change the field&apos;s name, type or choices (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="330"/>
        <source>Delete the field (Del); its values are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="340"/>
        <source>In the forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/custom_fields_dialog.py" line="373"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="373"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="452"/>
        <source>Delete the field “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="454"/>
        <source>It disappears from the forms and lists. The values already typed are kept: Edit ▸ Undo brings the field back with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="457"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="261"/>
        <source>Choose a file, or drop it here</source>
        <extracomment>Rows of the file shown on the header step, and rows checked on the check step. Rejected rows listed on the summary (all of them go into the saved file).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="263"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="265"/>
        <source>Choose the file to import (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="271"/>
        <source>&amp;What do you import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="274"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="279"/>
        <source>Drop an Excel workbook (.xlsx), a CSV file or a vCard file (.vcf) here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="291"/>
        <source>Excel files (.xlsx) may hold several sheets; CSV files written by French Excel (&apos;;&apos; and accents) are read as they are. vCard files hold contacts. Nothing is written before the last step, and an import can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="308"/>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="311"/>
        <source>What kind of records does the file hold, and where is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="333"/>
        <source>Import a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="338"/>
        <source>Spreadsheets and address books (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="339"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <location filename="../../ui/forecast_view.py" line="68"/>
        <source>No open or won deals in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="83"/>
        <source>Open amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="91"/>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="99"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/forecast_view.py" line="142"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="145"/>
        <source>Open amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="150"/>
        <source>Weighted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="156"/>
        <source>Won: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="161"/>
        <source>Click to list these deals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <location filename="../../ui/forecast_view.py" line="51"/>
        <source>Overdue</source>
        <extracomment>How many months before this one show their wins.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="52"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="53"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/forecast_view.py" line="187"/>
        <source>Next %n month(s)</source>
        <extracomment>A bucket was chosen (a bar clicked, a row activated): its key.</extracomment>
        <translation>
            <numerusform>Next %n month</numerusform>
            <numerusform>Next %n months</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="193"/>
        <source>Amounts excluding VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="204"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="205"/>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="206"/>
        <source>Open amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="207"/>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="208"/>
        <source>Won deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="209"/>
        <source>Won amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="277"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="289"/>
        <source>Open: %1, weighted %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../ui/global_search.py" line="159"/>
        <source>Search</source>
        <extracomment>How long the search waits after the last key press. What an item of the list is (Qt.UserRole): a heading, a hit, or &quot;show all contacts&quot;. Open a record&apos;s file: kind &quot;contact&quot;, &quot;company&quot; or &quot;deal&quot;, and its id. Show every contact matching this text in the contacts list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="175"/>
        <source>Search contacts, companies, deals, notes…</source>
        <extracomment>Searches run since the popup was made (for tests).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="202"/>
        <source>↑↓ to move · Tab: next group · Enter to open · Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="224"/>
        <location filename="../../ui/global_search.py" line="266"/>
        <source>Type a name, a city, a phone number, a SIREN, words of a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="280"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="281"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="282"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="283"/>
        <source>Notes and interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="286"/>
        <source>%1 — %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="289"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="306"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="315"/>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="317"/>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="343"/>
        <source>Show all %1 contacts matching “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="350"/>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderColumns</name>
    <message>
        <location filename="../../ui/custom_columns.py" line="252"/>
        <source>&amp;Columns</source>
        <extracomment>Visibility chosen by the user, by key (others follow ``default_hidden``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="266"/>
        <source>Show the usual columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="457"/>
        <source>&amp;Titles are on row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="473"/>
        <source>Click a row to make it the row of titles; the rows above it are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="480"/>
        <source>Find the row of titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="483"/>
        <source>The records start below the row holding the column titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="491"/>
        <source>Comptoir found the titles on row %1.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../ui/history_dialog.py" line="198"/>
        <source>Recent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="199"/>
        <source>Every change made in this database, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="201"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="207"/>
        <source>Every change to this company and to what belongs to it, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="210"/>
        <source>Every change to this deal and to what belongs to it, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="214"/>
        <source>Every change to this contact and to what belongs to it, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="221"/>
        <source>Undo reverts the whole action a change belongs to (an edit, an import…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="230"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="231"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="232"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="233"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="234"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="260"/>
        <source>No change recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="273"/>
        <source>&amp;Undo this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="277"/>
        <source>Revert the whole action this change belongs to (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="283"/>
        <source>Load older changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="348"/>
        <source>Undone: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="382"/>
        <source>Device {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="410"/>
        <source>This action was undone on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="415"/>
        <source>Made by Comptoir itself: it cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="418"/>
        <source>A numbered document was issued: it is kept and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="422"/>
        <source>{count} change(s) in this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="428"/>
        <source>Left as they are, because they changed since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="434"/>
        <source>changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="435"/>
        <source>no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="436"/>
        <source>exists again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="89"/>
        <source>Contacts</source>
        <extracomment>What can be imported, in the order the combo lists them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="90"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="91"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="92"/>
        <source>Orders (sales, invoices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="93"/>
        <source>Interactions (calls, visits…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="94"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="98"/>
        <source>External reference (customer number…)</source>
        <extracomment>The fields records are matched on to find those already in the database.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="99"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="100"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1289"/>
        <location filename="../../ui/import_wizard.py" line="1360"/>
        <source>Import</source>
        <extracomment>An import was applied: its batch id and the kind of records. The import of this batch was undone from the summary. &quot;Show the imported contacts&quot;: their ids and a title for the list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1354"/>
        <source>File</source>
        <extracomment>&quot;done&quot; or &quot;failed&quot; once the import job reported; None while it runs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1355"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1356"/>
        <source>Row of titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1357"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1358"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1359"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1361"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1384"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1386"/>
        <source>The previous step (Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1387"/>
        <location filename="../../ui/import_wizard.py" line="1471"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1390"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1392"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1394"/>
        <source>Close without importing (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1471"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1474"/>
        <source>Import the file now (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1476"/>
        <source>The next step (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1723"/>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1740"/>
        <source>Comparing the whole file with the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1770"/>
        <source>Importing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1787"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1806"/>
        <source>The import was cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1818"/>
        <source>Save the rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1821"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1823"/>
        <source>%1 - rejected.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1842"/>
        <source>Saving the rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1849"/>
        <source>The rejected rows were saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1856"/>
        <source>Undo this import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1857"/>
        <source>Everything it created or changed is put back as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1858"/>
        <source>Undo the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1876"/>
        <source>Undoing the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1885"/>
        <source>The import was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1893"/>
        <source>%n change(s) made since were kept.</source>
        <translation>
            <numerusform>%n change made since was kept.</numerusform>
            <numerusform>%n changes made since were kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1925"/>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1927"/>
        <source>Listing the contacts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="324"/>
        <source>Outbound (we contacted them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="327"/>
        <source>Inbound (they contacted us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="335"/>
        <source>Set the date and time to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="351"/>
        <source>What was it about, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="354"/>
        <source>What was said, what was agreed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="801"/>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="802"/>
        <source>How the complaint was resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="805"/>
        <source>e.g. Quote to send, call back in March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="361"/>
        <source>Satisfaction given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="379"/>
        <source>This is a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="381"/>
        <source>Complaints are followed until they are resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="498"/>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="507"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="508"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="509"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="511"/>
        <location filename="../../ui/interaction_dialog.py" line="804"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="422"/>
        <source>Save (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="317"/>
        <source>The contact&apos;s company, or type a company…</source>
        <extracomment>The fields the service validates, in the order they appear in the form. Channels where the customer usually comes to us. One colour per channel (the glyph is drawn white on it). Set while the form fills a field itself (not the user). The company was chosen by the user (not filled in from the contact or deal).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="319"/>
        <source>Optional: type a deal title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="337"/>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="342"/>
        <source>not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="343"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="369"/>
        <source>out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="370"/>
        <source>out of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="372"/>
        <source>Out of 10: the “would you recommend us” question (NPS). Out of 5: stars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="384"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="385"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="386"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="394"/>
        <source>Call &amp;back in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="397"/>
        <source>Creates a task to call back, due that day, with this interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="403"/>
        <source> day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="493"/>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="494"/>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="495"/>
        <source>Com&amp;pany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="496"/>
        <source>De&amp;al:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="762"/>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="763"/>
        <source>Log an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="764"/>
        <source>Log a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="765"/>
        <source>Log a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="766"/>
        <source>Log a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="767"/>
        <source>Log a text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="768"/>
        <source>Log a web contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="769"/>
        <source>Log a social media contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="770"/>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="777"/>
        <source>Edit interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="779"/>
        <source>Log an interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="817"/>
        <source>Call back {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="820"/>
        <source>Follow up: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="821"/>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobManager</name>
    <message>
        <location filename="../../ui/jobs.py" line="233"/>
        <source>Comptoir</source>
        <extracomment>A job&apos;s progress dialog appears only when the job lasts longer than this. Progress reports are passed to the main thread at most this often. The function&apos;s return value. The exception it raised (not emitted for a job stopped by Cancel). Emitted last, whatever happened. The progress dialog shown last (for tests and screenshots).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/jobs.py" line="234"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/jobs.py" line="235"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/jobs.py" line="254"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KanbanBoard</name>
    <message>
        <location filename="../../ui/kanban.py" line="785"/>
        <source>Move to the &amp;previous stage</source>
        <extracomment>The user wants a deal&apos;s file (Enter, double click). A deal was written from the board (a move, a quick edit). A short message for the status bar. A move was saved: deal id, stage id. The board was loaded. The current card changed (its deal id, or &quot;&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="791"/>
        <source>Move to the &amp;next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="796"/>
        <source>&amp;Quick edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="833"/>
        <source>There is no pipeline yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="835"/>
        <source>This pipeline has no stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="1004"/>
        <source>Deal saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="1097"/>
        <source>“%1” moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../ui/dashboard.py" line="314"/>
        <source>The situation right now, whatever the period.</source>
        <extracomment>The &quot;average predicted value&quot; indicator, in cents (None without a fit).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="316"/>
        <source>Previous period (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="319"/>
        <source>right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="319"/>
        <source>no comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="326"/>
        <source>pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="341"/>
        <source>Better than before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="341"/>
        <source>Worse than before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <location filename="../../ui/kanban.py" line="705"/>
        <source>Deal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="706"/>
        <source>Why was “%1” lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="710"/>
        <source>Mark as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="711"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>Contacts</source>
        <extracomment>Settings asked for the window to be made again: on another database (a Path), or on the same one (None) after a change of language. Where Back returns to: (pane, record id or None), the newest last. The RFM table and lifetime values, shared by the dashboard and the contact file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Contact file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <location filename="../../ui/main_window.py" line="977"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <location filename="../../ui/main_window.py" line="983"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1203"/>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1204"/>
        <source>C&amp;ompanies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1205"/>
        <source>&amp;Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1206"/>
        <source>&amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1207"/>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1208"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>Re&amp;fresh the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>Deal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>C&amp;ustom fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>Export &amp;orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>&amp;Accountant summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>&amp;Find in this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>&amp;Search everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>&amp;Log an interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>New &amp;task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>New &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>New c&amp;ompany…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>New &amp;deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>Contact &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="420"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423"/>
        <source>&amp;Recent changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <location filename="../../ui/main_window.py" line="911"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441"/>
        <source>&amp;About Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="529"/>
        <source>The database in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="575"/>
        <source>Choose a contact in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="638"/>
        <source>%1 — %Ln contact(s) listed.</source>
        <translation>
            <numerusform>%1 — %Ln contact listed.</numerusform>
            <numerusform>%1 — %Ln contacts listed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="722"/>
        <source>Interaction logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="730"/>
        <source>Task saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="766"/>
        <source>Contact created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="770"/>
        <source>Contact saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="780"/>
        <source>Company saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="798"/>
        <source>Deal saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="898"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="912"/>
        <source>Open the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="916"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="916"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="928"/>
        <source>The actions of the page shown are in the Edit and View menus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="943"/>
        <source>About Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="948"/>
        <source>A desktop CRM for small businesses: contacts, companies, deals, tasks and every interaction, on your own computer.

Free software under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1209"/>
        <source>P&amp;roducts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1210"/>
        <source>D&amp;uplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="975"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="981"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="990"/>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="995"/>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="1004"/>
        <source>(%n change(s) made since were kept as they are.)</source>
        <translation>
            <numerusform>(%n change made since was kept as it is.)</numerusform>
            <numerusform>(%n changes made since were kept as they are.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1018"/>
        <source>Undoing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="1049"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1072"/>
        <source>Welcome to Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1073"/>
        <source>Your database is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1076"/>
        <source>Start with an empty database and add your own customers, or explore Comptoir with the demo data of a small shop (%1 customers over %2 years). The demo data can be removed at once with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1084"/>
        <source>Explore with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1087"/>
        <source>Start with an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="1119"/>
        <source>Demo data ready: %n contact(s).</source>
        <translation>
            <numerusform>Demo data ready: %n contact.</numerusform>
            <numerusform>Demo data ready: %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1130"/>
        <source>Creating the demo data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="543"/>
        <source>&amp;Save as preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="546"/>
        <source>Keep this choice of columns under a name, for the next file like this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="548"/>
        <source>&amp;Delete preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="550"/>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="560"/>
        <source>Column of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="560"/>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="560"/>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="584"/>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="587"/>
        <source>Say what each column of the file holds; fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="598"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="608"/>
        <source>— Ignore —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="632"/>
        <source>(guessed from the titles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="674"/>
        <source>Required, not matched yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="678"/>
        <source>Chosen for more than one column: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="687"/>
        <source>%n column(s) imported</source>
        <translation>
            <numerusform>%n column imported</numerusform>
            <numerusform>%n columns imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="689"/>
        <source>%n column(s) ignored</source>
        <translation>
            <numerusform>%n column ignored</numerusform>
            <numerusform>%n columns ignored</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="712"/>
        <source>Save as preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="713"/>
        <source>Name of the preset (e.g. &quot;Web shop export&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="734"/>
        <source>Delete the preset “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="735"/>
        <source>The columns of this import stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="736"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="74"/>
        <source>Merge two contacts</source>
        <extracomment>Longest line of a value shown in a choice (the whole value is in its tooltip). Fields whose stored codes have labels. The records were merged: the survivor&apos;s id and the batch (to undo it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="76"/>
        <source>Merge two companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="100"/>
        <source>Choose, line by line, the value to keep. Everything attached to the other record moves to the one that is kept.</source>
        <extracomment>Field key -&gt; its button group (ids: 0 = A, 1 = B, 2 = both). Field key -&gt; the row&apos;s widgets (label and choices), for styling and tests.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="109"/>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="121"/>
        <source>Record %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="139"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="159"/>
        <source>Take all from A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="161"/>
        <source>Keep every value of record A that is not empty (Alt+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="163"/>
        <source>Take all from B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="165"/>
        <source>Keep every value of record B that is not empty (Alt+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge_dialog.py" line="174"/>
        <source>%n field(s) differ</source>
        <translation>
            <numerusform>%n field differs</numerusform>
            <numerusform>%n fields differ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="189"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="212"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="222"/>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="231"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="237"/>
        <source>No value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="242"/>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="244"/>
        <source>Keep both texts, one after the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="278"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="279"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="280"/>
        <source>Delivery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="281"/>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="282"/>
        <source>SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="283"/>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="284"/>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="285"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="286"/>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="287"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge_dialog.py" line="309"/>
        <location filename="../../ui/merge_dialog.py" line="365"/>
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge_dialog.py" line="310"/>
        <location filename="../../ui/merge_dialog.py" line="366"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge_dialog.py" line="313"/>
        <location filename="../../ui/merge_dialog.py" line="367"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge_dialog.py" line="315"/>
        <location filename="../../ui/merge_dialog.py" line="364"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge_dialog.py" line="368"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge_dialog.py" line="369"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge_dialog.py" line="370"/>
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge_dialog.py" line="371"/>
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="376"/>
        <source>Nothing else is attached to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="382"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="388"/>
        <source>Moving to “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="390"/>
        <source>“%1” will be deleted; the merge can be undone (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <location filename="../../ui/pdf_actions.py" line="84"/>
        <source>PDF documents (*.pdf)</source>
        <extracomment>Export PDF in the record files; the dashboard&apos;s report and call list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pdf_actions.py" line="132"/>
        <source>Export PDF — %1</source>
        <extracomment>Replaced in tests: the save dialog, and what opens the written file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pdf_actions.py" line="152"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/company_file.py" line="120"/>
        <source>Open the file of %1</source>
        <extracomment>Orders shown at first, and added by &quot;Show more orders&quot;. People rows visible before the table scrolls. Interactions shown at first (each is a rich widget: the page opens fast with a few), then &quot;Show older interactions&quot; adds ``TIMELINE_PAGE`` at a time. Open tasks and open deals listed before &quot;… and N more&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="134"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="135"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="136"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="137"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="138"/>
        <source>Last interaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelinePane</name>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="120"/>
        <source>&amp;New deal…</source>
        <extracomment>Set while several filters are changed at once (they are applied after).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="120"/>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="123"/>
        <source>&amp;Open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="123"/>
        <location filename="../../ui/pipeline_pane.py" line="353"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="126"/>
        <source>&amp;Edit deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="126"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="130"/>
        <source>Mark as &amp;won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="131"/>
        <location filename="../../ui/pipeline_pane.py" line="354"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="138"/>
        <source>Mark as &amp;lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="139"/>
        <location filename="../../ui/pipeline_pane.py" line="355"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="146"/>
        <source>Re&amp;open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="147"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="154"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="155"/>
        <location filename="../../ui/pipeline_pane.py" line="709"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="162"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="163"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="170"/>
        <source>Edit &amp;pipelines and stages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="171"/>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="181"/>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="182"/>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="183"/>
        <source>&amp;Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="224"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="242"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="253"/>
        <source>The pipeline shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="261"/>
        <source>Search title, contact, company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="352"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="360"/>
        <location filename="../../ui/pipeline_pane.py" line="362"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="367"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="369"/>
        <source>Show the deleted deals, to restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="373"/>
        <source>Expected close from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="375"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="414"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="428"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pipeline_pane.py" line="488"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="492"/>
        <source>weighted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pipeline_pane.py" line="499"/>
        <source>%n deleted deal(s)</source>
        <translation>
            <numerusform>%n deleted deal</numerusform>
            <numerusform>%n deleted deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pipeline_pane.py" line="501"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="649"/>
        <source>Deal saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="674"/>
        <source>Deal marked as won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="691"/>
        <source>Deal marked as lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="698"/>
        <source>Deal reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pipeline_pane.py" line="707"/>
        <source>Delete %n deal(s)?</source>
        <translation>
            <numerusform>Delete %n deal?</numerusform>
            <numerusform>Delete %n deals?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="708"/>
        <source>You can undo this with Edit ▸ Undo, or restore them from the deleted deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pipeline_pane.py" line="712"/>
        <source>%n deal(s) deleted.</source>
        <translation>
            <numerusform>%n deal deleted.</numerusform>
            <numerusform>%n deals deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pipeline_pane.py" line="724"/>
        <source>%n deal(s) restored.</source>
        <translation>
            <numerusform>%n deal restored.</numerusform>
            <numerusform>%n deals restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelinesDialog</name>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="52"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="53"/>
        <location filename="../../ui/pipelines_dialog.py" line="67"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="54"/>
        <location filename="../../ui/pipelines_dialog.py" line="68"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="63"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="64"/>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="65"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="66"/>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="102"/>
        <source>Pipelines and stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="127"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="129"/>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="133"/>
        <source>Make &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="135"/>
        <source>The board opens on the default pipeline; new deals go to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="138"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="141"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="144"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="157"/>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="165"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="165"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="165"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="165"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="182"/>
        <source>&amp;Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="183"/>
        <source>Move &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="185"/>
        <source>Move &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="188"/>
        <source>&amp;Delete stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="201"/>
        <source>Double-click (or F2) a name or a probability to change it. A deal moved to a won or lost stage is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="208"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="215"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="239"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pipelines_dialog.py" line="242"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="299"/>
        <source>Stages of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="345"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="346"/>
        <location filename="../../ui/pipelines_dialog.py" line="410"/>
        <location filename="../../ui/pipelines_dialog.py" line="508"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="354"/>
        <source>New pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="355"/>
        <source>Name of the new pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="365"/>
        <source>Rename pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="366"/>
        <source>New name of the pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="392"/>
        <source>Delete the pipeline “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="393"/>
        <location filename="../../ui/pipelines_dialog.py" line="488"/>
        <source>It holds no deals. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="394"/>
        <location filename="../../ui/pipelines_dialog.py" line="489"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="403"/>
        <source>Delete pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pipelines_dialog.py" line="405"/>
        <location filename="../../ui/pipelines_dialog.py" line="501"/>
        <source>“%1” holds %n deal(s). Move them to:</source>
        <translation>
            <numerusform>“%1” holds %n deal. Move it to:</numerusform>
            <numerusform>“%1” holds %n deals. Move them to:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="409"/>
        <location filename="../../ui/pipelines_dialog.py" line="507"/>
        <source>Move and delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="435"/>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="435"/>
        <source>Name of the new stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="487"/>
        <source>Delete the stage “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="499"/>
        <source>Delete stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../ui/product_dialog.py" line="239"/>
        <source>Edit product — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="241"/>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="271"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="274"/>
        <source>e.g. VIN-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="275"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="284"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="286"/>
        <source>The price of one unit, excluding VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="287"/>
        <source>&amp;Price excl. VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="289"/>
        <source>&amp;VAT rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="290"/>
        <source>Offered in new deal lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="292"/>
        <source>&amp;Active:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="296"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="307"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="311"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../ui/products_pane.py" line="130"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="130"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="152"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="153"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="154"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="155"/>
        <source>Price excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="156"/>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="157"/>
        <source>Price incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="158"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsPane</name>
    <message>
        <location filename="../../ui/products_pane.py" line="227"/>
        <source>&amp;New product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="228"/>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="235"/>
        <source>&amp;Edit product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="236"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="243"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="244"/>
        <location filename="../../ui/products_pane.py" line="446"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="251"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="252"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="259"/>
        <source>&amp;Activate or deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="260"/>
        <source>Activate / deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="277"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="289"/>
        <source>Search name, reference, category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="298"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="300"/>
        <source>Show the deleted products, to restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="358"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/products_pane.py" line="375"/>
        <source>%n deleted product(s)</source>
        <translation>
            <numerusform>%n deleted product</numerusform>
            <numerusform>%n deleted products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/products_pane.py" line="377"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="426"/>
        <source>Product saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/products_pane.py" line="444"/>
        <source>Delete %n product(s)?</source>
        <translation>
            <numerusform>Delete %n product?</numerusform>
            <numerusform>Delete %n products?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="445"/>
        <source>Deal lines keep their description and price. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/products_pane.py" line="449"/>
        <source>%n product(s) deleted.</source>
        <translation>
            <numerusform>%n product deleted.</numerusform>
            <numerusform>%n products deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/products_pane.py" line="459"/>
        <source>%n product(s) restored.</source>
        <translation>
            <numerusform>%n product restored.</numerusform>
            <numerusform>%n products restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/products_pane.py" line="472"/>
        <source>%n product(s) activated.</source>
        <translation>
            <numerusform>%n product activated.</numerusform>
            <numerusform>%n products activated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/products_pane.py" line="474"/>
        <source>%n product(s) deactivated.</source>
        <translation>
            <numerusform>%n product deactivated.</numerusform>
            <numerusform>%n products deactivated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="1063"/>
        <source>&amp;Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1065"/>
        <source>Stop now: nothing of this import is kept (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1079"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1082"/>
        <source>The import runs in the background; it is kept only when it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1086"/>
        <source>Importing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1100"/>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickEditDialog</name>
    <message>
        <location filename="../../ui/kanban.py" line="609"/>
        <source>Quick edit — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="628"/>
        <source>The total of the product lines (edit the deal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="629"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="637"/>
        <source>Stage default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="647"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="648"/>
        <source>&amp;Amount excl. VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="649"/>
        <source>Expected &amp;close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="650"/>
        <source>&amp;Probability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="654"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="656"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFileView</name>
    <message>
        <location filename="../../ui/record_file.py" line="346"/>
        <source>This record was deleted on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_file.py" line="361"/>
        <source>Nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_file.py" line="429"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_file.py" line="435"/>
        <source>Back to the list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_file.py" line="437"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_file.py" line="441"/>
        <source>Edit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_file.py" line="444"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_file.py" line="448"/>
        <source>Who changed what in this file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_file.py" line="499"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_file.py" line="501"/>
        <source>Put it back in the lists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../ui/record_picker.py" line="40"/>
        <source>Type a name, an e-mail or a phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_picker.py" line="41"/>
        <source>Type a company name, a city or a SIREN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_picker.py" line="42"/>
        <source>Type a deal title or a customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/record_picker.py" line="117"/>
        <source>No match for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message numerus="yes">
        <location filename="../../ui/reminders.py" line="353"/>
        <source>%n overdue task(s)</source>
        <extracomment>Show the Tasks pane on this view (&quot;overdue&quot;…). A task was written (done, snoozed).</extracomment>
        <translation>
            <numerusform>%n overdue task</numerusform>
            <numerusform>%n overdue tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders.py" line="355"/>
        <source>%n task(s) due now</source>
        <translation>
            <numerusform>%n task due now</numerusform>
            <numerusform>%n tasks due now</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="382"/>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="439"/>
        <source>Task completed — Ctrl+Z to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="454"/>
        <source>Snoozed until %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderToast</name>
    <message>
        <location filename="../../ui/reminders.py" line="109"/>
        <source>Later (the task stays in the list)</source>
        <extracomment>How often the service looks for tasks falling due. Snooze choices: code -&gt; delay (None: tomorrow at SNOOZE_MORNING). More tasks than this falling due at once make one summary card. How many titles a summary card lists. The card is closing (whatever closed it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="164"/>
        <location filename="../../ui/reminders.py" line="215"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="164"/>
        <source>Overdue task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="179"/>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="184"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="185"/>
        <source>Open the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="187"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="189"/>
        <source>Mark the task as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="196"/>
        <source>Snooze 10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="197"/>
        <source>Remind me again in 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="201"/>
        <source>In 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="202"/>
        <source>In 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="203"/>
        <source>In 3 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="204"/>
        <source>Tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders.py" line="220"/>
        <source>and %n more…</source>
        <translation>
            <numerusform>and %n more…</numerusform>
            <numerusform>and %n more…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="223"/>
        <source>Show the tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="226"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveComplaintDialog</name>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="894"/>
        <source>Resolve complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="908"/>
        <source>Complaint of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="917"/>
        <source>e.g. Replaced the product, credit note of 20 €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="929"/>
        <source>&amp;How was it resolved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="931"/>
        <source>Resolved &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="939"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="274"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="280"/>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="296"/>
        <source>&amp;Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="301"/>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>Settings</source>
        <extracomment>The language was changed (and its translations installed): &quot;system&quot;, &quot;fr&quot; or &quot;en&quot;. The user chose another database file (a Path) to work on. Custom fields were added, changed, moved or deleted (lists and forms need them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="61"/>
        <source>The window is shown again at once in the language chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="64"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74"/>
        <source>&amp;Open another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="88"/>
        <source>The file Comptoir works on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="92"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="94"/>
        <source>Your own fields on contacts, companies and deals (loyalty card, size…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <source>&amp;Custom fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>Company profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="110"/>
        <source>Your business&apos;s name, address, SIRET, VAT number and logo, for quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="114"/>
        <source>Company &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="126"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="181"/>
        <source>Comptoir databases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="182"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="188"/>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="192"/>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="370"/>
        <source>&amp;Sheets of the workbook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="381"/>
        <source>Hidden sheets are marked: they often hold lists for drop-downs or calculations rather than records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="387"/>
        <source>First rows of the sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="394"/>
        <source>Choose the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="397"/>
        <source>The workbook holds several sheets: which one holds the records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="407"/>
        <source>%1 — %Ln row(s)</source>
        <translation>
            <numerusform>%1 — %Ln row</numerusform>
            <numerusform>%1 — %Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="409"/>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../ui/kanban.py" line="517"/>
        <source>Collapse this column</source>
        <extracomment>−1 or +1: the user wants the focus in the previous / next column. Enter on a card.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="521"/>
        <source>Expand this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="554"/>
        <source>Default win probability of this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kanban.py" line="564"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="568"/>
        <source>Weighted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="570"/>
        <source>The amounts times their probability of being won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="573"/>
        <source>All closed deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kanban.py" line="575"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kanban.py" line="577"/>
        <source>The deals closed in the last %n day(s)</source>
        <translation>
            <numerusform>The deals closed in the last %n day</numerusform>
            <numerusform>The deals closed in the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../ui/summary_dialog.py" line="44"/>
        <source>Accountant summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="51"/>
        <source>An Excel workbook for your accountant: revenue by month, by customer and by product, and every order and credit note with its amounts excluding and including VAT. The totals are formulas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="67"/>
        <source>Other dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="70"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="89"/>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="93"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="125"/>
        <source>Accountant summary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="133"/>
        <source>Save the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="135"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="143"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="144"/>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="145"/>
        <source>By customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="146"/>
        <source>By product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="147"/>
        <location filename="../../ui/summary_dialog.py" line="154"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="148"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="149"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="150"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="151"/>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="152"/>
        <source>Exported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="153"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="155"/>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="156"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="157"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="158"/>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="159"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="160"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="161"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="162"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="163"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="164"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="165"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="166"/>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="167"/>
        <source>Amount excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="168"/>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="169"/>
        <source>Amount incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="170"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="171"/>
        <source>(no customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="172"/>
        <source>(no product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="174"/>
        <source>Amounts excluding VAT are left empty where the order has no lines (VAT unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="193"/>
        <source>Writing the accountant summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/summary_dialog.py" line="202"/>
        <source>%n order(s) and credit note(s), %1 including VAT, saved to %2.</source>
        <translation>
            <numerusform>%n order or credit note, %1 including VAT, saved to %2.</numerusform>
            <numerusform>%n orders and credit notes, %1 including VAT, saved to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="1123"/>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1124"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1125"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1126"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1127"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1151"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1151"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1153"/>
        <source>Save the &amp;rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1157"/>
        <source>An Excel file with the rejected rows and their reasons, to fix and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1160"/>
        <source>&amp;Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1162"/>
        <source>Remove everything this import created or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1163"/>
        <location filename="../../ui/import_wizard.py" line="1256"/>
        <source>&amp;Show the imported contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1189"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1192"/>
        <source>The import is one change in the history: it can be undone, even later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1201"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1203"/>
        <source>%Ln credit note(s)</source>
        <translation>
            <numerusform>%Ln credit note</numerusform>
            <numerusform>%Ln credit notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1205"/>
        <source>%Ln order line(s)</source>
        <translation>
            <numerusform>%Ln order line</numerusform>
            <numerusform>%Ln order lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1207"/>
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln new customer</numerusform>
            <numerusform>%Ln new customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1209"/>
        <source>%Ln new product(s)</source>
        <translation>
            <numerusform>%Ln new product</numerusform>
            <numerusform>%Ln new products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1211"/>
        <source>%Ln new company(ies)</source>
        <translation>
            <numerusform>%Ln new company</numerusform>
            <numerusform>%Ln new companies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1214"/>
        <source>Written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1227"/>
        <source>The import of “%1” is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1245"/>
        <source>Rejected rows and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1247"/>
        <source>No row was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1258"/>
        <source>&amp;Show their contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/task_dialog.py" line="98"/>
        <source>Edit task — %1</source>
        <extracomment>The reminder choices: code -&gt; how long before the due moment. The time of day an all-day task reminds at (its due moment is the end of the day). The time a due date gets when &quot;no time&quot; is unticked, when it has none yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="99"/>
        <source>Edit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="102"/>
        <source>Done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="116"/>
        <location filename="../../ui/task_dialog.py" line="117"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="165"/>
        <source>e.g. Call back about the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="178"/>
        <source>No &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="180"/>
        <source>Due on that day, at no particular time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="181"/>
        <source>No d&amp;ue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="196"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="197"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="198"/>
        <source>In 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="199"/>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="231"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="243"/>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="244"/>
        <location filename="../../ui/task_dialog.py" line="457"/>
        <source>At the due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="245"/>
        <source>15 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="246"/>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="247"/>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="252"/>
        <source>What to say, what to bring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="258"/>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="259"/>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="260"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="262"/>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="265"/>
        <source>Co&amp;mpany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="267"/>
        <source>De&amp;al:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="269"/>
        <source>&amp;Reminder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="271"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="278"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="281"/>
        <source>Save (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="286"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="403"/>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="455"/>
        <source>On the day, at 9:00</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../ui/task_table_model.py" line="90"/>
        <source>today %1</source>
        <extracomment>The columns, by the sort key ``app.tasks`` knows them by. Columns that name a linked record, and the kind of record.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="92"/>
        <source>yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="94"/>
        <source>tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/task_table_model.py" line="96"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/task_table_model.py" line="98"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="112"/>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="115"/>
        <source>%1, no particular time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="119"/>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="121"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="123"/>
        <source>Reminder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="127"/>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="172"/>
        <source>Task</source>
        <extracomment>The user ticked (True) or unticked (False) the done box of a task.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="173"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="174"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="175"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="176"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="177"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="178"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="199"/>
        <source>Mark as not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="199"/>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="205"/>
        <source>%1 — double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="281"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksPane</name>
    <message>
        <location filename="../../ui/tasks_pane.py" line="138"/>
        <source>&amp;New task…</source>
        <extracomment>The owner filter&apos;s special choices. The dialog open now (new/edit task, export), for tests and to avoid piling up.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="142"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="146"/>
        <source>&amp;Edit task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="150"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="154"/>
        <source>Edit task (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="164"/>
        <location filename="../../ui/tasks_pane.py" line="582"/>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="168"/>
        <location filename="../../ui/tasks_pane.py" line="249"/>
        <location filename="../../ui/tasks_pane.py" line="584"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="172"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="180"/>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="184"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="188"/>
        <source>Open &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="195"/>
        <source>Open c&amp;ompany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="202"/>
        <source>Open de&amp;al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="209"/>
        <source>&amp;Find a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="246"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="247"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="248"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="250"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="254"/>
        <location filename="../../ui/tasks_pane.py" line="270"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="290"/>
        <source>Search tasks, contacts, companies, deals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="301"/>
        <source>Whose tasks to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="458"/>
        <source>Everyone&apos;s tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="459"/>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="507"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasks_pane.py" line="512"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="522"/>
        <source>No tasks match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="526"/>
        <source>Nothing due today.
Plan a call or a visit with New task (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="527"/>
        <source>Nothing overdue. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="528"/>
        <source>Nothing planned ahead.
Create a task with New task (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="529"/>
        <source>No completed tasks yet.
Tick a task&apos;s box when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="530"/>
        <source>No tasks yet.
Create the first one with New task (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="534"/>
        <source>(Only the tasks of the chosen owner are shown.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="582"/>
        <source>Mark as not &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="584"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="607"/>
        <source>Task created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="623"/>
        <source>Task saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="633"/>
        <source>It is not in this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasks_pane.py" line="676"/>
        <source>%n task(s) completed — %1 to undo</source>
        <translation>
            <numerusform>%n task completed — %1 to undo</numerusform>
            <numerusform>%n tasks completed — %1 to undo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasks_pane.py" line="678"/>
        <source>%n task(s) reopened — %1 to undo</source>
        <translation>
            <numerusform>%n task reopened — %1 to undo</numerusform>
            <numerusform>%n tasks reopened — %1 to undo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasks_pane.py" line="698"/>
        <source>%n task(s) deleted — %1 to undo</source>
        <translation>
            <numerusform>%n task deleted — %1 to undo</numerusform>
            <numerusform>%n tasks deleted — %1 to undo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="763"/>
        <source>Export tasks to a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="767"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="770"/>
        <source>comptoir-tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="782"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="783"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="784"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="785"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="786"/>
        <source>Comptoir tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="803"/>
        <source>Exporting tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasks_pane.py" line="810"/>
        <source>%n task(s) exported to %1.</source>
        <translation>
            <numerusform>%n task exported to %1.</numerusform>
            <numerusform>%n tasks exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasks_pane.py" line="815"/>
        <source>%n task(s) without a due date left out (a calendar event needs a date).</source>
        <translation>
            <numerusform>%n task without a due date left out (a calendar event needs a date).</numerusform>
            <numerusform>%n tasks without a due date left out (a calendar event needs a date).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineActions</name>
    <message>
        <location filename="../../ui/timeline.py" line="368"/>
        <source>Interaction saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="376"/>
        <source>Complaint resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="390"/>
        <source>Complaint reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="399"/>
        <source>Delete this interaction?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="400"/>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="401"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="416"/>
        <source>Interaction deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineCard</name>
    <message>
        <location filename="../../ui/timeline.py" line="90"/>
        <source>Interactions</source>
        <extracomment>How many entries are shown at first, and added by &quot;Show older interactions&quot;. The user wants to edit / resolve / reopen / delete an interaction (its id). The user wants to see a record&apos;s file: kind (&quot;contact&quot;, &quot;deal&quot;), id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="100"/>
        <source>No interaction yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="113"/>
        <source>Show older interactions ({count} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="133"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="138"/>
        <source>&amp;Resolve complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="142"/>
        <source>Re&amp;open complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="151"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="159"/>
        <source>Open {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="166"/>
        <source>Open the deal “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="204"/>
        <source>Complaint resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="204"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="209"/>
        <source>Resolved on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="226"/>
        <source>Edit, resolve or delete this interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="227"/>
        <source>Actions on this interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="241"/>
        <source>Resolution: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="243"/>
        <source>Outcome: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="246"/>
        <source>Satisfaction: {score}/{scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="262"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="266"/>
        <source>with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="269"/>
        <source>deal “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="271"/>
        <source>by {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>analytics</name>
    <message>
        <location filename="../../app/analytics/kpis.py" line="188"/>
        <source>Customers</source>
        <extracomment>The kinds of value a KPI holds (how it is formatted). NPS: a 0–10 score of 9 or 10 is a promoter, 0 to 6 a detractor. The share of the best buyers whose revenue share is reported. True for a snapshot of the present (no previous value). Every KPI, in display order. Labels and descriptions use the &quot;analytics&quot; context.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="191"/>
        <source>Contacts who have bought at least once, up to the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="197"/>
        <source>Active customers (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="200"/>
        <source>Customers who bought in the 12 months ending on the period&apos;s last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="206"/>
        <location filename="../../app/analytics/smart_lists.py" line="95"/>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="209"/>
        <source>Customers whose very first order is in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="213"/>
        <source>Lost customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="216"/>
        <source>Customers who bought 24 to 12 months before the period&apos;s last day, but not in the last 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="224"/>
        <source>Retention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="227"/>
        <source>Share of the previous period&apos;s buyers who bought again in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="233"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="236"/>
        <source>Orders minus credit notes dated in the period, VAT included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="242"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="245"/>
        <source>Number of orders in the period (credit notes excluded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="249"/>
        <source>Average basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="252"/>
        <source>Total of the period&apos;s orders divided by their number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="256"/>
        <source>Purchase frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="259"/>
        <source>Orders per buyer in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="263"/>
        <source>Revenue from the best 20 % of buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="266"/>
        <source>Share of the buyers&apos; revenue made by the best 20 % of them (lower means less dependence on a few customers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="274"/>
        <source>Average predicted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="277"/>
        <source>Mean value a customer is expected to bring in the next 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="284"/>
        <source>Open pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="287"/>
        <source>Total amount of the open deals, now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="292"/>
        <source>Weighted pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="295"/>
        <source>Open deals&apos; amounts times their probability of being won, now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="302"/>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="305"/>
        <source>Share of the deals closed in the period that were won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="309"/>
        <source>Average sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="312"/>
        <source>Mean number of days from creation to win of the deals won in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="318"/>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="321"/>
        <source>Tasks not done whose due time has passed, now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="326"/>
        <source>Average satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="329"/>
        <source>Mean satisfaction score given in the period, out of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="333"/>
        <source>Net Promoter Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="336"/>
        <source>Percentage of 0–10 scores of 9 or 10, minus the percentage of 0 to 6, in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="343"/>
        <source>Open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="346"/>
        <source>Complaints not resolved yet, now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="29"/>
        <source>Keep loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="30"/>
        <source>Develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="31"/>
        <source>Win back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="32"/>
        <source>Rationalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="71"/>
        <source>Champions</source>
        <extracomment>The four strategies, from the best customers to the least worth spending on. The segments in display order, best first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="73"/>
        <source>Thank them: early access to new products, invite them to tastings; ask for reviews and referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="78"/>
        <source>Bought very recently and buy the most often: your best customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="84"/>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="86"/>
        <source>Reward their loyalty: a loyalty card or a gift at the next visit; suggest products that go with what they usually buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="91"/>
        <source>Buy often and came back not long ago: regulars to look after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="97"/>
        <source>Potential loyalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="99"/>
        <source>Offer the loyalty card and a reason to come back soon: a tasting, a seasonal selection, a bundle offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="104"/>
        <source>Recent customers who have bought a few times: future regulars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="110"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="112"/>
        <source>Welcome them: a thank-you message with the shop&apos;s story and tips on what they bought, and a small discount on their second visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="117"/>
        <source>Very recent customers with very few orders: often a first purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="123"/>
        <source>Promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="125"/>
        <source>Make them come back: invite them to the next tasting or event, send the newsletter with a small welcome-back offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="130"/>
        <source>Bought fairly recently, but very few times so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="134"/>
        <source>Need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="136"/>
        <source>Get back in touch personally: a call or a note with a selection chosen for them and a limited-time offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="141"/>
        <source>Average on recency and frequency, and their last purchase is getting older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="148"/>
        <source>About to sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="150"/>
        <source>Wake them up before they forget the shop: a seasonal reminder (Christmas, summer wines) with a time-limited discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="155"/>
        <source>Few orders, the last one a while ago: they are starting to forget the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="162"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="164"/>
        <source>Win them back: a personal message reminding them of what they liked, with a generous offer; ask whether anything went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="169"/>
        <source>Used to buy fairly often, but not for a long time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="173"/>
        <source>Can&apos;t lose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="175"/>
        <source>Call them yourself: find out why they stopped coming, fix it, and invite them back with a special gesture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="180"/>
        <source>Among the customers who bought the most often, but not for a long time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="187"/>
        <source>Hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="189"/>
        <source>Spend little on them: keep them in the general newsletter only, and stop costly mailings if they do not react.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="194"/>
        <source>Bought rarely, and long ago: little to gain from costly efforts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="76"/>
        <source>Best customers</source>
        <extracomment>RFM segments of the best customers, and of the high potential ones without a CLV model. The segments where inactive customers are mostly found (for the description only). High potential: the best share of predicted values, among customers at least this likely to be still active. New customers: first order less than this many days ago (today counts as day 0). Inactive customers: no order for more than this many days. Dissatisfied: a latest score at or below this, out of 10. The built-in smart lists, in display order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="77"/>
        <source>Champions and loyal customers (RFM segments): they bought recently and buy often. Thank them and keep them loyal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="85"/>
        <source>High potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="86"/>
        <source>The 20 % of customers with the highest predicted value among those probably still active (50 % or more); without a lifetime-value model, the potential loyalists and promising customers (RFM segments). Develop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="96"/>
        <source>Customers whose first order is less than 90 days old. Welcome them and give them a reason to come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="104"/>
        <source>Inactive customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="105"/>
        <source>Customers whose last order is more than 365 days old (mostly the at risk, can&apos;t lose them and hibernating segments). Win them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="113"/>
        <source>Dissatisfied customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="114"/>
        <source>Contacts whose latest satisfaction score is 6 out of 10 or less, or who have a complaint not resolved yet. Call them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="122"/>
        <source>Former customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="123"/>
        <source>Contacts whose status is former customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="127"/>
        <source>Prospects never converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="128"/>
        <source>Contacts whose status is prospect and who have never ordered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>batches</name>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>New contact %1</source>
        <extracomment>The panes listed in the navigation, in order (Ctrl+1 … Ctrl+8). The files of records, and the navigation entry each belongs to. The panes ``show_pane`` knows. The navigation entry each pane belongs to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>Edit contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>Restore %n contact</numerusform>
            <numerusform>Restore %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Tag %n contact(s): %1</source>
        <translation>
            <numerusform>Tag %n contact: %1</numerusform>
            <numerusform>Tag %n contacts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Untag %n contact(s): %1</source>
        <translation>
            <numerusform>Untag %n contact: %1</numerusform>
            <numerusform>Untag %n contacts: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>New company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Edit company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Delete %n company(ies)</source>
        <translation>
            <numerusform>Delete %n company</numerusform>
            <numerusform>Delete %n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Restore %n company(ies)</source>
        <translation>
            <numerusform>Restore %n company</numerusform>
            <numerusform>Restore %n companies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>New deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Edit deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Move deal %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Mark deal %1 as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Mark deal %1 as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Reopen deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>New task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Edit task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Complete task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="169"/>
        <source>Complete %n task(s)</source>
        <translation>
            <numerusform>Complete %n task</numerusform>
            <numerusform>Complete %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Reopen task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Delete task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Snooze task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>Log %2: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Edit interaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Resolve complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Merge contact %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>Merge company %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>web contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>social media message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../ui/charts.py" line="142"/>
        <source>Computing…</source>
        <extracomment>The Okabe–Ito palette (Okabe &amp; Ito 2008): distinguishable with every colour vision. The order colours are handed out in (strongest contrast on a light background first). A sequential map from the background to Okabe–Ito blue: its lightness falls steadily, so it reads the same in grey or to a colour-blind eye. The smallest font size used in a chart, in points. Pareto curves and other long series are drawn with at most this many points. What the user clicked (its type depends on the chart). How many times the figure was drawn (benchmarks and tests).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="299"/>
        <location filename="../../ui/charts.py" line="585"/>
        <source>No sales in this period.</source>
        <extracomment>What a click on the Pareto chart asks for.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="311"/>
        <location filename="../../ui/charts.py" line="343"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="324"/>
        <location filename="../../ui/charts.py" line="344"/>
        <source>A year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="368"/>
        <source>A year earlier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="374"/>
        <source>Click to list the buyers of this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="400"/>
        <location filename="../../ui/charts.py" line="496"/>
        <source>No customers with orders yet.</source>
        <extracomment>The strategy&apos;s label (bars of one strategy share a colour).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="421"/>
        <source>%1 · %2 of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/charts.py" line="469"/>
        <source>%Ln customer(s), %1 of revenue</source>
        <translation>
            <numerusform>%Ln customer, %1 of revenue</numerusform>
            <numerusform>%Ln customers, %1 of revenue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/charts.py" line="555"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/charts.py" line="734"/>
        <source>First purchase in %1: %Ln customer(s)</source>
        <translation>
            <numerusform>First purchase in %1: %Ln customer</numerusform>
            <numerusform>First purchase in %1: %Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="472"/>
        <source>Strategy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="473"/>
        <location filename="../../ui/charts.py" line="558"/>
        <source>Click to list these customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="540"/>
        <source>Frequency score (5 = most orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="541"/>
        <source>Recency score (5 = most recent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="610"/>
        <source>The best 20 % of customers
make %1 of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="627"/>
        <source>Share of customers, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="628"/>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="635"/>
        <source>Click to list the best 20 % of customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="658"/>
        <source>No first purchases in these months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="721"/>
        <source>Months since the first purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="737"/>
        <source>Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="764"/>
        <source>No open deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/charts.py" line="783"/>
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln deal</numerusform>
            <numerusform>%Ln deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/charts.py" line="809"/>
        <source>%Ln open deal(s)</source>
        <translation>
            <numerusform>%Ln open deal</numerusform>
            <numerusform>%Ln open deals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="810"/>
        <source>Amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="813"/>
        <source>Weighted by probability: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="816"/>
        <source>Click to list these contacts.</source>
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
        <location filename="../../ui/contact_dialog.py" line="77"/>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="78"/>
        <source>Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="79"/>
        <source>Switzerland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="80"/>
        <source>Luxembourg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="81"/>
        <source>Monaco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="82"/>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="83"/>
        <source>Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="84"/>
        <source>Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="85"/>
        <source>Portugal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="86"/>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="87"/>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="88"/>
        <source>Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="89"/>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="90"/>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="91"/>
        <source>Morocco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="92"/>
        <source>Algeria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="93"/>
        <source>Tunisia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="94"/>
        <source>Senegal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../ui/dashboard.py" line="172"/>
        <source>%1 d</source>
        <extracomment>The period choices, in the selector&apos;s order. The revenue chart shows at least this many months. Colours of a change for the better and for the worse (Okabe–Ito bluish green and vermillion, darkened for text contrast), always with ▲/▼ so colour is never alone. The narrowest a KPI tile gets, in pixels. The indicator that needs the lifetime-value fit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../app/documents/calls.py" line="33"/>
        <source>Call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/calls.py" line="133"/>
        <source>{count} contact(s) · {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/calls.py" line="144"/>
        <location filename="../../app/documents/customer.py" line="634"/>
        <location filename="../../app/documents/customer.py" line="656"/>
        <location filename="../../app/documents/customer.py" line="684"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/calls.py" line="145"/>
        <location filename="../../app/documents/customer.py" line="126"/>
        <location filename="../../app/documents/customer.py" line="384"/>
        <location filename="../../app/documents/customer.py" line="471"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/calls.py" line="146"/>
        <location filename="../../app/documents/customer.py" line="472"/>
        <source>Last interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/calls.py" line="147"/>
        <location filename="../../app/documents/customer.py" line="188"/>
        <location filename="../../app/documents/dashboard.py" line="353"/>
        <location filename="../../app/documents/dashboard.py" line="399"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/calls.py" line="148"/>
        <location filename="../../app/documents/customer.py" line="304"/>
        <location filename="../../app/documents/customer.py" line="517"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/calls.py" line="183"/>
        <source>Nobody to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="51"/>
        <source>Customer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="52"/>
        <source>Company file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="106"/>
        <source>No. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="124"/>
        <location filename="../../app/documents/customer.py" line="385"/>
        <location filename="../../app/documents/customer.py" line="470"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="125"/>
        <source>Second e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="127"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="128"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="129"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="135"/>
        <location filename="../../app/documents/dashboard.py" line="395"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="136"/>
        <location filename="../../app/documents/customer.py" line="469"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="137"/>
        <location filename="../../app/documents/customer.py" line="281"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="139"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="143"/>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="146"/>
        <location filename="../../app/documents/customer.py" line="377"/>
        <source>Account manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="147"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="148"/>
        <location filename="../../app/documents/customer.py" line="378"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="149"/>
        <location filename="../../app/documents/customer.py" line="425"/>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="155"/>
        <location filename="../../app/documents/customer.py" line="395"/>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="156"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="162"/>
        <source>Total spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="166"/>
        <location filename="../../app/documents/customer.py" line="413"/>
        <location filename="../../app/documents/dashboard.py" line="396"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="168"/>
        <location filename="../../app/documents/customer.py" line="415"/>
        <source>Average basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="173"/>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="181"/>
        <source>RFM scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="183"/>
        <source>1 = lowest, 5 = best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="196"/>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="198"/>
        <source>No purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="204"/>
        <source>Probability still active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="211"/>
        <location filename="../../app/documents/customer.py" line="223"/>
        <source>Predicted value (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="220"/>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="227"/>
        <location filename="../../app/documents/customer.py" line="448"/>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="235"/>
        <source>Suggested action: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="245"/>
        <location filename="../../app/documents/customer.py" line="488"/>
        <source>Latest orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="252"/>
        <location filename="../../app/documents/customer.py" line="430"/>
        <location filename="../../app/documents/customer.py" line="495"/>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="259"/>
        <location filename="../../app/documents/customer.py" line="502"/>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="275"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="279"/>
        <location filename="../../app/documents/customer.py" line="681"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="280"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="282"/>
        <source>Recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="289"/>
        <source>No consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="296"/>
        <location filename="../../app/documents/customer.py" line="509"/>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="371"/>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="372"/>
        <source>SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="373"/>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="374"/>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="375"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="376"/>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="386"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="387"/>
        <source>Head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="388"/>
        <source>Delivery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="394"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="401"/>
        <source>Total revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="406"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="409"/>
        <source>Last year: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="420"/>
        <source>Last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="433"/>
        <location filename="../../app/documents/customer.py" line="441"/>
        <source>{count} deal(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="438"/>
        <source>Deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="464"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="468"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="480"/>
        <source>Nobody recorded at this company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="542"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="543"/>
        <source>{days} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="550"/>
        <source>Purchases over the last 24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="556"/>
        <source>No purchase in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="574"/>
        <source>No order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="587"/>
        <location filename="../../app/documents/customer.py" line="680"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="588"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="589"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="590"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="591"/>
        <location filename="../../app/documents/quote.py" line="517"/>
        <source>Total incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="602"/>
        <source>The {shown} latest of {total} orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="628"/>
        <location filename="../../app/documents/dashboard.py" line="302"/>
        <source>No open deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="630"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="631"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="636"/>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="637"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="653"/>
        <source>No open task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="654"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="658"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="659"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="677"/>
        <source>No interaction recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="686"/>
        <source>Subject and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="687"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="695"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="708"/>
        <source>The {shown} latest of {total} interactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="45"/>
        <source>Dashboard report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="121"/>
        <source>{days} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="138"/>
        <source>{points} pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="219"/>
        <source>{start} – {end}, compared with {pstart} – {pend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="230"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="249"/>
        <source>Key indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="253"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="254"/>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="255"/>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="256"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="276"/>
        <location filename="../../app/documents/dashboard.py" line="397"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="277"/>
        <source>Same month a year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="281"/>
        <source>Revenue per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="289"/>
        <source>{amount} · {count} deal(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="298"/>
        <source>Open pipeline per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="327"/>
        <source>Customers per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="331"/>
        <source>Recency (R) × frequency (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="337"/>
        <source>5 = most recent, most frequent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="345"/>
        <source>RFM segments as of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="354"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="355"/>
        <source>Share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="356"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="357"/>
        <source>Suggested action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="387"/>
        <source>The {count} best customers of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="394"/>
        <location filename="../../app/documents/quote.py" line="332"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="398"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="408"/>
        <source>No sale in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="55"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="294"/>
        <location filename="../../app/documents/quote.py" line="343"/>
        <source>SIRET {siret}</source>
        <extracomment>True when this call recorded the quote (False: printed again).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="299"/>
        <location filename="../../app/documents/quote.py" line="350"/>
        <source>VAT {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="307"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="315"/>
        <source>Date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="320"/>
        <source>Valid until: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="372"/>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="387"/>
        <source>Ref. {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="408"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="409"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="410"/>
        <source>Unit price excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="411"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="412"/>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="413"/>
        <location filename="../../app/documents/quote.py" line="495"/>
        <source>Total excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="427"/>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="438"/>
        <source>This quote is valid until {date}. Prices in {currency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="453"/>
        <source>Date, signature and stamp of the customer, preceded by the words “Good for approval”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="504"/>
        <source>VAT {rate} on {base}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/render.py" line="95"/>
        <source>Page {page} / {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/render.py" line="96"/>
        <source>Printed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../../app/duplicates.py" line="93"/>
        <source>Reading the records…</source>
        <extracomment>Why two records look like one (``DuplicatePair.reasons`` holds them in this order). Scores of the exact keys (e-mail and phone as in ``ContactService.find_duplicates``). The same SIREN but two different SIRETs: two establishments of one firm, maybe on purpose. Added for each further reason that agrees (the same phone *and* a similar name…). The similarity given to a name and its abbreviation (&quot;M. Blanc&quot;, &quot;Marie Blanc&quot;). Names less similar than this are different people (&quot;Sylvie&quot; and &quot;Sarah Meunier&quot;), whatever they share: a family&apos;s e-mail, a shop&apos;s phone. Two words of names this similar may be one word misspelt (&quot;dupont&quot;, &quot;dupond&quot;). Taken from a name-only match for each key both records know and do not share. Groups (of one e-mail, one phone, one name in one place) up to this size give every pair; bigger ones are linked to their oldest member only (k - 1 pairs, not k²/2). Distinct names compared at once against a block (bounds memory: rows × block bytes). Words of company names that say nothing about which company it is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/duplicates.py" line="94"/>
        <source>Comparing e-mails and phone numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/duplicates.py" line="95"/>
        <source>Comparing names, place by place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/duplicates.py" line="96"/>
        <source>Scoring the pairs…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/application.py" line="113"/>
        <location filename="../../ui/errors.py" line="93"/>
        <location filename="../../ui/errors.py" line="121"/>
        <source>Comptoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="50"/>
        <location filename="../../ui/contact_dialog.py" line="70"/>
        <location filename="../../ui/deal_dialog.py" line="78"/>
        <source>This number is not valid.</source>
        <extracomment>The entities that have custom fields, and the table holding their values.
----------
Fields after whose edit the dialog looks for likely duplicates.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="51"/>
        <source>Answer yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="52"/>
        <source>Give the field a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="53"/>
        <source>Another field already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="54"/>
        <source>Choose the type of the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="55"/>
        <source>Give at least one choice, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="56"/>
        <source>Give at most 200 choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="57"/>
        <source>This custom field no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="58"/>
        <source>The field “{label}” already holds values in {count} record(s): its type can only change between Text and Choice. Create a new field for the new type instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screenshot.py" line="16"/>
        <source>There is no contact to show in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screenshot.py" line="17"/>
        <source>There is nothing of this kind to show in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/contacts.py" line="610"/>
        <location filename="../../app/merge.py" line="60"/>
        <location filename="../../app/tasks.py" line="49"/>
        <source>This contact no longer exists.</source>
        <extracomment>Only these contacts (a segment, a smart list…), still searched, filtered and sorted. Conditions on custom fields (all must hold). Sort keys &quot;custom:&lt;key&gt;&quot; sort on one. The stored custom values, by field key. Why it looks like the same person: &quot;email&quot;, &quot;phone&quot; or &quot;name&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="82"/>
        <source>There is no batch {batch_id} in this database.</source>
        <extracomment>Rows that belong to a contact through their ``contact_id`` column. Conflict reasons.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="83"/>
        <source>Several batches start with {batch_id}: give more of the batch id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="86"/>
        <source>The batch “{label}” was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="87"/>
        <source>The batch “{label}” was made by Comptoir itself and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="90"/>
        <source>“{label}” issued a numbered document: it is kept as issued and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="94"/>
        <source>Nothing in the batch “{label}” can be undone: all its changes were changed or removed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="98"/>
        <source>The batch “{label}” cannot be undone: the database refused it ({detail}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="30"/>
        <source>Say in a few words what it was about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="31"/>
        <source>The satisfaction score goes from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="32"/>
        <source>A satisfaction score out of 5 goes from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="33"/>
        <source>Satisfaction is given out of 5 or out of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="34"/>
        <source>An interaction cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="35"/>
        <source>Choose the contact, the company or the deal it concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="36"/>
        <source>This contact does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="37"/>
        <source>This company does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="38"/>
        <source>This deal does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="39"/>
        <source>A duration goes from 0 to 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="40"/>
        <source>A complaint is open or resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="41"/>
        <source>A complaint cannot be resolved in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="42"/>
        <source>A complaint cannot be resolved before it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="45"/>
        <source>Call back in 0 to 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="46"/>
        <source>This interaction does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="47"/>
        <source>This interaction is not a complaint.</source>
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
        <location filename="../../app/tasks.py" line="46"/>
        <source>Give the task a title.</source>
        <extracomment>The views of the Tasks pane. The sort keys (the Tasks table&apos;s columns); &quot;&quot; is the view&apos;s natural order. The local time of day that marks a task due &quot;all day&quot; (no particular time).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tasks.py" line="47"/>
        <source>A task title has at most 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tasks.py" line="48"/>
        <location filename="../../app/validation.py" line="29"/>
        <source>This value is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tasks.py" line="52"/>
        <source>This user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tasks.py" line="53"/>
        <source>This interaction no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/tasks.py" line="54"/>
        <source>This task no longer exists.</source>
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
    <message>
        <location filename="../../app/tables.py" line="18"/>
        <source>Choose a .csv or .xlsx file name (not {name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="69"/>
        <source>Choose a .xlsx, .csv or .vcf file name (not “{name}”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="70"/>
        <source>Only contacts can be exported as vCards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="71"/>
        <source>Nothing called “{kind}” can be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="72"/>
        <source>The list has no column “{column}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="73"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="74"/>
        <source>Cannot replace {path}: the file is open in another program (Excel?) or read-only. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="79"/>
        <source>You may not write in the folder {folder}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="82"/>
        <source>The disk is full: {path} could not be written. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="85"/>
        <location filename="../../app/tables.py" line="19"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="86"/>
        <source>vCard export is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/clv.py" line="89"/>
        <source>Lifetime value needs the purchase history of at least {needed} customers; there are only {found}.</source>
        <extracomment>Weeks in an average month (365.25 / 12 / 7), for the monthly value sum. Months summed in the predicted value. The fewest customers, and repeat buyers among them, a fit is attempted with. Every parameter is searched in [LOWER, UPPER] (times the data&apos;s scale for v). A fitted log-parameter closer than this to a bound is &quot;at the bound&quot; (1 %). The fit has converged when every component of the gradient of the mean negative log-likelihood with respect to the log-parameters is below this. Near a = 1 the expected-purchases formula is 0/0: it is evaluated on either side.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/clv.py" line="94"/>
        <source>Lifetime value needs at least {needed} repeat customers (who bought on two different days or more); there are only {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/clv.py" line="99"/>
        <source>The {model} model could not be fitted to this purchase history (the calculation did not converge), so no lifetime values were computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/clv.py" line="104"/>
        <source>The {model} model does not fit this purchase history (its parameter {parameter} ran to its limit), so no lifetime values were computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/clv.py" line="109"/>
        <source>The spending model does not fit this purchase history (q = {q}, so the average spend would be infinite), so no lifetime values were computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/clv.py" line="114"/>
        <source>The lifetime values of this purchase history could not be computed (a calculation overflowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/commands.py" line="18"/>
        <source>Not a date: {text} (write it as 2025-12-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/commands.py" line="87"/>
        <source>The horizon is between 1 and 520 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="59"/>
        <source>A period must start on or before its last day (not {start} to {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/calendar.py" line="49"/>
        <location filename="../../app/documents/render.py" line="92"/>
        <source>The file {path} cannot be written ({detail}).</source>
        <extracomment>The moment an all-day task&apos;s reminder is relative to (as in the task dialog). RFC 5545 priorities: 1 is the highest, 9 the lowest, 0 undefined. The English labels of the description lines; the GUI passes translated ones.
----------
The width of the text frame.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/companies.py" line="58"/>
        <source>Give the company&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/companies.py" line="59"/>
        <source>This website address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/companies.py" line="60"/>
        <source>A country is given by its 2-letter code (FR, BE…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/companies.py" line="792"/>
        <location filename="../../app/merge.py" line="61"/>
        <location filename="../../app/tasks.py" line="50"/>
        <source>This company no longer exists.</source>
        <extracomment>Head-count ranges of INSEE, as stored (&quot;5000+&quot;: 5,000 employees or more). Codes written by earlier versions, still accepted and shown. The revenue shown in the list: the orders of the last 365 days. A column key: &quot;name&quot;, &quot;siren&quot;, &quot;city&quot;, &quot;postcode&quot;, &quot;sector&quot;, &quot;size&quot;, &quot;people&quot;, &quot;revenue&quot;, &quot;last_interaction&quot;, &quot;tags&quot;, &quot;updated&quot;, &quot;created&quot; or &quot;custom:&lt;key&gt;&quot;. Only these companies, still searched, filtered and sorted. Conditions on custom fields: ``app.custom_fields.CustomFilter`` values or (key, operator, value) tuples (operators: see ``_custom_filter``). How many (live) people work there. Revenue of the last 12 months, in cents (credit notes deducted). Why it looks like the same company: &quot;siren&quot;, &quot;siret&quot;, &quot;vat&quot; or &quot;name&quot;. Sorts by a figure computed over other tables (see ``_figure``). Sorts by words, accent-free (done in Python: a few thousand companies at most).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="31"/>
        <source>A SIREN number has 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="32"/>
        <source>This SIREN number is not valid: its check digit is wrong (a typing mistake?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="35"/>
        <source>A SIRET number has 14 digits: the 9 of the SIREN, then 5 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="38"/>
        <source>This SIRET number is not valid: its check digit is wrong (a typing mistake?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="41"/>
        <source>The first 9 digits of this SIRET are not a valid SIREN number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="44"/>
        <source>This SIRET does not begin with the company&apos;s SIREN number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="47"/>
        <source>A VAT number begins with the code of its country (FR, BE, DE…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="50"/>
        <source>This VAT number does not have the format of its country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="53"/>
        <source>A French VAT number is FR, a 2-character key and the 9-digit SIREN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="56"/>
        <source>The SIREN inside this VAT number is not valid: its check digit is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="59"/>
        <source>The key of this VAT number does not match its SIREN (a typing mistake?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="62"/>
        <source>This VAT number is not that of the SIREN given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/merge.py" line="59"/>
        <source>A record cannot be merged with itself.</source>
        <extracomment>Choices for a field: keep the survivor&apos;s value, take the other&apos;s, or (notes) both. Sides of a preview. The prefix of a custom field&apos;s key among the fields. Between the two texts of notes kept both.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/merge.py" line="62"/>
        <source>“{name}” was deleted or merged in the meantime: it cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/merge.py" line="65"/>
        <source>There is no field “{field}” to choose for a merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="56"/>
        <source>This pipeline no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="57"/>
        <source>This stage no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="58"/>
        <location filename="../../app/tasks.py" line="51"/>
        <source>This deal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="59"/>
        <source>Give the pipeline a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="60"/>
        <source>Give the stage a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="61"/>
        <source>A probability goes from 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="62"/>
        <source>A stage is open, won or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="63"/>
        <source>A pipeline needs at least one open stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="64"/>
        <source>The last pipeline cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="65"/>
        <source>The pipeline {name} still holds {count} deal(s): choose another pipeline to move them to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="69"/>
        <source>The stage {name} still holds {count} deal(s): choose another stage to move them to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="73"/>
        <source>The stage {name} holds {count} deal(s): move them out before making it open, won or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="77"/>
        <source>Choose another place to move the deals to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="78"/>
        <source>Give the deal a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="79"/>
        <source>Choose a stage of the deal&apos;s pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="80"/>
        <source>The amount must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="81"/>
        <source>Say why the deal was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="82"/>
        <source>The quantity must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="83"/>
        <source>The unit price must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="84"/>
        <source>A discount goes from 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="85"/>
        <source>A VAT rate goes from 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="86"/>
        <source>Pick a product or describe the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="87"/>
        <source>The deal is in the last open stage: mark it as won or lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="90"/>
        <source>The pipeline {name} has no stage for won or lost deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/products.py" line="29"/>
        <source>Give the product a name.</source>
        <extracomment>The French VAT rates, in basis points: standard, intermediate, reduced, special, none.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/products.py" line="30"/>
        <source>Another product already has this reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/products.py" line="31"/>
        <source>The price must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/products.py" line="32"/>
        <source>Choose one of the VAT rates: 20 %, 10 %, 5.5 %, 2.1 % or 0 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/products.py" line="35"/>
        <source>This product no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/products.py" line="36"/>
        <source>The product {name} cannot be restored: another product now has its reference {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/audience.py" line="38"/>
        <source>No segment, smart list or campaign is called “{name}”. Choose one of: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/audience.py" line="41"/>
        <source>The segment “{name}” uses a rule Comptoir cannot apply: {rule}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/company_profile.py" line="29"/>
        <source>A quote is valid between 1 and 365 days.</source>
        <extracomment>The logo formats reportlab draws.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/company_profile.py" line="30"/>
        <source>The quote prefix has 1 to 10 letters, digits or dashes (e.g. DEV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/company_profile.py" line="33"/>
        <source>The logo must be an existing PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/company_profile.py" line="34"/>
        <source>Give the name of your business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/base.py" line="24"/>
        <source>The document was not written: you cancelled it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/commands.py" line="130"/>
        <source>There is no contact or company {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="46"/>
        <source>The deal “{title}” has no product lines: add some lines to make a quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="49"/>
        <source>There is no deal {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="50"/>
        <source>Fill in your company profile first (Settings, Company profile): a quote shows your name and address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/render.py" line="93"/>
        <source>The document must be saved as a .pdf file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/export_commands.py" line="24"/>
        <source>--segment only applies to contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/export_commands.py" line="25"/>
        <source>A period only applies to orders and the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/export_commands.py" line="26"/>
        <source>Give either --year or --from/--to, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/import_commands.py" line="25"/>
        <source>The mapping file {path} cannot be read ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/import_commands.py" line="26"/>
        <source>The rejects file must end in .xlsx: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="117"/>
        <source>The import was cancelled; nothing was changed.</source>
        <extracomment>What the import does with a row.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="118"/>
        <source>Unknown duplicate policy “{policy}” (expected skip, update or merge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="121"/>
        <source>No column of the file is mapped to a field: nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="124"/>
        <source>No column is mapped to the required field “{field}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="127"/>
        <source>There is no sales pipeline to import deals into: create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="130"/>
        <source>Same {key} as row {row} of the file: the row was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="133"/>
        <source>Already in the database ({key}): left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="134"/>
        <source>Already in the database ({key}), with the same values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="137"/>
        <source>Order {number} is already in the database: the row was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="140"/>
        <source>This interaction is already in the database: the row was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="143"/>
        <source>No contact has the reference or e-mail “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="144"/>
        <source>{field}: “{value}” is not a stage of the pipeline (stages: {choices}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="147"/>
        <source>Give an amount, or a unit price (with a quantity), for each line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="150"/>
        <source>New customer {value} created from its reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="38"/>
        <source>Unknown kind of import “{kind}” (expected one of: {kinds}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="41"/>
        <source>The mapping names a field “{field}” that {kind} do not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="44"/>
        <source>Give the mapping a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="45"/>
        <source>There is no saved mapping named “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="56"/>
        <source>The file {name} does not exist.</source>
        <extracomment>Limits against zip bombs and runaway sheets. A member smaller than this is never a bomb, whatever its ratio. Rows looked at to detect the header row.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="57"/>
        <source>The file {name} cannot be read ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="58"/>
        <source>The file {name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="59"/>
        <source>The file {name} is an old Excel 97–2003 workbook (.xls). Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx), then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="64"/>
        <source>The file {name} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice and save it as an Excel workbook (.xlsx), then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="69"/>
        <source>The workbook {name} is protected by a password. Open it in Excel or LibreOffice, remove the password, save it, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="74"/>
        <source>The file {name} is not a spreadsheet Comptoir can read (expected an Excel .xlsx, a .csv or a .vcf file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="79"/>
        <source>The workbook {name} is damaged and cannot be read ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="82"/>
        <source>The workbook {name} was refused: once unpacked it would be far bigger than any real spreadsheet (a “zip bomb”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="87"/>
        <source>The workbook {name} was refused: it contains XML entity declarations, which real spreadsheets never use and which can be used to attack the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="92"/>
        <source>The workbook {name} has no sheet named “{sheet}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="93"/>
        <source>The workbook {name} has no sheet with data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="94"/>
        <source>The file {name} holds no vCard (it should contain BEGIN:VCARD … END:VCARD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/summary.py" line="65"/>
        <source>The accountant&apos;s summary is an Excel workbook: choose a .xlsx file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/summary.py" line="68"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/values.py" line="30"/>
        <source>{field} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/values.py" line="31"/>
        <source>{field} is too long ({length} characters, at most {max}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/values.py" line="34"/>
        <source>{field}: “{value}” is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/values.py" line="35"/>
        <source>{field}: “{value}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/values.py" line="36"/>
        <source>{field}: “{value}” is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/values.py" line="37"/>
        <source>{field}: “{value}” is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/values.py" line="38"/>
        <source>{field}: “{value}” is not a valid postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/values.py" line="39"/>
        <source>{field}: “{value}” was stored as a number by the spreadsheet and may have lost its last digits. Format the column as text in the spreadsheet and export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/values.py" line="44"/>
        <source>{field}: “{value}” is not one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../../app/exchange/mapping.py" line="30"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="31"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="32"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="33"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="34"/>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="35"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="68"/>
        <location filename="../../app/exchange/mapping.py" line="267"/>
        <location filename="../../app/exchange/mapping.py" line="332"/>
        <location filename="../../app/exchange/mapping.py" line="365"/>
        <source>Customer reference</source>
        <extracomment>English label, translated by the GUI in the context &quot;exchange&quot;. Headers (French and English) that mean this field; compared folded. Longest text the database holds, for text fields.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="74"/>
        <source>Civility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="77"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="80"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="83"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="87"/>
        <location filename="../../app/exchange/mapping.py" line="371"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="91"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="94"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="99"/>
        <source>Second e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="103"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="107"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="111"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="115"/>
        <source>Address (2nd line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="120"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="124"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="127"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="130"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="133"/>
        <location filename="../../app/exchange/mapping.py" line="374"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="148"/>
        <source>Comptoir customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="170"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="174"/>
        <location filename="../../app/exchange/mapping.py" line="357"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="175"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="178"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="188"/>
        <source>Company reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="192"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="197"/>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="200"/>
        <source>SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="201"/>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="202"/>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="206"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="210"/>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="230"/>
        <location filename="../../app/exchange/mapping.py" line="278"/>
        <source>Product reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="234"/>
        <source>Product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="238"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="241"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="244"/>
        <location filename="../../app/exchange/mapping.py" line="289"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="248"/>
        <location filename="../../app/exchange/mapping.py" line="297"/>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="251"/>
        <location filename="../../app/exchange/mapping.py" line="300"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="257"/>
        <source>Order or invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="263"/>
        <location filename="../../app/exchange/mapping.py" line="310"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="271"/>
        <location filename="../../app/exchange/mapping.py" line="335"/>
        <location filename="../../app/exchange/mapping.py" line="368"/>
        <source>Customer e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="275"/>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="282"/>
        <source>Line description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="286"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="293"/>
        <source>Amount incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="301"/>
        <source>Sales channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="304"/>
        <source>Customer country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="313"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="316"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="319"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="322"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="326"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="329"/>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="343"/>
        <source>Deal reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="347"/>
        <source>Deal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="351"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="354"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="358"/>
        <source>Probability (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="361"/>
        <source>Expected close date</source>
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
        <location filename="../../app/documents/labels.py" line="16"/>
        <location filename="../../ui/formatting.py" line="171"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="17"/>
        <location filename="../../ui/formatting.py" line="172"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="18"/>
        <location filename="../../ui/formatting.py" line="173"/>
        <source>Former customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="21"/>
        <location filename="../../ui/formatting.py" line="185"/>
        <source>Discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="22"/>
        <location filename="../../ui/formatting.py" line="186"/>
        <source>Exploration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="23"/>
        <location filename="../../ui/formatting.py" line="187"/>
        <source>Expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="24"/>
        <location filename="../../ui/formatting.py" line="188"/>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="25"/>
        <location filename="../../ui/formatting.py" line="189"/>
        <source>Dissolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="28"/>
        <location filename="../../ui/formatting.py" line="199"/>
        <location filename="../../ui/formatting.py" line="338"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="29"/>
        <location filename="../../ui/formatting.py" line="200"/>
        <location filename="../../ui/formatting.py" line="336"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="30"/>
        <location filename="../../ui/formatting.py" line="201"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="31"/>
        <location filename="../../ui/formatting.py" line="202"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="32"/>
        <location filename="../../ui/formatting.py" line="203"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="33"/>
        <location filename="../../ui/formatting.py" line="204"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="34"/>
        <location filename="../../ui/formatting.py" line="205"/>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="35"/>
        <location filename="../../ui/formatting.py" line="206"/>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="36"/>
        <location filename="../../ui/formatting.py" line="207"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="39"/>
        <location filename="../../ui/formatting.py" line="222"/>
        <source>Mr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="40"/>
        <location filename="../../ui/formatting.py" line="223"/>
        <source>Mrs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="41"/>
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
        <location filename="../../app/documents/labels.py" line="44"/>
        <location filename="../../ui/formatting.py" line="245"/>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="45"/>
        <location filename="../../ui/formatting.py" line="246"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="46"/>
        <location filename="../../ui/formatting.py" line="247"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="49"/>
        <location filename="../../ui/formatting.py" line="257"/>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="50"/>
        <location filename="../../ui/formatting.py" line="258"/>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="51"/>
        <location filename="../../ui/formatting.py" line="259"/>
        <source>Service messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="54"/>
        <location filename="../../ui/formatting.py" line="266"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="55"/>
        <location filename="../../ui/formatting.py" line="267"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="56"/>
        <location filename="../../ui/formatting.py" line="268"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="59"/>
        <location filename="../../ui/formatting.py" line="278"/>
        <location filename="../../ui/formatting.py" line="314"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="60"/>
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
        <location filename="../../ui/formatting.py" line="296"/>
        <source>Document issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="304"/>
        <location filename="../../ui/formatting.py" line="361"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="305"/>
        <location filename="../../ui/formatting.py" line="348"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="306"/>
        <location filename="../../ui/formatting.py" line="307"/>
        <location filename="../../ui/formatting.py" line="308"/>
        <location filename="../../ui/formatting.py" line="360"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="309"/>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="310"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="311"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="312"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="313"/>
        <source>Deal line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="315"/>
        <source>Order line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="316"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="317"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="318"/>
        <source>Pipeline stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="319"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="320"/>
        <source>Campaign member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="321"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="322"/>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="323"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="324"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="332"/>
        <source>Civility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="333"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="334"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="335"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="337"/>
        <source>Second e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="339"/>
        <source>Phone (international)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="340"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="341"/>
        <source>Mobile (international)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="342"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="343"/>
        <source>Address (line 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="344"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="345"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="346"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="347"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="349"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="350"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="351"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="352"/>
        <source>Relationship stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="353"/>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="354"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="355"/>
        <location filename="../../ui/formatting.py" line="366"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="356"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="357"/>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="358"/>
        <source>External reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="359"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="362"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="363"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="364"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="365"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="367"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="368"/>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="369"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="370"/>
        <source>Complaint status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="371"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="372"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="373"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="374"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="375"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="376"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="377"/>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="378"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="379"/>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="380"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="381"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="409"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="410"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="42"/>
        <source>No employee</source>
        <extracomment>The columns, by the sort key ``CompanyService`` knows them by.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="43"/>
        <source>1–9 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="44"/>
        <source>10–49 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="45"/>
        <source>50–249 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="46"/>
        <source>250–4,999 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="47"/>
        <source>5,000 employees or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="48"/>
        <source>250 employees or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="62"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
