-- A forum file of format 1, as Forum Desk wrote it before format 2: the small sample forum,
-- trimmed to two plans, three commitments, one meeting and the members, dumped with its schema
-- exactly as stored. The migration tests build a file from it and open it with this version.
-- SPDX-License-Identifier: GPL-3.0-or-later
PRAGMA application_id = 1330073670;
PRAGMA user_version = 1;
BEGIN TRANSACTION;
CREATE TABLE action_item (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  decision_id INTEGER REFERENCES decision(id) ON DELETE SET NULL,
  text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 2000),
  owner TEXT,
  owner_member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
  due_on TEXT CHECK (due_on IS NULL OR (date(due_on) = due_on AND due_on BETWEEN '1900-01-01' AND '2199-12-31')),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
  closed_on TEXT CHECK (closed_on IS NULL OR (date(closed_on) = closed_on AND closed_on BETWEEN '1900-01-01' AND '2199-12-31'))
);
INSERT INTO "action_item" VALUES(4,'2ac23624-5353-4207-8e1c-98b5ca4608e0','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,NULL,'Enviar el plan aprobado a la Unidad de Apoyo de la AGA y publicarlo en el repositorio.','Lucía Fernández Ríos',1,'2020-08-27','done','2020-08-24');
INSERT INTO "action_item" VALUES(5,'b5a9fc81-fcd4-4c07-9413-55868f10267b','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,5,'Ajustar los hitos de los compromisos 3 y 4 antes del envío.','Beatriz Salinas Ochoa',23,'2020-08-20','done','2020-08-15');
CREATE TABLE action_plan (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
  period_start TEXT NOT NULL CHECK (date(period_start) = period_start AND period_start BETWEEN '1900-01-01' AND '2199-12-31'),
  period_end TEXT NOT NULL CHECK (date(period_end) = period_end AND period_end BETWEEN '1900-01-01' AND '2199-12-31'),
  stage TEXT NOT NULL DEFAULT 'co_create' CHECK (stage IN ('co_create', 'implement', 'evaluate', 'learn', 'closed')),
  due_on TEXT CHECK (due_on IS NULL OR (date(due_on) = due_on AND due_on BETWEEN '1900-01-01' AND '2199-12-31')),
  submitted_on TEXT CHECK (submitted_on IS NULL OR (date(submitted_on) = submitted_on AND submitted_on BETWEEN '1900-01-01' AND '2199-12-31')),
  introduction TEXT,
  notes TEXT,
  CHECK (period_end > period_start)
);
INSERT INTO "action_plan" VALUES(1,'b96cc0b3-825b-4d05-99e7-42054740e217','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','I Plan de Acción Nacional de Gobierno Abierto 2021–2022','2021-01-01','2022-08-31','closed','2020-08-31','2020-08-27','Primer plan de acción de Montealto ante la Alianza para el Gobierno Abierto. Fue cocreado en 2020, en plena emergencia sanitaria, mediante mesas virtuales y una convocatoria abierta de aportes. Sus siete compromisos abordan la transparencia fiscal y de las contrataciones, la integridad pública, la información ambiental y la participación de los pueblos indígenas.','Cerrado tras el informe de autoevaluación (octubre de 2022) y el Informe de resultados del IRM (2023).');
INSERT INTO "action_plan" VALUES(2,'fd066d71-d7ad-4bb0-a7ad-ff81971474aa','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','II Plan de Acción Nacional de Gobierno Abierto 2025–2027','2025-01-01','2027-08-31','implement','2024-08-31','2024-08-29','Segundo plan de acción, cocreado en 2024 con un lanzamiento público, mesas regionales y más de treinta aportes con respuesta razonada. Recoge las lecciones del primer plan: presupuesto asignado desde el inicio, hitos verificables y seguimiento trimestral del Foro Multiactor.','En implementación; informe de medio término aprobado en junio de 2026.');
CREATE TABLE activity (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  actor TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'migrate', 'import', 'stage', 'other')),
  entity TEXT NOT NULL,
  entity_uid TEXT,
  summary TEXT NOT NULL
);
CREATE TABLE agenda_item (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
  title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 500),
  presenter TEXT,
  duration_minutes INTEGER NOT NULL DEFAULT 15 CHECK (duration_minutes BETWEEN 0 AND 1440),
  minutes TEXT,
  commitment_id INTEGER REFERENCES commitment(id) ON DELETE SET NULL
);
INSERT INTO "agenda_item" VALUES(9,'3848d293-d6ae-4ba4-bbb5-b0c1f3af5f77','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,0,'Apertura, verificación del quórum y aprobación del orden del día','Andrés Salazar Mejía',10,'La presidencia abrió la sesión a las 10:00. Se verificó el quórum: 16 de 16 miembros con derecho a voto presentes o representados, con participación de gobierno y sociedad civil. Se aprobó el orden del día sin modificaciones.',NULL);
INSERT INTO "agenda_item" VALUES(10,'9961f4f8-9f72-40d4-9586-fcd6b5d1e510','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,1,'Aprobación de actas anteriores','Lucía Fernández Ríos',10,'Se revisaron y aprobaron sin observaciones las actas de: «Sesión de instalación del Foro Multiactor» (12 de marzo de 2020); «Mesa de cocreación virtual: transparencia fiscal, contrataciones y datos abiertos» (14 de mayo de 2020).',NULL);
INSERT INTO "agenda_item" VALUES(11,'8d0befd1-4062-4a16-a4ec-b189ddbe8ff7','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,2,'Informe de la cocreación y de las respuestas razonadas','Lucía Fernández Ríos',30,'La Secretaría informó que todos los aportes recibidos tienen respuesta razonada publicada y se revisaron los motivos de los aportes no incorporados.',NULL);
INSERT INTO "agenda_item" VALUES(12,'f10438f4-69bc-4253-accd-344261a1e755','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,3,'Presentación de los compromisos del I Plan de Acción','Carmen Rojas Villalobos',60,'Cada institución responsable presentó su compromiso. Se pidió precisar hitos verificables en los compromisos 3 y 4.',NULL);
INSERT INTO "agenda_item" VALUES(13,'9556d446-8c40-4ef4-949c-75d6b82fe582','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,4,'Aprobación del I Plan de Acción','Andrés Salazar Mejía',30,'Se sometió a votación el texto final. La sociedad civil dejó constancia de que el compromiso sobre declaraciones juradas debe ampliarse en el próximo plan.',NULL);
INSERT INTO "agenda_item" VALUES(14,'b4bd6f61-1779-4223-91f0-4847374f0ca2','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,5,'Varios y cierre','Andrés Salazar Mejía',5,'Sin otros asuntos, la presidencia agradeció la participación y cerró la sesión. El acta se someterá a aprobación en la próxima sesión.',NULL);
CREATE TABLE assessment (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  commitment_id INTEGER NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
  source TEXT NOT NULL CHECK (source IN ('self', 'irm')),
  assessed_on TEXT CHECK (assessed_on IS NULL OR (date(assessed_on) = assessed_on AND assessed_on BETWEEN '1900-01-01' AND '2199-12-31')),
  verifiable INTEGER NOT NULL DEFAULT 1 CHECK (verifiable IN (0, 1)),
  relevance_access_information INTEGER NOT NULL DEFAULT 0 CHECK (relevance_access_information IN (0, 1)),
  relevance_civic_participation INTEGER NOT NULL DEFAULT 0 CHECK (relevance_civic_participation IN (0, 1)),
  relevance_public_accountability INTEGER NOT NULL DEFAULT 0 CHECK (relevance_public_accountability IN (0, 1)),
  relevance_technology_innovation INTEGER NOT NULL DEFAULT 0 CHECK (relevance_technology_innovation IN (0, 1)),
  potential_results TEXT CHECK (potential_results IS NULL OR potential_results IN ('unclear', 'modest', 'substantial')),
  potential_impact TEXT CHECK (potential_impact IS NULL OR potential_impact IN ('none', 'minor', 'moderate', 'transformative')),
  completion TEXT CHECK (completion IS NULL OR completion IN ('no_evidence', 'not_started', 'limited', 'substantial', 'complete')),
  opened_government TEXT CHECK (opened_government IS NULL OR opened_government IN ('worsened', 'did_not_change', 'marginal', 'major', 'outstanding')),
  notes TEXT,
  UNIQUE (commitment_id, source)
);
INSERT INTO "assessment" VALUES(1,'0a608462-cdf0-47b3-9fb0-196ce8a9f2ae','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',1,'self','2022-10-20',1,1,0,1,1,'substantial','transformative','complete','major','Autoevaluación del Foro Multiactor: nivel de cumplimiento completo. Evidencias verificadas con la matriz por hito.');
INSERT INTO "assessment" VALUES(2,'bdfabeb2-6a22-4e92-9609-042154a03835','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',1,'irm','2023-05-31',1,1,0,1,0,'substantial','transformative','complete','outstanding','Informe de resultados del IRM: compromiso estelar por su cumplimiento y sus resultados en apertura del gobierno.');
INSERT INTO "assessment" VALUES(3,'895e80c5-a057-4aeb-8046-3fe26eabc6f1','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',2,'self','2022-10-20',1,1,1,1,0,'modest','moderate','complete','major','Autoevaluación del Foro Multiactor: nivel de cumplimiento completo. Evidencias verificadas con la matriz por hito.');
INSERT INTO "assessment" VALUES(4,'a5cd1af6-f45f-4956-b74d-88f423d53f2a','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',2,'irm','2023-05-31',1,1,1,1,0,'modest','moderate','complete','major','Informe de resultados del IRM: compromiso estelar por su cumplimiento y sus resultados en apertura del gobierno.');
CREATE TABLE attendance (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  organization TEXT,
  sector TEXT NOT NULL CHECK (sector IN ('government', 'civil_society', 'academia', 'private_sector', 'other')),
  status TEXT NOT NULL DEFAULT 'present' CHECK (status IN ('present', 'remote', 'excused', 'absent', 'represented')),
  represented_by TEXT,
  guest INTEGER NOT NULL DEFAULT 0 CHECK (guest IN (0, 1)),
  UNIQUE (meeting_id, member_id)
);
INSERT INTO "attendance" VALUES(32,'db5dc7f3-4564-4f4c-bb4c-c666cfbdf734','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,1,'Lucía Fernández Ríos','Secretaría de Gobierno Abierto, Ministerio de Transparencia y Función Pública','government','remote',NULL,0);
INSERT INTO "attendance" VALUES(33,'2c4bcb60-bd06-4ddf-a4e7-be9699e01992','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,2,'Andrés Salazar Mejía','Viceministerio de Transparencia, Ministerio de Transparencia y Función Pública','government','remote',NULL,0);
INSERT INTO "attendance" VALUES(34,'561a5978-911e-4147-8c2e-34098c787565','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,3,'Carmen Rojas Villalobos','Red Ciudadana por la Transparencia','civil_society','represented','Martín Robles Zamora',0);
INSERT INTO "attendance" VALUES(35,'4d662e34-bc78-4c69-8566-d4cb54e59caa','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,4,'Jorge Benítez Olmedo','Ministerio de Economía y Finanzas','government','remote',NULL,0);
INSERT INTO "attendance" VALUES(36,'7494da60-3ebc-41e2-9dda-ff733d2751d5','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,5,'Patricia Quiroga Lema','Instituto Nacional de Estadística','government','remote',NULL,0);
INSERT INTO "attendance" VALUES(37,'3a27eda5-9eae-45a8-9b9f-1f9326601d85','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,6,'Ramiro Acosta Ferreyra','Agencia de Gobierno Digital','government','remote',NULL,0);
INSERT INTO "attendance" VALUES(38,'88621b79-39a3-4aed-8e41-fefd5f80f70f','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,7,'Elena Marín Cárdenas','Dirección Nacional de Contrataciones Públicas','government','remote',NULL,0);
INSERT INTO "attendance" VALUES(39,'f4a48007-cacb-4011-8744-dc810a11efee','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,9,'Sofía Aguirre Montes','Fundación Datos para Todos','civil_society','remote',NULL,0);
INSERT INTO "attendance" VALUES(40,'243ecf96-2b3d-4fa8-aa3c-9408732559a5','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,10,'Tomás Herrera Cuéllar','Colectivo Ambiental Río Claro','civil_society','remote',NULL,0);
INSERT INTO "attendance" VALUES(41,'c224e054-11ac-4928-bf38-e61f921307fa','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,11,'Valentina Ortiz Prado','Observatorio Ciudadano de Compras Públicas','civil_society','remote',NULL,0);
INSERT INTO "attendance" VALUES(42,'18794b02-3c65-4e13-a1d3-cd0b60438e38','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,12,'Nicolás Velasco Ibarra','Consejo de Pueblos Originarios del Sur','civil_society','remote',NULL,0);
INSERT INTO "attendance" VALUES(43,'af12ea2d-dbb9-4a6a-a9fd-e9525b1d3d14','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,13,'Mariana Campos Delgado','Red de Mujeres Lideresas Comunitarias','civil_society','remote',NULL,0);
INSERT INTO "attendance" VALUES(44,'8864ed35-0f01-4f78-aabf-302fd1f6d975','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,15,'Gabriela Núñez Araya','Centro de Estudios en Políticas Públicas, Universidad Nacional de Montealto','academia','remote',NULL,0);
INSERT INTO "attendance" VALUES(45,'fef70bc4-2dd2-4482-bb7d-cdffe4497061','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,16,'Hernán Vidal Espejo','Facultad de Ingeniería, Universidad Tecnológica del Norte','academia','remote',NULL,0);
INSERT INTO "attendance" VALUES(46,'937a91aa-64d4-4170-836d-aeb070b36565','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,17,'Rodrigo Fuentes Larraín','Cámara Nacional de Comercio y Servicios','private_sector','remote',NULL,0);
INSERT INTO "attendance" VALUES(47,'79c6d0f9-c53d-40e0-b77b-6153b6cac3ba','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,20,'Felipe Torres Ulloa','Contraloría General de la República','government','remote',NULL,0);
INSERT INTO "attendance" VALUES(48,'cf5f1349-6e7d-4969-96f8-275da4d70c02','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,21,'Ana Lucía Peña Guerrero','Programa de Cooperación para la Gobernanza (organismo internacional)','other','remote',NULL,0);
INSERT INTO "attendance" VALUES(49,'302fb154-a145-45df-ba8f-9cd396864295','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,22,'Raúl Domínguez Peralta','Asociación Nacional de Periodistas','civil_society','remote',NULL,0);
INSERT INTO "attendance" VALUES(50,'0e2b094b-55a1-4fdb-845a-d009574f7db1','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,23,'Beatriz Salinas Ochoa','Ministerio de Ambiente','government','remote',NULL,0);
INSERT INTO "attendance" VALUES(51,'bc432641-8544-4eb6-a793-762289d12619','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,NULL,'Joaquín Ibáñez Sepúlveda','Unidad de Apoyo de la AGA','other','remote',NULL,1);
CREATE TABLE commitment (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  plan_id INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
  number TEXT NOT NULL CHECK (length(trim(number)) BETWEEN 1 AND 20),
  title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
  start_on TEXT CHECK (start_on IS NULL OR (date(start_on) = start_on AND start_on BETWEEN '1900-01-01' AND '2199-12-31')),
  end_on TEXT CHECK (end_on IS NULL OR (date(end_on) = end_on AND end_on BETWEEN '1900-01-01' AND '2199-12-31')),
  lead_agency TEXT,
  supporting_government TEXT,
  supporting_other TEXT,
  problem TEXT,
  status_quo TEXT,
  description TEXT,
  solution TEXT,
  value_access_information INTEGER NOT NULL DEFAULT 0 CHECK (value_access_information IN (0, 1)),
  value_civic_participation INTEGER NOT NULL DEFAULT 0 CHECK (value_civic_participation IN (0, 1)),
  value_public_accountability INTEGER NOT NULL DEFAULT 0 CHECK (value_public_accountability IN (0, 1)),
  value_technology_innovation INTEGER NOT NULL DEFAULT 0 CHECK (value_technology_innovation IN (0, 1)),
  budget TEXT,
  links_other_plans TEXT,
  -- Tag lists as ';'-separated keys (JSON functions are not allowed in an untrusted schema).
  frontiers TEXT NOT NULL DEFAULT '' CHECK (frontiers NOT GLOB '*[^a-z_;]*'),
  themes TEXT NOT NULL DEFAULT '',
  completion_level TEXT CHECK (completion_level IS NULL OR completion_level IN ('no_evidence', 'not_started', 'limited', 'substantial', 'complete')),
  completion_reason TEXT,
  UNIQUE (plan_id, number),
  CHECK (start_on IS NULL OR end_on IS NULL OR end_on >= start_on)
);
INSERT INTO "commitment" VALUES(1,'72392e5e-30b0-47a3-9369-8c8f8382b8fb','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',1,'1','Datos abiertos de contrataciones públicas','2021-03-01','2022-08-31','Dirección Nacional de Contrataciones Públicas','Agencia de Gobierno Digital; Contraloría General de la República','Observatorio Ciudadano de Compras Públicas; Fundación Datos para Todos','La ciudadanía no puede seguir cómo se gasta el dinero público en compras y obras, lo que facilita sobrecostos y direccionamiento de contratos.','El sistema de compras publica avisos en PDF; los contratos y sus modificaciones no son reutilizables.','Publicar todas las etapas de las contrataciones públicas en el Estándar de Datos de Contrataciones Abiertas, con actualización diaria y un tablero de consulta.','Con datos abiertos y estandarizados, periodistas, organizaciones y órganos de control pueden detectar alertas de riesgo y comparar precios.',1,0,1,1,'USD 180 000 del presupuesto institucional de la DNCP','Estrategia Nacional de Integridad; ODS 16.5 y 16.6','public_resources','contrataciones públicas;datos abiertos;integridad','complete','El 100 % de los hitos, ponderados por su peso, se cumplió en el periodo del plan.');
INSERT INTO "commitment" VALUES(2,'93d5e42d-419b-48fb-9fd5-682d6c2d9563','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',1,'2','Presupuesto ciudadano y participación en el ciclo presupuestario','2021-01-01','2022-08-31','Ministerio de Economía y Finanzas','Instituto Nacional de Estadística','Red Ciudadana por la Transparencia; Centro de Estudios en Políticas Públicas','El presupuesto nacional es incomprensible para la mayoría de la población y no hay espacios para opinar antes de su aprobación.','El proyecto de presupuesto se publica completo, pero en documentos técnicos de más de 800 páginas.','Publicar cada año un presupuesto ciudadano en lenguaje claro y realizar audiencias públicas regionales antes de enviar el proyecto al Congreso.','La ciudadanía entiende las prioridades de gasto y puede incidir en ellas; el ministerio recibe información sobre necesidades regionales.',1,1,1,0,'USD 60 000 anuales','Ley de Responsabilidad Fiscal; ODS 16.7','public_resources;policy_participation','presupuesto;participación ciudadana;lenguaje claro','complete','El 100 % de los hitos, ponderados por su peso, se cumplió en el periodo del plan.');
INSERT INTO "commitment" VALUES(8,'6280b45d-1d13-4ec7-b16b-cc6d07618bc6','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',2,'1','Monitoreo ciudadano de obras públicas con contrataciones abiertas','2025-01-01','2027-08-31','Dirección Nacional de Contrataciones Públicas','Ministerio de Obras Públicas; Contraloría General de la República','Observatorio Ciudadano de Compras Públicas; Colegio de Ingenieros de Montealto','Las obras públicas se atrasan o se encarecen sin que las comunidades puedan advertirlo a tiempo.','Los datos de contrataciones ya son abiertos, pero no incluyen el avance físico de las obras.','Publicar el avance físico y financiero de las obras con fotos georreferenciadas y formar comités ciudadanos de monitoreo.','Las comunidades vigilan las obras cercanas y sus alertas llegan a la entidad y a la Contraloría.',1,1,1,1,'USD 210 000','Compromiso 1 del I Plan de Acción; ODS 9.1 y 16.6','public_resources;service_feedback','contrataciones públicas;obras públicas;monitoreo ciudadano',NULL,NULL);
CREATE TABLE contribution (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  plan_id INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
  received_on TEXT NOT NULL CHECK (date(received_on) = received_on AND received_on BETWEEN '1900-01-01' AND '2199-12-31'),
  channel TEXT NOT NULL CHECK (channel IN ('meeting', 'workshop', 'online', 'email', 'letter', 'other')),
  author TEXT,
  organization TEXT,
  sector TEXT NOT NULL DEFAULT 'other' CHECK (sector IN ('government', 'civil_society', 'academia', 'private_sector', 'other')),
  text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 20000),
  meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
  status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'under_review', 'incorporated', 'partially_incorporated', 'not_incorporated', 'duplicate')),
  response TEXT,
  responded_on TEXT CHECK (responded_on IS NULL OR (date(responded_on) = responded_on AND responded_on BETWEEN '1900-01-01' AND '2199-12-31')),
  CHECK (responded_on IS NULL OR responded_on >= received_on)
);
INSERT INTO "contribution" VALUES(1,'6db42831-b5c7-4df2-a875-5111aba12e74','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',1,'2020-05-14','workshop','Julia Gómez Rojas','Asociación de Municipios de Montealto','government','Pedimos que se publiquen los contratos completos, con sus anexos y modificaciones, en un formato que se pueda descargar y analizar.',NULL,'partially_incorporated','Su aporte se incorporó parcialmente en el compromiso 1, «Datos abiertos de contrataciones públicas»: se incluyó la idea central, pero no su alcance nacional, porque el presupuesto disponible cubre solo una primera etapa.','2020-05-26');
INSERT INTO "contribution" VALUES(2,'cc61e629-e7f0-4e1b-bcb7-0abbe359b376','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',1,'2020-05-14','workshop','Óscar Araya Martínez','Contraloría General de la República','government','El sistema de compras debería generar alertas cuando una misma empresa gana muchos contratos por adjudicación directa.',NULL,'incorporated','Su propuesta fue acogida y dio origen a un hito del compromiso 1, «Datos abiertos de contrataciones públicas». La institución responsable informará su avance cada trimestre.','2020-05-30');
INSERT INTO "contribution" VALUES(3,'f3a34260-a0c7-44bb-a816-a2b238e3c438','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',1,'2020-05-14','workshop','Verónica Gómez Espinoza','Asociación de Municipios de Montealto','government','El presupuesto debería explicarse con ejemplos sencillos y gráficos; hoy nadie en mi comunidad lo entiende.',NULL,'partially_incorporated','Parte de su propuesta quedó en el compromiso 2, «Presupuesto ciudadano y participación en el ciclo presupuestario». El resto se evaluará en la revisión de medio término, cuando haya resultados del piloto.','2020-06-15');
CREATE TABLE contribution_commitment (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  contribution_id INTEGER NOT NULL REFERENCES contribution(id) ON DELETE CASCADE,
  commitment_id INTEGER NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
  UNIQUE (contribution_id, commitment_id)
);
INSERT INTO "contribution_commitment" VALUES(1,'8b7eadb1-6d21-4399-94d3-be250d2c15fc','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',1,1);
INSERT INTO "contribution_commitment" VALUES(2,'3aaf17ff-2add-4295-aeac-65b26cf73050','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',2,1);
INSERT INTO "contribution_commitment" VALUES(3,'1aaca96b-2bf5-4eb7-9b8a-6d4fa1e7e0cf','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,2);
CREATE TABLE decision (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
  text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 5000),
  method TEXT NOT NULL DEFAULT 'consensus' CHECK (method IN ('consensus', 'vote')),
  majority TEXT NOT NULL DEFAULT 'simple' CHECK (majority IN ('consensus', 'simple', 'two_thirds')),
  votes_for INTEGER NOT NULL DEFAULT 0 CHECK (votes_for >= 0),
  votes_against INTEGER NOT NULL DEFAULT 0 CHECK (votes_against >= 0),
  votes_abstain INTEGER NOT NULL DEFAULT 0 CHECK (votes_abstain >= 0),
  outcome TEXT NOT NULL DEFAULT 'adopted' CHECK (outcome IN ('adopted', 'rejected', 'deferred')),
  approves_plan_id INTEGER REFERENCES action_plan(id) ON DELETE SET NULL
);
INSERT INTO "decision" VALUES(5,'a874c881-2551-49c7-bc80-6662bb1e5f3c','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,13,'Aprobar el I Plan de Acción Nacional de Gobierno Abierto 2021–2022 y encargar a la Secretaría Técnica su envío a la AGA antes del 31 de agosto de 2020.','vote','two_thirds',14,1,1,'adopted',1);
CREATE TABLE eligibility_check (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  criterion TEXT NOT NULL UNIQUE CHECK (criterion IN ('fiscal_transparency', 'access_to_information', 'asset_disclosure', 'citizen_engagement', 'values_check')),
  met INTEGER NOT NULL DEFAULT 0 CHECK (met IN (0, 1)),
  evidence TEXT,
  checked_on TEXT CHECK (checked_on IS NULL OR (date(checked_on) = checked_on AND checked_on BETWEEN '1900-01-01' AND '2199-12-31'))
);
INSERT INTO "eligibility_check" VALUES(1,'38df0bfe-5ede-40bf-b91d-84411c1fe1f2','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','fiscal_transparency',1,'El proyecto de presupuesto y el informe de auditoría se publican en el portal del Ministerio de Economía y Finanzas dentro de los plazos legales.','2019-08-30');
INSERT INTO "eligibility_check" VALUES(2,'947a3d84-b00f-4bb9-8c49-463e1d1e31b9','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','access_to_information',1,'Ley N.º 20.285 de Acceso a la Información Pública, vigente desde 2009, con un organismo garante independiente.','2019-08-30');
INSERT INTO "eligibility_check" VALUES(3,'73bb2eb7-a415-48e2-8f1a-9e854768553b','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','asset_disclosure',1,'Las autoridades electas y los altos cargos presentan declaraciones juradas de patrimonio que se publican en el portal de la Contraloría General.','2019-08-30');
INSERT INTO "eligibility_check" VALUES(4,'a9cbb5ff-3769-4d2b-80f2-c174468a5351','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','citizen_engagement',1,'Puntaje de 8,5 sobre 10 en libertades civiles según el índice usado por la AGA; la Constitución reconoce el derecho de petición y de participación.','2019-08-30');
INSERT INTO "eligibility_check" VALUES(5,'d66f0edb-0c33-4287-9d46-e314fd894bb3','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','values_check',1,'Sin alertas en la verificación de valores de la AGA sobre el espacio cívico.','2019-08-30');
CREATE TABLE forum (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 300),
  scope TEXT NOT NULL DEFAULT 'national' CHECK (scope IN ('national', 'local')),
  jurisdiction TEXT,
  language TEXT NOT NULL DEFAULT 'es' CHECK (language IN ('es', 'en', 'fr', 'pt')),
  time_zone TEXT NOT NULL DEFAULT 'UTC' CHECK (length(time_zone) BETWEEN 1 AND 64),
  terms_of_reference TEXT,
  participation_rules TEXT,
  decision_rule TEXT NOT NULL DEFAULT 'consensus'
    CHECK (decision_rule IN ('consensus', 'simple', 'two_thirds')),
  quorum_percent INTEGER NOT NULL DEFAULT 50 CHECK (quorum_percent BETWEEN 1 AND 100),
  quorum_both_sectors INTEGER NOT NULL DEFAULT 1 CHECK (quorum_both_sectors IN (0, 1)),
  website TEXT,
  repository_url TEXT,
  poc_name TEXT,
  poc_email TEXT,
  founded_on TEXT CHECK (founded_on IS NULL OR (date(founded_on) = founded_on AND founded_on BETWEEN '1900-01-01' AND '2199-12-31'))
);
INSERT INTO "forum" VALUES(1,'91713d58-910f-48fe-b7b9-c9b2ed5f0eb2','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Foro Multiactor de Gobierno Abierto de Montealto','national','República de Montealto','es','America/Lima','El Foro Multiactor es el espacio permanente de diálogo entre el gobierno y la sociedad civil para cocrear, monitorear y evaluar los planes de acción de gobierno abierto de Montealto ante la Alianza para el Gobierno Abierto (AGA). Está integrado en forma paritaria por representantes del gobierno y de la sociedad civil, con participación de la academia y del sector privado. Sesiona de forma ordinaria al menos cada seis meses; la Secretaría Técnica convoca con diez días de anticipación, publica el orden del día y levanta el acta de cada sesión, que se aprueba en la sesión siguiente y se publica en el repositorio del Foro.','Cualquier persona u organización puede enviar aportes por el formulario en línea, por correo electrónico, por carta o en las mesas de cocreación; todos reciben una respuesta razonada publicada. Las sesiones son abiertas al público como observador. Los miembros de la sociedad civil se eligen por convocatoria abierta entre organizaciones; los suplentes votan solo cuando representan al titular. Las decisiones se toman por consenso y, si no se alcanza, por mayoría simple de los miembros con voto presentes; la aprobación de un plan de acción requiere dos tercios. El quórum es la mitad de los miembros con voto, con presencia de ambos sectores.','consensus',50,1,'https://gobiernoabierto.montealto.example','https://gobiernoabierto.montealto.example/repositorio','Lucía Fernández Ríos','lucia.fernandez@transparencia.gob.montealto.example','2020-02-20');
CREATE TABLE joining_record (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  letter_of_intent_on TEXT CHECK (letter_of_intent_on IS NULL OR (date(letter_of_intent_on) = letter_of_intent_on AND letter_of_intent_on BETWEEN '1900-01-01' AND '2199-12-31')),
  joined_on TEXT CHECK (joined_on IS NULL OR (date(joined_on) = joined_on AND joined_on BETWEEN '1900-01-01' AND '2199-12-31')),
  poc_name TEXT,
  poc_institution TEXT,
  poc_email TEXT,
  notes TEXT
);
INSERT INTO "joining_record" VALUES(1,'38fbaedb-7df4-43f8-8fe0-c4d695af81f0','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','2019-09-16','2019-12-10','Lucía Fernández Ríos','Secretaría de Gobierno Abierto, Ministerio de Transparencia y Función Pública','lucia.fernandez@transparencia.gob.montealto.example','Carta de intención firmada por el Ministro de Relaciones Exteriores y enviada a la Unidad de Apoyo de la AGA; el punto de contacto coordina con el Foro Multiactor.');
CREATE TABLE lesson (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  plan_id INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
  kind TEXT NOT NULL DEFAULT 'process' CHECK (kind IN ('process', 'substance')),
  text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 5000),
  recommendation TEXT,
  carried_into_plan_id INTEGER REFERENCES action_plan(id) ON DELETE SET NULL
);
INSERT INTO "lesson" VALUES(1,'39440736-6320-4b0e-a367-936d0fd89d6e','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',1,'process','La cocreación virtual de 2020 redujo la participación de zonas rurales sin conexión.','Combinar mesas presenciales en regiones con canales en línea y por carta.',2);
INSERT INTO "lesson" VALUES(2,'3036a30b-560b-4d3e-bcac-f77490060468','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',1,'process','Los compromisos sin presupuesto asignado al aprobar el plan fueron los que más se retrasaron.','Exigir una fuente de financiamiento confirmada antes de aprobar cada compromiso.',2);
INSERT INTO "lesson" VALUES(3,'d40c8312-03e9-4f48-b2f6-3b2a45b37029','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',1,'substance','Los compromisos de datos abiertos lograron más impacto cuando se acompañaron de talleres de uso con la sociedad civil.','Incluir un hito de uso y apropiación de los datos en cada compromiso de apertura.',2);
INSERT INTO "lesson" VALUES(4,'496996dd-2450-4b8f-ae51-41502ac2005e','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',1,'process','El seguimiento semestral fue insuficiente para detectar retrasos a tiempo.','Establecer informes trimestrales de avance con evidencias y un grupo de trabajo de seguimiento.',2);
INSERT INTO "lesson" VALUES(5,'0ac43f62-fb72-4107-88c6-b21584e86193','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',1,'substance','Las reformas que dependen del Congreso no pudieron cumplirse dentro del periodo del plan.','Plantear hitos que la institución responsable controle y tratar las reformas legales como objetivos de incidencia.',NULL);
CREATE TABLE meeting (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  plan_id INTEGER REFERENCES action_plan(id) ON DELETE SET NULL,
  kind TEXT NOT NULL DEFAULT 'forum_session' CHECK (kind IN ('forum_session', 'consultation', 'working_group', 'public_event')),
  number INTEGER CHECK (number IS NULL OR number > 0),
  title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
  starts_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M', starts_at) = starts_at AND starts_at BETWEEN '1900-01-01' AND '2199-12-31'),
  ends_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M', ends_at) = ends_at AND ends_at BETWEEN '1900-01-01' AND '2199-12-31'),
  place TEXT,
  link TEXT,
  notice_sent_on TEXT CHECK (notice_sent_on IS NULL OR (date(notice_sent_on) = notice_sent_on AND notice_sent_on BETWEEN '1900-01-01' AND '2199-12-31')),
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'minutes_draft', 'minutes_approved', 'published', 'cancelled')),
  chair_member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
  chair_name TEXT,
  secretary_member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
  secretary_name TEXT,
  approved_at_meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
  published_on TEXT CHECK (published_on IS NULL OR (date(published_on) = published_on AND published_on BETWEEN '1900-01-01' AND '2199-12-31')),
  notes TEXT,
  CHECK (ends_at > starts_at)
);
INSERT INTO "meeting" VALUES(3,'5661edec-7762-4cb1-95ed-fcd96dbcf0a6','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',1,'forum_session',2,'Sesión ordinaria: aprobación del I Plan de Acción Nacional','2020-08-13T10:00','2020-08-13T13:00',NULL,'https://reuniones.montealto.example/foro-multiactor','2020-07-30','held',2,'Andrés Salazar Mejía',1,'Lucía Fernández Ríos',NULL,NULL,'Quórum: 16 de 16 miembros con voto.');
CREATE TABLE member (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  organization TEXT,
  sector TEXT NOT NULL CHECK (sector IN ('government', 'civil_society', 'academia', 'private_sector', 'other')),
  role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('chair', 'co_chair', 'secretary', 'member', 'alternate', 'observer')),
  gender TEXT CHECK (gender IS NULL OR gender IN ('female', 'male', 'non_binary', 'other', 'undisclosed')),
  email TEXT,
  phone TEXT,
  term_start TEXT CHECK (term_start IS NULL OR (date(term_start) = term_start AND term_start BETWEEN '1900-01-01' AND '2199-12-31')),
  term_end TEXT CHECK (term_end IS NULL OR (date(term_end) = term_end AND term_end BETWEEN '1900-01-01' AND '2199-12-31')),
  voting INTEGER NOT NULL DEFAULT 1 CHECK (voting IN (0, 1)),
  alternate_for INTEGER REFERENCES member(id) ON DELETE SET NULL,
  notes TEXT,
  CHECK (term_start IS NULL OR term_end IS NULL OR term_end >= term_start)
);
INSERT INTO "member" VALUES(1,'a1533964-bb70-4edc-b8b3-325e0212f9b9','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Lucía Fernández Ríos','Secretaría de Gobierno Abierto, Ministerio de Transparencia y Función Pública','government','secretary','female','lucia.fernandez@transparencia.gob.montealto.example',NULL,'2020-03-01','2027-06-30',0,NULL,NULL);
INSERT INTO "member" VALUES(2,'60a1e200-8435-49e0-b26c-f0dcea9d5ebe','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Andrés Salazar Mejía','Viceministerio de Transparencia, Ministerio de Transparencia y Función Pública','government','chair','male','andres.salazar@transparencia.gob.montealto.example',NULL,'2020-03-01','2027-06-30',1,NULL,NULL);
INSERT INTO "member" VALUES(3,'f4938f6b-0e10-48ad-9e3e-4e8daa044312','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Carmen Rojas Villalobos','Red Ciudadana por la Transparencia','civil_society','co_chair','female','carmen.rojas@redciudadana.example',NULL,'2020-03-01','2027-06-30',1,NULL,NULL);
INSERT INTO "member" VALUES(4,'fe6ca2a4-1c71-481e-800a-03fb60d3bef3','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Jorge Benítez Olmedo','Ministerio de Economía y Finanzas','government','member','male','jorge.benitez@economia.gob.montealto.example',NULL,'2020-03-01','2027-06-30',1,NULL,NULL);
INSERT INTO "member" VALUES(5,'a2b49570-8245-4972-a78a-de4dff816427','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Patricia Quiroga Lema','Instituto Nacional de Estadística','government','member','female','patricia.quiroga@ine.gob.montealto.example',NULL,'2020-03-01','2027-06-30',1,NULL,NULL);
INSERT INTO "member" VALUES(6,'9e874530-c364-4c50-a40f-5f7b3df860c7','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Ramiro Acosta Ferreyra','Agencia de Gobierno Digital','government','member','male','ramiro.acosta@digital.gob.montealto.example',NULL,'2020-03-01','2027-06-30',1,NULL,NULL);
INSERT INTO "member" VALUES(7,'a1d17b3a-2582-4066-b532-7ec84ad9652e','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Elena Marín Cárdenas','Dirección Nacional de Contrataciones Públicas','government','member','female','elena.marin@compras.gob.montealto.example',NULL,'2020-03-01','2027-06-30',1,NULL,NULL);
INSERT INTO "member" VALUES(8,'ec10cf44-9edb-4d84-8a04-2f99dd7912b6','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Diego Paredes Luján','Asociación de Municipios de Montealto','government','member','male','diego.paredes@municipios.montealto.example',NULL,'2023-07-01','2027-06-30',1,NULL,'Se incorporó al Foro por decisión de la sesión del 15 de junio de 2023.');
INSERT INTO "member" VALUES(9,'cb0d1c3a-6443-4439-b984-2b2a245bb6a2','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Sofía Aguirre Montes','Fundación Datos para Todos','civil_society','member','female','sofia.aguirre@datosparatodos.example',NULL,'2020-03-01','2027-06-30',1,NULL,NULL);
INSERT INTO "member" VALUES(10,'0335f3c2-0510-4dac-b7c0-fd66fab7db5b','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Tomás Herrera Cuéllar','Colectivo Ambiental Río Claro','civil_society','member','male','tomas.herrera@rioclaro.example',NULL,'2020-03-01','2027-06-30',1,NULL,NULL);
INSERT INTO "member" VALUES(11,'f7d628e7-5a75-46a6-b359-084d118b8e6f','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Valentina Ortiz Prado','Observatorio Ciudadano de Compras Públicas','civil_society','member','female','valentina.ortiz@observatoriocompras.example',NULL,'2020-03-01','2027-06-30',1,NULL,NULL);
INSERT INTO "member" VALUES(12,'9d29bfce-b403-4e8b-a851-faf319fd6a5a','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Nicolás Velasco Ibarra','Consejo de Pueblos Originarios del Sur','civil_society','member','male','nicolas.velasco@pueblosdelsur.example',NULL,'2020-03-01','2027-06-30',1,NULL,NULL);
INSERT INTO "member" VALUES(13,'2163f1b2-5fab-4ce3-a008-ee1dd03806b0','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Mariana Campos Delgado','Red de Mujeres Lideresas Comunitarias','civil_society','member','female','mariana.campos@lideresas.example',NULL,'2020-03-01','2027-06-30',1,NULL,NULL);
INSERT INTO "member" VALUES(14,'deab796e-076d-4c07-8941-860ebb5a22bf','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Alex Moreno Soto','Colectivo Juventudes por la Participación','civil_society','member','non_binary','alex.moreno@juventudes.example',NULL,'2023-07-01','2027-06-30',1,NULL,'Se incorporó al Foro por decisión de la sesión del 15 de junio de 2023.');
INSERT INTO "member" VALUES(15,'a9a42c94-7c34-43f7-afe9-18f7c8fd0ee4','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Gabriela Núñez Araya','Centro de Estudios en Políticas Públicas, Universidad Nacional de Montealto','academia','member','female','gabriela.nunez@unm.edu.example',NULL,'2020-03-01','2027-06-30',1,NULL,NULL);
INSERT INTO "member" VALUES(16,'d20a28c8-df9f-456b-8dc7-f3824b88e712','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Hernán Vidal Espejo','Facultad de Ingeniería, Universidad Tecnológica del Norte','academia','member','male','hernan.vidal@utn.edu.example',NULL,'2020-03-01','2027-06-30',1,NULL,NULL);
INSERT INTO "member" VALUES(17,'2278635b-db71-4bd3-96a9-577d60ff6d9f','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Rodrigo Fuentes Larraín','Cámara Nacional de Comercio y Servicios','private_sector','member',NULL,'rodrigo.fuentes@camaracomercio.example',NULL,'2020-03-01','2027-06-30',1,NULL,NULL);
INSERT INTO "member" VALUES(18,'a3a39849-a42f-47b5-94f6-02aabc6f04d1','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Isabel Cortés Bravo','Ministerio de Economía y Finanzas','government','alternate','female','isabel.cortes@economia.gob.montealto.example',NULL,'2020-03-01','2027-06-30',0,4,NULL);
INSERT INTO "member" VALUES(19,'c3c06725-8fe0-4adc-9cfd-1d8ca26123cf','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Martín Robles Zamora','Red Ciudadana por la Transparencia','civil_society','alternate','male','martin.robles@redciudadana.example',NULL,'2020-03-01','2027-06-30',0,3,NULL);
INSERT INTO "member" VALUES(20,'c51a1609-8c45-43af-8856-ad878a9c9791','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Felipe Torres Ulloa','Contraloría General de la República','government','observer','male','felipe.torres@contraloria.gob.montealto.example',NULL,'2020-03-01','2027-06-30',0,NULL,NULL);
INSERT INTO "member" VALUES(21,'6fda0bd2-9381-4b01-8a95-9d577137df90','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Ana Lucía Peña Guerrero','Programa de Cooperación para la Gobernanza (organismo internacional)','other','observer',NULL,'ana.pena@cooperacion.example',NULL,'2020-03-01','2027-06-30',0,NULL,NULL);
INSERT INTO "member" VALUES(22,'1deb1b9b-4d55-4195-9506-cae23424c91a','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Raúl Domínguez Peralta','Asociación Nacional de Periodistas','civil_society','member','male','raul.dominguez@periodistas.example',NULL,'2020-03-01','2023-06-30',1,NULL,'Dejó el Foro al término de su mandato, en junio de 2023.');
INSERT INTO "member" VALUES(23,'8f7205c6-edf6-495f-901e-0b6130ba9364','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z','Beatriz Salinas Ochoa','Ministerio de Ambiente','government','member','female','beatriz.salinas@ambiente.gob.montealto.example',NULL,'2020-03-01','2027-06-30',1,NULL,NULL);
CREATE TABLE milestone (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  commitment_id INTEGER NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
  activity TEXT NOT NULL CHECK (length(trim(activity)) BETWEEN 1 AND 2000),
  deliverable TEXT,
  responsible TEXT,
  start_on TEXT CHECK (start_on IS NULL OR (date(start_on) = start_on AND start_on BETWEEN '1900-01-01' AND '2199-12-31')),
  end_on TEXT CHECK (end_on IS NULL OR (date(end_on) = end_on AND end_on BETWEEN '1900-01-01' AND '2199-12-31')),
  weight REAL NOT NULL DEFAULT 1 CHECK (weight > 0 AND weight <= 1000),
  CHECK (start_on IS NULL OR end_on IS NULL OR end_on >= start_on)
);
INSERT INTO "milestone" VALUES(1,'25faee23-d2dc-4ed0-844e-fb918c9e61e0','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',1,0,'Diagnóstico de los datos del sistema de compras y mapeo al estándar OCDS','Informe de diagnóstico y tabla de correspondencias','Unidad de Datos y Transparencia de la DNCP','2021-03-01','2021-07-15',1.5);
INSERT INTO "milestone" VALUES(2,'66683cb1-922e-40fd-984b-6a159217356d','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',1,1,'Publicación de la etapa de adjudicación en formato abierto','Conjunto de datos de adjudicaciones en el portal','Unidad de Datos y Transparencia de la DNCP','2021-06-26','2021-11-29',1.0);
INSERT INTO "milestone" VALUES(3,'97980943-f1c1-4757-a6ad-1de460a64279','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',1,2,'Publicación de contratos y modificaciones contractuales','Conjunto de datos de contratos con actualización diaria','Unidad de Datos y Transparencia de la DNCP','2021-11-10','2022-04-15',3.0);
INSERT INTO "milestone" VALUES(4,'49cdfd48-7014-4bfd-9d72-f29345781090','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',1,3,'Tablero ciudadano de consulta y talleres de uso con la sociedad civil','Tablero en línea y cuatro talleres realizados','Unidad de Datos y Transparencia de la DNCP','2022-03-27','2022-08-31',1.5);
INSERT INTO "milestone" VALUES(5,'379cb88d-debc-48e6-a5ec-0166e1400322','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',2,0,'Diseño participativo del formato del presupuesto ciudadano','Formato validado con organizaciones','Dirección de Presupuesto Público','2021-01-01','2021-07-21',1.0);
INSERT INTO "milestone" VALUES(6,'cd3c6258-104c-4f4a-bd49-560920c8f2af','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',2,1,'Publicación del presupuesto ciudadano 2021','Presupuesto ciudadano publicado en el portal','Dirección de Presupuesto Público','2021-07-02','2022-02-08',3.0);
INSERT INTO "milestone" VALUES(7,'2bc52060-42af-4beb-a48f-9b90facee88e','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',2,2,'Audiencias públicas regionales sobre el proyecto de presupuesto 2022','Cinco audiencias con informe de aportes','Dirección de Presupuesto Público','2022-01-20','2022-08-31',1.5);
INSERT INTO "milestone" VALUES(25,'e22fa698-d02e-4b0d-9cea-e752c8bf6410','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',8,0,'Estándar de datos de infraestructura y piloto en diez obras','Datos de diez obras publicados','Unidad de Datos y Transparencia de la DNCP','2025-01-01','2025-07-13',2.0);
INSERT INTO "milestone" VALUES(26,'d9ee9cd7-e36e-432a-a888-105bf5f67d3b','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',8,1,'Aplicación móvil para reportes ciudadanos','Aplicación publicada','Unidad de Datos y Transparencia de la DNCP','2025-06-24','2026-01-23',1.5);
INSERT INTO "milestone" VALUES(27,'dc75e90a-355b-426f-bc35-abe7cf429c0d','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',8,2,'Formación de comités ciudadanos de monitoreo','Veinte comités formados','Unidad de Datos y Transparencia de la DNCP','2026-01-04','2026-08-06',1.5);
INSERT INTO "milestone" VALUES(28,'712289d1-8fa3-4533-aa7e-464698019d03','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',8,3,'Protocolo de respuesta a alertas con la Contraloría','Protocolo firmado','Unidad de Datos y Transparencia de la DNCP','2026-07-18','2027-02-16',1.0);
INSERT INTO "milestone" VALUES(29,'bb221887-27e1-428e-bed0-7e77eb2daa3f','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',8,4,'Ampliación a todas las obras de más de USD 1 millón','Cobertura total publicada','Unidad de Datos y Transparencia de la DNCP','2027-01-28','2027-08-31',2.0);
CREATE TABLE progress_update (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  milestone_id INTEGER NOT NULL REFERENCES milestone(id) ON DELETE CASCADE,
  reported_on TEXT NOT NULL CHECK (date(reported_on) = reported_on AND reported_on BETWEEN '1900-01-01' AND '2199-12-31'),
  percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
  status TEXT NOT NULL DEFAULT 'on_track' CHECK (status IN ('not_started', 'on_track', 'delayed', 'completed', 'cancelled')),
  narrative TEXT,
  evidence TEXT,
  reporter TEXT
);
INSERT INTO "progress_update" VALUES(4,'38902b97-a1d6-46be-8ccd-69f5a2925b45','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',1,'2021-08-04',100,'completed','Se entregó «Informe de diagnóstico y tabla de correspondencias»; la evidencia está publicada en el repositorio.','https://gobiernoabierto.montealto.example/evidencias/2021/c1-h1-4.pdf','Fernando Rodríguez Figueroa');
INSERT INTO "progress_update" VALUES(8,'22b73681-ca63-49f1-9dce-c580d9f1f320','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',2,'2021-12-19',100,'completed','Hito cumplido: «Conjunto de datos de adjudicaciones en el portal» está disponible y verificado por el Foro.','https://gobiernoabierto.montealto.example/evidencias/2021/c1-h2-4.pdf','Fernando Rodríguez Figueroa');
INSERT INTO "progress_update" VALUES(12,'d558c240-065b-4446-a941-eedb11ac815a','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',3,'2022-05-05',100,'completed','Se entregó «Conjunto de datos de contratos con actualización diaria»; la evidencia está publicada en el repositorio.','https://gobiernoabierto.montealto.example/evidencias/2021/c1-h3-4.pdf','Fernando Rodríguez Figueroa');
INSERT INTO "progress_update" VALUES(16,'a96b4515-4c1a-492a-9d95-7233847cf69f','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',4,'2022-09-20',100,'completed','Hito cumplido: «Tablero en línea y cuatro talleres realizados» está disponible y verificado por el Foro.','https://gobiernoabierto.montealto.example/evidencias/2021/c1-h4-4.pdf','Fernando Rodríguez Figueroa');
INSERT INTO "progress_update" VALUES(21,'eb1a6964-d918-4aa7-9d4d-9ef7c7fae7d2','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',5,'2021-08-10',100,'completed','Hito cumplido: «Formato validado con organizaciones» está disponible y verificado por el Foro.','https://gobiernoabierto.montealto.example/evidencias/2021/c2-h1-5.pdf','Marcela Flores Torres');
INSERT INTO "progress_update" VALUES(27,'199fa6ae-b746-4c7b-9f8d-cdf9feb597f1','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',6,'2022-02-28',100,'completed','Hito cumplido: «Presupuesto ciudadano publicado en el portal» está disponible y verificado por el Foro.','https://gobiernoabierto.montealto.example/evidencias/2021/c2-h2-6.pdf','Marcela Flores Torres');
INSERT INTO "progress_update" VALUES(33,'beb771eb-9b3f-4d23-b2db-1052c9877f92','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',7,'2022-09-20',100,'completed','Se entregó «Cinco audiencias con informe de aportes»; la evidencia está publicada en el repositorio.','https://gobiernoabierto.montealto.example/evidencias/2021/c2-h3-6.pdf','Marcela Flores Torres');
INSERT INTO "progress_update" VALUES(116,'e7fd2e54-c344-4cb8-8666-d32829b9fd3c','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',25,'2025-08-02',100,'completed','Hito cumplido: «Datos de diez obras publicados» está disponible y verificado por el Foro.','https://gobiernoabierto.montealto.example/evidencias/2025/c1-h1-5.pdf','Héctor López Herrera');
INSERT INTO "progress_update" VALUES(122,'38f0f277-37f5-4bd2-8dd6-73d3f065daa8','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',26,'2026-02-12',100,'completed','Hito cumplido: «Aplicación publicada» está disponible y verificado por el Foro.','https://gobiernoabierto.montealto.example/evidencias/2025/c1-h2-6.pdf','Héctor López Herrera');
INSERT INTO "progress_update" VALUES(128,'3624a3a5-947c-4aed-884c-2a6e06e9ec65','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',27,'2026-08-26',100,'completed','Se entregó «Veinte comités formados»; la evidencia está publicada en el repositorio.','https://gobiernoabierto.montealto.example/evidencias/2025/c1-h3-6.pdf','Héctor López Herrera');
INSERT INTO "progress_update" VALUES(131,'abc6b22a-9dbb-458f-b4ce-817f6283cd66','2026-11-28T17:35:52Z','2026-11-28T17:35:52Z',28,'2026-11-28',62,'on_track','Se completaron las tareas previstas del periodo; «Protocolo firmado» alcanza un 62 %.','https://gobiernoabierto.montealto.example/evidencias/2025/c1-h4-3.pdf','Héctor López Herrera');
CREATE TABLE vote (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
  created_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', created_at) = created_at),
  updated_at TEXT NOT NULL CHECK (strftime('%Y-%m-%dT%H:%M:%SZ', updated_at) = updated_at),
  decision_id INTEGER NOT NULL REFERENCES decision(id) ON DELETE CASCADE,
  member_id INTEGER REFERENCES member(id) ON DELETE SET NULL,
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  choice TEXT NOT NULL CHECK (choice IN ('for', 'against', 'abstain')),
  UNIQUE (decision_id, member_id)
);
CREATE INDEX member_sector ON member(sector);
CREATE INDEX commitment_plan ON commitment(plan_id);
CREATE INDEX milestone_commitment ON milestone(commitment_id, position);
CREATE INDEX progress_update_milestone ON progress_update(milestone_id, reported_on);
CREATE INDEX meeting_plan ON meeting(plan_id, starts_at);
CREATE INDEX meeting_starts ON meeting(starts_at);
CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);
CREATE INDEX attendance_meeting ON attendance(meeting_id);
CREATE INDEX attendance_member ON attendance(member_id);
CREATE INDEX decision_meeting ON decision(meeting_id);
CREATE INDEX vote_decision ON vote(decision_id);
CREATE INDEX action_item_meeting ON action_item(meeting_id);
CREATE INDEX action_item_status ON action_item(status, due_on);
CREATE INDEX contribution_plan ON contribution(plan_id, received_on);
CREATE INDEX contribution_meeting ON contribution(meeting_id);
CREATE INDEX contribution_commitment_commitment ON contribution_commitment(commitment_id);
CREATE INDEX assessment_commitment ON assessment(commitment_id);
CREATE INDEX lesson_plan ON lesson(plan_id);
CREATE INDEX lesson_carried ON lesson(carried_into_plan_id);
CREATE INDEX activity_created ON activity(created_at);
COMMIT;
