// SPDX-License-Identifier: GPL-3.0-or-later
// The French sample forum: the Republic of Kanwara, a fictional francophone West African country,
// its people, places and plans. Each text of SampleContent.cpp by its English text, and each name,
// address and link of the Spanish and English sample by itself (SampleTranslations.h). OGP's
// French terms: PGO, MEI, forum multipartite, engagement, jalon, réponse motivée (GLOSSARY.md).
#include "core/sample/SampleTranslations.h"

namespace forumdesk::sample {

const std::vector<Translation> &frenchTexts()
{
    static const std::vector<Translation> texts{
        {"Montealto Open Government Multi-Stakeholder Forum",
         "Forum multipartite pour le gouvernement ouvert de Kanwara"},
        {"Republic of Montealto",
         "République de Kanwara"},
        {"The Multi-Stakeholder Forum is the permanent space for dialogue between government and civil "
         "society to co-create, monitor and evaluate Montealto's open government action plans under the Open "
         "Government Partnership (OGP). It has equal numbers of government and civil-society "
         "representatives, with academia and the private sector also taking part. It holds regular sessions "
         "at least every six months; the Technical Secretariat sends the notice ten days ahead, publishes "
         "the agenda and takes the minutes of every session, which are approved at the next session and "
         "published in the Forum's repository.",
         "Le Forum multipartite est l'espace permanent de dialogue entre le gouvernement et la société "
         "civile pour co-créer, suivre et évaluer les plans d'action pour un gouvernement ouvert de Kanwara "
         "au sein du Partenariat pour un gouvernement ouvert (PGO). Il compte autant de représentants du "
         "gouvernement que de la société civile, et le monde universitaire et le secteur privé y participent "
         "aussi. Il tient une séance ordinaire au moins tous les six mois\u00a0; le Secrétariat technique envoie "
         "la convocation dix jours à l'avance, publie l'ordre du jour et dresse le procès-verbal de chaque "
         "séance, qui est approuvé à la séance suivante et publié dans le dépôt documentaire du Forum."},
        {"Anyone, person or organisation, may send contributions through the online form, by email, by "
         "letter or at the co-creation workshops; every contribution receives a published reasoned response. "
         "Sessions are open to the public as observers. Civil-society members are chosen through an open "
         "call among organisations; alternates vote only when they represent their member. Decisions are "
         "taken by consensus and, failing that, by a simple majority of the voting members present; "
         "approving an action plan takes two thirds. The quorum is half of the voting members, with both "
         "sectors present.",
         "Toute personne ou organisation peut envoyer des contributions par le formulaire en ligne, par "
         "courriel, par courrier ou lors des ateliers de co-création\u00a0; chaque contribution reçoit une "
         "réponse motivée publiée. Les séances sont ouvertes au public en qualité d'observateur. Les membres "
         "de la société civile sont choisis par appel ouvert entre organisations\u00a0; les suppléants ne votent "
         "que lorsqu'ils remplacent leur titulaire. Les décisions se prennent par consensus et, à défaut, à "
         "la majorité simple des membres votants présents\u00a0; l'approbation d'un plan d'action requiert les "
         "deux tiers. Le quorum est de la moitié des membres votants, les deux secteurs étant présents."},
        {"Open Government Secretariat, Ministry of Transparency and Public Service",
         "Secrétariat au gouvernement ouvert, ministère de la Transparence et de la Fonction publique"},
        {"Letter of intent signed by the Minister of Foreign Affairs and sent to the OGP Support Unit; the "
         "point of contact coordinates with the Multi-Stakeholder Forum.",
         "Lettre d'intention signée par le ministre des Affaires étrangères et envoyée à l'Unité d'appui du "
         "PGO\u00a0; le point de contact assure la coordination avec le Forum multipartite."},
        {"Joined the Forum by decision of the session of 15 June 2023.",
         "A rejoint le Forum par décision de la séance du 15 juin 2023."},
        {"Left the Forum at the end of the term, in June 2023.",
         "A quitté le Forum à la fin de son mandat, en juin 2023."},
        {"The executive's budget proposal and the audit report are published on the Ministry of Economy and "
         "Finance's portal within the legal deadlines.",
         "Le projet de loi de finances et le rapport d'audit sont publiés sur le portail du ministère de "
         "l'Économie et des Finances dans les délais légaux."},
        {"Access to Public Information Act no. 20.285, in force since 2009, with an independent oversight "
         "body.",
         "Loi n° 2009-285 relative à l'accès à l'information publique, en vigueur depuis 2009, avec une "
         "autorité de contrôle indépendante."},
        {"Elected officials and senior public servants file asset declarations, published on the Comptroller "
         "General's portal.",
         "Les élus et les hauts fonctionnaires déposent des déclarations de patrimoine, publiées sur le "
         "portail de la Cour des comptes."},
        {"Score of 8.5 out of 10 on civil liberties in the index OGP uses; the Constitution recognises the "
         "rights of petition and participation.",
         "Note de 8,5 sur 10 en libertés civiles selon l'indice utilisé par le PGO\u00a0; la Constitution "
         "reconnaît le droit de pétition et de participation."},
        {"No alerts in OGP's values check on civic space.",
         "Aucune alerte lors de la vérification des valeurs du PGO sur l'espace civique."},
        {"Lucía Fernández Ríos",
         "Aminata Koné"},
        {"transparencia.gob.montealto.example",
         "transparence.gouv.kanwara.example"},
        {"Andrés Salazar Mejía",
         "Ousmane Traoré"},
        {"Office of the Deputy Minister for Transparency, Ministry of Transparency and Public Service",
         "Cabinet du ministre délégué à la Transparence, ministère de la Transparence et de la Fonction "
         "publique"},
        {"Carmen Rojas Villalobos",
         "Mariam Ouédraogo"},
        {"Citizens' Network for Transparency",
         "Réseau citoyen pour la transparence"},
        {"redciudadana.example",
         "reseaucitoyen.example"},
        {"Jorge Benítez Olmedo",
         "Jean-Baptiste Kouassi"},
        {"Ministry of Economy and Finance",
         "Ministère de l'Économie et des Finances"},
        {"economia.gob.montealto.example",
         "economie.gouv.kanwara.example"},
        {"Patricia Quiroga Lema",
         "Fatoumata Sangaré"},
        {"National Statistics Institute",
         "Institut national de la statistique"},
        {"ine.gob.montealto.example",
         "ins.gouv.kanwara.example"},
        {"Ramiro Acosta Ferreyra",
         "Ibrahim Sawadogo"},
        {"Digital Government Agency",
         "Agence du gouvernement numérique"},
        {"digital.gob.montealto.example",
         "numerique.gouv.kanwara.example"},
        {"Elena Marín Cárdenas",
         "Awa Cissé"},
        {"National Public Procurement Directorate",
         "Direction nationale des marchés publics"},
        {"compras.gob.montealto.example",
         "marchespublics.gouv.kanwara.example"},
        {"Diego Paredes Luján",
         "Moussa Coulibaly"},
        {"Association of Municipalities of Montealto",
         "Association des communes de Kanwara"},
        {"municipios.montealto.example",
         "communes.kanwara.example"},
        {"Sofía Aguirre Montes",
         "Nafissatou Touré"},
        {"Data for All Foundation",
         "Fondation Données pour tous"},
        {"datosparatodos.example",
         "donneespourtous.example"},
        {"Tomás Herrera Cuéllar",
         "Yacouba Dembélé"},
        {"Río Claro Environmental Collective",
         "Collectif environnemental Rivière Claire"},
        {"rioclaro.example",
         "riviereclaire.example"},
        {"Valentina Ortiz Prado",
         "Salimata Zongo"},
        {"Citizen Public Procurement Observatory",
         "Observatoire citoyen des marchés publics"},
        {"observatoriocompras.example",
         "observatoiremarches.example"},
        {"Nicolás Velasco Ibarra",
         "Hamidou Sow"},
        {"Council of Indigenous Peoples of the South",
         "Conseil des peuples autochtones du Sud"},
        {"pueblosdelsur.example",
         "peuplesdusud.example"},
        {"Mariana Campos Delgado",
         "Kadiatou Bah"},
        {"Network of Women Community Leaders",
         "Réseau des femmes leaders communautaires"},
        {"lideresas.example",
         "femmesleaders.example"},
        {"Alex Moreno Soto",
         "Dominique Kaboré"},
        {"Youth for Participation Collective",
         "Collectif Jeunesse pour la participation"},
        {"juventudes.example",
         "jeunesseparticipation.example"},
        {"Gabriela Núñez Araya",
         "Marie-Claire Agbodjan"},
        {"Centre for Public Policy Studies, National University of Montealto",
         "Centre d'études des politiques publiques, Université nationale de Kanwara"},
        {"unm.edu.example",
         "unk.edu.example"},
        {"Hernán Vidal Espejo",
         "Serge Zinsou"},
        {"Faculty of Engineering, Northern Technological University",
         "Faculté d'ingénierie, Université technologique du Nord"},
        {"utn.edu.example",
         "utn.edu.example"},
        {"Rodrigo Fuentes Larraín",
         "Boubacar Nikiéma"},
        {"National Chamber of Commerce and Services",
         "Chambre nationale de commerce et des services"},
        {"camaracomercio.example",
         "chambrecommerce.example"},
        {"Isabel Cortés Bravo",
         "Rokia Sanogo"},
        {"Martín Robles Zamora",
         "Issa Konaté"},
        {"Felipe Torres Ulloa",
         "Abdoulaye Barry"},
        {"Office of the Comptroller General",
         "Cour des comptes"},
        {"contraloria.gob.montealto.example",
         "courdescomptes.gouv.kanwara.example"},
        {"Ana Lucía Peña Guerrero",
         "Aïssatou Ndiaye"},
        {"Governance Cooperation Programme (international organisation)",
         "Programme de coopération pour la gouvernance (organisation internationale)"},
        {"cooperacion.example",
         "cooperation.example"},
        {"Raúl Domínguez Peralta",
         "Mamadou Camara"},
        {"National Journalists' Association",
         "Association nationale des journalistes"},
        {"periodistas.example",
         "journalistes.example"},
        {"Beatriz Salinas Ochoa",
         "Fanta Sylla"},
        {"Ministry of the Environment",
         "Ministère de l'Environnement"},
        {"ambiente.gob.montealto.example",
         "environnement.gouv.kanwara.example"},
        {"First National Open Government Action Plan 2021–2022",
         "Premier plan d'action national PGO 2021–2022"},
        {"Montealto's first action plan in the Open Government Partnership. It was co-created in 2020, in "
         "the middle of the health emergency, through online workshops and an open call for contributions. "
         "Its seven commitments address fiscal and procurement transparency, public integrity, environmental "
         "information and the participation of indigenous peoples.",
         "Premier plan d'action de Kanwara au sein du Partenariat pour un gouvernement ouvert. Il a été "
         "co-créé en 2020, en pleine urgence sanitaire, au moyen d'ateliers en ligne et d'un appel ouvert à "
         "contributions. Ses sept engagements portent sur la transparence budgétaire et des marchés publics, "
         "l'intégrité publique, l'information environnementale et la participation des peuples autochtones."},
        {"Closed after the self-assessment report (October 2022) and the IRM Results Report (2023).",
         "Clos après le rapport d'auto-évaluation (octobre 2022) et le Rapport sur les résultats du MEI "
         "(2023)."},
        {"Second National Open Government Action Plan 2025–2027",
         "Deuxième plan d'action national PGO 2025–2027"},
        {"Second action plan, co-created in 2024 with a public launch, regional workshops and more than "
         "thirty contributions with a reasoned response. It takes up the lessons of the first plan: budget "
         "allocated from the start, verifiable milestones and quarterly monitoring by the Multi-Stakeholder "
         "Forum.",
         "Deuxième plan d'action, co-créé en 2024 avec un lancement public, des ateliers régionaux et plus "
         "de trente contributions ayant reçu une réponse motivée. Il reprend les leçons du premier plan\u00a0: un "
         "budget affecté dès le départ, des jalons vérifiables et un suivi trimestriel par le Forum "
         "multipartite."},
        {"In implementation; mid-term report approved in June 2026.",
         "En cours de mise en œuvre\u00a0; rapport à mi-parcours approuvé en juin 2026."},
        {"Open data on public procurement",
         "Données ouvertes sur les marchés publics"},
        {"Data and Transparency Unit, NPPD",
         "Unité des données et de la transparence, DNMP"},
        {"Digital Government Agency; Office of the Comptroller General",
         "Agence du gouvernement numérique\u00a0; Cour des comptes"},
        {"Citizen Public Procurement Observatory; Data for All Foundation",
         "Observatoire citoyen des marchés publics\u00a0; Fondation Données pour tous"},
        {"Citizens cannot follow how public money is spent on purchases and works, which makes cost overruns "
         "and steered contracts easier.",
         "Les citoyens ne peuvent pas suivre comment l'argent public est dépensé en achats et en travaux, ce "
         "qui facilite les surcoûts et les marchés orientés."},
        {"The procurement system publishes notices as PDFs; contracts and their amendments cannot be reused.",
         "Le système de passation des marchés publie les avis en PDF\u00a0; les contrats et leurs avenants ne "
         "sont pas réutilisables."},
        {"Publish every stage of public procurement in the Open Contracting Data Standard, updated daily, "
         "with a dashboard to explore it.",
         "Publier chaque étape de la commande publique selon le Standard de données de la commande publique "
         "ouverte, mis à jour chaque jour, avec un tableau de bord pour l'explorer."},
        {"With open, standardised data, journalists, organisations and oversight bodies can spot risk flags "
         "and compare prices.",
         "Avec des données ouvertes et normalisées, les journalistes, les organisations et les organes de "
         "contrôle peuvent repérer les signaux de risque et comparer les prix."},
        {"USD 180,000 from the NPPD's own budget",
         "180\u00a0000 USD sur le budget propre de la DNMP"},
        {"National Integrity Strategy; SDGs 16.5 and 16.6",
         "Stratégie nationale d'intégrité\u00a0; ODD 16.5 et 16.6"},
        {"public procurement;open data;integrity",
         "marchés publics;données ouvertes;intégrité"},
        {"Assessment of the procurement system's data and mapping to OCDS",
         "Diagnostic des données du système de passation des marchés et correspondance avec l'OCDS"},
        {"Assessment report and mapping table",
         "Rapport de diagnostic et table de correspondance"},
        {"Publication of the award stage as open data",
         "Publication de l'étape d'attribution en données ouvertes"},
        {"Award dataset on the portal",
         "Jeu de données des attributions sur le portail"},
        {"Publication of contracts and amendments",
         "Publication des contrats et de leurs avenants"},
        {"Contracts dataset updated daily",
         "Jeu de données des contrats mis à jour chaque jour"},
        {"Public dashboard and training workshops with civil society",
         "Tableau de bord public et ateliers de formation avec la société civile"},
        {"Online dashboard and four workshops held",
         "Tableau de bord en ligne et quatre ateliers tenus"},
        {"The NPPD will publish every stage of public purchases and works in the Open Contracting Data "
         "Standard, updated daily, with a public dashboard, so that anyone can follow spending and spot "
         "risks.",
         "La DNMP publiera chaque étape des achats et des travaux publics selon le Standard de données de la "
         "commande publique ouverte, mis à jour chaque jour, avec un tableau de bord public, afin que chacun "
         "puisse suivre la dépense et repérer les risques."},
        {"The procurement system was designed to process procedures, not to publish data: it produces PDF "
         "notices, keeps contracts and their amendments in separate modules and uses no common identifiers "
         "across stages. No rule requires publication in an open format.",
         "Le système de passation des marchés a été conçu pour traiter des procédures, non pour publier des "
         "données\u00a0: il produit des avis en PDF, conserve les contrats et leurs avenants dans des modules "
         "séparés et n'utilise pas d'identifiants communs d'une étape à l'autre. Aucune règle n'impose la "
         "publication dans un format ouvert."},
        {"By the end of the plan, every central government procedure is published in OCDS with daily "
         "updates, including contracts and their amendments; the public dashboard is online and the "
         "organisations that took part in the four workshops use the data.",
         "À la fin du plan, toutes les procédures de l'administration centrale sont publiées en OCDS avec "
         "une mise à jour quotidienne, contrats et avenants compris\u00a0; le tableau de bord public est en ligne "
         "et les organisations qui ont participé aux quatre ateliers utilisent les données."},
        {"It makes information that today exists only as PDFs (awards, contracts and contract amendments) "
         "available in an open, reusable format.",
         "Elle rend disponible dans un format ouvert et réutilisable une information qui n'existe "
         "aujourd'hui qu'en PDF (attributions, contrats et avenants)."},
        {"Journalists, organisations and the Comptroller will be able to spot risk flags and cost overruns "
         "and ask the buying agencies for explanations; those agencies will have to justify every amendment "
         "published.",
         "Les journalistes, les organisations et la Cour des comptes pourront repérer les signaux de risque "
         "et les surcoûts et demander des explications aux acheteurs publics\u00a0; ceux-ci devront justifier "
         "chaque avenant publié."},
        {"Rebeca Olivares Quintana",
         "Ramatou Sidibé"},
        {"Head of the Data and Transparency Unit, National Public Procurement Directorate",
         "Cheffe de l'Unité des données et de la transparence, Direction nationale des marchés publics"},
        {"rebeca.olivares@compras.gob.montealto.example",
         "ramatou.sidibe@marchespublics.gouv.kanwara.example"},
        {"Citizens' budget and participation in the budget cycle",
         "Budget citoyen et participation au cycle budgétaire"},
        {"Public Budget Directorate",
         "Direction générale du budget"},
        {"Citizens' Network for Transparency; Centre for Public Policy Studies",
         "Réseau citoyen pour la transparence\u00a0; Centre d'études des politiques publiques"},
        {"The national budget is incomprehensible to most people and there is no space to give an opinion "
         "before it is approved.",
         "Le budget de l'État est incompréhensible pour la plupart des gens et il n'existe aucun espace pour "
         "donner son avis avant son adoption."},
        {"The budget proposal is published in full, but in technical documents of more than 800 pages.",
         "Le projet de budget est publié en entier, mais dans des documents techniques de plus de 800 pages."},
        {"Publish a citizens' budget in plain language every year and hold regional public hearings before "
         "the bill is sent to Congress.",
         "Publier chaque année un budget citoyen en langage clair et tenir des audiences publiques "
         "régionales avant l'envoi du projet de loi à l'Assemblée nationale."},
        {"Citizens understand spending priorities and can influence them; the ministry learns about regional "
         "needs.",
         "Les citoyens comprennent les priorités de dépense et peuvent les influencer\u00a0; le ministère connaît "
         "les besoins des régions."},
        {"USD 60,000 a year",
         "60\u00a0000 USD par an"},
        {"Fiscal Responsibility Act; SDG 16.7",
         "Loi sur la responsabilité budgétaire\u00a0; ODD 16.7"},
        {"budget;citizen participation;plain language",
         "budget;participation citoyenne;langage clair"},
        {"Participatory design of the citizens' budget format",
         "Conception participative du format du budget citoyen"},
        {"Format validated with organisations",
         "Format validé avec les organisations"},
        {"Publication of the 2021 citizens' budget",
         "Publication du budget citoyen 2021"},
        {"Citizens' budget published on the portal",
         "Budget citoyen publié sur le portail"},
        {"Regional public hearings on the 2022 budget proposal",
         "Audiences publiques régionales sur le projet de budget 2022"},
        {"Five hearings with a report on the input received",
         "Cinq audiences avec un rapport sur les contributions reçues"},
        {"The Ministry of Economy and Finance will publish a plain-language citizens' budget every year and "
         "hold regional public hearings before sending the budget bill to Congress.",
         "Le ministère de l'Économie et des Finances publiera chaque année un budget citoyen en langage "
         "clair et tiendra des audiences publiques régionales avant d'envoyer le projet de loi de finances à "
         "l'Assemblée nationale."},
        {"Budget documents are written for specialists and for Congress, with no versions for the general "
         "public. The preparation calendar has no consultation stage, and the ministry has neither the staff "
         "nor the procedures to receive views from citizens and the regions.",
         "Les documents budgétaires sont rédigés pour les spécialistes et pour le Parlement, sans version "
         "destinée au grand public. Le calendrier de préparation ne prévoit aucune étape de consultation, et "
         "le ministère n'a ni le personnel ni les procédures pour recueillir l'avis des citoyens et des "
         "régions."},
        {"The 2021 citizens' budget published in a format validated with organisations, and five regional "
         "hearings on the 2022 proposal with a public report stating which input was taken into account and "
         "why.",
         "Le budget citoyen 2021 publié dans un format validé avec les organisations, et cinq audiences "
         "régionales sur le projet 2022 avec un rapport public indiquant quelles contributions ont été "
         "prises en compte et pourquoi."},
        {"It puts the budget proposal into plain language: how much is raised, what it is spent on and what "
         "changes from the previous year.",
         "Il traduit le projet de budget en langage clair\u00a0: combien est collecté, à quoi il est dépensé et "
         "ce qui change par rapport à l'année précédente."},
        {"The ministry will publish a report that answers the input from the hearings, explaining which "
         "points it added to the proposal and why it set the others aside.",
         "Le ministère publiera un rapport qui répond aux contributions des audiences, en expliquant quels "
         "points il a ajoutés au projet et pourquoi il a écarté les autres."},
        {"For the first time, it opens a space for citizens and regional organisations to comment on "
         "spending priorities before the bill reaches Congress.",
         "Pour la première fois, il ouvre un espace où les citoyens et les organisations régionales peuvent "
         "commenter les priorités de dépense avant que le projet de loi n'arrive à l'Assemblée nationale."},
        {"Tobías Saavedra Ponce",
         "Koffi Yao"},
        {"Director of Public Budget, Ministry of Economy and Finance",
         "Directeur général du budget, ministère de l'Économie et des Finances"},
        {"tobias.saavedra@economia.gob.montealto.example",
         "koffi.yao@economie.gouv.kanwara.example"},
        {"Public register of beneficial owners",
         "Registre public des bénéficiaires effectifs"},
        {"Companies Superintendency",
         "Office national du registre des sociétés"},
        {"Registry Department",
         "Département du registre"},
        {"Ministry of Economy and Finance; Financial Intelligence Unit",
         "Ministère de l'Économie et des Finances\u00a0; Cellule nationale de traitement des informations "
         "financières (CENTIF)"},
        {"Citizens' Network for Transparency; National Chamber of Commerce and Services",
         "Réseau citoyen pour la transparence\u00a0; Chambre nationale de commerce et des services"},
        {"Shell companies hide who benefits from public contracts and illicit financial flows.",
         "Les sociétés écrans cachent qui bénéficie des marchés publics et des flux financiers illicites."},
        {"Company records only identify direct shareholders and are provided on request, for a fee.",
         "Le registre des sociétés n'identifie que les actionnaires directs et ne fournit les informations "
         "que sur demande, contre paiement."},
        {"Create a beneficial ownership register with open data and free public search.",
         "Créer un registre des bénéficiaires effectifs en données ouvertes, avec une recherche publique "
         "gratuite."},
        {"Knowing the people behind companies makes it possible to detect conflicts of interest in public "
         "procurement.",
         "Connaître les personnes derrière les sociétés permet de détecter les conflits d'intérêts dans la "
         "commande publique."},
        {"USD 240,000, with international cooperation support",
         "240\u00a0000 USD, avec l'appui de la coopération internationale"},
        {"GAFILAT recommendations; SDGs 16.4 and 16.5",
         "Recommandations du GIABA\u00a0; ODD 16.4 et 16.5"},
        {"beneficial ownership;integrity;companies",
         "bénéficiaires effectifs;intégrité;sociétés"},
        {"Regulation of the beneficial ownership register",
         "Réglementation du registre des bénéficiaires effectifs"},
        {"Regulation approved and published",
         "Réglementation adoptée et publiée"},
        {"Development of the online filing platform",
         "Développement de la plateforme de déclaration en ligne"},
        {"Platform in production",
         "Plateforme en production"},
        {"Public search portal and open data of the register",
         "Portail de recherche publique et données ouvertes du registre"},
        {"Online portal with downloadable data",
         "Portail en ligne avec données téléchargeables"},
        {"Cross-checking with public procurement data",
         "Croisement avec les données de la commande publique"},
        {"Verification report with risk flags",
         "Rapport de vérification avec signaux de risque"},
        {"The Companies Superintendency will create a beneficial ownership register with online filing, free "
         "public search and open data, and cross-check it with public procurement.",
         "L'Office national du registre des sociétés créera un registre des bénéficiaires effectifs avec "
         "déclaration en ligne, recherche publique gratuite et données ouvertes, et le croisera avec la "
         "commande publique."},
        {"Company law only requires direct shareholders to be registered, so chains of companies and "
         "nominees hide the people who control each company. The registry charges for certificates, offers "
         "no online search and has no mandate to verify what is declared.",
         "Le droit des sociétés n'impose d'enregistrer que les actionnaires directs\u00a0: les chaînes de "
         "sociétés et les prête-noms cachent les personnes qui contrôlent chaque société. Le registre fait "
         "payer les certificats, n'offre aucune recherche en ligne et n'a pas mandat pour vérifier ce qui "
         "est déclaré."},
        {"The regulation in force, the filing platform in production and a free search portal with "
         "downloadable data; a first report cross-checking the register with public procurement that flags "
         "possible conflicts of interest.",
         "La réglementation en vigueur, la plateforme de déclaration en production et un portail de "
         "recherche gratuit avec données téléchargeables\u00a0; un premier rapport croisant le registre avec la "
         "commande publique qui signale les conflits d'intérêts possibles."},
        {"It makes public, free of charge, the identity of the natural persons who control or benefit from "
         "each company, information that is not even collected today.",
         "Elle rend publique, gratuitement, l'identité des personnes physiques qui contrôlent chaque société "
         "ou en bénéficient, une information qui n'est même pas collectée aujourd'hui."},
        {"It lets the Financial Intelligence Unit, the Comptroller and civil society identify the real "
         "owners of government suppliers and demand that the conflicts of interest found be investigated.",
         "Elle permet à la CENTIF, à la Cour des comptes et à la société civile d'identifier les véritables "
         "propriétaires des fournisseurs de l'État et d'exiger une enquête sur les conflits d'intérêts "
         "constatés."},
        {"Irene Bustamante Leiva",
         "Justine Ahoua"},
        {"Head of the Registry Department, Companies Superintendency",
         "Cheffe du Département du registre, Office national du registre des sociétés"},
        {"irene.bustamante@supersociedades.gob.montealto.example",
         "justine.ahoua@registresocietes.gouv.kanwara.example"},
        {"Public information on water quality",
         "Information publique sur la qualité de l'eau"},
        {"Environmental Monitoring Directorate",
         "Direction de la surveillance environnementale"},
        {"Sanitation Services Superintendency; municipalities of the Río Claro basin",
         "Autorité de régulation de l'eau et de l'assainissement\u00a0; communes du bassin de la Rivière Claire"},
        {"Río Claro Environmental Collective; Faculty of Engineering, Northern Technological University",
         "Collectif environnemental Rivière Claire\u00a0; Faculté d'ingénierie, Université technologique du Nord"},
        {"Communities in the Río Claro basin do not know whether the water they drink is safe.",
         "Les communautés du bassin de la Rivière Claire ne savent pas si l'eau qu'elles boivent est sûre."},
        {"Measurements exist but are kept in internal reports that are not published.",
         "Les mesures existent mais restent dans des rapports internes qui ne sont pas publiés."},
        {"Publish water-quality measurements online by monitoring point, with SMS alerts and a channel for "
         "people to report problems.",
         "Publier en ligne les mesures de qualité de l'eau par point de surveillance, avec des alertes par "
         "SMS et un canal de signalement pour la population."},
        {"People can take precautions and demand answers; the authorities receive early reports.",
         "La population peut prendre des précautions et demander des comptes\u00a0; les autorités reçoivent des "
         "signalements précoces."},
        {"USD 150,000 (ministry and local governments)",
         "150\u00a0000 USD (ministère et collectivités locales)"},
        {"National Water Resources Plan; SDGs 6.1 and 6.3",
         "Plan national des ressources en eau\u00a0; ODD 6.1 et 6.3"},
        {"environment;water;open data",
         "environnement;eau;données ouvertes"},
        {"Data publication agreement with utilities",
         "Convention de publication des données avec les opérateurs"},
        {"Signed agreement",
         "Convention signée"},
        {"Installation of real-time monitoring stations",
         "Installation de stations de surveillance en temps réel"},
        {"Twelve stations in operation",
         "Douze stations en service"},
        {"Portal and SMS alerts on water quality",
         "Portail et alertes SMS sur la qualité de l'eau"},
        {"Online portal and alert service",
         "Portail en ligne et service d'alertes"},
        {"Citizen reporting channel with a 72-hour response",
         "Canal de signalement citoyen avec réponse sous 72 heures"},
        {"Channel in operation and quarterly report",
         "Canal en service et rapport trimestriel"},
        {"The Ministry of the Environment will publish water-quality measurements for the Río Claro basin "
         "online by monitoring point, send SMS alerts and open a channel for people to report problems.",
         "Le ministère de l'Environnement publiera en ligne les mesures de qualité de l'eau du bassin de la "
         "Rivière Claire par point de surveillance, enverra des alertes par SMS et ouvrira un canal de "
         "signalement pour la population."},
        {"Measurements are taken to inspect utilities and are treated as internal; the data are spread "
         "between the ministry, the Superintendency and each municipality, with no agreement to share them. "
         "The network also relies on manual samples whose results take weeks.",
         "Les mesures servent à contrôler les opérateurs et sont traitées comme internes\u00a0; les données sont "
         "réparties entre le ministère, l'Autorité de régulation et chaque commune, sans accord pour les "
         "partager. Le réseau dépend aussi de prélèvements manuels dont les résultats prennent des semaines."},
        {"Twelve real-time monitoring stations in operation in the basin, a portal with open data by "
         "monitoring point, an SMS alert service and a citizen reporting channel that answers within 72 "
         "hours, with a quarterly report.",
         "Douze stations de surveillance en temps réel en service dans le bassin, un portail avec des "
         "données ouvertes par point de surveillance, un service d'alertes par SMS et un canal de "
         "signalement citoyen qui répond sous 72 heures, avec un rapport trimestriel."},
        {"It publishes, promptly and in an understandable way, measurements that now stay in internal "
         "reports, so that every community knows whether the water it drinks is safe.",
         "Elle publie, rapidement et de façon compréhensible, des mesures qui restent aujourd'hui dans des "
         "rapports internes, afin que chaque communauté sache si l'eau qu'elle boit est sûre."},
        {"People in the basin can report problems and get an answer within 72 hours, and the Río Claro "
         "Environmental Collective reviews the quarterly report on them with the ministry.",
         "Les habitants du bassin peuvent signaler des problèmes et obtenir une réponse sous 72 heures, et "
         "le Collectif environnemental Rivière Claire examine avec le ministère le rapport trimestriel qui "
         "en rend compte."},
        {"Wilson Cáceres Aldana",
         "Seydou Diarra"},
        {"Director of Environmental Monitoring, Ministry of the Environment",
         "Directeur de la surveillance environnementale, ministère de l'Environnement"},
        {"wilson.caceres@ambiente.gob.montealto.example",
         "seydou.diarra@environnement.gouv.kanwara.example"},
        {"Participation of indigenous peoples in public policy",
         "Participation des peuples autochtones aux politiques publiques"},
        {"Deputy Ministry for Interculturality",
         "Ministère délégué à l'Interculturalité"},
        {"Prior Consultation Directorate",
         "Direction de la consultation préalable"},
        {"Ministry of Social Development; Ombudsman's Office",
         "Ministère du Développement social\u00a0; Médiateur de la République"},
        {"Council of Indigenous Peoples of the South; Network of Women Community Leaders",
         "Conseil des peuples autochtones du Sud\u00a0; Réseau des femmes leaders communautaires"},
        {"Indigenous peoples take little part in designing the policies that affect them, and public "
         "information is rarely in their languages.",
         "Les peuples autochtones participent peu à la conception des politiques qui les concernent, et "
         "l'information publique est rarement disponible dans leurs langues."},
        {"Prior consultation is applied only to extractive projects and without a common protocol.",
         "La consultation préalable n'est appliquée qu'aux projets extractifs et sans protocole commun."},
        {"Agree a participation protocol with indigenous organisations and set up permanent intercultural "
         "tables in three regions.",
         "Convenir d'un protocole de participation avec les organisations autochtones et créer des tables "
         "interculturelles permanentes dans trois régions."},
        {"Social policies are designed with indigenous peoples and information reaches them in their "
         "languages.",
         "Les politiques sociales sont conçues avec les peuples autochtones et l'information leur parvient "
         "dans leurs langues."},
        {"USD 95,000",
         "95\u00a0000 USD"},
        {"ILO Convention 169; SDGs 10.2 and 16.7",
         "Convention 169 de l'OIT\u00a0; ODD 10.2 et 16.7"},
        {"indigenous peoples;inclusion;citizen participation",
         "peuples autochtones;inclusion;participation citoyenne"},
        {"Participation protocol agreed with indigenous organisations",
         "Protocole de participation convenu avec les organisations autochtones"},
        {"Signed protocol",
         "Protocole signé"},
        {"Setting up intercultural tables in three regions",
         "Mise en place de tables interculturelles dans trois régions"},
        {"Three tables set up, with minutes",
         "Trois tables installées, avec procès-verbaux"},
        {"Translation of key public information into four indigenous languages",
         "Traduction des informations publiques essentielles en quatre langues autochtones"},
        {"Translated materials published",
         "Supports traduits publiés"},
        {"The Deputy Ministry for Interculturality will agree a participation protocol with indigenous "
         "organisations, set up permanent intercultural tables in three regions and translate key public "
         "information into four indigenous languages.",
         "Le ministère délégué à l'Interculturalité conviendra d'un protocole de participation avec les "
         "organisations autochtones, mettra en place des tables interculturelles permanentes dans trois "
         "régions et traduira les informations publiques essentielles en quatre langues autochtones."},
        {"Prior consultation was regulated with extractive projects in mind, not social policy; there are no "
         "permanent spaces for dialogue and no budget for interpreters and translations, and institutions "
         "are unfamiliar with the peoples' own ways of organising and deciding.",
         "La consultation préalable a été réglementée en pensant aux projets extractifs, non aux politiques "
         "sociales\u00a0; il n'existe ni espaces de dialogue permanents ni budget pour les interprètes et les "
         "traductions, et les institutions connaissent mal les modes d'organisation et de décision propres "
         "aux peuples."},
        {"A participation protocol signed with indigenous organisations, three intercultural tables meeting "
         "with public minutes, and key materials translated and distributed in four indigenous languages.",
         "Un protocole de participation signé avec les organisations autochtones, trois tables "
         "interculturelles qui se réunissent avec des procès-verbaux publics, et des supports essentiels "
         "traduits et diffusés en quatre langues autochtones."},
        {"Public information on social programmes and procedures will be available in four indigenous "
         "languages, and the tables' minutes will be public.",
         "Les informations publiques sur les programmes sociaux et les démarches seront disponibles en "
         "quatre langues autochtones, et les procès-verbaux des tables seront publics."},
        {"It creates permanent, culturally appropriate channels for indigenous peoples to shape social "
         "policies, under rules agreed with their own organisations.",
         "Il crée des canaux permanents et culturellement adaptés pour que les peuples autochtones "
         "participent à la conception des politiques sociales, selon des règles convenues avec leurs propres "
         "organisations."},
        {"Amaru Condori Mamani",
         "Oumarou Dicko"},
        {"Director of Prior Consultation, Deputy Ministry for Interculturality",
         "Directeur de la consultation préalable, ministère délégué à l'Interculturalité"},
        {"amaru.condori@interculturalidad.gob.montealto.example",
         "oumarou.dicko@interculturalite.gouv.kanwara.example"},
        {"Access to public information in municipalities",
         "Accès à l'information publique dans les communes"},
        {"Transparency Council",
         "Conseil de la transparence"},
        {"Oversight Directorate",
         "Direction du contrôle"},
        {"Association of Municipalities of Montealto; Digital Government Agency",
         "Association des communes de Kanwara\u00a0; Agence du gouvernement numérique"},
        {"National Journalists' Association; Citizens' Network for Transparency",
         "Association nationale des journalistes\u00a0; Réseau citoyen pour la transparence"},
        {"Many municipalities do not answer information requests within the legal deadline.",
         "De nombreuses communes ne répondent pas aux demandes d'information dans le délai légal."},
        {"In 2019 only 41% of municipal requests were answered on time.",
         "En 2019, seules 41\u00a0% des demandes adressées aux communes ont reçu une réponse dans les délais."},
        {"Roll out a single request portal for municipalities and train their staff.",
         "Déployer un portail unique de demandes pour les communes et former leur personnel."},
        {"A single channel with visible deadlines and trained staff improves responses to citizens.",
         "Un canal unique avec des délais visibles et un personnel formé améliore les réponses aux citoyens."},
        {"USD 70,000",
         "70\u00a0000 USD"},
        {"Access to Public Information Act; SDG 16.10",
         "Loi relative à l'accès à l'information publique\u00a0; ODD 16.10"},
        {"access to information;municipalities",
         "accès à l'information;communes"},
        {"Adapting the request portal for municipalities",
         "Adaptation du portail de demandes pour les communes"},
        {"Portal enabled for municipalities",
         "Portail ouvert aux communes"},
        {"Training of municipal staff",
         "Formation du personnel communal"},
        {"300 staff trained",
         "300 agents formés"},
        {"Public compliance report by municipality",
         "Rapport public de conformité par commune"},
        {"Municipal ranking published",
         "Classement des communes publié"},
        {"The Transparency Council will open its single request portal to municipalities, train 300 "
         "municipal staff and publish a compliance ranking by municipality.",
         "Le Conseil de la transparence ouvrira son portail unique de demandes aux communes, formera 300 "
         "agents communaux et publiera un classement de conformité par commune."},
        {"Many municipalities receive requests by email or on paper, with no register and no tracking of "
         "deadlines; they have no designated transparency officer and staff turn over often without "
         "training. The Council has no data to oversee each municipality.",
         "De nombreuses communes reçoivent les demandes par courriel ou sur papier, sans registre ni suivi "
         "des délais\u00a0; elles n'ont pas de responsable de la transparence désigné et le personnel change "
         "souvent sans formation. Le Conseil ne dispose d'aucune donnée pour contrôler chaque commune."},
        {"Every municipality receives requests through the single portal, 300 staff trained and a public "
         "compliance ranking; the target is for at least 70% of municipal requests to be answered within the "
         "legal deadline.",
         "Toutes les communes reçoivent les demandes par le portail unique, 300 agents formés et un "
         "classement public de conformité\u00a0; l'objectif est qu'au moins 70\u00a0% des demandes adressées aux "
         "communes reçoivent une réponse dans le délai légal."},
        {"Anyone will be able to ask their municipality for information through a single channel, with "
         "visible deadlines and online tracking of every request.",
         "Chacun pourra demander des informations à sa commune par un canal unique, avec des délais visibles "
         "et un suivi en ligne de chaque demande."},
        {"The public compliance ranking exposes the municipalities that do not answer on time and gives the "
         "Council evidence to oversee and sanction them.",
         "Le classement public de conformité met en évidence les communes qui ne répondent pas à temps et "
         "donne au Conseil des éléments pour les contrôler et les sanctionner."},
        {"Octavio Lillo Barrientos",
         "Pascal Dossou"},
        {"Director of Oversight, Transparency Council",
         "Directeur du contrôle, Conseil de la transparence"},
        {"octavio.lillo@consejotransparencia.gob.montealto.example",
         "pascal.dossou@conseiltransparence.gouv.kanwara.example"},
        {"Asset and interest declarations as open data",
         "Déclarations de patrimoine et d'intérêts en données ouvertes"},
        {"Probity Division",
         "Division de la probité"},
        {"Ministry of Transparency and Public Service",
         "Ministère de la Transparence et de la Fonction publique"},
        {"Citizens' Network for Transparency; National Journalists' Association",
         "Réseau citoyen pour la transparence\u00a0; Association nationale des journalistes"},
        {"Asset declarations are published as scans and do not allow unjustified wealth increases or "
         "conflicts of interest to be detected.",
         "Les déclarations de patrimoine sont publiées sous forme de documents numérisés et ne permettent de "
         "détecter ni les enrichissements injustifiés ni les conflits d'intérêts."},
        {"Declarations are filed on paper and published as images.",
         "Les déclarations sont déposées sur papier et publiées en images."},
        {"Introduce electronic filing and publish the data in an open format.",
         "Instaurer la déclaration électronique et publier les données dans un format ouvert."},
        {"With structured data, the Comptroller and citizens can cross-check assets, interests and contracts.",
         "Avec des données structurées, la Cour des comptes et les citoyens peuvent croiser patrimoine, "
         "intérêts et contrats."},
        {"USD 120,000",
         "120\u00a0000 USD"},
        {"United Nations Convention against Corruption; SDG 16.5",
         "Convention des Nations unies contre la corruption\u00a0; ODD 16.5"},
        {"integrity;asset declarations;open data",
         "intégrité;déclarations de patrimoine;données ouvertes"},
        {"Electronic declaration form",
         "Formulaire de déclaration électronique"},
        {"Form in production",
         "Formulaire en production"},
        {"Publication of declarations as open data",
         "Publication des déclarations en données ouvertes"},
        {"Dataset published",
         "Jeu de données publié"},
        {"Random verification of declarations",
         "Vérification aléatoire des déclarations"},
        {"Verification report",
         "Rapport de vérification"},
        {"The Comptroller General will introduce electronic filing of asset and interest declarations and "
         "publish the data in an open format, with random checks.",
         "La Cour des comptes instaurera la déclaration électronique du patrimoine et des intérêts et "
         "publiera les données dans un format ouvert, avec des vérifications aléatoires."},
        {"Probity rules require declarations to be filed on a printed form and only oblige their "
         "publication, without setting a format. The Probity Division has no system to digitise the data and "
         "not enough staff to review thousands of paper declarations.",
         "Les règles de probité imposent de déposer les déclarations sur un formulaire imprimé et n'obligent "
         "qu'à les publier, sans fixer de format. La Division de la probité n'a aucun système pour numériser "
         "les données ni assez de personnel pour examiner des milliers de déclarations papier."},
        {"The electronic form in production for everyone required to file, an open dataset of the "
         "declarations and a first random-verification report with its findings.",
         "Le formulaire électronique en production pour toutes les personnes assujetties, un jeu de données "
         "ouvert des déclarations et un premier rapport de vérification aléatoire avec ses constats."},
        {"It turns scanned declarations into structured data that anyone can search, download and compare "
         "across years.",
         "Il transforme des déclarations numérisées en données structurées que chacun peut rechercher, "
         "télécharger et comparer d'une année à l'autre."},
        {"The Comptroller and citizens will be able to cross-check assets, interests and contracts to spot "
         "unjustified wealth increases and conflicts of interest, and random verification will give false "
         "declarations consequences.",
         "La Cour des comptes et les citoyens pourront croiser patrimoine, intérêts et contrats pour repérer "
         "les enrichissements injustifiés et les conflits d'intérêts, et la vérification aléatoire donnera "
         "des conséquences aux fausses déclarations."},
        {"Susana Echeverría Toro",
         "Odile Tapsoba"},
        {"Head of the Probity Division, Office of the Comptroller General",
         "Cheffe de la Division de la probité, Cour des comptes"},
        {"susana.echeverria@contraloria.gob.montealto.example",
         "odile.tapsoba@courdescomptes.gouv.kanwara.example"},
        {"Citizen monitoring of public works with open contracting",
         "Suivi citoyen des travaux publics avec la commande publique ouverte"},
        {"Ministry of Public Works; Office of the Comptroller General",
         "Ministère des Travaux publics\u00a0; Cour des comptes"},
        {"Citizen Public Procurement Observatory; Montealto Association of Engineers",
         "Observatoire citoyen des marchés publics\u00a0; Ordre des ingénieurs de Kanwara"},
        {"Public works fall behind or grow more expensive without communities being able to flag it in time.",
         "Les travaux publics prennent du retard ou coûtent plus cher sans que les communautés puissent le "
         "signaler à temps."},
        {"Procurement data are already open but do not include the physical progress of works.",
         "Les données des marchés publics sont déjà ouvertes mais n'incluent pas l'avancement physique des "
         "travaux."},
        {"Publish the physical and financial progress of works with geotagged photos and form citizen "
         "monitoring committees.",
         "Publier l'avancement physique et financier des travaux avec des photos géolocalisées et constituer "
         "des comités citoyens de suivi."},
        {"Communities watch nearby works and their alerts reach the agency and the Comptroller.",
         "Les communautés surveillent les travaux proches et leurs alertes parviennent à l'organisme "
         "responsable et à la Cour des comptes."},
        {"USD 210,000",
         "210\u00a0000 USD"},
        {"Commitment 1 of the first action plan; SDGs 9.1 and 16.6",
         "Engagement 1 du premier plan d'action\u00a0; ODD 9.1 et 16.6"},
        {"public procurement;public works;citizen monitoring",
         "marchés publics;travaux publics;suivi citoyen"},
        {"Infrastructure data standard and pilot on ten works",
         "Norme de données sur les infrastructures et projet pilote sur dix chantiers"},
        {"Data on ten works published",
         "Données de dix chantiers publiées"},
        {"Mobile app for citizen reports",
         "Application mobile de signalement citoyen"},
        {"App released",
         "Application publiée"},
        {"Training of citizen monitoring committees",
         "Formation des comités citoyens de suivi"},
        {"Twenty committees trained",
         "Vingt comités formés"},
        {"Alert response protocol with the Comptroller",
         "Protocole de réponse aux alertes avec la Cour des comptes"},
        {"Extension to every work above USD 1 million",
         "Extension à tous les chantiers de plus de 1 million USD"},
        {"Full coverage published",
         "Couverture complète publiée"},
        {"The NPPD will publish the physical and financial progress of public works with geotagged photos "
         "and train citizen committees to monitor them, with a protocol for their alerts to reach the "
         "Comptroller.",
         "La DNMP publiera l'avancement physique et financier des travaux publics avec des photos "
         "géolocalisées et formera des comités citoyens pour les suivre, avec un protocole pour que leurs "
         "alertes parviennent à la Cour des comptes."},
        {"The procurement system records the contract but not the progress of the work, which stays in paper "
         "supervision reports inside each agency. Communities do not know what is being built near them or "
         "whom to tell, and complaints have no response process.",
         "Le système de passation des marchés enregistre le contrat mais pas l'avancement des travaux, qui "
         "reste dans des rapports de supervision papier au sein de chaque organisme. Les communautés ne "
         "savent pas ce qui se construit près de chez elles ni à qui le signaler, et les plaintes ne suivent "
         "aucune procédure de réponse."},
        {"Progress data on every work above USD 1 million published, the mobile app in use, twenty citizen "
         "committees trained and a protocol with the Comptroller that guarantees a response to every alert.",
         "Les données d'avancement de tous les chantiers de plus de 1 million USD publiées, l'application "
         "mobile en usage, vingt comités citoyens formés et un protocole avec la Cour des comptes qui "
         "garantit une réponse à chaque alerte."},
        {"It adds the physical and financial progress of each work, with geotagged photos and the committed "
         "dates, to the open procurement data.",
         "Il ajoute aux données ouvertes de la commande publique l'avancement physique et financier de "
         "chaque chantier, avec des photos géolocalisées et les dates prévues."},
        {"Citizen alerts about delays and cost overruns reach the agency and the Comptroller, who commit by "
         "protocol to answer them and report what they did.",
         "Les alertes citoyennes sur les retards et les surcoûts parviennent à l'organisme et à la Cour des "
         "comptes, qui s'engagent par protocole à y répondre et à rendre compte de ce qu'ils ont fait."},
        {"Citizen committees and the mobile app let communities watch nearby works and report problems "
         "during construction, not only at the end.",
         "Les comités citoyens et l'application mobile permettent aux communautés de surveiller les travaux "
         "proches et de signaler les problèmes pendant le chantier, et pas seulement à la fin."},
        {"Bruno Cifuentes Alarcón",
         "Bruno Adjovi"},
        {"Open Contracting for Infrastructure Coordinator, Data and Transparency Unit, National Public "
         "Procurement Directorate",
         "Coordonnateur de la commande publique ouverte pour les infrastructures, Unité des données et de la "
         "transparence, Direction nationale des marchés publics"},
        {"bruno.cifuentes@compras.gob.montealto.example",
         "bruno.adjovi@marchespublics.gouv.kanwara.example"},
        {"Citizen feedback on health services",
         "Avis des usagers sur les services de santé"},
        {"Ministry of Health",
         "Ministère de la Santé"},
        {"Quality and Patient Services Directorate",
         "Direction de la qualité et de l'accueil des patients"},
        {"Digital Government Agency; Health Superintendency",
         "Agence du gouvernement numérique\u00a0; Inspection générale de la santé"},
        {"Network of Women Community Leaders; Centre for Public Policy Studies",
         "Réseau des femmes leaders communautaires\u00a0; Centre d'études des politiques publiques"},
        {"Patients have no way to give their opinion on care and complaints change nothing.",
         "Les patients n'ont aucun moyen de donner leur avis sur les soins et les plaintes ne changent rien."},
        {"Complaints are written in paper books that are neither analysed nor published.",
         "Les plaintes sont consignées dans des registres papier qui ne sont ni analysés ni publiés."},
        {"Create a short satisfaction survey in every health centre and publish the results and the "
         "improvements made.",
         "Mettre en place une courte enquête de satisfaction dans chaque centre de santé et publier les "
         "résultats et les améliorations apportées."},
        {"Patients' views guide concrete improvements and every centre reports on them.",
         "L'avis des patients oriente des améliorations concrètes et chaque centre en rend compte."},
        {"USD 130,000",
         "130\u00a0000 USD"},
        {"National Health Plan 2030; SDG 3.8",
         "Plan national de santé 2030\u00a0; ODD 3.8"},
        {"health;public services;feedback",
         "santé;services publics;avis des usagers"},
        {"Survey design with patients and health staff",
         "Conception de l'enquête avec les patients et le personnel de santé"},
        {"Validated survey",
         "Enquête validée"},
        {"Pilot in 40 health centres",
         "Projet pilote dans 40 centres de santé"},
        {"Pilot results published",
         "Résultats du pilote publiés"},
        {"Public satisfaction dashboard by centre",
         "Tableau de bord public de la satisfaction par centre"},
        {"Online dashboard",
         "Tableau de bord en ligne"},
        {"Improvement plans published by each centre",
         "Plans d'amélioration publiés par chaque centre"},
        {"Improvement plans on the portal",
         "Plans d'amélioration sur le portail"},
        {"The Ministry of Health will run a short satisfaction survey in every health centre, publish the "
         "results by centre and ask each centre for a public improvement plan.",
         "Le ministère de la Santé mènera une courte enquête de satisfaction dans chaque centre de santé, "
         "publiera les résultats par centre et demandera à chacun un plan d'amélioration public."},
        {"Complaint books were conceived as a legal requirement, not as management information: nobody "
         "compiles or analyses them. Centres have no quality-of-care targets linked to patients' views and "
         "no duty to report what they change.",
         "Les registres de plaintes ont été conçus comme une obligation légale, non comme une information de "
         "gestion\u00a0: personne ne les compile ni ne les analyse. Les centres n'ont pas d'objectifs de qualité "
         "des soins liés à l'avis des patients ni l'obligation de rendre compte de ce qu'ils changent."},
        {"A survey validated with patients and health staff, a pilot in 40 centres with published results, a "
         "public satisfaction dashboard by centre and improvement plans published by every participating "
         "centre.",
         "Une enquête validée avec les patients et le personnel de santé, un pilote dans 40 centres avec des "
         "résultats publiés, un tableau de bord public de la satisfaction par centre et des plans "
         "d'amélioration publiés par chaque centre participant."},
        {"Every centre will have to publish an improvement plan based on the survey results and report on "
         "it, which the Health Superintendency and patients can follow on the dashboard.",
         "Chaque centre devra publier un plan d'amélioration fondé sur les résultats de l'enquête et en "
         "rendre compte, ce que l'Inspection générale de la santé et les patients pourront suivre sur le "
         "tableau de bord."},
        {"It gives patients a simple, regular channel to give their views on care, through a survey designed "
         "together with patients, community organisations and health staff.",
         "Il donne aux patients un canal simple et régulier pour donner leur avis sur les soins, au moyen "
         "d'une enquête conçue avec les patients, les organisations communautaires et le personnel de santé."},
        {"Lidia Manríquez Osorio",
         "Léontine Yaméogo"},
        {"Director of Quality and Patient Services, Ministry of Health",
         "Directrice de la qualité et de l'accueil des patients, ministère de la Santé"},
        {"lidia.manriquez@salud.gob.montealto.example",
         "leontine.yameogo@sante.gouv.kanwara.example"},
        {"Gender equality in participation and public data",
         "Égalité de genre dans la participation et les données publiques"},
        {"Ministry of Women and Gender Equity",
         "Ministère de la Femme et de l'Équité de genre"},
        {"Research Division",
         "Division des études"},
        {"Network of Women Community Leaders; Data for All Foundation",
         "Réseau des femmes leaders communautaires\u00a0; Fondation Données pour tous"},
        {"Official statistics do not show gender gaps and women take less part in decision-making spaces.",
         "Les statistiques officielles ne montrent pas les écarts entre les sexes et les femmes participent "
         "moins aux instances de décision."},
        {"Only 30% of social datasets are broken down by sex.",
         "Seuls 30\u00a0% des jeux de données sociales sont ventilés par sexe."},
        {"Break down the main social data by sex and establish parity on advisory councils.",
         "Ventiler par sexe les principales données sociales et instaurer la parité dans les conseils "
         "consultatifs."},
        {"With disaggregated data and parity, policies take gender gaps into account.",
         "Avec des données ventilées et la parité, les politiques tiennent compte des écarts entre les sexes."},
        {"USD 85,000",
         "85\u00a0000 USD"},
        {"National Gender Equality Policy; SDGs 5.5 and 17.18",
         "Politique nationale d'égalité de genre\u00a0; ODD 5.5 et 17.18"},
        {"gender;open data;inclusion",
         "genre;données ouvertes;inclusion"},
        {"Inventory of social data not broken down by sex",
         "Inventaire des données sociales non ventilées par sexe"},
        {"Inventory published",
         "Inventaire publié"},
        {"Publication of 25 disaggregated datasets",
         "Publication de 25 jeux de données ventilées"},
        {"Datasets on the portal",
         "Jeux de données sur le portail"},
        {"Parity rule for advisory councils",
         "Règle de parité pour les conseils consultatifs"},
        {"Decree approved",
         "Décret adopté"},
        {"The Ministry of Women and Gender Equity, with the National Statistics Institute, will publish 25 "
         "social datasets broken down by sex and promote parity on the state's advisory councils.",
         "Le ministère de la Femme et de l'Équité de genre, avec l'Institut national de la statistique, "
         "publiera 25 jeux de données sociales ventilées par sexe et promouvra la parité dans les conseils "
         "consultatifs de l'État."},
        {"Many administrative records do not capture people's sex, or do not process it, and no rule "
         "requires statistics to be disaggregated. Advisory councils are appointed by each institution with "
         "no parity criteria, and care responsibilities limit women's participation.",
         "De nombreux registres administratifs ne saisissent pas le sexe des personnes, ou ne le traitent "
         "pas, et aucune règle n'impose de ventiler les statistiques. Les conseils consultatifs sont nommés "
         "par chaque institution sans critère de parité, et les charges de soins limitent la participation "
         "des femmes."},
        {"A public inventory of social data not broken down by sex, 25 sex-disaggregated datasets on the "
         "portal and a decree establishing parity on advisory councils.",
         "Un inventaire public des données sociales non ventilées par sexe, 25 jeux de données ventilées par "
         "sexe sur le portail et un décret instaurant la parité dans les conseils consultatifs."},
        {"It publishes data that make visible the gender gaps in employment, health, education and social "
         "protection, today hidden in averages.",
         "Il publie des données qui rendent visibles les écarts entre les sexes dans l'emploi, la santé, "
         "l'éducation et la protection sociale, aujourd'hui cachés dans des moyennes."},
        {"The parity rule ensures that women hold half of the seats on the advisory councils where public "
         "policies are discussed.",
         "La règle de parité garantit aux femmes la moitié des sièges dans les conseils consultatifs où se "
         "discutent les politiques publiques."},
        {"Noemí Barros Elgueta",
         "Noëlle Assogba"},
        {"Head of the Research Division, Ministry of Women and Gender Equity",
         "Cheffe de la Division des études, ministère de la Femme et de l'Équité de genre"},
        {"noemi.barros@mujer.gob.montealto.example",
         "noelle.assogba@femme.gouv.kanwara.example"},
        {"Youth participation in employment policy",
         "Participation des jeunes aux politiques de l'emploi"},
        {"Ministry of Labour and Social Security",
         "Ministère du Travail et de la Sécurité sociale"},
        {"Youth Employment Directorate",
         "Direction de l'emploi des jeunes"},
        {"National Youth Institute",
         "Institut national de la jeunesse"},
        {"Youth for Participation Collective; National Chamber of Commerce and Services",
         "Collectif Jeunesse pour la participation\u00a0; Chambre nationale de commerce et des services"},
        {"Youth unemployment is twice the national average and programmes are designed without listening to "
         "young people.",
         "Le chômage des jeunes est le double de la moyenne nationale et les programmes sont conçus sans "
         "écouter les jeunes."},
        {"There is no formal space for youth participation in the Ministry of Labour.",
         "Il n'existe aucun espace formel de participation des jeunes au ministère du Travail."},
        {"Create a youth employment council with regional representation that reviews programmes every year.",
         "Créer un conseil de l'emploi des jeunes avec une représentation régionale, qui examine les "
         "programmes chaque année."},
        {"Employment programmes respond to young people's real needs.",
         "Les programmes d'emploi répondent aux besoins réels des jeunes."},
        {"USD 40,000",
         "40\u00a0000 USD"},
        {"National Employment Strategy; SDG 8.6",
         "Stratégie nationale pour l'emploi\u00a0; ODD 8.6"},
        {"youth;employment;citizen participation",
         "jeunesse;emploi;participation citoyenne"},
        {"Open call for the youth council",
         "Appel ouvert pour le conseil des jeunes"},
        {"Council formed",
         "Conseil constitué"},
        {"Participatory review of two employment programmes",
         "Examen participatif de deux programmes d'emploi"},
        {"Report with recommendations",
         "Rapport avec recommandations"},
        {"Ministry's public response to the recommendations",
         "Réponse publique du ministère aux recommandations"},
        {"Response published",
         "Réponse publiée"},
        {"The Ministry of Labour will create a youth employment council, chosen through an open call with "
         "regional representation, that reviews employment programmes every year and gets a public response "
         "from the ministry.",
         "Le ministère du Travail créera un conseil de l'emploi des jeunes, choisi par appel ouvert avec une "
         "représentation régionale, qui examinera chaque année les programmes d'emploi et recevra une "
         "réponse publique du ministère."},
        {"Youth employment programmes are designed centrally from aggregate data, without consulting the "
         "people they serve, and the ministry has no formal participation body. Youth organisations are "
         "scattered and rarely invited.",
         "Les programmes d'emploi des jeunes sont conçus de manière centralisée à partir de données "
         "agrégées, sans consulter les personnes concernées, et le ministère n'a aucune instance formelle de "
         "participation. Les organisations de jeunesse sont dispersées et rarement invitées."},
        {"A youth council formed through an open call, a report with recommendations on two employment "
         "programmes and a public response from the ministry explaining which recommendations it adopts.",
         "Un conseil des jeunes constitué par appel ouvert, un rapport avec des recommandations sur deux "
         "programmes d'emploi et une réponse publique du ministère expliquant quelles recommandations il "
         "retient."},
        {"It creates the first formal space for young people from every region to review employment "
         "programmes and make recommendations the ministry must answer publicly.",
         "Il crée le premier espace formel où des jeunes de toutes les régions examinent les programmes "
         "d'emploi et formulent des recommandations auxquelles le ministère doit répondre publiquement."},
        {"Bastián Orellana Medina",
         "Bakary Fofana"},
        {"Director of Youth Employment, Ministry of Labour and Social Security",
         "Directeur de l'emploi des jeunes, ministère du Travail et de la Sécurité sociale"},
        {"bastian.orellana@trabajo.gob.montealto.example",
         "bakary.fofana@travail.gouv.kanwara.example"},
        {"Transparency of climate finance",
         "Transparence de la finance climatique"},
        {"Climate Change Office",
         "Bureau du changement climatique"},
        {"Río Claro Environmental Collective; Data for All Foundation",
         "Collectif environnemental Rivière Claire\u00a0; Fondation Données pour tous"},
        {"Nobody knows how much money the country receives and spends on climate action, or with what "
         "results.",
         "Personne ne sait combien d'argent le pays reçoit et dépense pour l'action climatique, ni avec "
         "quels résultats."},
        {"Climate funds are recorded in different systems and there is no consolidated report.",
         "Les fonds climatiques sont enregistrés dans des systèmes différents et il n'existe aucun rapport "
         "consolidé."},
        {"Publish a climate finance portal with sources, amounts, projects and results.",
         "Publier un portail de la finance climatique avec les sources, les montants, les projets et les "
         "résultats."},
        {"Citizens can follow climate funds and demand results.",
         "Les citoyens peuvent suivre les fonds climatiques et exiger des résultats."},
        {"USD 110,000",
         "110\u00a0000 USD"},
        {"Nationally Determined Contribution; SDGs 13.2 and 13.a",
         "Contribution déterminée au niveau national\u00a0; ODD 13.2 et 13.a"},
        {"environment;climate change;budget",
         "environnement;changement climatique;budget"},
        {"Budget classifier for climate spending",
         "Nomenclature budgétaire des dépenses climatiques"},
        {"Classifier approved",
         "Nomenclature adoptée"},
        {"Climate finance portal",
         "Portail de la finance climatique"},
        {"Portal online",
         "Portail en ligne"},
        {"Annual results report with citizen participation",
         "Rapport annuel sur les résultats avec participation citoyenne"},
        {"Report published and discussed at a hearing",
         "Rapport publié et débattu lors d'une audience"},
        {"The Ministry of the Environment, with the Ministry of Economy and Finance, will create a budget "
         "classifier for climate spending and a portal with the sources, amounts, projects and results of "
         "climate finance.",
         "Le ministère de l'Environnement, avec le ministère de l'Économie et des Finances, créera une "
         "nomenclature budgétaire des dépenses climatiques et un portail présentant les sources, les "
         "montants, les projets et les résultats de la finance climatique."},
        {"The budget does not identify climate spending and cooperation funds are recorded outside the "
         "state's financial system; each institution reports with its own criteria and no body is tasked "
         "with consolidating the information.",
         "Le budget n'identifie pas les dépenses climatiques et les fonds de coopération sont enregistrés "
         "hors du système financier de l'État\u00a0; chaque institution rend compte selon ses propres critères et "
         "aucun organisme n'est chargé de consolider l'information."},
        {"The classifier approved and applied in the budget, the climate finance portal online with open "
         "data, and an annual results report discussed at a public hearing.",
         "La nomenclature adoptée et appliquée dans le budget, le portail de la finance climatique en ligne "
         "avec des données ouvertes, et un rapport annuel sur les résultats débattu lors d'une audience "
         "publique."},
        {"It brings together in one place, as open data, how much money for climate action the country "
         "receives and spends, from which sources and on which projects.",
         "Il réunit en un seul endroit, en données ouvertes, combien d'argent pour l'action climatique le "
         "pays reçoit et dépense, de quelles sources et pour quels projets."},
        {"The annual results report and its discussion at a public hearing require institutions to explain "
         "what they achieved with the funds and to answer citizens' questions.",
         "Le rapport annuel sur les résultats et son examen en audience publique obligent les institutions à "
         "expliquer ce qu'elles ont obtenu avec les fonds et à répondre aux questions des citoyens."},
        {"Antonia Riquelme Salas",
         "Antoinette Somé"},
        {"Head of the Climate Change Office, Ministry of the Environment",
         "Cheffe du Bureau du changement climatique, ministère de l'Environnement"},
        {"antonia.riquelme@ambiente.gob.montealto.example",
         "antoinette.some@environnement.gouv.kanwara.example"},
        {"Public register of government algorithms",
         "Registre public des algorithmes de l'administration"},
        {"Public Innovation Division",
         "Division de l'innovation publique"},
        {"Transparency Council; Ministry of Social Development",
         "Conseil de la transparence\u00a0; ministère du Développement social"},
        {"Data for All Foundation; Faculty of Engineering, Northern Technological University",
         "Fondation Données pour tous\u00a0; Faculté d'ingénierie, Université technologique du Nord"},
        {"The state uses automated systems to allocate benefits without people knowing how those decisions "
         "are made.",
         "L'État utilise des systèmes automatisés pour attribuer des prestations sans que les personnes "
         "sachent comment ces décisions sont prises."},
        {"There is no inventory of the automated decision systems in use.",
         "Il n'existe aucun inventaire des systèmes de décision automatisée en usage."},
        {"Create a public register of algorithms with their purpose, the data used, who is responsible and "
         "impact assessments.",
         "Créer un registre public des algorithmes indiquant leur finalité, les données utilisées, les "
         "responsables et les études d'impact."},
        {"People know about, and can challenge, the automated decisions that affect them.",
         "Les personnes connaissent les décisions automatisées qui les concernent et peuvent les contester."},
        {"USD 90,000",
         "90\u00a0000 USD"},
        {"National Artificial Intelligence Strategy; SDG 16.10",
         "Stratégie nationale d'intelligence artificielle\u00a0; ODD 16.10"},
        {"digital government;algorithms;accountability",
         "gouvernement numérique;algorithmes;redevabilité"},
        {"Technical standard on algorithmic transparency",
         "Norme technique sur la transparence algorithmique"},
        {"Standard published",
         "Norme publiée"},
        {"Register pilot with three institutions",
         "Registre pilote avec trois institutions"},
        {"Records of three systems published",
         "Fiches de trois systèmes publiées"},
        {"Public register online",
         "Registre public en ligne"},
        {"Register with at least 15 systems",
         "Registre comptant au moins 15 systèmes"},
        {"The Digital Government Agency will create a public register of the algorithms the state uses to "
         "decide about people, with their purpose, the data they use, who is responsible and their impact "
         "assessments.",
         "L'Agence du gouvernement numérique créera un registre public des algorithmes que l'État utilise "
         "pour décider au sujet des personnes, avec leur finalité, les données qu'ils utilisent, les "
         "responsables et leurs études d'impact."},
        {"Each institution procures or builds its automated systems with no duty to disclose them or assess "
         "their impact, and no technical standard defines what must be published. Legal and technical teams "
         "rarely work together on these decisions.",
         "Chaque institution acquiert ou développe ses systèmes automatisés sans obligation de les déclarer "
         "ni d'en évaluer l'impact, et aucune norme technique ne définit ce qui doit être publié. Les "
         "équipes juridiques et techniques travaillent rarement ensemble sur ces décisions."},
        {"A technical standard on algorithmic transparency published, pilot records for three systems and a "
         "public online register with at least 15 automated decision systems.",
         "Une norme technique sur la transparence algorithmique publiée, les fiches pilotes de trois "
         "systèmes et un registre public en ligne comptant au moins 15 systèmes de décision automatisée."},
        {"People will be able to find out which automated systems are used to allocate benefits, with what "
         "data and for what purpose.",
         "Chacun pourra savoir quels systèmes automatisés servent à attribuer des prestations, avec quelles "
         "données et dans quel but."},
        {"Each record names the institution and unit responsible and publishes the impact assessment, so "
         "that the people affected and the Transparency Council can challenge decisions and ask for a review.",
         "Chaque fiche nomme l'institution et l'unité responsables et publie l'étude d'impact, afin que les "
         "personnes concernées et le Conseil de la transparence puissent contester les décisions et en "
         "demander le réexamen."},
        {"Simón Fajardo Aguayo",
         "Simon Zoungrana"},
        {"Head of the Public Innovation Division, Digital Government Agency",
         "Chef de la Division de l'innovation publique, Agence du gouvernement numérique"},
        {"simon.fajardo@digital.gob.montealto.example",
         "simon.zoungrana@numerique.gouv.kanwara.example"},
        {"Municipal participatory budgeting",
         "Budget participatif communal"},
        {"Municipal Strengthening Area",
         "Département de l'appui aux communes"},
        {"Ministry of Economy and Finance; Undersecretariat for Regional Development",
         "Ministère de l'Économie et des Finances\u00a0; Secrétariat d'État au Développement régional"},
        {"Citizens' Network for Transparency; neighbourhood councils",
         "Réseau citoyen pour la transparence\u00a0; comités de quartier"},
        {"Communities have no say over their municipality's investments.",
         "Les communautés n'ont pas leur mot à dire sur les investissements de leur commune."},
        {"Only four municipalities use participatory budgeting, with no common rules.",
         "Seules quatre communes pratiquent le budget participatif, sans règles communes."},
        {"Implement participatory budgeting with common rules and public monitoring in 20 municipalities.",
         "Mettre en œuvre un budget participatif avec des règles communes et un suivi public dans 20 "
         "communes."},
        {"Residents prioritise and monitor part of the municipal investment.",
         "Les habitants priorisent et suivent une partie de l'investissement communal."},
        {"USD 300,000 (competitive fund)",
         "300\u00a0000 USD (fonds concurrentiel)"},
        {"National Decentralisation Policy; SDGs 11.3 and 16.7",
         "Politique nationale de décentralisation\u00a0; ODD 11.3 et 16.7"},
        {"local government;budget;citizen participation",
         "collectivités locales;budget;participation citoyenne"},
        {"Common participatory budgeting guide",
         "Guide commun du budget participatif"},
        {"Guide published",
         "Guide publié"},
        {"Participatory processes in 20 municipalities",
         "Processus participatifs dans 20 communes"},
        {"Prioritisation minutes from 20 municipalities",
         "Procès-verbaux de priorisation de 20 communes"},
        {"Tracking dashboard for the chosen projects",
         "Tableau de bord de suivi des projets retenus"},
        {"Dashboard online",
         "Tableau de bord en ligne"},
        {"Participatory evaluation of the first cycle",
         "Évaluation participative du premier cycle"},
        {"Evaluation report",
         "Rapport d'évaluation"},
        {"The Association of Municipalities of Montealto will implement participatory budgeting with common "
         "rules in 20 municipalities, with a public dashboard to track the projects residents choose.",
         "L'Association des communes de Kanwara mettra en œuvre un budget participatif avec des règles "
         "communes dans 20 communes, avec un tableau de bord public pour suivre les projets choisis par les "
         "habitants."},
        {"The council decides municipal investment on the basis of technical proposals, with no consultation "
         "mechanism; the few municipalities with participatory budgeting run it under their own rules and "
         "without secured funding, and many small municipalities lack the staff to organise it.",
         "Le conseil municipal décide de l'investissement communal sur la base de propositions techniques, "
         "sans mécanisme de consultation\u00a0; les rares communes dotées d'un budget participatif le conduisent "
         "selon leurs propres règles et sans financement garanti, et beaucoup de petites communes n'ont pas "
         "le personnel pour l'organiser."},
        {"A common guide published, prioritisation processes in 20 municipalities with public minutes, an "
         "online dashboard with the progress of the chosen projects and a participatory evaluation of the "
         "first cycle.",
         "Un guide commun publié, des processus de priorisation dans 20 communes avec des procès-verbaux "
         "publics, un tableau de bord en ligne de l'avancement des projets retenus et une évaluation "
         "participative du premier cycle."},
        {"The tracking dashboard shows the progress and spending of each chosen project, and municipalities "
         "must explain delays or changes at the participatory evaluation.",
         "Le tableau de bord de suivi montre l'avancement et la dépense de chaque projet retenu, et les "
         "communes doivent expliquer les retards ou les changements lors de l'évaluation participative."},
        {"Residents propose, prioritise and vote on projects with part of their municipality's investment, "
         "under common rules that make the processes open and comparable.",
         "Les habitants proposent, priorisent et votent des projets sur une partie de l'investissement de "
         "leur commune, selon des règles communes qui rendent les processus ouverts et comparables."},
        {"Yolanda Pacheco Arce",
         "Yolande Bamba"},
        {"Coordinator of the Municipal Strengthening Area, Association of Municipalities of Montealto",
         "Coordonnatrice du Département de l'appui aux communes, Association des communes de Kanwara"},
        {"yolanda.pacheco@municipios.montealto.example",
         "yolande.bamba@communes.kanwara.example"},
        {"Plain language and accessibility in public services",
         "Langage clair et accessibilité dans les services publics"},
        {"Public Management Secretariat",
         "Secrétariat à la gestion publique"},
        {"Administrative Simplification Unit",
         "Unité de simplification administrative"},
        {"Digital Government Agency; National Disability Council",
         "Agence du gouvernement numérique\u00a0; Conseil national des personnes handicapées"},
        {"Centre for Public Policy Studies; organisations of persons with disabilities",
         "Centre d'études des politiques publiques\u00a0; organisations de personnes handicapées"},
        {"Forms and decisions use language many people do not understand, and websites are not accessible.",
         "Les formulaires et les décisions emploient un langage que beaucoup ne comprennent pas, et les "
         "sites web ne sont pas accessibles."},
        {"No procedure has been reviewed against plain-language criteria.",
         "Aucune démarche n'a été revue selon des critères de langage clair."},
        {"Rewrite the 50 most used procedures in plain language and make their websites accessible.",
         "Réécrire en langage clair les 50 démarches les plus utilisées et rendre leurs sites web "
         "accessibles."},
        {"People understand their rights and duties and complete procedures without intermediaries.",
         "Les personnes comprennent leurs droits et leurs obligations et accomplissent les démarches sans "
         "intermédiaires."},
        {"USD 75,000",
         "75\u00a0000 USD"},
        {"State Modernisation Agenda; SDGs 16.6 and 10.2",
         "Programme de modernisation de l'État\u00a0; ODD 16.6 et 10.2"},
        {"plain language;accessibility;public services",
         "langage clair;accessibilité;services publics"},
        {"Plain-language guide and user testing",
         "Guide du langage clair et tests avec les usagers"},
        {"Rewriting of the 50 most used procedures",
         "Réécriture des 50 démarches les plus utilisées"},
        {"50 procedures revised",
         "50 démarches révisées"},
        {"Accessibility audit of service websites",
         "Audit d'accessibilité des sites des services"},
        {"Audit report and fixes",
         "Rapport d'audit et corrections"},
        {"The Public Management Secretariat will rewrite the state's 50 most used procedures in plain "
         "language, tested with users, and make their websites accessible.",
         "Le Secrétariat à la gestion publique réécrira en langage clair les 50 démarches les plus utilisées "
         "de l'État, testées avec les usagers, et rendra leurs sites web accessibles."},
        {"Forms and decisions are drafted with inherited legal formulas and never tested with users; there "
         "is no plain-language guide or mandatory web accessibility standard, and the teams that build the "
         "websites do not know those criteria.",
         "Les formulaires et les décisions sont rédigés avec des formules juridiques héritées et jamais "
         "testés avec les usagers\u00a0; il n'existe ni guide du langage clair ni norme d'accessibilité web "
         "obligatoire, et les équipes qui développent les sites ignorent ces critères."},
        {"A plain-language guide published, the 50 most used procedures revised and tested with users, and "
         "an accessibility audit of their websites with the fixes applied.",
         "Un guide du langage clair publié, les 50 démarches les plus utilisées révisées et testées avec les "
         "usagers, et un audit d'accessibilité de leurs sites web avec les corrections apportées."},
        {"The requirements, deadlines, rights and duties of each procedure become understandable and "
         "accessible to everyone, including persons with disabilities.",
         "Les conditions, délais, droits et obligations de chaque démarche deviennent compréhensibles et "
         "accessibles à tous, y compris aux personnes handicapées."},
        {"The texts are tested with users and with organisations of persons with disabilities, who review "
         "the procedures before they are published.",
         "Les textes sont testés avec les usagers et avec les organisations de personnes handicapées, qui "
         "examinent les démarches avant leur publication."},
        {"Cristóbal Mena Rivas",
         "Christophe Kambou"},
        {"Head of the Administrative Simplification Unit, Public Management Secretariat",
         "Chef de l'Unité de simplification administrative, Secrétariat à la gestion publique"},
        {"cristobal.mena@gestionpublica.gob.montealto.example",
         "christophe.kambou@gestionpublique.gouv.kanwara.example"},
        {"Claudia Reyes Maldonado",
         "Élise Hounkpatin"},
        {"OGP Independent Reporting Mechanism (IRM)",
         "Mécanisme d'évaluation indépendant (MEI) du PGO"},
        {"Joaquín Ibáñez Sepúlveda",
         "Joachim Ndour"},
        {"OGP Support Unit",
         "Unité d'appui du PGO"},
        {"Rosa Huamán Quispe",
         "Rose Tiendrébéogo"},
        {"San Isidro del Sur Neighbourhood Council",
         "Comité de quartier de Tiébala-Sud"},
        {"Esteban Lagos Rivero",
         "Étienne Bationo"},
        {"Municipality of San Isidro del Sur",
         "Commune de Tiébala-Sud"},
        {"Daniela Vera Pizarro",
         "Danielle Kouamé"},
        {"National University of Montealto (student)",
         "Université nationale de Kanwara (étudiante)"},
        {"Marcelo Aravena Toledo",
         "Marcel Ahouansou"},
        {"Montealto Association of Engineers",
         "Ordre des ingénieurs de Kanwara"},
        {"Council Room, Ministry of Transparency and Public Service, 1250 Central Avenue, Montealto City",
         "Salle du Conseil, ministère de la Transparence et de la Fonction publique, 1250, avenue Centrale, "
         "Dabakro"},
        {"https://reuniones.montealto.example/foro-multiactor",
         "https://reunions.kanwara.example/forum-multipartite"},
        {"Inaugural session of the Multi-Stakeholder Forum",
         "Séance inaugurale du Forum multipartite"},
        {"The Forum's terms of reference and rules of participation",
         "Termes de référence et règles de participation du Forum"},
        {"The Technical Secretariat presented the terms of reference and the rules of participation. Parity "
         "between government and civil society was agreed, as was publishing all minutes in the Forum's "
         "repository.",
         "Le Secrétariat technique a présenté les termes de référence et les règles de participation. La "
         "parité entre le gouvernement et la société civile a été convenue, ainsi que la publication de tous "
         "les procès-verbaux dans le dépôt documentaire du Forum."},
        {"Election of the chair and co-chair",
         "Élection du président et de la coprésidente"},
        {"A government chair and a civil-society co-chair for two years were proposed. The pair Andrés "
         "Salazar Mejía and Carmen Rojas Villalobos was put to the vote.",
         "Il a été proposé un président issu du gouvernement et une coprésidente issue de la société civile "
         "pour deux ans. Le binôme Ousmane Traoré et Mariam Ouédraogo a été soumis au vote."},
        {"Co-creation roadmap for the first action plan",
         "Feuille de route de la co-création du premier plan d'action"},
        {"The co-chair presented the roadmap: an open call for contributions, thematic workshops and an "
         "approval session in August. Because of the health emergency, the workshops will be held online.",
         "La coprésidente a présenté la feuille de route\u00a0: un appel ouvert à contributions, des ateliers "
         "thématiques et une séance d'approbation en août. En raison de l'urgence sanitaire, les ateliers se "
         "tiendront en ligne."},
        {"Approve the terms of reference and the rules of participation of the Multi-Stakeholder Forum.",
         "Approuver les termes de référence et les règles de participation du Forum multipartite."},
        {"Elect Andrés Salazar Mejía as chair and Carmen Rojas Villalobos as co-chair for two years.",
         "Élire Ousmane Traoré président et Mariam Ouédraogo coprésidente pour deux ans."},
        {"Approve the co-creation roadmap of the first action plan, with online workshops and contributions "
         "accepted until 31 July 2020.",
         "Approuver la feuille de route de la co-création du premier plan d'action, avec des ateliers en "
         "ligne et des contributions reçues jusqu'au 31 juillet 2020."},
        {"Publish the terms of reference and the minutes on the open government website.",
         "Publier les termes de référence et le procès-verbal sur le site du gouvernement ouvert."},
        {"Open the online form to receive citizens' contributions.",
         "Ouvrir le formulaire en ligne pour recevoir les contributions des citoyens."},
        {"Online co-creation workshop: fiscal transparency, procurement and open data",
         "Atelier de co-création en ligne\u00a0: transparence budgétaire, marchés publics et données ouvertes"},
        {"https://reuniones.montealto.example/mesa-cocreacion-1",
         "https://reunions.kanwara.example/atelier-cocreation-1"},
        {"Workshop method and prioritisation criteria",
         "Méthode de l'atelier et critères de priorisation"},
        {"It was explained that every proposal is recorded as a contribution and gets a published reasoned "
         "response.",
         "Il a été expliqué que chaque proposition est enregistrée comme contribution et reçoit une réponse "
         "motivée publiée."},
        {"Proposals on public procurement and beneficial ownership",
         "Propositions sur les marchés publics et les bénéficiaires effectifs"},
        {"Participants asked for contracts to be published as open data and linked to a beneficial ownership "
         "register.",
         "Les participants ont demandé que les contrats soient publiés en données ouvertes et reliés à un "
         "registre des bénéficiaires effectifs."},
        {"Proposals on the budget and participation",
         "Propositions sur le budget et la participation"},
        {"A plain-language citizens' budget and regional public hearings were proposed.",
         "Un budget citoyen en langage clair et des audiences publiques régionales ont été proposés."},
        {"Compile the workshop's proposals and send them to the lead agencies.",
         "Compiler les propositions de l'atelier et les transmettre aux institutions chefs de file."},
        {"Regular session: approval of the first national action plan",
         "Séance ordinaire\u00a0: approbation du premier plan d'action national"},
        {"Report on co-creation and reasoned responses",
         "Rapport sur la co-création et les réponses motivées"},
        {"The Secretariat reported that every contribution received has a published reasoned response, and "
         "the reasons for those not incorporated were reviewed.",
         "Le Secrétariat a indiqué que chaque contribution reçue a une réponse motivée publiée, et les "
         "motifs de celles qui n'ont pas été intégrées ont été examinés."},
        {"Presentation of the first action plan's commitments",
         "Présentation des engagements du premier plan d'action"},
        {"Each lead agency presented its commitment. Verifiable milestones were requested for commitments 3 "
         "and 4.",
         "Chaque institution chef de file a présenté son engagement. Des jalons vérifiables ont été demandés "
         "pour les engagements 3 et 4."},
        {"Approval of the first action plan",
         "Approbation du premier plan d'action"},
        {"The final text was put to the vote. Civil society put on record that the commitment on asset "
         "declarations should be broadened in the next plan.",
         "Le texte final a été soumis au vote. La société civile a fait consigner que l'engagement sur les "
         "déclarations de patrimoine devrait être élargi dans le prochain plan."},
        {"Approve the First National Open Government Action Plan 2021–2022 and instruct the Technical "
         "Secretariat to send it to OGP before 31 August 2020.",
         "Approuver le premier plan d'action national PGO 2021–2022 et charger le Secrétariat technique de "
         "l'envoyer au PGO avant le 31 août 2020."},
        {"Add dated, verifiable milestones to commitments 3 and 4, as civil society proposed.",
         "Ajouter des jalons datés et vérifiables aux engagements 3 et 4, comme l'a proposé la société "
         "civile."},
        {"Send the approved plan to the OGP Support Unit and publish it in the repository.",
         "Envoyer le plan approuvé à l'Unité d'appui du PGO et le publier dans le dépôt documentaire."},
        {"Adjust the milestones of commitments 3 and 4 before sending the plan.",
         "Ajuster les jalons des engagements 3 et 4 avant l'envoi du plan."},
        {"Regular session: monitoring the first action plan",
         "Séance ordinaire\u00a0: suivi du premier plan d'action"},
        {"Progress on commitment 1: open procurement data",
         "Avancement de l'engagement 1\u00a0: données ouvertes sur les marchés publics"},
        {"The NPPD reported the first dataset published in the Open Contracting Data Standard. The Citizen "
         "Observatory asked for contract amendments to be included.",
         "La DNMP a présenté le premier jeu de données publié selon le Standard de données de la commande "
         "publique ouverte. L'Observatoire citoyen a demandé d'y inclure les avenants aux contrats."},
        {"Progress on commitment 4: water quality",
         "Avancement de l'engagement 4\u00a0: qualité de l'eau"},
        {"The Ministry of the Environment reported a delay in buying monitoring stations and proposed "
         "rescheduling the second milestone.",
         "Le ministère de l'Environnement a signalé un retard dans l'achat des stations de surveillance et a "
         "proposé de reprogrammer le deuxième jalon."},
        {"The Forum's work plan for the second half of the year",
         "Plan de travail du Forum pour le second semestre"},
        {"It was agreed to meet at least every six months and to form a monitoring working group.",
         "Il a été convenu de se réunir au moins tous les six mois et de constituer un groupe de travail de "
         "suivi."},
        {"Reschedule commitment 4's monitoring-station milestone, with a report at the next session.",
         "Reprogrammer le jalon des stations de surveillance de l'engagement 4, avec un rapport à la "
         "prochaine séance."},
        {"Include contract amendments in the open dataset.",
         "Inclure les avenants aux contrats dans le jeu de données ouvert."},
        {"Present a schedule for buying the monitoring stations.",
         "Présenter un calendrier d'achat des stations de surveillance."},
        {"Regular session: monitoring and preparing the close of the first plan",
         "Séance ordinaire\u00a0: suivi et préparation de la clôture du premier plan"},
        {"Progress on commitment 3: beneficial ownership register",
         "Avancement de l'engagement 3\u00a0: registre des bénéficiaires effectifs"},
        {"The register's regulation has been approved and the search portal is being tested. Civil society "
         "asked for searches to be free and without prior sign-up.",
         "La réglementation du registre a été adoptée et le portail de recherche est en phase de test. La "
         "société civile a demandé que la recherche soit gratuite et sans inscription préalable."},
        {"Progress on commitment 5: indigenous participation",
         "Avancement de l'engagement 5\u00a0: participation autochtone"},
        {"The Council of Indigenous Peoples welcomed the intercultural tables but warned that interpreters "
         "are missing in two regions.",
         "Le Conseil des peuples autochtones a salué les tables interculturelles mais a averti qu'il manque "
         "des interprètes dans deux régions."},
        {"Method for the self-assessment report",
         "Méthode du rapport d'auto-évaluation"},
        {"The National University proposed an evidence matrix per milestone for every commitment.",
         "L'Université nationale a proposé une matrice de preuves par jalon pour chaque engagement."},
        {"Recommend that searching the beneficial ownership register be free and need no prior sign-up.",
         "Recommander que la recherche dans le registre des bénéficiaires effectifs soit gratuite et sans "
         "inscription préalable."},
        {"Adopt the proposed evidence matrix for the self-assessment report.",
         "Adopter la matrice de preuves proposée pour le rapport d'auto-évaluation."},
        {"Hire interpreters for the outstanding intercultural tables.",
         "Recruter des interprètes pour les tables interculturelles qui en manquent."},
        {"Circulate the evidence matrix to the lead agencies.",
         "Diffuser la matrice de preuves auprès des institutions chefs de file."},
        {"Explore a bulk-access agreement for the register with the Superintendency.",
         "Étudier avec l'Office du registre un accord d'accès en masse au registre."},
        {"Regular session: closing the first plan and self-assessment",
         "Séance ordinaire\u00a0: clôture du premier plan et auto-évaluation"},
        {"Final results of the commitments",
         "Résultats finaux des engagements"},
        {"The Secretariat presented each commitment's completion level and the evidence gathered.",
         "Le Secrétariat a présenté le niveau d'achèvement de chaque engagement et les preuves réunies."},
        {"Approval of the self-assessment report",
         "Approbation du rapport d'auto-évaluation"},
        {"Civil society asked for a detailed account of why the commitment on asset declarations was limited.",
         "La société civile a demandé une explication détaillée des raisons pour lesquelles l'engagement sur "
         "les déclarations de patrimoine est resté limité."},
        {"Lessons learned for the next plan",
         "Leçons apprises pour le prochain plan"},
        {"Lessons were identified on co-creation timelines, budgets allocated from the start and quarterly "
         "monitoring.",
         "Des leçons ont été dégagées sur les délais de co-création, les budgets affectés dès le départ et "
         "le suivi trimestriel."},
        {"Approve the end-of-term self-assessment report of the first action plan, with an annex on "
         "commitment 7.",
         "Approuver le rapport d'auto-évaluation de fin de mandat du premier plan d'action, avec une annexe "
         "sur l'engagement 7."},
        {"Adopt the lessons learned and carry them into the roadmap of the second action plan.",
         "Adopter les leçons apprises et les intégrer à la feuille de route du deuxième plan d'action."},
        {"Publish the self-assessment report for two weeks of public comment.",
         "Publier le rapport d'auto-évaluation pour deux semaines de commentaires publics."},
        {"Regular session: IRM Results Report and renewal of the Forum",
         "Séance ordinaire\u00a0: Rapport sur les résultats du MEI et renouvellement du Forum"},
        {"Presentation of the IRM Results Report",
         "Présentation du Rapport sur les résultats du MEI"},
        {"The IRM researcher highlighted the open contracting commitment and recommended more civil-society "
         "participation during implementation.",
         "La chercheuse du MEI a souligné l'engagement sur la commande publique ouverte et recommandé "
         "davantage de participation de la société civile pendant la mise en œuvre."},
        {"Renewal of the Forum's members",
         "Renouvellement des membres du Forum"},
        {"The end of one member's term was reported, and it was proposed to admit the Association of "
         "Municipalities and the Youth for Participation Collective from July.",
         "La fin du mandat d'un membre a été annoncée, et il a été proposé d'admettre l'Association des "
         "communes et le Collectif Jeunesse pour la participation à partir de juillet."},
        {"Roadmap for the second action plan",
         "Feuille de route du deuxième plan d'action"},
        {"It was proposed to start co-creation in April 2024, with in-person regional workshops.",
         "Il a été proposé de lancer la co-création en avril 2024, avec des ateliers régionaux en présentiel."},
        {"Admit the Association of Municipalities of Montealto and the Youth for Participation Collective as "
         "members for four years.",
         "Admettre l'Association des communes de Kanwara et le Collectif Jeunesse pour la participation "
         "comme membres pour quatre ans."},
        {"Start co-creating the second action plan in April 2024 with at least one regional workshop.",
         "Lancer la co-création du deuxième plan d'action en avril 2024 avec au moins un atelier régional."},
        {"Reply in writing to the IRM's recommendations.",
         "Répondre par écrit aux recommandations du MEI."},
        {"Public launch of the co-creation of the second action plan",
         "Lancement public de la co-création du deuxième plan d'action"},
        {"Main Auditorium, National University of Montealto",
         "Grand amphithéâtre, Université nationale de Kanwara"},
        {"https://reuniones.montealto.example/lanzamiento-ii-plan",
         "https://reunions.kanwara.example/lancement-2e-plan"},
        {"Welcome and review of the first action plan",
         "Accueil et bilan du premier plan d'action"},
        {"The chair summarised the first plan's results and the IRM's recommendations.",
         "Le président a résumé les résultats du premier plan et les recommandations du MEI."},
        {"How to take part: timeline and channels for contributions",
         "Comment participer\u00a0: calendrier et canaux de contribution"},
        {"The online form, the Forum's email and the regional workshops were presented; every proposal will "
         "receive a reasoned response.",
         "Le formulaire en ligne, l'adresse électronique du Forum et les ateliers régionaux ont été "
         "présentés\u00a0; chaque proposition recevra une réponse motivée."},
        {"Open dialogue with the public",
         "Dialogue ouvert avec le public"},
        {"There were questions on health, youth employment and climate finance; the proposals were recorded "
         "as contributions.",
         "Des questions ont porté sur la santé, l'emploi des jeunes et la finance climatique\u00a0; les "
         "propositions ont été enregistrées comme contributions."},
        {"Publish the recording and the slides of the launch.",
         "Publier l'enregistrement et la présentation du lancement."},
        {"Regional co-creation workshop — Southern Region",
         "Atelier régional de co-création — Région du Sud"},
        {"San Isidro del Sur House of Culture",
         "Maison de la culture de Tiébala-Sud"},
        {"Regional assessment of public problems",
         "Diagnostic régional des problèmes publics"},
        {"Participants prioritised health care, municipal budgets and information in indigenous languages.",
         "Les participants ont donné la priorité aux soins de santé, aux budgets communaux et à "
         "l'information en langues autochtones."},
        {"Proposals on health services and participatory budgeting",
         "Propositions sur les services de santé et le budget participatif"},
        {"Proposals were drafted on feedback in health centres and on municipal participatory budgeting.",
         "Des propositions ont été rédigées sur l'avis des usagers dans les centres de santé et sur le "
         "budget participatif communal."},
        {"Send the workshop's proposals to the Ministries of Health and of Economy and Finance.",
         "Transmettre les propositions de l'atelier au ministère de la Santé et au ministère de l'Économie "
         "et des Finances."},
        {"Regular session: approval of the second national action plan",
         "Séance ordinaire\u00a0: approbation du deuxième plan d'action national"},
        {"The Secretariat presented a summary of the contributions, their status and the published reasoned "
         "responses.",
         "Le Secrétariat a présenté une synthèse des contributions, de leur statut et des réponses motivées "
         "publiées."},
        {"Presentation of the second action plan's commitments",
         "Présentation des engagements du deuxième plan d'action"},
        {"The lead agencies presented eight commitments. It was noted that the commitment on algorithms has "
         "no allocated budget yet.",
         "Les institutions chefs de file ont présenté huit engagements. Il a été relevé que l'engagement sur "
         "les algorithmes n'a pas encore de budget affecté."},
        {"Approval of the second action plan",
         "Approbation du deuxième plan d'action"},
        {"The final text of the plan was put to a roll-call vote.",
         "Le texte final du plan a été soumis à un vote par appel nominal."},
        {"Approve the Second National Open Government Action Plan 2025–2027 and send it to OGP before 31 "
         "August 2024.",
         "Approuver le deuxième plan d'action national PGO 2025–2027 et l'envoyer au PGO avant le 31 août "
         "2024."},
        {"Ask the Digital Government Agency to confirm the budget of commitment 6 before January 2025.",
         "Demander à l'Agence du gouvernement numérique de confirmer le budget de l'engagement 6 avant "
         "janvier 2025."},
        {"Send the approved plan to OGP and publish it with the reasoned responses.",
         "Envoyer le plan approuvé au PGO et le publier avec les réponses motivées."},
        {"Confirm the budget of commitment 6.",
         "Confirmer le budget de l'engagement 6."},
        {"Regular session: first monitoring of the second plan",
         "Séance ordinaire\u00a0: premier suivi du deuxième plan"},
        {"Progress on commitment 1: citizen monitoring of works",
         "Avancement de l'engagement 1\u00a0: suivi citoyen des travaux"},
        {"The NPPD presented the pilot on ten works; the Association of Engineers offered technical support "
         "to the committees.",
         "La DNMP a présenté le projet pilote sur dix chantiers\u00a0; l'Ordre des ingénieurs a offert un appui "
         "technique aux comités."},
        {"Progress on commitment 2: feedback on health services",
         "Avancement de l'engagement 2\u00a0: avis des usagers sur les services de santé"},
        {"The Ministry of Health validated the survey with patients and is preparing the pilot in 40 centres.",
         "Le ministère de la Santé a validé l'enquête avec les patients et prépare le pilote dans 40 centres."},
        {"Quarterly monitoring calendar",
         "Calendrier du suivi trimestriel"},
        {"It was proposed that each lead agency report progress every quarter, with evidence.",
         "Il a été proposé que chaque institution chef de file rende compte de l'avancement chaque "
         "trimestre, preuves à l'appui."},
        {"Adopt a calendar of quarterly progress reports with published evidence.",
         "Adopter un calendrier de rapports trimestriels d'avancement avec des preuves publiées."},
        {"Publish the commitments' progress dashboard.",
         "Publier le tableau de bord d'avancement des engagements."},
        {"Regular session: six-monthly monitoring and Action Plan Review",
         "Séance ordinaire\u00a0: suivi semestriel et Examen du plan d'action"},
        {"Progress on commitment 3: gender equality in public data",
         "Avancement de l'engagement 3\u00a0: égalité de genre dans les données publiques"},
        {"The National Statistics Institute published the data inventory and the first disaggregated "
         "datasets.",
         "L'Institut national de la statistique a publié l'inventaire des données et les premiers jeux de "
         "données ventilées."},
        {"Progress on commitment 5: climate finance",
         "Avancement de l'engagement 5\u00a0: finance climatique"},
        {"The budget classifier has been approved; civil society asked for data by project.",
         "La nomenclature budgétaire a été adoptée\u00a0; la société civile a demandé des données par projet."},
        {"IRM Action Plan Review",
         "Examen du plan d'action par le MEI"},
        {"The IRM researcher rated commitments 1, 2 and 6 as promising.",
         "La chercheuse du MEI a jugé prometteurs les engagements 1, 2 et 6."},
        {"Ask the Ministry of the Environment to publish climate finance data by project, not only by "
         "programme.",
         "Demander au ministère de l'Environnement de publier les données de la finance climatique par "
         "projet, et pas seulement par programme."},
        {"Present a plan to publish climate finance data by project.",
         "Présenter un plan de publication des données de la finance climatique par projet."},
        {"Monitoring working group: delayed commitments",
         "Groupe de travail de suivi\u00a0: engagements en retard"},
        {"Room 3, Digital Government Agency",
         "Salle 3, Agence du gouvernement numérique"},
        {"https://reuniones.montealto.example/gt-seguimiento",
         "https://reunions.kanwara.example/gt-suivi"},
        {"Commitment 6: register of algorithms",
         "Engagement 6\u00a0: registre des algorithmes"},
        {"The Agency reported delays in the technical standard and proposed a pilot with three institutions.",
         "L'Agence a signalé des retards dans la norme technique et proposé un pilote avec trois "
         "institutions."},
        {"Commitment 4: youth and employment policy",
         "Engagement 4\u00a0: jeunesse et politique de l'emploi"},
        {"The youth council has been formed, but only with representatives from two regions.",
         "Le conseil des jeunes est constitué, mais avec des représentants de deux régions seulement."},
        {"Propose to the Forum a pilot of the register of algorithms with three institutions before December "
         "2026.",
         "Proposer au Forum un pilote du registre des algorithmes avec trois institutions avant décembre "
         "2026."},
        {"Prepare the pilot agreements with three institutions.",
         "Préparer les conventions du pilote avec trois institutions."},
        {"Invite youth organisations from a third region.",
         "Inviter des organisations de jeunesse d'une troisième région."},
        {"Regular session: mid-term report",
         "Séance ordinaire\u00a0: rapport à mi-parcours"},
        {"Mid-term progress report of the second plan",
         "Rapport d'avancement à mi-parcours du deuxième plan"},
        {"The Secretariat presented weighted milestone progress: five commitments on track and three delayed.",
         "Le Secrétariat a présenté l'avancement pondéré des jalons\u00a0: cinq engagements dans les délais et "
         "trois en retard."},
        {"The working group's proposal on the register of algorithms",
         "Proposition du groupe de travail sur le registre des algorithmes"},
        {"The proposed pilot was discussed; the private sector asked for trade secrets to be protected.",
         "Le pilote proposé a été débattu\u00a0; le secteur privé a demandé la protection du secret des affaires."},
        {"Commitment 8: plain language in public services",
         "Engagement 8\u00a0: langage clair dans les services publics"},
        {"The first twenty rewritten procedures were reviewed; user testing was positive.",
         "Les vingt premières démarches réécrites ont été examinées\u00a0; les tests avec les usagers ont été "
         "positifs."},
        {"Approve the pilot of the register of algorithms with three institutions.",
         "Approuver le pilote du registre des algorithmes avec trois institutions."},
        {"Publish the mid-term report in the repository.",
         "Publier le rapport à mi-parcours dans le dépôt documentaire."},
        {"Monitoring working group: municipal participatory budgeting",
         "Groupe de travail de suivi\u00a0: budget participatif communal"},
        {"Commitment 7: municipal participatory budgeting",
         "Engagement 7\u00a0: budget participatif communal"},
        {"Called off because too few members confirmed; the item moves to the October regular session.",
         "Annulée faute d'un nombre suffisant de membres ayant confirmé leur présence\u00a0; le point est reporté "
         "à la séance ordinaire d'octobre."},
        {"Regular session: third-quarter monitoring",
         "Séance ordinaire\u00a0: suivi du troisième trimestre"},
        {"The Association of Municipalities reported processes in twelve municipalities; eight are delayed "
         "by the electoral calendar.",
         "L'Association des communes a fait état de processus dans douze communes\u00a0; huit sont retardés par "
         "le calendrier électoral."},
        {"Progress of the register of algorithms pilot",
         "Avancement du pilote du registre des algorithmes"},
        {"Two of the three institutions have signed the pilot agreement.",
         "Deux des trois institutions ont signé la convention du pilote."},
        {"Preparing the public accountability event",
         "Préparation de la reddition de comptes publique"},
        {"A public accountability event on the second plan was proposed for February 2027.",
         "Une séance publique de reddition de comptes sur le deuxième plan a été proposée pour février 2027."},
        {"Hold a public accountability event on the second action plan in February 2027.",
         "Tenir une séance publique de reddition de comptes sur le deuxième plan d'action en février 2027."},
        {"Book the auditorium and prepare the invitation for the accountability event.",
         "Réserver l'amphithéâtre et préparer l'invitation à la reddition de comptes."},
        {"Send the progress report on participatory budgeting.",
         "Transmettre le rapport d'avancement sur le budget participatif."},
        {"Regular session: 2026 annual review",
         "Séance ordinaire\u00a0: bilan annuel 2026"},
        {"Annual review of the second action plan",
         "Bilan annuel du deuxième plan d'action"},
        {"Session calendar for 2027",
         "Calendrier des séances pour 2027"},
        {"Opening, quorum check and adoption of the agenda",
         "Ouverture, vérification du quorum et adoption de l'ordre du jour"},
        {"The chair opened the session at %3. The quorum was checked: %1 of %2 voting members present or "
         "represented, with both government and civil society attending. The agenda was adopted without "
         "changes.",
         "Le président a ouvert la séance à %3. Le quorum a été vérifié\u00a0: %1 des %2 membres votants présents "
         "ou représentés, le gouvernement et la société civile étant tous deux présents. L'ordre du jour a "
         "été adopté sans modification."},
        {"Approval of previous minutes",
         "Approbation des procès-verbaux précédents"},
        {"The minutes of the following were reviewed and approved without comments: %1.",
         "Les procès-verbaux suivants ont été examinés et approuvés sans observations\u00a0: %1."},
        {"Approve the minutes of: %1.",
         "Approuver les procès-verbaux de\u00a0: %1."},
        {"Any other business and close",
         "Questions diverses et clôture"},
        {"With no other business, the chair thanked everyone for taking part and closed the session. The "
         "minutes will be submitted for approval at the next session.",
         "L'ordre du jour étant épuisé, le président a remercié chacun de sa participation et a levé la "
         "séance. Le procès-verbal sera soumis à l'approbation de la prochaine séance."},
        {"“%1” (%2)",
         "«\u00a0%1\u00a0» (%2)"},
        {"; ",
         "\u00a0; "},
        {"Quorum: %1 of %2 voting members.",
         "Quorum\u00a0: %1 des %2 membres votants."},
        {"Called off for lack of a confirmed quorum.",
         "Annulée faute de quorum confirmé."},
        {"Notice sent with the agenda and supporting documents.",
         "Convocation envoyée avec l'ordre du jour et les documents de travail."},
        {"We ask for full contracts, with their annexes and amendments, to be published in a format that can "
         "be downloaded and analysed.",
         "Nous demandons que les contrats complets, avec leurs annexes et avenants, soient publiés dans un "
         "format téléchargeable et analysable."},
        {"The procurement system should raise alerts when the same company wins many direct-award contracts.",
         "Le système de passation des marchés devrait signaler quand une même entreprise remporte de "
         "nombreux marchés de gré à gré."},
        {"The budget should be explained with simple examples and charts; today nobody in my community "
         "understands it.",
         "Le budget devrait être expliqué avec des exemples simples et des graphiques\u00a0; aujourd'hui, "
         "personne dans ma communauté ne le comprend."},
        {"We propose public hearings in every region before the budget goes to Congress.",
         "Nous proposons des audiences publiques dans chaque région avant que le budget n'aille à "
         "l'Assemblée nationale."},
        {"We need to know who really owns the companies that contract with the state.",
         "Nous devons savoir à qui appartiennent réellement les entreprises qui passent des marchés avec "
         "l'État."},
        {"The beneficial ownership register should be free and should not require a user account to search "
         "it.",
         "Le registre des bénéficiaires effectifs devrait être gratuit et ne pas exiger de compte "
         "utilisateur pour y faire une recherche."},
        {"We want to know whether the water of the Río Claro is safe; we ask for public, up-to-date "
         "measurements.",
         "Nous voulons savoir si l'eau de la Rivière Claire est sûre\u00a0; nous demandons des mesures publiques "
         "et à jour."},
        {"Water-quality alerts should be sent by text message, because there is no internet in rural areas.",
         "Les alertes sur la qualité de l'eau devraient être envoyées par SMS, car il n'y a pas d'internet "
         "dans les zones rurales."},
        {"Social policies are decided without consulting indigenous communities; we propose permanent tables.",
         "Les politiques sociales sont décidées sans consulter les communautés autochtones\u00a0; nous proposons "
         "des tables permanentes."},
        {"Government information should be available in our indigenous languages.",
         "Les informations de l'État devraient être disponibles dans nos langues autochtones."},
        {"My municipality never answered my information request; there should be a single portal with "
         "visible deadlines.",
         "Ma commune n'a jamais répondu à ma demande d'information\u00a0; il faudrait un portail unique avec des "
         "délais visibles."},
        {"Training municipal staff on the access to information law is urgent.",
         "Il est urgent de former le personnel communal à la loi sur l'accès à l'information."},
        {"Asset declarations should be published as open data so they can be compared year by year.",
         "Les déclarations de patrimoine devraient être publiées en données ouvertes pour pouvoir être "
         "comparées d'une année à l'autre."},
        {"We propose including the interests of spouses and close relatives in the asset declarations.",
         "Nous proposons d'inclure les intérêts des conjoints et des proches parents dans les déclarations "
         "de patrimoine."},
        {"We residents want to know how far the hospital works have progressed and why they have stopped.",
         "Nous, habitants, voulons savoir où en sont les travaux de l'hôpital et pourquoi ils sont arrêtés."},
        {"We propose citizen committees that visit works and can report problems with photos.",
         "Nous proposons des comités citoyens qui visitent les chantiers et peuvent signaler des problèmes "
         "avec des photos."},
        {"There is nowhere to leave feedback at the health centre; we suggest a short survey after each "
         "visit.",
         "Il n'y a aucun endroit pour donner son avis au centre de santé\u00a0; nous suggérons une courte enquête "
         "après chaque visite."},
        {"The outcomes of health complaints should be published for each facility.",
         "Les suites données aux plaintes en matière de santé devraient être publiées pour chaque "
         "établissement."},
        {"Employment and income statistics should be broken down by sex and by region.",
         "Les statistiques d'emploi et de revenus devraient être ventilées par sexe et par région."},
        {"We ask for gender parity on every advisory council of the state.",
         "Nous demandons la parité entre les femmes et les hommes dans tous les conseils consultatifs de "
         "l'État."},
        {"We young people want to take part in designing employment programmes, not only to be beneficiaries.",
         "Nous, les jeunes, voulons participer à la conception des programmes d'emploi, et pas seulement en "
         "être bénéficiaires."},
        {"We propose a youth council with representatives from every region.",
         "Nous proposons un conseil des jeunes avec des représentants de chaque région."},
        {"We want to know how much international money the country receives for climate change and what it "
         "is spent on.",
         "Nous voulons savoir combien d'argent international le pays reçoit pour le changement climatique et "
         "à quoi il est dépensé."},
        {"Climate finance data should be published by project, with its results.",
         "Les données de la finance climatique devraient être publiées par projet, avec leurs résultats."},
        {"The state uses automated systems to allocate subsidies; people have a right to know how they work.",
         "L'État utilise des systèmes automatisés pour attribuer des aides\u00a0; les gens ont le droit de savoir "
         "comment ils fonctionnent."},
        {"Every public algorithm should have a published impact assessment before it is used.",
         "Chaque algorithme public devrait faire l'objet d'une étude d'impact publiée avant son utilisation."},
        {"We propose that part of the municipal budget be decided in neighbourhood assemblies.",
         "Nous proposons qu'une partie du budget communal soit décidée en assemblées de quartier."},
        {"The projects chosen by residents should be publicly tracked until they are finished.",
         "Les projets choisis par les habitants devraient faire l'objet d'un suivi public jusqu'à leur "
         "achèvement."},
        {"Forms for public services are impossible for older people to understand.",
         "Les formulaires des services publics sont impossibles à comprendre pour les personnes âgées."},
        {"Government websites do not work with screen readers; we ask for them to be made accessible.",
         "Les sites web de l'État ne fonctionnent pas avec les lecteurs d'écran\u00a0; nous demandons qu'ils "
         "soient rendus accessibles."},
        {"We propose reforming the electoral law to cap campaign spending.",
         "Nous proposons de réformer la loi électorale pour plafonner les dépenses de campagne."},
        {"We ask the judiciary to publish all its rulings online.",
         "Nous demandons au pouvoir judiciaire de publier toutes ses décisions en ligne."},
        {"We suggest building a new regional hospital in the northern province.",
         "Nous suggérons de construire un nouvel hôpital régional dans la province du Nord."},
        {"All municipal council sessions should be streamed live.",
         "Toutes les séances du conseil municipal devraient être retransmises en direct."},
        {"We propose a law protecting whistle-blowers who report corruption.",
         "Nous proposons une loi protégeant les lanceurs d'alerte qui dénoncent la corruption."},
        {"Fuel tax should be lowered in rural areas.",
         "La taxe sur les carburants devrait être réduite dans les zones rurales."},
        {"We ask for a public register of lobbying meetings for every authority.",
         "Nous demandons un registre public des réunions de lobbying pour chaque autorité."},
        {"Public universities should publish how they use their research funds.",
         "Les universités publiques devraient publier l'usage qu'elles font de leurs fonds de recherche."},
        {"We propose improving internet coverage in rural schools.",
         "Nous proposons d'améliorer la couverture internet des écoles rurales."},
        {"The Forum should publish its minutes within fifteen days at most.",
         "Le Forum devrait publier ses procès-verbaux dans un délai de quinze jours au plus."},
        {"Thank you for your contribution. It was incorporated into commitment %1, “%2”, whose milestones "
         "take up your proposal; you can follow its progress on the Forum's dashboard.",
         "Merci pour votre contribution. Elle a été intégrée à l'engagement %1, «\u00a0%2\u00a0», dont les jalons "
         "reprennent votre proposition\u00a0; vous pouvez suivre son avancement sur le tableau de bord du Forum."},
        {"Your proposal was accepted and became a milestone of commitment %1, “%2”. The lead agency will "
         "report on its progress every quarter.",
         "Votre proposition a été retenue et est devenue un jalon de l'engagement %1, «\u00a0%2\u00a0». L'institution "
         "chef de file rendra compte de son avancement chaque trimestre."},
        {"The Multi-Stakeholder Forum welcomed your contribution and incorporated it into commitment %1, "
         "“%2”, as proposed.",
         "Le Forum multipartite a accueilli favorablement votre contribution et l'a intégrée à l'engagement "
         "%1, «\u00a0%2\u00a0», telle que proposée."},
        {"Your contribution was partly incorporated into commitment %1, “%2”: its core idea was included, "
         "but not its national scope, because the available budget covers only a first phase.",
         "Votre contribution a été intégrée en partie à l'engagement %1, «\u00a0%2\u00a0»\u00a0: son idée centrale a été "
         "retenue, mais pas sa portée nationale, car le budget disponible ne couvre qu'une première phase."},
        {"Partly incorporated into commitment %1, “%2”. The part that needs a change in the law cannot be "
         "achieved within the plan's period; the Forum will propose it to Congress.",
         "Intégrée en partie à l'engagement %1, «\u00a0%2\u00a0». La partie qui exige une modification de la loi ne "
         "peut être réalisée pendant la durée du plan\u00a0; le Forum la proposera à l'Assemblée nationale."},
        {"Part of your proposal is in commitment %1, “%2”. The rest will be assessed at the mid-term review, "
         "once the pilot has results.",
         "Une partie de votre proposition figure dans l'engagement %1, «\u00a0%2\u00a0». Le reste sera examiné lors de "
         "la revue à mi-parcours, quand le pilote aura donné des résultats."},
        {"It was not incorporated because the matter belongs to the legislature and action plan commitments "
         "must be deliverable by the institutions that take them on. We have forwarded your proposal to the "
         "relevant congressional committee.",
         "Elle n'a pas été intégrée, car la question relève du pouvoir législatif et les engagements du plan "
         "d'action doivent pouvoir être tenus par les institutions qui les prennent. Nous avons transmis "
         "votre proposition à la commission parlementaire compétente."},
        {"Not incorporated: the judiciary is independent and did not take part in this co-creation. The "
         "Forum will invite it to put forward commitments in the next action plan.",
         "Non intégrée\u00a0: le pouvoir judiciaire est indépendant et n'a pas participé à cette co-création. Le "
         "Forum l'invitera à proposer des engagements dans le prochain plan d'action."},
        {"Not incorporated because it is an infrastructure investment unrelated to open government values "
         "(transparency, participation and accountability). We have passed it on to the line ministry.",
         "Non intégrée, car il s'agit d'un investissement en infrastructures sans lien avec les valeurs du "
         "gouvernement ouvert (transparence, participation et redevabilité). Nous l'avons transmise au "
         "ministère sectoriel."},
        {"Not incorporated in this plan because no institution could commit a budget for the period. It is "
         "kept on record for the next co-creation.",
         "Non intégrée dans ce plan, car aucune institution n'a pu engager de budget pour la période. Elle "
         "est conservée pour la prochaine co-création."},
        {"Not incorporated as a commitment, but the Forum adopted it as an internal rule in its rules of "
         "procedure.",
         "Non intégrée comme engagement, mais le Forum l'a adoptée comme règle interne dans son règlement "
         "intérieur."},
        {"This contribution matches another one received on %1 and was answered together with it: its "
         "content was taken into account in commitment %2.",
         "Cette contribution rejoint une autre reçue le %1 et a reçu la même réponse\u00a0: son contenu a été "
         "pris en compte dans l'engagement %2."},
        {"Under review by the lead agency; the reasoned response will be published before the plan is "
         "approved.",
         "En cours d'examen par l'institution chef de file\u00a0; la réponse motivée sera publiée avant "
         "l'approbation du plan."},
        {"Activity not started yet; terms of reference are being prepared for “%1”.",
         "Activité pas encore commencée\u00a0; les termes de référence de «\u00a0%1\u00a0» sont en préparation."},
        {"Progress on schedule: %2% of “%1”.",
         "Avancement conforme au calendrier\u00a0: %2\u00a0% de «\u00a0%1\u00a0»."},
        {"The tasks planned for the period were completed; “%1” stands at %2%.",
         "Les tâches prévues pour la période ont été réalisées\u00a0; «\u00a0%1\u00a0» en est à %2\u00a0%."},
        {"Technical meeting with the supporting organisations; progress on “%1” is %2%.",
         "Réunion technique avec les organisations associées\u00a0; l'avancement de «\u00a0%1\u00a0» est de %2\u00a0%."},
        {"Progress documents were published; “%1” is at %2%.",
         "Des documents d'avancement ont été publiés\u00a0; «\u00a0%1\u00a0» en est à %2\u00a0%."},
        {"Delayed by procurement hold-ups; “%1” remains at %2%.",
         "Retardé par des lenteurs dans la passation des marchés\u00a0; «\u00a0%1\u00a0» reste à %2\u00a0%."},
        {"Progress on “%1” (%2%) is behind plan for lack of budget; rescheduling has been requested.",
         "L'avancement de «\u00a0%1\u00a0» (%2\u00a0%) est en retard sur le plan faute de budget\u00a0; une reprogrammation a "
         "été demandée."},
        {"Delayed by a change of leadership at the institution; “%1” reaches %2%.",
         "Retardé par un changement de direction de l'institution\u00a0; «\u00a0%1\u00a0» atteint %2\u00a0%."},
        {"Milestone achieved: “%1” is available and verified by the Forum.",
         "Jalon atteint\u00a0: «\u00a0%1\u00a0» est disponible et vérifié par le Forum."},
        {"“%1” was delivered; the evidence is published in the repository.",
         "«\u00a0%1\u00a0» a été livré\u00a0; les preuves sont publiées dans le dépôt documentaire."},
        {"Milestone cancelled by decision of the Forum; “%1” is dropped from this plan (%2% reached).",
         "Jalon annulé par décision du Forum\u00a0; «\u00a0%1\u00a0» est retiré de ce plan (%2\u00a0% atteints)."},
        {"https://gobiernoabierto.montealto.example/evidence/",
         "https://gouvernementouvert.kanwara.example/preuves/"},
        {"Multi-Stakeholder Forum self-assessment: completion %1. Evidence checked with the per-milestone "
         "matrix.",
         "Auto-évaluation du Forum multipartite (achèvement\u00a0: %1). Preuves vérifiées avec la matrice par "
         "jalon."},
        {"IRM Results Report: assessment based on interviews with the lead agency and civil society.",
         "Rapport sur les résultats du MEI\u00a0: évaluation fondée sur des entretiens avec l'institution chef de "
         "file et la société civile."},
        {"IRM Results Report: starred commitment for its completion and its results in opening government.",
         "Rapport sur les résultats du MEI\u00a0: engagement étoilé pour son achèvement et ses résultats dans "
         "l'ouverture du gouvernement."},
        {"%1% of the milestones, weighted, were achieved within the plan's period.",
         "%1\u00a0% des jalons, pondérés, ont été atteints pendant la durée du plan."},
        {"no evidence available",
         "aucune preuve disponible"},
        {"not started",
         "non commencé"},
        {"limited",
         "limité"},
        {"substantial",
         "substantiel"},
        {"complete",
         "achevé"},
        {"The online co-creation of 2020 reduced participation from rural areas without connectivity.",
         "La co-création en ligne de 2020 a réduit la participation des zones rurales sans connexion."},
        {"Combine in-person regional workshops with online and postal channels.",
         "Combiner des ateliers régionaux en présentiel avec des canaux en ligne et postaux."},
        {"The commitments with no budget allocated when the plan was approved were the most delayed.",
         "Les engagements sans budget affecté au moment de l'approbation du plan ont été les plus en retard."},
        {"Require a confirmed funding source before approving each commitment.",
         "Exiger une source de financement confirmée avant d'approuver chaque engagement."},
        {"Open data commitments had more impact when accompanied by training workshops with civil society.",
         "Les engagements sur les données ouvertes ont eu plus d'impact lorsqu'ils étaient accompagnés "
         "d'ateliers de formation avec la société civile."},
        {"Include a milestone on data use and uptake in every disclosure commitment.",
         "Inclure un jalon sur l'usage et l'appropriation des données dans chaque engagement de publication."},
        {"Six-monthly monitoring was not enough to spot delays in time.",
         "Un suivi semestriel n'a pas suffi pour repérer les retards à temps."},
        {"Set up quarterly progress reports with evidence and a monitoring working group.",
         "Mettre en place des rapports trimestriels d'avancement avec preuves et un groupe de travail de "
         "suivi."},
        {"Reforms that depend on Congress could not be completed within the plan's period.",
         "Les réformes qui dépendent de l'Assemblée nationale n'ont pas pu aboutir pendant la durée du plan."},
        {"Set milestones the lead agency controls and treat legal reforms as advocacy goals.",
         "Fixer des jalons que l'institution chef de file maîtrise et traiter les réformes légales comme des "
         "objectifs de plaidoyer."},
        {"María",
         "Awa"},
        {"José",
         "Seydou"},
        {"Ana",
         "Fatou"},
        {"Luis",
         "Souleymane"},
        {"Carmen",
         "Mariama"},
        {"Juan",
         "Lassina"},
        {"Rosa",
         "Aïcha"},
        {"Carlos",
         "Drissa"},
        {"Elena",
         "Adjoua"},
        {"Pedro",
         "Kouadio"},
        {"Laura",
         "Bintou"},
        {"Miguel",
         "Idrissa"},
        {"Teresa",
         "Clarisse"},
        {"Javier",
         "Didier"},
        {"Paula",
         "Fatimata"},
        {"Fernando",
         "Karim"},
        {"Silvia",
         "Hortense"},
        {"Ricardo",
         "Sylvain"},
        {"Natalia",
         "Oumou"},
        {"Eduardo",
         "Adama"},
        {"Verónica",
         "Salamata"},
        {"Óscar",
         "Modibo"},
        {"Lorena",
         "Djeneba"},
        {"Sergio",
         "Yves"},
        {"Camila",
         "Estelle"},
        {"Héctor",
         "Arouna"},
        {"Daniela",
         "Assita"},
        {"Raúl",
         "Honoré"},
        {"Florencia",
         "Brigitte"},
        {"Gustavo",
         "Tiémoko"},
        {"Julia",
         "Mariétou"},
        {"Arturo",
         "Bakary"},
        {"Adriana",
         "Nadège"},
        {"Mauricio",
         "Lamine"},
        {"Ximena",
         "Kadidia"},
        {"Pablo",
         "Emmanuel"},
        {"Inés",
         "Rachelle"},
        {"Gonzalo",
         "Siaka"},
        {"Marcela",
         "Pélagie"},
        {"Ignacio",
         "Cheick"},
        {"González",
         "Koné"},
        {"Muñoz",
         "Ouédraogo"},
        {"Rojas",
         "Diallo"},
        {"Díaz",
         "Coulibaly"},
        {"Pérez",
         "Sawadogo"},
        {"Soto",
         "Camara"},
        {"Contreras",
         "Kaboré"},
        {"Silva",
         "Sanogo"},
        {"Martínez",
         "Diarra"},
        {"Sepúlveda",
         "Konaté"},
        {"Morales",
         "Cissé"},
        {"Rodríguez",
         "Bamba"},
        {"López",
         "Kouassi"},
        {"Fuentes",
         "Yao"},
        {"Hernández",
         "Kouamé"},
        {"Torres",
         "Zongo"},
        {"Araya",
         "Sylla"},
        {"Flores",
         "Dembélé"},
        {"Espinoza",
         "Sangaré"},
        {"Valenzuela",
         "Fofana"},
        {"Castillo",
         "Bah"},
        {"Tapia",
         "Sow"},
        {"Reyes",
         "Ndiaye"},
        {"Gutiérrez",
         "Dicko"},
        {"Castro",
         "Barry"},
        {"Pizarro",
         "Zinsou"},
        {"Álvarez",
         "Agbodjan"},
        {"Vásquez",
         "Mensah"},
        {"Sánchez",
         "Tapsoba"},
        {"Fernández",
         "Yaméogo"},
        {"Ramírez",
         "Somé"},
        {"Carrasco",
         "Nikiéma"},
        {"Gómez",
         "Ilboudo"},
        {"Cortés",
         "Sidibé"},
        {"Herrera",
         "Doumbia"},
        {"Núñez",
         "Bationo"},
        {"Jara",
         "Hounkpatin"},
        {"Vergara",
         "Goudiaby"},
        {"Rivera",
         "Tall"},
        {"Figueroa",
         "Kinda"},
        {"Villa Esperanza Neighbourhood Council",
         "Comité de quartier Espérance"},
        {"Los Aromos Older People's Association",
         "Association des aînés Les Flamboyants"},
        {"National University of Montealto",
         "Université nationale de Kanwara"},
        {"Northern Technological University",
         "Université technologique du Nord"},
        {"Pacific Institute for Social Research",
         "Institut de recherches sociales de l'Atlantique"},
        {"Technology Companies Association",
         "Association des entreprises technologiques"},
        {"%1 National Open Government Action Plan %2–%3",
         "%1 plan d'action national PGO %2–%3"},
        {"First",
         "Premier"},
        {"Second",
         "Deuxième"},
        {"Third",
         "Troisième"},
        {"Fourth",
         "Quatrième"},
        {"Fifth",
         "Cinquième"},
        {"Sixth",
         "Sixième"},
        {"Seventh",
         "Septième"},
        {"Eighth",
         "Huitième"},
        {"Ninth",
         "Neuvième"},
        {"Tenth",
         "Dixième"},
        {"Eleventh",
         "Onzième"},
        {"Twelfth",
         "Douzième"},
        {"Action plan co-created by the Multi-Stakeholder Forum with contributions from every region, with "
         "transparency, participation and accountability commitments at national and regional level.",
         "Plan d'action co-créé par le Forum multipartite avec des contributions de toutes les régions, "
         "comprenant des engagements de transparence, de participation et de redevabilité aux niveaux "
         "national et régional."},
        {"nationwide",
         "ensemble du territoire"},
        {"Northern Region",
         "Région du Nord"},
        {"Southern Region",
         "Région du Sud"},
        {"Andean Region",
         "Région des Plateaux"},
        {"Coastal Region",
         "Région côtière"},
        {"Amazon Region",
         "Région forestière"},
        {"Metropolitan Area",
         "District de Dabakro"},
        {"mid-sized cities",
         "villes moyennes"},
        {"rural areas",
         "zones rurales"},
        {"border municipalities",
         "communes frontalières"},
        {"%1 (%2)",
         "%1 (%2)"},
        {"Participatory evaluation of results in %1",
         "Évaluation participative des résultats – %1"},
        {"Evaluation report published",
         "Rapport d'évaluation publié"},
        {"Multi-Stakeholder Forum regular session no. %1",
         "Séance ordinaire n° %1 du Forum multipartite"},
        {"Working group: %1",
         "Groupe de travail\u00a0: %1"},
        {"fiscal transparency and procurement",
         "transparence budgétaire et marchés publics"},
        {"integrity and anti-corruption",
         "intégrité et lutte contre la corruption"},
        {"public services and participation",
         "services publics et participation"},
        {"environment and territory",
         "environnement et territoire"},
        {"inclusion and excluded groups",
         "inclusion et groupes exclus"},
        {"digital government and open data",
         "gouvernement numérique et données ouvertes"},
        {"Co-creation workshop: %1",
         "Atelier de co-création\u00a0: %1"},
        {"Public accountability event: %1",
         "Reddition de comptes publique\u00a0: %1"},
        {"Council Room, Ministry of Transparency and Public Service",
         "Salle du Conseil, ministère de la Transparence et de la Fonction publique"},
        {"Puerto Nuevo Town Hall",
         "Hôtel de ville de Port-Sanou"},
        {"Villa Alta Cultural Centre",
         "Centre culturel de Kolondié"},
        {"Progress on commitment %1: %2",
         "Avancement de l'engagement %1\u00a0: %2"},
        {"The lead agency reported on commitment %1 (%2% weighted progress). The Forum asked for the "
         "evidence to be published and the delayed milestones to be reviewed.",
         "L'institution chef de file a rendu compte de l'engagement %1 (avancement pondéré de %2\u00a0%). Le "
         "Forum a demandé la publication des preuves et le réexamen des jalons en retard."},
        {"Report of the Technical Secretariat",
         "Rapport du Secrétariat technique"},
        {"Follow-up of pending agreements",
         "Suivi des décisions en attente"},
        {"Outstanding reasoned responses",
         "Réponses motivées en attente"},
        {"Communication and outreach for the action plan",
         "Communication et diffusion du plan d'action"},
        {"Participation report by sector",
         "Rapport sur la participation par secteur"},
        {"Proposals from civil society",
         "Propositions de la société civile"},
        {"Session calendar",
         "Calendrier des séances"},
        {"IRM recommendations",
         "Recommandations du MEI"},
        {"The Technical Secretariat summarised the period's activities and the documents published.",
         "Le Secrétariat technique a résumé les activités de la période et les documents publiés."},
        {"Pending agreements were reviewed; most were met on time.",
         "Les décisions en attente ont été passées en revue\u00a0; la plupart ont été exécutées dans les délais."},
        {"The status of reasoned responses and the deadlines to complete them were reported.",
         "L'état des réponses motivées et les délais pour les compléter ont été présentés."},
        {"The communication strategy and plain-language materials were presented.",
         "La stratégie de communication et les supports en langage clair ont été présentés."},
        {"Attendance by sector was analysed and it was agreed to reach out more to academia.",
         "La participation par secteur a été analysée et il a été convenu de mieux mobiliser le monde "
         "universitaire."},
        {"Organisations presented proposals, which were recorded as contributions.",
         "Les organisations ont présenté des propositions, enregistrées comme contributions."},
        {"The session calendar for the next six months was agreed.",
         "Le calendrier des séances du prochain semestre a été arrêté."},
        {"The IRM's recommendations and the response to them were reviewed.",
         "Les recommandations du MEI et la réponse qui leur est apportée ont été examinées."},
        {"Approve the Technical Secretariat's report.",
         "Approuver le rapport du Secrétariat technique."},
        {"Ask the institutions with delayed milestones for a recovery plan.",
         "Demander un plan de rattrapage aux institutions dont des jalons sont en retard."},
        {"Publish the progress evidence in the Forum's repository.",
         "Publier les preuves d'avancement dans le dépôt documentaire du Forum."},
        {"Approve the session calendar for the next six months.",
         "Approuver le calendrier des séances du prochain semestre."},
        {"Invite the IRM to present its report at the next session.",
         "Inviter le MEI à présenter son rapport à la prochaine séance."},
        {"Send the summary of agreements to the members.",
         "Envoyer aux membres la synthèse des décisions."},
        {"Publish the minutes and the slides.",
         "Publier le procès-verbal et les présentations."},
        {"Request the recovery plan from the delayed institutions.",
         "Demander le plan de rattrapage aux institutions en retard."},
        {"Convene the thematic working group.",
         "Convoquer le groupe de travail thématique."},
        {"Update the commitments' progress dashboard.",
         "Mettre à jour le tableau de bord d'avancement des engagements."},
        {"Approve the %1 and send it to OGP.",
         "Approuver le %1 et l'envoyer au PGO."},
        {"Approval of the action plan",
         "Approbation du plan d'action"},
        {"The final text of the co-created action plan was put to the vote.",
         "Le texte final du plan d'action co-créé a été soumis au vote."},
        {"Open government liaison, %1, %2",
         "Référent gouvernement ouvert, %1, %2"},
        {"America/Lima",
         "Africa/Abidjan"},
        {"https://gobiernoabierto.montealto.example",
         "https://gouvernementouvert.kanwara.example"},
        {"https://gobiernoabierto.montealto.example/repositorio",
         "https://gouvernementouvert.kanwara.example/documents"},
        {"correo.montealto.example",
         "courriel.kanwara.example"},
        {"https://reuniones.montealto.example/grupos-de-trabajo",
         "https://reunions.kanwara.example/groupes-de-travail"},
        {"https://reuniones.montealto.example/cocreacion",
         "https://reunions.kanwara.example/cocreation"},
    };
    return texts;
}

} // namespace forumdesk::sample
