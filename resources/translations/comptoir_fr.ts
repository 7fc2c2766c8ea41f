<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityPane</name>
    <message>
        <location filename="../../ui/activity_pane.py" line="139"/>
        <source>&amp;Log interaction…</source>
        <extracomment>How long the search waits after the last key press. Set while filters are set by code (not by the user).</extracomment>
        <translation>&amp;Noter une interaction…</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="140"/>
        <source>Log</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="147"/>
        <source>&amp;Edit interaction…</source>
        <translation>&amp;Modifier l’interaction…</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="148"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="155"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="156"/>
        <location filename="../../ui/activity_pane.py" line="795"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="163"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="164"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="171"/>
        <location filename="../../ui/activity_pane.py" line="707"/>
        <source>Re&amp;solve complaint…</source>
        <translation>Ré&amp;soudre la réclamation…</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="172"/>
        <location filename="../../ui/activity_pane.py" line="708"/>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="179"/>
        <source>Open &amp;contact</source>
        <translation>Ouvrir le &amp;contact</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="180"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="187"/>
        <source>Open com&amp;pany</source>
        <translation>Ouvrir l’&amp;entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="188"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="195"/>
        <source>Open &amp;deal</source>
        <translation>Ouvrir l’&amp;affaire</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="196"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="201"/>
        <source>Show &amp;deleted interactions</source>
        <translation>Afficher les interactions su&amp;pprimées</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="207"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="222"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="228"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="249"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="250"/>
        <source>Show every channel</source>
        <translation>Afficher tous les canaux</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="258"/>
        <source>Show {channel} (click several channels to combine them)</source>
        <translation>Afficher : {channel} (cliquez plusieurs canaux pour les combiner)</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="268"/>
        <source>Search subjects, notes, outcomes…</source>
        <translation>Rechercher dans les objets, les notes, les suites…</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="284"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="285"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="286"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="287"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="288"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="289"/>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="293"/>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="310"/>
        <source>In and out</source>
        <translation>Entrant et sortant</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="311"/>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="312"/>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="317"/>
        <source>All interactions</source>
        <translation>Toutes les interactions</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="318"/>
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="319"/>
        <source>Open complaints</source>
        <translation>Réclamations ouvertes</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="320"/>
        <source>Resolved complaints</source>
        <translation>Réclamations résolues</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="323"/>
        <source>Deleted</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="325"/>
        <source>Show the deleted interactions, to restore them</source>
        <translation>Afficher les interactions supprimées, pour les restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="443"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/activity_pane.py" line="616"/>
        <source>%n deleted interaction(s)</source>
        <translation>
            <numerusform>%n interaction supprimée</numerusform>
            <numerusform>%n interactions supprimées</numerusform>
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
        <translation>Aucune interaction supprimée ici.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="638"/>
        <source>No interaction matches these filters.</source>
        <translation>Aucune interaction ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="641"/>
        <source>No interaction yet.
Log the first one with {keys}.</source>
        <translation>Aucune interaction pour l’instant.
Notez la première avec {keys}.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="704"/>
        <source>Re&amp;open complaint</source>
        <translation>R&amp;ouvrir la réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="705"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="762"/>
        <source>Interaction saved.</source>
        <translation>Interaction enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="775"/>
        <source>Complaint reopened.</source>
        <translation>Réclamation rouverte.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="778"/>
        <source>Complaint resolved.</source>
        <translation>Réclamation résolue.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/activity_pane.py" line="793"/>
        <source>Delete %n interaction(s)?</source>
        <translation>
            <numerusform>Supprimer %n interaction ?</numerusform>
            <numerusform>Supprimer %n interactions ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="794"/>
        <source>You can undo this with Edit ▸ Undo, or restore them from the deleted ones.</source>
        <translation>Vous pourrez l’annuler avec Édition ▸ Annuler, ou les restaurer depuis les interactions supprimées.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="803"/>
        <source>Deleting interactions…</source>
        <translation>Suppression des interactions…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/activity_pane.py" line="805"/>
        <source>%n interaction(s) deleted.</source>
        <translation>
            <numerusform>%n interaction supprimée.</numerusform>
            <numerusform>%n interactions supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/activity_pane.py" line="814"/>
        <source>Restoring interactions…</source>
        <translation>Restauration des interactions…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/activity_pane.py" line="816"/>
        <source>%n interaction(s) restored.</source>
        <translation>
            <numerusform>%n interaction restaurée.</numerusform>
            <numerusform>%n interactions restaurées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../ui/activity_table_model.py" line="68"/>
        <source>When</source>
        <extracomment>The columns, by the sort key ``app.activity`` knows them by.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="69"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="70"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="71"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="72"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="73"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="74"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="75"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="76"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="77"/>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="109"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="110"/>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="135"/>
        <source>Outcome: {text}</source>
        <translation>Suite : {text}</translation>
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
        <translation>Réclamation ouverte : pas encore résolue</translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="148"/>
        <source>Resolved on {date}</source>
        <translation>Résolue le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/activity_table_model.py" line="154"/>
        <source>Satisfaction {score} out of {scale}</source>
        <translation>Satisfaction {score} sur {scale}</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="752"/>
        <source>Show only the &amp;rejected rows</source>
        <translation>N&apos;afficher que les lignes &amp;rejetées</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="767"/>
        <source>Check the rows</source>
        <translation>Vérifier les lignes</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="771"/>
        <source>Each row is checked as the import will check it; rejected rows are skipped.</source>
        <translation>Chaque ligne est vérifiée comme lors de l&apos;importation ; les lignes rejetées ne sont pas importées.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="776"/>
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="783"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="784"/>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="785"/>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="786"/>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="787"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="796"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="796"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="796"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="835"/>
        <source>%n row(s) checked</source>
        <translation>
            <numerusform>%n ligne vérifiée</numerusform>
            <numerusform>%n lignes vérifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="837"/>
        <source>%n valid</source>
        <translation>
            <numerusform>%n valide</numerusform>
            <numerusform>%n valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="839"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejetée</numerusform>
            <numerusform>%n rejetées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="846"/>
        <source>Only the first %1 rows are shown here; every row is checked the same way during the import, and the summary lists every rejected row.</source>
        <translation>Seules les %1 premières lignes sont affichées ici ; chaque ligne est vérifiée de la même façon pendant l&apos;importation, et le bilan liste chaque ligne rejetée.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="853"/>
        <source>Rejected rows are not imported; the summary lets you save them to fix them.</source>
        <translation>Les lignes rejetées ne sont pas importées ; le bilan permet de les enregistrer pour les corriger.</translation>
    </message>
</context>
<context>
    <name>ColumnModel</name>
    <message>
        <location filename="../../ui/kanban.py" line="160"/>
        <source>%1 · probability %2 · weighted %3</source>
        <extracomment>Open columns share the width of the board within these bounds (else it scrolls). Owner badge colours (readable white text), picked by the owner&apos;s id. deal id, stage id, row in this column, the card it goes before / after (or &quot;&quot;).</extracomment>
        <translation>%1 · probabilité %2 · pondéré %3</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="166"/>
        <source>Expected close: %1</source>
        <translation>Clôture prévue : %1</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="170"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="173"/>
        <source>Owner: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kanban.py" line="174"/>
        <source>Created %n day(s) ago</source>
        <translation>
            <numerusform>Créée il y a %n jour</numerusform>
            <numerusform>Créée il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompaniesPane</name>
    <message>
        <location filename="../../ui/companies_pane.py" line="140"/>
        <source>&amp;New company…</source>
        <extracomment>How long the search waits after the last key press.</extracomment>
        <translation>&amp;Nouvelle entreprise…</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="141"/>
        <source>New company</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="148"/>
        <source>&amp;Open company</source>
        <translation>&amp;Ouvrir l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="149"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="156"/>
        <source>&amp;Edit company…</source>
        <translation>&amp;Modifier l&apos;entreprise…</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="157"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="164"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="165"/>
        <location filename="../../ui/companies_pane.py" line="651"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="172"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="173"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="180"/>
        <source>&amp;Add tag…</source>
        <translation>&amp;Ajouter une étiquette…</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="181"/>
        <source>Add tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="188"/>
        <source>Re&amp;move tag…</source>
        <translation>Re&amp;tirer une étiquette…</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="189"/>
        <source>Remove tag</source>
        <translation>Retirer une étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="215"/>
        <location filename="../../ui/companies_pane.py" line="233"/>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="239"/>
        <source>Search name, city, SIREN, SIRET, VAT number…</source>
        <translation>Rechercher nom, ville, SIREN, SIRET, n° de TVA…</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="268"/>
        <source>All cities</source>
        <translation>Toutes les villes</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="280"/>
        <source>Deleted</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="282"/>
        <source>Show the deleted companies, to restore them</source>
        <translation>Afficher les entreprises supprimées, pour les restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="358"/>
        <source>No custom field for companies</source>
        <translation>Aucun champ personnalisé pour les entreprises</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="417"/>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="420"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/companies_pane.py" line="507"/>
        <source>%Ln deleted company(ies)</source>
        <translation>
            <numerusform>%Ln entreprise supprimée</numerusform>
            <numerusform>%Ln entreprises supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/companies_pane.py" line="509"/>
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln entreprise</numerusform>
            <numerusform>%Ln entreprises</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="520"/>
        <source>No companies match the search.</source>
        <translation>Aucune entreprise ne correspond à la recherche.</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="522"/>
        <source>There are no deleted companies.</source>
        <translation>Il n&apos;y a aucune entreprise supprimée.</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="524"/>
        <source>No companies yet.
Create the first one with New company (Ctrl+N).</source>
        <translation>Aucune entreprise pour l&apos;instant.
Créez la première avec Nouvelle entreprise (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="637"/>
        <source>Company saved.</source>
        <translation>Entreprise enregistrée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/companies_pane.py" line="646"/>
        <source>Delete %n company(ies)?</source>
        <translation>
            <numerusform>Supprimer %n entreprise ?</numerusform>
            <numerusform>Supprimer %n entreprises ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="648"/>
        <source>Their people stay in the contacts. You can undo this with Edit ▸ Undo, or restore them from the deleted companies.</source>
        <translation>Les personnes qui y travaillent restent dans les contacts. Vous pouvez annuler avec Édition ▸ Annuler, ou les restaurer depuis les entreprises supprimées.</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="659"/>
        <source>Deleting companies…</source>
        <translation>Suppression des entreprises…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/companies_pane.py" line="661"/>
        <source>%n company(ies) deleted.</source>
        <translation>
            <numerusform>%n entreprise supprimée.</numerusform>
            <numerusform>%n entreprises supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="670"/>
        <source>Restoring companies…</source>
        <translation>Restauration des entreprises…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/companies_pane.py" line="672"/>
        <source>%n company(ies) restored.</source>
        <translation>
            <numerusform>%n entreprise restaurée.</numerusform>
            <numerusform>%n entreprises restaurées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="679"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="684"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="685"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/companies_pane.py" line="695"/>
        <source>Tag to add to %n company(ies):</source>
        <translation>
            <numerusform>Étiquette à ajouter à %n entreprise :</numerusform>
            <numerusform>Étiquette à ajouter à %n entreprises :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="706"/>
        <source>Tagging companies…</source>
        <translation>Ajout de l&apos;étiquette…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/companies_pane.py" line="709"/>
        <source>Tag “%1” put on %n company(ies).</source>
        <translation>
            <numerusform>Étiquette « %1 » ajoutée à %n entreprise.</numerusform>
            <numerusform>Étiquette « %1 » ajoutée à %n entreprises.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="720"/>
        <source>No company has a tag.</source>
        <translation>Aucune entreprise n&apos;a d&apos;étiquette.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/companies_pane.py" line="723"/>
        <source>Tag to remove from %n company(ies):</source>
        <translation>
            <numerusform>Étiquette à retirer de %n entreprise :</numerusform>
            <numerusform>Étiquette à retirer de %n entreprises :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/companies_pane.py" line="734"/>
        <source>Removing a tag…</source>
        <translation>Retrait de l&apos;étiquette…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/companies_pane.py" line="737"/>
        <source>Tag “%1” removed from %n company(ies).</source>
        <translation>
            <numerusform>Étiquette « %1 » retirée de %n entreprise.</numerusform>
            <numerusform>Étiquette « %1 » retirée de %n entreprises.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../ui/company_dialog.py" line="114"/>
        <source>Edit company — %1</source>
        <extracomment>Fields after whose edit the dialog looks for likely duplicates. The identifiers checked as they are typed, and how many digits they have. The user chose to open an existing company listed as a likely duplicate. The identifiers&apos; mistakes shown now (None: none, or still being typed).</extracomment>
        <translation>Modifier l&apos;entreprise — %1</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="116"/>
        <source>New company</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="179"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="180"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="180"/>
        <source>Trade name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="184"/>
        <source>&amp;Legal name:</source>
        <translation>Raison &amp;sociale :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="185"/>
        <source>As registered (SAS …, SARL …)</source>
        <translation>Telle qu&apos;immatriculée (SAS …, SARL …)</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="188"/>
        <source>Sec&amp;tor:</source>
        <translation>Sec&amp;teur d&apos;activité :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="188"/>
        <source>Restaurants, hotels…</source>
        <translation>Restauration, hôtellerie…</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="195"/>
        <source>Si&amp;ze:</source>
        <translation>E&amp;ffectif :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="196"/>
        <location filename="../../ui/company_dialog.py" line="317"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="199"/>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="199"/>
        <source>Separated by commas</source>
        <translation>Séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="208"/>
        <source>Legal identifiers</source>
        <translation>Identifiants légaux</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="209"/>
        <source>S&amp;IREN:</source>
        <translation>S&amp;IREN :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="210"/>
        <source>SI&amp;RET:</source>
        <translation>SI&amp;RET :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="211"/>
        <source>&amp;VAT number:</source>
        <translation>N° de T&amp;VA :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="212"/>
        <source>Spaces and dots may be typed: they are not kept.</source>
        <translation>Vous pouvez taper des espaces et des points : ils ne sont pas conservés.</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="217"/>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="219"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="219"/>
        <source>contact@example.fr</source>
        <translation>contact@exemple.fr</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="221"/>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="221"/>
        <source>02 47 12 34 56</source>
        <translation>02 47 12 34 56</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="222"/>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="222"/>
        <source>www.example.fr</source>
        <translation>www.exemple.fr</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="224"/>
        <source>Head office</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="225"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="226"/>
        <source>Address (line &amp;2):</source>
        <translation>Adresse (ligne &amp;2) :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="227"/>
        <source>Post&amp;code:</source>
        <translation>&amp;Code postal :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="228"/>
        <source>Cit&amp;y:</source>
        <translation>Vi&amp;lle :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="231"/>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="233"/>
        <source>Delivery address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="235"/>
        <source>Sa&amp;me as the head office</source>
        <translation>I&amp;dentique au siège</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="246"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="248"/>
        <source>Address (line 2):</source>
        <translation>Adresse (ligne 2) :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="250"/>
        <source>Postcode:</source>
        <translation>Code postal :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="251"/>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="252"/>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="257"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="261"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="289"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="293"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="307"/>
        <source>Other information</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="320"/>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="346"/>
        <source>Save &amp;anyway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="350"/>
        <source>&amp;Open existing</source>
        <translation>&amp;Ouvrir l&apos;existante</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="595"/>
        <source>%1 of %2 digits</source>
        <translation>%1 chiffres sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="605"/>
        <source>✓ Valid SIREN</source>
        <translation>✓ SIREN valide</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="606"/>
        <source>✓ Valid SIRET</source>
        <translation>✓ SIRET valide</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="607"/>
        <source>✓ Valid VAT number</source>
        <translation>✓ N° de TVA valide</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="620"/>
        <source>The French VAT number of this SIREN is %1</source>
        <translation>Le n° de TVA intracommunautaire de ce SIREN est %1</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="693"/>
        <source>Check before saving: this company may already exist. Open the existing one, or save anyway.</source>
        <translation>Vérifiez avant d&apos;enregistrer : cette entreprise existe peut-être déjà. Ouvrez l&apos;existante, ou enregistrez quand même.</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="697"/>
        <source>This company may already exist:</source>
        <translation>Cette entreprise existe peut-être déjà :</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="700"/>
        <source>same SIREN</source>
        <translation>même SIREN</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="701"/>
        <source>same SIRET</source>
        <translation>même SIRET</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="702"/>
        <source>same VAT number</source>
        <translation>même n° de TVA</translation>
    </message>
    <message>
        <location filename="../../ui/company_dialog.py" line="703"/>
        <source>similar name, same city</source>
        <translation>nom proche, même ville</translation>
    </message>
</context>
<context>
    <name>CompanyFileView</name>
    <message>
        <location filename="../../ui/company_file.py" line="228"/>
        <source>Log interaction</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="232"/>
        <source>Log a call, an e-mail, a meeting… with this company (%1)</source>
        <translation>Noter un appel, un e-mail, un rendez-vous… avec cette entreprise (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="237"/>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="241"/>
        <source>Plan a task for this company (%1)</source>
        <translation>Planifier une tâche pour cette entreprise (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="253"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="256"/>
        <source>The company file as a PDF, to print or send</source>
        <translation>La fiche entreprise en PDF, à imprimer ou à envoyer</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="273"/>
        <source>Company file %1</source>
        <translation>Fiche entreprise %1</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="278"/>
        <source>No company selected.</source>
        <translation>Aucune entreprise sélectionnée.</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="290"/>
        <source>This company was deleted on {when}. It no longer appears in lists.</source>
        <translation>Cette entreprise a été supprimée le {when}. Elle n&apos;apparaît plus dans les listes.</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="368"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="369"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="370"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="379"/>
        <source>In the file since {date}</source>
        <translation>Dans le fichier depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="396"/>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="402"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="411"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="420"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="429"/>
        <source>Head office</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="438"/>
        <location filename="../../ui/company_file.py" line="440"/>
        <location filename="../../ui/company_file.py" line="460"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="440"/>
        <source>Same as the head office</source>
        <translation>Identique au siège</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="442"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="444"/>
        <source>External ref.</source>
        <translation>Réf. externe</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="446"/>
        <source>No contact details yet.</source>
        <translation>Pas encore de coordonnées.</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="467"/>
        <source>Other information</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="480"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="484"/>
        <source>No notes.</source>
        <translation>Pas de notes.</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="490"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="497"/>
        <source>Nobody yet. Give a contact this company in their form.</source>
        <translation>Personne pour l&apos;instant. Indiquez cette entreprise dans la fiche d&apos;un contact.</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="546"/>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="548"/>
        <source>No orders yet.</source>
        <translation>Pas encore de commande.</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="557"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="563"/>
        <source>Last year</source>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="569"/>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="571"/>
        <source>since {date}</source>
        <translation>depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="577"/>
        <source>Average basket</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="581"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="589"/>
        <source>Show more orders ({count} in all)</source>
        <translation>Afficher plus de commandes ({count} en tout)</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="604"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="605"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="606"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="607"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="608"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="667"/>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/company_file.py" line="671"/>
        <source>Open: {amount} in %n deal(s)</source>
        <translation>
            <numerusform>En cours : {amount} en %n affaire</numerusform>
            <numerusform>En cours : {amount} en %n affaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/company_file.py" line="677"/>
        <source>Won: {amount} in %n deal(s)</source>
        <translation>
            <numerusform>Gagnées : {amount} en %n affaire</numerusform>
            <numerusform>Gagnées : {amount} en %n affaires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="684"/>
        <source>No open deal.</source>
        <translation>Aucune affaire en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="693"/>
        <source>Open the deal</source>
        <translation>Ouvrir l&apos;affaire</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/company_file.py" line="713"/>
        <source>… and %n more open deal(s)</source>
        <translation>
            <numerusform>… et %n autre affaire en cours</numerusform>
            <numerusform>… et %n autres affaires en cours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="718"/>
        <source>Open tasks</source>
        <translation>Tâches à faire</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="720"/>
        <source>No open task. Plan one with {keys}.</source>
        <translation>Aucune tâche à faire. Planifiez-en une avec {keys}.</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="738"/>
        <source>overdue since {date}</source>
        <translation>en retard depuis le {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/company_file.py" line="747"/>
        <source>… and %n more open task(s)</source>
        <translation>
            <numerusform>… et %n autre tâche à faire</numerusform>
            <numerusform>… et %n autres tâches à faire</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="752"/>
        <source>No interaction yet. Log one with {keys}.</source>
        <translation>Aucun échange pour l&apos;instant. Notez-en un avec {keys}.</translation>
    </message>
</context>
<context>
    <name>CompanyProfileDialog</name>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="41"/>
        <source>Company profile</source>
        <translation>Profil de l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="50"/>
        <source>Business &amp;name:</source>
        <translation>&amp;Nom commercial :</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="51"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="52"/>
        <source>Address (line &amp;2):</source>
        <translation>Adresse (ligne &amp;2) :</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="53"/>
        <source>&amp;Postcode:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="54"/>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="55"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="56"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="57"/>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="58"/>
        <source>&amp;SIRET:</source>
        <translation>&amp;SIRET :</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="59"/>
        <source>&amp;VAT number:</source>
        <translation>N° de T&amp;VA :</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="60"/>
        <source>&amp;Legal mentions:</source>
        <translation>&amp;Mentions légales :</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="61"/>
        <source>L&amp;ogo:</source>
        <translation>L&amp;ogo :</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="62"/>
        <source>Pa&amp;yment terms:</source>
        <translation>Conditions de pai&amp;ement :</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="63"/>
        <source>Quotes &amp;valid for:</source>
        <translation>Validité des &amp;devis :</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="64"/>
        <source>Quote number &amp;prefix:</source>
        <translation>P&amp;réfixe des numéros de devis :</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="67"/>
        <source>Legal form, capital, registry (RCS)… printed at the bottom</source>
        <translation>Forme juridique, capital, RCS… imprimés en bas de page</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="68"/>
        <source>Printed under the totals of each quote</source>
        <translation>Imprimées sous les totaux de chaque devis</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="69"/>
        <source>Quotes are numbered PREFIX-YEAR-0001, without gaps</source>
        <translation>Les devis sont numérotés PRÉFIXE-ANNÉE-0001, sans trou</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="81"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="102"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="117"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="118"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="124"/>
        <source>Your business as it appears on quotes and printed documents.</source>
        <translation>Votre entreprise telle qu&apos;elle apparaît sur les devis et les documents imprimés.</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="147"/>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <location filename="../../ui/company_profile_dialog.py" line="151"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <location filename="../../ui/company_table_model.py" line="140"/>
        <source>Revenue of the last 12 months</source>
        <translation>Chiffre d&apos;affaires des 12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="155"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="156"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="157"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="158"/>
        <source>Sector</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="159"/>
        <source>Employees</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="160"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="161"/>
        <source>Revenue (12 months)</source>
        <translation>CA (12 mois)</translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="162"/>
        <source>Last interaction</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="163"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="190"/>
        <source>Edit contact — %1</source>
        <extracomment>The user chose to open an existing contact listed as a likely duplicate.</extracomment>
        <translation>Modifier le contact — %1</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="192"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="246"/>
        <location filename="../../ui/contact_dialog.py" line="373"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="247"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="251"/>
        <source>Civility:</source>
        <translation>Civilité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="254"/>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="255"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="256"/>
        <source>C&amp;ompany:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="262"/>
        <source>&amp;Job title:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="263"/>
        <source>No birthday</source>
        <translation>Pas de date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="265"/>
        <source>&amp;Birthday:</source>
        <translation>Date de naiss&amp;ance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="267"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="268"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="268"/>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="269"/>
        <source>Second e-&amp;mail:</source>
        <translation>Deu&amp;xième e-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="270"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="270"/>
        <source>01 23 45 67 89</source>
        <translation>01 23 45 67 89</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="271"/>
        <source>Mo&amp;bile:</source>
        <translation>Port&amp;able&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="271"/>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="276"/>
        <source>Preferred c&amp;hannel:</source>
        <translation>&amp;Canal préféré&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="280"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="281"/>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="282"/>
        <source>Address (line &amp;2):</source>
        <translation>Adresse (ligne &amp;2)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="283"/>
        <source>Post&amp;code:</source>
        <translation>Code p&amp;ostal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="284"/>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="289"/>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="291"/>
        <source>Customer relationship</source>
        <translation>Relation client</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="295"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="301"/>
        <source>Relationship s&amp;tage:</source>
        <translation>Étape de la re&amp;lation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="307"/>
        <source>So&amp;urce:</source>
        <translation>So&amp;urce&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="308"/>
        <source>Shop, website, word of mouth…</source>
        <translation>Boutique, site web, bouche-à-oreille…</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="311"/>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="311"/>
        <source>Separated by commas</source>
        <translation>Séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="322"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="346"/>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="350"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="363"/>
        <source>Other information</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="376"/>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="404"/>
        <source>Save &amp;anyway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="408"/>
        <source>&amp;Open existing</source>
        <translation>&amp;Ouvrir la fiche existante</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="635"/>
        <source>Check before saving: this contact may already exist. Open the existing one, or save anyway.</source>
        <translation>Vérifiez avant d’enregistrer&#xa0;: ce contact existe peut-être déjà. Ouvrez la fiche existante, ou enregistrez quand même.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="639"/>
        <source>This contact may already exist:</source>
        <translation>Ce contact existe peut-être déjà&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="642"/>
        <source>same e-mail</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="643"/>
        <source>same phone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="644"/>
        <source>similar name, same place</source>
        <translation>nom proche, même lieu</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="647"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>ContactFileView</name>
    <message>
        <location filename="../../ui/contact_file.py" line="250"/>
        <source>No contact selected.</source>
        <translation>Aucun contact choisi.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="169"/>
        <source>Log a call</source>
        <extracomment>Quick actions: channel, shortcut (letters work on every keyboard layout, AZERTY too). How many orders and interactions are shown before &quot;Show more&quot;. The shared RFM / lifetime-value results (None: the file does not show them). The analytics computations this view started and that have not finished. Whether to compute the customer value when missing (asked once, or in use).</extracomment>
        <translation>Noter un appel</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="170"/>
        <location filename="../../ui/contact_file.py" line="410"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="171"/>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="172"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="173"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="176"/>
        <source>Log a phone call</source>
        <translation>Noter un appel téléphonique</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="177"/>
        <source>Log an e-mail</source>
        <translation>Noter un e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="178"/>
        <source>Log a meeting</source>
        <translation>Noter un rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="179"/>
        <source>Log a visit to the shop</source>
        <translation>Noter une visite en boutique</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="180"/>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="206"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="209"/>
        <source>The customer file as a PDF, to print or send</source>
        <translation>La fiche client en PDF, à imprimer ou à envoyer</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="226"/>
        <source>Customer file %1</source>
        <translation>Fiche client %1</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="254"/>
        <source>This contact was deleted on {when}. It no longer appears in lists.</source>
        <translation>Ce contact a été supprimé le {when}. Il n’apparaît plus dans les listes.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="306"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="351"/>
        <source>Customer no. {number}</source>
        <translation>Client n°&#xa0;{number}</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="362"/>
        <source>In the file since {date}</source>
        <translation>Dans le fichier depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="374"/>
        <source>Updated {date}</source>
        <translation>Mis à jour le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="402"/>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="412"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="413"/>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="426"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="431"/>
        <source>{date} (age {age})</source>
        <translation>{date} ({age} ans)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="433"/>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="436"/>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="439"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="441"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="443"/>
        <source>External ref.</source>
        <translation>Réf. externe</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="445"/>
        <source>No contact details yet.</source>
        <translation>Pas encore de coordonnées.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="470"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="472"/>
        <source>No consent recorded.</source>
        <translation>Aucun consentement enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="498"/>
        <source>Other information</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="511"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="515"/>
        <source>No notes.</source>
        <translation>Pas de notes.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="521"/>
        <source>How we stand</source>
        <translation>Où en est la relation</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="525"/>
        <source>No relationship stage set.</source>
        <translation>Aucune étape de relation indiquée.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="531"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="536"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="544"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="545"/>
        <source>{score}/10 (average of {count})</source>
        <translation>{score}/10 (moyenne de {count})</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="555"/>
        <source>Open complaints</source>
        <translation>Réclamations en cours</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="557"/>
        <source>No interaction yet.</source>
        <translation>Aucune interaction pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="622"/>
        <source>Compute now</source>
        <translation>Calculer maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="625"/>
        <source>Segment, RFM scores, chance still active and predicted value are computed for the whole customer base.</source>
        <translation>Le segment, les scores RFM, la probabilité d’être encore actif et la valeur prédite se calculent sur l’ensemble de la clientèle.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="642"/>
        <source>Computing the RFM scores…</source>
        <translation>Calcul des scores RFM…</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="639"/>
        <location filename="../../ui/contact_file.py" line="643"/>
        <location filename="../../ui/contact_file.py" line="650"/>
        <source>Customer value</source>
        <translation>Valeur client</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="653"/>
        <source>Not a customer yet: no order, so no RFM score or predicted value.</source>
        <translation>Pas encore client&#xa0;: aucune commande, donc ni score RFM ni valeur prédite.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="694"/>
        <source>Suggested action: %1</source>
        <translation>Action suggérée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="703"/>
        <source>As of %1 — days since the last order: %2 · orders: %3 · spent in all: %4</source>
        <translation>Au %1 — jours depuis la dernière commande&#xa0;: %2 · commandes&#xa0;: %3 · total dépensé&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="715"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="716"/>
        <source>RFM scores</source>
        <translation>Scores RFM</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="728"/>
        <location filename="../../ui/contact_file.py" line="733"/>
        <location filename="../../ui/contact_file.py" line="738"/>
        <location filename="../../ui/contact_file.py" line="746"/>
        <source>12-month value</source>
        <translation>Valeur à 12 mois</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="755"/>
        <source>Predicted value over the next 12 months; expected purchases: %1</source>
        <translation>Valeur prédite sur les 12 prochains mois&#xa0;; achats attendus&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="759"/>
        <source>Still active</source>
        <translation>Encore actif</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="713"/>
        <source>Suggested action</source>
        <translation>Action suggérée</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="193"/>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="198"/>
        <source>A task about this contact (%1)</source>
        <translation>Une tâche au sujet de ce contact (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="731"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="744"/>
        <source>The probability that this customer still buys from you, from their rhythm</source>
        <translation>La probabilité que ce client achète encore chez vous, d’après son rythme d’achat</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="795"/>
        <source>Computing the customer&apos;s value…</source>
        <translation>Calcul de la valeur du client…</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="818"/>
        <source>The customer&apos;s value could not be computed.</source>
        <translation>La valeur du client n’a pas pu être calculée.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="842"/>
        <source>stage {n} of {total}</source>
        <translation>étape {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="877"/>
        <source>What happens next</source>
        <translation>Et ensuite</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="878"/>
        <source>Open deals</source>
        <translation>Affaires en cours</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="891"/>
        <source>expected {date}</source>
        <translation>prévue le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="897"/>
        <source>No open deal.</source>
        <translation>Aucune affaire en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="899"/>
        <source>Open tasks</source>
        <translation>Tâches à faire</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="913"/>
        <source>overdue since {date}</source>
        <translation>en retard depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="921"/>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="925"/>
        <source>No open task.</source>
        <translation>Aucune tâche à faire.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="932"/>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="934"/>
        <source>No orders yet.</source>
        <translation>Aucune commande pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="943"/>
        <source>Total spent</source>
        <translation>Total dépensé</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="947"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="950"/>
        <source>Average basket</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="954"/>
        <source>First purchase</source>
        <translation>Premier achat</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="955"/>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="965"/>
        <source>Show the {count} latest</source>
        <translation>Afficher les {count} dernières</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="967"/>
        <source>Show all {count} orders and credit notes</source>
        <translation>Afficher les {count} commandes et avoirs</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="969"/>
        <source>Show all {count} orders</source>
        <translation>Afficher les {count} commandes</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="985"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="986"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="987"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="988"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1041"/>
        <source>No interaction yet. Log a call with {keys}.</source>
        <translation>Aucune interaction pour l’instant. Notez un appel avec {keys}.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/contact_table_model.py" line="113"/>
        <source>Name</source>
        <extracomment>The usual columns, by the sort key ``ContactService`` knows them by. The custom fields follow, as &quot;custom:&lt;key&gt;&quot; (see ``set_custom_fields``). The custom fields shown after the usual columns, by column key.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="114"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="115"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="116"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="117"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="118"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="119"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="120"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <location filename="../../ui/contacts_pane.py" line="133"/>
        <source>&amp;New contact…</source>
        <extracomment>How long the search waits after the last key press. The columns&apos; widths, order, visibility and the sorted column, by column key. The user wants to see a contact&apos;s file. The user wants to edit a contact. The user wants a new contact. Contacts were written (deleted, restored, tagged): counts and undo need refreshing. A short message for the status bar. The selection changed. The list was restricted to given contacts (True) or shows all again (False). The known cities by their case-folded name (the filter matches the exact name). Only these contacts are listed (from the dashboard), and the filter&apos;s title.</extracomment>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="141"/>
        <source>&amp;Open contact</source>
        <translation>&amp;Ouvrir le contact</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="149"/>
        <source>&amp;Edit contact…</source>
        <translation>&amp;Modifier le contact…</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="157"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="165"/>
        <source>&amp;Restore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="173"/>
        <source>&amp;Add tag…</source>
        <translation>A&amp;jouter une étiquette…</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="181"/>
        <source>Re&amp;move tag…</source>
        <translation>Retirer une éti&amp;quette…</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="202"/>
        <location filename="../../ui/contacts_pane.py" line="220"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="226"/>
        <source>Search name, company, e-mail, phone, city…</source>
        <translation>Rechercher nom, entreprise, e-mail, téléphone, ville…</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="236"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="258"/>
        <source>All cities</source>
        <translation>Toutes les villes</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="273"/>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="275"/>
        <source>Show the deleted contacts, to restore them</source>
        <translation>Afficher les contacts supprimés, pour les restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="370"/>
        <source>Remove this filter and show all contacts</source>
        <translation>Retirer ce filtre et afficher tous les contacts</translation>
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
        <translation>Toutes les étiquettes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="520"/>
        <source>%Ln deleted contact(s)</source>
        <translation>
            <numerusform>%Ln contact supprimé</numerusform>
            <numerusform>%Ln contacts supprimés</numerusform>
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
        <translation>Aucun contact ne correspond à la recherche.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="537"/>
        <source>There are no deleted contacts.</source>
        <translation>Il n’y a aucun contact supprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="540"/>
        <source>No contacts yet.
Create the first one with File ▸ New contact (Ctrl+N).</source>
        <translation>Aucun contact pour l’instant.
Créez le premier avec Fichier ▸ Nouveau contact (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="625"/>
        <source>Delete %n contact(s)?</source>
        <translation>
            <numerusform>Supprimer %n contact&#xa0;?</numerusform>
            <numerusform>Supprimer %n contacts&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="627"/>
        <source>You can undo this with Edit ▸ Undo, or restore them from the deleted contacts.</source>
        <translation>Vous pourrez annuler avec Édition ▸ Annuler, ou les restaurer depuis les contacts supprimés.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="158"/>
        <location filename="../../ui/contacts_pane.py" line="629"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="134"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="142"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="150"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="166"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="174"/>
        <source>Add tag</source>
        <translation>Étiqueter</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="182"/>
        <source>Remove tag</source>
        <translation>Retirer l’étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="637"/>
        <source>Deleting contacts…</source>
        <translation>Suppression des contacts…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="639"/>
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>%n contact supprimé.</numerusform>
            <numerusform>%n contacts supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="648"/>
        <source>Restoring contacts…</source>
        <translation>Restauration des contacts…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="650"/>
        <source>%n contact(s) restored.</source>
        <translation>
            <numerusform>%n contact restauré.</numerusform>
            <numerusform>%n contacts restaurés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="657"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="662"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="663"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="673"/>
        <source>Tag to add to %n contact(s):</source>
        <translation>
            <numerusform>Étiquette à ajouter à %n contact&#xa0;:</numerusform>
            <numerusform>Étiquette à ajouter à %n contacts&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="684"/>
        <source>Tagging contacts…</source>
        <translation>Ajout de l’étiquette…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="687"/>
        <source>Tag “%1” put on %n contact(s).</source>
        <translation>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» ajoutée à %n contact.</numerusform>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» ajoutée à %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="698"/>
        <source>No contact has a tag.</source>
        <translation>Aucun contact n’a d’étiquette.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="701"/>
        <source>Tag to remove from %n contact(s):</source>
        <translation>
            <numerusform>Étiquette à retirer de %n contact&#xa0;:</numerusform>
            <numerusform>Étiquette à retirer de %n contacts&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="712"/>
        <source>Removing a tag…</source>
        <translation>Retrait de l’étiquette…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="715"/>
        <source>Tag “%1” removed from %n contact(s).</source>
        <translation>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» retirée de %n contact.</numerusform>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» retirée de %n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="53"/>
        <source>Contacts</source>
        <extracomment>The kinds of record with custom fields, in tab order.</extracomment>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="54"/>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="55"/>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="61"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="62"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="63"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="64"/>
        <source>Choice list</source>
        <translation>Liste de choix</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="65"/>
        <source>Yes / No</source>
        <translation>Oui / Non</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="76"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="493"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="499"/>
        <source>Add your own fields to contacts, companies and deals: they appear in the forms and the files, and as columns and filters in the lists.</source>
        <extracomment>The field editor opened last (for tests and the screenshot).</extracomment>
        <translation>Ajoutez vos propres champs aux contacts, aux entreprises et aux affaires : ils apparaissent dans les formulaires et les fiches, et comme colonnes et filtres dans les listes.</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="514"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CustomFilterBar</name>
    <message>
        <location filename="../../ui/custom_columns.py" line="111"/>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="114"/>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="115"/>
        <source>equals</source>
        <translation>est égal à</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="117"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="119"/>
        <source>is filled in</source>
        <translation>est renseigné</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="122"/>
        <source>before</source>
        <translation>avant le</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="123"/>
        <source>less than</source>
        <translation>inférieur à</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="126"/>
        <source>after</source>
        <translation>après le</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="127"/>
        <source>more than</source>
        <translation>supérieur à</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="129"/>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="131"/>
        <source>is yes</source>
        <translation>est Oui</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="133"/>
        <source>is no</source>
        <translation>est Non</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="154"/>
        <source>{field} up to {high}</source>
        <translation>{field} jusqu&apos;à {high}</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="160"/>
        <source>{field} from {low}</source>
        <translation>{field} à partir de {low}</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="165"/>
        <source>{field} between {low} and {high}</source>
        <translation>{field} entre {low} et {high}</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="660"/>
        <source>More filters (%1)</source>
        <translation>Plus de filtres (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="662"/>
        <source>More filters</source>
        <translation>Plus de filtres</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="665"/>
        <source>Filter on the custom fields (%1)</source>
        <translation>Filtrer sur les champs personnalisés (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="667"/>
        <source>No custom field yet: add some in Settings ▸ Custom fields</source>
        <translation>Aucun champ personnalisé pour l&apos;instant : ajoutez-en dans Paramètres ▸ Champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="686"/>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
</context>
<context>
    <name>CustomFilterPopup</name>
    <message>
        <location filename="../../ui/custom_columns.py" line="389"/>
        <location filename="../../ui/custom_columns.py" line="390"/>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="404"/>
        <source>&amp;Add filter</source>
        <translation>&amp;Ajouter le filtre</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="410"/>
        <source>Field:</source>
        <translation>Champ :</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="411"/>
        <source>Condition:</source>
        <translation>Condition :</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="412"/>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="498"/>
        <source>There is no custom field to filter on.</source>
        <translation>Il n&apos;y a aucun champ personnalisé sur lequel filtrer.</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="506"/>
        <source>Choose a value.</source>
        <translation>Choisissez une valeur.</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="527"/>
        <source>Type a number, e.g. 12,5.</source>
        <translation>Tapez un nombre, par exemple 12,5.</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="531"/>
        <source>Type the text to look for.</source>
        <translation>Tapez le texte à chercher.</translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <location filename="../../ui/dashboard.py" line="538"/>
        <source>Revenue by month</source>
        <extracomment>Contacts to list (ids, title of the filter), from a click on a chart or a list. A short message for the status bar. Everything asked for the current period has arrived (tests, benchmarks). The period of the figures asked for last. The contacts of each smart list, by code.</extracomment>
        <translation>Chiffre d’affaires par mois</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="539"/>
        <source>Share of revenue by share of customers</source>
        <translation>Part du chiffre d’affaires par part des clients</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="540"/>
        <source>Customers by RFM segment</source>
        <translation>Clients par segment RFM</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="541"/>
        <source>Recency × frequency</source>
        <translation>Récence × fréquence</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="542"/>
        <source>Monthly cohorts: customers buying again</source>
        <translation>Cohortes mensuelles&#xa0;: clients qui rachètent</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="543"/>
        <source>Open pipeline by stage</source>
        <translation>Affaires en cours par étape</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="567"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="572"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="573"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="574"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="575"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="576"/>
        <source>Last year</source>
        <translation>L’an dernier</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="577"/>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="597"/>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="598"/>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="606"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="608"/>
        <source>Compute the figures again (F5)</source>
        <translation>Recalculer les chiffres (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="631"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="634"/>
        <source>The report of the period shown as a PDF</source>
        <translation>Le rapport de la période affichée en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="638"/>
        <source>Call list PDF</source>
        <translation>Liste d&apos;appels PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="641"/>
        <source>The call list of the segment selected in the table, as a PDF</source>
        <translation>La liste d&apos;appels du segment choisi dans le tableau, en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="662"/>
        <source>Dashboard %1 – %2</source>
        <translation>Tableau de bord %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="666"/>
        <source>Dashboard report</source>
        <translation>Rapport du tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="690"/>
        <source>Call list %1</source>
        <translation>Liste d&apos;appels %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="717"/>
        <source>RFM segments</source>
        <translation>Segments RFM</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="727"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="728"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="729"/>
        <source>Share of revenue</source>
        <translation>Part du CA</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="730"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="731"/>
        <source>Suggested action</source>
        <translation>Action suggérée</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="750"/>
        <source>Double-click or press Enter to list the customers of a segment</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour lister les clients d’un segment</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="757"/>
        <source>Lifetime value (next 12 months)</source>
        <translation>Valeur vie client (12 prochains mois)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="758"/>
        <location filename="../../ui/dashboard.py" line="972"/>
        <location filename="../../ui/dashboard.py" line="973"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="769"/>
        <source>Predicted value</source>
        <translation>Valeur prédite</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="770"/>
        <source>Per customer</source>
        <translation>Par client</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="771"/>
        <source>Probably still active</source>
        <translation>Probablement actifs</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="801"/>
        <source>Smart lists</source>
        <translation>Listes intelligentes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="899"/>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation>%1 – %2, comparé à %3 – %4</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="949"/>
        <source>Computing the dashboard…</source>
        <translation>Calcul du tableau de bord…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="1089"/>
        <source>%Ln customer(s) with at least one order, scored as of %1.</source>
        <translation>
            <numerusform>%Ln client avec au moins une commande, notés au %1.</numerusform>
            <numerusform>%Ln clients avec au moins une commande, notés au %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1112"/>
        <source>Predicted from each customer&apos;s purchase rhythm (BG/NBD and Gamma-Gamma models), as of %1, with a monthly discount rate of 1 %.</source>
        <translation>Prédite d’après le rythme d’achat de chaque client (modèles BG/NBD et Gamma-Gamma), au %1, avec un taux d’actualisation mensuel de 1&#xa0;%.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1154"/>
        <source>cannot be estimated</source>
        <translation>estimation impossible</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1194"/>
        <source>Segment: %1</source>
        <translation>Segment&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1210"/>
        <source>R%1 · F%2 (%3)</source>
        <translation>R%1 · F%2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1221"/>
        <source>Bought in %1</source>
        <translation>Acheteurs de %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1235"/>
        <source>First purchase in %1</source>
        <translation>Premier achat en %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1246"/>
        <source>Open deals at stage: %1</source>
        <translation>Affaires en cours à l’étape&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1255"/>
        <source>Top 20 % of customers by revenue</source>
        <translation>Les 20&#xa0;% de clients qui font le plus de chiffre d’affaires</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1266"/>
        <source>Smart list: %1</source>
        <translation>Liste intelligente&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <location filename="../../ui/deal_dialog.py" line="328"/>
        <source>Reference or name…</source>
        <translation>Référence ou nom…</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="385"/>
        <source>Edit deal — %1</source>
        <translation>Modifier l&apos;affaire — %1</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="400"/>
        <source>New deal</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="437"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="440"/>
        <source>e.g. Christmas hampers 2025 — Town hall</source>
        <translation>ex. Colis de Noël 2025 — Mairie</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="441"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="443"/>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact :</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="445"/>
        <source>Co&amp;mpany:</source>
        <translation>E&amp;ntreprise :</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="448"/>
        <location filename="../../ui/deal_dialog.py" line="610"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="451"/>
        <source>O&amp;wner:</source>
        <translation>Res&amp;ponsable :</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="455"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="457"/>
        <source>Where it stands</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="462"/>
        <source>&amp;Pipeline:</source>
        <translation>P&amp;ipeline :</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="465"/>
        <source>&amp;Stage:</source>
        <translation>É&amp;tape :</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="468"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="469"/>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="470"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="474"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut :</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="480"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="481"/>
        <location filename="../../ui/deal_dialog.py" line="614"/>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="482"/>
        <source>Expected &amp;close:</source>
        <translation>&amp;Clôture prévue :</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="487"/>
        <source>Pro&amp;bability:</source>
        <translation>Pro&amp;babilité :</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="491"/>
        <source>&amp;Amount excl. VAT:</source>
        <translation>&amp;Montant HT :</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="494"/>
        <source>Weighted:</source>
        <translation>Pondéré :</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="497"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="522"/>
        <source>Add &amp;line</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="525"/>
        <source>Add a product line (Ctrl+Shift+L)</source>
        <translation>Ajouter une ligne de produit (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="528"/>
        <source>Remo&amp;ve line</source>
        <translation>Retirer la li&amp;gne</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="547"/>
        <source>Total excl. VAT:</source>
        <translation>Total HT :</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="548"/>
        <source>VAT:</source>
        <translation>TVA :</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="549"/>
        <source>Total incl. VAT:</source>
        <translation>Total TTC :</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="587"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="591"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="602"/>
        <source>Other information</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="656"/>
        <source>Stage default (%1)</source>
        <translation>Défaut de l&apos;étape (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="703"/>
        <source>Why it was lost (required)</source>
        <translation>Pourquoi elle a été perdue (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="705"/>
        <source>Why it was won (optional)</source>
        <translation>Pourquoi elle a été gagnée (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="836"/>
        <source>The total of the product lines, excluding VAT</source>
        <translation>Le total HT des lignes de produits</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="911"/>
        <source>Check the highlighted cells of the lines.</source>
        <translation>Vérifiez les cellules signalées dans les lignes.</translation>
    </message>
</context>
<context>
    <name>DealFileView</name>
    <message>
        <location filename="../../ui/deal_file.py" line="136"/>
        <source>Log interaction</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="138"/>
        <source>Log a call, an e-mail, a meeting… about this deal</source>
        <translation>Noter un appel, un e-mail, un rendez-vous… sur cette affaire</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="144"/>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="146"/>
        <source>Plan a task for this deal</source>
        <translation>Prévoir une tâche pour cette affaire</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="152"/>
        <source>Next stage</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="154"/>
        <source>Move the deal to the next stage</source>
        <translation>Passer l&apos;affaire à l&apos;étape suivante</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="160"/>
        <location filename="../../ui/deal_file.py" line="279"/>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="162"/>
        <source>Mark the deal as won</source>
        <translation>Marquer l&apos;affaire gagnée</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="168"/>
        <source>Lost…</source>
        <translation>Perdue…</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="170"/>
        <source>Mark the deal as lost, saying why</source>
        <translation>Marquer l&apos;affaire perdue, en disant pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="176"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="178"/>
        <source>Open the deal again</source>
        <translation>Rouvrir l&apos;affaire</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="186"/>
        <source>Quote PDF</source>
        <translation>Devis PDF</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="189"/>
        <source>The quote of this deal&apos;s lines as a PDF (numbered when first issued)</source>
        <translation>Le devis des lignes de cette affaire en PDF (numéroté à sa première émission)</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="214"/>
        <source>Quote %1</source>
        <translation>Devis %1</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="235"/>
        <source>No deal selected.</source>
        <translation>Aucune affaire sélectionnée.</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="246"/>
        <source>This deal was deleted on {when}. It no longer appears in lists.</source>
        <translation>Cette affaire a été supprimée le {when}. Elle n&apos;apparaît plus dans les listes.</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="279"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="279"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="309"/>
        <source>stage default</source>
        <translation>défaut de l&apos;étape</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="309"/>
        <source>set by hand</source>
        <translation>saisie à la main</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="312"/>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="314"/>
        <source>incl. VAT %1</source>
        <translation>TTC %1</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="321"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="330"/>
        <source>Weighted amount</source>
        <translation>Montant pondéré</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="332"/>
        <source>amount × probability</source>
        <translation>montant × probabilité</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="338"/>
        <source>not set</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="340"/>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="345"/>
        <source>The expected close date is past</source>
        <translation>La date de clôture prévue est passée</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="348"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="369"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="384"/>
        <source>%1 — default probability %2</source>
        <translation>%1 — probabilité par défaut %2</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="399"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="414"/>
        <source>Open the contact&apos;s file</source>
        <translation>Ouvrir la fiche du contact</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="418"/>
        <location filename="../../ui/deal_file.py" line="420"/>
        <location filename="../../ui/deal_file.py" line="432"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="424"/>
        <source>Open the company&apos;s file</source>
        <translation>Ouvrir la fiche de l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="428"/>
        <location filename="../../ui/deal_file.py" line="430"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="432"/>
        <source>Nobody linked yet.</source>
        <translation>Personne n&apos;est encore lié.</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="433"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="434"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="435"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="437"/>
        <source>Why it was won</source>
        <translation>Raison du gain</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="437"/>
        <source>Why lost</source>
        <translation>Raison de la perte</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="444"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="448"/>
        <source>No notes.</source>
        <translation>Pas de notes.</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="452"/>
        <source>Other information</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="466"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="473"/>
        <source>No product lines: the amount was typed. Add lines with Edit.</source>
        <translation>Pas de lignes de produits : le montant a été saisi. Ajoutez des lignes avec Modifier.</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="483"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="484"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="485"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="486"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="487"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="488"/>
        <location filename="../../ui/deal_file.py" line="529"/>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="531"/>
        <source>VAT %1</source>
        <translation>TVA %1</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="532"/>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="549"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="551"/>
        <source>No task.</source>
        <translation>Aucune tâche.</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="564"/>
        <source>overdue since {date}</source>
        <translation>en retard depuis le {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/deal_file.py" line="573"/>
        <source>… and %n more task(s)</source>
        <translation>
            <numerusform>… et %n autre tâche</numerusform>
            <numerusform>… et %n autres tâches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="577"/>
        <source>New task (%1)</source>
        <translation>Nouvelle tâche (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="587"/>
        <source>No interaction yet. Log one with {keys}.</source>
        <translation>Aucun échange pour l&apos;instant. Notez-en un avec {keys}.</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="667"/>
        <source>Moved to %1.</source>
        <translation>Passée à l&apos;étape %1.</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="674"/>
        <source>Deal marked as won.</source>
        <translation>Affaire marquée gagnée.</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="685"/>
        <source>Deal marked as lost.</source>
        <translation>Affaire marquée perdue.</translation>
    </message>
    <message>
        <location filename="../../ui/deal_file.py" line="696"/>
        <source>Deal reopened.</source>
        <translation>Affaire rouverte.</translation>
    </message>
</context>
<context>
    <name>DealLinesModel</name>
    <message>
        <location filename="../../ui/deal_dialog.py" line="147"/>
        <source>Product</source>
        <extracomment>The field of DealLineInput each column edits (for the messages of validate_deal). The lines changed (a value, a line added or removed): the totals need updating. (row, column key) -&gt; message template. Cells whose text could not be read, (row, column key) -&gt; text typed.</extracomment>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="148"/>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="149"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="150"/>
        <source>Unit price excl. VAT</source>
        <translation>Prix unitaire HT</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="151"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="152"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../ui/deal_dialog.py" line="153"/>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <location filename="../../ui/deal_table_model.py" line="43"/>
        <source>Open</source>
        <extracomment>The columns, by the sort key ``app.pipeline.search_ids`` knows them by.</extracomment>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="44"/>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="45"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="78"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="79"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="80"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="81"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="82"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="83"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="84"/>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="85"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="86"/>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="87"/>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="136"/>
        <source>Overdue: the expected close date is past</source>
        <translation>En retard : la date de clôture prévue est passée</translation>
    </message>
    <message>
        <location filename="../../ui/deal_table_model.py" line="138"/>
        <source>The stage&apos;s default probability</source>
        <translation>La probabilité par défaut de l&apos;étape</translation>
    </message>
</context>
<context>
    <name>DuplicatePairModel</name>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="227"/>
        <source>same SIREN</source>
        <extracomment>The pair of a row (a DuplicatePair). The score of a row (0–100), for the bar. Records whose details are kept (the rest are fetched again when shown). Ids asked for and not found (never asked again). Pages fetched (for tests).</extracomment>
        <translation>même SIREN</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="228"/>
        <source>same VAT number</source>
        <translation>même n° de TVA</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="229"/>
        <source>same e-mail</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="230"/>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="234"/>
        <source>similar name (%1 %)</source>
        <translation>nom proche (%1&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="236"/>
        <source>similar name</source>
        <translation>nom proche</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="292"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="321"/>
        <source>Deleted or merged since the scan</source>
        <translation>Supprimée ou fusionnée depuis la recherche</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="343"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="344"/>
        <source>Record A</source>
        <translation>Fiche A</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="345"/>
        <source>Record B</source>
        <translation>Fiche B</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="346"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="347"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="348"/>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="875"/>
        <source>Records already in the database</source>
        <translation>Fiches déjà présentes dans la base</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="879"/>
        <source>&amp;Skip them: keep the records as they are</source>
        <translation>&amp;Ignorer : garder les fiches telles quelles</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="880"/>
        <source>&amp;Update them: the file&apos;s values replace the stored ones</source>
        <translation>&amp;Mettre à jour : les valeurs du fichier remplacent celles enregistrées</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="881"/>
        <source>&amp;Merge: only fill in the fields that are empty</source>
        <translation>&amp;Fusionner : ne remplir que les champs vides</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="891"/>
        <source>Recognise a record by</source>
        <translation>Reconnaître une fiche par</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="910"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="910"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="910"/>
        <source>From</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="910"/>
        <source>To</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="915"/>
        <source>Check the &amp;whole file</source>
        <translation>Vérifier &amp;tout le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="918"/>
        <source>Only the first rows are compared above; list the changes of every row</source>
        <translation>Seules les premières lignes sont comparées ci-dessus ; lister les changements de toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="938"/>
        <source>Records already known</source>
        <extracomment>Takes the room of the diff while it is hidden.</extracomment>
        <translation>Fiches déjà connues</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="941"/>
        <source>What to do with the rows that match a record already in the database.</source>
        <translation>Que faire des lignes qui correspondent à une fiche déjà présente dans la base ?</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="971"/>
        <source>Looking for the records already known…</source>
        <translation>Recherche des fiches déjà connues…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1010"/>
        <source>Records already in the database (the same order number, or the same contact, date, channel and subject) are always skipped: an import never counts a sale or a call twice.</source>
        <translation>Les fiches déjà présentes dans la base (même numéro de commande, ou même contact, date, canal et objet) sont toujours ignorées : une importation ne compte jamais deux fois une vente ou un appel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1017"/>
        <source>In the whole file, %n row(s) match a known record: they will be skipped.</source>
        <translation>
            <numerusform>Dans tout le fichier, %n ligne correspond à une fiche connue : elle sera ignorée.</numerusform>
            <numerusform>Dans tout le fichier, %n lignes correspondent à une fiche connue : elles seront ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1023"/>
        <source>%n row(s) of the first rows match a known record: they will be skipped.</source>
        <translation>
            <numerusform>%n des premières lignes correspond à une fiche connue : elle sera ignorée.</numerusform>
            <numerusform>%n des premières lignes correspondent à une fiche connue : elles seront ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1031"/>
        <source>In the whole file, %n known record(s) will change, as follows:</source>
        <translation>
            <numerusform>Dans tout le fichier, %n fiche connue va changer, comme suit :</numerusform>
            <numerusform>Dans tout le fichier, %n fiches connues vont changer, comme suit :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1034"/>
        <source>%n known record(s) will change, as follows:</source>
        <translation>
            <numerusform>%n fiche connue va changer, comme suit :</numerusform>
            <numerusform>%n fiches connues vont changer, comme suit :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1037"/>
        <source>No known record will change.</source>
        <translation>Aucune fiche connue ne changera.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPane</name>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="449"/>
        <source>&amp;Scan for duplicates</source>
        <extracomment>The scan under way (None when there is none, or when jobs run at once). Per kind: the last scan&apos;s pairs and its status text (switching kinds keeps them).</extracomment>
        <translation>&amp;Rechercher les doublons</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="450"/>
        <source>Scan</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="457"/>
        <source>&amp;Cancel the scan</source>
        <translation>&amp;Annuler la recherche</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="458"/>
        <location filename="../../ui/duplicates_pane.py" line="535"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="465"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="466"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="473"/>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Pas des doublons</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="474"/>
        <source>Not duplicates</source>
        <translation>Pas des doublons</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="481"/>
        <source>Open record &amp;A</source>
        <translation>Ouvrir la fiche &amp;A</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="482"/>
        <source>Open A</source>
        <translation>Ouvrir A</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="489"/>
        <source>Open record &amp;B</source>
        <translation>Ouvrir la fiche &amp;B</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="490"/>
        <source>Open B</source>
        <translation>Ouvrir B</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="498"/>
        <source>Set the pair aside: it will not be proposed again</source>
        <translation>Écarter la paire&#xa0;: elle ne sera plus proposée</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="506"/>
        <source>Co&amp;ntacts</source>
        <translation>Co&amp;ntacts</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="508"/>
        <source>Com&amp;panies</source>
        <translation>&amp;Entreprises</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="515"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="538"/>
        <source>Stop the scan</source>
        <translation>Arrêter la recherche</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="624"/>
        <source>Press Scan (F5) to look for contacts that may be the same person.</source>
        <translation>Appuyez sur Rechercher (F5) pour trouver les contacts qui pourraient être la même personne.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="626"/>
        <source>Press Scan (F5) to look for companies that may be the same firm.</source>
        <translation>Appuyez sur Rechercher (F5) pour trouver les entreprises qui pourraient être la même société.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="639"/>
        <location filename="../../ui/duplicates_pane.py" line="673"/>
        <source>Looking for duplicates…</source>
        <translation>Recherche des doublons…</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="641"/>
        <source>No possible duplicates.</source>
        <translation>Aucun doublon possible.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="643"/>
        <source>No scan yet.</source>
        <translation>Aucune recherche pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="677"/>
        <source>Looking for duplicates</source>
        <translation>Recherche des doublons</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="696"/>
        <source>Stopping the scan…</source>
        <translation>Arrêt de la recherche…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/duplicates_pane.py" line="714"/>
        <source>%n possible duplicate(s) found in %1 s</source>
        <translation>
            <numerusform>%n doublon possible trouvé en %1&#xa0;s</numerusform>
            <numerusform>%n doublons possibles trouvés en %1&#xa0;s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="716"/>
        <source>No possible duplicates found (%1 s).</source>
        <translation>Aucun doublon possible trouvé (%1&#xa0;s).</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="735"/>
        <source>The scan was cancelled.</source>
        <translation>La recherche a été annulée.</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_pane.py" line="783"/>
        <source>The two records were merged (Ctrl+Z to undo).</source>
        <translation>Les deux fiches ont été fusionnées (Ctrl+Z pour annuler).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/duplicates_pane.py" line="803"/>
        <source>%n pair(s) set aside as not duplicates.</source>
        <translation>
            <numerusform>%n paire écartée (pas des doublons).</numerusform>
            <numerusform>%n paires écartées (pas des doublons).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/duplicates_pane.py" line="816"/>
        <source>%n possible duplicate(s) left</source>
        <translation>
            <numerusform>%n doublon possible restant</numerusform>
            <numerusform>%n doublons possibles restants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/tasks_pane.py" line="858"/>
        <source>Export to calendar</source>
        <extracomment>(selected tasks only, as events)</extracomment>
        <translation>Exporter vers un agenda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasks_pane.py" line="859"/>
        <source>The %n task(s) of this view</source>
        <translation>
            <numerusform>La tâche de cette vue (%n)</numerusform>
            <numerusform>Les %n tâches de cette vue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasks_pane.py" line="861"/>
        <source>The %n selected task(s)</source>
        <translation>
            <numerusform>La tâche sélectionnée (%n)</numerusform>
            <numerusform>Les %n tâches sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="869"/>
        <source>As calendar &amp;events</source>
        <translation>En &amp;événements d&apos;agenda</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="871"/>
        <source>As &amp;to-dos</source>
        <translation>En tâches à &amp;faire (to-do)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="880"/>
        <source>Shown by every calendar program (Google Calendar, Outlook, Apple Calendar…), at the due time. Tasks without a due date are left out.</source>
        <translation>Affichés par tous les agendas (Google Agenda, Outlook, Calendrier d&apos;Apple…), à l&apos;heure de l&apos;échéance. Les tâches sans échéance sont laissées de côté.</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="887"/>
        <source>For programs with a task list (Thunderbird, Apple Reminders…); many calendars ignore them when importing.</source>
        <translation>Pour les logiciels qui ont une liste de tâches (Thunderbird, Rappels d&apos;Apple…) ; beaucoup d&apos;agendas les ignorent à l&apos;import.</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="897"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="901"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="905"/>
        <source>Which tasks:</source>
        <translation>Quelles tâches :</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="906"/>
        <source>How:</source>
        <translation>Comment :</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="91"/>
        <source>Open</source>
        <extracomment>The shortcut of every list&apos;s Export… action (Ctrl+E is Edit in the lists).</extracomment>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="92"/>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="100"/>
        <location filename="../../ui/export_dialog.py" line="225"/>
        <location filename="../../ui/export_dialog.py" line="384"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="101"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="102"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="103"/>
        <location filename="../../ui/export_dialog.py" line="171"/>
        <source>Sort</source>
        <translation>Tri</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="104"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="105"/>
        <source>Exported on</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="106"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="107"/>
        <location filename="../../ui/export_dialog.py" line="150"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="108"/>
        <location filename="../../ui/export_dialog.py" line="152"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="117"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="118"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="119"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="120"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="121"/>
        <source>Sector</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="122"/>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="123"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="124"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="125"/>
        <source>Complaints</source>
        <translation>Réclamations</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="126"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="127"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="128"/>
        <source>Expected close from</source>
        <translation>Clôture prévue à partir du</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="129"/>
        <source>Expected close to</source>
        <translation>Clôture prévue jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="130"/>
        <source>Deleted records</source>
        <translation>Fiches supprimées</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="131"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="132"/>
        <source>Only</source>
        <translation>Uniquement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="147"/>
        <source>%n chosen record(s)</source>
        <translation>
            <numerusform>%n fiche choisie</numerusform>
            <numerusform>%n fiches choisies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="167"/>
        <source>descending</source>
        <translation>décroissant</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="169"/>
        <source>ascending</source>
        <translation>croissant</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="222"/>
        <source>E&amp;xport list…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="230"/>
        <source>Export the list as shown to Excel, CSV or vCard</source>
        <translation>Exporter la liste telle qu&apos;affichée vers Excel, CSV ou vCard</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="383"/>
        <source>Orders</source>
        <extracomment>Emitted (on the main thread) with the ExportResult once the file is written.</extracomment>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="405"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="406"/>
        <source>CSV for Excel (.csv, “;”)</source>
        <translation>CSV pour Excel (.csv, « ; »)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="409"/>
        <source>vCard (.vcf)</source>
        <translation>vCard (.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="418"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="435"/>
        <source>&amp;All dates</source>
        <translation>&amp;Toutes les dates</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="443"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="447"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="458"/>
        <source>Export “%1”.</source>
        <translation>Exporter « %1 ».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="461"/>
        <source>Export “%1”: %n row(s), the columns, filter and sort as shown.</source>
        <translation>
            <numerusform>Exporter « %1 » : %n ligne, avec les colonnes, le filtre et le tri affichés.</numerusform>
            <numerusform>Exporter « %1 » : %n lignes, avec les colonnes, le filtre et le tri affichés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="496"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="497"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="498"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="501"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="534"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="543"/>
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n ligne exportée dans %1.</numerusform>
            <numerusform>%n lignes exportées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="114"/>
        <source>New field — %1</source>
        <extracomment>How many records hold a value for the field (its type is then restricted).</extracomment>
        <translation>Nouveau champ — %1</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="116"/>
        <source>Edit field “%1”</source>
        <translation>Modifier le champ « %1 »</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="122"/>
        <source>e.g. Favourite wine</source>
        <translation>ex. : Vin préféré</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="131"/>
        <source>One choice per line</source>
        <translation>Un choix par ligne</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="136"/>
        <source>&amp;Choices:</source>
        <translation>&amp;Choix :</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="142"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="143"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="150"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="162"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="163"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/custom_fields_dialog.py" line="210"/>
        <source>%n record(s) hold a value for this field: its type can only change between Text and Choice list. Create a new field instead.</source>
        <translation>
            <numerusform>%n fiche contient une valeur pour ce champ : son type ne peut passer que de Texte à Liste de choix, ou l&apos;inverse. Créez plutôt un nouveau champ.</numerusform>
            <numerusform>%n fiches contiennent une valeur pour ce champ : son type ne peut passer que de Texte à Liste de choix, ou l&apos;inverse. Créez plutôt un nouveau champ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="219"/>
        <source>The values already typed are added to the choices.</source>
        <translation>Les valeurs déjà saisies sont ajoutées aux choix.</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="225"/>
        <source>New field</source>
        <translation>Nouveau champ</translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="287"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="287"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="287"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="296"/>
        <source>No field yet. Add one with “Add…”: it appears in every form and list.</source>
        <translation>Aucun champ pour l&apos;instant. Ajoutez-en un avec « Ajouter… » : il apparaîtra dans tous les formulaires et toutes les listes.</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="304"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="305"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="307"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="309"/>
        <source>Move &amp;up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="311"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="326"/>
        <source>Move the field up in the forms (Ctrl+Up)</source>
        <translation>Monter le champ dans les formulaires (Ctrl+Haut)</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="327"/>
        <source>Move the field down in the forms (Ctrl+Down)</source>
        <translation>Descendre le champ dans les formulaires (Ctrl+Bas)</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="328"/>
        <source>Add a field (Ins)</source>
        <translation>Ajouter un champ (Inser)</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="329"/>
        <source>Change the field&apos;s name, type or choices (F2)</source>
        <translation>Changer le nom, le type ou les choix du champ (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="330"/>
        <source>Delete the field (Del); its values are kept</source>
        <translation>Supprimer le champ (Suppr) ; ses valeurs sont conservées</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="340"/>
        <source>In the forms</source>
        <translation>Dans les formulaires</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/custom_fields_dialog.py" line="373"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="373"/>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="452"/>
        <source>Delete the field “%1”?</source>
        <translation>Supprimer le champ « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="454"/>
        <source>It disappears from the forms and lists. The values already typed are kept: Edit ▸ Undo brings the field back with them.</source>
        <translation>Il disparaît des formulaires et des listes. Les valeurs déjà saisies sont conservées : Édition ▸ Annuler fait revenir le champ avec elles.</translation>
    </message>
    <message>
        <location filename="../../ui/custom_fields_dialog.py" line="457"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="261"/>
        <source>Choose a file, or drop it here</source>
        <extracomment>Rows of the file shown on the header step, and rows checked on the check step. Rejected rows listed on the summary (all of them go into the saved file).</extracomment>
        <translation>Choisissez un fichier, ou déposez-le ici</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="263"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="265"/>
        <source>Choose the file to import (Ctrl+O)</source>
        <translation>Choisir le fichier à importer (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="271"/>
        <source>&amp;What do you import?</source>
        <translation>&amp;Que voulez-vous importer ?</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="274"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="279"/>
        <source>Drop an Excel workbook (.xlsx), a CSV file or a vCard file (.vcf) here</source>
        <translation>Déposez ici un classeur Excel (.xlsx), un fichier CSV ou un fichier vCard (.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="291"/>
        <source>Excel files (.xlsx) may hold several sheets; CSV files written by French Excel (&apos;;&apos; and accents) are read as they are. vCard files hold contacts. Nothing is written before the last step, and an import can be undone.</source>
        <translation>Un classeur Excel (.xlsx) peut contenir plusieurs feuilles ; les fichiers CSV enregistrés par Excel en français (« ; » et accents) sont lus tels quels. Les fichiers vCard contiennent des contacts. Rien n&apos;est enregistré avant la dernière étape, et une importation peut être annulée.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="308"/>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="311"/>
        <source>What kind of records does the file hold, and where is it?</source>
        <translation>Que contient le fichier, et où se trouve-t-il ?</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="333"/>
        <source>Import a file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="338"/>
        <source>Spreadsheets and address books (%1)</source>
        <translation>Tableurs et carnets d&apos;adresses (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="339"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <location filename="../../ui/forecast_view.py" line="68"/>
        <source>No open or won deals in this period.</source>
        <translation>Aucune affaire ouverte ou gagnée sur cette période.</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="83"/>
        <source>Open amount</source>
        <translation>Montant ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="91"/>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="99"/>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/forecast_view.py" line="142"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n affaire ouverte</numerusform>
            <numerusform>%n affaires ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="145"/>
        <source>Open amount: %1</source>
        <translation>Montant ouvert : %1</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="150"/>
        <source>Weighted: %1</source>
        <translation>Pondéré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="156"/>
        <source>Won: %1</source>
        <translation>Gagné : %1</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="161"/>
        <source>Click to list these deals.</source>
        <translation>Cliquez pour lister ces affaires.</translation>
    </message>
</context>
<context>
    <name>ForecastView</name>
    <message>
        <location filename="../../ui/forecast_view.py" line="51"/>
        <source>Overdue</source>
        <extracomment>How many months before this one show their wins.</extracomment>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="52"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="53"/>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/forecast_view.py" line="187"/>
        <source>Next %n month(s)</source>
        <extracomment>A bucket was chosen (a bar clicked, a row activated): its key.</extracomment>
        <translation>
            <numerusform>%n mois à venir</numerusform>
            <numerusform>%n mois à venir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="193"/>
        <source>Amounts excluding VAT.</source>
        <translation>Montants hors taxes.</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="204"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="205"/>
        <source>Open deals</source>
        <translation>Affaires ouvertes</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="206"/>
        <source>Open amount</source>
        <translation>Montant ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="207"/>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="208"/>
        <source>Won deals</source>
        <translation>Affaires gagnées</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="209"/>
        <source>Won amount</source>
        <translation>Montant gagné</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="277"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/forecast_view.py" line="289"/>
        <source>Open: %1, weighted %2</source>
        <translation>Ouvert : %1, pondéré %2</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../ui/global_search.py" line="159"/>
        <source>Search</source>
        <extracomment>How long the search waits after the last key press. What an item of the list is (Qt.UserRole): a heading, a hit, or &quot;show all contacts&quot;. Open a record&apos;s file: kind &quot;contact&quot;, &quot;company&quot; or &quot;deal&quot;, and its id. Show every contact matching this text in the contacts list.</extracomment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="175"/>
        <source>Search contacts, companies, deals, notes…</source>
        <extracomment>Searches run since the popup was made (for tests).</extracomment>
        <translation>Rechercher contacts, entreprises, affaires, notes…</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="202"/>
        <source>↑↓ to move · Tab: next group · Enter to open · Esc to close</source>
        <translation>↑↓ pour se déplacer · Tab : groupe suivant · Entrée pour ouvrir · Échap pour fermer</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="224"/>
        <location filename="../../ui/global_search.py" line="266"/>
        <source>Type a name, a city, a phone number, a SIREN, words of a note…</source>
        <translation>Tapez un nom, une ville, un numéro de téléphone, un SIREN, des mots d&apos;une note…</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="280"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="281"/>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="282"/>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="283"/>
        <source>Notes and interactions</source>
        <translation>Notes et échanges</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="286"/>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 sur %3</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="289"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="306"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="315"/>
        <source>won</source>
        <translation>gagnée</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="317"/>
        <source>lost</source>
        <translation>perdue</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="343"/>
        <source>Show all %1 contacts matching “%2”</source>
        <translation>Afficher les %1 contacts correspondant à « %2 »</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="350"/>
        <source>Nothing matches “%1”.</source>
        <translation>Rien ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>HeaderColumns</name>
    <message>
        <location filename="../../ui/custom_columns.py" line="252"/>
        <source>&amp;Columns</source>
        <extracomment>Visibility chosen by the user, by key (others follow ``default_hidden``).</extracomment>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/custom_columns.py" line="266"/>
        <source>Show the usual columns</source>
        <translation>Afficher les colonnes habituelles</translation>
    </message>
</context>
<context>
    <name>HeaderPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="457"/>
        <source>&amp;Titles are on row:</source>
        <translation>&amp;Les titres sont sur la ligne :</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="473"/>
        <source>Click a row to make it the row of titles; the rows above it are skipped.</source>
        <translation>Cliquez sur une ligne pour en faire la ligne des titres ; les lignes au-dessus sont ignorées.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="480"/>
        <source>Find the row of titles</source>
        <translation>Trouver la ligne des titres</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="483"/>
        <source>The records start below the row holding the column titles.</source>
        <translation>Les fiches commencent sous la ligne qui porte les titres des colonnes.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="491"/>
        <source>Comptoir found the titles on row %1.</source>
        <translation>Comptoir a trouvé les titres sur la ligne %1.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="116"/>
        <source>added</source>
        <extracomment>Bookkeeping columns never shown as changes. Tables whose rows link two records: an insert &quot;adds&quot;, a delete &quot;removes&quot;. Fields whose values are record ids (not worth showing as such).</extracomment>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="118"/>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="122"/>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="133"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="135"/>
        <source>restored</source>
        <translation>restauré</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="142"/>
        <source>{field}: set</source>
        <translation>{field}&#xa0;: renseigné</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="148"/>
        <source>{field}: removed</source>
        <translation>{field}&#xa0;: effacé</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="154"/>
        <source>{field}: changed</source>
        <translation>{field}&#xa0;: modifié</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="163"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="198"/>
        <source>Recent changes</source>
        <translation>Modifications récentes</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="199"/>
        <source>Every change made in this database, newest first.</source>
        <translation>Toutes les modifications faites dans cette base, les plus récentes d’abord.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="201"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="207"/>
        <source>Every change to this company and to what belongs to it, newest first.</source>
        <translation>Chaque modification de cette entreprise et de ce qui lui appartient, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="210"/>
        <source>Every change to this deal and to what belongs to it, newest first.</source>
        <translation>Chaque modification de cette affaire et de ce qui lui appartient, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="214"/>
        <source>Every change to this contact and to what belongs to it, newest first.</source>
        <translation>Toutes les modifications de ce contact et de ce qui s’y rattache, les plus récentes d’abord.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="221"/>
        <source>Undo reverts the whole action a change belongs to (an edit, an import…).</source>
        <translation>Annuler défait toute l’action dont la modification fait partie (une modification, un import…).</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="230"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="231"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="232"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="233"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="234"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="260"/>
        <source>No change recorded yet.</source>
        <translation>Aucune modification enregistrée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="273"/>
        <source>&amp;Undo this change</source>
        <translation>&amp;Annuler cette modification</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="277"/>
        <source>Revert the whole action this change belongs to (%1)</source>
        <translation>Défaire toute l’action dont cette modification fait partie (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="283"/>
        <source>Load older changes</source>
        <translation>Charger les modifications plus anciennes</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="348"/>
        <source>Undone: {label}</source>
        <translation>Annulé&#xa0;: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="382"/>
        <source>Device {device}</source>
        <translation>Appareil {device}</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="410"/>
        <source>This action was undone on {when}.</source>
        <translation>Cette action a été annulée le {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="415"/>
        <source>Made by Comptoir itself: it cannot be undone.</source>
        <translation>Faite par Comptoir lui-même&#xa0;: elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="418"/>
        <source>A numbered document was issued: it is kept and cannot be undone.</source>
        <translation>Un document numéroté a été émis : il est conservé et ne peut pas être annulé.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="422"/>
        <source>{count} change(s) in this action</source>
        <translation>{count} modification(s) dans cette action</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="428"/>
        <source>Left as they are, because they changed since:</source>
        <translation>Laissés tels quels, car ils ont changé depuis&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="434"/>
        <source>changed since</source>
        <translation>modifié depuis</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="435"/>
        <source>no longer exists</source>
        <translation>n’existe plus</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="436"/>
        <source>exists again</source>
        <translation>existe de nouveau</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="89"/>
        <source>Contacts</source>
        <extracomment>What can be imported, in the order the combo lists them.</extracomment>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="90"/>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="91"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="92"/>
        <source>Orders (sales, invoices)</source>
        <translation>Commandes (ventes, factures)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="93"/>
        <source>Interactions (calls, visits…)</source>
        <translation>Interactions (appels, visites…)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="94"/>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="98"/>
        <source>External reference (customer number…)</source>
        <extracomment>The fields records are matched on to find those already in the database.</extracomment>
        <translation>Référence externe (n° client…)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="99"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="100"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1289"/>
        <location filename="../../ui/import_wizard.py" line="1360"/>
        <source>Import</source>
        <extracomment>An import was applied: its batch id and the kind of records. The import of this batch was undone from the summary. &quot;Show the imported contacts&quot;: their ids and a title for the list.</extracomment>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1354"/>
        <source>File</source>
        <extracomment>&quot;done&quot; or &quot;failed&quot; once the import job reported; None while it runs.</extracomment>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1355"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1356"/>
        <source>Row of titles</source>
        <translation>Ligne des titres</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1357"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1358"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1359"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1361"/>
        <source>Summary</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1384"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1386"/>
        <source>The previous step (Alt+B)</source>
        <translation>L&apos;étape précédente (Alt+P)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1387"/>
        <location filename="../../ui/import_wizard.py" line="1471"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1390"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1392"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1394"/>
        <source>Close without importing (Esc)</source>
        <translation>Fermer sans importer (Échap)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1471"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1474"/>
        <source>Import the file now (Enter)</source>
        <translation>Importer le fichier maintenant (Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1476"/>
        <source>The next step (Enter)</source>
        <translation>L&apos;étape suivante (Entrée)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1723"/>
        <source>Checking the rows…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1740"/>
        <source>Comparing the whole file with the database…</source>
        <translation>Comparaison de tout le fichier avec la base…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1770"/>
        <source>Importing “%1”…</source>
        <translation>Importation de « %1 »…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1787"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1806"/>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>L&apos;importation a été annulée : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1818"/>
        <source>Save the rejected rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1821"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1823"/>
        <source>%1 - rejected.xlsx</source>
        <translation>%1 - rejets.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1842"/>
        <source>Saving the rejected rows…</source>
        <translation>Enregistrement des lignes rejetées…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1849"/>
        <source>The rejected rows were saved to %1.</source>
        <translation>Les lignes rejetées ont été enregistrées dans %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1856"/>
        <source>Undo this import?</source>
        <translation>Annuler cette importation ?</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1857"/>
        <source>Everything it created or changed is put back as it was before.</source>
        <translation>Tout ce qu&apos;elle a créé ou modifié est remis comme avant.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1858"/>
        <source>Undo the import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1876"/>
        <source>Undoing the import…</source>
        <translation>Annulation de l&apos;importation…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1885"/>
        <source>The import was undone.</source>
        <translation>L&apos;importation a été annulée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1893"/>
        <source>%n change(s) made since were kept.</source>
        <translation>
            <numerusform>%n modification faite depuis a été gardée.</numerusform>
            <numerusform>%n modifications faites depuis ont été gardées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1925"/>
        <source>Imported from %1</source>
        <translation>Importés depuis %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1927"/>
        <source>Listing the contacts…</source>
        <translation>Recherche des contacts…</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="324"/>
        <source>Outbound (we contacted them)</source>
        <translation>Sortant (nous l’avons contacté)</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="327"/>
        <source>Inbound (they contacted us)</source>
        <translation>Entrant (il nous a contactés)</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="335"/>
        <source>Set the date and time to now</source>
        <translation>Mettre la date et l’heure actuelles</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="351"/>
        <source>What was it about, in a few words</source>
        <translation>De quoi s’agissait-il, en quelques mots</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="354"/>
        <source>What was said, what was agreed…</source>
        <translation>Ce qui a été dit, ce qui a été convenu…</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="801"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution :</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="802"/>
        <source>How the complaint was resolved</source>
        <translation>Comment la réclamation a été résolue</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="805"/>
        <source>e.g. Quote to send, call back in March</source>
        <translation>p. ex. Devis à envoyer, rappeler en mars</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="361"/>
        <source>Satisfaction given:</source>
        <translation>Satisfaction exprimée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="379"/>
        <source>This is a complaint</source>
        <translation>C’est une réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="381"/>
        <source>Complaints are followed until they are resolved</source>
        <translation>Les réclamations sont suivies jusqu’à leur résolution</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="498"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="507"/>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="508"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="509"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="511"/>
        <location filename="../../ui/interaction_dialog.py" line="804"/>
        <source>&amp;Outcome:</source>
        <translation>S&amp;uite donnée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="422"/>
        <source>Save (%1)</source>
        <translation>Enregistrer (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="317"/>
        <source>The contact&apos;s company, or type a company…</source>
        <extracomment>The fields the service validates, in the order they appear in the form. Channels where the customer usually comes to us. One colour per channel (the glyph is drawn white on it). Set while the form fills a field itself (not the user). The company was chosen by the user (not filled in from the contact or deal).</extracomment>
        <translation>L’entreprise du contact, ou tapez une entreprise…</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="319"/>
        <source>Optional: type a deal title…</source>
        <translation>Facultatif : tapez le titre d’une affaire…</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="337"/>
        <source>D&amp;uration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="342"/>
        <source>not noted</source>
        <translation>non notée</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="343"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="369"/>
        <source>out of 10</source>
        <translation>sur 10</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="370"/>
        <source>out of 5</source>
        <translation>sur 5</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="372"/>
        <source>Out of 10: the “would you recommend us” question (NPS). Out of 5: stars.</source>
        <translation>Sur 10 : la question « nous recommanderiez-vous » (NPS). Sur 5 : des étoiles.</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="384"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="385"/>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="386"/>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="394"/>
        <source>Call &amp;back in</source>
        <translation>Ra&amp;ppeler dans</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="397"/>
        <source>Creates a task to call back, due that day, with this interaction</source>
        <translation>Crée une tâche de rappel, à échéance ce jour-là, liée à cette interaction</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="403"/>
        <source> day(s)</source>
        <translation> jour(s)</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="493"/>
        <source>C&amp;hannel:</source>
        <translation>Cana&amp;l :</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="494"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="495"/>
        <source>Com&amp;pany:</source>
        <translation>&amp;Entreprise :</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="496"/>
        <source>De&amp;al:</source>
        <translation>&amp;Affaire :</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="762"/>
        <source>Log a call</source>
        <translation>Noter un appel</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="763"/>
        <source>Log an e-mail</source>
        <translation>Noter un e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="764"/>
        <source>Log a meeting</source>
        <translation>Noter un rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="765"/>
        <source>Log a visit</source>
        <translation>Noter une visite</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="766"/>
        <source>Log a letter</source>
        <translation>Noter un courrier</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="767"/>
        <source>Log a text message</source>
        <translation>Noter un SMS</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="768"/>
        <source>Log a web contact</source>
        <translation>Noter un contact web</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="769"/>
        <source>Log a social media contact</source>
        <translation>Noter un contact sur les réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="770"/>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="777"/>
        <source>Edit interaction</source>
        <translation>Modifier l’interaction</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="779"/>
        <source>Log an interaction</source>
        <translation>Noter une interaction</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="817"/>
        <source>Call back {name}</source>
        <translation>Rappeler {name}</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="820"/>
        <source>Follow up: {subject}</source>
        <translation>Relance : {subject}</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="821"/>
        <source>Call back</source>
        <translation>Rappeler</translation>
    </message>
</context>
<context>
    <name>JobManager</name>
    <message>
        <location filename="../../ui/jobs.py" line="233"/>
        <source>Comptoir</source>
        <extracomment>A job&apos;s progress dialog appears only when the job lasts longer than this. Progress reports are passed to the main thread at most this often. The function&apos;s return value. The exception it raised (not emitted for a job stopped by Cancel). Emitted last, whatever happened. The progress dialog shown last (for tests and screenshots).</extracomment>
        <translation>Comptoir</translation>
    </message>
    <message>
        <location filename="../../ui/jobs.py" line="234"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/jobs.py" line="235"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/jobs.py" line="254"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>KanbanBoard</name>
    <message>
        <location filename="../../ui/kanban.py" line="785"/>
        <source>Move to the &amp;previous stage</source>
        <extracomment>The user wants a deal&apos;s file (Enter, double click). A deal was written from the board (a move, a quick edit). A short message for the status bar. A move was saved: deal id, stage id. The board was loaded. The current card changed (its deal id, or &quot;&quot;).</extracomment>
        <translation>Passer à l&apos;étape &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="791"/>
        <source>Move to the &amp;next stage</source>
        <translation>Passer à l&apos;étape &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="796"/>
        <source>&amp;Quick edit…</source>
        <translation>Modification &amp;rapide…</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="833"/>
        <source>There is no pipeline yet.</source>
        <translation>Il n&apos;y a pas encore de pipeline.</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="835"/>
        <source>This pipeline has no stages.</source>
        <translation>Ce pipeline n&apos;a pas d&apos;étapes.</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="1004"/>
        <source>Deal saved.</source>
        <translation>Affaire enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="1097"/>
        <source>“%1” moved to %2.</source>
        <translation>« %1 » passée à l&apos;étape %2.</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../ui/dashboard.py" line="314"/>
        <source>The situation right now, whatever the period.</source>
        <extracomment>The &quot;average predicted value&quot; indicator, in cents (None without a fit).</extracomment>
        <translation>La situation en ce moment, quelle que soit la période.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="316"/>
        <source>Previous period (%1): %2</source>
        <translation>Période précédente (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="319"/>
        <source>right now</source>
        <translation>en ce moment</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="319"/>
        <source>no comparison</source>
        <translation>pas de comparaison</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="326"/>
        <source>pts</source>
        <translation>pts</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="341"/>
        <source>Better than before.</source>
        <translation>Mieux qu’avant.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="341"/>
        <source>Worse than before.</source>
        <translation>Moins bien qu’avant.</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <location filename="../../ui/kanban.py" line="705"/>
        <source>Deal lost</source>
        <translation>Affaire perdue</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="706"/>
        <source>Why was “%1” lost?</source>
        <translation>Pourquoi « %1 » a-t-elle été perdue ?</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="710"/>
        <source>Mark as lost</source>
        <translation>Marquer perdue</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="711"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>Contacts</source>
        <extracomment>Settings asked for the window to be made again: on another database (a Path), or on the same one (None) after a change of language. Where Back returns to: (pane, record id or None), the newest last. The RFM table and lifetime values, shared by the dashboard and the contact file.</extracomment>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Contact file</source>
        <translation>Fiche contact</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <location filename="../../ui/main_window.py" line="977"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <location filename="../../ui/main_window.py" line="983"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1203"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1204"/>
        <source>C&amp;ompanies</source>
        <translation>&amp;Entreprises</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1205"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;Affaires</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1206"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1207"/>
        <source>&amp;Activity</source>
        <translation>Acti&amp;vité</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1208"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>Re&amp;fresh the dashboard</source>
        <translation>Actualiser le &amp;tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>Pipeline</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Company file</source>
        <translation>Fiche entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325"/>
        <source>Deal file</source>
        <translation>Fiche affaire</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>C&amp;ustom fields…</source>
        <translation>Champs &amp;personnalisés…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>Export &amp;orders…</source>
        <translation>Exporter les c&amp;ommandes…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>&amp;Accountant summary…</source>
        <translation>Synthèse pour l&apos;e&amp;xpert-comptable…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>&amp;Find in this list</source>
        <translation>Rechercher dans cette &amp;liste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="371"/>
        <source>&amp;Search everything…</source>
        <translation>&amp;Rechercher partout…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>&amp;Log an interaction…</source>
        <translation>&amp;Noter un échange…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>New &amp;task…</source>
        <translation>Nouvelle &amp;tâche…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="388"/>
        <source>New &amp;contact…</source>
        <translation>Nouveau &amp;contact…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="391"/>
        <source>New c&amp;ompany…</source>
        <translation>Nouvelle &amp;entreprise…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>New &amp;deal…</source>
        <translation>Nouvelle &amp;affaire…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>Contact &amp;file</source>
        <translation>&amp;Fiche contact</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="420"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423"/>
        <source>&amp;Recent changes…</source>
        <translation>Modifications &amp;récentes…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <location filename="../../ui/main_window.py" line="911"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="438"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441"/>
        <source>&amp;About Comptoir</source>
        <translation>À &amp;propos de Comptoir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="529"/>
        <source>The database in use: %1</source>
        <translation>La base de données utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="575"/>
        <source>Choose a contact in the list first.</source>
        <translation>Choisissez d’abord un contact dans la liste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="638"/>
        <source>%1 — %Ln contact(s) listed.</source>
        <translation>
            <numerusform>%1 — %Ln contact affiché.</numerusform>
            <numerusform>%1 — %Ln contacts affichés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="722"/>
        <source>Interaction logged.</source>
        <translation>Échange enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="730"/>
        <source>Task saved.</source>
        <translation>Tâche enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="766"/>
        <source>Contact created.</source>
        <translation>Contact créé.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="770"/>
        <source>Contact saved.</source>
        <translation>Contact enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="780"/>
        <source>Company saved.</source>
        <translation>Entreprise enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="798"/>
        <source>Deal saved.</source>
        <translation>Affaire enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="898"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="912"/>
        <source>Open the selected record</source>
        <translation>Ouvrir la fiche sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="916"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="916"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="928"/>
        <source>The actions of the page shown are in the Edit and View menus.</source>
        <translation>Les actions de la page affichée sont dans les menus Édition et Affichage.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="943"/>
        <source>About Comptoir</source>
        <translation>À propos de Comptoir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="948"/>
        <source>A desktop CRM for small businesses: contacts, companies, deals, tasks and every interaction, on your own computer.

Free software under the GNU GPL, version 3 or later.</source>
        <translation>Un logiciel de gestion de la relation client pour les petites entreprises : contacts, entreprises, affaires, tâches et chaque échange, sur votre propre ordinateur.

Logiciel libre sous licence GNU GPL, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1209"/>
        <source>P&amp;roducts</source>
        <translation>&amp;Produits</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1210"/>
        <source>D&amp;uplicates</source>
        <translation>&amp;Doublons</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="975"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="981"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="990"/>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="995"/>
        <source>Redone: %1</source>
        <translation>Rétabli&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="1004"/>
        <source>(%n change(s) made since were kept as they are.)</source>
        <translation>
            <numerusform>(%n modification faite depuis a été gardée telle quelle.)</numerusform>
            <numerusform>(%n modifications faites depuis ont été gardées telles quelles.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1018"/>
        <source>Undoing “%1”…</source>
        <translation>Annulation de «&#xa0;%1&#xa0;»…</translation>
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
        <translation>Bienvenue dans Comptoir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1073"/>
        <source>Your database is empty.</source>
        <translation>Votre base de données est vide.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1076"/>
        <source>Start with an empty database and add your own customers, or explore Comptoir with the demo data of a small shop (%1 customers over %2 years). The demo data can be removed at once with Edit ▸ Undo.</source>
        <translation>Commencez avec une base vide et ajoutez vos propres clients, ou découvrez Comptoir avec les données de démonstration d’une petite boutique (%1 clients sur %2 ans). Les données de démonstration s’effacent d’un coup avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1084"/>
        <source>Explore with demo data</source>
        <translation>Découvrir avec des données de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1087"/>
        <source>Start with an empty database</source>
        <translation>Commencer avec une base vide</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="1119"/>
        <source>Demo data ready: %n contact(s).</source>
        <translation>
            <numerusform>Données de démonstration prêtes&#xa0;: %n contact.</numerusform>
            <numerusform>Données de démonstration prêtes&#xa0;: %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1130"/>
        <source>Creating the demo data…</source>
        <translation>Création des données de démonstration…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="543"/>
        <source>&amp;Save as preset…</source>
        <translation>&amp;Enregistrer comme modèle…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="546"/>
        <source>Keep this choice of columns under a name, for the next file like this one</source>
        <translation>Garder ce choix de colonnes sous un nom, pour le prochain fichier du même genre</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="548"/>
        <source>&amp;Delete preset</source>
        <translation>&amp;Supprimer le modèle</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="550"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="560"/>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="560"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="560"/>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="584"/>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="587"/>
        <source>Say what each column of the file holds; fields marked * are required.</source>
        <translation>Indiquez ce que contient chaque colonne du fichier ; les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="598"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="608"/>
        <source>— Ignore —</source>
        <translation>— Ignorer —</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="632"/>
        <source>(guessed from the titles)</source>
        <translation>(deviné d&apos;après les titres)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="674"/>
        <source>Required, not matched yet: %1.</source>
        <translation>Obligatoire, pas encore associé : %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="678"/>
        <source>Chosen for more than one column: %1.</source>
        <translation>Choisi pour plusieurs colonnes : %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="687"/>
        <source>%n column(s) imported</source>
        <translation>
            <numerusform>%n colonne importée</numerusform>
            <numerusform>%n colonnes importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="689"/>
        <source>%n column(s) ignored</source>
        <translation>
            <numerusform>%n colonne ignorée</numerusform>
            <numerusform>%n colonnes ignorées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="712"/>
        <source>Save as preset</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="713"/>
        <source>Name of the preset (e.g. &quot;Web shop export&quot;):</source>
        <translation>Nom du modèle (par ex. « Export boutique en ligne ») :</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="734"/>
        <source>Delete the preset “%1”?</source>
        <translation>Supprimer le modèle « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="735"/>
        <source>The columns of this import stay as they are.</source>
        <translation>Les colonnes de cette importation restent telles quelles.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="736"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="74"/>
        <source>Merge two contacts</source>
        <extracomment>Longest line of a value shown in a choice (the whole value is in its tooltip). Fields whose stored codes have labels. The records were merged: the survivor&apos;s id and the batch (to undo it).</extracomment>
        <translation>Fusionner deux contacts</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="76"/>
        <source>Merge two companies</source>
        <translation>Fusionner deux entreprises</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="100"/>
        <source>Choose, line by line, the value to keep. Everything attached to the other record moves to the one that is kept.</source>
        <extracomment>Field key -&gt; its button group (ids: 0 = A, 1 = B, 2 = both). Field key -&gt; the row&apos;s widgets (label and choices), for styling and tests.</extracomment>
        <translation>Choisissez, ligne par ligne, la valeur à garder. Tout ce qui est rattaché à l’autre fiche passe sur celle qui est conservée.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="109"/>
        <source>Keep:</source>
        <translation>Conserver&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="121"/>
        <source>Record %1: %2 (%3)</source>
        <translation>Fiche %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="139"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="159"/>
        <source>Take all from A</source>
        <translation>Tout prendre de A</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="161"/>
        <source>Keep every value of record A that is not empty (Alt+1)</source>
        <translation>Garder toutes les valeurs non vides de la fiche A (Alt+1)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="163"/>
        <source>Take all from B</source>
        <translation>Tout prendre de B</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="165"/>
        <source>Keep every value of record B that is not empty (Alt+2)</source>
        <translation>Garder toutes les valeurs non vides de la fiche B (Alt+2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge_dialog.py" line="174"/>
        <source>%n field(s) differ</source>
        <translation>
            <numerusform>%n champ diffère</numerusform>
            <numerusform>%n champs diffèrent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="189"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="212"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="222"/>
        <source>created %1</source>
        <translation>créée le %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="231"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="237"/>
        <source>No value</source>
        <translation>Aucune valeur</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="242"/>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="244"/>
        <source>Keep both texts, one after the other</source>
        <translation>Garder les deux textes, l’un après l’autre</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="278"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="279"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="280"/>
        <source>Delivery address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="281"/>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="282"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="283"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="284"/>
        <source>VAT number</source>
        <translation>N° de TVA intracommunautaire</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="285"/>
        <source>Sector</source>
        <translation>Secteur d’activité</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="286"/>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="287"/>
        <source>Website</source>
        <translation>Site web</translation>
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
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge_dialog.py" line="313"/>
        <location filename="../../ui/merge_dialog.py" line="367"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n affaire</numerusform>
            <numerusform>%n affaires</numerusform>
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
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge_dialog.py" line="369"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge_dialog.py" line="370"/>
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consentement</numerusform>
            <numerusform>%n consentements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/merge_dialog.py" line="371"/>
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campagne</numerusform>
            <numerusform>%n campagnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="376"/>
        <source>Nothing else is attached to “%1”.</source>
        <translation>Rien d’autre n’est rattaché à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="382"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="388"/>
        <source>Moving to “%1”: %2.</source>
        <translation>Passent sur «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="390"/>
        <source>“%1” will be deleted; the merge can be undone (Ctrl+Z).</source>
        <translation>La fiche «&#xa0;%1&#xa0;» sera supprimée&#xa0;; la fusion peut être annulée (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <location filename="../../ui/pdf_actions.py" line="84"/>
        <source>PDF documents (*.pdf)</source>
        <extracomment>Export PDF in the record files; the dashboard&apos;s report and call list.</extracomment>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_actions.py" line="132"/>
        <source>Export PDF — %1</source>
        <extracomment>Replaced in tests: the save dialog, and what opens the written file.</extracomment>
        <translation>Exporter en PDF — %1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_actions.py" line="152"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/company_file.py" line="120"/>
        <source>Open the file of %1</source>
        <extracomment>Orders shown at first, and added by &quot;Show more orders&quot;. People rows visible before the table scrolls. Interactions shown at first (each is a rich widget: the page opens fast with a few), then &quot;Show older interactions&quot; adds ``TIMELINE_PAGE`` at a time. Open tasks and open deals listed before &quot;… and N more&quot;.</extracomment>
        <translation>Ouvrir la fiche de %1</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="134"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="135"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="136"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="137"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/company_file.py" line="138"/>
        <source>Last interaction</source>
        <translation>Dernier échange</translation>
    </message>
</context>
<context>
    <name>PipelinePane</name>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="120"/>
        <source>&amp;New deal…</source>
        <extracomment>Set while several filters are changed at once (they are applied after).</extracomment>
        <translation>&amp;Nouvelle affaire…</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="120"/>
        <source>New deal</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="123"/>
        <source>&amp;Open deal</source>
        <translation>&amp;Ouvrir l&apos;affaire</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="123"/>
        <location filename="../../ui/pipeline_pane.py" line="353"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="126"/>
        <source>&amp;Edit deal…</source>
        <translation>&amp;Modifier l&apos;affaire…</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="126"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="130"/>
        <source>Mark as &amp;won</source>
        <translation>Marquer &amp;gagnée</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="131"/>
        <location filename="../../ui/pipeline_pane.py" line="354"/>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="138"/>
        <source>Mark as &amp;lost…</source>
        <translation>Marquer &amp;perdue…</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="139"/>
        <location filename="../../ui/pipeline_pane.py" line="355"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="146"/>
        <source>Re&amp;open deal</source>
        <translation>Ro&amp;uvrir l&apos;affaire</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="147"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="154"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="155"/>
        <location filename="../../ui/pipeline_pane.py" line="709"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="162"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="163"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="170"/>
        <source>Edit &amp;pipelines and stages…</source>
        <translation>Modifier les &amp;pipelines et les étapes…</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="171"/>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="181"/>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="182"/>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="183"/>
        <source>&amp;Forecast</source>
        <translation>&amp;Prévisions</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="224"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="242"/>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="253"/>
        <source>The pipeline shown</source>
        <translation>Le pipeline affiché</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="261"/>
        <source>Search title, contact, company…</source>
        <translation>Rechercher un titre, un contact, une entreprise…</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="352"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="360"/>
        <location filename="../../ui/pipeline_pane.py" line="362"/>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="367"/>
        <source>Deleted</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="369"/>
        <source>Show the deleted deals, to restore them</source>
        <translation>Afficher les affaires supprimées, pour les restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="373"/>
        <source>Expected close from</source>
        <translation>Clôture prévue du</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="375"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="414"/>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="428"/>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pipeline_pane.py" line="488"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n affaire ouverte</numerusform>
            <numerusform>%n affaires ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="492"/>
        <source>weighted %1</source>
        <translation>pondéré %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pipeline_pane.py" line="499"/>
        <source>%n deleted deal(s)</source>
        <translation>
            <numerusform>%n affaire supprimée</numerusform>
            <numerusform>%n affaires supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pipeline_pane.py" line="501"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n affaire</numerusform>
            <numerusform>%n affaires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="649"/>
        <source>Deal saved.</source>
        <translation>Affaire enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="674"/>
        <source>Deal marked as won.</source>
        <translation>Affaire marquée gagnée.</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="691"/>
        <source>Deal marked as lost.</source>
        <translation>Affaire marquée perdue.</translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="698"/>
        <source>Deal reopened.</source>
        <translation>Affaire rouverte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pipeline_pane.py" line="707"/>
        <source>Delete %n deal(s)?</source>
        <translation>
            <numerusform>Supprimer %n affaire ?</numerusform>
            <numerusform>Supprimer %n affaires ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pipeline_pane.py" line="708"/>
        <source>You can undo this with Edit ▸ Undo, or restore them from the deleted deals.</source>
        <translation>Vous pourrez annuler avec Édition ▸ Annuler, ou les restaurer depuis les affaires supprimées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pipeline_pane.py" line="712"/>
        <source>%n deal(s) deleted.</source>
        <translation>
            <numerusform>%n affaire supprimée.</numerusform>
            <numerusform>%n affaires supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pipeline_pane.py" line="724"/>
        <source>%n deal(s) restored.</source>
        <translation>
            <numerusform>%n affaire restaurée.</numerusform>
            <numerusform>%n affaires restaurées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelinesDialog</name>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="52"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="53"/>
        <location filename="../../ui/pipelines_dialog.py" line="67"/>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="54"/>
        <location filename="../../ui/pipelines_dialog.py" line="68"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="63"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="64"/>
        <source>Qualified</source>
        <translation>Qualifié</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="65"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="66"/>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="102"/>
        <source>Pipelines and stages</source>
        <translation>Pipelines et étapes</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="127"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="129"/>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="133"/>
        <source>Make &amp;default</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="135"/>
        <source>The board opens on the default pipeline; new deals go to it</source>
        <translation>Le tableau s&apos;ouvre sur le pipeline par défaut ; les nouvelles affaires y vont</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="138"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="141"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="144"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="157"/>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="165"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="165"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="165"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="165"/>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="182"/>
        <source>&amp;Add stage</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="183"/>
        <source>Move &amp;left</source>
        <translation>Vers la &amp;gauche</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="185"/>
        <source>Move &amp;right</source>
        <translation>Vers la d&amp;roite</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="188"/>
        <source>&amp;Delete stage…</source>
        <translation>&amp;Supprimer l&apos;étape…</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="201"/>
        <source>Double-click (or F2) a name or a probability to change it. A deal moved to a won or lost stage is closed.</source>
        <translation>Double-cliquez (ou F2) sur un nom ou une probabilité pour le modifier. Une affaire placée dans une étape gagnée ou perdue est clôturée.</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="208"/>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="215"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="239"/>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pipelines_dialog.py" line="242"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n affaire</numerusform>
            <numerusform>%n affaires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="299"/>
        <source>Stages of %1</source>
        <translation>Étapes de %1</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="345"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="346"/>
        <location filename="../../ui/pipelines_dialog.py" line="410"/>
        <location filename="../../ui/pipelines_dialog.py" line="508"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="354"/>
        <source>New pipeline</source>
        <translation>Nouveau pipeline</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="355"/>
        <source>Name of the new pipeline:</source>
        <translation>Nom du nouveau pipeline :</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="365"/>
        <source>Rename pipeline</source>
        <translation>Renommer le pipeline</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="366"/>
        <source>New name of the pipeline:</source>
        <translation>Nouveau nom du pipeline :</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="392"/>
        <source>Delete the pipeline “%1”?</source>
        <translation>Supprimer le pipeline « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="393"/>
        <location filename="../../ui/pipelines_dialog.py" line="488"/>
        <source>It holds no deals. You can undo this.</source>
        <translation>Il ne contient aucune affaire. Vous pourrez annuler.</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="394"/>
        <location filename="../../ui/pipelines_dialog.py" line="489"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="403"/>
        <source>Delete pipeline</source>
        <translation>Supprimer le pipeline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pipelines_dialog.py" line="405"/>
        <location filename="../../ui/pipelines_dialog.py" line="501"/>
        <source>“%1” holds %n deal(s). Move them to:</source>
        <translation>
            <numerusform>« %1 » contient %n affaire. La déplacer vers :</numerusform>
            <numerusform>« %1 » contient %n affaires. Les déplacer vers :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="409"/>
        <location filename="../../ui/pipelines_dialog.py" line="507"/>
        <source>Move and delete</source>
        <translation>Déplacer et supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="435"/>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="435"/>
        <source>Name of the new stage:</source>
        <translation>Nom de la nouvelle étape :</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="487"/>
        <source>Delete the stage “%1”?</source>
        <translation>Supprimer l&apos;étape « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../ui/pipelines_dialog.py" line="499"/>
        <source>Delete stage</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../ui/product_dialog.py" line="239"/>
        <source>Edit product — %1</source>
        <translation>Modifier le produit — %1</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="241"/>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="271"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="274"/>
        <source>e.g. VIN-001</source>
        <translation>ex. VIN-001</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="275"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="284"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="286"/>
        <source>The price of one unit, excluding VAT</source>
        <translation>Le prix d&apos;une unité, hors taxes</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="287"/>
        <source>&amp;Price excl. VAT:</source>
        <translation>&amp;Prix HT :</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="289"/>
        <source>&amp;VAT rate:</source>
        <translation>Taux de &amp;TVA :</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="290"/>
        <source>Offered in new deal lines</source>
        <translation>Proposé dans les nouvelles lignes d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="292"/>
        <source>&amp;Active:</source>
        <translation>&amp;Actif :</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="296"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="307"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.py" line="311"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../ui/products_pane.py" line="130"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="130"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="152"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="153"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="154"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="155"/>
        <source>Price excl. VAT</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="156"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="157"/>
        <source>Price incl. VAT</source>
        <translation>Prix TTC</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="158"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ProductsPane</name>
    <message>
        <location filename="../../ui/products_pane.py" line="227"/>
        <source>&amp;New product…</source>
        <translation>&amp;Nouveau produit…</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="228"/>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="235"/>
        <source>&amp;Edit product…</source>
        <translation>&amp;Modifier le produit…</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="236"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="243"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="244"/>
        <location filename="../../ui/products_pane.py" line="446"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="251"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="252"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="259"/>
        <source>&amp;Activate or deactivate</source>
        <translation>&amp;Activer ou désactiver</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="260"/>
        <source>Activate / deactivate</source>
        <translation>Activer / désactiver</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="277"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="289"/>
        <source>Search name, reference, category…</source>
        <translation>Rechercher un nom, une référence, une catégorie…</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="298"/>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="300"/>
        <source>Show the deleted products, to restore them</source>
        <translation>Afficher les produits supprimés, pour les restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="358"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/products_pane.py" line="375"/>
        <source>%n deleted product(s)</source>
        <translation>
            <numerusform>%n produit supprimé</numerusform>
            <numerusform>%n produits supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/products_pane.py" line="377"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="426"/>
        <source>Product saved.</source>
        <translation>Produit enregistré.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/products_pane.py" line="444"/>
        <source>Delete %n product(s)?</source>
        <translation>
            <numerusform>Supprimer %n produit ?</numerusform>
            <numerusform>Supprimer %n produits ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/products_pane.py" line="445"/>
        <source>Deal lines keep their description and price. You can undo this.</source>
        <translation>Les lignes des affaires gardent leur désignation et leur prix. Vous pourrez annuler.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/products_pane.py" line="449"/>
        <source>%n product(s) deleted.</source>
        <translation>
            <numerusform>%n produit supprimé.</numerusform>
            <numerusform>%n produits supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/products_pane.py" line="459"/>
        <source>%n product(s) restored.</source>
        <translation>
            <numerusform>%n produit restauré.</numerusform>
            <numerusform>%n produits restaurés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/products_pane.py" line="472"/>
        <source>%n product(s) activated.</source>
        <translation>
            <numerusform>%n produit activé.</numerusform>
            <numerusform>%n produits activés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/products_pane.py" line="474"/>
        <source>%n product(s) deactivated.</source>
        <translation>
            <numerusform>%n produit désactivé.</numerusform>
            <numerusform>%n produits désactivés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="1063"/>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1065"/>
        <source>Stop now: nothing of this import is kept (Esc)</source>
        <translation>Arrêter maintenant : rien de cette importation n&apos;est gardé (Échap)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1079"/>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1082"/>
        <source>The import runs in the background; it is kept only when it finishes.</source>
        <translation>L&apos;importation se fait en arrière-plan ; elle n&apos;est gardée que si elle va jusqu&apos;au bout.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1086"/>
        <source>Importing “%1”…</source>
        <translation>Importation de « %1 »…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1100"/>
        <source>%1 of %2 rows</source>
        <translation>%1 lignes sur %2</translation>
    </message>
</context>
<context>
    <name>QuickEditDialog</name>
    <message>
        <location filename="../../ui/kanban.py" line="609"/>
        <source>Quick edit — %1</source>
        <translation>Modification rapide — %1</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="628"/>
        <source>The total of the product lines (edit the deal)</source>
        <translation>Le total des lignes de produits (modifiez l&apos;affaire)</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="629"/>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="637"/>
        <source>Stage default (%1)</source>
        <translation>Défaut de l&apos;étape (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="647"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="648"/>
        <source>&amp;Amount excl. VAT:</source>
        <translation>&amp;Montant HT :</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="649"/>
        <source>Expected &amp;close:</source>
        <translation>&amp;Clôture prévue :</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="650"/>
        <source>&amp;Probability:</source>
        <translation>&amp;Probabilité :</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="654"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="656"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RecordFileView</name>
    <message>
        <location filename="../../ui/record_file.py" line="346"/>
        <source>This record was deleted on {when}.</source>
        <translation>Cette fiche a été supprimée le {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/record_file.py" line="361"/>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <location filename="../../ui/record_file.py" line="429"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/record_file.py" line="435"/>
        <source>Back to the list (%1)</source>
        <translation>Retour à la liste (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/record_file.py" line="437"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/record_file.py" line="441"/>
        <source>Edit (%1)</source>
        <translation>Modifier (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/record_file.py" line="444"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/record_file.py" line="448"/>
        <source>Who changed what in this file (%1)</source>
        <translation>Qui a modifié quoi dans cette fiche (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/record_file.py" line="499"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/record_file.py" line="501"/>
        <source>Put it back in the lists</source>
        <translation>La remettre dans les listes</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../ui/record_picker.py" line="40"/>
        <source>Type a name, an e-mail or a phone…</source>
        <translation>Tapez un nom, un courriel ou un téléphone…</translation>
    </message>
    <message>
        <location filename="../../ui/record_picker.py" line="41"/>
        <source>Type a company name, a city or a SIREN…</source>
        <translation>Tapez un nom d&apos;entreprise, une ville ou un SIREN…</translation>
    </message>
    <message>
        <location filename="../../ui/record_picker.py" line="42"/>
        <source>Type a deal title or a customer…</source>
        <translation>Tapez le titre d&apos;une affaire ou un client…</translation>
    </message>
    <message>
        <location filename="../../ui/record_picker.py" line="117"/>
        <source>No match for “%1”</source>
        <translation>Aucun résultat pour « %1 »</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message numerus="yes">
        <location filename="../../ui/reminders.py" line="353"/>
        <source>%n overdue task(s)</source>
        <extracomment>Show the Tasks pane on this view (&quot;overdue&quot;…). A task was written (done, snoozed).</extracomment>
        <translation>
            <numerusform>%n tâche en retard</numerusform>
            <numerusform>%n tâches en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders.py" line="355"/>
        <source>%n task(s) due now</source>
        <translation>
            <numerusform>%n tâche à faire maintenant</numerusform>
            <numerusform>%n tâches à faire maintenant</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="382"/>
        <source>Due %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="439"/>
        <source>Task completed — Ctrl+Z to undo</source>
        <translation>Tâche faite — Ctrl+Z pour annuler</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="454"/>
        <source>Snoozed until %1.</source>
        <translation>Rappel reporté à %1.</translation>
    </message>
</context>
<context>
    <name>ReminderToast</name>
    <message>
        <location filename="../../ui/reminders.py" line="109"/>
        <source>Later (the task stays in the list)</source>
        <extracomment>How often the service looks for tasks falling due. Snooze choices: code -&gt; delay (None: tomorrow at SNOOZE_MORNING). More tasks than this falling due at once make one summary card. How many titles a summary card lists. The card is closing (whatever closed it).</extracomment>
        <translation>Plus tard (la tâche reste dans la liste)</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="164"/>
        <location filename="../../ui/reminders.py" line="215"/>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="164"/>
        <source>Overdue task</source>
        <translation>Tâche en retard</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="179"/>
        <source>Due %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="184"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="185"/>
        <source>Open the task</source>
        <translation>Ouvrir la tâche</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="187"/>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="189"/>
        <source>Mark the task as done</source>
        <translation>Marquer la tâche comme faite</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="196"/>
        <source>Snooze 10 min</source>
        <translation>Reporter 10 min</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="197"/>
        <source>Remind me again in 10 minutes</source>
        <translation>Me le rappeler dans 10 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="201"/>
        <source>In 10 minutes</source>
        <translation>Dans 10 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="202"/>
        <source>In 1 hour</source>
        <translation>Dans 1 heure</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="203"/>
        <source>In 3 hours</source>
        <translation>Dans 3 heures</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="204"/>
        <source>Tomorrow morning</source>
        <translation>Demain matin</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders.py" line="220"/>
        <source>and %n more…</source>
        <translation>
            <numerusform>et %n autre…</numerusform>
            <numerusform>et %n autres…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="223"/>
        <source>Show the tasks</source>
        <translation>Voir les tâches</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="226"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>ResolveComplaintDialog</name>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="894"/>
        <source>Resolve complaint</source>
        <translation>Résoudre la réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="908"/>
        <source>Complaint of {date}</source>
        <translation>Réclamation du {date}</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="917"/>
        <source>e.g. Replaced the product, credit note of 20 €</source>
        <translation>p. ex. Produit remplacé, avoir de 20 €</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="929"/>
        <source>&amp;How was it resolved?</source>
        <translation>&amp;Comment a-t-elle été résolue ?</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="931"/>
        <source>Resolved &amp;on:</source>
        <translation>Résolue &amp;le :</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="939"/>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="274"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="280"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="296"/>
        <source>&amp;Open the file</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="301"/>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>Settings</source>
        <extracomment>The language was changed (and its translations installed): &quot;system&quot;, &quot;fr&quot; or &quot;en&quot;. The user chose another database file (a Path) to work on. Custom fields were added, changed, moved or deleted (lists and forms need them).</extracomment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="57"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="61"/>
        <source>The window is shown again at once in the language chosen.</source>
        <translation>La fenêtre s’affiche aussitôt de nouveau dans la langue choisie.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="64"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74"/>
        <source>&amp;Open another database…</source>
        <translation>&amp;Ouvrir une autre base de données…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="78"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="88"/>
        <source>The file Comptoir works on:</source>
        <translation>Le fichier sur lequel Comptoir travaille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="92"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="94"/>
        <source>Your own fields on contacts, companies and deals (loyalty card, size…).</source>
        <translation>Vos propres champs sur les contacts, les entreprises et les affaires (carte de fidélité, pointure…).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="98"/>
        <source>&amp;Custom fields…</source>
        <translation>&amp;Champs personnalisés…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="108"/>
        <source>Company profile</source>
        <translation>Profil de l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="110"/>
        <source>Your business&apos;s name, address, SIRET, VAT number and logo, for quotes.</source>
        <translation>Le nom, l&apos;adresse, le SIRET, le n° de TVA et le logo de votre entreprise, pour les devis.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="114"/>
        <source>Company &amp;profile…</source>
        <translation>&amp;Profil de l&apos;entreprise…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="126"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="181"/>
        <source>Comptoir databases (%1)</source>
        <translation>Bases de données Comptoir (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="182"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="188"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="192"/>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="370"/>
        <source>&amp;Sheets of the workbook:</source>
        <translation>&amp;Feuilles du classeur :</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="381"/>
        <source>Hidden sheets are marked: they often hold lists for drop-downs or calculations rather than records.</source>
        <translation>Les feuilles masquées sont signalées : elles contiennent souvent des listes de choix ou des calculs plutôt que des fiches.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="387"/>
        <source>First rows of the sheet:</source>
        <translation>Premières lignes de la feuille :</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="394"/>
        <source>Choose the sheet</source>
        <translation>Choisir la feuille</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="397"/>
        <source>The workbook holds several sheets: which one holds the records?</source>
        <translation>Le classeur contient plusieurs feuilles : laquelle contient les fiches ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="407"/>
        <source>%1 — %Ln row(s)</source>
        <translation>
            <numerusform>%1 — %Ln ligne</numerusform>
            <numerusform>%1 — %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="409"/>
        <source>(hidden)</source>
        <translation>(masquée)</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../ui/kanban.py" line="517"/>
        <source>Collapse this column</source>
        <extracomment>−1 or +1: the user wants the focus in the previous / next column. Enter on a card.</extracomment>
        <translation>Replier cette colonne</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="521"/>
        <source>Expand this column</source>
        <translation>Déplier cette colonne</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="554"/>
        <source>Default win probability of this stage</source>
        <translation>Probabilité de gain par défaut de cette étape</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kanban.py" line="564"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n affaire</numerusform>
            <numerusform>%n affaires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="568"/>
        <source>Weighted: %1</source>
        <translation>Pondéré : %1</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="570"/>
        <source>The amounts times their probability of being won</source>
        <translation>Les montants multipliés par leur probabilité de gain</translation>
    </message>
    <message>
        <location filename="../../ui/kanban.py" line="573"/>
        <source>All closed deals</source>
        <translation>Toutes les affaires clôturées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kanban.py" line="575"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>%n dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kanban.py" line="577"/>
        <source>The deals closed in the last %n day(s)</source>
        <translation>
            <numerusform>Les affaires clôturées depuis %n jour</numerusform>
            <numerusform>Les affaires clôturées depuis %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../ui/summary_dialog.py" line="44"/>
        <source>Accountant summary</source>
        <translation>Synthèse comptable</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="51"/>
        <source>An Excel workbook for your accountant: revenue by month, by customer and by product, and every order and credit note with its amounts excluding and including VAT. The totals are formulas.</source>
        <translation>Un classeur Excel pour votre expert-comptable : chiffre d&apos;affaires par mois, par client et par produit, et toutes les commandes et tous les avoirs avec leurs montants HT et TTC. Les totaux sont des formules.</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="67"/>
        <source>Other dates…</source>
        <translation>Autres dates…</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="70"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="89"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="93"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="125"/>
        <source>Accountant summary %1</source>
        <translation>Synthèse comptable %1</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="133"/>
        <source>Save the summary</source>
        <translation>Enregistrer la synthèse</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="135"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="143"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="144"/>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="145"/>
        <source>By customer</source>
        <translation>Par client</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="146"/>
        <source>By product</source>
        <translation>Par produit</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="147"/>
        <location filename="../../ui/summary_dialog.py" line="154"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="148"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="149"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="150"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="151"/>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="152"/>
        <source>Exported on</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="153"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="155"/>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="156"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="157"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="158"/>
        <source>Customer number</source>
        <translation>N° client</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="159"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="160"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="161"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="162"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="163"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="164"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="165"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="166"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="167"/>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="168"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="169"/>
        <source>Amount incl. VAT</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="170"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="171"/>
        <source>(no customer)</source>
        <translation>(sans client)</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="172"/>
        <source>(no product)</source>
        <translation>(sans produit)</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="174"/>
        <source>Amounts excluding VAT are left empty where the order has no lines (VAT unknown).</source>
        <translation>Les montants HT sont laissés vides quand la commande n&apos;a pas de lignes (TVA inconnue).</translation>
    </message>
    <message>
        <location filename="../../ui/summary_dialog.py" line="193"/>
        <source>Writing the accountant summary…</source>
        <translation>Écriture de la synthèse comptable…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/summary_dialog.py" line="202"/>
        <source>%n order(s) and credit note(s), %1 including VAT, saved to %2.</source>
        <translation>
            <numerusform>%n commande ou avoir, %1 TTC, enregistré dans %2.</numerusform>
            <numerusform>%n commandes et avoirs, %1 TTC, enregistrés dans %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="1123"/>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1124"/>
        <source>Created</source>
        <translation>Créées</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1125"/>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1126"/>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1127"/>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1151"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1151"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1153"/>
        <source>Save the &amp;rejected rows…</source>
        <translation>Enregistrer les lignes &amp;rejetées…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1157"/>
        <source>An Excel file with the rejected rows and their reasons, to fix and import again</source>
        <translation>Un fichier Excel avec les lignes rejetées et leur motif, à corriger puis importer de nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1160"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Annuler cette importation</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1162"/>
        <source>Remove everything this import created or changed</source>
        <translation>Retirer tout ce que cette importation a créé ou modifié</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1163"/>
        <location filename="../../ui/import_wizard.py" line="1256"/>
        <source>&amp;Show the imported contacts</source>
        <translation>&amp;Voir les contacts importés</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1189"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1192"/>
        <source>The import is one change in the history: it can be undone, even later.</source>
        <translation>L&apos;importation est une seule modification dans l&apos;historique : elle peut être annulée, même plus tard.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1201"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1203"/>
        <source>%Ln credit note(s)</source>
        <translation>
            <numerusform>%Ln avoir</numerusform>
            <numerusform>%Ln avoirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1205"/>
        <source>%Ln order line(s)</source>
        <translation>
            <numerusform>%Ln ligne de commande</numerusform>
            <numerusform>%Ln lignes de commande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1207"/>
        <source>%Ln new customer(s)</source>
        <translation>
            <numerusform>%Ln nouveau client</numerusform>
            <numerusform>%Ln nouveaux clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1209"/>
        <source>%Ln new product(s)</source>
        <translation>
            <numerusform>%Ln nouveau produit</numerusform>
            <numerusform>%Ln nouveaux produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="1211"/>
        <source>%Ln new company(ies)</source>
        <translation>
            <numerusform>%Ln nouvelle entreprise</numerusform>
            <numerusform>%Ln nouvelles entreprises</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1214"/>
        <source>Written: %1.</source>
        <translation>Enregistré : %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1227"/>
        <source>The import of “%1” is finished.</source>
        <translation>L&apos;importation de « %1 » est terminée.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1245"/>
        <source>Rejected rows and why:</source>
        <translation>Lignes rejetées et motif :</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1247"/>
        <source>No row was rejected.</source>
        <translation>Aucune ligne n&apos;a été rejetée.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="1258"/>
        <source>&amp;Show their contacts</source>
        <translation>&amp;Voir leurs contacts</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/task_dialog.py" line="98"/>
        <source>Edit task — %1</source>
        <extracomment>The reminder choices: code -&gt; how long before the due moment. The time of day an all-day task reminds at (its due moment is the end of the day). The time a due date gets when &quot;no time&quot; is unticked, when it has none yet.</extracomment>
        <translation>Modifier la tâche — %1</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="99"/>
        <source>Edit task</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="102"/>
        <source>Done on %1</source>
        <translation>Faite le %1</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="116"/>
        <location filename="../../ui/task_dialog.py" line="117"/>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="165"/>
        <source>e.g. Call back about the quote</source>
        <translation>ex. : Rappeler au sujet du devis</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="178"/>
        <source>No &amp;time</source>
        <translation>Sans &amp;heure</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="180"/>
        <source>Due on that day, at no particular time</source>
        <translation>À faire ce jour-là, sans heure précise</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="181"/>
        <source>No d&amp;ue date</source>
        <translation>Sans é&amp;chéance</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="196"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="197"/>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="198"/>
        <source>In 3 days</source>
        <translation>Dans 3 jours</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="199"/>
        <source>Next week</source>
        <translation>La semaine prochaine</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="231"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="243"/>
        <source>No reminder</source>
        <translation>Pas de rappel</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="244"/>
        <location filename="../../ui/task_dialog.py" line="457"/>
        <source>At the due time</source>
        <translation>À l&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="245"/>
        <source>15 minutes before</source>
        <translation>15 minutes avant</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="246"/>
        <source>1 hour before</source>
        <translation>1 heure avant</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="247"/>
        <source>1 day before</source>
        <translation>1 jour avant</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="252"/>
        <source>What to say, what to bring…</source>
        <translation>Ce qu&apos;il faut dire, ce qu&apos;il faut apporter…</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="258"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="259"/>
        <source>&amp;Due:</source>
        <translation>&amp;Échéance :</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="260"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="262"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="265"/>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Entreprise :</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="267"/>
        <source>De&amp;al:</source>
        <translation>&amp;Affaire :</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="269"/>
        <source>&amp;Reminder:</source>
        <translation>Ra&amp;ppel :</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="271"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="278"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="281"/>
        <source>Save (%1)</source>
        <translation>Enregistrer (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="286"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="403"/>
        <source>On %1</source>
        <translation>Le %1</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="455"/>
        <source>On the day, at 9:00</source>
        <translation>Le jour même, à 9 h 00</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../ui/task_table_model.py" line="90"/>
        <source>today %1</source>
        <extracomment>The columns, by the sort key ``app.tasks`` knows them by. Columns that name a linked record, and the kind of record.</extracomment>
        <translation>aujourd&apos;hui %1</translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="92"/>
        <source>yesterday %1</source>
        <translation>hier %1</translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="94"/>
        <source>tomorrow %1</source>
        <translation>demain %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/task_table_model.py" line="96"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/task_table_model.py" line="98"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="112"/>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="115"/>
        <source>%1, no particular time</source>
        <translation>%1, sans heure précise</translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="119"/>
        <source>Due %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="121"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="123"/>
        <source>Reminder: %1</source>
        <translation>Rappel : %1</translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="127"/>
        <source>Done %1</source>
        <translation>Faite le %1</translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="172"/>
        <source>Task</source>
        <extracomment>The user ticked (True) or unticked (False) the done box of a task.</extracomment>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="173"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="174"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="175"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="176"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="177"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="178"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="199"/>
        <source>Mark as not done</source>
        <translation>Marquer comme non faite</translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="199"/>
        <source>Mark as done</source>
        <translation>Marquer comme faite</translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="205"/>
        <source>%1 — double-click to open</source>
        <translation>%1 — double-cliquez pour ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/task_table_model.py" line="281"/>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
</context>
<context>
    <name>TasksPane</name>
    <message>
        <location filename="../../ui/tasks_pane.py" line="138"/>
        <source>&amp;New task…</source>
        <extracomment>The owner filter&apos;s special choices. The dialog open now (new/edit task, export), for tests and to avoid piling up.</extracomment>
        <translation>&amp;Nouvelle tâche…</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="142"/>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="146"/>
        <source>&amp;Edit task…</source>
        <translation>&amp;Modifier la tâche…</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="150"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="154"/>
        <source>Edit task (%1)</source>
        <translation>Modifier la tâche (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="164"/>
        <location filename="../../ui/tasks_pane.py" line="582"/>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;faite</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="168"/>
        <location filename="../../ui/tasks_pane.py" line="249"/>
        <location filename="../../ui/tasks_pane.py" line="584"/>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="172"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="180"/>
        <source>E&amp;xport to calendar (.ics)…</source>
        <translation>E&amp;xporter vers un agenda (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="184"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="188"/>
        <source>Open &amp;contact</source>
        <translation>Ouvrir le &amp;contact</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="195"/>
        <source>Open c&amp;ompany</source>
        <translation>Ouvrir l&apos;&amp;entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="202"/>
        <source>Open de&amp;al</source>
        <translation>Ouvrir l&apos;&amp;affaire</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="209"/>
        <source>&amp;Find a task</source>
        <translation>&amp;Rechercher une tâche</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="246"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="247"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="248"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="250"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="254"/>
        <location filename="../../ui/tasks_pane.py" line="270"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="290"/>
        <source>Search tasks, contacts, companies, deals…</source>
        <translation>Rechercher une tâche, un contact, une entreprise, une affaire…</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="301"/>
        <source>Whose tasks to show</source>
        <translation>Les tâches de qui afficher</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="458"/>
        <source>Everyone&apos;s tasks</source>
        <translation>Les tâches de tous</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="459"/>
        <source>My tasks</source>
        <translation>Mes tâches</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="507"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasks_pane.py" line="512"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="522"/>
        <source>No tasks match “%1”.</source>
        <translation>Aucune tâche ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="526"/>
        <source>Nothing due today.
Plan a call or a visit with New task (%1).</source>
        <translation>Rien à faire aujourd&apos;hui.
Prévoyez un appel ou une visite avec Nouvelle tâche (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="527"/>
        <source>Nothing overdue. Well done!</source>
        <translation>Aucune tâche en retard. Bravo !</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="528"/>
        <source>Nothing planned ahead.
Create a task with New task (%1).</source>
        <translation>Rien de prévu pour la suite.
Créez une tâche avec Nouvelle tâche (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="529"/>
        <source>No completed tasks yet.
Tick a task&apos;s box when it is done.</source>
        <translation>Aucune tâche faite pour l&apos;instant.
Cochez la case d&apos;une tâche quand elle est faite.</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="530"/>
        <source>No tasks yet.
Create the first one with New task (%1).</source>
        <translation>Aucune tâche pour l&apos;instant.
Créez la première avec Nouvelle tâche (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="534"/>
        <source>(Only the tasks of the chosen owner are shown.)</source>
        <translation>(Seules les tâches du responsable choisi sont affichées.)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="582"/>
        <source>Mark as not &amp;done</source>
        <translation>Marquer comme &amp;non faite</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="584"/>
        <source>Not done</source>
        <translation>Non faite</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="607"/>
        <source>Task created.</source>
        <translation>Tâche créée.</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="623"/>
        <source>Task saved.</source>
        <translation>Tâche enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="633"/>
        <source>It is not in this view.</source>
        <translation>Elle n&apos;apparaît pas dans cette vue.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasks_pane.py" line="676"/>
        <source>%n task(s) completed — %1 to undo</source>
        <translation>
            <numerusform>%n tâche faite — %1 pour annuler</numerusform>
            <numerusform>%n tâches faites — %1 pour annuler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasks_pane.py" line="678"/>
        <source>%n task(s) reopened — %1 to undo</source>
        <translation>
            <numerusform>%n tâche rouverte — %1 pour annuler</numerusform>
            <numerusform>%n tâches rouvertes — %1 pour annuler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasks_pane.py" line="698"/>
        <source>%n task(s) deleted — %1 to undo</source>
        <translation>
            <numerusform>%n tâche supprimée — %1 pour annuler</numerusform>
            <numerusform>%n tâches supprimées — %1 pour annuler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="763"/>
        <source>Export tasks to a calendar file</source>
        <translation>Exporter les tâches vers un fichier d&apos;agenda</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="767"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="770"/>
        <source>comptoir-tasks</source>
        <translation>comptoir-taches</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="782"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="783"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="784"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="785"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="786"/>
        <source>Comptoir tasks</source>
        <translation>Tâches Comptoir</translation>
    </message>
    <message>
        <location filename="../../ui/tasks_pane.py" line="803"/>
        <source>Exporting tasks…</source>
        <translation>Export des tâches…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasks_pane.py" line="810"/>
        <source>%n task(s) exported to %1.</source>
        <translation>
            <numerusform>%n tâche exportée dans %1.</numerusform>
            <numerusform>%n tâches exportées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasks_pane.py" line="815"/>
        <source>%n task(s) without a due date left out (a calendar event needs a date).</source>
        <translation>
            <numerusform>%n tâche sans échéance laissée de côté (un événement d&apos;agenda a besoin d&apos;une date).</numerusform>
            <numerusform>%n tâches sans échéance laissées de côté (un événement d&apos;agenda a besoin d&apos;une date).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineActions</name>
    <message>
        <location filename="../../ui/timeline.py" line="368"/>
        <source>Interaction saved.</source>
        <translation>Interaction enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="376"/>
        <source>Complaint resolved.</source>
        <translation>Réclamation résolue.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="390"/>
        <source>Complaint reopened.</source>
        <translation>Réclamation rouverte.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="399"/>
        <source>Delete this interaction?</source>
        <translation>Supprimer cette interaction ?</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="400"/>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Vous pourrez l’annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="401"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="416"/>
        <source>Interaction deleted.</source>
        <translation>Interaction supprimée.</translation>
    </message>
</context>
<context>
    <name>TimelineCard</name>
    <message>
        <location filename="../../ui/timeline.py" line="90"/>
        <source>Interactions</source>
        <extracomment>How many entries are shown at first, and added by &quot;Show older interactions&quot;. The user wants to edit / resolve / reopen / delete an interaction (its id). The user wants to see a record&apos;s file: kind (&quot;contact&quot;, &quot;deal&quot;), id.</extracomment>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="100"/>
        <source>No interaction yet.</source>
        <translation>Aucune interaction pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="113"/>
        <source>Show older interactions ({count} more)</source>
        <translation>Afficher les interactions plus anciennes ({count} de plus)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="133"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="138"/>
        <source>&amp;Resolve complaint…</source>
        <translation>&amp;Résoudre la réclamation…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="142"/>
        <source>Re&amp;open complaint</source>
        <translation>R&amp;ouvrir la réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="151"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="159"/>
        <source>Open {name}</source>
        <translation>Ouvrir {name}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="166"/>
        <source>Open the deal “{title}”</source>
        <translation>Ouvrir l’affaire « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="204"/>
        <source>Complaint resolved</source>
        <translation>Réclamation résolue</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="204"/>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="209"/>
        <source>Resolved on {date}</source>
        <translation>Résolue le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="226"/>
        <source>Edit, resolve or delete this interaction</source>
        <translation>Modifier, résoudre ou supprimer cette interaction</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="227"/>
        <source>Actions on this interaction</source>
        <translation>Actions sur cette interaction</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="241"/>
        <source>Resolution: {text}</source>
        <translation>Résolution : {text}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="243"/>
        <source>Outcome: {text}</source>
        <translation>Suite : {text}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="246"/>
        <source>Satisfaction: {score}/{scale}</source>
        <translation>Satisfaction : {score}/{scale}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="262"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="266"/>
        <source>with {name}</source>
        <translation>avec {name}</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="269"/>
        <source>deal “{title}”</source>
        <translation>affaire « {title} »</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="271"/>
        <source>by {name}</source>
        <translation>par {name}</translation>
    </message>
</context>
<context>
    <name>analytics</name>
    <message>
        <location filename="../../app/analytics/kpis.py" line="188"/>
        <source>Customers</source>
        <extracomment>The kinds of value a KPI holds (how it is formatted). NPS: a 0–10 score of 9 or 10 is a promoter, 0 to 6 a detractor. The share of the best buyers whose revenue share is reported. True for a snapshot of the present (no previous value). Every KPI, in display order. Labels and descriptions use the &quot;analytics&quot; context.</extracomment>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="191"/>
        <source>Contacts who have bought at least once, up to the end of the period.</source>
        <translation>Contacts ayant acheté au moins une fois, jusqu’à la fin de la période.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="197"/>
        <source>Active customers (12 months)</source>
        <translation>Clients actifs (12 mois)</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="200"/>
        <source>Customers who bought in the 12 months ending on the period&apos;s last day.</source>
        <translation>Clients ayant acheté dans les 12 mois qui finissent le dernier jour de la période.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="206"/>
        <location filename="../../app/analytics/smart_lists.py" line="95"/>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="209"/>
        <source>Customers whose very first order is in the period.</source>
        <translation>Clients dont la toute première commande est dans la période.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="213"/>
        <source>Lost customers</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="216"/>
        <source>Customers who bought 24 to 12 months before the period&apos;s last day, but not in the last 12 months.</source>
        <translation>Clients ayant acheté entre 24 et 12 mois avant le dernier jour de la période, mais pas dans les 12 derniers mois.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="224"/>
        <source>Retention rate</source>
        <translation>Taux de rétention</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="227"/>
        <source>Share of the previous period&apos;s buyers who bought again in this period.</source>
        <translation>Part des acheteurs de la période précédente qui ont racheté dans cette période.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="233"/>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="236"/>
        <source>Orders minus credit notes dated in the period, VAT included.</source>
        <translation>Commandes moins avoirs datés de la période, TTC.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="242"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="245"/>
        <source>Number of orders in the period (credit notes excluded).</source>
        <translation>Nombre de commandes de la période (hors avoirs).</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="249"/>
        <source>Average basket</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="252"/>
        <source>Total of the period&apos;s orders divided by their number.</source>
        <translation>Total des commandes de la période divisé par leur nombre.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="256"/>
        <source>Purchase frequency</source>
        <translation>Fréquence d’achat</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="259"/>
        <source>Orders per buyer in the period.</source>
        <translation>Commandes par acheteur sur la période.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="263"/>
        <source>Revenue from the best 20 % of buyers</source>
        <translation>CA des 20&#xa0;% meilleurs acheteurs</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="266"/>
        <source>Share of the buyers&apos; revenue made by the best 20 % of them (lower means less dependence on a few customers).</source>
        <translation>Part du chiffre d’affaires des acheteurs faite par les 20&#xa0;% meilleurs (plus bas, c’est moins de dépendance à quelques clients).</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="274"/>
        <source>Average predicted value</source>
        <translation>Valeur prédite moyenne</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="277"/>
        <source>Mean value a customer is expected to bring in the next 12 months.</source>
        <translation>Valeur moyenne qu’un client devrait apporter dans les 12 prochains mois.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="284"/>
        <source>Open pipeline</source>
        <translation>Affaires en cours</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="287"/>
        <source>Total amount of the open deals, now.</source>
        <translation>Montant total des affaires en cours, en ce moment.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="292"/>
        <source>Weighted pipeline</source>
        <translation>Affaires en cours pondérées</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="295"/>
        <source>Open deals&apos; amounts times their probability of being won, now.</source>
        <translation>Montants des affaires en cours multipliés par leur probabilité d’être gagnées, en ce moment.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="302"/>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="305"/>
        <source>Share of the deals closed in the period that were won.</source>
        <translation>Part des affaires conclues dans la période qui ont été gagnées.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="309"/>
        <source>Average sales cycle</source>
        <translation>Cycle de vente moyen</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="312"/>
        <source>Mean number of days from creation to win of the deals won in the period.</source>
        <translation>Nombre moyen de jours de la création au gain, pour les affaires gagnées dans la période.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="318"/>
        <source>Overdue tasks</source>
        <translation>Tâches en retard</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="321"/>
        <source>Tasks not done whose due time has passed, now.</source>
        <translation>Tâches non faites dont l’échéance est passée, en ce moment.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="326"/>
        <source>Average satisfaction</source>
        <translation>Satisfaction moyenne</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="329"/>
        <source>Mean satisfaction score given in the period, out of 10.</source>
        <translation>Note de satisfaction moyenne donnée dans la période, sur 10.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="333"/>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="336"/>
        <source>Percentage of 0–10 scores of 9 or 10, minus the percentage of 0 to 6, in the period.</source>
        <translation>Pourcentage des notes sur 10 égales à 9 ou 10, moins le pourcentage de 0 à 6, dans la période.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="343"/>
        <source>Open complaints</source>
        <translation>Réclamations ouvertes</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="346"/>
        <source>Complaints not resolved yet, now.</source>
        <translation>Réclamations pas encore résolues, en ce moment.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="29"/>
        <source>Keep loyal</source>
        <translation>Fidéliser</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="30"/>
        <source>Develop</source>
        <translation>Développer</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="31"/>
        <source>Win back</source>
        <translation>Reconquérir</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="32"/>
        <source>Rationalise</source>
        <translation>Rationaliser</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="71"/>
        <source>Champions</source>
        <extracomment>The four strategies, from the best customers to the least worth spending on. The segments in display order, best first.</extracomment>
        <translation>Champions</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="73"/>
        <source>Thank them: early access to new products, invite them to tastings; ask for reviews and referrals.</source>
        <translation>Remerciez-les&#xa0;: avant-premières sur les nouveautés, invitations aux dégustations&#xa0;; demandez des avis et des recommandations.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="78"/>
        <source>Bought very recently and buy the most often: your best customers.</source>
        <translation>Ont acheté très récemment et achètent le plus souvent&#xa0;: vos meilleurs clients.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="84"/>
        <source>Loyal</source>
        <translation>Fidèles</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="86"/>
        <source>Reward their loyalty: a loyalty card or a gift at the next visit; suggest products that go with what they usually buy.</source>
        <translation>Récompensez leur fidélité&#xa0;: carte de fidélité ou cadeau à la prochaine visite&#xa0;; proposez des produits qui vont avec leurs achats habituels.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="91"/>
        <source>Buy often and came back not long ago: regulars to look after.</source>
        <translation>Achètent souvent et sont revenus il y a peu&#xa0;: des habitués à choyer.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="97"/>
        <source>Potential loyalists</source>
        <translation>Fidèles en devenir</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="99"/>
        <source>Offer the loyalty card and a reason to come back soon: a tasting, a seasonal selection, a bundle offer.</source>
        <translation>Proposez la carte de fidélité et une raison de revenir vite&#xa0;: une dégustation, une sélection de saison, une offre groupée.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="104"/>
        <source>Recent customers who have bought a few times: future regulars.</source>
        <translation>Clients récents qui ont acheté quelques fois&#xa0;: les futurs habitués.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="110"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="112"/>
        <source>Welcome them: a thank-you message with the shop&apos;s story and tips on what they bought, and a small discount on their second visit.</source>
        <translation>Accueillez-les&#xa0;: un message de remerciement avec l’histoire de la boutique et des conseils sur leurs achats, et une petite remise à la deuxième visite.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="117"/>
        <source>Very recent customers with very few orders: often a first purchase.</source>
        <translation>Clients très récents avec très peu de commandes&#xa0;: souvent un premier achat.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="123"/>
        <source>Promising</source>
        <translation>Prometteurs</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="125"/>
        <source>Make them come back: invite them to the next tasting or event, send the newsletter with a small welcome-back offer.</source>
        <translation>Faites-les revenir&#xa0;: invitez-les à la prochaine dégustation ou animation, envoyez la lettre d’information avec une petite offre de retour.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="130"/>
        <source>Bought fairly recently, but very few times so far.</source>
        <translation>Ont acheté assez récemment, mais très peu de fois jusqu’ici.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="134"/>
        <source>Need attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="136"/>
        <source>Get back in touch personally: a call or a note with a selection chosen for them and a limited-time offer.</source>
        <translation>Reprenez contact personnellement&#xa0;: un appel ou un mot avec une sélection choisie pour eux et une offre limitée dans le temps.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="141"/>
        <source>Average on recency and frequency, and their last purchase is getting older.</source>
        <translation>Dans la moyenne en récence et en fréquence, et leur dernier achat s’éloigne.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="148"/>
        <source>About to sleep</source>
        <translation>En train de s’endormir</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="150"/>
        <source>Wake them up before they forget the shop: a seasonal reminder (Christmas, summer wines) with a time-limited discount.</source>
        <translation>Réveillez-les avant qu’ils oublient la boutique&#xa0;: un rappel de saison (Noël, vins d’été) avec une remise limitée dans le temps.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="155"/>
        <source>Few orders, the last one a while ago: they are starting to forget the shop.</source>
        <translation>Peu de commandes, la dernière il y a un moment&#xa0;: ils commencent à oublier la boutique.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="162"/>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="164"/>
        <source>Win them back: a personal message reminding them of what they liked, with a generous offer; ask whether anything went wrong.</source>
        <translation>Reconquérez-les&#xa0;: un message personnel qui rappelle ce qu’ils aimaient, avec une offre généreuse&#xa0;; demandez si quelque chose n’a pas été.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="169"/>
        <source>Used to buy fairly often, but not for a long time.</source>
        <translation>Achetaient assez souvent, mais plus depuis longtemps.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="173"/>
        <source>Can&apos;t lose them</source>
        <translation>À ne pas perdre</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="175"/>
        <source>Call them yourself: find out why they stopped coming, fix it, and invite them back with a special gesture.</source>
        <translation>Appelez-les vous-même&#xa0;: comprenez pourquoi ils ne viennent plus, corrigez, et invitez-les à revenir avec un geste particulier.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="180"/>
        <source>Among the customers who bought the most often, but not for a long time.</source>
        <translation>Parmi les clients qui achetaient le plus souvent, mais plus depuis longtemps.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="187"/>
        <source>Hibernating</source>
        <translation>En hibernation</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="189"/>
        <source>Spend little on them: keep them in the general newsletter only, and stop costly mailings if they do not react.</source>
        <translation>Dépensez peu pour eux&#xa0;: gardez-les seulement dans la lettre d’information générale, et arrêtez les envois coûteux s’ils ne réagissent pas.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/segments.py" line="194"/>
        <source>Bought rarely, and long ago: little to gain from costly efforts.</source>
        <translation>Ont acheté rarement, et il y a longtemps&#xa0;: peu à gagner à des efforts coûteux.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="76"/>
        <source>Best customers</source>
        <extracomment>RFM segments of the best customers, and of the high potential ones without a CLV model. The segments where inactive customers are mostly found (for the description only). High potential: the best share of predicted values, among customers at least this likely to be still active. New customers: first order less than this many days ago (today counts as day 0). Inactive customers: no order for more than this many days. Dissatisfied: a latest score at or below this, out of 10. The built-in smart lists, in display order.</extracomment>
        <translation>Meilleurs clients</translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="77"/>
        <source>Champions and loyal customers (RFM segments): they bought recently and buy often. Thank them and keep them loyal.</source>
        <translation>Les champions et les clients fidèles (segments RFM)&#xa0;: ils ont acheté récemment et achètent souvent. Remerciez-les et gardez-les fidèles.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="85"/>
        <source>High potential</source>
        <translation>Fort potentiel</translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="86"/>
        <source>The 20 % of customers with the highest predicted value among those probably still active (50 % or more); without a lifetime-value model, the potential loyalists and promising customers (RFM segments). Develop them.</source>
        <translation>Les 20&#xa0;% de clients à la plus forte valeur prédite parmi ceux qui sont probablement encore actifs (50&#xa0;% ou plus)&#xa0;; sans modèle de valeur vie client, les fidèles en devenir et les prometteurs (segments RFM). Développez-les.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="96"/>
        <source>Customers whose first order is less than 90 days old. Welcome them and give them a reason to come back.</source>
        <translation>Clients dont la première commande a moins de 90 jours. Accueillez-les et donnez-leur une raison de revenir.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="104"/>
        <source>Inactive customers</source>
        <translation>Clients inactifs</translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="105"/>
        <source>Customers whose last order is more than 365 days old (mostly the at risk, can&apos;t lose them and hibernating segments). Win them back.</source>
        <translation>Clients dont la dernière commande a plus de 365 jours (surtout les segments à risque, à ne pas perdre et en hibernation). Reconquérez-les.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="113"/>
        <source>Dissatisfied customers</source>
        <translation>Clients insatisfaits</translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="114"/>
        <source>Contacts whose latest satisfaction score is 6 out of 10 or less, or who have a complaint not resolved yet. Call them.</source>
        <translation>Contacts dont la dernière note de satisfaction est de 6 sur 10 ou moins, ou qui ont une réclamation pas encore résolue. Appelez-les.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="122"/>
        <source>Former customers</source>
        <translation>Anciens clients</translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="123"/>
        <source>Contacts whose status is former customer.</source>
        <translation>Contacts dont le statut est ancien client.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="127"/>
        <source>Prospects never converted</source>
        <translation>Prospects jamais convertis</translation>
    </message>
    <message>
        <location filename="../../app/analytics/smart_lists.py" line="128"/>
        <source>Contacts whose status is prospect and who have never ordered.</source>
        <translation>Contacts dont le statut est prospect et qui n’ont jamais commandé.</translation>
    </message>
</context>
<context>
    <name>batches</name>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>New contact %1</source>
        <extracomment>The panes listed in the navigation, in order (Ctrl+1 … Ctrl+8). The files of records, and the navigation entry each belongs to. The panes ``show_pane`` knows. The navigation entry each pane belongs to.</extracomment>
        <translation>Nouveau contact %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>Edit contact %1</source>
        <translation>Modification du contact %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Suppression de %n contact</numerusform>
            <numerusform>Suppression de %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>Restauration de %n contact</numerusform>
            <numerusform>Restauration de %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="153"/>
        <source>Tag %n contact(s): %1</source>
        <translation>
            <numerusform>Étiquette sur %n contact&#xa0;: %1</numerusform>
            <numerusform>Étiquette sur %n contacts&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Untag %n contact(s): %1</source>
        <translation>
            <numerusform>Étiquette retirée de %n contact&#xa0;: %1</numerusform>
            <numerusform>Étiquette retirée de %n contacts&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>New company %1</source>
        <translation>Nouvelle entreprise %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>Edit company %1</source>
        <translation>Modification de l&apos;entreprise %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Delete %n company(ies)</source>
        <translation>
            <numerusform>Suppression de %n entreprise</numerusform>
            <numerusform>Suppression de %n entreprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Restore %n company(ies)</source>
        <translation>
            <numerusform>Restauration de %n entreprise</numerusform>
            <numerusform>Restauration de %n entreprises</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>New deal %1</source>
        <translation>Nouvelle affaire %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>Edit deal %1</source>
        <translation>Modification de l&apos;affaire %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>Move deal %1 to %2</source>
        <translation>Affaire %1 passée à l&apos;étape %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Mark deal %1 as won</source>
        <translation>Affaire %1 gagnée</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Mark deal %1 as lost</source>
        <translation>Affaire %1 perdue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>Reopen deal %1</source>
        <translation>Réouverture de l&apos;affaire %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>New task %1</source>
        <translation>Nouvelle tâche %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Edit task %1</source>
        <translation>Modification de la tâche %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Complete task %1</source>
        <translation>Tâche %1 terminée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="169"/>
        <source>Complete %n task(s)</source>
        <translation>
            <numerusform>%n tâche terminée</numerusform>
            <numerusform>%n tâches terminées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Reopen task %1</source>
        <translation>Réouverture de la tâche %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Delete task %1</source>
        <translation>Suppression de la tâche %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>Snooze task %1</source>
        <translation>Report du rappel de la tâche %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>Log %2: %1</source>
        <translation>Échange noté (%2) : %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Edit interaction %1</source>
        <translation>Modification de l&apos;échange %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Resolve complaint %1</source>
        <translation>Réclamation résolue : %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Merge contact %1 into %2</source>
        <translation>Fusion du contact %1 dans %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>Merge company %1 into %2</source>
        <translation>Fusion de l’entreprise %1 dans %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>meeting</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>visit</source>
        <translation>visite</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>letter</source>
        <translation>courrier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>web contact</source>
        <translation>contact web</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>social media message</source>
        <translation>message sur les réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../ui/charts.py" line="142"/>
        <source>Computing…</source>
        <extracomment>The Okabe–Ito palette (Okabe &amp; Ito 2008): distinguishable with every colour vision. The order colours are handed out in (strongest contrast on a light background first). A sequential map from the background to Okabe–Ito blue: its lightness falls steadily, so it reads the same in grey or to a colour-blind eye. The smallest font size used in a chart, in points. Pareto curves and other long series are drawn with at most this many points. What the user clicked (its type depends on the chart). How many times the figure was drawn (benchmarks and tests).</extracomment>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="299"/>
        <location filename="../../ui/charts.py" line="585"/>
        <source>No sales in this period.</source>
        <extracomment>What a click on the Pareto chart asks for.</extracomment>
        <translation>Aucune vente sur cette période.</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="311"/>
        <location filename="../../ui/charts.py" line="343"/>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="324"/>
        <location filename="../../ui/charts.py" line="344"/>
        <source>A year earlier</source>
        <translation>Un an plus tôt</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="368"/>
        <source>A year earlier: %1</source>
        <translation>Un an plus tôt&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="374"/>
        <source>Click to list the buyers of this month.</source>
        <translation>Cliquez pour lister les acheteurs de ce mois.</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="400"/>
        <location filename="../../ui/charts.py" line="496"/>
        <source>No customers with orders yet.</source>
        <extracomment>The strategy&apos;s label (bars of one strategy share a colour).</extracomment>
        <translation>Aucun client n’a encore commandé.</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="421"/>
        <source>%1 · %2 of revenue</source>
        <translation>%1 · %2 du CA</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/charts.py" line="469"/>
        <source>%Ln customer(s), %1 of revenue</source>
        <translation>
            <numerusform>%Ln client, %1 du chiffre d’affaires</numerusform>
            <numerusform>%Ln clients, %1 du chiffre d’affaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/charts.py" line="555"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/charts.py" line="734"/>
        <source>First purchase in %1: %Ln customer(s)</source>
        <translation>
            <numerusform>Premier achat en %1&#xa0;: %Ln client</numerusform>
            <numerusform>Premier achat en %1&#xa0;: %Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="472"/>
        <source>Strategy: %1</source>
        <translation>Stratégie&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="473"/>
        <location filename="../../ui/charts.py" line="558"/>
        <source>Click to list these customers.</source>
        <translation>Cliquez pour lister ces clients.</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="540"/>
        <source>Frequency score (5 = most orders)</source>
        <translation>Score de fréquence (5 = le plus de commandes)</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="541"/>
        <source>Recency score (5 = most recent)</source>
        <translation>Score de récence (5 = le plus récent)</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="610"/>
        <source>The best 20 % of customers
make %1 of revenue</source>
        <translation>Les 20&#xa0;% meilleurs clients
font %1 du chiffre d’affaires</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="627"/>
        <source>Share of customers, best first</source>
        <translation>Part des clients, meilleurs d’abord</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="628"/>
        <source>Share of revenue</source>
        <translation>Part du chiffre d’affaires</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="635"/>
        <source>Click to list the best 20 % of customers.</source>
        <translation>Cliquez pour lister les 20&#xa0;% meilleurs clients.</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="658"/>
        <source>No first purchases in these months.</source>
        <translation>Aucun premier achat sur ces mois.</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="721"/>
        <source>Months since the first purchase</source>
        <translation>Mois depuis le premier achat</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="737"/>
        <source>Click to list them.</source>
        <translation>Cliquez pour les lister.</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="764"/>
        <source>No open deals.</source>
        <translation>Aucune affaire en cours.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/charts.py" line="783"/>
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln affaire</numerusform>
            <numerusform>%Ln affaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/charts.py" line="809"/>
        <source>%Ln open deal(s)</source>
        <translation>
            <numerusform>%Ln affaire en cours</numerusform>
            <numerusform>%Ln affaires en cours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="810"/>
        <source>Amount: %1</source>
        <translation>Montant&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="813"/>
        <source>Weighted by probability: %1</source>
        <translation>Pondéré par la probabilité&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="816"/>
        <source>Click to list these contacts.</source>
        <translation>Cliquez pour lister ces contacts.</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <location filename="../../app/integrity.py" line="26"/>
        <source>SQLite found damage in the file: {detail}</source>
        <extracomment>Tables reported apart (the log and its batches), not in ``row_counts``. At most this many lines of SQLite&apos;s integrity check are kept.</extracomment>
        <translation>SQLite a trouvé des dégâts dans le fichier&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/integrity.py" line="27"/>
        <source>Rows pointing to rows that do not exist: {count} (first: {table} row {rowid}).</source>
        <translation>Lignes qui renvoient à des lignes inexistantes&#xa0;: {count} (première&#xa0;: {table} ligne {rowid}).</translation>
    </message>
    <message>
        <location filename="../../app/integrity.py" line="30"/>
        <source>The schema is at revision {revision}; this version of Comptoir expects {head}.</source>
        <translation>Le schéma est à la révision {revision}&#xa0;; cette version de Comptoir attend {head}.</translation>
    </message>
    <message>
        <location filename="../../app/integrity.py" line="33"/>
        <source>Contacts missing from the search index: {count}.</source>
        <translation>Contacts absents de l’index de recherche&#xa0;: {count}.</translation>
    </message>
    <message>
        <location filename="../../app/integrity.py" line="34"/>
        <source>Search index entries of deleted or changed contacts: {count}.</source>
        <translation>Entrées de l’index de recherche de contacts supprimés ou modifiés&#xa0;: {count}.</translation>
    </message>
    <message>
        <location filename="../../app/integrity.py" line="37"/>
        <source>The search index is damaged: {detail}</source>
        <translation>L’index de recherche est endommagé&#xa0;: {detail}</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="77"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="78"/>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="79"/>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="80"/>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="81"/>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="82"/>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="83"/>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="84"/>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="85"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="86"/>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="87"/>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="88"/>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="89"/>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="90"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="91"/>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="92"/>
        <source>Algeria</source>
        <translation>Algérie</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="93"/>
        <source>Tunisia</source>
        <translation>Tunisie</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="94"/>
        <source>Senegal</source>
        <translation>Sénégal</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../ui/dashboard.py" line="172"/>
        <source>%1 d</source>
        <extracomment>The period choices, in the selector&apos;s order. The revenue chart shows at least this many months. Colours of a change for the better and for the worse (Okabe–Ito bluish green and vermillion, darkened for text contrast), always with ▲/▼ so colour is never alone. The narrowest a KPI tile gets, in pixels. The indicator that needs the lifetime-value fit.</extracomment>
        <translation>%1&#xa0;j</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../app/documents/calls.py" line="33"/>
        <source>Call list</source>
        <translation>Liste d&apos;appels</translation>
    </message>
    <message>
        <location filename="../../app/documents/calls.py" line="133"/>
        <source>{count} contact(s) · {date}</source>
        <translation>{count} contact(s) · {date}</translation>
    </message>
    <message>
        <location filename="../../app/documents/calls.py" line="144"/>
        <location filename="../../app/documents/customer.py" line="634"/>
        <location filename="../../app/documents/customer.py" line="656"/>
        <location filename="../../app/documents/customer.py" line="684"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/documents/calls.py" line="145"/>
        <location filename="../../app/documents/customer.py" line="126"/>
        <location filename="../../app/documents/customer.py" line="384"/>
        <location filename="../../app/documents/customer.py" line="471"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/documents/calls.py" line="146"/>
        <location filename="../../app/documents/customer.py" line="472"/>
        <source>Last interaction</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <location filename="../../app/documents/calls.py" line="147"/>
        <location filename="../../app/documents/customer.py" line="188"/>
        <location filename="../../app/documents/dashboard.py" line="353"/>
        <location filename="../../app/documents/dashboard.py" line="399"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../app/documents/calls.py" line="148"/>
        <location filename="../../app/documents/customer.py" line="304"/>
        <location filename="../../app/documents/customer.py" line="517"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/documents/calls.py" line="183"/>
        <source>Nobody to call.</source>
        <translation>Personne à appeler.</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="51"/>
        <source>Customer file</source>
        <translation>Fiche client</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="52"/>
        <source>Company file</source>
        <translation>Fiche entreprise</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="106"/>
        <source>No. {number}</source>
        <translation>N° {number}</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="124"/>
        <location filename="../../app/documents/customer.py" line="385"/>
        <location filename="../../app/documents/customer.py" line="470"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="125"/>
        <source>Second e-mail</source>
        <translation>Second e-mail</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="127"/>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="128"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="129"/>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="135"/>
        <location filename="../../app/documents/dashboard.py" line="395"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="136"/>
        <location filename="../../app/documents/customer.py" line="469"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="137"/>
        <location filename="../../app/documents/customer.py" line="281"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="139"/>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="143"/>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="146"/>
        <location filename="../../app/documents/customer.py" line="377"/>
        <source>Account manager</source>
        <translation>Responsable du compte</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="147"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="148"/>
        <location filename="../../app/documents/customer.py" line="378"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="149"/>
        <location filename="../../app/documents/customer.py" line="425"/>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="155"/>
        <location filename="../../app/documents/customer.py" line="395"/>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="156"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="162"/>
        <source>Total spent</source>
        <translation>Total dépensé</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="166"/>
        <location filename="../../app/documents/customer.py" line="413"/>
        <location filename="../../app/documents/dashboard.py" line="396"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="168"/>
        <location filename="../../app/documents/customer.py" line="415"/>
        <source>Average basket</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="173"/>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="181"/>
        <source>RFM scores</source>
        <translation>Scores RFM</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="183"/>
        <source>1 = lowest, 5 = best</source>
        <translation>1 = le plus faible, 5 = le meilleur</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="196"/>
        <source>RFM segment</source>
        <translation>Segment RFM</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="198"/>
        <source>No purchase</source>
        <translation>Aucun achat</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="204"/>
        <source>Probability still active</source>
        <translation>Probabilité d&apos;être encore client</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="211"/>
        <location filename="../../app/documents/customer.py" line="223"/>
        <source>Predicted value (12 months)</source>
        <translation>Valeur prévue (12 mois)</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="220"/>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="227"/>
        <location filename="../../app/documents/customer.py" line="448"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="235"/>
        <source>Suggested action: {action}</source>
        <translation>Action conseillée : {action}</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="245"/>
        <location filename="../../app/documents/customer.py" line="488"/>
        <source>Latest orders</source>
        <translation>Dernières commandes</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="252"/>
        <location filename="../../app/documents/customer.py" line="430"/>
        <location filename="../../app/documents/customer.py" line="495"/>
        <source>Open deals</source>
        <translation>Affaires en cours</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="259"/>
        <location filename="../../app/documents/customer.py" line="502"/>
        <source>Open tasks</source>
        <translation>Tâches en cours</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="275"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="279"/>
        <location filename="../../app/documents/customer.py" line="681"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="280"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="282"/>
        <source>Recorded on</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="289"/>
        <source>No consent recorded.</source>
        <translation>Aucun consentement enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="296"/>
        <location filename="../../app/documents/customer.py" line="509"/>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="371"/>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="372"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="373"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="374"/>
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="375"/>
        <source>Sector</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="376"/>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="386"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="387"/>
        <source>Head office</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="388"/>
        <source>Delivery address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="394"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="401"/>
        <source>Total revenue</source>
        <translation>Chiffre d&apos;affaires total</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="406"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="409"/>
        <source>Last year: {amount}</source>
        <translation>L&apos;an dernier : {amount}</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="420"/>
        <source>Last order</source>
        <translation>Dernière commande</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="433"/>
        <location filename="../../app/documents/customer.py" line="441"/>
        <source>{count} deal(s)</source>
        <translation>{count} affaire(s)</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="438"/>
        <source>Deals won</source>
        <translation>Affaires gagnées</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="464"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="468"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="480"/>
        <source>Nobody recorded at this company.</source>
        <translation>Personne n&apos;est enregistré dans cette entreprise.</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="542"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="543"/>
        <source>{days} days ago</source>
        <translation>il y a {days} jours</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="550"/>
        <source>Purchases over the last 24 months</source>
        <translation>Achats des 24 derniers mois</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="556"/>
        <source>No purchase in this period.</source>
        <translation>Aucun achat sur cette période.</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="574"/>
        <source>No order.</source>
        <translation>Aucune commande.</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="587"/>
        <location filename="../../app/documents/customer.py" line="680"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="588"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="589"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="590"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="591"/>
        <location filename="../../app/documents/quote.py" line="517"/>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="602"/>
        <source>The {shown} latest of {total} orders.</source>
        <translation>Les {shown} dernières commandes sur {total}.</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="628"/>
        <location filename="../../app/documents/dashboard.py" line="302"/>
        <source>No open deal.</source>
        <translation>Aucune affaire en cours.</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="630"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="631"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="636"/>
        <source>Expected close</source>
        <translation>Conclusion prévue</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="637"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="653"/>
        <source>No open task.</source>
        <translation>Aucune tâche en cours.</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="654"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="658"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="659"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="677"/>
        <source>No interaction recorded.</source>
        <translation>Aucun échange enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="686"/>
        <source>Subject and outcome</source>
        <translation>Objet et résultat</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="687"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="695"/>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location filename="../../app/documents/customer.py" line="708"/>
        <source>The {shown} latest of {total} interactions.</source>
        <translation>Les {shown} derniers échanges sur {total}.</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="45"/>
        <source>Dashboard report</source>
        <translation>Rapport du tableau de bord</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="121"/>
        <source>{days} d</source>
        <translation>{days} j</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="138"/>
        <source>{points} pt</source>
        <translation>{points} pt</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="219"/>
        <source>{start} – {end}, compared with {pstart} – {pend}</source>
        <translation>Du {start} au {end}, comparé au {pstart} – {pend}</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="230"/>
        <source>now</source>
        <translation>actuel</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="249"/>
        <source>Key indicators</source>
        <translation>Indicateurs clés</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="253"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="254"/>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="255"/>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="256"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="276"/>
        <location filename="../../app/documents/dashboard.py" line="397"/>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="277"/>
        <source>Same month a year before</source>
        <translation>Même mois un an avant</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="281"/>
        <source>Revenue per month</source>
        <translation>Chiffre d&apos;affaires par mois</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="289"/>
        <source>{amount} · {count} deal(s)</source>
        <translation>{amount} · {count} affaire(s)</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="298"/>
        <source>Open pipeline per stage</source>
        <translation>Affaires en cours par étape</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="327"/>
        <source>Customers per segment</source>
        <translation>Clients par segment</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="331"/>
        <source>Recency (R) × frequency (F)</source>
        <translation>Récence (R) × fréquence (F)</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="337"/>
        <source>5 = most recent, most frequent</source>
        <translation>5 = le plus récent, le plus fréquent</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="345"/>
        <source>RFM segments as of {date}</source>
        <translation>Segments RFM au {date}</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="354"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="355"/>
        <source>Share of revenue</source>
        <translation>Part du CA</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="356"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="357"/>
        <source>Suggested action</source>
        <translation>Action conseillée</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="387"/>
        <source>The {count} best customers of the period</source>
        <translation>Les {count} meilleurs clients de la période</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="394"/>
        <location filename="../../app/documents/quote.py" line="332"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="398"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../app/documents/dashboard.py" line="408"/>
        <source>No sale in this period.</source>
        <translation>Aucune vente sur cette période.</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="55"/>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="294"/>
        <location filename="../../app/documents/quote.py" line="343"/>
        <source>SIRET {siret}</source>
        <extracomment>True when this call recorded the quote (False: printed again).</extracomment>
        <translation>SIRET {siret}</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="299"/>
        <location filename="../../app/documents/quote.py" line="350"/>
        <source>VAT {number}</source>
        <translation>TVA {number}</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="307"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="315"/>
        <source>Date: {date}</source>
        <translation>Date : {date}</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="320"/>
        <source>Valid until: {date}</source>
        <translation>Valable jusqu&apos;au : {date}</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="372"/>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="387"/>
        <source>Ref. {reference}</source>
        <translation>Réf. {reference}</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="408"/>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="409"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="410"/>
        <source>Unit price excl. VAT</source>
        <translation>Prix unitaire HT</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="411"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="412"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="413"/>
        <location filename="../../app/documents/quote.py" line="495"/>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="427"/>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="438"/>
        <source>This quote is valid until {date}. Prices in {currency}.</source>
        <translation>Ce devis est valable jusqu&apos;au {date}. Prix en {currency}.</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="453"/>
        <source>Date, signature and stamp of the customer, preceded by the words “Good for approval”:</source>
        <translation>Date, signature et cachet du client, précédés de la mention « Bon pour accord » :</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="504"/>
        <source>VAT {rate} on {base}</source>
        <translation>TVA {rate} sur {base}</translation>
    </message>
    <message>
        <location filename="../../app/documents/render.py" line="95"/>
        <source>Page {page} / {pages}</source>
        <translation>Page {page} / {pages}</translation>
    </message>
    <message>
        <location filename="../../app/documents/render.py" line="96"/>
        <source>Printed on {date}</source>
        <translation>Imprimé le {date}</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../../app/duplicates.py" line="93"/>
        <source>Reading the records…</source>
        <extracomment>Why two records look like one (``DuplicatePair.reasons`` holds them in this order). Scores of the exact keys (e-mail and phone as in ``ContactService.find_duplicates``). The same SIREN but two different SIRETs: two establishments of one firm, maybe on purpose. Added for each further reason that agrees (the same phone *and* a similar name…). The similarity given to a name and its abbreviation (&quot;M. Blanc&quot;, &quot;Marie Blanc&quot;). Names less similar than this are different people (&quot;Sylvie&quot; and &quot;Sarah Meunier&quot;), whatever they share: a family&apos;s e-mail, a shop&apos;s phone. Two words of names this similar may be one word misspelt (&quot;dupont&quot;, &quot;dupond&quot;). Taken from a name-only match for each key both records know and do not share. Groups (of one e-mail, one phone, one name in one place) up to this size give every pair; bigger ones are linked to their oldest member only (k - 1 pairs, not k²/2). Distinct names compared at once against a block (bounds memory: rows × block bytes). Words of company names that say nothing about which company it is.</extracomment>
        <translation>Lecture des fiches…</translation>
    </message>
    <message>
        <location filename="../../app/duplicates.py" line="94"/>
        <source>Comparing e-mails and phone numbers…</source>
        <translation>Comparaison des e-mails et des numéros de téléphone…</translation>
    </message>
    <message>
        <location filename="../../app/duplicates.py" line="95"/>
        <source>Comparing names, place by place…</source>
        <translation>Comparaison des noms, lieu par lieu…</translation>
    </message>
    <message>
        <location filename="../../app/duplicates.py" line="96"/>
        <source>Scoring the pairs…</source>
        <translation>Calcul du score des paires…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/application.py" line="113"/>
        <location filename="../../ui/errors.py" line="93"/>
        <location filename="../../ui/errors.py" line="121"/>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="50"/>
        <location filename="../../ui/contact_dialog.py" line="70"/>
        <location filename="../../ui/deal_dialog.py" line="78"/>
        <source>This number is not valid.</source>
        <extracomment>The entities that have custom fields, and the table holding their values.
----------
Fields after whose edit the dialog looks for likely duplicates.</extracomment>
        <translation>Ce nombre n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="51"/>
        <source>Answer yes or no.</source>
        <translation>Répondez par oui ou par non.</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="52"/>
        <source>Give the field a name.</source>
        <translation>Donnez un nom au champ.</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="53"/>
        <source>Another field already has this name.</source>
        <translation>Un autre champ porte déjà ce nom.</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="54"/>
        <source>Choose the type of the field.</source>
        <translation>Choisissez le type du champ.</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="55"/>
        <source>Give at least one choice, one per line.</source>
        <translation>Donnez au moins un choix, un par ligne.</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="56"/>
        <source>Give at most 200 choices.</source>
        <translation>Donnez au plus 200 choix.</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="57"/>
        <source>This custom field no longer exists.</source>
        <translation>Ce champ personnalisé n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/custom_fields.py" line="58"/>
        <source>The field “{label}” already holds values in {count} record(s): its type can only change between Text and Choice. Create a new field for the new type instead.</source>
        <translation>Le champ « {label} » contient déjà des valeurs dans {count} fiche(s) : son type ne peut passer que de Texte à Liste de choix, ou l&apos;inverse. Créez plutôt un nouveau champ pour le nouveau type.</translation>
    </message>
    <message>
        <location filename="../../ui/screenshot.py" line="16"/>
        <source>There is no contact to show in this database.</source>
        <translation>Il n’y a aucun contact à afficher dans cette base de données.</translation>
    </message>
    <message>
        <location filename="../../ui/screenshot.py" line="17"/>
        <source>There is nothing of this kind to show in this database.</source>
        <translation>Il n&apos;y a rien de ce genre à afficher dans cette base.</translation>
    </message>
    <message>
        <location filename="../../app/contacts.py" line="610"/>
        <location filename="../../app/merge.py" line="60"/>
        <location filename="../../app/tasks.py" line="49"/>
        <source>This contact no longer exists.</source>
        <extracomment>Only these contacts (a segment, a smart list…), still searched, filtered and sorted. Conditions on custom fields (all must hold). Sort keys &quot;custom:&lt;key&gt;&quot; sort on one. The stored custom values, by field key. Why it looks like the same person: &quot;email&quot;, &quot;phone&quot; or &quot;name&quot;.</extracomment>
        <translation>Ce contact n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="82"/>
        <source>There is no batch {batch_id} in this database.</source>
        <extracomment>Rows that belong to a contact through their ``contact_id`` column. Conflict reasons.</extracomment>
        <translation>Il n’y a pas de lot {batch_id} dans cette base de données.</translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="83"/>
        <source>Several batches start with {batch_id}: give more of the batch id.</source>
        <translation>Plusieurs lots commencent par {batch_id}&#xa0;: donnez davantage de caractères de l’identifiant.</translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="86"/>
        <source>The batch “{label}” was already undone.</source>
        <translation>Le lot «&#xa0;{label}&#xa0;» a déjà été annulé.</translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="87"/>
        <source>The batch “{label}” was made by Comptoir itself and cannot be undone.</source>
        <translation>Le lot «&#xa0;{label}&#xa0;» a été fait par Comptoir lui-même et ne peut pas être annulé.</translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="90"/>
        <source>“{label}” issued a numbered document: it is kept as issued and cannot be undone.</source>
        <translation>« {label} » a émis un document numéroté : il est conservé tel qu&apos;émis et ne peut pas être annulé.</translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="94"/>
        <source>Nothing in the batch “{label}” can be undone: all its changes were changed or removed since.</source>
        <translation>Rien dans le lot «&#xa0;{label}&#xa0;» ne peut être annulé&#xa0;: toutes ses modifications ont été changées ou supprimées depuis.</translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="98"/>
        <source>The batch “{label}” cannot be undone: the database refused it ({detail}). Nothing was changed.</source>
        <translation>Le lot «&#xa0;{label}&#xa0;» ne peut pas être annulé&#xa0;: la base de données l’a refusé ({detail}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="30"/>
        <source>Say in a few words what it was about.</source>
        <translation>Dites en quelques mots de quoi il s’agissait.</translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="31"/>
        <source>The satisfaction score goes from 0 to 10.</source>
        <translation>La note de satisfaction va de 0 à 10.</translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="32"/>
        <source>A satisfaction score out of 5 goes from 1 to 5.</source>
        <translation>Une note de satisfaction sur 5 va de 1 à 5.</translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="33"/>
        <source>Satisfaction is given out of 5 or out of 10.</source>
        <translation>La satisfaction se note sur 5 ou sur 10.</translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="34"/>
        <source>An interaction cannot be in the future.</source>
        <translation>Une interaction ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="35"/>
        <source>Choose the contact, the company or the deal it concerns.</source>
        <translation>Choisissez le contact, l’entreprise ou l’affaire concernés.</translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="36"/>
        <source>This contact does not exist or was deleted.</source>
        <translation>Ce contact n’existe pas ou a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="37"/>
        <source>This company does not exist or was deleted.</source>
        <translation>Cette entreprise n’existe pas ou a été supprimée.</translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="38"/>
        <source>This deal does not exist or was deleted.</source>
        <translation>Cette affaire n’existe pas ou a été supprimée.</translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="39"/>
        <source>A duration goes from 0 to 24 hours.</source>
        <translation>Une durée va de 0 à 24 heures.</translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="40"/>
        <source>A complaint is open or resolved.</source>
        <translation>Une réclamation est ouverte ou résolue.</translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="41"/>
        <source>A complaint cannot be resolved in the future.</source>
        <translation>Une réclamation ne peut pas être résolue dans le futur.</translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="42"/>
        <source>A complaint cannot be resolved before it was made.</source>
        <translation>Une réclamation ne peut pas être résolue avant d’avoir été faite.</translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="45"/>
        <source>Call back in 0 to 365 days.</source>
        <translation>Rappel dans 0 à 365 jours.</translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="46"/>
        <source>This interaction does not exist or was deleted.</source>
        <translation>Cette interaction n’existe pas ou a été supprimée.</translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="47"/>
        <source>This interaction is not a complaint.</source>
        <translation>Cette interaction n’est pas une réclamation.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="25"/>
        <source>This e-mail address is not valid.</source>
        <translation>Cette adresse e-mail n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="26"/>
        <source>This phone number is not valid.</source>
        <translation>Ce numéro de téléphone n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="27"/>
        <source>A French postcode has five digits (e.g. 75011).</source>
        <translation>Un code postal français a cinq chiffres (p. ex. 75011).</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="28"/>
        <source>Give at least a last name, a first name or an e-mail.</source>
        <translation>Indiquez au moins un nom, un prénom ou un e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/tasks.py" line="46"/>
        <source>Give the task a title.</source>
        <extracomment>The views of the Tasks pane. The sort keys (the Tasks table&apos;s columns); &quot;&quot; is the view&apos;s natural order. The local time of day that marks a task due &quot;all day&quot; (no particular time).</extracomment>
        <translation>Donnez un titre à la tâche.</translation>
    </message>
    <message>
        <location filename="../../app/tasks.py" line="47"/>
        <source>A task title has at most 300 characters.</source>
        <translation>Le titre d&apos;une tâche fait au plus 300 caractères.</translation>
    </message>
    <message>
        <location filename="../../app/tasks.py" line="48"/>
        <location filename="../../app/validation.py" line="29"/>
        <source>This value is too long.</source>
        <translation>Cette valeur est trop longue.</translation>
    </message>
    <message>
        <location filename="../../app/tasks.py" line="52"/>
        <source>This user no longer exists.</source>
        <translation>Cet utilisateur n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/tasks.py" line="53"/>
        <source>This interaction no longer exists.</source>
        <translation>Cette interaction n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/tasks.py" line="54"/>
        <source>This task no longer exists.</source>
        <translation>Cette tâche n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="30"/>
        <source>This value is not one of the choices.</source>
        <translation>Cette valeur ne fait pas partie des choix.</translation>
    </message>
    <message>
        <location filename="../../app/validation.py" line="31"/>
        <source>This date is not valid.</source>
        <translation>Cette date n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>The database {path} cannot be opened.</source>
        <extracomment>The messages of models.database&apos;s errors, marked here for translation (models/ does not use Qt&apos;s tools; a test checks that every DatabaseError template is listed).</extracomment>
        <translation>La base de données {path} ne peut pas être ouverte.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="32"/>
        <source>{path} is not a Comptoir database, or it is damaged.</source>
        <translation>{path} n’est pas une base de données Comptoir, ou elle est endommagée.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <source>The database {path} is damaged ({detail}). Restore a backup copy.</source>
        <translation>La base de données {path} est endommagée ({detail}). Restaurez une copie de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="36"/>
        <source>The database {path} was written by a newer version of Comptoir (schema {revision}). Update Comptoir to open it; the file was left untouched.</source>
        <translation>La base de données {path} a été écrite par une version plus récente de Comptoir (schéma {revision}). Mettez Comptoir à jour pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="41"/>
        <source>The database {path} is in use by another program. Close it and try again.</source>
        <translation>La base de données {path} est utilisée par un autre programme. Fermez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="44"/>
        <source>The database {path} cannot be written ({detail}).</source>
        <translation>La base de données {path} ne peut pas être écrite ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <source>Sorry, something went wrong in Comptoir. The details were written to {path}.</source>
        <extracomment>Boxes without a parent window are kept here while open (else Python would delete them).</extracomment>
        <translation>Désolé, un problème est survenu dans Comptoir. Les détails ont été écrits dans {path}.</translation>
    </message>
    <message>
        <location filename="../../app/tables.py" line="18"/>
        <source>Choose a .csv or .xlsx file name (not {name}).</source>
        <translation>Choisissez un nom de fichier .csv ou .xlsx (pas {name}).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="69"/>
        <source>Choose a .xlsx, .csv or .vcf file name (not “{name}”).</source>
        <translation>Choisissez un nom de fichier .xlsx, .csv ou .vcf (pas « {name} »).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="70"/>
        <source>Only contacts can be exported as vCards.</source>
        <translation>Seuls les contacts peuvent être exportés en vCard.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="71"/>
        <source>Nothing called “{kind}” can be exported.</source>
        <translation>Rien ne s&apos;appelle « {kind} » parmi ce qui peut être exporté.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="72"/>
        <source>The list has no column “{column}”.</source>
        <translation>La liste n&apos;a pas de colonne « {column} ».</translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="73"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="74"/>
        <source>Cannot replace {path}: the file is open in another program (Excel?) or read-only. Close it and try again.</source>
        <translation>Impossible de remplacer {path} : le fichier est ouvert dans un autre programme (Excel ?) ou en lecture seule. Fermez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="79"/>
        <source>You may not write in the folder {folder}. Choose another folder.</source>
        <translation>Vous n&apos;avez pas le droit d&apos;écrire dans le dossier {folder}. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="82"/>
        <source>The disk is full: {path} could not be written. Free some space and try again.</source>
        <translation>Le disque est plein : {path} n&apos;a pas pu être écrit. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="85"/>
        <location filename="../../app/tables.py" line="19"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/export.py" line="86"/>
        <source>vCard export is not available in this version.</source>
        <translation>L&apos;export vCard n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/clv.py" line="89"/>
        <source>Lifetime value needs the purchase history of at least {needed} customers; there are only {found}.</source>
        <extracomment>Weeks in an average month (365.25 / 12 / 7), for the monthly value sum. Months summed in the predicted value. The fewest customers, and repeat buyers among them, a fit is attempted with. Every parameter is searched in [LOWER, UPPER] (times the data&apos;s scale for v). A fitted log-parameter closer than this to a bound is &quot;at the bound&quot; (1 %). The fit has converged when every component of the gradient of the mean negative log-likelihood with respect to the log-parameters is below this. Near a = 1 the expected-purchases formula is 0/0: it is evaluated on either side.</extracomment>
        <translation>La valeur vie client demande l’historique d’achat d’au moins {needed} clients&#xa0;; il n’y en a que {found}.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/clv.py" line="94"/>
        <source>Lifetime value needs at least {needed} repeat customers (who bought on two different days or more); there are only {found}.</source>
        <translation>La valeur vie client demande au moins {needed} clients fidèles (ayant acheté au moins deux jours différents)&#xa0;; il n’y en a que {found}.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/clv.py" line="99"/>
        <source>The {model} model could not be fitted to this purchase history (the calculation did not converge), so no lifetime values were computed.</source>
        <translation>Le modèle {model} n’a pas pu être ajusté à cet historique d’achat (le calcul n’a pas convergé), donc aucune valeur vie client n’a été calculée.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/clv.py" line="104"/>
        <source>The {model} model does not fit this purchase history (its parameter {parameter} ran to its limit), so no lifetime values were computed.</source>
        <translation>Le modèle {model} ne correspond pas à cet historique d’achat (son paramètre {parameter} a atteint sa limite), donc aucune valeur vie client n’a été calculée.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/clv.py" line="109"/>
        <source>The spending model does not fit this purchase history (q = {q}, so the average spend would be infinite), so no lifetime values were computed.</source>
        <translation>Le modèle de dépense ne correspond pas à cet historique d’achat (q = {q}, la dépense moyenne serait infinie), donc aucune valeur vie client n’a été calculée.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/clv.py" line="114"/>
        <source>The lifetime values of this purchase history could not be computed (a calculation overflowed).</source>
        <translation>Les valeurs vie client de cet historique d’achat n’ont pas pu être calculées (un calcul a débordé).</translation>
    </message>
    <message>
        <location filename="../../app/analytics/commands.py" line="18"/>
        <source>Not a date: {text} (write it as 2025-12-31).</source>
        <translation>Ce n’est pas une date&#xa0;: {text} (écrivez-la sous la forme 2025-12-31).</translation>
    </message>
    <message>
        <location filename="../../app/analytics/commands.py" line="87"/>
        <source>The horizon is between 1 and 520 weeks.</source>
        <translation>L’horizon est compris entre 1 et 520 semaines.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="59"/>
        <source>A period must start on or before its last day (not {start} to {end}).</source>
        <translation>Une période doit commencer au plus tard le jour où elle finit (pas du {start} au {end}).</translation>
    </message>
    <message>
        <location filename="../../app/calendar.py" line="49"/>
        <location filename="../../app/documents/render.py" line="92"/>
        <source>The file {path} cannot be written ({detail}).</source>
        <extracomment>The moment an all-day task&apos;s reminder is relative to (as in the task dialog). RFC 5545 priorities: 1 is the highest, 9 the lowest, 0 undefined. The English labels of the description lines; the GUI passes translated ones.
----------
The width of the text frame.</extracomment>
        <translation>Le fichier {path} ne peut pas être écrit ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/companies.py" line="58"/>
        <source>Give the company&apos;s name.</source>
        <translation>Indiquez le nom de l&apos;entreprise.</translation>
    </message>
    <message>
        <location filename="../../app/companies.py" line="59"/>
        <source>This website address is not valid.</source>
        <translation>Cette adresse de site web n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../../app/companies.py" line="60"/>
        <source>A country is given by its 2-letter code (FR, BE…).</source>
        <translation>Un pays s&apos;indique par son code à 2 lettres (FR, BE…).</translation>
    </message>
    <message>
        <location filename="../../app/companies.py" line="792"/>
        <location filename="../../app/merge.py" line="61"/>
        <location filename="../../app/tasks.py" line="50"/>
        <source>This company no longer exists.</source>
        <extracomment>Head-count ranges of INSEE, as stored (&quot;5000+&quot;: 5,000 employees or more). Codes written by earlier versions, still accepted and shown. The revenue shown in the list: the orders of the last 365 days. A column key: &quot;name&quot;, &quot;siren&quot;, &quot;city&quot;, &quot;postcode&quot;, &quot;sector&quot;, &quot;size&quot;, &quot;people&quot;, &quot;revenue&quot;, &quot;last_interaction&quot;, &quot;tags&quot;, &quot;updated&quot;, &quot;created&quot; or &quot;custom:&lt;key&gt;&quot;. Only these companies, still searched, filtered and sorted. Conditions on custom fields: ``app.custom_fields.CustomFilter`` values or (key, operator, value) tuples (operators: see ``_custom_filter``). How many (live) people work there. Revenue of the last 12 months, in cents (credit notes deducted). Why it looks like the same company: &quot;siren&quot;, &quot;siret&quot;, &quot;vat&quot; or &quot;name&quot;. Sorts by a figure computed over other tables (see ``_figure``). Sorts by words, accent-free (done in Python: a few thousand companies at most).</extracomment>
        <translation>Cette entreprise n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="31"/>
        <source>A SIREN number has 9 digits.</source>
        <translation>Un numéro SIREN a 9 chiffres.</translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="32"/>
        <source>This SIREN number is not valid: its check digit is wrong (a typing mistake?).</source>
        <translation>Ce numéro SIREN n&apos;est pas valide : sa clé de contrôle est fausse (une faute de frappe ?).</translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="35"/>
        <source>A SIRET number has 14 digits: the 9 of the SIREN, then 5 more.</source>
        <translation>Un numéro SIRET a 14 chiffres : les 9 du SIREN, puis 5 autres.</translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="38"/>
        <source>This SIRET number is not valid: its check digit is wrong (a typing mistake?).</source>
        <translation>Ce numéro SIRET n&apos;est pas valide : sa clé de contrôle est fausse (une faute de frappe ?).</translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="41"/>
        <source>The first 9 digits of this SIRET are not a valid SIREN number.</source>
        <translation>Les 9 premiers chiffres de ce SIRET ne forment pas un SIREN valide.</translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="44"/>
        <source>This SIRET does not begin with the company&apos;s SIREN number.</source>
        <translation>Ce SIRET ne commence pas par le SIREN de l&apos;entreprise.</translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="47"/>
        <source>A VAT number begins with the code of its country (FR, BE, DE…).</source>
        <translation>Un numéro de TVA commence par le code de son pays (FR, BE, DE…).</translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="50"/>
        <source>This VAT number does not have the format of its country.</source>
        <translation>Ce numéro de TVA n&apos;a pas le format de son pays.</translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="53"/>
        <source>A French VAT number is FR, a 2-character key and the 9-digit SIREN.</source>
        <translation>Un numéro de TVA français s&apos;écrit FR, une clé de 2 caractères et le SIREN à 9 chiffres.</translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="56"/>
        <source>The SIREN inside this VAT number is not valid: its check digit is wrong.</source>
        <translation>Le SIREN contenu dans ce numéro de TVA n&apos;est pas valide : sa clé de contrôle est fausse.</translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="59"/>
        <source>The key of this VAT number does not match its SIREN (a typing mistake?).</source>
        <translation>La clé de ce numéro de TVA ne correspond pas à son SIREN (une faute de frappe ?).</translation>
    </message>
    <message>
        <location filename="../../app/identifiers.py" line="62"/>
        <source>This VAT number is not that of the SIREN given.</source>
        <translation>Ce numéro de TVA n&apos;est pas celui du SIREN indiqué.</translation>
    </message>
    <message>
        <location filename="../../app/merge.py" line="59"/>
        <source>A record cannot be merged with itself.</source>
        <extracomment>Choices for a field: keep the survivor&apos;s value, take the other&apos;s, or (notes) both. Sides of a preview. The prefix of a custom field&apos;s key among the fields. Between the two texts of notes kept both.</extracomment>
        <translation>Une fiche ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <location filename="../../app/merge.py" line="62"/>
        <source>“{name}” was deleted or merged in the meantime: it cannot be merged.</source>
        <translation>La fiche «&#xa0;{name}&#xa0;» a été supprimée ou fusionnée entre-temps&#xa0;: elle ne peut plus être fusionnée.</translation>
    </message>
    <message>
        <location filename="../../app/merge.py" line="65"/>
        <source>There is no field “{field}” to choose for a merge.</source>
        <translation>Il n’y a pas de champ «&#xa0;{field}&#xa0;» à choisir pour une fusion.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="56"/>
        <source>This pipeline no longer exists.</source>
        <translation>Ce pipeline n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="57"/>
        <source>This stage no longer exists.</source>
        <translation>Cette étape n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="58"/>
        <location filename="../../app/tasks.py" line="51"/>
        <source>This deal no longer exists.</source>
        <translation>Cette affaire n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="59"/>
        <source>Give the pipeline a name.</source>
        <translation>Donnez un nom au pipeline.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="60"/>
        <source>Give the stage a name.</source>
        <translation>Donnez un nom à l&apos;étape.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="61"/>
        <source>A probability goes from 0 to 100 %.</source>
        <translation>Une probabilité va de 0 à 100 %.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="62"/>
        <source>A stage is open, won or lost.</source>
        <translation>Une étape est ouverte, gagnée ou perdue.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="63"/>
        <source>A pipeline needs at least one open stage.</source>
        <translation>Un pipeline doit garder au moins une étape ouverte.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="64"/>
        <source>The last pipeline cannot be deleted.</source>
        <translation>Le dernier pipeline ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="65"/>
        <source>The pipeline {name} still holds {count} deal(s): choose another pipeline to move them to.</source>
        <translation>Le pipeline {name} contient encore {count} affaire(s) : choisissez un autre pipeline où les déplacer.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="69"/>
        <source>The stage {name} still holds {count} deal(s): choose another stage to move them to.</source>
        <translation>L&apos;étape {name} contient encore {count} affaire(s) : choisissez une autre étape où les déplacer.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="73"/>
        <source>The stage {name} holds {count} deal(s): move them out before making it open, won or lost.</source>
        <translation>L&apos;étape {name} contient {count} affaire(s) : déplacez-les avant de la rendre ouverte, gagnée ou perdue.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="77"/>
        <source>Choose another place to move the deals to.</source>
        <translation>Choisissez un autre endroit où déplacer les affaires.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="78"/>
        <source>Give the deal a title.</source>
        <translation>Donnez un titre à l&apos;affaire.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="79"/>
        <source>Choose a stage of the deal&apos;s pipeline.</source>
        <translation>Choisissez une étape du pipeline de l&apos;affaire.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="80"/>
        <source>The amount must be zero or more.</source>
        <translation>Le montant doit être positif ou nul.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="81"/>
        <source>Say why the deal was lost.</source>
        <translation>Indiquez pourquoi l&apos;affaire a été perdue.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="82"/>
        <source>The quantity must be more than zero.</source>
        <translation>La quantité doit être supérieure à zéro.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="83"/>
        <source>The unit price must be zero or more.</source>
        <translation>Le prix unitaire doit être positif ou nul.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="84"/>
        <source>A discount goes from 0 to 100 %.</source>
        <translation>Une remise va de 0 à 100 %.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="85"/>
        <source>A VAT rate goes from 0 to 100 %.</source>
        <translation>Un taux de TVA va de 0 à 100 %.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="86"/>
        <source>Pick a product or describe the line.</source>
        <translation>Choisissez un produit ou décrivez la ligne.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="87"/>
        <source>The deal is in the last open stage: mark it as won or lost.</source>
        <translation>L&apos;affaire est à la dernière étape ouverte : marquez-la gagnée ou perdue.</translation>
    </message>
    <message>
        <location filename="../../app/pipeline.py" line="90"/>
        <source>The pipeline {name} has no stage for won or lost deals.</source>
        <translation>Le pipeline {name} n&apos;a pas d&apos;étape pour les affaires gagnées ou perdues.</translation>
    </message>
    <message>
        <location filename="../../app/products.py" line="29"/>
        <source>Give the product a name.</source>
        <extracomment>The French VAT rates, in basis points: standard, intermediate, reduced, special, none.</extracomment>
        <translation>Donnez un nom au produit.</translation>
    </message>
    <message>
        <location filename="../../app/products.py" line="30"/>
        <source>Another product already has this reference.</source>
        <translation>Un autre produit a déjà cette référence.</translation>
    </message>
    <message>
        <location filename="../../app/products.py" line="31"/>
        <source>The price must be zero or more.</source>
        <translation>Le prix doit être positif ou nul.</translation>
    </message>
    <message>
        <location filename="../../app/products.py" line="32"/>
        <source>Choose one of the VAT rates: 20 %, 10 %, 5.5 %, 2.1 % or 0 %.</source>
        <translation>Choisissez l&apos;un des taux de TVA : 20 %, 10 %, 5,5 %, 2,1 % ou 0 %.</translation>
    </message>
    <message>
        <location filename="../../app/products.py" line="35"/>
        <source>This product no longer exists.</source>
        <translation>Ce produit n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/products.py" line="36"/>
        <source>The product {name} cannot be restored: another product now has its reference {reference}.</source>
        <translation>Le produit {name} ne peut pas être restauré : un autre produit a maintenant sa référence {reference}.</translation>
    </message>
    <message>
        <location filename="../../app/audience.py" line="38"/>
        <source>No segment, smart list or campaign is called “{name}”. Choose one of: {names}.</source>
        <translation>Aucun segment, liste intelligente ou campagne ne s&apos;appelle « {name} ». Choisissez parmi : {names}.</translation>
    </message>
    <message>
        <location filename="../../app/audience.py" line="41"/>
        <source>The segment “{name}” uses a rule Comptoir cannot apply: {rule}.</source>
        <translation>Le segment « {name} » utilise une règle que Comptoir ne sait pas appliquer : {rule}.</translation>
    </message>
    <message>
        <location filename="../../app/company_profile.py" line="29"/>
        <source>A quote is valid between 1 and 365 days.</source>
        <extracomment>The logo formats reportlab draws.</extracomment>
        <translation>Un devis est valable entre 1 et 365 jours.</translation>
    </message>
    <message>
        <location filename="../../app/company_profile.py" line="30"/>
        <source>The quote prefix has 1 to 10 letters, digits or dashes (e.g. DEV).</source>
        <translation>Le préfixe des devis a de 1 à 10 lettres, chiffres ou tirets (par ex. DEV).</translation>
    </message>
    <message>
        <location filename="../../app/company_profile.py" line="33"/>
        <source>The logo must be an existing PNG or JPEG image.</source>
        <translation>Le logo doit être une image PNG ou JPEG existante.</translation>
    </message>
    <message>
        <location filename="../../app/company_profile.py" line="34"/>
        <source>Give the name of your business.</source>
        <translation>Indiquez le nom de votre entreprise.</translation>
    </message>
    <message>
        <location filename="../../app/documents/base.py" line="24"/>
        <source>The document was not written: you cancelled it.</source>
        <translation>Le document n&apos;a pas été écrit : vous l&apos;avez annulé.</translation>
    </message>
    <message>
        <location filename="../../app/documents/commands.py" line="130"/>
        <source>There is no contact or company {id}.</source>
        <translation>Il n&apos;y a aucun contact ni aucune entreprise {id}.</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="46"/>
        <source>The deal “{title}” has no product lines: add some lines to make a quote.</source>
        <translation>L&apos;affaire « {title} » n&apos;a aucune ligne de produit : ajoutez des lignes pour faire un devis.</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="49"/>
        <source>There is no deal {id}.</source>
        <translation>Il n&apos;y a aucune affaire {id}.</translation>
    </message>
    <message>
        <location filename="../../app/documents/quote.py" line="50"/>
        <source>Fill in your company profile first (Settings, Company profile): a quote shows your name and address.</source>
        <translation>Remplissez d&apos;abord le profil de votre entreprise (Paramètres, Profil de l&apos;entreprise) : un devis indique votre nom et votre adresse.</translation>
    </message>
    <message>
        <location filename="../../app/documents/render.py" line="93"/>
        <source>The document must be saved as a .pdf file: {path}</source>
        <translation>Le document doit être enregistré dans un fichier .pdf : {path}</translation>
    </message>
    <message>
        <location filename="../../app/exchange/export_commands.py" line="24"/>
        <source>--segment only applies to contacts.</source>
        <translation>--segment ne s&apos;applique qu&apos;aux contacts.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/export_commands.py" line="25"/>
        <source>A period only applies to orders and the summary.</source>
        <translation>Une période ne s&apos;applique qu&apos;aux commandes et à la synthèse.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/export_commands.py" line="26"/>
        <source>Give either --year or --from/--to, not both.</source>
        <translation>Donnez soit --year, soit --from/--to, pas les deux.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/import_commands.py" line="25"/>
        <source>The mapping file {path} cannot be read ({detail}).</source>
        <translation>Le fichier de correspondance {path} ne peut pas être lu ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/import_commands.py" line="26"/>
        <source>The rejects file must end in .xlsx: {path}</source>
        <translation>Le fichier des rejets doit se terminer par .xlsx : {path}</translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="117"/>
        <source>The import was cancelled; nothing was changed.</source>
        <extracomment>What the import does with a row.</extracomment>
        <translation>L&apos;import a été annulé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="118"/>
        <source>Unknown duplicate policy “{policy}” (expected skip, update or merge).</source>
        <translation>Traitement des doublons inconnu « {policy} » (attendu : skip, update ou merge).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="121"/>
        <source>No column of the file is mapped to a field: nothing can be imported.</source>
        <translation>Aucune colonne du fichier n&apos;est associée à un champ : rien ne peut être importé.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="124"/>
        <source>No column is mapped to the required field “{field}”.</source>
        <translation>Aucune colonne n&apos;est associée au champ obligatoire « {field} ».</translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="127"/>
        <source>There is no sales pipeline to import deals into: create one first.</source>
        <translation>Il n&apos;y a aucun pipeline de vente où importer les affaires : créez-en un d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="130"/>
        <source>Same {key} as row {row} of the file: the row was skipped.</source>
        <translation>Même {key} que la ligne {row} du fichier : la ligne a été ignorée.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="133"/>
        <source>Already in the database ({key}): left as it is.</source>
        <translation>Déjà dans la base ({key}) : laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="134"/>
        <source>Already in the database ({key}), with the same values.</source>
        <translation>Déjà dans la base ({key}), avec les mêmes valeurs.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="137"/>
        <source>Order {number} is already in the database: the row was skipped.</source>
        <translation>La commande {number} est déjà dans la base : la ligne a été ignorée.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="140"/>
        <source>This interaction is already in the database: the row was skipped.</source>
        <translation>Cette interaction est déjà dans la base : la ligne a été ignorée.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="143"/>
        <source>No contact has the reference or e-mail “{value}”.</source>
        <translation>Aucun contact n&apos;a la référence ou l&apos;e-mail « {value} ».</translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="144"/>
        <source>{field}: “{value}” is not a stage of the pipeline (stages: {choices}).</source>
        <translation>{field} : « {value} » n&apos;est pas une étape du pipeline (étapes : {choices}).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="147"/>
        <source>Give an amount, or a unit price (with a quantity), for each line.</source>
        <translation>Indiquez un montant, ou un prix unitaire (avec une quantité), pour chaque ligne.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/importer.py" line="150"/>
        <source>New customer {value} created from its reference.</source>
        <translation>Nouveau client {value} créé à partir de sa référence.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="38"/>
        <source>Unknown kind of import “{kind}” (expected one of: {kinds}).</source>
        <translation>Type d&apos;import inconnu « {kind} » (attendu : {kinds}).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="41"/>
        <source>The mapping names a field “{field}” that {kind} do not have.</source>
        <translation>La correspondance cite un champ « {field} » qui n&apos;existe pas pour « {kind} ».</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="44"/>
        <source>Give the mapping a name.</source>
        <translation>Donnez un nom à la correspondance.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="45"/>
        <source>There is no saved mapping named “{name}”.</source>
        <translation>Aucune correspondance enregistrée ne s&apos;appelle « {name} ».</translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="56"/>
        <source>The file {name} does not exist.</source>
        <extracomment>Limits against zip bombs and runaway sheets. A member smaller than this is never a bomb, whatever its ratio. Rows looked at to detect the header row.</extracomment>
        <translation>Le fichier {name} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="57"/>
        <source>The file {name} cannot be read ({detail}).</source>
        <translation>Le fichier {name} ne peut pas être lu ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="58"/>
        <source>The file {name} is empty.</source>
        <translation>Le fichier {name} est vide.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="59"/>
        <source>The file {name} is an old Excel 97–2003 workbook (.xls). Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx), then import that file.</source>
        <translation>Le fichier {name} est un ancien classeur Excel 97–2003 (.xls). Ouvrez-le dans Excel ou LibreOffice, enregistrez-le au format Classeur Excel (.xlsx), puis importez ce fichier.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="64"/>
        <source>The file {name} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice and save it as an Excel workbook (.xlsx), then import that file.</source>
        <translation>Le fichier {name} est un classeur OpenDocument (.ods). Ouvrez-le dans LibreOffice, enregistrez-le au format Classeur Excel (.xlsx), puis importez ce fichier.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="69"/>
        <source>The workbook {name} is protected by a password. Open it in Excel or LibreOffice, remove the password, save it, then import it again.</source>
        <translation>Le classeur {name} est protégé par un mot de passe. Ouvrez-le dans Excel ou LibreOffice, retirez le mot de passe, enregistrez-le, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="74"/>
        <source>The file {name} is not a spreadsheet Comptoir can read (expected an Excel .xlsx, a .csv or a .vcf file).</source>
        <translation>Le fichier {name} n&apos;est pas un tableur que Comptoir sait lire (attendu : un fichier Excel .xlsx, .csv ou .vcf).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="79"/>
        <source>The workbook {name} is damaged and cannot be read ({detail}).</source>
        <translation>Le classeur {name} est endommagé et ne peut pas être lu ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="82"/>
        <source>The workbook {name} was refused: once unpacked it would be far bigger than any real spreadsheet (a “zip bomb”).</source>
        <translation>Le classeur {name} a été refusé : une fois décompressé, il serait bien plus gros que n&apos;importe quel vrai tableur (une « bombe zip »).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="87"/>
        <source>The workbook {name} was refused: it contains XML entity declarations, which real spreadsheets never use and which can be used to attack the computer.</source>
        <translation>Le classeur {name} a été refusé : il contient des déclarations d&apos;entités XML, que les vrais tableurs n&apos;utilisent jamais et qui peuvent servir à attaquer l&apos;ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="92"/>
        <source>The workbook {name} has no sheet named “{sheet}”.</source>
        <translation>Le classeur {name} n&apos;a pas de feuille nommée « {sheet} ».</translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="93"/>
        <source>The workbook {name} has no sheet with data.</source>
        <translation>Le classeur {name} n&apos;a aucune feuille contenant des données.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/sources.py" line="94"/>
        <source>The file {name} holds no vCard (it should contain BEGIN:VCARD … END:VCARD).</source>
        <translation>Le fichier {name} ne contient aucune vCard (il devrait contenir BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/summary.py" line="65"/>
        <source>The accountant&apos;s summary is an Excel workbook: choose a .xlsx file name.</source>
        <translation>La synthèse comptable est un classeur Excel : choisissez un nom de fichier .xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/summary.py" line="68"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>La période se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/values.py" line="30"/>
        <source>{field} is required.</source>
        <translation>{field} est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/values.py" line="31"/>
        <source>{field} is too long ({length} characters, at most {max}).</source>
        <translation>{field} est trop long ({length} caractères, {max} au plus).</translation>
    </message>
    <message>
        <location filename="../../app/exchange/values.py" line="34"/>
        <source>{field}: “{value}” is not a date.</source>
        <translation>{field} : « {value} » n&apos;est pas une date.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/values.py" line="35"/>
        <source>{field}: “{value}” is not a number.</source>
        <translation>{field} : « {value} » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/values.py" line="36"/>
        <source>{field}: “{value}” is not a valid e-mail address.</source>
        <translation>{field} : « {value} » n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/values.py" line="37"/>
        <source>{field}: “{value}” is not a valid phone number.</source>
        <translation>{field} : « {value} » n&apos;est pas un numéro de téléphone valide.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/values.py" line="38"/>
        <source>{field}: “{value}” is not a valid postcode.</source>
        <translation>{field} : « {value} » n&apos;est pas un code postal valide.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/values.py" line="39"/>
        <source>{field}: “{value}” was stored as a number by the spreadsheet and may have lost its last digits. Format the column as text in the spreadsheet and export it again.</source>
        <translation>{field} : « {value} » a été enregistré comme un nombre par le tableur et a pu perdre ses derniers chiffres. Mettez la colonne au format Texte dans le tableur et exportez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/exchange/values.py" line="44"/>
        <source>{field}: “{value}” is not one of {choices}.</source>
        <translation>{field} : « {value} » ne fait pas partie des valeurs possibles ({choices}).</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../../app/exchange/mapping.py" line="30"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="31"/>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="32"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="33"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="34"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="35"/>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="68"/>
        <location filename="../../app/exchange/mapping.py" line="267"/>
        <location filename="../../app/exchange/mapping.py" line="332"/>
        <location filename="../../app/exchange/mapping.py" line="365"/>
        <source>Customer reference</source>
        <extracomment>English label, translated by the GUI in the context &quot;exchange&quot;. Headers (French and English) that mean this field; compared folded. Longest text the database holds, for text fields.</extracomment>
        <translation>N° client</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="74"/>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="77"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="80"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="83"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="87"/>
        <location filename="../../app/exchange/mapping.py" line="371"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="91"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="94"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="99"/>
        <source>Second e-mail</source>
        <translation>Second e-mail</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="103"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="107"/>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="111"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="115"/>
        <source>Address (2nd line)</source>
        <translation>Adresse (2e ligne)</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="120"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="124"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="127"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="130"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="133"/>
        <location filename="../../app/exchange/mapping.py" line="374"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="148"/>
        <source>Comptoir customer number</source>
        <translation>N° client Comptoir</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="170"/>
        <source>Birthday</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="174"/>
        <location filename="../../app/exchange/mapping.py" line="357"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="175"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="178"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="188"/>
        <source>Company reference</source>
        <translation>Référence de l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="192"/>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="197"/>
        <source>Legal name</source>
        <translation>Dénomination légale</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="200"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="201"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="202"/>
        <source>VAT number</source>
        <translation>N° de TVA intracommunautaire</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="206"/>
        <source>Sector</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="210"/>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="230"/>
        <location filename="../../app/exchange/mapping.py" line="278"/>
        <source>Product reference</source>
        <translation>Référence produit</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="234"/>
        <source>Product name</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="238"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="241"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="244"/>
        <location filename="../../app/exchange/mapping.py" line="289"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="248"/>
        <location filename="../../app/exchange/mapping.py" line="297"/>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="251"/>
        <location filename="../../app/exchange/mapping.py" line="300"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="257"/>
        <source>Order or invoice number</source>
        <translation>N° de commande ou de facture</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="263"/>
        <location filename="../../app/exchange/mapping.py" line="310"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="271"/>
        <location filename="../../app/exchange/mapping.py" line="335"/>
        <location filename="../../app/exchange/mapping.py" line="368"/>
        <source>Customer e-mail</source>
        <translation>E-mail du client</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="275"/>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="282"/>
        <source>Line description</source>
        <translation>Libellé de la ligne</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="286"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="293"/>
        <source>Amount incl. VAT</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="301"/>
        <source>Sales channel</source>
        <translation>Canal de vente</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="304"/>
        <source>Customer country</source>
        <translation>Pays du client</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="313"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="316"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="319"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="322"/>
        <source>Details</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="326"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="329"/>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="343"/>
        <source>Deal reference</source>
        <translation>Référence de l&apos;affaire</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="347"/>
        <source>Deal title</source>
        <translation>Intitulé de l&apos;affaire</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="351"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="354"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="358"/>
        <source>Probability (%)</source>
        <translation>Probabilité (%)</translation>
    </message>
    <message>
        <location filename="../../app/exchange/mapping.py" line="361"/>
        <source>Expected close date</source>
        <translation>Date de clôture prévue</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/formatting.py" line="145"/>
        <source>today</source>
        <extracomment>Stored codes in the order combos list them. Currencies whose amounts have no cents. A glyph for each channel (all drawn by common fonts: DejaVu, Segoe UI Symbol).</extracomment>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="147"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="149"/>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/formatting.py" line="151"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/formatting.py" line="152"/>
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="16"/>
        <location filename="../../ui/formatting.py" line="171"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="17"/>
        <location filename="../../ui/formatting.py" line="172"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="18"/>
        <location filename="../../ui/formatting.py" line="173"/>
        <source>Former customer</source>
        <translation>Ancien client</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="21"/>
        <location filename="../../ui/formatting.py" line="185"/>
        <source>Discovery</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="22"/>
        <location filename="../../ui/formatting.py" line="186"/>
        <source>Exploration</source>
        <translation>Exploration</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="23"/>
        <location filename="../../ui/formatting.py" line="187"/>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="24"/>
        <location filename="../../ui/formatting.py" line="188"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="25"/>
        <location filename="../../ui/formatting.py" line="189"/>
        <source>Dissolution</source>
        <translation>Rupture</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="28"/>
        <location filename="../../ui/formatting.py" line="199"/>
        <location filename="../../ui/formatting.py" line="338"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="29"/>
        <location filename="../../ui/formatting.py" line="200"/>
        <location filename="../../ui/formatting.py" line="336"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="30"/>
        <location filename="../../ui/formatting.py" line="201"/>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="31"/>
        <location filename="../../ui/formatting.py" line="202"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="32"/>
        <location filename="../../ui/formatting.py" line="203"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="33"/>
        <location filename="../../ui/formatting.py" line="204"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="34"/>
        <location filename="../../ui/formatting.py" line="205"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="35"/>
        <location filename="../../ui/formatting.py" line="206"/>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="36"/>
        <location filename="../../ui/formatting.py" line="207"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="39"/>
        <location filename="../../ui/formatting.py" line="222"/>
        <source>Mr</source>
        <translation>M.</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="40"/>
        <location filename="../../ui/formatting.py" line="223"/>
        <source>Mrs</source>
        <translation>Mme</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="41"/>
        <location filename="../../ui/formatting.py" line="224"/>
        <source>Mx</source>
        <translation>Mx</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="234"/>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="235"/>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="44"/>
        <location filename="../../ui/formatting.py" line="245"/>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="45"/>
        <location filename="../../ui/formatting.py" line="246"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="46"/>
        <location filename="../../ui/formatting.py" line="247"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="49"/>
        <location filename="../../ui/formatting.py" line="257"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="50"/>
        <location filename="../../ui/formatting.py" line="258"/>
        <source>Newsletter</source>
        <translation>Lettre d’information</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="51"/>
        <location filename="../../ui/formatting.py" line="259"/>
        <source>Service messages</source>
        <translation>Messages de service</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="54"/>
        <location filename="../../ui/formatting.py" line="266"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="55"/>
        <location filename="../../ui/formatting.py" line="267"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="56"/>
        <location filename="../../ui/formatting.py" line="268"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="59"/>
        <location filename="../../ui/formatting.py" line="278"/>
        <location filename="../../ui/formatting.py" line="314"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../app/documents/labels.py" line="60"/>
        <location filename="../../ui/formatting.py" line="279"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="286"/>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="287"/>
        <source>Creation</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="288"/>
        <source>Deletion</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="289"/>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="290"/>
        <source>Mass edit</source>
        <translation>Modification en masse</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="291"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="292"/>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="293"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="294"/>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="295"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="296"/>
        <source>Document issued</source>
        <translation>Document émis</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="304"/>
        <location filename="../../ui/formatting.py" line="361"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="305"/>
        <location filename="../../ui/formatting.py" line="348"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="306"/>
        <location filename="../../ui/formatting.py" line="307"/>
        <location filename="../../ui/formatting.py" line="308"/>
        <location filename="../../ui/formatting.py" line="360"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="309"/>
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="310"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="311"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="312"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="313"/>
        <source>Deal line</source>
        <translation>Ligne d’affaire</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="315"/>
        <source>Order line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="316"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="317"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="318"/>
        <source>Pipeline stage</source>
        <translation>Étape du pipeline</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="319"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="320"/>
        <source>Campaign member</source>
        <translation>Membre de campagne</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="321"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="322"/>
        <source>Custom field</source>
        <translation>Champ personnalisé</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="323"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="324"/>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="332"/>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="333"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="334"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="335"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="337"/>
        <source>Second e-mail</source>
        <translation>Deuxième e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="339"/>
        <source>Phone (international)</source>
        <translation>Téléphone (international)</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="340"/>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="341"/>
        <source>Mobile (international)</source>
        <translation>Portable (international)</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="342"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="343"/>
        <source>Address (line 2)</source>
        <translation>Adresse (ligne 2)</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="344"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="345"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="346"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="347"/>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="349"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="350"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="351"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="352"/>
        <source>Relationship stage</source>
        <translation>Étape de la relation</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="353"/>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="354"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="355"/>
        <location filename="../../ui/formatting.py" line="366"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="356"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="357"/>
        <source>Customer number</source>
        <translation>Numéro client</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="358"/>
        <source>External reference</source>
        <translation>Référence externe</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="359"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="362"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="363"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="364"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="365"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="367"/>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="368"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="369"/>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="370"/>
        <source>Complaint status</source>
        <translation>État de la réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="371"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="372"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="373"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="374"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="375"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="376"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="377"/>
        <source>Expected close</source>
        <translation>Conclusion prévue</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="378"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="379"/>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="380"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="381"/>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="409"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="410"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="42"/>
        <source>No employee</source>
        <extracomment>The columns, by the sort key ``CompanyService`` knows them by.</extracomment>
        <translation>Aucun salarié</translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="43"/>
        <source>1–9 employees</source>
        <translation>1 à 9 salariés</translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="44"/>
        <source>10–49 employees</source>
        <translation>10 à 49 salariés</translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="45"/>
        <source>50–249 employees</source>
        <translation>50 à 249 salariés</translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="46"/>
        <source>250–4,999 employees</source>
        <translation>250 à 4 999 salariés</translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="47"/>
        <source>5,000 employees or more</source>
        <translation>5 000 salariés ou plus</translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="48"/>
        <source>250 employees or more</source>
        <translation>250 salariés ou plus</translation>
    </message>
    <message>
        <location filename="../../ui/company_table_model.py" line="62"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
</TS>
