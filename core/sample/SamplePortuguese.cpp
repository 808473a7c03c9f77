// SPDX-License-Identifier: GPL-3.0-or-later
// The Portuguese (Brazilian) sample forum: the Republic of Serra Formosa, a fictional lusophone
// country, its people, places and plans. Each text of SampleContent.cpp by its English text, and
// each name, address and link of the Spanish and English sample by itself (SampleTranslations.h).
// OGP's Portuguese terms: OGP, IRM, Fórum Multissetorial, compromisso, marco, resposta
// fundamentada (GLOSSARY.md).
#include "core/sample/SampleTranslations.h"

namespace forumdesk::sample {

const std::vector<Translation> &portugueseTexts()
{
    static const std::vector<Translation> texts{
        {"Montealto Open Government Multi-Stakeholder Forum",
         "Fórum Multissetorial de Governo Aberto de Serra Formosa"},
        {"Republic of Montealto",
         "República de Serra Formosa"},
        {"The Multi-Stakeholder Forum is the permanent space for dialogue between government and civil "
         "society to co-create, monitor and evaluate Montealto's open government action plans under the Open "
         "Government Partnership (OGP). It has equal numbers of government and civil-society "
         "representatives, with academia and the private sector also taking part. It holds regular sessions "
         "at least every six months; the Technical Secretariat sends the notice ten days ahead, publishes "
         "the agenda and takes the minutes of every session, which are approved at the next session and "
         "published in the Forum's repository.",
         "O Fórum Multissetorial é o espaço permanente de diálogo entre o governo e a sociedade civil para "
         "cocriar, monitorar e avaliar os planos de ação de governo aberto de Serra Formosa no âmbito da "
         "Parceria para Governo Aberto (OGP). É composto por igual número de representantes do governo e da "
         "sociedade civil, com a participação também da academia e do setor privado. Realiza sessões "
         "ordinárias pelo menos a cada seis meses; a Secretaria Técnica envia a convocação com dez dias de "
         "antecedência, publica a pauta e lavra a ata de cada sessão, que é aprovada na sessão seguinte e "
         "publicada no repositório do Fórum."},
        {"Anyone, person or organisation, may send contributions through the online form, by email, by "
         "letter or at the co-creation workshops; every contribution receives a published reasoned response. "
         "Sessions are open to the public as observers. Civil-society members are chosen through an open "
         "call among organisations; alternates vote only when they represent their member. Decisions are "
         "taken by consensus and, failing that, by a simple majority of the voting members present; "
         "approving an action plan takes two thirds. The quorum is half of the voting members, with both "
         "sectors present.",
         "Qualquer pessoa ou organização pode enviar contribuições pelo formulário on-line, por e-mail, por "
         "carta ou nas oficinas de cocriação; toda contribuição recebe uma resposta fundamentada publicada. "
         "As sessões são abertas ao público como observador. Os membros da sociedade civil são escolhidos "
         "por chamamento público entre organizações; os suplentes só votam quando representam o titular. As "
         "decisões são tomadas por consenso e, não havendo consenso, por maioria simples dos membros com "
         "direito a voto presentes; a aprovação de um plano de ação exige dois terços. O quórum é a metade "
         "dos membros com direito a voto, com a presença dos dois setores."},
        {"Open Government Secretariat, Ministry of Transparency and Public Service",
         "Secretaria de Governo Aberto, Ministério da Transparência e do Serviço Público"},
        {"Letter of intent signed by the Minister of Foreign Affairs and sent to the OGP Support Unit; the "
         "point of contact coordinates with the Multi-Stakeholder Forum.",
         "Carta de intenção assinada pelo Ministro das Relações Exteriores e enviada à Unidade de Apoio da "
         "OGP; o ponto de contato coordena com o Fórum Multissetorial."},
        {"Joined the Forum by decision of the session of 15 June 2023.",
         "Passou a integrar o Fórum por decisão da sessão de 15 de junho de 2023."},
        {"Left the Forum at the end of the term, in June 2023.",
         "Deixou o Fórum ao término do mandato, em junho de 2023."},
        {"The executive's budget proposal and the audit report are published on the Ministry of Economy and "
         "Finance's portal within the legal deadlines.",
         "A proposta orçamentária do Executivo e o relatório de auditoria são publicados no portal do "
         "Ministério da Economia e Finanças dentro dos prazos legais."},
        {"Access to Public Information Act no. 20.285, in force since 2009, with an independent oversight "
         "body.",
         "Lei de Acesso à Informação Pública (Lei nº 9.285), em vigor desde 2009, com um órgão garantidor "
         "independente."},
        {"Elected officials and senior public servants file asset declarations, published on the Comptroller "
         "General's portal.",
         "As autoridades eleitas e os altos dirigentes apresentam declarações de bens, publicadas no portal "
         "da Controladoria-Geral da República."},
        {"Score of 8.5 out of 10 on civil liberties in the index OGP uses; the Constitution recognises the "
         "rights of petition and participation.",
         "Pontuação de 8,5 em 10 em liberdades civis no índice usado pela OGP; a Constituição reconhece o "
         "direito de petição e de participação."},
        {"No alerts in OGP's values check on civic space.",
         "Nenhum alerta na verificação de valores da OGP sobre o espaço cívico."},
        {"Lucía Fernández Ríos",
         "Luciana Ferreira Rocha"},
        {"transparencia.gob.montealto.example",
         "transparencia.gov.serraformosa.example"},
        {"Andrés Salazar Mejía",
         "André Salgado Menezes"},
        {"Office of the Deputy Minister for Transparency, Ministry of Transparency and Public Service",
         "Gabinete do Vice-Ministro da Transparência, Ministério da Transparência e do Serviço Público"},
        {"Carmen Rojas Villalobos",
         "Carla Ribeiro Vilela"},
        {"Citizens' Network for Transparency",
         "Rede Cidadã pela Transparência"},
        {"redciudadana.example",
         "redecidada.example"},
        {"Jorge Benítez Olmedo",
         "Jorge Bittencourt Oliveira"},
        {"Ministry of Economy and Finance",
         "Ministério da Economia e Finanças"},
        {"economia.gob.montealto.example",
         "economia.gov.serraformosa.example"},
        {"Patricia Quiroga Lema",
         "Patrícia Queiroz Leme"},
        {"National Statistics Institute",
         "Instituto Nacional de Estatística"},
        {"ine.gob.montealto.example",
         "ine.gov.serraformosa.example"},
        {"Ramiro Acosta Ferreyra",
         "Rogério Acioli Ferraz"},
        {"Digital Government Agency",
         "Agência de Governo Digital"},
        {"digital.gob.montealto.example",
         "digital.gov.serraformosa.example"},
        {"Elena Marín Cárdenas",
         "Helena Marinho Cardoso"},
        {"National Public Procurement Directorate",
         "Diretoria Nacional de Compras Públicas"},
        {"compras.gob.montealto.example",
         "compras.gov.serraformosa.example"},
        {"Diego Paredes Luján",
         "Diogo Paredes Lustosa"},
        {"Association of Municipalities of Montealto",
         "Associação dos Municípios de Serra Formosa"},
        {"municipios.montealto.example",
         "municipios.serraformosa.example"},
        {"Sofía Aguirre Montes",
         "Sofia Aguiar Monteiro"},
        {"Data for All Foundation",
         "Fundação Dados para Todos"},
        {"datosparatodos.example",
         "dadosparatodos.example"},
        {"Tomás Herrera Cuéllar",
         "Tomás Holanda Cunha"},
        {"Río Claro Environmental Collective",
         "Coletivo Ambiental Rio Claro"},
        {"rioclaro.example",
         "rioclaro.example"},
        {"Valentina Ortiz Prado",
         "Valentina Pires Prado"},
        {"Citizen Public Procurement Observatory",
         "Observatório Cidadão de Compras Públicas"},
        {"observatoriocompras.example",
         "observatoriocompras.example"},
        {"Nicolás Velasco Ibarra",
         "Ubiratã Pataxó"},
        {"Council of Indigenous Peoples of the South",
         "Conselho dos Povos Indígenas do Sul"},
        {"pueblosdelsur.example",
         "povosdosul.example"},
        {"Mariana Campos Delgado",
         "Mariana Campos Dantas"},
        {"Network of Women Community Leaders",
         "Rede de Mulheres Lideranças Comunitárias"},
        {"lideresas.example",
         "mulhereslideres.example"},
        {"Alex Moreno Soto",
         "Alex Moreira Souto"},
        {"Youth for Participation Collective",
         "Coletivo Juventudes pela Participação"},
        {"juventudes.example",
         "juventudes.example"},
        {"Gabriela Núñez Araya",
         "Gabriela Nunes Araújo"},
        {"Centre for Public Policy Studies, National University of Montealto",
         "Centro de Estudos em Políticas Públicas, Universidade Nacional de Serra Formosa"},
        {"unm.edu.example",
         "unsf.edu.example"},
        {"Hernán Vidal Espejo",
         "Hernani Vidal Espíndola"},
        {"Faculty of Engineering, Northern Technological University",
         "Faculdade de Engenharia, Universidade Tecnológica do Norte"},
        {"utn.edu.example",
         "utn.edu.example"},
        {"Rodrigo Fuentes Larraín",
         "Rodrigo Fontes Lacerda"},
        {"National Chamber of Commerce and Services",
         "Câmara Nacional de Comércio e Serviços"},
        {"camaracomercio.example",
         "camaracomercio.example"},
        {"Isabel Cortés Bravo",
         "Isabel Côrtes Brandão"},
        {"Martín Robles Zamora",
         "Martim Rebelo Zanetti"},
        {"Felipe Torres Ulloa",
         "Felipe Torres Uchoa"},
        {"Office of the Comptroller General",
         "Controladoria-Geral da República"},
        {"contraloria.gob.montealto.example",
         "controladoria.gov.serraformosa.example"},
        {"Ana Lucía Peña Guerrero",
         "Ana Lúcia Penna Guerra"},
        {"Governance Cooperation Programme (international organisation)",
         "Programa de Cooperação para a Governança (organismo internacional)"},
        {"cooperacion.example",
         "cooperacao.example"},
        {"Raúl Domínguez Peralta",
         "Raul Domingues Peixoto"},
        {"National Journalists' Association",
         "Associação Nacional de Jornalistas"},
        {"periodistas.example",
         "jornalistas.example"},
        {"Beatriz Salinas Ochoa",
         "Beatriz Salles Ornelas"},
        {"Ministry of the Environment",
         "Ministério do Meio Ambiente"},
        {"ambiente.gob.montealto.example",
         "meioambiente.gov.serraformosa.example"},
        {"First National Open Government Action Plan 2021–2022",
         "I Plano de Ação Nacional de Governo Aberto 2021–2022"},
        {"Montealto's first action plan in the Open Government Partnership. It was co-created in 2020, in "
         "the middle of the health emergency, through online workshops and an open call for contributions. "
         "Its seven commitments address fiscal and procurement transparency, public integrity, environmental "
         "information and the participation of indigenous peoples.",
         "Primeiro plano de ação de Serra Formosa na Parceria para Governo Aberto. Foi cocriado em 2020, em "
         "plena emergência sanitária, por meio de oficinas virtuais e de um chamamento aberto a "
         "contribuições. Seus sete compromissos tratam da transparência fiscal e das compras públicas, da "
         "integridade pública, da informação ambiental e da participação dos povos indígenas."},
        {"Closed after the self-assessment report (October 2022) and the IRM Results Report (2023).",
         "Encerrado após o relatório de autoavaliação (outubro de 2022) e o Relatório de resultados do IRM "
         "(2023)."},
        {"Second National Open Government Action Plan 2025–2027",
         "II Plano de Ação Nacional de Governo Aberto 2025–2027"},
        {"Second action plan, co-created in 2024 with a public launch, regional workshops and more than "
         "thirty contributions with a reasoned response. It takes up the lessons of the first plan: budget "
         "allocated from the start, verifiable milestones and quarterly monitoring by the Multi-Stakeholder "
         "Forum.",
         "Segundo plano de ação, cocriado em 2024 com um lançamento público, oficinas regionais e mais de "
         "trinta contribuições com resposta fundamentada. Incorpora as lições do primeiro plano: orçamento "
         "garantido desde o início, marcos verificáveis e monitoramento trimestral pelo Fórum Multissetorial."},
        {"In implementation; mid-term report approved in June 2026.",
         "Em implementação; relatório de meio período aprovado em junho de 2026."},
        {"Open data on public procurement",
         "Dados abertos de compras públicas"},
        {"Data and Transparency Unit, NPPD",
         "Unidade de Dados e Transparência da DNCP"},
        {"Digital Government Agency; Office of the Comptroller General",
         "Agência de Governo Digital; Controladoria-Geral da República"},
        {"Citizen Public Procurement Observatory; Data for All Foundation",
         "Observatório Cidadão de Compras Públicas; Fundação Dados para Todos"},
        {"Citizens cannot follow how public money is spent on purchases and works, which makes cost overruns "
         "and steered contracts easier.",
         "A população não consegue acompanhar como o dinheiro público é gasto em compras e obras, o que "
         "facilita sobrepreços e direcionamento de contratos."},
        {"The procurement system publishes notices as PDFs; contracts and their amendments cannot be reused.",
         "O sistema de compras publica os editais em PDF; os contratos e seus aditivos não podem ser "
         "reutilizados."},
        {"Publish every stage of public procurement in the Open Contracting Data Standard, updated daily, "
         "with a dashboard to explore it.",
         "Publicar todas as etapas das compras públicas no Padrão de Dados para Contratações Abertas, com "
         "atualização diária e um painel para explorá-las."},
        {"With open, standardised data, journalists, organisations and oversight bodies can spot risk flags "
         "and compare prices.",
         "Com dados abertos e padronizados, jornalistas, organizações e órgãos de controle podem identificar "
         "sinais de risco e comparar preços."},
        {"USD 180,000 from the NPPD's own budget",
         "US$ 180 mil do orçamento próprio da DNCP"},
        {"National Integrity Strategy; SDGs 16.5 and 16.6",
         "Estratégia Nacional de Integridade; ODS 16.5 e 16.6"},
        {"public procurement;open data;integrity",
         "compras públicas;dados abertos;integridade"},
        {"Assessment of the procurement system's data and mapping to OCDS",
         "Diagnóstico dos dados do sistema de compras e mapeamento para o OCDS"},
        {"Assessment report and mapping table",
         "Relatório de diagnóstico e tabela de mapeamento"},
        {"Publication of the award stage as open data",
         "Publicação da etapa de adjudicação em dados abertos"},
        {"Award dataset on the portal",
         "Conjunto de dados de adjudicações no portal"},
        {"Publication of contracts and amendments",
         "Publicação dos contratos e aditivos"},
        {"Contracts dataset updated daily",
         "Conjunto de dados de contratos atualizado diariamente"},
        {"Public dashboard and training workshops with civil society",
         "Painel público e oficinas de capacitação com a sociedade civil"},
        {"Online dashboard and four workshops held",
         "Painel on-line e quatro oficinas realizadas"},
        {"The NPPD will publish every stage of public purchases and works in the Open Contracting Data "
         "Standard, updated daily, with a public dashboard, so that anyone can follow spending and spot "
         "risks.",
         "A DNCP publicará todas as etapas das compras e obras públicas no Padrão de Dados para Contratações "
         "Abertas, com atualização diária e um painel público, para que qualquer pessoa possa acompanhar o "
         "gasto e identificar riscos."},
        {"The procurement system was designed to process procedures, not to publish data: it produces PDF "
         "notices, keeps contracts and their amendments in separate modules and uses no common identifiers "
         "across stages. No rule requires publication in an open format.",
         "O sistema de compras foi concebido para processar procedimentos, não para publicar dados: gera "
         "editais em PDF, mantém os contratos e seus aditivos em módulos separados e não usa identificadores "
         "comuns entre as etapas. Nenhuma norma exige a publicação em formato aberto."},
        {"By the end of the plan, every central government procedure is published in OCDS with daily "
         "updates, including contracts and their amendments; the public dashboard is online and the "
         "organisations that took part in the four workshops use the data.",
         "Ao final do plano, todos os procedimentos do governo central são publicados em OCDS com "
         "atualização diária, inclusive contratos e aditivos; o painel público está no ar e as organizações "
         "que participaram das quatro oficinas utilizam os dados."},
        {"It makes information that today exists only as PDFs (awards, contracts and contract amendments) "
         "available in an open, reusable format.",
         "Disponibiliza em formato aberto e reutilizável uma informação que hoje só existe em PDF "
         "(adjudicações, contratos e aditivos)."},
        {"Journalists, organisations and the Comptroller will be able to spot risk flags and cost overruns "
         "and ask the buying agencies for explanations; those agencies will have to justify every amendment "
         "published.",
         "Jornalistas, organizações e a Controladoria poderão identificar sinais de risco e sobrepreços e "
         "pedir explicações aos órgãos compradores, que terão de justificar cada aditivo publicado."},
        {"Rebeca Olivares Quintana",
         "Rebeca Oliveira Quintanilha"},
        {"Head of the Data and Transparency Unit, National Public Procurement Directorate",
         "Chefe da Unidade de Dados e Transparência, Diretoria Nacional de Compras Públicas"},
        {"rebeca.olivares@compras.gob.montealto.example",
         "rebeca.oliveira@compras.gov.serraformosa.example"},
        {"Citizens' budget and participation in the budget cycle",
         "Orçamento cidadão e participação no ciclo orçamentário"},
        {"Public Budget Directorate",
         "Diretoria de Orçamento Público"},
        {"Citizens' Network for Transparency; Centre for Public Policy Studies",
         "Rede Cidadã pela Transparência; Centro de Estudos em Políticas Públicas"},
        {"The national budget is incomprehensible to most people and there is no space to give an opinion "
         "before it is approved.",
         "O orçamento nacional é incompreensível para a maioria das pessoas e não há espaço para opinar "
         "antes de sua aprovação."},
        {"The budget proposal is published in full, but in technical documents of more than 800 pages.",
         "A proposta orçamentária é publicada na íntegra, mas em documentos técnicos de mais de 800 páginas."},
        {"Publish a citizens' budget in plain language every year and hold regional public hearings before "
         "the bill is sent to Congress.",
         "Publicar todos os anos um orçamento cidadão em linguagem simples e realizar audiências públicas "
         "regionais antes do envio do projeto de lei ao Congresso."},
        {"Citizens understand spending priorities and can influence them; the ministry learns about regional "
         "needs.",
         "A população entende as prioridades de gasto e pode influenciá-las; o ministério conhece as "
         "necessidades das regiões."},
        {"USD 60,000 a year",
         "US$ 60 mil por ano"},
        {"Fiscal Responsibility Act; SDG 16.7",
         "Lei de Responsabilidade Fiscal; ODS 16.7"},
        {"budget;citizen participation;plain language",
         "orçamento;participação cidadã;linguagem simples"},
        {"Participatory design of the citizens' budget format",
         "Desenho participativo do formato do orçamento cidadão"},
        {"Format validated with organisations",
         "Formato validado com as organizações"},
        {"Publication of the 2021 citizens' budget",
         "Publicação do orçamento cidadão 2021"},
        {"Citizens' budget published on the portal",
         "Orçamento cidadão publicado no portal"},
        {"Regional public hearings on the 2022 budget proposal",
         "Audiências públicas regionais sobre a proposta orçamentária de 2022"},
        {"Five hearings with a report on the input received",
         "Cinco audiências com relatório sobre as contribuições recebidas"},
        {"The Ministry of Economy and Finance will publish a plain-language citizens' budget every year and "
         "hold regional public hearings before sending the budget bill to Congress.",
         "O Ministério da Economia e Finanças publicará todos os anos um orçamento cidadão em linguagem "
         "simples e realizará audiências públicas regionais antes de enviar o projeto de lei orçamentária ao "
         "Congresso."},
        {"Budget documents are written for specialists and for Congress, with no versions for the general "
         "public. The preparation calendar has no consultation stage, and the ministry has neither the staff "
         "nor the procedures to receive views from citizens and the regions.",
         "Os documentos orçamentários são escritos para especialistas e para o Congresso, sem versões para o "
         "público em geral. O calendário de elaboração não tem etapa de consulta, e o ministério não dispõe "
         "de pessoal nem de procedimentos para receber opiniões da população e das regiões."},
        {"The 2021 citizens' budget published in a format validated with organisations, and five regional "
         "hearings on the 2022 proposal with a public report stating which input was taken into account and "
         "why.",
         "O orçamento cidadão 2021 publicado em formato validado com as organizações, e cinco audiências "
         "regionais sobre a proposta de 2022 com um relatório público que informa quais contribuições foram "
         "consideradas e por quê."},
        {"It puts the budget proposal into plain language: how much is raised, what it is spent on and what "
         "changes from the previous year.",
         "Traduz a proposta orçamentária em linguagem simples: quanto se arrecada, em que se gasta e o que "
         "muda em relação ao ano anterior."},
        {"The ministry will publish a report that answers the input from the hearings, explaining which "
         "points it added to the proposal and why it set the others aside.",
         "O ministério publicará um relatório que responde às contribuições das audiências, explicando quais "
         "pontos incorporou à proposta e por que deixou os demais de lado."},
        {"For the first time, it opens a space for citizens and regional organisations to comment on "
         "spending priorities before the bill reaches Congress.",
         "Pela primeira vez, abre um espaço para que a população e as organizações regionais opinem sobre as "
         "prioridades de gasto antes que o projeto chegue ao Congresso."},
        {"Tobías Saavedra Ponce",
         "Tobias Saraiva Pontes"},
        {"Director of Public Budget, Ministry of Economy and Finance",
         "Diretor de Orçamento Público, Ministério da Economia e Finanças"},
        {"tobias.saavedra@economia.gob.montealto.example",
         "tobias.saraiva@economia.gov.serraformosa.example"},
        {"Public register of beneficial owners",
         "Registro público de beneficiários finais"},
        {"Companies Superintendency",
         "Superintendência de Sociedades"},
        {"Registry Department",
         "Departamento de Registro"},
        {"Ministry of Economy and Finance; Financial Intelligence Unit",
         "Ministério da Economia e Finanças; Unidade de Inteligência Financeira"},
        {"Citizens' Network for Transparency; National Chamber of Commerce and Services",
         "Rede Cidadã pela Transparência; Câmara Nacional de Comércio e Serviços"},
        {"Shell companies hide who benefits from public contracts and illicit financial flows.",
         "Empresas de fachada ocultam quem se beneficia de contratos públicos e de fluxos financeiros "
         "ilícitos."},
        {"Company records only identify direct shareholders and are provided on request, for a fee.",
         "O registro de empresas só identifica os sócios diretos e fornece as informações mediante "
         "solicitação e pagamento."},
        {"Create a beneficial ownership register with open data and free public search.",
         "Criar um registro de beneficiários finais com dados abertos e consulta pública gratuita."},
        {"Knowing the people behind companies makes it possible to detect conflicts of interest in public "
         "procurement.",
         "Conhecer as pessoas por trás das empresas permite detectar conflitos de interesse nas compras "
         "públicas."},
        {"USD 240,000, with international cooperation support",
         "US$ 240 mil, com apoio da cooperação internacional"},
        {"GAFILAT recommendations; SDGs 16.4 and 16.5",
         "Recomendações do GAFILAT; ODS 16.4 e 16.5"},
        {"beneficial ownership;integrity;companies",
         "beneficiários finais;integridade;empresas"},
        {"Regulation of the beneficial ownership register",
         "Regulamentação do registro de beneficiários finais"},
        {"Regulation approved and published",
         "Regulamento aprovado e publicado"},
        {"Development of the online filing platform",
         "Desenvolvimento da plataforma de declaração on-line"},
        {"Platform in production",
         "Plataforma em produção"},
        {"Public search portal and open data of the register",
         "Portal de consulta pública e dados abertos do registro"},
        {"Online portal with downloadable data",
         "Portal on-line com dados para download"},
        {"Cross-checking with public procurement data",
         "Cruzamento com os dados de compras públicas"},
        {"Verification report with risk flags",
         "Relatório de verificação com sinais de risco"},
        {"The Companies Superintendency will create a beneficial ownership register with online filing, free "
         "public search and open data, and cross-check it with public procurement.",
         "A Superintendência de Sociedades criará um registro de beneficiários finais com declaração "
         "on-line, consulta pública gratuita e dados abertos, e o cruzará com as compras públicas."},
        {"Company law only requires direct shareholders to be registered, so chains of companies and "
         "nominees hide the people who control each company. The registry charges for certificates, offers "
         "no online search and has no mandate to verify what is declared.",
         "A lei societária só exige o registro dos sócios diretos, de modo que cadeias de empresas e "
         "laranjas ocultam as pessoas que controlam cada empresa. O registro cobra pelas certidões, não "
         "oferece consulta on-line e não tem mandato para verificar o que é declarado."},
        {"The regulation in force, the filing platform in production and a free search portal with "
         "downloadable data; a first report cross-checking the register with public procurement that flags "
         "possible conflicts of interest.",
         "O regulamento em vigor, a plataforma de declaração em produção e um portal de consulta gratuito "
         "com dados para download; um primeiro relatório que cruza o registro com as compras públicas e "
         "aponta possíveis conflitos de interesse."},
        {"It makes public, free of charge, the identity of the natural persons who control or benefit from "
         "each company, information that is not even collected today.",
         "Torna pública, gratuitamente, a identidade das pessoas físicas que controlam cada empresa ou dela "
         "se beneficiam, informação que hoje nem sequer é coletada."},
        {"It lets the Financial Intelligence Unit, the Comptroller and civil society identify the real "
         "owners of government suppliers and demand that the conflicts of interest found be investigated.",
         "Permite que a Unidade de Inteligência Financeira, a Controladoria e a sociedade civil identifiquem "
         "os verdadeiros donos dos fornecedores do Estado e exijam a investigação dos conflitos de interesse "
         "encontrados."},
        {"Irene Bustamante Leiva",
         "Irene Bustamante Leite"},
        {"Head of the Registry Department, Companies Superintendency",
         "Chefe do Departamento de Registro, Superintendência de Sociedades"},
        {"irene.bustamante@supersociedades.gob.montealto.example",
         "irene.bustamante@supersociedades.gov.serraformosa.example"},
        {"Public information on water quality",
         "Informação pública sobre a qualidade da água"},
        {"Environmental Monitoring Directorate",
         "Diretoria de Monitoramento Ambiental"},
        {"Sanitation Services Superintendency; municipalities of the Río Claro basin",
         "Superintendência de Serviços de Saneamento; municípios da bacia do Rio Claro"},
        {"Río Claro Environmental Collective; Faculty of Engineering, Northern Technological University",
         "Coletivo Ambiental Rio Claro; Faculdade de Engenharia, Universidade Tecnológica do Norte"},
        {"Communities in the Río Claro basin do not know whether the water they drink is safe.",
         "As comunidades da bacia do Rio Claro não sabem se a água que bebem é segura."},
        {"Measurements exist but are kept in internal reports that are not published.",
         "As medições existem, mas ficam em relatórios internos que não são publicados."},
        {"Publish water-quality measurements online by monitoring point, with SMS alerts and a channel for "
         "people to report problems.",
         "Publicar on-line as medições de qualidade da água por ponto de monitoramento, com alertas por SMS "
         "e um canal para a população relatar problemas."},
        {"People can take precautions and demand answers; the authorities receive early reports.",
         "A população pode tomar precauções e cobrar respostas; as autoridades recebem alertas precoces."},
        {"USD 150,000 (ministry and local governments)",
         "US$ 150 mil (ministério e governos locais)"},
        {"National Water Resources Plan; SDGs 6.1 and 6.3",
         "Plano Nacional de Recursos Hídricos; ODS 6.1 e 6.3"},
        {"environment;water;open data",
         "meio ambiente;água;dados abertos"},
        {"Data publication agreement with utilities",
         "Convênio de publicação de dados com as concessionárias"},
        {"Signed agreement",
         "Convênio assinado"},
        {"Installation of real-time monitoring stations",
         "Instalação de estações de monitoramento em tempo real"},
        {"Twelve stations in operation",
         "Doze estações em operação"},
        {"Portal and SMS alerts on water quality",
         "Portal e alertas por SMS sobre a qualidade da água"},
        {"Online portal and alert service",
         "Portal on-line e serviço de alertas"},
        {"Citizen reporting channel with a 72-hour response",
         "Canal de denúncias cidadãs com resposta em 72 horas"},
        {"Channel in operation and quarterly report",
         "Canal em operação e relatório trimestral"},
        {"The Ministry of the Environment will publish water-quality measurements for the Río Claro basin "
         "online by monitoring point, send SMS alerts and open a channel for people to report problems.",
         "O Ministério do Meio Ambiente publicará on-line as medições de qualidade da água da bacia do Rio "
         "Claro por ponto de monitoramento, enviará alertas por SMS e abrirá um canal para a população "
         "relatar problemas."},
        {"Measurements are taken to inspect utilities and are treated as internal; the data are spread "
         "between the ministry, the Superintendency and each municipality, with no agreement to share them. "
         "The network also relies on manual samples whose results take weeks.",
         "As medições servem para fiscalizar as concessionárias e são tratadas como internas; os dados estão "
         "espalhados entre o ministério, a Superintendência e cada município, sem convênio para "
         "compartilhá-los. A rede depende ainda de amostras manuais cujos resultados levam semanas."},
        {"Twelve real-time monitoring stations in operation in the basin, a portal with open data by "
         "monitoring point, an SMS alert service and a citizen reporting channel that answers within 72 "
         "hours, with a quarterly report.",
         "Doze estações de monitoramento em tempo real em operação na bacia, um portal com dados abertos por "
         "ponto de monitoramento, um serviço de alertas por SMS e um canal de denúncias cidadãs que responde "
         "em até 72 horas, com relatório trimestral."},
        {"It publishes, promptly and in an understandable way, measurements that now stay in internal "
         "reports, so that every community knows whether the water it drinks is safe.",
         "Publica, de forma oportuna e compreensível, medições que hoje ficam em relatórios internos, para "
         "que cada comunidade saiba se a água que bebe é segura."},
        {"People in the basin can report problems and get an answer within 72 hours, and the Río Claro "
         "Environmental Collective reviews the quarterly report on them with the ministry.",
         "Os moradores da bacia podem relatar problemas e obter resposta em até 72 horas, e o Coletivo "
         "Ambiental Rio Claro analisa com o ministério o relatório trimestral sobre essas denúncias."},
        {"Wilson Cáceres Aldana",
         "Wilson Carvalho Aldama"},
        {"Director of Environmental Monitoring, Ministry of the Environment",
         "Diretor de Monitoramento Ambiental, Ministério do Meio Ambiente"},
        {"wilson.caceres@ambiente.gob.montealto.example",
         "wilson.carvalho@meioambiente.gov.serraformosa.example"},
        {"Participation of indigenous peoples in public policy",
         "Participação dos povos indígenas nas políticas públicas"},
        {"Deputy Ministry for Interculturality",
         "Secretaria Nacional de Interculturalidade"},
        {"Prior Consultation Directorate",
         "Diretoria de Consulta Prévia"},
        {"Ministry of Social Development; Ombudsman's Office",
         "Ministério do Desenvolvimento Social; Defensoria do Povo"},
        {"Council of Indigenous Peoples of the South; Network of Women Community Leaders",
         "Conselho dos Povos Indígenas do Sul; Rede de Mulheres Lideranças Comunitárias"},
        {"Indigenous peoples take little part in designing the policies that affect them, and public "
         "information is rarely in their languages.",
         "Os povos indígenas participam pouco da formulação das políticas que os afetam, e a informação "
         "pública raramente está em suas línguas."},
        {"Prior consultation is applied only to extractive projects and without a common protocol.",
         "A consulta prévia só é aplicada a projetos extrativos e sem um protocolo comum."},
        {"Agree a participation protocol with indigenous organisations and set up permanent intercultural "
         "tables in three regions.",
         "Pactuar um protocolo de participação com as organizações indígenas e instalar mesas interculturais "
         "permanentes em três regiões."},
        {"Social policies are designed with indigenous peoples and information reaches them in their "
         "languages.",
         "As políticas sociais são formuladas com os povos indígenas e a informação chega a eles em suas "
         "línguas."},
        {"USD 95,000",
         "US$ 95 mil"},
        {"ILO Convention 169; SDGs 10.2 and 16.7",
         "Convenção 169 da OIT; ODS 10.2 e 16.7"},
        {"indigenous peoples;inclusion;citizen participation",
         "povos indígenas;inclusão;participação cidadã"},
        {"Participation protocol agreed with indigenous organisations",
         "Protocolo de participação pactuado com as organizações indígenas"},
        {"Signed protocol",
         "Protocolo assinado"},
        {"Setting up intercultural tables in three regions",
         "Instalação de mesas interculturais em três regiões"},
        {"Three tables set up, with minutes",
         "Três mesas instaladas, com atas"},
        {"Translation of key public information into four indigenous languages",
         "Tradução de informações públicas essenciais para quatro línguas indígenas"},
        {"Translated materials published",
         "Materiais traduzidos publicados"},
        {"The Deputy Ministry for Interculturality will agree a participation protocol with indigenous "
         "organisations, set up permanent intercultural tables in three regions and translate key public "
         "information into four indigenous languages.",
         "A Secretaria Nacional de Interculturalidade pactuará um protocolo de participação com as "
         "organizações indígenas, instalará mesas interculturais permanentes em três regiões e traduzirá "
         "informações públicas essenciais para quatro línguas indígenas."},
        {"Prior consultation was regulated with extractive projects in mind, not social policy; there are no "
         "permanent spaces for dialogue and no budget for interpreters and translations, and institutions "
         "are unfamiliar with the peoples' own ways of organising and deciding.",
         "A consulta prévia foi regulamentada pensando em projetos extrativos, não em políticas sociais; não "
         "há espaços permanentes de diálogo nem orçamento para intérpretes e traduções, e as instituições "
         "desconhecem as formas próprias de organização e decisão dos povos."},
        {"A participation protocol signed with indigenous organisations, three intercultural tables meeting "
         "with public minutes, and key materials translated and distributed in four indigenous languages.",
         "Um protocolo de participação assinado com as organizações indígenas, três mesas interculturais "
         "funcionando com atas públicas e materiais essenciais traduzidos e distribuídos em quatro línguas "
         "indígenas."},
        {"Public information on social programmes and procedures will be available in four indigenous "
         "languages, and the tables' minutes will be public.",
         "As informações públicas sobre programas sociais e serviços estarão disponíveis em quatro línguas "
         "indígenas, e as atas das mesas serão públicas."},
        {"It creates permanent, culturally appropriate channels for indigenous peoples to shape social "
         "policies, under rules agreed with their own organisations.",
         "Cria canais permanentes e culturalmente adequados para que os povos indígenas influenciem as "
         "políticas sociais, com regras pactuadas com suas próprias organizações."},
        {"Amaru Condori Mamani",
         "Jurandir Kaingang"},
        {"Director of Prior Consultation, Deputy Ministry for Interculturality",
         "Diretor de Consulta Prévia, Secretaria Nacional de Interculturalidade"},
        {"amaru.condori@interculturalidad.gob.montealto.example",
         "jurandir.kaingang@interculturalidade.gov.serraformosa.example"},
        {"Access to public information in municipalities",
         "Acesso à informação pública nos municípios"},
        {"Transparency Council",
         "Conselho para a Transparência"},
        {"Oversight Directorate",
         "Diretoria de Fiscalização"},
        {"Association of Municipalities of Montealto; Digital Government Agency",
         "Associação dos Municípios de Serra Formosa; Agência de Governo Digital"},
        {"National Journalists' Association; Citizens' Network for Transparency",
         "Associação Nacional de Jornalistas; Rede Cidadã pela Transparência"},
        {"Many municipalities do not answer information requests within the legal deadline.",
         "Muitos municípios não respondem aos pedidos de informação dentro do prazo legal."},
        {"In 2019 only 41% of municipal requests were answered on time.",
         "Em 2019, apenas 41% dos pedidos aos municípios foram respondidos no prazo."},
        {"Roll out a single request portal for municipalities and train their staff.",
         "Implantar um portal único de pedidos para os municípios e capacitar seus servidores."},
        {"A single channel with visible deadlines and trained staff improves responses to citizens.",
         "Um canal único, com prazos visíveis e servidores capacitados, melhora as respostas à população."},
        {"USD 70,000",
         "US$ 70 mil"},
        {"Access to Public Information Act; SDG 16.10",
         "Lei de Acesso à Informação Pública; ODS 16.10"},
        {"access to information;municipalities",
         "acesso à informação;municípios"},
        {"Adapting the request portal for municipalities",
         "Adaptação do portal de pedidos para os municípios"},
        {"Portal enabled for municipalities",
         "Portal habilitado para os municípios"},
        {"Training of municipal staff",
         "Capacitação dos servidores municipais"},
        {"300 staff trained",
         "300 servidores capacitados"},
        {"Public compliance report by municipality",
         "Relatório público de cumprimento por município"},
        {"Municipal ranking published",
         "Ranking municipal publicado"},
        {"The Transparency Council will open its single request portal to municipalities, train 300 "
         "municipal staff and publish a compliance ranking by municipality.",
         "O Conselho para a Transparência abrirá seu portal único de pedidos aos municípios, capacitará 300 "
         "servidores municipais e publicará um ranking de cumprimento por município."},
        {"Many municipalities receive requests by email or on paper, with no register and no tracking of "
         "deadlines; they have no designated transparency officer and staff turn over often without "
         "training. The Council has no data to oversee each municipality.",
         "Muitos municípios recebem pedidos por e-mail ou em papel, sem registro nem controle de prazos; não "
         "têm um responsável pela transparência designado e os servidores mudam com frequência, sem "
         "capacitação. O Conselho não tem dados para fiscalizar cada município."},
        {"Every municipality receives requests through the single portal, 300 staff trained and a public "
         "compliance ranking; the target is for at least 70% of municipal requests to be answered within the "
         "legal deadline.",
         "Todos os municípios recebem pedidos pelo portal único, 300 servidores capacitados e um ranking "
         "público de cumprimento; a meta é que pelo menos 70% dos pedidos aos municípios sejam respondidos "
         "no prazo legal."},
        {"Anyone will be able to ask their municipality for information through a single channel, with "
         "visible deadlines and online tracking of every request.",
         "Qualquer pessoa poderá pedir informações ao seu município por um canal único, com prazos visíveis "
         "e acompanhamento on-line de cada pedido."},
        {"The public compliance ranking exposes the municipalities that do not answer on time and gives the "
         "Council evidence to oversee and sanction them.",
         "O ranking público de cumprimento expõe os municípios que não respondem no prazo e dá ao Conselho "
         "elementos para fiscalizá-los e sancioná-los."},
        {"Octavio Lillo Barrientos",
         "Otávio Lira Barreto"},
        {"Director of Oversight, Transparency Council",
         "Diretor de Fiscalização, Conselho para a Transparência"},
        {"octavio.lillo@consejotransparencia.gob.montealto.example",
         "otavio.lira@conselhotransparencia.gov.serraformosa.example"},
        {"Asset and interest declarations as open data",
         "Declarações de bens e interesses em dados abertos"},
        {"Probity Division",
         "Divisão de Probidade"},
        {"Ministry of Transparency and Public Service",
         "Ministério da Transparência e do Serviço Público"},
        {"Citizens' Network for Transparency; National Journalists' Association",
         "Rede Cidadã pela Transparência; Associação Nacional de Jornalistas"},
        {"Asset declarations are published as scans and do not allow unjustified wealth increases or "
         "conflicts of interest to be detected.",
         "As declarações de bens são publicadas como imagens digitalizadas e não permitem detectar aumentos "
         "patrimoniais injustificados nem conflitos de interesse."},
        {"Declarations are filed on paper and published as images.",
         "As declarações são apresentadas em papel e publicadas como imagens."},
        {"Introduce electronic filing and publish the data in an open format.",
         "Implantar a declaração eletrônica e publicar os dados em formato aberto."},
        {"With structured data, the Comptroller and citizens can cross-check assets, interests and contracts.",
         "Com dados estruturados, a Controladoria e a população podem cruzar bens, interesses e contratos."},
        {"USD 120,000",
         "US$ 120 mil"},
        {"United Nations Convention against Corruption; SDG 16.5",
         "Convenção das Nações Unidas contra a Corrupção; ODS 16.5"},
        {"integrity;asset declarations;open data",
         "integridade;declarações de bens;dados abertos"},
        {"Electronic declaration form",
         "Formulário eletrônico de declaração"},
        {"Form in production",
         "Formulário em produção"},
        {"Publication of declarations as open data",
         "Publicação das declarações em dados abertos"},
        {"Dataset published",
         "Conjunto de dados publicado"},
        {"Random verification of declarations",
         "Verificação aleatória das declarações"},
        {"Verification report",
         "Relatório de verificação"},
        {"The Comptroller General will introduce electronic filing of asset and interest declarations and "
         "publish the data in an open format, with random checks.",
         "A Controladoria-Geral implantará a declaração eletrônica de bens e interesses e publicará os dados "
         "em formato aberto, com verificações aleatórias."},
        {"Probity rules require declarations to be filed on a printed form and only oblige their "
         "publication, without setting a format. The Probity Division has no system to digitise the data and "
         "not enough staff to review thousands of paper declarations.",
         "As normas de probidade exigem que as declarações sejam apresentadas em formulário impresso e só "
         "obrigam sua publicação, sem fixar formato. A Divisão de Probidade não tem sistema para digitalizar "
         "os dados nem pessoal suficiente para revisar milhares de declarações em papel."},
        {"The electronic form in production for everyone required to file, an open dataset of the "
         "declarations and a first random-verification report with its findings.",
         "O formulário eletrônico em produção para todos os obrigados a declarar, um conjunto de dados "
         "aberto das declarações e um primeiro relatório de verificação aleatória com suas constatações."},
        {"It turns scanned declarations into structured data that anyone can search, download and compare "
         "across years.",
         "Transforma declarações digitalizadas em dados estruturados que qualquer pessoa pode consultar, "
         "baixar e comparar entre anos."},
        {"The Comptroller and citizens will be able to cross-check assets, interests and contracts to spot "
         "unjustified wealth increases and conflicts of interest, and random verification will give false "
         "declarations consequences.",
         "A Controladoria e a população poderão cruzar bens, interesses e contratos para identificar "
         "aumentos patrimoniais injustificados e conflitos de interesse, e a verificação aleatória dará "
         "consequências às declarações falsas."},
        {"Susana Echeverría Toro",
         "Susana Esteves Toledo"},
        {"Head of the Probity Division, Office of the Comptroller General",
         "Chefe da Divisão de Probidade, Controladoria-Geral da República"},
        {"susana.echeverria@contraloria.gob.montealto.example",
         "susana.esteves@controladoria.gov.serraformosa.example"},
        {"Citizen monitoring of public works with open contracting",
         "Monitoramento cidadão de obras públicas com contratações abertas"},
        {"Ministry of Public Works; Office of the Comptroller General",
         "Ministério de Obras Públicas; Controladoria-Geral da República"},
        {"Citizen Public Procurement Observatory; Montealto Association of Engineers",
         "Observatório Cidadão de Compras Públicas; Associação de Engenheiros de Serra Formosa"},
        {"Public works fall behind or grow more expensive without communities being able to flag it in time.",
         "As obras públicas atrasam ou encarecem sem que as comunidades possam alertar a tempo."},
        {"Procurement data are already open but do not include the physical progress of works.",
         "Os dados de compras já são abertos, mas não incluem o avanço físico das obras."},
        {"Publish the physical and financial progress of works with geotagged photos and form citizen "
         "monitoring committees.",
         "Publicar o avanço físico e financeiro das obras com fotos georreferenciadas e formar comitês "
         "cidadãos de monitoramento."},
        {"Communities watch nearby works and their alerts reach the agency and the Comptroller.",
         "As comunidades acompanham as obras próximas e seus alertas chegam ao órgão responsável e à "
         "Controladoria."},
        {"USD 210,000",
         "US$ 210 mil"},
        {"Commitment 1 of the first action plan; SDGs 9.1 and 16.6",
         "Compromisso 1 do primeiro plano de ação; ODS 9.1 e 16.6"},
        {"public procurement;public works;citizen monitoring",
         "compras públicas;obras públicas;monitoramento cidadão"},
        {"Infrastructure data standard and pilot on ten works",
         "Padrão de dados de infraestrutura e piloto em dez obras"},
        {"Data on ten works published",
         "Dados de dez obras publicados"},
        {"Mobile app for citizen reports",
         "Aplicativo móvel para denúncias cidadãs"},
        {"App released",
         "Aplicativo lançado"},
        {"Training of citizen monitoring committees",
         "Capacitação de comitês cidadãos de monitoramento"},
        {"Twenty committees trained",
         "Vinte comitês capacitados"},
        {"Alert response protocol with the Comptroller",
         "Protocolo de resposta a alertas com a Controladoria"},
        {"Extension to every work above USD 1 million",
         "Ampliação para todas as obras acima de US$ 1 milhão"},
        {"Full coverage published",
         "Cobertura total publicada"},
        {"The NPPD will publish the physical and financial progress of public works with geotagged photos "
         "and train citizen committees to monitor them, with a protocol for their alerts to reach the "
         "Comptroller.",
         "A DNCP publicará o avanço físico e financeiro das obras públicas com fotos georreferenciadas e "
         "capacitará comitês cidadãos para acompanhá-las, com um protocolo para que seus alertas cheguem à "
         "Controladoria."},
        {"The procurement system records the contract but not the progress of the work, which stays in paper "
         "supervision reports inside each agency. Communities do not know what is being built near them or "
         "whom to tell, and complaints have no response process.",
         "O sistema de compras registra o contrato, mas não o avanço da obra, que fica em relatórios de "
         "fiscalização em papel dentro de cada órgão. As comunidades não sabem o que se constrói perto delas "
         "nem a quem avisar, e as reclamações não têm um processo de resposta."},
        {"Progress data on every work above USD 1 million published, the mobile app in use, twenty citizen "
         "committees trained and a protocol with the Comptroller that guarantees a response to every alert.",
         "Dados de avanço de todas as obras acima de US$ 1 milhão publicados, o aplicativo móvel em uso, "
         "vinte comitês cidadãos capacitados e um protocolo com a Controladoria que garante resposta a cada "
         "alerta."},
        {"It adds the physical and financial progress of each work, with geotagged photos and the committed "
         "dates, to the open procurement data.",
         "Acrescenta aos dados abertos de compras o avanço físico e financeiro de cada obra, com fotos "
         "georreferenciadas e as datas previstas."},
        {"Citizen alerts about delays and cost overruns reach the agency and the Comptroller, who commit by "
         "protocol to answer them and report what they did.",
         "Os alertas cidadãos sobre atrasos e sobrepreços chegam ao órgão e à Controladoria, que se "
         "comprometem por protocolo a respondê-los e a informar o que fizeram."},
        {"Citizen committees and the mobile app let communities watch nearby works and report problems "
         "during construction, not only at the end.",
         "Os comitês cidadãos e o aplicativo móvel permitem que as comunidades acompanhem as obras próximas "
         "e relatem problemas durante a construção, e não só no final."},
        {"Bruno Cifuentes Alarcón",
         "Bruno Siqueira Alencar"},
        {"Open Contracting for Infrastructure Coordinator, Data and Transparency Unit, National Public "
         "Procurement Directorate",
         "Coordenador de Contratações Abertas em Infraestrutura, Unidade de Dados e Transparência, Diretoria "
         "Nacional de Compras Públicas"},
        {"bruno.cifuentes@compras.gob.montealto.example",
         "bruno.siqueira@compras.gov.serraformosa.example"},
        {"Citizen feedback on health services",
         "Opinião dos usuários sobre os serviços de saúde"},
        {"Ministry of Health",
         "Ministério da Saúde"},
        {"Quality and Patient Services Directorate",
         "Diretoria de Qualidade e Atendimento ao Paciente"},
        {"Digital Government Agency; Health Superintendency",
         "Agência de Governo Digital; Superintendência de Saúde"},
        {"Network of Women Community Leaders; Centre for Public Policy Studies",
         "Rede de Mulheres Lideranças Comunitárias; Centro de Estudos em Políticas Públicas"},
        {"Patients have no way to give their opinion on care and complaints change nothing.",
         "Os pacientes não têm como opinar sobre o atendimento e as reclamações não mudam nada."},
        {"Complaints are written in paper books that are neither analysed nor published.",
         "As reclamações são registradas em livros de papel que não são analisados nem publicados."},
        {"Create a short satisfaction survey in every health centre and publish the results and the "
         "improvements made.",
         "Criar uma pesquisa de satisfação curta em cada unidade de saúde e publicar os resultados e as "
         "melhorias feitas."},
        {"Patients' views guide concrete improvements and every centre reports on them.",
         "A opinião dos pacientes orienta melhorias concretas e cada unidade presta contas sobre elas."},
        {"USD 130,000",
         "US$ 130 mil"},
        {"National Health Plan 2030; SDG 3.8",
         "Plano Nacional de Saúde 2030; ODS 3.8"},
        {"health;public services;feedback",
         "saúde;serviços públicos;opinião dos usuários"},
        {"Survey design with patients and health staff",
         "Desenho da pesquisa com pacientes e profissionais de saúde"},
        {"Validated survey",
         "Pesquisa validada"},
        {"Pilot in 40 health centres",
         "Piloto em 40 unidades de saúde"},
        {"Pilot results published",
         "Resultados do piloto publicados"},
        {"Public satisfaction dashboard by centre",
         "Painel público de satisfação por unidade"},
        {"Online dashboard",
         "Painel on-line"},
        {"Improvement plans published by each centre",
         "Planos de melhoria publicados por cada unidade"},
        {"Improvement plans on the portal",
         "Planos de melhoria no portal"},
        {"The Ministry of Health will run a short satisfaction survey in every health centre, publish the "
         "results by centre and ask each centre for a public improvement plan.",
         "O Ministério da Saúde aplicará uma pesquisa de satisfação curta em cada unidade de saúde, "
         "publicará os resultados por unidade e pedirá a cada uma um plano público de melhoria."},
        {"Complaint books were conceived as a legal requirement, not as management information: nobody "
         "compiles or analyses them. Centres have no quality-of-care targets linked to patients' views and "
         "no duty to report what they change.",
         "Os livros de reclamações foram concebidos como exigência legal, não como informação de gestão: "
         "ninguém os compila nem os analisa. As unidades não têm metas de qualidade do atendimento ligadas à "
         "opinião dos pacientes nem o dever de informar o que mudam."},
        {"A survey validated with patients and health staff, a pilot in 40 centres with published results, a "
         "public satisfaction dashboard by centre and improvement plans published by every participating "
         "centre.",
         "Uma pesquisa validada com pacientes e profissionais de saúde, um piloto em 40 unidades com "
         "resultados publicados, um painel público de satisfação por unidade e planos de melhoria publicados "
         "por cada unidade participante."},
        {"Every centre will have to publish an improvement plan based on the survey results and report on "
         "it, which the Health Superintendency and patients can follow on the dashboard.",
         "Cada unidade terá de publicar um plano de melhoria baseado nos resultados da pesquisa e prestar "
         "contas sobre ele, o que a Superintendência de Saúde e os pacientes poderão acompanhar no painel."},
        {"It gives patients a simple, regular channel to give their views on care, through a survey designed "
         "together with patients, community organisations and health staff.",
         "Oferece aos pacientes um canal simples e regular para opinar sobre o atendimento, por meio de uma "
         "pesquisa desenhada com pacientes, organizações comunitárias e profissionais de saúde."},
        {"Lidia Manríquez Osorio",
         "Lídia Mendes Osório"},
        {"Director of Quality and Patient Services, Ministry of Health",
         "Diretora de Qualidade e Atendimento ao Paciente, Ministério da Saúde"},
        {"lidia.manriquez@salud.gob.montealto.example",
         "lidia.mendes@saude.gov.serraformosa.example"},
        {"Gender equality in participation and public data",
         "Igualdade de gênero na participação e nos dados públicos"},
        {"Ministry of Women and Gender Equity",
         "Ministério das Mulheres e da Equidade de Gênero"},
        {"Research Division",
         "Divisão de Estudos"},
        {"Network of Women Community Leaders; Data for All Foundation",
         "Rede de Mulheres Lideranças Comunitárias; Fundação Dados para Todos"},
        {"Official statistics do not show gender gaps and women take less part in decision-making spaces.",
         "As estatísticas oficiais não mostram as desigualdades de gênero e as mulheres participam menos dos "
         "espaços de decisão."},
        {"Only 30% of social datasets are broken down by sex.",
         "Apenas 30% dos conjuntos de dados sociais são desagregados por sexo."},
        {"Break down the main social data by sex and establish parity on advisory councils.",
         "Desagregar por sexo os principais dados sociais e estabelecer a paridade nos conselhos consultivos."},
        {"With disaggregated data and parity, policies take gender gaps into account.",
         "Com dados desagregados e paridade, as políticas consideram as desigualdades de gênero."},
        {"USD 85,000",
         "US$ 85 mil"},
        {"National Gender Equality Policy; SDGs 5.5 and 17.18",
         "Política Nacional de Igualdade de Gênero; ODS 5.5 e 17.18"},
        {"gender;open data;inclusion",
         "gênero;dados abertos;inclusão"},
        {"Inventory of social data not broken down by sex",
         "Inventário de dados sociais não desagregados por sexo"},
        {"Inventory published",
         "Inventário publicado"},
        {"Publication of 25 disaggregated datasets",
         "Publicação de 25 conjuntos de dados desagregados"},
        {"Datasets on the portal",
         "Conjuntos de dados no portal"},
        {"Parity rule for advisory councils",
         "Regra de paridade para os conselhos consultivos"},
        {"Decree approved",
         "Decreto aprovado"},
        {"The Ministry of Women and Gender Equity, with the National Statistics Institute, will publish 25 "
         "social datasets broken down by sex and promote parity on the state's advisory councils.",
         "O Ministério das Mulheres e da Equidade de Gênero, com o Instituto Nacional de Estatística, "
         "publicará 25 conjuntos de dados sociais desagregados por sexo e promoverá a paridade nos conselhos "
         "consultivos do Estado."},
        {"Many administrative records do not capture people's sex, or do not process it, and no rule "
         "requires statistics to be disaggregated. Advisory councils are appointed by each institution with "
         "no parity criteria, and care responsibilities limit women's participation.",
         "Muitos registros administrativos não coletam o sexo das pessoas, ou não o processam, e nenhuma "
         "norma exige a desagregação das estatísticas. Os conselhos consultivos são nomeados por cada "
         "instituição sem critério de paridade, e as responsabilidades de cuidado limitam a participação das "
         "mulheres."},
        {"A public inventory of social data not broken down by sex, 25 sex-disaggregated datasets on the "
         "portal and a decree establishing parity on advisory councils.",
         "Um inventário público de dados sociais não desagregados por sexo, 25 conjuntos de dados "
         "desagregados por sexo no portal e um decreto que estabelece a paridade nos conselhos consultivos."},
        {"It publishes data that make visible the gender gaps in employment, health, education and social "
         "protection, today hidden in averages.",
         "Publica dados que tornam visíveis as desigualdades de gênero no emprego, na saúde, na educação e "
         "na proteção social, hoje escondidas nas médias."},
        {"The parity rule ensures that women hold half of the seats on the advisory councils where public "
         "policies are discussed.",
         "A regra de paridade garante às mulheres metade das cadeiras nos conselhos consultivos onde se "
         "discutem as políticas públicas."},
        {"Noemí Barros Elgueta",
         "Noemi Barros Elias"},
        {"Head of the Research Division, Ministry of Women and Gender Equity",
         "Chefe da Divisão de Estudos, Ministério das Mulheres e da Equidade de Gênero"},
        {"noemi.barros@mujer.gob.montealto.example",
         "noemi.barros@mulheres.gov.serraformosa.example"},
        {"Youth participation in employment policy",
         "Participação da juventude nas políticas de emprego"},
        {"Ministry of Labour and Social Security",
         "Ministério do Trabalho e Previdência Social"},
        {"Youth Employment Directorate",
         "Diretoria de Emprego Juvenil"},
        {"National Youth Institute",
         "Instituto Nacional da Juventude"},
        {"Youth for Participation Collective; National Chamber of Commerce and Services",
         "Coletivo Juventudes pela Participação; Câmara Nacional de Comércio e Serviços"},
        {"Youth unemployment is twice the national average and programmes are designed without listening to "
         "young people.",
         "O desemprego juvenil é o dobro da média nacional e os programas são desenhados sem ouvir os jovens."},
        {"There is no formal space for youth participation in the Ministry of Labour.",
         "Não há espaço formal de participação juvenil no Ministério do Trabalho."},
        {"Create a youth employment council with regional representation that reviews programmes every year.",
         "Criar um conselho de emprego juvenil com representação regional que avalie os programas todos os "
         "anos."},
        {"Employment programmes respond to young people's real needs.",
         "Os programas de emprego respondem às necessidades reais dos jovens."},
        {"USD 40,000",
         "US$ 40 mil"},
        {"National Employment Strategy; SDG 8.6",
         "Estratégia Nacional de Emprego; ODS 8.6"},
        {"youth;employment;citizen participation",
         "juventude;emprego;participação cidadã"},
        {"Open call for the youth council",
         "Chamamento público para o conselho juvenil"},
        {"Council formed",
         "Conselho constituído"},
        {"Participatory review of two employment programmes",
         "Avaliação participativa de dois programas de emprego"},
        {"Report with recommendations",
         "Relatório com recomendações"},
        {"Ministry's public response to the recommendations",
         "Resposta pública do ministério às recomendações"},
        {"Response published",
         "Resposta publicada"},
        {"The Ministry of Labour will create a youth employment council, chosen through an open call with "
         "regional representation, that reviews employment programmes every year and gets a public response "
         "from the ministry.",
         "O Ministério do Trabalho criará um conselho de emprego juvenil, escolhido por chamamento público "
         "com representação regional, que avaliará os programas de emprego todos os anos e receberá resposta "
         "pública do ministério."},
        {"Youth employment programmes are designed centrally from aggregate data, without consulting the "
         "people they serve, and the ministry has no formal participation body. Youth organisations are "
         "scattered and rarely invited.",
         "Os programas de emprego juvenil são desenhados de forma centralizada a partir de dados agregados, "
         "sem consultar seus usuários, e o ministério não tem instância formal de participação. As "
         "organizações juvenis estão dispersas e raramente são convidadas."},
        {"A youth council formed through an open call, a report with recommendations on two employment "
         "programmes and a public response from the ministry explaining which recommendations it adopts.",
         "Um conselho juvenil formado por chamamento público, um relatório com recomendações sobre dois "
         "programas de emprego e uma resposta pública do ministério explicando quais recomendações adota."},
        {"It creates the first formal space for young people from every region to review employment "
         "programmes and make recommendations the ministry must answer publicly.",
         "Cria o primeiro espaço formal para que jovens de todas as regiões avaliem os programas de emprego "
         "e façam recomendações que o ministério deve responder publicamente."},
        {"Bastián Orellana Medina",
         "Sebastião Orlandi Medina"},
        {"Director of Youth Employment, Ministry of Labour and Social Security",
         "Diretor de Emprego Juvenil, Ministério do Trabalho e Previdência Social"},
        {"bastian.orellana@trabajo.gob.montealto.example",
         "sebastiao.orlandi@trabalho.gov.serraformosa.example"},
        {"Transparency of climate finance",
         "Transparência do financiamento climático"},
        {"Climate Change Office",
         "Escritório de Mudança do Clima"},
        {"Río Claro Environmental Collective; Data for All Foundation",
         "Coletivo Ambiental Rio Claro; Fundação Dados para Todos"},
        {"Nobody knows how much money the country receives and spends on climate action, or with what "
         "results.",
         "Ninguém sabe quanto dinheiro o país recebe e gasta em ação climática, nem com que resultados."},
        {"Climate funds are recorded in different systems and there is no consolidated report.",
         "Os fundos climáticos são registrados em sistemas diferentes e não há relatório consolidado."},
        {"Publish a climate finance portal with sources, amounts, projects and results.",
         "Publicar um portal do financiamento climático com fontes, valores, projetos e resultados."},
        {"Citizens can follow climate funds and demand results.",
         "A população pode acompanhar os fundos climáticos e cobrar resultados."},
        {"USD 110,000",
         "US$ 110 mil"},
        {"Nationally Determined Contribution; SDGs 13.2 and 13.a",
         "Contribuição Nacionalmente Determinada; ODS 13.2 e 13.a"},
        {"environment;climate change;budget",
         "meio ambiente;mudança do clima;orçamento"},
        {"Budget classifier for climate spending",
         "Classificador orçamentário do gasto climático"},
        {"Classifier approved",
         "Classificador aprovado"},
        {"Climate finance portal",
         "Portal do financiamento climático"},
        {"Portal online",
         "Portal no ar"},
        {"Annual results report with citizen participation",
         "Relatório anual de resultados com participação cidadã"},
        {"Report published and discussed at a hearing",
         "Relatório publicado e debatido em audiência"},
        {"The Ministry of the Environment, with the Ministry of Economy and Finance, will create a budget "
         "classifier for climate spending and a portal with the sources, amounts, projects and results of "
         "climate finance.",
         "O Ministério do Meio Ambiente, com o Ministério da Economia e Finanças, criará um classificador "
         "orçamentário do gasto climático e um portal com as fontes, valores, projetos e resultados do "
         "financiamento climático."},
        {"The budget does not identify climate spending and cooperation funds are recorded outside the "
         "state's financial system; each institution reports with its own criteria and no body is tasked "
         "with consolidating the information.",
         "O orçamento não identifica o gasto climático e os recursos de cooperação são registrados fora do "
         "sistema financeiro do Estado; cada instituição informa com critérios próprios e nenhum órgão tem a "
         "tarefa de consolidar a informação."},
        {"The classifier approved and applied in the budget, the climate finance portal online with open "
         "data, and an annual results report discussed at a public hearing.",
         "O classificador aprovado e aplicado no orçamento, o portal do financiamento climático no ar com "
         "dados abertos e um relatório anual de resultados debatido em audiência pública."},
        {"It brings together in one place, as open data, how much money for climate action the country "
         "receives and spends, from which sources and on which projects.",
         "Reúne em um só lugar, em dados abertos, quanto dinheiro para a ação climática o país recebe e "
         "gasta, de quais fontes e em quais projetos."},
        {"The annual results report and its discussion at a public hearing require institutions to explain "
         "what they achieved with the funds and to answer citizens' questions.",
         "O relatório anual de resultados e seu debate em audiência pública obrigam as instituições a "
         "explicar o que alcançaram com os recursos e a responder às perguntas da população."},
        {"Antonia Riquelme Salas",
         "Antônia Rezende Sales"},
        {"Head of the Climate Change Office, Ministry of the Environment",
         "Chefe do Escritório de Mudança do Clima, Ministério do Meio Ambiente"},
        {"antonia.riquelme@ambiente.gob.montealto.example",
         "antonia.rezende@meioambiente.gov.serraformosa.example"},
        {"Public register of government algorithms",
         "Registro público de algoritmos do governo"},
        {"Public Innovation Division",
         "Divisão de Inovação Pública"},
        {"Transparency Council; Ministry of Social Development",
         "Conselho para a Transparência; Ministério do Desenvolvimento Social"},
        {"Data for All Foundation; Faculty of Engineering, Northern Technological University",
         "Fundação Dados para Todos; Faculdade de Engenharia, Universidade Tecnológica do Norte"},
        {"The state uses automated systems to allocate benefits without people knowing how those decisions "
         "are made.",
         "O Estado usa sistemas automatizados para conceder benefícios sem que as pessoas saibam como essas "
         "decisões são tomadas."},
        {"There is no inventory of the automated decision systems in use.",
         "Não existe inventário dos sistemas de decisão automatizada em uso."},
        {"Create a public register of algorithms with their purpose, the data used, who is responsible and "
         "impact assessments.",
         "Criar um registro público de algoritmos com sua finalidade, os dados usados, os responsáveis e as "
         "avaliações de impacto."},
        {"People know about, and can challenge, the automated decisions that affect them.",
         "As pessoas conhecem as decisões automatizadas que as afetam e podem contestá-las."},
        {"USD 90,000",
         "US$ 90 mil"},
        {"National Artificial Intelligence Strategy; SDG 16.10",
         "Estratégia Nacional de Inteligência Artificial; ODS 16.10"},
        {"digital government;algorithms;accountability",
         "governo digital;algoritmos;prestação de contas"},
        {"Technical standard on algorithmic transparency",
         "Norma técnica de transparência algorítmica"},
        {"Standard published",
         "Norma publicada"},
        {"Register pilot with three institutions",
         "Piloto do registro com três instituições"},
        {"Records of three systems published",
         "Fichas de três sistemas publicadas"},
        {"Public register online",
         "Registro público on-line"},
        {"Register with at least 15 systems",
         "Registro com pelo menos 15 sistemas"},
        {"The Digital Government Agency will create a public register of the algorithms the state uses to "
         "decide about people, with their purpose, the data they use, who is responsible and their impact "
         "assessments.",
         "A Agência de Governo Digital criará um registro público dos algoritmos que o Estado usa para "
         "decidir sobre as pessoas, com sua finalidade, os dados que usam, os responsáveis e suas avaliações "
         "de impacto."},
        {"Each institution procures or builds its automated systems with no duty to disclose them or assess "
         "their impact, and no technical standard defines what must be published. Legal and technical teams "
         "rarely work together on these decisions.",
         "Cada instituição contrata ou desenvolve seus sistemas automatizados sem obrigação de divulgá-los "
         "nem de avaliar seu impacto, e nenhuma norma técnica define o que deve ser publicado. As equipes "
         "jurídicas e técnicas raramente trabalham juntas nessas decisões."},
        {"A technical standard on algorithmic transparency published, pilot records for three systems and a "
         "public online register with at least 15 automated decision systems.",
         "Uma norma técnica de transparência algorítmica publicada, fichas piloto de três sistemas e um "
         "registro público on-line com pelo menos 15 sistemas de decisão automatizada."},
        {"People will be able to find out which automated systems are used to allocate benefits, with what "
         "data and for what purpose.",
         "As pessoas poderão saber quais sistemas automatizados são usados para conceder benefícios, com "
         "quais dados e com que finalidade."},
        {"Each record names the institution and unit responsible and publishes the impact assessment, so "
         "that the people affected and the Transparency Council can challenge decisions and ask for a review.",
         "Cada ficha identifica a instituição e a unidade responsáveis e publica a avaliação de impacto, "
         "para que as pessoas afetadas e o Conselho para a Transparência possam contestar as decisões e "
         "pedir sua revisão."},
        {"Simón Fajardo Aguayo",
         "Simão Fagundes Arruda"},
        {"Head of the Public Innovation Division, Digital Government Agency",
         "Chefe da Divisão de Inovação Pública, Agência de Governo Digital"},
        {"simon.fajardo@digital.gob.montealto.example",
         "simao.fagundes@digital.gov.serraformosa.example"},
        {"Municipal participatory budgeting",
         "Orçamento participativo municipal"},
        {"Municipal Strengthening Area",
         "Área de Fortalecimento Municipal"},
        {"Ministry of Economy and Finance; Undersecretariat for Regional Development",
         "Ministério da Economia e Finanças; Subsecretaria de Desenvolvimento Regional"},
        {"Citizens' Network for Transparency; neighbourhood councils",
         "Rede Cidadã pela Transparência; associações de moradores"},
        {"Communities have no say over their municipality's investments.",
         "As comunidades não têm voz sobre os investimentos do seu município."},
        {"Only four municipalities use participatory budgeting, with no common rules.",
         "Apenas quatro municípios usam orçamento participativo, sem regras comuns."},
        {"Implement participatory budgeting with common rules and public monitoring in 20 municipalities.",
         "Implantar o orçamento participativo com regras comuns e acompanhamento público em 20 municípios."},
        {"Residents prioritise and monitor part of the municipal investment.",
         "Os moradores priorizam e acompanham parte do investimento municipal."},
        {"USD 300,000 (competitive fund)",
         "US$ 300 mil (fundo concorrencial)"},
        {"National Decentralisation Policy; SDGs 11.3 and 16.7",
         "Política Nacional de Descentralização; ODS 11.3 e 16.7"},
        {"local government;budget;citizen participation",
         "governo local;orçamento;participação cidadã"},
        {"Common participatory budgeting guide",
         "Guia comum de orçamento participativo"},
        {"Guide published",
         "Guia publicado"},
        {"Participatory processes in 20 municipalities",
         "Processos participativos em 20 municípios"},
        {"Prioritisation minutes from 20 municipalities",
         "Atas de priorização de 20 municípios"},
        {"Tracking dashboard for the chosen projects",
         "Painel de acompanhamento dos projetos escolhidos"},
        {"Dashboard online",
         "Painel no ar"},
        {"Participatory evaluation of the first cycle",
         "Avaliação participativa do primeiro ciclo"},
        {"Evaluation report",
         "Relatório de avaliação"},
        {"The Association of Municipalities of Montealto will implement participatory budgeting with common "
         "rules in 20 municipalities, with a public dashboard to track the projects residents choose.",
         "A Associação dos Municípios de Serra Formosa implantará o orçamento participativo com regras "
         "comuns em 20 municípios, com um painel público para acompanhar os projetos escolhidos pelos "
         "moradores."},
        {"The council decides municipal investment on the basis of technical proposals, with no consultation "
         "mechanism; the few municipalities with participatory budgeting run it under their own rules and "
         "without secured funding, and many small municipalities lack the staff to organise it.",
         "A câmara municipal decide o investimento com base em propostas técnicas, sem mecanismo de "
         "consulta; os poucos municípios com orçamento participativo o conduzem com regras próprias e sem "
         "financiamento garantido, e muitos municípios pequenos não têm pessoal para organizá-lo."},
        {"A common guide published, prioritisation processes in 20 municipalities with public minutes, an "
         "online dashboard with the progress of the chosen projects and a participatory evaluation of the "
         "first cycle.",
         "Um guia comum publicado, processos de priorização em 20 municípios com atas públicas, um painel "
         "on-line com o andamento dos projetos escolhidos e uma avaliação participativa do primeiro ciclo."},
        {"The tracking dashboard shows the progress and spending of each chosen project, and municipalities "
         "must explain delays or changes at the participatory evaluation.",
         "O painel de acompanhamento mostra o andamento e o gasto de cada projeto escolhido, e os municípios "
         "devem explicar atrasos ou mudanças na avaliação participativa."},
        {"Residents propose, prioritise and vote on projects with part of their municipality's investment, "
         "under common rules that make the processes open and comparable.",
         "Os moradores propõem, priorizam e votam projetos com parte do investimento do seu município, com "
         "regras comuns que tornam os processos abertos e comparáveis."},
        {"Yolanda Pacheco Arce",
         "Iolanda Pacheco Arantes"},
        {"Coordinator of the Municipal Strengthening Area, Association of Municipalities of Montealto",
         "Coordenadora da Área de Fortalecimento Municipal, Associação dos Municípios de Serra Formosa"},
        {"yolanda.pacheco@municipios.montealto.example",
         "iolanda.pacheco@municipios.serraformosa.example"},
        {"Plain language and accessibility in public services",
         "Linguagem simples e acessibilidade nos serviços públicos"},
        {"Public Management Secretariat",
         "Secretaria de Gestão Pública"},
        {"Administrative Simplification Unit",
         "Unidade de Simplificação Administrativa"},
        {"Digital Government Agency; National Disability Council",
         "Agência de Governo Digital; Conselho Nacional da Pessoa com Deficiência"},
        {"Centre for Public Policy Studies; organisations of persons with disabilities",
         "Centro de Estudos em Políticas Públicas; organizações de pessoas com deficiência"},
        {"Forms and decisions use language many people do not understand, and websites are not accessible.",
         "Formulários e decisões usam uma linguagem que muitas pessoas não entendem, e os sites não são "
         "acessíveis."},
        {"No procedure has been reviewed against plain-language criteria.",
         "Nenhum serviço foi revisado com critérios de linguagem simples."},
        {"Rewrite the 50 most used procedures in plain language and make their websites accessible.",
         "Reescrever em linguagem simples os 50 serviços mais usados e tornar seus sites acessíveis."},
        {"People understand their rights and duties and complete procedures without intermediaries.",
         "As pessoas entendem seus direitos e deveres e realizam os serviços sem intermediários."},
        {"USD 75,000",
         "US$ 75 mil"},
        {"State Modernisation Agenda; SDGs 16.6 and 10.2",
         "Agenda de Modernização do Estado; ODS 16.6 e 10.2"},
        {"plain language;accessibility;public services",
         "linguagem simples;acessibilidade;serviços públicos"},
        {"Plain-language guide and user testing",
         "Guia de linguagem simples e testes com usuários"},
        {"Rewriting of the 50 most used procedures",
         "Reescrita dos 50 serviços mais usados"},
        {"50 procedures revised",
         "50 serviços revisados"},
        {"Accessibility audit of service websites",
         "Auditoria de acessibilidade dos sites de serviços"},
        {"Audit report and fixes",
         "Relatório de auditoria e correções"},
        {"The Public Management Secretariat will rewrite the state's 50 most used procedures in plain "
         "language, tested with users, and make their websites accessible.",
         "A Secretaria de Gestão Pública reescreverá em linguagem simples os 50 serviços mais usados do "
         "Estado, testados com usuários, e tornará seus sites acessíveis."},
        {"Forms and decisions are drafted with inherited legal formulas and never tested with users; there "
         "is no plain-language guide or mandatory web accessibility standard, and the teams that build the "
         "websites do not know those criteria.",
         "Formulários e decisões são redigidos com fórmulas jurídicas herdadas e nunca testados com "
         "usuários; não há guia de linguagem simples nem padrão obrigatório de acessibilidade web, e as "
         "equipes que desenvolvem os sites desconhecem esses critérios."},
        {"A plain-language guide published, the 50 most used procedures revised and tested with users, and "
         "an accessibility audit of their websites with the fixes applied.",
         "Um guia de linguagem simples publicado, os 50 serviços mais usados revisados e testados com "
         "usuários e uma auditoria de acessibilidade de seus sites com as correções aplicadas."},
        {"The requirements, deadlines, rights and duties of each procedure become understandable and "
         "accessible to everyone, including persons with disabilities.",
         "Os requisitos, prazos, direitos e deveres de cada serviço tornam-se compreensíveis e acessíveis a "
         "todos, inclusive às pessoas com deficiência."},
        {"The texts are tested with users and with organisations of persons with disabilities, who review "
         "the procedures before they are published.",
         "Os textos são testados com usuários e com organizações de pessoas com deficiência, que revisam os "
         "serviços antes de sua publicação."},
        {"Cristóbal Mena Rivas",
         "Cristóvão Mota Rios"},
        {"Head of the Administrative Simplification Unit, Public Management Secretariat",
         "Chefe da Unidade de Simplificação Administrativa, Secretaria de Gestão Pública"},
        {"cristobal.mena@gestionpublica.gob.montealto.example",
         "cristovao.mota@gestaopublica.gov.serraformosa.example"},
        {"Claudia Reyes Maldonado",
         "Cláudia Reis Maldonado"},
        {"OGP Independent Reporting Mechanism (IRM)",
         "Mecanismo Independente de Avaliação (IRM) da OGP"},
        {"Joaquín Ibáñez Sepúlveda",
         "Joaquim Ibiapina Severo"},
        {"OGP Support Unit",
         "Unidade de Apoio da OGP"},
        {"Rosa Huamán Quispe",
         "Rosa Conceição dos Santos"},
        {"San Isidro del Sur Neighbourhood Council",
         "Associação de Moradores de São Isidro do Sul"},
        {"Esteban Lagos Rivero",
         "Estêvão Lago Rebouças"},
        {"Municipality of San Isidro del Sur",
         "Prefeitura de São Isidro do Sul"},
        {"Daniela Vera Pizarro",
         "Daniela Vieira Paixão"},
        {"National University of Montealto (student)",
         "Universidade Nacional de Serra Formosa (estudante)"},
        {"Marcelo Aravena Toledo",
         "Marcelo Aranha Toledo"},
        {"Montealto Association of Engineers",
         "Associação de Engenheiros de Serra Formosa"},
        {"Council Room, Ministry of Transparency and Public Service, 1250 Central Avenue, Montealto City",
         "Sala do Conselho, Ministério da Transparência e do Serviço Público, Avenida Central, 1250, Porto "
         "Alvorada"},
        {"https://reuniones.montealto.example/foro-multiactor",
         "https://reunioes.serraformosa.example/forum-multissetorial"},
        {"Inaugural session of the Multi-Stakeholder Forum",
         "Sessão inaugural do Fórum Multissetorial"},
        {"The Forum's terms of reference and rules of participation",
         "Regimento interno e regras de participação do Fórum"},
        {"The Technical Secretariat presented the terms of reference and the rules of participation. Parity "
         "between government and civil society was agreed, as was publishing all minutes in the Forum's "
         "repository.",
         "A Secretaria Técnica apresentou o regimento interno e as regras de participação. Foi acordada a "
         "paridade entre governo e sociedade civil e a publicação de todas as atas no repositório do Fórum."},
        {"Election of the chair and co-chair",
         "Eleição da presidência e da copresidência"},
        {"A government chair and a civil-society co-chair for two years were proposed. The pair Andrés "
         "Salazar Mejía and Carmen Rojas Villalobos was put to the vote.",
         "Propôs-se uma presidência do governo e uma copresidência da sociedade civil por dois anos. A dupla "
         "André Salgado Menezes e Carla Ribeiro Vilela foi submetida a votação."},
        {"Co-creation roadmap for the first action plan",
         "Roteiro de cocriação do primeiro plano de ação"},
        {"The co-chair presented the roadmap: an open call for contributions, thematic workshops and an "
         "approval session in August. Because of the health emergency, the workshops will be held online.",
         "A copresidente apresentou o roteiro: chamamento aberto a contribuições, oficinas temáticas e "
         "sessão de aprovação em agosto. Em razão da emergência sanitária, as oficinas serão virtuais."},
        {"Approve the terms of reference and the rules of participation of the Multi-Stakeholder Forum.",
         "Aprovar o regimento interno e as regras de participação do Fórum Multissetorial."},
        {"Elect Andrés Salazar Mejía as chair and Carmen Rojas Villalobos as co-chair for two years.",
         "Eleger André Salgado Menezes como presidente e Carla Ribeiro Vilela como copresidente por dois "
         "anos."},
        {"Approve the co-creation roadmap of the first action plan, with online workshops and contributions "
         "accepted until 31 July 2020.",
         "Aprovar o roteiro de cocriação do primeiro plano de ação, com oficinas virtuais e recebimento de "
         "contribuições até 31 de julho de 2020."},
        {"Publish the terms of reference and the minutes on the open government website.",
         "Publicar o regimento interno e a ata no site de governo aberto."},
        {"Open the online form to receive citizens' contributions.",
         "Abrir o formulário on-line para receber as contribuições da população."},
        {"Online co-creation workshop: fiscal transparency, procurement and open data",
         "Oficina virtual de cocriação: transparência fiscal, compras públicas e dados abertos"},
        {"https://reuniones.montealto.example/mesa-cocreacion-1",
         "https://reunioes.serraformosa.example/oficina-cocriacao-1"},
        {"Workshop method and prioritisation criteria",
         "Metodologia da oficina e critérios de priorização"},
        {"It was explained that every proposal is recorded as a contribution and gets a published reasoned "
         "response.",
         "Explicou-se que cada proposta é registrada como contribuição e recebe uma resposta fundamentada "
         "publicada."},
        {"Proposals on public procurement and beneficial ownership",
         "Propostas sobre compras públicas e beneficiários finais"},
        {"Participants asked for contracts to be published as open data and linked to a beneficial ownership "
         "register.",
         "Os participantes pediram que os contratos sejam publicados em dados abertos e vinculados a um "
         "registro de beneficiários finais."},
        {"Proposals on the budget and participation",
         "Propostas sobre orçamento e participação"},
        {"A plain-language citizens' budget and regional public hearings were proposed.",
         "Foram propostos um orçamento cidadão em linguagem simples e audiências públicas regionais."},
        {"Compile the workshop's proposals and send them to the lead agencies.",
         "Sistematizar as propostas da oficina e encaminhá-las aos órgãos responsáveis."},
        {"Regular session: approval of the first national action plan",
         "Sessão ordinária: aprovação do primeiro plano de ação nacional"},
        {"Report on co-creation and reasoned responses",
         "Relatório sobre a cocriação e as respostas fundamentadas"},
        {"The Secretariat reported that every contribution received has a published reasoned response, and "
         "the reasons for those not incorporated were reviewed.",
         "A Secretaria informou que todas as contribuições recebidas têm resposta fundamentada publicada, e "
         "foram revisados os motivos das não incorporadas."},
        {"Presentation of the first action plan's commitments",
         "Apresentação dos compromissos do primeiro plano de ação"},
        {"Each lead agency presented its commitment. Verifiable milestones were requested for commitments 3 "
         "and 4.",
         "Cada órgão responsável apresentou seu compromisso. Foram pedidos marcos verificáveis para os "
         "compromissos 3 e 4."},
        {"Approval of the first action plan",
         "Aprovação do primeiro plano de ação"},
        {"The final text was put to the vote. Civil society put on record that the commitment on asset "
         "declarations should be broadened in the next plan.",
         "O texto final foi submetido a votação. A sociedade civil registrou que o compromisso sobre "
         "declarações de bens deveria ser ampliado no próximo plano."},
        {"Approve the First National Open Government Action Plan 2021–2022 and instruct the Technical "
         "Secretariat to send it to OGP before 31 August 2020.",
         "Aprovar o I Plano de Ação Nacional de Governo Aberto 2021–2022 e encarregar a Secretaria Técnica "
         "de enviá-lo à OGP antes de 31 de agosto de 2020."},
        {"Add dated, verifiable milestones to commitments 3 and 4, as civil society proposed.",
         "Incluir marcos datados e verificáveis nos compromissos 3 e 4, como propôs a sociedade civil."},
        {"Send the approved plan to the OGP Support Unit and publish it in the repository.",
         "Enviar o plano aprovado à Unidade de Apoio da OGP e publicá-lo no repositório."},
        {"Adjust the milestones of commitments 3 and 4 before sending the plan.",
         "Ajustar os marcos dos compromissos 3 e 4 antes do envio do plano."},
        {"Regular session: monitoring the first action plan",
         "Sessão ordinária: monitoramento do primeiro plano de ação"},
        {"Progress on commitment 1: open procurement data",
         "Avanço do compromisso 1: dados abertos de compras públicas"},
        {"The NPPD reported the first dataset published in the Open Contracting Data Standard. The Citizen "
         "Observatory asked for contract amendments to be included.",
         "A DNCP informou o primeiro conjunto de dados publicado no Padrão de Dados para Contratações "
         "Abertas. O Observatório Cidadão pediu a inclusão dos aditivos contratuais."},
        {"Progress on commitment 4: water quality",
         "Avanço do compromisso 4: qualidade da água"},
        {"The Ministry of the Environment reported a delay in buying monitoring stations and proposed "
         "rescheduling the second milestone.",
         "O Ministério do Meio Ambiente informou um atraso na compra das estações de monitoramento e propôs "
         "reprogramar o segundo marco."},
        {"The Forum's work plan for the second half of the year",
         "Plano de trabalho do Fórum para o segundo semestre"},
        {"It was agreed to meet at least every six months and to form a monitoring working group.",
         "Acordou-se reunir pelo menos a cada seis meses e formar um grupo de trabalho de monitoramento."},
        {"Reschedule commitment 4's monitoring-station milestone, with a report at the next session.",
         "Reprogramar o marco das estações de monitoramento do compromisso 4, com relatório na próxima "
         "sessão."},
        {"Include contract amendments in the open dataset.",
         "Incluir os aditivos contratuais no conjunto de dados aberto."},
        {"Present a schedule for buying the monitoring stations.",
         "Apresentar um cronograma de compra das estações de monitoramento."},
        {"Regular session: monitoring and preparing the close of the first plan",
         "Sessão ordinária: monitoramento e preparação do encerramento do primeiro plano"},
        {"Progress on commitment 3: beneficial ownership register",
         "Avanço do compromisso 3: registro de beneficiários finais"},
        {"The register's regulation has been approved and the search portal is being tested. Civil society "
         "asked for searches to be free and without prior sign-up.",
         "O regulamento do registro foi aprovado e o portal de consulta está em testes. A sociedade civil "
         "pediu que a consulta seja gratuita e sem cadastro prévio."},
        {"Progress on commitment 5: indigenous participation",
         "Avanço do compromisso 5: participação indígena"},
        {"The Council of Indigenous Peoples welcomed the intercultural tables but warned that interpreters "
         "are missing in two regions.",
         "O Conselho dos Povos Indígenas valorizou as mesas interculturais, mas alertou que faltam "
         "intérpretes em duas regiões."},
        {"Method for the self-assessment report",
         "Metodologia do relatório de autoavaliação"},
        {"The National University proposed an evidence matrix per milestone for every commitment.",
         "A Universidade Nacional propôs uma matriz de evidências por marco para cada compromisso."},
        {"Recommend that searching the beneficial ownership register be free and need no prior sign-up.",
         "Recomendar que a consulta ao registro de beneficiários finais seja gratuita e sem cadastro prévio."},
        {"Adopt the proposed evidence matrix for the self-assessment report.",
         "Adotar a matriz de evidências proposta para o relatório de autoavaliação."},
        {"Hire interpreters for the outstanding intercultural tables.",
         "Contratar intérpretes para as mesas interculturais pendentes."},
        {"Circulate the evidence matrix to the lead agencies.",
         "Divulgar a matriz de evidências aos órgãos responsáveis."},
        {"Explore a bulk-access agreement for the register with the Superintendency.",
         "Explorar com a Superintendência um convênio de acesso em massa ao registro."},
        {"Regular session: closing the first plan and self-assessment",
         "Sessão ordinária: encerramento do primeiro plano e autoavaliação"},
        {"Final results of the commitments",
         "Resultados finais dos compromissos"},
        {"The Secretariat presented each commitment's completion level and the evidence gathered.",
         "A Secretaria apresentou o nível de conclusão de cada compromisso e as evidências reunidas."},
        {"Approval of the self-assessment report",
         "Aprovação do relatório de autoavaliação"},
        {"Civil society asked for a detailed account of why the commitment on asset declarations was limited.",
         "A sociedade civil pediu uma explicação detalhada de por que o compromisso sobre declarações de "
         "bens teve cumprimento limitado."},
        {"Lessons learned for the next plan",
         "Lições aprendidas para o próximo plano"},
        {"Lessons were identified on co-creation timelines, budgets allocated from the start and quarterly "
         "monitoring.",
         "Foram identificadas lições sobre os prazos da cocriação, orçamentos garantidos desde o início e "
         "monitoramento trimestral."},
        {"Approve the end-of-term self-assessment report of the first action plan, with an annex on "
         "commitment 7.",
         "Aprovar o relatório final de autoavaliação do primeiro plano de ação, com um anexo sobre o "
         "compromisso 7."},
        {"Adopt the lessons learned and carry them into the roadmap of the second action plan.",
         "Adotar as lições aprendidas e incorporá-las ao roteiro do segundo plano de ação."},
        {"Publish the self-assessment report for two weeks of public comment.",
         "Publicar o relatório de autoavaliação para duas semanas de comentários públicos."},
        {"Regular session: IRM Results Report and renewal of the Forum",
         "Sessão ordinária: Relatório de resultados do IRM e renovação do Fórum"},
        {"Presentation of the IRM Results Report",
         "Apresentação do Relatório de resultados do IRM"},
        {"The IRM researcher highlighted the open contracting commitment and recommended more civil-society "
         "participation during implementation.",
         "A pesquisadora do IRM destacou o compromisso de contratações abertas e recomendou mais "
         "participação da sociedade civil durante a implementação."},
        {"Renewal of the Forum's members",
         "Renovação dos membros do Fórum"},
        {"The end of one member's term was reported, and it was proposed to admit the Association of "
         "Municipalities and the Youth for Participation Collective from July.",
         "Informou-se o término do mandato de um membro e propôs-se admitir a Associação dos Municípios e o "
         "Coletivo Juventudes pela Participação a partir de julho."},
        {"Roadmap for the second action plan",
         "Roteiro do segundo plano de ação"},
        {"It was proposed to start co-creation in April 2024, with in-person regional workshops.",
         "Propôs-se iniciar a cocriação em abril de 2024, com oficinas regionais presenciais."},
        {"Admit the Association of Municipalities of Montealto and the Youth for Participation Collective as "
         "members for four years.",
         "Admitir a Associação dos Municípios de Serra Formosa e o Coletivo Juventudes pela Participação "
         "como membros por quatro anos."},
        {"Start co-creating the second action plan in April 2024 with at least one regional workshop.",
         "Iniciar a cocriação do segundo plano de ação em abril de 2024 com pelo menos uma oficina regional."},
        {"Reply in writing to the IRM's recommendations.",
         "Responder por escrito às recomendações do IRM."},
        {"Public launch of the co-creation of the second action plan",
         "Lançamento público da cocriação do segundo plano de ação"},
        {"Main Auditorium, National University of Montealto",
         "Auditório Central, Universidade Nacional de Serra Formosa"},
        {"https://reuniones.montealto.example/lanzamiento-ii-plan",
         "https://reunioes.serraformosa.example/lancamento-ii-plano"},
        {"Welcome and review of the first action plan",
         "Boas-vindas e balanço do primeiro plano de ação"},
        {"The chair summarised the first plan's results and the IRM's recommendations.",
         "O presidente resumiu os resultados do primeiro plano e as recomendações do IRM."},
        {"How to take part: timeline and channels for contributions",
         "Como participar: cronograma e canais de contribuição"},
        {"The online form, the Forum's email and the regional workshops were presented; every proposal will "
         "receive a reasoned response.",
         "Foram apresentados o formulário on-line, o e-mail do Fórum e as oficinas regionais; toda proposta "
         "receberá uma resposta fundamentada."},
        {"Open dialogue with the public",
         "Diálogo aberto com o público"},
        {"There were questions on health, youth employment and climate finance; the proposals were recorded "
         "as contributions.",
         "Houve perguntas sobre saúde, emprego juvenil e financiamento climático; as propostas foram "
         "registradas como contribuições."},
        {"Publish the recording and the slides of the launch.",
         "Publicar a gravação e a apresentação do lançamento."},
        {"Regional co-creation workshop — Southern Region",
         "Oficina regional de cocriação — Região Sul"},
        {"San Isidro del Sur House of Culture",
         "Casa de Cultura de São Isidro do Sul"},
        {"Regional assessment of public problems",
         "Diagnóstico regional de problemas públicos"},
        {"Participants prioritised health care, municipal budgets and information in indigenous languages.",
         "Os participantes priorizaram o atendimento de saúde, os orçamentos municipais e a informação em "
         "línguas indígenas."},
        {"Proposals on health services and participatory budgeting",
         "Propostas sobre serviços de saúde e orçamento participativo"},
        {"Proposals were drafted on feedback in health centres and on municipal participatory budgeting.",
         "Foram redigidas propostas sobre a opinião dos usuários nas unidades de saúde e sobre o orçamento "
         "participativo municipal."},
        {"Send the workshop's proposals to the Ministries of Health and of Economy and Finance.",
         "Encaminhar as propostas da oficina aos Ministérios da Saúde e da Economia e Finanças."},
        {"Regular session: approval of the second national action plan",
         "Sessão ordinária: aprovação do segundo plano de ação nacional"},
        {"The Secretariat presented a summary of the contributions, their status and the published reasoned "
         "responses.",
         "A Secretaria apresentou um resumo das contribuições, sua situação e as respostas fundamentadas "
         "publicadas."},
        {"Presentation of the second action plan's commitments",
         "Apresentação dos compromissos do segundo plano de ação"},
        {"The lead agencies presented eight commitments. It was noted that the commitment on algorithms has "
         "no allocated budget yet.",
         "Os órgãos responsáveis apresentaram oito compromissos. Observou-se que o compromisso sobre "
         "algoritmos ainda não tem orçamento garantido."},
        {"Approval of the second action plan",
         "Aprovação do segundo plano de ação"},
        {"The final text of the plan was put to a roll-call vote.",
         "O texto final do plano foi submetido a votação nominal."},
        {"Approve the Second National Open Government Action Plan 2025–2027 and send it to OGP before 31 "
         "August 2024.",
         "Aprovar o II Plano de Ação Nacional de Governo Aberto 2025–2027 e enviá-lo à OGP antes de 31 de "
         "agosto de 2024."},
        {"Ask the Digital Government Agency to confirm the budget of commitment 6 before January 2025.",
         "Pedir à Agência de Governo Digital que confirme o orçamento do compromisso 6 antes de janeiro de "
         "2025."},
        {"Send the approved plan to OGP and publish it with the reasoned responses.",
         "Enviar o plano aprovado à OGP e publicá-lo com as respostas fundamentadas."},
        {"Confirm the budget of commitment 6.",
         "Confirmar o orçamento do compromisso 6."},
        {"Regular session: first monitoring of the second plan",
         "Sessão ordinária: primeiro monitoramento do segundo plano"},
        {"Progress on commitment 1: citizen monitoring of works",
         "Avanço do compromisso 1: monitoramento cidadão de obras"},
        {"The NPPD presented the pilot on ten works; the Association of Engineers offered technical support "
         "to the committees.",
         "A DNCP apresentou o piloto em dez obras; a Associação de Engenheiros ofereceu apoio técnico aos "
         "comitês."},
        {"Progress on commitment 2: feedback on health services",
         "Avanço do compromisso 2: opinião dos usuários sobre os serviços de saúde"},
        {"The Ministry of Health validated the survey with patients and is preparing the pilot in 40 centres.",
         "O Ministério da Saúde validou a pesquisa com pacientes e prepara o piloto em 40 unidades."},
        {"Quarterly monitoring calendar",
         "Calendário de monitoramento trimestral"},
        {"It was proposed that each lead agency report progress every quarter, with evidence.",
         "Propôs-se que cada órgão responsável informe o avanço a cada trimestre, com evidências."},
        {"Adopt a calendar of quarterly progress reports with published evidence.",
         "Adotar um calendário de relatórios trimestrais de avanço com evidências publicadas."},
        {"Publish the commitments' progress dashboard.",
         "Publicar o painel de avanço dos compromissos."},
        {"Regular session: six-monthly monitoring and Action Plan Review",
         "Sessão ordinária: monitoramento semestral e Revisão do plano de ação"},
        {"Progress on commitment 3: gender equality in public data",
         "Avanço do compromisso 3: igualdade de gênero nos dados públicos"},
        {"The National Statistics Institute published the data inventory and the first disaggregated "
         "datasets.",
         "O Instituto Nacional de Estatística publicou o inventário de dados e os primeiros conjuntos "
         "desagregados."},
        {"Progress on commitment 5: climate finance",
         "Avanço do compromisso 5: financiamento climático"},
        {"The budget classifier has been approved; civil society asked for data by project.",
         "O classificador orçamentário foi aprovado; a sociedade civil pediu dados por projeto."},
        {"IRM Action Plan Review",
         "Revisão do plano de ação do IRM"},
        {"The IRM researcher rated commitments 1, 2 and 6 as promising.",
         "A pesquisadora do IRM considerou promissores os compromissos 1, 2 e 6."},
        {"Ask the Ministry of the Environment to publish climate finance data by project, not only by "
         "programme.",
         "Pedir ao Ministério do Meio Ambiente que publique os dados do financiamento climático por projeto, "
         "e não só por programa."},
        {"Present a plan to publish climate finance data by project.",
         "Apresentar um plano para publicar os dados do financiamento climático por projeto."},
        {"Monitoring working group: delayed commitments",
         "Grupo de trabalho de monitoramento: compromissos atrasados"},
        {"Room 3, Digital Government Agency",
         "Sala 3, Agência de Governo Digital"},
        {"https://reuniones.montealto.example/gt-seguimiento",
         "https://reunioes.serraformosa.example/gt-monitoramento"},
        {"Commitment 6: register of algorithms",
         "Compromisso 6: registro de algoritmos"},
        {"The Agency reported delays in the technical standard and proposed a pilot with three institutions.",
         "A Agência informou atrasos na norma técnica e propôs um piloto com três instituições."},
        {"Commitment 4: youth and employment policy",
         "Compromisso 4: juventude e política de emprego"},
        {"The youth council has been formed, but only with representatives from two regions.",
         "O conselho juvenil foi formado, mas só com representantes de duas regiões."},
        {"Propose to the Forum a pilot of the register of algorithms with three institutions before December "
         "2026.",
         "Propor ao Fórum um piloto do registro de algoritmos com três instituições antes de dezembro de "
         "2026."},
        {"Prepare the pilot agreements with three institutions.",
         "Preparar os convênios do piloto com três instituições."},
        {"Invite youth organisations from a third region.",
         "Convidar organizações juvenis de uma terceira região."},
        {"Regular session: mid-term report",
         "Sessão ordinária: relatório de meio período"},
        {"Mid-term progress report of the second plan",
         "Relatório de avanço de meio período do segundo plano"},
        {"The Secretariat presented weighted milestone progress: five commitments on track and three delayed.",
         "A Secretaria apresentou o avanço ponderado dos marcos: cinco compromissos em dia e três atrasados."},
        {"The working group's proposal on the register of algorithms",
         "Proposta do grupo de trabalho sobre o registro de algoritmos"},
        {"The proposed pilot was discussed; the private sector asked for trade secrets to be protected.",
         "O piloto proposto foi debatido; o setor privado pediu a proteção do segredo comercial."},
        {"Commitment 8: plain language in public services",
         "Compromisso 8: linguagem simples nos serviços públicos"},
        {"The first twenty rewritten procedures were reviewed; user testing was positive.",
         "Os primeiros vinte serviços reescritos foram revisados; os testes com usuários foram positivos."},
        {"Approve the pilot of the register of algorithms with three institutions.",
         "Aprovar o piloto do registro de algoritmos com três instituições."},
        {"Publish the mid-term report in the repository.",
         "Publicar o relatório de meio período no repositório."},
        {"Monitoring working group: municipal participatory budgeting",
         "Grupo de trabalho de monitoramento: orçamento participativo municipal"},
        {"Commitment 7: municipal participatory budgeting",
         "Compromisso 7: orçamento participativo municipal"},
        {"Called off because too few members confirmed; the item moves to the October regular session.",
         "Cancelada porque poucos membros confirmaram presença; o item passa para a sessão ordinária de "
         "outubro."},
        {"Regular session: third-quarter monitoring",
         "Sessão ordinária: monitoramento do terceiro trimestre"},
        {"The Association of Municipalities reported processes in twelve municipalities; eight are delayed "
         "by the electoral calendar.",
         "A Associação dos Municípios informou processos em doze municípios; oito atrasaram por causa do "
         "calendário eleitoral."},
        {"Progress of the register of algorithms pilot",
         "Avanço do piloto do registro de algoritmos"},
        {"Two of the three institutions have signed the pilot agreement.",
         "Duas das três instituições assinaram o convênio do piloto."},
        {"Preparing the public accountability event",
         "Preparação da prestação de contas pública"},
        {"A public accountability event on the second plan was proposed for February 2027.",
         "Propôs-se uma prestação de contas pública do segundo plano em fevereiro de 2027."},
        {"Hold a public accountability event on the second action plan in February 2027.",
         "Realizar uma prestação de contas pública do segundo plano de ação em fevereiro de 2027."},
        {"Book the auditorium and prepare the invitation for the accountability event.",
         "Reservar o auditório e preparar o convite para a prestação de contas."},
        {"Send the progress report on participatory budgeting.",
         "Enviar o relatório de avanço do orçamento participativo."},
        {"Regular session: 2026 annual review",
         "Sessão ordinária: balanço anual de 2026"},
        {"Annual review of the second action plan",
         "Balanço anual do segundo plano de ação"},
        {"Session calendar for 2027",
         "Calendário de sessões de 2027"},
        {"Opening, quorum check and adoption of the agenda",
         "Abertura, verificação do quórum e aprovação da pauta"},
        {"The chair opened the session at %3. The quorum was checked: %1 of %2 voting members present or "
         "represented, with both government and civil society attending. The agenda was adopted without "
         "changes.",
         "O presidente abriu a sessão às %3. Verificou-se o quórum: %1 de %2 membros com direito a voto "
         "presentes ou representados, com a presença do governo e da sociedade civil. A pauta foi aprovada "
         "sem alterações."},
        {"Approval of previous minutes",
         "Aprovação de atas anteriores"},
        {"The minutes of the following were reviewed and approved without comments: %1.",
         "Foram revisadas e aprovadas sem observações as atas de: %1."},
        {"Approve the minutes of: %1.",
         "Aprovar as atas de: %1."},
        {"Any other business and close",
         "Assuntos gerais e encerramento"},
        {"With no other business, the chair thanked everyone for taking part and closed the session. The "
         "minutes will be submitted for approval at the next session.",
         "Não havendo outros assuntos, o presidente agradeceu a participação de todos e encerrou a sessão. A "
         "ata será submetida à aprovação na próxima sessão."},
        {"“%1” (%2)",
         "“%1” (%2)"},
        {"; ",
         "; "},
        {"Quorum: %1 of %2 voting members.",
         "Quórum: %1 de %2 membros com direito a voto."},
        {"Called off for lack of a confirmed quorum.",
         "Cancelada por falta de quórum confirmado."},
        {"Notice sent with the agenda and supporting documents.",
         "Convocação enviada com a pauta e os documentos de apoio."},
        {"We ask for full contracts, with their annexes and amendments, to be published in a format that can "
         "be downloaded and analysed.",
         "Pedimos que os contratos completos, com seus anexos e aditivos, sejam publicados em formato que "
         "possa ser baixado e analisado."},
        {"The procurement system should raise alerts when the same company wins many direct-award contracts.",
         "O sistema de compras deveria emitir alertas quando uma mesma empresa ganha muitas contratações "
         "diretas."},
        {"The budget should be explained with simple examples and charts; today nobody in my community "
         "understands it.",
         "O orçamento deveria ser explicado com exemplos simples e gráficos; hoje ninguém na minha "
         "comunidade o entende."},
        {"We propose public hearings in every region before the budget goes to Congress.",
         "Propomos audiências públicas em cada região antes de o orçamento ir ao Congresso."},
        {"We need to know who really owns the companies that contract with the state.",
         "Precisamos saber quem são os verdadeiros donos das empresas que contratam com o Estado."},
        {"The beneficial ownership register should be free and should not require a user account to search "
         "it.",
         "O registro de beneficiários finais deveria ser gratuito e não exigir conta de usuário para "
         "consultá-lo."},
        {"We want to know whether the water of the Río Claro is safe; we ask for public, up-to-date "
         "measurements.",
         "Queremos saber se a água do Rio Claro é segura; pedimos medições públicas e atualizadas."},
        {"Water-quality alerts should be sent by text message, because there is no internet in rural areas.",
         "Os alertas de qualidade da água deveriam ser enviados por SMS, porque nas zonas rurais não há "
         "internet."},
        {"Social policies are decided without consulting indigenous communities; we propose permanent tables.",
         "As políticas sociais são decididas sem consultar as comunidades indígenas; propomos mesas "
         "permanentes."},
        {"Government information should be available in our indigenous languages.",
         "As informações do governo deveriam estar disponíveis nas nossas línguas indígenas."},
        {"My municipality never answered my information request; there should be a single portal with "
         "visible deadlines.",
         "Meu município nunca respondeu ao meu pedido de informação; deveria haver um portal único com "
         "prazos visíveis."},
        {"Training municipal staff on the access to information law is urgent.",
         "É urgente capacitar os servidores municipais sobre a lei de acesso à informação."},
        {"Asset declarations should be published as open data so they can be compared year by year.",
         "As declarações de bens deveriam ser publicadas em dados abertos para que possam ser comparadas ano "
         "a ano."},
        {"We propose including the interests of spouses and close relatives in the asset declarations.",
         "Propomos incluir os interesses de cônjuges e parentes próximos nas declarações de bens."},
        {"We residents want to know how far the hospital works have progressed and why they have stopped.",
         "Nós, moradores, queremos saber em que pé estão as obras do hospital e por que estão paradas."},
        {"We propose citizen committees that visit works and can report problems with photos.",
         "Propomos comitês cidadãos que visitem as obras e possam relatar problemas com fotos."},
        {"There is nowhere to leave feedback at the health centre; we suggest a short survey after each "
         "visit.",
         "Não há onde deixar nossa opinião na unidade de saúde; sugerimos uma pesquisa curta após cada "
         "atendimento."},
        {"The outcomes of health complaints should be published for each facility.",
         "Os resultados das reclamações de saúde deveriam ser publicados para cada estabelecimento."},
        {"Employment and income statistics should be broken down by sex and by region.",
         "As estatísticas de emprego e renda deveriam ser desagregadas por sexo e por região."},
        {"We ask for gender parity on every advisory council of the state.",
         "Pedimos paridade de gênero em todos os conselhos consultivos do Estado."},
        {"We young people want to take part in designing employment programmes, not only to be beneficiaries.",
         "Nós, jovens, queremos participar do desenho dos programas de emprego, e não apenas ser "
         "beneficiários."},
        {"We propose a youth council with representatives from every region.",
         "Propomos um conselho juvenil com representantes de todas as regiões."},
        {"We want to know how much international money the country receives for climate change and what it "
         "is spent on.",
         "Queremos saber quanto dinheiro internacional o país recebe para a mudança do clima e em que ele é "
         "gasto."},
        {"Climate finance data should be published by project, with its results.",
         "Os dados do financiamento climático deveriam ser publicados por projeto, com seus resultados."},
        {"The state uses automated systems to allocate subsidies; people have a right to know how they work.",
         "O Estado usa sistemas automatizados para conceder subsídios; as pessoas têm direito de saber como "
         "funcionam."},
        {"Every public algorithm should have a published impact assessment before it is used.",
         "Todo algoritmo público deveria ter uma avaliação de impacto publicada antes de ser usado."},
        {"We propose that part of the municipal budget be decided in neighbourhood assemblies.",
         "Propomos que parte do orçamento municipal seja decidida em assembleias de bairro."},
        {"The projects chosen by residents should be publicly tracked until they are finished.",
         "Os projetos escolhidos pelos moradores deveriam ser acompanhados publicamente até sua conclusão."},
        {"Forms for public services are impossible for older people to understand.",
         "Os formulários dos serviços públicos são impossíveis de entender para as pessoas idosas."},
        {"Government websites do not work with screen readers; we ask for them to be made accessible.",
         "Os sites do governo não funcionam com leitores de tela; pedimos que sejam tornados acessíveis."},
        {"We propose reforming the electoral law to cap campaign spending.",
         "Propomos reformar a lei eleitoral para limitar os gastos de campanha."},
        {"We ask the judiciary to publish all its rulings online.",
         "Pedimos ao Poder Judiciário que publique todas as suas decisões on-line."},
        {"We suggest building a new regional hospital in the northern province.",
         "Sugerimos construir um novo hospital regional na província do norte."},
        {"All municipal council sessions should be streamed live.",
         "Todas as sessões da câmara municipal deveriam ser transmitidas ao vivo."},
        {"We propose a law protecting whistle-blowers who report corruption.",
         "Propomos uma lei que proteja os denunciantes de corrupção."},
        {"Fuel tax should be lowered in rural areas.",
         "O imposto sobre combustíveis deveria ser reduzido nas zonas rurais."},
        {"We ask for a public register of lobbying meetings for every authority.",
         "Pedimos um registro público das reuniões de lobby de cada autoridade."},
        {"Public universities should publish how they use their research funds.",
         "As universidades públicas deveriam publicar como usam seus recursos de pesquisa."},
        {"We propose improving internet coverage in rural schools.",
         "Propomos melhorar a cobertura de internet nas escolas rurais."},
        {"The Forum should publish its minutes within fifteen days at most.",
         "O Fórum deveria publicar suas atas em no máximo quinze dias."},
        {"Thank you for your contribution. It was incorporated into commitment %1, “%2”, whose milestones "
         "take up your proposal; you can follow its progress on the Forum's dashboard.",
         "Obrigado pela sua contribuição. Ela foi incorporada ao compromisso %1, “%2”, cujos marcos acolhem "
         "a sua proposta; você pode acompanhar o avanço no painel do Fórum."},
        {"Your proposal was accepted and became a milestone of commitment %1, “%2”. The lead agency will "
         "report on its progress every quarter.",
         "Sua proposta foi acolhida e tornou-se um marco do compromisso %1, “%2”. O órgão responsável "
         "informará o avanço a cada trimestre."},
        {"The Multi-Stakeholder Forum welcomed your contribution and incorporated it into commitment %1, "
         "“%2”, as proposed.",
         "O Fórum Multissetorial acolheu sua contribuição e a incorporou ao compromisso %1, “%2”, tal como "
         "proposta."},
        {"Your contribution was partly incorporated into commitment %1, “%2”: its core idea was included, "
         "but not its national scope, because the available budget covers only a first phase.",
         "Sua contribuição foi parcialmente incorporada ao compromisso %1, “%2”: sua ideia central foi "
         "incluída, mas não o alcance nacional, porque o orçamento disponível cobre apenas uma primeira fase."},
        {"Partly incorporated into commitment %1, “%2”. The part that needs a change in the law cannot be "
         "achieved within the plan's period; the Forum will propose it to Congress.",
         "Parcialmente incorporada ao compromisso %1, “%2”. A parte que exige mudança na lei não pode ser "
         "realizada no prazo do plano; o Fórum a proporá ao Congresso."},
        {"Part of your proposal is in commitment %1, “%2”. The rest will be assessed at the mid-term review, "
         "once the pilot has results.",
         "Parte da sua proposta está no compromisso %1, “%2”. O restante será avaliado na revisão de meio "
         "período, quando o piloto tiver resultados."},
        {"It was not incorporated because the matter belongs to the legislature and action plan commitments "
         "must be deliverable by the institutions that take them on. We have forwarded your proposal to the "
         "relevant congressional committee.",
         "Não foi incorporada porque o tema é de competência do Poder Legislativo e os compromissos do plano "
         "de ação devem poder ser cumpridos pelas instituições que os assumem. Encaminhamos sua proposta à "
         "comissão competente do Congresso."},
        {"Not incorporated: the judiciary is independent and did not take part in this co-creation. The "
         "Forum will invite it to put forward commitments in the next action plan.",
         "Não incorporada: o Poder Judiciário é independente e não participou desta cocriação. O Fórum o "
         "convidará a propor compromissos no próximo plano de ação."},
        {"Not incorporated because it is an infrastructure investment unrelated to open government values "
         "(transparency, participation and accountability). We have passed it on to the line ministry.",
         "Não incorporada por se tratar de um investimento em infraestrutura sem relação com os valores de "
         "governo aberto (transparência, participação e prestação de contas). Encaminhamos a proposta ao "
         "ministério setorial."},
        {"Not incorporated in this plan because no institution could commit a budget for the period. It is "
         "kept on record for the next co-creation.",
         "Não incorporada neste plano porque nenhuma instituição pôde comprometer orçamento para o período. "
         "Fica registrada para a próxima cocriação."},
        {"Not incorporated as a commitment, but the Forum adopted it as an internal rule in its rules of "
         "procedure.",
         "Não incorporada como compromisso, mas o Fórum a adotou como norma interna em seu regimento."},
        {"This contribution matches another one received on %1 and was answered together with it: its "
         "content was taken into account in commitment %2.",
         "Esta contribuição coincide com outra recebida em %1 e foi respondida em conjunto com ela: seu "
         "conteúdo foi considerado no compromisso %2."},
        {"Under review by the lead agency; the reasoned response will be published before the plan is "
         "approved.",
         "Em análise pelo órgão responsável; a resposta fundamentada será publicada antes da aprovação do "
         "plano."},
        {"Activity not started yet; terms of reference are being prepared for “%1”.",
         "Atividade ainda não iniciada; estão sendo preparados os termos de referência de “%1”."},
        {"Progress on schedule: %2% of “%1”.",
         "Avanço conforme o cronograma: %2% de “%1”."},
        {"The tasks planned for the period were completed; “%1” stands at %2%.",
         "As tarefas previstas para o período foram concluídas; “%1” está em %2%."},
        {"Technical meeting with the supporting organisations; progress on “%1” is %2%.",
         "Reunião técnica com as organizações envolvidas; o avanço de “%1” é de %2%."},
        {"Progress documents were published; “%1” is at %2%.",
         "Foram publicados documentos de avanço; “%1” está em %2%."},
        {"Delayed by procurement hold-ups; “%1” remains at %2%.",
         "Atrasado por entraves nas contratações; “%1” permanece em %2%."},
        {"Progress on “%1” (%2%) is behind plan for lack of budget; rescheduling has been requested.",
         "O avanço de “%1” (%2%) está abaixo do previsto por falta de orçamento; foi pedida uma "
         "reprogramação."},
        {"Delayed by a change of leadership at the institution; “%1” reaches %2%.",
         "Atrasado por uma mudança de direção na instituição; “%1” chega a %2%."},
        {"Milestone achieved: “%1” is available and verified by the Forum.",
         "Marco alcançado: “%1” está disponível e foi verificado pelo Fórum."},
        {"“%1” was delivered; the evidence is published in the repository.",
         "“%1” foi entregue; as evidências estão publicadas no repositório."},
        {"Milestone cancelled by decision of the Forum; “%1” is dropped from this plan (%2% reached).",
         "Marco cancelado por decisão do Fórum; “%1” sai deste plano (%2% alcançado)."},
        {"https://gobiernoabierto.montealto.example/evidence/",
         "https://governoaberto.serraformosa.example/evidencias/"},
        {"Multi-Stakeholder Forum self-assessment: completion %1. Evidence checked with the per-milestone "
         "matrix.",
         "Autoavaliação do Fórum Multissetorial (nível de conclusão: %1). Evidências verificadas com a "
         "matriz por marco."},
        {"IRM Results Report: assessment based on interviews with the lead agency and civil society.",
         "Relatório de resultados do IRM: avaliação baseada em entrevistas com o órgão responsável e a "
         "sociedade civil."},
        {"IRM Results Report: starred commitment for its completion and its results in opening government.",
         "Relatório de resultados do IRM: compromisso estrela pela sua conclusão e pelos resultados na "
         "abertura do governo."},
        {"%1% of the milestones, weighted, were achieved within the plan's period.",
         "%1% dos marcos, ponderados, foram alcançados no prazo do plano."},
        {"no evidence available",
         "sem evidência disponível"},
        {"not started",
         "não iniciado"},
        {"limited",
         "limitado"},
        {"substantial",
         "substancial"},
        {"complete",
         "concluído"},
        {"The online co-creation of 2020 reduced participation from rural areas without connectivity.",
         "A cocriação virtual de 2020 reduziu a participação das zonas rurais sem conectividade."},
        {"Combine in-person regional workshops with online and postal channels.",
         "Combinar oficinas regionais presenciais com canais on-line e postais."},
        {"The commitments with no budget allocated when the plan was approved were the most delayed.",
         "Os compromissos sem orçamento garantido na aprovação do plano foram os mais atrasados."},
        {"Require a confirmed funding source before approving each commitment.",
         "Exigir uma fonte de financiamento confirmada antes de aprovar cada compromisso."},
        {"Open data commitments had more impact when accompanied by training workshops with civil society.",
         "Os compromissos de dados abertos tiveram mais impacto quando acompanhados de oficinas de "
         "capacitação com a sociedade civil."},
        {"Include a milestone on data use and uptake in every disclosure commitment.",
         "Incluir um marco sobre uso e apropriação dos dados em cada compromisso de divulgação."},
        {"Six-monthly monitoring was not enough to spot delays in time.",
         "O monitoramento semestral não foi suficiente para detectar os atrasos a tempo."},
        {"Set up quarterly progress reports with evidence and a monitoring working group.",
         "Instituir relatórios trimestrais de avanço com evidências e um grupo de trabalho de monitoramento."},
        {"Reforms that depend on Congress could not be completed within the plan's period.",
         "As reformas que dependem do Congresso não puderam ser concluídas no prazo do plano."},
        {"Set milestones the lead agency controls and treat legal reforms as advocacy goals.",
         "Definir marcos que o órgão responsável controle e tratar as reformas legais como metas de "
         "incidência."},
        {"María",
         "Maria"},
        {"José",
         "José"},
        {"Ana",
         "Ana"},
        {"Luis",
         "Luiz"},
        {"Carmen",
         "Carmen"},
        {"Juan",
         "João"},
        {"Rosa",
         "Rosa"},
        {"Carlos",
         "Carlos"},
        {"Elena",
         "Helena"},
        {"Pedro",
         "Pedro"},
        {"Laura",
         "Laura"},
        {"Miguel",
         "Miguel"},
        {"Teresa",
         "Teresa"},
        {"Javier",
         "Paulo"},
        {"Paula",
         "Paula"},
        {"Fernando",
         "Fernando"},
        {"Silvia",
         "Sílvia"},
        {"Ricardo",
         "Ricardo"},
        {"Natalia",
         "Natália"},
        {"Eduardo",
         "Eduardo"},
        {"Verónica",
         "Verônica"},
        {"Óscar",
         "Otávio"},
        {"Lorena",
         "Lorena"},
        {"Sergio",
         "Sérgio"},
        {"Camila",
         "Camila"},
        {"Héctor",
         "Heitor"},
        {"Daniela",
         "Daniela"},
        {"Raúl",
         "Raimundo"},
        {"Florencia",
         "Fernanda"},
        {"Gustavo",
         "Gustavo"},
        {"Julia",
         "Júlia"},
        {"Arturo",
         "Artur"},
        {"Adriana",
         "Adriana"},
        {"Mauricio",
         "Maurício"},
        {"Ximena",
         "Jéssica"},
        {"Pablo",
         "Thiago"},
        {"Inés",
         "Inês"},
        {"Gonzalo",
         "Gonçalo"},
        {"Marcela",
         "Marcela"},
        {"Ignacio",
         "Igor"},
        {"González",
         "Silva"},
        {"Muñoz",
         "Santos"},
        {"Rojas",
         "Oliveira"},
        {"Díaz",
         "Souza"},
        {"Pérez",
         "Lima"},
        {"Soto",
         "Pereira"},
        {"Contreras",
         "Costa"},
        {"Silva",
         "Rodrigues"},
        {"Martínez",
         "Almeida"},
        {"Sepúlveda",
         "Nascimento"},
        {"Morales",
         "Carvalho"},
        {"Rodríguez",
         "Araújo"},
        {"López",
         "Gomes"},
        {"Fuentes",
         "Martins"},
        {"Hernández",
         "Barbosa"},
        {"Torres",
         "Rocha"},
        {"Araya",
         "Ribeiro"},
        {"Flores",
         "Alves"},
        {"Espinoza",
         "Monteiro"},
        {"Valenzuela",
         "Mendes"},
        {"Castillo",
         "Freitas"},
        {"Tapia",
         "Cardoso"},
        {"Reyes",
         "Teixeira"},
        {"Gutiérrez",
         "Moura"},
        {"Castro",
         "Cavalcanti"},
        {"Pizarro",
         "Vieira"},
        {"Álvarez",
         "Dias"},
        {"Vásquez",
         "Castro"},
        {"Sánchez",
         "Campos"},
        {"Fernández",
         "Nunes"},
        {"Ramírez",
         "Moreira"},
        {"Carrasco",
         "Pinto"},
        {"Gómez",
         "Correia"},
        {"Cortés",
         "Batista"},
        {"Herrera",
         "Fonseca"},
        {"Núñez",
         "Machado"},
        {"Jara",
         "Lopes"},
        {"Vergara",
         "Duarte"},
        {"Rivera",
         "Soares"},
        {"Figueroa",
         "Azevedo"},
        {"Villa Esperanza Neighbourhood Council",
         "Associação de Moradores da Vila Esperança"},
        {"Los Aromos Older People's Association",
         "Associação de Idosos Os Ipês"},
        {"National University of Montealto",
         "Universidade Nacional de Serra Formosa"},
        {"Northern Technological University",
         "Universidade Tecnológica do Norte"},
        {"Pacific Institute for Social Research",
         "Instituto Atlântico de Pesquisas Sociais"},
        {"Technology Companies Association",
         "Associação de Empresas de Tecnologia"},
        {"%1 National Open Government Action Plan %2–%3",
         "%1 Plano de Ação Nacional de Governo Aberto %2–%3"},
        {"First",
         "I"},
        {"Second",
         "II"},
        {"Third",
         "III"},
        {"Fourth",
         "IV"},
        {"Fifth",
         "V"},
        {"Sixth",
         "VI"},
        {"Seventh",
         "VII"},
        {"Eighth",
         "VIII"},
        {"Ninth",
         "IX"},
        {"Tenth",
         "X"},
        {"Eleventh",
         "XI"},
        {"Twelfth",
         "XII"},
        {"Action plan co-created by the Multi-Stakeholder Forum with contributions from every region, with "
         "transparency, participation and accountability commitments at national and regional level.",
         "Plano de ação cocriado pelo Fórum Multissetorial com contribuições de todas as regiões, com "
         "compromissos de transparência, participação e prestação de contas em âmbito nacional e regional."},
        {"nationwide",
         "âmbito nacional"},
        {"Northern Region",
         "Região Norte"},
        {"Southern Region",
         "Região Sul"},
        {"Andean Region",
         "Região Serrana"},
        {"Coastal Region",
         "Região Litorânea"},
        {"Amazon Region",
         "Região Amazônica"},
        {"Metropolitan Area",
         "Região Metropolitana"},
        {"mid-sized cities",
         "cidades médias"},
        {"rural areas",
         "zonas rurais"},
        {"border municipalities",
         "municípios de fronteira"},
        {"%1 (%2)",
         "%1 (%2)"},
        {"Participatory evaluation of results in %1",
         "Avaliação participativa de resultados – %1"},
        {"Evaluation report published",
         "Relatório de avaliação publicado"},
        {"Multi-Stakeholder Forum regular session no. %1",
         "Sessão ordinária nº %1 do Fórum Multissetorial"},
        {"Working group: %1",
         "Grupo de trabalho: %1"},
        {"fiscal transparency and procurement",
         "transparência fiscal e compras públicas"},
        {"integrity and anti-corruption",
         "integridade e combate à corrupção"},
        {"public services and participation",
         "serviços públicos e participação"},
        {"environment and territory",
         "meio ambiente e território"},
        {"inclusion and excluded groups",
         "inclusão e grupos excluídos"},
        {"digital government and open data",
         "governo digital e dados abertos"},
        {"Co-creation workshop: %1",
         "Oficina de cocriação: %1"},
        {"Public accountability event: %1",
         "Prestação de contas pública: %1"},
        {"Council Room, Ministry of Transparency and Public Service",
         "Sala do Conselho, Ministério da Transparência e do Serviço Público"},
        {"Puerto Nuevo Town Hall",
         "Câmara Municipal de Porto Novo"},
        {"Villa Alta Cultural Centre",
         "Centro Cultural de Vila Alta"},
        {"Progress on commitment %1: %2",
         "Avanço do compromisso %1: %2"},
        {"The lead agency reported on commitment %1 (%2% weighted progress). The Forum asked for the "
         "evidence to be published and the delayed milestones to be reviewed.",
         "O órgão responsável informou o avanço do compromisso %1 (%2% ponderado). O Fórum pediu a "
         "publicação das evidências e a revisão dos marcos atrasados."},
        {"Report of the Technical Secretariat",
         "Relatório da Secretaria Técnica"},
        {"Follow-up of pending agreements",
         "Acompanhamento de acordos pendentes"},
        {"Outstanding reasoned responses",
         "Respostas fundamentadas pendentes"},
        {"Communication and outreach for the action plan",
         "Comunicação e divulgação do plano de ação"},
        {"Participation report by sector",
         "Relatório de participação por setor"},
        {"Proposals from civil society",
         "Propostas da sociedade civil"},
        {"Session calendar",
         "Calendário de sessões"},
        {"IRM recommendations",
         "Recomendações do IRM"},
        {"The Technical Secretariat summarised the period's activities and the documents published.",
         "A Secretaria Técnica resumiu as atividades do período e os documentos publicados."},
        {"Pending agreements were reviewed; most were met on time.",
         "Os acordos pendentes foram revisados; a maioria foi cumprida no prazo."},
        {"The status of reasoned responses and the deadlines to complete them were reported.",
         "Foram informados a situação das respostas fundamentadas e os prazos para concluí-las."},
        {"The communication strategy and plain-language materials were presented.",
         "Foram apresentados a estratégia de comunicação e os materiais em linguagem simples."},
        {"Attendance by sector was analysed and it was agreed to reach out more to academia.",
         "A participação por setor foi analisada e acordou-se mobilizar mais a academia."},
        {"Organisations presented proposals, which were recorded as contributions.",
         "As organizações apresentaram propostas, que foram registradas como contribuições."},
        {"The session calendar for the next six months was agreed.",
         "Foi acordado o calendário de sessões do próximo semestre."},
        {"The IRM's recommendations and the response to them were reviewed.",
         "Foram revisadas as recomendações do IRM e a resposta a elas."},
        {"Approve the Technical Secretariat's report.",
         "Aprovar o relatório da Secretaria Técnica."},
        {"Ask the institutions with delayed milestones for a recovery plan.",
         "Pedir às instituições com marcos atrasados um plano de recuperação."},
        {"Publish the progress evidence in the Forum's repository.",
         "Publicar as evidências de avanço no repositório do Fórum."},
        {"Approve the session calendar for the next six months.",
         "Aprovar o calendário de sessões do próximo semestre."},
        {"Invite the IRM to present its report at the next session.",
         "Convidar o IRM a apresentar seu relatório na próxima sessão."},
        {"Send the summary of agreements to the members.",
         "Enviar o resumo dos acordos aos membros."},
        {"Publish the minutes and the slides.",
         "Publicar a ata e as apresentações."},
        {"Request the recovery plan from the delayed institutions.",
         "Solicitar o plano de recuperação às instituições atrasadas."},
        {"Convene the thematic working group.",
         "Convocar o grupo de trabalho temático."},
        {"Update the commitments' progress dashboard.",
         "Atualizar o painel de avanço dos compromissos."},
        {"Approve the %1 and send it to OGP.",
         "Aprovar o %1 e enviá-lo à OGP."},
        {"Approval of the action plan",
         "Aprovação do plano de ação"},
        {"The final text of the co-created action plan was put to the vote.",
         "O texto final do plano de ação cocriado foi submetido a votação."},
        {"Open government liaison, %1, %2",
         "Ponto focal de governo aberto, %1, %2"},
        {"America/Lima",
         "America/Sao_Paulo"},
        {"https://gobiernoabierto.montealto.example",
         "https://governoaberto.serraformosa.example"},
        {"https://gobiernoabierto.montealto.example/repositorio",
         "https://governoaberto.serraformosa.example/repositorio"},
        {"correo.montealto.example",
         "correio.serraformosa.example"},
        {"https://reuniones.montealto.example/grupos-de-trabajo",
         "https://reunioes.serraformosa.example/grupos-de-trabalho"},
        {"https://reuniones.montealto.example/cocreacion",
         "https://reunioes.serraformosa.example/cocriacao"},
    };
    return texts;
}

} // namespace forumdesk::sample
