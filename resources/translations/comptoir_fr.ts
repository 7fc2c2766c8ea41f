<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/contact_dialog.py" line="191"/>
        <source>Edit contact — %1</source>
        <extracomment>The user chose to open an existing contact listed as a likely duplicate.</extracomment>
        <translation>Modifier le contact — %1</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="193"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="247"/>
        <location filename="../../ui/contact_dialog.py" line="374"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="248"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="252"/>
        <source>Civility:</source>
        <translation>Civilité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="255"/>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="256"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="257"/>
        <source>C&amp;ompany:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="263"/>
        <source>&amp;Job title:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="264"/>
        <source>No birthday</source>
        <translation>Pas de date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="266"/>
        <source>&amp;Birthday:</source>
        <translation>Date de naiss&amp;ance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="268"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="269"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="269"/>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="270"/>
        <source>Second e-&amp;mail:</source>
        <translation>Deu&amp;xième e-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="271"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="271"/>
        <source>01 23 45 67 89</source>
        <translation>01 23 45 67 89</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="272"/>
        <source>Mo&amp;bile:</source>
        <translation>Port&amp;able&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="272"/>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="277"/>
        <source>Preferred c&amp;hannel:</source>
        <translation>&amp;Canal préféré&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="281"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="282"/>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="283"/>
        <source>Address (line &amp;2):</source>
        <translation>Adresse (ligne &amp;2)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="284"/>
        <source>Post&amp;code:</source>
        <translation>Code p&amp;ostal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="285"/>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="290"/>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="292"/>
        <source>Customer relationship</source>
        <translation>Relation client</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="296"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="302"/>
        <source>Relationship s&amp;tage:</source>
        <translation>Étape de la re&amp;lation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="308"/>
        <source>So&amp;urce:</source>
        <translation>So&amp;urce&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="309"/>
        <source>Shop, website, word of mouth…</source>
        <translation>Boutique, site web, bouche-à-oreille…</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="312"/>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="312"/>
        <source>Separated by commas</source>
        <translation>Séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="323"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="347"/>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="351"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="364"/>
        <source>Other information</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="377"/>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="403"/>
        <source>Save &amp;anyway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="407"/>
        <source>&amp;Open existing</source>
        <translation>&amp;Ouvrir la fiche existante</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="642"/>
        <source>Check before saving: this contact may already exist. Open the existing one, or save anyway.</source>
        <translation>Vérifiez avant d’enregistrer&#xa0;: ce contact existe peut-être déjà. Ouvrez la fiche existante, ou enregistrez quand même.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="646"/>
        <source>This contact may already exist:</source>
        <translation>Ce contact existe peut-être déjà&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="649"/>
        <source>same e-mail</source>
        <translation>même e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="650"/>
        <source>same phone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="651"/>
        <source>similar name, same place</source>
        <translation>nom proche, même lieu</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="654"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>ContactFileView</name>
    <message>
        <location filename="../../ui/contact_file.py" line="219"/>
        <source>No contact selected.</source>
        <extracomment>Quick actions: channel, shortcut (letters work on every keyboard layout, AZERTY too). How many orders and interactions are shown before &quot;Show more&quot;. The shared RFM / lifetime-value results (None: the file does not show them). The analytics computations this view started and that have not finished. Whether to compute the customer value when missing (asked once, or in use).</extracomment>
        <translation>Aucun contact choisi.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="276"/>
        <source>Log a call</source>
        <translation>Noter un appel</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="277"/>
        <location filename="../../ui/contact_file.py" line="665"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="278"/>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="279"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="280"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="283"/>
        <source>Log a phone call</source>
        <translation>Noter un appel téléphonique</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="284"/>
        <source>Log an e-mail</source>
        <translation>Noter un e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="285"/>
        <source>Log a meeting</source>
        <translation>Noter un rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="286"/>
        <source>Log a visit to the shop</source>
        <translation>Noter une visite en boutique</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="287"/>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="301"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="307"/>
        <source>Back to the list (%1)</source>
        <translation>Retour à la liste (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="309"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="313"/>
        <source>Edit this contact (%1)</source>
        <translation>Modifier ce contact (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="316"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="320"/>
        <source>Who changed what in this file (%1)</source>
        <translation>Qui a modifié quoi dans cette fiche (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="366"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="368"/>
        <source>Put this contact back in the lists</source>
        <translation>Remettre ce contact dans les listes</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="430"/>
        <source>This contact was deleted on {when}. It no longer appears in lists.</source>
        <translation>Ce contact a été supprimé le {when}. Il n’apparaît plus dans les listes.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="561"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="606"/>
        <source>Customer no. {number}</source>
        <translation>Client n°&#xa0;{number}</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="617"/>
        <source>In the file since {date}</source>
        <translation>Dans le fichier depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="629"/>
        <source>Updated {date}</source>
        <translation>Mis à jour le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="657"/>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="667"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="668"/>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="681"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="686"/>
        <source>{date} (age {age})</source>
        <translation>{date} ({age} ans)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="688"/>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="691"/>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="694"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="696"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="698"/>
        <source>External ref.</source>
        <translation>Réf. externe</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="700"/>
        <source>No contact details yet.</source>
        <translation>Pas encore de coordonnées.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="725"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="727"/>
        <source>No consent recorded.</source>
        <translation>Aucun consentement enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="753"/>
        <source>Other information</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="766"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="770"/>
        <source>No notes.</source>
        <translation>Pas de notes.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="776"/>
        <source>How we stand</source>
        <translation>Où en est la relation</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="780"/>
        <source>No relationship stage set.</source>
        <translation>Aucune étape de relation indiquée.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="786"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="791"/>
        <location filename="../../ui/contact_file.py" line="1308"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="799"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="800"/>
        <source>{score}/10 (average of {count})</source>
        <translation>{score}/10 (moyenne de {count})</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="810"/>
        <source>Open complaints</source>
        <translation>Réclamations en cours</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="812"/>
        <source>No interaction yet.</source>
        <translation>Aucune interaction pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="877"/>
        <source>Compute now</source>
        <translation>Calculer maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="880"/>
        <source>Segment, RFM scores, chance still active and predicted value are computed for the whole customer base.</source>
        <translation>Le segment, les scores RFM, la probabilité d’être encore actif et la valeur prédite se calculent sur l’ensemble de la clientèle.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="897"/>
        <source>Computing the RFM scores…</source>
        <translation>Calcul des scores RFM…</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="894"/>
        <location filename="../../ui/contact_file.py" line="898"/>
        <location filename="../../ui/contact_file.py" line="905"/>
        <source>Customer value</source>
        <translation>Valeur client</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="908"/>
        <source>Not a customer yet: no order, so no RFM score or predicted value.</source>
        <translation>Pas encore client&#xa0;: aucune commande, donc ni score RFM ni valeur prédite.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="949"/>
        <source>Suggested action: %1</source>
        <translation>Action suggérée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="958"/>
        <source>As of %1 — days since the last order: %2 · orders: %3 · spent in all: %4</source>
        <translation>Au %1 — jours depuis la dernière commande&#xa0;: %2 · commandes&#xa0;: %3 · total dépensé&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="970"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="971"/>
        <source>RFM scores</source>
        <translation>Scores RFM</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="983"/>
        <location filename="../../ui/contact_file.py" line="988"/>
        <location filename="../../ui/contact_file.py" line="993"/>
        <location filename="../../ui/contact_file.py" line="1001"/>
        <source>12-month value</source>
        <translation>Valeur à 12 mois</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1010"/>
        <source>Predicted value over the next 12 months; expected purchases: %1</source>
        <translation>Valeur prédite sur les 12 prochains mois&#xa0;; achats attendus&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1014"/>
        <source>Still active</source>
        <translation>Encore actif</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="968"/>
        <source>Suggested action</source>
        <translation>Action suggérée</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="986"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="999"/>
        <source>The probability that this customer still buys from you, from their rhythm</source>
        <translation>La probabilité que ce client achète encore chez vous, d’après son rythme d’achat</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1050"/>
        <source>Computing the customer&apos;s value…</source>
        <translation>Calcul de la valeur du client…</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1073"/>
        <source>The customer&apos;s value could not be computed.</source>
        <translation>La valeur du client n’a pas pu être calculée.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1097"/>
        <source>stage {n} of {total}</source>
        <translation>étape {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1132"/>
        <source>What happens next</source>
        <translation>Et ensuite</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1133"/>
        <source>Open deals</source>
        <translation>Affaires en cours</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1146"/>
        <source>expected {date}</source>
        <translation>prévue le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1152"/>
        <source>No open deal.</source>
        <translation>Aucune affaire en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1154"/>
        <source>Open tasks</source>
        <translation>Tâches à faire</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1168"/>
        <source>overdue since {date}</source>
        <translation>en retard depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1176"/>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1180"/>
        <source>No open task.</source>
        <translation>Aucune tâche à faire.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1187"/>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1189"/>
        <source>No orders yet.</source>
        <translation>Aucune commande pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1198"/>
        <source>Total spent</source>
        <translation>Total dépensé</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1202"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1205"/>
        <source>Average basket</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1209"/>
        <source>First purchase</source>
        <translation>Premier achat</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1210"/>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1220"/>
        <source>Show the {count} latest</source>
        <translation>Afficher les {count} dernières</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1222"/>
        <source>Show all {count} orders and credit notes</source>
        <translation>Afficher les {count} commandes et avoirs</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1224"/>
        <source>Show all {count} orders</source>
        <translation>Afficher les {count} commandes</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1251"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1252"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1253"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1254"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1318"/>
        <source>No interaction yet. Log a call with {keys}.</source>
        <translation>Aucune interaction pour l’instant. Notez un appel avec {keys}.</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1333"/>
        <source>Show older interactions ({count} more)</source>
        <translation>Afficher les interactions plus anciennes ({count} de plus)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1369"/>
        <source>Complaint resolved</source>
        <translation>Réclamation résolue</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1369"/>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1384"/>
        <source>by {name}</source>
        <translation>par {name}</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1393"/>
        <source>Outcome: {text}</source>
        <translation>Suite&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/contact_file.py" line="1396"/>
        <source>Satisfaction: {score}/10</source>
        <translation>Satisfaction&#xa0;: {score}/10</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/contact_table_model.py" line="191"/>
        <source>Name</source>
        <extracomment>The columns, by the sort key ``ContactService`` knows them by. The raw stored value of the cell (the status code rather than its label, tags as a tuple). Pages fetched since the model was made (for tests and benchmarks).</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="192"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="193"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="194"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="195"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="196"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="197"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/contact_table_model.py" line="198"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>ContactsPane</name>
    <message>
        <location filename="../../ui/contacts_pane.py" line="130"/>
        <source>&amp;New contact…</source>
        <extracomment>How long the search waits after the last key press. The user wants to see a contact&apos;s file. The user wants to edit a contact. The user wants a new contact. Contacts were written (deleted, restored, tagged): counts and undo need refreshing. A short message for the status bar. The selection changed. The list was restricted to given contacts (True) or shows all again (False). The known cities by their case-folded name (the filter matches the exact name). Only these contacts are listed (from the dashboard), and the filter&apos;s title.</extracomment>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="138"/>
        <source>&amp;Open contact</source>
        <translation>&amp;Ouvrir le contact</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="146"/>
        <source>&amp;Edit contact…</source>
        <translation>&amp;Modifier le contact…</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="154"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="162"/>
        <source>&amp;Restore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="170"/>
        <source>&amp;Add tag…</source>
        <translation>A&amp;jouter une étiquette…</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="178"/>
        <source>Re&amp;move tag…</source>
        <translation>Retirer une éti&amp;quette…</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="199"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="214"/>
        <source>Search name, company, e-mail, phone, city…</source>
        <translation>Rechercher nom, entreprise, e-mail, téléphone, ville…</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="224"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="246"/>
        <source>All cities</source>
        <translation>Toutes les villes</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="258"/>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="260"/>
        <source>Show the deleted contacts, to restore them</source>
        <translation>Afficher les contacts supprimés, pour les restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="343"/>
        <source>Remove this filter and show all contacts</source>
        <translation>Retirer ce filtre et afficher tous les contacts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="362"/>
        <source>%1 — %Ln contact(s)</source>
        <translation>
            <numerusform>%1 — %Ln contact</numerusform>
            <numerusform>%1 — %Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="405"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="482"/>
        <source>%Ln deleted contact(s)</source>
        <translation>
            <numerusform>%Ln contact supprimé</numerusform>
            <numerusform>%Ln contacts supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="484"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="497"/>
        <source>No contacts match the search.</source>
        <translation>Aucun contact ne correspond à la recherche.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="499"/>
        <source>There are no deleted contacts.</source>
        <translation>Il n’y a aucun contact supprimé.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="502"/>
        <source>No contacts yet.
Create the first one with File ▸ New contact (Ctrl+N).</source>
        <translation>Aucun contact pour l’instant.
Créez le premier avec Fichier ▸ Nouveau contact (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="587"/>
        <source>Delete %n contact(s)?</source>
        <translation>
            <numerusform>Supprimer %n contact&#xa0;?</numerusform>
            <numerusform>Supprimer %n contacts&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="589"/>
        <source>You can undo this with Edit ▸ Undo, or restore them from the deleted contacts.</source>
        <translation>Vous pourrez annuler avec Édition ▸ Annuler, ou les restaurer depuis les contacts supprimés.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="155"/>
        <location filename="../../ui/contacts_pane.py" line="591"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="131"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="139"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="147"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="163"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="171"/>
        <source>Add tag</source>
        <translation>Étiqueter</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="179"/>
        <source>Remove tag</source>
        <translation>Retirer l’étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="599"/>
        <source>Deleting contacts…</source>
        <translation>Suppression des contacts…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="601"/>
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>%n contact supprimé.</numerusform>
            <numerusform>%n contacts supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="610"/>
        <source>Restoring contacts…</source>
        <translation>Restauration des contacts…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="612"/>
        <source>%n contact(s) restored.</source>
        <translation>
            <numerusform>%n contact restauré.</numerusform>
            <numerusform>%n contacts restaurés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="619"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="624"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="625"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="635"/>
        <source>Tag to add to %n contact(s):</source>
        <translation>
            <numerusform>Étiquette à ajouter à %n contact&#xa0;:</numerusform>
            <numerusform>Étiquette à ajouter à %n contacts&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="646"/>
        <source>Tagging contacts…</source>
        <translation>Ajout de l’étiquette…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="649"/>
        <source>Tag “%1” put on %n contact(s).</source>
        <translation>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» ajoutée à %n contact.</numerusform>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» ajoutée à %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="660"/>
        <source>No contact has a tag.</source>
        <translation>Aucun contact n’a d’étiquette.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="663"/>
        <source>Tag to remove from %n contact(s):</source>
        <translation>
            <numerusform>Étiquette à retirer de %n contact&#xa0;:</numerusform>
            <numerusform>Étiquette à retirer de %n contacts&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/contacts_pane.py" line="674"/>
        <source>Removing a tag…</source>
        <translation>Retrait de l’étiquette…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contacts_pane.py" line="677"/>
        <source>Tag “%1” removed from %n contact(s).</source>
        <translation>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» retirée de %n contact.</numerusform>
            <numerusform>Étiquette «&#xa0;%1&#xa0;» retirée de %n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <location filename="../../ui/dashboard.py" line="537"/>
        <source>Revenue by month</source>
        <extracomment>Contacts to list (ids, title of the filter), from a click on a chart or a list. A short message for the status bar. Everything asked for the current period has arrived (tests, benchmarks). The period of the figures asked for last. The contacts of each smart list, by code.</extracomment>
        <translation>Chiffre d’affaires par mois</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="538"/>
        <source>Share of revenue by share of customers</source>
        <translation>Part du chiffre d’affaires par part des clients</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="539"/>
        <source>Customers by RFM segment</source>
        <translation>Clients par segment RFM</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="540"/>
        <source>Recency × frequency</source>
        <translation>Récence × fréquence</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="541"/>
        <source>Monthly cohorts: customers buying again</source>
        <translation>Cohortes mensuelles&#xa0;: clients qui rachètent</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="542"/>
        <source>Open pipeline by stage</source>
        <translation>Affaires en cours par étape</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="566"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="571"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="572"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="573"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="574"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="575"/>
        <source>Last year</source>
        <translation>L’an dernier</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="576"/>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="596"/>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="597"/>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="605"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="607"/>
        <source>Compute the figures again (F5)</source>
        <translation>Recalculer les chiffres (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="647"/>
        <source>RFM segments</source>
        <translation>Segments RFM</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="657"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="658"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="659"/>
        <source>Share of revenue</source>
        <translation>Part du CA</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="660"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="661"/>
        <source>Suggested action</source>
        <translation>Action suggérée</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="680"/>
        <source>Double-click or press Enter to list the customers of a segment</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour lister les clients d’un segment</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="687"/>
        <source>Lifetime value (next 12 months)</source>
        <translation>Valeur vie client (12 prochains mois)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="688"/>
        <location filename="../../ui/dashboard.py" line="902"/>
        <location filename="../../ui/dashboard.py" line="903"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="699"/>
        <source>Predicted value</source>
        <translation>Valeur prédite</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="700"/>
        <source>Per customer</source>
        <translation>Par client</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="701"/>
        <source>Probably still active</source>
        <translation>Probablement actifs</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="731"/>
        <source>Smart lists</source>
        <translation>Listes intelligentes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="829"/>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation>%1 – %2, comparé à %3 – %4</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="879"/>
        <source>Computing the dashboard…</source>
        <translation>Calcul du tableau de bord…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="1019"/>
        <source>%Ln customer(s) with at least one order, scored as of %1.</source>
        <translation>
            <numerusform>%Ln client avec au moins une commande, notés au %1.</numerusform>
            <numerusform>%Ln clients avec au moins une commande, notés au %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1042"/>
        <source>Predicted from each customer&apos;s purchase rhythm (BG/NBD and Gamma-Gamma models), as of %1, with a monthly discount rate of 1 %.</source>
        <translation>Prédite d’après le rythme d’achat de chaque client (modèles BG/NBD et Gamma-Gamma), au %1, avec un taux d’actualisation mensuel de 1&#xa0;%.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1084"/>
        <source>cannot be estimated</source>
        <translation>estimation impossible</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1124"/>
        <source>Segment: %1</source>
        <translation>Segment&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1140"/>
        <source>R%1 · F%2 (%3)</source>
        <translation>R%1 · F%2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1151"/>
        <source>Bought in %1</source>
        <translation>Acheteurs de %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1165"/>
        <source>First purchase in %1</source>
        <translation>Premier achat en %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1176"/>
        <source>Open deals at stage: %1</source>
        <translation>Affaires en cours à l’étape&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1185"/>
        <source>Top 20 % of customers by revenue</source>
        <translation>Les 20&#xa0;% de clients qui font le plus de chiffre d’affaires</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="1196"/>
        <source>Smart list: %1</source>
        <translation>Liste intelligente&#xa0;: %1</translation>
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
        <location filename="../../ui/history_dialog.py" line="195"/>
        <source>Recent changes</source>
        <translation>Modifications récentes</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="196"/>
        <source>Every change made in this database, newest first.</source>
        <translation>Toutes les modifications faites dans cette base, les plus récentes d’abord.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="198"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="202"/>
        <source>Every change to this contact and to what belongs to it, newest first.</source>
        <translation>Toutes les modifications de ce contact et de ce qui s’y rattache, les plus récentes d’abord.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="208"/>
        <source>Undo reverts the whole action a change belongs to (an edit, an import…).</source>
        <translation>Annuler défait toute l’action dont la modification fait partie (une modification, un import…).</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="217"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="218"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="219"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="220"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="221"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="247"/>
        <source>No change recorded yet.</source>
        <translation>Aucune modification enregistrée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="260"/>
        <source>&amp;Undo this change</source>
        <translation>&amp;Annuler cette modification</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="264"/>
        <source>Revert the whole action this change belongs to (%1)</source>
        <translation>Défaire toute l’action dont cette modification fait partie (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="270"/>
        <source>Load older changes</source>
        <translation>Charger les modifications plus anciennes</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="334"/>
        <source>Undone: {label}</source>
        <translation>Annulé&#xa0;: {label}</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="368"/>
        <source>Device {device}</source>
        <translation>Appareil {device}</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="394"/>
        <source>This action was undone on {when}.</source>
        <translation>Cette action a été annulée le {when}.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="399"/>
        <source>Made by Comptoir itself: it cannot be undone.</source>
        <translation>Faite par Comptoir lui-même&#xa0;: elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="402"/>
        <source>{count} change(s) in this action</source>
        <translation>{count} modification(s) dans cette action</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="408"/>
        <source>Left as they are, because they changed since:</source>
        <translation>Laissés tels quels, car ils ont changé depuis&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="414"/>
        <source>changed since</source>
        <translation>modifié depuis</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="415"/>
        <source>no longer exists</source>
        <translation>n’existe plus</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.py" line="416"/>
        <source>exists again</source>
        <translation>existe de nouveau</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="85"/>
        <source>Outbound (we contacted them)</source>
        <extracomment>The fields the service validates, in the order they appear in the form. Channels where the customer usually comes to us.</extracomment>
        <translation>Sortant (nous l’avons contacté)</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="88"/>
        <source>Inbound (they contacted us)</source>
        <translation>Entrant (il nous a contactés)</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="94"/>
        <source>Set the date and time to now</source>
        <translation>Mettre la date et l’heure actuelles</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="99"/>
        <source>What was it about, in a few words</source>
        <translation>De quoi s’agissait-il, en quelques mots</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="101"/>
        <source>What was said, what was agreed…</source>
        <translation>Ce qui a été dit, ce qui a été convenu…</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="106"/>
        <source>e.g. Quote to send, call back in March</source>
        <translation>p. ex. Devis à envoyer, rappeler en mars</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="107"/>
        <source>Satisfaction given:</source>
        <translation>Satisfaction exprimée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="111"/>
        <source> / 10</source>
        <translation>&#xa0;/&#xa0;10</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="114"/>
        <source>This is a complaint</source>
        <translation>C’est une réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="115"/>
        <source>Complaints are followed until they are resolved</source>
        <translation>Les réclamations sont suivies jusqu’à leur résolution</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="129"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="130"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="131"/>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="132"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="133"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="134"/>
        <source>&amp;Outcome:</source>
        <translation>S&amp;uite donnée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="174"/>
        <source>Save (%1)</source>
        <translation>Enregistrer (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="244"/>
        <source>Log a call</source>
        <translation>Noter un appel</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="245"/>
        <source>Log an e-mail</source>
        <translation>Noter un e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="246"/>
        <source>Log a meeting</source>
        <translation>Noter un rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="247"/>
        <source>Log a visit</source>
        <translation>Noter une visite</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="248"/>
        <source>Log a letter</source>
        <translation>Noter un courrier</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="249"/>
        <source>Log a text message</source>
        <translation>Noter un SMS</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="250"/>
        <source>Log a web contact</source>
        <translation>Noter un contact web</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="251"/>
        <source>Log a social media contact</source>
        <translation>Noter un contact sur les réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="252"/>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../../ui/interaction_dialog.py" line="254"/>
        <source>Log an interaction</source>
        <translation>Noter une interaction</translation>
    </message>
</context>
<context>
    <name>JobManager</name>
    <message>
        <location filename="../../ui/jobs.py" line="230"/>
        <source>Comptoir</source>
        <extracomment>A job&apos;s progress dialog appears only when the job lasts longer than this. Progress reports are passed to the main thread at most this often. The function&apos;s return value. The exception it raised (not emitted for a job stopped by Cancel). Emitted last, whatever happened. The progress dialog shown last (for tests and screenshots).</extracomment>
        <translation>Comptoir</translation>
    </message>
    <message>
        <location filename="../../ui/jobs.py" line="231"/>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/jobs.py" line="232"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/jobs.py" line="251"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../ui/dashboard.py" line="313"/>
        <source>The situation right now, whatever the period.</source>
        <extracomment>The &quot;average predicted value&quot; indicator, in cents (None without a fit).</extracomment>
        <translation>La situation en ce moment, quelle que soit la période.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="315"/>
        <source>Previous period (%1): %2</source>
        <translation>Période précédente (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="318"/>
        <source>right now</source>
        <translation>en ce moment</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="318"/>
        <source>no comparison</source>
        <translation>pas de comparaison</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="325"/>
        <source>pts</source>
        <translation>pts</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="340"/>
        <source>Better than before.</source>
        <translation>Mieux qu’avant.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="340"/>
        <source>Worse than before.</source>
        <translation>Moins bien qu’avant.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Contacts</source>
        <extracomment>Settings asked for the window to be made again: on another database (a Path), or on the same one (None) after a change of language. The RFM table and lifetime values, shared by the dashboard and the contact file.</extracomment>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Contact file</source>
        <translation>Fiche contact</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <location filename="../../ui/main_window.py" line="503"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <location filename="../../ui/main_window.py" line="509"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>&amp;Find contacts</source>
        <translation>Rec&amp;hercher des contacts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source>Re&amp;fresh the dashboard</source>
        <translation>Actualiser le &amp;tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>Contact &amp;file</source>
        <translation>&amp;Fiche contact</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>&amp;Recent changes…</source>
        <translation>Modifications &amp;récentes…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>&amp;About Comptoir</source>
        <translation>À &amp;propos de Comptoir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>The database in use: %1</source>
        <translation>La base de données utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>Choose a contact in the list first.</source>
        <translation>Choisissez d’abord un contact dans la liste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="386"/>
        <source>%1 — %Ln contact(s) listed.</source>
        <translation>
            <numerusform>%1 — %Ln contact affiché.</numerusform>
            <numerusform>%1 — %Ln contacts affichés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>Contact created.</source>
        <translation>Contact créé.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>Contact saved.</source>
        <translation>Contact enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>About Comptoir</source>
        <translation>À propos de Comptoir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475"/>
        <source>A desktop CRM for small businesses: contacts, interactions and history, on your own computer.

Free software under the GNU GPL, version 3 or later.</source>
        <translation>Un logiciel de gestion de la relation client pour les petites entreprises&#xa0;: contacts, interactions et historique, sur votre propre ordinateur.

Logiciel libre sous licence GNU GPL, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="501"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="507"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="516"/>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="521"/>
        <source>Redone: %1</source>
        <translation>Rétabli&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="530"/>
        <source>(%n change(s) made since were kept as they are.)</source>
        <translation>
            <numerusform>(%n modification faite depuis a été gardée telle quelle.)</numerusform>
            <numerusform>(%n modifications faites depuis ont été gardées telles quelles.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="544"/>
        <source>Undoing “%1”…</source>
        <translation>Annulation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="565"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="588"/>
        <source>Welcome to Comptoir</source>
        <translation>Bienvenue dans Comptoir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="589"/>
        <source>Your database is empty.</source>
        <translation>Votre base de données est vide.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="592"/>
        <source>Start with an empty database and add your own customers, or explore Comptoir with the demo data of a small shop (%1 customers over %2 years). The demo data can be removed at once with Edit ▸ Undo.</source>
        <translation>Commencez avec une base vide et ajoutez vos propres clients, ou découvrez Comptoir avec les données de démonstration d’une petite boutique (%1 clients sur %2 ans). Les données de démonstration s’effacent d’un coup avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="600"/>
        <source>Explore with demo data</source>
        <translation>Découvrir avec des données de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="603"/>
        <source>Start with an empty database</source>
        <translation>Commencer avec une base vide</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="635"/>
        <source>Demo data ready: %n contact(s).</source>
        <translation>
            <numerusform>Données de démonstration prêtes&#xa0;: %n contact.</numerusform>
            <numerusform>Données de démonstration prêtes&#xa0;: %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="646"/>
        <source>Creating the demo data…</source>
        <translation>Création des données de démonstration…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <source>Settings</source>
        <extracomment>The language was changed (and its translations installed): &quot;system&quot;, &quot;fr&quot; or &quot;en&quot;. The user chose another database file (a Path) to work on.</extracomment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="46"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="50"/>
        <source>The window is shown again at once in the language chosen.</source>
        <translation>La fenêtre s’affiche aussitôt de nouveau dans la langue choisie.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="53"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63"/>
        <source>&amp;Open another database…</source>
        <translation>&amp;Ouvrir une autre base de données…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="67"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="75"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="77"/>
        <source>The file Comptoir works on:</source>
        <translation>Le fichier sur lequel Comptoir travaille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="84"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="116"/>
        <source>Comptoir databases (%1)</source>
        <translation>Bases de données Comptoir (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="117"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="127"/>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
</context>
<context>
    <name>analytics</name>
    <message>
        <location filename="../../app/analytics/kpis.py" line="191"/>
        <source>Customers</source>
        <extracomment>The kinds of value a KPI holds (how it is formatted). NPS: a 0–10 score of 9 or 10 is a promoter, 0 to 6 a detractor. The share of the best buyers whose revenue share is reported. True for a snapshot of the present (no previous value). Every KPI, in display order. Labels and descriptions use the &quot;analytics&quot; context.</extracomment>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="194"/>
        <source>Contacts who have bought at least once, up to the end of the period.</source>
        <translation>Contacts ayant acheté au moins une fois, jusqu’à la fin de la période.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="200"/>
        <source>Active customers (12 months)</source>
        <translation>Clients actifs (12 mois)</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="203"/>
        <source>Customers who bought in the 12 months ending on the period&apos;s last day.</source>
        <translation>Clients ayant acheté dans les 12 mois qui finissent le dernier jour de la période.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="209"/>
        <location filename="../../app/analytics/smart_lists.py" line="95"/>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="212"/>
        <source>Customers whose very first order is in the period.</source>
        <translation>Clients dont la toute première commande est dans la période.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="216"/>
        <source>Lost customers</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="219"/>
        <source>Customers who bought 24 to 12 months before the period&apos;s last day, but not in the last 12 months.</source>
        <translation>Clients ayant acheté entre 24 et 12 mois avant le dernier jour de la période, mais pas dans les 12 derniers mois.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="227"/>
        <source>Retention rate</source>
        <translation>Taux de rétention</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="230"/>
        <source>Share of the previous period&apos;s buyers who bought again in this period.</source>
        <translation>Part des acheteurs de la période précédente qui ont racheté dans cette période.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="236"/>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="239"/>
        <source>Orders minus credit notes dated in the period, VAT included.</source>
        <translation>Commandes moins avoirs datés de la période, TTC.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="245"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="248"/>
        <source>Number of orders in the period (credit notes excluded).</source>
        <translation>Nombre de commandes de la période (hors avoirs).</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="252"/>
        <source>Average basket</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="255"/>
        <source>Total of the period&apos;s orders divided by their number.</source>
        <translation>Total des commandes de la période divisé par leur nombre.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="259"/>
        <source>Purchase frequency</source>
        <translation>Fréquence d’achat</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="262"/>
        <source>Orders per buyer in the period.</source>
        <translation>Commandes par acheteur sur la période.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="266"/>
        <source>Revenue from the best 20 % of buyers</source>
        <translation>CA des 20&#xa0;% meilleurs acheteurs</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="269"/>
        <source>Share of the buyers&apos; revenue made by the best 20 % of them (lower means less dependence on a few customers).</source>
        <translation>Part du chiffre d’affaires des acheteurs faite par les 20&#xa0;% meilleurs (plus bas, c’est moins de dépendance à quelques clients).</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="277"/>
        <source>Average predicted value</source>
        <translation>Valeur prédite moyenne</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="280"/>
        <source>Mean value a customer is expected to bring in the next 12 months.</source>
        <translation>Valeur moyenne qu’un client devrait apporter dans les 12 prochains mois.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="287"/>
        <source>Open pipeline</source>
        <translation>Affaires en cours</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="290"/>
        <source>Total amount of the open deals, now.</source>
        <translation>Montant total des affaires en cours, en ce moment.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="295"/>
        <source>Weighted pipeline</source>
        <translation>Affaires en cours pondérées</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="298"/>
        <source>Open deals&apos; amounts times their probability of being won, now.</source>
        <translation>Montants des affaires en cours multipliés par leur probabilité d’être gagnées, en ce moment.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="305"/>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="308"/>
        <source>Share of the deals closed in the period that were won.</source>
        <translation>Part des affaires conclues dans la période qui ont été gagnées.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="312"/>
        <source>Average sales cycle</source>
        <translation>Cycle de vente moyen</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="315"/>
        <source>Mean number of days from creation to win of the deals won in the period.</source>
        <translation>Nombre moyen de jours de la création au gain, pour les affaires gagnées dans la période.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="321"/>
        <source>Overdue tasks</source>
        <translation>Tâches en retard</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="324"/>
        <source>Tasks not done whose due time has passed, now.</source>
        <translation>Tâches non faites dont l’échéance est passée, en ce moment.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="329"/>
        <source>Average satisfaction</source>
        <translation>Satisfaction moyenne</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="332"/>
        <source>Mean satisfaction score given in the period, out of 10.</source>
        <translation>Note de satisfaction moyenne donnée dans la période, sur 10.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="336"/>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="339"/>
        <source>Percentage of 0–10 scores of 9 or 10, minus the percentage of 0 to 6, in the period.</source>
        <translation>Pourcentage des notes sur 10 égales à 9 ou 10, moins le pourcentage de 0 à 6, dans la période.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="346"/>
        <source>Open complaints</source>
        <translation>Réclamations ouvertes</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="349"/>
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
        <location filename="../../ui/main_window.py" line="72"/>
        <source>New contact %1</source>
        <extracomment>The panes ``show_pane`` knows, in navigation order. Panes listed in the navigation (the contact file opens from the list). The navigation entry each pane belongs to.</extracomment>
        <translation>Nouveau contact %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Edit contact %1</source>
        <translation>Modification du contact %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="76"/>
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Suppression de %n contact</numerusform>
            <numerusform>Suppression de %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>Restauration de %n contact</numerusform>
            <numerusform>Restauration de %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Tag %n contact(s): %1</source>
        <translation>
            <numerusform>Étiquette sur %n contact&#xa0;: %1</numerusform>
            <numerusform>Étiquette sur %n contacts&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Untag %n contact(s): %1</source>
        <translation>
            <numerusform>Étiquette retirée de %n contact&#xa0;: %1</numerusform>
            <numerusform>Étiquette retirée de %n contacts&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Undo: %1</source>
        <translation>Annulation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Redo: %1</source>
        <translation>Rétablissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
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
        <location filename="../../ui/contact_dialog.py" line="78"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="79"/>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="80"/>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="81"/>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="82"/>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="83"/>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="84"/>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="85"/>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="86"/>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="87"/>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="88"/>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="89"/>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="90"/>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="91"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="92"/>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="93"/>
        <source>Algeria</source>
        <translation>Algérie</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="94"/>
        <source>Tunisia</source>
        <translation>Tunisie</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="95"/>
        <source>Senegal</source>
        <translation>Sénégal</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../ui/dashboard.py" line="171"/>
        <source>%1 d</source>
        <extracomment>The period choices, in the selector&apos;s order. The revenue chart shows at least this many months. Colours of a change for the better and for the worse (Okabe–Ito bluish green and vermillion, darkened for text contrast), always with ▲/▼ so colour is never alone. The narrowest a KPI tile gets, in pixels. The indicator that needs the lifetime-value fit.</extracomment>
        <translation>%1&#xa0;j</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/application.py" line="111"/>
        <location filename="../../ui/errors.py" line="93"/>
        <location filename="../../ui/errors.py" line="121"/>
        <source>Comptoir</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.py" line="71"/>
        <source>This number is not valid.</source>
        <extracomment>Fields after whose edit the dialog looks for likely duplicates.</extracomment>
        <translation>Ce nombre n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../ui/screenshot.py" line="15"/>
        <source>There is no contact to show in this database.</source>
        <translation>Il n’y a aucun contact à afficher dans cette base de données.</translation>
    </message>
    <message>
        <location filename="../../app/contacts.py" line="536"/>
        <source>This contact no longer exists.</source>
        <extracomment>Only these contacts (a segment, a smart list…), still searched, filtered and sorted. Why it looks like the same person: &quot;email&quot;, &quot;phone&quot; or &quot;name&quot;.</extracomment>
        <translation>Ce contact n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="79"/>
        <source>There is no batch {batch_id} in this database.</source>
        <extracomment>Rows that belong to a contact through their ``contact_id`` column. Conflict reasons.</extracomment>
        <translation>Il n’y a pas de lot {batch_id} dans cette base de données.</translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="80"/>
        <source>Several batches start with {batch_id}: give more of the batch id.</source>
        <translation>Plusieurs lots commencent par {batch_id}&#xa0;: donnez davantage de caractères de l’identifiant.</translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="83"/>
        <source>The batch “{label}” was already undone.</source>
        <translation>Le lot «&#xa0;{label}&#xa0;» a déjà été annulé.</translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="84"/>
        <source>The batch “{label}” was made by Comptoir itself and cannot be undone.</source>
        <translation>Le lot «&#xa0;{label}&#xa0;» a été fait par Comptoir lui-même et ne peut pas être annulé.</translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="87"/>
        <source>Nothing in the batch “{label}” can be undone: all its changes were changed or removed since.</source>
        <translation>Rien dans le lot «&#xa0;{label}&#xa0;» ne peut être annulé&#xa0;: toutes ses modifications ont été changées ou supprimées depuis.</translation>
    </message>
    <message>
        <location filename="../../app/history.py" line="91"/>
        <source>The batch “{label}” cannot be undone: the database refused it ({detail}). Nothing was changed.</source>
        <translation>Le lot «&#xa0;{label}&#xa0;» ne peut pas être annulé&#xa0;: la base de données l’a refusé ({detail}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="16"/>
        <source>Say in a few words what it was about.</source>
        <translation>Dites en quelques mots de quoi il s’agissait.</translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="17"/>
        <source>The satisfaction score goes from 0 to 10.</source>
        <translation>La note de satisfaction va de 0 à 10.</translation>
    </message>
    <message>
        <location filename="../../app/interactions.py" line="18"/>
        <source>An interaction cannot be in the future.</source>
        <translation>Une interaction ne peut pas être dans le futur.</translation>
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
        <location filename="../../app/validation.py" line="29"/>
        <source>This value is too long.</source>
        <translation>Cette valeur est trop longue.</translation>
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
        <location filename="../../app/tables.py" line="19"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/clv.py" line="91"/>
        <source>Lifetime value needs the purchase history of at least {needed} customers; there are only {found}.</source>
        <extracomment>Weeks in an average month (365.25 / 12 / 7), for the monthly value sum. Months summed in the predicted value. The fewest customers, and repeat buyers among them, a fit is attempted with. Every parameter is searched in [LOWER, UPPER] (times the data&apos;s scale for v). A fitted log-parameter closer than this to a bound is &quot;at the bound&quot; (1 %). The fit has converged when every component of the gradient of the mean negative log-likelihood with respect to the log-parameters is below this. Near a = 1 the expected-purchases formula is 0/0: it is evaluated on either side.</extracomment>
        <translation>La valeur vie client demande l’historique d’achat d’au moins {needed} clients&#xa0;; il n’y en a que {found}.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/clv.py" line="96"/>
        <source>Lifetime value needs at least {needed} repeat customers (who bought on two different days or more); there are only {found}.</source>
        <translation>La valeur vie client demande au moins {needed} clients fidèles (ayant acheté au moins deux jours différents)&#xa0;; il n’y en a que {found}.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/clv.py" line="101"/>
        <source>The {model} model could not be fitted to this purchase history (the calculation did not converge), so no lifetime values were computed.</source>
        <translation>Le modèle {model} n’a pas pu être ajusté à cet historique d’achat (le calcul n’a pas convergé), donc aucune valeur vie client n’a été calculée.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/clv.py" line="106"/>
        <source>The {model} model does not fit this purchase history (its parameter {parameter} ran to its limit), so no lifetime values were computed.</source>
        <translation>Le modèle {model} ne correspond pas à cet historique d’achat (son paramètre {parameter} a atteint sa limite), donc aucune valeur vie client n’a été calculée.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/clv.py" line="111"/>
        <source>The spending model does not fit this purchase history (q = {q}, so the average spend would be infinite), so no lifetime values were computed.</source>
        <translation>Le modèle de dépense ne correspond pas à cet historique d’achat (q = {q}, la dépense moyenne serait infinie), donc aucune valeur vie client n’a été calculée.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/clv.py" line="116"/>
        <source>The lifetime values of this purchase history could not be computed (a calculation overflowed).</source>
        <translation>Les valeurs vie client de cet historique d’achat n’ont pas pu être calculées (un calcul a débordé).</translation>
    </message>
    <message>
        <location filename="../../app/analytics/commands.py" line="14"/>
        <source>Not a date: {text} (write it as 2025-12-31).</source>
        <translation>Ce n’est pas une date&#xa0;: {text} (écrivez-la sous la forme 2025-12-31).</translation>
    </message>
    <message>
        <location filename="../../app/analytics/commands.py" line="76"/>
        <source>The horizon is between 1 and 520 weeks.</source>
        <translation>L’horizon est compris entre 1 et 520 semaines.</translation>
    </message>
    <message>
        <location filename="../../app/analytics/kpis.py" line="62"/>
        <source>A period must start on or before its last day (not {start} to {end}).</source>
        <translation>Une période doit commencer au plus tard le jour où elle finit (pas du {start} au {end}).</translation>
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
        <location filename="../../ui/formatting.py" line="171"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="172"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="173"/>
        <source>Former customer</source>
        <translation>Ancien client</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="185"/>
        <source>Discovery</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="186"/>
        <source>Exploration</source>
        <translation>Exploration</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="187"/>
        <source>Expansion</source>
        <translation>Expansion</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="188"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="189"/>
        <source>Dissolution</source>
        <translation>Rupture</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="199"/>
        <location filename="../../ui/formatting.py" line="337"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="200"/>
        <location filename="../../ui/formatting.py" line="335"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="201"/>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="202"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="203"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="204"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="205"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="206"/>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="207"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="222"/>
        <source>Mr</source>
        <translation>M.</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="223"/>
        <source>Mrs</source>
        <translation>Mme</translation>
    </message>
    <message>
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
        <location filename="../../ui/formatting.py" line="245"/>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="246"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="247"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="257"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="258"/>
        <source>Newsletter</source>
        <translation>Lettre d’information</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="259"/>
        <source>Service messages</source>
        <translation>Messages de service</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="266"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="267"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="268"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="278"/>
        <location filename="../../ui/formatting.py" line="313"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
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
        <location filename="../../ui/formatting.py" line="303"/>
        <location filename="../../ui/formatting.py" line="360"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="304"/>
        <location filename="../../ui/formatting.py" line="347"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="305"/>
        <location filename="../../ui/formatting.py" line="306"/>
        <location filename="../../ui/formatting.py" line="307"/>
        <location filename="../../ui/formatting.py" line="359"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="308"/>
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="309"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="310"/>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="311"/>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="312"/>
        <source>Deal line</source>
        <translation>Ligne d’affaire</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="314"/>
        <source>Order line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="315"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="316"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="317"/>
        <source>Pipeline stage</source>
        <translation>Étape du pipeline</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="318"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="319"/>
        <source>Campaign member</source>
        <translation>Membre de campagne</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="320"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="321"/>
        <source>Custom field</source>
        <translation>Champ personnalisé</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="322"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="323"/>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="331"/>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="332"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="333"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="334"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="336"/>
        <source>Second e-mail</source>
        <translation>Deuxième e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="338"/>
        <source>Phone (international)</source>
        <translation>Téléphone (international)</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="339"/>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="340"/>
        <source>Mobile (international)</source>
        <translation>Portable (international)</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="341"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="342"/>
        <source>Address (line 2)</source>
        <translation>Adresse (ligne 2)</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="343"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="344"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="345"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="346"/>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="348"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="349"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="350"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="351"/>
        <source>Relationship stage</source>
        <translation>Étape de la relation</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="352"/>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="353"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="354"/>
        <location filename="../../ui/formatting.py" line="365"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="355"/>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="356"/>
        <source>Customer number</source>
        <translation>Numéro client</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="357"/>
        <source>External reference</source>
        <translation>Référence externe</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="358"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="361"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="362"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="363"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="364"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="366"/>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="367"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="368"/>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="369"/>
        <source>Complaint status</source>
        <translation>État de la réclamation</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="370"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="371"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="372"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="373"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="374"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="375"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="376"/>
        <source>Expected close</source>
        <translation>Conclusion prévue</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="377"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="378"/>
        <source>Order date</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="379"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="380"/>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="408"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="409"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
</TS>
