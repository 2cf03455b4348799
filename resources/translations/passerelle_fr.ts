<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="59" />
        <source>About Passerelle</source>
        <translation>À propos de Passerelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="63" />
        <source>Qt {qt}, Python {py}. Data folder: {path}</source>
        <translation>Qt {qt}, Python {py}. Dossier des données : {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="73" />
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="73" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/ui/about_dialog.py" line="73" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <location filename="../../app/ui/activity_view.py" line="30" />
        <source>Search: visit id, lot, consultation id, prescription code… or words</source>
        <translation>Rechercher : n° de visite, lot, n° de consultation, code de prescription… ou des mots</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="34" />
        <source>All integrations</source>
        <translation>Toutes les intégrations</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="38" />
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="42" />
        <source>From this day</source>
        <translation>À partir de ce jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="46" />
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="103" />
        <source>No entry shown: correct the date above.</source>
        <translation>Aucune entrée affichée : corrigez la date ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="112" />
        <source>No entry shown: the journal could not be read.</source>
        <translation>Aucune entrée affichée : le journal n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="123" />
        <source>Nothing recorded matches this search since this date.</source>
        <translation>Rien d’enregistré ne correspond à cette recherche depuis cette date.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="124" />
        <source>Show everything</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="128" />
        <source>Nothing recorded since this date: choose an earlier date above.</source>
        <translation>Rien d’enregistré depuis cette date : choisissez une date antérieure ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="133" />
        <source>Showing the first {shown} of {total}.</source>
        <translation>Affichage : les {shown} premiers sur {total}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/activity_view.py" line="138" />
        <source>%n entries shown</source>
        <translation><numerusform>%n entrée affichée</numerusform><numerusform>%n entrées affichées</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/activity_view.py" line="134" />
        <location filename="../../app/ui/activity_view.py" line="138" />
        <source> (scroll for more)</source>
        <translation> (faites défiler pour la suite)</translation>
    </message>
</context>
<context>
    <name>ActsPanel</name>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="30" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="31" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="32" />
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="65" />
        <source>Import (CSV)…</source>
        <translation>Importer (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="33" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="34" />
        <source>Send to Vétélevage</source>
        <translation>Envoyer à Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="43" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="44" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="45" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="47" />
        <source>Price (excl. VAT)</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="53" />
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="64" />
        <source>No billable act yet: add them one by one, or import the acts list (CSV).</source>
        <translation>Aucun acte facturable pour l’instant : ajoutez-les un par un, ou importez la liste des actes (CSV).</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="120" />
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="121" />
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="135" />
        <source>Line {n}: {why}</source>
        <translation>Ligne {n} : {why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="151" />
        <source>Acts saved.</source>
        <translation>Actes enregistrés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="183" />
        <source>Acts</source>
        <translation>Actes</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="208" />
        <source>{n} acts sent. Before: {a} only on Vétélevage, {r} only here, {c} different.</source>
        <translation>{n} actes envoyés. Avant : {a} seulement sur Vétélevage, {r} seulement ici, {c} différents.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="216" />
        <source>Vétélevage now has exactly this list.</source>
        <translation>Vétélevage a maintenant exactement cette liste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="218" />
        <source>Vétélevage still differs: {d}</source>
        <translation>Vétélevage diffère encore : {d}</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/acts_panel.py" line="222" />
        <source>Sending acts to Vétélevage</source>
        <translation>Envoi des actes à Vétélevage</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="58" />
        <source>The database cannot be opened ({why}). Restore the last backup ({name})? The damaged file is kept in the backups folder.</source>
        <translation>La base de données ne peut pas être ouverte ({why}). Restaurer la dernière sauvegarde ({name}) ? Le fichier abîmé est gardé dans le dossier des sauvegardes.</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="16" />
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="17" />
        <source>Reconnect…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="18" />
        <source>Map the product…</source>
        <translation>Associer le produit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="19" />
        <source>Review…</source>
        <translation>Vérifier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="20" />
        <source>Mark as handled…</source>
        <translation>Marquer comme traité…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="21" />
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="25" />
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="26" />
        <source>Open the draft…</source>
        <translation>Ouvrir le brouillon…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="55" />
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="57" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="61" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="63" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="65" />
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="66" />
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/attention_model.py" line="75" />
        <source>Gave up after %n attempt(s)</source>
        <translation><numerusform>Abandonné après %n tentative</numerusform><numerusform>Abandonné après %n tentatives</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="77" />
        <source>Handled by {who}</source>
        <translation>Traité par {who}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="80" />
        <source>Next try {when}</source>
        <translation>Prochain essai {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/attention_model.py" line="81" />
        <source>Waits for a person</source>
        <translation>Attend une personne</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../app/ui/attention_view.py" line="120" />
        <source>&amp;Do the action</source>
        <translation>&amp;Faire l’action</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="121" />
        <source>Retry, reconnect or open the decision, as the item says (Enter)</source>
        <translation>Réessayer, se reconnecter ou ouvrir la décision, selon l’élément (Entrée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="122" />
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="124" />
        <source>Show what the item is about in its tab (the visit, the product, the request)</source>
        <translation>Montrer ce dont il s’agit dans son onglet (la visite, le produit, la demande)</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="126" />
        <source>&amp;Retry the selected…</source>
        <translation>&amp;Réessayer la sélection…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="127" />
        <source>&amp;Mark as handled…</source>
        <translation>&amp;Marquer comme traité…</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="128" />
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attention_view.py" line="193" />
        <source>%n item(s) wait for you.</source>
        <translation><numerusform>%n élément vous attend.</numerusform><numerusform>%n éléments vous attendent.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="195" />
        <source>Nothing waits for you. Everything that failed was retried and went through.</source>
        <translation>Rien ne vous attend. Tout ce qui avait échoué a été réessayé avec succès.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="198" />
        <source>Showing the first {shown} of {total}.</source>
        <translation>Affichage : les {shown} premiers sur {total}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="244" />
        <source>Open the {name} tab to decide.</source>
        <translation>Ouvrez l’onglet {name} pour décider.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="253" />
        <source>None of the selected items can be retried from here.</source>
        <translation>Aucun des éléments choisis ne peut être réessayé d’ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="285" />
        <source>{what}: {why}</source>
        <translation>{what} : {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attention_view.py" line="289" />
        <source>%n went through; still failing: {f}</source>
        <translation><numerusform>%n est passé ; toujours en échec : {f}</numerusform><numerusform>%n sont passés ; toujours en échec : {f}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attention_view.py" line="310" />
        <source>What was done about %n item(s)? (kept in the journal)</source>
        <translation><numerusform>Qu’a-t-on fait pour cet élément ? (gardé dans le journal)</numerusform><numerusform>Qu’a-t-on fait pour ces %n éléments ? (gardé dans le journal)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attention_view.py" line="293" />
        <source>%n item(s) went through.</source>
        <translation><numerusform>%n élément est passé.</numerusform><numerusform>%n éléments sont passés.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="116" />
        <source>Nothing waits for you: failed work and decisions to take appear here.</source>
        <translation>Rien ne vous attend : les travaux en échec et les décisions à prendre apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="302" />
        <source>Retrying</source>
        <translation>Nouvel essai</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="309" />
        <source>Mark as handled</source>
        <translation>Marquer comme traité</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="63" />
        <source>Saved queries</source>
        <translation>Requêtes enregistrées</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="65" />
        <source>Name to save this query</source>
        <translation>Nom sous lequel enregistrer cette requête</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="66" />
        <source>Save query</source>
        <translation>Enregistrer la requête</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="67" />
        <source>Endpoint:</source>
        <translation>Ressource :</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="77" />
        <source>Add filter</source>
        <translation>Ajouter un filtre</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="78" />
        <source>Match any filter (OR)</source>
        <translation>Au moins un filtre (OU)</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="84" />
        <source>Related objects to include in full (expose)</source>
        <translation>Objets liés à inclure en entier (expose)</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="85" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="87" />
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="110" />
        <source>Choose a row to read it here.</source>
        <translation>Choisissez une ligne pour la lire ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="112" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="112" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="115" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="116" />
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="249" />
        <source>Query sent to Provet: {query}</source>
        <translation>Requête envoyée à Provet : {query}</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="269" />
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/provet/browse_page.py" line="292" />
        <source>%n object(s) found</source>
        <translation><numerusform>%n objet trouvé</numerusform><numerusform>%n objets trouvés</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="284" />
        <source>Provet Cloud: page %1</source>
        <translation>Provet Cloud : page %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="368" />
        <source>Provet Cloud is not connected yet. Enter its address in Connections, then search.</source>
        <translation>Provet Cloud n’est pas encore connecté. Saisissez son adresse dans Connexions, puis lancez la recherche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="369" />
        <source>Connections…</source>
        <translation>Connexions…</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="372" />
        <source>Connect to Provet Cloud first (Connection page), then search.</source>
        <translation>Connectez-vous d’abord à Provet Cloud (page Connexion), puis lancez la recherche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="373" />
        <source>Connect…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="376" />
        <source>Nothing matches these filters. Widen them (remove a filter, choose a longer period or fewer words) and search again.</source>
        <translation>Rien ne correspond à ces filtres. Élargissez-les (retirez un filtre, choisissez une période plus longue ou moins de mots) et relancez la recherche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="380" />
        <source>The search did not go through, so no results are shown. The message above says what to do; then search again.</source>
        <translation>La recherche n’a pas abouti, aucun résultat n’est donc affiché. Le message ci-dessus indique quoi faire ; relancez ensuite la recherche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="454" />
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="456" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/provet/browse_page.py" line="469" />
        <source>%n object(s) exported.</source>
        <translation><numerusform>%n objet exporté.</numerusform><numerusform>%n objets exportés.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="471" />
        <source>Provet Cloud export</source>
        <translation>Export Provet Cloud</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/browse_page.py" line="490" />
        <source>Query saved.</source>
        <translation>Requête enregistrée.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../app/ui/dashboard.py" line="105" />
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="106" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="130" />
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="133" />
        <source>Connection test ({when}): OK. {sentence}</source>
        <translation>Test de connexion ({when}) : OK. {sentence}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="135" />
        <source>Connection test ({when}): OK.</source>
        <translation>Test de connexion ({when}) : OK.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="139" />
        <source>Connection test ({when}) failed: {sentence}</source>
        <translation>Échec du test de connexion ({when}) : {sentence}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="156" />
        <source>Last answer: {when}</source>
        <translation>Dernière réponse : {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="160" />
        <source>Last failure: {when}</source>
        <translation>Dernier échec : {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="163" />
        <source>Last failure: {when}: {sentence}</source>
        <translation>Dernier échec : {when} : {sentence}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="172" />
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="173" />
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="174" />
        <source>Not configured</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="175" />
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="194" />
        <source>Last sync: {when}</source>
        <translation>Dernière synchronisation : {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="199" />
        <source>Last sync: never</source>
        <translation>Dernière synchronisation : jamais</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard.py" line="202" />
        <source>%n item(s) waiting for you</source>
        <translation><numerusform>%n élément vous attend</numerusform><numerusform>%n éléments vous attendent</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="205" />
        <source>Show them in Needs attention</source>
        <translation>Les voir dans À traiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="209" />
        <source>Nothing waiting</source>
        <translation>Rien en attente</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="30" />
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="54" />
        <source>Import catalogue (CSV)…</source>
        <translation>Importer le catalogue (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="31" />
        <source>Import mappings…</source>
        <translation>Importer les correspondances…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="32" />
        <source>Export mappings…</source>
        <translation>Exporter les correspondances…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="40" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="41" />
        <source>Clinic product</source>
        <translation>Produit de la clinique</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="42" />
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="43" />
        <source>Price (excl. VAT)</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="44" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="52" />
        <source>No clinic product yet: import the clinic catalogue (CSV) to map the Vétélevage products.</source>
        <translation>Aucun produit de la clinique pour l’instant : importez le catalogue de la clinique (CSV) pour associer les produits Vétélevage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="72" />
        <source>Vétélevage files</source>
        <translation>Fichiers Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="80" />
        <source>Clinic catalogue</source>
        <translation>Catalogue de la clinique</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="81" />
        <source>{n} clinic products imported.</source>
        <translation>Produits de la clinique importés : {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="85" />
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="91" />
        <source>Mappings</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="86" />
        <source>{n} mappings imported.</source>
        <translation>Correspondances importées : {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/catalogue_panel.py" line="94" />
        <source>{n} mappings exported.</source>
        <translation>{n} correspondances exportées.</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="107" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="31" />
        <location filename="../../app/ui/provet/connection_page.py" line="68" />
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="32" />
        <source>Disconnect</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="33" />
        <source>Use this registration</source>
        <translation>Utiliser cet enregistrement</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="55" />
        <source>browser sign-in (PKCE)</source>
        <translation>connexion par le navigateur (PKCE)</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="57" />
        <source>client credentials</source>
        <translation>identifiants client</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="60" />
        <source>Not set up: enter the API address in Connections.</source>
        <translation>Non configuré : saisissez l’adresse de l’API dans Connexions.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="63" />
        <source>Connected to %1 (%2).</source>
        <translation>Connecté à %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="66" />
        <source>Not connected (%1).</source>
        <translation>Non connecté (%1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="68" />
        <source>Connect via browser</source>
        <translation>Se connecter par le navigateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="76" />
        <source>Registered by Provet on %1 (client %2).</source>
        <translation>Enregistré par Provet le %1 (client %2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="79" />
        <source>No registration received from Provet yet.</source>
        <translation>Aucun enregistrement reçu de Provet pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="93" />
        <source>Connected to Provet Cloud.</source>
        <translation>Connecté à Provet Cloud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="96" />
        <source>Provet Cloud: connect</source>
        <translation>Provet Cloud : connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/connection_page.py" line="102" />
        <source>Provet Cloud: disconnect</source>
        <translation>Provet Cloud : déconnexion</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="35" />
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="36" />
        <source>Vétélevage</source>
        <translation>Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="37" />
        <source>Provet Cloud</source>
        <translation>Provet Cloud</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="38" />
        <source>Omnidoc</source>
        <translation>Omnidoc</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="39" />
        <source>TOTVS Saúde Planos</source>
        <translation>TOTVS Saúde Planos</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="40" />
        <source>TOTVS RH</source>
        <translation>TOTVS RH</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="41" />
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="42" />
        <source>Operations</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="43" />
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="53" />
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="54" />
        <source>Português (Brasil)</source>
        <translation>Português (Brasil)</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="55" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="56" />
        <source>Veterinary practice (one account)</source>
        <translation>Cabinet vétérinaire (un compte)</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="57" />
        <source>Software vendor (SaaS, several accounts)</source>
        <translation>Éditeur de logiciel (SaaS, plusieurs comptes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="58" />
        <source>Application credentials (no sign-in)</source>
        <translation>Identifiants de l’application (sans connexion)</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="59" />
        <source>Sign in with the browser</source>
        <translation>Connexion dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="102" />
        <source>The keyring could not be read — type to replace</source>
        <translation>Le trousseau n’a pas pu être lu — tapez pour remplacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="104" />
        <source>Stored in the keyring — type to replace</source>
        <translation>Enregistré dans le trousseau — tapez pour remplacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="106" />
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="118" />
        <source>(system default)</source>
        <translation>(celle du système)</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="171" />
        <source>Every linked account</source>
        <translation>Tous les comptes liés</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="214" />
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="278" />
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="379" />
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="390" />
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="399" />
        <source>Testing the connection</source>
        <translation>Test de la connexion</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="43" />
        <source>Passerelle — unexpected problem</source>
        <translation>Passerelle — problème inattendu</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="49" />
        <source>Something unexpected happened. Your data is safe and Passerelle keeps running. If it happens again, copy the report below and send it to support.</source>
        <translation>Un problème inattendu est survenu. Vos données sont en sécurité et Passerelle continue de fonctionner. Si cela se reproduit, copiez le rapport ci-dessous et envoyez-le au support.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="60" />
        <source>Log file: {path}</source>
        <translation>Fichier journal : {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="64" />
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <location filename="../../app/ui/crash_dialog.py" line="66" />
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../app/ui/dashboard.py" line="225" />
        <source>&lt;h2&gt;Today&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Aujourd’hui&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="248" />
        <source>No integration is installed.</source>
        <translation>Aucune intégration n’est installée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/dashboard.py" line="290" />
        <source>%n item(s) wait for a person across all integrations.</source>
        <translation><numerusform>%n élément attend une personne, toutes intégrations confondues.</numerusform><numerusform>%n éléments attendent une personne, toutes intégrations confondues.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="292" />
        <source>Nothing waits for a person.</source>
        <translation>Rien n’attend personne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="318" />
        <source>This integration has no connection test.</source>
        <translation>Cette intégration n’a pas de test de connexion.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dashboard.py" line="360" />
        <source>Testing {name}</source>
        <translation>Test de {name}</translation>
    </message>
</context>
<context>
    <name>DatabaseWaitLabel</name>
    <message>
        <location filename="../../app/ui/db_wait_label.py" line="22" />
        <source>Waiting for the database…</source>
        <translation>En attente de la base de données…</translation>
    </message>
    <message>
        <location filename="../../app/ui/db_wait_label.py" line="25" />
        <source>Another desk or a backup is using the database; Passerelle goes on as soon as it is free.</source>
        <translation>Un autre poste ou une sauvegarde utilise la base de données ; Passerelle continue dès qu’elle est libre.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../app/ui/dates.py" line="314" />
        <source>Pick the date in a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../app/ui/dates.py" line="23" />
        <source>Write the date as {format}, e.g. {example}.</source>
        <translation>Écrivez la date sous la forme {format}, par exemple {example}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="24" />
        <source>Write the date as {format}, with a time hh:mm if needed, e.g. {example} 08:30.</source>
        <translation>Écrivez la date sous la forme {format}, avec une heure hh:mm si besoin, par exemple {example} 08:30.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="27" />
        <source>{text} does not exist: {month} {year} has {days} days.</source>
        <translation>{text} n’existe pas : {month} {year} a {days} jours.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="28" />
        <source>{text} does not exist: months go from 01 to 12.</source>
        <translation>{text} n’existe pas : les mois vont de 01 à 12.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="29" />
        <source>{text} is not a time of day: hours 00 to 23, minutes 00 to 59.</source>
        <translation>{text} n’est pas une heure : heures de 00 à 23, minutes de 00 à 59.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="32" />
        <source>The date cannot be after {limit}.</source>
        <translation>La date ne peut pas être après le {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="33" />
        <source>The date cannot be before {limit}.</source>
        <translation>La date ne peut pas être avant le {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="34" />
        <source>Type the date as {format}.</source>
        <translation>Tapez la date sous la forme {format}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="35" />
        <source>Write the month as {format}, e.g. {example}.</source>
        <translation>Écrivez le mois sous la forme {format}, par exemple {example}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="37" />
        <source>dd</source>
        <translation>jj</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="38" />
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../../app/ui/dates.py" line="39" />
        <source>yyyy</source>
        <translation>aaaa</translation>
    </message>
</context>
<context>
    <name>DemoMenu</name>
    <message>
        <location filename="../../app/ui/demo_menu.py" line="22" />
        <source>&amp;Demo</source>
        <translation>&amp;Démo</translation>
    </message>
    <message>
        <location filename="../../app/ui/demo_menu.py" line="27" />
        <source>{name} is down</source>
        <translation>{name} est en panne</translation>
    </message>
</context>
<context>
    <name>ErrorBar</name>
    <message>
        <location filename="../../app/ui/common.py" line="88" />
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/common.py" line="120" />
        <source>Reconnect…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/common.py" line="123" />
        <source>Connections…</source>
        <translation>Connexions…</translation>
    </message>
    <message>
        <location filename="../../app/ui/common.py" line="125" />
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="41" />
        <source>Visits from</source>
        <translation>Visites du</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="42" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="51" />
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="53" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="55" />
        <source>Why it waits</source>
        <translation>Pourquoi elle attend</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="61" />
        <source>Nothing waits in this period: every visit is committed or set aside.</source>
        <translation>Rien n’attend sur cette période : chaque visite est validée ou mise de côté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="66" />
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="68" />
        <source>French Excel (; and decimal comma)</source>
        <translation>Excel français (; et virgule décimale)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="70" />
        <source>Export new billing lines…</source>
        <translation>Exporter les nouvelles lignes de facturation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="79" />
        <source>Correct the period above to see its visits.</source>
        <translation>Corrigez la période ci-dessus pour voir ses visites.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="87" />
        <source>&lt;b&gt;{imported}&lt;/b&gt; visits imported, &lt;b&gt;{committed}&lt;/b&gt; committed, &lt;b&gt;{exported}&lt;/b&gt; exported; billed {total} € excl. VAT. &lt;b&gt;{waiting}&lt;/b&gt; still waiting:</source>
        <translation>&lt;b&gt;{imported}&lt;/b&gt; visites importées, &lt;b&gt;{committed}&lt;/b&gt; validées, &lt;b&gt;{exported}&lt;/b&gt; exportées ; facturé {total} € HT. &lt;b&gt;{waiting}&lt;/b&gt; encore en attente :</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="106" />
        <source>Export billing lines</source>
        <translation>Exporter les lignes de facturation</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="124" />
        <source>Nothing new to export: every committed billing line is already in an export. No file was written.</source>
        <translation>Rien de nouveau à exporter : chaque ligne de facturation validée figure déjà dans un export. Aucun fichier n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/vetelevage/export_panel.py" line="131" />
        <source>%n new billing line(s) exported to {path}.</source>
        <translation><numerusform>%n nouvelle ligne de facturation exportée vers {path}.</numerusform><numerusform>%n nouvelles lignes de facturation exportées vers {path}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/export_panel.py" line="138" />
        <source>Exporting billing lines</source>
        <translation>Export des lignes de facturation</translation>
    </message>
</context>
<context>
    <name>FilterRow</name>
    <message>
        <location filename="../../app/ui/provet/filter_row.py" line="162" />
        <source>number (id)</source>
        <translation>numéro (identifiant)</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/filter_row.py" line="164" />
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/filter_row.py" line="165" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/filter_row.py" line="205" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/filter_row.py" line="67" />
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/filter_row.py" line="160" />
        <source>value1, value2, …</source>
        <translation>valeur1, valeur2, …</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../app/core/journal_words.py" line="13" />
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="14" />
        <source>Partly</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="15" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="16" />
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="19" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="20" />
        <source>Acknowledgement</source>
        <translation>Acquittement</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="21" />
        <source>Acts sent</source>
        <translation>Envoi des actes</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="22" />
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="23" />
        <source>Mappings imported</source>
        <translation>Correspondances importées</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="24" />
        <source>Catalogue imported</source>
        <translation>Catalogue importé</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="25" />
        <source>Dictionary update</source>
        <translation>Mise à jour du dictionnaire</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="26" />
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="27" />
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="28" />
        <source>Set aside</source>
        <translation>Mise de côté</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="29" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="30" />
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="31" />
        <source>Disconnection</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="32" />
        <source>Settings changed</source>
        <translation>Réglages modifiés</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="33" />
        <source>Secret changed</source>
        <translation>Secret modifié</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="34" />
        <source>Registration</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="35" />
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="36" />
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="37" />
        <source>Catch-up</source>
        <translation>Rattrapage</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="38" />
        <source>Load</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="39" />
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="40" />
        <source>Prefilled request</source>
        <translation>Demande préremplie</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="41" />
        <source>Draft created</source>
        <translation>Brouillon créé</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="42" />
        <source>Draft opened</source>
        <translation>Brouillon ouvert</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="43" />
        <source>Draft replaced</source>
        <translation>Brouillon remplacé</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="44" />
        <source>Files sent</source>
        <translation>Fichiers envoyés</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="45" />
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="46" />
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="47" />
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="48" />
        <source>Pruning</source>
        <translation>Nettoyage</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="49" />
        <source>Support report</source>
        <translation>Rapport pour le support</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="50" />
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../app/core/journal_words.py" line="51" />
        <source>Handled</source>
        <translation>Traité</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="53" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="55" />
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="59" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="61" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="66" />
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="67" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/journal_model.py" line="68" />
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
</context>
<context>
    <name>LineChangesModel</name>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="21" />
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="23" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="25" />
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="26" />
        <source>Billed as now</source>
        <translation>Facturé aujourd’hui comme</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="27" />
        <source>Amount now</source>
        <translation>Montant actuel</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="29" />
        <source>Billed as after</source>
        <translation>Facturé ensuite comme</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="31" />
        <source>stays as billed (a correction is suggested)</source>
        <translation>reste tel que facturé (une correction est proposée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="38" />
        <source>Amount after</source>
        <translation>Montant ensuite</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="45" />
        <source>not billed (waits for a mapping)</source>
        <translation>non facturé (attend une correspondance)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/line_changes.py" line="54" />
        <source>No billing line changes.</source>
        <translation>Aucune ligne de facturation ne change.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/vetelevage/line_changes.py" line="61" />
        <source>%n line(s) change in visits not committed yet: {before} € → {after} € excl. VAT.</source>
        <translation><numerusform>%n ligne change dans les visites pas encore facturées : {before} € → {after} € HT.</numerusform><numerusform>%n lignes changent dans les visites pas encore facturées : {before} € → {after} € HT.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/vetelevage/line_changes.py" line="69" />
        <source>%n committed visit(s) stay as billed; each is flagged for a correction entry.</source>
        <translation><numerusform>%n visite facturée reste telle quelle ; elle est signalée pour une écriture de correction.</numerusform><numerusform>%n visites facturées restent telles quelles ; chacune est signalée pour une écriture de correction.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="92" />
        <location filename="../../app/ui/main_window.py" line="249" />
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="80" />
        <location filename="../../app/ui/main_window.py" line="119" />
        <source> — demo</source>
        <translation> — démonstration</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="31" />
        <location filename="../../app/ui/main_window.py" line="94" />
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87" />
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93" />
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="126" />
        <source>Desk: {desk}</source>
        <translation>Poste : {desk}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="298" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="299" />
        <source>&amp;Connections…</source>
        <translation>&amp;Connexions…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="302" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="305" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="308" />
        <source>Save a support report…</source>
        <translation>Enregistrer un rapport pour le support…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="309" />
        <source>Storage and backups…</source>
        <translation>Stockage et sauvegardes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="310" />
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="311" />
        <source>Open the log file</source>
        <translation>Ouvrir le fichier journal</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="314" />
        <source>&amp;About Passerelle</source>
        <translation>À &amp;propos de Passerelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="366" />
        <location filename="../../app/ui/main_window.py" line="376" />
        <source>Support report</source>
        <translation>Rapport pour le support</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="379" />
        <source>Support report saved: {path}</source>
        <translation>Rapport enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="62" />
        <source>Map a Vétélevage product</source>
        <translation>Faire correspondre un produit Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="87" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="93" />
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="135" />
        <source>Not in my catalogue…</source>
        <translation>Absent de mon catalogue…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="138" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="174" />
        <source>Currently billed as {code}.</source>
        <translation>Actuellement facturé comme {code}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="278" />
        <source>Reading the clinic catalogue…</source>
        <translation>Lecture du catalogue de la clinique…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="284" />
        <source>Suggested: {code} ({why}). Press Enter to map it, or choose another.</source>
        <translation>Suggestion : {code} ({why}). Appuyez sur Entrée pour l’associer, ou choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="293" />
        <source>Nothing is pre-selected: no clinic product has this GTIN or the same substance, strength and form. Choose one with ↑/↓, or use Not in my catalogue.</source>
        <translation>Rien n’est présélectionné : aucun produit de la clinique n’a ce GTIN ni la même substance, le même dosage et la même forme. Choisissez-en un avec ↑/↓, ou utilisez « Absent de mon catalogue ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="297" />
        <source>Nothing is pre-selected: several clinic products match equally. Choose one with ↑/↓.</source>
        <translation>Rien n’est présélectionné : plusieurs produits de la clinique correspondent autant. Choisissez-en un avec ↑/↓.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="300" />
        <source>The clinic catalogue is empty: import it (Catalogue), or use Not in my catalogue.</source>
        <translation>Le catalogue de la clinique est vide : importez-le (Catalogue), ou utilisez « Absent de mon catalogue ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="326" />
        <source>No clinic product matches. Search again, or use Not in my catalogue.</source>
        <translation>Aucun produit de la clinique ne correspond. Cherchez autrement, ou utilisez « Absent de mon catalogue ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="329" />
        <source>Select a clinic product to see the billing lines it gives.</source>
        <translation>Sélectionnez un produit de la clinique pour voir les lignes de facturation qu’il donne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="371" />
        <source>Choose a clinic product first (↑/↓), then press Enter.</source>
        <translation>Choisissez d’abord un produit de la clinique (↑/↓), puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="73" />
        <source>Type to search the clinic catalogue…</source>
        <translation>Tapez pour chercher dans le catalogue de la clinique…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="82" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="83" />
        <source>Clinic product</source>
        <translation>Produit de la clinique</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="84" />
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="85" />
        <source>Price (excl. VAT)</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="125" />
        <source>Remember for every visit (recommended)</source>
        <translation>Retenir pour toutes les visites (recommandé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="128" />
        <source>Untick to bill this product this way for this visit only.</source>
        <translation>Décochez pour facturer ce produit ainsi pour cette visite seulement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mapping_dialog.py" line="137" />
        <source>Map</source>
        <translation>Associer</translation>
    </message>
</context>
<context>
    <name>MappingsPanel</name>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="35" />
        <source>Search a product, a code or a name</source>
        <translation>Chercher un produit, un code ou un nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="37" />
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="123" />
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="38" />
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="124" />
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="40" />
        <source>Its visits not committed yet wait for a mapping again; committed visits stay as billed.</source>
        <translation>Ses visites pas encore facturées attendent de nouveau une correspondance ; les visites facturées restent telles quelles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="48" />
        <source>Vétélevage product</source>
        <translation>Produit Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="49" />
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="51" />
        <source>Clinic product</source>
        <translation>Produit de la clinique</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="52" />
        <source>— left unmapped on purpose —</source>
        <translation>— laissé sans correspondance volontairement —</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="56" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="57" />
        <source>Changed on</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="58" />
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="106" />
        <source>No mapping yet: map products from Products to map, or import a mappings file (Catalogue).</source>
        <translation>Aucune correspondance pour l’instant : associez des produits depuis « Produits à associer », ou importez un fichier de correspondances (Catalogue).</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="110" />
        <source>No mapping matches the search.</source>
        <translation>Aucune correspondance ne répond à la recherche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="120" />
        <source>Map…</source>
        <translation>Associer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="121" />
        <source>Remind me again</source>
        <translation>Me le rappeler de nouveau</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="164" />
        <source>Delete a mapping</source>
        <translation>Supprimer une correspondance</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="165" />
        <source>Delete the mapping of {product} ({id}) to {code}?</source>
        <translation>Supprimer la correspondance de {product} ({id}) vers {code} ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/mappings_panel.py" line="169" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>NewProductForm</name>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="22" />
        <source>Not in my catalogue</source>
        <translation>Absent de mon catalogue</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="25" />
        <source>e.g. MED1090</source>
        <translation>p. ex. MED1090</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="28" />
        <source>e.g. 12,90</source>
        <translation>p. ex. 12,90</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="30" />
        <source>e.g. flacon</source>
        <translation>p. ex. flacon</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="32" />
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="38" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="39" />
        <source>Clinic product</source>
        <translation>Produit de la clinique</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="40" />
        <source>Price (excl. VAT)</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="41" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="42" />
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="58" />
        <source>Add to the catalogue and map</source>
        <translation>Ajouter au catalogue et associer</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="62" />
        <source>Why (optional), e.g. supplied by the breeder</source>
        <translation>Pourquoi (facultatif), p. ex. fourni par l’éleveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="63" />
        <source>Leave unmapped on purpose</source>
        <translation>Laisser sans correspondance volontairement</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/new_product_form.py" line="66" />
        <source>Its visits keep waiting and say why; the product is listed last, without reminders.</source>
        <translation>Ses visites restent en attente et disent pourquoi ; le produit est listé en dernier, sans rappel.</translation>
    </message>
</context>
<context>
    <name>OmnidocTab</name>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="31" />
        <source>Being prepared</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="32" />
        <source>Draft created, files to send</source>
        <translation>Brouillon créé, fichiers à envoyer</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="33" />
        <source>Ready to open</source>
        <translation>Prêt à ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="34" />
        <source>Opened in Omnidoc</source>
        <translation>Ouvert dans Omnidoc</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="35" />
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="36" />
        <source>Opened as a prefilled link</source>
        <translation>Ouverte par lien prérempli</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="37" />
        <source>To send again on a new draft</source>
        <translation>À renvoyer sur un nouveau brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="82" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="83" />
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="84" />
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="85" />
        <source>Birth date (DD/MM/YYYY)</source>
        <translation>Date de naissance (JJ/MM/AAAA)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="86" />
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="87" />
        <source>Birth place (INSEE code)</source>
        <translation>Lieu de naissance (code INSEE)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="88" />
        <source>Birth order</source>
        <translation>Rang de naissance</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="89" />
        <source>NIR of the insured</source>
        <translation>NIR de l’assuré (ouvrant droit)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="90" />
        <source>NIR of the patient</source>
        <translation>NIR du patient (bénéficiaire)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="91" />
        <source>Regime (2 digits)</source>
        <translation>Régime (2 chiffres)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="92" />
        <source>Caisse (3 digits)</source>
        <translation>Caisse (3 chiffres)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="93" />
        <source>Centre (4 digits)</source>
        <translation>Centre (4 chiffres)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="94" />
        <source>Gestion (2 digits)</source>
        <translation>Gestion (2 chiffres)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="95" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="96" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="97" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="98" />
        <source>Recipient's RPPS</source>
        <translation>RPPS du médecin requis</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="99" />
        <location filename="../../app/ui/omnidoc_tab.py" line="126" />
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="103" />
        <location filename="../../app/ui/omnidoc_tab.py" line="240" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="115" />
        <source>Insurance</source>
        <translation>Assurance maladie</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="125" />
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="138" />
        <location filename="../../app/ui/omnidoc_tab.py" line="635" />
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="142" />
        <source>Provet client no.</source>
        <translation>N° de client Provet</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="143" />
        <source>Provet patient no.</source>
        <translation>N° de patient Provet</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="146" />
        <source>e.g. 1042</source>
        <translation>ex. 1042</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="148" />
        <source>Fill from Provet</source>
        <translation>Remplir depuis Provet</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="150" />
        <source>Copy the names, e-mail, phone and address of this Provet Cloud client (or owner).</source>
        <translation>Recopier les nom, prénom, e-mail, téléphone et adresse de ce client Provet Cloud (ou du propriétaire).</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="191" />
        <source>&lt;b&gt;Attachments&lt;/b&gt; — drop files here</source>
        <translation>&lt;b&gt;Pièces jointes&lt;/b&gt; — déposez les fichiers ici</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="194" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="195" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="196" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="197" />
        <source>Upload</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="208" />
        <source>No file yet: drop files here, or add them.</source>
        <translation>Aucun fichier pour l’instant : déposez des fichiers ici, ou ajoutez-les.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="209" />
        <location filename="../../app/ui/omnidoc_tab.py" line="214" />
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="215" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="224" />
        <source>Open prefilled request (no files)</source>
        <translation>Ouvrir la demande préremplie (sans fichiers)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="225" />
        <source>Create draft with files</source>
        <translation>Créer le brouillon avec les fichiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="227" />
        <source>New empty form</source>
        <translation>Nouveau formulaire vide</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="234" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="240" />
        <source>(purged)</source>
        <translation>(effacé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="241" />
        <source>Recipient RPPS</source>
        <translation>RPPS destinataire</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="242" />
        <source>Sent by</source>
        <translation>Envoyée par</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="242" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="242" />
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="244" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="246" />
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="264" />
        <source>Reuse as a new request</source>
        <translation>Réutiliser pour une nouvelle demande</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="265" />
        <source>Finish sending</source>
        <translation>Terminer l’envoi</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="266" />
        <source>Purge old personal data</source>
        <translation>Effacer les anciennes données personnelles</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="275" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="297" />
        <source>Female (F)</source>
        <translation>Féminin (F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="297" />
        <source>Male (M)</source>
        <translation>Masculin (M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="362" />
        <source>Author RPPS (from Connections): {rpps}</source>
        <translation>RPPS de l’auteur (dans Connexions) : {rpps}</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="362" />
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="449" />
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="449" />
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.txt)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.txt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="471" />
        <source>The prefilled request is open in your browser.</source>
        <translation>La demande préremplie est ouverte dans votre navigateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="489" />
        <source>The link is ready, but no browser could be opened: copy it, then paste it into your browser.</source>
        <translation>Le lien est prêt, mais aucun navigateur n’a pu être ouvert : copiez-le, puis collez-le dans votre navigateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="492" />
        <source>Copy the link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="501" />
        <source>Link copied: paste it into your browser's address bar.</source>
        <translation>Lien copié : collez-le dans la barre d’adresse de votre navigateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="532" />
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="532" />
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="543" />
        <source>The draft was created with its files and opened in Omnidoc.</source>
        <translation>Le brouillon a été créé avec ses fichiers et ouvert dans Omnidoc.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="545" />
        <source>The draft was created with its files.</source>
        <translation>Le brouillon a été créé avec ses fichiers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="556" />
        <source>Sending to Omnidoc</source>
        <translation>Envoi à Omnidoc</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="576" />
        <source>Type the Provet Cloud number first (digits only).</source>
        <translation>Saisissez d’abord le numéro Provet Cloud (chiffres uniquement).</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="599" />
        <source>Filled from Provet Cloud: check the fields, then add the NIR and the request.</source>
        <translation>Rempli depuis Provet Cloud : vérifiez les champs, puis ajoutez le NIR et la demande.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="608" />
        <source>Reading the client from Provet Cloud</source>
        <translation>Lecture du client dans Provet Cloud</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="619" />
        <source>Omnidoc refused the request; see the fields in red.</source>
        <translation>Omnidoc a refusé la demande ; voyez les champs en rouge.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="622" />
        <source>The author RPPS ({rpps}) is unknown to Omnidoc: check it in Connections.</source>
        <translation>Le RPPS de l’auteur ({rpps}) est inconnu d’Omnidoc : vérifiez-le dans Connexions.</translation>
    </message>
    <message>
        <location filename="../../app/ui/omnidoc_tab.py" line="634" />
        <source>No request yet: fill the form in New request, then open or send it.</source>
        <translation>Aucune demande pour l’instant : remplissez le formulaire dans Nouvelle demande, puis ouvrez-la ou envoyez-la.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/omnidoc_tab.py" line="693" />
        <source>Personal data of %n old request(s) purged.</source>
        <translation><numerusform>Données personnelles de %n ancienne demande effacées.</numerusform><numerusform>Données personnelles de %n anciennes demandes effacées.</numerusform></translation>
    </message>
</context>
<context>
    <name>OpeningHoursEditor</name>
    <message>
        <location filename="../../app/ui/opening_hours_editor.py" line="67" />
        <source>Opens at</source>
        <translation>Ouvre à</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening_hours_editor.py" line="68" />
        <location filename="../../app/ui/opening_hours_editor.py" line="73" />
        <source>Closes at</source>
        <translation>Ferme à</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening_hours_editor.py" line="69" />
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening_hours_editor.py" line="70" />
        <source>Open a second time that day (after a break)</source>
        <translation>Rouvrir une seconde fois ce jour-là (après une pause)</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening_hours_editor.py" line="72" />
        <source>Opens again at</source>
        <translation>Rouvre à</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening_hours_editor.py" line="182" />
        <source>{day}: the closing time must come after the opening time.</source>
        <translation>{day} : l’heure de fermeture doit venir après l’heure d’ouverture.</translation>
    </message>
    <message>
        <location filename="../../app/ui/opening_hours_editor.py" line="186" />
        <source>{day}: the second opening must start after the first one closes.</source>
        <translation>{day} : la seconde ouverture doit commencer après la première fermeture.</translation>
    </message>
</context>
<context>
    <name>PrescriptionDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="83" />
        <source>New continuous-medication prescription</source>
        <translation>Nouvelle prescription de traitement continu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="120" />
        <source>Table code</source>
        <translation>Code de table</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="120" />
        <source>Medication code</source>
        <translation>Code du médicament</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="122" />
        <source>Attachment link (https://…)</source>
        <translation>Lien de pièce jointe (https://…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="145" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="146" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="173" />
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="278" />
        <source>Filing the prescription</source>
        <translation>Dépôt de la prescription</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="292" />
        <source>Prescription %1 — %2</source>
        <translation>Prescription %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="297" />
        <source>(it had already been filed: not sent again)</source>
        <translation>(elle avait déjà été déposée : pas renvoyée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="333" />
        <source>Discard this prescription? What you typed has not been sent.</source>
        <translation>Abandonner cette ordonnance ? Ce que vous avez saisi n’a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="334" />
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/totvs_prescription_dialog.py" line="335" />
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>PrescriptionForm</name>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="218" />
        <source>Health insurer code</source>
        <translation>Code de l’opérateur de santé</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="219" />
        <source>Subscriber id (matrícula)</source>
        <translation>Numéro d’adhérent (matrícula)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="220" />
        <source>Professional council</source>
        <translation>Ordre professionnel</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="221" />
        <source>Council number</source>
        <translation>Numéro d’inscription à l’ordre</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="222" />
        <source>Council state (UF)</source>
        <translation>État de l’ordre (UF)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="223" />
        <source>Professional name</source>
        <translation>Nom du professionnel</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="224" />
        <source>Prescription date</source>
        <translation>Date de l’ordonnance</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="225" />
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="226" />
        <source>Medication {n}: table code</source>
        <translation>Médicament {n} : code de la table</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="227" />
        <source>Medication {n}: medication code</source>
        <translation>Médicament {n} : code du médicament</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="228" />
        <source>Medication {n}</source>
        <translation>Médicament {n}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="229" />
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="230" />
        <source>Attachment {n}: link</source>
        <translation>Pièce jointe {n} : lien</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="231" />
        <source>Attachment {n}</source>
        <translation>Pièce jointe {n}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="233" />
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="234" />
        <source>Digits only, as the council registers it (e.g. 334456), without letters or dots.</source>
        <translation>Uniquement des chiffres, comme l’ordre l’enregistre (par exemple 334456), sans lettres ni points.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="237" />
        <source>At most {width} digits.</source>
        <translation>Au plus {width} chiffres.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="238" />
        <source>{value} is not a Brazilian state: choose one of the 27 (SP, RJ, MG, …).</source>
        <translation>{value} n’est pas un État brésilien : choisissez l’un des 27 (SP, RJ, MG, …).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="241" />
        <source>Write the date as YYYY-MM-DD (e.g. 2023-04-03).</source>
        <translation>Écrivez la date sous la forme AAAA-MM-JJ (par exemple 2023-04-03).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="242" />
        <source>{value} does not exist: that month has {days} days.</source>
        <translation>{value} n’existe pas : ce mois a {days} jours.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="243" />
        <source>Cannot be after today ({today}).</source>
        <translation>Ne peut pas être après aujourd’hui ({today}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="244" />
        <source>Add at least one medication (table code and medication code).</source>
        <translation>Ajoutez au moins un médicament (code de la table et code du médicament).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="247" />
        <source>Add at least one link to the prescription's file.</source>
        <translation>Ajoutez au moins un lien vers le fichier de l’ordonnance.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="248" />
        <source>The link contains a space, which a web address cannot hold: copy the address again from the browser's address bar (a space is written %20).</source>
        <translation>Le lien contient une espace, ce qu’une adresse web ne peut pas contenir : copiez de nouveau l’adresse depuis la barre d’adresse du navigateur (une espace s’écrit %20).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="253" />
        <source>Must be a web link starting with https:// (or http://).</source>
        <translation>Doit être un lien web commençant par https:// (ou http://).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="254" />
        <source>Cannot be read: {detail}.</source>
        <translation>Illisible : {detail}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="255" />
        <source>{label}: {message}</source>
        <translation>{label} : {message}</translation>
    </message>
</context>
<context>
    <name>ProvetFilters</name>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="35" />
        <source>'{path}' needs a value.</source>
        <translation>« {path} » attend une valeur.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="36" />
        <source>'{path}' expects a whole number (an id), not '{value}'.</source>
        <translation>« {path} » attend un nombre entier (un identifiant), pas « {value} ».</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="37" />
        <source>'{path}' expects a whole number, not '{value}'.</source>
        <translation>« {path} » attend un nombre entier, pas « {value} ».</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="38" />
        <source>'{path}' expects a number such as 12.50, not '{value}'.</source>
        <translation>« {path} » attend un nombre comme 12,50, pas « {value} ».</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="39" />
        <source>'{path}' expects a finite number, not '{value}'.</source>
        <translation>« {path} » attend un nombre fini, pas « {value} ».</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="40" />
        <source>'{path}' expects true or false, not '{value}'.</source>
        <translation>« {path} » attend oui ou non, pas « {value} ».</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="41" />
        <source>'{path}' needs a time zone: {hint}.</source>
        <translation>« {path} » a besoin d’un fuseau horaire : {hint}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="42" />
        <source>'{path}' expects a date and time with its time zone, {hint}; '{value}' is not one.</source>
        <translation>« {path} » attend une date et une heure avec leur fuseau horaire, {hint} ; « {value} » n’en est pas une.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="45" />
        <source>'{path}' expects a date YYYY-MM-DD, not '{value}'.</source>
        <translation>« {path} » attend une date AAAA-MM-JJ, pas « {value} ».</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="46" />
        <source>'{path}' cannot contain control characters.</source>
        <translation>« {path} » ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="47" />
        <source>'{path}' contains a character that is not text.</source>
        <translation>« {path} » contient un caractère qui n’est pas du texte.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="48" />
        <source>'{method}' only applies to text; '{path}' is not text.</source>
        <translation>« {method} » ne s’applique qu’à du texte ; « {path} » n’en est pas.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="49" />
        <source>'{path}' is true or false: use is, is_not or is_null.</source>
        <translation>« {path} » vaut oui ou non : choisissez « est », « n’est pas » ou « est vide ».</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="50" />
        <source>'{method}' on '{path}' needs two values, from and to (got {count}).</source>
        <translation>« {path}  {method} » demande deux valeurs, de et à (valeurs reçues : {count}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="53" />
        <source>'{method}' does not apply to text ('{path}').</source>
        <translation>« {method} » ne s’applique pas à du texte (« {path} »).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="54" />
        <source>'{method}' on '{path}' needs at least one value.</source>
        <translation>« {path}  {method} » demande au moins une valeur.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="55" />
        <source>A value of '{path}' for '{method}' cannot contain a comma.</source>
        <translation>Une valeur de « {path} » pour « {method} » ne peut pas contenir de virgule.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="56" />
        <source>The filter '{text}' has no value: write FIELD__METHOD=VALUE (e.g. complaint__icontains=vacc).</source>
        <translation>Le filtre « {text} » n’a pas de valeur : écrivez CHAMP__MÉTHODE=VALEUR (par ex. complaint__icontains=vacc).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="60" />
        <source>The filter '{text}' has no method: write FIELD__METHOD=VALUE with a method among {choices}.</source>
        <translation>Le filtre « {text} » n’a pas de méthode : écrivez CHAMP__MÉTHODE=VALEUR avec une méthode parmi {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="64" />
        <source>'{shown}' is not a field of {endpoint} that can be filtered: choose one of {choices}.</source>
        <translation>« {shown} » n’est pas un champ filtrable de {endpoint} : choisissez parmi {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="67" />
        <source>'{shown}' is not a related object, so '{whole}' cannot go further than it.</source>
        <translation>« {shown} » n’est pas un objet lié : « {whole} » ne peut pas aller au-delà.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="70" />
        <source>The filter field '{whole}' is empty.</source>
        <translation>Le champ du filtre « {whole} » est vide.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="71" />
        <source>'{name}' is not a filter method (for '{whole}'): use one of {choices}.</source>
        <translation>« {name} » n’est pas une méthode de filtre (pour « {whole} ») : utilisez l’une de celles-ci : {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="74" />
        <source>'{method}' does not apply to '{path}'.</source>
        <translation>« {method} » ne s’applique pas à « {path} ».</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="75" />
        <source>'{name}' cannot be exposed on {endpoint}: exposable fields are {choices}.</source>
        <translation>« {name} » ne peut pas être développé sur {endpoint} : les champs développables sont {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/filters.py" line="78" />
        <source>'{name}' cannot be exposed on {endpoint}: it has no exposable field.</source>
        <translation>« {name} » ne peut pas être développé sur {endpoint} : aucun champ n’y est développable.</translation>
    </message>
</context>
<context>
    <name>ProvetInbox</name>
    <message>
        <location filename="../../app/integrations/provet/inbox.py" line="50" />
        <source>Received; Passerelle has nothing to fetch for it.</source>
        <translation>Reçue ; Passerelle n’a rien à récupérer pour elle.</translation>
    </message>
</context>
<context>
    <name>ProvetLabels</name>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="35" />
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="36" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="37" />
        <source>Creation date</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="38" />
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="39" />
        <location filename="../../app/ui/provet/labels.py" line="252" />
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="40" />
        <location filename="../../app/ui/provet/labels.py" line="92" />
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="41" />
        <location filename="../../app/ui/provet/labels.py" line="263" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="42" />
        <source>Reason for visit</source>
        <translation>Motif de consultation</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="43" />
        <source>Admission time</source>
        <translation>Heure d’admission</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="44" />
        <source>First entry</source>
        <translation>Première saisie</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="45" />
        <source>Consultation started</source>
        <translation>Début de la consultation</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="46" />
        <source>Consultation finished</source>
        <translation>Fin de la consultation</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="47" />
        <source>Closed on</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="48" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="49" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="50" />
        <location filename="../../app/ui/provet/labels.py" line="258" />
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="51" />
        <source>Veterinarian</source>
        <translation>Vétérinaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="52" />
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="53" />
        <location filename="../../app/ui/provet/labels.py" line="254" />
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="54" />
        <source>Items</source>
        <translation>Actes et produits</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="55" />
        <source>Reporting dimension 1</source>
        <translation>Axe analytique 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="56" />
        <source>Reporting dimension 2</source>
        <translation>Axe analytique 2</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="57" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="58" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="59" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="60" />
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="61" />
        <location filename="../../app/ui/provet/labels.py" line="63" />
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="62" />
        <location filename="../../app/ui/provet/labels.py" line="64" />
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="65" />
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="66" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="67" />
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="68" />
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="69" />
        <source>Species</source>
        <translation>Espèce</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="70" />
        <source>Breed</source>
        <translation>Race</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="71" />
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="72" />
        <source>Deceased</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="73" />
        <source>Invoice number</source>
        <translation>N° de facture</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="74" />
        <source>Invoice date</source>
        <translation>Date de facture</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="75" />
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="76" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="77" />
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="78" />
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="79" />
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="80" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="81" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="82" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="83" />
        <location filename="../../app/ui/provet/labels.py" line="100" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="84" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="85" />
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="89" />
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="90" />
        <source>Consultation items</source>
        <translation>Actes et produits des consultations</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="91" />
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="93" />
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="94" />
        <source>Invoice rows</source>
        <translation>Lignes de facture</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="95" />
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="96" />
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="98" />
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="99" />
        <source>Custom field values</source>
        <translation>Valeurs des champs personnalisés</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="101" />
        <source>Notes (administration)</source>
        <translation>Notes (administration)</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="102" />
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="103" />
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="104" />
        <source>Reminder templates</source>
        <translation>Modèles de rappel</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="105" />
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="106" />
        <source>Imported history</source>
        <translation>Historique importé</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="107" />
        <source>Invoice payments</source>
        <translation>Paiements de factures</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="108" />
        <source>Prepayments</source>
        <translation>Acomptes</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="109" />
        <source>Payment methods</source>
        <translation>Moyens de paiement</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="110" />
        <source>Insurance claims</source>
        <translation>Demandes de prise en charge par l’assurance</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="111" />
        <source>Insurance claim clients</source>
        <translation>Clients des demandes à l’assurance</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="112" />
        <source>Insurance claim patients</source>
        <translation>Patients des demandes à l’assurance</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="113" />
        <source>Site groups</source>
        <translation>Groupes de sites</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="114" />
        <source>User details</source>
        <translation>Détails des utilisateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="115" />
        <source>User groups</source>
        <translation>Groupes d’utilisateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="116" />
        <source>Item lists</source>
        <translation>Listes d’articles</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="117" />
        <source>Catalogue items</source>
        <translation>Articles du catalogue</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="118" />
        <source>Procedures</source>
        <translation>Actes</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="119" />
        <source>Medicines</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="120" />
        <source>Supplies</source>
        <translation>Fournitures</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="121" />
        <source>Foods</source>
        <translation>Aliments</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="122" />
        <source>Laboratory analyses</source>
        <translation>Analyses de laboratoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="123" />
        <source>Laboratory analysis panels</source>
        <translation>Bilans d’analyses de laboratoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="124" />
        <source>Item subgroups</source>
        <translation>Sous-groupes d’articles</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="125" />
        <source>Invoice groups</source>
        <translation>Groupes de facturation</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="126" />
        <source>VAT groups</source>
        <translation>Groupes de TVA</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="127" />
        <source>Text templates</source>
        <translation>Modèles de texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="128" />
        <source>Item templates</source>
        <translation>Modèles d’articles</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="129" />
        <source>Item template items</source>
        <translation>Articles des modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="130" />
        <source>Alternative pricing</source>
        <translation>Tarifs alternatifs</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="131" />
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="132" />
        <source>List items</source>
        <translation>Éléments de liste</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="133" />
        <source>Code lists</source>
        <translation>Listes de codes</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="134" />
        <source>Holding place numbers</source>
        <translation>Numéros d’exploitation</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="135" />
        <source>Stock items</source>
        <translation>Articles en stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="136" />
        <source>Stock levels</source>
        <translation>Niveaux de stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="137" />
        <source>Stock locations</source>
        <translation>Emplacements de stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="138" />
        <source>Stock batches</source>
        <translation>Lots en stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="139" />
        <source>Stock entries</source>
        <translation>Mouvements de stock</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="140" />
        <source>Wholesalers</source>
        <translation>Grossistes</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="141" />
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="142" />
        <source>Order items</source>
        <translation>Lignes de commande</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="144" />
        <source>Imaging modalities</source>
        <translation>Modalités d’imagerie</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="145" />
        <source>Imaging categories</source>
        <translation>Catégories d’imagerie</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="146" />
        <source>Imaging subcategories</source>
        <translation>Sous-catégories d’imagerie</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="147" />
        <source>Target areas</source>
        <translation>Zones ciblées</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="148" />
        <source>Imaging resources</source>
        <translation>Ressources d’imagerie</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="149" />
        <source>Consultation procedures</source>
        <translation>Actes des consultations</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="150" />
        <source>Consultation medicines</source>
        <translation>Médicaments des consultations</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="151" />
        <source>Consultation supplies</source>
        <translation>Fournitures des consultations</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="152" />
        <source>Consultation foods</source>
        <translation>Aliments des consultations</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="153" />
        <source>Consultation analyses</source>
        <translation>Analyses des consultations</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="154" />
        <source>Treatment plans</source>
        <translation>Plans de traitement</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="155" />
        <source>Treatment plan procedures</source>
        <translation>Actes des plans de traitement</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="156" />
        <source>Treatment plan medicines</source>
        <translation>Médicaments des plans de traitement</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="157" />
        <source>Treatment plan supplies</source>
        <translation>Fournitures des plans de traitement</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="158" />
        <source>Treatment plan foods</source>
        <translation>Aliments des plans de traitement</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="159" />
        <source>Estimates</source>
        <translation>Devis</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="160" />
        <source>Estimate items</source>
        <translation>Lignes de devis</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="161" />
        <source>Consultation bundles</source>
        <translation>Forfaits de consultation</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="162" />
        <source>Laboratory referrals</source>
        <translation>Demandes d’analyses au laboratoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="163" />
        <source>Laboratory samples</source>
        <translation>Prélèvements</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="164" />
        <source>Imaging referrals</source>
        <translation>Demandes d’imagerie</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="165" />
        <source>Consultation target areas</source>
        <translation>Zones ciblées des consultations</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="166" />
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="167" />
        <source>Shifts</source>
        <translation>Plages de travail</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="168" />
        <source>Shift types</source>
        <translation>Types de plages de travail</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="169" />
        <source>Appointment reasons</source>
        <translation>Motifs de rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="170" />
        <source>Reason groups</source>
        <translation>Groupes de motifs</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="171" />
        <source>Cancellation reasons</source>
        <translation>Motifs d’annulation</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="172" />
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="173" />
        <source>Triage categories</source>
        <translation>Catégories de triage</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="174" />
        <source>Triage entries</source>
        <translation>Étapes de triage</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="175" />
        <source>Veterinarians’ availability</source>
        <translation>Disponibilités des vétérinaires</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="176" />
        <source>Online booking clients</source>
        <translation>Clients de la prise de rendez-vous en ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="177" />
        <source>Online booking patients</source>
        <translation>Patients de la prise de rendez-vous en ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="183" />
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="184" />
        <source>is not</source>
        <translation>n’est pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="185" />
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="186" />
        <source>not between</source>
        <translation>hors de l’intervalle</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="187" />
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="188" />
        <source>does not contain</source>
        <translation>ne contient pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="189" />
        <source>contains (same capitals)</source>
        <translation>contient (mêmes majuscules)</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="190" />
        <source>does not contain (same capitals)</source>
        <translation>ne contient pas (mêmes majuscules)</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="191" />
        <source>is one of</source>
        <translation>est l’un de</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="192" />
        <source>is none of</source>
        <translation>n’est aucun de</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="193" />
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="196" />
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="197" />
        <source>on or before</source>
        <translation>jusqu’au</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="198" />
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="199" />
        <source>on or after</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="202" />
        <source>less than</source>
        <translation>inférieur à</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="203" />
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="204" />
        <source>more than</source>
        <translation>supérieur à</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="205" />
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="220" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="221" />
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="222" />
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="223" />
        <source>Finalized</source>
        <translation>Finalisée</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="224" />
        <source>Invoicing</source>
        <translation>En facturation</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="225" />
        <source>Voided</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="232" />
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="233" />
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="234" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="235" />
        <source>Admitted</source>
        <translation>Admise</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="237" />
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="238" />
        <source>Provet status code {code}</source>
        <translation>Code de statut Provet : {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="239" />
        <source>Status {code}</source>
        <translation>Statut {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="240" />
        <source>{what} no. {id}</source>
        <translation>{what} n° {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="241" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="242" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="243" />
        <source>no. {id}</source>
        <translation>n° {id}</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="249" />
        <source>Accounting report</source>
        <translation>Rapport comptable</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="250" />
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="251" />
        <source>Appointment reminder</source>
        <translation>Rappel de rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="253" />
        <source>Communication preference</source>
        <translation>Préférence de communication</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="255" />
        <source>Consultation item</source>
        <translation>Acte ou produit de consultation</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="143" />
        <location filename="../../app/ui/provet/labels.py" line="256" />
        <source>Imaging worklist</source>
        <translation>Liste de travail d’imagerie</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="257" />
        <source>Insurance claim</source>
        <translation>Demande de prise en charge par l’assurance</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="259" />
        <source>Invoice payment</source>
        <translation>Paiement de facture</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="260" />
        <source>Laboratory referral</source>
        <translation>Demande d’analyse au laboratoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="261" />
        <source>Catalogue item</source>
        <translation>Article du catalogue</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="262" />
        <source>Catalogue item (by type)</source>
        <translation>Article du catalogue (par type)</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="264" />
        <source>Prepayment</source>
        <translation>Acompte</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="265" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="269" />
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="270" />
        <source>Being processed</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="271" />
        <source>Done</source>
        <translation>Traité</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/labels.py" line="272" />
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
</context>
<context>
    <name>ProvetTab</name>
    <message>
        <location filename="../../app/ui/provet/tab.py" line="24" />
        <source>Browse</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/tab.py" line="25" />
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/tab.py" line="26" />
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/provet_events.py" line="18" />
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/provet_events.py" line="19" />
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/provet_events.py" line="20" />
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/provet_events.py" line="21" />
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/provet_events.py" line="23" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/provet_events.py" line="27" />
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/provet_events.py" line="29" />
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="488" />
        <source>Set the visit aside</source>
        <translation>Mettre la visite de côté</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="489" />
        <source>Why is visit {id} not billed now?</source>
        <translation>Pourquoi la visite {id} n’est-elle pas facturée maintenant ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="493" />
        <source>A reason is required, e.g. breeder to call back</source>
        <translation>Une raison est obligatoire, p. ex. éleveur à rappeler</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="502" />
        <source>Set aside</source>
        <translation>Mettre de côté</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="503" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RetryPreviewDialog</name>
    <message>
        <location filename="../../app/ui/attention_view.py" line="54" />
        <source>Retry the selected items</source>
        <translation>Réessayer les éléments sélectionnés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attention_view.py" line="58" />
        <source>%n item(s) will be sent again:</source>
        <translation><numerusform>%n élément sera renvoyé :</numerusform><numerusform>%n éléments seront renvoyés :</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="66" />
        <source>Left alone (they need a person):</source>
        <translation>Laissés de côté (ils attendent une personne) :</translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="74" />
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="26" />
        <source>Use a shared clinic database</source>
        <translation>Utiliser une base partagée par la clinique</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="29" />
        <source>Several desks of one clinic share one PostgreSQL database, so that a Vétélevage batch is imported once and every desk sees the same visits. Never put the SQLite file on a network share.</source>
        <translation>Les postes d’une même clinique partagent une base PostgreSQL : un lot Vétélevage est importé une seule fois et tous les postes voient les mêmes visites. Ne mettez jamais le fichier SQLite sur un partage réseau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="40" />
        <source>e.g. postgresql+psycopg://passerelle@server/clinic</source>
        <translation>ex. postgresql+psycopg://passerelle@serveur/clinique</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="43" />
        <source>kept in the keyring</source>
        <translation>gardé dans le trousseau</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="44" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="45" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="50" />
        <source>Copy this desk's data into it (once)</source>
        <translation>Y copier les données de ce poste (une seule fois)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="52" />
        <source>Test and preview</source>
        <translation>Tester et prévisualiser</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="53" />
        <source>Use this database</source>
        <translation>Utiliser cette base</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="55" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="74" />
        <source>Connected to PostgreSQL {v}; the schema is ready.</source>
        <translation>Connecté à PostgreSQL {v} ; le schéma est prêt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="75" />
        <source>This desk: {n} rows; shared database: {m} rows.</source>
        <translation>Ce poste : {n} lignes ; base partagée : {m} lignes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="81" />
        <source>The shared database already holds data ({who}): nothing will be copied.</source>
        <translation>La base partagée contient déjà des données ({who}) : rien ne sera copié.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="82" />
        <source>this clinic's</source>
        <translation>de cette clinique</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="82" />
        <source>another clinic's</source>
        <translation>d’une autre clinique</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="92" />
        <source>Testing the shared database</source>
        <translation>Test de la base partagée</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="118" />
        <source>Done. Restart Passerelle to work on the shared database.</source>
        <translation>Terminé. Redémarrez Passerelle pour travailler sur la base partagée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="121" />
        <source>Preparing the shared database</source>
        <translation>Préparation de la base partagée</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shared_database_dialog.py" line="139" />
        <location filename="../../app/ui/screenshots.py" line="121" />
        <source>Use a shared clinic database…</source>
        <translation>Utiliser une base partagée par la clinique…</translation>
    </message>
</context>
<context>
    <name>StatusPicker</name>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="68" />
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="68" />
        <source>Status: any</source>
        <translation>Statut : tous</translation>
    </message>
</context>
<context>
    <name>StorageDialog</name>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="59" />
        <source>Storage and backups</source>
        <translation>Stockage et sauvegardes</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="61" />
        <source>Measuring…</source>
        <translation>Mesure en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/storage_panel.py" line="66" />
        <source>Raw data older than %n day(s) is pruned every day; business records are kept.</source>
        <translation><numerusform>Les données brutes de plus de %n jour sont élaguées chaque jour ; les données métier sont gardées.</numerusform><numerusform>Les données brutes de plus de %n jours sont élaguées chaque jour ; les données métier sont gardées.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="83" />
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="84" />
        <source>&amp;Prune old raw data now</source>
        <translation>É&amp;laguer les anciennes données brutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="85" />
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="96" />
        <source>This desk uses the clinic's shared PostgreSQL database: its backups are the database server's job (pg_dump).</source>
        <translation>Ce poste utilise la base PostgreSQL partagée de la clinique : ses sauvegardes sont l’affaire du serveur de base de données (pg_dump).</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="122" />
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="123" />
        <source>Database journal (WAL)</source>
        <translation>Journal de la base (WAL)</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="124" />
        <source>Free space inside the database (given back little by little)</source>
        <translation>Espace libre dans la base (rendu petit à petit)</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="125" />
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="126" />
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="127" />
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="131" />
        <source>{name}: &lt;b&gt;{size}&lt;/b&gt;</source>
        <translation>{name} : &lt;b&gt;{size}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="148" />
        <source>No backup yet.</source>
        <translation>Pas encore de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="185" />
        <source>Backing up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="187" />
        <source>Backup written: {name}</source>
        <translation>Sauvegarde écrite : {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/storage_panel.py" line="196" />
        <source>Old raw data pruned: %n record(s).</source>
        <translation><numerusform>Anciennes données brutes élaguées : %n enregistrement.</numerusform><numerusform>Anciennes données brutes élaguées : %n enregistrements.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="238" />
        <source>Database restored from {name}; the previous one is kept as {kept}. Restart Passerelle.</source>
        <translation>Base restaurée depuis {name} ; la précédente est gardée sous {kept}. Redémarrez Passerelle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="194" />
        <source>Pruning</source>
        <translation>Nettoyage</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="40" />
        <source>No backup has been made yet and the last attempt failed. Back up now in Storage.</source>
        <translation>Aucune sauvegarde n’a encore été faite et la dernière tentative a échoué. Sauvegardez maintenant dans Stockage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="45" />
        <source>No backup for %n day(s), since {when}; one is due every {hours} h. Back up now in Storage.</source>
        <translation>Aucune sauvegarde depuis %n jour (la dernière : {when}) ; une est prévue toutes les {hours} h. Sauvegardez maintenant dans Stockage.|Aucune sauvegarde depuis %n jours (la dernière : {when}) ; une est prévue toutes les {hours} h. Sauvegardez maintenant dans Stockage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="150" />
        <source>Last backup: {when} ({name})</source>
        <translation>Dernière sauvegarde : {when} ({name})</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="154" />
        <source>Last backup: {when}</source>
        <translation>Dernière sauvegarde : {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="156" />
        <source>Scheduled backups are off.</source>
        <translation>Les sauvegardes planifiées sont désactivées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="161" />
        <source>The scheduled backup of {when} failed: {reason}</source>
        <translation>La sauvegarde planifiée du {when} a échoué : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="201" />
        <location filename="../../app/ui/storage_panel.py" line="212" />
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="201" />
        <source>Backups (*.db)</source>
        <translation>Sauvegardes (*.db)</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="214" />
        <source>Replace the current database with {name}? The current one is kept in the backups folder first. Restart Passerelle afterwards.</source>
        <translation>Remplacer la base actuelle par {name} ? L’actuelle est d’abord gardée dans le dossier des sauvegardes. Redémarrez Passerelle ensuite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/storage_panel.py" line="235" />
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
</context>
<context>
    <name>TotvsCopart</name>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="66" />
        <source>Employee</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="67" />
        <source>Employee name</source>
        <translation>Nom du salarié</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="68" />
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="70" />
        <source>Degree of dependency</source>
        <translation>Degré de dépendance</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="71" />
        <source>Reference month</source>
        <translation>Mois de référence</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="74" />
        <source>Occurrence</source>
        <translation>Occurrence</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="77" />
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="78" />
        <source>Provider CNPJ</source>
        <translation>CNPJ du prestataire</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="81" />
        <source>Service type</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="86" />
        <source>Contract type</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="89" />
        <source>Co-participation</source>
        <translation>Co-participation</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="90" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_copart.py" line="91" />
        <source>Branch</source>
        <translation>Établissement</translation>
    </message>
</context>
<context>
    <name>TotvsPrescriptions</name>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="19" />
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="20" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="21" />
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="22" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="23" />
        <source>Valid from</source>
        <translation>Valide du</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="24" />
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="25" />
        <source>Authorized</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="26" />
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="27" />
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="28" />
        <source>Council number</source>
        <translation>Numéro d’inscription à l’ordre</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/totvs_prescriptions.py" line="29" />
        <source>UF</source>
        <translation>UF</translation>
    </message>
</context>
<context>
    <name>TotvsRhExport</name>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="51" />
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="52" />
        <source>Branch</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="53" />
        <source>Registration</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="54" />
        <source>Employee</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="56" />
        <source>Dependant code</source>
        <translation>Code de l’ayant droit</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="59" />
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="62" />
        <source>Degree of dependency</source>
        <translation>Lien avec le salarié</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="66" />
        <source>Occurrence date</source>
        <translation>Date de l’acte</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="73" />
        <source>Reference month</source>
        <translation>Mois de référence</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="78" />
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="80" />
        <source>Provider name</source>
        <translation>Nom du prestataire</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="83" />
        <source>Provider CNPJ</source>
        <translation>CNPJ du prestataire</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="85" />
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="87" />
        <source>Contract type</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="90" />
        <source>Service type</source>
        <translation>Type de prise en charge</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="92" />
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="93" />
        <source>ICD</source>
        <translation>CIM</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="94" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="97" />
        <source>Co-participation amount</source>
        <translation>Montant de la participation</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="102" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="103" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>TotvsRhTab</name>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="44" />
        <location filename="../../app/ui/totvs_rh_tab.py" line="246" />
        <source>Full load</source>
        <translation>Chargement complet</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="45" />
        <source>Load changes</source>
        <translation>Charger les modifications</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="48" />
        <source>TOTVS selects rows by payment date (datemodified): asks for the rows paid since the overlap (one day by default) before the last successful load, in the TOTVS server's time; rows received again are kept once.</source>
        <translation>TOTVS sélectionne les lignes par date de paiement (datemodified) : demande les lignes payées depuis le chevauchement (un jour par défaut) avant le dernier chargement réussi, à l’heure du serveur TOTVS ; une ligne reçue de nouveau est gardée une fois.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="56" />
        <source>Re-sync since</source>
        <translation>Resynchroniser depuis</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="58" />
        <source>Rows paid on or after this date and time, in the TOTVS server's time.</source>
        <translation>Lignes payées à partir de cette date et heure, à l’heure du serveur TOTVS.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="60" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="84" />
        <source>Employee (code or name)</source>
        <translation>Salarié (code ou nom)</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="85" />
        <source>Dependent</source>
        <translation>Ayant droit</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="85" />
        <source>Dependent (code or name)</source>
        <translation>Ayant droit (code ou nom)</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="86" />
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="86" />
        <source>Provider (code or name)</source>
        <translation>Prestataire (code ou nom)</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="87" />
        <source>Provider CNPJ</source>
        <translation>CNPJ du prestataire</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="89" />
        <source>Any service type</source>
        <translation>Tout type de service</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="93" />
        <source>Any contract type</source>
        <translation>Tout type de contrat</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="97" />
        <source>Reference month</source>
        <translation>Mois de référence</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="219" />
        <source>No row shown: correct the filter above.</source>
        <translation>Aucune ligne affichée : corrigez le filtre ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="220" />
        <source>Correct the filter above to see its rows.</source>
        <translation>Corrigez le filtre ci-dessus pour voir ses lignes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="223" />
        <source>Reading the rows…</source>
        <translation>Lecture des lignes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/totvs_rh_tab.py" line="228" />
        <source>%Ln row(s)</source>
        <translation><numerusform>%Ln ligne</numerusform><numerusform>%Ln lignes</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="242" />
        <source>No row matches the filter above.</source>
        <translation>Aucune ligne ne correspond au filtre ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="245" />
        <source>No co-participation stored yet: load it from TOTVS RH.</source>
        <translation>Aucune coparticipation enregistrée pour l’instant : chargez-la depuis TOTVS RH.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/totvs_rh_tab.py" line="257" />
        <source>%Ln row(s) shown; the rest could not be read.</source>
        <translation><numerusform>%Ln ligne affichée ; la suite n’a pas pu être lue.</numerusform><numerusform>%Ln lignes affichées ; la suite n’a pas pu être lue.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="259" />
        <source>No row shown: the rows could not be read.</source>
        <translation>Aucune ligne affichée : les lignes n’ont pas pu être lues.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="347" />
        <source>Asking TOTVS RH for the first page…</source>
        <translation>Demande de la première page à TOTVS RH…</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="365" />
        <source>%1/%2 (%3 of %4): %5 rows received</source>
        <translation>%1/%2 (%3 sur %4) : %5 lignes reçues</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="379" />
        <source>Received %1 rows: %2 new or changed, %3 already stored.</source>
        <translation>%1 lignes reçues : %2 nouvelles ou modifiées, %3 déjà enregistrées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="449" />
        <source>No row matches the filter: nothing to export, no file was written.</source>
        <translation>Aucune ligne ne correspond au filtre : rien à exporter, aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="454" />
        <source>%1 rows exported to %2 in the folder %3.</source>
        <translation>%1 lignes exportées dans %2, dossier %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="98" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="137" />
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="138" />
        <source>Branch</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="84" />
        <location filename="../../app/ui/totvs_rh_tab.py" line="139" />
        <source>Employee</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="140" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="141" />
        <location filename="../../app/ui/totvs_rh_tab.py" line="148" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="147" />
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="277" />
        <source>Total co-participation: R$ %1</source>
        <translation>Total de la co-participation : %1 R$</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="315" />
        <source>Loading co-participation</source>
        <translation>Chargement de la co-participation</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="394" />
        <source>Cancelled: the pages loaded are kept; load again to resume.</source>
        <translation>Annulé : les pages chargées sont gardées ; relancez le chargement pour reprendre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="407" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="407" />
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV, séparé par des points-virgules (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="408" />
        <source>Export co-participation</source>
        <translation>Exporter la co-participation</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_rh_tab.py" line="463" />
        <source>Exporting co-participation</source>
        <translation>Export de la co-participation</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="637" />
        <source>Reference month must be YYYYMM (e.g. 202501).</source>
        <translation>Le mois de référence s’écrit AAAAMM (par ex. 202501).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="641" />
        <source>Unknown service type.</source>
        <translation>Type de prestation inconnu.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="643" />
        <source>Unknown contract type.</source>
        <translation>Type de contrat inconnu.</translation>
    </message>
</context>
<context>
    <name>TotvsSaudeTab</name>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="89" />
        <source>Subscriber id, e.g. %1</source>
        <translation>Identifiant de l’adhérent, par ex. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="92" />
        <source>Medication code</source>
        <translation>Code du médicament</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="94" />
        <source>Valid and expired</source>
        <translation>Valides et expirées</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="95" />
        <source>Valid</source>
        <translation>Valides</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="96" />
        <source>Expired</source>
        <translation>Expirées</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="97" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="99" />
        <location filename="../../app/ui/totvs_saude_tab.py" line="183" />
        <source>New prescription…</source>
        <translation>Nouvelle prescription…</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="100" />
        <source>Subscriber</source>
        <translation>Adhérent</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="124" />
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="125" />
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="126" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="127" />
        <source>Requested</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="128" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="129" />
        <source>Repaid</source>
        <translation>Remboursé le</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="133" />
        <source>Refunds of the selected prescription</source>
        <translation>Remboursements de la prescription sélectionnée</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="143" />
        <source>Select a prescription to see its refunds.</source>
        <translation>Sélectionnez une prescription pour voir ses remboursements.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="147" />
        <source>Type the subscriber id (matrícula) above, then press Search.</source>
        <translation>Saisissez le n° d’adhérent (matrícula) ci-dessus, puis cliquez sur Rechercher.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="175" />
        <source>Type the subscriber id (matrícula) first.</source>
        <translation>Saisissez d’abord le numéro d’adhérent (matrícula).</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="180" />
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="182" />
        <source>No prescription for this subscriber with these filters.</source>
        <translation>Aucune prescription pour cet adhérent avec ces filtres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/totvs_saude_tab.py" line="224" />
        <source>%n shown; the rest could not be read.</source>
        <translation><numerusform>%n affichée ; la suite n’a pas pu être lue.</numerusform><numerusform>%n affichées ; la suite n’a pas pu être lue.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="226" />
        <source>No prescription shown: the search failed.</source>
        <translation>Aucune prescription affichée : la recherche a échoué.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="229" />
        <source>The search failed: see the message above.</source>
        <translation>La recherche a échoué : voir le message ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="235" />
        <source>%1 shown, %2 more on scroll.</source>
        <translation>%1 affichées, %2 de plus en faisant défiler.</translation>
    </message>
    <message>
        <location filename="../../app/ui/totvs_saude_tab.py" line="249" />
        <source>No refund for this prescription yet.</source>
        <translation>Aucun remboursement pour cette prescription pour l’instant.</translation>
    </message>
</context>
<context>
    <name>UnmappedPanel</name>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="27" />
        <source>Map each product once: every waiting visit gets its billing line at once. Select a product and press Enter. Quantities count waiting visits only.</source>
        <translation>Associez chaque produit une fois : chaque visite en attente reçoit aussitôt sa ligne de facturation. Sélectionnez un produit et appuyez sur Entrée. Les quantités ne comptent que les visites en attente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="36" />
        <source>Vétélevage product</source>
        <translation>Produit Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="37" />
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="38" />
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="38" />
        <source>none (clinic-specific)</source>
        <translation>aucun (propre à la clinique)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="39" />
        <source>Waiting visits</source>
        <translation>Visites en attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="40" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="42" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="45" />
        <source>left unmapped on purpose: {note}</source>
        <translation>laissé sans correspondance volontairement : {note}</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="47" />
        <source>left unmapped on purpose</source>
        <translation>laissé sans correspondance volontairement</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/unmapped_panel.py" line="61" />
        <source>No product to map: every waiting visit has its clinic products.</source>
        <translation>Aucun produit à associer : chaque visite en attente a ses produits de la clinique.</translation>
    </message>
</context>
<context>
    <name>VetelevageMapping</name>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="116" />
        <source>same GTIN</source>
        <translation>même GTIN</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="117" />
        <source>same substance and strength</source>
        <translation>même substance et même dosage</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="118" />
        <source>same substance, other strength or form</source>
        <translation>même substance, autre dosage ou forme</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="119" />
        <source>name only</source>
        <translation>nom seulement</translation>
    </message>
</context>
<context>
    <name>VetelevageTab</name>
    <message>
        <location filename="../../app/ui/vetelevage/widgets.py" line="28" />
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/widgets.py" line="29" />
        <source>Needs mapping</source>
        <translation>À associer</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/widgets.py" line="30" />
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/widgets.py" line="31" />
        <source>Committed</source>
        <translation>Facturée</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/widgets.py" line="32" />
        <source>Set aside</source>
        <translation>Mise de côté</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="31" />
        <source>Import visits now</source>
        <translation>Importer les visites</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="33" />
        <source>Refresh product dictionary</source>
        <translation>Actualiser le dictionnaire des produits</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="34" />
        <source>Open my Vétélevage account</source>
        <translation>Ouvrir mon compte Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="37" />
        <source>The Vétélevage account to open</source>
        <translation>Le compte Vétélevage à ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="54" />
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="55" />
        <location filename="../../app/ui/vetelevage/tab.py" line="95" />
        <source>Products to map</source>
        <translation>Produits à associer</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="56" />
        <source>Mappings</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="57" />
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="58" />
        <source>Acts</source>
        <translation>Actes</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="59" />
        <source>Export and reconciliation</source>
        <translation>Export et rapprochement</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="98" />
        <source>{n} to review</source>
        <translation>{n} à vérifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="99" />
        <source>{n} need a mapping</source>
        <translation>{n} sans correspondance</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="100" />
        <source>{n} ready</source>
        <translation>{n} prêtes</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="103" />
        <source>{n} unreadable, held</source>
        <translation>{n} illisibles, retenues</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="128" />
        <source>fetching the batch</source>
        <translation>récupération du lot</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="133" />
        <source>{compte}: {new} new visit(s), {known} already known{held}.</source>
        <translation>Compte {compte} — nouvelles visites : {new}, déjà connues : {known}{held}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="137" />
        <source>, {n} held for review</source>
        <translation>, retenues pour vérification : {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="141" />
        <source>Nothing to import.</source>
        <translation>Rien à importer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="145" />
        <source>Importing Vétélevage visits</source>
        <translation>Import des visites Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="155" />
        <source>Refreshing the product dictionary</source>
        <translation>Actualisation du dictionnaire des produits</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="158" />
        <source>Dictionary up to date ({n} products changed).</source>
        <translation>Dictionnaire à jour ({n} produits modifiés).</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="175" />
        <source>Listing the Vétélevage accounts</source>
        <translation>Liste des comptes Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="182" />
        <source>Opening Vétélevage</source>
        <translation>Ouverture de Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="196" />
        <source>Choose the account in the list beside the button, then open it.</source>
        <translation>Choisissez le compte dans la liste à côté du bouton, puis ouvrez-le.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/tab.py" line="199" />
        <source>No active Vétélevage account is linked.</source>
        <translation>Aucun compte Vétélevage actif n’est lié.</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="113" />
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="117" />
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="119" />
        <source>Breeder, vet, cheptel or visit id</source>
        <translation>Éleveur, vétérinaire, cheptel ou n° de visite</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="126" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="128" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="67" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="68" />
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="69" />
        <source>Breeder</source>
        <translation>Éleveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="70" />
        <source>Vet</source>
        <translation>Vétérinaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="72" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="144" />
        <source>&lt;b&gt;Acts and products&lt;/b&gt;</source>
        <translation>&lt;b&gt;Actes et produits&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="147" />
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="166" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="148" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="149" />
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="170" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="150" />
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="171" />
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="152" />
        <source>Clinic item</source>
        <translation>Article de la clinique</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="153" />
        <source>— not mapped —</source>
        <translation>— sans correspondance —</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="162" />
        <source>&lt;b&gt;Billing lines (preview)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lignes de facturation (aperçu)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="169" />
        <source>Clinic code</source>
        <translation>Code clinique</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="172" />
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="173" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="181" />
        <source>Commit to billing</source>
        <translation>Valider en facturation</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="183" />
        <source>Write the billing lines once (Ctrl+Enter)</source>
        <translation>Écrire les lignes de facturation, une seule fois (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="184" />
        <source>Set aside…</source>
        <translation>Mettre de côté…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="185" />
        <source>Put back</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="186" />
        <source>Map product…</source>
        <translation>Associer le produit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="187" />
        <source>Change mapping…</source>
        <translation>Changer la correspondance…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="190" />
        <source>Bill the selected product as another clinic product: the lines that change are shown first; committed visits stay as billed.</source>
        <translation>Facturer le produit sélectionné comme un autre produit de la clinique : les lignes qui changent sont montrées d’abord ; les visites facturées restent telles quelles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="194" />
        <source>Post a correction</source>
        <translation>Passer une correction</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="197" />
        <source>Bill the difference between what was committed and what the visit gives now (new mappings, prices): the first lines stay as they were.</source>
        <translation>Facturer la différence entre ce qui a été validé et ce que donne la visite maintenant (nouvelles correspondances, prix) : les premières lignes restent telles quelles.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="224" />
        <source>Correct the period above to see its visits.</source>
        <translation>Corrigez la période ci-dessus pour voir ses visites.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="255" />
        <source>No visit matches these filters.</source>
        <translation>Aucune visite ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="255" />
        <source>Show every visit</source>
        <translation>Afficher toutes les visites</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="259" />
        <source>No visit in this period yet: import them from Vétélevage.</source>
        <translation>Aucune visite sur cette période pour l’instant : importez-les depuis Vétélevage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="260" />
        <source>Import visits now</source>
        <translation>Importer les visites maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="327" />
        <source>Select a visit to review it.</source>
        <translation>Sélectionnez une visite pour la vérifier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="336" />
        <source>&lt;b&gt;{id}&lt;/b&gt; — {date} — {breeder} ({cheptel}) — {vet} — {species}</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; — {date} — {breeder} ({cheptel}) — {vet} — {species}</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="147" />
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="167" />
        <source>act</source>
        <translation>acte</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="147" />
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="167" />
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="348" />
        <source>Set aside: {reason}</source>
        <translation>Mise de côté : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="354" />
        <source>Committed on {when} by {who}: {total} € excl. VAT.</source>
        <translation>Facturée le {when} par {who} : {total} € HT.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="363" />
        <source>Total: {total} € excl. VAT</source>
        <translation>Total : {total} € HT</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="422" />
        <source>%n correction line(s) written.</source>
        <translation><numerusform>%n ligne de correction écrite.</numerusform><numerusform>%n lignes de correction écrites.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/vetelevage/visits_panel.py" line="424" />
        <source>Nothing to correct: the billed lines match the visit.</source>
        <translation>Rien à corriger : les lignes facturées correspondent à la visite.</translation>
    </message>
</context>
<context>
    <name>WebhooksPage</name>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="43" />
        <source>Receive webhooks on this computer</source>
        <translation>Recevoir les webhooks sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="44" />
        <source>Pending and failed only</source>
        <translation>En attente et en échec seulement</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="45" />
        <source>Retry failed</source>
        <translation>Réessayer les échecs</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="46" />
        <source>Process now</source>
        <translation>Traiter maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="47" />
        <source>Catch up now</source>
        <translation>Rattraper maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="58" />
        <source>Subscribed in Provet (Settings › Integrations › Webhooks)</source>
        <translation>Abonnements dans Provet (Settings › Integrations › Webhooks)</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="64" />
        <source>whole organisation</source>
        <translation>toute l’organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="67" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="68" />
        <source>Copy the receiver address</source>
        <translation>Copier l’adresse de réception</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="71" />
        <source>Department:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="132" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="133" />
        <source>Last event: %1 · last poll: %2</source>
        <translation>Dernier événement : %1 · dernière interrogation : %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="138" />
        <source>nothing heard for %1 minutes</source>
        <translation>rien reçu depuis %1 minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="142" />
        <source>Showing the first {shown} of {total}.</source>
        <translation>Affichage : les {shown} premiers sur {total}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="151" />
        <source>Set a webhook token in Connections first.</source>
        <translation>Définissez d’abord un jeton de webhook dans Connexions.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="186" />
        <source>Subscriptions saved.</source>
        <translation>Abonnements enregistrés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="199" />
        <source>The receiver address is in the clipboard: paste it in Provet's webhook settings.</source>
        <translation>L’adresse de réception est dans le presse-papiers : collez-la dans les réglages de webhooks de Provet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/provet/webhooks_page.py" line="208" />
        <source>%n event(s) queued again.</source>
        <translation><numerusform>%n événement remis en file.</numerusform><numerusform>%n événements remis en file.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="220" />
        <source>Provet Cloud: catch up</source>
        <translation>Provet Cloud : rattrapage</translation>
    </message>
    <message>
        <location filename="../../app/ui/provet/webhooks_page.py" line="222" />
        <source>Provet Cloud: notifications</source>
        <translation>Provet Cloud : notifications</translation>
    </message>
</context>
<context>
    <name>_JobRow</name>
    <message>
        <location filename="../../app/ui/job_status.py" line="28" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message numerus="yes">
        <location filename="../../app/ops/alerts.py" line="115" />
        <source>%n item(s) wait for a person in {name}.</source>
        <translation><numerusform>%n élément attend une personne dans {name}.</numerusform><numerusform>%n éléments attendent une personne dans {name}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ops/alerts.py" line="116" />
        <source>{name} has been failing for {minutes} minutes: {why}</source>
        <translation>{name} est en échec depuis {minutes} minutes : {why}</translation>
    </message>
    <message>
        <location filename="../../app/ops/alerts.py" line="117" />
        <source>No Vétélevage visits imported for {days} working days.</source>
        <translation>Aucune visite Vétélevage importée depuis {days} jours ouvrés.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../app/cli_language.py" line="59" />
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="60" />
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="61" />
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="62" />
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="63" />
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s : erreur : %(message)s</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="64" />
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="65" />
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide : %(value)r (valeurs possibles : %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="66" />
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide : %(value)r</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="67" />
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires : %s</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="68" />
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="69" />
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="70" />
        <source>expected one argument</source>
        <translation>un argument est attendu</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="71" />
        <source>expected at most one argument</source>
        <translation>au plus un argument est attendu</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="72" />
        <source>expected at least one argument</source>
        <translation>au moins un argument est attendu</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="73" />
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="74" />
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="75" />
        <source>not allowed with argument %s</source>
        <translation>interdit avec l’argument %s</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="76" />
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré : %r</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="77" />
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut désigner %(matches)s</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="78" />
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>commande inconnue %(parser_name)r (possibles : %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../app/cli_language.py" line="79" />
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>impossible d’ouvrir « %(filename)s » : %(error)s</translation>
    </message>
</context>
<context>
    <name>attention</name>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="365" />
        <source>The Omnidoc request {request} is not complete: {error}</source>
        <translation>La demande Omnidoc {request} n’est pas complète : {error}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="434" />
        <source>The Omnidoc draft {request} is ready with its files: open it to finish the request.</source>
        <translation>Le brouillon Omnidoc {request} est prêt avec ses fichiers : ouvrez-le pour terminer la demande.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/processing.py" line="132" />
        <source>A Provet Cloud notification could not be processed after {attempts} attempts: {reason}</source>
        <translation>Une notification Provet Cloud n’a pas pu être traitée après {attempts} tentatives : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="409" />
        <source>The co-participation load of {scope} stopped at page {page}: {error} Load again: it resumes where it stopped.</source>
        <translation>Le chargement de la co-participation de {scope} s’est arrêté à la page {page} : {error} Relancez-le : il reprend là où il s’est arrêté.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_saude.py" line="303" />
        <source>No answer while filing the prescription of {date}: send it again, Passerelle first checks whether TOTVS already has it.</source>
        <translation>Pas de réponse au dépôt de la prescription du {date} : renvoyez-la, Passerelle vérifie d’abord si TOTVS l’a déjà.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_saude.py" line="308" />
        <source>TOTVS Saúde was unavailable while filing the prescription of {date}: send it again, Passerelle first checks whether TOTVS already has it.</source>
        <translation>TOTVS Saúde était indisponible pendant l’envoi de l’ordonnance du {date} : renvoyez-la, Passerelle vérifie d’abord si TOTVS l’a déjà.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/acts.py" line="186" />
        <source>Vétélevage refused the acts: {error}</source>
        <translation>Vétélevage a refusé les actes : {error}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/importing.py" line="208" />
        <source>Import failed: {error}</source>
        <translation>L’import a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/ledger.py" line="293" />
        <source>Visit {visit} was changed in Vétélevage after it was billed: review it and post a correction if needed.</source>
        <translation>La visite {visit} a été modifiée dans Vétélevage après sa facturation : vérifiez-la et passez une correction si besoin.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="330" />
        <source>Visit {visit} waits for your review: {reason}</source>
        <translation>La visite {visit} attend votre vérification : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="415" />
        <source>Visits waiting for a clinic product for {product} ({code}): {count}.</source>
        <translation>Visites en attente d’un produit de la clinique pour {product} ({code}) : {count}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="439" />
        <source>A visit of batch {lot} could not be read and is held: {reason}</source>
        <translation>Une visite du lot {lot} n’a pas pu être lue et est retenue : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/ledger.py" line="297" />
        <source>The mapping of {product} changed after visit {visit} was billed: review it and post a correction if needed.</source>
        <translation>La correspondance de {product} a changé après la facturation de la visite {visit} : revoyez-la et passez une correction si besoin.</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="63" />
        <source>{what} (attempt {n})</source>
        <translation>{what} (tentative {n})</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="64" />
        <source>{what} (attempt {n}, after giving up)</source>
        <translation>{what} (tentative {n}, après abandon)</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="65" />
        <source>{what}: already handled</source>
        <translation>{what} : déjà traité</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="66" />
        <source>{what}: needs a person ({action})</source>
        <translation>{what} : demande une personne ({action})</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="69" />
        <source>reconnect in Connections</source>
        <translation>se reconnecter dans Connexions</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="70" />
        <source>map the product</source>
        <translation>associer le produit</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="71" />
        <source>a review</source>
        <translation>une vérification</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="72" />
        <source>open it</source>
        <translation>l’ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="74" />
        <source>a decision</source>
        <translation>une décision</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="75" />
        <source>{what}: cannot be retried from here</source>
        <translation>{what} : ne peut pas être relancé d’ici</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="76" />
        <source>cannot be retried from here</source>
        <translation>ne peut pas être réessayé d’ici</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="64" />
        <source>{error}</source>
        <translation>{error}</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="65" />
        <source>{error} ({detail})</source>
        <translation>{error} ({detail})</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="203" />
        <source>{integration} — {what}</source>
        <translation>{integration} — {what}</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="205" />
        <source>notification no. {ref} not processed</source>
        <translation>notification n° {ref} non traitée</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="206" />
        <source>import of the visits failed</source>
        <translation>import des visites en échec</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="207" />
        <source>list of billable acts refused</source>
        <translation>liste des actes facturables refusée</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="208" />
        <source>visit {ref} to review</source>
        <translation>visite {ref} à vérifier</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="209" />
        <source>product {product} to map</source>
        <translation>produit {product} à associer</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="210" />
        <source>a visit of batch {lot} held</source>
        <translation>une visite du lot {lot} retenue</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="211" />
        <source>billed visit {visit} changed</source>
        <translation>visite facturée {visit} modifiée</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="212" />
        <source>request {request} not sent completely</source>
        <translation>demande {request} pas entièrement envoyée</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="213" />
        <source>draft {request} ready to open</source>
        <translation>brouillon {request} prêt à ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="214" />
        <source>prescription of {date} without an answer</source>
        <translation>ordonnance du {date} sans réponse</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="217" />
        <source>co-participation load of {scope} stopped</source>
        <translation>chargement de la co-participation de {scope} interrompu</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="219" />
        <source>{reason} ({ref})</source>
        <translation>{reason} ({ref})</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="222" />
        <source>import of the visits of account {ref} failed</source>
        <translation>import des visites du compte {ref} en échec</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="225" />
        <source>list of billable acts of account {ref} refused</source>
        <translation>liste des actes facturables du compte {ref} refusée</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli.py" line="28" />
        <source>only this integration (vetelevage, provet, omnidoc, totvs_saude, totvs_rh, ops)</source>
        <translation>seulement cette intégration (vetelevage, provet, omnidoc, totvs_saude, totvs_rh, ops)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="53" />
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="122" />
        <source>Passerelle: Vétélevage, Provet Cloud, Omnidoc and TOTVS for the clinic's back office.</source>
        <translation>Passerelle : Vétélevage, Provet Cloud, Omnidoc et TOTVS pour l’administration de la clinique.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="129" />
        <source>use the embedded sandboxes and a throwaway data dir</source>
        <translation>utiliser les simulateurs intégrés et un dossier de données jetable</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="132" />
        <source>where the database and logs live</source>
        <translation>où se trouvent la base de données et les journaux</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="137" />
        <source>UI language (default: the system's)</source>
        <translation>langue de l’interface (par défaut : celle du système)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="140" />
        <source>check the installation and exit</source>
        <translation>vérifier l’installation et quitter</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="143" />
        <source>machine-readable output on stdout</source>
        <translation>sortie lisible par une machine sur la sortie standard</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="149" />
        <source>show the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="154" />
        <source>print start → window shown (ms)</source>
        <translation>afficher la durée démarrage → fenêtre affichée (ms)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="159" />
        <source>log to the console too</source>
        <translation>journaliser aussi dans la console</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="170" />
        <source>serve the API simulators</source>
        <translation>servir les simulateurs des API</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="171" />
        <location filename="../../app/integrations/provet/commands.py" line="46" />
        <source>address to listen on</source>
        <translation>adresse d’écoute</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="172" />
        <source>the port (0: a free one)</source>
        <translation>le port (0 : un port libre)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="177" />
        <source>only this simulator (repeatable)</source>
        <translation>seulement ce simulateur (répétable)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="179" />
        <source>seed of the sample data</source>
        <translation>graine des données d’exemple</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="182" />
        <source>show or change settings</source>
        <translation>afficher ou modifier les réglages</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="184" />
        <source>effective settings, secrets masked</source>
        <translation>réglages en vigueur, secrets masqués</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="186" />
        <source>set SECTION.KEY VALUE</source>
        <translation>définir SECTION.KEY VALUE</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="187" />
        <source>the setting, SECTION.KEY</source>
        <translation>le réglage, SECTION.CLÉ</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="188" />
        <source>its new value</source>
        <translation>sa nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="191" />
        <source>store a secret in the OS keyring</source>
        <translation>enregistrer un secret dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="193" />
        <source>set SECTION.KEY (prompts; or --stdin)</source>
        <translation>définir SECTION.KEY (demandé au clavier ; ou --stdin)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="194" />
        <source>the secret, SECTION.KEY</source>
        <translation>le secret, SECTION.CLÉ</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="196" />
        <source>read the value from standard input</source>
        <translation>lire la valeur sur l’entrée standard</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="200" />
        <source>the activity journal</source>
        <translation>le journal d’activité</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="202" />
        <source>entries by business key or words</source>
        <translation>entrées par clé métier ou par mots</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="203" />
        <source>a business key or words</source>
        <translation>une clé métier ou des mots</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="206" />
        <source>entries</source>
        <translation>entrées</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="209" />
        <source>what failed or waits for a person</source>
        <translation>ce qui a échoué ou attend quelqu’un</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="211" />
        <source>items</source>
        <translation>éléments</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="215" />
        <source>scheduled jobs and the webhook inbox, no window</source>
        <translation>tâches planifiées et réception des webhooks, sans fenêtre</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="218" />
        <source>run every schedule once, then exit</source>
        <translation>lancer chaque planification une fois, puis quitter</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="251" />
        <source>No simulator matches.</source>
        <translation>Aucun simulateur ne correspond.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="253" />
        <source>No integration with a simulator is installed.</source>
        <translation>Aucune intégration avec un simulateur n’est installée.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="257" />
        <source>Warning: the simulators listen on {host}, reachable from other computers.</source>
        <translation>Attention : les simulateurs écoutent sur {host}, joignable depuis d’autres ordinateurs.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="294" />
        <source>{key} saved.</source>
        <translation>{key} enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="305" />
        <source>'{key}' is not a secret (set it with 'passerelle config set {key} VALUE').</source>
        <translation>« {key} » n’est pas un secret (réglez-le avec « passerelle config set {key} VALEUR »).</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="316" />
        <source>{key} saved in the keyring.</source>
        <translation>{key} enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="325" />
        <source>No value on standard input. Type it in a terminal, or pipe it in: echo VALUE | passerelle secret set {key}</source>
        <translation>Aucune valeur sur l’entrée standard. Tapez-la dans un terminal, ou transmettez-la : echo VALEUR | passerelle secret set {key}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="355" />
        <source>--since must be a date YYYY-MM-DD.</source>
        <translation>--since doit être une date AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="388" />
        <source>No matching activity.</source>
        <translation>Aucune activité correspondante.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="394" />
        <source>retry (passerelle attention --retry)</source>
        <translation>relancer (passerelle attention --retry)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="395" />
        <source>reconnect in Connections</source>
        <translation>se reconnecter dans Connexions</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="396" />
        <source>map the product</source>
        <translation>associer le produit</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="397" />
        <source>review the visit</source>
        <translation>vérifier la visite</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="398" />
        <source>open it in Passerelle</source>
        <translation>l’ouvrir dans Passerelle</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="430" />
        <location filename="../../app/ops/cli.py" line="231" />
        <source>Nothing waits for a person.</source>
        <translation>Rien n’attend une personne.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="449" />
        <source>Ran: {names}.</source>
        <translation>Exécuté : {names}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="451" />
        <source>Nothing was due.</source>
        <translation>Rien n’était à faire.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="468" />
        <location filename="../../app/self_check.py" line="115" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="471" />
        <source>Passerelle serving (desk {desk}); schedules: {names}. Ctrl+C to stop.</source>
        <translation>Passerelle en service (poste {desk}) ; planifications : {names}. Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="574" />
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <location filename="../../app/cli_listing.py" line="21" />
        <source>a whole number of rows is expected, not '{value}'</source>
        <translation>un nombre entier de lignes est attendu, pas « {value} »</translation>
    </message>
    <message>
        <location filename="../../app/cli_listing.py" line="24" />
        <source>at least 1 (or --all for every one)</source>
        <translation>au moins 1 (ou --all pour tout afficher)</translation>
    </message>
    <message>
        <location filename="../../app/cli_listing.py" line="34" />
        <source>show at most N {what} (default {default})</source>
        <translation>afficher au plus N {what} (par défaut {default})</translation>
    </message>
    <message>
        <location filename="../../app/cli_listing.py" line="39" />
        <source>show at most N {what} (default: all)</source>
        <translation>afficher au plus N {what} (par défaut : tout)</translation>
    </message>
    <message>
        <location filename="../../app/cli_listing.py" line="46" />
        <source>show them all, without a limit</source>
        <translation>tout afficher, sans limite</translation>
    </message>
    <message>
        <location filename="../../app/cli_listing.py" line="66" />
        <source>first {shown} of {total} (--limit N or --all for more)</source>
        <translation>les {shown} premiers sur {total} (--limit N ou --all pour la suite)</translation>
    </message>
    <message>
        <location filename="../../app/cli_listing.py" line="88" />
        <source>{total} in all</source>
        <translation>{total} au total</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="41" />
        <source>Prescription</source>
        <translation>Ordonnance</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="42" />
        <location filename="../../app/integrations/totvs/cli.py" line="48" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="43" />
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="44" />
        <source>Final date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="80" />
        <source>No prescription.</source>
        <translation>Aucune ordonnance.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="47" />
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="49" />
        <source>Requested</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="50" />
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="51" />
        <source>Repaid</source>
        <translation>Remboursé le</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="129" />
        <source>The prescription cannot be sent: {problems}</source>
        <translation>La prescription ne peut pas être envoyée : {problems}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="143" />
        <source>The prescription cannot be sent:</source>
        <translation>La prescription ne peut pas être envoyée :</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="187" />
        <source>No refund.</source>
        <translation>Aucun remboursement.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="210" />
        <source>Rows written to {out}: {n}.</source>
        <translation>Lignes écrites dans {out} : {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="212" />
        <source>No row to export: {out} was not written.</source>
        <translation>Aucune ligne à exporter : {out} n’a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="218" />
        <source>TOTVS RH returned no row for {pairs}: check the company and branch (totvs_rh.scopes) or the date given to --since.</source>
        <translation>TOTVS RH n’a renvoyé aucune ligne pour {pairs} : vérifiez l’entreprise et la filiale (totvs_rh.scopes) ou la date donnée à --since.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="224" />
        <source>TOTVS RH returned no row for {pairs}: check the company and branch (totvs_rh.scopes).</source>
        <translation>TOTVS RH n’a renvoyé aucune ligne pour {pairs} : vérifiez l’entreprise et la filiale (totvs_rh.scopes).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="230" />
        <source>Warning: {warning}</source>
        <translation>Attention : {warning}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="235" />
        <source>received {received}, stored {stored} (new or changed), already stored {known}, pages {pages}, total {total}</source>
        <translation>reçues {received}, enregistrées {stored} (nouvelles ou modifiées), déjà connues {known}, pages {pages}, total {total}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/cli.py" line="45" />
        <source>{n} {endpoint} object(s) written to {path}.</source>
        <translation>Objets {endpoint} écrits dans {path} : {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/cli.py" line="59" />
        <source>Nothing matches.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/cli.py" line="91" />
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/cli.py" line="92" />
        <source>Being processed</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/cli.py" line="93" />
        <source>Done</source>
        <translation>Traité</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/cli.py" line="94" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/cli.py" line="116" />
        <source>(no parameter)</source>
        <translation>(aucun paramètre)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/cli.py" line="123" />
        <source>No events.</source>
        <translation>Aucune notification.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="67" />
        <source>{id}  {label}  GTIN {gtin}: {visits} waiting visit(s), quantity {quantity}</source>
        <translation>{id}  {label}  GTIN {gtin} : visites en attente : {visits}, quantité {quantity}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="76" />
        <source> (left unmapped on purpose)</source>
        <translation> (laissé sans correspondance volontairement)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="82" />
        <source>No product waits for a mapping.</source>
        <translation>Aucun produit n’attend de correspondance.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="99" />
        <source>Nothing suggested: no clinic product has this GTIN or the same substance, strength and form.</source>
        <translation>Aucune suggestion : aucun produit de la clinique n’a ce GTIN, ni la même substance, le même dosage et la même forme.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="103" />
        <source>Nothing suggested: several clinic products match equally; choose one.</source>
        <translation>Aucune suggestion : plusieurs produits de la clinique correspondent autant ; choisissez-en un.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="106" />
        <source>Nothing suggested: the clinic catalogue is empty (passerelle vetelevage catalog import).</source>
        <translation>Aucune suggestion : le catalogue de la clinique est vide (passerelle vetelevage catalog import).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="112" />
        <source>  &lt;- suggested</source>
        <translation>  &lt;- suggéré</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="117" />
        <source>Suggested: {code}.</source>
        <translation>Suggéré : {code}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="128" />
        <source>not billed</source>
        <translation>non facturé</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="129" />
        <source>{code} ({amount} € excl. VAT)</source>
        <translation>{code} ({amount} € HT)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="134" />
        <source>{visit} line {line}, {product} x {quantity}: </source>
        <translation>{visit} ligne {line}, {product} x {quantity} : </translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="144" />
        <source>committed, stays billed as {code}; post a correction if needed.</source>
        <translation>déjà facturée, reste facturée comme {code} ; passez une correction si besoin.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="165" />
        <source>{product} mapped to {code}; lines changed: {n}.</source>
        <translation>{product} associé à {code} ; lignes modifiées : {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="184" />
        <source>Mapping of {product} removed; lines changed: {n}.</source>
        <translation>Correspondance de {product} supprimée ; lignes modifiées : {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="199" />
        <source>Visit {visit} set aside: {reason}</source>
        <translation>Visite {visit} mise de côté : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="220" />
        <source>{sent} acts sent, {accepted} accepted by Vétélevage.</source>
        <translation>Actes envoyés : {sent}, acceptés par Vétélevage : {accepted}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="226" />
        <source> The server's list still differs: {diff}</source>
        <translation> La liste du serveur diffère encore : {diff}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="256" />
        <source>{account}: batch {lot}: {received} received, {new} new, {known} already known</source>
        <translation>{account} : lot {lot} — reçues : {received}, nouvelles : {new}, déjà connues : {known}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="265" />
        <source>, {n} held for review</source>
        <translation>, retenues pour vérification : {n}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="266" />
        <source>, acknowledged</source>
        <translation>, acquitté</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="270" />
        <source>{account}: FAILED: {error}</source>
        <translation>{account} : ÉCHEC : {error}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="276" />
        <source>{failed} of {total} account(s) could not be imported.</source>
        <translation>Comptes non importés : {failed} sur {total}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="281" />
        <source>No account to import.</source>
        <translation>Aucun compte à importer.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="288" />
        <source>{n} clinic products imported.</source>
        <translation>Produits de la clinique importés : {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="295" />
        <source>{n} mappings imported.</source>
        <translation>Correspondances importées : {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="306" />
        <source>{n} mappings exported to {file}.</source>
        <translation>Correspondances exportées vers {file} : {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="327" />
        <source>Name the reviewed visits to commit (--visit V-000123 …) or use --all-ready.</source>
        <translation>Nommez les visites vérifiées à facturer (--visit V-000123 …) ou utilisez --all-ready.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="338" />
        <source>changed meanwhile</source>
        <translation>modifiée entre-temps</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="350" />
        <source>Visits committed: {n}.</source>
        <translation>Visites facturées : {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="361" />
        <source>An interrupted export was finished first: {n} billing line(s) written to {path}.</source>
        <translation>Un export interrompu a d’abord été terminé ; lignes de facturation écrites dans {path} : {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="372" />
        <source>Nothing new to export: every committed billing line is already in an export; no file written.</source>
        <translation>Rien de nouveau à exporter : chaque ligne facturée figure déjà dans un export ; aucun fichier écrit.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="379" />
        <source>{n} billing line(s) exported to {path}.</source>
        <translation>Lignes de facturation exportées vers {path} : {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="389" />
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="390" />
        <source>Needs mapping</source>
        <translation>À associer</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="391" />
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="392" />
        <source>Set aside</source>
        <translation>Mise de côté</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="417" />
        <source>Imported {imported}, committed {committed}, exported {exported}; billed {total} € HT.</source>
        <translation>Importées : {imported}, facturées : {committed}, exportées : {exported} ; total facturé {total} € HT.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/cli.py" line="435" />
        <source>Products received: {produits} (added {products_added}, changed {products_changed}, removed {products_removed}). Reference tables: users {utilisateurs}, medicines {medicaments}, pathologies {pathologies}, routes {voies}.</source>
        <translation>Produits reçus : {produits} (ajoutés : {products_added}, modifiés : {products_changed}, retirés : {products_removed}). Tables de référence : utilisateurs {utilisateurs}, médicaments {medicaments}, pathologies {pathologies}, voies {voies}.</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="21" />
        <source>versions, settings (secrets masked), states, redacted errors, logs</source>
        <translation>versions, réglages (secrets masqués), états, erreurs expurgées, journaux</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="24" />
        <source>the report file to write (.zip)</source>
        <translation>le fichier du rapport à écrire (.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="27" />
        <source>consistent copy of the database</source>
        <translation>copie cohérente de la base de données</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="29" />
        <source>the backup file to write</source>
        <translation>le fichier de sauvegarde à écrire</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="34" />
        <source>check a backup, keep a copy of the current database, restore</source>
        <translation>vérifier une sauvegarde, garder une copie de la base actuelle, restaurer</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="36" />
        <source>the backup file to restore</source>
        <translation>le fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="45" />
        <source>show what a retry would re-send, send nothing</source>
        <translation>montrer ce qu’une nouvelle tentative renverrait, sans rien envoyer</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="48" />
        <source>retry every retryable item now</source>
        <translation>réessayer maintenant tout ce qui peut l’être</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="55" />
        <source>only this item (repeatable)</source>
        <translation>seulement cet élément (répétable)</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="14" />
        <source>remove raw payloads older than the retention period</source>
        <translation>effacer les données brutes plus anciennes que la durée de conservation</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="15" />
        <source>keep this many days (default: ops.raw_retention_days)</source>
        <translation>garder ce nombre de jours (par défaut : ops.raw_retention_days)</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="80" />
        <source>Support report written to {path}.</source>
        <translation>Rapport d’assistance écrit dans {path}.</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="92" />
        <source>Backup written to {path}.</source>
        <translation>Sauvegarde écrite dans {path}.</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="109" />
        <source>Database restored from {file}; the previous one is kept as {kept}.</source>
        <translation>Base de données restaurée depuis {file} ; la précédente est conservée sous {kept}.</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="163" />
        <source>Raw payloads removed: {n} ({tables}).</source>
        <translation>Données brutes supprimées : {n} ({tables}).</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="173" />
        <source>Vétélevage visits</source>
        <translation>visites Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="174" />
        <source>Vétélevage visits held</source>
        <translation>visites Vétélevage retenues</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="224" />
        <source>will re-send: {what}</source>
        <translation>sera renvoyé : {what}</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="227" />
        <source>left alone: {what}</source>
        <translation>laissé de côté : {what}</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="248" />
        <source>Went through: {n}.</source>
        <translation>Passés : {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="252" />
        <source>still failing: {ref}: {reason}</source>
        <translation>toujours en échec : {ref} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/listen.py" line="145" />
        <source>{what} listening on {url}. Ctrl+C to stop.</source>
        <translation>{what} écoute sur {url}. Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <location filename="../../app/core/listen.py" line="148" />
        <source>Warning: {what} listens on {host}: other computers on the network can reach it. Keep 127.0.0.1 unless a reverse proxy on another computer forwards to it.</source>
        <translation>Attention : {what} écoute sur {host} : les autres ordinateurs du réseau peuvent l’atteindre. Gardez 127.0.0.1, sauf si un proxy inverse sur un autre ordinateur lui transmet les requêtes.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/webhook_server.py" line="386" />
        <source>The Provet webhook inbox</source>
        <translation>La boîte de réception des webhooks Provet</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/commands.py" line="19" />
        <source>Omnidoc teleexpertise requests</source>
        <translation>demandes de téléexpertise Omnidoc</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/commands.py" line="20" />
        <source>print the prefill URL (validated)</source>
        <translation>afficher l’adresse préremplie (vérifiée)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/commands.py" line="21" />
        <source>JSON: the seed's patient_* fields or the API body</source>
        <translation>JSON : les champs patient_* ou le corps de l’API</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/commands.py" line="24" />
        <source>create a draft by API and upload files; print id and redirect_url</source>
        <translation>créer un brouillon par l’API et envoyer les fichiers ; afficher id et redirect_url</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/commands.py" line="26" />
        <source>JSON form file</source>
        <translation>fichier de formulaire JSON</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/commands.py" line="27" />
        <source>a file to attach (repeatable)</source>
        <translation>un fichier à joindre (répétable)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/commands.py" line="29" />
        <source>finish an interrupted request instead of a new one</source>
        <translation>terminer une demande interrompue au lieu d’en créer une</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="20" />
        <source>Provet Cloud: pull data, webhook inbox</source>
        <translation>Provet Cloud : récupérer les données, réception des webhooks</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="22" />
        <source>fetch every object of ENDPOINT matching the filters</source>
        <translation>récupérer chaque objet d’ENDPOINT qui répond aux filtres</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="27" />
        <source>consultation, invoice, client, patient, …</source>
        <translation>consultation, invoice, client, patient…</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="29" />
        <source>a filter, e.g. complaint__icontains=otite (repeatable)</source>
        <translation>un filtre, par exemple complaint__icontains=otite (répétable)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="35" />
        <source>match any filter (filter_type=or)</source>
        <translation>répondre à l’un des filtres (filter_type=or)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="37" />
        <source>expand this related object (repeatable)</source>
        <translation>développer cet objet lié (répétable)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="40" />
        <source>write a .csv or .json file instead of printing</source>
        <translation>écrire un fichier .csv ou .json au lieu d’afficher</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="42" />
        <source>objects printed (--out writes every one)</source>
        <translation>objets affichés (--out les écrit tous)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="44" />
        <source>the durable webhook inbox</source>
        <translation>la réception durable des webhooks</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="45" />
        <source>receive webhooks (stores, then answers 200)</source>
        <translation>recevoir les webhooks (enregistre, puis répond 200)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="47" />
        <source>the port (default: provet.webhook_port)</source>
        <translation>le port (par défaut : provet.webhook_port)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="50" />
        <source>received events and their state</source>
        <translation>événements reçus et leur état</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="54" />
        <source>only those not processed yet (or failed)</source>
        <translation>seulement ceux pas encore traités (ou en échec)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/commands.py" line="56" />
        <source>events, newest first</source>
        <translation>événements, les plus récents d’abord</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="23" />
        <source>TOTVS Saúde Planos: continuous-medication prescriptions</source>
        <translation>TOTVS Saúde Planos : prescriptions de médicaments en continu</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="25" />
        <source>list or file prescriptions</source>
        <translation>lister ou déposer des prescriptions</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="26" />
        <source>a subscriber's prescriptions</source>
        <translation>les prescriptions d’un bénéficiaire</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="27" />
        <source>subscriberId (matrícula)</source>
        <translation>subscriberId (matrícula)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="28" />
        <source>statuses, e.g. 0,1,2</source>
        <translation>statuts, par exemple 0,1,2</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="29" />
        <location filename="../../app/integrations/totvs/commands.py" line="47" />
        <source>medication code</source>
        <translation>code du médicament</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="31" />
        <source>write the list to FILE (.csv or .json)</source>
        <translation>écrire la liste dans FILE (.csv ou .json)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="33" />
        <source>prescriptions printed (--out writes every one)</source>
        <translation>prescriptions affichées (--out les écrit toutes)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="36" />
        <source>file a new prescription (once, even when retried)</source>
        <translation>déposer une nouvelle prescription (une seule fois, même relancée)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="42" />
        <source>JSON with the fields of the POST body</source>
        <translation>JSON avec les champs du corps du POST</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="45" />
        <source>refund protocols of a prescription</source>
        <translation>protocoles de remboursement d’une prescription</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="46" />
        <source>prescriptionCode</source>
        <translation>prescriptionCode</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="49" />
        <source>properties to return, e.g. protocol,status</source>
        <translation>propriétés à renvoyer, par exemple protocol,status</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="52" />
        <source>OData filter, e.g. "status eq '3'"</source>
        <translation>filtre OData, par exemple « status eq '3' »</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="54" />
        <source>refunds printed</source>
        <translation>remboursements affichés</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="57" />
        <source>TOTVS RH: beneficiaries' co-participation</source>
        <translation>TOTVS RH : coparticipation des bénéficiaires</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="60" />
        <source>load co-participation rows (incremental unless --full or --since)</source>
        <translation>charger les lignes de coparticipation (les changements, sauf --full ou --since)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="63" />
        <source>load everything again</source>
        <translation>tout recharger</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="67" />
        <source>re-sync rows paid since (the TOTVS server's time; or YYYY-MM-DD)</source>
        <translation>resynchroniser les lignes payées depuis (heure du serveur TOTVS ; ou AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="71" />
        <source>companyId: with --branch, that pair; alone, its pairs in the settings</source>
        <translation>companyId : avec --branch, cette paire ; seul, ses paires dans les réglages</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="77" />
        <source>branchId: with --company, that pair; alone, its pairs in the settings</source>
        <translation>branchId : avec --company, cette paire ; seul, ses paires dans les réglages</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/commands.py" line="84" />
        <source>export the stored rows of the scope to FILE.csv or FILE.xlsx</source>
        <translation>exporter les lignes enregistrées du périmètre dans FILE.csv ou FILE.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="21" />
        <source>the Vétélevage product (its produit_id)</source>
        <translation>le produit Vétélevage (son produit_id)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="22" />
        <source>the clinic product's code (lgcv_code)</source>
        <translation>le code du produit de la clinique (lgcv_code)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="29" />
        <source>Vétélevage: acts, visits, mapping, billing</source>
        <translation>Vétélevage : actes, visites, association, facturation</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="33" />
        <source>push the acts list, then read it back and compare</source>
        <translation>envoyer la liste des actes, puis la relire et comparer</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="36" />
        <source>replace the local acts list from this CSV first</source>
        <translation>remplacer d’abord la liste locale des actes par ce CSV</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="41" />
        <source>fetch the frozen batch, store it, acknowledge it</source>
        <translation>récupérer le lot figé, l’enregistrer, en accuser réception</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="43" />
        <source>SaaS: only this account</source>
        <translation>SaaS : seulement ce compte</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="46" />
        <source>the clinic's product catalogue</source>
        <translation>le catalogue de produits de la clinique</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="47" />
        <source>code,libelle,gtin,prix_ht,unite</source>
        <translation>code,libelle,gtin,prix_ht,unite</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="48" />
        <source>the catalogue file (.csv)</source>
        <translation>le fichier du catalogue (.csv)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="51" />
        <source>product mappings (produit_id,lgcv_code)</source>
        <translation>associations de produits (produit_id,lgcv_code)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="52" />
        <source>read mappings from a file</source>
        <translation>lire des associations depuis un fichier</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="53" />
        <source>the mappings file (.csv)</source>
        <translation>le fichier des associations (.csv)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="55" />
        <source>write every mapping to a file</source>
        <translation>écrire toutes les associations dans un fichier</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="56" />
        <source>the file to write (.csv)</source>
        <translation>le fichier à écrire (.csv)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="63" />
        <source>products seen in waiting visits without a mapping</source>
        <translation>produits des visites en attente sans association</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="69" />
        <source>clinic products proposed for one Vétélevage product</source>
        <translation>produits de la clinique proposés pour un produit Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="75" />
        <source>map a Vétélevage product to a clinic product (prints the lines that change)</source>
        <translation>associer un produit Vétélevage à un produit de la clinique (affiche les lignes qui changent)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="83" />
        <source>remove a product's mapping (prints the lines that change)</source>
        <translation>retirer l’association d’un produit (affiche les lignes qui changent)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="95" />
        <source>keep a visit out of billing, saying why</source>
        <translation>écarter une visite de la facturation, en disant pourquoi</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="96" />
        <source>the visit's Vétélevage id</source>
        <translation>l’identifiant Vétélevage de la visite</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="101" />
        <source>why the visit is not billed now</source>
        <translation>pourquoi la visite n’est pas facturée maintenant</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="106" />
        <source>commit reviewed visits (or every ready visit)</source>
        <translation>valider les visites vérifiées (ou toutes les visites prêtes)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="108" />
        <source>every visit whose products are all mapped</source>
        <translation>chaque visite dont tous les produits sont associés</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="110" />
        <source>a reviewed visit to commit</source>
        <translation>une visite vérifiée à valider</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="115" />
        <source>billing lines of committed visits not exported yet</source>
        <translation>lignes de facturation des visites validées pas encore exportées</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="117" />
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="118" />
        <source>the file's format (default: csv)</source>
        <translation>le format du fichier (par défaut : csv)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="123" />
        <source>CSV with ';' and decimal commas (French Excel)</source>
        <translation>CSV avec « ; » et virgules décimales (Excel français)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="128" />
        <source>imported vs committed vs exported, and what waits</source>
        <translation>importé, validé, exporté, et ce qui attend</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="205" />
        <location filename="../../app/integrations/vetelevage/commands.py" line="130" />
        <location filename="../../app/integrations/vetelevage/commands.py" line="131" />
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="132" />
        <source>waiting visits</source>
        <translation>visites en attente</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="137" />
        <source>refresh the SNGTV product dictionary and reference tables</source>
        <translation>actualiser le dictionnaire des produits SNGTV et les tables de référence</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="142" />
        <source>list the whole dictionary (removes what it no longer holds)</source>
        <translation>relire tout le dictionnaire (retire ce qu’il ne contient plus)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/commands.py" line="153" />
        <source>one JSON object</source>
        <translation>un objet JSON</translation>
    </message>
    <message>
        <location filename="../../app/self_check.py" line="48" />
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <location filename="../../app/self_check.py" line="49" />
        <source>installed (version unknown)</source>
        <translation>installé (version inconnue)</translation>
    </message>
    <message>
        <location filename="../../app/self_check.py" line="118" />
        <source>{count} modules; integrations: {names}</source>
        <translation>{count} modules ; intégrations : {names}</translation>
    </message>
    <message>
        <location filename="../../app/self_check.py" line="123" />
        <source>Languages: {names}</source>
        <translation>Langues : {names}</translation>
    </message>
    <message>
        <location filename="../../app/self_check.py" line="127" />
        <source>The installation is incomplete, missing: {names}. Reinstall Passerelle.</source>
        <translation>L’installation est incomplète, il manque : {names}. Réinstallez Passerelle.</translation>
    </message>
    <message>
        <location filename="../../app/self_check.py" line="132" />
        <source>Everything Passerelle needs is installed and works.</source>
        <translation>Tout ce dont Passerelle a besoin est installé et fonctionne.</translation>
    </message>
    <message>
        <location filename="../../app/core/logging_setup.py" line="38" />
        <source>Passerelle writes its log file {file} again.</source>
        <translation>Passerelle écrit de nouveau son fichier journal {file}.</translation>
    </message>
    <message>
        <location filename="../../app/core/logging_setup.py" line="51" />
        <source>Passerelle cannot write its log file {file} ({reason}). It keeps working and says so here once writing works again.</source>
        <translation>Passerelle ne peut pas écrire son fichier journal {file} ({reason}). Il continue de fonctionner et le dira ici dès que l’écriture refonctionnera.</translation>
    </message>
    <message>
        <location filename="../../app/core/logging_setup.py" line="70" />
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../app/core/logging_setup.py" line="61" />
        <source>this account is not allowed to write it</source>
        <translation>ce compte n’a pas le droit d’y écrire</translation>
    </message>
    <message>
        <location filename="../../app/core/logging_setup.py" line="62" />
        <source>its folder is gone</source>
        <translation>son dossier a disparu</translation>
    </message>
    <message>
        <location filename="../../app/core/logging_setup.py" line="63" />
        <source>the disk may be full or disconnected</source>
        <translation>le disque est peut-être plein ou débranché</translation>
    </message>
    <message>
        <location filename="../../app/core/logging_setup.py" line="74" />
        <source>an unexpected error ({kind})</source>
        <translation>une erreur inattendue ({kind})</translation>
    </message>
    <message>
        <location filename="../../app/ops/schedule_words.py" line="11" />
        <source>Vétélevage visits import</source>
        <translation>import des visites Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ops/schedule_words.py" line="12" />
        <source>Vétélevage acts list sent</source>
        <translation>envoi de la liste d’actes Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ops/schedule_words.py" line="13" />
        <source>Provet Cloud catch-up</source>
        <translation>rattrapage Provet Cloud</translation>
    </message>
    <message>
        <location filename="../../app/ops/schedule_words.py" line="14" />
        <source>Provet Cloud notifications</source>
        <translation>notifications Provet Cloud</translation>
    </message>
    <message>
        <location filename="../../app/ops/schedule_words.py" line="15" />
        <source>database backup</source>
        <translation>sauvegarde de la base</translation>
    </message>
    <message>
        <location filename="../../app/ops/schedule_words.py" line="16" />
        <source>retries</source>
        <translation>nouvelles tentatives</translation>
    </message>
    <message>
        <location filename="../../app/ops/schedule_words.py" line="17" />
        <source>raw payloads pruning</source>
        <translation>effacement des données brutes</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/core/errors.py" line="62" />
        <location filename="../../app/integrations/vetelevage/csvio.py" line="43" />
        <source>Cannot read {file}: {reason}.</source>
        <translation>Impossible de lire {file} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="72" />
        <source>{file} is not valid JSON ({detail}).</source>
        <translation>{file} n’est pas un JSON valide ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="100" />
        <source>{service} refused the credentials. Reconnect in Connections (check the login, password or token).</source>
        <translation>{service} a refusé les identifiants. Reconnectez-vous dans Connexions (vérifiez l’identifiant, le mot de passe ou le jeton).</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="104" />
        <source>{service} asks to slow down. Retrying in {seconds} s.</source>
        <translation>{service} demande de ralentir. Nouvel essai dans {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="105" />
        <source>{service} asks to slow down. Try again in a minute.</source>
        <translation>{service} demande de ralentir. Réessayez dans une minute.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="106" />
        <source>Cannot reach {service}: check the network or the address in Connections.</source>
        <translation>Impossible de joindre {service} : vérifiez le réseau ou l’adresse dans Connexions.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="109" />
        <source>{service} has a problem on its side. Nothing was lost; try again later.</source>
        <translation>{service} rencontre un problème de son côté. Rien n’est perdu ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="112" />
        <source>{service} sent an unexpected answer. Nothing was lost; try again later.</source>
        <translation>{service} a envoyé une réponse inattendue. Rien n’est perdu ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="115" />
        <source>{detail} Check the address in Connections.</source>
        <translation>{detail} Vérifiez l’adresse dans Connexions.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="117" />
        <source>The remote service</source>
        <translation>Le service distant</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="118" />
        <source>the remote service</source>
        <translation>le service distant</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="123" />
        <source>Beneficiary not found: check the registration.</source>
        <translation>Bénéficiaire introuvable : vérifiez le matricule.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="127" />
        <source>Prescription not found: check the prescription code.</source>
        <translation>Ordonnance introuvable : vérifiez le code de l’ordonnance.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="131" />
        <source>Health insurer not found: check the health insurer code in Connections.</source>
        <translation>Opérateur de santé introuvable : vérifiez son code dans Connexions.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="137" />
        <source>{service} has no client {key}: check the client number (it may have been deleted).</source>
        <translation>{service} n’a pas de client {key} : vérifiez le numéro du client (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="143" />
        <source>{service} has no patient {key}: check the patient number (it may have been deleted).</source>
        <translation>{service} n’a pas d’animal {key} : vérifiez le numéro de l’animal (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="149" />
        <source>{service} has no draft {key} any more (already opened, or expired): send the request again.</source>
        <translation>{service} n’a plus le brouillon {key} (déjà ouvert, ou expiré) : envoyez la demande à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="156" />
        <source>{service} has no such record ({key}): check the number or code you typed.</source>
        <translation>{service} n’a pas cet enregistrement ({key}) : vérifiez le numéro ou le code saisi.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="159" />
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="160" />
        <source>Already running on {desk}. It will be done there; nothing to do here.</source>
        <translation>Déjà en cours sur {desk}. Ce sera fait là-bas ; rien à faire ici.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="161" />
        <source>{detail} Open Connections to set it.</source>
        <translation>{detail} Ouvrez Connexions pour le renseigner.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="162" />
        <source>The disk is full: this step was not saved, and nothing was half-saved. Free some space, then try again.</source>
        <translation>Le disque est plein : cette étape n’a pas été enregistrée, et rien n’a été enregistré à moitié. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="166" />
        <source>The database is damaged ({detail}). Restore the last backup (Storage, or passerelle restore).</source>
        <translation>La base de données est endommagée ({detail}). Restaurez la dernière sauvegarde (Stockage, ou passerelle restore).</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="169" />
        <source>No secure password store is available on this computer, so secrets cannot be saved. On Windows this is the Credential Manager; on a server, give the secret in the environment (PASSERELLE_&lt;SECTION&gt;__&lt;KEY&gt;).</source>
        <translation>Aucun coffre de mots de passe sécurisé n’est disponible sur cet ordinateur : les secrets ne peuvent pas être enregistrés. Sous Windows, c’est le Gestionnaire d’identification ; sur un serveur, donnez le secret dans l’environnement (PASSERELLE_&lt;SECTION&gt;__&lt;KEY&gt;).</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="175" />
        <source>Some values cannot be used: {problems}.</source>
        <translation>Certaines valeurs ne peuvent pas être utilisées : {problems}.</translation>
    </message>
    <message>
        <location filename="../../app/core/errors.py" line="176" />
        <source>Something unexpected happened ({kind}). Nothing was lost; try again, and if it happens again send the support report.</source>
        <translation>Un problème inattendu est survenu ({kind}). Rien n’est perdu ; réessayez, et si cela se reproduit envoyez le rapport de support.</translation>
    </message>
    <message>
        <location filename="../../app/core/write_errors.py" line="22" />
        <source>{file} could not be written: the folder is read-only. Nothing was lost; choose another folder and try again.</source>
        <translation>Impossible d’écrire {file} : le dossier est en lecture seule. Rien n’est perdu ; choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/core/write_errors.py" line="27" />
        <source>{file} could not be written: the file is read-only. Nothing was lost; choose another name and try again.</source>
        <translation>Impossible d’écrire {file} : le fichier est en lecture seule. Rien n’est perdu ; choisissez un autre nom et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/core/write_errors.py" line="32" />
        <source>{file} could not be written: the file is open in another program. Nothing was lost; close it there and try again.</source>
        <translation>Impossible d’écrire {file} : le fichier est ouvert dans un autre programme. Rien n’est perdu ; fermez-le dans ce programme et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/core/write_errors.py" line="37" />
        <source>{file} could not be written: the disk is read-only. Nothing was lost; choose another folder and try again.</source>
        <translation>Impossible d’écrire {file} : le disque est en lecture seule. Rien n’est perdu ; choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/core/write_errors.py" line="42" />
        <source>{file} could not be written: the disk is full. Nothing was lost; free some space or choose another folder, then try again.</source>
        <translation>Impossible d’écrire {file} : le disque est plein. Rien n’est perdu ; libérez de la place ou choisissez un autre dossier, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/core/write_errors.py" line="47" />
        <source>{file} could not be written: its folder does not exist and cannot be created. Nothing was lost; choose another folder and try again.</source>
        <translation>Impossible d’écrire {file} : son dossier n’existe pas et ne peut pas être créé. Rien n’est perdu ; choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/core/write_errors.py" line="52" />
        <source>{file} could not be written: a folder has that name. Nothing was lost; choose another name and try again.</source>
        <translation>Impossible d’écrire {file} : un dossier porte ce nom. Rien n’est perdu ; choisissez un autre nom et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/core/write_errors.py" line="57" />
        <source>{file} could not be written ({cause}). Nothing was lost; choose another folder and try again.</source>
        <translation>Impossible d’écrire {file} ({cause}). Rien n’est perdu ; choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/core/secrets.py" line="47" />
        <source>The secret {name} is too long to keep in the password store: {length} characters, where the Windows Credential Manager holds about {limit}. Nothing was saved; check that only the secret was copied, or ask its provider for a shorter one.</source>
        <translation>Le secret {name} est trop long pour le coffre des mots de passe : {length} caractères, alors que le Gestionnaire d’identification de Windows en contient environ {limit}. Rien n’a été enregistré ; vérifiez que seul le secret a été copié, ou demandez-en un plus court à son fournisseur.</translation>
    </message>
    <message>
        <location filename="../../app/core/secrets.py" line="137" />
        <source>'{key}' is not a secret setting.</source>
        <translation>« {key} » n’est pas un réglage secret.</translation>
    </message>
    <message>
        <location filename="../../app/core/db.py" line="133" />
        <source>The database set in database.url cannot be reached ({detail}). Check that the database server is running and reachable, or fix database.url (passerelle config set database.url …; empty: this desk's own file).</source>
        <translation>La base de données indiquée dans database.url est injoignable ({detail}). Vérifiez que le serveur de base de données fonctionne et est accessible, ou corrigez database.url (passerelle config set database.url … ; vide : le fichier propre à ce poste).</translation>
    </message>
    <message>
        <location filename="../../app/core/db.py" line="139" />
        <source>{name} is damaged ({found}). Restore the last good backup, {backup} (in {folder}).</source>
        <translation>{name} est endommagé ({found}). Restaurez la dernière sauvegarde saine, {backup} (dans {folder}).</translation>
    </message>
    <message>
        <location filename="../../app/core/db.py" line="142" />
        <source>{name} is damaged ({found}). No healthy backup was found in {folder}: keep the file and ask for support.</source>
        <translation>{name} est endommagé ({found}). Aucune sauvegarde saine n’a été trouvée dans {folder} : gardez le fichier et demandez de l’aide au support.</translation>
    </message>
    <message>
        <location filename="../../app/core/db.py" line="146" />
        <source>Passerelle could not read or write {path} ({detail}). The file is not known to be damaged: check that the disk is connected, not full and that this user may write to the folder, then start again. Do not restore a backup: it would lose what was saved since.</source>
        <translation>Passerelle n’a pas pu lire ou écrire {path} ({detail}). Rien n’indique que le fichier soit endommagé : vérifiez que le disque est branché, qu’il n’est pas plein et que cet utilisateur peut écrire dans le dossier, puis relancez. Ne restaurez pas de sauvegarde : vous perdriez ce qui a été enregistré depuis.</translation>
    </message>
    <message>
        <location filename="../../app/core/db.py" line="357" />
        <source>Cannot use the database address in database.url: {kind}: {detail}</source>
        <translation>L’adresse de base de données de database.url est inutilisable : {kind} : {detail}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/importing.py" line="72" />
        <source>{failed} of {total} Vétélevage accounts could not be imported ({accounts}); the others were. Each one is listed in Needs attention, where it can be tried again.</source>
        <translation>Comptes Vétélevage non importés : {failed} sur {total} ({accounts}) ; les autres l’ont été. Chacun figure dans « À traiter », où il peut être relancé.</translation>
    </message>
    <message>
        <location filename="../../app/ops/demo.py" line="33" />
        <source>The demo never uses a folder that holds real data, and {folder} holds a Passerelle database or settings. Start the demo without --data-dir (it uses a throwaway folder), or give it an empty folder.</source>
        <translation>La démo n’utilise jamais un dossier qui contient des données réelles, et {folder} contient une base ou des réglages Passerelle. Lancez la démo sans --data-dir (elle utilise un dossier jetable), ou donnez-lui un dossier vide.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="47" />
        <source>Line {line}, column code: a product code is expected.</source>
        <translation>Ligne {line}, colonne code : un code produit est attendu.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="53" />
        <source>Line {line}, column code: {code} appears twice.</source>
        <translation>Ligne {line}, colonne code : {code} figure deux fois.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="60" />
        <source>Line {line}, column libelle: a product name is expected.</source>
        <translation>Ligne {line}, colonne libelle : un nom de produit est attendu.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="68" />
        <source>Line {line}, column prix_ht: the price must not be negative.</source>
        <translation>Ligne {line}, colonne prix_ht : le prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="77" />
        <source>Line {line}, column gtin: {reason}</source>
        <translation>Ligne {line}, colonne gtin : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="139" />
        <source>A product code is expected.</source>
        <translation>Un code produit est attendu.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="142" />
        <source>A code has 1 to 64 letters, digits or . _ / - (no spaces), e.g. MED1090.</source>
        <translation>Un code a de 1 à 64 lettres, chiffres ou . _ / - (sans espace), p. ex. MED1090.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="147" />
        <source>A product name is expected.</source>
        <translation>Un nom de produit est attendu.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="150" />
        <source>The name is too long (300 characters at most).</source>
        <translation>Le nom est trop long (300 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="155" />
        <source>A price excluding VAT is expected, e.g. 12,90.</source>
        <translation>Un prix HT est attendu, p. ex. 12,90.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="158" />
        <source>The price must not be negative.</source>
        <translation>Le prix ne doit pas être négatif.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="160" />
        <source>A unit is expected, e.g. flacon.</source>
        <translation>Une unité est attendue, p. ex. flacon.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="163" />
        <source>The unit is too long (40 characters at most).</source>
        <translation>L’unité est trop longue (40 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="167" />
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="214" />
        <source>Code {code} is already in the catalogue ({name}).</source>
        <translation>Le code {code} est déjà dans le catalogue ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="352" />
        <location filename="../../app/integrations/vetelevage/ledger.py" line="67" />
        <source>No visit {visit}.</source>
        <translation>Aucune visite {visit}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/ledger.py" line="72" />
        <source>Visit {visit} is already committed: it was billed once and stays so.</source>
        <translation>La visite {visit} est déjà facturée : elle l’a été une fois et le reste.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/ledger.py" line="82" />
        <source>Visit {visit} cannot be committed yet: {reasons}</source>
        <translation>La visite {visit} ne peut pas encore être facturée : {reasons}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/ledger.py" line="174" />
        <source>Say why the visit is set aside: a reason is required.</source>
        <translation>Dites pourquoi la visite est mise de côté : une raison est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/ledger.py" line="186" />
        <source>Visit {visit} cannot be set aside (unknown or already committed).</source>
        <translation>La visite {visit} ne peut pas être mise de côté (inconnue ou déjà facturée).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/ledger.py" line="227" />
        <source>Visit {visit} is not committed: change it before committing instead.</source>
        <translation>La visite {visit} n’est pas facturée : modifiez-la plutôt avant de la facturer.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/ledger.py" line="243" />
        <source>The correction cannot be computed: {reasons}</source>
        <translation>La correction ne peut pas être calculée : {reasons}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="244" />
        <location filename="../../app/integrations/vetelevage/mapping_changes.py" line="117" />
        <source>Clinic product {code} is not in the catalogue.</source>
        <translation>Le produit de la clinique {code} n’est pas dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="287" />
        <source>The mapping of {product} was removed meanwhile; look again.</source>
        <translation>La correspondance de {product} a été supprimée entre-temps ; regardez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="305" />
        <source>{product} was mapped by someone else meanwhile; look again.</source>
        <translation>{product} a été associé par quelqu’un d’autre entre-temps ; regardez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="338" />
        <source>The mapping of {product} was changed meanwhile; look again.</source>
        <translation>La correspondance de {product} a été modifiée entre-temps ; regardez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="376" />
        <source>Visit {visit} cannot be changed (unknown or already committed).</source>
        <translation>La visite {visit} ne peut pas être modifiée (inconnue ou déjà facturée).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping_changes.py" line="173" />
        <source>{product} has no mapping (perhaps removed meanwhile).</source>
        <translation>{product} n’a pas de correspondance (peut-être supprimée entre-temps).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="317" />
        <location filename="../../app/integrations/vetelevage/mapping_changes.py" line="180" />
        <source>The mapping of {product} was changed meanwhile by another desk; look again.</source>
        <translation>La correspondance de {product} a été modifiée entre-temps par un autre poste ; regardez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping_changes.py" line="216" />
        <source>{product} is mapped: remove its mapping first (Mappings), then leave it unmapped.</source>
        <translation>{product} a une correspondance : supprimez-la d’abord (Correspondances), puis laissez-le sans correspondance.</translation>
    </message>
    <message>
        <location filename="../../app/core/missing_settings.py" line="11" />
        <source>{service} is not configured: {missing} missing. Open Connections to set them.</source>
        <translation>{service} n’est pas configuré : il manque {missing}. Ouvrez Connexions pour les renseigner.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="93" />
        <source>Omnidoc answers at {address} (HTTP {status}).</source>
        <translation>Omnidoc répond à l’adresse {address} (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="188" />
        <source>{name}: the file does not exist or is not a file.</source>
        <translation>{name} : le fichier n’existe pas ou n’en est pas un.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="195" />
        <source>{name}: the file is empty.</source>
        <translation>{name} : le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="198" />
        <source>{name}: {size} MB is over the {limit} MB limit.</source>
        <translation>{name} : {size} Mo dépasse la limite de {limit} Mo.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="206" />
        <source>{name}: {mime} files are not accepted (PDF, images, text, DICOM).</source>
        <translation>{name} : les fichiers {mime} ne sont pas acceptés (PDF, images, texte, DICOM).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="451" />
        <source>Upload the files first: Omnidoc refuses them once the draft is opened.</source>
        <translation>Envoyez d’abord les fichiers : Omnidoc les refuse une fois le brouillon ouvert.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="477" />
        <source>This draft was already opened in Omnidoc, which no longer accepts files for it. Add them in Omnidoc itself, or create a new request.</source>
        <translation>Ce brouillon a déjà été ouvert dans Omnidoc, qui n’accepte plus de fichiers pour lui. Ajoutez-les dans Omnidoc, ou créez une nouvelle demande.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="567" />
        <source>No Omnidoc request {request}.</source>
        <translation>Aucune demande Omnidoc {request}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="640" />
        <source>The personal data of this request was purged after the retention period.</source>
        <translation>Les données personnelles de cette demande ont été effacées à la fin de la durée de conservation.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/connection.py" line="134" />
        <source>Provet Cloud answers. Departments visible: {n}.</source>
        <translation>Provet Cloud répond. Services visibles : {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="79" />
        <source>--company and --branch name one pair; list several in totvs_rh.scopes ({example}).</source>
        <translation>--company et --branch désignent une seule paire ; indiquez-en plusieurs dans totvs_rh.scopes ({example}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="95" />
        <source>No pair with company {value} in totvs_rh.scopes: give its branch too (--branch) or add the pair there ({example}).</source>
        <translation>Aucune paire avec la société {value} dans totvs_rh.scopes : indiquez aussi son établissement (--branch) ou ajoutez-y la paire ({example}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="101" />
        <source>No pair with branch {value} in totvs_rh.scopes: give its company too (--company) or add the pair there ({example}).</source>
        <translation>Aucune paire avec l’établissement {value} dans totvs_rh.scopes : indiquez aussi sa société (--company) ou ajoutez-y la paire ({example}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="113" />
        <source>Choose the companies and branches to load in totvs_rh.scopes, as pairs: {example}.</source>
        <translation>Choisissez les sociétés et établissements à charger dans totvs_rh.scopes, par paires : {example}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="139" />
        <source>'{text}' is not a date and time: expected YYYY-MM-DDThh:mm:ss (e.g. 2025-01-31T08:00:00, the TOTVS server's time) or YYYY-MM-DD.</source>
        <translation>« {text} » n’est pas une date et une heure : attendu AAAA-MM-JJThh:mm:ss (par ex. 2025-01-31T08:00:00, à l’heure du serveur TOTVS) ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="161" />
        <source>Choose the date to re-sync from.</source>
        <translation>Choisissez la date à partir de laquelle resynchroniser.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="494" />
        <source>Unknown load mode '{mode}': full, incremental or since.</source>
        <translation>Mode de chargement inconnu « {mode} » : full, incremental ou since.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="758" />
        <source>TOTVS RH answered. Co-participation rows for {scope}: {n}.</source>
        <translation>TOTVS RH a répondu. Lignes de coparticipation pour {scope} : {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="764" />
        <source>TOTVS RH answered: no co-participation rows for {scope}.</source>
        <translation>TOTVS RH a répondu : aucune ligne de coparticipation pour {scope}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_saude.py" line="79" />
        <location filename="../../app/integrations/totvs/service_saude.py" line="91" />
        <source>Type the subscriber id (matrícula) first.</source>
        <translation>Saisissez d’abord le numéro d’adhérent (matrícula).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_saude.py" line="113" />
        <source>Choose a prescription (prescriptionCode) first.</source>
        <translation>Choisissez d’abord une prescription (prescriptionCode).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_saude.py" line="335" />
        <source>This prescription is no longer in the local store: file it again.</source>
        <translation>Cette prescription n’est plus dans la base locale : déposez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_saude.py" line="399" />
        <source>TOTVS Saúde Planos accepted the user and password (token issued).</source>
        <translation>TOTVS Saúde Planos a accepté l’utilisateur et le mot de passe (jeton délivré).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/connection.py" line="44" />
        <source>Connected to Vétélevage (SaaS). Linked accounts: {n}.</source>
        <translation>Connecté à Vétélevage (SaaS). Comptes liés : {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/connection.py" line="50" />
        <source>Connected to Vétélevage (account {account}).</source>
        <translation>Connecté à Vétélevage (compte {account}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/connection.py" line="68" />
        <source>In SaaS mode, choose the Vétélevage account to open (several are linked).</source>
        <translation>En mode SaaS, choisissez le compte Vétélevage à ouvrir (plusieurs sont liés).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="33" />
        <source>{file} is not a regular file: choose a CSV file.</source>
        <translation>{file} n’est pas un fichier ordinaire : choisissez un fichier CSV.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="57" />
        <source>{file} is larger than {mb} MB, the most an import reads. Split it into smaller files.</source>
        <translation>{file} dépasse {mb} Mo, le maximum qu’une importation lit. Découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="78" />
        <source>{file}, line {line}: the line is longer than {most} characters, the most an import reads. Is it really a CSV file?</source>
        <translation>{file}, ligne {line} : la ligne dépasse {most} caractères, le maximum qu’une importation lit. Est-ce bien un fichier CSV ?</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="104" />
        <source>{file}: the file is neither UTF-8 nor Windows-1252 text.</source>
        <translation>{file} : le fichier n’est ni du texte UTF-8 ni du Windows-1252.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="123" />
        <source>{file} is empty. Expected a header line: {header}.</source>
        <translation>{file} est vide. Ligne d’en-tête attendue : {header}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="134" />
        <source>{file}, line {line}: the file cannot be read as CSV ({detail}).</source>
        <translation>{file}, ligne {line} : le fichier ne peut pas être lu comme un CSV ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="149" />
        <source>{file}: the header must be {expected} (missing: {missing}; found: {found}).</source>
        <translation>{file} : l’en-tête doit être {expected} (manquant : {missing} ; trouvé : {found}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="153" />
        <source>{file}: the header must be {expected} (missing: {missing}; found: nothing).</source>
        <translation>{file} : l’en-tête doit être {expected} (manquant : {missing} ; trouvé : rien).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="183" />
        <source>Line {line}, column {field}: a number is expected, the cell is empty.</source>
        <translation>Ligne {line}, colonne {field} : un nombre est attendu, la cellule est vide.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="210" />
        <source>Line {line}, column {field}: a number is expected, got '{value}'.</source>
        <translation>Ligne {line}, colonne {field} : un nombre est attendu, reçu « {value} ».</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="225" />
        <source> (and {n} more)</source>
        <translation> (et {n} de plus)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/csvio.py" line="232" />
        <source>Nothing was imported. {errors}{more}</source>
        <translation>Rien n’a été importé. {errors}{more}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/acts.py" line="54" />
        <source>Act codes must be unique; duplicated: {codes}.</source>
        <translation>Les codes d’acte doivent être uniques ; en double : {codes}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/acts.py" line="97" />
        <source>Line {line}, column {field}: {problem}.</source>
        <translation>Ligne {line}, colonne {field} : {problem}.</translation>
    </message>
    <message>
        <location filename="../../app/core/listen.py" line="37" />
        <source>The port must be a number from 0 to {max} (0: any free port), not {port}. Set {setting} or --port.</source>
        <translation>Le port doit être un nombre de 0 à {max} (0 : n’importe quel port libre), pas {port}. Réglez {setting} ou --port.</translation>
    </message>
    <message>
        <location filename="../../app/core/listen.py" line="70" />
        <source>The listen address {host} is not known on this computer: give an IP address such as 127.0.0.1, or a name this computer can find.</source>
        <translation>L’adresse d’écoute {host} est inconnue sur cet ordinateur : indiquez une adresse IP comme 127.0.0.1, ou un nom que cet ordinateur sait trouver.</translation>
    </message>
    <message>
        <location filename="../../app/core/listen.py" line="91" />
        <source>Port {port} on {host} is already in use (is another 'passerelle serve' running?). Stop it, or choose another port ({setting}, or --port).</source>
        <translation>Le port {port} de {host} est déjà utilisé (un autre « passerelle serve » tourne-t-il ?). Arrêtez-le, ou choisissez un autre port ({setting}, ou --port).</translation>
    </message>
    <message>
        <location filename="../../app/core/listen.py" line="106" />
        <source>This user may not listen on port {port} of {host}: choose a port above 1024 ({setting}).</source>
        <translation>Cet utilisateur ne peut pas écouter sur le port {port} de {host} : choisissez un port au-dessus de 1024 ({setting}).</translation>
    </message>
    <message>
        <location filename="../../app/core/listen.py" line="119" />
        <source>{host} is not an address of this computer, so Passerelle cannot listen on it: keep 127.0.0.1, or give one of this computer's own addresses.</source>
        <translation>{host} n’est pas une adresse de cet ordinateur, Passerelle ne peut donc pas y écouter : gardez 127.0.0.1, ou indiquez l’une des adresses de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/core/listen.py" line="128" />
        <source>The system does not let Passerelle listen on {host}:{port} (error {code}). Choose another port ({setting}, or --port).</source>
        <translation>Le système ne laisse pas Passerelle écouter sur {host}:{port} (erreur {code}). Choisissez un autre port ({setting}, ou --port).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/models.py" line="26" />
        <source>The form's field {name} contains a character that is not text (a lone surrogate).</source>
        <translation>Le champ {name} du formulaire contient un caractère qui n’est pas du texte (un demi-caractère isolé).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/models.py" line="29" />
        <source>The form's field {name} must be a JSON object of text, numbers, lists and objects.</source>
        <translation>Le champ {name} du formulaire doit être un objet JSON de textes, nombres, listes et objets.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/models.py" line="32" />
        <source>The form's field {name} must be under {kb} KB of JSON.</source>
        <translation>Le champ {name} du formulaire doit faire moins de {kb} Ko de JSON.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/models.py" line="120" />
        <source>The form file must hold a JSON object.</source>
        <translation>Le fichier du formulaire doit contenir un objet JSON.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/models.py" line="125" />
        <source>'patient' must be an object.</source>
        <translation>« patient » doit être un objet.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/models.py" line="131" />
        <source>Not a field of the form: {unknown}. Expected: {expected}.</source>
        <translation>Hors des champs du formulaire : {unknown}. Attendus : {expected}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/models.py" line="139" />
        <source>The form's field {key} must be text or a number, not a list or object.</source>
        <translation>Le champ {key} du formulaire doit être du texte ou un nombre, pas une liste ni un objet.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/models.py" line="148" />
        <source>'context' must be a JSON object (e.g. {example}).</source>
        <translation>« context » doit être un objet JSON (par ex. {example}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/models.py" line="165" />
        <source>The form's field {name}: {problem}.</source>
        <translation>Champ {name} du formulaire : {problem}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/cli.py" line="34" />
        <source>--out must end with .csv or .json.</source>
        <translation>--out doit se terminer par .csv ou .json.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/cli.py" line="77" />
        <source>No webhook token is set: store one with `passerelle secret set provet.webhook_token`.</source>
        <translation>Aucun jeton de webhook n’est enregistré : enregistrez-en un avec `passerelle secret set provet.webhook_token`.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/subscriptions.py" line="41" />
        <source>'{param}' is not a Provet webhook parameter Passerelle follows.</source>
        <translation>« {param} » n’est pas un paramètre de webhook Provet que Passerelle suit.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/subscriptions.py" line="47" />
        <source>The department is a Provet department id (1 or more), or empty for all.</source>
        <translation>Le service est un identifiant de service Provet (1 ou plus), ou vide pour tous.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/subscriptions.py" line="64" />
        <source>Provet Cloud: no webhook token is set (provet.webhook_token).</source>
        <translation>Provet Cloud : aucun jeton de webhook n’est défini (provet.webhook_token).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/subscriptions.py" line="69" />
        <source>'{param}' is not a Provet webhook parameter.</source>
        <translation>« {param} » n’est pas un paramètre de webhook Provet.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/rh_export.py" line="222" />
        <source>The export file must end in .csv or .xlsx.</source>
        <translation>Le fichier d’export doit se terminer par .csv ou .xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/export.py" line="90" />
        <source>--format must be csv, xlsx or json.</source>
        <translation>--format doit valoir csv, xlsx ou json.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/cli.py" line="39" />
        <source>--form is required (or --resume REQUEST_ID).</source>
        <translation>--form est obligatoire (ou --resume ID_DEMANDE).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/browsing.py" line="150" />
        <source>Give the saved query a name.</source>
        <translation>Donnez un nom à la requête enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="90" />
        <source>The output file must end in .csv or .json.</source>
        <translation>Le fichier de sortie doit se terminer par .csv ou .json.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/cli.py" line="104" />
        <source>{file} must hold one JSON object with the POST body's fields.</source>
        <translation>{file} doit contenir un seul objet JSON avec les champs du corps du POST.</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="157" />
        <source>--days is how many days to keep: 0 or more, not {days}.</source>
        <translation>--days est le nombre de jours à garder : 0 ou plus, pas {days}.</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="203" />
        <source>--id: no open item {ids}; `passerelle attention` lists them.</source>
        <translation>--id : aucun élément ouvert {ids} ; `passerelle attention` les liste.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/prefill.py" line="50" />
        <source>Give an owner number or an animal number, not both.</source>
        <translation>Indiquez un numéro de propriétaire ou un numéro d’animal, pas les deux.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/prefill.py" line="60" />
        <source>{source} patient {animal} has no owner to prefill from.</source>
        <translation>Le patient {animal} de {source} n’a pas de propriétaire d’où pré-remplir.</translation>
    </message>
    <message>
        <location filename="../../app/ops/alerts.py" line="49" />
        <source>Opening hours: '{part}' should look like 'mon-fri 08:00-19:00'.</source>
        <translation>Horaires d’ouverture : « {part} » doit ressembler à « mon-fri 08:00-19:00 ».</translation>
    </message>
    <message>
        <location filename="../../app/ops/alerts.py" line="62" />
        <source>Opening hours: '{span}' should look like 08:00-19:00.</source>
        <translation>Horaires d’ouverture : « {span} » doit ressembler à 08:00-19:00.</translation>
    </message>
    <message>
        <location filename="../../app/ops/alerts.py" line="68" />
        <source>Opening hours: '{span}' ends before it starts.</source>
        <translation>Horaires d’ouverture : « {span} » finit avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/schema.py" line="271" />
        <source>Unknown Provet Cloud endpoint '{name}': choose one of {choices}.</source>
        <translation>Point d’accès Provet Cloud inconnu « {name} » : choisissez parmi {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/webhook_server.py" line="136" />
        <source>The webhook token (provet.webhook_token) must be at least {n} characters with no '/': set a long random one, e.g. with `passerelle secret set provet.webhook_token`.</source>
        <translation>Le jeton de webhook (provet.webhook_token) doit compter au moins {n} caractères, sans « / » : définissez-en un long et aléatoire, par ex. avec `passerelle secret set provet.webhook_token`.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="64" />
        <location filename="../../app/integrations/provet/client.py" line="33" />
        <source>Provet Cloud: the REST API address (provet.base_url) is not set.</source>
        <translation>Provet Cloud : l’adresse de l’API REST (provet.base_url) n’est pas renseignée.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="80" />
        <source>Provet Cloud: the REST API address must end with /api/0.1/ (e.g. {example}).</source>
        <translation>Provet Cloud : l’adresse de l’API REST doit se terminer par /api/0.1/ (par ex. {example}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="116" />
        <source>{service}: the registration lists no loopback redirect address ({listed}); ask Provet Cloud support to add {fallback} to the integration's redirect URIs.</source>
        <translation>{service} : l’enregistrement ne liste aucune adresse de redirection locale ({listed}) ; demandez au support de Provet Cloud d’ajouter {fallback} aux adresses de redirection de l’intégration.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="152" />
        <source>Provet Cloud: the OAuth2 client id (provet.client_id) is not set.</source>
        <translation>Provet Cloud : l’identifiant client OAuth2 (provet.client_id) n’est pas renseigné.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="161" />
        <source>Provet Cloud: the client secret is missing; enter it in Connections (it goes to the keyring).</source>
        <translation>Provet Cloud : le secret client manque ; saisissez-le dans Connexions (il va dans le trousseau).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="453" />
        <source>{service} ended the session (the sign-in expired or was revoked): click Connect to sign in again.</source>
        <translation>{service} a mis fin à la session (la connexion a expiré ou a été révoquée) : cliquez sur Se connecter pour vous reconnecter.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="462" />
        <source>{service} is not connected: click Connect to sign in through the browser.</source>
        <translation>{service} n’est pas connecté : cliquez sur Se connecter pour vous connecter dans le navigateur.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="485" />
        <source>{service}: the sign-in redirect address '{address}' is not a loopback address with a port ({example}).</source>
        <translation>{service} : l’adresse de redirection de la connexion « {address} » n’est pas une adresse locale avec un port ({example}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="518" />
        <source>The sign-in cannot receive {service}'s answer: port {port} on this computer is in use. Close the program that uses it, or choose another port (provet.redirect_port) that the registration lists, then click Connect again.</source>
        <translation>La connexion ne peut pas recevoir la réponse de {service} : le port {port} de cet ordinateur est déjà utilisé. Fermez le programme qui l’utilise, ou choisissez un autre port (provet.redirect_port) que l’enregistrement liste, puis cliquez à nouveau sur Se connecter.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="546" />
        <source>The sign-in in the browser did not finish in time ({minutes} min; was the browser window closed?). Click Connect to try again.</source>
        <translation>La connexion dans le navigateur n’a pas abouti à temps ({minutes} min ; la fenêtre du navigateur a-t-elle été fermée ?). Cliquez sur Se connecter pour réessayer.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/auth.py" line="616" />
        <source>{service}: no sign-in redirect address is set (provet.redirect_port).</source>
        <translation>{service} : aucune adresse de redirection de connexion n’est définie (provet.redirect_port).</translation>
    </message>
    <message>
        <location filename="../../app/core/http.py" line="227" />
        <source>The certificate file in network.ca_bundle ({file}) cannot be read: {reason}. Point it at a PEM file, or empty it.</source>
        <translation>Le fichier de certificats de network.ca_bundle ({file}) ne peut pas être lu : {reason}. Indiquez un fichier PEM, ou videz ce réglage.</translation>
    </message>
    <message>
        <location filename="../../app/core/http.py" line="243" />
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <location filename="../../app/core/http.py" line="245" />
        <source>this account is not allowed to read it</source>
        <translation>ce compte n’a pas le droit de le lire</translation>
    </message>
    <message>
        <location filename="../../app/core/http.py" line="247" />
        <source>it is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../app/core/http.py" line="256" />
        <source>it holds no readable PEM certificate</source>
        <translation>il ne contient aucun certificat PEM lisible</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="27" />
        <source>a value is required</source>
        <translation>une valeur est requise</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="28" />
        <source>a whole number is expected, not '{value}'</source>
        <translation>un nombre entier est attendu, pas « {value} »</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="29" />
        <source>a number is expected, not '{value}'</source>
        <translation>un nombre est attendu, pas « {value} »</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="30" />
        <source>a finite number is expected, not '{value}'</source>
        <translation>un nombre fini est attendu, pas « {value} »</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="31" />
        <source>true or false is expected, not '{value}'</source>
        <translation>true ou false est attendu, pas « {value} »</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="32" />
        <source>at most {le} is allowed, not {value}</source>
        <translation>{le} au plus est permis, pas {value}</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="33" />
        <source>at least {ge} is required, not {value}</source>
        <translation>{ge} au moins est requis, pas {value}</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="34" />
        <source>a value below {lt} is required, not {value}</source>
        <translation>une valeur inférieure à {lt} est requise, pas {value}</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="35" />
        <source>a value above {gt} is required, not {value}</source>
        <translation>une valeur supérieure à {gt} est requise, pas {value}</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="36" />
        <source>one of {expected} is expected, not '{value}'</source>
        <translation>l’une des valeurs {expected} est attendue, pas « {value} »</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="37" />
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="38" />
        <source>at least {min_length} characters are expected</source>
        <translation>au moins {min_length} caractères sont attendus</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="39" />
        <source>at most {max_length} characters are allowed</source>
        <translation>{max_length} caractères au plus sont permis</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="40" />
        <source>text is expected</source>
        <translation>un texte est attendu</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="41" />
        <source>a list is expected</source>
        <translation>une liste est attendue</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="42" />
        <source>a JSON object is expected</source>
        <translation>un objet JSON est attendu</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="43" />
        <source>a date YYYY-MM-DD is expected, not '{value}'</source>
        <translation>une date AAAA-MM-JJ est attendue, pas « {value} »</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="44" />
        <source>a date and time YYYY-MM-DDThh:mm:ss is expected, not '{value}'</source>
        <translation>une date et une heure AAAA-MM-JJThh:mm:ss sont attendues, pas « {value} »</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="45" />
        <source>'{value}' does not have the expected form</source>
        <translation>« {value} » n’a pas la forme attendue</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="46" />
        <source>is not a known field</source>
        <translation>n’est pas un champ connu</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="47" />
        <source>'{value}' cannot be used here</source>
        <translation>« {value} » ne peut pas être utilisé ici</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="127" />
        <location filename="../../app/integrations/omnidoc/fields.py" line="101" />
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/core/pydantic_sentences.py" line="138" />
        <source>{first}; {rest}</source>
        <translation>{first} ; {rest}</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="127" />
        <source>'{value}' is not a UTC offset (from -12:00 to +14:00)</source>
        <translation>« {value} » n’est pas un décalage UTC (de -12:00 à +14:00)</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="136" />
        <source>unknown time zone '{value}': use a name such as {name} or an offset such as {offset}</source>
        <translation>fuseau horaire inconnu « {value} » : utilisez un nom comme {name} ou un décalage comme {offset}</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="155" />
        <source>'{value}' is not a companyId:branchId pair; write them like {example}</source>
        <translation>« {value} » n’est pas une paire companyId:branchId ; écrivez-les comme {example}</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="253" />
        <source>must be empty, none, or an address such as {example}</source>
        <translation>doit être vide, none, ou une adresse comme {example}</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="318" />
        <source>Unknown settings section '{section}'. Known: {known}.</source>
        <translation>Section de réglages inconnue « {section} ». Sections connues : {known}.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="340" />
        <source>a value is expected</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="341" />
        <source>a comma is expected</source>
        <translation>une virgule est attendue</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="342" />
        <source>a colon is expected</source>
        <translation>un deux-points « : » est attendu</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="343" />
        <source>a name in double quotes is expected, or a comma follows the last value</source>
        <translation>un nom entre guillemets doubles est attendu, ou une virgule suit la dernière valeur</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="346" />
        <source>more text follows the end of the settings</source>
        <translation>du texte suit la fin des réglages</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="347" />
        <source>a text is not closed by its quote</source>
        <translation>un texte n’est pas fermé par son guillemet</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="348" />
        <source>a text holds a line break or a tab</source>
        <translation>un texte contient un saut de ligne ou une tabulation</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="349" />
        <source>a backslash must be doubled</source>
        <translation>une barre oblique inverse doit être doublée</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="357" />
        <source>it is not valid JSON</source>
        <translation>ce n’est pas du JSON valide</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="360" />
        <source>line {line}, column {column}: {problem}</source>
        <translation>ligne {line}, colonne {column} : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="366" />
        <source>it is not UTF-8 text</source>
        <translation>ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="386" />
        <source>The settings file {file} cannot be read ({detail}). Fix or delete it.</source>
        <translation>Le fichier de réglages {file} ne peut pas être lu ({detail}). Corrigez-le ou supprimez-le.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="397" />
        <source>The settings file {file} does not hold a JSON object. Fix or delete it.</source>
        <translation>Le fichier de réglages {file} ne contient pas d’objet JSON. Corrigez-le ou supprimez-le.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="427" />
        <source>Invalid setting — {problems}.</source>
        <translation>Réglage invalide — {problems}.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="466" />
        <source>Unknown setting '{key}'. Keys of [{section}]: {keys}.</source>
        <translation>Réglage inconnu « {key} ». Clés de [{section}] : {keys}.</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="481" />
        <source>'{key}' is a secret: use 'passerelle secret set {key}'.</source>
        <translation>« {key} » est un secret : utilisez « passerelle secret set {key} ».</translation>
    </message>
    <message>
        <location filename="../../app/core/settings.py" line="491" />
        <source>Invalid {key}: {problems}.</source>
        <translation>Valeur invalide pour {key} : {problems}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/models.py" line="199" />
        <source>must be a number (the tenant's Provet ID)</source>
        <translation>doit être un nombre (l’identifiant Provet de l’instance)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/models.py" line="200" />
        <source>must be a whole number (the tenant's Provet ID)</source>
        <translation>doit être un nombre entier (l’identifiant Provet de l’instance)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/models.py" line="213" />
        <source>must be a finite number, not NaN or infinity</source>
        <translation>doit être un nombre fini, ni NaN ni l’infini</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/models.py" line="227" />
        <source>is too long to keep in the keyring (about {chars} characters at most)</source>
        <translation>est trop long pour le trousseau (environ {chars} caractères au plus)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="97" />
        <source>Unknown prescription status {codes}: expected one of {expected}.</source>
        <translation>Statut de prescription inconnu {codes} : l’un de {expected} est attendu.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="104" />
        <source>'{value}' is not an amount</source>
        <translation>« {value} » n’est pas un montant</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="115" />
        <source>the amount {value} must be sent as text or a decimal, not a binary float</source>
        <translation>le montant {value} doit être envoyé en texte ou en décimal, pas en nombre flottant binaire</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/models.py" line="556" />
        <source>a co-participation item without its id cannot be stored</source>
        <translation>un élément de coparticipation sans son id ne peut pas être enregistré</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/models.py" line="77" />
        <source>the act code '{value}' must be 1 to 32 characters among letters, digits, '.', '_' and '-'</source>
        <translation>le code d’acte « {value} » doit compter de 1 à 32 caractères parmi les lettres, les chiffres, « . », « _ » et « - »</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/models.py" line="90" />
        <source>the price must not be negative (got {value})</source>
        <translation>le prix ne peut pas être négatif (reçu {value})</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/models.py" line="153" />
        <source>quantity must not be negative (got {value})</source>
        <translation>la quantité ne peut pas être négative (reçu {value})</translation>
    </message>
    <message>
        <location filename="../../app/ops/shared_database.py" line="24" />
        <source>The address must start with {scheme} (e.g. {example}).</source>
        <translation>L’adresse doit commencer par {scheme} (par exemple {example}).</translation>
    </message>
    <message>
        <location filename="../../app/core/migrations.py" line="50" />
        <source>The database could not be prepared ({kind}: {detail}). Restore the last backup or contact support with the log file.</source>
        <translation>La base de données n’a pas pu être préparée ({kind} : {detail}). Restaurez la dernière sauvegarde ou contactez le support avec le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="35" />
        <source>This desk uses the clinic's shared PostgreSQL database: its backups are the database server's job (pg_dump), not this desk's.</source>
        <translation>Ce poste utilise la base PostgreSQL partagée de la clinique : ses sauvegardes sont l’affaire du serveur de base de données (pg_dump), pas de ce poste.</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="144" />
        <source>{file} is a folder, not a backup file.</source>
        <translation>{file} est un dossier, pas un fichier de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="146" />
        <source>{file} does not exist.</source>
        <translation>{file} n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="149" />
        <source>{file} is not a database file.</source>
        <translation>{file} n’est pas un fichier de base de données.</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="154" />
        <source>{file} is damaged.</source>
        <translation>{file} est endommagé.</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="157" />
        <source>{file} is not a Passerelle database.</source>
        <translation>{file} n’est pas une base de données Passerelle.</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="165" />
        <source>{file} cannot be read ({detail}).</source>
        <translation>{file} ne peut pas être lu ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="174" />
        <source>{file} comes from a newer Passerelle (schema {schema}); install that version or newer to restore it.</source>
        <translation>{file} vient d’une version plus récente de Passerelle (schéma {schema}) ; installez cette version ou une plus récente pour la restaurer.</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="222" />
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/fields.py" line="110" />
        <source>The request cannot be sent: {problems}</source>
        <translation>La demande ne peut pas être envoyée : {problems}</translation>
    </message>
    <message>
        <location filename="../../app/core/store_problems.py" line="15" />
        <source>the file is shorter than it should be</source>
        <translation>le fichier est plus court qu’il ne devrait</translation>
    </message>
    <message>
        <location filename="../../app/core/store_problems.py" line="16" />
        <source>the disk refused a read or a write</source>
        <translation>le disque a refusé une lecture ou une écriture</translation>
    </message>
    <message>
        <location filename="../../app/core/store_problems.py" line="17" />
        <source>some of its pages are damaged</source>
        <translation>certaines de ses pages sont endommagées</translation>
    </message>
    <message>
        <location filename="../../app/core/store_problems.py" line="18" />
        <source>it is not a database file</source>
        <translation>ce n’est pas un fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../app/core/store_problems.py" line="19" />
        <source>the file cannot be opened</source>
        <translation>le fichier ne peut pas être ouvert</translation>
    </message>
    <message>
        <location filename="../../app/core/store_problems.py" line="20" />
        <source>the file or its folder is read-only</source>
        <translation>le fichier ou son dossier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../app/core/store_problems.py" line="21" />
        <source>this account is not allowed to use the file</source>
        <translation>ce compte n’a pas le droit d’utiliser le fichier</translation>
    </message>
    <message>
        <location filename="../../app/core/store_problems.py" line="22" />
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../app/core/store_problems.py" line="23" />
        <source>another program holds the file</source>
        <translation>un autre programme tient le fichier</translation>
    </message>
    <message>
        <location filename="../../app/core/store_problems.py" line="39" />
        <source>the file is missing</source>
        <translation>le fichier est absent</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/store_problems.py" line="59" />
        <source>SQLite's check found %n problem(s) in it</source>
        <translation><numerusform>la vérification de SQLite y a trouvé %n problème</numerusform><numerusform>la vérification de SQLite y a trouvé %n problèmes</numerusform></translation>
    </message>
</context>
<context>
    <name>integrations</name>
    <message>
        <location filename="../../app/ui/_strings.py" line="73" />
        <source>Vétélevage</source>
        <translation>Vétélevage</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="74" />
        <source>Provet Cloud</source>
        <translation>Provet Cloud</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="75" />
        <source>Omnidoc</source>
        <translation>Omnidoc</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="76" />
        <source>TOTVS Saúde Planos</source>
        <translation>TOTVS Saúde Planos</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="77" />
        <source>TOTVS RH</source>
        <translation>TOTVS RH</translation>
    </message>
    <message>
        <location filename="../../app/integrations/__init__.py" line="58" />
        <source>Operations</source>
        <translation>Exploitation</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="228" />
        <source>prefilled request {request} opened in the browser</source>
        <translation>demande préremplie {request} ouverte dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="402" />
        <source>Omnidoc draft {draft} created</source>
        <translation>Brouillon Omnidoc {draft} créé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/integrations/omnidoc/service.py" line="423" />
        <source>%n file(s) on Omnidoc draft {draft}</source>
        <translation><numerusform>%n fichier sur le brouillon Omnidoc {draft}</numerusform><numerusform>%n fichiers sur le brouillon Omnidoc {draft}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/integrations/omnidoc/service.py" line="672" />
        <source>personal data of %n request(s) purged</source>
        <translation><numerusform>données personnelles de %n demande effacées</numerusform><numerusform>données personnelles de %n demandes effacées</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="462" />
        <source>Omnidoc draft {draft} opened in the browser</source>
        <translation>brouillon Omnidoc {draft} ouvert dans le navigateur</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="529" />
        <source>request {request}: an upload got no answer, the files go to a fresh draft</source>
        <translation>demande {request} : un envoi est resté sans réponse, les fichiers partent sur un nouveau brouillon</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/inbox.py" line="209" />
        <source>Provet Cloud notification {what} received; nothing to fetch.</source>
        <translation>Notification Provet Cloud {what} reçue ; rien à récupérer.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/polling.py" line="114" />
        <source>Catch-up poll: {new} new, {updated} changed.</source>
        <translation>Rattrapage terminé (nouveaux : {new} ; modifiés : {updated}).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="53" />
        <source>Co-participation full load of {scope}</source>
        <translation>Chargement complet de la co-participation de {scope}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="54" />
        <source>Co-participation incremental load of {scope}</source>
        <translation>Chargement des modifications de la co-participation de {scope}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="55" />
        <source>Co-participation re-sync of {scope}</source>
        <translation>Resynchronisation de la co-participation de {scope}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="397" />
        <source>Co-participation load of {scope} stopped: {error}</source>
        <translation>Le chargement de la co-participation de {scope} s’est arrêté : {error}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="399" />
        <source>Co-participation load of {scope} cancelled</source>
        <translation>Chargement de la co-participation de {scope} annulé</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/acts.py" line="191" />
        <source>acts push refused: {error}</source>
        <translation>envoi des actes refusé : {error}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/acts.py" line="195" />
        <source>Acts sent: {sent}, accepted: {accepted}; the server's list now matches the clinic's.</source>
        <translation>Actes envoyés : {sent}, acceptés : {accepted} ; la liste du serveur est maintenant celle de la clinique.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/acts.py" line="198" />
        <source>Acts sent: {sent}, accepted: {accepted}; the server's list still differs — only there: {added}; missing there: {removed}; different: {changed}.</source>
        <translation>Actes envoyés : {sent}, acceptés : {accepted} ; la liste du serveur diffère encore — seulement là-bas : {added} ; absents là-bas : {removed} ; différents : {changed}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/acts.py" line="206" />
        <source>{sent} acts sent, {accepted} accepted; differences after: {diff}</source>
        <translation>{sent} actes envoyés, {accepted} acceptés ; différences après : {diff}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/importing.py" line="217" />
        <source>import of account {account} failed: {error}</source>
        <translation>l’import du compte {account} a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/importing.py" line="288" />
        <source>batch {lot} acknowledged</source>
        <translation>lot {lot} acquitté</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/importing.py" line="597" />
        <source>batch {lot} of account {account}: {received} received, {new} new, {known} already known, {held} held</source>
        <translation>lot {lot} du compte {account} (visites reçues : {received}, nouvelles : {new}, déjà connues : {known}, retenues : {held})</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="30" />
        <source>{n} clinic products imported</source>
        <translation>{n} produits de la clinique importés</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/catalogue.py" line="224" />
        <source>clinic product {code} added</source>
        <translation>produit de la clinique {code} ajouté</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/integrations/vetelevage/mapping.py" line="357" />
        <source>product {product} mapped to {code}; %n waiting visit(s) updated</source>
        <translation><numerusform>produit {product} associé à {code} ; %n visite en attente mise à jour</numerusform><numerusform>produit {product} associé à {code} ; %n visites en attente mises à jour</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="409" />
        <source>visit {visit}: product {product} billed as {code} (this visit only)</source>
        <translation>visite {visit} : produit {product} facturé comme {code} (cette visite seulement)</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping.py" line="57" />
        <source>{n} mappings imported</source>
        <translation>{n} correspondances importées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/integrations/vetelevage/ledger.py" line="117" />
        <source>visit {visit} committed: %n billing line(s)</source>
        <translation><numerusform>visite {visit} facturée : %n ligne</numerusform><numerusform>visite {visit} facturée : %n lignes</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/ledger.py" line="200" />
        <source>visit {visit} set aside</source>
        <translation>visite {visit} mise de côté</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/ledger.py" line="282" />
        <source>visit {visit}: correction revision {revision}</source>
        <translation>visite {visit} : correction, révision {revision}</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="56" />
        <source>backup written to {name}</source>
        <translation>sauvegarde écrite dans {name}</translation>
    </message>
    <message>
        <location filename="../../app/ops/backup.py" line="199" />
        <source>database restored from {source}; previous kept as {kept}</source>
        <translation>base restaurée depuis {source} ; la précédente est gardée sous {kept}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_saude.py" line="197" />
        <source>Prescription {code} filed</source>
        <translation>Prescription {code} déposée</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="141" />
        <source>{what}: gave up after {n} attempts; waits for a person</source>
        <translation>{what} : abandon après {n} tentatives ; attend une personne</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="234" />
        <source>{kind} {ref} went through on retry</source>
        <translation>{kind} {ref} est passé au nouvel essai</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="235" />
        <source>{kind} {ref} marked handled: {comment}</source>
        <translation>{kind} {ref} marqué comme traité : {comment}</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="236" />
        <source>{kind} {ref} marked handled</source>
        <translation>{kind} {ref} marqué comme traité</translation>
    </message>
    <message>
        <location filename="../../app/ops/retention.py" line="62" />
        <source>raw payloads older than {days} days pruned: {n}</source>
        <translation>données brutes de plus de {days} jours élaguées : {n}</translation>
    </message>
    <message>
        <location filename="../../app/ops/retry.py" line="233" />
        <source>{kind} {ref}: gave up after {n} attempts; waits for a person</source>
        <translation>{kind} {ref} : abandon après {n} tentatives ; attend une personne</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping_changes.py" line="201" />
        <source>mapping of {product} to {code} removed; lines changed: {n}</source>
        <translation>correspondance de {product} vers {code} supprimée ; lignes changées : {n}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/mapping_changes.py" line="237" />
        <source>product {product} left unmapped on purpose</source>
        <translation>produit {product} laissé sans correspondance volontairement</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/dictionary.py" line="126" />
        <source>dictionary refreshed: {received} read, {added} new, {changed} changed, {removed} removed</source>
        <translation>dictionnaire mis à jour : {received} produits lus, {added} nouveaux, {changed} modifiés, {removed} retirés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/integrations/provet/browsing.py" line="33" />
        <source>Pulled %n {endpoint} object(s) from Provet Cloud.</source>
        <translation><numerusform>%n objet {endpoint} téléchargé depuis Provet Cloud.</numerusform><numerusform>%n objets {endpoint} téléchargés depuis Provet Cloud.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/integrations/provet/processing.py" line="40" />
        <source>Processed %n Provet Cloud notification(s).</source>
        <translation><numerusform>%n notification Provet Cloud traitée.</numerusform><numerusform>%n notifications Provet Cloud traitées.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/integrations/vetelevage/export.py" line="161" />
        <source>export {export} to {file} could not be written; its %n billing line(s) wait for the next export</source>
        <translation><numerusform>l’export {export} vers {file} n’a pas pu être écrit ; %n ligne de facturation attend le prochain export</numerusform><numerusform>l’export {export} vers {file} n’a pas pu être écrit ; ses %n lignes de facturation attendent le prochain export</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/integrations/vetelevage/export.py" line="236" />
        <source>export {export}: %n billing line(s) to {file}</source>
        <translation><numerusform>export {export} : %n ligne de facturation dans {file}</numerusform><numerusform>export {export} : %n lignes de facturation dans {file}</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="146" />
        <source>{what}: went through on retry</source>
        <translation>{what} : passé au nouvel essai</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="188" />
        <source>{what}: marked handled ({comment})</source>
        <translation>{what} : marqué comme traité ({comment})</translation>
    </message>
    <message>
        <location filename="../../app/ops/actions.py" line="190" />
        <source>{what}: marked handled</source>
        <translation>{what} : marqué comme traité</translation>
    </message>
    <message>
        <location filename="../../app/ops/cli.py" line="137" />
        <source>database restored from {source}; damaged one kept as {kept}</source>
        <translation>base restaurée depuis {source} ; l’endommagée est gardée sous {kept}</translation>
    </message>
    <message>
        <location filename="../../app/ops/support.py" line="79" />
        <source>support report written to {name}</source>
        <translation>rapport d’assistance écrit dans {name}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/connection.py" line="112" />
        <source>Connected to Provet Cloud ({grant}).</source>
        <translation>Connecté à Provet Cloud ({grant}).</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="311" />
        <source>secret {key} changed</source>
        <translation>secret {key} modifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/connections_dialog.py" line="362" />
        <source>settings changed: {section}</source>
        <translation>réglages modifiés : {section}</translation>
    </message>
</context>
<context>
    <name>self.model</name>
    <message>
        <location filename="../../app/ui/attention_view.py" line="157" />
        <source>Next try {when}</source>
        <translation>Prochain essai {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/attention_view.py" line="158" />
        <source>Gave up after %n attempt(s)</source>
        <translation><numerusform>Abandonné après %n tentative</numerusform><numerusform>Abandonné après %n tentatives</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/attention_view.py" line="159" />
        <source>Waits for a person</source>
        <translation>Attend une personne</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../app/ui/_strings.py" line="6" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="7" />
        <source>Empty: the system's.</source>
        <translation>Vide : celle du système.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="8" />
        <source>Desk name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="9" />
        <source>Shown in the journal; default: computer name.</source>
        <translation>Affiché dans le journal ; par défaut : le nom de l’ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="10" />
        <source>Check for updates</source>
        <translation>Rechercher les mises à jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="11" />
        <source>General behaviour of the desktop app.</source>
        <translation>Comportement général de l’application.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="12" />
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="13" />
        <source>Authentication mode</source>
        <translation>Mode d’authentification</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="14" />
        <source>Editor client id</source>
        <translation>Identifiant client éditeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="15" />
        <source>Editor client secret</source>
        <translation>Secret client éditeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="16" />
        <source>Account login (vétérinaire mode)</source>
        <translation>Identifiant du compte (mode vétérinaire)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="17" />
        <source>Account password (vétérinaire mode)</source>
        <translation>Mot de passe du compte (mode vétérinaire)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="18" />
        <source>Account (SaaS mode)</source>
        <translation>Compte (mode SaaS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="19" />
        <source>One account id, or 'all'.</source>
        <translation>Un identifiant de compte, ou tous les comptes liés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="20" />
        <source>Import every N minutes (0: off)</source>
        <translation>Importer toutes les N minutes (0 : désactivé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="21" />
        <source>Daily acts push (HH:MM, empty: off)</source>
        <translation>Envoi quotidien des actes (HH:MM, vide : désactivé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="22" />
        <source>Vétélevage "Passerelle LGCV".</source>
        <translation>Vétélevage « Passerelle LGCV ».</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="23" />
        <source>REST API address</source>
        <translation>Adresse de l’API REST</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="24" />
        <source>https://provetcloud.com/&lt;provet_id&gt;/api/0.1/</source>
        <translation>https://provetcloud.com/&lt;provet_id&gt;/api/0.1/</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="25" />
        <source>OAuth2 client id</source>
        <translation>Identifiant client OAuth2</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="26" />
        <source>OAuth2 client secret</source>
        <translation>Secret client OAuth2</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="27" />
        <source>OAuth2 grant</source>
        <translation>Type d’autorisation OAuth2</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="28" />
        <source>Sign-in redirect port</source>
        <translation>Port de retour de la connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="29" />
        <source>Receive webhooks</source>
        <translation>Recevoir les webhooks</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="30" />
        <source>Webhook listen address</source>
        <translation>Adresse d’écoute des webhooks</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="31" />
        <source>Webhook port</source>
        <translation>Port des webhooks</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="32" />
        <source>Webhook path token</source>
        <translation>Jeton du chemin des webhooks</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="33" />
        <source>Catch-up poll every N minutes (0: off)</source>
        <translation>Rattrapage toutes les N minutes (0 : désactivé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="34" />
        <source>Catch-up overlap (minutes)</source>
        <translation>Chevauchement du rattrapage (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="35" />
        <source>Provet Cloud.</source>
        <translation>Provet Cloud.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="36" />
        <source>Database URL</source>
        <translation>Adresse de la base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="37" />
        <source>Empty: the SQLite file in the data dir.</source>
        <translation>Vide : le fichier SQLite du dossier des données.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="38" />
        <source>Database password</source>
        <translation>Mot de passe de la base</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="39" />
        <source>Local store: SQLite in the data dir, or a clinic's shared PostgreSQL.</source>
        <translation>Stockage local : SQLite dans le dossier des données, ou le PostgreSQL partagé de la clinique.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="40" />
        <source>Omnidoc address</source>
        <translation>Adresse d’Omnidoc</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="41" />
        <source>Or https://playground.omnidoc.fr</source>
        <translation>Ou https://playground.omnidoc.fr</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="42" />
        <source>API token</source>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="43" />
        <source>Author RPPS (11 digits)</source>
        <translation>RPPS de l’auteur (11 chiffres)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="44" />
        <source>Keep personal data in history (days)</source>
        <translation>Conserver les données personnelles de l’historique (jours)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="45" />
        <source>Omnidoc teleexpertise.</source>
        <translation>Téléexpertise Omnidoc.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="46" />
        <source>Protheus REST address</source>
        <translation>Adresse REST Protheus</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="47" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="48" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="49" />
        <source>Health insurer code</source>
        <translation>Code de l’opérateur de santé</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="50" />
        <source>TOTVS Saúde Planos (Protheus).</source>
        <translation>TOTVS Saúde Planos (Protheus).</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="51" />
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="52" />
        <source>Companies and branches</source>
        <translation>Sociétés et établissements</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="53" />
        <source>companyId:branchId pairs that exist in Protheus, comma-separated, e.g. T1:D MG 01, T2:01</source>
        <translation>Paires companyId:branchId existant dans Protheus, séparées par des virgules, p. ex. T1:D MG 01, T2:01</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="54" />
        <source>Protheus server time zone</source>
        <translation>Fuseau horaire du serveur Protheus</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="55" />
        <source>Protheus compares datemodified in its own local time. Empty: this computer's time zone; or a name such as America/Sao_Paulo, or an offset such as -03:00.</source>
        <translation>Protheus compare datemodified dans sa propre heure locale. Vide : le fuseau de cet ordinateur ; ou un nom comme America/Sao_Paulo, ou un décalage comme -03:00.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="57" />
        <source>Incremental overlap (days)</source>
        <translation>Chevauchement incrémental (jours)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="58" />
        <source>Protheus filters by payment date: each load of changes asks again from this many days before the previous load; rows received twice are kept once.</source>
        <translation>Protheus filtre par date de paiement : chaque chargement des modifications redemande à partir de ce nombre de jours avant le précédent ; une ligne reçue deux fois est gardée une fois.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="56" />
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="59" />
        <source>TOTVS RH (GPEA003API).</source>
        <translation>TOTVS RH (GPEA003API).</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="60" />
        <source>Keep raw payloads (days)</source>
        <translation>Conserver les données brutes (jours)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="61" />
        <source>Backup every N hours (0: off)</source>
        <translation>Sauvegarde toutes les N heures (0 : désactivé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="62" />
        <source>Backups kept</source>
        <translation>Sauvegardes conservées</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="63" />
        <source>Clinic opening hours</source>
        <translation>Horaires d’ouverture de la clinique</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="64" />
        <source>Alert when an integration fails for (minutes)</source>
        <translation>Alerter quand une intégration échoue depuis (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="65" />
        <source>Alert when no visits imported for (working days)</source>
        <translation>Alerter sans visites importées depuis (jours ouvrés)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="66" />
        <source>One daily digest instead of immediate alerts</source>
        <translation>Un récapitulatif quotidien au lieu d’alertes immédiates</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="67" />
        <source>Operations: retention, backups, alerts.</source>
        <translation>Exploitation : conservation, sauvegardes, alertes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="68" />
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="69" />
        <source>Empty: the system's (HTTPS_PROXY, or Windows' Internet Options); none: direct; or http://host:port</source>
        <translation>Vide : celui du système (HTTPS_PROXY, ou les Options Internet de Windows) ; none : direct ; ou http://hôte:port</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="70" />
        <source>Extra trusted certificates (PEM file)</source>
        <translation>Certificats de confiance supplémentaires (fichier PEM)</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="71" />
        <source>Trusted besides the public authorities, e.g. a firewall's inspection certificate.</source>
        <translation>Approuvés en plus des autorités publiques, par ex. le certificat d’inspection d’un pare-feu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/_strings.py" line="72" />
        <source>How the APIs are reached. TLS certificates are always verified.</source>
        <translation>Comment les API sont jointes. Les certificats TLS sont toujours vérifiés.</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../app/integrations/omnidoc/service.py" line="117" />
        <source>The prefilled URL works; set the API token to send files.</source>
        <translation>L’URL préremplie fonctionne ; saisissez le jeton d’API pour envoyer des fichiers.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/connection.py" line="144" />
        <source>Provet Cloud is not set up yet.</source>
        <translation>Provet Cloud n’est pas encore configuré.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/provet/connection.py" line="154" />
        <source>{n} notification(s) could not be processed.</source>
        <translation>Notifications non traitées : {n}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="719" />
        <source>Set the TOTVS RH address and user in Connections.</source>
        <translation>Saisissez l’adresse et l’utilisateur TOTVS RH dans Connexions.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="733" />
        <source>No co-participation load yet.</source>
        <translation>Aucun chargement de co-participation pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="738" />
        <source>The last load stopped: {reason}</source>
        <translation>Le dernier chargement s’est arrêté : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_rh.py" line="743" />
        <source>Co-participation loaded.</source>
        <translation>Co-participation chargée.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_saude.py" line="368" />
        <source>Set the TOTVS Saúde address and user in Connections.</source>
        <translation>Saisissez l’adresse et l’utilisateur TOTVS Saúde dans Connexions.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_saude.py" line="380" />
        <source>{n} prescription(s) sent without an answer: send them again.</source>
        <translation>Prescriptions envoyées sans réponse : {n}. Renvoyez-les.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/totvs/service_saude.py" line="382" />
        <source>Ready to list and file prescriptions.</source>
        <translation>Prêt à consulter et déposer des prescriptions.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/connection.py" line="100" />
        <source>Set the editor credentials in Connections.</source>
        <translation>Saisissez les identifiants éditeur dans Connexions.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/connection.py" line="111" />
        <source>The import of {accounts} failed: see Needs attention.</source>
        <translation>L’import de {accounts} a échoué : voir « À traiter ».</translation>
    </message>
</context>
<context>
    <name>validators</name>
    <message>
        <location filename="../../app/core/validators.py" line="46" />
        <source>The NIR's check key (its last 2 digits) is wrong.</source>
        <translation>La clé du NIR (ses 2 derniers chiffres) est fausse.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="47" />
        <source>The NIR may hold only digits (and 2A or 2B for Corsica).</source>
        <translation>Le NIR ne contient que des chiffres (et 2A ou 2B pour la Corse).</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="50" />
        <source>A part of the NIR is impossible.</source>
        <translation>Une partie du NIR est impossible.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="59" />
        <source>NIR must have 15 characters (13 + 2-digit key), got {count}.</source>
        <translation>Le NIR doit faire 15 caractères (13 + une clé de 2 chiffres) ; {count} saisis.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="66" />
        <source>The NIR is not valid.</source>
        <translation>Le NIR n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="76" />
        <source>The NIR's first digit does not match the gender.</source>
        <translation>Le premier chiffre du NIR ne correspond pas au sexe.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="77" />
        <source>The NIR's birth year does not match the birth date.</source>
        <translation>L’année de naissance du NIR ne correspond pas à la date de naissance.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="78" />
        <source>The NIR's birth month does not match the birth date.</source>
        <translation>Le mois de naissance du NIR ne correspond pas à la date de naissance.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="111" />
        <source>RPPS must be 11 digits.</source>
        <translation>Le RPPS doit faire 11 chiffres.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="125" />
        <source>INSEE commune code must be 5 characters (e.g. 35238, 2A004).</source>
        <translation>Le code commune INSEE doit faire 5 caractères (par ex. 35238, 2A004).</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="145" />
        <source>Phone number must have 10 digits (e.g. 06 12 34 56 78), got {count}.</source>
        <translation>Le numéro de téléphone doit faire 10 chiffres (par ex. 06 12 34 56 78) ; {count} saisis.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="191" />
        <source>Write the date as DD/MM/YYYY (e.g. 12/03/1990) or YYYY-MM-DD.</source>
        <translation>Écrivez la date JJ/MM/AAAA (par ex. 12/03/1990) ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="196" />
        <source>This day does not exist in the calendar.</source>
        <translation>Ce jour n’existe pas dans le calendrier.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="203" />
        <source>The birth date is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="226" />
        <source>GTIN must have 8, 12, 13 or 14 digits.</source>
        <translation>Le GTIN doit compter 8, 12, 13 ou 14 chiffres.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="237" />
        <source>CNPJ must have 14 characters.</source>
        <translation>Le CNPJ doit compter 14 caractères.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="252" />
        <source>Date must be YYYY-MM-DD.</source>
        <translation>La date s’écrit AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="256" />
        <source>{name} is not valid: the check key is wrong.</source>
        <translation>{name} n’est pas valide : la clé de contrôle est fausse.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="257" />
        <source>{name} is not valid: wrong length.</source>
        <translation>{name} n’est pas valide : longueur incorrecte.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="258" />
        <source>{name} is not valid: wrong format.</source>
        <translation>{name} n’est pas valide : format incorrect.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="259" />
        <source>{name} is not valid: a part of it is impossible.</source>
        <translation>{name} n’est pas valide : une de ses parties est impossible.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="265" />
        <source>{name} is not valid.</source>
        <translation>{name} n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/fields.py" line="54" />
        <source>Gender must be M or F.</source>
        <translation>Le sexe doit être M ou F.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/fields.py" line="61" />
        <source>E-mail address is not valid.</source>
        <translation>L’adresse e-mail n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/fields.py" line="79" />
        <source>Birth order must be 1 digit.</source>
        <translation>Le rang de naissance doit faire 1 chiffre.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/fields.py" line="80" />
        <source>Regime must be 2 digits.</source>
        <translation>Le régime doit faire 2 chiffres.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/fields.py" line="81" />
        <source>Centre must be 4 digits.</source>
        <translation>Le centre doit faire 4 chiffres.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/fields.py" line="82" />
        <source>Caisse must be 3 digits.</source>
        <translation>La caisse doit faire 3 chiffres.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/omnidoc/fields.py" line="83" />
        <source>Gestion must be 2 digits.</source>
        <translation>La gestion doit faire 2 chiffres.</translation>
    </message>
</context>
<context>
    <name>vetelevage</name>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="42" />
        <source>Unknown act code {code}: add it to the acts list (or push the list again).</source>
        <translation>Code d’acte inconnu {code} : ajoutez-le à la liste des actes (ou renvoyez la liste).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="45" />
        <source>Product {product} ({id}) was left unmapped on purpose{note}: map it or set the visit aside.</source>
        <translation>Produit {product} ({id}) laissé sans correspondance volontairement{note} : associez-le ou mettez la visite de côté.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="49" />
        <source>Product {product} ({id}) is not mapped to a clinic product.</source>
        <translation>Le produit {product} ({id}) n’est associé à aucun produit de la clinique.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="50" />
        <source>The visit has no act and no product.</source>
        <translation>La visite n’a ni acte ni produit.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="51" />
        <source>Looks like a duplicate of {visits} (same breeder, same day).</source>
        <translation>Semble être un doublon de {visits} (même éleveur, même jour).</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="52" />
        <source>Quantity 0 for {what}.</source>
        <translation>Quantité 0 pour {what}.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/evaluation.py" line="53" />
        <source>Quantity {qty} for {what} looks wrong.</source>
        <translation>La quantité {qty} pour {what} semble erronée.</translation>
    </message>
    <message>
        <location filename="../../app/integrations/vetelevage/reconciliation.py" line="36" />
        <source>Ready to commit.</source>
        <translation>Prête à facturer.</translation>
    </message>
</context>
</TS>