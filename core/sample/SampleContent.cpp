// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sample/SampleContent.h"

namespace forumdesk::sample {

const ForumText &forumText()
{
    static const ForumText text{
        {"Foro Multiactor de Gobierno Abierto de Montealto",
         "Montealto Open Government Multi-Stakeholder Forum"},
        {"República de Montealto", "Republic of Montealto"},
        {"El Foro Multiactor es el espacio permanente de diálogo entre el gobierno y la sociedad civil "
         "para cocrear, monitorear y evaluar los planes de acción de gobierno abierto de Montealto ante la "
         "Alianza para el Gobierno Abierto (AGA). Está integrado en forma paritaria por representantes del "
         "gobierno y de la sociedad civil, con participación de la academia y del sector privado. Sesiona de "
         "forma ordinaria al menos cada seis meses; la Secretaría Técnica convoca con diez días de "
         "anticipación, publica el orden del día y levanta el acta de cada sesión, que se aprueba en la "
         "sesión siguiente y se publica en el repositorio del Foro.",
         "The Multi-Stakeholder Forum is the permanent space for dialogue between government and civil "
         "society to co-create, monitor and evaluate Montealto's open government action plans under the "
         "Open Government Partnership (OGP). It has equal numbers of government and civil-society "
         "representatives, with academia and the private sector also taking part. It holds regular "
         "sessions at least every six months; the Technical Secretariat sends the notice ten days ahead, "
         "publishes the agenda and takes the minutes of every session, which are approved at the next "
         "session and published in the Forum's repository."},
        {"Cualquier persona u organización puede enviar aportes por el formulario en línea, por correo "
         "electrónico, por carta o en las mesas de cocreación; todos reciben una respuesta razonada "
         "publicada. Las sesiones son abiertas al público como observador. Los miembros de la sociedad "
         "civil se eligen por convocatoria abierta entre organizaciones; los suplentes votan solo cuando "
         "representan al titular. Las decisiones se toman por consenso y, si no se alcanza, por mayoría "
         "simple de los miembros con voto presentes; la aprobación de un plan de acción requiere dos "
         "tercios. El quórum es la mitad de los miembros con voto, con presencia de ambos sectores.",
         "Anyone, person or organisation, may send contributions through the online form, by email, by "
         "letter or at the co-creation workshops; every contribution receives a published reasoned "
         "response. Sessions are open to the public as observers. Civil-society members are chosen "
         "through an open call among organisations; alternates vote only when they represent their "
         "member. Decisions are taken by consensus and, failing that, by a simple majority of the voting "
         "members present; approving an action plan takes two thirds. The quorum is half of the voting "
         "members, with both sectors present."},
        {"Secretaría de Gobierno Abierto, Ministerio de Transparencia y Función Pública",
         "Open Government Secretariat, Ministry of Transparency and Public Service"},
        {"Carta de intención firmada por el Ministro de Relaciones Exteriores y enviada a la Unidad de "
         "Apoyo de la AGA; el punto de contacto coordina con el Foro Multiactor.",
         "Letter of intent signed by the Minister of Foreign Affairs and sent to the OGP Support Unit; "
         "the point of contact coordinates with the Multi-Stakeholder Forum."},
        {"Se incorporó al Foro por decisión de la sesión del 15 de junio de 2023.",
         "Joined the Forum by decision of the session of 15 June 2023."},
        {"Dejó el Foro al término de su mandato, en junio de 2023.", "Left the Forum at the end of the term, in June 2023."},
    };
    return text;
}

const std::vector<EligibilitySeed> &eligibility()
{
    static const std::vector<EligibilitySeed> seeds{
        {key::EligibilityCriterion::FiscalTransparency,
         {"El proyecto de presupuesto y el informe de auditoría se publican en el portal del Ministerio de "
          "Economía y Finanzas dentro de los plazos legales.",
          "The executive's budget proposal and the audit report are published on the Ministry of Economy "
          "and Finance's portal within the legal deadlines."}},
        {key::EligibilityCriterion::AccessToInformation,
         {"Ley N.º 20.285 de Acceso a la Información Pública, vigente desde 2009, con un organismo "
          "garante independiente.",
          "Access to Public Information Act no. 20.285, in force since 2009, with an independent "
          "oversight body."}},
        {key::EligibilityCriterion::AssetDisclosure,
         {"Las autoridades electas y los altos cargos presentan declaraciones juradas de patrimonio que "
          "se publican en el portal de la Contraloría General.",
          "Elected officials and senior public servants file asset declarations, published on the "
          "Comptroller General's portal."}},
        {key::EligibilityCriterion::CitizenEngagement,
         {"Puntaje de 8,5 sobre 10 en libertades civiles según el índice usado por la AGA; la "
          "Constitución reconoce el derecho de petición y de participación.",
          "Score of 8.5 out of 10 on civil liberties in the index OGP uses; the Constitution recognises "
          "the rights of petition and participation."}},
        {key::EligibilityCriterion::ValuesCheck,
         {"Sin alertas en la verificación de valores de la AGA sobre el espacio cívico.",
          "No alerts in OGP's values check on civic space."}},
    };
    return seeds;
}

const std::vector<MemberSeed> &members()
{
    static const std::vector<MemberSeed> seeds{
        {"Lucía Fernández Ríos",
         {"Secretaría de Gobierno Abierto, Ministerio de Transparencia y Función Pública",
          "Open Government Secretariat, Ministry of Transparency and Public Service"},
         "transparencia.gob.montealto.example", key::Sector::Government, key::Role::Secretary, key::Gender::Female, -1, Term::Founding},
        {"Andrés Salazar Mejía",
         {"Viceministerio de Transparencia, Ministerio de Transparencia y Función Pública",
          "Office of the Deputy Minister for Transparency, Ministry of Transparency and Public Service"},
         "transparencia.gob.montealto.example", key::Sector::Government, key::Role::Chair, key::Gender::Male, -1, Term::Founding},
        {"Carmen Rojas Villalobos", {"Red Ciudadana por la Transparencia", "Citizens' Network for Transparency"},
         "redciudadana.example", key::Sector::CivilSociety, key::Role::CoChair, key::Gender::Female, -1, Term::Founding},
        {"Jorge Benítez Olmedo", {"Ministerio de Economía y Finanzas", "Ministry of Economy and Finance"},
         "economia.gob.montealto.example", key::Sector::Government, key::Role::Member, key::Gender::Male, -1, Term::Founding},
        {"Patricia Quiroga Lema", {"Instituto Nacional de Estadística", "National Statistics Institute"},
         "ine.gob.montealto.example", key::Sector::Government, key::Role::Member, key::Gender::Female, -1, Term::Founding},
        {"Ramiro Acosta Ferreyra", {"Agencia de Gobierno Digital", "Digital Government Agency"},
         "digital.gob.montealto.example", key::Sector::Government, key::Role::Member, key::Gender::Male, -1, Term::Founding},
        {"Elena Marín Cárdenas",
         {"Dirección Nacional de Contrataciones Públicas", "National Public Procurement Directorate"},
         "compras.gob.montealto.example", key::Sector::Government, key::Role::Member, key::Gender::Female, -1, Term::Founding},
        {"Diego Paredes Luján", {"Asociación de Municipios de Montealto", "Association of Municipalities of Montealto"},
         "municipios.montealto.example", key::Sector::Government, key::Role::Member, key::Gender::Male, -1, Term::Joined2023},
        {"Sofía Aguirre Montes", {"Fundación Datos para Todos", "Data for All Foundation"},
         "datosparatodos.example", key::Sector::CivilSociety, key::Role::Member, key::Gender::Female, -1, Term::Founding},
        {"Tomás Herrera Cuéllar", {"Colectivo Ambiental Río Claro", "Río Claro Environmental Collective"},
         "rioclaro.example", key::Sector::CivilSociety, key::Role::Member, key::Gender::Male, -1, Term::Founding},
        {"Valentina Ortiz Prado",
         {"Observatorio Ciudadano de Compras Públicas", "Citizen Public Procurement Observatory"},
         "observatoriocompras.example", key::Sector::CivilSociety, key::Role::Member, key::Gender::Female, -1, Term::Founding},
        {"Nicolás Velasco Ibarra",
         {"Consejo de Pueblos Originarios del Sur", "Council of Indigenous Peoples of the South"},
         "pueblosdelsur.example", key::Sector::CivilSociety, key::Role::Member, key::Gender::Male, -1, Term::Founding},
        {"Mariana Campos Delgado",
         {"Red de Mujeres Lideresas Comunitarias", "Network of Women Community Leaders"},
         "lideresas.example", key::Sector::CivilSociety, key::Role::Member, key::Gender::Female, -1, Term::Founding},
        {"Alex Moreno Soto",
         {"Colectivo Juventudes por la Participación", "Youth for Participation Collective"},
         "juventudes.example", key::Sector::CivilSociety, key::Role::Member, key::Gender::NonBinary, -1, Term::Joined2023},
        {"Gabriela Núñez Araya",
         {"Centro de Estudios en Políticas Públicas, Universidad Nacional de Montealto",
          "Centre for Public Policy Studies, National University of Montealto"},
         "unm.edu.example", key::Sector::Academia, key::Role::Member, key::Gender::Female, -1, Term::Founding},
        {"Hernán Vidal Espejo",
         {"Facultad de Ingeniería, Universidad Tecnológica del Norte",
          "Faculty of Engineering, Northern Technological University"},
         "utn.edu.example", key::Sector::Academia, key::Role::Member, key::Gender::Male, -1, Term::Founding},
        {"Rodrigo Fuentes Larraín",
         {"Cámara Nacional de Comercio y Servicios", "National Chamber of Commerce and Services"},
         "camaracomercio.example", key::Sector::PrivateSector, key::Role::Member, {}, -1, Term::Founding},
        {"Isabel Cortés Bravo", {"Ministerio de Economía y Finanzas", "Ministry of Economy and Finance"},
         "economia.gob.montealto.example", key::Sector::Government, key::Role::Alternate, key::Gender::Female, 3, Term::Founding},
        {"Martín Robles Zamora", {"Red Ciudadana por la Transparencia", "Citizens' Network for Transparency"},
         "redciudadana.example", key::Sector::CivilSociety, key::Role::Alternate, key::Gender::Male, 2, Term::Founding},
        {"Felipe Torres Ulloa", {"Contraloría General de la República", "Office of the Comptroller General"},
         "contraloria.gob.montealto.example", key::Sector::Government, key::Role::Observer, key::Gender::Male, -1, Term::Founding},
        {"Ana Lucía Peña Guerrero",
         {"Programa de Cooperación para la Gobernanza (organismo internacional)",
          "Governance Cooperation Programme (international organisation)"},
         "cooperacion.example", key::Sector::Other, key::Role::Observer, {}, -1, Term::Founding},
        {"Raúl Domínguez Peralta", {"Asociación Nacional de Periodistas", "National Journalists' Association"},
         "periodistas.example", key::Sector::CivilSociety, key::Role::Member, key::Gender::Male, -1, Term::Left2023},
        {"Beatriz Salinas Ochoa", {"Ministerio de Ambiente", "Ministry of the Environment"},
         "ambiente.gob.montealto.example", key::Sector::Government, key::Role::Member, key::Gender::Female, -1, Term::Founding},
    };
    return seeds;
}

const std::vector<PlanSeed> &plans()
{
    static const std::vector<PlanSeed> seeds{
        {{"I Plan de Acción Nacional de Gobierno Abierto 2021–2022",
          "First National Open Government Action Plan 2021–2022"},
         {"Primer plan de acción de Montealto ante la Alianza para el Gobierno Abierto. Fue cocreado en 2020, "
          "en plena emergencia sanitaria, mediante mesas virtuales y una convocatoria abierta de aportes. Sus "
          "siete compromisos abordan la transparencia fiscal y de las contrataciones, la integridad pública, "
          "la información ambiental y la participación de los pueblos indígenas.",
          "Montealto's first action plan in the Open Government Partnership. It was co-created in 2020, in the "
          "middle of the health emergency, through online workshops and an open call for contributions. Its "
          "seven commitments address fiscal and procurement transparency, public integrity, environmental "
          "information and the participation of indigenous peoples."},
         {"Cerrado tras el informe de autoevaluación (octubre de 2022) y el Informe de resultados del IRM (2023).",
          "Closed after the self-assessment report (October 2022) and the IRM Results Report (2023)."}},
        {{"II Plan de Acción Nacional de Gobierno Abierto 2025–2027",
          "Second National Open Government Action Plan 2025–2027"},
         {"Segundo plan de acción, cocreado en 2024 con un lanzamiento público, mesas regionales y más de "
          "treinta aportes con respuesta razonada. Recoge las lecciones del primer plan: presupuesto asignado "
          "desde el inicio, hitos verificables y seguimiento trimestral del Foro Multiactor.",
          "Second action plan, co-created in 2024 with a public launch, regional workshops and more than thirty "
          "contributions with a reasoned response. It takes up the lessons of the first plan: budget allocated "
          "from the start, verifiable milestones and quarterly monitoring by the Multi-Stakeholder Forum."},
         {"En implementación; informe de medio término aprobado en junio de 2026.",
          "In implementation; mid-term report approved in June 2026."}},
    };
    return seeds;
}

namespace {

// The analysis of an OGP value that a commitment does not claim.
constexpr Bilingual notClaimed{"", ""};

} // namespace

const std::vector<CommitmentSeed> &commitments()
{
    static const std::vector<CommitmentSeed> seeds{
        // ---- First plan ----
        {{"Datos abiertos de contrataciones públicas", "Open data on public procurement"},
         {"Dirección Nacional de Contrataciones Públicas", "National Public Procurement Directorate"},
         {"Unidad de Datos y Transparencia de la DNCP", "Data and Transparency Unit, NPPD"},
         {"Agencia de Gobierno Digital; Contraloría General de la República",
          "Digital Government Agency; Office of the Comptroller General"},
         {"Observatorio Ciudadano de Compras Públicas; Fundación Datos para Todos",
          "Citizen Public Procurement Observatory; Data for All Foundation"},
         {"La ciudadanía no puede seguir cómo se gasta el dinero público en compras y obras, lo que facilita "
          "sobrecostos y direccionamiento de contratos.",
          "Citizens cannot follow how public money is spent on purchases and works, which makes cost overruns "
          "and steered contracts easier."},
         {"El sistema de compras publica avisos en PDF; los contratos y sus modificaciones no son reutilizables.",
          "The procurement system publishes notices as PDFs; contracts and their amendments cannot be reused."},
         {"Publicar todas las etapas de las contrataciones públicas en el Estándar de Datos de Contrataciones "
          "Abiertas, con actualización diaria y un tablero de consulta.",
          "Publish every stage of public procurement in the Open Contracting Data Standard, updated daily, "
          "with a dashboard to explore it."},
         {"Con datos abiertos y estandarizados, periodistas, organizaciones y órganos de control pueden detectar "
          "alertas de riesgo y comparar precios.",
          "With open, standardised data, journalists, organisations and oversight bodies can spot risk flags "
          "and compare prices."},
         {"USD 180 000 del presupuesto institucional de la DNCP", "USD 180,000 from the NPPD's own budget"},
         {"Estrategia Nacional de Integridad; ODS 16.5 y 16.6", "National Integrity Strategy; SDGs 16.5 and 16.6"},
         {"contrataciones públicas;datos abiertos;integridad", "public procurement;open data;integrity"},
         true, false, true, true, {key::Frontier::PublicResources},
         {{{"Diagnóstico de los datos del sistema de compras y mapeo al estándar OCDS",
            "Assessment of the procurement system's data and mapping to OCDS"},
           {"Informe de diagnóstico y tabla de correspondencias", "Assessment report and mapping table"}},
          {{"Publicación de la etapa de adjudicación en formato abierto",
            "Publication of the award stage as open data"},
           {"Conjunto de datos de adjudicaciones en el portal", "Award dataset on the portal"}},
          {{"Publicación de contratos y modificaciones contractuales", "Publication of contracts and amendments"},
           {"Conjunto de datos de contratos con actualización diaria", "Contracts dataset updated daily"}},
          {{"Tablero ciudadano de consulta y talleres de uso con la sociedad civil",
            "Public dashboard and training workshops with civil society"},
           {"Tablero en línea y cuatro talleres realizados", "Online dashboard and four workshops held"}}},
         {"La DNCP publicará todas las etapas de las compras y obras públicas en el Estándar de Datos de "
          "Contrataciones Abiertas, con actualización diaria y un tablero ciudadano, para que cualquiera "
          "pueda seguir el gasto y detectar riesgos.",
          "The NPPD will publish every stage of public purchases and works in the Open Contracting Data "
          "Standard, updated daily, with a public dashboard, so that anyone can follow spending and spot "
          "risks."},
         {"El sistema de compras se diseñó para tramitar procesos y no para publicar datos: genera avisos en "
          "PDF, guarda los contratos y sus modificaciones en módulos separados y no usa identificadores "
          "comunes entre etapas. Ninguna norma obliga a publicar en formato abierto.",
          "The procurement system was designed to process procedures, not to publish data: it produces PDF "
          "notices, keeps contracts and their amendments in separate modules and uses no common identifiers "
          "across stages. No rule requires publication in an open format."},
         {"Al cierre del plan, todos los procesos de la administración central se publican en OCDS con "
          "actualización diaria, incluidos los contratos y sus modificaciones; el tablero ciudadano está en "
          "línea y las organizaciones que participaron en los cuatro talleres usan los datos.",
          "By the end of the plan, every central government procedure is published in OCDS with daily "
          "updates, including contracts and their amendments; the public dashboard is online and the "
          "organisations that took part in the four workshops use the data."},
         {"Pone a disposición, en formato abierto y reutilizable, información que hoy solo existe en PDF: "
          "adjudicaciones, contratos y modificaciones contractuales.",
          "It makes information that today exists only as PDFs (awards, contracts and contract amendments) "
          "available in an open, reusable format."},
         {"Periodistas, organizaciones y la Contraloría podrán detectar alertas de riesgo y sobrecostos y "
          "pedir explicaciones a las entidades compradoras, que deberán justificar cada modificación "
          "publicada.",
          "Journalists, organisations and the Comptroller will be able to spot risk flags and cost overruns "
          "and ask the buying agencies for explanations; those agencies will have to justify every amendment "
          "published."},
         notClaimed,
         {"Rebeca Olivares Quintana",
          {"Jefa de la Unidad de Datos y Transparencia, Dirección Nacional de Contrataciones Públicas",
           "Head of the Data and Transparency Unit, National Public Procurement Directorate"},
          "rebeca.olivares@compras.gob.montealto.example", "+000 2 418 3300"},
         {key::PolicyArea::AntiCorruption, key::PolicyArea::OpenContracting}},
        {{"Presupuesto ciudadano y participación en el ciclo presupuestario",
          "Citizens' budget and participation in the budget cycle"},
         {"Ministerio de Economía y Finanzas", "Ministry of Economy and Finance"},
         {"Dirección de Presupuesto Público", "Public Budget Directorate"},
         {"Instituto Nacional de Estadística", "National Statistics Institute"},
         {"Red Ciudadana por la Transparencia; Centro de Estudios en Políticas Públicas",
          "Citizens' Network for Transparency; Centre for Public Policy Studies"},
         {"El presupuesto nacional es incomprensible para la mayoría de la población y no hay espacios para "
          "opinar antes de su aprobación.",
          "The national budget is incomprehensible to most people and there is no space to give an opinion "
          "before it is approved."},
         {"El proyecto de presupuesto se publica completo, pero en documentos técnicos de más de 800 páginas.",
          "The budget proposal is published in full, but in technical documents of more than 800 pages."},
         {"Publicar cada año un presupuesto ciudadano en lenguaje claro y realizar audiencias públicas "
          "regionales antes de enviar el proyecto al Congreso.",
          "Publish a citizens' budget in plain language every year and hold regional public hearings before "
          "the bill is sent to Congress."},
         {"La ciudadanía entiende las prioridades de gasto y puede incidir en ellas; el ministerio recibe "
          "información sobre necesidades regionales.",
          "Citizens understand spending priorities and can influence them; the ministry learns about regional "
          "needs."},
         {"USD 60 000 anuales", "USD 60,000 a year"},
         {"Ley de Responsabilidad Fiscal; ODS 16.7", "Fiscal Responsibility Act; SDG 16.7"},
         {"presupuesto;participación ciudadana;lenguaje claro", "budget;citizen participation;plain language"},
         true, true, true, false, {key::Frontier::PublicResources, key::Frontier::PolicyParticipation},
         {{{"Diseño participativo del formato del presupuesto ciudadano", "Participatory design of the citizens' budget format"},
           {"Formato validado con organizaciones", "Format validated with organisations"}},
          {{"Publicación del presupuesto ciudadano 2021", "Publication of the 2021 citizens' budget"},
           {"Presupuesto ciudadano publicado en el portal", "Citizens' budget published on the portal"}},
          {{"Audiencias públicas regionales sobre el proyecto de presupuesto 2022",
            "Regional public hearings on the 2022 budget proposal"},
           {"Cinco audiencias con informe de aportes", "Five hearings with a report on the input received"}}},
         {"El Ministerio de Economía y Finanzas publicará cada año un presupuesto ciudadano en lenguaje claro "
          "y realizará audiencias públicas regionales antes de enviar el proyecto de presupuesto al Congreso.",
          "The Ministry of Economy and Finance will publish a plain-language citizens' budget every year and "
          "hold regional public hearings before sending the budget bill to Congress."},
         {"Los documentos presupuestarios se redactan para especialistas y para el Congreso, sin versiones de "
          "divulgación. El calendario de formulación no prevé ninguna etapa de consulta y el ministerio no "
          "tiene equipo ni procedimientos para recibir opiniones de la ciudadanía y de las regiones.",
          "Budget documents are written for specialists and for Congress, with no versions for the general "
          "public. The preparation calendar has no consultation stage, and the ministry has neither the "
          "staff nor the procedures to receive views from citizens and the regions."},
         {"Presupuesto ciudadano 2021 publicado con un formato validado por las organizaciones, y cinco "
          "audiencias regionales sobre el proyecto 2022 con un informe público que indica qué aportes se "
          "consideraron y por qué.",
          "The 2021 citizens' budget published in a format validated with organisations, and five regional "
          "hearings on the 2022 proposal with a public report stating which input was taken into account and "
          "why."},
         {"Traduce a lenguaje claro el proyecto de presupuesto: cuánto se recauda, en qué se gasta y qué "
          "cambia respecto del año anterior.",
          "It puts the budget proposal into plain language: how much is raised, what it is spent on and what "
          "changes from the previous year."},
         {"El ministerio publicará un informe que responde a los aportes de las audiencias y explica cuáles "
          "incorporó al proyecto y por qué descartó los demás.",
          "The ministry will publish a report that answers the input from the hearings, explaining which "
          "points it added to the proposal and why it set the others aside."},
         {"Abre por primera vez un espacio para que la ciudadanía y las organizaciones de las regiones opinen "
          "sobre las prioridades de gasto antes de que el proyecto llegue al Congreso.",
          "For the first time, it opens a space for citizens and regional organisations to comment on "
          "spending priorities before the bill reaches Congress."},
         {"Tobías Saavedra Ponce",
          {"Director de Presupuesto Público, Ministerio de Economía y Finanzas",
           "Director of Public Budget, Ministry of Economy and Finance"},
          "tobias.saavedra@economia.gob.montealto.example", "+000 2 360 1450"},
         {key::PolicyArea::FiscalOpenness, key::PolicyArea::PublicParticipation}},
        {{"Registro público de beneficiarios finales", "Public register of beneficial owners"},
         {"Superintendencia de Sociedades", "Companies Superintendency"},
         {"Intendencia de Registro", "Registry Department"},
         {"Ministerio de Economía y Finanzas; Unidad de Análisis Financiero",
          "Ministry of Economy and Finance; Financial Intelligence Unit"},
         {"Red Ciudadana por la Transparencia; Cámara Nacional de Comercio y Servicios",
          "Citizens' Network for Transparency; National Chamber of Commerce and Services"},
         {"Las empresas de papel ocultan a quienes se benefician de contratos públicos y de flujos ilícitos.",
          "Shell companies hide who benefits from public contracts and illicit financial flows."},
         {"La información societaria solo identifica a los accionistas directos y se entrega a pedido, con costo.",
          "Company records only identify direct shareholders and are provided on request, for a fee."},
         {"Crear un registro de beneficiarios finales con datos abiertos y consulta pública gratuita.",
          "Create a beneficial ownership register with open data and free public search."},
         {"Conocer a las personas detrás de las empresas permite detectar conflictos de interés en las compras "
          "públicas.",
          "Knowing the people behind companies makes it possible to detect conflicts of interest in public "
          "procurement."},
         {"USD 240 000, con apoyo de cooperación internacional", "USD 240,000, with international cooperation support"},
         {"Recomendaciones del GAFILAT; ODS 16.4 y 16.5", "GAFILAT recommendations; SDGs 16.4 and 16.5"},
         {"beneficiarios finales;integridad;empresas", "beneficial ownership;integrity;companies"},
         true, false, true, true, {key::Frontier::PublicResources},
         {{{"Reglamento del registro de beneficiarios finales", "Regulation of the beneficial ownership register"},
           {"Reglamento aprobado y publicado", "Regulation approved and published"}},
          {{"Desarrollo de la plataforma de declaración en línea", "Development of the online filing platform"},
           {"Plataforma en producción", "Platform in production"}},
          {{"Portal de consulta pública y datos abiertos del registro", "Public search portal and open data of the register"},
           {"Portal en línea con datos descargables", "Online portal with downloadable data"}},
          {{"Verificación cruzada con las contrataciones públicas", "Cross-checking with public procurement data"},
           {"Informe de verificación con alertas", "Verification report with risk flags"}}},
         {"La Superintendencia de Sociedades creará un registro de beneficiarios finales con declaración en "
          "línea, consulta pública gratuita y datos abiertos, y lo cruzará con las contrataciones públicas.",
          "The Companies Superintendency will create a beneficial ownership register with online filing, "
          "free public search and open data, and cross-check it with public procurement."},
         {"La ley de sociedades solo exige inscribir a los accionistas directos, por lo que las cadenas de "
          "empresas y los testaferros ocultan a quienes controlan cada sociedad. El registro cobra por los "
          "certificados, no ofrece consulta en línea y no tiene mandato para verificar lo declarado.",
          "Company law only requires direct shareholders to be registered, so chains of companies and "
          "nominees hide the people who control each company. The registry charges for certificates, offers "
          "no online search and has no mandate to verify what is declared."},
         {"Reglamento vigente, plataforma de declaración en producción y portal de consulta gratuita con "
          "datos descargables; un primer informe de verificación cruzada con las contrataciones públicas que "
          "señala posibles conflictos de interés.",
          "The regulation in force, the filing platform in production and a free search portal with "
          "downloadable data; a first report cross-checking the register with public procurement that flags "
          "possible conflicts of interest."},
         {"Hace pública y gratuita la identidad de las personas naturales que controlan o se benefician de "
          "cada empresa, información que hoy ni siquiera se recopila.",
          "It makes public, free of charge, the identity of the natural persons who control or benefit from "
          "each company, information that is not even collected today."},
         {"Permite a la Unidad de Análisis Financiero, a la Contraloría y a la sociedad civil identificar a "
          "los dueños reales de los proveedores del Estado y exigir que se investiguen los conflictos de "
          "interés detectados.",
          "It lets the Financial Intelligence Unit, the Comptroller and civil society identify the real "
          "owners of government suppliers and demand that the conflicts of interest found be investigated."},
         notClaimed,
         {"Irene Bustamante Leiva",
          {"Intendenta de Registro, Superintendencia de Sociedades",
           "Head of the Registry Department, Companies Superintendency"},
          "irene.bustamante@supersociedades.gob.montealto.example", "+000 2 427 8100"},
         {key::PolicyArea::AntiCorruption, key::PolicyArea::BeneficialOwnership}},
        {{"Información pública sobre la calidad del agua", "Public information on water quality"},
         {"Ministerio de Ambiente", "Ministry of the Environment"},
         {"Dirección de Monitoreo Ambiental", "Environmental Monitoring Directorate"},
         {"Superintendencia de Servicios Sanitarios; municipalidades de la cuenca del río Claro",
          "Sanitation Services Superintendency; municipalities of the Río Claro basin"},
         {"Colectivo Ambiental Río Claro; Facultad de Ingeniería de la Universidad Tecnológica del Norte",
          "Río Claro Environmental Collective; Faculty of Engineering, Northern Technological University"},
         {"Las comunidades de la cuenca del río Claro no saben si el agua que consumen es segura.",
          "Communities in the Río Claro basin do not know whether the water they drink is safe."},
         {"Las mediciones existen, pero se guardan en informes internos que no se publican.",
          "Measurements exist but are kept in internal reports that are not published."},
         {"Publicar en línea las mediciones de calidad del agua por punto de monitoreo, con alertas por SMS y "
          "un canal para que la población reporte problemas.",
          "Publish water-quality measurements online by monitoring point, with SMS alerts and a channel for "
          "people to report problems."},
         {"La población puede tomar precauciones y exigir respuestas; las autoridades reciben reportes "
          "tempranos.",
          "People can take precautions and demand answers; the authorities receive early reports."},
         {"USD 150 000 (ministerio y gobiernos locales)", "USD 150,000 (ministry and local governments)"},
         {"Plan Nacional de Recursos Hídricos; ODS 6.1 y 6.3", "National Water Resources Plan; SDGs 6.1 and 6.3"},
         {"ambiente;agua;datos abiertos", "environment;water;open data"},
         true, true, false, true, {key::Frontier::UsefulInformation, key::Frontier::ServiceFeedback},
         {{{"Acuerdo de publicación de datos con los prestadores de servicios", "Data publication agreement with utilities"},
           {"Convenio firmado", "Signed agreement"}},
          {{"Instalación de estaciones de monitoreo en tiempo real", "Installation of real-time monitoring stations"},
           {"Doce estaciones operativas", "Twelve stations in operation"}},
          {{"Portal y alertas por SMS sobre la calidad del agua", "Portal and SMS alerts on water quality"},
           {"Portal en línea y servicio de alertas", "Online portal and alert service"}},
          {{"Canal de reportes ciudadanos y respuesta en 72 horas", "Citizen reporting channel with a 72-hour response"},
           {"Canal operativo e informe trimestral de reportes", "Channel in operation and quarterly report"}}},
         {"El Ministerio de Ambiente publicará en línea las mediciones de calidad del agua de la cuenca del "
          "río Claro por punto de monitoreo, enviará alertas por SMS y abrirá un canal para que la población "
          "reporte problemas.",
          "The Ministry of the Environment will publish water-quality measurements for the Río Claro basin "
          "online by monitoring point, send SMS alerts and open a channel for people to report problems."},
         {"Las mediciones se hacen para fiscalizar a los prestadores y se consideran de uso interno; los "
          "datos están repartidos entre el ministerio, la Superintendencia y cada municipio, sin un acuerdo "
          "para compartirlos. Además, la red depende de muestras manuales cuyos resultados tardan semanas.",
          "Measurements are taken to inspect utilities and are treated as internal; the data are spread "
          "between the ministry, the Superintendency and each municipality, with no agreement to share them. "
          "The network also relies on manual samples whose results take weeks."},
         {"Doce estaciones de monitoreo en tiempo real operando en la cuenca, un portal con datos abiertos "
          "por punto de monitoreo, un servicio de alertas por SMS y un canal de reportes ciudadanos que "
          "responde en 72 horas, con informe trimestral.",
          "Twelve real-time monitoring stations in operation in the basin, a portal with open data by "
          "monitoring point, an SMS alert service and a citizen reporting channel that answers within 72 "
          "hours, with a quarterly report."},
         {"Publica en forma oportuna y comprensible mediciones que hoy quedan en informes internos, para que "
          "cada comunidad sepa si el agua que consume es segura.",
          "It publishes, promptly and in an understandable way, measurements that now stay in internal "
          "reports, so that every community knows whether the water it drinks is safe."},
         notClaimed,
         {"La población de la cuenca puede reportar problemas y recibir respuesta en 72 horas, y el Colectivo "
          "Ambiental Río Claro revisa con el ministerio el informe trimestral de reportes.",
          "People in the basin can report problems and get an answer within 72 hours, and the Río Claro "
          "Environmental Collective reviews the quarterly report on them with the ministry."},
         {"Wilson Cáceres Aldana",
          {"Director de Monitoreo Ambiental, Ministerio de Ambiente",
           "Director of Environmental Monitoring, Ministry of the Environment"},
          "wilson.caceres@ambiente.gob.montealto.example", "+000 2 391 2270"},
         {key::PolicyArea::ClimateEnvironment, key::PolicyArea::WaterSanitation}},
        {{"Participación de los pueblos indígenas en las políticas públicas",
          "Participation of indigenous peoples in public policy"},
         {"Viceministerio de Interculturalidad", "Deputy Ministry for Interculturality"},
         {"Dirección de Consulta Previa", "Prior Consultation Directorate"},
         {"Ministerio de Desarrollo Social; Defensoría del Pueblo", "Ministry of Social Development; Ombudsman's Office"},
         {"Consejo de Pueblos Originarios del Sur; Red de Mujeres Lideresas Comunitarias",
          "Council of Indigenous Peoples of the South; Network of Women Community Leaders"},
         {"Los pueblos indígenas participan poco en el diseño de las políticas que les afectan y la "
          "información pública rara vez está en sus lenguas.",
          "Indigenous peoples take little part in designing the policies that affect them, and public "
          "information is rarely in their languages."},
         {"La consulta previa se aplica solo a proyectos extractivos y sin un protocolo común.",
          "Prior consultation is applied only to extractive projects and without a common protocol."},
         {"Acordar con las organizaciones indígenas un protocolo de participación y crear mesas "
          "interculturales permanentes en tres regiones.",
          "Agree a participation protocol with indigenous organisations and set up permanent intercultural "
          "tables in three regions."},
         {"Las políticas sociales se diseñan con los pueblos indígenas y la información llega en sus lenguas.",
          "Social policies are designed with indigenous peoples and information reaches them in their "
          "languages."},
         {"USD 95 000", "USD 95,000"},
         {"Convenio 169 de la OIT; ODS 10.2 y 16.7", "ILO Convention 169; SDGs 10.2 and 16.7"},
         {"pueblos indígenas;inclusión;participación ciudadana", "indigenous peoples;inclusion;citizen participation"},
         true, true, false, false, {key::Frontier::ExcludedGroups, key::Frontier::PolicyParticipation},
         {{{"Protocolo de participación acordado con las organizaciones indígenas",
            "Participation protocol agreed with indigenous organisations"},
           {"Protocolo firmado", "Signed protocol"}},
          {{"Instalación de mesas interculturales en tres regiones", "Setting up intercultural tables in three regions"},
           {"Tres mesas instaladas con actas", "Three tables set up, with minutes"}},
          {{"Traducción de información pública clave a cuatro lenguas originarias",
            "Translation of key public information into four indigenous languages"},
           {"Materiales traducidos y difundidos", "Translated materials published"}}},
         {"El Viceministerio de Interculturalidad acordará con las organizaciones indígenas un protocolo de "
          "participación, instalará mesas interculturales permanentes en tres regiones y traducirá "
          "información pública clave a cuatro lenguas originarias.",
          "The Deputy Ministry for Interculturality will agree a participation protocol with indigenous "
          "organisations, set up permanent intercultural tables in three regions and translate key public "
          "information into four indigenous languages."},
         {"La consulta previa se reguló pensando en los proyectos extractivos y no en las políticas sociales; "
          "no hay espacios permanentes de diálogo ni presupuesto para intérpretes y traducciones, y las "
          "instituciones desconocen las formas propias de organización y decisión de los pueblos.",
          "Prior consultation was regulated with extractive projects in mind, not social policy; there are "
          "no permanent spaces for dialogue and no budget for interpreters and translations, and "
          "institutions are unfamiliar with the peoples' own ways of organising and deciding."},
         {"Un protocolo de participación firmado con las organizaciones indígenas, tres mesas interculturales "
          "que sesionan con actas públicas y materiales clave traducidos y difundidos en cuatro lenguas "
          "originarias.",
          "A participation protocol signed with indigenous organisations, three intercultural tables meeting "
          "with public minutes, and key materials translated and distributed in four indigenous languages."},
         {"La información pública sobre programas sociales y trámites estará disponible en cuatro lenguas "
          "originarias, y las actas de las mesas serán públicas.",
          "Public information on social programmes and procedures will be available in four indigenous "
          "languages, and the tables' minutes will be public."},
         notClaimed,
         {"Crea canales permanentes y culturalmente adecuados para que los pueblos indígenas incidan en el "
          "diseño de las políticas sociales, con reglas acordadas con sus propias organizaciones.",
          "It creates permanent, culturally appropriate channels for indigenous peoples to shape social "
          "policies, under rules agreed with their own organisations."},
         {"Amaru Condori Mamani",
          {"Director de Consulta Previa, Viceministerio de Interculturalidad",
           "Director of Prior Consultation, Deputy Ministry for Interculturality"},
          "amaru.condori@interculturalidad.gob.montealto.example", "+000 2 374 5520"},
         {key::PolicyArea::GenderInclusion, key::PolicyArea::PublicParticipation}},
        {{"Acceso a la información pública en los municipios", "Access to public information in municipalities"},
         {"Consejo para la Transparencia", "Transparency Council"},
         {"Dirección de Fiscalización", "Oversight Directorate"},
         {"Asociación de Municipios de Montealto; Agencia de Gobierno Digital",
          "Association of Municipalities of Montealto; Digital Government Agency"},
         {"Asociación Nacional de Periodistas; Red Ciudadana por la Transparencia",
          "National Journalists' Association; Citizens' Network for Transparency"},
         {"Muchos municipios no responden las solicitudes de información dentro del plazo legal.",
          "Many municipalities do not answer information requests within the legal deadline."},
         {"En 2019 solo el 41 % de las solicitudes municipales se respondió a tiempo.",
          "In 2019 only 41% of municipal requests were answered on time."},
         {"Implementar un portal único de solicitudes para municipios y capacitar a sus funcionarios.",
          "Roll out a single request portal for municipalities and train their staff."},
         {"Un canal único con plazos visibles y funcionarios capacitados mejora la respuesta a la ciudadanía.",
          "A single channel with visible deadlines and trained staff improves responses to citizens."},
         {"USD 70 000", "USD 70,000"},
         {"Ley de Acceso a la Información Pública; ODS 16.10", "Access to Public Information Act; SDG 16.10"},
         {"acceso a la información;municipios", "access to information;municipalities"},
         true, false, true, false, {key::Frontier::UsefulInformation},
         {{{"Adaptación del portal de solicitudes para municipios", "Adapting the request portal for municipalities"},
           {"Portal habilitado para municipios", "Portal enabled for municipalities"}},
          {{"Capacitación de funcionarios municipales", "Training of municipal staff"},
           {"300 funcionarios capacitados", "300 staff trained"}},
          {{"Informe público de cumplimiento por municipio", "Public compliance report by municipality"},
           {"Ranking municipal publicado", "Municipal ranking published"}}},
         {"El Consejo para la Transparencia habilitará su portal único de solicitudes para los municipios, "
          "capacitará a 300 funcionarios municipales y publicará un ranking de cumplimiento por municipio.",
          "The Transparency Council will open its single request portal to municipalities, train 300 "
          "municipal staff and publish a compliance ranking by municipality."},
         {"Muchos municipios reciben las solicitudes por correo o en papel, sin registro ni control de "
          "plazos; no tienen una persona encargada de transparencia y el personal rota con frecuencia sin "
          "capacitación. El Consejo no tiene datos para fiscalizar a cada municipio.",
          "Many municipalities receive requests by email or on paper, with no register and no tracking of "
          "deadlines; they have no designated transparency officer and staff turn over often without "
          "training. The Council has no data to oversee each municipality."},
         {"Todos los municipios reciben solicitudes por el portal único, 300 funcionarios capacitados y un "
          "ranking público de cumplimiento; la meta es que al menos el 70 % de las solicitudes municipales se "
          "responda dentro del plazo legal.",
          "Every municipality receives requests through the single portal, 300 staff trained and a public "
          "compliance ranking; the target is for at least 70% of municipal requests to be answered within "
          "the legal deadline."},
         {"Cualquier persona podrá pedir información a su municipio por un canal único, con plazos visibles y "
          "seguimiento en línea de cada solicitud.",
          "Anyone will be able to ask their municipality for information through a single channel, with "
          "visible deadlines and online tracking of every request."},
         {"El ranking público de cumplimiento expone a los municipios que no responden a tiempo y da al "
          "Consejo evidencia para fiscalizarlos y sancionarlos.",
          "The public compliance ranking exposes the municipalities that do not answer on time and gives the "
          "Council evidence to oversee and sanction them."},
         notClaimed,
         {"Octavio Lillo Barrientos",
          {"Director de Fiscalización, Consejo para la Transparencia",
           "Director of Oversight, Transparency Council"},
          "octavio.lillo@consejotransparencia.gob.montealto.example", "+000 2 445 0900"},
         {key::PolicyArea::RightToInformation}},
        {{"Declaraciones juradas de patrimonio e intereses en datos abiertos",
          "Asset and interest declarations as open data"},
         {"Contraloría General de la República", "Office of the Comptroller General"},
         {"División de Probidad", "Probity Division"},
         {"Ministerio de Transparencia y Función Pública", "Ministry of Transparency and Public Service"},
         {"Red Ciudadana por la Transparencia; Asociación Nacional de Periodistas",
          "Citizens' Network for Transparency; National Journalists' Association"},
         {"Las declaraciones de patrimonio se publican escaneadas y no permiten detectar incrementos "
          "injustificados ni conflictos de interés.",
          "Asset declarations are published as scans and do not allow unjustified wealth increases or "
          "conflicts of interest to be detected."},
         {"Las declaraciones se presentan en papel y se publican como imágenes.",
          "Declarations are filed on paper and published as images."},
         {"Implementar la declaración electrónica y publicar sus datos en formato abierto.",
          "Introduce electronic filing and publish the data in an open format."},
         {"Con datos estructurados, la Contraloría y la ciudadanía pueden cruzar patrimonio, intereses y "
          "contratos.",
          "With structured data, the Comptroller and citizens can cross-check assets, interests and contracts."},
         {"USD 120 000", "USD 120,000"},
         {"Convención de las Naciones Unidas contra la Corrupción; ODS 16.5",
          "United Nations Convention against Corruption; SDG 16.5"},
         {"integridad;declaraciones juradas;datos abiertos", "integrity;asset declarations;open data"},
         true, false, true, true, {key::Frontier::PublicResources},
         {{{"Formulario electrónico de declaración jurada", "Electronic declaration form"},
           {"Formulario en producción", "Form in production"}},
          {{"Publicación de las declaraciones en datos abiertos", "Publication of declarations as open data"},
           {"Conjunto de datos publicado", "Dataset published"}},
          {{"Verificación aleatoria de declaraciones", "Random verification of declarations"},
           {"Informe de verificación", "Verification report"}}},
         {"La Contraloría General implementará la declaración jurada electrónica de patrimonio e intereses y "
          "publicará sus datos en formato abierto, con verificaciones aleatorias.",
          "The Comptroller General will introduce electronic filing of asset and interest declarations and "
          "publish the data in an open format, with random checks."},
         {"La normativa de probidad exige presentar las declaraciones en un formulario impreso y solo obliga "
          "a publicarlas, sin definir el formato. La División de Probidad no tiene un sistema para "
          "digitalizar los datos ni personal suficiente para revisar miles de declaraciones en papel.",
          "Probity rules require declarations to be filed on a printed form and only oblige their "
          "publication, without setting a format. The Probity Division has no system to digitise the data "
          "and not enough staff to review thousands of paper declarations."},
         {"Formulario electrónico en producción para todas las personas obligadas a declarar, un conjunto de "
          "datos abiertos con las declaraciones y un primer informe de verificación aleatoria con sus "
          "hallazgos.",
          "The electronic form in production for everyone required to file, an open dataset of the "
          "declarations and a first random-verification report with its findings."},
         {"Convierte las declaraciones escaneadas en datos estructurados que cualquiera puede buscar, "
          "descargar y comparar entre años.",
          "It turns scanned declarations into structured data that anyone can search, download and compare "
          "across years."},
         {"La Contraloría y la ciudadanía podrán cruzar patrimonio, intereses y contratos para detectar "
          "incrementos injustificados y conflictos de interés, y la verificación aleatoria dará consecuencias "
          "a las declaraciones falsas.",
          "The Comptroller and citizens will be able to cross-check assets, interests and contracts to spot "
          "unjustified wealth increases and conflicts of interest, and random verification will give false "
          "declarations consequences."},
         notClaimed,
         {"Susana Echeverría Toro",
          {"Jefa de la División de Probidad, Contraloría General de la República",
           "Head of the Probity Division, Office of the Comptroller General"},
          "susana.echeverria@contraloria.gob.montealto.example", "+000 2 402 7700"},
         {key::PolicyArea::AntiCorruption}},
        // ---- Second plan ----
        {{"Monitoreo ciudadano de obras públicas con contrataciones abiertas",
          "Citizen monitoring of public works with open contracting"},
         {"Dirección Nacional de Contrataciones Públicas", "National Public Procurement Directorate"},
         {"Unidad de Datos y Transparencia de la DNCP", "Data and Transparency Unit, NPPD"},
         {"Ministerio de Obras Públicas; Contraloría General de la República",
          "Ministry of Public Works; Office of the Comptroller General"},
         {"Observatorio Ciudadano de Compras Públicas; Colegio de Ingenieros de Montealto",
          "Citizen Public Procurement Observatory; Montealto Association of Engineers"},
         {"Las obras públicas se atrasan o se encarecen sin que las comunidades puedan advertirlo a tiempo.",
          "Public works fall behind or grow more expensive without communities being able to flag it in time."},
         {"Los datos de contrataciones ya son abiertos, pero no incluyen el avance físico de las obras.",
          "Procurement data are already open but do not include the physical progress of works."},
         {"Publicar el avance físico y financiero de las obras con fotos georreferenciadas y formar "
          "comités ciudadanos de monitoreo.",
          "Publish the physical and financial progress of works with geotagged photos and form citizen "
          "monitoring committees."},
         {"Las comunidades vigilan las obras cercanas y sus alertas llegan a la entidad y a la Contraloría.",
          "Communities watch nearby works and their alerts reach the agency and the Comptroller."},
         {"USD 210 000", "USD 210,000"},
         {"Compromiso 1 del I Plan de Acción; ODS 9.1 y 16.6", "Commitment 1 of the first action plan; SDGs 9.1 and 16.6"},
         {"contrataciones públicas;obras públicas;monitoreo ciudadano", "public procurement;public works;citizen monitoring"},
         true, true, true, true, {key::Frontier::PublicResources, key::Frontier::ServiceFeedback},
         {{{"Estándar de datos de infraestructura y piloto en diez obras", "Infrastructure data standard and pilot on ten works"},
           {"Datos de diez obras publicados", "Data on ten works published"}},
          {{"Aplicación móvil para reportes ciudadanos", "Mobile app for citizen reports"},
           {"Aplicación publicada", "App released"}},
          {{"Formación de comités ciudadanos de monitoreo", "Training of citizen monitoring committees"},
           {"Veinte comités formados", "Twenty committees trained"}},
          {{"Protocolo de respuesta a alertas con la Contraloría", "Alert response protocol with the Comptroller"},
           {"Protocolo firmado", "Signed protocol"}},
          {{"Ampliación a todas las obras de más de USD 1 millón", "Extension to every work above USD 1 million"},
           {"Cobertura total publicada", "Full coverage published"}}},
         {"La DNCP publicará el avance físico y financiero de las obras públicas con fotos georreferenciadas "
          "y formará comités ciudadanos que las monitoreen, con un protocolo para que sus alertas lleguen a "
          "la Contraloría.",
          "The NPPD will publish the physical and financial progress of public works with geotagged photos "
          "and train citizen committees to monitor them, with a protocol for their alerts to reach the "
          "Comptroller."},
         {"El sistema de compras registra el contrato pero no el avance de la obra, que queda en informes de "
          "supervisión en papel dentro de cada entidad. Las comunidades no saben qué se construye cerca de "
          "ellas ni a quién avisar, y las denuncias no tienen un circuito de respuesta.",
          "The procurement system records the contract but not the progress of the work, which stays in "
          "paper supervision reports inside each agency. Communities do not know what is being built near "
          "them or whom to tell, and complaints have no response process."},
         {"Datos de avance de todas las obras de más de USD 1 millón publicados, la aplicación móvil en uso, "
          "veinte comités ciudadanos formados y un protocolo con la Contraloría que asegura respuesta a cada "
          "alerta.",
          "Progress data on every work above USD 1 million published, the mobile app in use, twenty citizen "
          "committees trained and a protocol with the Comptroller that guarantees a response to every alert."},
         {"Suma a los datos abiertos de contrataciones el avance físico y financiero de cada obra, con fotos "
          "georreferenciadas y las fechas comprometidas.",
          "It adds the physical and financial progress of each work, with geotagged photos and the committed "
          "dates, to the open procurement data."},
         {"Las alertas ciudadanas sobre atrasos y sobrecostos llegan a la entidad y a la Contraloría, que se "
          "comprometen por protocolo a responderlas e informar qué medidas tomaron.",
          "Citizen alerts about delays and cost overruns reach the agency and the Comptroller, who commit by "
          "protocol to answer them and report what they did."},
         {"Los comités ciudadanos y la aplicación móvil permiten a las comunidades vigilar las obras cercanas "
          "y reportar problemas durante la ejecución, no solo al final.",
          "Citizen committees and the mobile app let communities watch nearby works and report problems "
          "during construction, not only at the end."},
         {"Bruno Cifuentes Alarcón",
          {"Coordinador de Contrataciones Abiertas de Infraestructura, Unidad de Datos y Transparencia, "
           "Dirección Nacional de Contrataciones Públicas",
           "Open Contracting for Infrastructure Coordinator, Data and Transparency Unit, National Public "
           "Procurement Directorate"},
          "bruno.cifuentes@compras.gob.montealto.example", "+000 2 418 3317"},
         {key::PolicyArea::OpenContracting, key::PolicyArea::PublicParticipation}},
        {{"Retroalimentación ciudadana sobre los servicios de salud", "Citizen feedback on health services"},
         {"Ministerio de Salud", "Ministry of Health"},
         {"Dirección de Calidad y Atención al Usuario", "Quality and Patient Services Directorate"},
         {"Agencia de Gobierno Digital; Superintendencia de Salud", "Digital Government Agency; Health Superintendency"},
         {"Red de Mujeres Lideresas Comunitarias; Centro de Estudios en Políticas Públicas",
          "Network of Women Community Leaders; Centre for Public Policy Studies"},
         {"Los pacientes no tienen cómo opinar sobre la atención y los reclamos no cambian nada.",
          "Patients have no way to give their opinion on care and complaints change nothing."},
         {"Los reclamos se presentan en libros físicos que no se analizan ni se publican.",
          "Complaints are written in paper books that are neither analysed nor published."},
         {"Crear una encuesta breve de satisfacción en todos los centros de salud y publicar los resultados "
          "y las mejoras adoptadas.",
          "Create a short satisfaction survey in every health centre and publish the results and the "
          "improvements made."},
         {"La opinión de los pacientes orienta mejoras concretas y cada centro rinde cuentas de ellas.",
          "Patients' views guide concrete improvements and every centre reports on them."},
         {"USD 130 000", "USD 130,000"},
         {"Plan Nacional de Salud 2030; ODS 3.8", "National Health Plan 2030; SDG 3.8"},
         {"salud;servicios públicos;retroalimentación", "health;public services;feedback"},
         false, true, true, true, {key::Frontier::ServiceFeedback},
         {{{"Diseño de la encuesta con usuarios y personal de salud", "Survey design with patients and health staff"},
           {"Encuesta validada", "Validated survey"}},
          {{"Piloto en 40 centros de salud", "Pilot in 40 health centres"},
           {"Resultados del piloto publicados", "Pilot results published"}},
          {{"Tablero público de satisfacción por centro", "Public satisfaction dashboard by centre"},
           {"Tablero en línea", "Online dashboard"}},
          {{"Planes de mejora publicados por cada centro", "Improvement plans published by each centre"},
           {"Planes de mejora en el portal", "Improvement plans on the portal"}}},
         {"El Ministerio de Salud aplicará una encuesta breve de satisfacción en todos los centros de salud, "
          "publicará los resultados por centro y pedirá a cada centro un plan de mejora público.",
          "The Ministry of Health will run a short satisfaction survey in every health centre, publish the "
          "results by centre and ask each centre for a public improvement plan."},
         {"Los libros de reclamos se concibieron como un requisito legal y no como información para la "
          "gestión: nadie los sistematiza ni los analiza. Los centros no tienen metas de calidad de atención "
          "vinculadas a la opinión de los pacientes ni la obligación de informar qué cambian.",
          "Complaint books were conceived as a legal requirement, not as management information: nobody "
          "compiles or analyses them. Centres have no quality-of-care targets linked to patients' views and "
          "no duty to report what they change."},
         {"Encuesta validada con usuarios y personal de salud, piloto en 40 centros con resultados "
          "publicados, un tablero público de satisfacción por centro y planes de mejora publicados por cada "
          "centro participante.",
          "A survey validated with patients and health staff, a pilot in 40 centres with published results, "
          "a public satisfaction dashboard by centre and improvement plans published by every participating "
          "centre."},
         notClaimed,
         {"Cada centro deberá publicar un plan de mejora basado en los resultados de la encuesta e informar "
          "su cumplimiento, que la Superintendencia de Salud y los usuarios podrán seguir en el tablero.",
          "Every centre will have to publish an improvement plan based on the survey results and report on "
          "it, which the Health Superintendency and patients can follow on the dashboard."},
         {"Da a los pacientes un canal simple y periódico para opinar sobre la atención, con una encuesta "
          "diseñada junto con usuarios, organizaciones comunitarias y personal de salud.",
          "It gives patients a simple, regular channel to give their views on care, through a survey "
          "designed together with patients, community organisations and health staff."},
         {"Lidia Manríquez Osorio",
          {"Directora de Calidad y Atención al Usuario, Ministerio de Salud",
           "Director of Quality and Patient Services, Ministry of Health"},
          "lidia.manriquez@salud.gob.montealto.example", "+000 2 383 6040"},
         {key::PolicyArea::Health, key::PolicyArea::PublicServiceDelivery}},
        {{"Igualdad de género en la participación y en los datos públicos",
          "Gender equality in participation and public data"},
         {"Ministerio de la Mujer y Equidad de Género", "Ministry of Women and Gender Equity"},
         {"División de Estudios", "Research Division"},
         {"Instituto Nacional de Estadística", "National Statistics Institute"},
         {"Red de Mujeres Lideresas Comunitarias; Fundación Datos para Todos",
          "Network of Women Community Leaders; Data for All Foundation"},
         {"Las estadísticas oficiales no muestran las brechas de género y las mujeres participan menos en los "
          "espacios de decisión.",
          "Official statistics do not show gender gaps and women take less part in decision-making spaces."},
         {"Solo el 30 % de los conjuntos de datos sociales está desagregado por sexo.",
          "Only 30% of social datasets are broken down by sex."},
         {"Desagregar por sexo los principales datos sociales y establecer paridad en los consejos consultivos.",
          "Break down the main social data by sex and establish parity on advisory councils."},
         {"Con datos desagregados y paridad, las políticas consideran las brechas de género.",
          "With disaggregated data and parity, policies take gender gaps into account."},
         {"USD 85 000", "USD 85,000"},
         {"Política Nacional de Igualdad de Género; ODS 5.5 y 17.18", "National Gender Equality Policy; SDGs 5.5 and 17.18"},
         {"género;datos abiertos;inclusión", "gender;open data;inclusion"},
         true, true, false, false, {key::Frontier::ExcludedGroups},
         {{{"Inventario de datos sociales sin desagregación por sexo", "Inventory of social data not broken down by sex"},
           {"Inventario publicado", "Inventory published"}},
          {{"Publicación de 25 conjuntos de datos desagregados", "Publication of 25 disaggregated datasets"},
           {"Conjuntos de datos en el portal", "Datasets on the portal"}},
          {{"Norma de paridad en consejos consultivos", "Parity rule for advisory councils"},
           {"Decreto aprobado", "Decree approved"}}},
         {"El Ministerio de la Mujer y Equidad de Género, con el Instituto Nacional de Estadística, publicará "
          "25 conjuntos de datos sociales desagregados por sexo y promoverá la paridad en los consejos "
          "consultivos del Estado.",
          "The Ministry of Women and Gender Equity, with the National Statistics Institute, will publish 25 "
          "social datasets broken down by sex and promote parity on the state's advisory councils."},
         {"Muchos registros administrativos no recogen el sexo de las personas o no lo procesan, y ninguna "
          "norma obliga a desagregar las estadísticas. Los consejos consultivos se integran por designación "
          "de cada institución, sin criterios de paridad, y las tareas de cuidado limitan la participación de "
          "las mujeres.",
          "Many administrative records do not capture people's sex, or do not process it, and no rule "
          "requires statistics to be disaggregated. Advisory councils are appointed by each institution with "
          "no parity criteria, and care responsibilities limit women's participation."},
         {"Un inventario público de los datos sociales sin desagregación, 25 conjuntos de datos desagregados "
          "por sexo en el portal y un decreto que establece la paridad en los consejos consultivos.",
          "A public inventory of social data not broken down by sex, 25 sex-disaggregated datasets on the "
          "portal and a decree establishing parity on advisory councils."},
         {"Publica datos que hacen visibles las brechas de género en empleo, salud, educación y protección "
          "social, hoy ocultas en los promedios.",
          "It publishes data that make visible the gender gaps in employment, health, education and social "
          "protection, today hidden in averages."},
         notClaimed,
         {"La norma de paridad asegura que las mujeres ocupen la mitad de los puestos de los consejos "
          "consultivos donde se discuten las políticas públicas.",
          "The parity rule ensures that women hold half of the seats on the advisory councils where public "
          "policies are discussed."},
         {"Noemí Barros Elgueta",
          {"Jefa de la División de Estudios, Ministerio de la Mujer y Equidad de Género",
           "Head of the Research Division, Ministry of Women and Gender Equity"},
          "noemi.barros@mujer.gob.montealto.example", "+000 2 436 1180"},
         {key::PolicyArea::GenderInclusion, key::PolicyArea::PublicParticipation}},
        {{"Participación de las juventudes en la política de empleo", "Youth participation in employment policy"},
         {"Ministerio de Trabajo y Previsión Social", "Ministry of Labour and Social Security"},
         {"Dirección de Empleo Juvenil", "Youth Employment Directorate"},
         {"Instituto Nacional de la Juventud", "National Youth Institute"},
         {"Colectivo Juventudes por la Participación; Cámara Nacional de Comercio y Servicios",
          "Youth for Participation Collective; National Chamber of Commerce and Services"},
         {"El desempleo juvenil duplica el promedio nacional y los programas se diseñan sin escuchar a los "
          "jóvenes.",
          "Youth unemployment is twice the national average and programmes are designed without listening "
          "to young people."},
         {"No existe ningún espacio formal de participación juvenil en el Ministerio de Trabajo.",
          "There is no formal space for youth participation in the Ministry of Labour."},
         {"Crear un consejo juvenil de empleo con representación regional que revise los programas cada año.",
          "Create a youth employment council with regional representation that reviews programmes every year."},
         {"Los programas de empleo responden a las necesidades reales de las juventudes.",
          "Employment programmes respond to young people's real needs."},
         {"USD 40 000", "USD 40,000"},
         {"Estrategia Nacional de Empleo; ODS 8.6", "National Employment Strategy; SDG 8.6"},
         {"juventudes;empleo;participación ciudadana", "youth;employment;citizen participation"},
         false, true, false, false, {key::Frontier::ExcludedGroups, key::Frontier::PolicyParticipation},
         {{{"Convocatoria abierta para el consejo juvenil", "Open call for the youth council"},
           {"Consejo conformado", "Council formed"}},
          {{"Revisión participativa de dos programas de empleo", "Participatory review of two employment programmes"},
           {"Informe con recomendaciones", "Report with recommendations"}},
          {{"Respuesta pública del ministerio a las recomendaciones", "Ministry's public response to the recommendations"},
           {"Respuesta publicada", "Response published"}}},
         {"El Ministerio de Trabajo creará un consejo juvenil de empleo, elegido por convocatoria abierta y "
          "con representación regional, que revisará cada año los programas de empleo y recibirá una "
          "respuesta pública del ministerio.",
          "The Ministry of Labour will create a youth employment council, chosen through an open call with "
          "regional representation, that reviews employment programmes every year and gets a public response "
          "from the ministry."},
         {"Los programas de empleo juvenil se diseñan en el nivel central a partir de datos agregados, sin "
          "consultar a sus destinatarios, y el ministerio no tiene ninguna instancia formal de participación. "
          "Las organizaciones juveniles están dispersas y rara vez se las convoca.",
          "Youth employment programmes are designed centrally from aggregate data, without consulting the "
          "people they serve, and the ministry has no formal participation body. Youth organisations are "
          "scattered and rarely invited."},
         {"Un consejo juvenil conformado por convocatoria abierta, un informe con recomendaciones sobre dos "
          "programas de empleo y una respuesta pública del ministerio que explica qué recomendaciones adopta.",
          "A youth council formed through an open call, a report with recommendations on two employment "
          "programmes and a public response from the ministry explaining which recommendations it adopts."},
         notClaimed,
         notClaimed,
         {"Crea el primer espacio formal para que jóvenes de todas las regiones revisen los programas de "
          "empleo y formulen recomendaciones que el ministerio debe responder públicamente.",
          "It creates the first formal space for young people from every region to review employment "
          "programmes and make recommendations the ministry must answer publicly."},
         {"Bastián Orellana Medina",
          {"Director de Empleo Juvenil, Ministerio de Trabajo y Previsión Social",
           "Director of Youth Employment, Ministry of Labour and Social Security"},
          "bastian.orellana@trabajo.gob.montealto.example", "+000 2 351 9030"},
         {key::PolicyArea::GenderInclusion, key::PolicyArea::PublicParticipation}},
        {{"Transparencia del financiamiento climático", "Transparency of climate finance"},
         {"Ministerio de Ambiente", "Ministry of the Environment"},
         {"Oficina de Cambio Climático", "Climate Change Office"},
         {"Ministerio de Economía y Finanzas", "Ministry of Economy and Finance"},
         {"Colectivo Ambiental Río Claro; Fundación Datos para Todos", "Río Claro Environmental Collective; Data for All Foundation"},
         {"No se sabe cuánto dinero recibe y gasta el país en acción climática ni con qué resultados.",
          "Nobody knows how much money the country receives and spends on climate action, or with what results."},
         {"Los fondos climáticos se registran en distintos sistemas y no hay un reporte consolidado.",
          "Climate funds are recorded in different systems and there is no consolidated report."},
         {"Publicar un portal de financiamiento climático con fuentes, montos, proyectos y resultados.",
          "Publish a climate finance portal with sources, amounts, projects and results."},
         {"La ciudadanía puede seguir los fondos climáticos y exigir resultados.",
          "Citizens can follow climate funds and demand results."},
         {"USD 110 000", "USD 110,000"},
         {"Contribución Determinada a Nivel Nacional; ODS 13.2 y 13.a", "Nationally Determined Contribution; SDGs 13.2 and 13.a"},
         {"ambiente;cambio climático;presupuesto", "environment;climate change;budget"},
         true, false, true, false, {key::Frontier::PublicResources, key::Frontier::UsefulInformation},
         {{{"Clasificador presupuestario de gasto climático", "Budget classifier for climate spending"},
           {"Clasificador aprobado", "Classifier approved"}},
          {{"Portal de financiamiento climático", "Climate finance portal"},
           {"Portal en línea", "Portal online"}},
          {{"Informe anual de resultados con participación ciudadana", "Annual results report with citizen participation"},
           {"Informe publicado y discutido en audiencia", "Report published and discussed at a hearing"}}},
         {"El Ministerio de Ambiente, con el Ministerio de Economía y Finanzas, creará un clasificador "
          "presupuestario del gasto climático y un portal con las fuentes, los montos, los proyectos y los "
          "resultados del financiamiento climático.",
          "The Ministry of the Environment, with the Ministry of Economy and Finance, will create a budget "
          "classifier for climate spending and a portal with the sources, amounts, projects and results of "
          "climate finance."},
         {"El presupuesto no identifica el gasto climático y los fondos de cooperación se registran fuera del "
          "sistema financiero del Estado; cada institución informa con criterios propios y ninguna entidad "
          "tiene el encargo de consolidar la información.",
          "The budget does not identify climate spending and cooperation funds are recorded outside the "
          "state's financial system; each institution reports with its own criteria and no body is tasked "
          "with consolidating the information."},
         {"El clasificador aprobado y aplicado en el presupuesto, el portal de financiamiento climático en "
          "línea con datos abiertos y un informe anual de resultados discutido en audiencia pública.",
          "The classifier approved and applied in the budget, the climate finance portal online with open "
          "data, and an annual results report discussed at a public hearing."},
         {"Reúne en un solo lugar, en datos abiertos, cuánto dinero para la acción climática recibe y gasta "
          "el país, de qué fuentes y en qué proyectos.",
          "It brings together in one place, as open data, how much money for climate action the country "
          "receives and spends, from which sources and on which projects."},
         {"El informe anual de resultados y su discusión en audiencia pública obligan a las instituciones a "
          "explicar qué lograron con los fondos y a responder las preguntas de la ciudadanía.",
          "The annual results report and its discussion at a public hearing require institutions to explain "
          "what they achieved with the funds and to answer citizens' questions."},
         notClaimed,
         {"Antonia Riquelme Salas",
          {"Jefa de la Oficina de Cambio Climático, Ministerio de Ambiente",
           "Head of the Climate Change Office, Ministry of the Environment"},
          "antonia.riquelme@ambiente.gob.montealto.example", "+000 2 391 2284"},
         {key::PolicyArea::ClimateEnvironment, key::PolicyArea::FiscalOpenness}},
        {{"Registro público de algoritmos del Estado", "Public register of government algorithms"},
         {"Agencia de Gobierno Digital", "Digital Government Agency"},
         {"División de Innovación Pública", "Public Innovation Division"},
         {"Consejo para la Transparencia; Ministerio de Desarrollo Social",
          "Transparency Council; Ministry of Social Development"},
         {"Fundación Datos para Todos; Facultad de Ingeniería de la Universidad Tecnológica del Norte",
          "Data for All Foundation; Faculty of Engineering, Northern Technological University"},
         {"El Estado usa sistemas automatizados para asignar beneficios sin que las personas sepan cómo se "
          "toman esas decisiones.",
          "The state uses automated systems to allocate benefits without people knowing how those decisions "
          "are made."},
         {"No hay inventario de los sistemas de decisión automatizada en uso.",
          "There is no inventory of the automated decision systems in use."},
         {"Crear un registro público de algoritmos con su propósito, datos usados, responsables y "
          "evaluaciones de impacto.",
          "Create a public register of algorithms with their purpose, the data used, who is responsible "
          "and impact assessments."},
         {"Las personas conocen y pueden cuestionar las decisiones automatizadas que las afectan.",
          "People know about, and can challenge, the automated decisions that affect them."},
         {"USD 90 000", "USD 90,000"},
         {"Estrategia Nacional de Inteligencia Artificial; ODS 16.10", "National Artificial Intelligence Strategy; SDG 16.10"},
         {"gobierno digital;algoritmos;rendición de cuentas", "digital government;algorithms;accountability"},
         true, false, true, true, {key::Frontier::UsefulInformation},
         {{{"Norma técnica de transparencia algorítmica", "Technical standard on algorithmic transparency"},
           {"Norma publicada", "Standard published"}},
          {{"Piloto del registro con tres instituciones", "Register pilot with three institutions"},
           {"Fichas de tres sistemas publicadas", "Records of three systems published"}},
          {{"Registro público en línea", "Public register online"},
           {"Registro con al menos 15 sistemas", "Register with at least 15 systems"}}},
         {"La Agencia de Gobierno Digital creará un registro público de los algoritmos con que el Estado "
          "decide sobre las personas, con su propósito, los datos que usan, sus responsables y sus "
          "evaluaciones de impacto.",
          "The Digital Government Agency will create a public register of the algorithms the state uses to "
          "decide about people, with their purpose, the data they use, who is responsible and their impact "
          "assessments."},
         {"Cada institución contrata o desarrolla sus sistemas automatizados sin obligación de informarlos ni "
          "de evaluar su impacto, y ninguna norma técnica define qué debe publicarse. Los equipos jurídicos y "
          "técnicos rara vez trabajan juntos en estas decisiones.",
          "Each institution procures or builds its automated systems with no duty to disclose them or assess "
          "their impact, and no technical standard defines what must be published. Legal and technical teams "
          "rarely work together on these decisions."},
         {"Una norma técnica de transparencia algorítmica publicada, las fichas piloto de tres sistemas y un "
          "registro público en línea con al menos 15 sistemas de decisión automatizada.",
          "A technical standard on algorithmic transparency published, pilot records for three systems and a "
          "public online register with at least 15 automated decision systems."},
         {"Las personas podrán saber qué sistemas automatizados se usan para asignar beneficios, con qué "
          "datos y con qué propósito.",
          "People will be able to find out which automated systems are used to allocate benefits, with what "
          "data and for what purpose."},
         {"Cada ficha identifica a la institución y la unidad responsables y publica la evaluación de "
          "impacto, para que las personas afectadas y el Consejo para la Transparencia puedan cuestionar las "
          "decisiones y pedir su revisión.",
          "Each record names the institution and unit responsible and publishes the impact assessment, so "
          "that the people affected and the Transparency Council can challenge decisions and ask for a "
          "review."},
         notClaimed,
         {"Simón Fajardo Aguayo",
          {"Jefe de la División de Innovación Pública, Agencia de Gobierno Digital",
           "Head of the Public Innovation Division, Digital Government Agency"},
          "simon.fajardo@digital.gob.montealto.example", "+000 2 409 5600"},
         {key::PolicyArea::DigitalGovernance, key::PolicyArea::RightToInformation}},
        {{"Presupuestos participativos municipales", "Municipal participatory budgeting"},
         {"Asociación de Municipios de Montealto", "Association of Municipalities of Montealto"},
         {"Área de Fortalecimiento Municipal", "Municipal Strengthening Area"},
         {"Ministerio de Economía y Finanzas; Subsecretaría de Desarrollo Regional",
          "Ministry of Economy and Finance; Undersecretariat for Regional Development"},
         {"Red Ciudadana por la Transparencia; juntas vecinales", "Citizens' Network for Transparency; neighbourhood councils"},
         {"Las comunidades no deciden sobre las inversiones de su municipio.",
          "Communities have no say over their municipality's investments."},
         {"Solo cuatro municipios aplican presupuestos participativos, sin reglas comunes.",
          "Only four municipalities use participatory budgeting, with no common rules."},
         {"Implementar presupuestos participativos con reglas comunes y seguimiento público en 20 municipios.",
          "Implement participatory budgeting with common rules and public monitoring in 20 municipalities."},
         {"Los vecinos priorizan y vigilan parte de la inversión municipal.",
          "Residents prioritise and monitor part of the municipal investment."},
         {"USD 300 000 (fondo concursable)", "USD 300,000 (competitive fund)"},
         {"Política Nacional de Descentralización; ODS 11.3 y 16.7", "National Decentralisation Policy; SDGs 11.3 and 16.7"},
         {"gobierno local;presupuesto;participación ciudadana", "local government;budget;citizen participation"},
         false, true, true, false, {key::Frontier::PolicyParticipation},
         {{{"Guía común de presupuestos participativos", "Common participatory budgeting guide"},
           {"Guía publicada", "Guide published"}},
          {{"Procesos participativos en 20 municipios", "Participatory processes in 20 municipalities"},
           {"Actas de priorización de 20 municipios", "Prioritisation minutes from 20 municipalities"}},
          {{"Tablero de seguimiento de los proyectos elegidos", "Tracking dashboard for the chosen projects"},
           {"Tablero en línea", "Dashboard online"}},
          {{"Evaluación participativa del primer ciclo", "Participatory evaluation of the first cycle"},
           {"Informe de evaluación", "Evaluation report"}}},
         {"La Asociación de Municipios de Montealto implementará presupuestos participativos con reglas "
          "comunes en 20 municipios y un tablero público para seguir los proyectos que elijan los vecinos.",
          "The Association of Municipalities of Montealto will implement participatory budgeting with common "
          "rules in 20 municipalities, with a public dashboard to track the projects residents choose."},
         {"El concejo decide la inversión municipal a partir de propuestas técnicas, sin mecanismos de "
          "consulta; los pocos municipios con presupuestos participativos los aplican con reglas propias y "
          "sin fondos asegurados, y muchos municipios pequeños no tienen equipos para organizarlos.",
          "The council decides municipal investment on the basis of technical proposals, with no "
          "consultation mechanism; the few municipalities with participatory budgeting run it under their "
          "own rules and without secured funding, and many small municipalities lack the staff to organise "
          "it."},
         {"Una guía común publicada, procesos de priorización en 20 municipios con actas públicas, un tablero "
          "en línea con el avance de los proyectos elegidos y una evaluación participativa del primer ciclo.",
          "A common guide published, prioritisation processes in 20 municipalities with public minutes, an "
          "online dashboard with the progress of the chosen projects and a participatory evaluation of the "
          "first cycle."},
         notClaimed,
         {"El tablero de seguimiento muestra el avance y el gasto de cada proyecto elegido, y los municipios "
          "deben explicar los atrasos o cambios en la evaluación participativa.",
          "The tracking dashboard shows the progress and spending of each chosen project, and municipalities "
          "must explain delays or changes at the participatory evaluation."},
         {"Los vecinos proponen, priorizan y votan proyectos con parte de la inversión de su municipio, con "
          "reglas comunes que hacen los procesos abiertos y comparables.",
          "Residents propose, prioritise and vote on projects with part of their municipality's investment, "
          "under common rules that make the processes open and comparable."},
         {"Yolanda Pacheco Arce",
          {"Coordinadora del Área de Fortalecimiento Municipal, Asociación de Municipios de Montealto",
           "Coordinator of the Municipal Strengthening Area, Association of Municipalities of Montealto"},
          "yolanda.pacheco@municipios.montealto.example", "+000 2 366 2815"},
         {key::PolicyArea::FiscalOpenness, key::PolicyArea::PublicParticipation}},
        {{"Lenguaje claro y accesibilidad en los trámites del Estado", "Plain language and accessibility in public services"},
         {"Secretaría de Gestión Pública", "Public Management Secretariat"},
         {"Unidad de Simplificación de Trámites", "Administrative Simplification Unit"},
         {"Agencia de Gobierno Digital; Consejo Nacional de la Discapacidad",
          "Digital Government Agency; National Disability Council"},
         {"Centro de Estudios en Políticas Públicas; organizaciones de personas con discapacidad",
          "Centre for Public Policy Studies; organisations of persons with disabilities"},
         {"Los formularios y las resoluciones usan un lenguaje que muchas personas no entienden y los sitios "
          "web no son accesibles.",
          "Forms and decisions use language many people do not understand, and websites are not accessible."},
         {"Ningún trámite ha sido revisado con criterios de lenguaje claro.",
          "No procedure has been reviewed against plain-language criteria."},
         {"Reescribir en lenguaje claro los 50 trámites más usados y hacer accesibles sus sitios.",
          "Rewrite the 50 most used procedures in plain language and make their websites accessible."},
         {"Las personas entienden sus derechos y obligaciones y completan los trámites sin intermediarios.",
          "People understand their rights and duties and complete procedures without intermediaries."},
         {"USD 75 000", "USD 75,000"},
         {"Agenda de Modernización del Estado; ODS 16.6 y 10.2", "State Modernisation Agenda; SDGs 16.6 and 10.2"},
         {"lenguaje claro;accesibilidad;trámites", "plain language;accessibility;public services"},
         true, true, false, true, {key::Frontier::UsefulInformation, key::Frontier::ExcludedGroups},
         {{{"Guía de lenguaje claro y pruebas con usuarios", "Plain-language guide and user testing"},
           {"Guía publicada", "Guide published"}},
          {{"Reescritura de los 50 trámites más usados", "Rewriting of the 50 most used procedures"},
           {"50 trámites revisados", "50 procedures revised"}},
          {{"Auditoría de accesibilidad de los sitios de trámites", "Accessibility audit of service websites"},
           {"Informe de auditoría y correcciones", "Audit report and fixes"}}},
         {"La Secretaría de Gestión Pública reescribirá en lenguaje claro, con pruebas de usuarios, los 50 "
          "trámites más usados del Estado y hará accesibles sus sitios web.",
          "The Public Management Secretariat will rewrite the state's 50 most used procedures in plain "
          "language, tested with users, and make their websites accessible."},
         {"Los formularios y las resoluciones se redactan con fórmulas jurídicas heredadas y nunca se prueban "
          "con usuarios; no existe una guía de lenguaje claro ni una norma obligatoria de accesibilidad web, "
          "y los equipos que desarrollan los sitios no conocen esos criterios.",
          "Forms and decisions are drafted with inherited legal formulas and never tested with users; there "
          "is no plain-language guide or mandatory web accessibility standard, and the teams that build the "
          "websites do not know those criteria."},
         {"Una guía de lenguaje claro publicada, los 50 trámites más usados revisados y probados con "
          "usuarios, y una auditoría de accesibilidad de sus sitios con las correcciones aplicadas.",
          "A plain-language guide published, the 50 most used procedures revised and tested with users, and "
          "an accessibility audit of their websites with the fixes applied."},
         {"Los requisitos, plazos, derechos y obligaciones de cada trámite se vuelven comprensibles y "
          "accesibles para todas las personas, incluidas las personas con discapacidad.",
          "The requirements, deadlines, rights and duties of each procedure become understandable and "
          "accessible to everyone, including persons with disabilities."},
         notClaimed,
         {"Los textos se prueban con usuarios y con organizaciones de personas con discapacidad, que revisan "
          "los trámites antes de su publicación.",
          "The texts are tested with users and with organisations of persons with disabilities, who review "
          "the procedures before they are published."},
         {"Cristóbal Mena Rivas",
          {"Jefe de la Unidad de Simplificación de Trámites, Secretaría de Gestión Pública",
           "Head of the Administrative Simplification Unit, Public Management Secretariat"},
          "cristobal.mena@gestionpublica.gob.montealto.example", "+000 2 412 0470"},
         {key::PolicyArea::GenderInclusion, key::PolicyArea::PublicServiceDelivery}},
    };
    return seeds;
}

int firstPlanCommitments() { return 7; }

const char *citedPractices(int index)
{
    switch (index) {
    case 0: return "prozorro_ukraine";                // open procurement data
    case 2: return "beneficial_ownership_uk";         // register of beneficial owners
    case 3: return "water_quality_la_libertad_peru";  // water quality
    case 7: return "monithon_italy;prozorro_ukraine"; // citizen monitoring of public works
    case 8: return "friends_family_test_uk";          // feedback on health services
    case 13: return "decide_madrid";                  // municipal participatory budgeting
    default: return "";
    }
}

const std::vector<GuestSeed> &guests()
{
    static const std::vector<GuestSeed> seeds{
        {"Claudia Reyes Maldonado",
         {"Mecanismo de Revisión Independiente (IRM) de la AGA", "OGP Independent Reporting Mechanism (IRM)"}, key::Sector::Other},
        {"Joaquín Ibáñez Sepúlveda", {"Unidad de Apoyo de la AGA", "OGP Support Unit"}, key::Sector::Other},
        {"Rosa Huamán Quispe", {"Junta Vecinal de San Isidro del Sur", "San Isidro del Sur Neighbourhood Council"},
         key::Sector::CivilSociety},
        {"Esteban Lagos Rivero", {"Municipalidad de San Isidro del Sur", "Municipality of San Isidro del Sur"},
         key::Sector::Government},
        {"Daniela Vera Pizarro", {"Universidad Nacional de Montealto (estudiante)", "National University of Montealto (student)"},
         key::Sector::Academia},
        {"Marcelo Aravena Toledo", {"Colegio de Ingenieros de Montealto", "Montealto Association of Engineers"},
         key::Sector::PrivateSector},
    };
    return seeds;
}

namespace {

constexpr Bilingual councilRoom{"Sala de Consejo, Ministerio de Transparencia y Función Pública, Av. Central 1250, Ciudad de Montealto",
                                "Council Room, Ministry of Transparency and Public Service, 1250 Central Avenue, Montealto City"};
constexpr Bilingual online{"", ""};
constexpr Bilingual none{"", ""};
constexpr const char *forumLink = "https://reuniones.montealto.example/foro-multiactor";

} // namespace

const std::vector<MeetingSeed> &meetings()
{
    static const std::vector<MeetingSeed> seeds{
        {key::MeetingKind::ForumSession, 0, 2020, 3, 12, 10, 0, 150,
         {"Sesión de instalación del Foro Multiactor", "Inaugural session of the Multi-Stakeholder Forum"},
         councilRoom, "", key::MeetingStatus::Published,
         {{{"Términos de referencia y reglas de participación del Foro", "The Forum's terms of reference and rules of participation"},
           {"La Secretaría Técnica presentó los términos de referencia y las reglas de participación. Se acordó la "
            "paridad entre gobierno y sociedad civil y la publicación de todas las actas en el repositorio del Foro.",
            "The Technical Secretariat presented the terms of reference and the rules of participation. Parity "
            "between government and civil society was agreed, as was publishing all minutes in the Forum's repository."},
           30, 0, -1},
          {{"Elección de la presidencia y la copresidencia", "Election of the chair and co-chair"},
           {"Se propuso una presidencia gubernamental y una copresidencia de la sociedad civil por dos años. Se "
            "votó la fórmula Andrés Salazar Mejía y Carmen Rojas Villalobos.",
            "A government chair and a civil-society co-chair for two years were proposed. The pair Andrés "
            "Salazar Mejía and Carmen Rojas Villalobos was put to the vote."},
           20, 0, -1},
          {{"Hoja de ruta de cocreación del I Plan de Acción", "Co-creation roadmap for the first action plan"},
           {"La copresidencia presentó la hoja de ruta: convocatoria abierta de aportes, mesas temáticas y sesión "
            "de aprobación en agosto. Por la emergencia sanitaria, las mesas serán virtuales.",
            "The co-chair presented the roadmap: an open call for contributions, thematic workshops and an "
            "approval session in August. Because of the health emergency, the workshops will be held online."},
           45, 2, -1}},
         {{0, {"Aprobar los términos de referencia y las reglas de participación del Foro Multiactor.",
               "Approve the terms of reference and the rules of participation of the Multi-Stakeholder Forum."},
           false, key::Majority::Consensus, 0, 0, -1, false},
          {1, {"Elegir a Andrés Salazar Mejía como presidente y a Carmen Rojas Villalobos como copresidenta por dos años.",
               "Elect Andrés Salazar Mejía as chair and Carmen Rojas Villalobos as co-chair for two years."},
           true, key::Majority::Simple, 0, 1, -1, false},
          {2, {"Aprobar la hoja de ruta de cocreación del I Plan de Acción, con mesas virtuales y recepción de aportes hasta el 31 de julio de 2020.",
               "Approve the co-creation roadmap of the first action plan, with online workshops and contributions accepted until 31 July 2020."},
           false, key::Majority::Consensus, 0, 0, -1, false}},
         {{{"Publicar los términos de referencia y el acta en el sitio web de gobierno abierto.",
            "Publish the terms of reference and the minutes on the open government website."}, 0, 10, key::ActionItemStatus::Done},
          {{"Abrir el formulario en línea para recibir aportes ciudadanos.",
            "Open the online form to receive citizens' contributions."}, 5, 21, key::ActionItemStatus::Done}},
         {1}, {}, none},
        {key::MeetingKind::Consultation, 0, 2020, 5, 14, 16, 0, 150,
         {"Mesa de cocreación virtual: transparencia fiscal, contrataciones y datos abiertos",
          "Online co-creation workshop: fiscal transparency, procurement and open data"},
         online, "https://reuniones.montealto.example/mesa-cocreacion-1", key::MeetingStatus::Published,
         {{{"Metodología de la mesa y criterios de priorización", "Workshop method and prioritisation criteria"},
           {"Se explicó que cada propuesta se registra como aporte y recibe una respuesta razonada publicada.",
            "It was explained that every proposal is recorded as a contribution and gets a published reasoned response."},
           20, 0, -1},
          {{"Propuestas sobre contrataciones públicas y beneficiarios finales", "Proposals on public procurement and beneficial ownership"},
           {"Se pidió publicar los contratos en formato abierto y vincularlos con un registro de beneficiarios finales.",
            "Participants asked for contracts to be published as open data and linked to a beneficial ownership register."},
           60, 10, 0},
          {{"Propuestas sobre presupuesto y participación", "Proposals on the budget and participation"},
           {"Se propuso un presupuesto ciudadano en lenguaje claro y audiencias públicas regionales.",
            "A plain-language citizens' budget and regional public hearings were proposed."},
           45, 3, 1}},
         {},
         {{{"Sistematizar las propuestas de la mesa y enviarlas a las instituciones responsables.",
            "Compile the workshop's proposals and send them to the lead agencies."}, 0, 14, key::ActionItemStatus::Done}},
         {4, 5}, {0, 2, 3, 5, 6, 8, 10, 14, 16}, none},
        {key::MeetingKind::ForumSession, 0, 2020, 8, 13, 10, 0, 180,
         {"Sesión ordinaria: aprobación del I Plan de Acción Nacional", "Regular session: approval of the first national action plan"},
         online, forumLink, key::MeetingStatus::Published,
         {{{"Informe de la cocreación y de las respuestas razonadas", "Report on co-creation and reasoned responses"},
           {"La Secretaría informó que todos los aportes recibidos tienen respuesta razonada publicada y se "
            "revisaron los motivos de los aportes no incorporados.",
            "The Secretariat reported that every contribution received has a published reasoned response, and "
            "the reasons for those not incorporated were reviewed."},
           30, 0, -1},
          {{"Presentación de los compromisos del I Plan de Acción", "Presentation of the first action plan's commitments"},
           {"Cada institución responsable presentó su compromiso. Se pidió precisar hitos verificables en los "
            "compromisos 3 y 4.",
            "Each lead agency presented its commitment. Verifiable milestones were requested for commitments 3 and 4."},
           60, 2, -1},
          {{"Aprobación del I Plan de Acción", "Approval of the first action plan"},
           {"Se sometió a votación el texto final. La sociedad civil dejó constancia de que el compromiso sobre "
            "declaraciones juradas debe ampliarse en el próximo plan.",
            "The final text was put to the vote. Civil society put on record that the commitment on asset "
            "declarations should be broadened in the next plan."},
           30, 1, -1}},
         {{2, {"Aprobar el I Plan de Acción Nacional de Gobierno Abierto 2021–2022 y encargar a la Secretaría Técnica su envío a la AGA antes del 31 de agosto de 2020.",
               "Approve the First National Open Government Action Plan 2021–2022 and instruct the Technical Secretariat to send it to OGP before 31 August 2020."},
           true, key::Majority::TwoThirds, 1, 1, 0, false},
          {1, {"Incorporar hitos verificables con fechas en los compromisos 3 y 4, como propuso la sociedad civil.",
               "Add dated, verifiable milestones to commitments 3 and 4, as civil society proposed."},
           false, key::Majority::Consensus, 0, 0, -1, false}},
         {{{"Enviar el plan aprobado a la Unidad de Apoyo de la AGA y publicarlo en el repositorio.",
            "Send the approved plan to the OGP Support Unit and publish it in the repository."}, 0, 14, key::ActionItemStatus::Done},
          {{"Ajustar los hitos de los compromisos 3 y 4 antes del envío.",
            "Adjust the milestones of commitments 3 and 4 before sending the plan."}, 22, 7, key::ActionItemStatus::Done}},
         {1}, {}, none},
        {key::MeetingKind::ForumSession, 0, 2021, 5, 20, 10, 0, 150,
         {"Sesión ordinaria: seguimiento del I Plan de Acción", "Regular session: monitoring the first action plan"},
         councilRoom, forumLink, key::MeetingStatus::Published,
         {{{"Avance del compromiso 1: datos abiertos de contrataciones", "Progress on commitment 1: open procurement data"},
           {"La DNCP informó la publicación del primer conjunto de datos en el estándar de contrataciones abiertas. "
            "El Observatorio Ciudadano pidió incluir las modificaciones de contratos.",
            "The NPPD reported the first dataset published in the Open Contracting Data Standard. The Citizen "
            "Observatory asked for contract amendments to be included."},
           30, 6, 0},
          {{"Avance del compromiso 4: calidad del agua", "Progress on commitment 4: water quality"},
           {"El Ministerio de Ambiente informó un retraso en la compra de estaciones de monitoreo y propuso "
            "reprogramar el segundo hito.",
            "The Ministry of the Environment reported a delay in buying monitoring stations and proposed "
            "rescheduling the second milestone."},
           30, 22, 3},
          {{"Plan de trabajo del Foro para el segundo semestre", "The Forum's work plan for the second half of the year"},
           {"Se acordó sesionar al menos cada seis meses y formar un grupo de trabajo de seguimiento.",
            "It was agreed to meet at least every six months and to form a monitoring working group."},
           20, 0, -1}},
         {{1, {"Reprogramar el hito de estaciones de monitoreo del compromiso 4, con informe en la próxima sesión.",
               "Reschedule commitment 4's monitoring-station milestone, with a report at the next session."},
           false, key::Majority::Consensus, 0, 0, -1, false}},
         {{{"Incluir las modificaciones contractuales en el conjunto de datos abiertos.",
            "Include contract amendments in the open dataset."}, 6, 120, key::ActionItemStatus::Done},
          {{"Presentar un cronograma de compra de las estaciones de monitoreo.",
            "Present a schedule for buying the monitoring stations."}, 22, 30, key::ActionItemStatus::Done}},
         {}, {}, none},
        {key::MeetingKind::ForumSession, 0, 2022, 3, 17, 10, 0, 150,
         {"Sesión ordinaria: seguimiento y preparación del cierre del I Plan",
          "Regular session: monitoring and preparing the close of the first plan"},
         councilRoom, forumLink, key::MeetingStatus::Published,
         {{{"Avance del compromiso 3: registro de beneficiarios finales", "Progress on commitment 3: beneficial ownership register"},
           {"El reglamento del registro fue aprobado y el portal de consulta está en pruebas. La sociedad civil pidió "
            "que la consulta sea gratuita y sin registro previo.",
            "The register's regulation has been approved and the search portal is being tested. Civil society "
            "asked for searches to be free and without prior sign-up."},
           30, 3, 2},
          {{"Avance del compromiso 5: participación de pueblos indígenas", "Progress on commitment 5: indigenous participation"},
           {"El Consejo de Pueblos Originarios valoró las mesas interculturales, pero advirtió que faltan "
            "intérpretes en dos regiones.",
            "The Council of Indigenous Peoples welcomed the intercultural tables but warned that interpreters "
            "are missing in two regions."},
           30, 11, 4},
          {{"Metodología del informe de autoevaluación", "Method for the self-assessment report"},
           {"La Universidad Nacional propuso una matriz de evidencias por hito para todos los compromisos.",
            "The National University proposed an evidence matrix per milestone for every commitment."},
           25, 14, -1}},
         {{0, {"Recomendar que la consulta del registro de beneficiarios finales sea gratuita y sin registro previo.",
               "Recommend that searching the beneficial ownership register be free and need no prior sign-up."},
           true, key::Majority::Simple, 2, 1, -1, false},
          {2, {"Adoptar la matriz de evidencias propuesta para el informe de autoevaluación.",
               "Adopt the proposed evidence matrix for the self-assessment report."},
           false, key::Majority::Consensus, 0, 0, -1, false}},
         {{{"Contratar intérpretes para las mesas interculturales pendientes.",
            "Hire interpreters for the outstanding intercultural tables."}, 1, 45, key::ActionItemStatus::Done},
          {{"Circular la matriz de evidencias a las instituciones responsables.",
            "Circulate the evidence matrix to the lead agencies."}, 14, 15, key::ActionItemStatus::Done},
          {{"Estudiar con la Superintendencia un convenio de consulta masiva del registro.",
            "Explore a bulk-access agreement for the register with the Superintendency."}, 3, 60, key::ActionItemStatus::Cancelled}},
         {}, {}, none},
        {key::MeetingKind::ForumSession, 0, 2022, 10, 20, 10, 0, 180,
         {"Sesión ordinaria: cierre del I Plan y autoevaluación", "Regular session: closing the first plan and self-assessment"},
         councilRoom, "", key::MeetingStatus::Published,
         {{{"Resultados finales de los compromisos", "Final results of the commitments"},
           {"La Secretaría presentó el nivel de cumplimiento de cada compromiso y las evidencias reunidas.",
            "The Secretariat presented each commitment's completion level and the evidence gathered."},
           60, 0, -1},
          {{"Aprobación del informe de autoevaluación", "Approval of the self-assessment report"},
           {"La sociedad civil pidió detallar por qué el compromiso sobre declaraciones juradas quedó limitado.",
            "Civil society asked for a detailed account of why the commitment on asset declarations was limited."},
           30, 14, 6},
          {{"Lecciones aprendidas para el próximo plan", "Lessons learned for the next plan"},
           {"Se identificaron lecciones sobre los plazos de cocreación, el presupuesto asignado desde el inicio "
            "y el seguimiento trimestral.",
            "Lessons were identified on co-creation timelines, budgets allocated from the start and quarterly "
            "monitoring."},
           40, 2, -1}},
         {{1, {"Aprobar el informe de autoevaluación de fin de término del I Plan de Acción, con un anexo sobre el compromiso 7.",
               "Approve the end-of-term self-assessment report of the first action plan, with an annex on commitment 7."},
           false, key::Majority::Consensus, 0, 0, -1, false},
          {2, {"Adoptar las lecciones aprendidas y trasladarlas a la hoja de ruta del II Plan de Acción.",
               "Adopt the lessons learned and carry them into the roadmap of the second action plan."},
           false, key::Majority::Consensus, 0, 0, -1, false}},
         {{{"Publicar el informe de autoevaluación durante dos semanas para comentarios públicos.",
            "Publish the self-assessment report for two weeks of public comment."}, 0, 10, key::ActionItemStatus::Done}},
         {}, {}, none},
        {key::MeetingKind::ForumSession, 0, 2023, 6, 15, 10, 0, 120,
         {"Sesión ordinaria: Informe de resultados del IRM y renovación del Foro",
          "Regular session: IRM Results Report and renewal of the Forum"},
         councilRoom, forumLink, key::MeetingStatus::Published,
         {{{"Presentación del Informe de resultados del IRM", "Presentation of the IRM Results Report"},
           {"La investigadora del IRM destacó el compromiso de contrataciones abiertas y recomendó más "
            "participación de la sociedad civil durante la implementación.",
            "The IRM researcher highlighted the open contracting commitment and recommended more civil-society "
            "participation during implementation."},
           40, -1, 0},
          {{"Renovación de miembros del Foro", "Renewal of the Forum's members"},
           {"Se informó el fin de mandato de un miembro y se propuso incorporar a la Asociación de Municipios y "
            "al Colectivo Juventudes por la Participación desde julio.",
            "The end of one member's term was reported, and it was proposed to admit the Association of "
            "Municipalities and the Youth for Participation Collective from July."},
           30, 0, -1},
          {{"Hoja de ruta del II Plan de Acción", "Roadmap for the second action plan"},
           {"Se propuso iniciar la cocreación en abril de 2024, con mesas regionales presenciales.",
            "It was proposed to start co-creation in April 2024, with in-person regional workshops."},
           30, 2, -1}},
         {{1, {"Incorporar como miembros a la Asociación de Municipios de Montealto y al Colectivo Juventudes por la Participación por cuatro años.",
               "Admit the Association of Municipalities of Montealto and the Youth for Participation Collective as members for four years."},
           true, key::Majority::Simple, 0, 2, -1, false},
          {2, {"Iniciar la cocreación del II Plan de Acción en abril de 2024 con al menos una mesa regional.",
               "Start co-creating the second action plan in April 2024 with at least one regional workshop."},
           false, key::Majority::Consensus, 0, 0, -1, false}},
         {{{"Responder por escrito a las recomendaciones del IRM.",
            "Reply in writing to the IRM's recommendations."}, 0, 60, key::ActionItemStatus::Done}},
         {0}, {}, none},
        {key::MeetingKind::PublicEvent, 1, 2024, 4, 18, 18, 0, 150,
         {"Lanzamiento público de la cocreación del II Plan de Acción", "Public launch of the co-creation of the second action plan"},
         {"Auditorio Central, Universidad Nacional de Montealto", "Main Auditorium, National University of Montealto"},
         "https://reuniones.montealto.example/lanzamiento-ii-plan", key::MeetingStatus::Published,
         {{{"Bienvenida y balance del I Plan de Acción", "Welcome and review of the first action plan"},
           {"La presidencia resumió los resultados del primer plan y las recomendaciones del IRM.",
            "The chair summarised the first plan's results and the IRM's recommendations."},
           20, 1, -1},
          {{"Cómo participar: calendario y canales para enviar aportes", "How to take part: timeline and channels for contributions"},
           {"Se presentaron el formulario en línea, el correo del Foro y las mesas regionales; todas las "
            "propuestas recibirán respuesta razonada.",
            "The online form, the Forum's email and the regional workshops were presented; every proposal "
            "will receive a reasoned response."},
           20, 0, -1},
          {{"Diálogo abierto con el público", "Open dialogue with the public"},
           {"Hubo preguntas sobre salud, empleo juvenil y financiamiento climático; las propuestas se "
            "registraron como aportes.",
            "There were questions on health, youth employment and climate finance; the proposals were "
            "recorded as contributions."},
           60, 2, -1}},
         {},
         {{{"Publicar la grabación y la presentación del lanzamiento.",
            "Publish the recording and the slides of the launch."}, 0, 7, key::ActionItemStatus::Done}},
         {2, 4, 5, 1}, {0, 1, 2, 5, 8, 13, 14}, none},
        {key::MeetingKind::Consultation, 1, 2024, 5, 23, 9, 30, 210,
         {"Mesa regional de cocreación — Región Sur", "Regional co-creation workshop — Southern Region"},
         {"Casa de la Cultura de San Isidro del Sur", "San Isidro del Sur House of Culture"}, "", key::MeetingStatus::Published,
         {{{"Diagnóstico regional de problemas públicos", "Regional assessment of public problems"},
           {"Los participantes priorizaron la atención de salud, los presupuestos municipales y la información en "
            "lenguas originarias.",
            "Participants prioritised health care, municipal budgets and information in indigenous languages."},
           60, 14, -1},
          {{"Propuestas sobre servicios de salud y presupuestos participativos",
            "Proposals on health services and participatory budgeting"},
           {"Se formularon propuestas de retroalimentación en los centros de salud y de presupuestos "
            "participativos municipales.",
            "Proposals were drafted on feedback in health centres and on municipal participatory budgeting."},
           90, 7, 8}},
         {},
         {{{"Enviar las propuestas de la mesa a los ministerios de Salud y de Economía y Finanzas.",
            "Send the workshop's proposals to the Ministries of Health and of Economy and Finance."}, 0, 10, key::ActionItemStatus::Done}},
         {2, 3}, {0, 2, 7, 11, 12, 14}, none},
        {key::MeetingKind::ForumSession, 1, 2024, 8, 15, 10, 0, 180,
         {"Sesión ordinaria: aprobación del II Plan de Acción Nacional", "Regular session: approval of the second national action plan"},
         councilRoom, forumLink, key::MeetingStatus::Published,
         {{{"Informe de la cocreación y de las respuestas razonadas", "Report on co-creation and reasoned responses"},
           {"La Secretaría presentó el resumen de los aportes, su estado y las respuestas razonadas publicadas.",
            "The Secretariat presented a summary of the contributions, their status and the published reasoned responses."},
           30, 0, -1},
          {{"Presentación de los compromisos del II Plan de Acción", "Presentation of the second action plan's commitments"},
           {"Las instituciones responsables presentaron ocho compromisos. Se observó que el compromiso sobre "
            "algoritmos aún no tiene presupuesto asignado.",
            "The lead agencies presented eight commitments. It was noted that the commitment on algorithms "
            "has no allocated budget yet."},
           60, 2, -1},
          {{"Aprobación del II Plan de Acción", "Approval of the second action plan"},
           {"Se votó nominalmente el texto final del plan.", "The final text of the plan was put to a roll-call vote."},
           30, 1, -1}},
         {{2, {"Aprobar el II Plan de Acción Nacional de Gobierno Abierto 2025–2027 y enviarlo a la AGA antes del 31 de agosto de 2024.",
               "Approve the Second National Open Government Action Plan 2025–2027 and send it to OGP before 31 August 2024."},
           true, key::Majority::TwoThirds, 1, 2, 1, true},
          {1, {"Pedir a la Agencia de Gobierno Digital que confirme el presupuesto del compromiso 6 antes de enero de 2025.",
               "Ask the Digital Government Agency to confirm the budget of commitment 6 before January 2025."},
           false, key::Majority::Consensus, 0, 0, -1, false}},
         {{{"Enviar el plan aprobado a la AGA y publicarlo con las respuestas razonadas.",
            "Send the approved plan to OGP and publish it with the reasoned responses."}, 0, 14, key::ActionItemStatus::Done},
          {{"Confirmar el presupuesto del compromiso 6.", "Confirm the budget of commitment 6."}, 5, 120, key::ActionItemStatus::Done}},
         {1}, {}, none},
        {key::MeetingKind::ForumSession, 1, 2025, 4, 10, 10, 0, 150,
         {"Sesión ordinaria: primer seguimiento del II Plan", "Regular session: first monitoring of the second plan"},
         councilRoom, forumLink, key::MeetingStatus::Published,
         {{{"Avance del compromiso 1: monitoreo ciudadano de obras", "Progress on commitment 1: citizen monitoring of works"},
           {"La DNCP presentó el piloto en diez obras; el Colegio de Ingenieros ofreció apoyo técnico a los comités.",
            "The NPPD presented the pilot on ten works; the Association of Engineers offered technical support to "
            "the committees."},
           30, 6, 7},
          {{"Avance del compromiso 2: retroalimentación en salud", "Progress on commitment 2: feedback on health services"},
           {"El Ministerio de Salud validó la encuesta con usuarios y prepara el piloto en 40 centros.",
            "The Ministry of Health validated the survey with patients and is preparing the pilot in 40 centres."},
           30, -1, 8},
          {{"Calendario de seguimiento trimestral", "Quarterly monitoring calendar"},
           {"Se propuso que cada institución responsable reporte avances cada trimestre con evidencias.",
            "It was proposed that each lead agency report progress every quarter, with evidence."},
           20, 0, -1}},
         {{2, {"Adoptar un calendario de informes trimestrales de avance con evidencias publicadas.",
               "Adopt a calendar of quarterly progress reports with published evidence."},
           false, key::Majority::Consensus, 0, 0, -1, false}},
         {{{"Publicar el tablero de avance de los compromisos.", "Publish the commitments' progress dashboard."}, 5, 60, key::ActionItemStatus::Done}},
         {}, {}, none},
        {key::MeetingKind::ForumSession, 1, 2025, 11, 13, 10, 0, 150,
         {"Sesión ordinaria: seguimiento semestral y Revisión del plan de acción",
          "Regular session: six-monthly monitoring and Action Plan Review"},
         councilRoom, forumLink, key::MeetingStatus::Published,
         {{{"Avance del compromiso 3: igualdad de género en datos públicos", "Progress on commitment 3: gender equality in public data"},
           {"El Instituto Nacional de Estadística publicó el inventario de datos y los primeros conjuntos desagregados.",
            "The National Statistics Institute published the data inventory and the first disaggregated datasets."},
           25, 4, 9},
          {{"Avance del compromiso 5: financiamiento climático", "Progress on commitment 5: climate finance"},
           {"El clasificador presupuestario está aprobado; la sociedad civil pidió datos por proyecto.",
            "The budget classifier has been approved; civil society asked for data by project."},
           30, 22, 11},
          {{"Revisión del plan de acción del IRM", "IRM Action Plan Review"},
           {"La investigadora del IRM calificó como prometedores los compromisos 1, 2 y 6.",
            "The IRM researcher rated commitments 1, 2 and 6 as promising."},
           30, -1, -1}},
         {{1, {"Solicitar al Ministerio de Ambiente que publique los datos de financiamiento climático por proyecto y no solo por programa.",
               "Ask the Ministry of the Environment to publish climate finance data by project, not only by programme."},
           true, key::Majority::Simple, 3, 1, -1, false}},
         {{{"Presentar un plan para publicar los datos de financiamiento climático por proyecto.",
            "Present a plan to publish climate finance data by project."}, 22, 90, key::ActionItemStatus::Open}},
         {0}, {}, none},
        {key::MeetingKind::WorkingGroup, 1, 2026, 5, 14, 15, 0, 120,
         {"Grupo de trabajo de seguimiento: compromisos con retraso", "Monitoring working group: delayed commitments"},
         {"Sala 3, Agencia de Gobierno Digital", "Room 3, Digital Government Agency"},
         "https://reuniones.montealto.example/gt-seguimiento", key::MeetingStatus::MinutesApproved,
         {{{"Compromiso 6: registro de algoritmos", "Commitment 6: register of algorithms"},
           {"La Agencia informó demoras en la norma técnica y propuso un piloto con tres instituciones.",
            "The Agency reported delays in the technical standard and proposed a pilot with three institutions."},
           45, 5, 12},
          {{"Compromiso 4: juventudes y política de empleo", "Commitment 4: youth and employment policy"},
           {"El consejo juvenil está conformado, pero solo con representantes de dos regiones.",
            "The youth council has been formed, but only with representatives from two regions."},
           40, 13, 10}},
         {{0, {"Proponer al Foro un piloto del registro de algoritmos con tres instituciones antes de diciembre de 2026.",
               "Propose to the Forum a pilot of the register of algorithms with three institutions before December 2026."},
           false, key::Majority::Consensus, 0, 0, -1, false}},
         {{{"Preparar los convenios del piloto con tres instituciones.", "Prepare the pilot agreements with three institutions."},
           5, 60, key::ActionItemStatus::Open},
          {{"Convocar a organizaciones juveniles de una tercera región.", "Invite youth organisations from a third region."},
           13, 45, key::ActionItemStatus::Done}},
         {}, {0, 2, 5, 8, 10, 13, 15}, none},
        {key::MeetingKind::ForumSession, 1, 2026, 6, 11, 10, 0, 150,
         {"Sesión ordinaria: informe de medio término", "Regular session: mid-term report"},
         councilRoom, forumLink, key::MeetingStatus::MinutesApproved,
         {{{"Informe de avance de medio término del II Plan", "Mid-term progress report of the second plan"},
           {"La Secretaría presentó el avance ponderado por hitos: cinco compromisos en tiempo y tres con retraso.",
            "The Secretariat presented weighted milestone progress: five commitments on track and three delayed."},
           40, 0, -1},
          {{"Propuesta del grupo de trabajo sobre el registro de algoritmos", "The working group's proposal on the register of algorithms"},
           {"Se discutió el piloto propuesto; el sector privado pidió proteger los secretos comerciales.",
            "The proposed pilot was discussed; the private sector asked for trade secrets to be protected."},
           30, 5, 12},
          {{"Compromiso 8: lenguaje claro en trámites", "Commitment 8: plain language in public services"},
           {"Se revisaron los primeros veinte trámites reescritos; las pruebas con usuarios fueron positivas.",
            "The first twenty rewritten procedures were reviewed; user testing was positive."},
           25, -1, 14}},
         {{1, {"Aprobar el piloto del registro de algoritmos con tres instituciones.",
               "Approve the pilot of the register of algorithms with three institutions."},
           true, key::Majority::Simple, 1, 2, -1, false}},
         {{{"Publicar el informe de medio término en el repositorio.", "Publish the mid-term report in the repository."},
           0, 20, key::ActionItemStatus::Done}},
         {}, {}, none},
        {key::MeetingKind::WorkingGroup, 1, 2026, 9, 10, 15, 0, 120,
         {"Grupo de trabajo de seguimiento: presupuestos participativos municipales",
          "Monitoring working group: municipal participatory budgeting"},
         {"Sala 3, Agencia de Gobierno Digital", "Room 3, Digital Government Agency"}, "", key::MeetingStatus::Cancelled,
         {{{"Compromiso 7: presupuestos participativos municipales", "Commitment 7: municipal participatory budgeting"},
           {"", ""}, 60, 7, 13}},
         {}, {}, {}, {0, 2, 3, 7, 10, 12},
         {"Suspendida por falta de confirmación de asistencia; el tema pasa a la sesión ordinaria de octubre.",
          "Called off because too few members confirmed; the item moves to the October regular session."}},
        {key::MeetingKind::ForumSession, 1, 2026, 10, 22, 10, 0, 150,
         {"Sesión ordinaria: seguimiento del tercer trimestre", "Regular session: third-quarter monitoring"},
         councilRoom, forumLink, key::MeetingStatus::MinutesDraft,
         {{{"Compromiso 7: presupuestos participativos municipales", "Commitment 7: municipal participatory budgeting"},
           {"La Asociación de Municipios informó procesos en doce municipios; ocho se atrasan por el calendario electoral.",
            "The Association of Municipalities reported processes in twelve municipalities; eight are delayed by the "
            "electoral calendar."},
           30, 7, 13},
          {{"Avance del piloto del registro de algoritmos", "Progress of the register of algorithms pilot"},
           {"Dos de las tres instituciones firmaron el convenio del piloto.",
            "Two of the three institutions have signed the pilot agreement."},
           20, 5, 12},
          {{"Preparación de la rendición de cuentas pública", "Preparing the public accountability event"},
           {"Se propuso una rendición de cuentas pública del II Plan en febrero de 2027.",
            "A public accountability event on the second plan was proposed for February 2027."},
           20, 2, -1}},
         {{2, {"Realizar una rendición de cuentas pública del II Plan de Acción en febrero de 2027.",
               "Hold a public accountability event on the second action plan in February 2027."},
           false, key::Majority::Consensus, 0, 0, -1, false}},
         {{{"Reservar el auditorio y preparar la convocatoria de la rendición de cuentas.",
            "Book the auditorium and prepare the invitation for the accountability event."}, 0, 30, key::ActionItemStatus::Open},
          {{"Enviar el reporte de avance de los presupuestos participativos.",
            "Send the progress report on participatory budgeting."}, 7, 45, key::ActionItemStatus::Open}},
         {}, {}, none},
        {key::MeetingKind::ForumSession, 1, 2026, 12, 10, 10, 0, 150,
         {"Sesión ordinaria: balance anual 2026", "Regular session: 2026 annual review"},
         councilRoom, forumLink, key::MeetingStatus::Planned,
         {{{"Balance anual del II Plan de Acción", "Annual review of the second action plan"}, {"", ""}, 40, 0, -1},
          {{"Calendario de sesiones 2027", "Session calendar for 2027"}, {"", ""}, 15, 1, -1}},
         {}, {}, {}, {}, none},
    };
    return seeds;
}

const StandingText &standing()
{
    static const StandingText text{
        {"Apertura, verificación del quórum y aprobación del orden del día",
         "Opening, quorum check and adoption of the agenda"},
        {"La presidencia abrió la sesión a las %3. Se verificó el quórum: %1 de %2 miembros con derecho a voto "
         "presentes o representados, con participación de gobierno y sociedad civil. Se aprobó el orden del día "
         "sin modificaciones.",
         "The chair opened the session at %3. The quorum was checked: %1 of %2 voting members present or "
         "represented, with both government and civil society attending. The agenda was adopted without changes."},
        {"Aprobación de actas anteriores", "Approval of previous minutes"},
        {"Se revisaron y aprobaron sin observaciones las actas de: %1.",
         "The minutes of the following were reviewed and approved without comments: %1."},
        {"Aprobar las actas de: %1.", "Approve the minutes of: %1."},
        {"Varios y cierre", "Any other business and close"},
        {"Sin otros asuntos, la presidencia agradeció la participación y cerró la sesión. El acta se someterá a "
         "aprobación en la próxima sesión.",
         "With no other business, the chair thanked everyone for taking part and closed the session. The minutes "
         "will be submitted for approval at the next session."},
        {"«%1» (%2)", "“%1” (%2)"},
        {"; ", "; "},
        {"Quórum: %1 de %2 miembros con voto.", "Quorum: %1 of %2 voting members."},
        {"Suspendida por falta de quórum confirmado.", "Called off for lack of a confirmed quorum."},
        {"Convocatoria enviada con el orden del día y los documentos de apoyo.",
         "Notice sent with the agenda and supporting documents."},
    };
    return text;
}

const std::vector<ContributionSeed> &contributions()
{
    static const std::vector<ContributionSeed> seeds{
        {{"Pedimos que se publiquen los contratos completos, con sus anexos y modificaciones, en un formato que "
          "se pueda descargar y analizar.",
          "We ask for full contracts, with their annexes and amendments, to be published in a format that can "
          "be downloaded and analysed."}, 0, -1},
        {{"El sistema de compras debería generar alertas cuando una misma empresa gana muchos contratos por "
          "adjudicación directa.",
          "The procurement system should raise alerts when the same company wins many direct-award contracts."}, 0, -1},
        {{"El presupuesto debería explicarse con ejemplos sencillos y gráficos; hoy nadie en mi comunidad lo entiende.",
          "The budget should be explained with simple examples and charts; today nobody in my community understands it."}, 1, -1},
        {{"Proponemos audiencias públicas en cada región antes de que el presupuesto llegue al Congreso.",
          "We propose public hearings in every region before the budget goes to Congress."}, 1, -1},
        {{"Es necesario saber quiénes son los verdaderos dueños de las empresas que contratan con el Estado.",
          "We need to know who really owns the companies that contract with the state."}, 2, -1},
        {{"El registro de beneficiarios finales debe ser gratuito y no exigir registro de usuario para consultarlo.",
          "The beneficial ownership register should be free and should not require a user account to search it."}, 2, -1},
        {{"Queremos saber si el agua del río Claro es segura; pedimos mediciones públicas y actualizadas.",
          "We want to know whether the water of the Río Claro is safe; we ask for public, up-to-date measurements."}, 3, -1},
        {{"Las alertas sobre la calidad del agua deberían llegar por mensaje de texto, porque en el campo no hay internet.",
          "Water-quality alerts should be sent by text message, because there is no internet in rural areas."}, 3, -1},
        {{"Las políticas sociales se deciden sin consultar a las comunidades indígenas; proponemos mesas permanentes.",
          "Social policies are decided without consulting indigenous communities; we propose permanent tables."}, 4, -1},
        {{"La información del Estado debería estar disponible en nuestras lenguas originarias.",
          "Government information should be available in our indigenous languages."}, 4, -1},
        {{"Mi municipio nunca respondió mi solicitud de información; debería existir un portal único con plazos visibles.",
          "My municipality never answered my information request; there should be a single portal with visible deadlines."}, 5, -1},
        {{"Capacitar a los funcionarios municipales en la ley de acceso a la información es urgente.",
          "Training municipal staff on the access to information law is urgent."}, 5, -1},
        {{"Las declaraciones juradas deberían publicarse en datos abiertos para poder compararlas año a año.",
          "Asset declarations should be published as open data so they can be compared year by year."}, 6, -1},
        {{"Proponemos incluir los intereses de cónyuges y familiares directos en las declaraciones juradas.",
          "We propose including the interests of spouses and close relatives in the asset declarations."}, 6, -1},
        {{"Los vecinos queremos saber cuánto avanza la obra del hospital y por qué está detenida.",
          "We residents want to know how far the hospital works have progressed and why they have stopped."}, 7, -1},
        {{"Proponemos comités ciudadanos que visiten las obras y puedan reportar problemas con fotos.",
          "We propose citizen committees that visit works and can report problems with photos."}, 7, -1},
        {{"En el centro de salud no hay dónde dejar una opinión; sugerimos una encuesta corta después de cada atención.",
          "There is nowhere to leave feedback at the health centre; we suggest a short survey after each visit."}, 8, -1},
        {{"Los resultados de los reclamos en salud deberían publicarse por establecimiento.",
          "The outcomes of health complaints should be published for each facility."}, 8, -1},
        {{"Las estadísticas de empleo e ingresos deben desagregarse por sexo y por región.",
          "Employment and income statistics should be broken down by sex and by region."}, 9, -1},
        {{"Pedimos paridad de género en todos los consejos consultivos del Estado.",
          "We ask for gender parity on every advisory council of the state."}, 9, -1},
        {{"Los jóvenes queremos participar en el diseño de los programas de empleo, no solo ser beneficiarios.",
          "We young people want to take part in designing employment programmes, not only to be beneficiaries."}, 10, -1},
        {{"Proponemos un consejo juvenil con representantes de todas las regiones.",
          "We propose a youth council with representatives from every region."}, 10, -1},
        {{"Queremos saber cuánto dinero internacional recibe el país para el cambio climático y en qué se gasta.",
          "We want to know how much international money the country receives for climate change and what it is spent on."}, 11, -1},
        {{"Los datos de financiamiento climático deberían publicarse por proyecto, con sus resultados.",
          "Climate finance data should be published by project, with its results."}, 11, -1},
        {{"El Estado usa sistemas automáticos para asignar subsidios; las personas tienen derecho a saber cómo funcionan.",
          "The state uses automated systems to allocate subsidies; people have a right to know how they work."}, 12, -1},
        {{"Cada algoritmo público debería tener una evaluación de impacto publicada antes de usarse.",
          "Every public algorithm should have a published impact assessment before it is used."}, 12, -1},
        {{"Proponemos que una parte del presupuesto municipal se decida en asambleas vecinales.",
          "We propose that part of the municipal budget be decided in neighbourhood assemblies."}, 13, -1},
        {{"Los proyectos elegidos por los vecinos deben tener un seguimiento público hasta su término.",
          "The projects chosen by residents should be publicly tracked until they are finished."}, 13, -1},
        {{"Los formularios de los trámites son imposibles de entender para las personas mayores.",
          "Forms for public services are impossible for older people to understand."}, 14, -1},
        {{"Los sitios web del Estado no funcionan con lectores de pantalla; pedimos que sean accesibles.",
          "Government websites do not work with screen readers; we ask for them to be made accessible."}, 14, -1},
        {{"Proponemos reformar la ley electoral para limitar el gasto de campaña.",
          "We propose reforming the electoral law to cap campaign spending."}, -1, 0},
        {{"Pedimos que el Poder Judicial publique todas sus sentencias en línea.",
          "We ask the judiciary to publish all its rulings online."}, -1, 1},
        {{"Sugerimos construir un nuevo hospital regional en la provincia norte.",
          "We suggest building a new regional hospital in the northern province."}, -1, 2},
        {{"Que se transmitan en vivo todas las sesiones de los concejos municipales.",
          "All municipal council sessions should be streamed live."}, -1, 3},
        {{"Proponemos una ley de protección para denunciantes de corrupción.",
          "We propose a law protecting whistle-blowers who report corruption."}, -1, 0},
        {{"Se debería bajar el impuesto a los combustibles en las zonas rurales.",
          "Fuel tax should be lowered in rural areas."}, -1, 2},
        {{"Pedimos un registro público de reuniones de lobby de todas las autoridades.",
          "We ask for a public register of lobbying meetings for every authority."}, -1, 3},
        {{"Las universidades públicas deberían publicar cómo usan sus fondos de investigación.",
          "Public universities should publish how they use their research funds."}, -1, 3},
        {{"Proponemos mejorar la señal de internet en las escuelas rurales.",
          "We propose improving internet coverage in rural schools."}, -1, 2},
        {{"El Foro debería publicar sus actas en un plazo máximo de quince días.",
          "The Forum should publish its minutes within fifteen days at most."}, -1, 4},
    };
    return seeds;
}

const ResponseText &responses()
{
    static const ResponseText text{
        {{"Gracias por su aporte. Fue incorporado en el compromiso %1, «%2», cuyos hitos recogen su propuesta; "
          "podrá seguir su avance en el tablero del Foro.",
          "Thank you for your contribution. It was incorporated into commitment %1, “%2”, whose milestones take "
          "up your proposal; you can follow its progress on the Forum's dashboard."},
         {"Su propuesta fue acogida y dio origen a un hito del compromiso %1, «%2». La institución responsable "
          "informará su avance cada trimestre.",
          "Your proposal was accepted and became a milestone of commitment %1, “%2”. The lead agency will report "
          "on its progress every quarter."},
         {"El Foro Multiactor valoró su aporte y lo incorporó en el compromiso %1, «%2», tal como fue planteado.",
          "The Multi-Stakeholder Forum welcomed your contribution and incorporated it into commitment %1, “%2”, "
          "as proposed."}},
        {{"Su aporte se incorporó parcialmente en el compromiso %1, «%2»: se incluyó la idea central, pero no su "
          "alcance nacional, porque el presupuesto disponible cubre solo una primera etapa.",
          "Your contribution was partly incorporated into commitment %1, “%2”: its core idea was included, but not "
          "its national scope, because the available budget covers only a first phase."},
         {"Se incorporó parcialmente en el compromiso %1, «%2». La parte que requiere una reforma legal no puede "
          "cumplirse en el periodo del plan; el Foro la propondrá al Congreso.",
          "Partly incorporated into commitment %1, “%2”. The part that needs a change in the law cannot be achieved "
          "within the plan's period; the Forum will propose it to Congress."},
         {"Parte de su propuesta quedó en el compromiso %1, «%2». El resto se evaluará en la revisión de medio "
          "término, cuando haya resultados del piloto.",
          "Part of your proposal is in commitment %1, “%2”. The rest will be assessed at the mid-term review, "
          "once the pilot has results."}},
        {{"No se incorporó porque la materia corresponde al Poder Legislativo y los compromisos del plan de acción "
          "deben poder ser cumplidos por las instituciones que los asumen. Remitimos su propuesta a la comisión "
          "correspondiente del Congreso.",
          "It was not incorporated because the matter belongs to the legislature and action plan commitments must "
          "be deliverable by the institutions that take them on. We have forwarded your proposal to the relevant "
          "congressional committee."},
         {"No se incorporó: el Poder Judicial es autónomo y no participó en esta cocreación. El Foro lo invitará a "
          "presentar compromisos en el próximo plan de acción.",
          "Not incorporated: the judiciary is independent and did not take part in this co-creation. The Forum "
          "will invite it to put forward commitments in the next action plan."},
         {"No se incorporó porque se trata de una inversión en infraestructura que no guarda relación con los "
          "valores de gobierno abierto (transparencia, participación y rendición de cuentas). La trasladamos al "
          "ministerio sectorial.",
          "Not incorporated because it is an infrastructure investment unrelated to open government values "
          "(transparency, participation and accountability). We have passed it on to the line ministry."},
         {"No se incorporó en este plan porque ninguna institución pudo comprometer presupuesto en el periodo. "
          "Queda registrada para la próxima cocreación.",
          "Not incorporated in this plan because no institution could commit a budget for the period. It is kept "
          "on record for the next co-creation."},
         {"No se incorporó como compromiso, pero el Foro lo adoptó como regla interna de funcionamiento en su "
          "reglamento de sesiones.",
          "Not incorporated as a commitment, but the Forum adopted it as an internal rule in its rules of procedure."}},
        {"Este aporte coincide con otro recibido el %1 y se respondió en conjunto: su contenido se consideró en el "
         "compromiso %2.",
         "This contribution matches another one received on %1 and was answered together with it: its content was "
         "taken into account in commitment %2."},
        {"En revisión por la institución responsable; la respuesta razonada se publicará antes de la aprobación del plan.",
         "Under review by the lead agency; the reasoned response will be published before the plan is approved."},
    };
    return text;
}

const ProgressText &progress()
{
    static const ProgressText text{
        {{"Actividad aún no iniciada; se preparan los términos de referencia para «%1».",
          "Activity not started yet; terms of reference are being prepared for “%1”."}},
        {{"Avance conforme al cronograma: %2 % de «%1».", "Progress on schedule: %2% of “%1”."},
         {"Se completaron las tareas previstas del periodo; «%1» alcanza un %2 %.",
          "The tasks planned for the period were completed; “%1” stands at %2%."},
         {"Reunión técnica con las organizaciones de apoyo; el avance de «%1» es del %2 %.",
          "Technical meeting with the supporting organisations; progress on “%1” is %2%."},
         {"Se publicaron documentos de avance; «%1» va en el %2 %.",
          "Progress documents were published; “%1” is at %2%."}},
        {{"Retraso por demoras en la contratación; «%1» se mantiene en %2 %.",
          "Delayed by procurement hold-ups; “%1” remains at %2%."},
         {"El avance de «%1» (%2 %) es menor al previsto por falta de presupuesto; se pidió reprogramar.",
          "Progress on “%1” (%2%) is behind plan for lack of budget; rescheduling has been requested."},
         {"Retraso por cambio de autoridades en la institución; «%1» llega al %2 %.",
          "Delayed by a change of leadership at the institution; “%1” reaches %2%."}},
        {{"Hito cumplido: «%1» está disponible y verificado por el Foro.",
          "Milestone achieved: “%1” is available and verified by the Forum."},
         {"Se entregó «%1»; la evidencia está publicada en el repositorio.",
          "“%1” was delivered; the evidence is published in the repository."}},
        {{"Hito cancelado por decisión del Foro; «%1» queda sin efecto en este plan (%2 % alcanzado).",
          "Milestone cancelled by decision of the Forum; “%1” is dropped from this plan (%2% reached)."}},
        {"https://gobiernoabierto.montealto.example/evidencias/", "https://gobiernoabierto.montealto.example/evidence/"},
    };
    return text;
}

const AssessmentText &assessment()
{
    static const AssessmentText text{
        {"Autoevaluación del Foro Multiactor: nivel de cumplimiento %1. Evidencias verificadas con la matriz por hito.",
         "Multi-Stakeholder Forum self-assessment: completion %1. Evidence checked with the per-milestone matrix."},
        {"Informe de resultados del IRM: evaluación basada en entrevistas con la institución responsable y la sociedad civil.",
         "IRM Results Report: assessment based on interviews with the lead agency and civil society."},
        {"Informe de resultados del IRM: compromiso estelar por su cumplimiento y sus resultados en apertura del gobierno.",
         "IRM Results Report: starred commitment for its completion and its results in opening government."},
        {"El %1 % de los hitos, ponderados por su peso, se cumplió en el periodo del plan.",
         "%1% of the milestones, weighted, were achieved within the plan's period."},
        {{"sin evidencia disponible", "no evidence available"}, {"no iniciado", "not started"},
         {"limitado", "limited"}, {"sustancial", "substantial"}, {"completo", "complete"}},
    };
    return text;
}

const std::vector<LessonSeed> &lessons()
{
    static const std::vector<LessonSeed> seeds{
        {key::LessonKind::Process,
         {"La cocreación virtual de 2020 redujo la participación de zonas rurales sin conexión.",
          "The online co-creation of 2020 reduced participation from rural areas without connectivity."},
         {"Combinar mesas presenciales en regiones con canales en línea y por carta.",
          "Combine in-person regional workshops with online and postal channels."}},
        {key::LessonKind::Process,
         {"Los compromisos sin presupuesto asignado al aprobar el plan fueron los que más se retrasaron.",
          "The commitments with no budget allocated when the plan was approved were the most delayed."},
         {"Exigir una fuente de financiamiento confirmada antes de aprobar cada compromiso.",
          "Require a confirmed funding source before approving each commitment."}},
        {key::LessonKind::Substance,
         {"Los compromisos de datos abiertos lograron más impacto cuando se acompañaron de talleres de uso con la sociedad civil.",
          "Open data commitments had more impact when accompanied by training workshops with civil society."},
         {"Incluir un hito de uso y apropiación de los datos en cada compromiso de apertura.",
          "Include a milestone on data use and uptake in every disclosure commitment."}},
        {key::LessonKind::Process,
         {"El seguimiento semestral fue insuficiente para detectar retrasos a tiempo.",
          "Six-monthly monitoring was not enough to spot delays in time."},
         {"Establecer informes trimestrales de avance con evidencias y un grupo de trabajo de seguimiento.",
          "Set up quarterly progress reports with evidence and a monitoring working group."}},
        {key::LessonKind::Substance,
         {"Las reformas que dependen del Congreso no pudieron cumplirse dentro del periodo del plan.",
          "Reforms that depend on Congress could not be completed within the plan's period."},
         {"Plantear hitos que la institución responsable controle y tratar las reformas legales como objetivos de incidencia.",
          "Set milestones the lead agency controls and treat legal reforms as advocacy goals."}},
    };
    return seeds;
}

const std::vector<const char *> &givenNames()
{
    static const std::vector<const char *> names{
        "María", "José", "Ana", "Luis", "Carmen", "Juan", "Rosa", "Carlos", "Elena", "Pedro", "Laura", "Miguel",
        "Teresa", "Javier", "Paula", "Fernando", "Silvia", "Ricardo", "Natalia", "Eduardo", "Verónica", "Óscar",
        "Lorena", "Sergio", "Camila", "Héctor", "Daniela", "Raúl", "Florencia", "Gustavo", "Julia", "Arturo",
        "Adriana", "Mauricio", "Ximena", "Pablo", "Inés", "Gonzalo", "Marcela", "Ignacio",
    };
    return names;
}

const std::vector<const char *> &familyNames()
{
    static const std::vector<const char *> names{
        "González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda",
        "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza",
        "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez",
        "Sánchez", "Fernández", "Ramírez", "Carrasco", "Gómez", "Cortés", "Herrera", "Núñez", "Jara", "Vergara",
        "Rivera", "Figueroa",
    };
    return names;
}

const std::vector<OrganizationSeed> &organizations()
{
    static const std::vector<OrganizationSeed> seeds{
        {{"Ministerio de Transparencia y Función Pública", "Ministry of Transparency and Public Service"}, key::Sector::Government},
        {{"Ministerio de Economía y Finanzas", "Ministry of Economy and Finance"}, key::Sector::Government},
        {{"Ministerio de Salud", "Ministry of Health"}, key::Sector::Government},
        {{"Ministerio de Ambiente", "Ministry of the Environment"}, key::Sector::Government},
        {{"Agencia de Gobierno Digital", "Digital Government Agency"}, key::Sector::Government},
        {{"Instituto Nacional de Estadística", "National Statistics Institute"}, key::Sector::Government},
        {{"Dirección Nacional de Contrataciones Públicas", "National Public Procurement Directorate"}, key::Sector::Government},
        {{"Asociación de Municipios de Montealto", "Association of Municipalities of Montealto"}, key::Sector::Government},
        {{"Contraloría General de la República", "Office of the Comptroller General"}, key::Sector::Government},
        {{"Red Ciudadana por la Transparencia", "Citizens' Network for Transparency"}, key::Sector::CivilSociety},
        {{"Fundación Datos para Todos", "Data for All Foundation"}, key::Sector::CivilSociety},
        {{"Observatorio Ciudadano de Compras Públicas", "Citizen Public Procurement Observatory"}, key::Sector::CivilSociety},
        {{"Colectivo Ambiental Río Claro", "Río Claro Environmental Collective"}, key::Sector::CivilSociety},
        {{"Consejo de Pueblos Originarios del Sur", "Council of Indigenous Peoples of the South"}, key::Sector::CivilSociety},
        {{"Red de Mujeres Lideresas Comunitarias", "Network of Women Community Leaders"}, key::Sector::CivilSociety},
        {{"Colectivo Juventudes por la Participación", "Youth for Participation Collective"}, key::Sector::CivilSociety},
        {{"Asociación Nacional de Periodistas", "National Journalists' Association"}, key::Sector::CivilSociety},
        {{"Junta Vecinal Villa Esperanza", "Villa Esperanza Neighbourhood Council"}, key::Sector::CivilSociety},
        {{"Asociación de Personas Mayores Los Aromos", "Los Aromos Older People's Association"}, key::Sector::CivilSociety},
        {{"Universidad Nacional de Montealto", "National University of Montealto"}, key::Sector::Academia},
        {{"Universidad Tecnológica del Norte", "Northern Technological University"}, key::Sector::Academia},
        {{"Instituto de Investigaciones Sociales del Pacífico", "Pacific Institute for Social Research"}, key::Sector::Academia},
        {{"Cámara Nacional de Comercio y Servicios", "National Chamber of Commerce and Services"}, key::Sector::PrivateSector},
        {{"Colegio de Ingenieros de Montealto", "Montealto Association of Engineers"}, key::Sector::PrivateSector},
        {{"Asociación de Empresas Tecnológicas", "Technology Companies Association"}, key::Sector::PrivateSector},
    };
    return seeds;
}

const LargeText &large()
{
    static const LargeText text{
        {"%1 Plan de Acción Nacional de Gobierno Abierto %2–%3", "%1 National Open Government Action Plan %2–%3"},
        {{"I", "First"}, {"II", "Second"}, {"III", "Third"}, {"IV", "Fourth"}, {"V", "Fifth"},
         {"VI", "Sixth"}, {"VII", "Seventh"}, {"VIII", "Eighth"}, {"IX", "Ninth"}, {"X", "Tenth"},
         {"XI", "Eleventh"}, {"XII", "Twelfth"}},
        {"Plan de acción cocreado por el Foro Multiactor con aportes de todas las regiones, con compromisos de "
         "transparencia, participación y rendición de cuentas a escala nacional y regional.",
         "Action plan co-created by the Multi-Stakeholder Forum with contributions from every region, with "
         "transparency, participation and accountability commitments at national and regional level."},
        {{"ámbito nacional", "nationwide"}, {"Región Norte", "Northern Region"}, {"Región Sur", "Southern Region"},
         {"Región Andina", "Andean Region"}, {"Región Costera", "Coastal Region"}, {"Región Amazónica", "Amazon Region"},
         {"Área Metropolitana", "Metropolitan Area"}, {"ciudades intermedias", "mid-sized cities"},
         {"zonas rurales", "rural areas"}, {"municipios fronterizos", "border municipalities"}},
        {"%1 (%2)", "%1 (%2)"},
        {"Evaluación participativa de resultados en %1", "Participatory evaluation of results in %1"},
        {"Informe de evaluación publicado", "Evaluation report published"},
        {"Sesión ordinaria N.º %1 del Foro Multiactor", "Multi-Stakeholder Forum regular session no. %1"},
        {"Grupo de trabajo: %1", "Working group: %1"},
        {{"transparencia fiscal y contrataciones", "fiscal transparency and procurement"},
         {"integridad y anticorrupción", "integrity and anti-corruption"},
         {"servicios públicos y participación", "public services and participation"},
         {"ambiente y territorio", "environment and territory"},
         {"inclusión y grupos excluidos", "inclusion and excluded groups"},
         {"gobierno digital y datos abiertos", "digital government and open data"}},
        {"Mesa de cocreación: %1", "Co-creation workshop: %1"},
        {"Rendición de cuentas pública: %1", "Public accountability event: %1"},
        {{"Sala de Consejo, Ministerio de Transparencia y Función Pública", "Council Room, Ministry of Transparency and Public Service"},
         {"Sala 3, Agencia de Gobierno Digital", "Room 3, Digital Government Agency"},
         {"Auditorio Central, Universidad Nacional de Montealto", "Main Auditorium, National University of Montealto"},
         {"Casa de la Cultura de San Isidro del Sur", "San Isidro del Sur House of Culture"},
         {"Salón Municipal de Puerto Nuevo", "Puerto Nuevo Town Hall"},
         {"Centro Cultural de Villa Alta", "Villa Alta Cultural Centre"}},
        {"Avance del compromiso %1: %2", "Progress on commitment %1: %2"},
        {"La institución responsable informó el avance del compromiso %1 (%2 % ponderado). El Foro pidió publicar "
         "las evidencias y revisar los hitos con retraso.",
         "The lead agency reported on commitment %1 (%2% weighted progress). The Forum asked for the evidence to be "
         "published and the delayed milestones to be reviewed."},
        {{"Informe de la Secretaría Técnica", "Report of the Technical Secretariat"},
         {"Seguimiento de acuerdos pendientes", "Follow-up of pending agreements"},
         {"Respuestas razonadas pendientes", "Outstanding reasoned responses"},
         {"Comunicación y difusión del plan de acción", "Communication and outreach for the action plan"},
         {"Informe de participación por sector", "Participation report by sector"},
         {"Propuestas de la sociedad civil", "Proposals from civil society"},
         {"Calendario de sesiones", "Session calendar"},
         {"Recomendaciones del IRM", "IRM recommendations"}},
        {{"La Secretaría Técnica resumió las actividades del periodo y los documentos publicados.",
          "The Technical Secretariat summarised the period's activities and the documents published."},
         {"Se revisaron los acuerdos pendientes; la mayoría se cumplió en plazo.",
          "Pending agreements were reviewed; most were met on time."},
         {"Se informó el estado de las respuestas razonadas y los plazos para completarlas.",
          "The status of reasoned responses and the deadlines to complete them were reported."},
         {"Se presentó la estrategia de comunicación y los materiales en lenguaje claro.",
          "The communication strategy and plain-language materials were presented."},
         {"Se analizó la asistencia por sector y se acordó reforzar la convocatoria a la academia.",
          "Attendance by sector was analysed and it was agreed to reach out more to academia."},
         {"Las organizaciones presentaron propuestas que se registraron como aportes.",
          "Organisations presented proposals, which were recorded as contributions."},
         {"Se acordó el calendario de sesiones del próximo semestre.",
          "The session calendar for the next six months was agreed."},
         {"Se revisaron las recomendaciones del IRM y su respuesta.",
          "The IRM's recommendations and the response to them were reviewed."}},
        {{"Aprobar el informe de la Secretaría Técnica.", "Approve the Technical Secretariat's report."},
         {"Solicitar a las instituciones con hitos retrasados un plan de recuperación.",
          "Ask the institutions with delayed milestones for a recovery plan."},
         {"Publicar las evidencias de avance en el repositorio del Foro.",
          "Publish the progress evidence in the Forum's repository."},
         {"Aprobar el calendario de sesiones del próximo semestre.", "Approve the session calendar for the next six months."},
         {"Invitar al IRM a presentar su informe en la próxima sesión.",
          "Invite the IRM to present its report at the next session."}},
        {{"Enviar el resumen de acuerdos a los miembros.", "Send the summary of agreements to the members."},
         {"Publicar el acta y las presentaciones.", "Publish the minutes and the slides."},
         {"Solicitar el plan de recuperación a las instituciones con retraso.",
          "Request the recovery plan from the delayed institutions."},
         {"Convocar al grupo de trabajo temático.", "Convene the thematic working group."},
         {"Actualizar el tablero de avance de los compromisos.", "Update the commitments' progress dashboard."}},
        {"Aprobar el %1 y enviarlo a la AGA.", "Approve the %1 and send it to OGP."},
        {"Aprobación del plan de acción", "Approval of the action plan"},
        {"Se sometió a votación el texto final del plan de acción cocreado.",
         "The final text of the co-created action plan was put to the vote."},
        {"Enlace de gobierno abierto, %1, %2", "Open government liaison, %1, %2"},
    };
    return text;
}

} // namespace forumdesk::sample
