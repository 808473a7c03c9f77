<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>The %1 “%2” was added on both sides (uids %3 and %4); they are merged as one record.</source>
        <translation>El registro de %1 “%2” se agregó en ambas copias (uid %3 y %4); se fusionan en un solo registro.</translation>
    </message>
    <message>
        <source>The %1 “%2” added in theirs was not kept: the record it belongs to was removed in ours.</source>
        <translation>El registro de %1 “%2” agregado en la otra copia no se conservó: el registro al que pertenece se eliminó en esta.</translation>
    </message>
    <message>
        <source>%1 is the forum file itself; choose the other copy to merge</source>
        <translation>%1 es el propio archivo del foro; elija la otra copia para fusionar</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Forum Desk (format %2; this version knows format %3): merge it with that version</source>
        <translation>%1 fue escrito por una versión más reciente de Forum Desk (formato %2; esta versión conoce el formato %3): fusiónelo con esa versión</translation>
    </message>
    <message>
        <source>%1 is a copy of another forum (forum uid %2, not %3); merging it would mix two forums, so it is refused unless forced</source>
        <translation>%1 es una copia de otro foro (uid del foro %2, no %3); fusionarla mezclaría dos foros, por eso se rechaza salvo que se fuerce</translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 changed, %4 removed, %5 conflicts</source>
        <translation>Fusionado %1: %2 agregados, %3 modificados, %4 eliminados, %5 conflictos</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 “%2”: %3</translation>
    </message>
    <message>
        <source>%1 of “%2”: kept %3, not kept %4</source>
        <translation>%1 de “%2”: se conservó %3, no se conservó %4</translation>
    </message>
    <message>
        <source>%1 gives the uid %2 to two records of different kinds (%3 and %4): the copy is damaged, so it is not merged</source>
        <translation>%1 da el uid %2 a dos registros de tipos distintos (%3 y %4): la copia está dañada, así que no se fusiona</translation>
    </message>
    <message>
        <source>The %1 “%2” was moved in theirs under a record removed in ours; it stays where ours has it.</source>
        <translation>El registro de %1 “%2” se movió en la otra copia bajo un registro eliminado en esta; queda donde lo tiene esta copia.</translation>
    </message>
    <message>
        <source>The %1 “%2”, which theirs moved out of the %3 “%4” before removing it, could not be moved first and was removed with it.</source>
        <translation>El registro de %1 “%2”, que la otra copia sacó del registro de %3 “%4” antes de eliminarlo, no pudo moverse antes y se eliminó con él.</translation>
    </message>
</context>
<context>
    <name>ActionItemFollowUp</name>
    <message>
        <source>An action item is closed as done or cancelled, not “%1”</source>
        <translation>Una tarea se cierra como hecha o cancelada, no como «%1»</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>%1 is recorded as absent from this meeting.</source>
        <translation>%1 figura como ausente en esta sesión.</translation>
    </message>
    <message>
        <source>%1 is recorded as excused from this meeting.</source>
        <translation>%1 figura como excusado/a en esta sesión.</translation>
    </message>
    <message>
        <source>%1 is not on this meeting&apos;s attendance list.</source>
        <translation>%1 no figura en la lista de asistencia de esta sesión.</translation>
    </message>
    <message>
        <source>%1 is neither a member of the forum on the meeting&apos;s day nor one of its guests.</source>
        <translation>%1 no es miembro del foro en la fecha de la sesión ni figura entre sus invitados.</translation>
    </message>
</context>
<context>
    <name>AssessmentRating</name>
    <message>
        <source>it is not verifiable</source>
        <translation>no es verificable</translation>
    </message>
    <message>
        <source>it is relevant to technology and innovation only, which counts only together with access to information, civic participation or public accountability</source>
        <translation>solo es relevante para tecnología e innovación, que cuenta únicamente junto con acceso a la información, participación cívica o rendición de cuentas</translation>
    </message>
    <message>
        <source>it is not relevant to access to information, civic participation or public accountability</source>
        <translation>no es relevante para el acceso a la información, la participación cívica ni la rendición de cuentas</translation>
    </message>
    <message>
        <source>its potential impact is “%1”, not moderate or transformative</source>
        <translation>su impacto potencial es «%1», no moderado ni transformador</translation>
    </message>
    <message>
        <source>its potential for results is “%1”, not substantial</source>
        <translation>su potencial de resultados es «%1», no sustancial</translation>
    </message>
    <message>
        <source>its potential impact has not been assessed</source>
        <translation>su impacto potencial no ha sido evaluado</translation>
    </message>
    <message>
        <source>its completion has not been assessed</source>
        <translation>su nivel de cumplimiento no ha sido evaluado</translation>
    </message>
    <message>
        <source>its completion is “%1”, not substantial or complete</source>
        <translation>su nivel de cumplimiento es «%1», no sustancial ni completo</translation>
    </message>
    <message>
        <source>Not starred: %1.</source>
        <translation>Sin estrella: %1.</translation>
    </message>
</context>
<context>
    <name>AttendanceSheet</name>
    <message>
        <source>Give the name of the alternate who represents %1</source>
        <translation>Indique el nombre del suplente que representa a %1</translation>
    </message>
</context>
<context>
    <name>ChangeRecorder</name>
    <message>
        <source>Cannot record the changes</source>
        <translation>No se pueden registrar los cambios</translation>
    </message>
    <message>
        <source>Cannot undo the changes</source>
        <translation>No se pueden deshacer los cambios</translation>
    </message>
    <message>
        <source>The change cannot be undone or redone: the records it wrote have changed since (%1)</source>
        <translation>El cambio no se puede deshacer ni rehacer: los registros que escribió han cambiado desde entonces (%1)</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>A chart is between 16 and 20000 pixels wide and high, not %1 × %2</source>
        <translation>Un gráfico mide entre 16 y 20000 píxeles de ancho y de alto, no %1 × %2</translation>
    </message>
    <message>
        <source>Cannot encode the chart as PNG</source>
        <translation>No se puede codificar el gráfico como PNG</translation>
    </message>
    <message>
        <source>A chart made with Forum Desk</source>
        <translation>Un gráfico hecho con Forum Desk</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Commitment completion per plan</source>
        <translation>Nivel de cumplimiento de los compromisos por plan</translation>
    </message>
    <message>
        <source>Plan progress over time</source>
        <translation>Avance del plan en el tiempo</translation>
    </message>
    <message>
        <source>Progress by lead agency</source>
        <translation>Avance por institución responsable</translation>
    </message>
    <message>
        <source>Progress by OGP value</source>
        <translation>Avance por valor de la AGA</translation>
    </message>
    <message>
        <source>Milestones due and done</source>
        <translation>Hitos previstos y cumplidos</translation>
    </message>
    <message>
        <source>Meeting attendance by sector</source>
        <translation>Asistencia a las reuniones por sector</translation>
    </message>
    <message>
        <source>Co-creation: contributions received, answered and incorporated</source>
        <translation>Cocreación: aportes recibidos, respondidos e incorporados</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Milestones due</source>
        <translation>Hitos previstos</translation>
    </message>
    <message>
        <source>Milestones done</source>
        <translation>Hitos cumplidos</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Aportes</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidos</translation>
    </message>
    <message>
        <source>Incorporated</source>
        <translation>Incorporados</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Acceso a la información</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participación cívica</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Rendición de cuentas</translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation>Tecnología e innovación</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Avance (%)</translation>
    </message>
    <message>
        <source>No lead agency</source>
        <translation>Sin institución responsable</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <source>OGP value</source>
        <translation>Valor de la AGA</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>Personas presentes</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Speaking time at meetings by sector</source>
        <translation>Tiempo de palabra en las reuniones por sector</translation>
    </message>
    <message>
        <source>Minutes spoken</source>
        <translation>Minutos de palabra</translation>
    </message>
</context>
<context>
    <name>CheckConstraints</name>
    <message>
        <source>row %1 of %2 breaks the rule CHECK (%3)</source>
        <translation>la fila %1 de %2 no cumple la regla CHECK (%3)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>new needs --name NAME</source>
        <translation>new necesita --name NOMBRE</translation>
    </message>
    <message>
        <source>--size is small or large, not “%1”</source>
        <translation>--size es small o large, no «%1»</translation>
    </message>
    <message>
        <source>Created the sample forum %1
</source>
        <translation>Se creó el foro de muestra %1
</translation>
    </message>
    <message>
        <source>No problems found in %1
</source>
        <translation>No se encontraron problemas en %1
</translation>
    </message>
    <message>
        <source>list takes plans, commitments, meetings, members or contributions, not “%1”</source>
        <translation>list acepta plans, commitments, meetings, members o contributions, no «%1»</translation>
    </message>
    <message>
        <source>Saved a copy to %1
</source>
        <translation>Se guardó una copia en %1
</translation>
    </message>
    <message>
        <source>Create a new, empty forum file.</source>
        <translation>Crea un archivo de foro nuevo y vacío.</translation>
    </message>
    <message>
        <source>The forum&apos;s name.</source>
        <translation>El nombre del foro.</translation>
    </message>
    <message>
        <source>The forum&apos;s language: es, en, fr or pt.</source>
        <translation>El idioma del foro: es, en, fr o pt.</translation>
    </message>
    <message>
        <source>Write the fictional sample forum.</source>
        <translation>Escribe el foro ficticio de muestra.</translation>
    </message>
    <message>
        <source>small (default), or large: a decade of a big forum.</source>
        <translation>small (predeterminado) o large: una década de un foro grande.</translation>
    </message>
    <message>
        <source>Print the file&apos;s format version, forum and record counts as JSON.</source>
        <translation>Muestra en JSON la versión del formato, el foro y la cantidad de registros.</translation>
    </message>
    <message>
        <source>Check integrity, structure and data rules; one line per problem.</source>
        <translation>Verifica la integridad, la estructura y las reglas de los datos; una línea por problema.</translation>
    </message>
    <message>
        <source>Print plans, commitments, meetings, members or contributions as JSON.</source>
        <translation>Muestra en JSON planes, compromisos, reuniones, miembros o aportes.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the forum file.</source>
        <translation>Escribe una copia coherente del archivo del foro.</translation>
    </message>
    <message>
        <source>Usage: forumdesk-cli [--lang L] COMMAND [OPTIONS] ARGUMENTS
Forum Desk for the command line. Commands:
</source>
        <translation>Uso: forumdesk-cli [--lang L] ORDEN [OPCIONES] ARGUMENTOS
Forum Desk para la línea de órdenes. Órdenes:
</translation>
    </message>
    <message>
        <source>unknown command “%1”; run forumdesk-cli --help</source>
        <translation>orden desconocida «%1»; ejecute forumdesk-cli --help</translation>
    </message>
    <message>
        <source>%1 takes %2; run forumdesk-cli %1 --help</source>
        <translation>%1 recibe %2; ejecute forumdesk-cli %1 --help</translation>
    </message>
    <message>
        <source>export needs -o OUT, the file to write</source>
        <translation>export necesita -o SALIDA, el archivo a escribir</translation>
    </message>
    <message>
        <source>--format is pdf, odt, html or md, not “%1”</source>
        <translation>--format es pdf, odt, html o md, no «%1»</translation>
    </message>
    <message>
        <source>--upcoming goes with export ics</source>
        <translation>--upcoming va con export ics</translation>
    </message>
    <message>
        <source>export %1 needs --meeting ID (see forumdesk-cli list meetings)</source>
        <translation>export %1 necesita --meeting ID (vea forumdesk-cli list meetings)</translation>
    </message>
    <message>
        <source>there is no meeting with id %1 in %2</source>
        <translation>no hay ninguna reunión con id %1 en %2</translation>
    </message>
    <message>
        <source>Wrote %1
</source>
        <translation>Se escribió %1
</translation>
    </message>
    <message>
        <source>The meeting&apos;s id (see list meetings).</source>
        <translation>El id de la reunión (vea list meetings).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo a escribir.</translation>
    </message>
    <message>
        <source>With ics: every meeting still to come.</source>
        <translation>Con ics: todas las reuniones por venir.</translation>
    </message>
    <message>
        <source>export %1 needs --plan ID (see forumdesk-cli list plans)</source>
        <translation>export %1 necesita --plan ID (vea forumdesk-cli list plans)</translation>
    </message>
    <message>
        <source>there is no action plan with id %1 in %2</source>
        <translation>no hay ningún plan de acción con id %1 en %2</translation>
    </message>
    <message>
        <source>The action plan&apos;s id (see list plans).</source>
        <translation>El id del plan de acción (vea list plans).</translation>
    </message>
    <message>
        <source>chart needs --plan ID (see forumdesk-cli list plans)</source>
        <translation>chart necesita --plan ID (vea forumdesk-cli list plans)</translation>
    </message>
    <message>
        <source>chart needs -o OUT, a .png or .svg file to write</source>
        <translation>chart necesita -o SALIDA, un archivo .png o .svg a escribir</translation>
    </message>
    <message>
        <source>chart writes .png or .svg files, not “%1”</source>
        <translation>chart escribe archivos .png o .svg, no «%1»</translation>
    </message>
    <message>
        <source>--%1 is a number of pixels from 16 to 20000, not “%2”</source>
        <translation>--%1 es un número de píxeles entre 16 y 20000, no «%2»</translation>
    </message>
    <message>
        <source>Draw one of a plan&apos;s charts to a PNG or SVG file.</source>
        <translation>Dibuja uno de los gráficos de un plan en un archivo PNG o SVG.</translation>
    </message>
    <message>
        <source>The .png or .svg file to write.</source>
        <translation>El archivo .png o .svg a escribir.</translation>
    </message>
    <message>
        <source>Width in pixels (default 800).</source>
        <translation>Ancho en píxeles (predeterminado 800).</translation>
    </message>
    <message>
        <source>Height in pixels (default 500).</source>
        <translation>Alto en píxeles (predeterminado 500).</translation>
    </message>
    <message>
        <source>export takes minutes, notice, ics, plan, responses, progress, compliance, self-assessment or data, not “%1”</source>
        <translation>export acepta minutes, notice, ics, plan, responses, progress, compliance, self-assessment o data, no «%1»</translation>
    </message>
    <message>
        <source>--on goes with export compliance</source>
        <translation>--on va con export compliance</translation>
    </message>
    <message>
        <source>--on is a date between 1900-01-01 and 2199-12-31 written YYYY-MM-DD, not “%1”</source>
        <translation>--on es una fecha entre 1900-01-01 y 2199-12-31 escrita como AAAA-MM-DD, no «%1»</translation>
    </message>
    <message>
        <source>With compliance: the day to check the standards on (default: today).</source>
        <translation>Con compliance: el día en que se verifican los estándares (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>%1 already exists; give another name, or add --force to replace it</source>
        <translation>%1 ya existe; indique otro nombre o agregue --force para reemplazarlo</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>Reemplaza SALIDA si ya existe.</translation>
    </message>
    <message>
        <source>%1 is missing beside forumdesk-cli; reinstall Forum Desk</source>
        <translation>falta %1 junto a forumdesk-cli; vuelva a instalar Forum Desk</translation>
    </message>
    <message>
        <source>%1 cannot be started</source>
        <translation>no se puede iniciar %1</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; use a full name such as America/Lima</source>
        <translation>«%1» no es una zona horaria; use un nombre completo como America/Lima</translation>
    </message>
    <message>
        <source>Created %1 (time zone %2)
</source>
        <translation>Se creó %1 (zona horaria %2)
</translation>
    </message>
    <message>
        <source>Where the forum meets, such as America/Lima; meeting times and invitations use it (default: this computer&apos;s, %1).</source>
        <translation>Zona horaria donde se reúne el foro, como America/Lima; la usan las horas de las reuniones y las invitaciones (predeterminada: la de esta computadora, %1).</translation>
    </message>
    <message>
        <source>--prefer is ours, theirs or newer, not “%1”</source>
        <translation>--prefer es ours, theirs o newer, no “%1”</translation>
    </message>
    <message>
        <source>%1 cannot be merged into: %2</source>
        <translation>No se puede fusionar en %1: %2</translation>
    </message>
    <message>
        <source>the report cannot be written to %1: %2</source>
        <translation>no se puede escribir el informe en %1: %2</translation>
    </message>
    <message>
        <source>Merge THEIRS, another copy of the same forum, into OURS, field by field; THEIRS is not changed.</source>
        <translation>Fusiona THEIRS, otra copia del mismo foro, en OURS, campo por campo; THEIRS no se modifica.</translation>
    </message>
    <message>
        <source>Show what the merge would do; write nothing.</source>
        <translation>Muestra lo que haría la fusión; no escribe nada.</translation>
    </message>
    <message>
        <source>Settle conflicts by keeping ours, taking theirs, or taking the newer change; without it, a merge with conflicts writes nothing and exits with 5.</source>
        <translation>Resuelve los conflictos conservando los de esta copia (ours), tomando los de la otra (theirs) o el cambio más reciente (newer); sin esta opción, una fusión con conflictos no escribe nada y termina con 5.</translation>
    </message>
    <message>
        <source>Write the full report to FILE: Markdown, or JSON when FILE ends in .json.</source>
        <translation>Escribe el informe completo en FILE: Markdown, o JSON cuando FILE termina en .json.</translation>
    </message>
    <message>
        <source>Merge even a copy of another forum.</source>
        <translation>Fusiona incluso una copia de otro foro.</translation>
    </message>
    <message>
        <source>Run forumdesk-cli COMMAND --help for a command&apos;s options.
Exit codes: 0 ok, 1 problems found, 2 usage error, 3 file cannot be opened, 4 output cannot be written, 5 merge conflicts left unresolved.
</source>
        <translation>Ejecute forumdesk-cli COMANDO --help para ver las opciones de un comando.
Códigos de salida: 0 correcto, 1 se encontraron problemas, 2 error de uso, 3 no se puede abrir el archivo, 4 no se puede escribir el resultado, 5 conflictos de fusión sin resolver.
</translation>
    </message>
    <message>
        <source>%1 is of an earlier format (%2): a dry run writes nothing, so it cannot bring it up to date; merge without --dry-run (a copy of it is kept first)</source>
        <translation>%1 es de un formato anterior (%2): una simulación no escribe nada, así que no puede actualizarlo; fusione sin --dry-run (antes se guarda una copia)</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s minutes or notice, the plan draft, the reasoned-response report, the progress report with its charts, the OGP standards (compliance) report or the end-of-term self-assessment report (pdf, odt, html, md), invitations (ics), or open data (csv, json, or a data package folder).</source>
        <translation>Escribe el acta o la convocatoria de una reunión, el borrador del plan, el informe de respuestas razonadas, el informe de avance con sus gráficos, el informe de los estándares de OGP (cumplimiento) o el informe de autoevaluación de fin de término (pdf, odt, html, md), invitaciones (ics) o datos abiertos (csv, json o una carpeta con el paquete de datos).</translation>
    </message>
    <message>
        <source>export needs -o OUT, the file or folder to write</source>
        <translation>export necesita -o SALIDA, el archivo o la carpeta que escribir</translation>
    </message>
    <message>
        <source>export data takes --format csv, json or package (a folder), not “%1”</source>
        <translation>export data admite --format csv, json o package (una carpeta), no “%1”</translation>
    </message>
    <message>
        <source>--plan is an action plan&apos;s id (see forumdesk-cli list plans), not “%1”</source>
        <translation>--plan es el id de un plan de acción (vea forumdesk-cli list plans), no “%1”</translation>
    </message>
    <message>
        <source>--licence is one of %1, not “%2”</source>
        <translation>--licence es una de %1, no “%2”</translation>
    </message>
    <message>
        <source>--table goes with --format csv</source>
        <translation>--table va con --format csv</translation>
    </message>
    <message>
        <source>Cannot make the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>--table is one of %1, not “%2”</source>
        <translation>--table es una de %1, no “%2”</translation>
    </message>
    <message>
        <source>--table and --licence go with export data</source>
        <translation>--table y --licence van con export data</translation>
    </message>
    <message>
        <source>The action plan&apos;s id (see list plans); with data, only that plan.</source>
        <translation>El id del plan de acción (vea list plans); con data, solo ese plan.</translation>
    </message>
    <message>
        <source>pdf, odt, html or md; csv, json or package (a folder) for data (default: from OUT&apos;s suffix).</source>
        <translation>pdf, odt, html o md; csv, json o package (una carpeta) para data (por omisión: según la extensión de SALIDA).</translation>
    </message>
    <message>
        <source>With data as csv: the table to write (default progress_updates).</source>
        <translation>Con data en csv: la tabla que escribir (por omisión progress_updates).</translation>
    </message>
    <message>
        <source>With data: the licence it is published under (default CC-BY-4.0).</source>
        <translation>Con data: la licencia con la que se publica (por omisión CC-BY-4.0).</translation>
    </message>
    <message>
        <source>Write the forum&apos;s public website into a folder: home, meetings and minutes, plans and commitments, contributions and responses, documents, open data, a feed and search; it opens from disk.</source>
        <translation>Escribe el sitio web público del foro en una carpeta: inicio, reuniones y actas, planes y compromisos, aportes y respuestas, documentos, datos abiertos, un canal de novedades y búsqueda; se abre desde el disco.</translation>
    </message>
    <message>
        <source>publish needs -o DIR, the folder to write the website into</source>
        <translation>publish necesita -o CARPETA, la carpeta donde escribir el sitio web</translation>
    </message>
    <message>
        <source>Published the website in %1: %2 files written, %3 unchanged, %4 removed
</source>
        <translation>Sitio web publicado en %1: %2 archivos escritos, %3 sin cambios, %4 retirados
</translation>
    </message>
    <message>
        <source>The folder to write the website into.</source>
        <translation>La carpeta donde escribir el sitio web.</translation>
    </message>
    <message>
        <source>Do not record the publication of the minutes the website shows (the file is only read).</source>
        <translation>No registrar la publicación de las actas que muestra el sitio web (el archivo solo se lee).</translation>
    </message>
    <message numerus="yes">
        <source>Recorded the publication of the minutes of %n meeting(s)
</source>
        <translation>
            <numerusform>Se registró la publicación del acta de %n reunión
</numerusform>
            <numerusform>Se registró la publicación de las actas de %n reuniones
</numerusform>
        </translation>
    </message>
    <message>
        <source>The licence of the open data: CC-BY-4.0 (default), CC0-1.0, CC-BY-SA-4.0, ODC-By-1.0 or ODbL-1.0.</source>
        <translation>La licencia de los datos abiertos: CC-BY-4.0 (por omisión), CC0-1.0, CC-BY-SA-4.0, ODC-By-1.0 u ODbL-1.0.</translation>
    </message>
    <message>
        <source>--kind is completion, timeline, agencies, values, milestones, attendance, cocreation or speaking, not “%1”</source>
        <translation>--kind es completion, timeline, agencies, values, milestones, attendance, cocreation o speaking, no “%1”</translation>
    </message>
    <message>
        <source>completion, timeline, agencies, values, milestones, attendance, cocreation or speaking.</source>
        <translation>completion, timeline, agencies, values, milestones, attendance, cocreation o speaking.</translation>
    </message>
    <message>
        <source>The language of messages: es, en, fr or pt.</source>
        <translation>El idioma de los mensajes: es, en, fr o pt.</translation>
    </message>
    <message>
        <source>a forum is written in es, en, fr or pt, not “%1”</source>
        <translation>un foro se escribe en es, en, fr o pt, no en «%1»</translation>
    </message>
    <message>
        <source>the sample forum exists in es, en, fr and pt, not “%1”</source>
        <translation>el foro de muestra existe en es, en, fr y pt, no en «%1»</translation>
    </message>
    <message>
        <source>The sample&apos;s language: es (default), en, fr or pt.</source>
        <translation>El idioma de la muestra: es (predeterminado), en, fr o pt.</translation>
    </message>
    <message>
        <source>the website is written in es, en, fr or pt, not “%1”</source>
        <translation>el sitio web se escribe en es, en, fr o pt, no en «%1»</translation>
    </message>
    <message>
        <source>The language of messages and chart labels: es, en, fr or pt.</source>
        <translation>El idioma de los mensajes y de las etiquetas de los gráficos: es, en, fr o pt.</translation>
    </message>
    <message>
        <source>The website&apos;s language: es, en, fr or pt (default: the forum&apos;s).</source>
        <translation>El idioma del sitio web: es, en, fr o pt (por omisión: el del foro).</translation>
    </message>
</context>
<context>
    <name>CoCreationSummary</name>
    <message>
        <source>No contributions were received.</source>
        <translation>No se recibieron aportes.</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) were received</source>
        <translation>
            <numerusform>Se recibió %n aporte</numerusform>
            <numerusform>Se recibieron %n aportes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have a reasoned response</source>
        <translation>
            <numerusform>%n tiene respuesta razonada</numerusform>
            <numerusform>%n tienen respuesta razonada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were incorporated in full or in part</source>
        <translation>
            <numerusform>%n se incorporó total o parcialmente</numerusform>
            <numerusform>%n se incorporaron total o parcialmente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5.</source>
        <translation>%1: %2, %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) received</source>
        <translation>
            <numerusform>%n aporte recibido</numerusform>
            <numerusform>%n aportes recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation>
            <numerusform>%n respondido</numerusform>
            <numerusform>%n respondidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting a response</source>
        <translation>
            <numerusform>%n a la espera de respuesta</numerusform>
            <numerusform>%n a la espera de respuesta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incorporated in full or in part</source>
        <translation>
            <numerusform>%n incorporado total o parcialmente</numerusform>
            <numerusform>%n incorporados total o parcialmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not incorporated</source>
        <translation>
            <numerusform>%n no incorporado</numerusform>
            <numerusform>%n no incorporados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add member %1</source>
        <translation>Agregar miembro %1</translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation>Editar miembro %1</translation>
    </message>
    <message>
        <source>Remove member %1</source>
        <translation>Eliminar miembro %1</translation>
    </message>
    <message>
        <source>Add meeting “%1”</source>
        <translation>Agregar la reunión «%1»</translation>
    </message>
    <message>
        <source>Mark “%1” held</source>
        <translation>Marcar «%1» como realizada</translation>
    </message>
    <message>
        <source>Start the minutes of “%1”</source>
        <translation>Iniciar el acta de «%1»</translation>
    </message>
    <message>
        <source>Approve the minutes of “%1”</source>
        <translation>Aprobar el acta de «%1»</translation>
    </message>
    <message>
        <source>Publish the minutes of “%1”</source>
        <translation>Publicar el acta de «%1»</translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation>Cancelar «%1»</translation>
    </message>
    <message>
        <source>Plan “%1” again</source>
        <translation>Volver a programar «%1»</translation>
    </message>
    <message>
        <source>Edit agenda item “%1”</source>
        <translation>Editar el punto «%1» del orden del día</translation>
    </message>
    <message>
        <source>Edit the minutes of “%1”</source>
        <translation>Editar el acta del punto «%1»</translation>
    </message>
    <message>
        <source>Mark %1 present</source>
        <translation>Marcar a %1 como presente</translation>
    </message>
    <message>
        <source>Mark %1 attending remotely</source>
        <translation>Marcar a %1 como presente a distancia</translation>
    </message>
    <message>
        <source>Mark %1 excused</source>
        <translation>Marcar a %1 como excusado/a</translation>
    </message>
    <message>
        <source>Mark %1 absent</source>
        <translation>Marcar a %1 como ausente</translation>
    </message>
    <message>
        <source>Mark %1 represented by %2</source>
        <translation>Marcar a %1 como representado/a por %2</translation>
    </message>
    <message>
        <source>Clear the attendance of %1</source>
        <translation>Borrar la asistencia de %1</translation>
    </message>
    <message>
        <source>Add guest %1</source>
        <translation>Agregar a la persona invitada %1</translation>
    </message>
    <message>
        <source>Remove guest %1</source>
        <translation>Eliminar a la persona invitada %1</translation>
    </message>
    <message>
        <source>Add action item “%1”</source>
        <translation>Agregar la tarea «%1»</translation>
    </message>
    <message>
        <source>Edit action item “%1”</source>
        <translation>Editar la tarea «%1»</translation>
    </message>
    <message>
        <source>Mark action item “%1” done</source>
        <translation>Marcar la tarea «%1» como hecha</translation>
    </message>
    <message>
        <source>Cancel action item “%1”</source>
        <translation>Cancelar la tarea «%1»</translation>
    </message>
    <message>
        <source>Reopen action item “%1”</source>
        <translation>Reabrir la tarea «%1»</translation>
    </message>
    <message>
        <source>Remove action item “%1”</source>
        <translation>Eliminar la tarea «%1»</translation>
    </message>
    <message>
        <source>Add agenda item “%1”</source>
        <translation>Agregar el punto «%1» al orden del día</translation>
    </message>
    <message>
        <source>Remove agenda item “%1”</source>
        <translation>Eliminar el punto «%1» del orden del día</translation>
    </message>
    <message>
        <source>Move agenda item “%1” up</source>
        <translation>Subir el punto «%1»</translation>
    </message>
    <message>
        <source>Move agenda item “%1” down</source>
        <translation>Bajar el punto «%1»</translation>
    </message>
    <message>
        <source>Add action plan “%1”</source>
        <translation>Agregar el plan de acción «%1»</translation>
    </message>
    <message>
        <source>Edit action plan “%1”</source>
        <translation>Editar el plan de acción «%1»</translation>
    </message>
    <message>
        <source>Add commitment “%1”</source>
        <translation>Agregar el compromiso «%1»</translation>
    </message>
    <message>
        <source>Edit commitment “%1”</source>
        <translation>Editar el compromiso «%1»</translation>
    </message>
    <message>
        <source>Add milestone “%1”</source>
        <translation>Agregar el hito «%1»</translation>
    </message>
    <message>
        <source>Edit milestone “%1”</source>
        <translation>Editar el hito «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Import %n contribution(s) from “%1”</source>
        <translation>
            <numerusform>Importar %n aporte desde «%1»</numerusform>
            <numerusform>Importar %n aportes desde «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove commitment “%1”</source>
        <translation>Eliminar el compromiso «%1»</translation>
    </message>
    <message>
        <source>Remove milestone “%1”</source>
        <translation>Eliminar el hito «%1»</translation>
    </message>
    <message>
        <source>Move milestone “%1”</source>
        <translation>Mover el hito «%1»</translation>
    </message>
    <message>
        <source>Add progress update (%1 %) to “%2”</source>
        <translation>Registrar avance (%1 %) en «%2»</translation>
    </message>
    <message>
        <source>Set the completion level of “%1”</source>
        <translation>Fijar el nivel de cumplimiento de «%1»</translation>
    </message>
    <message>
        <source>Record the IRM&apos;s assessment of “%1”</source>
        <translation>Registrar la evaluación del IRM de «%1»</translation>
    </message>
    <message>
        <source>Self-assess “%1”</source>
        <translation>Autoevaluar «%1»</translation>
    </message>
    <message>
        <source>Add lesson “%1”</source>
        <translation>Agregar la lección «%1»</translation>
    </message>
    <message>
        <source>Edit lesson “%1”</source>
        <translation>Editar la lección «%1»</translation>
    </message>
    <message>
        <source>Remove lesson “%1”</source>
        <translation>Eliminar la lección «%1»</translation>
    </message>
    <message>
        <source>Cite practices in “%1”</source>
        <translation>Citar prácticas en «%1»</translation>
    </message>
    <message>
        <source>Carry lesson “%1” into “%2”</source>
        <translation>Llevar la lección «%1» a «%2»</translation>
    </message>
    <message>
        <source>Take back lesson “%1”</source>
        <translation>Retirar la lección «%1»</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Pasar «%1» a %2</translation>
    </message>
    <message>
        <source>Undo of “%1”</source>
        <translation>Deshacer «%1»</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Cambiar «%1»</translation>
    </message>
    <message>
        <source>Mark “%1” as met</source>
        <translation>Marcar «%1» como cumplido</translation>
    </message>
    <message>
        <source>Mark “%1” as not met</source>
        <translation>Marcar «%1» como no cumplido</translation>
    </message>
    <message>
        <source>Change the evidence for “%1”</source>
        <translation>Cambiar la evidencia de «%1»</translation>
    </message>
    <message>
        <source>Change “%1” of “%2”</source>
        <translation>Cambiar «%1» de «%2»</translation>
    </message>
    <message>
        <source>Add decision “%1”</source>
        <translation>Agregar el acuerdo «%1»</translation>
    </message>
    <message>
        <source>Edit decision “%1”</source>
        <translation>Editar el acuerdo «%1»</translation>
    </message>
    <message>
        <source>Remove decision “%1”</source>
        <translation>Eliminar el acuerdo «%1»</translation>
    </message>
    <message>
        <source>Add contribution</source>
        <translation>Agregar aporte</translation>
    </message>
    <message>
        <source>Add the contribution of %1</source>
        <translation>Agregar el aporte de %1</translation>
    </message>
    <message>
        <source>Answer a contribution</source>
        <translation>Responder un aporte</translation>
    </message>
    <message>
        <source>Answer the contribution of %1</source>
        <translation>Responder el aporte de %1</translation>
    </message>
    <message>
        <source>Edit a contribution</source>
        <translation>Editar un aporte</translation>
    </message>
    <message>
        <source>Edit the contribution of %1</source>
        <translation>Editar el aporte de %1</translation>
    </message>
    <message>
        <source>Remove a contribution</source>
        <translation>Eliminar un aporte</translation>
    </message>
    <message>
        <source>Remove the contribution of %1</source>
        <translation>Eliminar el aporte de %1</translation>
    </message>
    <message>
        <source>Merge “%1”</source>
        <translation>Fusionar “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Record the publication of the minutes of %n meeting(s) on the website</source>
        <translation>
            <numerusform>Registrar la publicación del acta de %n reunión en el sitio web</numerusform>
            <numerusform>Registrar la publicación de las actas de %n reuniones en el sitio web</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentReview</name>
    <message>
        <source>“%1” is empty</source>
        <translation>Falta completar «%1»</translation>
    </message>
    <message>
        <source>The start and end dates are not set</source>
        <translation>No se han indicado las fechas de inicio y fin</translation>
    </message>
    <message>
        <source>The dates fall outside the plan&apos;s period (%1 to %2)</source>
        <translation>Las fechas quedan fuera del periodo del plan (del %1 al %2)</translation>
    </message>
    <message>
        <source>Technology and innovation counts for OGP only together with access to information, civic participation or public accountability</source>
        <translation>Para la AGA, la tecnología e innovación solo cuenta junto con el acceso a la información, la participación cívica o la rendición de cuentas</translation>
    </message>
    <message>
        <source>No OGP value is chosen</source>
        <translation>No se eligió ningún valor de la AGA</translation>
    </message>
    <message>
        <source>The commitment has no milestones</source>
        <translation>El compromiso no tiene hitos</translation>
    </message>
    <message>
        <source>Milestone %1 has no start or end date</source>
        <translation>El hito %1 no tiene fecha de inicio o de fin</translation>
    </message>
    <message>
        <source>Milestone %1 runs %2 to %3, outside the plan&apos;s period</source>
        <translation>El hito %1 va del %2 al %3, fuera del periodo del plan</translation>
    </message>
    <message>
        <source>Milestone %1 runs %2 to %3, outside the commitment&apos;s dates</source>
        <translation>El hito %1 va del %2 al %3, fuera de las fechas del compromiso</translation>
    </message>
    <message>
        <source>Milestone %1 has no expected output</source>
        <translation>El hito %1 no tiene producto esperado</translation>
    </message>
    <message>
        <source>No policy area is chosen</source>
        <translation>No se eligió ningún área de política</translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <source>OGP standards compliance report</source>
        <translation>Informe de cumplimiento de los estándares de la AGA</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Fecha de verificación</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Each rule below is evaluated from the forum&apos;s own records: its members, meetings, contributions and plan. Where a rule is not met or at risk, the next step says what to do.</source>
        <translation>Cada requisito que sigue se evalúa a partir de los propios registros del foro: sus miembros, reuniones, aportes y plan. Cuando un requisito no se cumple o está en riesgo, el próximo paso indica qué hacer.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Minimum requirements and calendar</source>
        <translation>Requisitos mínimos y calendario</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>The IRM&apos;s questions</source>
        <translation>Las preguntas del IRM</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>The Independent Reporting Mechanism (IRM) answers these questions in its own review. For each, what the IRM looks for and the forum&apos;s figures that bear on it.</source>
        <translation>El Mecanismo de Revisión Independiente (IRM) responde estas preguntas en su propia revisión. Para cada una, lo que el IRM examina y las cifras del foro que le corresponden.</translation>
    </message>
    <message>
        <source>What the IRM looks for</source>
        <translation>Lo que examina el IRM</translation>
    </message>
</context>
<context>
    <name>ConsistencyCheck</name>
    <message>
        <source>the file has %1 forum records instead of one</source>
        <translation>el archivo tiene %1 registros de foro en lugar de uno</translation>
    </message>
    <message>
        <source>commitment %1 (number %2) runs %3 to %4, outside its plan&apos;s period %5 to %6</source>
        <translation>el compromiso %1 (número %2) va del %3 al %4, fuera del periodo de su plan, del %5 al %6</translation>
    </message>
    <message>
        <source>milestone %1 of commitment %2 runs %3 to %4, outside the commitment&apos;s dates %5 to %6</source>
        <translation>el hito %1 del compromiso %2 va del %3 al %4, fuera de las fechas del compromiso, del %5 al %6</translation>
    </message>
    <message>
        <source>decision %1 at “%2” counts %3 votes, but only %4 voting members were present</source>
        <translation>la decisión %1 en «%2» cuenta %3 votos, pero solo estaban presentes %4 miembros con voto</translation>
    </message>
    <message>
        <source>contribution %1 is marked “%2” but has no reasoned response with its date</source>
        <translation>el aporte %1 está marcado como «%2» pero no tiene respuesta razonada con su fecha</translation>
    </message>
    <message>
        <source>the minutes of meeting %1 (“%2”) are marked approved, but no later meeting approving them is recorded</source>
        <translation>el acta de la reunión %1 («%2») figura como aprobada, pero no consta una reunión posterior que la apruebe</translation>
    </message>
    <message>
        <source>member %1 (%2) is recorded as their own alternate</source>
        <translation>el miembro %1 (%2) figura como su propio suplente</translation>
    </message>
    <message>
        <source>progress update %1 of milestone %2 is dated %3, before the milestone starts (%4)</source>
        <translation>el avance %1 del hito %2 tiene fecha %3, anterior al inicio del hito (%4)</translation>
    </message>
    <message>
        <source>the agenda of meeting %1 is not numbered in order (%2 items, last position %3)</source>
        <translation>el orden del día de la reunión %1 no está numerado en orden (%2 puntos, última posición %3)</translation>
    </message>
    <message>
        <source>the milestones of commitment %1 are not numbered in order (%2 milestones, last position %3)</source>
        <translation>los hitos del compromiso %1 no están numerados en orden (%2 hitos, última posición %3)</translation>
    </message>
</context>
<context>
    <name>ContributionImport</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>No column holds the contributions&apos; text (name it “text” or “texto”).</source>
        <translation>Ninguna columna contiene el texto de los aportes (llámela «text» o «texto»).</translation>
    </message>
    <message>
        <source>No column holds the date received (name it “date” or “fecha”).</source>
        <translation>Ninguna columna contiene la fecha de recepción (llámela «date» o «fecha»).</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>Fila %1, columna «%2»: %3</translation>
    </message>
    <message>
        <source>Row %1: the text is not in UTF-8; save the file as “CSV UTF-8” and import it again</source>
        <translation>Fila %1: el texto no está en UTF-8; guarde el archivo como «CSV UTF-8» y vuelva a importarlo</translation>
    </message>
    <message>
        <source>the contribution&apos;s text is empty</source>
        <translation>el texto del aporte está vacío</translation>
    </message>
    <message>
        <source>“%1” is not a date (write it as 2025-03-31 or 31/03/2025)</source>
        <translation>«%1» no es una fecha (escríbala como 2025-03-31 o 31/03/2025)</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>«%1» no es uno de estos valores: %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>The file has a header but no contributions.</source>
        <translation>El archivo tiene encabezado, pero ningún aporte.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) must be fixed first.</source>
        <translation>
            <numerusform>No se importó nada: primero hay que corregir %n problema.</numerusform>
            <numerusform>No se importó nada: primero hay que corregir %n problemas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contribution(s) from a CSV file</source>
        <translation>
            <numerusform>Se importó %n aporte desde un archivo CSV</numerusform>
            <numerusform>Se importaron %n aportes desde un archivo CSV</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2 MB; Forum Desk imports contribution files of up to %3 MB. Split it into smaller files and import each.</source>
        <translation>%1 pesa %2 MB; Forum Desk importa archivos de aportes de hasta %3 MB. Divídalo en archivos más pequeños e importe cada uno.</translation>
    </message>
    <message>
        <source>Already in the forum</source>
        <translation>Ya está en el foro</translation>
    </message>
    <message>
        <source>Same as row %1</source>
        <translation>Igual que la fila %1</translation>
    </message>
    <message>
        <source>The file is not a CSV file: it holds binary data (a spreadsheet&apos;s own format, perhaps). Save it as “CSV” from the spreadsheet and import that file.</source>
        <translation>El archivo no es un archivo CSV: contiene datos binarios (quizás el formato propio de una hoja de cálculo). Guárdelo como «CSV» desde la hoja de cálculo e importe ese archivo.</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: looks like a spreadsheet formula; it is kept as plain text</source>
        <translation>Fila %1, columna «%2»: parece una fórmula de hoja de cálculo; se guarda como texto simple</translation>
    </message>
    <message>
        <source>Row %1: duplicate, already in the forum</source>
        <translation>Fila %1: duplicada, ya está en el foro</translation>
    </message>
    <message>
        <source>Row %1: duplicate, the same as row %2</source>
        <translation>Fila %1: duplicada, igual que la fila %2</translation>
    </message>
    <message>
        <source>Nothing was imported: every row is a duplicate or has a problem.</source>
        <translation>No se importó nada: todas las filas están duplicadas o tienen un problema.</translation>
    </message>
    <message>
        <source>Row %1: this row is in UTF-8, the rest of the file in %2; it is read as UTF-8, check its accents below</source>
        <translation>Fila %1: esta fila está en UTF-8 y el resto del archivo en %2; se lee como UTF-8, revise sus tildes abajo</translation>
    </message>
</context>
<context>
    <name>Contributor</name>
    <message>
        <source>A citizen</source>
        <translation>Una persona ciudadana</translation>
    </message>
    <message>
        <source>A participant from %1</source>
        <translation>Una persona de %1</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
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
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>el archivo o su carpeta es de solo lectura</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>el archivo está dañado (%1)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>the file is busy in another program, which held it for more than %1 seconds; try again in a moment</source>
        <translation>el archivo está ocupado por otro programa, que lo retuvo más de %1 segundos; vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <source>%1 is not open</source>
        <translation>%1 no está abierto</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A label before its value, &quot;Date:&quot; (French typography: &quot;Date :&quot;, with a no-break space).</extracomment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>no se pudo empezar el PDF</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>no se pudo terminar el PDF</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>contribution</source>
        <translation>aporte</translation>
    </message>
    <message>
        <source>link between a contribution and a commitment</source>
        <translation>vínculo entre un aporte y un compromiso</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>eligibility criterion</source>
        <translation>criterio de elegibilidad</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>foro</translation>
    </message>
    <message>
        <source>joining record</source>
        <translation>registro de adhesión</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <source>progress update</source>
        <translation>avance</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lección</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>punto del orden del día</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>asistencia</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>voto</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>plan de acción</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>hito</translation>
    </message>
    <message>
        <source>practice cited by a commitment</source>
        <translation>práctica citada por un compromiso</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>intervención</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibido el</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor/a</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Aporte</translation>
    </message>
    <message>
        <source>Raised at meeting</source>
        <translation>Planteado en la reunión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reasoned response</source>
        <translation>Respuesta razonada</translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation>Respondido el</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <source>Verifiable</source>
        <translation>Verificable</translation>
    </message>
    <message>
        <source>Relevant to access to information</source>
        <translation>Relevante para el acceso a la información</translation>
    </message>
    <message>
        <source>Relevant to civic participation</source>
        <translation>Relevante para la participación cívica</translation>
    </message>
    <message>
        <source>Relevant to public accountability</source>
        <translation>Relevante para la rendición de cuentas</translation>
    </message>
    <message>
        <source>Relevant to technology and innovation</source>
        <translation>Relevante para la tecnología e innovación</translation>
    </message>
    <message>
        <source>Potential for results</source>
        <translation>Potencial de resultados</translation>
    </message>
    <message>
        <source>Potential impact</source>
        <translation>Impacto potencial</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Nivel de cumplimiento</translation>
    </message>
    <message>
        <source>Did it open government?</source>
        <translation>¿Contribuyó a abrir el gobierno?</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Verificado el</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Terms of reference</source>
        <translation>Términos de referencia</translation>
    </message>
    <message>
        <source>Rules of participation</source>
        <translation>Reglas de participación</translation>
    </message>
    <message>
        <source>Decision rule</source>
        <translation>Regla de decisión</translation>
    </message>
    <message>
        <source>Quorum (percent of voting members)</source>
        <translation>Quórum (porcentaje de miembros con voto)</translation>
    </message>
    <message>
        <source>Quorum needs both government and civil society</source>
        <translation>El quórum requiere gobierno y sociedad civil</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Document repository</source>
        <translation>Repositorio de documentos</translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Point of contact email</source>
        <translation>Correo del punto de contacto</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Fundado el</translation>
    </message>
    <message>
        <source>Letter of intent sent on</source>
        <translation>Carta de intención enviada el</translation>
    </message>
    <message>
        <source>Joined OGP on</source>
        <translation>Adhesión a la AGA el</translation>
    </message>
    <message>
        <source>Point of contact institution</source>
        <translation>Institución del punto de contacto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Inicio del mandato</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Fin del mandato</translation>
    </message>
    <message>
        <source>Voting member</source>
        <translation>Miembro con voto</translation>
    </message>
    <message>
        <source>Alternate for</source>
        <translation>Suplente de</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Informado el</translation>
    </message>
    <message>
        <source>Percent complete</source>
        <translation>Porcentaje de avance</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Carried into plan</source>
        <translation>Llevada al plan</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Owner (member)</source>
        <translation>Responsable (miembro)</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrada el</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenta</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duración (minutos)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Representado por</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado/a</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Majority required</source>
        <translation>Mayoría requerida</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Votos a favor</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Votos en contra</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>Abstenciones</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Approves action plan</source>
        <translation>Aprueba el plan de acción</translation>
    </message>
    <message>
        <source>Session number</source>
        <translation>Número de sesión</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Enlace de videollamada</translation>
    </message>
    <message>
        <source>Notice sent on</source>
        <translation>Convocatoria enviada el</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Chair name</source>
        <translation>Nombre de quien preside</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Secretary name</source>
        <translation>Nombre de quien ejerce la secretaría</translation>
    </message>
    <message>
        <source>Minutes approved at</source>
        <translation>Acta aprobada en</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Publicada el</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Inicio del periodo</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin del periodo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Presentado el</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Lead implementing agency</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <source>Supporting actors (government)</source>
        <translation>Actores de apoyo (gobierno)</translation>
    </message>
    <message>
        <source>Supporting actors (civil society, private sector, others)</source>
        <translation>Actores de apoyo (sociedad civil, sector privado, otros)</translation>
    </message>
    <message>
        <source>Public problem</source>
        <translation>Problema público</translation>
    </message>
    <message>
        <source>Status quo</source>
        <translation>Situación actual</translation>
    </message>
    <message>
        <source>Commitment description</source>
        <translation>Descripción del compromiso</translation>
    </message>
    <message>
        <source>How it solves the problem</source>
        <translation>Cómo resuelve el problema</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Acceso a la información</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participación cívica</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Rendición de cuentas</translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation>Tecnología e innovación</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Links to other plans and the SDGs</source>
        <translation>Vínculos con otros planes y los ODS</translation>
    </message>
    <message>
        <source>Frontiers</source>
        <translation>Fronteras</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Completion level</source>
        <translation>Nivel de cumplimiento</translation>
    </message>
    <message>
        <source>Reason for the completion level</source>
        <translation>Motivo del nivel de cumplimiento</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Agrees to be named</source>
        <translation>Acepta ser nombrado/a</translation>
    </message>
    <message>
        <source>Brief description</source>
        <translation>Descripción breve</translation>
    </message>
    <message>
        <source>Causes of the problem</source>
        <translation>Causas del problema</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>Resultados esperados</translation>
    </message>
    <message>
        <source>How it promotes transparency</source>
        <translation>Cómo promueve la transparencia</translation>
    </message>
    <message>
        <source>How it fosters accountability</source>
        <translation>Cómo fomenta la rendición de cuentas</translation>
    </message>
    <message>
        <source>How it improves citizen participation</source>
        <translation>Cómo mejora la participación ciudadana</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Contact&apos;s title and department</source>
        <translation>Cargo y dependencia del contacto</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>Correo electrónico del contacto</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Teléfono del contacto</translation>
    </message>
    <message>
        <source>Policy areas</source>
        <translation>Áreas de política</translation>
    </message>
    <message>
        <source>Role at the meeting</source>
        <translation>Rol en la sesión</translation>
    </message>
    <message>
        <source>Had a vote at the meeting</source>
        <translation>Con voto en la sesión</translation>
    </message>
    <message>
        <source>Taken up at</source>
        <translation>Tratado desde</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Cerrado a las</translation>
    </message>
    <message>
        <source>Seconds paused</source>
        <translation>Segundos en pausa</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>Llegó a las</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Se retiró a las</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Tomado a las</translation>
    </message>
    <message>
        <source>Voting members present when taken</source>
        <translation>Miembros con voto presentes al tomarlo</translation>
    </message>
    <message>
        <source>Quorum required when taken</source>
        <translation>Quórum requerido al tomarlo</translation>
    </message>
    <message>
        <source>Quorum met when taken</source>
        <translation>Hubo quórum al tomarlo</translation>
    </message>
    <message>
        <source>Vote still open</source>
        <translation>Votación aún abierta</translation>
    </message>
    <message>
        <source>Time limit (seconds)</source>
        <translation>Tiempo máximo (segundos)</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Empezó a las</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Terminó a las</translation>
    </message>
    <message>
        <source>Actually began</source>
        <translation>Empezó realmente</translation>
    </message>
    <message>
        <source>Actually ended</source>
        <translation>Terminó realmente</translation>
    </message>
    <message>
        <source>Paused since</source>
        <translation>En pausa desde</translation>
    </message>
</context>
<context>
    <name>FileEntry</name>
    <message>
        <source>missing</source>
        <translation>inexistente</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un archivo</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>un enlace simbólico</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>algo que no es un archivo común</translation>
    </message>
    <message>
        <source>it is larger than %1 MB</source>
        <translation>pesa más de %1 MB</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
</context>
<context>
    <name>ForumFile</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>it is a folder, not a forum file</source>
        <translation>es una carpeta, no un archivo de foro</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>el archivo está vacío (0 bytes)</translation>
    </message>
    <message>
        <source>it is not a Forum Desk forum file (not an SQLite database)</source>
        <translation>no es un archivo de foro de Forum Desk (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <source>it is an SQLite database, but not a Forum Desk forum file</source>
        <translation>es una base de datos SQLite, pero no un archivo de foro de Forum Desk</translation>
    </message>
    <message>
        <source>it is an SQLite database of another application (application id 0x%1)</source>
        <translation>es una base de datos SQLite de otra aplicación (identificador de aplicación 0x%1)</translation>
    </message>
    <message>
        <source>the schema cannot be read (%1)</source>
        <translation>no se puede leer la estructura (%1)</translation>
    </message>
    <message>
        <source>%1 “%2” is missing</source>
        <translation>falta %1 «%2»</translation>
    </message>
    <message>
        <source>column “%1.%2” is missing</source>
        <translation>falta la columna «%1.%2»</translation>
    </message>
    <message>
        <source>%1 “%2” has been changed</source>
        <translation>%1 «%2» ha sido modificado</translation>
    </message>
    <message>
        <source>unexpected %1 “%2”</source>
        <translation>%1 inesperado «%2»</translation>
    </message>
    <message>
        <source>%1 on %2 (process %3)</source>
        <translation>%1 en %2 (proceso %3)</translation>
    </message>
    <message>
        <source>another Forum Desk</source>
        <translation>otro Forum Desk</translation>
    </message>
    <message>
        <source>it has no Forum Desk format version</source>
        <translation>no tiene versión de formato de Forum Desk</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>el archivo está dañado (%1)</translation>
    </message>
    <message>
        <source>its structure is not Forum Desk&apos;s: %1</source>
        <translation>su estructura no es la de Forum Desk: %1</translation>
    </message>
    <message>
        <source>This forum file was written by a newer version of Forum Desk (format %1; this version knows format %2). It is open read-only and will not be changed.</source>
        <translation>Este archivo de foro fue escrito por una versión más reciente de Forum Desk (formato %1; esta versión conoce el formato %2). Está abierto en solo lectura y no se modificará.</translation>
    </message>
    <message>
        <source>The forum is open read-only, as asked.</source>
        <translation>El foro está abierto en solo lectura, como se pidió.</translation>
    </message>
    <message>
        <source>The file is read-only on disk, so the forum is open read-only.</source>
        <translation>El archivo es de solo lectura en el disco, así que el foro está abierto en solo lectura.</translation>
    </message>
    <message>
        <source>The folder holding the file is read-only, so the forum is open read-only.</source>
        <translation>La carpeta del archivo es de solo lectura, así que el foro está abierto en solo lectura.</translation>
    </message>
    <message>
        <source>The forum is open in %1, so it is open here read-only.</source>
        <translation>El foro está abierto en %1, así que aquí está abierto en solo lectura.</translation>
    </message>
    <message>
        <source>Format updated from %1 to %2; the old file is kept as %3</source>
        <translation>Formato actualizado de %1 a %2; el archivo anterior se conserva como %3</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 ya existe; elija otro nombre</translation>
    </message>
    <message>
        <source>A copy cannot replace the open forum file itself</source>
        <translation>Una copia no puede reemplazar al propio archivo del foro abierto</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the copy</source>
        <translation>%1 es una carpeta; indique un nombre de archivo para la copia</translation>
    </message>
    <message>
        <source>Cannot save a copy to %1: %2</source>
        <translation>No se puede guardar una copia en %1: %2</translation>
    </message>
    <message>
        <source>a row of %1 (row %2) refers to a missing row of %3</source>
        <translation>una fila de %1 (fila %2) remite a una fila inexistente de %3</translation>
    </message>
    <message>
        <source>it was left half-written by a crash and cannot be recovered here</source>
        <translation>quedó a medio escribir por un cierre inesperado y no se puede recuperar aquí</translation>
    </message>
    <message>
        <source>another program switched it to write-ahead logging (WAL), which Forum Desk does not use because it is unsafe on shared folders; switch it back with that program (PRAGMA journal_mode=DELETE) or open a copy saved before</source>
        <translation>otro programa lo pasó al registro de escritura anticipada (WAL), que Forum Desk no usa porque no es seguro en carpetas compartidas; vuelva a cambiarlo con ese programa (PRAGMA journal_mode=DELETE) o abra una copia guardada antes</translation>
    </message>
    <message>
        <source>the file is damaged (its header gives file format versions %1 and %2)</source>
        <translation>el archivo está dañado (su encabezado indica las versiones de formato %1 y %2)</translation>
    </message>
    <message>
        <source>it is a link to %1, which does not exist</source>
        <translation>es un enlace a %1, que no existe</translation>
    </message>
    <message>
        <source>it is %1, not a forum file</source>
        <translation>es %1, no un archivo de foro</translation>
    </message>
    <message>
        <source>“%1” beside it is %2, not a file Forum Desk wrote; remove it or move the forum file to another folder</source>
        <translation>«%1», a su lado, es %2, no un archivo escrito por Forum Desk; elimínelo o mueva el archivo del foro a otra carpeta</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>una computadora desconocida</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 desde el %2</translation>
    </message>
    <message>
        <source>it kept changing while it was being opened (a sync program may be replacing it); try again in a moment</source>
        <translation>siguió cambiando mientras se abría (quizá un programa de sincronización lo está reemplazando); vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before updating its format: %2</source>
        <translation>No se puede guardar una copia de %1 antes de actualizar su formato: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <source>it is open in %1, on this computer</source>
        <translation>está abierto en %1, en esta computadora</translation>
    </message>
    <message>
        <source>its lock “%1” cannot be removed: it may belong to another user of the shared folder, or Forum Desk may still be running there</source>
        <translation>su bloqueo «%1» no se puede quitar: puede pertenecer a otro usuario de la carpeta compartida, o Forum Desk puede seguir abierto allí</translation>
    </message>
    <message>
        <source>another Forum Desk locked it again at the same moment</source>
        <translation>otro Forum Desk lo bloqueó de nuevo en ese mismo momento</translation>
    </message>
    <message>
        <source>“%1” beside it asks for another file to be deleted, which a journal of Forum Desk never does, so it is not a file Forum Desk wrote; remove it or move the forum file to another folder</source>
        <translation>«%1», a su lado, pide borrar otro archivo, algo que un diario de Forum Desk nunca hace, así que no es un archivo escrito por Forum Desk; quítelo o mueva el archivo del foro a otra carpeta</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 as %2: %3</source>
        <translation>No se puede guardar una copia de %1 como %2: %3</translation>
    </message>
    <message>
        <source>%1 was replaced by another file since it was opened</source>
        <translation>%1 fue reemplazado por otro archivo desde que se abrió</translation>
    </message>
</context>
<context>
    <name>ForumVfs</name>
    <message>
        <source>“%1” beside the forum file is %2; Forum Desk will not use it. Remove it or move the forum file to another folder</source>
        <translation>«%1», junto al archivo del foro, es %2; Forum Desk no lo usará. Elimínelo o mueva el archivo del foro a otra carpeta</translation>
    </message>
    <message>
        <source>another program switched “%1” to write-ahead logging (WAL) while it was open, which Forum Desk does not use because it is unsafe on shared folders; switch it back with that program (PRAGMA journal_mode=DELETE) or open a copy saved before</source>
        <translation>otro programa pasó «%1» al registro de escritura anticipada (WAL) mientras estaba abierto, que Forum Desk no usa porque no es seguro en carpetas compartidas; vuelva a cambiarlo con ese programa (PRAGMA journal_mode=DELETE) o abra una copia guardada antes</translation>
    </message>
    <message>
        <source>a super-journal, which forum files never use</source>
        <translation>un superdiario, que los archivos de foro nunca usan</translation>
    </message>
</context>
<context>
    <name>LessonsCarried</name>
    <message>
        <source>A lesson is carried into another plan, not the plan it was learned in (“%1”)</source>
        <translation>Una lección se lleva a otro plan, no al plan en el que se aprendió («%1»)</translation>
    </message>
    <message>
        <source>A lesson is carried into a later plan: “%1” starts on %2, not after “%3” (%4)</source>
        <translation>Una lección se lleva a un plan posterior: «%1» comienza el %2, no después de «%3» (%4)</translation>
    </message>
</context>
<context>
    <name>LiveMeeting</name>
    <message>
        <source>This file is of an older format; open it for writing to run a meeting live.</source>
        <translation>Este archivo tiene un formato anterior; ábralo con permiso de escritura para conducir una reunión en vivo.</translation>
    </message>
    <message>
        <source>“%1” is not under way: start it first.</source>
        <translation>“%1” no está en curso: iníciela primero.</translation>
    </message>
    <message>
        <source>%1 has already spoken on this turn.</source>
        <translation>%1 ya habló en este turno.</translation>
    </message>
    <message>
        <source>“%1” was cancelled: plan it again before running it.</source>
        <translation>“%1” fue cancelada: vuelva a programarla antes de conducirla.</translation>
    </message>
    <message>
        <source>“%1” has already been run and ended.</source>
        <translation>“%1” ya se condujo y terminó.</translation>
    </message>
    <message>
        <source>The minutes of “%1” are already written: it can no longer be run live.</source>
        <translation>El acta de “%1” ya está redactada: ya no puede conducirse en vivo.</translation>
    </message>
    <message>
        <source>“%1” is already under way.</source>
        <translation>“%1” ya está en curso.</translation>
    </message>
    <message>
        <source>“%1” is not on this meeting&apos;s agenda.</source>
        <translation>“%1” no está en la agenda de esta reunión.</translation>
    </message>
    <message>
        <source>A vote is already open: close it first.</source>
        <translation>Ya hay una votación abierta: ciérrela primero.</translation>
    </message>
    <message>
        <source>This vote is closed.</source>
        <translation>Esta votación está cerrada.</translation>
    </message>
    <message>
        <source>This vote is closed: remove the decision on the Meetings page instead.</source>
        <translation>Esta votación está cerrada: elimine el acuerdo en la página Reuniones.</translation>
    </message>
</context>
<context>
    <name>MeetingLifecycle</name>
    <message>
        <source>A meeting whose status is “%1” cannot become “%2”</source>
        <translation>Una reunión en estado «%1» no puede pasar a «%2»</translation>
    </message>
    <message>
        <source>Choose the later meeting at which these minutes were approved</source>
        <translation>Elija la reunión posterior en la que se aprobó esta acta</translation>
    </message>
    <message>
        <source>Minutes are approved at a later meeting; “%1” is not after this one</source>
        <translation>El acta se aprueba en una reunión posterior; «%1» no es posterior a esta</translation>
    </message>
    <message>
        <source>“%1” was cancelled, so it cannot have approved these minutes</source>
        <translation>«%1» fue cancelada, así que no pudo aprobar esta acta</translation>
    </message>
</context>
<context>
    <name>MemberComposition</name>
    <message>
        <source>The forum has no active government or civil-society members. OGP minimum requirement 1.1 asks for both in the multi-stakeholder forum.</source>
        <translation>El foro no tiene miembros activos del gobierno ni de la sociedad civil. El requisito mínimo 1.1 de la AGA exige la presencia de ambos en el Foro Multiactor.</translation>
    </message>
    <message>
        <source>The forum has no active government members. OGP minimum requirement 1.1 asks for both government and civil society in the multi-stakeholder forum.</source>
        <translation>El foro no tiene miembros activos del gobierno. El requisito mínimo 1.1 de la AGA exige la presencia del gobierno y de la sociedad civil en el Foro Multiactor.</translation>
    </message>
    <message>
        <source>The forum has no active civil-society members. OGP minimum requirement 1.1 asks for both government and civil society in the multi-stakeholder forum.</source>
        <translation>El foro no tiene miembros activos de la sociedad civil. El requisito mínimo 1.1 de la AGA exige la presencia del gobierno y de la sociedad civil en el Foro Multiactor.</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>not resolved (proposed: keep the record)</source>
        <translation>sin resolver (propuesta: conservar el registro)</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>sin resolver</translation>
    </message>
    <message>
        <source>edited value %1</source>
        <translation>valor editado %1</translation>
    </message>
    <message>
        <source>record kept</source>
        <translation>registro conservado</translation>
    </message>
    <message>
        <source>record removed</source>
        <translation>registro eliminado</translation>
    </message>
    <message>
        <source>kept ours</source>
        <translation>se conservó el de esta copia</translation>
    </message>
    <message>
        <source>took theirs</source>
        <translation>se tomó el de la otra copia</translation>
    </message>
    <message>
        <source>%1 (the newer change)</source>
        <translation>%1 (el cambio más reciente)</translation>
    </message>
    <message>
        <source>%1 (chosen in the review)</source>
        <translation>%1 (elegido en la revisión)</translation>
    </message>
    <message>
        <source>%1 (as asked)</source>
        <translation>%1 (según lo pedido)</translation>
    </message>
    <message>
        <source>Dry run: nothing was written to %1.
</source>
        <translation>Simulación: no se escribió nada en %1.
</translation>
    </message>
    <message>
        <source>Nothing was written to %1.
</source>
        <translation>No se escribió nada en %1.
</translation>
    </message>
    <message>
        <source>Merged %1 into %2.
</source>
        <translation>Se fusionó %1 en %2.
</translation>
    </message>
    <message>
        <source>The two copies have no common ancestor (a file of format 3 or older keeps no change log): records were matched by uid and differing fields compared by the time of their last change; removals cannot be told from additions and were not carried over.
</source>
        <translation>Las dos copias no tienen un antecesor común (un archivo de formato 3 o anterior no guarda registro de cambios): los registros se emparejaron por uid y los campos distintos se compararon por la hora de su último cambio; las eliminaciones no se distinguen de las adiciones y no se trasladaron.
</translation>
    </message>
    <message>
        <source>Records added: %1, changed: %2, removed: %3.
</source>
        <translation>Registros agregados: %1, modificados: %2, eliminados: %3.
</translation>
    </message>
    <message>
        <source>Conflicts: %1, of which %2 not resolved.
</source>
        <translation>Conflictos: %1, de los cuales %2 sin resolver.
</translation>
    </message>
    <message>
        <source>Review them and choose, or merge again with --prefer ours, theirs or newer.
</source>
        <translation>Revíselos y elija, o vuelva a fusionar con --prefer ours, theirs o newer.
</translation>
    </message>
    <message>
        <source>The copy before the merge is kept as %1.
</source>
        <translation>La copia anterior a la fusión se conserva como %1.
</translation>
    </message>
    <message>
        <source>Check after the merge: %1</source>
        <translation>Verificación después de la fusión: %1</translation>
    </message>
    <message>
        <source>Merge report</source>
        <translation>Informe de fusión</translation>
    </message>
    <message>
        <source>Ours: %1</source>
        <translation>Esta copia: %1</translation>
    </message>
    <message>
        <source>Theirs: %1</source>
        <translation>La otra copia: %1</translation>
    </message>
    <message>
        <source>Common ancestor: yes (from the change logs)</source>
        <translation>Antecesor común: sí (según los registros de cambios)</translation>
    </message>
    <message>
        <source>Common ancestor: none (matched by uid and time of change)</source>
        <translation>Antecesor común: ninguno (emparejado por uid y hora del cambio)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregados</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificados</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>added</source>
        <translation>agregado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Esta copia</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La otra copia</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>changed in ours, removed in theirs</source>
        <translation>modificado en esta copia, eliminado en la otra</translation>
    </message>
    <message>
        <source>removed in ours, changed in theirs</source>
        <translation>eliminado en esta copia, modificado en la otra</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>%1 (so that nothing is lost)</source>
        <translation>%1 (para que no se pierda nada)</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 n.º %2</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, de %2 a %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>By consensus: %1</source>
        <translation>Por consenso: %1</translation>
    </message>
    <message>
        <source>Vote (%1): %2 for, %3 against, %4 abstentions: %5</source>
        <translation>Votación (%1): %2 a favor, %3 en contra, %4 abstenciones: %5</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Minutes of the %1</source>
        <translation>Acta — %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretaría técnica</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <source>Represented by %1</source>
        <translation>Representado/a por %1</translation>
    </message>
    <message>
        <source>No attendance was recorded.</source>
        <translation>No se registró la asistencia.</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <source>The rules ask for government and civil society to be present.</source>
        <translation>El reglamento exige la presencia del gobierno y de la sociedad civil.</translation>
    </message>
    <message>
        <source>The quorum was met.</source>
        <translation>Hubo quórum.</translation>
    </message>
    <message>
        <source>The quorum was not met.</source>
        <translation>No hubo quórum.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Desarrollo de la sesión</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Presenta</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>No decisions were taken.</source>
        <translation>No se adoptaron acuerdos.</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Acuerdo %1</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No action items were agreed.</source>
        <translation>No se acordaron tareas.</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <source>To be set.</source>
        <translation>Por definir.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>These minutes were approved at “%1” on %2.</source>
        <translation>Esta acta fue aprobada en «%1» el %2.</translation>
    </message>
    <message>
        <source>Draft minutes, to be approved at a later meeting.</source>
        <translation>Acta en borrador, pendiente de aprobación en una reunión posterior.</translation>
    </message>
    <message>
        <source>Notice of cancellation</source>
        <translation>Aviso de cancelación</translation>
    </message>
    <message>
        <source>This meeting was cancelled and did not take place; it has no minutes.</source>
        <translation>Esta reunión fue cancelada y no se realizó; no tiene acta.</translation>
    </message>
    <message>
        <source>It was to take place</source>
        <translation>Estaba prevista para</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>DRAFT — %1</source>
        <translation>BORRADOR — %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado/a</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 voting members present; %n required.</source>
        <translation>
            <numerusform>Presentes %1 de %2 miembros con voto; se requiere %n.</numerusform>
            <numerusform>Presentes %1 de %2 miembros con voto; se requieren %n.</numerusform>
        </translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Tiempo de palabra</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>hubo quórum</translation>
    </message>
    <message>
        <source>quorum not met</source>
        <translation>no hubo quórum</translation>
    </message>
    <message>
        <source>Actual time</source>
        <translation>Hora real</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>from %1 (under way)</source>
        <translation>desde las %1 (en curso)</translation>
    </message>
    <message>
        <source>(%1–%2)</source>
        <translation>(%1–%2)</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(desde %1)</translation>
    </message>
    <message>
        <source>(left %1)</source>
        <translation>(se retiró %1)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>Time each sector and gender had the floor, as timed during the meeting.</source>
        <translation>Tiempo en que cada sector y género tuvo la palabra, según se cronometró durante la reunión.</translation>
    </message>
    <message>
        <source>Taken at %1, with %2 voting members present (%3 required): %4.</source>
        <translation>Tomado a las %1, con %2 miembros con voto presentes (se requerían %3): %4.</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 min planned)</source>
        <translation>%1 (%2 de %3 min previstos)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador/a</translation>
    </message>
</context>
<context>
    <name>MinutesDocument</name>
    <message>
        <source>“%1” is still planned: it has minutes once it has been held. Mark it as held on the Meetings page, or export its notice instead.</source>
        <translation>«%1» todavía está planificada: tendrá acta una vez realizada. Márquela como realizada en la página Reuniones, o exporte su convocatoria.</translation>
    </message>
</context>
<context>
    <name>NewForum</name>
    <message>
        <source>“%1” is not a time zone; use a full name such as America/Lima or Europe/Madrid</source>
        <translation>«%1» no es una zona horaria; use un nombre completo como America/Lima o Europe/Madrid</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Enlace de videollamada</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Convocatoria</translation>
    </message>
    <message>
        <source>Notice of meeting</source>
        <translation>Convocatoria a reunión</translation>
    </message>
    <message>
        <source>The members of the forum are invited to the %1 “%2”, to be held on %3.</source>
        <translation>Se convoca a los miembros del foro a la reunión «%2» (%1), que se realizará el %3.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>This meeting has been cancelled.</source>
        <translation>Esta reunión ha sido cancelada.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>The agenda will follow.</source>
        <translation>El orden del día se enviará más adelante.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenta</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Matters arising</source>
        <translation>Asuntos pendientes</translation>
    </message>
    <message>
        <source>Action items still open from earlier meetings:</source>
        <translation>Tareas aún abiertas de reuniones anteriores:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Documents and notes</source>
        <translation>Documentos y notas</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretaría técnica</translation>
    </message>
    <message>
        <source>Notice sent on</source>
        <translation>Convocatoria enviada el</translation>
    </message>
    <message>
        <source>Please confirm your attendance, or send your apologies, to %1.</source>
        <translation>Confirme su asistencia, o excuse su ausencia, a %1.</translation>
    </message>
    <message>
        <source>Please confirm your attendance, or send your apologies, to %1 (%2).</source>
        <translation>Confirme su asistencia, o excuse su ausencia, a %1 (%2).</translation>
    </message>
    <message>
        <source>Documents for the meeting</source>
        <translation>Documentos de la reunión</translation>
    </message>
</context>
<context>
    <name>OdtWriter</name>
    <message>
        <source>Cannot make the OpenDocument file: %1</source>
        <translation>No se puede crear el archivo OpenDocument: %1</translation>
    </message>
</context>
<context>
    <name>OpenData</name>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Members of the forum</source>
        <translation>Miembros del foro</translation>
    </message>
    <message>
        <source>The forum&apos;s members: name, organisation, sector and role (never contact details).</source>
        <translation>Miembros del foro: nombre, organización, sector y función (nunca datos de contacto).</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Planes de acción</translation>
    </message>
    <message>
        <source>The forum&apos;s OGP action plans, their period and stage.</source>
        <translation>Los planes de acción de OGP del foro, su período y su etapa.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Each commitment on OGP&apos;s template. Tag lists (policy areas, frontiers, themes) are keys separated by semicolons.</source>
        <translation>Cada compromiso según la plantilla de OGP. Las listas de etiquetas (áreas de política, fronteras, temas) son claves separadas por punto y coma.</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>The milestones of each commitment, in their order.</source>
        <translation>Los hitos de cada compromiso, en su orden.</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Reportes de avance</translation>
    </message>
    <message>
        <source>Dated progress of each milestone, with its evidence.</source>
        <translation>El avance fechado de cada hito, con su evidencia.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>The forum&apos;s sessions, consultations and events, past and coming; times with the forum&apos;s UTC offset.</source>
        <translation>Las sesiones, consultas y eventos del foro, pasados y por venir; horas con la diferencia respecto de UTC del foro.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Decisions of meetings whose minutes are approved or published, with their votes.</source>
        <translation>Decisiones de las reuniones cuya acta está aprobada o publicada, con sus votos.</translation>
    </message>
    <message>
        <source>Contributions and reasoned responses</source>
        <translation>Aportes y respuestas razonadas</translation>
    </message>
    <message>
        <source>What the public proposed for the action plan and the forum&apos;s reasoned response. An individual&apos;s name only with their recorded consent.</source>
        <translation>Lo que el público propuso para el plan de acción y la respuesta razonada del foro. El nombre de una persona, solo con su consentimiento registrado.</translation>
    </message>
    <message>
        <source>Contributions taken into commitments</source>
        <translation>Aportes recogidos en compromisos</translation>
    </message>
    <message>
        <source>Which contribution each commitment took up.</source>
        <translation>Qué aporte recogió cada compromiso.</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Self-assessments and IRM assessments of each commitment.</source>
        <translation>Autoevaluaciones y evaluaciones del IRM de cada compromiso.</translation>
    </message>
    <message>
        <source>“%1” is not a licence Forum Desk knows; use one of %2</source>
        <translation>“%1” no es una licencia que Forum Desk conozca; use una de %2</translation>
    </message>
    <message>
        <source>There is no action plan with id %1.</source>
        <translation>No hay ningún plan de acción con id %1.</translation>
    </message>
    <message>
        <source>Open data of an Open Government Partnership multi-stakeholder forum: members, action plans, commitments, milestones, progress, meetings, decisions, public contributions with their reasoned responses, and assessments.</source>
        <translation>Datos abiertos de un foro multiactor de la Alianza para el Gobierno Abierto: miembros, planes de acción, compromisos, hitos, avances, reuniones, decisiones, aportes del público con sus respuestas razonadas y evaluaciones.</translation>
    </message>
</context>
<context>
    <name>PageParts</name>
    <message>
        <source>%1 — %2
Period: %3 to %4</source>
        <translation>%1 — %2
Periodo: del %3 al %4</translation>
    </message>
</context>
<context>
    <name>PartialFile</name>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>La carpeta %1 no existe</translation>
    </message>
    <message>
        <source>The folder %1 is read-only</source>
        <translation>La carpeta %1 es de solo lectura</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1</source>
        <translation>No se puede escribir en la carpeta %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>its data could not be written to the disk</source>
        <translation>sus datos no se pudieron grabar en el disco</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <source>the folder could not be written to the disk</source>
        <translation>la carpeta no se pudo grabar en el disco</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>The plan covers %1 months; OGP asks for at least %2.</source>
        <translation>El plan abarca %1 meses; la AGA exige al menos %2.</translation>
    </message>
    <message>
        <source>The plan is more than %1 months past its due date (%2): OGP considers this acting contrary to process.</source>
        <translation>El plan lleva más de %1 meses de retraso respecto de su fecha límite (%2): la AGA lo considera actuar en contra del proceso.</translation>
    </message>
    <message>
        <source>The plan was due on %1 and has not been submitted.</source>
        <translation>El plan debía presentarse el %1 y no se ha presentado.</translation>
    </message>
</context>
<context>
    <name>PlanDraft</name>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>1. Introduction and context</source>
        <translation>1. Introducción y contexto</translation>
    </message>
    <message>
        <source>2. Open government efforts to date</source>
        <translation>2. Esfuerzos de gobierno abierto a la fecha</translation>
    </message>
    <message>
        <source>3. The co-creation process</source>
        <translation>3. El proceso de cocreación</translation>
    </message>
    <message>
        <source>4. Commitments</source>
        <translation>4. Compromisos</translation>
    </message>
    <message>
        <source>5. Monitoring</source>
        <translation>5. Seguimiento</translation>
    </message>
    <message>
        <source>To be written by the forum.</source>
        <translation>Pendiente de redacción por el foro.</translation>
    </message>
    <message>
        <source>This is the forum&apos;s first action plan.</source>
        <translation>Este es el primer plan de acción del foro.</translation>
    </message>
    <message>
        <source>Lessons carried into this plan</source>
        <translation>Lecciones incorporadas en este plan</translation>
    </message>
    <message>
        <source>Meetings and events</source>
        <translation>Reuniones y actividades</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Aportes</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>No commitments have been drafted yet.</source>
        <translation>Aún no se ha redactado ningún compromiso.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Lead implementing agency</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <source>Supporting actors (government)</source>
        <translation>Actores de apoyo (gobierno)</translation>
    </message>
    <message>
        <source>Supporting actors (civil society, private sector, others)</source>
        <translation>Actores de apoyo (sociedad civil, sector privado, otros)</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Acceso a la información</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participación cívica</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Rendición de cuentas</translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation>Tecnología e innovación</translation>
    </message>
    <message>
        <source>Relevance to OGP values</source>
        <translation>Relevancia frente a los valores de la AGA</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Links to other plans and the SDGs</source>
        <translation>Vínculos con otros planes y los ODS</translation>
    </message>
    <message>
        <source>Contributions it draws on</source>
        <translation>Aportes en los que se basa</translation>
    </message>
    <message>
        <source>No milestones yet.</source>
        <translation>Aún no hay hitos.</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Expected output</source>
        <translation>Producto esperado</translation>
    </message>
    <message>
        <source>The forum follows the plan&apos;s implementation at its sessions, at least every six months, with the implementing agencies and civil society, and publishes progress in its document repository.</source>
        <translation>El foro da seguimiento a la implementación del plan en sus sesiones, al menos cada seis meses, junto con las instituciones responsables y la sociedad civil, y publica los avances en su repositorio de documentos.</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Document repository</source>
        <translation>Repositorio de documentos</translation>
    </message>
    <message>
        <source>To be completed.</source>
        <translation>Por completar.</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Policy areas</source>
        <translation>Áreas de política</translation>
    </message>
    <message>
        <source>Problem definition</source>
        <translation>Definición del problema</translation>
    </message>
    <message>
        <source>What problem does the commitment aim to address?</source>
        <translation>¿Qué problema busca resolver el compromiso?</translation>
    </message>
    <message>
        <source>What are the causes of the problem?</source>
        <translation>¿Cuáles son las causas del problema?</translation>
    </message>
    <message>
        <source>Commitment description</source>
        <translation>Descripción del compromiso</translation>
    </message>
    <message>
        <source>What has been done so far to solve the problem?</source>
        <translation>¿Qué se ha hecho hasta ahora para resolver el problema?</translation>
    </message>
    <message>
        <source>What solution is proposed?</source>
        <translation>¿Qué solución se propone?</translation>
    </message>
    <message>
        <source>How will it solve the problem?</source>
        <translation>¿Cómo resolverá el problema?</translation>
    </message>
    <message>
        <source>What results are expected?</source>
        <translation>¿Qué resultados se esperan?</translation>
    </message>
    <message>
        <source>Commitment analysis</source>
        <translation>Análisis del compromiso</translation>
    </message>
    <message>
        <source>How will the commitment promote transparency?</source>
        <translation>¿Cómo promoverá el compromiso la transparencia?</translation>
    </message>
    <message>
        <source>How will the commitment help foster accountability?</source>
        <translation>¿Cómo ayudará el compromiso a fomentar la rendición de cuentas?</translation>
    </message>
    <message>
        <source>How will the commitment improve citizen participation?</source>
        <translation>¿Cómo mejorará el compromiso la participación ciudadana?</translation>
    </message>
    <message>
        <source>Commitment planning</source>
        <translation>Planificación del compromiso</translation>
    </message>
    <message>
        <source>Expected completion date</source>
        <translation>Fecha prevista de conclusión</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Actores involucrados</translation>
    </message>
    <message>
        <source>Frontiers for expanding open government (the forum&apos;s own tags)</source>
        <translation>Fronteras para ampliar el gobierno abierto (etiquetas propias del foro)</translation>
    </message>
    <message>
        <source>DRAFT — %1</source>
        <translation>BORRADOR — %1</translation>
    </message>
    <message>
        <source>Draft for discussion: the forum has not approved this plan yet, and it may change.</source>
        <translation>Borrador para discusión: el foro aún no ha aprobado este plan, que puede cambiar.</translation>
    </message>
    <message>
        <source>Submitted to OGP on</source>
        <translation>Presentado a la AGA el</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>North Macedonia</source>
        <translation>Macedonia del Norte</translation>
    </message>
    <message>
        <source>Air quality data for Skopje</source>
        <translation>Datos de calidad del aire de Skopie</translation>
    </message>
    <message>
        <source>The city publishes the readings of its air quality stations as they come in, so that residents can protect their health on bad days and ask the authorities to act on pollution.</source>
        <translation>La ciudad publica las lecturas de sus estaciones de calidad del aire a medida que llegan, para que los vecinos protejan su salud en los días malos y pidan a las autoridades que actúen contra la contaminación.</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>“A tu servicio”: comparing health providers</source>
        <translation>«A tu servicio»: comparar prestadores de salud</translation>
    </message>
    <message>
        <source>A public website of the health ministry lets people compare health providers on waiting times, prices and quality before they choose one, with data the providers must report.</source>
        <translation>Un sitio público del Ministerio de Salud permite comparar a los prestadores de salud por tiempos de espera, precios y calidad antes de elegir uno, con datos que los prestadores deben informar.</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <source>Open data on missing persons</source>
        <translation>Datos abiertos sobre personas desaparecidas</translation>
    </message>
    <message>
        <source>Data on missing persons are published and kept up to date, so that families, civil society and the authorities can follow the cases and press for searches together.</source>
        <translation>Los datos sobre personas desaparecidas se publican y se mantienen al día, para que las familias, la sociedad civil y las autoridades sigan los casos e impulsen juntas las búsquedas.</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>The Friends and Family Test</source>
        <translation>La prueba «Amigos y familia»</translation>
    </message>
    <message>
        <source>Patients of the public health service are asked whether they would recommend the service to friends and family; the answers are published for each hospital and practice, and services use them to improve.</source>
        <translation>Se pregunta a los pacientes del servicio público de salud si recomendarían el servicio a sus amigos y familiares; las respuestas se publican por hospital y consultorio, y los servicios las usan para mejorar.</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <source>Monitoring water quality in La Libertad</source>
        <translation>Monitoreo de la calidad del agua en La Libertad</translation>
    </message>
    <message>
        <source>In the La Libertad region, communities and the authorities monitor drinking water together and publish the results, so that failures are reported and put right.</source>
        <translation>En la región La Libertad, las comunidades y las autoridades vigilan juntas el agua potable y publican los resultados, para que las fallas se denuncien y se corrijan.</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <source>Check My Services</source>
        <translation>«Revisa mis servicios»</translation>
    </message>
    <message>
        <source>Citizens rate public services and report problems through a feedback platform; the agencies must answer, and the ratings are public.</source>
        <translation>La ciudadanía califica los servicios públicos y denuncia problemas en una plataforma de retroalimentación; las entidades deben responder y las calificaciones son públicas.</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Open dialogue on policy</source>
        <translation>Diálogo abierto sobre políticas</translation>
    </message>
    <message>
        <source>The government consults people online and in person while it drafts policies and its open government plans, and reports back on what it heard and what it changed.</source>
        <translation>El gobierno consulta a la gente en línea y en persona mientras redacta políticas y sus planes de gobierno abierto, e informa qué escuchó y qué cambió.</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Decide Madrid</source>
        <translation>Decide Madrid</translation>
    </message>
    <message>
        <source>The city&apos;s participation platform lets residents make and support proposals and decide part of the budget; its open-source software is used by many other cities.</source>
        <translation>La plataforma de participación de la ciudad permite a los vecinos hacer y apoyar propuestas y decidir parte del presupuesto; su software libre lo usan muchas otras ciudades.</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Indigenous peoples in public decisions</source>
        <translation>Pueblos indígenas en las decisiones públicas</translation>
    </message>
    <message>
        <source>Indigenous organisations take part in shaping the policies that affect them, through free, prior and informed consultation and information in their own languages.</source>
        <translation>Las organizaciones indígenas participan en la elaboración de las políticas que las afectan, mediante la consulta libre, previa e informada y con información en sus propias lenguas.</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leona</translation>
    </message>
    <message>
        <source>Women in decisions on public services</source>
        <translation>Mujeres en las decisiones sobre servicios públicos</translation>
    </message>
    <message>
        <source>Commitments bring women into the decisions on public services and resources that affect them, and publish the data broken down by sex.</source>
        <translation>Los compromisos incorporan a las mujeres en las decisiones sobre los servicios y recursos públicos que las afectan, y publican los datos desagregados por sexo.</translation>
    </message>
    <message>
        <source>Gender analysis of policies and budgets</source>
        <translation>Análisis de género de políticas y presupuestos</translation>
    </message>
    <message>
        <source>Policies and budget measures are analysed for how they affect women, men and gender-diverse people, and the analyses are published.</source>
        <translation>Se analiza cómo afectan las políticas y las medidas presupuestarias a mujeres, hombres y personas de género diverso, y los análisis se publican.</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>A budget with a gender perspective</source>
        <translation>Un presupuesto con perspectiva de género</translation>
    </message>
    <message>
        <source>The national budget tags the spending that closes gender gaps and reports how it is spent, so that civil society can follow it.</source>
        <translation>El presupuesto nacional etiqueta el gasto que cierra brechas de género e informa cómo se ejecuta, para que la sociedad civil pueda seguirlo.</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <source>Reaching young and older people</source>
        <translation>Llegar a jóvenes y personas mayores</translation>
    </message>
    <message>
        <source>Open government reaches the groups that take part least, young people and the elderly, with plain language and dialogues held where they are.</source>
        <translation>El gobierno abierto llega a los grupos que menos participan, jóvenes y personas mayores, con lenguaje claro y diálogos allí donde están.</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ucrania</translation>
    </message>
    <message>
        <source>ProZorro: open public procurement</source>
        <translation>ProZorro: compras públicas abiertas</translation>
    </message>
    <message>
        <source>Public tenders run through one open electronic system where every bid and contract is public; civil society monitors it and flags suspicious purchases.</source>
        <translation>Las licitaciones públicas pasan por un único sistema electrónico abierto donde cada oferta y contrato es público; la sociedad civil lo vigila y señala las compras sospechosas.</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Monithon: civic monitoring of public funds</source>
        <translation>Monithon: monitoreo ciudadano de fondos públicos</translation>
    </message>
    <message>
        <source>Citizens and schools follow projects paid for with public funds, using open data, visit them and publish what they find.</source>
        <translation>Ciudadanos y escuelas siguen, con datos abiertos, los proyectos financiados con fondos públicos, los visitan y publican lo que encuentran.</translation>
    </message>
    <message>
        <source>Public register of beneficial owners</source>
        <translation>Registro público de beneficiarios finales</translation>
    </message>
    <message>
        <source>Companies must name the people who ultimately own or control them in a free, open public register, which makes it harder to hide money behind shell companies.</source>
        <translation>Las empresas deben declarar en un registro público, abierto y gratuito quiénes son, en última instancia, sus dueños o quienes las controlan, lo que dificulta esconder dinero detrás de sociedades pantalla.</translation>
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
        <translation>No hay ninguna práctica «%1» en la biblioteca de referencia; elija una de las prácticas de la biblioteca</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidencia: %1</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Informado por %1</translation>
    </message>
    <message>
        <source>%1, set by the forum (progress suggests %2)</source>
        <translation>%1, fijado por el foro (el avance sugiere %2)</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 cumplidos</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencido</numerusform>
            <numerusform>%n vencidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Avance general</translation>
    </message>
    <message>
        <source>no milestones yet</source>
        <translation>aún sin hitos</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>%1 done, %2 overdue, of %3</source>
        <translation>%1 cumplidos y %2 vencidos, de %3</translation>
    </message>
    <message>
        <source>Last progress update</source>
        <translation>Último reporte de avance</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aún ninguno</translation>
    </message>
    <message>
        <source>Completion level</source>
        <translation>Nivel de cumplimiento</translation>
    </message>
    <message numerus="yes">
        <source>The forum set the completion level of %n commitment(s) otherwise than progress suggests; the reasons are given with each commitment.</source>
        <translation>
            <numerusform>El foro fijó el nivel de cumplimiento de %n compromiso de forma distinta a lo que sugiere su avance; el motivo se indica junto al compromiso.</numerusform>
            <numerusform>El foro fijó el nivel de cumplimiento de %n compromisos de forma distinta a lo que sugiere su avance; los motivos se indican junto a cada compromiso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments at a glance</source>
        <translation>Los compromisos de un vistazo</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Lead implementing agency</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>The forum&apos;s reason</source>
        <translation>Motivo del foro</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencido)</translation>
    </message>
    <message>
        <source>no update yet</source>
        <translation>aún sin reporte de avance</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Latest updates</source>
        <translation>Últimos reportes de avance</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de avance</translation>
    </message>
    <message>
        <source>Action plan %1 to %2</source>
        <translation>Plan de acción del %1 al %2</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Fecha del informe</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Progress of each commitment</source>
        <translation>Avance de cada compromiso</translation>
    </message>
    <message>
        <source>The plan has no commitments yet.</source>
        <translation>El plan aún no tiene compromisos.</translation>
    </message>
</context>
<context>
    <name>ProgressTracking</name>
    <message>
        <source>Progress suggests “%1”; give the reason for “%2”</source>
        <translation>El avance sugiere «%1»; indique el motivo de «%2»</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Over time</source>
        <translation>Tiempo excedido</translation>
    </message>
    <message>
        <source>Time nearly up</source>
        <translation>Queda poco tiempo</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>The meeting has ended.</source>
        <translation>La reunión ha terminado.</translation>
    </message>
    <message>
        <source>Between items</source>
        <translation>Entre puntos</translation>
    </message>
    <message>
        <source>Speaking: %1 (%2) — %3</source>
        <translation>Tiene la palabra: %1 (%2) — %3</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguen: %1</translation>
    </message>
    <message>
        <source>Vote: %1
For %2 · Against %3 · Abstentions %4</source>
        <translation>Votación: %1
A favor %2 · En contra %3 · Abstenciones %4</translation>
    </message>
    <message>
        <source>%1: %2
For %3 · Against %4 · Abstentions %5</source>
        <translation>%1: %2
A favor %3 · En contra %4 · Abstenciones %5</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>The plan&apos;s progress at the end of each month: the mean of its commitments&apos; progress, each from its milestones.</source>
        <translation>El avance del plan al final de cada mes: el promedio del avance de sus compromisos, cada uno calculado a partir de sus hitos.</translation>
    </message>
    <message>
        <source>Milestones whose end date has come, and milestones done, month by month.</source>
        <translation>Hitos cuya fecha de término ya llegó e hitos cumplidos, mes a mes.</translation>
    </message>
    <message>
        <source>The mean progress of the commitments each agency leads.</source>
        <translation>El avance promedio de los compromisos a cargo de cada institución.</translation>
    </message>
    <message>
        <source>The mean progress of the commitments relevant to each OGP value.</source>
        <translation>El avance promedio de los compromisos relevantes para cada valor de la AGA.</translation>
    </message>
    <message>
        <source>Commitments per completion level in each of the forum&apos;s action plans.</source>
        <translation>Compromisos por nivel de cumplimiento en cada uno de los planes de acción del foro.</translation>
    </message>
    <message>
        <source>People present at the plan&apos;s meetings, by sector.</source>
        <translation>Personas presentes en las reuniones del plan, por sector.</translation>
    </message>
    <message>
        <source>Contributions received while the plan was co-created, answered and incorporated.</source>
        <translation>Aportes recibidos durante la cocreación del plan, respondidos e incorporados.</translation>
    </message>
    <message>
        <source>Figure %1. %2. %3</source>
        <translation>Figura %1. %2. %3</translation>
    </message>
    <message>
        <source>Minutes each sector spoke at the plan&apos;s meetings, as timed live.</source>
        <translation>Minutos que cada sector tuvo la palabra en las reuniones del plan, cronometrados en vivo.</translation>
    </message>
</context>
<context>
    <name>ResponseReport</name>
    <message>
        <source>Reasoned response report</source>
        <translation>Informe de respuestas razonadas</translation>
    </message>
    <message>
        <source>Contribution #%1 — %2</source>
        <translation>Aporte #%1 — %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Commitments it fed</source>
        <translation>Compromisos a los que contribuyó</translation>
    </message>
    <message>
        <source>Reasoned response</source>
        <translation>Respuesta razonada</translation>
    </message>
    <message>
        <source>still awaiting a response</source>
        <translation>aún a la espera de respuesta</translation>
    </message>
    <message>
        <source>Summary by treatment</source>
        <translation>Resumen por tratamiento</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Aportes</translation>
    </message>
    <message>
        <source>Summary by commitment</source>
        <translation>Resumen por compromiso</translation>
    </message>
    <message>
        <source>Not linked to a commitment</source>
        <translation>Sin vínculo con un compromiso</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Contributions it drew on</source>
        <translation>Aportes en que se basó</translation>
    </message>
    <message>
        <source>Of which incorporated</source>
        <translation>De ellos, incorporados</translation>
    </message>
    <message>
        <source>Each contribution and its response</source>
        <translation>Cada aporte y su respuesta</translation>
    </message>
</context>
<context>
    <name>SelfAssessment</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1, set by the forum: %2</source>
        <translation>%1, fijado por el foro: %2</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Practices that inspired it</source>
        <translation>Prácticas que lo inspiraron</translation>
    </message>
    <message>
        <source>Progress updates giving evidence: %1. The latest:</source>
        <translation>Reportes de avance con evidencia: %1. Los más recientes:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>no evidence recorded</source>
        <translation>sin evidencia registrada</translation>
    </message>
    <message>
        <source>Not yet assessed.</source>
        <translation>Aún no evaluado.</translation>
    </message>
    <message>
        <source>Relevance to OGP values</source>
        <translation>Relevancia para los valores de la AGA</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Estelar</translation>
    </message>
    <message>
        <source>IRM scale</source>
        <translation>Escala del IRM</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notas (%1)</translation>
    </message>
    <message>
        <source>End-of-term self-assessment report</source>
        <translation>Informe de autoevaluación de fin de término</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>1. The plan&apos;s results in figures</source>
        <translation>1. Los resultados del plan en cifras</translation>
    </message>
    <message>
        <source>Starred commitments: %1 in the self-assessment, %2 in the IRM&apos;s assessment. A starred commitment is verifiable, relevant to OGP values, of moderate or transformative potential impact, and substantially or fully complete.</source>
        <translation>Compromisos estelares: %1 en la autoevaluación, %2 en la evaluación del IRM. Un compromiso estelar es verificable, relevante para los valores de la AGA, de impacto potencial moderado o transformador, y con un cumplimiento sustancial o completo.</translation>
    </message>
    <message>
        <source>2. The process</source>
        <translation>2. El proceso</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation>Cocreación</translation>
    </message>
    <message>
        <source>Participation during implementation</source>
        <translation>Participación durante la implementación</translation>
    </message>
    <message>
        <source>No meetings about the plan are recorded since it started.</source>
        <translation>No hay reuniones sobre el plan registradas desde su inicio.</translation>
    </message>
    <message>
        <source>Meetings since the plan started</source>
        <translation>Reuniones desde el inicio del plan</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizadas</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Asistencias</translation>
    </message>
    <message>
        <source>The forum&apos;s role</source>
        <translation>El papel del foro</translation>
    </message>
    <message>
        <source>%1 led the co-creation of the plan, decided on its process and followed its implementation with the implementing agencies and civil society.</source>
        <translation>%1 condujo la cocreación del plan, decidió sobre su proceso y siguió su implementación con las instituciones responsables y la sociedad civil.</translation>
    </message>
    <message>
        <source>The forum approved the plan at “%1” on %2.</source>
        <translation>El foro aprobó el plan en «%1» el %2.</translation>
    </message>
    <message>
        <source>Members of the forum during the plan</source>
        <translation>Miembros del foro durante el plan</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>3. Final results of each commitment</source>
        <translation>3. Resultados finales de cada compromiso</translation>
    </message>
    <message>
        <source>The plan has no commitments.</source>
        <translation>El plan no tiene compromisos.</translation>
    </message>
    <message>
        <source>4. Response to the IRM&apos;s assessment</source>
        <translation>4. Respuesta a la evaluación del IRM</translation>
    </message>
    <message>
        <source>The IRM has not assessed the plan&apos;s commitments yet.</source>
        <translation>El IRM aún no ha evaluado los compromisos del plan.</translation>
    </message>
    <message>
        <source>completion “%1” in the self-assessment, “%2” for the IRM</source>
        <translation>cumplimiento «%1» en la autoevaluación, «%2» para el IRM</translation>
    </message>
    <message>
        <source>starred by the IRM only</source>
        <translation>estelar solo para el IRM</translation>
    </message>
    <message>
        <source>starred in the self-assessment only</source>
        <translation>estelar solo en la autoevaluación</translation>
    </message>
    <message>
        <source>The IRM&apos;s assessment agrees with the forum&apos;s on the completion and the starred rating of every commitment both assessed.</source>
        <translation>La evaluación del IRM coincide con la del foro en el cumplimiento y la calificación estelar de cada compromiso que ambos evaluaron.</translation>
    </message>
    <message>
        <source>The IRM&apos;s assessment differs from the forum&apos;s on these commitments; the forum takes its findings into the lessons below.</source>
        <translation>La evaluación del IRM difiere de la del foro en estos compromisos; el foro incorpora sus hallazgos en las lecciones que siguen.</translation>
    </message>
    <message>
        <source>5. Lessons learned and recommendations</source>
        <translation>5. Lecciones aprendidas y recomendaciones</translation>
    </message>
    <message>
        <source>No lessons have been recorded yet.</source>
        <translation>Aún no se han registrado lecciones.</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Recomendación: %1</translation>
    </message>
    <message>
        <source>6. Next steps</source>
        <translation>6. Próximos pasos</translation>
    </message>
    <message>
        <source>Lessons carried into the co-creation of “%1”: %2.</source>
        <translation>Lecciones llevadas a la cocreación de «%1»: %2.</translation>
    </message>
    <message>
        <source>Lessons still to be carried into the next plan: %1.</source>
        <translation>Lecciones que aún deben llevarse al próximo plan: %1.</translation>
    </message>
    <message>
        <source>The forum will record its lessons and carry them into the co-creation of the next plan.</source>
        <translation>El foro registrará sus lecciones y las llevará a la cocreación del próximo plan.</translation>
    </message>
    <message>
        <source>DRAFT — Interim self-assessment report</source>
        <translation>BORRADOR — Informe intermedio de autoevaluación</translation>
    </message>
    <message>
        <source>The plan is still in implementation, until %1: this is an interim report, not the end-of-term self-assessment, which is written once the implementation period has ended.</source>
        <translation>El plan sigue en implementación, hasta el %1: este es un informe intermedio, no la autoevaluación de fin de término, que se redacta una vez concluido el período de implementación.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n milestone(s) done)</source>
        <translation>
            <numerusform>%1 (%2 de %n hito cumplido)</numerusform>
            <numerusform>%1 (%2 de %n hitos cumplidos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan has %n commitment(s).</source>
        <translation>
            <numerusform>El plan tiene %n compromiso.</numerusform>
            <numerusform>El plan tiene %n compromisos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The forum has assessed %1 of them and the Independent Reporting Mechanism (IRM) %2.</source>
        <translation>El foro ha evaluado %1 de ellos y el Mecanismo de Revisión Independiente (IRM), %2.</translation>
    </message>
    <message numerus="yes">
        <source>Before the plan started, the forum held %n meeting(s) and event(s) to co-create it.</source>
        <translation>
            <numerusform>Antes del inicio del plan, el foro realizó %n reunión o evento para cocrearlo.</numerusform>
            <numerusform>Antes del inicio del plan, el foro realizó %n reuniones y eventos para cocrearlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SitePublisher</name>
    <message>
        <source>%1 is damaged, so Forum Desk cannot tell its own files from others in %2. Remove the site&apos;s files and %1, or publish into an empty folder.</source>
        <translation>%1 está dañado, así que Forum Desk no puede distinguir sus propios archivos de los demás en %2. Quite los archivos del sitio y %1, o publique en una carpeta vacía.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot make the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>The website has a file name Forum Desk does not write: “%1”</source>
        <translation>El sitio web tiene un nombre de archivo que Forum Desk no escribe: “%1”</translation>
    </message>
    <message>
        <source>The website has the file “%1” twice</source>
        <translation>El sitio web tiene dos veces el archivo “%1”</translation>
    </message>
    <message>
        <source>%1 is reached through a link; Forum Desk writes only inside %2</source>
        <translation>%1 se alcanza por un enlace; Forum Desk solo escribe dentro de %2</translation>
    </message>
    <message>
        <source>%1 is a link; Forum Desk writes only inside %2</source>
        <translation>%1 es un enlace; Forum Desk solo escribe dentro de %2</translation>
    </message>
    <message>
        <source>%1 is a file where the website needs a folder. Move it away or publish into another folder.</source>
        <translation>%1 es un archivo donde el sitio web necesita una carpeta. Muévalo a otro lugar o publique en otra carpeta.</translation>
    </message>
    <message>
        <source>%1 already holds %2, which Forum Desk did not publish there or which was changed since. Move it away or publish into another folder.</source>
        <translation>%1 ya contiene %2, que Forum Desk no publicó allí o que se modificó después. Muévalo a otro lugar o publique en otra carpeta.</translation>
    </message>
</context>
<context>
    <name>StageGate</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>The plan has no commitments yet.</source>
        <translation>El plan aún no tiene compromisos.</translation>
    </message>
    <message>
        <source>Contributions without a reasoned response with its date (%1): %2.</source>
        <translation>Aportes sin respuesta razonada con su fecha (%1): %2.</translation>
    </message>
    <message>
        <source>Commitments without a lead implementing agency (%1): %2.</source>
        <translation>Compromisos sin institución responsable (%1): %2.</translation>
    </message>
    <message>
        <source>Commitments without milestones (%1): %2.</source>
        <translation>Compromisos sin hitos (%1): %2.</translation>
    </message>
    <message>
        <source>“%1” (commitment %2)</source>
        <translation>«%1» (compromiso %2)</translation>
    </message>
    <message>
        <source>Milestones without an expected completion (end) date (%1): %2.</source>
        <translation>Hitos sin fecha prevista de término (%1): %2.</translation>
    </message>
    <message>
        <source>No adopted forum decision approves the plan: record the forum&apos;s approval with its meeting.</source>
        <translation>Ningún acuerdo adoptado por el foro aprueba el plan: registre la aprobación del foro con su reunión.</translation>
    </message>
    <message>
        <source>Commitments with neither a progress update nor a completion level to assess them on (%1): %2.</source>
        <translation>Compromisos sin reporte de avance ni nivel de cumplimiento sobre los cuales evaluarlos (%1): %2.</translation>
    </message>
    <message>
        <source>Commitments without a self-assessment (%1): %2.</source>
        <translation>Compromisos sin autoevaluación (%1): %2.</translation>
    </message>
    <message>
        <source>Commitments whose self-assessment gives no completion level (%1): %2.</source>
        <translation>Compromisos cuya autoevaluación no indica nivel de cumplimiento (%1): %2.</translation>
    </message>
    <message>
        <source>No lesson learned is recorded for the plan.</source>
        <translation>No hay ninguna lección aprendida registrada para el plan.</translation>
    </message>
    <message>
        <source>“%1” is not a stage of a plan; the stages are %2</source>
        <translation>«%1» no es una etapa de un plan; las etapas son %2</translation>
    </message>
    <message>
        <source>“%1” is already at the stage “%2”</source>
        <translation>«%1» ya está en la etapa «%2»</translation>
    </message>
    <message>
        <source>A plan moves one stage at a time: from “%1”, “%2” can go to %3, not to “%4”</source>
        <translation>Un plan avanza una etapa a la vez: desde «%1», «%2» puede pasar a %3, no a «%4»</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>“%1” cannot move to “%2” yet: %3 Give a reason to move it anyway.</source>
        <translation>«%1» aún no puede pasar a «%2»: %3 Indique un motivo para pasarlo de todos modos.</translation>
    </message>
    <message>
        <source>“%1” moved from “%2” to “%3”.</source>
        <translation>«%1» pasó de «%2» a «%3».</translation>
    </message>
    <message>
        <source>“%1” moved back from “%2” to “%3”.</source>
        <translation>«%1» volvió de «%2» a «%3».</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Falta: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
</context>
<context>
    <name>StandardsCheck</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Government and civil society sit on the forum, under recorded rules of participation</source>
        <translation>El gobierno y la sociedad civil integran el foro, con reglas de participación registradas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) today</source>
        <translation>
            <numerusform>%n miembro hoy</numerusform>
            <numerusform>%n miembros hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no member today</source>
        <translation>%1: ningún miembro hoy</translation>
    </message>
    <message>
        <source>Rules of participation: recorded</source>
        <translation>Reglas de participación: registradas</translation>
    </message>
    <message>
        <source>Rules of participation: not recorded</source>
        <translation>Reglas de participación: no registradas</translation>
    </message>
    <message>
        <source>%1 (%2): term ends on %3</source>
        <translation>%1 (%2): su mandato termina el %3</translation>
    </message>
    <message>
        <source>no member of %1 sits on the forum today</source>
        <translation>hoy no hay en el foro miembros de %1</translation>
    </message>
    <message>
        <source>Bring %1 onto the forum and record its members on the Members page.</source>
        <translation>Incorpore al foro a representantes de %1 y regístrelos en la página Miembros.</translation>
    </message>
    <message>
        <source>the rules of participation are not recorded</source>
        <translation>las reglas de participación no están registradas</translation>
    </message>
    <message>
        <source>Agree the forum&apos;s rules of participation, record them in the forum&apos;s settings and publish them.</source>
        <translation>Acuerde las reglas de participación del foro, regístrelas en la configuración del foro y publíquelas.</translation>
    </message>
    <message>
        <source>Not met: %1.</source>
        <translation>No cumplido: %1.</translation>
    </message>
    <message>
        <source>The terms of every member of %1 end by %2: after that the forum would lack the sector.</source>
        <translation>Los mandatos de todos los miembros de %1 terminan a más tardar el %2: después, el foro quedaría sin ese sector.</translation>
    </message>
    <message>
        <source>Renew those terms or appoint new members of %1 before %2.</source>
        <translation>Renueve esos mandatos o designe nuevos miembros de %1 antes del %2.</translation>
    </message>
    <message>
        <source>Government (%1) and civil society (%2) sit on the forum, and its rules of participation are recorded.</source>
        <translation>El gobierno (%1) y la sociedad civil (%2) integran el foro, y sus reglas de participación están registradas.</translation>
    </message>
    <message>
        <source>No action needed; renew members before their terms end.</source>
        <translation>No se requiere ninguna acción; renueve a los miembros antes de que terminen sus mandatos.</translation>
    </message>
    <message>
        <source>%1 without a session: from %2 (%3) to %4 (%5)</source>
        <translation>%1 sin sesiones: del %2 (%3) al %4 (%5)</translation>
    </message>
    <message>
        <source>%1 without a session: from %2 (%3) to %4</source>
        <translation>%1 sin sesiones: del %2 (%3) al %4</translation>
    </message>
    <message>
        <source>The forum meets at least every six months</source>
        <translation>El foro se reúne al menos cada seis meses</translation>
    </message>
    <message>
        <source>Forum founded on %1</source>
        <translation>Foro creado el %1</translation>
    </message>
    <message>
        <source>The plan&apos;s cycle began on %1</source>
        <translation>El ciclo del plan comenzó el %1</translation>
    </message>
    <message>
        <source>No forum session held yet</source>
        <translation>Aún no se ha realizado ninguna sesión del foro</translation>
    </message>
    <message>
        <source>The forum has not held a session in the %1 since %2.</source>
        <translation>El foro no ha realizado ninguna sesión en %1, desde el %2.</translation>
    </message>
    <message>
        <source>Convene a forum session now and record it on the Meetings page.</source>
        <translation>Convoque ahora una sesión del foro y regístrela en la página Reuniones.</translation>
    </message>
    <message>
        <source>The forum has not held its first session yet.</source>
        <translation>El foro aún no ha realizado su primera sesión.</translation>
    </message>
    <message>
        <source>Hold the forum&apos;s first session before %1.</source>
        <translation>Realice la primera sesión del foro antes del %1.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3; the longest gap: %4</source>
        <translation>%1 del %2 al %3; el intervalo más largo: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n forum session(s) held</source>
        <translation>
            <numerusform>%n sesión del foro realizada</numerusform>
            <numerusform>%n sesiones del foro realizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier session(s) not listed</source>
        <translation>
            <numerusform>%n sesión anterior no listada</numerusform>
            <numerusform>%n sesiones anteriores no listadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (planned)</source>
        <translation>%1 — %2 (programada)</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) the forum went more than six months without a session; the longest gap lasted %1.</source>
        <translation>
            <numerusform>En %n ocasión el foro pasó más de seis meses sin sesionar; el intervalo más largo duró %1.</numerusform>
            <numerusform>En %n ocasiones el foro pasó más de seis meses sin sesionar; el intervalo más largo duró %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold the session planned for %1, or convene one sooner: the last was on %2.</source>
        <translation>Realice la sesión programada para el %1 o convoque una antes: la última fue el %2.</translation>
    </message>
    <message>
        <source>Convene a forum session now: the last was on %1.</source>
        <translation>Convoque ahora una sesión del foro: la última fue el %1.</translation>
    </message>
    <message>
        <source>Set the date of the next session at each session, no more than six months ahead, and explain the gaps in the self-assessment report.</source>
        <translation>En cada sesión, fije la fecha de la siguiente, a no más de seis meses, y explique los intervalos en el informe de autoevaluación.</translation>
    </message>
    <message>
        <source>Six months since the last session (%1) are up on %2, and no session is planned by then.</source>
        <translation>El %2 se cumplen seis meses desde la última sesión (%1), y no hay ninguna sesión programada antes de esa fecha.</translation>
    </message>
    <message>
        <source>Convene a forum session before %1.</source>
        <translation>Convoque una sesión del foro antes del %1.</translation>
    </message>
    <message>
        <source>No gap of more than six months between sessions; the longest lasted %1.</source>
        <translation>Ningún intervalo de más de seis meses entre sesiones; el más largo duró %1.</translation>
    </message>
    <message>
        <source>Hold the next session before %1.</source>
        <translation>Realice la próxima sesión antes del %1.</translation>
    </message>
    <message>
        <source>No action needed.</source>
        <translation>No se requiere ninguna acción.</translation>
    </message>
    <message>
        <source>The forum has a public OGP website</source>
        <translation>El foro tiene un sitio web público de la AGA</translation>
    </message>
    <message>
        <source>No website address is recorded</source>
        <translation>No hay dirección de sitio web registrada</translation>
    </message>
    <message>
        <source>No website is recorded for the forum.</source>
        <translation>No hay ningún sitio web registrado para el foro.</translation>
    </message>
    <message>
        <source>Publish an OGP website (or a page on a government site) and record its address in the forum&apos;s settings.</source>
        <translation>Publique un sitio web de la AGA (o una página en un sitio del gobierno) y registre su dirección en la configuración del foro.</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Sitio web: %1</translation>
    </message>
    <message>
        <source>The website recorded is not a web address (http:// or https://).</source>
        <translation>El sitio web registrado no es una dirección web (http:// o https://).</translation>
    </message>
    <message>
        <source>Correct the website&apos;s address in the forum&apos;s settings, so that anyone can open it.</source>
        <translation>Corrija la dirección del sitio web en la configuración del foro, para que cualquier persona pueda abrirlo.</translation>
    </message>
    <message>
        <source>The forum&apos;s website is recorded.</source>
        <translation>El sitio web del foro está registrado.</translation>
    </message>
    <message>
        <source>No action needed; keep the website up to date with the forum&apos;s work.</source>
        <translation>No se requiere ninguna acción; mantenga el sitio web al día con el trabajo del foro.</translation>
    </message>
    <message>
        <source>The forum keeps a public document repository</source>
        <translation>El foro mantiene un repositorio de documentos público</translation>
    </message>
    <message>
        <source>No repository address is recorded</source>
        <translation>No hay dirección de repositorio registrada</translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>Repositorio: %1</translation>
    </message>
    <message>
        <source>Minutes published: %1 of %2 meetings of the plan held</source>
        <translation>Actas publicadas: %1 de %2 reuniones del plan realizadas</translation>
    </message>
    <message>
        <source>%1, not published</source>
        <translation>%1, sin publicar</translation>
    </message>
    <message>
        <source>No document repository is recorded for the forum.</source>
        <translation>No hay ningún repositorio de documentos registrado para el foro.</translation>
    </message>
    <message>
        <source>Open a public repository for the forum&apos;s documents (minutes, contributions, the plan, progress) and record its address in the forum&apos;s settings.</source>
        <translation>Abra un repositorio público para los documentos del foro (actas, aportes, el plan, avances) y registre su dirección en la configuración del foro.</translation>
    </message>
    <message>
        <source>The repository recorded is not a web address (http:// or https://).</source>
        <translation>El repositorio registrado no es una dirección web (http:// o https://).</translation>
    </message>
    <message>
        <source>Correct the repository&apos;s address in the forum&apos;s settings, so that anyone can open it.</source>
        <translation>Corrija la dirección del repositorio en la configuración del foro, para que cualquier persona pueda abrirlo.</translation>
    </message>
    <message numerus="yes">
        <source>The minutes of %n meeting(s) held more than six months ago are not published.</source>
        <translation>
            <numerusform>El acta de %n reunión realizada hace más de seis meses no está publicada.</numerusform>
            <numerusform>Las actas de %n reuniones realizadas hace más de seis meses no están publicadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve and publish those minutes in the repository, then mark them published on the Meetings page.</source>
        <translation>Apruebe y publique esas actas en el repositorio; luego márquelas como publicadas en la página Reuniones.</translation>
    </message>
    <message>
        <source>The forum&apos;s repository is recorded, and no minutes older than six months wait to be published.</source>
        <translation>El repositorio del foro está registrado y no hay actas de más de seis meses pendientes de publicación.</translation>
    </message>
    <message>
        <source>No action needed; publish each meeting&apos;s minutes once approved.</source>
        <translation>No se requiere ninguna acción; publique el acta de cada reunión una vez aprobada.</translation>
    </message>
    <message>
        <source>Every contribution gets a reasoned response</source>
        <translation>Cada aporte recibe una respuesta razonada</translation>
    </message>
    <message>
        <source>No contributions recorded for this plan</source>
        <translation>No hay aportes registrados para este plan</translation>
    </message>
    <message>
        <source>No contributions have been recorded for this plan.</source>
        <translation>No se han registrado aportes para este plan.</translation>
    </message>
    <message>
        <source>Record each contribution received during co-creation on the Co-create page, then answer it.</source>
        <translation>Registre en la página Cocreación cada aporte recibido durante la cocreación y luego respóndalo.</translation>
    </message>
    <message>
        <source>%1 of %2 contributions have a reasoned response</source>
        <translation>%1 de %2 aportes tienen respuesta razonada</translation>
    </message>
    <message>
        <source>#%1 — %2, received on %3 (%4): no response yet</source>
        <translation>#%1 — %2, recibido el %3 (%4): aún sin respuesta</translation>
    </message>
    <message numerus="yes">
        <source>All %n contribution(s) have a reasoned response.</source>
        <translation>
            <numerusform>El aporte recibido (%n) tiene respuesta razonada.</numerusform>
            <numerusform>Todos los aportes (%n) tienen respuesta razonada.</numerusform>
        </translation>
    </message>
    <message>
        <source>No action needed; answer each new contribution with the forum&apos;s reasons.</source>
        <translation>No se requiere ninguna acción; responda cada nuevo aporte con las razones del foro.</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) still wait for a reasoned response; the oldest was received on %1.</source>
        <translation>
            <numerusform>%n aporte aún espera una respuesta razonada; se recibió el %1.</numerusform>
            <numerusform>%n aportes aún esperan una respuesta razonada; el más antiguo se recibió el %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer them on the Co-create page before the plan is submitted, the oldest first.</source>
        <translation>Respóndalos en la página Cocreación antes de presentar el plan, empezando por el más antiguo.</translation>
    </message>
    <message>
        <source>Answer them now on the Co-create page and publish the responses: OGP expects a response to each contribution, even after the plan is submitted.</source>
        <translation>Respóndalos ahora en la página Cocreación y publique las respuestas: la AGA espera una respuesta a cada aporte, incluso después de presentado el plan.</translation>
    </message>
    <message>
        <source>At least two meetings a year present implementation results to civil society</source>
        <translation>Al menos dos reuniones al año presentan a la sociedad civil los resultados de la implementación</translation>
    </message>
    <message>
        <source>Implementation starts on %1</source>
        <translation>La implementación comienza el %1</translation>
    </message>
    <message>
        <source>The plan&apos;s implementation has not started.</source>
        <translation>La implementación del plan no ha comenzado.</translation>
    </message>
    <message>
        <source>Once implementation starts, hold at least two meetings a year where the implementing agencies present their results to civil society.</source>
        <translation>Una vez iniciada la implementación, realice al menos dos reuniones al año en las que las instituciones responsables presenten sus resultados a la sociedad civil.</translation>
    </message>
    <message>
        <source>Implementation from %1 to %2</source>
        <translation>Implementación del %1 al %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) presented</source>
        <translation>
            <numerusform>%n compromiso presentado</numerusform>
            <numerusform>%n compromisos presentados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n civil-society participant(s)</source>
        <translation>
            <numerusform>%n participante de la sociedad civil</numerusform>
            <numerusform>%n participantes de la sociedad civil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 expected</source>
        <translation>%1: %2 de %3 previstas</translation>
    </message>
    <message>
        <source>%1 (year under way): %2 of %3 expected</source>
        <translation>%1 (año en curso): %2 de %3 previstas</translation>
    </message>
    <message>
        <source>Too few meetings presented implementation results to civil society in %1.</source>
        <translation>En %1, las reuniones que presentaron a la sociedad civil los resultados de la implementación fueron insuficientes.</translation>
    </message>
    <message>
        <source>Hold at least two such meetings every year. If they took place, link their agenda items to the commitments presented and record who attended from civil society.</source>
        <translation>Realice al menos dos de esas reuniones cada año. Si se realizaron, vincule sus puntos del orden del día con los compromisos presentados y registre quiénes asistieron por la sociedad civil.</translation>
    </message>
    <message numerus="yes">
        <source>%n more meeting(s) with civil society on implementation results are needed in %1.</source>
        <translation>
            <numerusform>En %1 falta %n reunión más con la sociedad civil sobre los resultados de la implementación.</numerusform>
            <numerusform>En %1 faltan %n reuniones más con la sociedad civil sobre los resultados de la implementación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before %1, hold a meeting where the implementing agencies present their commitments&apos; results to civil society, with the agenda items linked to the commitments.</source>
        <translation>Antes del %1, realice una reunión en la que las instituciones responsables presenten a la sociedad civil los resultados de sus compromisos, con los puntos del orden del día vinculados a los compromisos.</translation>
    </message>
    <message>
        <source>Every year of implementation so far had enough meetings presenting results to civil society.</source>
        <translation>Hasta ahora, cada año de implementación tuvo suficientes reuniones de presentación de resultados a la sociedad civil.</translation>
    </message>
    <message>
        <source>No action needed; keep two such meetings on each year&apos;s calendar.</source>
        <translation>No se requiere ninguna acción; mantenga dos de esas reuniones en el calendario de cada año.</translation>
    </message>
    <message>
        <source>The plan is submitted by its due date</source>
        <translation>El plan se presenta a más tardar en su fecha límite</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <source>Due on %1 (OGP&apos;s 31 August before the plan starts)</source>
        <translation>Vence el %1 (el 31 de agosto previo al inicio del plan, según la AGA)</translation>
    </message>
    <message>
        <source>Submitted on %1</source>
        <translation>Presentado el %1</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Aún no presentado</translation>
    </message>
    <message>
        <source>the forum approved the plan</source>
        <translation>el foro aprobó el plan</translation>
    </message>
    <message>
        <source>More than four months late: OGP considers this acting contrary to process.</source>
        <translation>Más de cuatro meses de retraso: la AGA lo considera actuar en contra del proceso.</translation>
    </message>
    <message>
        <source>Submitted on %1, on time for its due date (%2).</source>
        <translation>Presentado el %1, dentro del plazo (fecha límite: %2).</translation>
    </message>
    <message>
        <source>Late by %1</source>
        <translation>Retraso de %1</translation>
    </message>
    <message>
        <source>Submitted on %1, %2 after its due date (%3).</source>
        <translation>Presentado el %1, %2 después de su fecha límite (%3).</translation>
    </message>
    <message>
        <source>Explain the delay in the self-assessment report, and start the next plan&apos;s co-creation early enough to submit it by 31 August.</source>
        <translation>Explique el retraso en el informe de autoevaluación e inicie la cocreación del próximo plan con suficiente antelación para presentarlo a más tardar el 31 de agosto.</translation>
    </message>
    <message>
        <source>Late by %1 today</source>
        <translation>Retraso de %1 a la fecha</translation>
    </message>
    <message>
        <source>Due on %1 and not submitted: %2 late.</source>
        <translation>Vencía el %1 y no se ha presentado: %2 de retraso.</translation>
    </message>
    <message>
        <source>Submit the plan to OGP as soon as the forum approves it, and record the date with Edit Plan on the Co-create page. If it was submitted, record that date.</source>
        <translation>Presente el plan a la AGA en cuanto el foro lo apruebe y registre la fecha con Editar plan en la página Cocreación. Si ya se presentó, registre esa fecha.</translation>
    </message>
    <message>
        <source>Submit the plan to OGP before %1, when it would be more than four months late, and record the date with Edit Plan on the Co-create page. If it was submitted, record that date.</source>
        <translation>Presente el plan a la AGA antes del %1, cuando tendría más de cuatro meses de retraso, y registre la fecha con Editar plan en la página Cocreación. Si ya se presentó, registre esa fecha.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Falta %n día</numerusform>
            <numerusform>Faltan %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due on %1, in %n day(s), and not submitted yet.</source>
        <translation>
            <numerusform>Vence el %1, en %n día, y aún no se ha presentado.</numerusform>
            <numerusform>Vence el %1, en %n días, y aún no se ha presentado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish the co-creation, have the forum approve the plan and submit it by %1.</source>
        <translation>Concluya la cocreación, haga que el foro apruebe el plan y preséntelo a más tardar el %1.</translation>
    </message>
    <message>
        <source>Not due until %1.</source>
        <translation>No vence hasta el %1.</translation>
    </message>
    <message>
        <source>Plan the co-creation so that the forum can approve the plan before %1.</source>
        <translation>Planifique la cocreación para que el foro pueda aprobar el plan antes del %1.</translation>
    </message>
    <message>
        <source>The plan covers at least 20 months</source>
        <translation>El plan abarca al menos 20 meses</translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation>Comienza el %1</translation>
    </message>
    <message>
        <source>Ends on %1</source>
        <translation>Termina el %1</translation>
    </message>
    <message numerus="yes">
        <source>Covers %n month(s)</source>
        <translation>
            <numerusform>Abarca %n mes</numerusform>
            <numerusform>Abarca %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan covers %n month(s); OGP asks for at least 20.</source>
        <translation>
            <numerusform>El plan abarca %n mes; la AGA exige al menos 20.</numerusform>
            <numerusform>El plan abarca %n meses; la AGA exige al menos 20.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend the plan&apos;s period to at least 20 months with Edit Plan on the Co-create page, or agree the shorter period with OGP.</source>
        <translation>Amplíe el periodo del plan a al menos 20 meses con Editar plan en la página Cocreación, o acuerde con la AGA el periodo más corto.</translation>
    </message>
    <message>
        <source>The plan ends on %1; OGP&apos;s implementation periods end on 31 August of the plan&apos;s last year.</source>
        <translation>El plan termina el %1; los periodos de implementación de la AGA terminan el 31 de agosto del último año del plan.</translation>
    </message>
    <message>
        <source>Check the end date with OGP&apos;s calendar; consider ending the plan on %1.</source>
        <translation>Verifique la fecha de término con el calendario de la AGA; considere terminar el plan el %1.</translation>
    </message>
    <message numerus="yes">
        <source>The plan covers %n months and ends on 31 August.</source>
        <translation>
            <numerusform>El plan abarca %n mes y termina el 31 de agosto.</numerusform>
            <numerusform>El plan abarca %n meses y termina el 31 de agosto.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Members today: %1</source>
        <translation>Miembros hoy: %1</translation>
    </message>
    <message>
        <source>Contributions received: %1 (%2); with a reasoned response: %3</source>
        <translation>Aportes recibidos: %1 (%2); con respuesta razonada: %3</translation>
    </message>
    <message>
        <source>Meetings of the plan held with civil society present: %1 of %2</source>
        <translation>Reuniones del plan realizadas con presencia de la sociedad civil: %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Commitment %1 (%2): %n gap(s) in the template</source>
        <translation>
            <numerusform>Compromiso %1 (%2): %n vacío en la plantilla</numerusform>
            <numerusform>Compromiso %1 (%2): %n vacíos en la plantilla</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments with an OGP value (access to information, civic participation or public accountability): %1 of %2</source>
        <translation>Compromisos con un valor de la AGA (acceso a la información, participación cívica o rendición de cuentas): %1 de %2</translation>
    </message>
    <message>
        <source>Commitments with technology and innovation alone, which OGP does not count: %1</source>
        <translation>Compromisos solo de tecnología e innovación, que la AGA no cuenta: %1</translation>
    </message>
    <message>
        <source>Commitments that fill in OGP&apos;s template: %1 of %2 (%3 gaps in all)</source>
        <translation>Compromisos que completan la plantilla de la AGA: %1 de %2 (%3 vacíos en total)</translation>
    </message>
    <message>
        <source>Milestones with an expected output and an end date: %1 of %2</source>
        <translation>Hitos con producto esperado y fecha de término: %1 de %2</translation>
    </message>
    <message>
        <source>Assessed commitments (the IRM&apos;s assessment, else the self-assessment): %1; verifiable: %2; relevant to an OGP value: %3</source>
        <translation>Compromisos evaluados (según el IRM o, a falta de ello, según la autoevaluación): %1; verificables: %2; relevantes para un valor de la AGA: %3</translation>
    </message>
    <message>
        <source>No commitment has been assessed yet</source>
        <translation>Aún no se ha evaluado ningún compromiso</translation>
    </message>
    <message>
        <source>Assessed commitments (the IRM&apos;s assessment, else the self-assessment): %1 of %2</source>
        <translation>Compromisos evaluados (según el IRM o, a falta de ello, según la autoevaluación): %1 de %2</translation>
    </message>
    <message>
        <source>Substantial potential for results: %1; moderate or transformative potential impact: %2</source>
        <translation>Potencial de resultados sustancial: %1; impacto potencial moderado o transformador: %2</translation>
    </message>
    <message>
        <source>Commitments on a frontier of open government: %1 of %2</source>
        <translation>Compromisos en una frontera del gobierno abierto: %1 de %2</translation>
    </message>
    <message>
        <source>Commitments on civic participation or public accountability: %1 of %2</source>
        <translation>Compromisos de participación cívica o rendición de cuentas: %1 de %2</translation>
    </message>
    <message>
        <source>Commitments with technology and innovation alone: %1</source>
        <translation>Compromisos solo de tecnología e innovación: %1</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message numerus="yes">
        <source>%n met</source>
        <translation>
            <numerusform>%n cumplido</numerusform>
            <numerusform>%n cumplidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n en riesgo</numerusform>
            <numerusform>%n en riesgo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not met</source>
        <translation>
            <numerusform>%n no cumplido</numerusform>
            <numerusform>%n no cumplidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n no aplica</numerusform>
            <numerusform>%n no aplican</numerusform>
        </translation>
    </message>
    <message>
        <source>Did co-creation meet the Standards, and how much did the public influence the plan?</source>
        <translation>¿Cumplió la cocreación con los Estándares, y cuánto influyó el público en el plan?</translation>
    </message>
    <message>
        <source>The IRM reviews whether the co-creation process met the minimum requirements of the Participation and Co-Creation Standards, and the level of public influence on the action plan.</source>
        <translation>El IRM revisa si el proceso de cocreación cumplió los requisitos mínimos de los Estándares de Participación y Cocreación, y el nivel de influencia del público en el plan de acción.</translation>
    </message>
    <message>
        <source>OGP, Independent Reporting Mechanism: Action Plan Review.</source>
        <translation>AGA, Mecanismo de Revisión Independiente: Revisión del plan de acción.</translation>
    </message>
    <message>
        <source>Contributions from outside government: %1 of %2</source>
        <translation>Aportes de fuera del gobierno: %1 de %2</translation>
    </message>
    <message>
        <source>Are the commitments verifiable, with an open-government lens?</source>
        <translation>¿Son verificables los compromisos, con un enfoque de gobierno abierto?</translation>
    </message>
    <message>
        <source>Verifiable: the commitment sets out objectively verifiable activities, so that its implementation can be assessed. Open-government lens: it sets out to make a policy area, an institution or a decision-making process more transparent, participatory or accountable to the public.</source>
        <translation>Verificable: el compromiso establece actividades objetivamente verificables, de modo que se pueda evaluar su implementación. Enfoque de gobierno abierto: busca que un área de política, una institución o un proceso de toma de decisiones sea más transparente, participativo o sujeto a rendición de cuentas ante el público.</translation>
    </message>
    <message>
        <source>OGP glossary, “Verifiability” and “Relevance”; IRM Action Plan Review.</source>
        <translation>Glosario de la AGA, «Verificabilidad» y «Relevancia»; Revisión del plan de acción del IRM.</translation>
    </message>
    <message>
        <source>The plan has no commitments yet</source>
        <translation>El plan aún no tiene compromisos</translation>
    </message>
    <message>
        <source>What potential for results do the commitments have?</source>
        <translation>¿Qué potencial de resultados tienen los compromisos?</translation>
    </message>
    <message>
        <source>Potential for results: unclear (it continues ongoing practice), modest (a positive but standalone change, such as a website, a data release, training or a pilot) or substantial (a possible game changer: binding and institutionalised change).</source>
        <translation>Potencial de resultados: poco claro (continúa prácticas en curso), modesto (un cambio positivo pero aislado, como un sitio web, una publicación de datos, una capacitación o un piloto) o sustancial (un posible cambio decisivo: cambios vinculantes e institucionalizados).</translation>
    </message>
    <message>
        <source>OGP glossary, “Ambition”: the potential for results the IRM assesses since the 2020 action plans.</source>
        <translation>Glosario de la AGA, «Ambición»: el potencial de resultados que el IRM evalúa desde los planes de acción de 2020.</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards (2021), Standard 1, minimum requirement 1.1: a space for ongoing dialogue with both government and civil-society members that meets regularly (at least every six months), with its basic rules on participation public. This check covers its members and rules; the next, its meetings.</source>
        <translation>Estándares de Participación y Cocreación de la AGA (2021), Estándar 1, requisito mínimo 1.1: un espacio de diálogo permanente con miembros del gobierno y de la sociedad civil que se reúne con regularidad (al menos cada seis meses), con sus reglas básicas de participación públicas. Esta verificación cubre sus miembros y reglas; la siguiente, sus reuniones.</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards (2021), Standard 1, minimum requirement 1.1: the space for dialogue meets regularly, at least every six months. This check covers its meetings; the one before, its members and rules.</source>
        <translation>Estándares de Participación y Cocreación de la AGA (2021), Estándar 1, requisito mínimo 1.1: el espacio de diálogo se reúne con regularidad, al menos cada seis meses. Esta verificación cubre sus reuniones; la anterior, sus miembros y reglas.</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards (2021), Standard 2, minimum requirement 2.1: a public OGP website dedicated to the member&apos;s participation in OGP is maintained.</source>
        <translation>Estándares de Participación y Cocreación de la AGA (2021), Estándar 2, requisito mínimo 2.1: se mantiene un sitio web público de la AGA dedicado a la participación del miembro en la AGA.</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards (2021), Standard 2, minimum requirement 2.2: a publicly available document repository, updated at least twice a year (OGP glossary, “Repository”).</source>
        <translation>Estándares de Participación y Cocreación de la AGA (2021), Estándar 2, requisito mínimo 2.2: un repositorio de documentos de acceso público, actualizado al menos dos veces al año (glosario de la AGA, «Repositorio»).</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards (2021), Standard 4: a reasoned response to stakeholders, explaining why their ideas were or were not included in the action plan (OGP glossary, “Reasoned response”).</source>
        <translation>Estándares de Participación y Cocreación de la AGA (2021), Estándar 4: una respuesta razonada a los actores, que explique por qué sus ideas se incluyeron o no en el plan de acción (glosario de la AGA, «Respuesta razonada»).</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards (2021), Standard 5, minimum requirement 5.1: the forum holds at least two meetings every year with civil society to present results on the implementation of the action plan and collect comments (OGP National Handbook, “Implementing action plans”).</source>
        <translation>Estándares de Participación y Cocreación de la AGA (2021), Estándar 5, requisito mínimo 5.1: el foro celebra al menos dos reuniones al año con la sociedad civil para presentar los resultados de la implementación del plan de acción y recoger comentarios (Manual Nacional de la AGA, «Implementación de los planes de acción»).</translation>
    </message>
    <message>
        <source>OGP, “Country and OGP Local dates and deadlines”: action plans are due on 31 August; a plan delivered more than four months late (after 1 January of the next year) acts contrary to OGP process.</source>
        <translation>AGA, «Fechas y plazos para países y OGP Local»: los planes de acción vencen el 31 de agosto; un plan entregado con más de cuatro meses de retraso (después del 1 de enero del año siguiente) actúa en contra del proceso de la AGA.</translation>
    </message>
    <message>
        <source>OGP, “Country and OGP Local dates and deadlines”: action plans cover a period of implementation of at least 20 months, ending on 31 August of the second year of implementation. (The page predates OGP&apos;s four-year plans; check it against OGP&apos;s current handbook.)</source>
        <translation>AGA, «Fechas y plazos para países y OGP Local»: los planes de acción cubren un período de implementación de al menos 20 meses, que termina el 31 de agosto del segundo año de implementación. (La página es anterior a los planes de cuatro años de la AGA; contrástela con el manual vigente de la AGA.)</translation>
    </message>
    <message>
        <source>Standard %1</source>
        <translation>Estándar %1</translation>
    </message>
</context>
<context>
    <name>SyncCopies</name>
    <message>
        <source>“%1” is in the way of the folder for merged copies</source>
        <translation>“%1” ocupa el lugar de la carpeta de copias fusionadas</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made</source>
        <translation>No se puede crear la carpeta “%1”</translation>
    </message>
    <message>
        <source>“%1” cannot be moved into “%2”</source>
        <translation>No se puede mover “%1” a “%2”</translation>
    </message>
    <message>
        <source>kept copy</source>
        <comment>a file&apos;s name: FORUM (kept copy DATE TIME)</comment>
        <translation>copia guardada</translation>
    </message>
    <message>
        <source>merged copies</source>
        <comment>a folder&apos;s name: FORUM (merged copies)</comment>
        <translation>copias fusionadas</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“%1” (%3) cannot be before “%2” (%4)</source>
        <translation>«%1» (%3) no puede ser anterior a «%2» (%4)</translation>
    </message>
    <message>
        <source>“%1” (%3) must be after “%2” (%4)</source>
        <translation>«%1» (%3) debe ser posterior a «%2» (%4)</translation>
    </message>
    <message>
        <source>There is no %1 with id %2</source>
        <translation>No existe %1 con id %2</translation>
    </message>
    <message>
        <source>“%1” is required</source>
        <translation>«%1» es obligatorio</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters</source>
        <translation>«%1» tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>“%1” must be one of %2, not “%3”</source>
        <translation>«%1» debe ser uno de %2, no «%3»</translation>
    </message>
    <message>
        <source>“%1” must be among %2, not “%3”</source>
        <translation>«%1» debe estar entre %2, no «%3»</translation>
    </message>
    <message>
        <source>“%1” must be between %2 and %3, not %4</source>
        <translation>«%1» debe estar entre %2 y %3, no %4</translation>
    </message>
    <message>
        <source>“%1” refers to %2 %3, which does not exist</source>
        <translation>«%1» remite a %2 %3, que no existe</translation>
    </message>
    <message>
        <source>%1 is already in this meeting&apos;s attendance</source>
        <translation>%1 ya figura en la asistencia de esta reunión</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) counted, but only %1 voting members are present</source>
        <translation>
            <numerusform>Se contó %n voto, pero solo hay %1 miembros con voto presentes</numerusform>
            <numerusform>Se contaron %n votos, pero solo hay %1 miembros con voto presentes</numerusform>
        </translation>
    </message>
    <message>
        <source>The agenda has no item at position %1</source>
        <translation>El orden del día no tiene ningún punto en la posición %1</translation>
    </message>
    <message>
        <source>A progress update cannot be dated %1, before its milestone starts (%2)</source>
        <translation>Un avance no puede tener fecha %1, anterior al inicio de su hito (%2)</translation>
    </message>
    <message>
        <source>“%1” must be after “%2”</source>
        <translation>“%1” debe ser posterior a “%2”</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>National</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Simple majority</source>
        <translation>Mayoría simple</translation>
    </message>
    <message>
        <source>Two-thirds majority</source>
        <translation>Mayoría de dos tercios</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Academia</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Co-chair</source>
        <translation>Copresidencia</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretaría técnica</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Alternate</source>
        <translation>Suplente</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador/a</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>No binario</translation>
    </message>
    <message>
        <source>Prefers not to say</source>
        <translation>Prefiere no decirlo</translation>
    </message>
    <message>
        <source>Fiscal transparency</source>
        <translation>Transparencia fiscal</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Acceso a la información</translation>
    </message>
    <message>
        <source>Asset disclosure</source>
        <translation>Declaración patrimonial</translation>
    </message>
    <message>
        <source>Citizen engagement</source>
        <translation>Participación ciudadana</translation>
    </message>
    <message>
        <source>OGP values check</source>
        <translation>Verificación de valores de la AGA</translation>
    </message>
    <message>
        <source>Co-creation</source>
        <translation>Cocreación</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementación</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Useful information for citizens</source>
        <translation>Información útil para la ciudadanía</translation>
    </message>
    <message>
        <source>Feedback on public services</source>
        <translation>Retroalimentación sobre servicios públicos</translation>
    </message>
    <message>
        <source>Participation in policy</source>
        <translation>Participación en las políticas públicas</translation>
    </message>
    <message>
        <source>Including excluded groups</source>
        <translation>Inclusión de grupos excluidos</translation>
    </message>
    <message>
        <source>Public resources and anti-corruption</source>
        <translation>Recursos públicos y anticorrupción</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Retrasado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Forum session</source>
        <translation>Sesión del foro</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Public event</source>
        <translation>Evento público</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Minutes in draft</source>
        <translation>Acta en borrador</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Acta aprobada</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>A distancia</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusado/a</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Represented by alternate</source>
        <translation>Representado/a por suplente</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votación</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <source>For</source>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstención</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Incorporated</source>
        <translation>Incorporado</translation>
    </message>
    <message>
        <source>Partially incorporated</source>
        <translation>Incorporado parcialmente</translation>
    </message>
    <message>
        <source>Not incorporated</source>
        <translation>No incorporado</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>IRM</source>
        <translation>IRM</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Poco claro</translation>
    </message>
    <message>
        <source>Modest</source>
        <translation>Modesto</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Sustancial</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Transformative</source>
        <translation>Transformador</translation>
    </message>
    <message>
        <source>No evidence available</source>
        <translation>Sin evidencia disponible</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitado</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>Empeoró</translation>
    </message>
    <message>
        <source>Did not change</source>
        <translation>No cambió</translation>
    </message>
    <message>
        <source>Marginal</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Significativo</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Excepcional</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Anti-corruption</source>
        <translation>Anticorrupción</translation>
    </message>
    <message>
        <source>Beneficial ownership</source>
        <translation>Beneficiarios finales</translation>
    </message>
    <message>
        <source>Civic space</source>
        <translation>Espacio cívico</translation>
    </message>
    <message>
        <source>Climate and environment</source>
        <translation>Clima y medio ambiente</translation>
    </message>
    <message>
        <source>Digital governance</source>
        <translation>Gobernanza digital</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Fiscal openness</source>
        <translation>Apertura fiscal</translation>
    </message>
    <message>
        <source>Gender and inclusion</source>
        <translation>Género e inclusión</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Justice</source>
        <translation>Justicia</translation>
    </message>
    <message>
        <source>Natural resources</source>
        <translation>Recursos naturales</translation>
    </message>
    <message>
        <source>Open contracting</source>
        <translation>Contrataciones abiertas</translation>
    </message>
    <message>
        <source>Public participation</source>
        <translation>Participación pública</translation>
    </message>
    <message>
        <source>Public service delivery</source>
        <translation>Prestación de servicios públicos</translation>
    </message>
    <message>
        <source>Right to information</source>
        <translation>Derecho a la información</translation>
    </message>
    <message>
        <source>Water and sanitation</source>
        <translation>Agua y saneamiento</translation>
    </message>
</context>
<context>
    <name>Website</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Planes de acción</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Datos abiertos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>New documents</source>
        <translation>Documentos nuevos</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation>Saltar al contenido</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Last updated %1. Published with Forum Desk. Open data under the licence %2.</source>
        <translation>Última actualización: %1. Publicado con Forum Desk. Datos abiertos bajo la licencia %2.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Add the coming sessions to your calendar (.ics)</source>
        <translation>Agregar las próximas sesiones a su calendario (.ics)</translation>
    </message>
    <message>
        <source>Coming sessions</source>
        <translation>Próximas sesiones</translation>
    </message>
    <message>
        <source>No session is scheduled yet.</source>
        <translation>Todavía no hay sesiones programadas.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sesiones anteriores</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ninguno todavía.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>Convocatoria enviada</translation>
    </message>
    <message>
        <source>Minutes published</source>
        <translation>Acta publicada</translation>
    </message>
    <message>
        <source>Read the notice</source>
        <translation>Leer la convocatoria</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Read the minutes</source>
        <translation>Leer el acta</translation>
    </message>
    <message>
        <source>Minutes (PDF)</source>
        <translation>Acta (PDF)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>for %1, against %2, abstentions %3</source>
        <translation>a favor %1, en contra %2, abstenciones %3</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Submitted to OGP</source>
        <translation>Entregado a OGP</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Nivel de cumplimiento</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>The action plan on OGP&apos;s template</source>
        <translation>El plan de acción en la plantilla de OGP</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de avance</translation>
    </message>
    <message>
        <source>End-of-term self-assessment</source>
        <translation>Autoevaluación de fin de término</translation>
    </message>
    <message>
        <source>OGP Participation and Co-Creation Standards: check</source>
        <translation>Estándares de participación y cocreación de OGP: revisión</translation>
    </message>
    <message>
        <source>Reasoned responses to contributions</source>
        <translation>Respuestas razonadas a los aportes</translation>
    </message>
    <message numerus="yes">
        <source>%n public contribution(s) and the forum&apos;s responses</source>
        <translation>
            <numerusform>%n aporte del público y la respuesta del foro</numerusform>
            <numerusform>%n aportes del público y las respuestas del foro</numerusform>
        </translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Acceso a la información</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participación cívica</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Rendición de cuentas</translation>
    </message>
    <message>
        <source>Technology and innovation for transparency and accountability</source>
        <translation>Tecnología e innovación para la transparencia y la rendición de cuentas</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Other actors: government</source>
        <translation>Otros actores: gobierno</translation>
    </message>
    <message>
        <source>Other actors: civil society, private sector and others</source>
        <translation>Otros actores: sociedad civil, sector privado y otros</translation>
    </message>
    <message>
        <source>Policy areas</source>
        <translation>Áreas de política</translation>
    </message>
    <message>
        <source>OGP values</source>
        <translation>Valores de OGP</translation>
    </message>
    <message>
        <source>The forum&apos;s own tags (frontiers of open government)</source>
        <translation>Etiquetas propias del foro (fronteras del gobierno abierto)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Brief description</source>
        <translation>Descripción breve</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>El problema</translation>
    </message>
    <message>
        <source>Its causes</source>
        <translation>Sus causas</translation>
    </message>
    <message>
        <source>What has been done so far</source>
        <translation>Lo que se ha hecho hasta ahora</translation>
    </message>
    <message>
        <source>What the commitment does</source>
        <translation>Lo que hace el compromiso</translation>
    </message>
    <message>
        <source>How it solves the problem</source>
        <translation>Cómo resuelve el problema</translation>
    </message>
    <message>
        <source>Results expected</source>
        <translation>Resultados esperados</translation>
    </message>
    <message>
        <source>How it advances transparency</source>
        <translation>Cómo promueve la transparencia</translation>
    </message>
    <message>
        <source>How it advances accountability</source>
        <translation>Cómo promueve la rendición de cuentas</translation>
    </message>
    <message>
        <source>How it advances participation</source>
        <translation>Cómo promueve la participación</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>No progress reported yet.</source>
        <translation>Todavía no se ha reportado avance.</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Reportes de avance</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Potential impact</source>
        <translation>Impacto potencial</translation>
    </message>
    <message>
        <source>Did it open government?</source>
        <translation>¿Abrió el gobierno?</translation>
    </message>
    <message>
        <source>How it was treated</source>
        <translation>Cómo se trató</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Aportes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>A person is named only with their consent; otherwise the site says “a citizen” and their organisation, if any.</source>
        <translation>Una persona se nombra solo con su consentimiento; si no, el sitio dice “una persona ciudadana” y su organización, si la hay.</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Taken into commitments</source>
        <translation>Recogido en los compromisos</translation>
    </message>
    <message>
        <source>The forum&apos;s response, %1</source>
        <translation>Respuesta del foro, %1</translation>
    </message>
    <message>
        <source>The forum&apos;s response</source>
        <translation>Respuesta del foro</translation>
    </message>
    <message>
        <source>Contributions and reasoned responses: %1</source>
        <translation>Aportes y respuestas razonadas: %1</translation>
    </message>
    <message>
        <source>The forum&apos;s public repository: the evidence of the co-creation process and of implementation, newest first.</source>
        <translation>El repositorio público del foro: la evidencia del proceso de cocreación y de la implementación, lo más reciente primero.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Every record the forum publishes, as tables anyone can reuse. They are described by a Frictionless Data package, which data tools read.</source>
        <translation>Todo lo que el foro publica, como tablas que cualquiera puede reutilizar. Las describe un paquete de datos Frictionless Data, que leen las herramientas de datos.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>State of the records</source>
        <translation>Estado de los registros</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Qué contiene</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Minutes published: %1</source>
        <translation>Acta publicada: %1</translation>
    </message>
    <message>
        <source>Session held: %1</source>
        <translation>Sesión realizada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n progress update(s) on the commitments of %1</source>
        <translation>
            <numerusform>%n reporte de avance de los compromisos del %1</numerusform>
            <numerusform>%n reportes de avance de los compromisos del %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reasoned response(s) to contributions to %1</source>
        <translation>
            <numerusform>%n respuesta razonada a aportes al %1</numerusform>
            <numerusform>%n respuestas razonadas a aportes al %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Action plan submitted to OGP: %1</source>
        <translation>Plan de acción entregado a OGP: %1</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation>Última actualización: %1</translation>
    </message>
    <message>
        <source>The current action plan</source>
        <translation>El plan de acción en curso</translation>
    </message>
    <message>
        <source>What changed lately</source>
        <translation>Novedades</translation>
    </message>
    <message>
        <source>How the forum works</source>
        <translation>Cómo funciona el foro</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <source>%1 % of the voting members, with both government and civil society present</source>
        <translation>%1 % de los miembros con voto, con presencia del gobierno y de la sociedad civil</translation>
    </message>
    <message>
        <source>%1 % of the voting members</source>
        <translation>%1 % de los miembros con voto</translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Words to look for</source>
        <translation>Palabras que buscar</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Encontrados: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <source>Search needs JavaScript. Every page is also reachable from the menu.</source>
        <translation>La búsqueda necesita JavaScript. Todas las páginas se alcanzan también desde el menú.</translation>
    </message>
    <message>
        <source>Received through</source>
        <translation>Canal</translation>
    </message>
</context>
<context>
    <name>forumdesk::ActionItemDialog</name>
    <message>
        <source>Has a due date</source>
        <translation>Tiene plazo</translation>
    </message>
    <message>
        <source>Edit Action Item</source>
        <translation>Editar tarea</translation>
    </message>
    <message>
        <source>Add Action Item</source>
        <translation>Agregar tarea</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Qué hay que hacer</translation>
    </message>
    <message>
        <source>A member, or anyone else by name</source>
        <translation>Un miembro, o cualquier otra persona por su nombre</translation>
    </message>
    <message>
        <source>No particular decision</source>
        <translation>Ningún acuerdo en particular</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <source>From &amp;decision:</source>
        <translation>Del &amp;acuerdo:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
</context>
<context>
    <name>forumdesk::ActionItemTableModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Acordada en</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencida)</translation>
    </message>
</context>
<context>
    <name>forumdesk::ActionItemsPanel</name>
    <message>
        <source>Only meetings of the plan chosen in the toolbar</source>
        <translation>Solo reuniones del plan elegido en la barra de herramientas</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Marcar como &amp;hecha</translation>
    </message>
    <message>
        <source>&amp;Cancel Item</source>
        <translation>&amp;Cancelar tarea</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n tarea</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>Find by task or owner</source>
        <translation>Buscar por tarea o responsable</translation>
    </message>
    <message>
        <source>Find action items</source>
        <translation>Buscar tareas</translation>
    </message>
    <message>
        <source>No action item matches “%1” (case and accents are ignored).</source>
        <translation>Ninguna tarea coincide con «%1» (no se distinguen mayúsculas ni tildes).</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
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
        <translation>Inicio previsto: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenta</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
</context>
<context>
    <name>forumdesk::AgendaPanel</name>
    <message>
        <source>&amp;Add Item</source>
        <translation>A&amp;gregar punto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Drag an item, or press Ctrl+Up and Ctrl+Down, to change the order. F2 edits a cell.</source>
        <translation>Arrastre un punto, o pulse Ctrl+Arriba y Ctrl+Abajo, para cambiar el orden. F2 edita una celda.</translation>
    </message>
    <message>
        <source>New agenda item: type its title and press Enter</source>
        <translation>Nuevo punto: escriba su título y pulse Intro</translation>
    </message>
    <message>
        <source>Ctrl+Up in the agenda</source>
        <translation>Ctrl+Arriba en el orden del día</translation>
    </message>
    <message>
        <source>Ctrl+Down in the agenda</source>
        <translation>Ctrl+Abajo en el orden del día</translation>
    </message>
    <message>
        <source>The selected item is about &amp;commitment:</source>
        <translation>El punto seleccionado trata del co&amp;mpromiso:</translation>
    </message>
    <message>
        <source>Matters arising: action items still open from earlier meetings</source>
        <translation>Asuntos pendientes: tareas aún abiertas de reuniones anteriores</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>No items yet.</source>
        <translation>Aún no hay puntos.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 min; expected end %2</source>
        <translation>
            <numerusform>%n punto, %1 min; fin previsto: %2</numerusform>
            <numerusform>%n puntos, %1 min; fin previsto: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — later than the meeting&apos;s planned end (%2)</source>
        <translation>%1 — después del fin programado de la reunión (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nuevo punto del orden del día</translation>
    </message>
    <message>
        <source>Matters arising</source>
        <translation>Asuntos pendientes</translation>
    </message>
</context>
<context>
    <name>forumdesk::AssessmentDialog</name>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <source>IRM Assessment</source>
        <translation>Evaluación del IRM</translation>
    </message>
    <message>
        <source>Self-Assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>The Independent Reporting Mechanism&apos;s assessment, as its report gives it</source>
        <translation>La evaluación del Mecanismo de Revisión Independiente (IRM), tal como figura en su informe</translation>
    </message>
    <message>
        <source>The forum&apos;s own assessment, for the end-of-term self-assessment report</source>
        <translation>La evaluación propia del foro, para el informe de autoevaluación de fin de término</translation>
    </message>
    <message>
        <source>Verifiable</source>
        <translation>Verificable</translation>
    </message>
    <message>
        <source>Not verifiable</source>
        <translation>No verificable</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Acceso a la información</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participación cívica</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Rendición de cuentas</translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation>Tecnología e innovación</translation>
    </message>
    <message>
        <source>OGP counts technology and innovation only together with one of the other three values</source>
        <translation>La AGA solo cuenta tecnología e innovación junto con alguno de los otros tres valores</translation>
    </message>
    <message>
        <source>The IRM&apos;s older scale, used for starred commitments and for plans before 2021</source>
        <translation>La escala anterior del IRM, usada para los compromisos estelares y para los planes anteriores a 2021</translation>
    </message>
    <message>
        <source>What the IRM found, and its recommendations</source>
        <translation>Lo que encontró el IRM y sus recomendaciones</translation>
    </message>
    <message>
        <source>The results, and the evidence behind this assessment</source>
        <translation>Los resultados y la evidencia que respalda esta evaluación</translation>
    </message>
    <message>
        <source>Commitment:</source>
        <translation>Compromiso:</translation>
    </message>
    <message>
        <source>&amp;Verifiability:</source>
        <translation>&amp;Verificabilidad:</translation>
    </message>
    <message>
        <source>Relevant to:</source>
        <translation>Relevante para:</translation>
    </message>
    <message>
        <source>Potential for &amp;results:</source>
        <translation>Potencial de &amp;resultados:</translation>
    </message>
    <message>
        <source>Potential &amp;impact:</source>
        <translation>&amp;Impacto potencial:</translation>
    </message>
    <message>
        <source>&amp;Completion:</source>
        <translation>Nivel de &amp;cumplimiento:</translation>
    </message>
    <message>
        <source>Did it &amp;open government?</source>
        <translation>¿Contribuyó a abrir el &amp;gobierno?</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Starred:</source>
        <translation>Estelar:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Yes: verifiable, relevant, strong potential, substantial or complete.</source>
        <translation>Sí: verificable, relevante, con alto potencial y con cumplimiento sustancial o completo.</translation>
    </message>
    <message>
        <source>No: %1.</source>
        <translation>No: %1.</translation>
    </message>
</context>
<context>
    <name>forumdesk::AttendancePanel</name>
    <message>
        <source>Add &amp;Guest…</source>
        <translation>A&amp;gregar invitado…</translation>
    </message>
    <message>
        <source>Remove Guest</source>
        <translation>Eliminar invitado</translation>
    </message>
    <message>
        <source>Members&apos; attendance</source>
        <translation>Asistencia de los miembros</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado/a</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>&amp;Present (P)</source>
        <translation>Presen&amp;te (P)</translation>
    </message>
    <message>
        <source>&amp;Remote (R)</source>
        <translation>A distancia (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Excused (E)</source>
        <translation>E&amp;xcusado/a (E)</translation>
    </message>
    <message>
        <source>&amp;Absent (A)</source>
        <translation>A&amp;usente (A)</translation>
    </message>
    <message>
        <source>Repre&amp;sented (S)…</source>
        <translation>Sup&amp;lente (S)…</translation>
    </message>
    <message>
        <source>Choose a member and press P, R, E, A or S; the next member is selected for you.</source>
        <translation>Elija un miembro y pulse P, R, E, A o S; luego se selecciona el siguiente miembro.</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <source>&lt;b&gt;Present by sector&lt;/b&gt;</source>
        <translation>&lt;b&gt;Presentes por sector&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Represented by %1</source>
        <translation>Representado/a por %1</translation>
    </message>
    <message>
        <source>%1 (no vote in the forum&apos;s decisions)</source>
        <translation>%1 (sin voto en las decisiones del foro)</translation>
    </message>
    <message>
        <source>The forum&apos;s rule also needs government and civil society present.</source>
        <translation>El reglamento del foro también exige la presencia del gobierno y de la sociedad civil.</translation>
    </message>
    <message>
        <source>Quorum met</source>
        <translation>Hay quórum</translation>
    </message>
    <message>
        <source>No quorum yet</source>
        <translation>Aún no hay quórum</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>Nobody present yet</source>
        <translation>Aún no hay nadie presente</translation>
    </message>
    <message>
        <source>Represented by an Alternate</source>
        <translation>Representado/a por suplente</translation>
    </message>
    <message>
        <source>Name of the alternate who represents %1:</source>
        <translation>Nombre del suplente que representa a %1:</translation>
    </message>
    <message>
        <source>Add Guest</source>
        <translation>Agregar invitado</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>Give the guest&apos;s name, as it will appear in the minutes</source>
        <translation>Indique el nombre de la persona invitada, tal como figurará en el acta</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 voting members present; %n needed.</source>
        <translation>
            <numerusform>Presentes %1 de %2 miembros con voto; se necesita %n.</numerusform>
            <numerusform>Presentes %1 de %2 miembros con voto; se necesitan %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::ChartPanel</name>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image or an SVG drawing</source>
        <translation>Guardar este gráfico como imagen PNG o dibujo SVG</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing, for print and further editing (*.svg)</source>
        <translation>Dibujo SVG, para imprimir y seguir editando (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Gráfico no guardado</translation>
    </message>
    <message>
        <source>“%1” was not written; choose another folder and try again.</source>
        <translation>No se escribió «%1»; elija otra carpeta e inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n commitment(s)</source>
        <comment>plan, completion level</comment>
        <translation>
            <numerusform>%1 — %2: %n compromiso</numerusform>
            <numerusform>%1 — %2: %n compromisos</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress %1 % at %2</source>
        <translation>Avance de %1 % en %2</translation>
    </message>
    <message>
        <source>%1: progress %2 %</source>
        <translation>%1: avance de %2 %</translation>
    </message>
    <message>
        <source>No lead agency</source>
        <translation>Sin institución responsable</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) due by the end of %1</source>
        <translation>
            <numerusform>%n hito previsto hasta fines de %1</numerusform>
            <numerusform>%n hitos previstos hasta fines de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) done by the end of %1</source>
        <translation>
            <numerusform>%n hito cumplido hasta fines de %1</numerusform>
            <numerusform>%n hitos cumplidos hasta fines de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 present at the meeting of %3</source>
        <translation>%1: %2 presentes en la reunión del %3</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) answered with a reasoned response</source>
        <translation>
            <numerusform>%n aporte respondido con una respuesta razonada</numerusform>
            <numerusform>%n aportes respondidos con una respuesta razonada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) incorporated, fully or in part</source>
        <translation>
            <numerusform>%n aporte incorporado total o parcialmente</numerusform>
            <numerusform>%n aportes incorporados total o parcialmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) received</source>
        <translation>
            <numerusform>%n aporte recibido</numerusform>
            <numerusform>%n aportes recibidos</numerusform>
        </translation>
    </message>
    <message>
        <source>No action plan has commitments yet.</source>
        <translation>Aún ningún plan de acción tiene compromisos.</translation>
    </message>
    <message>
        <source>No progress has been reported on this plan&apos;s milestones yet.</source>
        <translation>Aún no se ha reportado avance en los hitos de este plan.</translation>
    </message>
    <message>
        <source>No commitment of this plan has milestones yet, so there is no progress to show by lead agency.</source>
        <translation>Ningún compromiso de este plan tiene hitos todavía, así que no hay avance que mostrar por institución responsable.</translation>
    </message>
    <message>
        <source>No progress to show by OGP value yet: mark the commitments&apos; OGP values and report progress on their milestones.</source>
        <translation>Aún no hay avance que mostrar por valor de la AGA: marque los valores de la AGA de los compromisos y registre avances en sus hitos.</translation>
    </message>
    <message>
        <source>This plan has no milestones yet.</source>
        <translation>Este plan aún no tiene hitos.</translation>
    </message>
    <message>
        <source>No attendance has been recorded at this plan&apos;s meetings yet.</source>
        <translation>Aún no se ha registrado asistencia en las reuniones de este plan.</translation>
    </message>
    <message>
        <source>No contributions have been received for this plan yet.</source>
        <translation>Aún no se han recibido aportes para este plan.</translation>
    </message>
    <message>
        <source>%1: %2 minutes spoken at the meeting of %3</source>
        <translation>%1: %2 minutos de palabra en la reunión del %3</translation>
    </message>
    <message>
        <source>No meeting of this plan has been run in the live console yet: its speaking times show here.</source>
        <translation>Ninguna reunión de este plan se ha conducido aún en la consola en vivo: aquí se verán sus tiempos de palabra.</translation>
    </message>
</context>
<context>
    <name>forumdesk::CoCreatePage</name>
    <message>
        <source>New &amp;Plan…</source>
        <translation>Nuevo &amp;plan…</translation>
    </message>
    <message>
        <source>Edit P&amp;lan…</source>
        <translation>Editar p&amp;lan…</translation>
    </message>
    <message>
        <source>Export Plan &amp;Draft…</source>
        <translation>Exportar borra&amp;dor del plan…</translation>
    </message>
    <message>
        <source>Export &amp;Response Report…</source>
        <translation>Exportar informe de &amp;respuestas…</translation>
    </message>
    <message>
        <source>Co-create the action plan</source>
        <translation>Cocrear el plan de acción</translation>
    </message>
    <message>
        <source>The action plan draft on OGP&apos;s template, in the forum&apos;s language</source>
        <translation>El borrador del plan de acción según la plantilla de la AGA, en el idioma del foro</translation>
    </message>
    <message>
        <source>Every contribution with what became of it and why, in the forum&apos;s language</source>
        <translation>Cada aporte con su tratamiento y el porqué, en el idioma del foro</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Aportes</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>No action plan yet. Create one to log contributions and draft commitments.</source>
        <translation>Aún no hay plan de acción. Cree uno para registrar aportes y redactar compromisos.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Period: %1 to %2 (%n month(s))</source>
        <translation>
            <numerusform>Periodo: del %1 al %2 (%n mes)</numerusform>
            <numerusform>Periodo: del %1 al %2 (%n meses)</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fecha límite: %1</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>presentado el %1</translation>
    </message>
    <message>
        <source>not submitted yet</source>
        <translation>aún no presentado</translation>
    </message>
    <message>
        <source>Export Plan Draft</source>
        <translation>Exportar borrador del plan</translation>
    </message>
    <message>
        <source>Plan draft - %1</source>
        <translation>Borrador del plan - %1</translation>
    </message>
    <message>
        <source>Export Response Report</source>
        <translation>Exportar informe de respuestas</translation>
    </message>
    <message>
        <source>Reasoned responses - %1</source>
        <translation>Respuestas razonadas - %1</translation>
    </message>
    <message>
        <source>Move to Ne&amp;xt Stage…</source>
        <translation>Pasar a la si&amp;guiente etapa…</translation>
    </message>
    <message>
        <source>Check what the plan needs before it moves on, and move it</source>
        <translation>Verificar qué necesita el plan para pasar de etapa, y hacerlo avanzar</translation>
    </message>
    <message>
        <source>From plan</source>
        <translation>Plan de origen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>What the forum learned in earlier plans and carried into this one, for the co-creation to take into account. Lessons are carried on the Learn page.</source>
        <translation>Lo que el foro aprendió en planes anteriores y llevó a este, para que la cocreación lo tenga en cuenta. Las lecciones se llevan de un plan a otro en la página de Aprendizaje.</translation>
    </message>
    <message>
        <source>Lessons from Earlier Plans</source>
        <translation>Lecciones de planes anteriores</translation>
    </message>
    <message>
        <source>Lessons from Earlier Plans (%1)</source>
        <translation>Lecciones de planes anteriores (%1)</translation>
    </message>
    <message>
        <source>Lessons from earlier plans</source>
        <translation>Lecciones de planes anteriores</translation>
    </message>
</context>
<context>
    <name>forumdesk::CommitmentsPanel</name>
    <message>
        <source>&amp;New Commitment</source>
        <translation>&amp;Nuevo compromiso</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Add Milestone</source>
        <translation>Agregar hito</translation>
    </message>
    <message>
        <source>Remove Milestone</source>
        <translation>Eliminar hito</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Acceso a la información</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participación cívica</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Rendición de cuentas</translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation>Tecnología e innovación</translation>
    </message>
    <message>
        <source>OGP counts technology and innovation only together with one of the other three values</source>
        <translation>La AGA solo cuenta tecnología e innovación junto con alguno de los otros tres valores</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Producto esperado</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>Nú&amp;mero:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>&amp;Lead implementing agency:</source>
        <translation>Instit&amp;ución responsable:</translation>
    </message>
    <message>
        <source>Supporting actors (government):</source>
        <translation>Actores de apoyo (gobierno):</translation>
    </message>
    <message>
        <source>Supporting actors (civil society, others):</source>
        <translation>Actores de apoyo (sociedad civil, otros):</translation>
    </message>
    <message>
        <source>The public &amp;problem:</source>
        <translation>El pro&amp;blema público:</translation>
    </message>
    <message>
        <source>How it &amp;solves the problem:</source>
        <translation>Cómo resuel&amp;ve el problema:</translation>
    </message>
    <message>
        <source>OGP values:</source>
        <translation>Valores de la AGA:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>Presupuest&amp;o:</translation>
    </message>
    <message>
        <source>Links to other plans and SDGs:</source>
        <translation>Vínculos con otros planes y los ODS:</translation>
    </message>
    <message>
        <source>What the commitment still lacks on OGP&apos;s template:</source>
        <translation>Lo que aún le falta al compromiso según la plantilla de la AGA:</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Contributions that fed this commitment</source>
        <translation>Aportes que contribuyeron a este compromiso</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3: %4</source>
        <translation>%1 · %2 · %3: %4</translation>
    </message>
    <message>
        <source>No contribution is linked to this commitment yet.</source>
        <translation>Aún no hay aportes vinculados a este compromiso.</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Nuevo compromiso</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» no es un número.</translation>
    </message>
    <message>
        <source>A milestone cannot end before it starts.</source>
        <translation>Un hito no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>Tick the practices of the reference library that inspired this commitment</source>
        <translation>Marque las prácticas de la biblioteca de referencia que inspiraron este compromiso</translation>
    </message>
    <message>
        <source>Inspired by practices:</source>
        <translation>Inspirado en las prácticas:</translation>
    </message>
    <message numerus="yes">
        <source>One or two sentences that say what the commitment will do (at most %n characters)</source>
        <translation>
            <numerusform>Una o dos oraciones que digan qué hará el compromiso (como máximo %n carácter)</numerusform>
            <numerusform>Una o dos oraciones que digan qué hará el compromiso (como máximo %n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title and department</source>
        <translation>Cargo y dependencia</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Brie&amp;f description:</source>
        <translation>&amp;Descripción breve:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Persona de contacto:</translation>
    </message>
    <message>
        <source>Policy areas:</source>
        <translation>Áreas de política:</translation>
    </message>
    <message>
        <source>Problem definition</source>
        <translation>Definición del problema</translation>
    </message>
    <message>
        <source>Its causes:</source>
        <translation>Sus causas:</translation>
    </message>
    <message>
        <source>Commitment description</source>
        <translation>Descripción del compromiso</translation>
    </message>
    <message>
        <source>Done so far (status &amp;quo):</source>
        <translation>Lo hecho hasta ahora (statu &amp;quo):</translation>
    </message>
    <message>
        <source>The solution (the &amp;commitment):</source>
        <translation>La solución (el &amp;compromiso):</translation>
    </message>
    <message>
        <source>&amp;Expected results:</source>
        <translation>Resultados &amp;esperados:</translation>
    </message>
    <message>
        <source>Commitment analysis</source>
        <translation>Análisis del compromiso</translation>
    </message>
    <message>
        <source>How it promotes transparency:</source>
        <translation>Cómo promueve la transparencia:</translation>
    </message>
    <message>
        <source>How it fosters accountability:</source>
        <translation>Cómo fomenta la rendición de cuentas:</translation>
    </message>
    <message>
        <source>How it improves participation:</source>
        <translation>Cómo mejora la participación:</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>Información adicional</translation>
    </message>
    <message>
        <source>Frontiers (the forum&apos;s own tags):</source>
        <translation>Fronteras (etiquetas propias del foro):</translation>
    </message>
    <message>
        <source>✓ Nothing: every field of the template is filled.</source>
        <translation>✓ Nada: todos los campos de la plantilla están completos.</translation>
    </message>
    <message>
        <source>“%1” is not a date: choose one in the calendar.</source>
        <translation>«%1» no es una fecha: elija una en el calendario.</translation>
    </message>
    <message>
        <source>Double-click a cell, or press F2, to change it; Tab moves to the next cell; Delete empties a date</source>
        <translation>Haga doble clic en una celda, o pulse F2, para cambiarla; Tab pasa a la celda siguiente; Supr vacía una fecha</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>What the template still needs</source>
        <translation>Lo que aún falta en la plantilla</translation>
    </message>
    <message>
        <source>Reference practices that inspired it</source>
        <translation>Prácticas de referencia que lo inspiraron</translation>
    </message>
    <message>
        <source>Contact person&apos;s name</source>
        <translation>Nombre de la persona de contacto</translation>
    </message>
    <message>
        <source>Contact person&apos;s title and department</source>
        <translation>Cargo y dependencia de la persona de contacto</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-mail</source>
        <translation>Correo electrónico de la persona de contacto</translation>
    </message>
    <message>
        <source>Contact person&apos;s phone</source>
        <translation>Teléfono de la persona de contacto</translation>
    </message>
</context>
<context>
    <name>forumdesk::CompletionLevelDialog</name>
    <message>
        <source>Set Completion Level</source>
        <translation>Fijar nivel de cumplimiento</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Progress %1 % suggests “%2”.</source>
        <translation>Un avance de %1 % sugiere «%2».</translation>
    </message>
    <message>
        <source>As progress suggests</source>
        <translation>Según lo que sugiere el avance</translation>
    </message>
    <message>
        <source>Why the forum sets a level other than the one progress suggests</source>
        <translation>Por qué el foro fija un nivel distinto del que sugiere el avance</translation>
    </message>
    <message>
        <source>Commitment:</source>
        <translation>Compromiso:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fijar</translation>
    </message>
</context>
<context>
    <name>forumdesk::CompliancePage</name>
    <message>
        <source>Export Compliance &amp;Report…</source>
        <translation>Exportar informe de &amp;cumplimiento…</translation>
    </message>
    <message>
        <source>The IRM&apos;s questions</source>
        <translation>Las preguntas del IRM</translation>
    </message>
    <message>
        <source>Compliance with OGP&apos;s standards</source>
        <translation>Cumplimiento de los estándares de la AGA</translation>
    </message>
    <message>
        <source>Every rule with its status, evidence and next step, and the IRM&apos;s questions, in the forum&apos;s language</source>
        <translation>Cada requisito con su estado, evidencia y próximo paso, y las preguntas del IRM, en el idioma del foro</translation>
    </message>
    <message>
        <source>Each OGP minimum requirement and calendar rule, checked from the forum&apos;s own records for the plan chosen above. Open the evidence to see the meetings, contributions and dates behind a status.</source>
        <translation>Cada requisito mínimo y cada regla de calendario de la AGA, verificados con los propios registros del foro para el plan elegido arriba. Abra la evidencia para ver las reuniones, aportes y fechas en que se basa cada estado.</translation>
    </message>
    <message>
        <source>No action plan yet: the standards are checked for a plan. Start one on the Co-create page.</source>
        <translation>Aún no hay plan de acción: los estándares se verifican para un plan. Inicie uno en la página Cocreación.</translation>
    </message>
    <message>
        <source>The standards cannot be checked: %1</source>
        <translation>No se pueden verificar los estándares: %1</translation>
    </message>
    <message>
        <source>%1
Checked on %2: %3</source>
        <translation>%1
Verificado el %2: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next step:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Próximo paso:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Evidencia (%1)</translation>
    </message>
    <message>
        <source>Export Compliance Report</source>
        <translation>Exportar informe de cumplimiento</translation>
    </message>
    <message>
        <source>Compliance report - %1</source>
        <translation>Informe de cumplimiento - %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the IRM looks for:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Lo que examina el IRM:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The forum&apos;s figures:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Las cifras del foro:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The Independent Reporting Mechanism (IRM) answers these questions in its own review. Each shows what the IRM looks for and the forum&apos;s figures that bear on it.</source>
        <translation>El Mecanismo de Revisión Independiente (IRM) responde estas preguntas en su propia revisión. Cada una muestra lo que examina el IRM y las cifras del foro que le corresponden.</translation>
    </message>
</context>
<context>
    <name>forumdesk::CompositionPanel</name>
    <message>
        <source>Composition today</source>
        <translation>Composición actual</translation>
    </message>
    <message>
        <source>Active members: %1</source>
        <translation>Miembros activos: %1</translation>
    </message>
    <message>
        <source>Not counted (term over or not begun): %1</source>
        <translation>Sin contar (mandato vencido o por iniciar): %1</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>Por sector</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Por género</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
</context>
<context>
    <name>forumdesk::ContributionDialog</name>
    <message>
        <source>Responded on</source>
        <translation>Respondido el</translation>
    </message>
    <message>
        <source>Edit Contribution</source>
        <translation>Editar aporte</translation>
    </message>
    <message>
        <source>New Contribution</source>
        <translation>Nuevo aporte</translation>
    </message>
    <message>
        <source>What was done with the contribution, and why</source>
        <translation>Qué se hizo con el aporte, y por qué</translation>
    </message>
    <message>
        <source>Not raised at a meeting</source>
        <translation>No se planteó en una reunión</translation>
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
        <translation>&amp;Recibido el:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>Au&amp;tor/a:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>Raised at &amp;meeting:</source>
        <translation>&amp;Planteado en la reunión:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Esta&amp;do:</translation>
    </message>
    <message>
        <source>Reasoned &amp;response:</source>
        <translation>Respuesta ra&amp;zonada:</translation>
    </message>
    <message>
        <source>Commitments it &amp;fed:</source>
        <translation>Co&amp;mpromisos a los que contribuyó:</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Aporte</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>The response cannot be dated before the contribution was received.</source>
        <translation>La respuesta no puede tener una fecha anterior a la recepción del aporte.</translation>
    </message>
    <message>
        <source>The author agrees to be &amp;named in published documents</source>
        <translation>El/la autor/a acepta ser &amp;nombrado/a en los documentos publicados</translation>
    </message>
    <message>
        <source>Without consent, published documents call the author “a citizen” and name only the organisation</source>
        <translation>Sin consentimiento, los documentos publicados llaman al autor «una persona ciudadana» y nombran solo a la organización</translation>
    </message>
    <message>
        <source>Commitments it fed</source>
        <translation>Compromisos a los que contribuyó</translation>
    </message>
</context>
<context>
    <name>forumdesk::ContributionTableModel</name>
    <message>
        <source>Awaiting</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>%1

Response: %2</source>
        <translation>%1

Respuesta: %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor/a</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Respondido</translation>
    </message>
</context>
<context>
    <name>forumdesk::ContributionsPanel</name>
    <message>
        <source>&amp;Awaiting a response only</source>
        <translation>&amp;Solo a la espera de respuesta</translation>
    </message>
    <message>
        <source>&amp;New Contribution…</source>
        <translation>&amp;Nuevo aporte…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Eli&amp;minar</translation>
    </message>
    <message>
        <source>Import from &amp;CSV…</source>
        <translation>Importar desde &amp;CSV…</translation>
    </message>
    <message>
        <source>Find by author, organization or text</source>
        <translation>Buscar por autor/a, organización o texto</translation>
    </message>
    <message>
        <source>Contributions without a reasoned response and its date (OGP standard 4)</source>
        <translation>Aportes sin respuesta razonada con su fecha (estándar 4 de la AGA)</translation>
    </message>
    <message>
        <source>Choose or create an action plan to log its contributions.</source>
        <translation>Elija o cree un plan de acción para registrar sus aportes.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) received</source>
        <translation>
            <numerusform>%n aporte recibido</numerusform>
            <numerusform>%n aportes recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation>
            <numerusform>%n respondido</numerusform>
            <numerusform>%n respondidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting a response</source>
        <translation>
            <numerusform>%n a la espera de respuesta</numerusform>
            <numerusform>%n a la espera de respuesta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incorporated</source>
        <translation>
            <numerusform>%n incorporado</numerusform>
            <numerusform>%n incorporados</numerusform>
        </translation>
    </message>
    <message>
        <source>By sector: %1</source>
        <translation>Por sector: %1</translation>
    </message>
    <message>
        <source>By channel: %1</source>
        <translation>Por canal: %1</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Se muestran %1 de %2</translation>
    </message>
    <message>
        <source>Import Contributions</source>
        <translation>Importar aportes</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv *.txt);;All files (*)</source>
        <translation>Valores separados por comas (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No contribution matches these filters.</source>
        <translation>Ningún aporte coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No contribution matches “%1” (case and accents are ignored).</source>
        <translation>Ningún aporte coincide con «%1» (no se distinguen mayúsculas ni tildes).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… y %n más (vea los detalles).</numerusform>
            <numerusform>… y %n más (vea los detalles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) imported from “%1”.</source>
        <translation>
            <numerusform>Se importó %n aporte de «%1».</numerusform>
            <numerusform>Se importaron %n aportes de «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>Se omitió %n fila:</numerusform>
            <numerusform>Se omitieron %n filas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Find contributions</source>
        <translation>Buscar aportes</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Aportes</translation>
    </message>
</context>
<context>
    <name>forumdesk::DashboardPage</name>
    <message>
        <source>Forum Settings</source>
        <translation>Configuración del foro</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Join OGP</source>
        <translation>Adhesión a la AGA</translation>
    </message>
    <message>
        <source>The forum</source>
        <translation>El foro</translation>
    </message>
    <message>
        <source>Joining OGP</source>
        <translation>Adhesión a la AGA</translation>
    </message>
    <message>
        <source>Current action plan</source>
        <translation>Plan de acción actual</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Documents in %1; decides by %2</source>
        <translation>Idioma de los documentos: %1; decide por %2</translation>
    </message>
    <message>
        <source>rules of participation</source>
        <translation>reglas de participación</translation>
    </message>
    <message>
        <source>website (MR 2.1)</source>
        <translation>sitio web (requisito mínimo 2.1)</translation>
    </message>
    <message>
        <source>document repository (MR 2.2)</source>
        <translation>repositorio de documentos (requisito mínimo 2.2)</translation>
    </message>
    <message>
        <source>Still to fill in: %1</source>
        <translation>Falta completar: %1</translation>
    </message>
    <message>
        <source>Active members: %1</source>
        <translation>Miembros activos: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Government and civil society both sit on the forum (MR 1.1).</source>
        <translation>El gobierno y la sociedad civil integran el foro (requisito mínimo 1.1).</translation>
    </message>
    <message>
        <source>%1 of %2 eligibility criteria met</source>
        <translation>%1 de %2 criterios de elegibilidad cumplidos</translation>
    </message>
    <message>
        <source>Joined OGP on %1</source>
        <translation>Se adhirió a la AGA el %1</translation>
    </message>
    <message>
        <source>Letter of intent sent on %1</source>
        <translation>Carta de intención enviada el %1</translation>
    </message>
    <message>
        <source>No letter of intent recorded yet</source>
        <translation>Todavía no hay carta de intención registrada</translation>
    </message>
    <message>
        <source>Point of contact: %1</source>
        <translation>Punto de contacto: %1</translation>
    </message>
    <message>
        <source>No action plan yet. Plans are co-created with civil society; the Co-create page will let you start one.</source>
        <translation>Aún no hay plan de acción. Los planes se cocrean con la sociedad civil; la página Cocreación le permitirá iniciar uno.</translation>
    </message>
    <message>
        <source>%1 to %2 · stage: %3</source>
        <translation>Del %1 al %2 · etapa: %3</translation>
    </message>
    <message>
        <source>Commitments: %1</source>
        <translation>Compromisos: %1</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>The charts cannot be calculated: %1</source>
        <translation>No se pueden calcular los gráficos: %1</translation>
    </message>
    <message>
        <source>No action plan yet: its charts appear here once one is started on the Co-create page.</source>
        <translation>Aún no hay plan de acción: sus gráficos aparecerán aquí cuando se inicie uno en la página de Cocreación.</translation>
    </message>
    <message>
        <source>How “%1” is going</source>
        <translation>Cómo avanza «%1»</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>The forum file is busy with a long change; the charts will be drawn again after it.</source>
        <translation>El archivo del foro está ocupado con un cambio largo; los gráficos se volverán a dibujar cuando termine.</translation>
    </message>
    <message>
        <source>Action plan chosen (closed)</source>
        <translation>Plan de acción elegido (cerrado)</translation>
    </message>
    <message>
        <source>This plan is closed; no plan is in progress.</source>
        <translation>Este plan está cerrado; no hay ningún plan en curso.</translation>
    </message>
    <message>
        <source>This plan is closed; the plan in progress is “%1” (choose it in the toolbar).</source>
        <translation>Este plan está cerrado; el plan en curso es «%1» (elíjalo en la barra de herramientas).</translation>
    </message>
</context>
<context>
    <name>forumdesk::DecisionDialog</name>
    <message>
        <source>Record each member&apos;s vote</source>
        <translation>Registrar el voto de cada miembro</translation>
    </message>
    <message>
        <source>Edit Decision</source>
        <translation>Editar acuerdo</translation>
    </message>
    <message>
        <source>Add Decision</source>
        <translation>Agregar acuerdo</translation>
    </message>
    <message>
        <source>What the forum agreed, as it will read in the minutes</source>
        <translation>Lo que acordó el foro, tal como figurará en el acta</translation>
    </message>
    <message>
        <source>No particular item</source>
        <translation>Ningún punto en particular</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>No vote recorded</source>
        <translation>Sin voto registrado</translation>
    </message>
    <message>
        <source>Mark attendance first: named votes are taken from the voting members present.</source>
        <translation>Registre primero la asistencia: los votos nominales se toman de los miembros con voto presentes.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>A &amp;favor:</translation>
    </message>
    <message>
        <source>A&amp;gainst:</source>
        <translation>En &amp;contra:</translation>
    </message>
    <message>
        <source>Abs&amp;tentions:</source>
        <translation>Abs&amp;tenciones:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Acuerdo:</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>&amp;Punto del orden del día:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Ma&amp;jority required:</source>
        <translation>Ma&amp;yoría requerida:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>By the majority required, the vote gives: %1</source>
        <translation>Con la mayoría requerida, el resultado de la votación es: %1</translation>
    </message>
    <message>
        <source>Vote of %1</source>
        <translation>Voto de %1</translation>
    </message>
</context>
<context>
    <name>forumdesk::DocumentExport</name>
    <message>
        <source>Minutes - %1</source>
        <translation>Acta - %1</translation>
    </message>
    <message>
        <source>Notice - %1</source>
        <translation>Convocatoria - %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text, for LibreOffice and Word (*.odt)</source>
        <translation>Texto OpenDocument, para LibreOffice y Word (*.odt)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Minutes</source>
        <translation>Exportar acta</translation>
    </message>
    <message>
        <source>Export Notice</source>
        <translation>Exportar convocatoria</translation>
    </message>
    <message>
        <source>Export Invitation</source>
        <translation>Exportar invitación</translation>
    </message>
    <message>
        <source>Calendar invitation (*.ics)</source>
        <translation>Invitación de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>“%1” was not written. Nothing in the forum was changed; choose another folder and try again.</source>
        <translation>No se escribió «%1». No se modificó nada en el foro; elija otra carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Print Minutes</source>
        <translation>Imprimir acta</translation>
    </message>
    <message>
        <source>Print Notice</source>
        <translation>Imprimir convocatoria</translation>
    </message>
    <message>
        <source>The document was not made. Nothing in the forum was changed.</source>
        <translation>No se generó el documento. No se modificó nada en el foro.</translation>
    </message>
    <message>
        <source>Cancellation - %1</source>
        <translation>Cancelación - %1</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>No se pudo usar la impresora.</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Última exportación</translation>
    </message>
    <message>
        <source>Saved %1 in %2 · &lt;a href=&quot;%3&quot;&gt;Open&lt;/a&gt; · &lt;a href=&quot;%4&quot;&gt;Show Folder&lt;/a&gt;</source>
        <translation>Se guardó %1 en %2 · &lt;a href=&quot;%3&quot;&gt;Abrir&lt;/a&gt; · &lt;a href=&quot;%4&quot;&gt;Mostrar carpeta&lt;/a&gt;</translation>
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
        <translation>acceso a la información</translation>
    </message>
    <message>
        <source>civic participation</source>
        <translation>participación cívica</translation>
    </message>
    <message>
        <source>public accountability</source>
        <translation>rendición de cuentas</translation>
    </message>
    <message>
        <source>technology and innovation</source>
        <translation>tecnología e innovación</translation>
    </message>
    <message>
        <source>no OGP value</source>
        <translation>sin valor de la AGA</translation>
    </message>
    <message>
        <source>Move to &amp;Next Stage…</source>
        <translation>Pasar a la si&amp;guiente etapa…</translation>
    </message>
    <message>
        <source>E&amp;xport Self-Assessment Report…</source>
        <translation>E&amp;xportar informe de autoevaluación…</translation>
    </message>
    <message>
        <source>Evaluate the action plan</source>
        <translation>Evaluar el plan de acción</translation>
    </message>
    <message>
        <source>Check what the plan needs before it moves on, and move it</source>
        <translation>Verificar qué necesita el plan para pasar de etapa, y hacerlo avanzar</translation>
    </message>
    <message>
        <source>The end-of-term self-assessment report, in the forum&apos;s language</source>
        <translation>El informe de autoevaluación de fin de término, en el idioma del foro</translation>
    </message>
    <message>
        <source>IRM assessment</source>
        <translation>Evaluación del IRM</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Verifiability:</source>
        <translation>Verificabilidad:</translation>
    </message>
    <message>
        <source>Relevant to:</source>
        <translation>Relevante para:</translation>
    </message>
    <message>
        <source>Potential for results:</source>
        <translation>Potencial de resultados:</translation>
    </message>
    <message>
        <source>Potential impact:</source>
        <translation>Impacto potencial:</translation>
    </message>
    <message>
        <source>Completion:</source>
        <translation>Nivel de cumplimiento:</translation>
    </message>
    <message>
        <source>Did it open government?</source>
        <translation>¿Contribuyó a abrir el gobierno?</translation>
    </message>
    <message>
        <source>Assessed on:</source>
        <translation>Evaluado el:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n compromiso</numerusform>
            <numerusform>%n compromisos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 self-assessed, %2 assessed by the IRM</source>
        <translation>%1 autoevaluados, %2 evaluados por el IRM</translation>
    </message>
    <message numerus="yes">
        <source>%n starred on the IRM&apos;s assessment</source>
        <translation>
            <numerusform>%n estelar según la evaluación del IRM</numerusform>
            <numerusform>%n estelares según la evaluación del IRM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred on the self-assessment</source>
        <translation>
            <numerusform>%n estelar según la autoevaluación</numerusform>
            <numerusform>%n estelares según la autoevaluación</numerusform>
        </translation>
    </message>
    <message>
        <source>Completion, self-assessed: %1</source>
        <translation>Nivel de cumplimiento (autoevaluación): %1</translation>
    </message>
    <message>
        <source>Completion, by the IRM: %1</source>
        <translation>Nivel de cumplimiento (IRM): %1</translation>
    </message>
    <message>
        <source>No action plan yet: create one on the Co-create page.</source>
        <translation>Aún no hay plan de acción: cree uno en la página de Cocreación.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose a commitment to see and record its assessments.</source>
        <translation>Elija un compromiso para ver y registrar sus evaluaciones.</translation>
    </message>
    <message>
        <source>Edit IRM Assessment…</source>
        <translation>Editar evaluación del IRM…</translation>
    </message>
    <message>
        <source>Edit Self-Assessment…</source>
        <translation>Editar autoevaluación…</translation>
    </message>
    <message>
        <source>Record IRM Assessment…</source>
        <translation>Registrar evaluación del IRM…</translation>
    </message>
    <message>
        <source>Self-&amp;Assess…</source>
        <translation>Autoe&amp;valuar…</translation>
    </message>
    <message>
        <source>The IRM&apos;s assessment is not recorded yet. Record it when the IRM&apos;s report on the plan is out, as the report gives it.</source>
        <translation>La evaluación del IRM aún no está registrada. Regístrela cuando se publique el informe del IRM sobre el plan, tal como figura en él.</translation>
    </message>
    <message>
        <source>The forum has not assessed this commitment yet. Its self-assessment feeds the end-of-term report, and must be done before the plan moves on to learning.</source>
        <translation>El foro aún no ha evaluado este compromiso. Su autoevaluación alimenta el informe de fin de término y debe hacerse antes de que el plan pase a la etapa de aprendizaje.</translation>
    </message>
    <message>
        <source>Verifiable</source>
        <translation>Verificable</translation>
    </message>
    <message>
        <source>Not verifiable</source>
        <translation>No verificable</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Export Self-Assessment Report</source>
        <translation>Exportar informe de autoevaluación</translation>
    </message>
    <message>
        <source>Self-assessment report - %1</source>
        <translation>Informe de autoevaluación - %1</translation>
    </message>
    <message>
        <source>Commitments and their assessments</source>
        <translation>Compromisos y sus evaluaciones</translation>
    </message>
</context>
<context>
    <name>forumdesk::EvaluationTableModel</name>
    <message>
        <source>%1 impact</source>
        <translation>Impacto: %1</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Aún sin evaluar</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ Estelar</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>No estelar</translation>
    </message>
    <message>
        <source>Neither the forum nor the IRM has assessed this commitment yet.</source>
        <translation>Ni el foro ni el IRM han evaluado aún este compromiso.</translation>
    </message>
    <message>
        <source>On the IRM&apos;s assessment</source>
        <translation>Según la evaluación del IRM</translation>
    </message>
    <message>
        <source>On the self-assessment (the IRM&apos;s is not in yet)</source>
        <translation>Según la autoevaluación (aún no se cuenta con la del IRM)</translation>
    </message>
    <message>
        <source>%1: verifiable, relevant to an OGP value, with strong potential, and substantially or fully complete.</source>
        <translation>%1: verificable, relevante para un valor de la AGA, con alto potencial y con un cumplimiento sustancial o completo.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1
Lead agency: %2</source>
        <translation>%1
Institución responsable: %2</translation>
    </message>
    <message>
        <source>Potential for results: %1
Potential impact: %2</source>
        <translation>Potencial de resultados: %1
Impacto potencial: %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Self:
completion</source>
        <translation>Autoev.:
cumplimiento</translation>
    </message>
    <message>
        <source>Self:
potential</source>
        <translation>Autoev.:
potencial</translation>
    </message>
    <message>
        <source>Self: opened
government?</source>
        <translation>Autoev.: ¿abrió
el gobierno?</translation>
    </message>
    <message>
        <source>IRM:
completion</source>
        <translation>IRM:
cumplimiento</translation>
    </message>
    <message>
        <source>IRM:
potential</source>
        <translation>IRM:
potencial</translation>
    </message>
    <message>
        <source>IRM: opened
government?</source>
        <translation>IRM: ¿abrió
el gobierno?</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Estelar</translation>
    </message>
    <message>
        <source>The forum&apos;s self-assessment</source>
        <translation>La autoevaluación del foro</translation>
    </message>
    <message>
        <source>The Independent Reporting Mechanism&apos;s assessment</source>
        <translation>La evaluación del Mecanismo de Revisión Independiente (IRM)</translation>
    </message>
    <message>
        <source>Verifiable, relevant, strong potential and substantial or complete: on the IRM&apos;s assessment, or the self-assessment until the IRM&apos;s is in</source>
        <translation>Verificable, relevante, con alto potencial y con cumplimiento sustancial o completo: según la evaluación del IRM o, mientras no se cuente con ella, según la autoevaluación</translation>
    </message>
</context>
<context>
    <name>forumdesk::FieldMessage</name>
    <message>
        <source>Problem with this field</source>
        <translation>Problema en este campo</translation>
    </message>
</context>
<context>
    <name>forumdesk::ForumSettingsPage</name>
    <message>
        <source>Country, province or city</source>
        <translation>País, provincia o ciudad</translation>
    </message>
    <message>
        <source>The language of the forum&apos;s documents (minutes, plans, reports)</source>
        <translation>El idioma de los documentos del foro (actas, planes, informes)</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>The forum&apos;s mandate, membership and how it works (or a link to them)</source>
        <translation>El mandato del foro, su composición y su funcionamiento (o un enlace a ellos)</translation>
    </message>
    <message>
        <source>How anyone can take part: calls, selection of members, meetings open to the public</source>
        <translation>Cómo puede participar cualquier persona: convocatorias, selección de miembros, sesiones abiertas al público</translation>
    </message>
    <message>
        <source>Share of the voting members who must be present for the forum to decide</source>
        <translation>Proporción de miembros con voto que deben estar presentes para que el foro pueda decidir</translation>
    </message>
    <message>
        <source>Quorum needs government and civil society present</source>
        <translation>El quórum requiere la presencia del gobierno y de la sociedad civil</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@ejemplo.org</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Forum Settings</source>
        <translation>Configuración del foro</translation>
    </message>
    <message>
        <source>This forum is open read-only: the settings are shown, not changed.</source>
        <translation>Este foro está abierto en solo lectura: la configuración se muestra, pero no se puede cambiar.</translation>
    </message>
    <message>
        <source>Each change is saved when you leave the field. Undo it with Edit ▸ Undo.</source>
        <translation>Cada cambio se guarda al salir del campo. Puede deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <source>The forum</source>
        <translation>El foro</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Funcionamiento</translation>
    </message>
    <message>
        <source>Public information</source>
        <translation>Información pública</translation>
    </message>
    <message>
        <source>Write the full web address, starting with https:// (for example https://gobiernoabierto.example.org)</source>
        <translation>Escriba la dirección web completa, que empiece por https:// (por ejemplo, https://gobiernoabierto.example.org)</translation>
    </message>
    <message>
        <source>Write the full web address, starting with https://</source>
        <translation>Escriba la dirección web completa, que empiece por https://</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>«%1» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one from the list, such as America/Lima</source>
        <translation>«%1» no es una zona horaria; elija una de la lista, como America/Lima</translation>
    </message>
    <message>
        <source>This forum keeps UTC time, but this computer is set to %1. Meeting times, notices and invitations use the forum&apos;s time zone: a meeting set for 10:00 reaches invitees&apos; calendars at %2, %1 time.</source>
        <translation>Este foro usa la hora UTC, pero esta computadora está configurada en %1. Las horas de las reuniones, las convocatorias y las invitaciones usan la zona horaria del foro: una reunión fijada a las 10:00 llega a los calendarios de los invitados a las %2, hora de %1.</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <translation>&amp;Usar %1</translation>
    </message>
</context>
<context>
    <name>forumdesk::ForumWorkspace</name>
    <message>
        <source>Read-only: %1 Changes cannot be made; use File ▸ Save a Copy… to keep a copy you can edit.</source>
        <translation>Solo lectura: %1 No se pueden hacer cambios; use Archivo ▸ Guardar una copia… para tener una copia que pueda editar.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Adhesión</translation>
    </message>
    <message>
        <source>Co-create</source>
        <translation>Cocreación</translation>
    </message>
    <message>
        <source>Implement</source>
        <translation>Implementación</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>&amp;Take Over…</source>
        <translation>&amp;Tomar el control…</translation>
    </message>
    <message>
        <source>Open the forum for editing here, if Forum Desk on %1 is no longer using it</source>
        <translation>Abrir aquí el foro para editarlo, si Forum Desk en %1 ya no lo está usando</translation>
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
        <translation>Registrar a&amp;vance…</translation>
    </message>
    <message>
        <source>Set Completion &amp;Level…</source>
        <translation>Fijar &amp;nivel de cumplimiento…</translation>
    </message>
    <message>
        <source>Implement</source>
        <translation>Implementación</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <source>OGP value</source>
        <translation>Valor de la AGA</translation>
    </message>
    <message>
        <source>All OGP values</source>
        <translation>Todos los valores de la AGA</translation>
    </message>
    <message>
        <source>Access to information</source>
        <translation>Acceso a la información</translation>
    </message>
    <message>
        <source>Civic participation</source>
        <translation>Participación cívica</translation>
    </message>
    <message>
        <source>Public accountability</source>
        <translation>Rendición de cuentas</translation>
    </message>
    <message>
        <source>Technology and innovation</source>
        <translation>Tecnología e innovación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>With overdue milestones</source>
        <translation>Con hitos vencidos</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciados</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completos</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Nivel de cumplimiento</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <source>Milestones of the commitment</source>
        <translation>Hitos del compromiso</translation>
    </message>
    <message>
        <source>Progress updates of the milestone</source>
        <translation>Avances del hito</translation>
    </message>
    <message>
        <source>No action plan yet: create one on the Co-create page.</source>
        <translation>Aún no hay plan de acción: cree uno en la página de Cocreación.</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>All lead agencies</source>
        <translation>Todas las instituciones responsables</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation>Último avance: %1</translation>
    </message>
    <message>
        <source>No progress update yet</source>
        <translation>Aún no hay avances registrados</translation>
    </message>
    <message>
        <source>%1 (set by the forum)</source>
        <translation>%1 (fijado por el foro)</translation>
    </message>
    <message>
        <source>Progress suggests “%1”. Reason: %2</source>
        <translation>El avance sugiere «%1». Motivo: %2</translation>
    </message>
    <message>
        <source>As progress suggests</source>
        <translation>Según lo que sugiere el avance</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 cumplidos</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n overdue</source>
        <translation>
            <numerusform>%1, %n vencido</numerusform>
            <numerusform>%1, %n vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) shown</source>
        <translation>
            <numerusform>Se muestra %n compromiso</numerusform>
            <numerusform>Se muestran %n compromisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n with overdue milestones</source>
        <translation>
            <numerusform>; %n con hitos vencidos</numerusform>
            <numerusform>; %n con hitos vencidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Responsible: %2</source>
        <translation>%1
Responsable: %2</translation>
    </message>
    <message>
        <source>Reported on %1</source>
        <translation>Informado el %1</translation>
    </message>
    <message>
        <source>%1
Overdue: it was to end by %2</source>
        <translation>%1
Vencido: debía terminar el %2</translation>
    </message>
    <message>
        <source>Export Progress &amp;Report…</source>
        <translation>E&amp;xportar informe de avance…</translation>
    </message>
    <message>
        <source>Pr&amp;int Progress Report…</source>
        <translation>Imp&amp;rimir informe de avance…</translation>
    </message>
    <message>
        <source>Move to Ne&amp;xt Stage…</source>
        <translation>Pasar a la si&amp;guiente etapa…</translation>
    </message>
    <message>
        <source>Every commitment&apos;s progress, completion level, milestones and latest updates with their evidence, and the plan&apos;s charts, in the forum&apos;s language</source>
        <translation>El avance, el nivel de cumplimiento, los hitos y los últimos reportes de avance de cada compromiso con su evidencia, y los gráficos del plan, en el idioma del foro</translation>
    </message>
    <message>
        <source>Check what the plan needs before it moves on, and move it</source>
        <translation>Verificar qué necesita el plan para pasar de etapa, y hacerlo avanzar</translation>
    </message>
    <message>
        <source>Export Progress Report</source>
        <translation>Exportar informe de avance</translation>
    </message>
    <message>
        <source>Progress report - %1</source>
        <translation>Informe de avance - %1</translation>
    </message>
    <message>
        <source>Print Progress Report</source>
        <translation>Imprimir informe de avance</translation>
    </message>
    <message>
        <source>Commitments and their progress</source>
        <translation>Compromisos y su avance</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Reportes de avance</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencida)</translation>
    </message>
</context>
<context>
    <name>forumdesk::ImportPreviewDialog</name>
    <message>
        <source>Import Contributions</source>
        <translation>Importar aportes</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor/a</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>“%1” cannot be imported as it is: correct the file and try again. Nothing was imported.</source>
        <translation>«%1» no se puede importar tal como está: corrija el archivo e inténtelo de nuevo. No se importó nada.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mportar</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Row(s)</source>
        <translation>
            <numerusform>&amp;Importar %n fila</numerusform>
            <numerusform>&amp;Importar %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Aporte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>Para importar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Se omitirá</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicada</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to import</source>
        <translation>
            <numerusform>%n fila para importar</numerusform>
            <numerusform>%n filas para importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicado omitido</numerusform>
            <numerusform>%n duplicados omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems skipped</source>
        <translation>
            <numerusform>%n fila con problemas omitida</numerusform>
            <numerusform>%n filas con problemas omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2.</source>
        <translation>«%1»: %2.</translation>
    </message>
    <message>
        <source>Read as %1: check in the table below that accents and symbols look right.</source>
        <translation>Leído como %1: compruebe en la tabla que las tildes y los símbolos se ven bien.</translation>
    </message>
    <message>
        <source>Nothing to import: every row is a duplicate or has a problem.</source>
        <translation>Nada que importar: todas las filas están duplicadas o tienen un problema.</translation>
    </message>
    <message>
        <source>Duplicates and rows with problems will not be imported. To add a skipped row later, correct it in the file and import the file again: the rows imported now will then show as duplicates.</source>
        <translation>Los duplicados y las filas con problemas no se importarán. Para agregar después una fila omitida, corríjala en el archivo e importe de nuevo el archivo: las filas importadas ahora figurarán entonces como duplicadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) look like spreadsheet formulas (they start with =, +, - or @); they are kept as plain text.</source>
        <translation>
            <numerusform>%n celda parece una fórmula de hoja de cálculo (empieza con =, +, - o @); se guarda como texto simple.</numerusform>
            <numerusform>%n celdas parecen fórmulas de hoja de cálculo (empiezan con =, +, - o @); se guardan como texto simple.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import.</source>
        <translation>No se guarda nada hasta que elija Importar.</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Filas a importar</translation>
    </message>
</context>
<context>
    <name>forumdesk::JoinPage</name>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Join OGP</source>
        <translation>Adhesión a la AGA</translation>
    </message>
    <message>
        <source>To join the Open Government Partnership, a government meets the eligibility criteria, sends a letter of intent and names a point of contact.</source>
        <translation>Para adherirse a la Alianza para el Gobierno Abierto, un gobierno cumple los criterios de elegibilidad, envía una carta de intención y designa un punto de contacto.</translation>
    </message>
    <message>
        <source>Eligibility checklist</source>
        <translation>Criterios de elegibilidad</translation>
    </message>
    <message>
        <source>Criterion met</source>
        <translation>Criterio cumplido</translation>
    </message>
    <message>
        <source>Evidence (source, score or link)</source>
        <translation>Evidencia (fuente, puntaje o enlace)</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Verificado el</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Joining record</source>
        <translation>Registro de adhesión</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>All %1 eligibility criteria are met.</source>
        <translation>Se cumplen los %1 criterios de elegibilidad.</translation>
    </message>
    <message>
        <source>%1 of %2 eligibility criteria met.</source>
        <translation>Se cumplen %1 de %2 criterios de elegibilidad.</translation>
    </message>
</context>
<context>
    <name>forumdesk::LearnPage</name>
    <message>
        <source>Move to &amp;Next Stage…</source>
        <translation>Pasar a la si&amp;guiente etapa…</translation>
    </message>
    <message>
        <source>&amp;Add Lesson…</source>
        <translation>Agregar le&amp;cción…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Eli&amp;minar</translation>
    </message>
    <message>
        <source>&amp;Carry into Plan…</source>
        <translation>Lle&amp;var a un plan…</translation>
    </message>
    <message>
        <source>Learn for the next plan</source>
        <translation>Aprender para el próximo plan</translation>
    </message>
    <message>
        <source>Check what the plan needs before it moves on, and move it</source>
        <translation>Verificar qué necesita el plan para pasar de etapa, y hacerlo avanzar</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Reference Practices</source>
        <translation>Prácticas de referencia</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Carried into</source>
        <translation>Llevada a</translation>
    </message>
    <message>
        <source>Carry the lesson into a later plan, where it joins the co-creation inputs</source>
        <translation>Llevar la lección a un plan posterior, donde se suma a los insumos de la cocreación</translation>
    </message>
    <message>
        <source>From plan</source>
        <translation>Plan de origen</translation>
    </message>
    <message>
        <source>Lessons learned in this plan</source>
        <translation>Lecciones aprendidas en este plan</translation>
    </message>
    <message>
        <source>Lessons carried into this plan from earlier plans</source>
        <translation>Lecciones de planes anteriores llevadas a este plan</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Citada por</translation>
    </message>
    <message>
        <source>Commitments inspired by it (cite it on the Co-create page):</source>
        <translation>Compromisos inspirados en ella (cítela en la página de Cocreación):</translation>
    </message>
    <message>
        <source>Practices from other OGP members along the five frontiers for expanding open government, for the forum to learn from.</source>
        <translation>Prácticas de otros miembros de la AGA en las cinco fronteras para ampliar el gobierno abierto, para que el foro aprenda de ellas.</translation>
    </message>
    <message>
        <source>No action plan yet: create one on the Co-create page.</source>
        <translation>Aún no hay plan de acción: cree uno en la página de Cocreación.</translation>
    </message>
    <message>
        <source>Not carried yet</source>
        <translation>Aún no llevada</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lección</numerusform>
            <numerusform>%n lecciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n carried into a later plan</source>
        <translation>
            <numerusform>%n llevada a un plan posterior</numerusform>
            <numerusform>%n llevadas a un plan posterior</numerusform>
        </translation>
    </message>
    <message>
        <source>No lesson of an earlier plan is carried into this one.</source>
        <translation>Ninguna lección de un plan anterior se ha llevado a este.</translation>
    </message>
    <message numerus="yes">
        <source>These %n lesson(s) are among this plan&apos;s co-creation inputs, on the Co-create page.</source>
        <translation>
            <numerusform>%n lección figura entre los insumos de la cocreación de este plan, en la página de Cocreación.</numerusform>
            <numerusform>Estas %n lecciones figuran entre los insumos de la cocreación de este plan, en la página de Cocreación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n compromiso</numerusform>
            <numerusform>%n compromisos</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a practice to read about it.</source>
        <translation>Elija una práctica para leer sobre ella.</translation>
    </message>
    <message>
        <source>%1

Frontier: %2</source>
        <translation>%1

Frontera: %2</translation>
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
        <translation>Aún ningún compromiso de este foro la cita.</translation>
    </message>
    <message>
        <source>Carry into Plan</source>
        <translation>Llevar a un plan</translation>
    </message>
    <message>
        <source>There is no later plan to carry this lesson into yet. Create the next plan on the Co-create page first.</source>
        <translation>Aún no hay un plan posterior al que llevar esta lección. Cree primero el próximo plan en la página de Cocreación.</translation>
    </message>
    <message>
        <source>Take it back: not carried into any plan</source>
        <translation>Retirarla: no llevarla a ningún plan</translation>
    </message>
    <message>
        <source>The plan whose co-creation this lesson feeds:</source>
        <translation>El plan cuya cocreación nutre esta lección:</translation>
    </message>
    <message>
        <source>Carry</source>
        <translation>Llevar</translation>
    </message>
    <message>
        <source>Lessons carried into this plan</source>
        <translation>Lecciones incorporadas en este plan</translation>
    </message>
    <message>
        <source>Reference practices</source>
        <translation>Prácticas de referencia</translation>
    </message>
    <message>
        <source>Commitments inspired by it</source>
        <translation>Compromisos inspirados en ella</translation>
    </message>
</context>
<context>
    <name>forumdesk::LessonDialog</name>
    <message>
        <source>Edit Lesson</source>
        <translation>Editar lección</translation>
    </message>
    <message>
        <source>Add Lesson</source>
        <translation>Agregar lección</translation>
    </message>
    <message>
        <source>About the process (co-creation, the forum, participation)</source>
        <translation>Sobre el proceso (la cocreación, el foro, la participación)</translation>
    </message>
    <message>
        <source>About the substance (the commitments and their results)</source>
        <translation>Sobre el contenido (los compromisos y sus resultados)</translation>
    </message>
    <message>
        <source>What the forum learned in this plan</source>
        <translation>Lo que el foro aprendió en este plan</translation>
    </message>
    <message>
        <source>What the forum recommends doing in the next plan</source>
        <translation>Lo que el foro recomienda hacer en el próximo plan</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>&amp;Lección:</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Recomendación:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
</context>
<context>
    <name>forumdesk::LiveConsole</name>
    <message>
        <source>&amp;End Meeting</source>
        <translation>&amp;Terminar reunión</translation>
    </message>
    <message>
        <source>Next Item (F6)</source>
        <translation>Siguiente punto (F6)</translation>
    </message>
    <message>
        <source>&amp;Open Vote</source>
        <translation>Abrir &amp;votación</translation>
    </message>
    <message>
        <source>&amp;Close Vote</source>
        <translation>&amp;Cerrar votación</translation>
    </message>
    <message>
        <source>Stops the speaker and the item&apos;s clock until resumed (F7)</source>
        <translation>Detiene la intervención y el reloj del punto hasta reanudar (F7)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Time left of the item</source>
        <translation>Tiempo restante del punto</translation>
    </message>
    <message>
        <source>&amp;Take Up Selected</source>
        <translation>Tratar el punto &amp;elegido</translation>
    </message>
    <message>
        <source>Closes the item under way and takes up the one selected</source>
        <translation>Cierra el punto en curso y pasa al elegido</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>Add a speaker: type a few letters, then Enter (Ctrl+L)</source>
        <translation>Añadir a quien pide la palabra: escriba unas letras y Intro (Ctrl+L)</translation>
    </message>
    <message>
        <source>Add a speaker</source>
        <translation>Añadir a la lista de oradores</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time limit per intervention</source>
        <translation>Tiempo máximo por intervención</translation>
    </message>
    <message>
        <source>Waiting to speak</source>
        <translation>Esperan la palabra</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Moves the speaker up the list (Alt+Up)</source>
        <translation>Sube en la lista (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Moves the speaker down the list (Alt+Down)</source>
        <translation>Baja en la lista (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Takes the speaker off the list (Delete)</source>
        <translation>Quita de la lista (Supr)</translation>
    </message>
    <message>
        <source>Speaking time by sector and gender</source>
        <translation>Tiempo de palabra por sector y género</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Tiempo de palabra</translation>
    </message>
    <message>
        <source>This item</source>
        <translation>Este punto</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Límite:</translation>
    </message>
    <message>
        <source>Members and their arrival</source>
        <translation>Miembros y su llegada</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>En la sala</translation>
    </message>
    <message>
        <source>&amp;Arrived</source>
        <translation>Lle&amp;gó</translation>
    </message>
    <message>
        <source>The selected member is in the room from now (Ctrl+Shift+A)</source>
        <translation>El miembro elegido está en la sala desde ahora (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>The selected member left the room now (Ctrl+Shift+E)</source>
        <translation>El miembro elegido acaba de salir de la sala (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>The motion put to the vote</source>
        <translation>La moción que se somete a votación</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Moción</translation>
    </message>
    <message>
        <source>Votes by member</source>
        <translation>Votos por miembro</translation>
    </message>
    <message>
        <source>For</source>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstención</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Vote</source>
        <translation>A&amp;nular votación</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votación</translation>
    </message>
    <message>
        <source>Take up “%1”</source>
        <translation>Tratar “%1”</translation>
    </message>
    <message>
        <source>Add Guest</source>
        <translation>Añadir invitado</translation>
    </message>
    <message>
        <source>Name of the guest:</source>
        <translation>Nombre del invitado:</translation>
    </message>
    <message>
        <source>Sector of %1:</source>
        <translation>Sector de %1:</translation>
    </message>
    <message>
        <source>Add guest %1</source>
        <translation>Añadir al invitado %1</translation>
    </message>
    <message>
        <source>Cancel the vote</source>
        <translation>Anular la votación</translation>
    </message>
    <message>
        <source>Live Meeting — %1</source>
        <translation>Reunión en vivo — %1</translation>
    </message>
    <message>
        <source>Start Meeting</source>
        <translation>Iniciar reunión</translation>
    </message>
    <message>
        <source>Start meeting “%1”</source>
        <translation>Iniciar la reunión “%1”</translation>
    </message>
    <message>
        <source>&amp;Resume (F7)</source>
        <translation>&amp;Reanudar (F7)</translation>
    </message>
    <message>
        <source>&amp;Pause (F7)</source>
        <translation>Pa&amp;usar (F7)</translation>
    </message>
    <message>
        <source>&amp;Stop Speaker (F5)</source>
        <translation>&amp;Detener intervención (F5)</translation>
    </message>
    <message>
        <source>&amp;Give the Floor (F5)</source>
        <translation>&amp;Dar la palabra (F5)</translation>
    </message>
    <message>
        <source>In the room: %1 of %2 voting members (%3 required). %4</source>
        <translation>En la sala: %1 de %2 miembros con voto (se requieren %3). %4</translation>
    </message>
    <message>
        <source>Quorum met.</source>
        <translation>Hay quórum.</translation>
    </message>
    <message>
        <source>No quorum.</source>
        <translation>No hay quórum.</translation>
    </message>
    <message>
        <source>Ended after %1</source>
        <translation>Terminó tras %1</translation>
    </message>
    <message>
        <source>Under way for %1</source>
        <translation>En curso desde hace %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 de exceso</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>No item under way</source>
        <translation>Ningún punto en curso</translation>
    </message>
    <message>
        <source>Speaking: %1 (%2), %3</source>
        <translation>Tiene la palabra: %1 (%2), %3</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>pasó el límite</translation>
    </message>
    <message>
        <source>Paused: nobody has the floor.</source>
        <translation>En pausa: nadie tiene la palabra.</translation>
    </message>
    <message>
        <source>Nobody has the floor.</source>
        <translation>Nadie tiene la palabra.</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done, %1</source>
        <translation>tratado, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min planned</source>
        <translation>
            <numerusform>%n min previsto</numerusform>
            <numerusform>%n min previstos</numerusform>
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
        <translation>no ha llegado</translation>
    </message>
    <message>
        <source>left at %1</source>
        <translation>se retiró a las %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde las %1</translation>
    </message>
    <message>
        <source>No vote is open.</source>
        <translation>No hay votación abierta.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Gender not recorded</source>
        <translation>Género no registrado</translation>
    </message>
    <message>
        <source>Stop %1 speaking</source>
        <translation>Terminar la intervención de %1</translation>
    </message>
    <message>
        <source>Give the floor to %1</source>
        <translation>Dar la palabra a %1</translation>
    </message>
    <message>
        <source>Take up the next item</source>
        <translation>Pasar al siguiente punto</translation>
    </message>
    <message>
        <source>Resume the meeting</source>
        <translation>Reanudar la reunión</translation>
    </message>
    <message>
        <source>Pause the meeting</source>
        <translation>Pausar la reunión</translation>
    </message>
    <message>
        <source>Add a Speaker</source>
        <translation>Añadir a la lista de oradores</translation>
    </message>
    <message>
        <source>Several members match “%1”: type more of the name.</source>
        <translation>Varios miembros coinciden con “%1”: escriba más del nombre.</translation>
    </message>
    <message>
        <source>Nobody called “%1” is a member or a guest of this meeting. Add them as a guest first.</source>
        <translation>Nadie llamado “%1” es miembro ni invitado de esta reunión. Añádalo primero como invitado.</translation>
    </message>
    <message>
        <source>Add %1 to the speakers</source>
        <translation>Añadir a %1 a la lista de oradores</translation>
    </message>
    <message>
        <source>Move a speaker up</source>
        <translation>Subir en la lista de oradores</translation>
    </message>
    <message>
        <source>Move a speaker down</source>
        <translation>Bajar en la lista de oradores</translation>
    </message>
    <message>
        <source>Take a speaker off the list</source>
        <translation>Quitar de la lista de oradores</translation>
    </message>
    <message>
        <source>%1 arrives</source>
        <translation>Llega %1</translation>
    </message>
    <message>
        <source>%1 leaves</source>
        <translation>Se retira %1</translation>
    </message>
    <message>
        <source>Open the vote on “%1”</source>
        <translation>Abrir la votación sobre “%1”</translation>
    </message>
    <message>
        <source>Take back the vote of %1</source>
        <translation>Retirar el voto de %1</translation>
    </message>
    <message>
        <source>Vote of %1</source>
        <translation>Voto de %1</translation>
    </message>
    <message>
        <source>Close the vote on “%1”</source>
        <translation>Cerrar la votación sobre “%1”</translation>
    </message>
    <message>
        <source>End Meeting</source>
        <translation>Terminar reunión</translation>
    </message>
    <message>
        <source>End “%1” now? The speaker stops, the item under way closes and the meeting is marked as held.</source>
        <translation>¿Terminar “%1” ahora? La intervención se detiene, el punto en curso se cierra y la reunión queda como realizada.</translation>
    </message>
    <message>
        <source>End meeting “%1”</source>
        <translation>Terminar la reunión “%1”</translation>
    </message>
    <message>
        <source>Pro&amp;jector</source>
        <translation>&amp;Proyector</translation>
    </message>
    <message>
        <source>Le&amp;ft</source>
        <translation>Se &amp;fue</translation>
    </message>
    <message>
        <source>Add G&amp;uest…</source>
        <translation>Añadir &amp;invitado…</translation>
    </message>
    <message>
        <source>Count by &amp;Hands</source>
        <translation>Contar a &amp;mano alzada</translation>
    </message>
    <message>
        <source>Records the counts of a show of hands instead of votes by name</source>
        <translation>Registra el recuento a mano alzada en lugar de los votos nominales</translation>
    </message>
    <message>
        <source>Count the vote by hands: %1 for, %2 against, %3 abstentions</source>
        <translation>Recuento a mano alzada: %1 a favor, %2 en contra, %3 abstenciones</translation>
    </message>
    <message>
        <source>Shows the meeting on a second screen, or in a window to drag there (F8; Esc on the projector closes it)</source>
        <translation>Muestra la reunión en una segunda pantalla, o en una ventana para arrastrarla allí (F8; Esc en el proyector lo cierra)</translation>
    </message>
    <message>
        <source>For %1, against %2, abstentions %3 — rule: %4</source>
        <translation>A favor %1, en contra %2, abstenciones %3 — regla: %4</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1 (invitado/a)</translation>
    </message>
    <message>
        <source>A guest comes back</source>
        <translation>Vuelve un invitado</translation>
    </message>
    <message>
        <source>A guest leaves</source>
        <translation>Se retira un invitado</translation>
    </message>
</context>
<context>
    <name>forumdesk::MainWindow</name>
    <message>
        <source>About Forum Desk</source>
        <translation>Acerca de Forum Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Forum Desk %1&lt;/h3&gt;&lt;p&gt;For the secretariats of Open Government Partnership multi-stakeholder forums.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Forum Desk %1&lt;/h3&gt;&lt;p&gt;Para las secretarías técnicas de los Foros Multiactor de la Alianza para el Gobierno Abierto (AGA).&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New Forum…</source>
        <translation>&amp;Nuevo foro…</translation>
    </message>
    <message>
        <source>Start a new forum file</source>
        <translation>Crear un archivo de foro nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a forum file (.ogpforum)</source>
        <translation>Abrir un archivo de foro (.ogpforum)</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Forum</source>
        <translation>Abrir el foro de &amp;muestra</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Find Member…</source>
        <translation>&amp;Buscar miembro…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;About Forum Desk</source>
        <translation>&amp;Acerca de Forum Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Action plan:</source>
        <translation>&amp;Plan de acción:</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Forum</source>
        <translation>&amp;Foro</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Miembros</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>A&amp;dhesión</translation>
    </message>
    <message>
        <source>&amp;Co-create</source>
        <translation>&amp;Cocreación</translation>
    </message>
    <message>
        <source>&amp;Implement</source>
        <translation>&amp;Implementación</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Evaluación</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>&amp;Aprendizaje</translation>
    </message>
    <message>
        <source>M&amp;eetings</source>
        <translation>&amp;Reuniones</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Cada cambio se guarda al instante</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent forums</source>
        <translation>No hay foros recientes</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <source>No forum open</source>
        <translation>Ningún foro abierto</translation>
    </message>
    <message>
        <source>No action plan yet</source>
        <translation>Aún no hay plan de acción</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Forum Desk</source>
        <translation>Forum Desk</translation>
    </message>
    <message>
        <source>Open Forum</source>
        <translation>Abrir foro</translation>
    </message>
    <message>
        <source>Forum files (*.ogpforum);;All files (*)</source>
        <translation>Archivos de foro (*.ogpforum);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 ya está abierto</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Cambio no guardado</translation>
    </message>
    <message>
        <source>This change could not be saved; the forum is as it was before it.</source>
        <translation>No se pudo guardar este cambio; el foro quedó como estaba antes.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>The forum that was open, %1, is still open and unchanged.</source>
        <translation>El foro que estaba abierto, %1, sigue abierto y sin cambios.</translation>
    </message>
    <message>
        <source>Cannot Open Forum</source>
        <translation>No se puede abrir el foro</translation>
    </message>
    <message>
        <source>Forum Desk cannot open “%1”.</source>
        <translation>Forum Desk no puede abrir «%1».</translation>
    </message>
    <message>
        <source>%1 (copy).ogpforum</source>
        <translation>%1 (copia).ogpforum</translation>
    </message>
    <message>
        <source>Save a Copy of the Forum</source>
        <translation>Guardar una copia del foro</translation>
    </message>
    <message>
        <source>Forum files (*.ogpforum)</source>
        <translation>Archivos de foro (*.ogpforum)</translation>
    </message>
    <message>
        <source>A copy cannot replace the forum file itself; choose another name.</source>
        <translation>Una copia no puede reemplazar al propio archivo del foro; elija otro nombre.</translation>
    </message>
    <message>
        <source>Copy Not Saved</source>
        <translation>Copia no guardada</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>No se guardó la copia.</translation>
    </message>
    <message>
        <source>Saving a copy to %1…</source>
        <translation>Guardando una copia en %1…</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <source>Please wait: Forum Desk is still writing a file.</source>
        <translation>Espere, por favor: Forum Desk todavía está escribiendo un archivo.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <source>Check what the plan needs before it moves on, and move it</source>
        <translation>Verificar qué necesita el plan para pasar de etapa, y hacerlo avanzar</translation>
    </message>
    <message>
        <source>Move the plan back to its previous stage, to correct earlier records</source>
        <translation>Devolver el plan a su etapa anterior, para corregir registros previos</translation>
    </message>
    <message>
        <source>Com&amp;pliance</source>
        <translation>C&amp;umplimiento</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Move to &amp;Next Stage…</source>
        <translation>Pasar a la si&amp;guiente etapa…</translation>
    </message>
    <message>
        <source>Move to &amp;Next Stage: %1…</source>
        <translation>Pasar a la si&amp;guiente etapa: %1…</translation>
    </message>
    <message>
        <source>Move &amp;Back a Stage…</source>
        <translation>&amp;Volver a la etapa anterior…</translation>
    </message>
    <message>
        <source>Move &amp;Back a Stage: %1…</source>
        <translation>&amp;Volver a la etapa anterior: %1…</translation>
    </message>
    <message>
        <source>C&amp;heck the Forum File</source>
        <translation>&amp;Verificar el archivo del foro</translation>
    </message>
    <message>
        <source>Read the whole file for damage and check the forum&apos;s data rules, as forumdesk-cli check does</source>
        <translation>Leer todo el archivo en busca de daños y verificar las reglas de los datos del foro, como forumdesk-cli check</translation>
    </message>
    <message>
        <source>Replace the File?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with the copy?</source>
        <translation>«%1» ya existe. ¿Reemplazarlo con la copia?</translation>
    </message>
    <message>
        <source>The file that is there now will be lost. It is replaced only once the copy is written in full.</source>
        <translation>Se perderá el archivo que está ahí ahora. Solo se reemplaza cuando la copia está escrita por completo.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>%1 already exists and was kept.</source>
        <translation>%1 ya existe y se conservó.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <source>Check the Forum File</source>
        <translation>Verificar el archivo del foro</translation>
    </message>
    <message>
        <source>No problems found in “%1”.</source>
        <translation>No se encontraron problemas en «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in “%1”.</source>
        <translation>
            <numerusform>Se encontró %n problema en «%1».</numerusform>
            <numerusform>Se encontraron %n problemas en «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Every page, index and rule of the file was read and checked.</source>
        <translation>Se leyeron y verificaron todas las páginas, índices y reglas del archivo.</translation>
    </message>
    <message>
        <source>Take Over the Forum?</source>
        <translation>¿Tomar el control del foro?</translation>
    </message>
    <message>
        <source>The forum is marked as open in %1.</source>
        <translation>El foro figura como abierto en %1.</translation>
    </message>
    <message>
        <source>Take it over only if Forum Desk there has closed or crashed, or that computer is off. If someone is still working there, their changes and yours would be written to the same file at once.</source>
        <translation>Tome el control solo si Forum Desk se cerró o falló allí, o si esa computadora está apagada. Si alguien sigue trabajando allí, sus cambios y los de usted se escribirían a la vez en el mismo archivo.</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>&amp;Tomar el control</translation>
    </message>
    <message>
        <source>Forum Not Taken Over</source>
        <translation>No se tomó el foro</translation>
    </message>
    <message>
        <source>The forum is still open here read-only.</source>
        <translation>El foro sigue abierto aquí en modo de solo lectura.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (read-only) — Forum Desk</source>
        <translation>%1 (solo lectura) — Forum Desk</translation>
    </message>
    <message>
        <source>%1 — Forum Desk</source>
        <translation>%1 — Forum Desk</translation>
    </message>
    <message>
        <source>Updated at %1 with changes made to the file outside this window</source>
        <translation>Actualizado a las %1 con cambios hechos en el archivo fuera de esta ventana</translation>
    </message>
    <message>
        <source>Forum File Moved</source>
        <translation>Archivo del foro movido</translation>
    </message>
    <message>
        <source>“%1” was moved, renamed or deleted outside Forum Desk.</source>
        <translation>“%1” se movió, se renombró o se eliminó fuera de Forum Desk.</translation>
    </message>
    <message>
        <source>Forum File Replaced</source>
        <translation>Archivo del foro reemplazado</translation>
    </message>
    <message>
        <source>Another program replaced “%1”, and the forum as this window had it could not be kept.</source>
        <translation>Otro programa reemplazó “%1” y no se pudo conservar el foro tal como lo tenía esta ventana.</translation>
    </message>
    <message>
        <source>%1 was replaced by another program and has been opened again</source>
        <translation>Otro programa reemplazó %1 y se ha vuelto a abrir</translation>
    </message>
    <message>
        <source>%1 was replaced by another program; what this window had is kept as %2</source>
        <translation>Otro programa reemplazó %1; lo que tenía esta ventana se conserva como %2</translation>
    </message>
    <message>
        <source>The forum stays open here as it was; use File ▸ Save a Copy… to keep it under a name of your choice.</source>
        <translation>El foro sigue abierto aquí tal como estaba; use Archivo ▸ Guardar una copia… para conservarlo con el nombre que elija.</translation>
    </message>
    <message>
        <source>&amp;Merge From…</source>
        <translation>&amp;Fusionar desde…</translation>
    </message>
    <message>
        <source>Bring in the work of another copy of this forum: a colleague&apos;s, or a sync program&apos;s conflict copy</source>
        <translation>Incorpora el trabajo de otra copia de este foro: la de un colega o una copia en conflicto de un programa de sincronización</translation>
    </message>
    <message>
        <source>Merge From</source>
        <translation>Fusionar desde</translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation>No se puede fusionar</translation>
    </message>
    <message>
        <source>“%1” cannot be merged into this forum.</source>
        <translation>“%1” no se puede fusionar en este foro.</translation>
    </message>
    <message>
        <source>“%1” holds nothing this forum lacks.</source>
        <translation>“%1” no contiene nada que le falte a este foro.</translation>
    </message>
    <message>
        <source>“%1” holds nothing this forum lacks; it was moved into “%2”.</source>
        <translation>“%1” no contiene nada que le falte a este foro; se movió a “%2”.</translation>
    </message>
    <message>
        <source>Copy Not Moved</source>
        <translation>Copia no movida</translation>
    </message>
    <message>
        <source>“%1” was merged but stays beside the forum.</source>
        <translation>“%1” se fusionó pero sigue junto al foro.</translation>
    </message>
    <message>
        <source>Merged “%1”: %2 added, %3 changed, %4 removed.</source>
        <translation>Fusionado “%1”: %2 agregados, %3 modificados, %4 eliminados.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Informe: %1</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Leyendo “%1”…</translation>
    </message>
    <message>
        <source>Merging “%1”…</source>
        <translation>Fusionando “%1”…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) are not settled; nothing was merged</source>
        <translation>
            <numerusform>%n conflicto no está resuelto; no se fusionó nada</numerusform>
            <numerusform>%n conflictos no están resueltos; no se fusionó nada</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was not merged; the forum is as it was.</source>
        <translation>“%1” no se fusionó; el foro quedó como estaba.</translation>
    </message>
    <message>
        <source>&amp;Publish Website…</source>
        <translation>&amp;Publicar el sitio web…</translation>
    </message>
    <message>
        <source>Write the forum&apos;s public website and document repository into a folder (OGP Standard 2)</source>
        <translation>Escribir el sitio web público y el repositorio de documentos del foro en una carpeta (Estándar 2 de OGP)</translation>
    </message>
</context>
<context>
    <name>forumdesk::MeetingDetailsPanel</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Such as “Ordinary session 12”</source>
        <translation>Por ejemplo, «Sesión ordinaria 12»</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Session &amp;number:</source>
        <translation>Nú&amp;mero de sesión:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>Comien&amp;za:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Finaliza:</translation>
    </message>
    <message>
        <source>Room, building, town</source>
        <translation>Sala, edificio, ciudad</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Lu&amp;gar:</translation>
    </message>
    <message>
        <source>https://… for those who join by video</source>
        <translation>https://… para quienes se conecten por video</translation>
    </message>
    <message>
        <source>&amp;Video link:</source>
        <translation>Enlace de &amp;videollamada:</translation>
    </message>
    <message>
        <source>Action p&amp;lan:</source>
        <translation>P&amp;lan de acción:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>P&amp;residencia:</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Sin elegir</translation>
    </message>
    <message>
        <source>Se&amp;cretary:</source>
        <translation>Se&amp;cretaría:</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>N&amp;otice sent on:</source>
        <translation>Fec&amp;ha de convocatoria:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>O&amp;bservaciones:</translation>
    </message>
    <message>
        <source>No action plan</source>
        <translation>Sin plan de acción</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Minutes approved at “%1” (%2)</source>
        <translation>Acta aprobada en «%1» (%2)</translation>
    </message>
    <message>
        <source>Minutes are approved at a later meeting: add that meeting first.</source>
        <translation>El acta se aprueba en una reunión posterior: agregue primero esa reunión.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Approve Minutes</source>
        <translation>Aprobar acta</translation>
    </message>
    <message>
        <source>At which meeting were these minutes approved?</source>
        <translation>¿En qué reunión se aprobó esta acta?</translation>
    </message>
</context>
<context>
    <name>forumdesk::MeetingEditor</name>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>&amp;Orden del día</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>A&amp;sistencia</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>A&amp;cta</translation>
    </message>
    <message>
        <source>Export Minutes…</source>
        <translation>Exportar acta…</translation>
    </message>
    <message>
        <source>Export Notice…</source>
        <translation>Exportar convocatoria…</translation>
    </message>
    <message>
        <source>Invitation (.ics)…</source>
        <translation>Invitación (.ics)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print Minutes…</source>
        <translation>Imprimir acta…</translation>
    </message>
    <message>
        <source>Print Notice…</source>
        <translation>Imprimir convocatoria…</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Choose a meeting in the list, or add one.</source>
        <translation>Elija una reunión de la lista o agregue una.</translation>
    </message>
    <message>
        <source>%1
%2 at %3 · %4</source>
        <comment>title, date, time, status</comment>
        <translation>%1
%2 a las %3 · %4</translation>
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
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Lugar o enlace</translation>
    </message>
</context>
<context>
    <name>forumdesk::MeetingsPage</name>
    <message>
        <source>Plan in the toolbar only</source>
        <translation>Solo el plan de la barra</translation>
    </message>
    <message>
        <source>&amp;New Meeting</source>
        <translation>&amp;Nueva reunión</translation>
    </message>
    <message>
        <source>Upcoming (.ics)…</source>
        <translation>Próximas (.ics)…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasadas</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Todas las reuniones</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Only the meetings of the action plan chosen in the toolbar</source>
        <translation>Solo las reuniones del plan de acción elegido en la barra de herramientas</translation>
    </message>
    <message>
        <source>Find by title or place</source>
        <translation>Buscar por título o lugar</translation>
    </message>
    <message>
        <source>Invitations to every upcoming meeting, in one calendar file</source>
        <translation>Invitaciones a todas las próximas reuniones, en un solo archivo de calendario</translation>
    </message>
    <message>
        <source>Action Items</source>
        <translation>Tareas</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 meetings shown</source>
        <translation>Se muestran %1 de %2 reuniones</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Próximas reuniones</translation>
    </message>
    <message>
        <source>No meeting matches these filters.</source>
        <translation>Ninguna reunión coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No meeting matches “%1” (case and accents are ignored).</source>
        <translation>Ninguna reunión coincide con «%1» (no se distinguen mayúsculas ni tildes).</translation>
    </message>
    <message>
        <source>Runs the selected meeting live: speakers, times, arrivals and votes, with a projector view</source>
        <translation>Conduce en vivo la reunión elegida: oradores, tiempos, llegadas y votaciones, con vista para el proyector</translation>
    </message>
    <message>
        <source>Start Meeting (F9)</source>
        <translation>Iniciar reunión (F9)</translation>
    </message>
    <message>
        <source>Resume Meeting (F9)</source>
        <translation>Reanudar reunión (F9)</translation>
    </message>
    <message>
        <source>Find meetings</source>
        <translation>Buscar reuniones</translation>
    </message>
</context>
<context>
    <name>forumdesk::MemberDialog</name>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Has a vote in the forum&apos;s decisions</source>
        <translation>Tiene voto en las decisiones del foro</translation>
    </message>
    <message>
        <source>Edit Member</source>
        <translation>Editar miembro</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Agregar miembro</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Full name, as in the minutes</source>
        <translation>Nombre completo, como figura en las actas</translation>
    </message>
    <message>
        <source>Ministry, organization or university</source>
        <translation>Ministerio, organización o universidad</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@ejemplo.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Género:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Term &amp;start:</source>
        <translation>&amp;Inicio del mandato:</translation>
    </message>
    <message>
        <source>Term &amp;end:</source>
        <translation>&amp;Fin del mandato:</translation>
    </message>
    <message>
        <source>Voting:</source>
        <translation>Voto:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Not&amp;as:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>An alternate or an observer votes, and counts toward the quorum, only in place of the member they represent at a meeting (marked on the attendance list).</source>
        <translation>Un suplente o un observador vota, y cuenta para el quórum, solo en lugar del miembro al que representa en una sesión (así marcado en la lista de asistencia).</translation>
    </message>
</context>
<context>
    <name>forumdesk::MemberTableModel</name>
    <message>
        <source>open</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Term ended on %1</source>
        <translation>El mandato terminó el %1</translation>
    </message>
    <message>
        <source>Term starts on %1</source>
        <translation>El mandato comienza el %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Inicio del mandato</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Fin del mandato</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Con voto</translation>
    </message>
</context>
<context>
    <name>forumdesk::MembersPage</name>
    <message>
        <source>Active today</source>
        <translation>Activos hoy</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>A&amp;gregar miembro…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Find by name or organization</source>
        <translation>Buscar por nombre u organización</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Todos los sectores</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <source>Only members whose term covers today</source>
        <translation>Solo los miembros con mandato vigente hoy</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Ver…</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Miembros: %1</translation>
    </message>
    <message>
        <source>%1 of %2 members shown</source>
        <translation>Se muestran %1 de %2 miembros</translation>
    </message>
    <message>
        <source>No member matches these filters.</source>
        <translation>Ningún miembro coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No member matches “%1” (case and accents are ignored).</source>
        <translation>Ningún miembro coincide con «%1» (no se distinguen mayúsculas ni tildes).</translation>
    </message>
    <message>
        <source>Find members</source>
        <translation>Buscar miembros</translation>
    </message>
</context>
<context>
    <name>forumdesk::MergeReviewDialog</name>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>This copy</source>
        <translation>Esta copia</translation>
    </message>
    <message>
        <source>The other copy</source>
        <translation>La otra copia</translation>
    </message>
    <message>
        <source>&amp;Keep this copy&apos;s</source>
        <translation>&amp;Conservar el de esta copia</translation>
    </message>
    <message>
        <source>&amp;Take the other copy&apos;s</source>
        <translation>&amp;Tomar el de la otra copia</translation>
    </message>
    <message>
        <source>&amp;Write another value:</source>
        <translation>&amp;Escribir otro valor:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Merge “%1”</source>
        <translation>Fusionar “%1”</translation>
    </message>
    <message>
        <source>Merging “%1” into this forum adds %2, changes %3 and removes %4.</source>
        <translation>Fusionar “%1” en este foro agrega %2, modifica %3 y elimina %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>The two copies share their history, so Forum Desk knows what each side changed.</source>
        <translation>Las dos copias comparten su historial, así que Forum Desk sabe qué cambió cada una.</translation>
    </message>
    <message>
        <source>The two copies have no history in common (one was made by an earlier version): where they differ, each difference is listed below for you to settle.</source>
        <translation>Las dos copias no tienen historial en común (una la hizo una versión anterior): cada diferencia se lista abajo para que usted la resuelva.</translation>
    </message>
    <message numerus="yes">
        <source>Both sides changed the same %n field(s) or record(s) differently: choose what to keep for each.</source>
        <translation>
            <numerusform>Ambas copias cambiaron de forma distinta %n campo o registro: elija qué conservar.</numerusform>
            <numerusform>Ambas copias cambiaron de forma distinta los mismos %n campos o registros: elija qué conservar en cada uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed differently on both sides.</source>
        <translation>Nada se cambió de forma distinta en ambas copias.</translation>
    </message>
    <message>
        <source>A copy of the forum is kept beside it before the merge, and Undo takes the merge back.</source>
        <translation>Antes de la fusión se guarda una copia del foro junto a él, y Deshacer revierte la fusión.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregados</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificados</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>Records added, changed and removed</source>
        <translation>Registros agregados, modificados y eliminados</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Se conserva</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>the whole record</source>
        <translation>el registro entero</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>The selected conflict</source>
        <translation>El conflicto seleccionado</translation>
    </message>
    <message>
        <source>Before (where both copies started):</source>
        <translation>Antes (de donde partieron ambas copias):</translation>
    </message>
    <message>
        <source>This copy:</source>
        <translation>Esta copia:</translation>
    </message>
    <message>
        <source>The other copy:</source>
        <translation>La otra copia:</translation>
    </message>
    <message>
        <source>Another value</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <source>Keep All of This Copy&apos;s</source>
        <translation>Conservar todo lo de esta copia</translation>
    </message>
    <message>
        <source>Take All of the Other&apos;s</source>
        <translation>Tomar todo lo de la otra</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>(changed: kept)</source>
        <translation>(modificado: se conserva)</translation>
    </message>
    <message>
        <source>(not known: the copies share no history)</source>
        <translation>(desconocido: las copias no comparten historial)</translation>
    </message>
    <message>
        <source>To choose</source>
        <translation>Por elegir</translation>
    </message>
    <message>
        <source>This copy&apos;s</source>
        <translation>El de esta copia</translation>
    </message>
    <message>
        <source>The other&apos;s</source>
        <translation>El de la otra</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <source>Every conflict is settled.</source>
        <translation>Todos los conflictos están resueltos.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still to settle.</source>
        <translation>
            <numerusform>Falta resolver %n conflicto.</numerusform>
            <numerusform>Faltan resolver %n conflictos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forumdesk::MinutesPanel</name>
    <message>
        <source>Agenda items</source>
        <translation>Puntos del orden del día</translation>
    </message>
    <message>
        <source>The discussion of this item, as it will read in the minutes. Saved when you leave the field.</source>
        <translation>Lo tratado en este punto, tal como figurará en el acta. Se guarda al salir del campo.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Votes (for / against / abstain)</source>
        <translation>Votos (a favor / en contra / abstenciones)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Add &amp;Decision…</source>
        <translation>A&amp;gregar acuerdo…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Add Action &amp;Item…</source>
        <translation>Agregar &amp;tarea…</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Action items agreed</source>
        <translation>Tareas acordadas</translation>
    </message>
    <message>
        <source>Discussion per agenda item:</source>
        <translation>Desarrollo por punto del orden del día:</translation>
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
        <translation>%1 %2 min (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>Speaking time, as timed live: %1 — %n intervention(s); women %2 % of the time.</source>
        <translation>
            <numerusform>Tiempo de palabra cronometrado en vivo: %1 — %n intervención; mujeres, el %2 % del tiempo.</numerusform>
            <numerusform>Tiempo de palabra cronometrado en vivo: %1 — %n intervenciones; mujeres, el %2 % del tiempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes of the agenda item</source>
        <translation>Acta del punto del orden del día</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
</context>
<context>
    <name>forumdesk::NewForumDialog</name>
    <message>
        <source>New Forum</source>
        <translation>Nuevo foro</translation>
    </message>
    <message>
        <source>For example: Foro Multiactor de Gobierno Abierto</source>
        <translation>Por ejemplo: Foro Multiactor de Gobierno Abierto</translation>
    </message>
    <message>
        <source>Minutes, plans and reports are written in this language</source>
        <translation>Las actas, los planes y los informes se redactan en este idioma</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Forum &amp;name:</source>
        <translation>&amp;Nombre del foro:</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>&amp;Guardar en la carpeta:</translation>
    </message>
    <message>
        <source>File na&amp;me:</source>
        <translation>Nombre del &amp;archivo:</translation>
    </message>
    <message>
        <source>Create Forum</source>
        <translation>Crear foro</translation>
    </message>
    <message>
        <source>Save the Forum in</source>
        <translation>Guardar el foro en</translation>
    </message>
    <message>
        <source>The forum will be saved as %1</source>
        <translation>El foro se guardará como %1</translation>
    </message>
    <message>
        <source>Give the forum a name.</source>
        <translation>Indique un nombre para el foro.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Forum Desk cannot write in the folder %1; choose another.</source>
        <translation>Forum Desk no puede escribir en la carpeta %1; elija otra.</translation>
    </message>
    <message>
        <source>Give the file a name.</source>
        <translation>Indique un nombre para el archivo.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name, or open that forum with File ▸ Open.</source>
        <translation>%1 ya existe. Elija otro nombre de archivo o abra ese foro con Archivo ▸ Abrir.</translation>
    </message>
    <message>
        <source>Where the forum meets: meeting times, notices and invitations (.ics) use this time zone</source>
        <translation>Donde se reúne el foro: las horas de las reuniones, las convocatorias y las invitaciones (.ics) usan esta zona horaria</translation>
    </message>
    <message>
        <source>&amp;Documents in:</source>
        <translation>I&amp;dioma de los documentos:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one from the list, such as America/Lima.</source>
        <translation>«%1» no es una zona horaria; elija una de la lista, como America/Lima.</translation>
    </message>
</context>
<context>
    <name>forumdesk::PlanDialog</name>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <source>Edit Action Plan</source>
        <translation>Editar plan de acción</translation>
    </message>
    <message>
        <source>New Action Plan</source>
        <translation>Nuevo plan de acción</translation>
    </message>
    <message>
        <source>e.g. Sixth National Action Plan 2025–2027</source>
        <translation>p. ej., Sexto Plan de Acción Nacional 2025–2027</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>Period &amp;starts:</source>
        <translation>I&amp;nicio del periodo:</translation>
    </message>
    <message>
        <source>Period &amp;ends:</source>
        <translation>&amp;Fin del periodo:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Fecha límite:</translation>
    </message>
    <message>
        <source>Submitted to OGP:</source>
        <translation>Presentado a la AGA:</translation>
    </message>
    <message>
        <source>The plan must end after it starts.</source>
        <translation>El plan debe terminar después de su inicio.</translation>
    </message>
    <message>
        <source>%1 (moved on with Plan ▸ Move to Next Stage…, which checks what the step needs)</source>
        <translation>%1 (se avanza con Plan ▸ Pasar a la siguiente etapa…, que verifica lo que requiere el paso)</translation>
    </message>
    <message>
        <source>%1 (a new plan starts here)</source>
        <translation>%1 (aquí comienza un plan nuevo)</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
</context>
<context>
    <name>forumdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Your name, as colleagues know it</source>
        <translation>Su nombre, como lo conocen sus colegas</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>The window changes language at once; your work is saved as you go.</source>
        <translation>La ventana cambia de idioma de inmediato; su trabajo ya está guardado.</translation>
    </message>
    <message>
        <source>Written in each forum&apos;s activity log beside the changes you make.</source>
        <translation>Se anota en el registro de actividad de cada foro junto a los cambios que usted haga.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Default &amp;folder:</source>
        <translation>Carpeta &amp;predeterminada:</translation>
    </message>
    <message>
        <source>Default Folder</source>
        <translation>Carpeta predeterminada</translation>
    </message>
    <message>
        <source>As the system&apos;s</source>
        <translation>Los del sistema</translation>
    </message>
    <message>
        <source>High contrast (white on black)</source>
        <translation>Alto contraste (blanco sobre negro)</translation>
    </message>
    <message>
        <source>The colours of the window: the system&apos;s, or white text on black with a yellow selection</source>
        <translation>Los colores de la ventana: los del sistema, o texto blanco sobre negro con la selección en amarillo</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
</context>
<context>
    <name>forumdesk::ProgressUpdateDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Add Progress Update</source>
        <translation>Registrar avance</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>What was done since the last update</source>
        <translation>Qué se hizo desde el último avance</translation>
    </message>
    <message>
        <source>A link, or a file</source>
        <translation>Un enlace o un archivo</translation>
    </message>
    <message>
        <source>Choose a file as evidence</source>
        <translation>Elegir un archivo como evidencia</translation>
    </message>
    <message>
        <source>Milestone:</source>
        <translation>Hito:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>A&amp;vance:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>&amp;Narrative:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidencia:</translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation>&amp;Informado por:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
</context>
<context>
    <name>forumdesk::ProjectorWindow</name>
    <message>
        <source>Projector — %1</source>
        <translation>Proyector — %1</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Proyector</translation>
    </message>
</context>
<context>
    <name>forumdesk::PublishWebsiteDialog</name>
    <message>
        <source>Publish Website</source>
        <translation>Publicar el sitio web</translation>
    </message>
    <message>
        <source>Folder of the website</source>
        <translation>Carpeta del sitio web</translation>
    </message>
    <message>
        <source>website</source>
        <translation>sitio-web</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the folder to write the website into</source>
        <translation>Elegir la carpeta donde escribir el sitio web</translation>
    </message>
    <message>
        <source>Language of the website</source>
        <translation>Idioma del sitio web</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Ca&amp;rpeta:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The website opens from the folder itself, from a USB stick or from any web server; nothing is fetched from the internet. Forum Desk writes only its own files there and replaces or removes only those. Members are shown by name, organisation, sector and role; contributors by name only with their consent; minutes once approved, and their publication is recorded (one step you can undo).</source>
        <translation>El sitio web se abre desde la propia carpeta, desde una memoria USB o desde cualquier servidor web; no se descarga nada de internet. Forum Desk solo escribe allí sus propios archivos y solo reemplaza o quita esos. Los miembros aparecen con su nombre, organización, sector y función; quienes hicieron aportes, con su nombre solo si dieron su consentimiento; las actas, una vez aprobadas, y se registra su publicación (un paso que puede deshacer).</translation>
    </message>
    <message>
        <source>Progress of the publication</source>
        <translation>Avance de la publicación</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>&amp;Open the Website</source>
        <translation>&amp;Abrir el sitio web</translation>
    </message>
    <message>
        <source>Folder of the Website</source>
        <translation>Carpeta del sitio web</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Writing the website: %1 of %2 files</source>
        <translation>Escribiendo el sitio web: %1 de %2 archivos</translation>
    </message>
    <message>
        <source>Choose the folder to write the website into.</source>
        <translation>Elija la carpeta donde escribir el sitio web.</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Preparando las páginas…</translation>
    </message>
    <message>
        <source>Stopped. The files written so far are in %1; publishing again finishes the website.</source>
        <translation>Detenido. Los archivos escritos hasta ahora están en %1; publicar de nuevo completa el sitio web.</translation>
    </message>
    <message>
        <source>The website is in %1: %2 files written, %3 unchanged, %4 removed.</source>
        <translation>El sitio web está en %1: %2 archivos escritos, %3 sin cambios, %4 retirados.</translation>
    </message>
    <message numerus="yes">
        <source>The publication of the minutes of %n meeting(s) was recorded.</source>
        <translation>
            <numerusform>Se registró la publicación del acta de %n reunión.</numerusform>
            <numerusform>Se registró la publicación de las actas de %n reuniones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Licence of the open data</source>
        <translation>Licencia de los datos abiertos</translation>
    </message>
    <message>
        <source>Open data l&amp;icence:</source>
        <translation>&amp;Licencia de los datos:</translation>
    </message>
</context>
<context>
    <name>forumdesk::StageGateDialog</name>
    <message>
        <source>Move to the Next Stage</source>
        <translation>Pasar a la siguiente etapa</translation>
    </message>
    <message>
        <source>Move Back a Stage</source>
        <translation>Volver a la etapa anterior</translation>
    </message>
    <message>
        <source>“%1” moves from %2 to %3.</source>
        <translation>«%1» pasa de %2 a %3.</translation>
    </message>
    <message>
        <source>&amp;Go on anyway, because:</source>
        <translation>&amp;Seguir de todos modos, porque:</translation>
    </message>
    <message>
        <source>Why the forum moves on before this is done; the activity log keeps it</source>
        <translation>Por qué el foro avanza antes de completar esto; queda en el registro de actividad</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Pasar a %1</translation>
    </message>
    <message>
        <source>A step back needs no check; the activity log keeps it. Records made in %1 stay as they are.</source>
        <translation>Volver atrás no requiere verificación; queda en el registro de actividad. Los registros hechos en la etapa %1 se mantienen tal como están.</translation>
    </message>
    <message>
        <source>Nothing is missing: the plan is ready for %1.</source>
        <translation>No falta nada: el plan está listo para pasar a %1.</translation>
    </message>
    <message numerus="yes">
        <source>What %1 needs and the plan still lacks (%n item(s)):</source>
        <translation>
            <numerusform>Lo que requiere el paso a %1 y aún le falta al plan (%n elemento):</numerusform>
            <numerusform>Lo que requiere el paso a %1 y aún le falta al plan (%n elementos):</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Anyway</source>
        <translation>Pasar de todos modos</translation>
    </message>
    <message>
        <source>Something is missing: give the reason the forum goes on anyway, or cancel and complete it first.</source>
        <translation>Falta algo: indique el motivo por el que el foro avanza de todos modos, o cancele y complételo primero.</translation>
    </message>
    <message>
        <source>“%1” is closed: it has no further stage.</source>
        <translation>«%1» está cerrado: no tiene una etapa posterior.</translation>
    </message>
    <message>
        <source>“%1” is in co-creation, the first stage.</source>
        <translation>«%1» está en cocreación, la primera etapa.</translation>
    </message>
</context>
<context>
    <name>forumdesk::SyncCopiesBanner</name>
    <message>
        <source>&amp;Merge Them…</source>
        <translation>&amp;Fusionarlas…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict copy(ies) of this forum, left by a sync program, are beside it: %1. </source>
        <translation>
            <numerusform>Junto a este foro hay %n copia en conflicto que dejó un programa de sincronización: %1. </numerusform>
            <numerusform>Junto a este foro hay %n copias en conflicto que dejó un programa de sincronización: %1. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They hold nothing that is not in the forum.</source>
        <translation>
            <numerusform>No contiene nada que no esté en el foro.</numerusform>
            <numerusform>No contienen nada que no esté en el foro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They may hold work that is not in the forum: merge them to keep it.</source>
        <translation>
            <numerusform>Puede contener trabajo que no está en el foro: fusiónela para conservarlo.</numerusform>
            <numerusform>Pueden contener trabajo que no está en el foro: fusiónelas para conservarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They may hold work that is not in the forum.</source>
        <translation>
            <numerusform>Puede contener trabajo que no está en el foro.</numerusform>
            <numerusform>Pueden contener trabajo que no está en el foro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Identical Aside</source>
        <translation>
            <numerusform>Apartar %n idéntica</numerusform>
            <numerusform>Apartar %n idénticas</numerusform>
        </translation>
    </message>
    <message>
        <source>Moves the copies identical to the forum into “%1”; nothing is deleted</source>
        <translation>Mueve las copias idénticas al foro a “%1”; no se elimina nada</translation>
    </message>
    <message>
        <source>Copies Not Moved</source>
        <translation>Copias no movidas</translation>
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
        <translation>Para la Secretaría técnica de un Foro Multiactor de la Alianza para el Gobierno Abierto: miembros, reuniones, el plan de acción y su avance, en un solo archivo que funciona sin conexión.</translation>
    </message>
    <message>
        <source>New Forum…</source>
        <translation>Nuevo foro…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open the Sample Forum</source>
        <translation>Abrir el foro de muestra</translation>
    </message>
    <message>
        <source>A fictional forum with members, plans, commitments and meetings, to try Forum Desk</source>
        <translation>Un foro ficticio con miembros, planes, compromisos y reuniones, para probar Forum Desk</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Comenzar</translation>
    </message>
    <message>
        <source>Recent forums</source>
        <translation>Foros recientes</translation>
    </message>
    <message>
        <source>Forums you open will be listed here.</source>
        <translation>Aquí aparecerán los foros que abra.</translation>
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
        <translation>Forum Desk, para la Secretaría técnica de un Foro Multiactor de la Alianza para el Gobierno Abierto.</translation>
    </message>
    <message>
        <source>The forum file (.ogpforum) to open.</source>
        <translation>El archivo de foro (.ogpforum) que se abrirá.</translation>
    </message>
    <message>
        <source>Render the main views of the sample forum as PNG files into &lt;folder&gt;, then quit.</source>
        <translation>Genera las vistas principales del foro de muestra como archivos PNG en &lt;folder&gt; y luego termina.</translation>
    </message>
    <message>
        <source>Interface language (en, es, fr or pt) for this run.</source>
        <translation>Idioma de la interfaz (en, es, fr o pt) para esta ejecución.</translation>
    </message>
    <message>
        <source>Use high-contrast colours (white on black) for this run.</source>
        <translation>Usar colores de alto contraste (blanco sobre negro) en esta ejecución.</translation>
    </message>
</context>
</TS>
