<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>The %1 “%2” was added on both sides (uids %3 and %4); they are merged as one record.</source>
        <translation>L&apos;enregistrement «&#xa0;%2&#xa0;» (%1) a été ajouté des deux côtés (uid %3 et %4)&#xa0;; ils sont fusionnés en un seul enregistrement.</translation>
    </message>
    <message>
        <source>%1 gives the uid %2 to two records of different kinds (%3 and %4): the copy is damaged, so it is not merged</source>
        <translation>%1 attribue l&apos;uid %2 à deux enregistrements de types différents (%3 et %4)&#xa0;: la copie est endommagée, elle n&apos;est donc pas fusionnée</translation>
    </message>
    <message>
        <source>The %1 “%2” added in theirs was not kept: the record it belongs to was removed in ours.</source>
        <translation>L&apos;enregistrement «&#xa0;%2&#xa0;» (%1) ajouté dans l&apos;autre copie n&apos;a pas été conservé&#xa0;: l&apos;enregistrement auquel il appartient a été supprimé dans cette copie.</translation>
    </message>
    <message>
        <source>The %1 “%2”, which theirs moved out of the %3 “%4” before removing it, could not be moved first and was removed with it.</source>
        <translation>L&apos;enregistrement «&#xa0;%2&#xa0;» (%1), que l&apos;autre copie a sorti de l&apos;enregistrement «&#xa0;%4&#xa0;» (%3) avant de supprimer ce dernier, n&apos;a pas pu être déplacé au préalable et a été supprimé avec lui.</translation>
    </message>
    <message>
        <source>The %1 “%2” was moved in theirs under a record removed in ours; it stays where ours has it.</source>
        <translation>L&apos;enregistrement «&#xa0;%2&#xa0;» (%1) a été déplacé dans l&apos;autre copie sous un enregistrement supprimé dans cette copie&#xa0;; il reste là où cette copie le place.</translation>
    </message>
    <message>
        <source>%1 is the forum file itself; choose the other copy to merge</source>
        <translation>%1 est le fichier du forum lui-même&#xa0;; choisissez l&apos;autre copie à fusionner</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Forum Desk (format %2; this version knows format %3): merge it with that version</source>
        <translation>%1 a été écrit par une version plus récente de Forum Desk (format %2&#xa0;; cette version connaît le format %3)&#xa0;: fusionnez-le avec cette version</translation>
    </message>
    <message>
        <source>%1 is a copy of another forum (forum uid %2, not %3); merging it would mix two forums, so it is refused unless forced</source>
        <translation>%1 est une copie d&apos;un autre forum (uid du forum %2, et non %3)&#xa0;; le fusionner mélangerait deux forums, il est donc refusé sauf si la fusion est forcée</translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 changed, %4 removed, %5 conflicts</source>
        <translation>Fusion de %1&#xa0;: %2 ajoutés, %3 modifiés, %4 supprimés, %5 conflits</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 of “%2”: kept %3, not kept %4</source>
        <translation>%1 de «&#xa0;%2&#xa0;»&#xa0;: conservé %3, écarté %4</translation>
    </message>
</context>
<context>
    <name>ActionItemFollowUp</name>
    <message>
        <source>An action item is closed as done or cancelled, not “%1”</source>
        <translation>Une tâche se clôt comme faite ou annulée, et non comme «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>%1 is recorded as absent from this meeting.</source>
        <translation>%1 est noté(e) absent(e) à cette réunion.</translation>
    </message>
    <message>
        <source>%1 is recorded as excused from this meeting.</source>
        <translation>%1 est noté(e) excusé(e) à cette réunion.</translation>
    </message>
    <message>
        <source>%1 is not on this meeting&apos;s attendance list.</source>
        <translation>%1 ne figure pas sur la liste de présence de cette réunion.</translation>
    </message>
    <message>
        <source>%1 is neither a member of the forum on the meeting&apos;s day nor one of its guests.</source>
        <translation>%1 n&apos;est ni membre du forum à la date de la réunion ni l&apos;un de ses invités.</translation>
    </message>
</context>
<context>
    <name>AssessmentRating</name>
    <message>
        <source>it is not verifiable</source>
        <translation>il n&apos;est pas vérifiable</translation>
    </message>
    <message>
        <source>it is relevant to technology and innovation only, which counts only together with access to information, civic participation or public accountability</source>
        <translation>il n&apos;est pertinent que pour la technologie et l&apos;innovation, qui ne compte qu&apos;avec l&apos;accès à l&apos;information, la participation citoyenne ou la redevabilité</translation>
    </message>
    <message>
        <source>it is not relevant to access to information, civic participation or public accountability</source>
        <translation>il n&apos;est pertinent ni pour l&apos;accès à l&apos;information, ni pour la participation citoyenne, ni pour la redevabilité</translation>
    </message>
    <message>
        <source>its potential impact is “%1”, not moderate or transformative</source>
        <translation>son impact potentiel est «&#xa0;%1&#xa0;», et non modéré ou transformateur</translation>
    </message>
    <message>
        <source>its potential for results is “%1”, not substantial</source>
        <translation>son potentiel de résultats est «&#xa0;%1&#xa0;», et non substantiel</translation>
    </message>
    <message>
        <source>its potential impact has not been assessed</source>
        <translation>son impact potentiel n&apos;a pas été évalué</translation>
    </message>
    <message>
        <source>its completion has not been assessed</source>
        <translation>son achèvement n&apos;a pas été évalué</translation>
    </message>
    <message>
        <source>its completion is “%1”, not substantial or complete</source>
        <translation>son achèvement est «&#xa0;%1&#xa0;», et non substantiel ou achevé</translation>
    </message>
    <message>
        <source>Not starred: %1.</source>
        <translation>Non étoilé&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>AttendanceSheet</name>
    <message>
        <source>Give the name of the alternate who represents %1</source>
        <translation>Indiquez le nom du suppléant qui représente %1</translation>
    </message>
</context>
<context>
    <name>ChangeRecorder</name>
    <message>
        <source>Cannot record the changes</source>
        <translation>Impossible d&apos;enregistrer les modifications</translation>
    </message>
    <message>
        <source>Cannot undo the changes</source>
        <translation>Impossible d&apos;annuler les modifications</translation>
    </message>
    <message>
        <source>The change cannot be undone or redone: the records it wrote have changed since (%1)</source>
        <translation>La modification ne peut être ni annulée ni rétablie&#xa0;: les enregistrements qu&apos;elle a écrits ont changé depuis (%1)</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>A chart is between 16 and 20000 pixels wide and high, not %1 × %2</source>
        <translation>Un graphique mesure entre 16 et 20000 pixels de large et de haut, et non %1 × %2</translation>
    </message>
    <message>
        <source>Cannot encode the chart as PNG</source>
        <translation>Impossible d&apos;encoder le graphique en PNG</translation>
    </message>
    <message>
        <source>A chart made with Forum Desk</source>
        <translation>Un graphique réalisé avec Forum Desk</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Commitment completion per plan</source>
        <translation>Achèvement des engagements par plan</translation>
    </message>
    <message>
        <source>Plan progress over time</source>
        <translation>Avancement du plan dans le temps</translation>
    </message>
    <message>
        <source>Progress by lead agency</source>
        <translation>Avancement par institution chef de file</translation>
    </message>
    <message>
        <source>Progress by OGP value</source>
        <translation>Avancement par valeur du PGO</translation>
    </message>
    <message>
        <source>Milestones due and done</source>
        <translation>Jalons prévus et réalisés</translation>
    </message>
    <message>
        <source>Meeting attendance by sector</source>
        <translation>Présence aux réunions par secteur</translation>
    </message>
    <message>
        <source>Co-creation: contributions received, answered and incorporated</source>
        <translation>Co-création&#xa0;: contributions reçues, ayant reçu une réponse et intégrées</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Milestones due</source>
        <translation>Jalons prévus</translation>
    </message>
    <message>
        <source>Milestones done</source>
        <translation>Jalons réalisés</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Avec réponse</translation>
    </message>
    <message>
        <source>Incorporated</source>
        <translation>Intégrées</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Accès à l&apos;information</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participation citoyenne</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Redevabilité</translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation>Technologie et innovation</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Avancement (%)</translation>
    </message>
    <message>
        <source>No lead agency</source>
        <translation>Sans institution chef de file</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Institution chef de file</translation>
    </message>
    <message>
        <source>OGP value</source>
        <translation>Valeur du PGO</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Personnes présentes</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Speaking time at meetings by sector</source>
        <translation>Temps de parole aux réunions par secteur</translation>
    </message>
    <message>
        <source>Minutes spoken</source>
        <translation>Minutes de parole</translation>
    </message>
</context>
<context>
    <name>CheckConstraints</name>
    <message>
        <source>row %1 of %2 breaks the rule CHECK (%3)</source>
        <translation>la ligne %1 de %2 enfreint la règle CHECK (%3)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Draw one of a plan&apos;s charts to a PNG or SVG file.</source>
        <translation>Dessine l&apos;un des graphiques d&apos;un plan dans un fichier PNG ou SVG.</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s minutes or notice, the plan draft, the reasoned-response report, the progress report with its charts, the OGP standards (compliance) report or the end-of-term self-assessment report (pdf, odt, html, md), invitations (ics), or open data (csv, json, or a data package folder).</source>
        <translation>Écrit le procès-verbal ou la convocation d&apos;une réunion, le projet de plan, le rapport des réponses motivées, le rapport d&apos;avancement avec ses graphiques, le rapport sur les normes du PGO (conformité) ou le rapport d&apos;auto-évaluation de fin de mandat (pdf, odt, html, md), des invitations (ics) ou des données ouvertes (csv, json ou un dossier de paquet de données).</translation>
    </message>
    <message>
        <source>Write the forum&apos;s public website into a folder: home, meetings and minutes, plans and commitments, contributions and responses, documents, open data, a feed and search; it opens from disk.</source>
        <translation>Écrit le site web public du forum dans un dossier&#xa0;: accueil, réunions et procès-verbaux, plans et engagements, contributions et réponses, documents, données ouvertes, un flux et une recherche&#xa0;; il s&apos;ouvre depuis le disque.</translation>
    </message>
    <message>
        <source>new needs --name NAME</source>
        <translation>new exige --name NOM</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; use a full name such as America/Lima</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire&#xa0;; utilisez un nom complet tel que America/Lima</translation>
    </message>
    <message>
        <source>Created %1 (time zone %2)
</source>
        <translation>%1 créé (fuseau horaire %2)
</translation>
    </message>
    <message>
        <source>--size is small or large, not “%1”</source>
        <translation>--size vaut small ou large, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Created the sample forum %1
</source>
        <translation>Forum d&apos;exemple %1 créé
</translation>
    </message>
    <message>
        <source>No problems found in %1
</source>
        <translation>Aucun problème trouvé dans %1
</translation>
    </message>
    <message>
        <source>list takes plans, commitments, meetings, members or contributions, not “%1”</source>
        <translation>list accepte plans, commitments, meetings, members ou contributions, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Saved a copy to %1
</source>
        <translation>Copie enregistrée dans %1
</translation>
    </message>
    <message>
        <source>%1 already exists; give another name, or add --force to replace it</source>
        <translation>%1 existe déjà&#xa0;; indiquez un autre nom ou ajoutez --force pour le remplacer</translation>
    </message>
    <message>
        <source>--prefer is ours, theirs or newer, not “%1”</source>
        <translation>--prefer vaut ours, theirs ou newer, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is of an earlier format (%2): a dry run writes nothing, so it cannot bring it up to date; merge without --dry-run (a copy of it is kept first)</source>
        <translation>%1 est d&apos;un format antérieur (%2)&#xa0;: une simulation n&apos;écrit rien et ne peut donc pas le mettre à jour&#xa0;; fusionnez sans --dry-run (une copie en est d&apos;abord conservée)</translation>
    </message>
    <message>
        <source>%1 cannot be merged into: %2</source>
        <translation>Impossible de fusionner dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the report cannot be written to %1: %2</source>
        <translation>impossible d&apos;écrire le rapport dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Create a new, empty forum file.</source>
        <translation>Crée un nouveau fichier de forum vide.</translation>
    </message>
    <message>
        <source>The forum&apos;s name.</source>
        <translation>Le nom du forum.</translation>
    </message>
    <message>
        <source>The forum&apos;s language: es, en, fr or pt.</source>
        <translation>La langue du forum&#xa0;: es, en, fr ou pt.</translation>
    </message>
    <message>
        <source>Where the forum meets, such as America/Lima; meeting times and invitations use it (default: this computer&apos;s, %1).</source>
        <translation>Le fuseau horaire du lieu de réunion du forum, tel que America/Lima&#xa0;; les heures des réunions et les invitations l&apos;utilisent (par défaut&#xa0;: celui de cet ordinateur, %1).</translation>
    </message>
    <message>
        <source>Write the fictional sample forum.</source>
        <translation>Écrit le forum d&apos;exemple fictif.</translation>
    </message>
    <message>
        <source>small (default), or large: a decade of a big forum.</source>
        <translation>small (par défaut) ou large&#xa0;: dix ans d&apos;un grand forum.</translation>
    </message>
    <message>
        <source>Print the file&apos;s format version, forum and record counts as JSON.</source>
        <translation>Affiche en JSON la version du format du fichier, le forum et le nombre d&apos;enregistrements.</translation>
    </message>
    <message>
        <source>Check integrity, structure and data rules; one line per problem.</source>
        <translation>Vérifie l&apos;intégrité, la structure et les règles des données&#xa0;; une ligne par problème.</translation>
    </message>
    <message>
        <source>Print plans, commitments, meetings, members or contributions as JSON.</source>
        <translation>Affiche en JSON les plans, engagements, réunions, membres ou contributions.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the forum file.</source>
        <translation>Écrit une copie cohérente du fichier du forum.</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>Remplace OUT s&apos;il existe.</translation>
    </message>
    <message>
        <source>Merge THEIRS, another copy of the same forum, into OURS, field by field; THEIRS is not changed.</source>
        <translation>Fusionne THEIRS, une autre copie du même forum, dans OURS, champ par champ&#xa0;; THEIRS n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Show what the merge would do; write nothing.</source>
        <translation>Montre ce que ferait la fusion&#xa0;; n&apos;écrit rien.</translation>
    </message>
    <message>
        <source>Settle conflicts by keeping ours, taking theirs, or taking the newer change; without it, a merge with conflicts writes nothing and exits with 5.</source>
        <translation>Règle les conflits en gardant cette copie (ours), en prenant l&apos;autre (theirs) ou la modification la plus récente (newer)&#xa0;; sans cette option, une fusion avec des conflits n&apos;écrit rien et se termine avec le code 5.</translation>
    </message>
    <message>
        <source>Write the full report to FILE: Markdown, or JSON when FILE ends in .json.</source>
        <translation>Écrit le rapport complet dans FILE&#xa0;: en Markdown, ou en JSON si FILE se termine par .json.</translation>
    </message>
    <message>
        <source>Merge even a copy of another forum.</source>
        <translation>Fusionne même une copie d&apos;un autre forum.</translation>
    </message>
    <message>
        <source>Usage: forumdesk-cli [--lang L] COMMAND [OPTIONS] ARGUMENTS
Forum Desk for the command line. Commands:
</source>
        <translation>Usage&#xa0;: forumdesk-cli [--lang L] COMMANDE [OPTIONS] ARGUMENTS
Forum Desk en ligne de commande. Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>Run forumdesk-cli COMMAND --help for a command&apos;s options.
Exit codes: 0 ok, 1 problems found, 2 usage error, 3 file cannot be opened, 4 output cannot be written, 5 merge conflicts left unresolved.
</source>
        <translation>Exécutez forumdesk-cli COMMANDE --help pour les options d&apos;une commande.
Codes de sortie&#xa0;: 0 succès, 1 problèmes trouvés, 2 erreur d&apos;utilisation, 3 impossible d&apos;ouvrir le fichier, 4 impossible d&apos;écrire le résultat, 5 conflits de fusion non résolus.
</translation>
    </message>
    <message>
        <source>unknown command “%1”; run forumdesk-cli --help</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;; exécutez forumdesk-cli --help</translation>
    </message>
    <message>
        <source>%1 takes %2; run forumdesk-cli %1 --help</source>
        <translation>%1 accepte %2&#xa0;; exécutez forumdesk-cli %1 --help</translation>
    </message>
    <message>
        <source>--licence is one of %1, not “%2”</source>
        <translation>--licence est l&apos;une des valeurs %1, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>export needs -o OUT, the file or folder to write</source>
        <translation>export exige -o OUT, le fichier ou le dossier à écrire</translation>
    </message>
    <message>
        <source>export data takes --format csv, json or package (a folder), not “%1”</source>
        <translation>export data accepte --format csv, json ou package (un dossier), et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--plan is an action plan&apos;s id (see forumdesk-cli list plans), not “%1”</source>
        <translation>--plan est l&apos;id d&apos;un plan d&apos;action (voir forumdesk-cli list plans), et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--table goes with --format csv</source>
        <translation>--table va avec --format csv</translation>
    </message>
    <message>
        <source>Cannot make the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>--table is one of %1, not “%2”</source>
        <translation>--table est l&apos;une des valeurs %1, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Wrote %1
</source>
        <translation>%1 écrit
</translation>
    </message>
    <message>
        <source>chart needs --plan ID (see forumdesk-cli list plans)</source>
        <translation>chart exige --plan ID (voir forumdesk-cli list plans)</translation>
    </message>
    <message>
        <source>chart needs -o OUT, a .png or .svg file to write</source>
        <translation>chart exige -o OUT, un fichier .png ou .svg à écrire</translation>
    </message>
    <message>
        <source>chart writes .png or .svg files, not “%1”</source>
        <translation>chart écrit des fichiers .png ou .svg, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--%1 is a number of pixels from 16 to 20000, not “%2”</source>
        <translation>--%1 est un nombre de pixels de 16 à 20000, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>there is no action plan with id %1 in %2</source>
        <translation>il n&apos;y a aucun plan d&apos;action d&apos;id %1 dans %2</translation>
    </message>
    <message>
        <source>--on goes with export compliance</source>
        <translation>--on va avec export compliance</translation>
    </message>
    <message>
        <source>--table and --licence go with export data</source>
        <translation>--table et --licence vont avec export data</translation>
    </message>
    <message>
        <source>export takes minutes, notice, ics, plan, responses, progress, compliance, self-assessment or data, not “%1”</source>
        <translation>export accepte minutes, notice, ics, plan, responses, progress, compliance, self-assessment ou data, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--on is a date between 1900-01-01 and 2199-12-31 written YYYY-MM-DD, not “%1”</source>
        <translation>--on est une date entre 1900-01-01 et 2199-12-31 écrite AAAA-MM-JJ, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>export needs -o OUT, the file to write</source>
        <translation>export exige -o OUT, le fichier à écrire</translation>
    </message>
    <message>
        <source>--format is pdf, odt, html or md, not “%1”</source>
        <translation>--format vaut pdf, odt, html ou md, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--upcoming goes with export ics</source>
        <translation>--upcoming va avec export ics</translation>
    </message>
    <message>
        <source>export %1 needs --plan ID (see forumdesk-cli list plans)</source>
        <translation>export %1 exige --plan ID (voir forumdesk-cli list plans)</translation>
    </message>
    <message>
        <source>export %1 needs --meeting ID (see forumdesk-cli list meetings)</source>
        <translation>export %1 exige --meeting ID (voir forumdesk-cli list meetings)</translation>
    </message>
    <message>
        <source>there is no meeting with id %1 in %2</source>
        <translation>il n&apos;y a aucune réunion d&apos;id %1 dans %2</translation>
    </message>
    <message>
        <source>publish needs -o DIR, the folder to write the website into</source>
        <translation>publish exige -o DIR, le dossier où écrire le site web</translation>
    </message>
    <message>
        <source>Published the website in %1: %2 files written, %3 unchanged, %4 removed
</source>
        <translation>Site web publié dans %1&#xa0;: %2 fichiers écrits, %3 inchangés, %4 supprimés
</translation>
    </message>
    <message numerus="yes">
        <source>Recorded the publication of the minutes of %n meeting(s)
</source>
        <translation>
            <numerusform>Publication du procès-verbal de %n réunion enregistrée
</numerusform>
            <numerusform>Publication des procès-verbaux de %n réunions enregistrée
</numerusform>
        </translation>
    </message>
    <message>
        <source>The action plan&apos;s id (see list plans).</source>
        <translation>L&apos;id du plan d&apos;action (voir list plans).</translation>
    </message>
    <message>
        <source>The .png or .svg file to write.</source>
        <translation>Le fichier .png ou .svg à écrire.</translation>
    </message>
    <message>
        <source>Width in pixels (default 800).</source>
        <translation>Largeur en pixels (800 par défaut).</translation>
    </message>
    <message>
        <source>Height in pixels (default 500).</source>
        <translation>Hauteur en pixels (500 par défaut).</translation>
    </message>
    <message>
        <source>The folder to write the website into.</source>
        <translation>Le dossier où écrire le site web.</translation>
    </message>
    <message>
        <source>The licence of the open data: CC-BY-4.0 (default), CC0-1.0, CC-BY-SA-4.0, ODC-By-1.0 or ODbL-1.0.</source>
        <translation>La licence des données ouvertes&#xa0;: CC-BY-4.0 (par défaut), CC0-1.0, CC-BY-SA-4.0, ODC-By-1.0 ou ODbL-1.0.</translation>
    </message>
    <message>
        <source>Do not record the publication of the minutes the website shows (the file is only read).</source>
        <translation>Ne pas enregistrer la publication des procès-verbaux que montre le site web (le fichier est seulement lu).</translation>
    </message>
    <message>
        <source>The meeting&apos;s id (see list meetings).</source>
        <translation>L&apos;id de la réunion (voir list meetings).</translation>
    </message>
    <message>
        <source>The action plan&apos;s id (see list plans); with data, only that plan.</source>
        <translation>L&apos;id du plan d&apos;action (voir list plans)&#xa0;; avec data, ce plan seulement.</translation>
    </message>
    <message>
        <source>pdf, odt, html or md; csv, json or package (a folder) for data (default: from OUT&apos;s suffix).</source>
        <translation>pdf, odt, html ou md&#xa0;; csv, json ou package (un dossier) pour data (par défaut&#xa0;: d&apos;après l&apos;extension de OUT).</translation>
    </message>
    <message>
        <source>With data as csv: the table to write (default progress_updates).</source>
        <translation>Avec data en csv&#xa0;: la table à écrire (progress_updates par défaut).</translation>
    </message>
    <message>
        <source>With data: the licence it is published under (default CC-BY-4.0).</source>
        <translation>Avec data&#xa0;: la licence sous laquelle elles sont publiées (CC-BY-4.0 par défaut).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>With ics: every meeting still to come.</source>
        <translation>Avec ics&#xa0;: toutes les réunions à venir.</translation>
    </message>
    <message>
        <source>With compliance: the day to check the standards on (default: today).</source>
        <translation>Avec compliance&#xa0;: le jour auquel vérifier les normes (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>%1 is missing beside forumdesk-cli; reinstall Forum Desk</source>
        <translation>%1 est introuvable à côté de forumdesk-cli&#xa0;; réinstallez Forum Desk</translation>
    </message>
    <message>
        <source>%1 cannot be started</source>
        <translation>impossible de lancer %1</translation>
    </message>
    <message>
        <source>The language of messages: es, en, fr or pt.</source>
        <translation>La langue des messages&#xa0;: es, en, fr ou pt.</translation>
    </message>
    <message>
        <source>a forum is written in es, en, fr or pt, not “%1”</source>
        <translation>un forum s&apos;écrit en es, en, fr ou pt, et non en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the sample forum exists in es, en, fr and pt, not “%1”</source>
        <translation>le forum d&apos;exemple existe en es, en, fr et pt, pas en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The sample&apos;s language: es (default), en, fr or pt.</source>
        <translation>La langue de l&apos;exemple&#xa0;: es (par défaut), en, fr ou pt.</translation>
    </message>
    <message>
        <source>the website is written in es, en, fr or pt, not “%1”</source>
        <translation>le site web s&apos;écrit en es, en, fr ou pt, et non en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The language of messages and chart labels: es, en, fr or pt.</source>
        <translation>La langue des messages et des libellés des graphiques&#xa0;: es, en, fr ou pt.</translation>
    </message>
    <message>
        <source>The website&apos;s language: es, en, fr or pt (default: the forum&apos;s).</source>
        <translation>La langue du site web&#xa0;: es, en, fr ou pt (par défaut&#xa0;: celle du forum).</translation>
    </message>
    <message>
        <source>--kind is completion, timeline, agencies, values, milestones, attendance, cocreation or speaking, not “%1”</source>
        <translation>--kind accepte completion, timeline, agencies, values, milestones, attendance, cocreation ou speaking, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>completion, timeline, agencies, values, milestones, attendance, cocreation or speaking.</source>
        <translation>completion, timeline, agencies, values, milestones, attendance, cocreation ou speaking.</translation>
    </message>
</context>
<context>
    <name>CoCreationSummary</name>
    <message>
        <source>No contributions were received.</source>
        <translation>Aucune contribution n&apos;a été reçue.</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1&#xa0;: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) were received</source>
        <translation>
            <numerusform>%n contribution a été reçue</numerusform>
            <numerusform>%n contributions ont été reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have a reasoned response</source>
        <translation>
            <numerusform>%n a reçu une réponse motivée</numerusform>
            <numerusform>%n ont reçu une réponse motivée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were incorporated in full or in part</source>
        <translation>
            <numerusform>%n a été intégrée en tout ou en partie</numerusform>
            <numerusform>%n ont été intégrées en tout ou en partie</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5.</source>
        <translation>%1&#xa0;: %2, %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) received</source>
        <translation>
            <numerusform>%n contribution reçue</numerusform>
            <numerusform>%n contributions reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation>
            <numerusform>%n avec réponse</numerusform>
            <numerusform>%n avec réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting a response</source>
        <translation>
            <numerusform>%n en attente de réponse</numerusform>
            <numerusform>%n en attente de réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incorporated in full or in part</source>
        <translation>
            <numerusform>%n intégrée en tout ou en partie</numerusform>
            <numerusform>%n intégrées en tout ou en partie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not incorporated</source>
        <translation>
            <numerusform>%n non intégrée</numerusform>
            <numerusform>%n non intégrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Change “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Mark “%1” as met</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme rempli</translation>
    </message>
    <message>
        <source>Mark “%1” as not met</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme non rempli</translation>
    </message>
    <message>
        <source>Change the evidence for “%1”</source>
        <translation>Modifier les preuves de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Ajouter le membre %1</translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation>Modifier le membre %1</translation>
    </message>
    <message>
        <source>Remove member %1</source>
        <translation>Retirer le membre %1</translation>
    </message>
    <message>
        <source>Add meeting “%1”</source>
        <translation>Ajouter la réunion «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change “%1” of “%2”</source>
        <translation>Modifier «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Mark “%1” held</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme tenue</translation>
    </message>
    <message>
        <source>Start the minutes of “%1”</source>
        <translation>Commencer le procès-verbal de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Approve the minutes of “%1”</source>
        <translation>Approuver le procès-verbal de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Publish the minutes of “%1”</source>
        <translation>Publier le procès-verbal de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation>Annuler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Plan “%1” again</source>
        <translation>Reprogrammer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Record the publication of the minutes of %n meeting(s) on the website</source>
        <translation>
            <numerusform>Enregistrer la publication du procès-verbal de %n réunion sur le site web</numerusform>
            <numerusform>Enregistrer la publication des procès-verbaux de %n réunions sur le site web</numerusform>
        </translation>
    </message>
    <message>
        <source>Add agenda item “%1”</source>
        <translation>Ajouter le point «&#xa0;%1&#xa0;» à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Edit the minutes of “%1”</source>
        <translation>Modifier le procès-verbal du point «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit agenda item “%1”</source>
        <translation>Modifier le point «&#xa0;%1&#xa0;» de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Move agenda item “%1” up</source>
        <translation>Monter le point «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move agenda item “%1” down</source>
        <translation>Descendre le point «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove agenda item “%1”</source>
        <translation>Retirer le point «&#xa0;%1&#xa0;» de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Mark %1 present</source>
        <translation>Marquer %1 présent(e)</translation>
    </message>
    <message>
        <source>Mark %1 attending remotely</source>
        <translation>Marquer %1 présent(e) à distance</translation>
    </message>
    <message>
        <source>Mark %1 excused</source>
        <translation>Marquer %1 excusé(e)</translation>
    </message>
    <message>
        <source>Mark %1 absent</source>
        <translation>Marquer %1 absent(e)</translation>
    </message>
    <message>
        <source>Mark %1 represented by %2</source>
        <translation>Marquer %1 représenté(e) par %2</translation>
    </message>
    <message>
        <source>Clear the attendance of %1</source>
        <translation>Effacer la présence de %1</translation>
    </message>
    <message>
        <source>Add guest %1</source>
        <translation>Ajouter l&apos;invité(e) %1</translation>
    </message>
    <message>
        <source>Remove guest %1</source>
        <translation>Retirer l&apos;invité(e) %1</translation>
    </message>
    <message>
        <source>Add decision “%1”</source>
        <translation>Ajouter la décision «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit decision “%1”</source>
        <translation>Modifier la décision «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove decision “%1”</source>
        <translation>Supprimer la décision «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add action item “%1”</source>
        <translation>Ajouter la tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit action item “%1”</source>
        <translation>Modifier la tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Mark action item “%1” done</source>
        <translation>Marquer la tâche «&#xa0;%1&#xa0;» comme faite</translation>
    </message>
    <message>
        <source>Cancel action item “%1”</source>
        <translation>Annuler la tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reopen action item “%1”</source>
        <translation>Rouvrir la tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove action item “%1”</source>
        <translation>Supprimer la tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add action plan “%1”</source>
        <translation>Ajouter le plan d&apos;action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit action plan “%1”</source>
        <translation>Modifier le plan d&apos;action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Passer «&#xa0;%1&#xa0;» à %2</translation>
    </message>
    <message>
        <source>Add contribution</source>
        <translation>Ajouter une contribution</translation>
    </message>
    <message>
        <source>Add the contribution of %1</source>
        <translation>Ajouter la contribution de %1</translation>
    </message>
    <message>
        <source>Answer a contribution</source>
        <translation>Répondre à une contribution</translation>
    </message>
    <message>
        <source>Answer the contribution of %1</source>
        <translation>Répondre à la contribution de %1</translation>
    </message>
    <message>
        <source>Edit a contribution</source>
        <translation>Modifier une contribution</translation>
    </message>
    <message>
        <source>Edit the contribution of %1</source>
        <translation>Modifier la contribution de %1</translation>
    </message>
    <message>
        <source>Remove a contribution</source>
        <translation>Supprimer une contribution</translation>
    </message>
    <message>
        <source>Remove the contribution of %1</source>
        <translation>Supprimer la contribution de %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n contribution(s) from “%1”</source>
        <translation>
            <numerusform>Importer %n contribution depuis «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Importer %n contributions depuis «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Add commitment “%1”</source>
        <translation>Ajouter l&apos;engagement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit commitment “%1”</source>
        <translation>Modifier l&apos;engagement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove commitment “%1”</source>
        <translation>Supprimer l&apos;engagement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cite practices in “%1”</source>
        <translation>Citer des pratiques dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add milestone “%1”</source>
        <translation>Ajouter le jalon «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit milestone “%1”</source>
        <translation>Modifier le jalon «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move milestone “%1”</source>
        <translation>Déplacer le jalon «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove milestone “%1”</source>
        <translation>Supprimer le jalon «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add progress update (%1 %) to “%2”</source>
        <translation>Ajouter un point d&apos;avancement (%1 %) à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Set the completion level of “%1”</source>
        <translation>Fixer le niveau d&apos;achèvement de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Record the IRM&apos;s assessment of “%1”</source>
        <translation>Enregistrer l&apos;évaluation du MEI pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Self-assess “%1”</source>
        <translation>Auto-évaluer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add lesson “%1”</source>
        <translation>Ajouter la leçon «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit lesson “%1”</source>
        <translation>Modifier la leçon «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove lesson “%1”</source>
        <translation>Supprimer la leçon «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Carry lesson “%1” into “%2”</source>
        <translation>Reporter la leçon «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Take back lesson “%1”</source>
        <translation>Retirer la leçon «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Merge “%1”</source>
        <translation>Fusionner «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Undo of “%1”</source>
        <translation>Annulation de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CommitmentReview</name>
    <message>
        <source>“%1” is empty</source>
        <translation>«&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <source>The start and end dates are not set</source>
        <translation>Les dates de début et de fin ne sont pas indiquées</translation>
    </message>
    <message>
        <source>The dates fall outside the plan&apos;s period (%1 to %2)</source>
        <translation>Les dates sortent de la période du plan (du %1 au %2)</translation>
    </message>
    <message>
        <source>Technology and innovation counts for OGP only together with access to information, civic participation or public accountability</source>
        <translation>Pour le PGO, la technologie et l&apos;innovation ne comptent qu&apos;avec l&apos;accès à l&apos;information, la participation citoyenne ou la redevabilité</translation>
    </message>
    <message>
        <source>No OGP value is chosen</source>
        <translation>Aucune valeur du PGO n&apos;est choisie</translation>
    </message>
    <message>
        <source>No policy area is chosen</source>
        <translation>Aucun domaine politique n&apos;est choisi</translation>
    </message>
    <message>
        <source>The commitment has no milestones</source>
        <translation>L&apos;engagement n&apos;a aucun jalon</translation>
    </message>
    <message>
        <source>Milestone %1 has no start or end date</source>
        <translation>Le jalon %1 n&apos;a pas de date de début ou de fin</translation>
    </message>
    <message>
        <source>Milestone %1 runs %2 to %3, outside the plan&apos;s period</source>
        <translation>Le jalon %1 va du %2 au %3, hors de la période du plan</translation>
    </message>
    <message>
        <source>Milestone %1 runs %2 to %3, outside the commitment&apos;s dates</source>
        <translation>Le jalon %1 va du %2 au %3, hors des dates de l&apos;engagement</translation>
    </message>
    <message>
        <source>Milestone %1 has no expected output</source>
        <translation>Le jalon %1 n&apos;a pas de produit attendu</translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <source>OGP standards compliance report</source>
        <translation>Rapport de conformité aux normes du PGO</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Each rule below is evaluated from the forum&apos;s own records: its members, meetings, contributions and plan. Where a rule is not met or at risk, the next step says what to do.</source>
        <translation>Chaque exigence ci-dessous est évaluée à partir des propres enregistrements du forum&#xa0;: ses membres, ses réunions, ses contributions et son plan. Lorsqu&apos;une exigence n&apos;est pas respectée ou est menacée, la prochaine étape indique quoi faire.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Minimum requirements and calendar</source>
        <translation>Exigences minimales et calendrier</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The IRM&apos;s questions</source>
        <translation>Les questions du MEI</translation>
    </message>
    <message>
        <source>The Independent Reporting Mechanism (IRM) answers these questions in its own review. For each, what the IRM looks for and the forum&apos;s figures that bear on it.</source>
        <translation>Le Mécanisme d&apos;évaluation indépendant (MEI) répond à ces questions dans son propre examen. Pour chacune&#xa0;: ce que le MEI examine et les chiffres du forum qui s&apos;y rapportent.</translation>
    </message>
    <message>
        <source>What the IRM looks for</source>
        <translation>Ce que le MEI examine</translation>
    </message>
</context>
<context>
    <name>ConsistencyCheck</name>
    <message>
        <source>the file has %1 forum records instead of one</source>
        <translation>le fichier contient %1 enregistrements de forum au lieu d&apos;un seul</translation>
    </message>
    <message>
        <source>commitment %1 (number %2) runs %3 to %4, outside its plan&apos;s period %5 to %6</source>
        <translation>l&apos;engagement %1 (numéro %2) va du %3 au %4, hors de la période de son plan, du %5 au %6</translation>
    </message>
    <message>
        <source>milestone %1 of commitment %2 runs %3 to %4, outside the commitment&apos;s dates %5 to %6</source>
        <translation>le jalon %1 de l&apos;engagement %2 va du %3 au %4, hors des dates de l&apos;engagement, du %5 au %6</translation>
    </message>
    <message>
        <source>decision %1 at “%2” counts %3 votes, but only %4 voting members were present</source>
        <translation>la décision %1 de «&#xa0;%2&#xa0;» compte %3 voix, mais seuls %4 membres votants étaient présents</translation>
    </message>
    <message>
        <source>contribution %1 is marked “%2” but has no reasoned response with its date</source>
        <translation>la contribution %1 est marquée «&#xa0;%2&#xa0;» mais n&apos;a pas de réponse motivée datée</translation>
    </message>
    <message>
        <source>the minutes of meeting %1 (“%2”) are marked approved, but no later meeting approving them is recorded</source>
        <translation>le procès-verbal de la réunion %1 («&#xa0;%2&#xa0;») est marqué approuvé, mais aucune réunion ultérieure l&apos;approuvant n&apos;est enregistrée</translation>
    </message>
    <message>
        <source>member %1 (%2) is recorded as their own alternate</source>
        <translation>le membre %1 (%2) est enregistré comme son propre suppléant</translation>
    </message>
    <message>
        <source>progress update %1 of milestone %2 is dated %3, before the milestone starts (%4)</source>
        <translation>le point d&apos;avancement %1 du jalon %2 est daté du %3, avant le début du jalon (%4)</translation>
    </message>
    <message>
        <source>the agenda of meeting %1 is not numbered in order (%2 items, last position %3)</source>
        <translation>l&apos;ordre du jour de la réunion %1 n&apos;est pas numéroté dans l&apos;ordre (%2 points, dernière position %3)</translation>
    </message>
    <message>
        <source>the milestones of commitment %1 are not numbered in order (%2 milestones, last position %3)</source>
        <translation>les jalons de l&apos;engagement %1 ne sont pas numérotés dans l&apos;ordre (%2 jalons, dernière position %3)</translation>
    </message>
</context>
<context>
    <name>ContributionImport</name>
    <message>
        <source>Already in the forum</source>
        <translation>Déjà dans le forum</translation>
    </message>
    <message>
        <source>Same as row %1</source>
        <translation>Identique à la ligne %1</translation>
    </message>
    <message>
        <source>%1 is %2 MB; Forum Desk imports contribution files of up to %3 MB. Split it into smaller files and import each.</source>
        <translation>%1 pèse %2 Mo&#xa0;; Forum Desk importe des fichiers de contributions jusqu&apos;à %3 Mo. Divisez-le en fichiers plus petits et importez chacun d&apos;eux.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is not a CSV file: it holds binary data (a spreadsheet&apos;s own format, perhaps). Save it as “CSV” from the spreadsheet and import that file.</source>
        <translation>Ce fichier n&apos;est pas un fichier CSV&#xa0;: il contient des données binaires (peut-être le format propre d&apos;un tableur). Enregistrez-le au format «&#xa0;CSV&#xa0;» depuis le tableur et importez ce fichier.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>No column holds the contributions&apos; text (name it “text” or “texto”).</source>
        <translation>Aucune colonne ne contient le texte des contributions (nommez-la «&#xa0;text&#xa0;» ou «&#xa0;texto&#xa0;»).</translation>
    </message>
    <message>
        <source>No column holds the date received (name it “date” or “fecha”).</source>
        <translation>Aucune colonne ne contient la date de réception (nommez-la «&#xa0;date&#xa0;» ou «&#xa0;fecha&#xa0;»).</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>Ligne %1, colonne «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Row %1: the text is not in UTF-8; save the file as “CSV UTF-8” and import it again</source>
        <translation>Ligne %1&#xa0;: le texte n&apos;est pas en UTF-8&#xa0;; enregistrez le fichier au format «&#xa0;CSV UTF-8&#xa0;» et importez-le de nouveau</translation>
    </message>
    <message>
        <source>Row %1: this row is in UTF-8, the rest of the file in %2; it is read as UTF-8, check its accents below</source>
        <translation>Ligne %1&#xa0;: cette ligne est en UTF-8, le reste du fichier en %2&#xa0;; elle est lue en UTF-8, vérifiez ses accents ci-dessous</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: looks like a spreadsheet formula; it is kept as plain text</source>
        <translation>Ligne %1, colonne «&#xa0;%2&#xa0;»&#xa0;: ressemble à une formule de tableur&#xa0;; elle est conservée en texte brut</translation>
    </message>
    <message>
        <source>the contribution&apos;s text is empty</source>
        <translation>le texte de la contribution est vide</translation>
    </message>
    <message>
        <source>“%1” is not a date (write it as 2025-03-31 or 31/03/2025)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (écrivez-la 2025-03-31 ou 31/03/2025)</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file has a header but no contributions.</source>
        <translation>Le fichier a un en-tête mais aucune contribution.</translation>
    </message>
    <message>
        <source>Row %1: duplicate, already in the forum</source>
        <translation>Ligne %1&#xa0;: doublon, déjà dans le forum</translation>
    </message>
    <message>
        <source>Row %1: duplicate, the same as row %2</source>
        <translation>Ligne %1&#xa0;: doublon, identique à la ligne %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n problème doit d&apos;abord être corrigé.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n problèmes doivent d&apos;abord être corrigés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: every row is a duplicate or has a problem.</source>
        <translation>Rien n&apos;a été importé&#xa0;: chaque ligne est un doublon ou présente un problème.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contribution(s) from a CSV file</source>
        <translation>
            <numerusform>%n contribution importée depuis un fichier CSV</numerusform>
            <numerusform>%n contributions importées depuis un fichier CSV</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Contributor</name>
    <message>
        <source>A citizen</source>
        <translation>Un(e) citoyen(ne)</translation>
    </message>
    <message>
        <source>A participant from %1</source>
        <translation>Un(e) participant(e) de %1</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>le fichier ou son dossier est en lecture seule</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>le fichier est endommagé (%1)</translation>
    </message>
    <message>
        <source>the file is busy in another program, which held it for more than %1 seconds; try again in a moment</source>
        <translation>le fichier est occupé par un autre programme, qui l&apos;a retenu plus de %1 secondes&#xa0;; réessayez dans un instant</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not open</source>
        <translation>%1 n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A label before its value, &quot;Date:&quot; (French typography: &quot;Date :&quot;, with a no-break space).</extracomment>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>le PDF n&apos;a pas pu être commencé</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>le PDF n&apos;a pas pu être terminé</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>contribution</source>
        <translation>contribution</translation>
    </message>
    <message>
        <source>link between a contribution and a commitment</source>
        <translation>lien entre une contribution et un engagement</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>eligibility criterion</source>
        <translation>critère d&apos;éligibilité</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>forum</translation>
    </message>
    <message>
        <source>joining record</source>
        <translation>dossier d&apos;adhésion</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>progress update</source>
        <translation>point d&apos;avancement</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>leçon</translation>
    </message>
    <message>
        <source>practice cited by a commitment</source>
        <translation>pratique citée par un engagement</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>présence</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>vote</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>plan d&apos;action</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>engagement</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>jalon</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>intervention</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Raised at meeting</source>
        <translation>Soulevée en réunion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reasoned response</source>
        <translation>Réponse motivée</translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <source>Agrees to be named</source>
        <translation>Accepte d&apos;être cité(e)</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>Verifiable</source>
        <translation>Vérifiable</translation>
    </message>
    <message>
        <source>Relevant to access to information</source>
        <translation>Pertinent pour l&apos;accès à l&apos;information</translation>
    </message>
    <message>
        <source>Relevant to civic participation</source>
        <translation>Pertinent pour la participation citoyenne</translation>
    </message>
    <message>
        <source>Relevant to public accountability</source>
        <translation>Pertinent pour la redevabilité</translation>
    </message>
    <message>
        <source>Relevant to technology and innovation</source>
        <translation>Pertinent pour la technologie et l&apos;innovation</translation>
    </message>
    <message>
        <source>Potential for results</source>
        <translation>Potentiel de résultats</translation>
    </message>
    <message>
        <source>Potential impact</source>
        <translation>Impact potentiel</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>Did it open government?</source>
        <translation>A-t-il ouvert le gouvernement&#xa0;?</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Accès à l&apos;information</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participation citoyenne</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Redevabilité</translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation>Technologie et innovation</translation>
    </message>
    <message>
        <source>Lead implementing agency</source>
        <translation>Institution chef de file</translation>
    </message>
    <message>
        <source>Completion level</source>
        <translation>Niveau d&apos;achèvement</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Approves action plan</source>
        <translation>Approuve le plan d&apos;action</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Terms of reference</source>
        <translation>Termes de référence</translation>
    </message>
    <message>
        <source>Rules of participation</source>
        <translation>Règles de participation</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Règle de décision</translation>
    </message>
    <message>
        <source>Quorum (percent of voting members)</source>
        <translation>Quorum (pourcentage des membres votants)</translation>
    </message>
    <message>
        <source>Quorum needs both government and civil society</source>
        <translation>Le quorum exige le gouvernement et la société civile</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Document repository</source>
        <translation>Dépôt de documents</translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Point of contact email</source>
        <translation>Courriel du point de contact</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Letter of intent sent on</source>
        <translation>Lettre d&apos;intention envoyée le</translation>
    </message>
    <message>
        <source>Joined OGP on</source>
        <translation>Adhésion au PGO le</translation>
    </message>
    <message>
        <source>Point of contact institution</source>
        <translation>Institution du point de contact</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Début du mandat</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Fin du mandat</translation>
    </message>
    <message>
        <source>Voting member</source>
        <translation>Membre votant</translation>
    </message>
    <message>
        <source>Alternate for</source>
        <translation>Suppléant de</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Communiqué le</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Pourcentage d&apos;avancement</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Communiqué par</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Carried into plan</source>
        <translation>Reportée dans le plan</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Owner (member)</source>
        <translation>Responsable (membre)</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Présenté par</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Représenté(e) par</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité(e)</translation>
    </message>
    <message>
        <source>Role at the meeting</source>
        <translation>Rôle à la réunion</translation>
    </message>
    <message>
        <source>Had a vote at the meeting</source>
        <translation>Avait droit de vote à la réunion</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Majority required</source>
        <translation>Majorité requise</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Voix pour</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Voix contre</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Numéro de séance</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien de visioconférence</translation>
    </message>
    <message>
        <source>Notice sent on</source>
        <translation>Convocation envoyée le</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Chair name</source>
        <translation>Nom de la présidence</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Secretary name</source>
        <translation>Nom du secrétariat</translation>
    </message>
    <message>
        <source>Minutes approved at</source>
        <translation>Procès-verbal approuvé lors de</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Soumis le</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Supporting actors (government)</source>
        <translation>Acteurs associés (gouvernement)</translation>
    </message>
    <message>
        <source>Supporting actors (civil society, private sector, others)</source>
        <translation>Acteurs associés (société civile, secteur privé, autres)</translation>
    </message>
    <message>
        <source>Public problem</source>
        <translation>Problème public</translation>
    </message>
    <message>
        <source>Status quo</source>
        <translation>Situation actuelle</translation>
    </message>
    <message>
        <source>Commitment description</source>
        <translation>Description de l&apos;engagement</translation>
    </message>
    <message>
        <source>How it solves the problem</source>
        <translation>Comment il résout le problème</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Links to other plans and the SDGs</source>
        <translation>Liens avec d&apos;autres plans et les ODD</translation>
    </message>
    <message>
        <source>Frontiers</source>
        <translation>Frontières</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Reason for the completion level</source>
        <translation>Justification du niveau d&apos;achèvement</translation>
    </message>
    <message>
        <source>Brief description</source>
        <translation>Brève description</translation>
    </message>
    <message>
        <source>Causes of the problem</source>
        <translation>Causes du problème</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>Résultats attendus</translation>
    </message>
    <message>
        <source>How it promotes transparency</source>
        <translation>Comment il favorise la transparence</translation>
    </message>
    <message>
        <source>How it fosters accountability</source>
        <translation>Comment il renforce la redevabilité</translation>
    </message>
    <message>
        <source>How it improves citizen participation</source>
        <translation>Comment il améliore la participation citoyenne</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Contact&apos;s title and department</source>
        <translation>Fonction et service du contact</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>Courriel du contact</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Téléphone du contact</translation>
    </message>
    <message>
        <source>Policy areas</source>
        <translation>Domaines politiques</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Taken up at</source>
        <translation>Abordé à</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Clos à</translation>
    </message>
    <message>
        <source>Seconds paused</source>
        <translation>Secondes de pause</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>Arrivée à</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Départ à</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Prise à</translation>
    </message>
    <message>
        <source>Voting members present when taken</source>
        <translation>Membres votants présents lors de la décision</translation>
    </message>
    <message>
        <source>Quorum required when taken</source>
        <translation>Quorum requis lors de la décision</translation>
    </message>
    <message>
        <source>Quorum met when taken</source>
        <translation>Quorum atteint lors de la décision</translation>
    </message>
    <message>
        <source>Vote still open</source>
        <translation>Vote encore ouvert</translation>
    </message>
    <message>
        <source>Time limit (seconds)</source>
        <translation>Temps maximal (secondes)</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Commencée à</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Terminée à</translation>
    </message>
    <message>
        <source>Actually began</source>
        <translation>Début effectif</translation>
    </message>
    <message>
        <source>Actually ended</source>
        <translation>Fin effective</translation>
    </message>
    <message>
        <source>Paused since</source>
        <translation>En pause depuis</translation>
    </message>
</context>
<context>
    <name>FileEntry</name>
    <message>
        <source>missing</source>
        <translation>inexistant</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un fichier</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>autre chose qu&apos;un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is larger than %1 MB</source>
        <translation>il dépasse %1 Mo</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>il ne peut pas être lu</translation>
    </message>
</context>
<context>
    <name>ForumFile</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not a Forum Desk forum file (not an SQLite database)</source>
        <translation>ce n&apos;est pas un fichier de forum Forum Desk (ce n&apos;est pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Forum Desk forum file</source>
        <translation>c&apos;est une base de données SQLite, mais pas un fichier de forum Forum Desk</translation>
    </message>
    <message>
        <source>it is an SQLite database of another application (application id 0x%1)</source>
        <translation>c&apos;est une base de données SQLite d&apos;une autre application (identifiant d&apos;application 0x%1)</translation>
    </message>
    <message>
        <source>another program switched it to write-ahead logging (WAL), which Forum Desk does not use because it is unsafe on shared folders; switch it back with that program (PRAGMA journal_mode=DELETE) or open a copy saved before</source>
        <translation>un autre programme l&apos;a fait passer en journalisation à écriture anticipée (WAL), que Forum Desk n&apos;utilise pas car elle n&apos;est pas sûre sur les dossiers partagés&#xa0;; rétablissez le mode avec ce programme (PRAGMA journal_mode=DELETE) ou ouvrez une copie enregistrée auparavant</translation>
    </message>
    <message>
        <source>the file is damaged (its header gives file format versions %1 and %2)</source>
        <translation>le fichier est endommagé (son en-tête indique les versions de format %1 et %2)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>it is a link to %1, which does not exist</source>
        <translation>c&apos;est un lien vers %1, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>it is a folder, not a forum file</source>
        <translation>c&apos;est un dossier, pas un fichier de forum</translation>
    </message>
    <message>
        <source>it is %1, not a forum file</source>
        <translation>c&apos;est %1, pas un fichier de forum</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>le fichier est vide (0 octet)</translation>
    </message>
    <message>
        <source>“%1” beside it is %2, not a file Forum Desk wrote; remove it or move the forum file to another folder</source>
        <translation>«&#xa0;%1&#xa0;», à côté, est %2, et non un fichier écrit par Forum Desk&#xa0;; supprimez-le ou déplacez le fichier du forum dans un autre dossier</translation>
    </message>
    <message>
        <source>the schema cannot be read (%1)</source>
        <translation>le schéma ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>%1 “%2” is missing</source>
        <translation>objet %1 «&#xa0;%2&#xa0;» manquant</translation>
    </message>
    <message>
        <source>column “%1.%2” is missing</source>
        <translation>la colonne «&#xa0;%1.%2&#xa0;» est manquante</translation>
    </message>
    <message>
        <source>%1 “%2” has been changed</source>
        <translation>objet %1 «&#xa0;%2&#xa0;» modifié</translation>
    </message>
    <message>
        <source>unexpected %1 “%2”</source>
        <translation>objet %1 inattendu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>a row of %1 (row %2) refers to a missing row of %3</source>
        <translation>une ligne de %1 (ligne %2) renvoie à une ligne inexistante de %3</translation>
    </message>
    <message>
        <source>it was left half-written by a crash and cannot be recovered here</source>
        <translation>il est resté à moitié écrit après un plantage et ne peut pas être récupéré ici</translation>
    </message>
    <message>
        <source>%1 on %2 (process %3)</source>
        <translation>%1 sur %2 (processus %3)</translation>
    </message>
    <message>
        <source>another Forum Desk</source>
        <translation>un autre Forum Desk</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>un ordinateur inconnu</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis le %2</translation>
    </message>
    <message>
        <source>it kept changing while it was being opened (a sync program may be replacing it); try again in a moment</source>
        <translation>il n&apos;a cessé de changer pendant son ouverture (un programme de synchronisation le remplace peut-être)&#xa0;; réessayez dans un instant</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The forum is open read-only, as asked.</source>
        <translation>Le forum est ouvert en lecture seule, comme demandé.</translation>
    </message>
    <message>
        <source>The file is read-only on disk, so the forum is open read-only.</source>
        <translation>Le fichier est en lecture seule sur le disque&#xa0;; le forum est donc ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The folder holding the file is read-only, so the forum is open read-only.</source>
        <translation>Le dossier contenant le fichier est en lecture seule&#xa0;; le forum est donc ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>it is open in %1, on this computer</source>
        <translation>il est ouvert dans %1, sur cet ordinateur</translation>
    </message>
    <message>
        <source>its lock “%1” cannot be removed: it may belong to another user of the shared folder, or Forum Desk may still be running there</source>
        <translation>son verrou «&#xa0;%1&#xa0;» ne peut pas être supprimé&#xa0;: il appartient peut-être à un autre utilisateur du dossier partagé, ou Forum Desk y est peut-être encore ouvert</translation>
    </message>
    <message>
        <source>another Forum Desk locked it again at the same moment</source>
        <translation>un autre Forum Desk l&apos;a verrouillé de nouveau au même moment</translation>
    </message>
    <message>
        <source>The forum is open in %1, so it is open here read-only.</source>
        <translation>Le forum est ouvert dans %1&#xa0;; il est donc ouvert ici en lecture seule.</translation>
    </message>
    <message>
        <source>it has no Forum Desk format version</source>
        <translation>il n&apos;a pas de version de format Forum Desk</translation>
    </message>
    <message>
        <source>This forum file was written by a newer version of Forum Desk (format %1; this version knows format %2). It is open read-only and will not be changed.</source>
        <translation>Ce fichier de forum a été écrit par une version plus récente de Forum Desk (format %1&#xa0;; cette version connaît le format %2). Il est ouvert en lecture seule et ne sera pas modifié.</translation>
    </message>
    <message>
        <source>“%1” beside it asks for another file to be deleted, which a journal of Forum Desk never does, so it is not a file Forum Desk wrote; remove it or move the forum file to another folder</source>
        <translation>«&#xa0;%1&#xa0;», à côté, demande la suppression d&apos;un autre fichier, ce que ne fait jamais un journal de Forum Desk&#xa0;; ce n&apos;est donc pas un fichier écrit par Forum Desk&#xa0;; supprimez-le ou déplacez le fichier du forum dans un autre dossier</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>le fichier est endommagé (%1)</translation>
    </message>
    <message>
        <source>its structure is not Forum Desk&apos;s: %1</source>
        <translation>sa structure n&apos;est pas celle de Forum Desk&#xa0;: %1</translation>
    </message>
    <message>
        <source>Format updated from %1 to %2; the old file is kept as %3</source>
        <translation>Format mis à jour de %1 à %2&#xa0;; l&apos;ancien fichier est conservé sous %3</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before updating its format: %2</source>
        <translation>Impossible de conserver une copie de %1 avant de mettre à jour son format&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 as %2: %3</source>
        <translation>Impossible de conserver une copie de %1 sous %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>%1 was replaced by another file since it was opened</source>
        <translation>%1 a été remplacé par un autre fichier depuis son ouverture</translation>
    </message>
    <message>
        <source>A copy cannot replace the open forum file itself</source>
        <translation>Une copie ne peut pas remplacer le fichier du forum ouvert lui-même</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the copy</source>
        <translation>%1 est un dossier&#xa0;; indiquez un nom de fichier pour la copie</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1: %2</source>
        <translation>Impossible d&apos;enregistrer une copie dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
</context>
<context>
    <name>ForumVfs</name>
    <message>
        <source>“%1” beside the forum file is %2; Forum Desk will not use it. Remove it or move the forum file to another folder</source>
        <translation>«&#xa0;%1&#xa0;», à côté du fichier du forum, est %2&#xa0;; Forum Desk ne l&apos;utilisera pas. Supprimez-le ou déplacez le fichier du forum dans un autre dossier</translation>
    </message>
    <message>
        <source>another program switched “%1” to write-ahead logging (WAL) while it was open, which Forum Desk does not use because it is unsafe on shared folders; switch it back with that program (PRAGMA journal_mode=DELETE) or open a copy saved before</source>
        <translation>un autre programme a fait passer «&#xa0;%1&#xa0;» en journalisation à écriture anticipée (WAL) pendant qu&apos;il était ouvert, ce que Forum Desk n&apos;utilise pas car ce n&apos;est pas sûr sur les dossiers partagés&#xa0;; rétablissez le mode avec ce programme (PRAGMA journal_mode=DELETE) ou ouvrez une copie enregistrée auparavant</translation>
    </message>
    <message>
        <source>a super-journal, which forum files never use</source>
        <translation>un super-journal, que les fichiers de forum n&apos;utilisent jamais</translation>
    </message>
</context>
<context>
    <name>LessonsCarried</name>
    <message>
        <source>A lesson is carried into another plan, not the plan it was learned in (“%1”)</source>
        <translation>Une leçon se reporte dans un autre plan, et non dans le plan où elle a été tirée («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>A lesson is carried into a later plan: “%1” starts on %2, not after “%3” (%4)</source>
        <translation>Une leçon se reporte dans un plan ultérieur&#xa0;: «&#xa0;%1&#xa0;» commence le %2, et non après «&#xa0;%3&#xa0;» (%4)</translation>
    </message>
</context>
<context>
    <name>LiveMeeting</name>
    <message>
        <source>This file is of an older format; open it for writing to run a meeting live.</source>
        <translation>Ce fichier est dans un format plus ancien&#xa0;; ouvrez-le en écriture pour mener une réunion en direct.</translation>
    </message>
    <message>
        <source>“%1” is not under way: start it first.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas en cours&#xa0;: démarrez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 has already spoken on this turn.</source>
        <translation>%1 a déjà pris la parole à ce tour.</translation>
    </message>
    <message>
        <source>“%1” was cancelled: plan it again before running it.</source>
        <translation>«&#xa0;%1&#xa0;» a été annulée&#xa0;: reprogrammez-la avant de la mener.</translation>
    </message>
    <message>
        <source>“%1” has already been run and ended.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà été menée et terminée.</translation>
    </message>
    <message>
        <source>The minutes of “%1” are already written: it can no longer be run live.</source>
        <translation>Le procès-verbal de «&#xa0;%1&#xa0;» est déjà rédigé&#xa0;: elle ne peut plus être menée en direct.</translation>
    </message>
    <message>
        <source>“%1” is already under way.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà en cours.</translation>
    </message>
    <message>
        <source>“%1” is not on this meeting&apos;s agenda.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas à l&apos;ordre du jour de cette réunion.</translation>
    </message>
    <message>
        <source>A vote is already open: close it first.</source>
        <translation>Un vote est déjà ouvert&#xa0;: clôturez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>This vote is closed.</source>
        <translation>Ce vote est clos.</translation>
    </message>
    <message>
        <source>This vote is closed: remove the decision on the Meetings page instead.</source>
        <translation>Ce vote est clos&#xa0;: supprimez plutôt la décision dans la page Réunions.</translation>
    </message>
</context>
<context>
    <name>MeetingLifecycle</name>
    <message>
        <source>A meeting whose status is “%1” cannot become “%2”</source>
        <translation>Une réunion au statut «&#xa0;%1&#xa0;» ne peut pas passer à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Choose the later meeting at which these minutes were approved</source>
        <translation>Choisissez la réunion ultérieure lors de laquelle ce procès-verbal a été approuvé</translation>
    </message>
    <message>
        <source>Minutes are approved at a later meeting; “%1” is not after this one</source>
        <translation>Un procès-verbal s&apos;approuve lors d&apos;une réunion ultérieure&#xa0;; «&#xa0;%1&#xa0;» n&apos;est pas postérieure à celle-ci</translation>
    </message>
    <message>
        <source>“%1” was cancelled, so it cannot have approved these minutes</source>
        <translation>«&#xa0;%1&#xa0;» a été annulée&#xa0;; elle ne peut donc pas avoir approuvé ce procès-verbal</translation>
    </message>
</context>
<context>
    <name>MemberComposition</name>
    <message>
        <source>The forum has no active government or civil-society members. OGP minimum requirement 1.1 asks for both in the multi-stakeholder forum.</source>
        <translation>Le forum n&apos;a aucun membre actif du gouvernement ni de la société civile. L&apos;exigence minimale 1.1 du PGO demande la présence des deux dans le forum multipartite.</translation>
    </message>
    <message>
        <source>The forum has no active government members. OGP minimum requirement 1.1 asks for both government and civil society in the multi-stakeholder forum.</source>
        <translation>Le forum n&apos;a aucun membre actif du gouvernement. L&apos;exigence minimale 1.1 du PGO demande la présence du gouvernement et de la société civile dans le forum multipartite.</translation>
    </message>
    <message>
        <source>The forum has no active civil-society members. OGP minimum requirement 1.1 asks for both government and civil society in the multi-stakeholder forum.</source>
        <translation>Le forum n&apos;a aucun membre actif de la société civile. L&apos;exigence minimale 1.1 du PGO demande la présence du gouvernement et de la société civile dans le forum multipartite.</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>not resolved (proposed: keep the record)</source>
        <translation>non résolu (proposition&#xa0;: conserver l&apos;enregistrement)</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>non résolu</translation>
    </message>
    <message>
        <source>edited value %1</source>
        <translation>valeur modifiée %1</translation>
    </message>
    <message>
        <source>record kept</source>
        <translation>enregistrement conservé</translation>
    </message>
    <message>
        <source>record removed</source>
        <translation>enregistrement supprimé</translation>
    </message>
    <message>
        <source>kept ours</source>
        <translation>valeur de cette copie conservée</translation>
    </message>
    <message>
        <source>took theirs</source>
        <translation>valeur de l&apos;autre copie retenue</translation>
    </message>
    <message>
        <source>%1 (the newer change)</source>
        <translation>%1 (la modification la plus récente)</translation>
    </message>
    <message>
        <source>%1 (chosen in the review)</source>
        <translation>%1 (choisi lors de la revue)</translation>
    </message>
    <message>
        <source>%1 (so that nothing is lost)</source>
        <translation>%1 (pour que rien ne soit perdu)</translation>
    </message>
    <message>
        <source>%1 (as asked)</source>
        <translation>%1 (comme demandé)</translation>
    </message>
    <message>
        <source>Dry run: nothing was written to %1.
</source>
        <translation>Simulation&#xa0;: rien n&apos;a été écrit dans %1.
</translation>
    </message>
    <message>
        <source>Nothing was written to %1.
</source>
        <translation>Rien n&apos;a été écrit dans %1.
</translation>
    </message>
    <message>
        <source>Merged %1 into %2.
</source>
        <translation>%1 fusionné dans %2.
</translation>
    </message>
    <message>
        <source>The two copies have no common ancestor (a file of format 3 or older keeps no change log): records were matched by uid and differing fields compared by the time of their last change; removals cannot be told from additions and were not carried over.
</source>
        <translation>Les deux copies n&apos;ont pas d&apos;ancêtre commun (un fichier au format 3 ou antérieur ne conserve pas de journal des modifications)&#xa0;: les enregistrements ont été appariés par uid et les champs différents comparés selon l&apos;heure de leur dernière modification&#xa0;; les suppressions ne peuvent pas être distinguées des ajouts et n&apos;ont pas été reportées.
</translation>
    </message>
    <message>
        <source>Records added: %1, changed: %2, removed: %3.
</source>
        <translation>Enregistrements ajoutés&#xa0;: %1, modifiés&#xa0;: %2, supprimés&#xa0;: %3.
</translation>
    </message>
    <message>
        <source>Conflicts: %1, of which %2 not resolved.
</source>
        <translation>Conflits&#xa0;: %1, dont %2 non résolus.
</translation>
    </message>
    <message>
        <source>Review them and choose, or merge again with --prefer ours, theirs or newer.
</source>
        <translation>Examinez-les et choisissez, ou fusionnez de nouveau avec --prefer ours, theirs ou newer.
</translation>
    </message>
    <message>
        <source>The copy before the merge is kept as %1.
</source>
        <translation>La copie d&apos;avant la fusion est conservée sous %1.
</translation>
    </message>
    <message>
        <source>Check after the merge: %1</source>
        <translation>Vérification après la fusion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Merge report</source>
        <translation>Rapport de fusion</translation>
    </message>
    <message>
        <source>Ours: %1</source>
        <translation>Cette copie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>L&apos;autre copie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Common ancestor: yes (from the change logs)</source>
        <translation>Ancêtre commun&#xa0;: oui (d&apos;après les journaux des modifications)</translation>
    </message>
    <message>
        <source>Common ancestor: none (matched by uid and time of change)</source>
        <translation>Ancêtre commun&#xa0;: aucun (appariement par uid et heure de modification)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Cette copie</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>L&apos;autre copie</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>changed in ours, removed in theirs</source>
        <translation>modifié dans cette copie, supprimé dans l&apos;autre</translation>
    </message>
    <message>
        <source>removed in ours, changed in theirs</source>
        <translation>supprimé dans cette copie, modifié dans l&apos;autre</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 n° %2</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, de %2 à %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Notice of cancellation</source>
        <translation>Avis d&apos;annulation</translation>
    </message>
    <message>
        <source>This meeting was cancelled and did not take place; it has no minutes.</source>
        <translation>Cette réunion a été annulée et n&apos;a pas eu lieu&#xa0;; elle n&apos;a pas de procès-verbal.</translation>
    </message>
    <message>
        <source>It was to take place</source>
        <translation>Elle devait avoir lieu le</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <source>To be set.</source>
        <translation>À fixer.</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>By consensus: %1</source>
        <translation>Par consensus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Vote (%1): %2 for, %3 against, %4 abstentions: %5</source>
        <translation>Vote (%1)&#xa0;: %2 pour, %3 contre, %4 abstentions&#xa0;: %5</translation>
    </message>
    <message>
        <source>DRAFT — %1</source>
        <translation>PROJET — %1</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Minutes of the %1</source>
        <translation>Procès-verbal — %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Represented by %1</source>
        <translation>Représenté(e) par %1</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité(e)</translation>
    </message>
    <message>
        <source>No attendance was recorded.</source>
        <translation>Aucune présence n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 voting members present; %n required.</source>
        <translation>
            <numerusform>%1 membres votants présents sur %2&#xa0;; %n requis.</numerusform>
            <numerusform>%1 membres votants présents sur %2&#xa0;; %n requis.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules ask for government and civil society to be present.</source>
        <translation>Le règlement exige la présence du gouvernement et de la société civile.</translation>
    </message>
    <message>
        <source>The quorum was met.</source>
        <translation>Le quorum a été atteint.</translation>
    </message>
    <message>
        <source>The quorum was not met.</source>
        <translation>Le quorum n&apos;a pas été atteint.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Déroulement de la séance</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Présenté par</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>No decisions were taken.</source>
        <translation>Aucune décision n&apos;a été prise.</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Décision %1</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No action items were agreed.</source>
        <translation>Aucune tâche n&apos;a été convenue.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>These minutes were approved at “%1” on %2.</source>
        <translation>Ce procès-verbal a été approuvé lors de «&#xa0;%1&#xa0;» le %2.</translation>
    </message>
    <message>
        <source>Draft minutes, to be approved at a later meeting.</source>
        <translation>Projet de procès-verbal, à approuver lors d&apos;une réunion ultérieure.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant(e)</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>quorum atteint</translation>
    </message>
    <message>
        <source>quorum not met</source>
        <translation>quorum non atteint</translation>
    </message>
    <message>
        <source>Taken at %1, with %2 voting members present (%3 required): %4.</source>
        <translation>Prise à %1, avec %2 membres votants présents (%3 requis)&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Actual time</source>
        <translation>Horaire effectif</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>from %1 (under way)</source>
        <translation>depuis %1 (en cours)</translation>
    </message>
    <message>
        <source>(%1–%2)</source>
        <translation>(%1–%2)</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(à partir de %1)</translation>
    </message>
    <message>
        <source>(left %1)</source>
        <translation>(parti(e) à %1)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 min planned)</source>
        <translation>%1 (%2 sur %3 min prévues)</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Time each sector and gender had the floor, as timed during the meeting.</source>
        <translation>Temps de parole de chaque secteur et de chaque genre, tel que chronométré pendant la réunion.</translation>
    </message>
</context>
<context>
    <name>MinutesDocument</name>
    <message>
        <source>“%1” is still planned: it has minutes once it has been held. Mark it as held on the Meetings page, or export its notice instead.</source>
        <translation>«&#xa0;%1&#xa0;» est encore prévue&#xa0;: elle aura un procès-verbal une fois tenue. Marquez-la comme tenue dans la page Réunions, ou exportez plutôt sa convocation.</translation>
    </message>
</context>
<context>
    <name>NewForum</name>
    <message>
        <source>“%1” is not a time zone; use a full name such as America/Lima or Europe/Madrid</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire&#xa0;; utilisez un nom complet tel que America/Lima ou Europe/Madrid</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien de visioconférence</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Convocation</translation>
    </message>
    <message>
        <source>Notice of meeting</source>
        <translation>Convocation à une réunion</translation>
    </message>
    <message>
        <source>The members of the forum are invited to the %1 “%2”, to be held on %3.</source>
        <translation>Les membres du forum sont convoqués à la réunion «&#xa0;%2&#xa0;» (%1), qui se tiendra le %3.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Notice sent on</source>
        <translation>Convocation envoyée le</translation>
    </message>
    <message>
        <source>This meeting has been cancelled.</source>
        <translation>Cette réunion a été annulée.</translation>
    </message>
    <message>
        <source>Please confirm your attendance, or send your apologies, to %1.</source>
        <translation>Veuillez confirmer votre présence, ou vous excuser, auprès de %1.</translation>
    </message>
    <message>
        <source>Please confirm your attendance, or send your apologies, to %1 (%2).</source>
        <translation>Veuillez confirmer votre présence, ou vous excuser, auprès de %1 (%2).</translation>
    </message>
    <message>
        <source>Documents for the meeting</source>
        <translation>Documents de la réunion</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>The agenda will follow.</source>
        <translation>L&apos;ordre du jour suivra.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Présenté par</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Matters arising</source>
        <translation>Questions en suspens</translation>
    </message>
    <message>
        <source>Action items still open from earlier meetings:</source>
        <translation>Tâches encore ouvertes issues des réunions précédentes&#xa0;:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Documents and notes</source>
        <translation>Documents et notes</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétariat</translation>
    </message>
</context>
<context>
    <name>OdtWriter</name>
    <message>
        <source>Cannot make the OpenDocument file: %1</source>
        <translation>Impossible de créer le fichier OpenDocument&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OpenData</name>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Members of the forum</source>
        <translation>Membres du forum</translation>
    </message>
    <message>
        <source>The forum&apos;s members: name, organisation, sector and role (never contact details).</source>
        <translation>Les membres du forum&#xa0;: nom, organisation, secteur et fonction (jamais les coordonnées).</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Plans d&apos;action</translation>
    </message>
    <message>
        <source>The forum&apos;s OGP action plans, their period and stage.</source>
        <translation>Les plans d&apos;action PGO du forum, leur période et leur étape.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Each commitment on OGP&apos;s template. Tag lists (policy areas, frontiers, themes) are keys separated by semicolons.</source>
        <translation>Chaque engagement selon le modèle du PGO. Les listes d&apos;étiquettes (domaines politiques, frontières, thèmes) sont des clés séparées par des points-virgules.</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>The milestones of each commitment, in their order.</source>
        <translation>Les jalons de chaque engagement, dans leur ordre.</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Points d&apos;avancement</translation>
    </message>
    <message>
        <source>Dated progress of each milestone, with its evidence.</source>
        <translation>L&apos;avancement daté de chaque jalon, avec ses preuves.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>The forum&apos;s sessions, consultations and events, past and coming; times with the forum&apos;s UTC offset.</source>
        <translation>Les séances, consultations et événements du forum, passés et à venir&#xa0;; heures avec le décalage UTC du forum.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Decisions of meetings whose minutes are approved or published, with their votes.</source>
        <translation>Décisions des réunions dont le procès-verbal est approuvé ou publié, avec leurs votes.</translation>
    </message>
    <message>
        <source>Contributions and reasoned responses</source>
        <translation>Contributions et réponses motivées</translation>
    </message>
    <message>
        <source>What the public proposed for the action plan and the forum&apos;s reasoned response. An individual&apos;s name only with their recorded consent.</source>
        <translation>Ce que le public a proposé pour le plan d&apos;action et la réponse motivée du forum. Le nom d&apos;une personne n&apos;apparaît qu&apos;avec son consentement enregistré.</translation>
    </message>
    <message>
        <source>Contributions taken into commitments</source>
        <translation>Contributions reprises dans les engagements</translation>
    </message>
    <message>
        <source>Which contribution each commitment took up.</source>
        <translation>Les contributions reprises par chaque engagement.</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Self-assessments and IRM assessments of each commitment.</source>
        <translation>Auto-évaluations et évaluations du MEI de chaque engagement.</translation>
    </message>
    <message>
        <source>“%1” is not a licence Forum Desk knows; use one of %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une licence connue de Forum Desk&#xa0;; utilisez l&apos;une des suivantes&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no action plan with id %1.</source>
        <translation>Il n&apos;existe aucun plan d&apos;action d&apos;id %1.</translation>
    </message>
    <message>
        <source>Open data of an Open Government Partnership multi-stakeholder forum: members, action plans, commitments, milestones, progress, meetings, decisions, public contributions with their reasoned responses, and assessments.</source>
        <translation>Données ouvertes d&apos;un forum multipartite du Partenariat pour un gouvernement ouvert&#xa0;: membres, plans d&apos;action, engagements, jalons, avancement, réunions, décisions, contributions du public avec leurs réponses motivées, et évaluations.</translation>
    </message>
</context>
<context>
    <name>PageParts</name>
    <message>
        <source>%1 — %2
Period: %3 to %4</source>
        <translation>%1 — %2
Période&#xa0;: du %3 au %4</translation>
    </message>
</context>
<context>
    <name>PartialFile</name>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>Le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>The folder %1 is read-only</source>
        <translation>Le dossier %1 est en lecture seule</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1</source>
        <translation>Impossible d&apos;écrire dans le dossier %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>its data could not be written to the disk</source>
        <translation>ses données n&apos;ont pas pu être écrites sur le disque</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>the folder could not be written to the disk</source>
        <translation>le dossier n&apos;a pas pu être écrit sur le disque</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>The plan covers %1 months; OGP asks for at least %2.</source>
        <translation>Le plan couvre %1 mois&#xa0;; le PGO demande au moins %2.</translation>
    </message>
    <message>
        <source>The plan is more than %1 months past its due date (%2): OGP considers this acting contrary to process.</source>
        <translation>Le plan a plus de %1 mois de retard sur sa date limite (%2)&#xa0;: le PGO considère qu&apos;il s&apos;agit d&apos;agir contrairement au processus.</translation>
    </message>
    <message>
        <source>The plan was due on %1 and has not been submitted.</source>
        <translation>Le plan devait être soumis le %1 et ne l&apos;a pas été.</translation>
    </message>
</context>
<context>
    <name>PlanDraft</name>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>To be completed.</source>
        <translation>À compléter.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Lead implementing agency</source>
        <translation>Institution chef de file</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Supporting actors (government)</source>
        <translation>Acteurs associés (gouvernement)</translation>
    </message>
    <message>
        <source>Supporting actors (civil society, private sector, others)</source>
        <translation>Acteurs associés (société civile, secteur privé, autres)</translation>
    </message>
    <message>
        <source>Policy areas</source>
        <translation>Domaines politiques</translation>
    </message>
    <message>
        <source>Problem definition</source>
        <translation>Définition du problème</translation>
    </message>
    <message>
        <source>What problem does the commitment aim to address?</source>
        <translation>Quel problème l&apos;engagement vise-t-il à résoudre&#xa0;?</translation>
    </message>
    <message>
        <source>What are the causes of the problem?</source>
        <translation>Quelles sont les causes du problème&#xa0;?</translation>
    </message>
    <message>
        <source>Commitment description</source>
        <translation>Description de l&apos;engagement</translation>
    </message>
    <message>
        <source>What has been done so far to solve the problem?</source>
        <translation>Qu&apos;a-t-on fait jusqu&apos;à présent pour résoudre le problème&#xa0;?</translation>
    </message>
    <message>
        <source>What solution is proposed?</source>
        <translation>Quelle solution est proposée&#xa0;?</translation>
    </message>
    <message>
        <source>How will it solve the problem?</source>
        <translation>Comment résoudra-t-elle le problème&#xa0;?</translation>
    </message>
    <message>
        <source>What results are expected?</source>
        <translation>Quels résultats sont attendus&#xa0;?</translation>
    </message>
    <message>
        <source>Commitment analysis</source>
        <translation>Analyse de l&apos;engagement</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Accès à l&apos;information</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participation citoyenne</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Redevabilité</translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation>Technologie et innovation</translation>
    </message>
    <message>
        <source>Relevance to OGP values</source>
        <translation>Pertinence au regard des valeurs du PGO</translation>
    </message>
    <message>
        <source>How will the commitment promote transparency?</source>
        <translation>Comment l&apos;engagement favorisera-t-il la transparence&#xa0;?</translation>
    </message>
    <message>
        <source>How will the commitment help foster accountability?</source>
        <translation>Comment l&apos;engagement contribuera-t-il à renforcer la redevabilité&#xa0;?</translation>
    </message>
    <message>
        <source>How will the commitment improve citizen participation?</source>
        <translation>Comment l&apos;engagement améliorera-t-il la participation citoyenne&#xa0;?</translation>
    </message>
    <message>
        <source>Commitment planning</source>
        <translation>Planification de l&apos;engagement</translation>
    </message>
    <message>
        <source>No milestones yet.</source>
        <translation>Aucun jalon pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Expected output</source>
        <translation>Produit attendu</translation>
    </message>
    <message>
        <source>Expected completion date</source>
        <translation>Date d&apos;achèvement prévue</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Links to other plans and the SDGs</source>
        <translation>Liens avec d&apos;autres plans et les ODD</translation>
    </message>
    <message>
        <source>Frontiers for expanding open government (the forum&apos;s own tags)</source>
        <translation>Frontières pour élargir le gouvernement ouvert (étiquettes propres au forum)</translation>
    </message>
    <message>
        <source>Contributions it draws on</source>
        <translation>Contributions sur lesquelles il s&apos;appuie</translation>
    </message>
    <message>
        <source>DRAFT — %1</source>
        <translation>PROJET — %1</translation>
    </message>
    <message>
        <source>Draft for discussion: the forum has not approved this plan yet, and it may change.</source>
        <translation>Projet soumis à discussion&#xa0;: le forum n&apos;a pas encore approuvé ce plan, qui peut encore changer.</translation>
    </message>
    <message>
        <source>Submitted to OGP on</source>
        <translation>Date de soumission au PGO</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>1. Introduction and context</source>
        <translation>1. Introduction et contexte</translation>
    </message>
    <message>
        <source>2. Open government efforts to date</source>
        <translation>2. Efforts de gouvernement ouvert à ce jour</translation>
    </message>
    <message>
        <source>3. The co-creation process</source>
        <translation>3. Le processus de co-création</translation>
    </message>
    <message>
        <source>4. Commitments</source>
        <translation>4. Engagements</translation>
    </message>
    <message>
        <source>5. Monitoring</source>
        <translation>5. Suivi</translation>
    </message>
    <message>
        <source>To be written by the forum.</source>
        <translation>À rédiger par le forum.</translation>
    </message>
    <message>
        <source>This is the forum&apos;s first action plan.</source>
        <translation>Il s&apos;agit du premier plan d&apos;action du forum.</translation>
    </message>
    <message>
        <source>Lessons carried into this plan</source>
        <translation>Leçons reportées dans ce plan</translation>
    </message>
    <message>
        <source>Meetings and events</source>
        <translation>Réunions et activités</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>No commitments have been drafted yet.</source>
        <translation>Aucun engagement n&apos;a encore été rédigé.</translation>
    </message>
    <message>
        <source>The forum follows the plan&apos;s implementation at its sessions, at least every six months, with the implementing agencies and civil society, and publishes progress in its document repository.</source>
        <translation>Le forum suit la mise en œuvre du plan lors de ses séances, au moins tous les six mois, avec les institutions de mise en œuvre et la société civile, et publie l&apos;avancement dans son dépôt de documents.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Document repository</source>
        <translation>Dépôt de documents</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>North Macedonia</source>
        <translation>Macédoine du Nord</translation>
    </message>
    <message>
        <source>Air quality data for Skopje</source>
        <translation>Données sur la qualité de l&apos;air à Skopje</translation>
    </message>
    <message>
        <source>The city publishes the readings of its air quality stations as they come in, so that residents can protect their health on bad days and ask the authorities to act on pollution.</source>
        <translation>La ville publie les relevés de ses stations de mesure de la qualité de l&apos;air au fur et à mesure, afin que les habitants puissent protéger leur santé les jours de pollution et demander aux autorités d&apos;agir.</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>“A tu servicio”: comparing health providers</source>
        <translation>«&#xa0;A tu servicio&#xa0;»&#xa0;: comparer les prestataires de santé</translation>
    </message>
    <message>
        <source>A public website of the health ministry lets people compare health providers on waiting times, prices and quality before they choose one, with data the providers must report.</source>
        <translation>Un site public du ministère de la Santé permet de comparer les prestataires de santé selon les délais d&apos;attente, les prix et la qualité avant d&apos;en choisir un, à partir de données que les prestataires doivent déclarer.</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Géorgie</translation>
    </message>
    <message>
        <source>Open data on missing persons</source>
        <translation>Données ouvertes sur les personnes disparues</translation>
    </message>
    <message>
        <source>Data on missing persons are published and kept up to date, so that families, civil society and the authorities can follow the cases and press for searches together.</source>
        <translation>Les données sur les personnes disparues sont publiées et tenues à jour, afin que les familles, la société civile et les autorités puissent suivre les dossiers et faire avancer ensemble les recherches.</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>The Friends and Family Test</source>
        <translation>Le «&#xa0;Friends and Family Test&#xa0;»</translation>
    </message>
    <message>
        <source>Patients of the public health service are asked whether they would recommend the service to friends and family; the answers are published for each hospital and practice, and services use them to improve.</source>
        <translation>On demande aux patients du service public de santé s&apos;ils recommanderaient le service à leurs proches&#xa0;; les réponses sont publiées pour chaque hôpital et cabinet, et les services s&apos;en servent pour s&apos;améliorer.</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Pérou</translation>
    </message>
    <message>
        <source>Monitoring water quality in La Libertad</source>
        <translation>Surveillance de la qualité de l&apos;eau à La Libertad</translation>
    </message>
    <message>
        <source>In the La Libertad region, communities and the authorities monitor drinking water together and publish the results, so that failures are reported and put right.</source>
        <translation>Dans la région de La Libertad, les communautés et les autorités surveillent ensemble l&apos;eau potable et publient les résultats, afin que les défaillances soient signalées et corrigées.</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolie</translation>
    </message>
    <message>
        <source>Check My Services</source>
        <translation>«&#xa0;Check My Services&#xa0;»</translation>
    </message>
    <message>
        <source>Citizens rate public services and report problems through a feedback platform; the agencies must answer, and the ratings are public.</source>
        <translation>Les citoyens notent les services publics et signalent les problèmes sur une plateforme de retour d&apos;information&#xa0;; les organismes doivent répondre, et les notes sont publiques.</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Open dialogue on policy</source>
        <translation>Dialogue ouvert sur les politiques</translation>
    </message>
    <message>
        <source>The government consults people online and in person while it drafts policies and its open government plans, and reports back on what it heard and what it changed.</source>
        <translation>Le gouvernement consulte la population en ligne et en personne pendant qu&apos;il rédige ses politiques et ses plans de gouvernement ouvert, puis rend compte de ce qu&apos;il a entendu et de ce qu&apos;il a changé.</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Decide Madrid</source>
        <translation>Decide Madrid</translation>
    </message>
    <message>
        <source>The city&apos;s participation platform lets residents make and support proposals and decide part of the budget; its open-source software is used by many other cities.</source>
        <translation>La plateforme de participation de la ville permet aux habitants de faire et de soutenir des propositions et de décider d&apos;une partie du budget&#xa0;; son logiciel libre est utilisé par de nombreuses autres villes.</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Indigenous peoples in public decisions</source>
        <translation>Les peuples autochtones dans les décisions publiques</translation>
    </message>
    <message>
        <source>Indigenous organisations take part in shaping the policies that affect them, through free, prior and informed consultation and information in their own languages.</source>
        <translation>Les organisations autochtones participent à l&apos;élaboration des politiques qui les concernent, par la consultation libre, préalable et éclairée et par une information dans leurs propres langues.</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>Women in decisions on public services</source>
        <translation>Les femmes dans les décisions sur les services publics</translation>
    </message>
    <message>
        <source>Commitments bring women into the decisions on public services and resources that affect them, and publish the data broken down by sex.</source>
        <translation>Des engagements associent les femmes aux décisions sur les services et les ressources publics qui les concernent, et publient des données ventilées par sexe.</translation>
    </message>
    <message>
        <source>Gender analysis of policies and budgets</source>
        <translation>Analyse de genre des politiques et des budgets</translation>
    </message>
    <message>
        <source>Policies and budget measures are analysed for how they affect women, men and gender-diverse people, and the analyses are published.</source>
        <translation>Les politiques et les mesures budgétaires sont analysées selon leurs effets sur les femmes, les hommes et les personnes de diverses identités de genre, et les analyses sont publiées.</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentine</translation>
    </message>
    <message>
        <source>A budget with a gender perspective</source>
        <translation>Un budget sensible au genre</translation>
    </message>
    <message>
        <source>The national budget tags the spending that closes gender gaps and reports how it is spent, so that civil society can follow it.</source>
        <translation>Le budget national identifie les dépenses qui réduisent les écarts entre les genres et rend compte de leur exécution, afin que la société civile puisse les suivre.</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>Reaching young and older people</source>
        <translation>Atteindre les jeunes et les personnes âgées</translation>
    </message>
    <message>
        <source>Open government reaches the groups that take part least, young people and the elderly, with plain language and dialogues held where they are.</source>
        <translation>Le gouvernement ouvert atteint les groupes qui participent le moins, les jeunes et les personnes âgées, par un langage clair et des dialogues menés là où ils se trouvent.</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>ProZorro: open public procurement</source>
        <translation>ProZorro&#xa0;: des marchés publics ouverts</translation>
    </message>
    <message>
        <source>Public tenders run through one open electronic system where every bid and contract is public; civil society monitors it and flags suspicious purchases.</source>
        <translation>Les appels d&apos;offres publics passent par un système électronique ouvert unique où chaque offre et chaque contrat sont publics&#xa0;; la société civile le surveille et signale les achats suspects.</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Monithon: civic monitoring of public funds</source>
        <translation>Monithon&#xa0;: le suivi citoyen des fonds publics</translation>
    </message>
    <message>
        <source>Citizens and schools follow projects paid for with public funds, using open data, visit them and publish what they find.</source>
        <translation>Des citoyens et des écoles suivent, à l&apos;aide de données ouvertes, les projets financés par des fonds publics, les visitent et publient ce qu&apos;ils constatent.</translation>
    </message>
    <message>
        <source>Public register of beneficial owners</source>
        <translation>Registre public des bénéficiaires effectifs</translation>
    </message>
    <message>
        <source>Companies must name the people who ultimately own or control them in a free, open public register, which makes it harder to hide money behind shell companies.</source>
        <translation>Les entreprises doivent déclarer les personnes qui, en dernier ressort, les détiennent ou les contrôlent dans un registre public, ouvert et gratuit, ce qui rend plus difficile de cacher de l&apos;argent derrière des sociétés écrans.</translation>
    </message>
</context>
<context>
    <name>PracticeLibrary</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no practice “%1” in the reference library; choose one of the library&apos;s practices</source>
        <translation>La bibliothèque de référence ne contient aucune pratique «&#xa0;%1&#xa0;»&#xa0;; choisissez l&apos;une des pratiques de la bibliothèque</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Preuves&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Communiqué par %1</translation>
    </message>
    <message>
        <source>%1, set by the forum (progress suggests %2)</source>
        <translation>%1, fixé par le forum (l&apos;avancement suggère %2)</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 réalisés</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Avancement global</translation>
    </message>
    <message>
        <source>no milestones yet</source>
        <translation>aucun jalon pour l&apos;instant</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>%1 done, %2 overdue, of %3</source>
        <translation>%1 réalisés, %2 en retard, sur %3</translation>
    </message>
    <message>
        <source>Last progress update</source>
        <translation>Dernier point d&apos;avancement</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Completion level</source>
        <translation>Niveau d&apos;achèvement</translation>
    </message>
    <message numerus="yes">
        <source>The forum set the completion level of %n commitment(s) otherwise than progress suggests; the reasons are given with each commitment.</source>
        <translation>
            <numerusform>Le forum a fixé le niveau d&apos;achèvement de %n engagement autrement que ne le suggère l&apos;avancement&#xa0;; la justification figure avec l&apos;engagement.</numerusform>
            <numerusform>Le forum a fixé le niveau d&apos;achèvement de %n engagements autrement que ne le suggère l&apos;avancement&#xa0;; les justifications figurent avec chaque engagement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments at a glance</source>
        <translation>Les engagements en un coup d&apos;œil</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Lead implementing agency</source>
        <translation>Institution chef de file</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>The forum&apos;s reason</source>
        <translation>Justification du forum</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>no update yet</source>
        <translation>aucun point d&apos;avancement pour l&apos;instant</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Latest updates</source>
        <translation>Derniers points d&apos;avancement</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Rapport d&apos;avancement</translation>
    </message>
    <message>
        <source>Action plan %1 to %2</source>
        <translation>Plan d&apos;action du %1 au %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Progress of each commitment</source>
        <translation>Avancement de chaque engagement</translation>
    </message>
    <message>
        <source>The plan has no commitments yet.</source>
        <translation>Le plan n&apos;a encore aucun engagement.</translation>
    </message>
</context>
<context>
    <name>ProgressTracking</name>
    <message>
        <source>Progress suggests “%1”; give the reason for “%2”</source>
        <translation>L&apos;avancement suggère «&#xa0;%1&#xa0;»&#xa0;; indiquez la raison de «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Over time</source>
        <translation>Temps dépassé</translation>
    </message>
    <message>
        <source>Time nearly up</source>
        <translation>Temps presque écoulé</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>The meeting has ended.</source>
        <translation>La réunion est terminée.</translation>
    </message>
    <message>
        <source>Between items</source>
        <translation>Entre deux points</translation>
    </message>
    <message>
        <source>Speaking: %1 (%2) — %3</source>
        <translation>Parole à %1 (%2) — %3</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>À suivre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Vote: %1
For %2 · Against %3 · Abstentions %4</source>
        <translation>Vote&#xa0;: %1
Pour %2 · Contre %3 · Abstentions %4</translation>
    </message>
    <message>
        <source>%1: %2
For %3 · Against %4 · Abstentions %5</source>
        <translation>%1&#xa0;: %2
Pour %3 · Contre %4 · Abstentions %5</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>The plan&apos;s progress at the end of each month: the mean of its commitments&apos; progress, each from its milestones.</source>
        <translation>L&apos;avancement du plan à la fin de chaque mois&#xa0;: la moyenne de l&apos;avancement de ses engagements, chacun calculé à partir de ses jalons.</translation>
    </message>
    <message>
        <source>Milestones whose end date has come, and milestones done, month by month.</source>
        <translation>Jalons dont la date de fin est arrivée, et jalons réalisés, mois par mois.</translation>
    </message>
    <message>
        <source>The mean progress of the commitments each agency leads.</source>
        <translation>L&apos;avancement moyen des engagements dont chaque institution est chef de file.</translation>
    </message>
    <message>
        <source>The mean progress of the commitments relevant to each OGP value.</source>
        <translation>L&apos;avancement moyen des engagements pertinents pour chaque valeur du PGO.</translation>
    </message>
    <message>
        <source>Commitments per completion level in each of the forum&apos;s action plans.</source>
        <translation>Engagements par niveau d&apos;achèvement dans chacun des plans d&apos;action du forum.</translation>
    </message>
    <message>
        <source>People present at the plan&apos;s meetings, by sector.</source>
        <translation>Personnes présentes aux réunions du plan, par secteur.</translation>
    </message>
    <message>
        <source>Contributions received while the plan was co-created, answered and incorporated.</source>
        <translation>Contributions reçues pendant la co-création du plan, ayant reçu une réponse et intégrées.</translation>
    </message>
    <message>
        <source>Figure %1. %2. %3</source>
        <translation>Figure %1. %2. %3</translation>
    </message>
    <message>
        <source>Minutes each sector spoke at the plan&apos;s meetings, as timed live.</source>
        <translation>Minutes de parole de chaque secteur aux réunions du plan, chronométrées en direct.</translation>
    </message>
</context>
<context>
    <name>ResponseReport</name>
    <message>
        <source>Reasoned response report</source>
        <translation>Rapport des réponses motivées</translation>
    </message>
    <message>
        <source>Summary by treatment</source>
        <translation>Synthèse par suite donnée</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Summary by commitment</source>
        <translation>Synthèse par engagement</translation>
    </message>
    <message>
        <source>Not linked to a commitment</source>
        <translation>Non liée à un engagement</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Contributions it drew on</source>
        <translation>Contributions sur lesquelles il s&apos;appuie</translation>
    </message>
    <message>
        <source>Of which incorporated</source>
        <translation>Dont intégrées</translation>
    </message>
    <message>
        <source>Each contribution and its response</source>
        <translation>Chaque contribution et sa réponse</translation>
    </message>
    <message>
        <source>Contribution #%1 — %2</source>
        <translation>Contribution n° %1 — %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Commitments it fed</source>
        <translation>Engagements qu&apos;elle a nourris</translation>
    </message>
    <message>
        <source>Reasoned response</source>
        <translation>Réponse motivée</translation>
    </message>
    <message>
        <source>still awaiting a response</source>
        <translation>toujours en attente de réponse</translation>
    </message>
</context>
<context>
    <name>SelfAssessment</name>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1, set by the forum: %2</source>
        <translation>%1, fixé par le forum&#xa0;: %2</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n milestone(s) done)</source>
        <translation>
            <numerusform>%1 (%2 sur %n jalon réalisé)</numerusform>
            <numerusform>%1 (%2 sur %n jalons réalisés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Practices that inspired it</source>
        <translation>Pratiques dont il s&apos;inspire</translation>
    </message>
    <message>
        <source>Progress updates giving evidence: %1. The latest:</source>
        <translation>Points d&apos;avancement apportant des preuves&#xa0;: %1. Les plus récents&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>no evidence recorded</source>
        <translation>aucune preuve enregistrée</translation>
    </message>
    <message>
        <source>Not yet assessed.</source>
        <translation>Pas encore évalué.</translation>
    </message>
    <message>
        <source>Relevance to OGP values</source>
        <translation>Pertinence au regard des valeurs du PGO</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Étoilé</translation>
    </message>
    <message>
        <source>IRM scale</source>
        <translation>Échelle du MEI</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
    <message>
        <source>DRAFT — Interim self-assessment report</source>
        <translation>PROJET — Rapport d&apos;auto-évaluation intermédiaire</translation>
    </message>
    <message>
        <source>End-of-term self-assessment report</source>
        <translation>Rapport d&apos;auto-évaluation de fin de mandat</translation>
    </message>
    <message>
        <source>The plan is still in implementation, until %1: this is an interim report, not the end-of-term self-assessment, which is written once the implementation period has ended.</source>
        <translation>Le plan est encore en cours de mise en œuvre, jusqu&apos;au %1&#xa0;: ceci est un rapport intermédiaire, et non l&apos;auto-évaluation de fin de mandat, qui est rédigée une fois la période de mise en œuvre terminée.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>1. The plan&apos;s results in figures</source>
        <translation>1. Les résultats du plan en chiffres</translation>
    </message>
    <message numerus="yes">
        <source>The plan has %n commitment(s).</source>
        <translation>
            <numerusform>Le plan compte %n engagement.</numerusform>
            <numerusform>Le plan compte %n engagements.</numerusform>
        </translation>
    </message>
    <message>
        <source>The forum has assessed %1 of them and the Independent Reporting Mechanism (IRM) %2.</source>
        <translation>Le forum en a évalué %1 et le Mécanisme d&apos;évaluation indépendant (MEI) %2.</translation>
    </message>
    <message>
        <source>Starred commitments: %1 in the self-assessment, %2 in the IRM&apos;s assessment. A starred commitment is verifiable, relevant to OGP values, of moderate or transformative potential impact, and substantially or fully complete.</source>
        <translation>Engagements étoilés&#xa0;: %1 dans l&apos;auto-évaluation, %2 dans l&apos;évaluation du MEI. Un engagement étoilé est vérifiable, pertinent au regard des valeurs du PGO, d&apos;un impact potentiel modéré ou transformateur, et d&apos;un achèvement substantiel ou complet.</translation>
    </message>
    <message>
        <source>2. The process</source>
        <translation>2. Le processus</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation>Co-création</translation>
    </message>
    <message numerus="yes">
        <source>Before the plan started, the forum held %n meeting(s) and event(s) to co-create it.</source>
        <translation>
            <numerusform>Avant le début du plan, le forum a tenu %n réunion ou activité pour le co-créer.</numerusform>
            <numerusform>Avant le début du plan, le forum a tenu %n réunions et activités pour le co-créer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Participation during implementation</source>
        <translation>Participation pendant la mise en œuvre</translation>
    </message>
    <message>
        <source>No meetings about the plan are recorded since it started.</source>
        <translation>Aucune réunion sur le plan n&apos;est enregistrée depuis son début.</translation>
    </message>
    <message>
        <source>Meetings since the plan started</source>
        <translation>Réunions depuis le début du plan</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenues</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>The forum&apos;s role</source>
        <translation>Le rôle du forum</translation>
    </message>
    <message>
        <source>%1 led the co-creation of the plan, decided on its process and followed its implementation with the implementing agencies and civil society.</source>
        <translation>%1 a conduit la co-création du plan, décidé de son processus et suivi sa mise en œuvre avec les institutions de mise en œuvre et la société civile.</translation>
    </message>
    <message>
        <source>The forum approved the plan at “%1” on %2.</source>
        <translation>Le forum a approuvé le plan lors de «&#xa0;%1&#xa0;» le %2.</translation>
    </message>
    <message>
        <source>Members of the forum during the plan</source>
        <translation>Membres du forum pendant le plan</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>3. Final results of each commitment</source>
        <translation>3. Résultats finaux de chaque engagement</translation>
    </message>
    <message>
        <source>The plan has no commitments.</source>
        <translation>Le plan n&apos;a aucun engagement.</translation>
    </message>
    <message>
        <source>4. Response to the IRM&apos;s assessment</source>
        <translation>4. Réponse à l&apos;évaluation du MEI</translation>
    </message>
    <message>
        <source>The IRM has not assessed the plan&apos;s commitments yet.</source>
        <translation>Le MEI n&apos;a pas encore évalué les engagements du plan.</translation>
    </message>
    <message>
        <source>completion “%1” in the self-assessment, “%2” for the IRM</source>
        <translation>achèvement «&#xa0;%1&#xa0;» dans l&apos;auto-évaluation, «&#xa0;%2&#xa0;» pour le MEI</translation>
    </message>
    <message>
        <source>starred by the IRM only</source>
        <translation>étoilé par le MEI seulement</translation>
    </message>
    <message>
        <source>starred in the self-assessment only</source>
        <translation>étoilé dans l&apos;auto-évaluation seulement</translation>
    </message>
    <message>
        <source>The IRM&apos;s assessment agrees with the forum&apos;s on the completion and the starred rating of every commitment both assessed.</source>
        <translation>L&apos;évaluation du MEI concorde avec celle du forum sur l&apos;achèvement et le statut étoilé de chaque engagement évalué par les deux.</translation>
    </message>
    <message>
        <source>The IRM&apos;s assessment differs from the forum&apos;s on these commitments; the forum takes its findings into the lessons below.</source>
        <translation>L&apos;évaluation du MEI diffère de celle du forum pour ces engagements&#xa0;; le forum intègre ses constats dans les leçons ci-dessous.</translation>
    </message>
    <message>
        <source>5. Lessons learned and recommendations</source>
        <translation>5. Leçons apprises et recommandations</translation>
    </message>
    <message>
        <source>No lessons have been recorded yet.</source>
        <translation>Aucune leçon n&apos;a encore été enregistrée.</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Recommandation&#xa0;: %1</translation>
    </message>
    <message>
        <source>6. Next steps</source>
        <translation>6. Prochaines étapes</translation>
    </message>
    <message>
        <source>Lessons carried into the co-creation of “%1”: %2.</source>
        <translation>Leçons reportées dans la co-création de «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Lessons still to be carried into the next plan: %1.</source>
        <translation>Leçons restant à reporter dans le prochain plan&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The forum will record its lessons and carry them into the co-creation of the next plan.</source>
        <translation>Le forum enregistrera ses leçons et les reportera dans la co-création du prochain plan.</translation>
    </message>
</context>
<context>
    <name>SitePublisher</name>
    <message>
        <source>%1 is damaged, so Forum Desk cannot tell its own files from others in %2. Remove the site&apos;s files and %1, or publish into an empty folder.</source>
        <translation>%1 est endommagé&#xa0;; Forum Desk ne peut donc pas distinguer ses propres fichiers des autres dans %2. Supprimez les fichiers du site et %1, ou publiez dans un dossier vide.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot make the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 est un fichier, et non un dossier</translation>
    </message>
    <message>
        <source>%1 is a link; Forum Desk writes only inside %2</source>
        <translation>%1 est un lien&#xa0;; Forum Desk n&apos;écrit qu&apos;à l&apos;intérieur de %2</translation>
    </message>
    <message>
        <source>The website has a file name Forum Desk does not write: “%1”</source>
        <translation>Le site web contient un nom de fichier que Forum Desk n&apos;écrit pas&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The website has the file “%1” twice</source>
        <translation>Le site web contient deux fois le fichier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is reached through a link; Forum Desk writes only inside %2</source>
        <translation>%1 est atteint par un lien&#xa0;; Forum Desk n&apos;écrit qu&apos;à l&apos;intérieur de %2</translation>
    </message>
    <message>
        <source>%1 is a file where the website needs a folder. Move it away or publish into another folder.</source>
        <translation>%1 est un fichier là où le site web a besoin d&apos;un dossier. Déplacez-le ou publiez dans un autre dossier.</translation>
    </message>
    <message>
        <source>%1 already holds %2, which Forum Desk did not publish there or which was changed since. Move it away or publish into another folder.</source>
        <translation>%1 contient déjà %2, que Forum Desk n&apos;y a pas publié ou qui a été modifié depuis. Déplacez-le ou publiez dans un autre dossier.</translation>
    </message>
</context>
<context>
    <name>StageGate</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The plan has no commitments yet.</source>
        <translation>Le plan n&apos;a encore aucun engagement.</translation>
    </message>
    <message>
        <source>Contributions without a reasoned response with its date (%1): %2.</source>
        <translation>Contributions sans réponse motivée datée (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Commitments without a lead implementing agency (%1): %2.</source>
        <translation>Engagements sans institution chef de file (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Commitments without milestones (%1): %2.</source>
        <translation>Engagements sans jalons (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” (commitment %2)</source>
        <translation>«&#xa0;%1&#xa0;» (engagement %2)</translation>
    </message>
    <message>
        <source>Milestones without an expected completion (end) date (%1): %2.</source>
        <translation>Jalons sans date d&apos;achèvement (de fin) prévue (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No adopted forum decision approves the plan: record the forum&apos;s approval with its meeting.</source>
        <translation>Aucune décision adoptée par le forum n&apos;approuve le plan&#xa0;: enregistrez l&apos;approbation du forum avec sa réunion.</translation>
    </message>
    <message>
        <source>Commitments with neither a progress update nor a completion level to assess them on (%1): %2.</source>
        <translation>Engagements sans point d&apos;avancement ni niveau d&apos;achèvement sur lesquels les évaluer (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Commitments without a self-assessment (%1): %2.</source>
        <translation>Engagements sans auto-évaluation (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Commitments whose self-assessment gives no completion level (%1): %2.</source>
        <translation>Engagements dont l&apos;auto-évaluation n&apos;indique aucun niveau d&apos;achèvement (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No lesson learned is recorded for the plan.</source>
        <translation>Aucune leçon apprise n&apos;est enregistrée pour le plan.</translation>
    </message>
    <message>
        <source>“%1” is not a stage of a plan; the stages are %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une étape d&apos;un plan&#xa0;; les étapes sont %2</translation>
    </message>
    <message>
        <source>“%1” is already at the stage “%2”</source>
        <translation>«&#xa0;%1&#xa0;» est déjà à l&apos;étape «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>A plan moves one stage at a time: from “%1”, “%2” can go to %3, not to “%4”</source>
        <translation>Un plan avance d&apos;une étape à la fois&#xa0;: depuis «&#xa0;%1&#xa0;», «&#xa0;%2&#xa0;» peut passer à %3, et non à «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>“%1” cannot move to “%2” yet: %3 Give a reason to move it anyway.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas encore passer à «&#xa0;%2&#xa0;»&#xa0;: %3 Indiquez une raison pour le faire passer quand même.</translation>
    </message>
    <message>
        <source>“%1” moved from “%2” to “%3”.</source>
        <translation>«&#xa0;%1&#xa0;» est passé de «&#xa0;%2&#xa0;» à «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” moved back from “%2” to “%3”.</source>
        <translation>«&#xa0;%1&#xa0;» est revenu de «&#xa0;%2&#xa0;» à «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Manquant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StandardsCheck</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Did co-creation meet the Standards, and how much did the public influence the plan?</source>
        <translation>La co-création a-t-elle respecté les Normes, et dans quelle mesure le public a-t-il influencé le plan&#xa0;?</translation>
    </message>
    <message>
        <source>The IRM reviews whether the co-creation process met the minimum requirements of the Participation and Co-Creation Standards, and the level of public influence on the action plan.</source>
        <translation>Le MEI examine si le processus de co-création a respecté les exigences minimales des Normes de participation et de co-création, ainsi que le niveau d&apos;influence du public sur le plan d&apos;action.</translation>
    </message>
    <message>
        <source>OGP, Independent Reporting Mechanism: Action Plan Review.</source>
        <translation>PGO, Mécanisme d&apos;évaluation indépendant&#xa0;: Examen du plan d&apos;action.</translation>
    </message>
    <message>
        <source>Members today: %1</source>
        <translation>Membres à ce jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contributions received: %1 (%2); with a reasoned response: %3</source>
        <translation>Contributions reçues&#xa0;: %1 (%2)&#xa0;; avec une réponse motivée&#xa0;: %3</translation>
    </message>
    <message>
        <source>Meetings of the plan held with civil society present: %1 of %2</source>
        <translation>Réunions du plan tenues en présence de la société civile&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Contributions from outside government: %1 of %2</source>
        <translation>Contributions extérieures au gouvernement&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Are the commitments verifiable, with an open-government lens?</source>
        <translation>Les engagements sont-ils vérifiables, dans une optique de gouvernement ouvert&#xa0;?</translation>
    </message>
    <message>
        <source>Verifiable: the commitment sets out objectively verifiable activities, so that its implementation can be assessed. Open-government lens: it sets out to make a policy area, an institution or a decision-making process more transparent, participatory or accountable to the public.</source>
        <translation>Vérifiable&#xa0;: l&apos;engagement définit des activités objectivement vérifiables, de sorte que sa mise en œuvre puisse être évaluée. Optique de gouvernement ouvert&#xa0;: il vise à rendre un domaine politique, une institution ou un processus décisionnel plus transparent, plus participatif ou plus redevable envers le public.</translation>
    </message>
    <message>
        <source>OGP glossary, “Verifiability” and “Relevance”; IRM Action Plan Review.</source>
        <translation>Glossaire du PGO, «&#xa0;Vérifiabilité&#xa0;» et «&#xa0;Pertinence&#xa0;»&#xa0;; Examen du plan d&apos;action du MEI.</translation>
    </message>
    <message>
        <source>The plan has no commitments yet</source>
        <translation>Le plan n&apos;a encore aucun engagement</translation>
    </message>
    <message numerus="yes">
        <source>Commitment %1 (%2): %n gap(s) in the template</source>
        <translation>
            <numerusform>Engagement %1 (%2)&#xa0;: %n lacune dans le modèle</numerusform>
            <numerusform>Engagement %1 (%2)&#xa0;: %n lacunes dans le modèle</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments with an OGP value (access to information, civic participation or public accountability): %1 of %2</source>
        <translation>Engagements ayant une valeur du PGO (accès à l&apos;information, participation citoyenne ou redevabilité)&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Commitments with technology and innovation alone, which OGP does not count: %1</source>
        <translation>Engagements relevant uniquement de la technologie et de l&apos;innovation, que le PGO ne compte pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Commitments that fill in OGP&apos;s template: %1 of %2 (%3 gaps in all)</source>
        <translation>Engagements qui remplissent le modèle du PGO&#xa0;: %1 sur %2 (%3 lacunes au total)</translation>
    </message>
    <message>
        <source>Milestones with an expected output and an end date: %1 of %2</source>
        <translation>Jalons ayant un produit attendu et une date de fin&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Assessed commitments (the IRM&apos;s assessment, else the self-assessment): %1; verifiable: %2; relevant to an OGP value: %3</source>
        <translation>Engagements évalués (évaluation du MEI, à défaut l&apos;auto-évaluation)&#xa0;: %1&#xa0;; vérifiables&#xa0;: %2&#xa0;; pertinents pour une valeur du PGO&#xa0;: %3</translation>
    </message>
    <message>
        <source>No commitment has been assessed yet</source>
        <translation>Aucun engagement n&apos;a encore été évalué</translation>
    </message>
    <message>
        <source>What potential for results do the commitments have?</source>
        <translation>Quel potentiel de résultats les engagements ont-ils&#xa0;?</translation>
    </message>
    <message>
        <source>Potential for results: unclear (it continues ongoing practice), modest (a positive but standalone change, such as a website, a data release, training or a pilot) or substantial (a possible game changer: binding and institutionalised change).</source>
        <translation>Potentiel de résultats&#xa0;: peu clair (il prolonge une pratique en cours), modeste (un changement positif mais isolé, comme un site web, une publication de données, une formation ou un projet pilote) ou substantiel (un changement potentiellement décisif&#xa0;: contraignant et institutionnalisé).</translation>
    </message>
    <message>
        <source>OGP glossary, “Ambition”: the potential for results the IRM assesses since the 2020 action plans.</source>
        <translation>Glossaire du PGO, «&#xa0;Ambition&#xa0;»&#xa0;: le potentiel de résultats que le MEI évalue depuis les plans d&apos;action de 2020.</translation>
    </message>
    <message>
        <source>Assessed commitments (the IRM&apos;s assessment, else the self-assessment): %1 of %2</source>
        <translation>Engagements évalués (évaluation du MEI, à défaut l&apos;auto-évaluation)&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Substantial potential for results: %1; moderate or transformative potential impact: %2</source>
        <translation>Potentiel de résultats substantiel&#xa0;: %1&#xa0;; impact potentiel modéré ou transformateur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Commitments on a frontier of open government: %1 of %2</source>
        <translation>Engagements sur une frontière du gouvernement ouvert&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Commitments on civic participation or public accountability: %1 of %2</source>
        <translation>Engagements portant sur la participation citoyenne ou la redevabilité&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Commitments with technology and innovation alone: %1</source>
        <translation>Engagements relevant uniquement de la technologie et de l&apos;innovation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %n de plus</numerusform>
            <numerusform>…et %n de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Government and civil society sit on the forum, under recorded rules of participation</source>
        <translation>Le gouvernement et la société civile siègent au forum, selon des règles de participation enregistrées</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards (2021), Standard 1, minimum requirement 1.1: a space for ongoing dialogue with both government and civil-society members that meets regularly (at least every six months), with its basic rules on participation public. This check covers its members and rules; the next, its meetings.</source>
        <translation>Normes de participation et de co-création du PGO (2021), Norme 1, exigence minimale 1.1&#xa0;: un espace de dialogue permanent, composé de membres du gouvernement et de la société civile, qui se réunit régulièrement (au moins tous les six mois) et dont les règles de base de participation sont publiques. Cette vérification porte sur ses membres et ses règles&#xa0;; la suivante, sur ses réunions.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) today</source>
        <translation>
            <numerusform>%n membre à ce jour</numerusform>
            <numerusform>%n membres à ce jour</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no member today</source>
        <translation>%1&#xa0;: aucun membre à ce jour</translation>
    </message>
    <message>
        <source>Rules of participation: recorded</source>
        <translation>Règles de participation&#xa0;: enregistrées</translation>
    </message>
    <message>
        <source>Rules of participation: not recorded</source>
        <translation>Règles de participation&#xa0;: non enregistrées</translation>
    </message>
    <message>
        <source>%1 (%2): term ends on %3</source>
        <translation>%1 (%2)&#xa0;: le mandat prend fin le %3</translation>
    </message>
    <message>
        <source>no member of %1 sits on the forum today</source>
        <translation>aucun membre du secteur %1 ne siège au forum à ce jour</translation>
    </message>
    <message>
        <source>Bring %1 onto the forum and record its members on the Members page.</source>
        <translation>Faites entrer des représentants du secteur %1 au forum et enregistrez-les dans la page Membres.</translation>
    </message>
    <message>
        <source>the rules of participation are not recorded</source>
        <translation>les règles de participation ne sont pas enregistrées</translation>
    </message>
    <message>
        <source>Agree the forum&apos;s rules of participation, record them in the forum&apos;s settings and publish them.</source>
        <translation>Adoptez les règles de participation du forum, enregistrez-les dans les paramètres du forum et publiez-les.</translation>
    </message>
    <message>
        <source>Not met: %1.</source>
        <translation>Non respectée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The terms of every member of %1 end by %2: after that the forum would lack the sector.</source>
        <translation>Les mandats de tous les membres du secteur %1 prennent fin au plus tard le %2&#xa0;: le forum n&apos;aurait ensuite plus ce secteur.</translation>
    </message>
    <message>
        <source>Renew those terms or appoint new members of %1 before %2.</source>
        <translation>Renouvelez ces mandats ou nommez de nouveaux membres du secteur %1 avant le %2.</translation>
    </message>
    <message>
        <source>Government (%1) and civil society (%2) sit on the forum, and its rules of participation are recorded.</source>
        <translation>Le gouvernement (%1) et la société civile (%2) siègent au forum, et ses règles de participation sont enregistrées.</translation>
    </message>
    <message>
        <source>No action needed; renew members before their terms end.</source>
        <translation>Aucune action requise&#xa0;; renouvelez les membres avant la fin de leur mandat.</translation>
    </message>
    <message>
        <source>%1 without a session: from %2 (%3) to %4 (%5)</source>
        <translation>%1 sans séance&#xa0;: du %2 (%3) au %4 (%5)</translation>
    </message>
    <message>
        <source>%1 without a session: from %2 (%3) to %4</source>
        <translation>%1 sans séance&#xa0;: du %2 (%3) au %4</translation>
    </message>
    <message>
        <source>The forum meets at least every six months</source>
        <translation>Le forum se réunit au moins tous les six mois</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards (2021), Standard 1, minimum requirement 1.1: the space for dialogue meets regularly, at least every six months. This check covers its meetings; the one before, its members and rules.</source>
        <translation>Normes de participation et de co-création du PGO (2021), Norme 1, exigence minimale 1.1&#xa0;: l&apos;espace de dialogue se réunit régulièrement, au moins tous les six mois. Cette vérification porte sur ses réunions&#xa0;; la précédente, sur ses membres et ses règles.</translation>
    </message>
    <message>
        <source>Forum founded on %1</source>
        <translation>Forum créé le %1</translation>
    </message>
    <message>
        <source>The plan&apos;s cycle began on %1</source>
        <translation>Le cycle du plan a commencé le %1</translation>
    </message>
    <message>
        <source>No forum session held yet</source>
        <translation>Aucune séance du forum tenue pour l&apos;instant</translation>
    </message>
    <message>
        <source>The forum has not held a session in the %1 since %2.</source>
        <translation>Le forum n&apos;a tenu aucune séance depuis le %2, soit depuis %1.</translation>
    </message>
    <message>
        <source>Convene a forum session now and record it on the Meetings page.</source>
        <translation>Convoquez dès maintenant une séance du forum et enregistrez-la dans la page Réunions.</translation>
    </message>
    <message>
        <source>The forum has not held its first session yet.</source>
        <translation>Le forum n&apos;a pas encore tenu sa première séance.</translation>
    </message>
    <message>
        <source>Hold the forum&apos;s first session before %1.</source>
        <translation>Tenez la première séance du forum avant le %1.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3; the longest gap: %4</source>
        <translation>%1 du %2 au %3&#xa0;; l&apos;intervalle le plus long&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n forum session(s) held</source>
        <translation>
            <numerusform>%n séance du forum tenue</numerusform>
            <numerusform>%n séances du forum tenues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier session(s) not listed</source>
        <translation>
            <numerusform>%n séance antérieure non listée</numerusform>
            <numerusform>%n séances antérieures non listées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (planned)</source>
        <translation>%1 — %2 (prévue)</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) the forum went more than six months without a session; the longest gap lasted %1.</source>
        <translation>
            <numerusform>À %n reprise, le forum est resté plus de six mois sans se réunir&#xa0;; l&apos;intervalle le plus long a duré %1.</numerusform>
            <numerusform>À %n reprises, le forum est resté plus de six mois sans se réunir&#xa0;; l&apos;intervalle le plus long a duré %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the date of the next session at each session, no more than six months ahead, and explain the gaps in the self-assessment report.</source>
        <translation>À chaque séance, fixez la date de la suivante, à six mois au plus, et expliquez les intervalles dans le rapport d&apos;auto-évaluation.</translation>
    </message>
    <message>
        <source>Hold the session planned for %1, or convene one sooner: the last was on %2.</source>
        <translation>Tenez la séance prévue le %1, ou convoquez-en une plus tôt&#xa0;: la dernière a eu lieu le %2.</translation>
    </message>
    <message>
        <source>Convene a forum session now: the last was on %1.</source>
        <translation>Convoquez dès maintenant une séance du forum&#xa0;: la dernière a eu lieu le %1.</translation>
    </message>
    <message>
        <source>Six months since the last session (%1) are up on %2, and no session is planned by then.</source>
        <translation>Le %2, six mois se seront écoulés depuis la dernière séance (%1), et aucune séance n&apos;est prévue d&apos;ici là.</translation>
    </message>
    <message>
        <source>Convene a forum session before %1.</source>
        <translation>Convoquez une séance du forum avant le %1.</translation>
    </message>
    <message>
        <source>No gap of more than six months between sessions; the longest lasted %1.</source>
        <translation>Aucun intervalle de plus de six mois entre les séances&#xa0;; le plus long a duré %1.</translation>
    </message>
    <message>
        <source>Hold the next session before %1.</source>
        <translation>Tenez la prochaine séance avant le %1.</translation>
    </message>
    <message>
        <source>No action needed.</source>
        <translation>Aucune action requise.</translation>
    </message>
    <message>
        <source>The forum has a public OGP website</source>
        <translation>Le forum dispose d&apos;un site web public consacré au PGO</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards (2021), Standard 2, minimum requirement 2.1: a public OGP website dedicated to the member&apos;s participation in OGP is maintained.</source>
        <translation>Normes de participation et de co-création du PGO (2021), Norme 2, exigence minimale 2.1&#xa0;: un site web public consacré à la participation du membre au PGO est tenu à jour.</translation>
    </message>
    <message>
        <source>No website address is recorded</source>
        <translation>Aucune adresse de site web n&apos;est enregistrée</translation>
    </message>
    <message>
        <source>No website is recorded for the forum.</source>
        <translation>Aucun site web n&apos;est enregistré pour le forum.</translation>
    </message>
    <message>
        <source>Publish an OGP website (or a page on a government site) and record its address in the forum&apos;s settings.</source>
        <translation>Publiez un site web consacré au PGO (ou une page sur un site gouvernemental) et enregistrez son adresse dans les paramètres du forum.</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Site web&#xa0;: %1</translation>
    </message>
    <message>
        <source>The website recorded is not a web address (http:// or https://).</source>
        <translation>Le site web enregistré n&apos;est pas une adresse web (http:// ou https://).</translation>
    </message>
    <message>
        <source>Correct the website&apos;s address in the forum&apos;s settings, so that anyone can open it.</source>
        <translation>Corrigez l&apos;adresse du site web dans les paramètres du forum, afin que chacun puisse l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The forum&apos;s website is recorded.</source>
        <translation>Le site web du forum est enregistré.</translation>
    </message>
    <message>
        <source>No action needed; keep the website up to date with the forum&apos;s work.</source>
        <translation>Aucune action requise&#xa0;; tenez le site web à jour des travaux du forum.</translation>
    </message>
    <message>
        <source>The forum keeps a public document repository</source>
        <translation>Le forum tient un dépôt public de documents</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards (2021), Standard 2, minimum requirement 2.2: a publicly available document repository, updated at least twice a year (OGP glossary, “Repository”).</source>
        <translation>Normes de participation et de co-création du PGO (2021), Norme 2, exigence minimale 2.2&#xa0;: un dépôt de documents accessible au public, mis à jour au moins deux fois par an (glossaire du PGO, «&#xa0;Dépôt&#xa0;»).</translation>
    </message>
    <message>
        <source>No repository address is recorded</source>
        <translation>Aucune adresse de dépôt n&apos;est enregistrée</translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>Dépôt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Minutes published: %1 of %2 meetings of the plan held</source>
        <translation>Procès-verbaux publiés&#xa0;: %1 sur %2 réunions du plan tenues</translation>
    </message>
    <message>
        <source>%1, not published</source>
        <translation>%1, non publié</translation>
    </message>
    <message>
        <source>No document repository is recorded for the forum.</source>
        <translation>Aucun dépôt de documents n&apos;est enregistré pour le forum.</translation>
    </message>
    <message>
        <source>Open a public repository for the forum&apos;s documents (minutes, contributions, the plan, progress) and record its address in the forum&apos;s settings.</source>
        <translation>Ouvrez un dépôt public pour les documents du forum (procès-verbaux, contributions, plan, avancement) et enregistrez son adresse dans les paramètres du forum.</translation>
    </message>
    <message>
        <source>The repository recorded is not a web address (http:// or https://).</source>
        <translation>Le dépôt enregistré n&apos;est pas une adresse web (http:// ou https://).</translation>
    </message>
    <message>
        <source>Correct the repository&apos;s address in the forum&apos;s settings, so that anyone can open it.</source>
        <translation>Corrigez l&apos;adresse du dépôt dans les paramètres du forum, afin que chacun puisse l&apos;ouvrir.</translation>
    </message>
    <message numerus="yes">
        <source>The minutes of %n meeting(s) held more than six months ago are not published.</source>
        <translation>
            <numerusform>Le procès-verbal de %n réunion tenue il y a plus de six mois n&apos;est pas publié.</numerusform>
            <numerusform>Les procès-verbaux de %n réunions tenues il y a plus de six mois ne sont pas publiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve and publish those minutes in the repository, then mark them published on the Meetings page.</source>
        <translation>Approuvez et publiez ces procès-verbaux dans le dépôt, puis marquez-les comme publiés dans la page Réunions.</translation>
    </message>
    <message>
        <source>The forum&apos;s repository is recorded, and no minutes older than six months wait to be published.</source>
        <translation>Le dépôt du forum est enregistré et aucun procès-verbal de plus de six mois n&apos;attend d&apos;être publié.</translation>
    </message>
    <message>
        <source>No action needed; publish each meeting&apos;s minutes once approved.</source>
        <translation>Aucune action requise&#xa0;; publiez le procès-verbal de chaque réunion une fois approuvé.</translation>
    </message>
    <message>
        <source>Every contribution gets a reasoned response</source>
        <translation>Chaque contribution reçoit une réponse motivée</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards (2021), Standard 4: a reasoned response to stakeholders, explaining why their ideas were or were not included in the action plan (OGP glossary, “Reasoned response”).</source>
        <translation>Normes de participation et de co-création du PGO (2021), Norme 4&#xa0;: une réponse motivée aux parties prenantes, expliquant pourquoi leurs idées ont été ou non intégrées au plan d&apos;action (glossaire du PGO, «&#xa0;Réponse motivée&#xa0;»).</translation>
    </message>
    <message>
        <source>No contributions recorded for this plan</source>
        <translation>Aucune contribution enregistrée pour ce plan</translation>
    </message>
    <message>
        <source>No contributions have been recorded for this plan.</source>
        <translation>Aucune contribution n&apos;a été enregistrée pour ce plan.</translation>
    </message>
    <message>
        <source>Record each contribution received during co-creation on the Co-create page, then answer it.</source>
        <translation>Enregistrez dans la page Co-création chaque contribution reçue pendant la co-création, puis répondez-y.</translation>
    </message>
    <message>
        <source>%1 of %2 contributions have a reasoned response</source>
        <translation>%1 contributions sur %2 ont reçu une réponse motivée</translation>
    </message>
    <message>
        <source>#%1 — %2, received on %3 (%4): no response yet</source>
        <translation>n° %1 — %2, reçue le %3 (%4)&#xa0;: pas encore de réponse</translation>
    </message>
    <message numerus="yes">
        <source>All %n contribution(s) have a reasoned response.</source>
        <translation>
            <numerusform>La contribution (%n) a reçu une réponse motivée.</numerusform>
            <numerusform>Les %n contributions ont toutes reçu une réponse motivée.</numerusform>
        </translation>
    </message>
    <message>
        <source>No action needed; answer each new contribution with the forum&apos;s reasons.</source>
        <translation>Aucune action requise&#xa0;; répondez à chaque nouvelle contribution en donnant les raisons du forum.</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) still wait for a reasoned response; the oldest was received on %1.</source>
        <translation>
            <numerusform>%n contribution attend encore une réponse motivée&#xa0;; elle a été reçue le %1.</numerusform>
            <numerusform>%n contributions attendent encore une réponse motivée&#xa0;; la plus ancienne a été reçue le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer them on the Co-create page before the plan is submitted, the oldest first.</source>
        <translation>Répondez-y dans la page Co-création avant la soumission du plan, en commençant par la plus ancienne.</translation>
    </message>
    <message>
        <source>Answer them now on the Co-create page and publish the responses: OGP expects a response to each contribution, even after the plan is submitted.</source>
        <translation>Répondez-y dès maintenant dans la page Co-création et publiez les réponses&#xa0;: le PGO attend une réponse à chaque contribution, même après la soumission du plan.</translation>
    </message>
    <message>
        <source>At least two meetings a year present implementation results to civil society</source>
        <translation>Au moins deux réunions par an présentent les résultats de la mise en œuvre à la société civile</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards (2021), Standard 5, minimum requirement 5.1: the forum holds at least two meetings every year with civil society to present results on the implementation of the action plan and collect comments (OGP National Handbook, “Implementing action plans”).</source>
        <translation>Normes de participation et de co-création du PGO (2021), Norme 5, exigence minimale 5.1&#xa0;: le forum tient au moins deux réunions par an avec la société civile pour présenter les résultats de la mise en œuvre du plan d&apos;action et recueillir des commentaires (Manuel national du PGO, «&#xa0;Mise en œuvre des plans d&apos;action&#xa0;»).</translation>
    </message>
    <message>
        <source>Implementation starts on %1</source>
        <translation>La mise en œuvre commence le %1</translation>
    </message>
    <message>
        <source>The plan&apos;s implementation has not started.</source>
        <translation>La mise en œuvre du plan n&apos;a pas commencé.</translation>
    </message>
    <message>
        <source>Once implementation starts, hold at least two meetings a year where the implementing agencies present their results to civil society.</source>
        <translation>Dès le début de la mise en œuvre, tenez au moins deux réunions par an où les institutions de mise en œuvre présentent leurs résultats à la société civile.</translation>
    </message>
    <message>
        <source>Implementation from %1 to %2</source>
        <translation>Mise en œuvre du %1 au %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) presented</source>
        <translation>
            <numerusform>%n engagement présenté</numerusform>
            <numerusform>%n engagements présentés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n civil-society participant(s)</source>
        <translation>
            <numerusform>%n participant(e) de la société civile</numerusform>
            <numerusform>%n participant(e)s de la société civile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 expected</source>
        <translation>%1&#xa0;: %2 sur %3 prévues</translation>
    </message>
    <message>
        <source>%1 (year under way): %2 of %3 expected</source>
        <translation>%1 (année en cours)&#xa0;: %2 sur %3 prévues</translation>
    </message>
    <message>
        <source>Too few meetings presented implementation results to civil society in %1.</source>
        <translation>Trop peu de réunions ont présenté les résultats de la mise en œuvre à la société civile en %1.</translation>
    </message>
    <message>
        <source>Hold at least two such meetings every year. If they took place, link their agenda items to the commitments presented and record who attended from civil society.</source>
        <translation>Tenez au moins deux réunions de ce type chaque année. Si elles ont eu lieu, liez leurs points de l&apos;ordre du jour aux engagements présentés et enregistrez les participants de la société civile.</translation>
    </message>
    <message numerus="yes">
        <source>%n more meeting(s) with civil society on implementation results are needed in %1.</source>
        <translation>
            <numerusform>Il manque encore %n réunion avec la société civile sur les résultats de la mise en œuvre en %1.</numerusform>
            <numerusform>Il manque encore %n réunions avec la société civile sur les résultats de la mise en œuvre en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before %1, hold a meeting where the implementing agencies present their commitments&apos; results to civil society, with the agenda items linked to the commitments.</source>
        <translation>Avant le %1, tenez une réunion où les institutions de mise en œuvre présentent à la société civile les résultats de leurs engagements, avec les points de l&apos;ordre du jour liés aux engagements.</translation>
    </message>
    <message>
        <source>Every year of implementation so far had enough meetings presenting results to civil society.</source>
        <translation>Chaque année de mise en œuvre écoulée a compté suffisamment de réunions présentant les résultats à la société civile.</translation>
    </message>
    <message>
        <source>No action needed; keep two such meetings on each year&apos;s calendar.</source>
        <translation>Aucune action requise&#xa0;; prévoyez deux réunions de ce type au calendrier de chaque année.</translation>
    </message>
    <message>
        <source>The plan is submitted by its due date</source>
        <translation>Le plan est soumis au plus tard à sa date limite</translation>
    </message>
    <message>
        <source>OGP, “Country and OGP Local dates and deadlines”: action plans are due on 31 August; a plan delivered more than four months late (after 1 January of the next year) acts contrary to OGP process.</source>
        <translation>PGO, «&#xa0;Country and OGP Local dates and deadlines&#xa0;»&#xa0;: les plans d&apos;action sont attendus le 31 août&#xa0;; un plan remis avec plus de quatre mois de retard (après le 1er janvier de l&apos;année suivante) agit contrairement au processus du PGO.</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>Date limite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Due on %1 (OGP&apos;s 31 August before the plan starts)</source>
        <translation>Date limite&#xa0;: %1 (le 31 août précédant le début du plan, selon le PGO)</translation>
    </message>
    <message>
        <source>Submitted on %1</source>
        <translation>Soumis le %1</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Pas encore soumis</translation>
    </message>
    <message>
        <source>the forum approved the plan</source>
        <translation>le forum a approuvé le plan</translation>
    </message>
    <message>
        <source>More than four months late: OGP considers this acting contrary to process.</source>
        <translation>Plus de quatre mois de retard&#xa0;: le PGO considère qu&apos;il s&apos;agit d&apos;agir contrairement au processus.</translation>
    </message>
    <message>
        <source>Submitted on %1, on time for its due date (%2).</source>
        <translation>Soumis le %1, dans les délais (date limite&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation>Retard de %1</translation>
    </message>
    <message>
        <source>Submitted on %1, %2 after its due date (%3).</source>
        <translation>Soumis le %1, %2 après sa date limite (%3).</translation>
    </message>
    <message>
        <source>Explain the delay in the self-assessment report, and start the next plan&apos;s co-creation early enough to submit it by 31 August.</source>
        <translation>Expliquez le retard dans le rapport d&apos;auto-évaluation et commencez la co-création du prochain plan assez tôt pour le soumettre au plus tard le 31 août.</translation>
    </message>
    <message>
        <source>Late by %1 today</source>
        <translation>Retard de %1 à ce jour</translation>
    </message>
    <message>
        <source>Due on %1 and not submitted: %2 late.</source>
        <translation>Date limite le %1, non soumis&#xa0;: %2 de retard.</translation>
    </message>
    <message>
        <source>Submit the plan to OGP as soon as the forum approves it, and record the date with Edit Plan on the Co-create page. If it was submitted, record that date.</source>
        <translation>Soumettez le plan au PGO dès que le forum l&apos;a approuvé, et enregistrez la date avec Modifier le plan dans la page Co-création. S&apos;il a déjà été soumis, enregistrez cette date.</translation>
    </message>
    <message>
        <source>Submit the plan to OGP before %1, when it would be more than four months late, and record the date with Edit Plan on the Co-create page. If it was submitted, record that date.</source>
        <translation>Soumettez le plan au PGO avant le %1, date à laquelle il aurait plus de quatre mois de retard, et enregistrez la date avec Modifier le plan dans la page Co-création. S&apos;il a déjà été soumis, enregistrez cette date.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due on %1, in %n day(s), and not submitted yet.</source>
        <translation>
            <numerusform>Date limite le %1, dans %n jour, et pas encore soumis.</numerusform>
            <numerusform>Date limite le %1, dans %n jours, et pas encore soumis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish the co-creation, have the forum approve the plan and submit it by %1.</source>
        <translation>Terminez la co-création, faites approuver le plan par le forum et soumettez-le au plus tard le %1.</translation>
    </message>
    <message>
        <source>Not due until %1.</source>
        <translation>Date limite le %1 seulement.</translation>
    </message>
    <message>
        <source>Plan the co-creation so that the forum can approve the plan before %1.</source>
        <translation>Planifiez la co-création afin que le forum puisse approuver le plan avant le %1.</translation>
    </message>
    <message>
        <source>The plan covers at least 20 months</source>
        <translation>Le plan couvre au moins 20 mois</translation>
    </message>
    <message>
        <source>OGP, “Country and OGP Local dates and deadlines”: action plans cover a period of implementation of at least 20 months, ending on 31 August of the second year of implementation. (The page predates OGP&apos;s four-year plans; check it against OGP&apos;s current handbook.)</source>
        <translation>PGO, «&#xa0;Country and OGP Local dates and deadlines&#xa0;»&#xa0;: les plans d&apos;action couvrent une période de mise en œuvre d&apos;au moins 20 mois, se terminant le 31 août de la deuxième année de mise en œuvre. (Cette page est antérieure aux plans de quatre ans du PGO&#xa0;; vérifiez-la au regard du manuel actuel du PGO.)</translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation>Commence le %1</translation>
    </message>
    <message>
        <source>Ends on %1</source>
        <translation>Se termine le %1</translation>
    </message>
    <message numerus="yes">
        <source>Covers %n month(s)</source>
        <translation>
            <numerusform>Couvre %n mois</numerusform>
            <numerusform>Couvre %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan covers %n month(s); OGP asks for at least 20.</source>
        <translation>
            <numerusform>Le plan couvre %n mois&#xa0;; le PGO demande au moins 20 mois.</numerusform>
            <numerusform>Le plan couvre %n mois&#xa0;; le PGO demande au moins 20 mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend the plan&apos;s period to at least 20 months with Edit Plan on the Co-create page, or agree the shorter period with OGP.</source>
        <translation>Portez la période du plan à au moins 20 mois avec Modifier le plan dans la page Co-création, ou convenez de la période plus courte avec le PGO.</translation>
    </message>
    <message>
        <source>The plan ends on %1; OGP&apos;s implementation periods end on 31 August of the plan&apos;s last year.</source>
        <translation>Le plan se termine le %1&#xa0;; les périodes de mise en œuvre du PGO se terminent le 31 août de la dernière année du plan.</translation>
    </message>
    <message>
        <source>Check the end date with OGP&apos;s calendar; consider ending the plan on %1.</source>
        <translation>Vérifiez la date de fin par rapport au calendrier du PGO&#xa0;; envisagez de terminer le plan le %1.</translation>
    </message>
    <message numerus="yes">
        <source>The plan covers %n months and ends on 31 August.</source>
        <translation>
            <numerusform>Le plan couvre %n mois et se termine le 31 août.</numerusform>
            <numerusform>Le plan couvre %n mois et se termine le 31 août.</numerusform>
        </translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respectée</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non respectée</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Standard %1</source>
        <translation>Norme %1</translation>
    </message>
    <message numerus="yes">
        <source>%n met</source>
        <translation>
            <numerusform>%n respectée</numerusform>
            <numerusform>%n respectées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n à risque</numerusform>
            <numerusform>%n à risque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not met</source>
        <translation>
            <numerusform>%n non respectée</numerusform>
            <numerusform>%n non respectées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n sans objet</numerusform>
            <numerusform>%n sans objet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCopies</name>
    <message>
        <source>kept copy</source>
        <comment>a file&apos;s name: FORUM (kept copy DATE TIME)</comment>
        <translation>copie conservée</translation>
    </message>
    <message>
        <source>merged copies</source>
        <comment>a folder&apos;s name: FORUM (merged copies)</comment>
        <translation>copies fusionnées</translation>
    </message>
    <message>
        <source>“%1” is in the way of the folder for merged copies</source>
        <translation>«&#xa0;%1&#xa0;» occupe l&apos;emplacement du dossier des copies fusionnées</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” cannot be moved into “%2”</source>
        <translation>Impossible de déplacer «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“%1” (%3) cannot be before “%2” (%4)</source>
        <translation>«&#xa0;%1&#xa0;» (%3) ne peut pas être antérieur à «&#xa0;%2&#xa0;» (%4)</translation>
    </message>
    <message>
        <source>A progress update cannot be dated %1, before its milestone starts (%2)</source>
        <translation>Un point d&apos;avancement ne peut pas être daté du %1, avant le début de son jalon (%2)</translation>
    </message>
    <message>
        <source>The agenda has no item at position %1</source>
        <translation>L&apos;ordre du jour n&apos;a aucun point en position %1</translation>
    </message>
    <message>
        <source>%1 is already in this meeting&apos;s attendance</source>
        <translation>%1 figure déjà dans la liste de présence de cette réunion</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) counted, but only %1 voting members are present</source>
        <translation>
            <numerusform>%n voix comptée, mais seuls %1 membres votants sont présents</numerusform>
            <numerusform>%n voix comptées, mais seuls %1 membres votants sont présents</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” (%3) must be after “%2” (%4)</source>
        <translation>«&#xa0;%1&#xa0;» (%3) doit être postérieur à «&#xa0;%2&#xa0;» (%4)</translation>
    </message>
    <message>
        <source>“%1” is required</source>
        <translation>«&#xa0;%1&#xa0;» est obligatoire</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters</source>
        <translation>«&#xa0;%1&#xa0;» dépasse %2 caractères</translation>
    </message>
    <message>
        <source>“%1” must be one of %2, not “%3”</source>
        <translation>«&#xa0;%1&#xa0;» doit être l&apos;une des valeurs %2, et non «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” must be among %2, not “%3”</source>
        <translation>«&#xa0;%1&#xa0;» doit être parmi %2, et non «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3, not %4</source>
        <translation>«&#xa0;%1&#xa0;» doit être compris entre %2 et %3, et non %4</translation>
    </message>
    <message>
        <source>“%1” refers to %2 %3, which does not exist</source>
        <translation>«&#xa0;%1&#xa0;» renvoie à %2 %3, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>There is no %1 with id %2</source>
        <translation>Il n&apos;existe aucun enregistrement (%1) d&apos;id %2</translation>
    </message>
    <message>
        <source>“%1” must be after “%2”</source>
        <translation>«&#xa0;%1&#xa0;» doit être postérieur à «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Simple majority</source>
        <translation>Majorité simple</translation>
    </message>
    <message>
        <source>Two-thirds majority</source>
        <translation>Majorité des deux tiers</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Milieu universitaire</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Co-chair</source>
        <translation>Coprésidence</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>Suppléant(e)</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur/trice</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaire</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Préfère ne pas répondre</translation>
    </message>
    <message>
        <source>Fiscal transparency</source>
        <translation>Transparence budgétaire</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Accès à l&apos;information</translation>
    </message>
    <message>
        <source>Asset disclosure</source>
        <translation>Déclaration de patrimoine</translation>
    </message>
    <message>
        <source>Citizen engagement</source>
        <translation>Engagement citoyen</translation>
    </message>
    <message>
        <source>OGP values check</source>
        <translation>Vérification des valeurs du PGO</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation>Co-création</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Useful information for citizens</source>
        <translation>Informations utiles aux citoyens</translation>
    </message>
    <message>
        <source>Feedback on public services</source>
        <translation>Retour d&apos;information sur les services publics</translation>
    </message>
    <message>
        <source>Participation in policy</source>
        <translation>Participation à l&apos;élaboration des politiques</translation>
    </message>
    <message>
        <source>Including excluded groups</source>
        <translation>Inclusion des groupes exclus</translation>
    </message>
    <message>
        <source>Public resources and anti-corruption</source>
        <translation>Ressources publiques et lutte contre la corruption</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Forum session</source>
        <translation>Séance du forum</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Public event</source>
        <translation>Événement public</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Minutes in draft</source>
        <translation>PV en projet</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>PV approuvé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>PV publié</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent(e)</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé(e)</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent(e)</translation>
    </message>
    <message>
        <source>Represented by alternate</source>
        <translation>Représenté(e) par un suppléant</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En cours d&apos;examen</translation>
    </message>
    <message>
        <source>Incorporated</source>
        <translation>Intégrée</translation>
    </message>
    <message>
        <source>Partially incorporated</source>
        <translation>Partiellement intégrée</translation>
    </message>
    <message>
        <source>Not incorporated</source>
        <translation>Non intégrée</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>IRM</source>
        <translation>MEI</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Peu clair</translation>
    </message>
    <message>
        <source>Modest</source>
        <translation>Modeste</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Substantiel</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Transformative</source>
        <translation>Transformateur</translation>
    </message>
    <message>
        <source>No evidence available</source>
        <translation>Aucune preuve disponible</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limité</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Achevé</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>Détérioré</translation>
    </message>
    <message>
        <source>Did not change</source>
        <translation>Pas de changement</translation>
    </message>
    <message>
        <source>Marginal</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Exceptionnel</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Fond</translation>
    </message>
    <message>
        <source>Anti-corruption</source>
        <translation>Lutte contre la corruption</translation>
    </message>
    <message>
        <source>Beneficial ownership</source>
        <translation>Bénéficiaires effectifs</translation>
    </message>
    <message>
        <source>Civic space</source>
        <translation>Espace civique</translation>
    </message>
    <message>
        <source>Climate and environment</source>
        <translation>Climat et environnement</translation>
    </message>
    <message>
        <source>Digital governance</source>
        <translation>Gouvernance numérique</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Fiscal openness</source>
        <translation>Ouverture budgétaire</translation>
    </message>
    <message>
        <source>Gender and inclusion</source>
        <translation>Genre et inclusion</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>Justice</translation>
    </message>
    <message>
        <source>Natural resources</source>
        <translation>Ressources naturelles</translation>
    </message>
    <message>
        <source>Open contracting</source>
        <translation>Commande publique ouverte</translation>
    </message>
    <message>
        <source>Public participation</source>
        <translation>Participation du public</translation>
    </message>
    <message>
        <source>Public service delivery</source>
        <translation>Prestation des services publics</translation>
    </message>
    <message>
        <source>Right to information</source>
        <translation>Droit à l&apos;information</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>Eau et assainissement</translation>
    </message>
</context>
<context>
    <name>Website</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Plans d&apos;action</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Données ouvertes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>New documents</source>
        <translation>Nouveaux documents</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation>Aller au contenu</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Last updated %1. Published with Forum Desk. Open data under the licence %2.</source>
        <translation>Dernière mise à jour&#xa0;: %1. Publié avec Forum Desk. Données ouvertes sous licence %2.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Add the coming sessions to your calendar (.ics)</source>
        <translation>Ajouter les prochaines séances à votre agenda (.ics)</translation>
    </message>
    <message>
        <source>Coming sessions</source>
        <translation>Prochaines séances</translation>
    </message>
    <message>
        <source>No session is scheduled yet.</source>
        <translation>Aucune séance n&apos;est encore prévue.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Séances passées</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Rien pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>Convocation envoyée</translation>
    </message>
    <message>
        <source>Minutes published</source>
        <translation>Procès-verbal publié</translation>
    </message>
    <message>
        <source>Read the notice</source>
        <translation>Lire la convocation</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Read the minutes</source>
        <translation>Lire le procès-verbal</translation>
    </message>
    <message>
        <source>Minutes (PDF)</source>
        <translation>Procès-verbal (PDF)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>for %1, against %2, abstentions %3</source>
        <translation>pour&#xa0;: %1, contre&#xa0;: %2, abstentions&#xa0;: %3</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Submitted to OGP</source>
        <translation>Soumis au PGO</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Institution chef de file</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>The action plan on OGP&apos;s template</source>
        <translation>Le plan d&apos;action selon le modèle du PGO</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Rapport d&apos;avancement</translation>
    </message>
    <message>
        <source>End-of-term self-assessment</source>
        <translation>Auto-évaluation de fin de mandat</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards: check</source>
        <translation>Normes de participation et de co-création du PGO&#xa0;: vérification</translation>
    </message>
    <message>
        <source>Reasoned responses to contributions</source>
        <translation>Réponses motivées aux contributions</translation>
    </message>
    <message numerus="yes">
        <source>%n public contribution(s) and the forum&apos;s responses</source>
        <translation>
            <numerusform>%n contribution du public et la réponse du forum</numerusform>
            <numerusform>%n contributions du public et les réponses du forum</numerusform>
        </translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Accès à l&apos;information</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participation citoyenne</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Redevabilité</translation>
    </message>
    <message>
        <source>Technology and innovation for transparency and accountability</source>
        <translation>Technologie et innovation au service de la transparence et de la redevabilité</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Other actors: government</source>
        <translation>Autres acteurs&#xa0;: gouvernement</translation>
    </message>
    <message>
        <source>Other actors: civil society, private sector and others</source>
        <translation>Autres acteurs&#xa0;: société civile, secteur privé et autres</translation>
    </message>
    <message>
        <source>Policy areas</source>
        <translation>Domaines politiques</translation>
    </message>
    <message>
        <source>OGP values</source>
        <translation>Valeurs du PGO</translation>
    </message>
    <message>
        <source>The forum&apos;s own tags (frontiers of open government)</source>
        <translation>Étiquettes propres au forum (frontières du gouvernement ouvert)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Brief description</source>
        <translation>Brève description</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>Le problème</translation>
    </message>
    <message>
        <source>Its causes</source>
        <translation>Ses causes</translation>
    </message>
    <message>
        <source>What has been done so far</source>
        <translation>Ce qui a été fait jusqu&apos;à présent</translation>
    </message>
    <message>
        <source>What the commitment does</source>
        <translation>Ce que fait l&apos;engagement</translation>
    </message>
    <message>
        <source>How it solves the problem</source>
        <translation>Comment il résout le problème</translation>
    </message>
    <message>
        <source>Results expected</source>
        <translation>Résultats attendus</translation>
    </message>
    <message>
        <source>How it advances transparency</source>
        <translation>Comment il fait progresser la transparence</translation>
    </message>
    <message>
        <source>How it advances accountability</source>
        <translation>Comment il fait progresser la redevabilité</translation>
    </message>
    <message>
        <source>How it advances participation</source>
        <translation>Comment il fait progresser la participation</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>No progress reported yet.</source>
        <translation>Aucun avancement communiqué pour l&apos;instant.</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Points d&apos;avancement</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Potential impact</source>
        <translation>Impact potentiel</translation>
    </message>
    <message>
        <source>Did it open government?</source>
        <translation>A-t-il ouvert le gouvernement&#xa0;?</translation>
    </message>
    <message>
        <source>How it was treated</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>A person is named only with their consent; otherwise the site says “a citizen” and their organisation, if any.</source>
        <translation>Une personne n&apos;est nommée qu&apos;avec son consentement&#xa0;; sinon, le site indique «&#xa0;un(e) citoyen(ne)&#xa0;» et son organisation, le cas échéant.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Received through</source>
        <translation>Canal de réception</translation>
    </message>
    <message>
        <source>Taken into commitments</source>
        <translation>Reprise dans les engagements</translation>
    </message>
    <message>
        <source>The forum&apos;s response, %1</source>
        <translation>Réponse du forum, %1</translation>
    </message>
    <message>
        <source>The forum&apos;s response</source>
        <translation>Réponse du forum</translation>
    </message>
    <message>
        <source>Contributions and reasoned responses: %1</source>
        <translation>Contributions et réponses motivées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The forum&apos;s public repository: the evidence of the co-creation process and of implementation, newest first.</source>
        <translation>Le dépôt public du forum&#xa0;: les preuves du processus de co-création et de la mise en œuvre, les plus récentes en premier.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Every record the forum publishes, as tables anyone can reuse. They are described by a Frictionless Data package, which data tools read.</source>
        <translation>Tous les enregistrements que le forum publie, sous forme de tableaux que chacun peut réutiliser. Ils sont décrits par un paquet de données Frictionless Data, que lisent les outils de données.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>State of the records</source>
        <translation>État des enregistrements</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Minutes published: %1</source>
        <translation>Procès-verbal publié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Session held: %1</source>
        <translation>Séance tenue&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s) on the commitments of %1</source>
        <translation>
            <numerusform>%n point d&apos;avancement sur les engagements du plan «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%n points d&apos;avancement sur les engagements du plan «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reasoned response(s) to contributions to %1</source>
        <translation>
            <numerusform>%n réponse motivée aux contributions au plan «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%n réponses motivées aux contributions au plan «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Action plan submitted to OGP: %1</source>
        <translation>Plan d&apos;action soumis au PGO&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation>Dernière mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>The current action plan</source>
        <translation>Le plan d&apos;action en cours</translation>
    </message>
    <message>
        <source>What changed lately</source>
        <translation>Nouveautés</translation>
    </message>
    <message>
        <source>How the forum works</source>
        <translation>Fonctionnement du forum</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>%1 % of the voting members, with both government and civil society present</source>
        <translation>%1 % des membres votants, en présence du gouvernement et de la société civile</translation>
    </message>
    <message>
        <source>%1 % of the voting members</source>
        <translation>%1 % des membres votants</translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Words to look for</source>
        <translation>Mots à rechercher</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Résultats&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>Search needs JavaScript. Every page is also reachable from the menu.</source>
        <translation>La recherche nécessite JavaScript. Chaque page est aussi accessible depuis le menu.</translation>
    </message>
</context>
<context>
    <name>forumdesk::ActionItemDialog</name>
    <message>
        <source>Has a due date</source>
        <translation>A une échéance</translation>
    </message>
    <message>
        <source>Edit Action Item</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <source>Add Action Item</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <source>A member, or anyone else by name</source>
        <translation>Un membre, ou toute autre personne par son nom</translation>
    </message>
    <message>
        <source>No particular decision</source>
        <translation>Aucune décision en particulier</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Tâche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>From &amp;decision:</source>
        <translation>Issue de la &amp;décision&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>forumdesk::ActionItemTableModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Convenue lors de</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
</context>
<context>
    <name>forumdesk::ActionItemsPanel</name>
    <message>
        <source>Only meetings of the plan chosen in the toolbar</source>
        <translation>Seulement les réunions du plan choisi dans la barre d&apos;outils</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Marquer comme &amp;faite</translation>
    </message>
    <message>
        <source>&amp;Cancel Item</source>
        <translation>A&amp;nnuler la tâche</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Find by task or owner</source>
        <translation>Rechercher par tâche ou responsable</translation>
    </message>
    <message>
        <source>Find action items</source>
        <translation>Rechercher des tâches</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>No action item matches “%1” (case and accents are ignored).</source>
        <translation>Aucune tâche ne correspond à «&#xa0;%1&#xa0;» (sans tenir compte de la casse ni des accents).</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tâches</translation>
    </message>
</context>
<context>
    <name>forumdesk::AgendaModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected to start at %1</source>
        <translation>Début prévu&#xa0;: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Présenté par</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
</context>
<context>
    <name>forumdesk::AgendaPanel</name>
    <message>
        <source>&amp;Add Item</source>
        <translation>&amp;Ajouter un point</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Drag an item, or press Ctrl+Up and Ctrl+Down, to change the order. F2 edits a cell.</source>
        <translation>Faites glisser un point, ou appuyez sur Ctrl+Haut et Ctrl+Bas, pour changer l&apos;ordre. F2 modifie une cellule.</translation>
    </message>
    <message>
        <source>New agenda item: type its title and press Enter</source>
        <translation>Nouveau point&#xa0;: saisissez son titre et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Ctrl+Up in the agenda</source>
        <translation>Ctrl+Haut dans l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Ctrl+Down in the agenda</source>
        <translation>Ctrl+Bas dans l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>The selected item is about &amp;commitment:</source>
        <translation>Le point sélectionné porte sur l&apos;&amp;engagement&#xa0;:</translation>
    </message>
    <message>
        <source>Matters arising: action items still open from earlier meetings</source>
        <translation>Questions en suspens&#xa0;: tâches encore ouvertes issues des réunions précédentes</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No items yet.</source>
        <translation>Aucun point pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 min; expected end %2</source>
        <translation>
            <numerusform>%n point, %1 min&#xa0;; fin prévue&#xa0;: %2</numerusform>
            <numerusform>%n points, %1 min&#xa0;; fin prévue&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — later than the meeting&apos;s planned end (%2)</source>
        <translation>%1 — après la fin prévue de la réunion (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nouveau point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Matters arising</source>
        <translation>Questions en suspens</translation>
    </message>
</context>
<context>
    <name>forumdesk::AssessmentDialog</name>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>IRM Assessment</source>
        <translation>Évaluation du MEI</translation>
    </message>
    <message>
        <source>Self-Assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>The Independent Reporting Mechanism&apos;s assessment, as its report gives it</source>
        <translation>L&apos;évaluation du Mécanisme d&apos;évaluation indépendant (MEI), telle que son rapport la donne</translation>
    </message>
    <message>
        <source>The forum&apos;s own assessment, for the end-of-term self-assessment report</source>
        <translation>L&apos;évaluation propre du forum, pour le rapport d&apos;auto-évaluation de fin de mandat</translation>
    </message>
    <message>
        <source>Verifiable</source>
        <translation>Vérifiable</translation>
    </message>
    <message>
        <source>Not verifiable</source>
        <translation>Non vérifiable</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Accès à l&apos;information</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participation citoyenne</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Redevabilité</translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation>Technologie et innovation</translation>
    </message>
    <message>
        <source>OGP counts technology and innovation only together with one of the other three values</source>
        <translation>Le PGO ne compte la technologie et l&apos;innovation qu&apos;avec l&apos;une des trois autres valeurs</translation>
    </message>
    <message>
        <source>The IRM&apos;s older scale, used for starred commitments and for plans before 2021</source>
        <translation>L&apos;ancienne échelle du MEI, utilisée pour les engagements étoilés et pour les plans antérieurs à 2021</translation>
    </message>
    <message>
        <source>What the IRM found, and its recommendations</source>
        <translation>Les constats du MEI et ses recommandations</translation>
    </message>
    <message>
        <source>The results, and the evidence behind this assessment</source>
        <translation>Les résultats, et les preuves qui étayent cette évaluation</translation>
    </message>
    <message>
        <source>Commitment:</source>
        <translation>Engagement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Verifiability:</source>
        <translation>&amp;Vérifiabilité&#xa0;:</translation>
    </message>
    <message>
        <source>Relevant to:</source>
        <translation>Pertinent pour&#xa0;:</translation>
    </message>
    <message>
        <source>Potential for &amp;results:</source>
        <translation>Potentiel de &amp;résultats&#xa0;:</translation>
    </message>
    <message>
        <source>Potential &amp;impact:</source>
        <translation>&amp;Impact potentiel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Completion:</source>
        <translation>&amp;Achèvement&#xa0;:</translation>
    </message>
    <message>
        <source>Did it &amp;open government?</source>
        <translation>A-t-il &amp;ouvert le gouvernement&#xa0;?</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Starred:</source>
        <translation>Étoilé&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Yes: verifiable, relevant, strong potential, substantial or complete.</source>
        <translation>Oui&#xa0;: vérifiable, pertinent, fort potentiel, achèvement substantiel ou complet.</translation>
    </message>
    <message>
        <source>No: %1.</source>
        <translation>Non&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>forumdesk::AttendancePanel</name>
    <message>
        <source>Add &amp;Guest…</source>
        <translation>Ajouter un &amp;invité…</translation>
    </message>
    <message>
        <source>Remove Guest</source>
        <translation>Retirer l&apos;invité</translation>
    </message>
    <message>
        <source>Members&apos; attendance</source>
        <translation>Présence des membres</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité(e)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Present (P)</source>
        <translation>&amp;Présent(e) (P)</translation>
    </message>
    <message>
        <source>&amp;Remote (R)</source>
        <translation>À &amp;distance (R)</translation>
    </message>
    <message>
        <source>&amp;Excused (E)</source>
        <translation>&amp;Excusé(e) (E)</translation>
    </message>
    <message>
        <source>&amp;Absent (A)</source>
        <translation>A&amp;bsent(e) (A)</translation>
    </message>
    <message>
        <source>Repre&amp;sented (S)…</source>
        <translation>&amp;Représenté(e) (S)…</translation>
    </message>
    <message>
        <source>Choose a member and press P, R, E, A or S; the next member is selected for you.</source>
        <translation>Choisissez un membre et appuyez sur P, R, E, A ou S&#xa0;; le membre suivant est alors sélectionné.</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>&lt;b&gt;Present by sector&lt;/b&gt;</source>
        <translation>&lt;b&gt;Présents par secteur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>Represented by %1</source>
        <translation>Représenté(e) par %1</translation>
    </message>
    <message>
        <source>%1 (no vote in the forum&apos;s decisions)</source>
        <translation>%1 (sans voix dans les décisions du forum)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 voting members present; %n needed.</source>
        <translation>
            <numerusform>%1 membres votants présents sur %2&#xa0;; %n requis.</numerusform>
            <numerusform>%1 membres votants présents sur %2&#xa0;; %n requis.</numerusform>
        </translation>
    </message>
    <message>
        <source>The forum&apos;s rule also needs government and civil society present.</source>
        <translation>Le règlement du forum exige aussi la présence du gouvernement et de la société civile.</translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation>Quorum atteint</translation>
    </message>
    <message>
        <source>No quorum yet</source>
        <translation>Quorum pas encore atteint</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1&#xa0;: %2 (%3%)</translation>
    </message>
    <message>
        <source>Nobody present yet</source>
        <translation>Personne n&apos;est encore présent</translation>
    </message>
    <message>
        <source>Represented by an Alternate</source>
        <translation>Représenté(e) par un suppléant</translation>
    </message>
    <message>
        <source>Name of the alternate who represents %1:</source>
        <translation>Nom du suppléant qui représente %1&#xa0;:</translation>
    </message>
    <message>
        <source>Add Guest</source>
        <translation>Ajouter un invité</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>Give the guest&apos;s name, as it will appear in the minutes</source>
        <translation>Indiquez le nom de l&apos;invité(e), tel qu&apos;il apparaîtra dans le procès-verbal</translation>
    </message>
</context>
<context>
    <name>forumdesk::ChartPanel</name>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image or an SVG drawing</source>
        <translation>Enregistrer ce graphique en image PNG ou en dessin SVG</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing, for print and further editing (*.svg)</source>
        <translation>Dessin SVG, pour l&apos;impression et la retouche (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Graphique non enregistré</translation>
    </message>
    <message>
        <source>“%1” was not written; choose another folder and try again.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été écrit&#xa0;; choisissez un autre dossier et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n commitment(s)</source>
        <comment>plan, completion level</comment>
        <translation>
            <numerusform>%1 — %2&#xa0;: %n engagement</numerusform>
            <numerusform>%1 — %2&#xa0;: %n engagements</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress %1 % at %2</source>
        <translation>Avancement de %1 % en %2</translation>
    </message>
    <message>
        <source>%1: progress %2 %</source>
        <translation>%1&#xa0;: avancement de %2 %</translation>
    </message>
    <message>
        <source>No lead agency</source>
        <translation>Sans institution chef de file</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) due by the end of %1</source>
        <translation>
            <numerusform>%n jalon prévu jusqu&apos;à fin %1</numerusform>
            <numerusform>%n jalons prévus jusqu&apos;à fin %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) done by the end of %1</source>
        <translation>
            <numerusform>%n jalon réalisé jusqu&apos;à fin %1</numerusform>
            <numerusform>%n jalons réalisés jusqu&apos;à fin %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 present at the meeting of %3</source>
        <translation>%1&#xa0;: %2 présents à la réunion du %3</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) answered with a reasoned response</source>
        <translation>
            <numerusform>%n contribution ayant reçu une réponse motivée</numerusform>
            <numerusform>%n contributions ayant reçu une réponse motivée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) incorporated, fully or in part</source>
        <translation>
            <numerusform>%n contribution intégrée, en tout ou en partie</numerusform>
            <numerusform>%n contributions intégrées, en tout ou en partie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) received</source>
        <translation>
            <numerusform>%n contribution reçue</numerusform>
            <numerusform>%n contributions reçues</numerusform>
        </translation>
    </message>
    <message>
        <source>No action plan has commitments yet.</source>
        <translation>Aucun plan d&apos;action n&apos;a encore d&apos;engagements.</translation>
    </message>
    <message>
        <source>No progress has been reported on this plan&apos;s milestones yet.</source>
        <translation>Aucun avancement n&apos;a encore été communiqué sur les jalons de ce plan.</translation>
    </message>
    <message>
        <source>No commitment of this plan has milestones yet, so there is no progress to show by lead agency.</source>
        <translation>Aucun engagement de ce plan n&apos;a encore de jalons&#xa0;; il n&apos;y a donc pas d&apos;avancement à afficher par institution chef de file.</translation>
    </message>
    <message>
        <source>No progress to show by OGP value yet: mark the commitments&apos; OGP values and report progress on their milestones.</source>
        <translation>Pas encore d&apos;avancement à afficher par valeur du PGO&#xa0;: indiquez les valeurs du PGO des engagements et communiquez l&apos;avancement de leurs jalons.</translation>
    </message>
    <message>
        <source>This plan has no milestones yet.</source>
        <translation>Ce plan n&apos;a encore aucun jalon.</translation>
    </message>
    <message>
        <source>No attendance has been recorded at this plan&apos;s meetings yet.</source>
        <translation>Aucune présence n&apos;a encore été enregistrée aux réunions de ce plan.</translation>
    </message>
    <message>
        <source>No contributions have been received for this plan yet.</source>
        <translation>Aucune contribution n&apos;a encore été reçue pour ce plan.</translation>
    </message>
    <message>
        <source>%1: %2 minutes spoken at the meeting of %3</source>
        <translation>%1&#xa0;: %2 minutes de parole à la réunion du %3</translation>
    </message>
    <message>
        <source>No meeting of this plan has been run in the live console yet: its speaking times show here.</source>
        <translation>Aucune réunion de ce plan n&apos;a encore été menée dans la console en direct&#xa0;: les temps de parole s&apos;afficheront ici.</translation>
    </message>
</context>
<context>
    <name>forumdesk::CoCreatePage</name>
    <message>
        <source>New &amp;Plan…</source>
        <translation>Nouveau &amp;plan…</translation>
    </message>
    <message>
        <source>Edit P&amp;lan…</source>
        <translation>&amp;Modifier le plan…</translation>
    </message>
    <message>
        <source>Move to Ne&amp;xt Stage…</source>
        <translation>Passer à l&apos;étape &amp;suivante…</translation>
    </message>
    <message>
        <source>Export Plan &amp;Draft…</source>
        <translation>Exporter le projet de pla&amp;n…</translation>
    </message>
    <message>
        <source>Export &amp;Response Report…</source>
        <translation>Exporter le rapport des &amp;réponses…</translation>
    </message>
    <message>
        <source>Co-create the action plan</source>
        <translation>Co-créer le plan d&apos;action</translation>
    </message>
    <message>
        <source>The action plan draft on OGP&apos;s template, in the forum&apos;s language</source>
        <translation>Le projet de plan d&apos;action selon le modèle du PGO, dans la langue du forum</translation>
    </message>
    <message>
        <source>Every contribution with what became of it and why, in the forum&apos;s language</source>
        <translation>Chaque contribution avec la suite donnée et ses raisons, dans la langue du forum</translation>
    </message>
    <message>
        <source>Check what the plan needs before it moves on, and move it</source>
        <translation>Vérifier ce dont le plan a besoin avant de passer à l&apos;étape suivante, et l&apos;y faire passer</translation>
    </message>
    <message>
        <source>From plan</source>
        <translation>Plan d&apos;origine</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>What the forum learned in earlier plans and carried into this one, for the co-creation to take into account. Lessons are carried on the Learn page.</source>
        <translation>Ce que le forum a appris lors des plans précédents et reporté dans celui-ci, pour que la co-création en tienne compte. Les leçons se reportent dans la page Apprentissage.</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Lessons from Earlier Plans</source>
        <translation>Leçons des plans précédents</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>No action plan yet. Create one to log contributions and draft commitments.</source>
        <translation>Aucun plan d&apos;action pour l&apos;instant. Créez-en un pour enregistrer des contributions et rédiger des engagements.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Period: %1 to %2 (%n month(s))</source>
        <translation>
            <numerusform>Période&#xa0;: du %1 au %2 (%n mois)</numerusform>
            <numerusform>Période&#xa0;: du %1 au %2 (%n mois)</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>date limite&#xa0;: %1</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>soumis le %1</translation>
    </message>
    <message>
        <source>not submitted yet</source>
        <translation>pas encore soumis</translation>
    </message>
    <message>
        <source>Lessons from Earlier Plans (%1)</source>
        <translation>Leçons des plans précédents (%1)</translation>
    </message>
    <message>
        <source>Export Plan Draft</source>
        <translation>Exporter le projet de plan</translation>
    </message>
    <message>
        <source>Plan draft - %1</source>
        <translation>Projet de plan - %1</translation>
    </message>
    <message>
        <source>Export Response Report</source>
        <translation>Exporter le rapport des réponses</translation>
    </message>
    <message>
        <source>Reasoned responses - %1</source>
        <translation>Réponses motivées - %1</translation>
    </message>
    <message>
        <source>Lessons from earlier plans</source>
        <translation>Leçons des plans précédents</translation>
    </message>
</context>
<context>
    <name>forumdesk::CommitmentsPanel</name>
    <message>
        <source>&amp;New Commitment</source>
        <translation>&amp;Nouvel engagement</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Add Milestone</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>Remove Milestone</source>
        <translation>Supprimer le jalon</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Tick the practices of the reference library that inspired this commitment</source>
        <translation>Cochez les pratiques de la bibliothèque de référence qui ont inspiré cet engagement</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Accès à l&apos;information</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participation citoyenne</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Redevabilité</translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation>Technologie et innovation</translation>
    </message>
    <message>
        <source>OGP counts technology and innovation only together with one of the other three values</source>
        <translation>Le PGO ne compte la technologie et l&apos;innovation qu&apos;avec l&apos;une des trois autres valeurs</translation>
    </message>
    <message numerus="yes">
        <source>One or two sentences that say what the commitment will do (at most %n characters)</source>
        <translation>
            <numerusform>Une ou deux phrases qui disent ce que fera l&apos;engagement (%n caractère au plus)</numerusform>
            <numerusform>Une ou deux phrases qui disent ce que fera l&apos;engagement (%n caractères au plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title and department</source>
        <translation>Fonction et service</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Double-click a cell, or press F2, to change it; Tab moves to the next cell; Delete empties a date</source>
        <translation>Double-cliquez sur une cellule, ou appuyez sur F2, pour la modifier&#xa0;; Tab passe à la cellule suivante&#xa0;; Suppr vide une date</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;uméro&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Brie&amp;f description:</source>
        <translation>&amp;Brève description&#xa0;:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lead implementing agency:</source>
        <translation>&amp;Institution chef de file&#xa0;:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Personne de contact&#xa0;:</translation>
    </message>
    <message>
        <source>Supporting actors (government):</source>
        <translation>Acteurs associés (gouvernement)&#xa0;:</translation>
    </message>
    <message>
        <source>Supporting actors (civil society, others):</source>
        <translation>Acteurs associés (société civile, autres)&#xa0;:</translation>
    </message>
    <message>
        <source>Policy areas:</source>
        <translation>Domaines politiques&#xa0;:</translation>
    </message>
    <message>
        <source>Problem definition</source>
        <translation>Définition du problème</translation>
    </message>
    <message>
        <source>The public &amp;problem:</source>
        <translation>Le &amp;problème public&#xa0;:</translation>
    </message>
    <message>
        <source>Its causes:</source>
        <translation>Ses causes&#xa0;:</translation>
    </message>
    <message>
        <source>Commitment description</source>
        <translation>Description de l&apos;engagement</translation>
    </message>
    <message>
        <source>Done so far (status &amp;quo):</source>
        <translation>Réalisé à ce jour (statu &amp;quo)&#xa0;:</translation>
    </message>
    <message>
        <source>The solution (the &amp;commitment):</source>
        <translation>La solution (l&apos;&amp;engagement)&#xa0;:</translation>
    </message>
    <message>
        <source>How it &amp;solves the problem:</source>
        <translation>Comment il &amp;résout le problème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Expected results:</source>
        <translation>Résultats &amp;attendus&#xa0;:</translation>
    </message>
    <message>
        <source>Commitment analysis</source>
        <translation>Analyse de l&apos;engagement</translation>
    </message>
    <message>
        <source>OGP values:</source>
        <translation>Valeurs du PGO&#xa0;:</translation>
    </message>
    <message>
        <source>How it promotes transparency:</source>
        <translation>Comment il favorise la transparence&#xa0;:</translation>
    </message>
    <message>
        <source>How it fosters accountability:</source>
        <translation>Comment il renforce la redevabilité&#xa0;:</translation>
    </message>
    <message>
        <source>How it improves participation:</source>
        <translation>Comment il améliore la participation&#xa0;:</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>Informations complémentaires</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>Bu&amp;dget&#xa0;:</translation>
    </message>
    <message>
        <source>Links to other plans and SDGs:</source>
        <translation>Liens avec d&apos;autres plans et les ODD&#xa0;:</translation>
    </message>
    <message>
        <source>Frontiers (the forum&apos;s own tags):</source>
        <translation>Frontières (étiquettes propres au forum)&#xa0;:</translation>
    </message>
    <message>
        <source>Inspired by practices:</source>
        <translation>Inspiré des pratiques&#xa0;:</translation>
    </message>
    <message>
        <source>What the commitment still lacks on OGP&apos;s template:</source>
        <translation>Ce qui manque encore à l&apos;engagement selon le modèle du PGO&#xa0;:</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Contributions that fed this commitment</source>
        <translation>Contributions qui ont nourri cet engagement</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>✓ Nothing: every field of the template is filled.</source>
        <translation>✓ Rien&#xa0;: tous les champs du modèle sont remplis.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4</source>
        <translation>%1 · %2 · %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>No contribution is linked to this commitment yet.</source>
        <translation>Aucune contribution n&apos;est encore liée à cet engagement.</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>“%1” is not a date: choose one in the calendar.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: choisissez-en une dans le calendrier.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>A milestone cannot end before it starts.</source>
        <translation>Un jalon ne peut pas se terminer avant de commencer.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>What the template still needs</source>
        <translation>Ce qui manque encore au modèle</translation>
    </message>
    <message>
        <source>Reference practices that inspired it</source>
        <translation>Pratiques de référence qui l&apos;ont inspiré</translation>
    </message>
    <message>
        <source>Contact person&apos;s name</source>
        <translation>Nom de la personne de contact</translation>
    </message>
    <message>
        <source>Contact person&apos;s title and department</source>
        <translation>Fonction et service de la personne de contact</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-mail</source>
        <translation>Courriel de la personne de contact</translation>
    </message>
    <message>
        <source>Contact person&apos;s phone</source>
        <translation>Téléphone de la personne de contact</translation>
    </message>
</context>
<context>
    <name>forumdesk::CompletionLevelDialog</name>
    <message>
        <source>Set Completion Level</source>
        <translation>Fixer le niveau d&apos;achèvement</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Progress %1 % suggests “%2”.</source>
        <translation>Un avancement de %1 % suggère «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>As progress suggests</source>
        <translation>Comme le suggère l&apos;avancement</translation>
    </message>
    <message>
        <source>Why the forum sets a level other than the one progress suggests</source>
        <translation>Pourquoi le forum fixe un niveau différent de celui que suggère l&apos;avancement</translation>
    </message>
    <message>
        <source>Commitment:</source>
        <translation>Engagement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fixer</translation>
    </message>
</context>
<context>
    <name>forumdesk::CompliancePage</name>
    <message>
        <source>Export Compliance &amp;Report…</source>
        <translation>Exporter le &amp;rapport de conformité…</translation>
    </message>
    <message>
        <source>The IRM&apos;s questions</source>
        <translation>Les questions du MEI</translation>
    </message>
    <message>
        <source>Compliance with OGP&apos;s standards</source>
        <translation>Conformité aux normes du PGO</translation>
    </message>
    <message>
        <source>Every rule with its status, evidence and next step, and the IRM&apos;s questions, in the forum&apos;s language</source>
        <translation>Chaque exigence avec son statut, ses preuves et la prochaine étape, ainsi que les questions du MEI, dans la langue du forum</translation>
    </message>
    <message>
        <source>Each OGP minimum requirement and calendar rule, checked from the forum&apos;s own records for the plan chosen above. Open the evidence to see the meetings, contributions and dates behind a status.</source>
        <translation>Chaque exigence minimale et règle de calendrier du PGO, vérifiée à partir des propres enregistrements du forum pour le plan choisi ci-dessus. Ouvrez les preuves pour voir les réunions, contributions et dates sur lesquelles repose un statut.</translation>
    </message>
    <message>
        <source>The Independent Reporting Mechanism (IRM) answers these questions in its own review. Each shows what the IRM looks for and the forum&apos;s figures that bear on it.</source>
        <translation>Le Mécanisme d&apos;évaluation indépendant (MEI) répond à ces questions dans son propre examen. Chacune indique ce que le MEI examine et les chiffres du forum qui s&apos;y rapportent.</translation>
    </message>
    <message>
        <source>No action plan yet: the standards are checked for a plan. Start one on the Co-create page.</source>
        <translation>Aucun plan d&apos;action pour l&apos;instant&#xa0;: les normes sont vérifiées pour un plan. Commencez-en un dans la page Co-création.</translation>
    </message>
    <message>
        <source>The standards cannot be checked: %1</source>
        <translation>Impossible de vérifier les normes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1
Checked on %2: %3</source>
        <translation>%1
Vérifié le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Prochaine étape&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Preuves (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the IRM looks for:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ce que le MEI examine&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The forum&apos;s figures:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Les chiffres du forum&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export Compliance Report</source>
        <translation>Exporter le rapport de conformité</translation>
    </message>
    <message>
        <source>Compliance report - %1</source>
        <translation>Rapport de conformité - %1</translation>
    </message>
</context>
<context>
    <name>forumdesk::CompositionPanel</name>
    <message>
        <source>Composition today</source>
        <translation>Composition actuelle</translation>
    </message>
    <message>
        <source>Active members: %1</source>
        <translation>Membres actifs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not counted (term over or not begun): %1</source>
        <translation>Non comptés (mandat terminé ou pas encore commencé)&#xa0;: %1</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Par secteur</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Par genre</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiqué</translation>
    </message>
</context>
<context>
    <name>forumdesk::ContributionDialog</name>
    <message>
        <source>The author agrees to be &amp;named in published documents</source>
        <translation>L&apos;auteur accepte d&apos;être &amp;nommé dans les documents publiés</translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <source>Edit Contribution</source>
        <translation>Modifier la contribution</translation>
    </message>
    <message>
        <source>New Contribution</source>
        <translation>Nouvelle contribution</translation>
    </message>
    <message>
        <source>Without consent, published documents call the author “a citizen” and name only the organisation</source>
        <translation>Sans consentement, les documents publiés désignent l&apos;auteur comme «&#xa0;un(e) citoyen(ne)&#xa0;» et ne nomment que l&apos;organisation</translation>
    </message>
    <message>
        <source>What was done with the contribution, and why</source>
        <translation>Ce qui a été fait de la contribution, et pourquoi</translation>
    </message>
    <message>
        <source>Not raised at a meeting</source>
        <translation>Non soulevée en réunion</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçue le&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>Raised at &amp;meeting:</source>
        <translation>Soulevée en ré&amp;union&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Sta&amp;tut&#xa0;:</translation>
    </message>
    <message>
        <source>Reasoned &amp;response:</source>
        <translation>Réponse &amp;motivée&#xa0;:</translation>
    </message>
    <message>
        <source>Commitments it &amp;fed:</source>
        <translation>&amp;Engagements nourris&#xa0;:</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>The response cannot be dated before the contribution was received.</source>
        <translation>La réponse ne peut pas être datée d&apos;avant la réception de la contribution.</translation>
    </message>
    <message>
        <source>Commitments it fed</source>
        <translation>Engagements qu&apos;elle a nourris</translation>
    </message>
</context>
<context>
    <name>forumdesk::ContributionTableModel</name>
    <message>
        <source>Awaiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>%1

Response: %2</source>
        <translation>%1

Réponse&#xa0;: %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Répondu</translation>
    </message>
</context>
<context>
    <name>forumdesk::ContributionsPanel</name>
    <message>
        <source>&amp;Awaiting a response only</source>
        <translation>&amp;En attente de réponse seulement</translation>
    </message>
    <message>
        <source>&amp;New Contribution…</source>
        <translation>&amp;Nouvelle contribution…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Import from &amp;CSV…</source>
        <translation>Importer depuis un fichier &amp;CSV…</translation>
    </message>
    <message>
        <source>Find by author, organization or text</source>
        <translation>Rechercher par auteur, organisation ou texte</translation>
    </message>
    <message>
        <source>Contributions without a reasoned response and its date (OGP standard 4)</source>
        <translation>Contributions sans réponse motivée datée (norme 4 du PGO)</translation>
    </message>
    <message>
        <source>Choose or create an action plan to log its contributions.</source>
        <translation>Choisissez ou créez un plan d&apos;action pour enregistrer ses contributions.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) received</source>
        <translation>
            <numerusform>%n contribution reçue</numerusform>
            <numerusform>%n contributions reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation>
            <numerusform>%n avec réponse</numerusform>
            <numerusform>%n avec réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting a response</source>
        <translation>
            <numerusform>%n en attente de réponse</numerusform>
            <numerusform>%n en attente de réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incorporated</source>
        <translation>
            <numerusform>%n intégrée</numerusform>
            <numerusform>%n intégrées</numerusform>
        </translation>
    </message>
    <message>
        <source>By sector: %1</source>
        <translation>Par secteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>By channel: %1</source>
        <translation>Par canal&#xa0;: %1</translation>
    </message>
    <message>
        <source>No contribution matches these filters.</source>
        <translation>Aucune contribution ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No contribution matches “%1” (case and accents are ignored).</source>
        <translation>Aucune contribution ne correspond à «&#xa0;%1&#xa0;» (sans tenir compte de la casse ni des accents).</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 affichées sur %2</translation>
    </message>
    <message>
        <source>Import Contributions</source>
        <translation>Importer des contributions</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv *.txt);;All files (*)</source>
        <translation>Valeurs séparées par des virgules (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… et %n de plus (voir les détails).</numerusform>
            <numerusform>… et %n de plus (voir les détails).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) imported from “%1”.</source>
        <translation>
            <numerusform>%n contribution importée depuis «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n contributions importées depuis «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>%n ligne ignorée&#xa0;:</numerusform>
            <numerusform>%n lignes ignorées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Find contributions</source>
        <translation>Rechercher des contributions</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
</context>
<context>
    <name>forumdesk::DashboardPage</name>
    <message>
        <source>The forum file is busy with a long change; the charts will be drawn again after it.</source>
        <translation>Le fichier du forum est occupé par une longue modification&#xa0;; les graphiques seront redessinés ensuite.</translation>
    </message>
    <message>
        <source>Forum Settings</source>
        <translation>Paramètres du forum</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Join OGP</source>
        <translation>Adhésion au PGO</translation>
    </message>
    <message>
        <source>The forum</source>
        <translation>Le forum</translation>
    </message>
    <message>
        <source>Joining OGP</source>
        <translation>Adhésion au PGO</translation>
    </message>
    <message>
        <source>Current action plan</source>
        <translation>Plan d&apos;action en cours</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>The charts cannot be calculated: %1</source>
        <translation>Impossible de calculer les graphiques&#xa0;: %1</translation>
    </message>
    <message>
        <source>No action plan yet: its charts appear here once one is started on the Co-create page.</source>
        <translation>Aucun plan d&apos;action pour l&apos;instant&#xa0;: ses graphiques apparaîtront ici dès qu&apos;un plan aura été commencé dans la page Co-création.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Documents in %1; decides by %2</source>
        <translation>Langue des documents&#xa0;: %1&#xa0;; décisions par %2</translation>
    </message>
    <message>
        <source>rules of participation</source>
        <translation>règles de participation</translation>
    </message>
    <message>
        <source>website (MR 2.1)</source>
        <translation>site web (EM 2.1)</translation>
    </message>
    <message>
        <source>document repository (MR 2.2)</source>
        <translation>dépôt de documents (EM 2.2)</translation>
    </message>
    <message>
        <source>Still to fill in: %1</source>
        <translation>Reste à renseigner&#xa0;: %1</translation>
    </message>
    <message>
        <source>Active members: %1</source>
        <translation>Membres actifs&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Government and civil society both sit on the forum (MR 1.1).</source>
        <translation>Le gouvernement et la société civile siègent tous deux au forum (EM 1.1).</translation>
    </message>
    <message>
        <source>%1 of %2 eligibility criteria met</source>
        <translation>%1 critères d&apos;éligibilité remplis sur %2</translation>
    </message>
    <message>
        <source>Joined OGP on %1</source>
        <translation>Adhésion au PGO le %1</translation>
    </message>
    <message>
        <source>Letter of intent sent on %1</source>
        <translation>Lettre d&apos;intention envoyée le %1</translation>
    </message>
    <message>
        <source>No letter of intent recorded yet</source>
        <translation>Aucune lettre d&apos;intention enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Point of contact: %1</source>
        <translation>Point de contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Action plan chosen (closed)</source>
        <translation>Plan d&apos;action choisi (clos)</translation>
    </message>
    <message>
        <source>How “%1” is going</source>
        <translation>Où en est «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>No action plan yet. Plans are co-created with civil society; the Co-create page will let you start one.</source>
        <translation>Aucun plan d&apos;action pour l&apos;instant. Les plans sont co-créés avec la société civile&#xa0;; la page Co-création vous permettra d&apos;en commencer un.</translation>
    </message>
    <message>
        <source>%1 to %2 · stage: %3</source>
        <translation>Du %1 au %2 · étape&#xa0;: %3</translation>
    </message>
    <message>
        <source>Commitments: %1</source>
        <translation>Engagements&#xa0;: %1</translation>
    </message>
    <message>
        <source>This plan is closed; no plan is in progress.</source>
        <translation>Ce plan est clos&#xa0;; aucun plan n&apos;est en cours.</translation>
    </message>
    <message>
        <source>This plan is closed; the plan in progress is “%1” (choose it in the toolbar).</source>
        <translation>Ce plan est clos&#xa0;; le plan en cours est «&#xa0;%1&#xa0;» (choisissez-le dans la barre d&apos;outils).</translation>
    </message>
</context>
<context>
    <name>forumdesk::DecisionDialog</name>
    <message>
        <source>Record each member&apos;s vote</source>
        <translation>Enregistrer le vote de chaque membre</translation>
    </message>
    <message>
        <source>Edit Decision</source>
        <translation>Modifier la décision</translation>
    </message>
    <message>
        <source>Add Decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <source>What the forum agreed, as it will read in the minutes</source>
        <translation>Ce que le forum a décidé, tel que cela figurera dans le procès-verbal</translation>
    </message>
    <message>
        <source>No particular item</source>
        <translation>Aucun point en particulier</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>No vote recorded</source>
        <translation>Aucun vote enregistré</translation>
    </message>
    <message>
        <source>Mark attendance first: named votes are taken from the voting members present.</source>
        <translation>Enregistrez d&apos;abord les présences&#xa0;: les votes nominatifs sont pris parmi les membres votants présents.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation>&amp;Contre&#xa0;:</translation>
    </message>
    <message>
        <source>Abs&amp;tentions:</source>
        <translation>Abs&amp;tentions&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision&#xa0;:</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>P&amp;oint traité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Ma&amp;jority required:</source>
        <translation>Ma&amp;jorité requise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>By the majority required, the vote gives: %1</source>
        <translation>Selon la majorité requise, le vote donne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Vote of %1</source>
        <translation>Vote de %1</translation>
    </message>
</context>
<context>
    <name>forumdesk::DocumentExport</name>
    <message>
        <source>Notice - %1</source>
        <translation>Convocation - %1</translation>
    </message>
    <message>
        <source>Cancellation - %1</source>
        <translation>Annulation - %1</translation>
    </message>
    <message>
        <source>Minutes - %1</source>
        <translation>Procès-verbal - %1</translation>
    </message>
    <message>
        <source>Export Minutes</source>
        <translation>Exporter le procès-verbal</translation>
    </message>
    <message>
        <source>Export Notice</source>
        <translation>Exporter la convocation</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text, for LibreOffice and Word (*.odt)</source>
        <translation>Texte OpenDocument, pour LibreOffice et Word (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être utilisée.</translation>
    </message>
    <message>
        <source>Export Invitation</source>
        <translation>Exporter l&apos;invitation</translation>
    </message>
    <message>
        <source>Calendar invitation (*.ics)</source>
        <translation>Invitation d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Dernière exportation</translation>
    </message>
    <message>
        <source>Saved %1 in %2 · &lt;a href=&quot;%3&quot;&gt;Open&lt;/a&gt; · &lt;a href=&quot;%4&quot;&gt;Show Folder&lt;/a&gt;</source>
        <translation>%1 enregistré dans %2 · &lt;a href=&quot;%3&quot;&gt;Ouvrir&lt;/a&gt; · &lt;a href=&quot;%4&quot;&gt;Afficher le dossier&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>The document was not made. Nothing in the forum was changed.</source>
        <translation>Le document n&apos;a pas été créé. Rien n&apos;a été modifié dans le forum.</translation>
    </message>
    <message>
        <source>“%1” was not written. Nothing in the forum was changed; choose another folder and try again.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été écrit. Rien n&apos;a été modifié dans le forum&#xa0;; choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <source>Print Minutes</source>
        <translation>Imprimer le procès-verbal</translation>
    </message>
    <message>
        <source>Print Notice</source>
        <translation>Imprimer la convocation</translation>
    </message>
</context>
<context>
    <name>forumdesk::EvaluatePage</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>access to information</source>
        <translation>accès à l&apos;information</translation>
    </message>
    <message>
        <source>civic participation</source>
        <translation>participation citoyenne</translation>
    </message>
    <message>
        <source>public accountability</source>
        <translation>redevabilité</translation>
    </message>
    <message>
        <source>technology and innovation</source>
        <translation>technologie et innovation</translation>
    </message>
    <message>
        <source>no OGP value</source>
        <translation>aucune valeur du PGO</translation>
    </message>
    <message>
        <source>Move to &amp;Next Stage…</source>
        <translation>Passer à l&apos;étape &amp;suivante…</translation>
    </message>
    <message>
        <source>E&amp;xport Self-Assessment Report…</source>
        <translation>E&amp;xporter le rapport d&apos;auto-évaluation…</translation>
    </message>
    <message>
        <source>Evaluate the action plan</source>
        <translation>Évaluer le plan d&apos;action</translation>
    </message>
    <message>
        <source>Check what the plan needs before it moves on, and move it</source>
        <translation>Vérifier ce dont le plan a besoin avant de passer à l&apos;étape suivante, et l&apos;y faire passer</translation>
    </message>
    <message>
        <source>The end-of-term self-assessment report, in the forum&apos;s language</source>
        <translation>Le rapport d&apos;auto-évaluation de fin de mandat, dans la langue du forum</translation>
    </message>
    <message>
        <source>IRM assessment</source>
        <translation>Évaluation du MEI</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>Verifiability:</source>
        <translation>Vérifiabilité&#xa0;:</translation>
    </message>
    <message>
        <source>Relevant to:</source>
        <translation>Pertinent pour&#xa0;:</translation>
    </message>
    <message>
        <source>Potential for results:</source>
        <translation>Potentiel de résultats&#xa0;:</translation>
    </message>
    <message>
        <source>Potential impact:</source>
        <translation>Impact potentiel&#xa0;:</translation>
    </message>
    <message>
        <source>Completion:</source>
        <translation>Achèvement&#xa0;:</translation>
    </message>
    <message>
        <source>Did it open government?</source>
        <translation>A-t-il ouvert le gouvernement&#xa0;?</translation>
    </message>
    <message>
        <source>Assessed on:</source>
        <translation>Évalué le&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n engagement</numerusform>
            <numerusform>%n engagements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 self-assessed, %2 assessed by the IRM</source>
        <translation>%1 auto-évalués, %2 évalués par le MEI</translation>
    </message>
    <message numerus="yes">
        <source>%n starred on the IRM&apos;s assessment</source>
        <translation>
            <numerusform>%n étoilé selon l&apos;évaluation du MEI</numerusform>
            <numerusform>%n étoilés selon l&apos;évaluation du MEI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred on the self-assessment</source>
        <translation>
            <numerusform>%n étoilé selon l&apos;auto-évaluation</numerusform>
            <numerusform>%n étoilés selon l&apos;auto-évaluation</numerusform>
        </translation>
    </message>
    <message>
        <source>Completion, self-assessed: %1</source>
        <translation>Achèvement (auto-évaluation)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Completion, by the IRM: %1</source>
        <translation>Achèvement (MEI)&#xa0;: %1</translation>
    </message>
    <message>
        <source>No action plan yet: create one on the Co-create page.</source>
        <translation>Aucun plan d&apos;action pour l&apos;instant&#xa0;: créez-en un dans la page Co-création.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose a commitment to see and record its assessments.</source>
        <translation>Choisissez un engagement pour voir et enregistrer ses évaluations.</translation>
    </message>
    <message>
        <source>Edit IRM Assessment…</source>
        <translation>Modifier l&apos;évaluation du MEI…</translation>
    </message>
    <message>
        <source>Edit Self-Assessment…</source>
        <translation>Modifier l&apos;auto-évaluation…</translation>
    </message>
    <message>
        <source>Record IRM Assessment…</source>
        <translation>Enregistrer l&apos;évaluation du MEI…</translation>
    </message>
    <message>
        <source>Self-&amp;Assess…</source>
        <translation>&amp;Auto-évaluer…</translation>
    </message>
    <message>
        <source>The IRM&apos;s assessment is not recorded yet. Record it when the IRM&apos;s report on the plan is out, as the report gives it.</source>
        <translation>L&apos;évaluation du MEI n&apos;est pas encore enregistrée. Enregistrez-la à la publication du rapport du MEI sur le plan, telle que le rapport la donne.</translation>
    </message>
    <message>
        <source>The forum has not assessed this commitment yet. Its self-assessment feeds the end-of-term report, and must be done before the plan moves on to learning.</source>
        <translation>Le forum n&apos;a pas encore évalué cet engagement. Son auto-évaluation alimente le rapport de fin de mandat et doit être faite avant que le plan passe à l&apos;apprentissage.</translation>
    </message>
    <message>
        <source>Verifiable</source>
        <translation>Vérifiable</translation>
    </message>
    <message>
        <source>Not verifiable</source>
        <translation>Non vérifiable</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Export Self-Assessment Report</source>
        <translation>Exporter le rapport d&apos;auto-évaluation</translation>
    </message>
    <message>
        <source>Self-assessment report - %1</source>
        <translation>Rapport d&apos;auto-évaluation - %1</translation>
    </message>
    <message>
        <source>Commitments and their assessments</source>
        <translation>Engagements et leurs évaluations</translation>
    </message>
</context>
<context>
    <name>forumdesk::EvaluationTableModel</name>
    <message>
        <source>%1 impact</source>
        <translation>Impact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Étoilé</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>Non étoilé</translation>
    </message>
    <message>
        <source>Neither the forum nor the IRM has assessed this commitment yet.</source>
        <translation>Ni le forum ni le MEI n&apos;ont encore évalué cet engagement.</translation>
    </message>
    <message>
        <source>On the IRM&apos;s assessment</source>
        <translation>Selon l&apos;évaluation du MEI</translation>
    </message>
    <message>
        <source>On the self-assessment (the IRM&apos;s is not in yet)</source>
        <translation>Selon l&apos;auto-évaluation (celle du MEI n&apos;est pas encore disponible)</translation>
    </message>
    <message>
        <source>%1: verifiable, relevant to an OGP value, with strong potential, and substantially or fully complete.</source>
        <translation>%1&#xa0;: vérifiable, pertinent pour une valeur du PGO, à fort potentiel, et d&apos;un achèvement substantiel ou complet.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1
Lead agency: %2</source>
        <translation>%1
Institution chef de file&#xa0;: %2</translation>
    </message>
    <message>
        <source>Potential for results: %1
Potential impact: %2</source>
        <translation>Potentiel de résultats&#xa0;: %1
Impact potentiel&#xa0;: %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Self:
completion</source>
        <translation>Auto-éval.&#xa0;:
achèvement</translation>
    </message>
    <message>
        <source>Self:
potential</source>
        <translation>Auto-éval.&#xa0;:
potentiel</translation>
    </message>
    <message>
        <source>Self: opened
government?</source>
        <translation>Auto-éval.&#xa0;: a ouvert
le gouv.&#xa0;?</translation>
    </message>
    <message>
        <source>IRM:
completion</source>
        <translation>MEI&#xa0;:
achèvement</translation>
    </message>
    <message>
        <source>IRM:
potential</source>
        <translation>MEI&#xa0;:
potentiel</translation>
    </message>
    <message>
        <source>IRM: opened
government?</source>
        <translation>MEI&#xa0;: a ouvert
le gouv.&#xa0;?</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Étoilé</translation>
    </message>
    <message>
        <source>The forum&apos;s self-assessment</source>
        <translation>L&apos;auto-évaluation du forum</translation>
    </message>
    <message>
        <source>The Independent Reporting Mechanism&apos;s assessment</source>
        <translation>L&apos;évaluation du Mécanisme d&apos;évaluation indépendant (MEI)</translation>
    </message>
    <message>
        <source>Verifiable, relevant, strong potential and substantial or complete: on the IRM&apos;s assessment, or the self-assessment until the IRM&apos;s is in</source>
        <translation>Vérifiable, pertinent, à fort potentiel et d&apos;un achèvement substantiel ou complet&#xa0;: selon l&apos;évaluation du MEI, ou l&apos;auto-évaluation tant que celle du MEI n&apos;est pas disponible</translation>
    </message>
</context>
<context>
    <name>forumdesk::FieldMessage</name>
    <message>
        <source>Problem with this field</source>
        <translation>Problème dans ce champ</translation>
    </message>
</context>
<context>
    <name>forumdesk::ForumSettingsPage</name>
    <message>
        <source>Country, province or city</source>
        <translation>Pays, province ou ville</translation>
    </message>
    <message>
        <source>The language of the forum&apos;s documents (minutes, plans, reports)</source>
        <translation>La langue des documents du forum (procès-verbaux, plans, rapports)</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>The forum&apos;s mandate, membership and how it works (or a link to them)</source>
        <translation>Le mandat du forum, sa composition et son fonctionnement (ou un lien vers ceux-ci)</translation>
    </message>
    <message>
        <source>How anyone can take part: calls, selection of members, meetings open to the public</source>
        <translation>Comment chacun peut participer&#xa0;: appels à candidatures, sélection des membres, réunions ouvertes au public</translation>
    </message>
    <message>
        <source>Share of the voting members who must be present for the forum to decide</source>
        <translation>Part des membres votants qui doivent être présents pour que le forum puisse décider</translation>
    </message>
    <message>
        <source>Quorum needs government and civil society present</source>
        <translation>Le quorum exige la présence du gouvernement et de la société civile</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Forum Settings</source>
        <translation>Paramètres du forum</translation>
    </message>
    <message>
        <source>This forum is open read-only: the settings are shown, not changed.</source>
        <translation>Ce forum est ouvert en lecture seule&#xa0;: les paramètres sont affichés, mais ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>Each change is saved when you leave the field. Undo it with Edit ▸ Undo.</source>
        <translation>Chaque modification est enregistrée lorsque vous quittez le champ. Annulez-la avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>The forum</source>
        <translation>Le forum</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Fonctionnement</translation>
    </message>
    <message>
        <source>Public information</source>
        <translation>Informations publiques</translation>
    </message>
    <message>
        <source>This forum keeps UTC time, but this computer is set to %1. Meeting times, notices and invitations use the forum&apos;s time zone: a meeting set for 10:00 reaches invitees&apos; calendars at %2, %1 time.</source>
        <translation>Ce forum utilise l&apos;heure UTC, mais cet ordinateur est réglé sur %1. Les heures des réunions, les convocations et les invitations utilisent le fuseau horaire du forum&#xa0;: une réunion fixée à 10:00 arrive dans l&apos;agenda des invités à %2, heure de %1.</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Utiliser %1</translation>
    </message>
    <message>
        <source>Write the full web address, starting with https:// (for example https://gobiernoabierto.example.org)</source>
        <translation>Saisissez l&apos;adresse web complète, commençant par https:// (par exemple https://gouvernementouvert.example.org)</translation>
    </message>
    <message>
        <source>Write the full web address, starting with https://</source>
        <translation>Saisissez l&apos;adresse web complète, commençant par https://</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse électronique</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one from the list, such as America/Lima</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire&#xa0;; choisissez-en un dans la liste, tel que America/Lima</translation>
    </message>
</context>
<context>
    <name>forumdesk::ForumWorkspace</name>
    <message>
        <source>Read-only: %1 Changes cannot be made; use File ▸ Save a Copy… to keep a copy you can edit.</source>
        <translation>Lecture seule&#xa0;: %1 Aucune modification n&apos;est possible&#xa0;; utilisez Fichier ▸ Enregistrer une copie… pour conserver une copie modifiable.</translation>
    </message>
    <message>
        <source>&amp;Take Over…</source>
        <translation>&amp;Prendre la main…</translation>
    </message>
    <message>
        <source>Open the forum for editing here, if Forum Desk on %1 is no longer using it</source>
        <translation>Ouvrir ici le forum en modification, si Forum Desk sur %1 ne l&apos;utilise plus</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Co-create</source>
        <translation>Co-création</translation>
    </message>
    <message>
        <source>Implement</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
</context>
<context>
    <name>forumdesk::ImplementPage</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Add Progress &amp;Update…</source>
        <translation>Ajouter un point d&apos;a&amp;vancement…</translation>
    </message>
    <message>
        <source>Set Completion &amp;Level…</source>
        <translation>Fixer le &amp;niveau d&apos;achèvement…</translation>
    </message>
    <message>
        <source>Export Progress &amp;Report…</source>
        <translation>E&amp;xporter le rapport d&apos;avancement…</translation>
    </message>
    <message>
        <source>Pr&amp;int Progress Report…</source>
        <translation>&amp;Imprimer le rapport d&apos;avancement…</translation>
    </message>
    <message>
        <source>Move to Ne&amp;xt Stage…</source>
        <translation>Passer à l&apos;étape &amp;suivante…</translation>
    </message>
    <message>
        <source>Implement</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Every commitment&apos;s progress, completion level, milestones and latest updates with their evidence, and the plan&apos;s charts, in the forum&apos;s language</source>
        <translation>L&apos;avancement, le niveau d&apos;achèvement, les jalons et les derniers points d&apos;avancement de chaque engagement avec leurs preuves, ainsi que les graphiques du plan, dans la langue du forum</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Institution chef de file</translation>
    </message>
    <message>
        <source>OGP value</source>
        <translation>Valeur du PGO</translation>
    </message>
    <message>
        <source>All OGP values</source>
        <translation>Toutes les valeurs du PGO</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Accès à l&apos;information</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participation citoyenne</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Redevabilité</translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation>Technologie et innovation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>With overdue milestones</source>
        <translation>Avec des jalons en retard</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencés</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Achevés</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Communiqué par</translation>
    </message>
    <message>
        <source>Milestones of the commitment</source>
        <translation>Jalons de l&apos;engagement</translation>
    </message>
    <message>
        <source>Progress updates of the milestone</source>
        <translation>Points d&apos;avancement du jalon</translation>
    </message>
    <message>
        <source>Check what the plan needs before it moves on, and move it</source>
        <translation>Vérifier ce dont le plan a besoin avant de passer à l&apos;étape suivante, et l&apos;y faire passer</translation>
    </message>
    <message>
        <source>No action plan yet: create one on the Co-create page.</source>
        <translation>Aucun plan d&apos;action pour l&apos;instant&#xa0;: créez-en un dans la page Co-création.</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>All lead agencies</source>
        <translation>Toutes les institutions chefs de file</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation>Dernier point&#xa0;: %1</translation>
    </message>
    <message>
        <source>No progress update yet</source>
        <translation>Aucun point d&apos;avancement pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 (set by the forum)</source>
        <translation>%1 (fixé par le forum)</translation>
    </message>
    <message>
        <source>Progress suggests “%1”. Reason: %2</source>
        <translation>L&apos;avancement suggère «&#xa0;%1&#xa0;». Raison&#xa0;: %2</translation>
    </message>
    <message>
        <source>As progress suggests</source>
        <translation>Comme le suggère l&apos;avancement</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 réalisés</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n overdue</source>
        <translation>
            <numerusform>%1, %n en retard</numerusform>
            <numerusform>%1, %n en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) shown</source>
        <translation>
            <numerusform>%n engagement affiché</numerusform>
            <numerusform>%n engagements affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n with overdue milestones</source>
        <translation>
            <numerusform>&#xa0;; %n avec des jalons en retard</numerusform>
            <numerusform>&#xa0;; %n avec des jalons en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Responsible: %2</source>
        <translation>%1
Responsable&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reported on %1</source>
        <translation>Communiqué le %1</translation>
    </message>
    <message>
        <source>%1
Overdue: it was to end by %2</source>
        <translation>%1
En retard&#xa0;: devait se terminer au plus tard le %2</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Exporter le rapport d&apos;avancement</translation>
    </message>
    <message>
        <source>Progress report - %1</source>
        <translation>Rapport d&apos;avancement - %1</translation>
    </message>
    <message>
        <source>Print Progress Report</source>
        <translation>Imprimer le rapport d&apos;avancement</translation>
    </message>
    <message>
        <source>Commitments and their progress</source>
        <translation>Engagements et leur avancement</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Points d&apos;avancement</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
</context>
<context>
    <name>forumdesk::ImportPreviewDialog</name>
    <message>
        <source>Import Contributions</source>
        <translation>Importer des contributions</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Row(s)</source>
        <translation>
            <numerusform>&amp;Importer %n ligne</numerusform>
            <numerusform>&amp;Importer %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>À importer</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>“%1” cannot be imported as it is: correct the file and try again. Nothing was imported.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être importé en l&apos;état&#xa0;: corrigez le fichier et réessayez. Rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import</source>
        <translation>
            <numerusform>%n ligne à importer</numerusform>
            <numerusform>%n lignes à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n doublon ignoré</numerusform>
            <numerusform>%n doublons ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems skipped</source>
        <translation>
            <numerusform>%n ligne avec des problèmes ignorée</numerusform>
            <numerusform>%n lignes avec des problèmes ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Read as %1: check in the table below that accents and symbols look right.</source>
        <translation>Lu en %1&#xa0;: vérifiez dans le tableau ci-dessous que les accents et les symboles s&apos;affichent correctement.</translation>
    </message>
    <message>
        <source>Nothing to import: every row is a duplicate or has a problem.</source>
        <translation>Rien à importer&#xa0;: chaque ligne est un doublon ou présente un problème.</translation>
    </message>
    <message>
        <source>Duplicates and rows with problems will not be imported. To add a skipped row later, correct it in the file and import the file again: the rows imported now will then show as duplicates.</source>
        <translation>Les doublons et les lignes présentant des problèmes ne seront pas importés. Pour ajouter plus tard une ligne ignorée, corrigez-la dans le fichier et importez de nouveau le fichier&#xa0;: les lignes importées maintenant apparaîtront alors comme des doublons.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) look like spreadsheet formulas (they start with =, +, - or @); they are kept as plain text.</source>
        <translation>
            <numerusform>%n cellule ressemble à une formule de tableur (elle commence par =, +, - ou @)&#xa0;; elle est conservée en texte brut.</numerusform>
            <numerusform>%n cellules ressemblent à des formules de tableur (elles commencent par =, +, - ou @)&#xa0;; elles sont conservées en texte brut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import.</source>
        <translation>Rien n&apos;est écrit tant que vous n&apos;avez pas choisi Importer.</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Lignes à importer</translation>
    </message>
</context>
<context>
    <name>forumdesk::JoinPage</name>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Adhésion faite</translation>
    </message>
    <message>
        <source>Join OGP</source>
        <translation>Adhésion au PGO</translation>
    </message>
    <message>
        <source>To join the Open Government Partnership, a government meets the eligibility criteria, sends a letter of intent and names a point of contact.</source>
        <translation>Pour adhérer au Partenariat pour un gouvernement ouvert, un gouvernement remplit les critères d&apos;éligibilité, envoie une lettre d&apos;intention et désigne un point de contact.</translation>
    </message>
    <message>
        <source>Eligibility checklist</source>
        <translation>Critères d&apos;éligibilité</translation>
    </message>
    <message>
        <source>Criterion met</source>
        <translation>Critère rempli</translation>
    </message>
    <message>
        <source>Evidence (source, score or link)</source>
        <translation>Preuves (source, score ou lien)</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>Joining record</source>
        <translation>Dossier d&apos;adhésion</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>All %1 eligibility criteria are met.</source>
        <translation>Les %1 critères d&apos;éligibilité sont remplis.</translation>
    </message>
    <message>
        <source>%1 of %2 eligibility criteria met.</source>
        <translation>%1 critères d&apos;éligibilité remplis sur %2.</translation>
    </message>
</context>
<context>
    <name>forumdesk::LearnPage</name>
    <message>
        <source>Move to &amp;Next Stage…</source>
        <translation>Passer à l&apos;étape &amp;suivante…</translation>
    </message>
    <message>
        <source>&amp;Add Lesson…</source>
        <translation>&amp;Ajouter une leçon…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>&amp;Carry into Plan…</source>
        <translation>&amp;Reporter dans un plan…</translation>
    </message>
    <message>
        <source>Learn for the next plan</source>
        <translation>Apprendre pour le prochain plan</translation>
    </message>
    <message>
        <source>Check what the plan needs before it moves on, and move it</source>
        <translation>Vérifier ce dont le plan a besoin avant de passer à l&apos;étape suivante, et l&apos;y faire passer</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Reference Practices</source>
        <translation>Pratiques de référence</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Carried into</source>
        <translation>Reportée dans</translation>
    </message>
    <message>
        <source>Carry the lesson into a later plan, where it joins the co-creation inputs</source>
        <translation>Reporter la leçon dans un plan ultérieur, où elle rejoint les éléments de la co-création</translation>
    </message>
    <message>
        <source>From plan</source>
        <translation>Plan d&apos;origine</translation>
    </message>
    <message>
        <source>Lessons learned in this plan</source>
        <translation>Leçons tirées de ce plan</translation>
    </message>
    <message>
        <source>Lessons carried into this plan from earlier plans</source>
        <translation>Leçons des plans précédents reportées dans ce plan</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Citée par</translation>
    </message>
    <message>
        <source>Commitments inspired by it (cite it on the Co-create page):</source>
        <translation>Engagements qui s&apos;en inspirent (citez-la dans la page Co-création)&#xa0;:</translation>
    </message>
    <message>
        <source>Practices from other OGP members along the five frontiers for expanding open government, for the forum to learn from.</source>
        <translation>Pratiques d&apos;autres membres du PGO selon les cinq frontières pour élargir le gouvernement ouvert, dont le forum peut s&apos;inspirer.</translation>
    </message>
    <message>
        <source>No action plan yet: create one on the Co-create page.</source>
        <translation>Aucun plan d&apos;action pour l&apos;instant&#xa0;: créez-en un dans la page Co-création.</translation>
    </message>
    <message>
        <source>Not carried yet</source>
        <translation>Pas encore reportée</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n leçon</numerusform>
            <numerusform>%n leçons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n carried into a later plan</source>
        <translation>
            <numerusform>%n reportée dans un plan ultérieur</numerusform>
            <numerusform>%n reportées dans un plan ultérieur</numerusform>
        </translation>
    </message>
    <message>
        <source>No lesson of an earlier plan is carried into this one.</source>
        <translation>Aucune leçon d&apos;un plan précédent n&apos;est reportée dans celui-ci.</translation>
    </message>
    <message numerus="yes">
        <source>These %n lesson(s) are among this plan&apos;s co-creation inputs, on the Co-create page.</source>
        <translation>
            <numerusform>Cette leçon (%n) fait partie des éléments de la co-création de ce plan, dans la page Co-création.</numerusform>
            <numerusform>Ces %n leçons font partie des éléments de la co-création de ce plan, dans la page Co-création.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n engagement</numerusform>
            <numerusform>%n engagements</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a practice to read about it.</source>
        <translation>Choisissez une pratique pour la découvrir.</translation>
    </message>
    <message>
        <source>%1

Frontier: %2</source>
        <translation>%1

Frontière&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No commitment of this forum cites it yet.</source>
        <translation>Aucun engagement de ce forum ne la cite pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Carry into Plan</source>
        <translation>Reporter dans un plan</translation>
    </message>
    <message>
        <source>There is no later plan to carry this lesson into yet. Create the next plan on the Co-create page first.</source>
        <translation>Il n&apos;existe pas encore de plan ultérieur dans lequel reporter cette leçon. Créez d&apos;abord le prochain plan dans la page Co-création.</translation>
    </message>
    <message>
        <source>Take it back: not carried into any plan</source>
        <translation>La retirer&#xa0;: reportée dans aucun plan</translation>
    </message>
    <message>
        <source>The plan whose co-creation this lesson feeds:</source>
        <translation>Le plan dont cette leçon nourrit la co-création&#xa0;:</translation>
    </message>
    <message>
        <source>Carry</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Lessons carried into this plan</source>
        <translation>Leçons reportées dans ce plan</translation>
    </message>
    <message>
        <source>Reference practices</source>
        <translation>Pratiques de référence</translation>
    </message>
    <message>
        <source>Commitments inspired by it</source>
        <translation>Engagements qu&apos;elle a inspirés</translation>
    </message>
</context>
<context>
    <name>forumdesk::LessonDialog</name>
    <message>
        <source>Edit Lesson</source>
        <translation>Modifier la leçon</translation>
    </message>
    <message>
        <source>Add Lesson</source>
        <translation>Ajouter une leçon</translation>
    </message>
    <message>
        <source>About the process (co-creation, the forum, participation)</source>
        <translation>Sur le processus (co-création, forum, participation)</translation>
    </message>
    <message>
        <source>About the substance (the commitments and their results)</source>
        <translation>Sur le fond (les engagements et leurs résultats)</translation>
    </message>
    <message>
        <source>What the forum learned in this plan</source>
        <translation>Ce que le forum a appris dans ce plan</translation>
    </message>
    <message>
        <source>What the forum recommends doing in the next plan</source>
        <translation>Ce que le forum recommande de faire dans le prochain plan</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>&amp;Leçon&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Recommandation&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>forumdesk::LiveConsole</name>
    <message>
        <source>&amp;End Meeting</source>
        <translation>&amp;Terminer la réunion</translation>
    </message>
    <message>
        <source>Next Item (F6)</source>
        <translation>Point suivant (F6)</translation>
    </message>
    <message>
        <source>&amp;Open Vote</source>
        <translation>&amp;Ouvrir le vote</translation>
    </message>
    <message>
        <source>&amp;Close Vote</source>
        <translation>&amp;Clore le vote</translation>
    </message>
    <message>
        <source>Count by &amp;Hands</source>
        <translation>Compter à &amp;main levée</translation>
    </message>
    <message>
        <source>Stops the speaker and the item&apos;s clock until resumed (F7)</source>
        <translation>Arrête l&apos;intervention et le chronomètre du point jusqu&apos;à la reprise (F7)</translation>
    </message>
    <message>
        <source>Pro&amp;jector</source>
        <translation>Pro&amp;jecteur</translation>
    </message>
    <message>
        <source>Shows the meeting on a second screen, or in a window to drag there (F8; Esc on the projector closes it)</source>
        <translation>Affiche la réunion sur un second écran, ou dans une fenêtre à y faire glisser (F8&#xa0;; Esc sur le projecteur la ferme)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Time left of the item</source>
        <translation>Temps restant du point</translation>
    </message>
    <message>
        <source>&amp;Take Up Selected</source>
        <translation>Passer au point c&amp;hoisi</translation>
    </message>
    <message>
        <source>Closes the item under way and takes up the one selected</source>
        <translation>Clôt le point en cours et passe au point choisi</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Add a speaker: type a few letters, then Enter (Ctrl+L)</source>
        <translation>Inscrire un intervenant&#xa0;: tapez quelques lettres, puis Entrée (Ctrl+L)</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Inscrire un intervenant</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time limit per intervention</source>
        <translation>Temps maximal par intervention</translation>
    </message>
    <message>
        <source>Waiting to speak</source>
        <translation>En attente de la parole</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Moves the speaker up the list (Alt+Up)</source>
        <translation>Fait monter l&apos;intervenant dans la liste (Alt+Haut)</translation>
    </message>
    <message>
        <source>Moves the speaker down the list (Alt+Down)</source>
        <translation>Fait descendre l&apos;intervenant dans la liste (Alt+Bas)</translation>
    </message>
    <message>
        <source>Takes the speaker off the list (Delete)</source>
        <translation>Retire l&apos;intervenant de la liste (Suppr)</translation>
    </message>
    <message>
        <source>Speaking time by sector and gender</source>
        <translation>Temps de parole par secteur et par genre</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>This item</source>
        <translation>Ce point</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limite&#xa0;:</translation>
    </message>
    <message>
        <source>Members and their arrival</source>
        <translation>Membres et leur arrivée</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>Dans la salle</translation>
    </message>
    <message>
        <source>&amp;Arrived</source>
        <translation>&amp;Arrivé(e)</translation>
    </message>
    <message>
        <source>Le&amp;ft</source>
        <translation>Pa&amp;rti(e)</translation>
    </message>
    <message>
        <source>Add G&amp;uest…</source>
        <translation>Ajo&amp;uter un invité…</translation>
    </message>
    <message>
        <source>The selected member is in the room from now (Ctrl+Shift+A)</source>
        <translation>Le membre sélectionné est dans la salle à partir de maintenant (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>The selected member left the room now (Ctrl+Shift+E)</source>
        <translation>Le membre sélectionné vient de quitter la salle (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>The motion put to the vote</source>
        <translation>La proposition mise aux voix</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Votes by member</source>
        <translation>Votes par membre</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Vote</source>
        <translation>A&amp;nnuler le vote</translation>
    </message>
    <message>
        <source>Records the counts of a show of hands instead of votes by name</source>
        <translation>Enregistre le décompte d&apos;un vote à main levée au lieu des votes nominatifs</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Take up “%1”</source>
        <translation>Passer au point «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add Guest</source>
        <translation>Ajouter un invité</translation>
    </message>
    <message>
        <source>Name of the guest:</source>
        <translation>Nom de l&apos;invité(e)&#xa0;:</translation>
    </message>
    <message>
        <source>Sector of %1:</source>
        <translation>Secteur de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Add guest %1</source>
        <translation>Ajouter l&apos;invité(e) %1</translation>
    </message>
    <message>
        <source>Cancel the vote</source>
        <translation>Annuler le vote</translation>
    </message>
    <message>
        <source>Give the floor to %1</source>
        <translation>Donner la parole à %1</translation>
    </message>
    <message>
        <source>Live Meeting — %1</source>
        <translation>Réunion en direct — %1</translation>
    </message>
    <message>
        <source>Start Meeting</source>
        <translation>Démarrer la réunion</translation>
    </message>
    <message>
        <source>Start meeting “%1”</source>
        <translation>Démarrer la réunion «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Resume (F7)</source>
        <translation>Re&amp;prendre (F7)</translation>
    </message>
    <message>
        <source>&amp;Pause (F7)</source>
        <translation>&amp;Pause (F7)</translation>
    </message>
    <message>
        <source>&amp;Stop Speaker (F5)</source>
        <translation>Arrêter l&apos;&amp;intervention (F5)</translation>
    </message>
    <message>
        <source>&amp;Give the Floor (F5)</source>
        <translation>&amp;Donner la parole (F5)</translation>
    </message>
    <message>
        <source>In the room: %1 of %2 voting members (%3 required). %4</source>
        <translation>Dans la salle&#xa0;: %1 membres votants sur %2 (%3 requis). %4</translation>
    </message>
    <message>
        <source>Quorum met.</source>
        <translation>Quorum atteint.</translation>
    </message>
    <message>
        <source>No quorum.</source>
        <translation>Pas de quorum.</translation>
    </message>
    <message>
        <source>Ended after %1</source>
        <translation>Terminée après %1</translation>
    </message>
    <message>
        <source>Under way for %1</source>
        <translation>En cours depuis %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 de dépassement</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>No item under way</source>
        <translation>Aucun point en cours</translation>
    </message>
    <message>
        <source>Speaking: %1 (%2), %3</source>
        <translation>Parole à %1 (%2), %3</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>limite dépassée</translation>
    </message>
    <message>
        <source>Paused: nobody has the floor.</source>
        <translation>En pause&#xa0;: personne n&apos;a la parole.</translation>
    </message>
    <message>
        <source>Nobody has the floor.</source>
        <translation>Personne n&apos;a la parole.</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done, %1</source>
        <translation>traité, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min planned</source>
        <translation>
            <numerusform>%n min prévue</numerusform>
            <numerusform>%n min prévues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>not arrived</source>
        <translation>non arrivé(e)</translation>
    </message>
    <message>
        <source>left at %1</source>
        <translation>parti(e) à %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>No vote is open.</source>
        <translation>Aucun vote n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Gender not recorded</source>
        <translation>Genre non renseigné</translation>
    </message>
    <message>
        <source>Stop %1 speaking</source>
        <translation>Arrêter l&apos;intervention de %1</translation>
    </message>
    <message>
        <source>Take up the next item</source>
        <translation>Passer au point suivant</translation>
    </message>
    <message>
        <source>Resume the meeting</source>
        <translation>Reprendre la réunion</translation>
    </message>
    <message>
        <source>Pause the meeting</source>
        <translation>Mettre la réunion en pause</translation>
    </message>
    <message>
        <source>Add a Speaker</source>
        <translation>Inscrire un intervenant</translation>
    </message>
    <message>
        <source>Several members match “%1”: type more of the name.</source>
        <translation>Plusieurs membres correspondent à «&#xa0;%1&#xa0;»&#xa0;: tapez une plus grande partie du nom.</translation>
    </message>
    <message>
        <source>Nobody called “%1” is a member or a guest of this meeting. Add them as a guest first.</source>
        <translation>Personne du nom de «&#xa0;%1&#xa0;» n&apos;est membre ni invité de cette réunion. Ajoutez d&apos;abord cette personne comme invitée.</translation>
    </message>
    <message>
        <source>Add %1 to the speakers</source>
        <translation>Inscrire %1 sur la liste des intervenants</translation>
    </message>
    <message>
        <source>Move a speaker up</source>
        <translation>Faire monter un intervenant</translation>
    </message>
    <message>
        <source>Move a speaker down</source>
        <translation>Faire descendre un intervenant</translation>
    </message>
    <message>
        <source>Take a speaker off the list</source>
        <translation>Retirer un intervenant de la liste</translation>
    </message>
    <message>
        <source>%1 arrives</source>
        <translation>Arrivée de %1</translation>
    </message>
    <message>
        <source>%1 leaves</source>
        <translation>Départ de %1</translation>
    </message>
    <message>
        <source>Open the vote on “%1”</source>
        <translation>Ouvrir le vote sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Take back the vote of %1</source>
        <translation>Retirer le vote de %1</translation>
    </message>
    <message>
        <source>Vote of %1</source>
        <translation>Vote de %1</translation>
    </message>
    <message>
        <source>Count the vote by hands: %1 for, %2 against, %3 abstentions</source>
        <translation>Compter le vote à main levée&#xa0;: %1 pour, %2 contre, %3 abstentions</translation>
    </message>
    <message>
        <source>Close the vote on “%1”</source>
        <translation>Clore le vote sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>End Meeting</source>
        <translation>Terminer la réunion</translation>
    </message>
    <message>
        <source>End “%1” now? The speaker stops, the item under way closes and the meeting is marked as held.</source>
        <translation>Terminer «&#xa0;%1&#xa0;» maintenant&#xa0;? L&apos;intervention en cours s&apos;arrête, le point en cours est clos et la réunion est marquée comme tenue.</translation>
    </message>
    <message>
        <source>End meeting “%1”</source>
        <translation>Terminer la réunion «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>For %1, against %2, abstentions %3 — rule: %4</source>
        <translation>Pour %1, contre %2, abstentions %3 — règle&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1 (invité·e)</translation>
    </message>
    <message>
        <source>A guest comes back</source>
        <translation>Un invité revient</translation>
    </message>
    <message>
        <source>A guest leaves</source>
        <translation>Un invité s’en va</translation>
    </message>
</context>
<context>
    <name>forumdesk::MainWindow</name>
    <message>
        <source>About Forum Desk</source>
        <translation>À propos de Forum Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Forum Desk %1&lt;/h3&gt;&lt;p&gt;For the secretariats of Open Government Partnership multi-stakeholder forums.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Forum Desk %1&lt;/h3&gt;&lt;p&gt;Pour les secrétariats des forums multipartites du Partenariat pour un gouvernement ouvert (PGO).&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New Forum…</source>
        <translation>&amp;Nouveau forum…</translation>
    </message>
    <message>
        <source>Start a new forum file</source>
        <translation>Créer un nouveau fichier de forum</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a forum file (.ogpforum)</source>
        <translation>Ouvrir un fichier de forum (.ogpforum)</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Forum</source>
        <translation>Ouvrir le forum d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>C&amp;heck the Forum File</source>
        <translation>&amp;Vérifier le fichier du forum</translation>
    </message>
    <message>
        <source>&amp;Merge From…</source>
        <translation>Fu&amp;sionner depuis…</translation>
    </message>
    <message>
        <source>&amp;Publish Website…</source>
        <translation>&amp;Publier le site web…</translation>
    </message>
    <message>
        <source>Write the forum&apos;s public website and document repository into a folder (OGP Standard 2)</source>
        <translation>Écrire le site web public et le dépôt de documents du forum dans un dossier (Norme 2 du PGO)</translation>
    </message>
    <message>
        <source>Bring in the work of another copy of this forum: a colleague&apos;s, or a sync program&apos;s conflict copy</source>
        <translation>Intégrer le travail d&apos;une autre copie de ce forum&#xa0;: celle d&apos;un collègue, ou une copie en conflit créée par un programme de synchronisation</translation>
    </message>
    <message>
        <source>Read the whole file for damage and check the forum&apos;s data rules, as forumdesk-cli check does</source>
        <translation>Lire tout le fichier pour y détecter des dommages et vérifier les règles des données du forum, comme le fait forumdesk-cli check</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find Member…</source>
        <translation>&amp;Rechercher un membre…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;About Forum Desk</source>
        <translation>À &amp;propos de Forum Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Check what the plan needs before it moves on, and move it</source>
        <translation>Vérifier ce dont le plan a besoin avant de passer à l&apos;étape suivante, et l&apos;y faire passer</translation>
    </message>
    <message>
        <source>Move the plan back to its previous stage, to correct earlier records</source>
        <translation>Ramener le plan à son étape précédente, pour corriger des enregistrements antérieurs</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Action plan:</source>
        <translation>P&amp;lan d&apos;action&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Forum</source>
        <translation>&amp;Forum</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>A&amp;dhésion</translation>
    </message>
    <message>
        <source>&amp;Co-create</source>
        <translation>&amp;Co-création</translation>
    </message>
    <message>
        <source>&amp;Implement</source>
        <translation>M&amp;ise en œuvre</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>&amp;Apprentissage</translation>
    </message>
    <message>
        <source>Com&amp;pliance</source>
        <translation>Co&amp;nformité</translation>
    </message>
    <message>
        <source>M&amp;eetings</source>
        <translation>&amp;Réunions</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Chaque modification est enregistrée au fur et à mesure</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent forums</source>
        <translation>Aucun forum récent</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>No forum open</source>
        <translation>Aucun forum ouvert</translation>
    </message>
    <message>
        <source>No action plan yet</source>
        <translation>Aucun plan d&apos;action pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Forum Desk</source>
        <translation>Forum Desk</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (read-only) — Forum Desk</source>
        <translation>%1 (lecture seule) — Forum Desk</translation>
    </message>
    <message>
        <source>%1 — Forum Desk</source>
        <translation>%1 — Forum Desk</translation>
    </message>
    <message>
        <source>Move to &amp;Next Stage…</source>
        <translation>Passer à l&apos;étape &amp;suivante…</translation>
    </message>
    <message>
        <source>Move to &amp;Next Stage: %1…</source>
        <translation>Passer à l&apos;étape &amp;suivante&#xa0;: %1…</translation>
    </message>
    <message>
        <source>Move &amp;Back a Stage…</source>
        <translation>&amp;Revenir à l&apos;étape précédente…</translation>
    </message>
    <message>
        <source>Move &amp;Back a Stage: %1…</source>
        <translation>&amp;Revenir à l&apos;étape précédente&#xa0;: %1…</translation>
    </message>
    <message>
        <source>Open Forum</source>
        <translation>Ouvrir un forum</translation>
    </message>
    <message>
        <source>Forum files (*.ogpforum);;All files (*)</source>
        <translation>Fichiers de forum (*.ogpforum);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 est déjà ouvert</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>This change could not be saved; the forum is as it was before it.</source>
        <translation>Cette modification n&apos;a pas pu être enregistrée&#xa0;; le forum est tel qu&apos;il était avant.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Updated at %1 with changes made to the file outside this window</source>
        <translation>Mis à jour à %1 avec des modifications apportées au fichier en dehors de cette fenêtre</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Forum Not Taken Over</source>
        <translation>Forum non repris</translation>
    </message>
    <message>
        <source>The forum is still open here read-only.</source>
        <translation>Le forum reste ouvert ici en lecture seule.</translation>
    </message>
    <message>
        <source>Forum File Moved</source>
        <translation>Fichier du forum déplacé</translation>
    </message>
    <message>
        <source>“%1” was moved, renamed or deleted outside Forum Desk.</source>
        <translation>«&#xa0;%1&#xa0;» a été déplacé, renommé ou supprimé en dehors de Forum Desk.</translation>
    </message>
    <message>
        <source>The forum stays open here as it was; use File ▸ Save a Copy… to keep it under a name of your choice.</source>
        <translation>Le forum reste ouvert ici tel qu&apos;il était&#xa0;; utilisez Fichier ▸ Enregistrer une copie… pour le conserver sous le nom de votre choix.</translation>
    </message>
    <message>
        <source>Forum File Replaced</source>
        <translation>Fichier du forum remplacé</translation>
    </message>
    <message>
        <source>Another program replaced “%1”, and the forum as this window had it could not be kept.</source>
        <translation>Un autre programme a remplacé «&#xa0;%1&#xa0;», et le forum tel que cette fenêtre l&apos;avait n&apos;a pas pu être conservé.</translation>
    </message>
    <message>
        <source>%1 was replaced by another program and has been opened again</source>
        <translation>%1 a été remplacé par un autre programme et a été rouvert</translation>
    </message>
    <message>
        <source>%1 was replaced by another program; what this window had is kept as %2</source>
        <translation>%1 a été remplacé par un autre programme&#xa0;; ce que cette fenêtre contenait est conservé sous %2</translation>
    </message>
    <message>
        <source>Merge From</source>
        <translation>Fusionner depuis</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation>Fusion impossible</translation>
    </message>
    <message>
        <source>“%1” cannot be merged into this forum.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être fusionné dans ce forum.</translation>
    </message>
    <message>
        <source>“%1” holds nothing this forum lacks.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient rien qui manque à ce forum.</translation>
    </message>
    <message>
        <source>“%1” holds nothing this forum lacks; it was moved into “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient rien qui manque à ce forum&#xa0;; il a été déplacé dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Merging “%1”…</source>
        <translation>Fusion de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) are not settled; nothing was merged</source>
        <translation>
            <numerusform>%n conflit n&apos;est pas réglé&#xa0;; rien n&apos;a été fusionné</numerusform>
            <numerusform>%n conflits ne sont pas réglés&#xa0;; rien n&apos;a été fusionné</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not merged; the forum is as it was.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été fusionné&#xa0;; le forum est tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>Copy Not Moved</source>
        <translation>Copie non déplacée</translation>
    </message>
    <message>
        <source>“%1” was merged but stays beside the forum.</source>
        <translation>«&#xa0;%1&#xa0;» a été fusionné mais reste à côté du forum.</translation>
    </message>
    <message>
        <source>Merged “%1”: %2 added, %3 changed, %4 removed.</source>
        <translation>«&#xa0;%1&#xa0;» fusionné&#xa0;: %2 ajoutés, %3 modifiés, %4 supprimés.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>The forum that was open, %1, is still open and unchanged.</source>
        <translation>Le forum qui était ouvert, %1, reste ouvert et inchangé.</translation>
    </message>
    <message>
        <source>Cannot Open Forum</source>
        <translation>Impossible d&apos;ouvrir le forum</translation>
    </message>
    <message>
        <source>Forum Desk cannot open “%1”.</source>
        <translation>Forum Desk ne peut pas ouvrir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 (copy).ogpforum</source>
        <translation>%1 (copie).ogpforum</translation>
    </message>
    <message>
        <source>Save a Copy of the Forum</source>
        <translation>Enregistrer une copie du forum</translation>
    </message>
    <message>
        <source>Forum files (*.ogpforum)</source>
        <translation>Fichiers de forum (*.ogpforum)</translation>
    </message>
    <message>
        <source>A copy cannot replace the forum file itself; choose another name.</source>
        <translation>Une copie ne peut pas remplacer le fichier du forum lui-même&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Copy Not Saved</source>
        <translation>Copie non enregistrée</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>La copie n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Saving a copy to %1…</source>
        <translation>Enregistrement d&apos;une copie dans %1…</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <source>Replace the File?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with the copy?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Le remplacer par la copie&#xa0;?</translation>
    </message>
    <message>
        <source>The file that is there now will be lost. It is replaced only once the copy is written in full.</source>
        <translation>Le fichier actuellement présent sera perdu. Il n&apos;est remplacé qu&apos;une fois la copie entièrement écrite.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>%1 already exists and was kept.</source>
        <translation>%1 existe déjà et a été conservé.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Check the Forum File</source>
        <translation>Vérifier le fichier du forum</translation>
    </message>
    <message>
        <source>No problems found in “%1”.</source>
        <translation>Aucun problème trouvé dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in “%1”.</source>
        <translation>
            <numerusform>%n problème trouvé dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n problèmes trouvés dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Every page, index and rule of the file was read and checked.</source>
        <translation>Chaque page, index et règle du fichier a été lu et vérifié.</translation>
    </message>
    <message>
        <source>Take Over the Forum?</source>
        <translation>Prendre la main sur le forum&#xa0;?</translation>
    </message>
    <message>
        <source>The forum is marked as open in %1.</source>
        <translation>Le forum est marqué comme ouvert sur %1.</translation>
    </message>
    <message>
        <source>Take it over only if Forum Desk there has closed or crashed, or that computer is off. If someone is still working there, their changes and yours would be written to the same file at once.</source>
        <translation>Ne prenez la main que si Forum Desk y a été fermé ou a planté, ou si cet ordinateur est éteint. Si quelqu&apos;un y travaille encore, ses modifications et les vôtres seraient écrites en même temps dans le même fichier.</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>&amp;Prendre la main</translation>
    </message>
    <message>
        <source>Please wait: Forum Desk is still writing a file.</source>
        <translation>Veuillez patienter&#xa0;: Forum Desk est encore en train d&apos;écrire un fichier.</translation>
    </message>
</context>
<context>
    <name>forumdesk::MeetingDetailsPanel</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Such as “Ordinary session 12”</source>
        <translation>Par exemple «&#xa0;Séance ordinaire 12&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Session &amp;number:</source>
        <translation>&amp;Numéro de séance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Room, building, town</source>
        <translation>Salle, bâtiment, ville</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>https://… for those who join by video</source>
        <translation>https://… pour les personnes qui participent en visio</translation>
    </message>
    <message>
        <source>&amp;Video link:</source>
        <translation>Lien de &amp;visio&#xa0;:</translation>
    </message>
    <message>
        <source>Action p&amp;lan:</source>
        <translation>&amp;Plan d&apos;action&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>P&amp;résidence&#xa0;:</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Non choisi</translation>
    </message>
    <message>
        <source>Se&amp;cretary:</source>
        <translation>&amp;Secrétariat&#xa0;:</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>N&amp;otice sent on:</source>
        <translation>&amp;Convocation envoyée le&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Not&amp;es&#xa0;:</translation>
    </message>
    <message>
        <source>No action plan</source>
        <translation>Aucun plan d&apos;action</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Minutes approved at “%1” (%2)</source>
        <translation>Procès-verbal approuvé lors de «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Minutes are approved at a later meeting: add that meeting first.</source>
        <translation>Un procès-verbal s&apos;approuve lors d&apos;une réunion ultérieure&#xa0;: ajoutez d&apos;abord cette réunion.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Approve Minutes</source>
        <translation>Approuver le procès-verbal</translation>
    </message>
    <message>
        <source>At which meeting were these minutes approved?</source>
        <translation>Lors de quelle réunion ce procès-verbal a-t-il été approuvé&#xa0;?</translation>
    </message>
</context>
<context>
    <name>forumdesk::MeetingEditor</name>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>&amp;Présences</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>Procès-&amp;verbal</translation>
    </message>
    <message>
        <source>Export Minutes…</source>
        <translation>Exporter le procès-verbal…</translation>
    </message>
    <message>
        <source>Export Notice…</source>
        <translation>Exporter la convocation…</translation>
    </message>
    <message>
        <source>Invitation (.ics)…</source>
        <translation>Invitation (.ics)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print Minutes…</source>
        <translation>Imprimer le procès-verbal…</translation>
    </message>
    <message>
        <source>Print Notice…</source>
        <translation>Imprimer la convocation…</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Choose a meeting in the list, or add one.</source>
        <translation>Choisissez une réunion dans la liste, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>%1
%2 at %3 · %4</source>
        <comment>title, date, time, status</comment>
        <translation>%1
%2 à %3 · %4</translation>
    </message>
</context>
<context>
    <name>forumdesk::MeetingTableModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Lieu ou lien</translation>
    </message>
</context>
<context>
    <name>forumdesk::MeetingsPage</name>
    <message>
        <source>Plan in the toolbar only</source>
        <translation>Seulement le plan de la barre d&apos;outils</translation>
    </message>
    <message>
        <source>&amp;New Meeting</source>
        <translation>&amp;Nouvelle réunion</translation>
    </message>
    <message>
        <source>Upcoming (.ics)…</source>
        <translation>À venir (.ics)…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passées</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Toutes les réunions</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Only the meetings of the action plan chosen in the toolbar</source>
        <translation>Seulement les réunions du plan d&apos;action choisi dans la barre d&apos;outils</translation>
    </message>
    <message>
        <source>Find by title or place</source>
        <translation>Rechercher par titre ou lieu</translation>
    </message>
    <message>
        <source>Invitations to every upcoming meeting, in one calendar file</source>
        <translation>Invitations à toutes les prochaines réunions, dans un seul fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>Action Items</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>No meeting matches these filters.</source>
        <translation>Aucune réunion ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No meeting matches “%1” (case and accents are ignored).</source>
        <translation>Aucune réunion ne correspond à «&#xa0;%1&#xa0;» (sans tenir compte de la casse ni des accents).</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 meetings shown</source>
        <translation>%1 réunions affichées sur %2</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Prochaines réunions</translation>
    </message>
    <message>
        <source>Start Meeting (F9)</source>
        <translation>Démarrer la réunion (F9)</translation>
    </message>
    <message>
        <source>Runs the selected meeting live: speakers, times, arrivals and votes, with a projector view</source>
        <translation>Mène en direct la réunion sélectionnée&#xa0;: intervenants, temps de parole, arrivées et votes, avec un affichage pour le projecteur</translation>
    </message>
    <message>
        <source>Resume Meeting (F9)</source>
        <translation>Reprendre la réunion (F9)</translation>
    </message>
    <message>
        <source>Find meetings</source>
        <translation>Rechercher des réunions</translation>
    </message>
</context>
<context>
    <name>forumdesk::MemberDialog</name>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>Has a vote in the forum&apos;s decisions</source>
        <translation>A droit de vote dans les décisions du forum</translation>
    </message>
    <message>
        <source>Edit Member</source>
        <translation>Modifier le membre</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Full name, as in the minutes</source>
        <translation>Nom complet, tel qu&apos;il figure dans les procès-verbaux</translation>
    </message>
    <message>
        <source>Ministry, organization or university</source>
        <translation>Ministère, organisation ou université</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Genre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Term &amp;start:</source>
        <translation>Dé&amp;but du mandat&#xa0;:</translation>
    </message>
    <message>
        <source>Term &amp;end:</source>
        <translation>&amp;Fin du mandat&#xa0;:</translation>
    </message>
    <message>
        <source>Voting:</source>
        <translation>Vote&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Not&amp;es&#xa0;:</translation>
    </message>
    <message>
        <source>An alternate or an observer votes, and counts toward the quorum, only in place of the member they represent at a meeting (marked on the attendance list).</source>
        <translation>Un suppléant ou un observateur ne vote, et ne compte pour le quorum, qu&apos;à la place du membre qu&apos;il représente lors d&apos;une réunion (indiqué sur la liste de présence).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
</context>
<context>
    <name>forumdesk::MemberTableModel</name>
    <message>
        <source>open</source>
        <translation>non fixée</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Term ended on %1</source>
        <translation>Mandat terminé le %1</translation>
    </message>
    <message>
        <source>Term starts on %1</source>
        <translation>Le mandat commence le %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Début du mandat</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Fin du mandat</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Votant</translation>
    </message>
</context>
<context>
    <name>forumdesk::MembersPage</name>
    <message>
        <source>Active today</source>
        <translation>Actifs à ce jour</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>&amp;Ajouter un membre…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Find by name or organization</source>
        <translation>Rechercher par nom ou organisation</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Only members whose term covers today</source>
        <translation>Seulement les membres dont le mandat couvre la date du jour</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Voir…</translation>
    </message>
    <message>
        <source>No member matches these filters.</source>
        <translation>Aucun membre ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No member matches “%1” (case and accents are ignored).</source>
        <translation>Aucun membre ne correspond à «&#xa0;%1&#xa0;» (sans tenir compte de la casse ni des accents).</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Membres&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 members shown</source>
        <translation>%1 membres affichés sur %2</translation>
    </message>
    <message>
        <source>Find members</source>
        <translation>Rechercher des membres</translation>
    </message>
</context>
<context>
    <name>forumdesk::MergeReviewDialog</name>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>This copy</source>
        <translation>Cette copie</translation>
    </message>
    <message>
        <source>The other copy</source>
        <translation>L&apos;autre copie</translation>
    </message>
    <message>
        <source>&amp;Keep this copy&apos;s</source>
        <translation>&amp;Garder la valeur de cette copie</translation>
    </message>
    <message>
        <source>&amp;Take the other copy&apos;s</source>
        <translation>&amp;Prendre la valeur de l&apos;autre copie</translation>
    </message>
    <message>
        <source>&amp;Write another value:</source>
        <translation>&amp;Saisir une autre valeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Merge “%1”</source>
        <translation>Fusionner «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Merging “%1” into this forum adds %2, changes %3 and removes %4.</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans ce forum ajoute %2, modifie %3 et supprime %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>The two copies share their history, so Forum Desk knows what each side changed.</source>
        <translation>Les deux copies partagent leur historique&#xa0;: Forum Desk sait donc ce que chacune a modifié.</translation>
    </message>
    <message>
        <source>The two copies have no history in common (one was made by an earlier version): where they differ, each difference is listed below for you to settle.</source>
        <translation>Les deux copies n&apos;ont pas d&apos;historique commun (l&apos;une a été créée par une version antérieure)&#xa0;: là où elles diffèrent, chaque différence est listée ci-dessous pour que vous la régliez.</translation>
    </message>
    <message numerus="yes">
        <source>Both sides changed the same %n field(s) or record(s) differently: choose what to keep for each.</source>
        <translation>
            <numerusform>Les deux copies ont modifié différemment %n champ ou enregistrement&#xa0;: choisissez ce qu&apos;il faut garder.</numerusform>
            <numerusform>Les deux copies ont modifié différemment les mêmes %n champs ou enregistrements&#xa0;: choisissez ce qu&apos;il faut garder pour chacun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed differently on both sides.</source>
        <translation>Rien n&apos;a été modifié différemment dans les deux copies.</translation>
    </message>
    <message>
        <source>A copy of the forum is kept beside it before the merge, and Undo takes the merge back.</source>
        <translation>Une copie du forum est conservée à côté de lui avant la fusion, et Annuler revient sur la fusion.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Records added, changed and removed</source>
        <translation>Enregistrements ajoutés, modifiés et supprimés</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>the whole record</source>
        <translation>l&apos;enregistrement entier</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>The selected conflict</source>
        <translation>Le conflit sélectionné</translation>
    </message>
    <message>
        <source>Before (where both copies started):</source>
        <translation>Avant (point de départ des deux copies)&#xa0;:</translation>
    </message>
    <message>
        <source>This copy:</source>
        <translation>Cette copie&#xa0;:</translation>
    </message>
    <message>
        <source>The other copy:</source>
        <translation>L&apos;autre copie&#xa0;:</translation>
    </message>
    <message>
        <source>Another value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <source>Keep All of This Copy&apos;s</source>
        <translation>Tout garder de cette copie</translation>
    </message>
    <message>
        <source>Take All of the Other&apos;s</source>
        <translation>Tout prendre de l&apos;autre</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>(changed: kept)</source>
        <translation>(modifié&#xa0;: conservé)</translation>
    </message>
    <message>
        <source>(not known: the copies share no history)</source>
        <translation>(inconnu&#xa0;: les copies ne partagent aucun historique)</translation>
    </message>
    <message>
        <source>To choose</source>
        <translation>À choisir</translation>
    </message>
    <message>
        <source>This copy&apos;s</source>
        <translation>Celle de cette copie</translation>
    </message>
    <message>
        <source>The other&apos;s</source>
        <translation>Celle de l&apos;autre</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Saisie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every conflict is settled.</source>
        <translation>Tous les conflits sont réglés.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still to settle.</source>
        <translation>
            <numerusform>%n conflit reste à régler.</numerusform>
            <numerusform>%n conflits restent à régler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::MinutesPanel</name>
    <message>
        <source>Agenda items</source>
        <translation>Points de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>The discussion of this item, as it will read in the minutes. Saved when you leave the field.</source>
        <translation>La discussion de ce point, telle qu&apos;elle figurera dans le procès-verbal. Enregistrée lorsque vous quittez le champ.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Votes (for / against / abstain)</source>
        <translation>Voix (pour / contre / abstentions)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Add &amp;Decision…</source>
        <translation>Ajouter une &amp;décision…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add Action &amp;Item…</source>
        <translation>Ajouter une &amp;tâche…</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Action items agreed</source>
        <translation>Tâches convenues</translation>
    </message>
    <message>
        <source>Discussion per agenda item:</source>
        <translation>Déroulement par point de l&apos;ordre du jour&#xa0;:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>%1 %2 min (%3 %)</source>
        <translation>%1 %2 min (%3&#xa0;%)</translation>
    </message>
    <message numerus="yes">
        <source>Speaking time, as timed live: %1 — %n intervention(s); women %2 % of the time.</source>
        <translation>
            <numerusform>Temps de parole chronométré en direct&#xa0;: %1 — %n intervention&#xa0;; femmes&#xa0;: %2&#xa0;% du temps.</numerusform>
            <numerusform>Temps de parole chronométré en direct&#xa0;: %1 — %n interventions&#xa0;; femmes&#xa0;: %2&#xa0;% du temps.</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes of the agenda item</source>
        <translation>Procès-verbal du point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tâches</translation>
    </message>
</context>
<context>
    <name>forumdesk::NewForumDialog</name>
    <message>
        <source>New Forum</source>
        <translation>Nouveau forum</translation>
    </message>
    <message>
        <source>For example: Foro Multiactor de Gobierno Abierto</source>
        <translation>Par exemple&#xa0;: Forum multipartite pour un gouvernement ouvert</translation>
    </message>
    <message>
        <source>Minutes, plans and reports are written in this language</source>
        <translation>Les procès-verbaux, plans et rapports sont rédigés dans cette langue</translation>
    </message>
    <message>
        <source>Where the forum meets: meeting times, notices and invitations (.ics) use this time zone</source>
        <translation>Lieu de réunion du forum&#xa0;: les heures des réunions, les convocations et les invitations (.ics) utilisent ce fuseau horaire</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Forum &amp;name:</source>
        <translation>&amp;Nom du forum&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Documents in:</source>
        <translation>&amp;Documents en&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>&amp;Enregistrer dans le dossier&#xa0;:</translation>
    </message>
    <message>
        <source>File na&amp;me:</source>
        <translation>Nom du fic&amp;hier&#xa0;:</translation>
    </message>
    <message>
        <source>Create Forum</source>
        <translation>Créer le forum</translation>
    </message>
    <message>
        <source>Save the Forum in</source>
        <translation>Enregistrer le forum dans</translation>
    </message>
    <message>
        <source>The forum will be saved as %1</source>
        <translation>Le forum sera enregistré sous %1</translation>
    </message>
    <message>
        <source>Give the forum a name.</source>
        <translation>Donnez un nom au forum.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one from the list, such as America/Lima.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire&#xa0;; choisissez-en un dans la liste, tel que America/Lima.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Forum Desk cannot write in the folder %1; choose another.</source>
        <translation>Forum Desk ne peut pas écrire dans le dossier %1&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Donnez un nom au fichier.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name, or open that forum with File ▸ Open.</source>
        <translation>%1 existe déjà. Choisissez un autre nom de fichier, ou ouvrez ce forum avec Fichier ▸ Ouvrir.</translation>
    </message>
</context>
<context>
    <name>forumdesk::PlanDialog</name>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Edit Action Plan</source>
        <translation>Modifier le plan d&apos;action</translation>
    </message>
    <message>
        <source>New Action Plan</source>
        <translation>Nouveau plan d&apos;action</translation>
    </message>
    <message>
        <source>e.g. Sixth National Action Plan 2025–2027</source>
        <translation>p. ex. Sixième plan d&apos;action national 2025–2027</translation>
    </message>
    <message>
        <source>%1 (moved on with Plan ▸ Move to Next Stage…, which checks what the step needs)</source>
        <translation>%1 (on avance avec Plan ▸ Passer à l&apos;étape suivante…, qui vérifie ce que l&apos;étape exige)</translation>
    </message>
    <message>
        <source>%1 (a new plan starts here)</source>
        <translation>%1 (un nouveau plan commence ici)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Period &amp;starts:</source>
        <translation>&amp;Début de la période&#xa0;:</translation>
    </message>
    <message>
        <source>Period &amp;ends:</source>
        <translation>&amp;Fin de la période&#xa0;:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Étape&#xa0;:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Date limite&#xa0;:</translation>
    </message>
    <message>
        <source>Submitted to OGP:</source>
        <translation>Soumis au PGO&#xa0;:</translation>
    </message>
    <message>
        <source>The plan must end after it starts.</source>
        <translation>Le plan doit se terminer après son début.</translation>
    </message>
</context>
<context>
    <name>forumdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Your name, as colleagues know it</source>
        <translation>Votre nom, tel que vos collègues le connaissent</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>The window changes language at once; your work is saved as you go.</source>
        <translation>La fenêtre change de langue immédiatement&#xa0;; votre travail est enregistré au fur et à mesure.</translation>
    </message>
    <message>
        <source>Written in each forum&apos;s activity log beside the changes you make.</source>
        <translation>Inscrit dans le journal d&apos;activité de chaque forum à côté des modifications que vous faites.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;folder:</source>
        <translation>&amp;Dossier par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default Folder</source>
        <translation>Dossier par défaut</translation>
    </message>
    <message>
        <source>As the system&apos;s</source>
        <translation>Celles du système</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>Contraste élevé (blanc sur noir)</translation>
    </message>
    <message>
        <source>The colours of the window: the system&apos;s, or white text on black with a yellow selection</source>
        <translation>Les couleurs de la fenêtre : celles du système, ou du texte blanc sur noir avec la sélection en jaune</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
</context>
<context>
    <name>forumdesk::ProgressUpdateDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Add Progress Update</source>
        <translation>Ajouter un point d&apos;avancement</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>What was done since the last update</source>
        <translation>Ce qui a été fait depuis le dernier point</translation>
    </message>
    <message>
        <source>A link, or a file</source>
        <translation>Un lien ou un fichier</translation>
    </message>
    <message>
        <source>Choose a file as evidence</source>
        <translation>Choisir un fichier comme preuve</translation>
    </message>
    <message>
        <source>Milestone:</source>
        <translation>Jalon&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Avancement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Narrative:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Preuves&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation>&amp;Communiqué par&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
</context>
<context>
    <name>forumdesk::ProjectorWindow</name>
    <message>
        <source>Projector — %1</source>
        <translation>Projecteur — %1</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
</context>
<context>
    <name>forumdesk::PublishWebsiteDialog</name>
    <message>
        <source>Publish Website</source>
        <translation>Publier le site web</translation>
    </message>
    <message>
        <source>Folder of the website</source>
        <translation>Dossier du site web</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site-web</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the folder to write the website into</source>
        <translation>Choisir le dossier où écrire le site web</translation>
    </message>
    <message>
        <source>Language of the website</source>
        <translation>Langue du site web</translation>
    </message>
    <message>
        <source>Licence of the open data</source>
        <translation>Licence des données ouvertes</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Open data l&amp;icence:</source>
        <translation>L&amp;icence des données ouvertes&#xa0;:</translation>
    </message>
    <message>
        <source>The website opens from the folder itself, from a USB stick or from any web server; nothing is fetched from the internet. Forum Desk writes only its own files there and replaces or removes only those. Members are shown by name, organisation, sector and role; contributors by name only with their consent; minutes once approved, and their publication is recorded (one step you can undo).</source>
        <translation>Le site web s&apos;ouvre depuis le dossier lui-même, depuis une clé USB ou depuis n&apos;importe quel serveur web&#xa0;; rien n&apos;est téléchargé depuis Internet. Forum Desk n&apos;y écrit que ses propres fichiers et ne remplace ou ne supprime que ceux-là. Les membres apparaissent avec leur nom, leur organisation, leur secteur et leur fonction&#xa0;; les auteurs de contributions, avec leur nom seulement s&apos;ils y ont consenti&#xa0;; les procès-verbaux, une fois approuvés, et leur publication est enregistrée (une étape que vous pouvez annuler).</translation>
    </message>
    <message>
        <source>Progress of the publication</source>
        <translation>Progression de la publication</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Open the Website</source>
        <translation>&amp;Ouvrir le site web</translation>
    </message>
    <message>
        <source>Folder of the Website</source>
        <translation>Dossier du site web</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Writing the website: %1 of %2 files</source>
        <translation>Écriture du site web&#xa0;: %1 fichiers sur %2</translation>
    </message>
    <message>
        <source>Choose the folder to write the website into.</source>
        <translation>Choisissez le dossier où écrire le site web.</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Préparation des pages…</translation>
    </message>
    <message>
        <source>Stopped. The files written so far are in %1; publishing again finishes the website.</source>
        <translation>Arrêté. Les fichiers écrits jusqu&apos;ici sont dans %1&#xa0;; publier de nouveau termine le site web.</translation>
    </message>
    <message>
        <source>The website is in %1: %2 files written, %3 unchanged, %4 removed.</source>
        <translation>Le site web est dans %1&#xa0;: %2 fichiers écrits, %3 inchangés, %4 supprimés.</translation>
    </message>
    <message numerus="yes">
        <source>The publication of the minutes of %n meeting(s) was recorded.</source>
        <translation>
            <numerusform>La publication du procès-verbal de %n réunion a été enregistrée.</numerusform>
            <numerusform>La publication des procès-verbaux de %n réunions a été enregistrée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>forumdesk::StageGateDialog</name>
    <message>
        <source>Move to the Next Stage</source>
        <translation>Passer à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Move Back a Stage</source>
        <translation>Revenir à l&apos;étape précédente</translation>
    </message>
    <message>
        <source>“%1” moves from %2 to %3.</source>
        <translation>«&#xa0;%1&#xa0;» passe de %2 à %3.</translation>
    </message>
    <message>
        <source>&amp;Go on anyway, because:</source>
        <translation>&amp;Continuer quand même, car&#xa0;:</translation>
    </message>
    <message>
        <source>Why the forum moves on before this is done; the activity log keeps it</source>
        <translation>Pourquoi le forum avance avant que ceci soit fait&#xa0;; le journal d&apos;activité le conserve</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Passer à %1</translation>
    </message>
    <message>
        <source>A step back needs no check; the activity log keeps it. Records made in %1 stay as they are.</source>
        <translation>Un retour en arrière ne nécessite aucune vérification&#xa0;; le journal d&apos;activité le conserve. Les enregistrements faits à l&apos;étape %1 restent tels quels.</translation>
    </message>
    <message>
        <source>Nothing is missing: the plan is ready for %1.</source>
        <translation>Rien ne manque&#xa0;: le plan est prêt pour %1.</translation>
    </message>
    <message numerus="yes">
        <source>What %1 needs and the plan still lacks (%n item(s)):</source>
        <translation>
            <numerusform>Ce que %1 exige et qui manque encore au plan (%n élément)&#xa0;:</numerusform>
            <numerusform>Ce que %1 exige et qui manque encore au plan (%n éléments)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Anyway</source>
        <translation>Passer quand même</translation>
    </message>
    <message>
        <source>Something is missing: give the reason the forum goes on anyway, or cancel and complete it first.</source>
        <translation>Il manque quelque chose&#xa0;: indiquez pourquoi le forum avance quand même, ou annulez et complétez d&apos;abord.</translation>
    </message>
    <message>
        <source>“%1” is closed: it has no further stage.</source>
        <translation>«&#xa0;%1&#xa0;» est clos&#xa0;: il n&apos;a pas d&apos;étape suivante.</translation>
    </message>
    <message>
        <source>“%1” is in co-creation, the first stage.</source>
        <translation>«&#xa0;%1&#xa0;» est en co-création, la première étape.</translation>
    </message>
</context>
<context>
    <name>forumdesk::SyncCopiesBanner</name>
    <message>
        <source>&amp;Merge Them…</source>
        <translation>&amp;Les fusionner…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict copy(ies) of this forum, left by a sync program, are beside it: %1. </source>
        <translation>
            <numerusform>%n copie en conflit de ce forum, laissée par un programme de synchronisation, se trouve à côté de lui&#xa0;: %1. </numerusform>
            <numerusform>%n copies en conflit de ce forum, laissées par un programme de synchronisation, se trouvent à côté de lui&#xa0;: %1. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They hold nothing that is not in the forum.</source>
        <translation>
            <numerusform>Elle ne contient rien qui ne soit déjà dans le forum.</numerusform>
            <numerusform>Elles ne contiennent rien qui ne soit déjà dans le forum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They may hold work that is not in the forum: merge them to keep it.</source>
        <translation>
            <numerusform>Elle contient peut-être du travail absent du forum&#xa0;: fusionnez-la pour le conserver.</numerusform>
            <numerusform>Elles contiennent peut-être du travail absent du forum&#xa0;: fusionnez-les pour le conserver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They may hold work that is not in the forum.</source>
        <translation>
            <numerusform>Elle contient peut-être du travail absent du forum.</numerusform>
            <numerusform>Elles contiennent peut-être du travail absent du forum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Identical Aside</source>
        <translation>
            <numerusform>Mettre de côté %n copie identique</numerusform>
            <numerusform>Mettre de côté %n copies identiques</numerusform>
        </translation>
    </message>
    <message>
        <source>Moves the copies identical to the forum into “%1”; nothing is deleted</source>
        <translation>Déplace les copies identiques au forum dans «&#xa0;%1&#xa0;»&#xa0;; rien n&apos;est supprimé</translation>
    </message>
    <message>
        <source>Copies Not Moved</source>
        <translation>Copies non déplacées</translation>
    </message>
</context>
<context>
    <name>forumdesk::WelcomePage</name>
    <message>
        <source>Forum Desk</source>
        <translation>Forum Desk</translation>
    </message>
    <message>
        <source>For the secretariat of an Open Government Partnership multi-stakeholder forum: members, meetings, the action plan and its progress, in one file that works offline.</source>
        <translation>Pour le secrétariat d&apos;un forum multipartite du Partenariat pour un gouvernement ouvert&#xa0;: membres, réunions, plan d&apos;action et son avancement, dans un seul fichier qui fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>New Forum…</source>
        <translation>Nouveau forum…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open the Sample Forum</source>
        <translation>Ouvrir le forum d&apos;exemple</translation>
    </message>
    <message>
        <source>A fictional forum with members, plans, commitments and meetings, to try Forum Desk</source>
        <translation>Un forum fictif avec des membres, des plans, des engagements et des réunions, pour essayer Forum Desk</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Recent forums</source>
        <translation>Forums récents</translation>
    </message>
    <message>
        <source>Forums you open will be listed here.</source>
        <translation>Les forums que vous ouvrirez apparaîtront ici.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Forum Desk, for the secretariat of an Open Government Partnership multi-stakeholder forum.</source>
        <translation>Forum Desk, pour le secrétariat d&apos;un forum multipartite du Partenariat pour un gouvernement ouvert.</translation>
    </message>
    <message>
        <source>The forum file (.ogpforum) to open.</source>
        <translation>Le fichier de forum (.ogpforum) à ouvrir.</translation>
    </message>
    <message>
        <source>Render the main views of the sample forum as PNG files into &lt;folder&gt;, then quit.</source>
        <translation>Affiche les vues principales du forum d&apos;exemple en fichiers PNG dans &lt;folder&gt;, puis quitte.</translation>
    </message>
    <message>
        <source>Interface language (en, es, fr or pt) for this run.</source>
        <translation>Langue de l&apos;interface (en, es, fr ou pt) pour cette exécution.</translation>
    </message>
    <message>
        <source>Use high-contrast colours (white on black) for this run.</source>
        <translation>Utiliser des couleurs à contraste élevé (blanc sur noir) pour cette exécution.</translation>
    </message>
</context>
</TS>
